//! Deadlines: a period added to the block time, in checked arithmetic.

use cosmwasm_std::{OverflowError, Timestamp, Uint64};

/// The time `seconds` after `time`.
pub fn after(time: Timestamp, seconds: u64) -> Result<Timestamp, OverflowError> {
    let nanos = Uint64::new(seconds).checked_mul(Uint64::new(1_000_000_000))?;
    let at = Uint64::new(time.nanos()).checked_add(nanos)?;
    Ok(Timestamp::from_nanos(at.u64()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_seconds_or_fails_instead_of_wrapping() {
        let now = Timestamp::from_seconds(1_700_000_000);
        assert_eq!(after(now, 60), Ok(now.plus_seconds(60)));
        assert!(after(now, u64::MAX / 1_000_000_000 + 1).is_err());
        assert!(after(Timestamp::from_nanos(u64::MAX), 1).is_err());
        assert_eq!(
            after(Timestamp::from_nanos(u64::MAX - 1_000_000_000), 1),
            Ok(Timestamp::from_nanos(u64::MAX))
        );
    }
}
