//! The `faro-1` channel, reporter side: one channel to the oracle's gateway; rates in,
//! reports out.

use cosmwasm_std::{
    from_json, DepsMut, IbcBasicResponse, IbcChannel, IbcChannelCloseMsg, IbcChannelConnectMsg,
    IbcChannelOpenMsg, IbcChannelOpenResponse, IbcPacketAckMsg, IbcPacketReceiveMsg,
    IbcPacketTimeoutMsg, IbcReceiveResponse, StdResult, Storage,
};
use faro_types::oracle::{
    channel_event, check_faro_channel, faro_open_response, FaroAck, FaroPacket,
};
use faro_types::reporter::{Rate, ReporterChannel};

use crate::error::ContractError;
use crate::state::{CHANNEL, RATE};

/// Ordered, `faro-1` on both ends, and no channel to the oracle yet.
pub fn open(
    deps: DepsMut,
    msg: IbcChannelOpenMsg,
) -> Result<IbcChannelOpenResponse, ContractError> {
    check_channel(deps.storage, msg.channel(), msg.counterparty_version())?;
    Ok(faro_open_response())
}

pub fn connect(
    deps: DepsMut,
    msg: IbcChannelConnectMsg,
) -> Result<IbcBasicResponse, ContractError> {
    check_channel(deps.storage, msg.channel(), msg.counterparty_version())?;
    let channel = ReporterChannel::connected(msg.channel());
    CHANNEL.save(deps.storage, &channel)?;
    Ok(channel_event("ibc_connect", &channel.channel_id))
}

pub fn close(deps: DepsMut, msg: IbcChannelCloseMsg) -> Result<IbcBasicResponse, ContractError> {
    let id = &msg.channel().endpoint.channel_id;
    if CHANNEL
        .may_load(deps.storage)?
        .is_some_and(|channel| channel.channel_id == *id)
    {
        CHANNEL.remove(deps.storage);
    }
    Ok(channel_event("ibc_close", id))
}

/// A newer rate is kept; anything else is answered with an error ack and changes nothing.
pub fn receive(deps: DepsMut, msg: IbcPacketReceiveMsg) -> StdResult<IbcReceiveResponse> {
    let channel_id = msg.packet.dest.channel_id;
    let result = from_json::<FaroPacket>(&msg.packet.data)
        .map_err(ContractError::from)
        .and_then(|packet| match packet {
            FaroPacket::Rate(rate) => receive_rate(deps, &channel_id, rate),
            FaroPacket::Report(_) => Err(ContractError::UnexpectedPacket { kind: "report" }),
        });
    match result {
        Ok(rate) => Ok(IbcReceiveResponse::new(FaroAck::Ok {}.to_binary()?)
            .add_attribute("action", "rate")
            .add_attribute("epoch", rate.epoch.to_string())
            .add_attribute("index", rate.index.to_string())),
        Err(err) => Ok(IbcReceiveResponse::new(FaroAck::refused(&err).to_binary()?)
            .add_attribute("action", "rate_refused")
            .add_attribute("error", err.to_string())),
    }
}

fn receive_rate(deps: DepsMut, channel_id: &str, rate: Rate) -> Result<Rate, ContractError> {
    let channel = CHANNEL.may_load(deps.storage)?;
    if channel.is_none_or(|channel| channel.channel_id != channel_id) {
        return Err(ContractError::WrongChannel {
            channel_id: channel_id.to_string(),
        });
    }
    if let Some(held) = RATE
        .may_load(deps.storage)?
        .filter(|held| held.epoch >= rate.epoch)
    {
        return Err(ContractError::StaleRate {
            epoch: rate.epoch,
            held: held.epoch,
        });
    }
    RATE.save(deps.storage, &rate)?;
    Ok(rate)
}

/// The oracle took a report: recorded, so the owner knows up to which epoch it counted.
/// An error ack or a timeout changes nothing; the owner sends the report again.
pub fn ack(deps: DepsMut, msg: IbcPacketAckMsg) -> Result<IbcBasicResponse, ContractError> {
    let packet = from_json::<FaroPacket>(&msg.original_packet.data);
    let answer = from_json::<FaroAck>(&msg.acknowledgement.data);
    match (packet, answer) {
        (Ok(FaroPacket::Report(report)), Ok(FaroAck::Ok {})) => {
            if let Some(mut channel) = CHANNEL.may_load(deps.storage)? {
                channel.acked_epoch = channel.acked_epoch.max(Some(report.epoch));
                CHANNEL.save(deps.storage, &channel)?;
            }
            Ok(IbcBasicResponse::new()
                .add_attribute("action", "report_taken")
                .add_attribute("epoch", report.epoch.to_string()))
        }
        (_, Ok(FaroAck::Error { error })) => Ok(IbcBasicResponse::new()
            .add_attribute("action", "report_refused")
            .add_attribute("error", error)),
        _ => Ok(IbcBasicResponse::new().add_attribute("action", "ack_ignored")),
    }
}

pub fn timeout(
    _deps: DepsMut,
    msg: IbcPacketTimeoutMsg,
) -> Result<IbcBasicResponse, ContractError> {
    Ok(IbcBasicResponse::new()
        .add_attribute("action", "report_timeout")
        .add_attribute("channel_id", msg.packet.src.channel_id))
}

fn check_channel(
    storage: &dyn Storage,
    channel: &IbcChannel,
    counterparty_version: Option<&str>,
) -> Result<(), ContractError> {
    check_faro_channel(channel, counterparty_version)?;
    if let Some(existing) = CHANNEL.may_load(storage)? {
        return Err(ContractError::AlreadyConnected {
            channel_id: existing.channel_id,
        });
    }
    Ok(())
}
