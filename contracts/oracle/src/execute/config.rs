use cosmwasm_std::{DepsMut, MessageInfo, Order, Response, StdResult};
use cw_utils::nonpayable;
use faro_types::oracle::{ConfigUpdate, IbcPeer, MemberInput};

use crate::config;
use crate::error::ContractError;
use crate::state::{CONFIG, MEMBERS};

/// The owner replaces the member set. Open epochs' votes are tallied with the new
/// weights from now on; a removed member's vote weighs nothing.
pub fn set_members(
    deps: DepsMut,
    info: MessageInfo,
    members: Vec<MemberInput>,
    ibc_member_weight: u64,
    threshold: u64,
) -> Result<Response, ContractError> {
    ensure_owner(&deps, &info)?;
    let members = config::validate_members(deps.api, &members)?;
    let total_weight = config::total_weight(&members, ibc_member_weight, threshold)?;
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
    config.ibc_member_weight = ibc_member_weight;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "set_members")
        .add_attribute("members", members.len().to_string())
        .add_attribute("total_weight", total_weight.to_string())
        .add_attribute("threshold", threshold.to_string()))
}

pub fn set_reporter(
    deps: DepsMut,
    info: MessageInfo,
    reporter: Option<IbcPeer>,
) -> Result<Response, ContractError> {
    ensure_owner(&deps, &info)?;
    let mut config = CONFIG.load(deps.storage)?;
    config.reporter = reporter;
    CONFIG.save(deps.storage, &config)?;
    let (connection, port) = config
        .reporter
        .map(|peer| (peer.connection_id, peer.port_id))
        .unwrap_or_default();
    Ok(Response::new()
        .add_attribute("action", "set_reporter")
        .add_attribute("connection_id", connection)
        .add_attribute("port_id", port))
}

pub fn update_config(
    deps: DepsMut,
    info: MessageInfo,
    update: ConfigUpdate,
) -> Result<Response, ContractError> {
    ensure_owner(&deps, &info)?;
    let mut config = CONFIG.load(deps.storage)?;
    config::apply_update(&mut config, update)?;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "update_config")
        .add_attribute("staleness", config.staleness.to_string())
        .add_attribute("max_rate_change", config.max_rate_change.to_string()))
}

fn ensure_owner(deps: &DepsMut, info: &MessageInfo) -> Result<(), ContractError> {
    nonpayable(info)?;
    cw_ownable::assert_owner(deps.storage, &info.sender)?;
    Ok(())
}
