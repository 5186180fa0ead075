use cosmwasm_std::Api;
use faro_types::bounds;
use faro_types::oracle_gateway::{Config, IbcPeer, InstantiateMsg};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    if let Some(peer) = &msg.reporter {
        validate_peer(peer)?;
    }
    Ok(Config {
        oracle: api.addr_validate(&msg.oracle)?,
        reporter: msg.reporter.clone(),
    })
}

pub fn validate_peer(peer: &IbcPeer) -> Result<(), ContractError> {
    bounds::non_zero("connection_id", peer.connection_id.as_str())?;
    bounds::non_zero("port_id", peer.port_id.as_str())?;
    Ok(())
}
