//! A proposed commission applies on its own once its time has come; storage catches up at
//! the next `Reward` or `SetCommission`, and queries show it at once.

use cosmwasm_std::Timestamp;

use crate::state::Commission;

/// The commission as it stands at `now`: a proposal whose time has come has applied.
pub fn at(stored: Commission, now: Timestamp) -> Commission {
    match stored.pending {
        Some(pending) if pending.applies_at <= now => Commission {
            rate: pending.commission,
            pending: None,
            ..stored
        },
        _ => stored,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cosmwasm_std::Decimal;
    use faro_types::light_lst::PendingCommission;

    #[test]
    fn a_proposal_applies_from_its_time_on() {
        let proposed = Commission {
            rate: Decimal::percent(10),
            pending: Some(PendingCommission {
                commission: Decimal::percent(20),
                applies_at: Timestamp::from_seconds(100),
            }),
            proposed_at: Some(Timestamp::from_seconds(10)),
        };
        assert_eq!(at(proposed.clone(), Timestamp::from_seconds(99)), proposed);
        let applied = at(proposed, Timestamp::from_seconds(100));
        assert_eq!(applied.rate, Decimal::percent(20));
        assert_eq!(applied.pending, None);
        assert_eq!(applied.proposed_at, Some(Timestamp::from_seconds(10)));
    }
}
