use cosmwasm_std::Addr;

use crate::error::ContractError;

/// Refuses `sender` to `action` unless it is `allowed`.
pub(super) fn ensure(
    sender: &Addr,
    allowed: &Addr,
    action: &'static str,
) -> Result<(), ContractError> {
    if sender != allowed {
        return Err(ContractError::Unauthorized {
            sender: sender.clone(),
            action,
        });
    }
    Ok(())
}
