//! The `faro-1` handshake: ordered, `faro-1` on both ends, at most `MAX_CHANNELS`.

use cosmwasm_std::{
    DepsMut, IbcBasicResponse, IbcChannel, IbcChannelCloseMsg, IbcChannelConnectMsg,
    IbcChannelOpenMsg, IbcChannelOpenResponse, Order, Storage,
};
use faro_types::oracle::{channel_event, faro_open_response, is_faro_channel, IBC_VERSION};
use faro_types::oracle_gateway::{Channel, MAX_CHANNELS};

use crate::error::ContractError;
use crate::state::CHANNELS;

pub fn open(
    deps: DepsMut,
    msg: IbcChannelOpenMsg,
) -> Result<IbcChannelOpenResponse, ContractError> {
    check_channel(msg.channel(), msg.counterparty_version())?;
    ensure_room(deps.storage)?;
    Ok(faro_open_response())
}

pub fn connect(
    deps: DepsMut,
    msg: IbcChannelConnectMsg,
) -> Result<IbcBasicResponse, ContractError> {
    let channel = msg.channel();
    check_channel(channel, msg.counterparty_version())?;
    ensure_room(deps.storage)?;
    let id = channel.endpoint.channel_id.clone();
    CHANNELS.save(
        deps.storage,
        &id,
        &Channel {
            channel_id: id.clone(),
            connection_id: channel.connection_id.clone(),
            counterparty_port: channel.counterparty_endpoint.port_id.clone(),
            counterparty_channel: channel.counterparty_endpoint.channel_id.clone(),
            delivered_epoch: None,
        },
    )?;
    Ok(channel_event("ibc_connect", &id))
}

/// Also how an ordered channel ends after a timeout: it leaves the broadcast.
pub fn close(deps: DepsMut, msg: IbcChannelCloseMsg) -> Result<IbcBasicResponse, ContractError> {
    let id = &msg.channel().endpoint.channel_id;
    CHANNELS.remove(deps.storage, id);
    Ok(channel_event("ibc_close", id))
}

fn check_channel(
    channel: &IbcChannel,
    counterparty_version: Option<&str>,
) -> Result<(), ContractError> {
    if !is_faro_channel(channel, counterparty_version) {
        return Err(ContractError::InvalidChannel {
            channel_id: channel.endpoint.channel_id.clone(),
            expected: IBC_VERSION.to_string(),
        });
    }
    Ok(())
}

fn ensure_room(storage: &dyn Storage) -> Result<(), ContractError> {
    let count = CHANNELS
        .keys(storage, None, None, Order::Ascending)
        .take(MAX_CHANNELS)
        .count();
    if count >= MAX_CHANNELS {
        return Err(ContractError::TooManyChannels { max: MAX_CHANNELS });
    }
    Ok(())
}
