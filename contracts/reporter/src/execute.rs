use cosmwasm_std::{to_json_binary, DepsMut, Env, IbcMsg, IbcTimeout, MessageInfo, Response};
use faro_types::oracle::{FaroPacket, PACKET_LIFETIME};
use faro_types::ownership::owner_only;
use faro_types::reporter::Report;

use crate::error::ContractError;
use crate::state::CHANNEL;

/// The owner sends a report to the gateway, which submits it to the oracle and answers
/// with the oracle's verdict in the ack.
pub fn submit_report(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    report: Report,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let channel = CHANNEL
        .may_load(deps.storage)?
        .ok_or(ContractError::NoChannel)?;
    let epoch = report.epoch;
    let packet = IbcMsg::SendPacket {
        channel_id: channel.channel_id.clone(),
        data: to_json_binary(&FaroPacket::Report(report))?,
        timeout: IbcTimeout::with_timestamp(env.block.time.plus_seconds(PACKET_LIFETIME)),
    };
    Ok(Response::new()
        .add_message(packet)
        .add_attribute("action", "submit_report")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("channel_id", channel.channel_id))
}
