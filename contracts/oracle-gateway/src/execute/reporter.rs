use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::oracle_gateway::IbcPeer;
use faro_types::ownership::owner_only;

use crate::config::validate_peer;
use crate::error::ContractError;
use crate::state::CONFIG;

/// The owner names the reporter whose channel's reports are submitted, or none.
pub fn set_reporter(
    deps: DepsMut,
    info: MessageInfo,
    reporter: Option<IbcPeer>,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    if let Some(peer) = &reporter {
        validate_peer(peer)?;
    }
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
