use cosmwasm_std::{DepsMut, MessageInfo, Order, Response, StdResult};
use faro_types::oracle::MemberInput;
use faro_types::ownership::owner_only;

use crate::config;
use crate::error::ContractError;
use crate::state::{CONFIG, MEMBERS};

/// The owner replaces the member set. Open epochs' votes are tallied with the new
/// weights from now on; a removed member's vote weighs nothing.
pub fn set_members(
    deps: DepsMut,
    info: MessageInfo,
    members: Vec<MemberInput>,
    threshold: u64,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let members = config::validate_members(deps.api, &members)?;
    let total_weight = config::total_weight(&members, threshold)?;
    let old = MEMBERS
        .keys(deps.storage, None, None, Order::Ascending)
        .collect::<StdResult<Vec<_>>>()?;
    for addr in old {
        MEMBERS.remove(deps.storage, &addr);
    }
    for member in &members {
        MEMBERS.save(deps.storage, &member.addr, &member.weight)?;
    }
    let mut config = CONFIG.load(deps.storage)?;
    config.threshold = threshold;
    config.total_weight = total_weight;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "set_members")
        .add_attribute("members", members.len().to_string())
        .add_attribute("total_weight", total_weight.to_string())
        .add_attribute("threshold", threshold.to_string()))
}

/// The owner names the gateway the index is pushed to. Whether its reports count is the
/// member set's business: the gateway votes only as a member.
pub fn set_gateway(
    deps: DepsMut,
    info: MessageInfo,
    gateway: Option<String>,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let gateway = gateway
        .map(|gateway| deps.api.addr_validate(&gateway))
        .transpose()?;
    let mut config = CONFIG.load(deps.storage)?;
    config.gateway = gateway;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "set_gateway")
        .add_attribute(
            "gateway",
            config.gateway.map(String::from).unwrap_or_default(),
        ))
}
