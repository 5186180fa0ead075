//! The Cosmos SDK's `LegacyDec` arithmetic on `Decimal256` (both 18 decimals), with the
//! SDK's rounding, so shares and tokens come out to the last unit as on the chain:
//! decimal × decimal and decimal ÷ decimal round half to even at the 18th decimal
//! (`chopPrecisionAndRound`), `*_truncate` and `quo_int` truncate, `mul_int` is exact.

use cosmwasm_std::{Decimal256, Uint128, Uint256, Uint512};

use super::error::LsmError;

type MathResult<T> = Result<T, LsmError>;

const PRECISION: u128 = 1_000_000_000_000_000_000;

fn wide(value: Uint256) -> Uint512 {
    Uint512::from(value)
}

fn narrow(value: Uint512) -> MathResult<Decimal256> {
    Uint256::try_from(value)
        .map(Decimal256::new)
        .map_err(|_| LsmError::Overflow)
}

/// `value / PRECISION`, the remainder rounded half to even.
fn chop_and_round(value: Uint512) -> Uint512 {
    let precision = Uint512::from(PRECISION);
    let quotient = value / precision;
    let twice_remainder = (value % precision) * Uint512::from(2u8);
    let round_up = twice_remainder > precision
        || (twice_remainder == precision && quotient % Uint512::from(2u8) == Uint512::one());
    if round_up {
        quotient + Uint512::one()
    } else {
        quotient
    }
}

pub fn dec(int: Uint128) -> Decimal256 {
    Decimal256::new(Uint256::from(int) * Uint256::from(PRECISION))
}

/// `LegacyDec.MulInt`: exact.
pub fn mul_int(d: Decimal256, int: Uint128) -> MathResult<Decimal256> {
    narrow(wide(d.atomics()) * Uint512::from(int))
}

/// `LegacyDec.QuoInt`: truncates.
pub fn quo_int(d: Decimal256, int: Uint128) -> MathResult<Decimal256> {
    if int.is_zero() {
        return Err(LsmError::Overflow);
    }
    Ok(Decimal256::new(d.atomics() / Uint256::from(int)))
}

/// `LegacyDec.Mul`.
pub fn mul(a: Decimal256, b: Decimal256) -> MathResult<Decimal256> {
    narrow(chop_and_round(wide(a.atomics()) * wide(b.atomics())))
}

/// `LegacyDec.Quo`: a·10³⁶/b truncated, then rounded to 18 decimals.
pub fn quo(a: Decimal256, b: Decimal256) -> MathResult<Decimal256> {
    if b.is_zero() {
        return Err(LsmError::Overflow);
    }
    let squared = Uint512::from(PRECISION) * Uint512::from(PRECISION);
    narrow(chop_and_round(
        wide(a.atomics()) * squared / wide(b.atomics()),
    ))
}

/// `LegacyDec.QuoTruncate`.
pub fn quo_truncate(a: Decimal256, b: Decimal256) -> MathResult<Decimal256> {
    if b.is_zero() {
        return Err(LsmError::Overflow);
    }
    narrow(wide(a.atomics()) * Uint512::from(PRECISION) / wide(b.atomics()))
}

/// `LegacyDec.QuoRoundUp`.
pub fn quo_round_up(a: Decimal256, b: Decimal256) -> MathResult<Decimal256> {
    if b.is_zero() {
        return Err(LsmError::Overflow);
    }
    let numerator = wide(a.atomics()) * Uint512::from(PRECISION);
    let denominator = wide(b.atomics());
    let quotient = numerator / denominator;
    if (numerator % denominator).is_zero() {
        narrow(quotient)
    } else {
        narrow(quotient + Uint512::one())
    }
}

/// `LegacyDec.TruncateInt`.
pub fn truncate_int(d: Decimal256) -> MathResult<Uint128> {
    Uint128::try_from(d.to_uint_floor()).map_err(|_| LsmError::Overflow)
}

pub fn checked_sub(a: Decimal256, b: Decimal256) -> MathResult<Decimal256> {
    a.checked_sub(b).map_err(|_| LsmError::Overflow)
}

pub fn checked_add(a: Decimal256, b: Decimal256) -> MathResult<Decimal256> {
    a.checked_add(b).map_err(|_| LsmError::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal256 {
        Decimal256::from_str(s).unwrap()
    }

    /// Checks `op(a, b) == expected` for each `(a, b, expected)`, naming the failing case.
    fn check(
        name: &str,
        op: fn(Decimal256, Decimal256) -> MathResult<Decimal256>,
        cases: &[(&str, &str, &str)],
    ) {
        for (a, b, expected) in cases {
            assert_eq!(op(d(a), d(b)).unwrap(), d(expected), "{name}({a}, {b})");
        }
    }

    #[test]
    fn mul_rounds_half_to_even_at_the_last_decimal() {
        check(
            "mul",
            mul,
            &[
                // 0.5e-18: a tie, rounds to the even 0.
                ("0.000000000000000001", "0.5", "0"),
                // 1.5e-18: a tie, rounds to the even 2e-18.
                ("0.000000000000000003", "0.5", "0.000000000000000002"),
                ("0.000000000000000001", "0.6", "0.000000000000000001"),
            ],
        );
    }

    #[test]
    fn quo_rounds_and_quo_truncate_truncates() {
        check("quo", quo, &[("2", "3", "0.666666666666666667")]);
        check(
            "quo_truncate",
            quo_truncate,
            &[("2", "3", "0.666666666666666666")],
        );
        check(
            "quo_round_up",
            quo_round_up,
            &[("1", "3", "0.333333333333333334"), ("1", "4", "0.25")],
        );
        assert_eq!(quo(d("1"), d("0")), Err(LsmError::Overflow));
    }

    #[test]
    fn int_helpers() {
        assert_eq!(dec(Uint128::new(7)), d("7"));
        assert_eq!(mul_int(d("1.5"), Uint128::new(3)).unwrap(), d("4.5"));
        assert_eq!(
            quo_int(d("1"), Uint128::new(3)).unwrap(),
            d("0.333333333333333333")
        );
        assert_eq!(
            truncate_int(d("4.999999999999999999")).unwrap(),
            Uint128::new(4)
        );
        assert_eq!(quo_int(d("1"), Uint128::zero()), Err(LsmError::Overflow));
    }
}
