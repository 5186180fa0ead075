//! Rates out: one packet per channel behind, and what its ack or timeout does.

use cosmwasm_std::{
    from_json, to_json_binary, DepsMut, Env, IbcBasicResponse, IbcMsg, IbcPacketAckMsg,
    IbcPacketTimeoutMsg, IbcTimeout, Order, StdResult, Storage, SubMsg,
};
use faro_types::oracle::{FaroAck, FaroPacket, Rate, PACKET_LIFETIME};

use crate::error::ContractError;
use crate::state::CHANNELS;

/// The rate packet for every channel that has not acknowledged `rate.epoch`.
pub fn packets(storage: &dyn Storage, env: &Env, rate: Rate) -> StdResult<Vec<SubMsg>> {
    let epoch = rate.epoch;
    let data = to_json_binary(&FaroPacket::Rate(rate))?;
    CHANNELS
        .range(storage, None, None, Order::Ascending)
        .filter(|entry| {
            entry
                .as_ref()
                .map_or(true, |(_, channel)| channel.delivered_epoch < Some(epoch))
        })
        .map(|entry| {
            let (channel_id, _) = entry?;
            Ok(SubMsg::new(IbcMsg::SendPacket {
                channel_id,
                data: data.clone(),
                timeout: IbcTimeout::with_timestamp(env.block.time.plus_seconds(PACKET_LIFETIME)),
            }))
        })
        .collect()
}

/// A rate the counterparty took: its channel is up to date to that epoch. Anything else
/// (an error ack, an unreadable one) changes nothing, and the next broadcast sends again.
pub fn ack(deps: DepsMut, msg: IbcPacketAckMsg) -> Result<IbcBasicResponse, ContractError> {
    let channel_id = msg.original_packet.src.channel_id;
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
pub fn timeout(msg: IbcPacketTimeoutMsg) -> IbcBasicResponse {
    IbcBasicResponse::new()
        .add_attribute("action", "rate_timeout")
        .add_attribute("channel_id", msg.packet.src.channel_id)
}
