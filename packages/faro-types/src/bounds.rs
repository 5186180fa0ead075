//! Bounds on configurable figures, checked the same way by every contract.

use cosmwasm_std::Decimal;
use thiserror::Error;

#[derive(Error, Debug, PartialEq)]
pub enum BoundError {
    #[error("{field} is {value}, above its bound of {max}")]
    AboveMax {
        field: &'static str,
        value: String,
        max: String,
    },

    #[error("{field} is {value}, below its bound of {min}")]
    BelowMin {
        field: &'static str,
        value: String,
        min: String,
    },

    #[error("{field} must not be zero")]
    Zero { field: &'static str },
}

/// `value ≤ max`.
pub fn at_most<T: PartialOrd + ToString>(
    field: &'static str,
    value: T,
    max: T,
) -> Result<(), BoundError> {
    if value > max {
        return Err(BoundError::AboveMax {
            field,
            value: value.to_string(),
            max: max.to_string(),
        });
    }
    Ok(())
}

/// `value ≥ min`.
pub fn at_least<T: PartialOrd + ToString>(
    field: &'static str,
    value: T,
    min: T,
) -> Result<(), BoundError> {
    if value < min {
        return Err(BoundError::BelowMin {
            field,
            value: value.to_string(),
            min: min.to_string(),
        });
    }
    Ok(())
}

/// `value ≠ 0`.
pub fn non_zero<T: PartialEq + Default>(field: &'static str, value: T) -> Result<(), BoundError> {
    if value == T::default() {
        return Err(BoundError::Zero { field });
    }
    Ok(())
}

/// `0 < value ≤ max`: a figure that must be set, within its bound.
pub fn positive_at_most<T: PartialOrd + Default + ToString + Copy>(
    field: &'static str,
    value: T,
    max: T,
) -> Result<(), BoundError> {
    non_zero(field, value)?;
    at_most(field, value, max)
}

/// A share: `0 ≤ value ≤ 1`.
pub fn share(field: &'static str, value: Decimal) -> Result<(), BoundError> {
    at_most(field, value, Decimal::one())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_inclusive() {
        at_most("fee", Decimal::percent(30), Decimal::percent(30)).unwrap();
        at_least("period", 7u64, 7).unwrap();
        share("share", Decimal::one()).unwrap();
    }

    #[test]
    fn violations_name_the_field_and_figures() {
        let err = at_most("fee", Decimal::percent(31), Decimal::percent(30)).unwrap_err();
        assert_eq!(err.to_string(), "fee is 0.31, above its bound of 0.3");
        let err = at_least("period", 6u64, 7).unwrap_err();
        assert_eq!(err.to_string(), "period is 6, below its bound of 7");
        assert_eq!(
            non_zero("weight", 0u64),
            Err(BoundError::Zero { field: "weight" })
        );
        assert!(share("share", Decimal::percent(101)).is_err());
    }

    #[test]
    fn a_positive_figure_is_set_and_within_its_bound() {
        positive_at_most("delay", 5u64, 5).unwrap();
        assert_eq!(
            positive_at_most("delay", 0u64, 5),
            Err(BoundError::Zero { field: "delay" })
        );
        let err = positive_at_most("delay", 6u64, 5).unwrap_err();
        assert_eq!(err.to_string(), "delay is 6, above its bound of 5");
    }
}
