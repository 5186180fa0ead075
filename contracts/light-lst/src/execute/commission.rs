use cosmwasm_std::{Decimal, DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::bounds;
use faro_types::light_lst::{PendingCommission, COMMISSION_DELAY};
use faro_types::operator_registry::RegistryContract;

use super::auth::ensure;
use crate::commission;
use crate::error::ContractError;
use crate::state::{COMMISSION, CONFIG};

/// The operator's account proposes `commission` (at most the ceiling the registry sets
/// now, which the DAO may have changed since the launch), to apply `COMMISSION_DELAY`
/// later; one proposal per `COMMISSION_DELAY`. A new proposal can come only once the
/// previous one has applied, so none is ever lost.
pub fn set_commission(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposed: Decimal,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    ensure(&info.sender, &config.operator_account, "set the commission")?;
    let ceiling = RegistryContract(config.registry).max_commission(&deps.querier)?;
    bounds::at_most("commission", proposed, ceiling)?;
    let now = env.block.time;
    let mut current = commission::at(COMMISSION.load(deps.storage)?, now);
    if let Some(possible_at) = current
        .proposed_at
        .map(|at| at.plus_seconds(COMMISSION_DELAY))
        .filter(|possible_at| now < *possible_at)
    {
        return Err(ContractError::CommissionChangeTooSoon { possible_at });
    }
    let applies_at = now.plus_seconds(COMMISSION_DELAY);
    current.pending = Some(PendingCommission {
        commission: proposed,
        applies_at,
    });
    current.proposed_at = Some(now);
    COMMISSION.save(deps.storage, &current)?;
    Ok(Response::new()
        .add_attribute("action", "set_commission")
        .add_attribute("commission", current.rate.to_string())
        .add_attribute("proposed", proposed.to_string())
        .add_attribute("applies_at", applies_at.to_string()))
}
