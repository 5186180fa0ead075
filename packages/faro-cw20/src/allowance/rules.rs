//! The allowance rules as pure functions.

use cosmwasm_std::{Addr, BlockInfo, Uint128};
use cw20::{AllowanceResponse, Expiration};

use crate::AllowanceError;

/// An owner cannot be its own spender.
pub fn check_spender(owner: &Addr, spender: &Addr) -> Result<(), AllowanceError> {
    if owner == spender {
        return Err(AllowanceError::CannotSetOwnAccount);
    }
    Ok(())
}

fn check_expiration(expires: &Expiration, block: &BlockInfo) -> Result<(), AllowanceError> {
    if expires.is_expired(block) {
        return Err(AllowanceError::InvalidExpiration { expires: *expires });
    }
    Ok(())
}

/// `current` raised by `amount`; `expires`, when given, replaces the expiration and must
/// still lie ahead.
pub fn increase(
    current: Option<AllowanceResponse>,
    amount: Uint128,
    expires: Option<Expiration>,
    block: &BlockInfo,
) -> Result<AllowanceResponse, AllowanceError> {
    let mut allowance = current.unwrap_or_default();
    if let Some(expires) = expires {
        check_expiration(&expires, block)?;
        allowance.expires = expires;
    }
    allowance.allowance = allowance.allowance.checked_add(amount)?;
    Ok(allowance)
}

/// `current` lowered by `amount`, or `None` when nothing is left (the entry is removed).
/// `expires`, when given, must still lie ahead and replaces the expiration.
pub fn decrease(
    current: Option<AllowanceResponse>,
    amount: Uint128,
    expires: Option<Expiration>,
    block: &BlockInfo,
) -> Result<Option<AllowanceResponse>, AllowanceError> {
    let mut allowance = current.ok_or(AllowanceError::NoAllowance)?;
    if let Some(expires) = expires {
        check_expiration(&expires, block)?;
        allowance.expires = expires;
    }
    if amount >= allowance.allowance {
        return Ok(None);
    }
    allowance.allowance -= amount;
    Ok(Some(allowance))
}

/// What remains of `current` once its spender uses `amount`, or `None` when it is used
/// up (the entry is removed, unlike cw20-base which keeps a zero allowance).
pub fn spend(
    current: Option<AllowanceResponse>,
    amount: Uint128,
    block: &BlockInfo,
) -> Result<Option<AllowanceResponse>, AllowanceError> {
    let mut allowance = current.ok_or(AllowanceError::NoAllowance)?;
    if allowance.expires.is_expired(block) {
        return Err(AllowanceError::Expired {
            expires: allowance.expires,
        });
    }
    if amount > allowance.allowance {
        return Err(AllowanceError::InsufficientAllowance {
            allowance: allowance.allowance,
            needed: amount,
        });
    }
    allowance.allowance -= amount;
    Ok((!allowance.allowance.is_zero()).then_some(allowance))
}

#[cfg(test)]
mod tests {
    use super::*;
    use cosmwasm_std::testing::{mock_env, MockApi};

    fn block() -> BlockInfo {
        mock_env().block
    }

    fn allowance(amount: u128, expires: Expiration) -> Option<AllowanceResponse> {
        Some(AllowanceResponse {
            allowance: Uint128::new(amount),
            expires,
        })
    }

    #[test]
    fn owners_cannot_approve_themselves() {
        let api = MockApi::default();
        let (alice, bob) = (api.addr_make("alice"), api.addr_make("bob"));
        check_spender(&alice, &bob).unwrap();
        assert_eq!(
            check_spender(&alice, &alice),
            Err(AllowanceError::CannotSetOwnAccount)
        );
    }

    #[test]
    fn increase_adds_and_replaces_a_future_expiration() {
        let later = Expiration::AtHeight(block().height + 10);
        let raised = increase(None, Uint128::new(5), Some(later), &block()).unwrap();
        assert_eq!(raised, allowance(5, later).unwrap());
        let raised = increase(Some(raised), Uint128::new(7), None, &block()).unwrap();
        assert_eq!(raised, allowance(12, later).unwrap());

        let past = Expiration::AtHeight(block().height);
        let err = increase(None, Uint128::new(5), Some(past), &block()).unwrap_err();
        assert_eq!(err, AllowanceError::InvalidExpiration { expires: past });
        let err = increase(
            allowance(u128::MAX, Expiration::Never {}),
            Uint128::one(),
            None,
            &block(),
        )
        .unwrap_err();
        assert!(matches!(err, AllowanceError::Overflow(_)));
    }

    #[test]
    fn decrease_lowers_or_removes() {
        let never = Expiration::Never {};
        let lowered = decrease(allowance(10, never), Uint128::new(4), None, &block()).unwrap();
        assert_eq!(lowered, allowance(6, never));
        assert_eq!(
            decrease(allowance(10, never), Uint128::new(10), None, &block()),
            Ok(None)
        );
        assert_eq!(
            decrease(None, Uint128::new(1), None, &block()),
            Err(AllowanceError::NoAllowance)
        );
        let past = Expiration::AtTime(block().time);
        assert_eq!(
            decrease(allowance(10, never), Uint128::one(), Some(past), &block()),
            Err(AllowanceError::InvalidExpiration { expires: past })
        );
    }

    #[test]
    fn spending_checks_expiry_and_amount() {
        let never = Expiration::Never {};
        assert_eq!(
            spend(allowance(10, never), Uint128::new(3), &block()),
            Ok(allowance(7, never))
        );
        assert_eq!(
            spend(allowance(10, never), Uint128::new(10), &block()),
            Ok(None)
        );
        assert_eq!(
            spend(allowance(10, never), Uint128::new(11), &block()),
            Err(AllowanceError::InsufficientAllowance {
                allowance: Uint128::new(10),
                needed: Uint128::new(11)
            })
        );
        let expired = Expiration::AtHeight(block().height);
        assert_eq!(
            spend(allowance(10, expired), Uint128::one(), &block()),
            Err(AllowanceError::Expired { expires: expired })
        );
        assert_eq!(
            spend(None, Uint128::one(), &block()),
            Err(AllowanceError::NoAllowance)
        );
    }
}
