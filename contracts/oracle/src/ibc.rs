//! The `faro-1` channel, oracle side: handshake checks, reports in, rates out.

use cosmwasm_std::{
    from_json, to_json_binary, Binary, DepsMut, Env, IbcBasicResponse, IbcChannel,
    IbcChannelCloseMsg, IbcChannelConnectMsg, IbcChannelOpenMsg, IbcChannelOpenResponse,
    IbcPacketAckMsg, IbcPacketReceiveMsg, IbcPacketTimeoutMsg, IbcReceiveResponse, Order,
    StdResult, Storage,
};
use faro_types::oracle::{
    Channel, FaroAck, FaroPacket, Report, IBC_ORDER, IBC_VERSION, IBC_VOTER, MAX_CHANNELS,
};

use crate::error::ContractError;
use crate::state::{CHANNELS, CONFIG};
use crate::vote;

/// Ordered, `faro-1` on both ends, and room for one more channel.
pub fn open(
    deps: DepsMut,
    msg: IbcChannelOpenMsg,
) -> Result<IbcChannelOpenResponse, ContractError> {
    check_channel(msg.channel(), msg.counterparty_version())?;
    ensure_room(deps.storage)?;
    Ok(Some(cosmwasm_std::Ibc3ChannelOpenResponse {
        version: IBC_VERSION.to_string(),
    }))
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
    Ok(IbcBasicResponse::new()
        .add_attribute("action", "ibc_connect")
        .add_attribute("channel_id", id))
}

pub fn close(deps: DepsMut, msg: IbcChannelCloseMsg) -> Result<IbcBasicResponse, ContractError> {
    let id = &msg.channel().endpoint.channel_id;
    CHANNELS.remove(deps.storage, id);
    Ok(IbcBasicResponse::new()
        .add_attribute("action", "ibc_close")
        .add_attribute("channel_id", id))
}

/// Every failure becomes an error ack; `vote` writes nothing until all its checks pass.
pub fn receive(deps: DepsMut, env: Env, msg: IbcPacketReceiveMsg) -> StdResult<IbcReceiveResponse> {
    let channel_id = msg.packet.dest.channel_id.clone();
    let result = from_json::<FaroPacket>(&msg.packet.data)
        .map_err(ContractError::from)
        .and_then(|packet| match packet {
            FaroPacket::Report(report) => receive_report(deps, &env, &channel_id, report),
            FaroPacket::Rate(_) => Err(ContractError::UnexpectedPacket { kind: "rate" }),
        });
    match result {
        Ok(outcome) => Ok(IbcReceiveResponse::new(encode(&FaroAck::Ok {})?)
            .add_submessages(outcome.msgs)
            .add_attribute("action", "ibc_report")
            .add_attributes(outcome.attributes)),
        Err(err) => Ok(IbcReceiveResponse::new(encode(&FaroAck::Error {
            error: err.to_string(),
        })?)
        .add_attribute("action", "ibc_report_refused")
        .add_attribute("error", err.to_string())),
    }
}

/// The reporter's channel votes as one member, with the configured weight.
fn receive_report(
    deps: DepsMut,
    env: &Env,
    channel_id: &str,
    report: Report,
) -> Result<vote::Outcome, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let channel = CHANNELS
        .may_load(deps.storage, channel_id)?
        .ok_or_else(|| ContractError::UnknownChannel {
            channel_id: channel_id.to_string(),
        })?;
    let is_reporter = config.reporter.as_ref().is_some_and(|peer| {
        peer.connection_id == channel.connection_id && peer.port_id == channel.counterparty_port
    });
    if !is_reporter || config.ibc_member_weight == 0 {
        return Err(ContractError::NotReporterChannel {
            channel_id: channel_id.to_string(),
        });
    }
    vote::vote(deps, env, IBC_VOTER, config.ibc_member_weight, report)
}

/// A rate the counterparty took: its channel is up to date to that epoch. Anything else
/// (an error ack, an unreadable one) changes nothing, and the next broadcast sends again.
pub fn ack(deps: DepsMut, msg: IbcPacketAckMsg) -> Result<IbcBasicResponse, ContractError> {
    let channel_id = msg.original_packet.src.channel_id.clone();
    let packet = from_json::<FaroPacket>(&msg.original_packet.data);
    let answer = from_json::<FaroAck>(&msg.acknowledgement.data);
    let response = IbcBasicResponse::new().add_attribute("channel_id", &channel_id);
    match (packet, answer) {
        (Ok(FaroPacket::Rate(rate)), Ok(FaroAck::Ok {})) => {
            if let Some(mut channel) = CHANNELS.may_load(deps.storage, &channel_id)? {
                channel.delivered_epoch = channel.delivered_epoch.max(Some(rate.epoch));
                CHANNELS.save(deps.storage, &channel_id, &channel)?;
            }
            Ok(response
                .add_attribute("action", "rate_delivered")
                .add_attribute("epoch", rate.epoch.to_string()))
        }
        (_, Ok(FaroAck::Error { error })) => Ok(response
            .add_attribute("action", "rate_refused")
            .add_attribute("error", error)),
        _ => Ok(response.add_attribute("action", "ack_ignored")),
    }
}

/// Nothing changes; the next broadcast sends the rate again. (On an ordered channel the
/// timeout also closes the channel, which removes it.)
pub fn timeout(
    _deps: DepsMut,
    msg: IbcPacketTimeoutMsg,
) -> Result<IbcBasicResponse, ContractError> {
    Ok(IbcBasicResponse::new()
        .add_attribute("action", "rate_timeout")
        .add_attribute("channel_id", msg.packet.src.channel_id))
}

fn check_channel(
    channel: &IbcChannel,
    counterparty_version: Option<&str>,
) -> Result<(), ContractError> {
    let versions_match = channel.version == IBC_VERSION
        && counterparty_version.is_none_or(|version| version == IBC_VERSION);
    if channel.order != IBC_ORDER || !versions_match {
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

fn encode(ack: &FaroAck) -> StdResult<Binary> {
    to_json_binary(ack)
}
