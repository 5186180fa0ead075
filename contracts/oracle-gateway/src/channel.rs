//! The `faro-1` handshake: ordered, `faro-1` on both ends, at most `MAX_CHANNELS`.

use cosmwasm_std::{
    DepsMut, IbcBasicResponse, IbcChannelCloseMsg, IbcChannelConnectMsg, IbcChannelOpenMsg,
    IbcChannelOpenResponse, Order, Storage,
};
use faro_types::oracle::{channel_event, check_faro_channel, faro_open_response};
use faro_types::oracle_gateway::{Channel, MAX_CHANNELS};

use crate::error::ContractError;
use crate::state::CHANNELS;

pub fn open(
    deps: DepsMut,
    msg: IbcChannelOpenMsg,
) -> Result<IbcChannelOpenResponse, ContractError> {
    check_faro_channel(msg.channel(), msg.counterparty_version())?;
    ensure_room(deps.storage)?;
    Ok(faro_open_response())
}

pub fn connect(
    deps: DepsMut,
    msg: IbcChannelConnectMsg,
) -> Result<IbcBasicResponse, ContractError> {
    let channel = msg.channel();
    check_faro_channel(channel, msg.counterparty_version())?;
    ensure_room(deps.storage)?;
    let id = &channel.endpoint.channel_id;
    CHANNELS.save(deps.storage, id, &Channel::connected(channel))?;
    Ok(channel_event("ibc_connect", id))
}

/// Also how an ordered channel ends after a timeout: it leaves the broadcast.
pub fn close(deps: DepsMut, msg: IbcChannelCloseMsg) -> Result<IbcBasicResponse, ContractError> {
    let id = &msg.channel().endpoint.channel_id;
    CHANNELS.remove(deps.storage, id);
    Ok(channel_event("ibc_close", id))
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
