//! The opening check of a handler that moves an amount it is told, not one attached.

use cosmwasm_std::{MessageInfo, Uint128};
use cw_utils::{nonpayable, PaymentError};

/// Refuses attached funds, then a zero `amount` with `zero`.
pub fn nonpayable_non_zero<E: From<PaymentError>>(
    info: &MessageInfo,
    amount: Uint128,
    zero: E,
) -> Result<(), E> {
    nonpayable(info)?;
    if amount.is_zero() {
        return Err(zero);
    }
    Ok(())
}
