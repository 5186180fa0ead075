use cosmwasm_std::{Addr, Storage};

use crate::error::ContractError;
use crate::state::CONFIG;

/// Refuses any sender but the hub to `action`.
pub(super) fn ensure_hub(
    storage: &dyn Storage,
    sender: &Addr,
    action: &'static str,
) -> Result<(), ContractError> {
    if *sender != CONFIG.load(storage)?.hub {
        return Err(ContractError::Unauthorized {
            sender: sender.clone(),
            action,
        });
    }
    Ok(())
}
