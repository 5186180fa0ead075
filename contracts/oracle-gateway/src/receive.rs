//! Reports in: submitted to the oracle, answered in the ack by the submission's reply.

use cosmwasm_std::{
    from_json, Addr, Deps, Env, IbcPacketReceiveMsg, IbcReceiveResponse, QuerierWrapper, Reply,
    Response, StdResult, SubMsg, SubMsgResult,
};
use faro_types::oracle::{FaroAck, FaroPacket, OracleContract, Report};

use crate::error::ContractError;
use crate::state::{CHANNELS, CONFIG};

/// The oracle answered a submitted report; the reply writes the packet's ack.
pub const REPORT_REPLY: u64 = 1;

/// Nothing is written here: a report from the reporter's channel that the oracle still
/// takes goes to it as a submessage, anything else gets an error ack at once.
pub fn receive(deps: Deps, env: &Env, msg: IbcPacketReceiveMsg) -> StdResult<IbcReceiveResponse> {
    let channel_id = msg.packet.dest.channel_id;
    let submission = from_json::<FaroPacket>(&msg.packet.data)
        .map_err(ContractError::from)
        .and_then(|packet| match packet {
            FaroPacket::Report(report) => submission(deps, env, &channel_id, report),
            FaroPacket::Rate(_) => Err(ContractError::UnexpectedPacket { kind: "rate" }),
        });
    match submission {
        // The reply replaces this ack with the oracle's answer.
        Ok((epoch, submit)) => Ok(IbcReceiveResponse::new(FaroAck::Ok {}.to_binary()?)
            .add_submessage(submit)
            .add_attribute("action", "report_received")
            .add_attribute("channel_id", channel_id)
            .add_attribute("epoch", epoch.to_string())),
        Err(err) => Ok(IbcReceiveResponse::new(FaroAck::refused(&err).to_binary()?)
            .add_attribute("action", "report_refused")
            .add_attribute("channel_id", channel_id)
            .add_attribute("error", err.to_string())),
    }
}

/// The oracle's `Submit` for a report from the reporter's channel.
fn submission(
    deps: Deps,
    env: &Env,
    channel_id: &str,
    report: Report,
) -> Result<(u64, SubMsg), ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let channel = CHANNELS
        .may_load(deps.storage, channel_id)?
        .ok_or_else(|| ContractError::UnknownChannel {
            channel_id: channel_id.to_string(),
        })?;
    let is_reporter = config.reporter.is_some_and(|peer| {
        peer.connection_id == channel.connection_id && peer.port_id == channel.counterparty_port
    });
    if !is_reporter {
        return Err(ContractError::NotReporterChannel {
            channel_id: channel_id.to_string(),
        });
    }
    let epoch = report.epoch;
    let oracle = OracleContract(config.oracle);
    ensure_open(&deps.querier, &oracle, &env.contract.address, epoch)?;
    let submit = oracle.submit_msg(report)?;
    Ok((epoch, SubMsg::reply_always(submit, REPORT_REPLY)))
}

/// Refuses what the oracle would refuse for certain, asked before submitting: a final
/// epoch, or one the gateway already voted in. A refusal inside the submessage reaches
/// the ack only as the chain's redacted error; these get their own.
fn ensure_open(
    querier: &QuerierWrapper,
    oracle: &OracleContract,
    gateway: &Addr,
    epoch: u64,
) -> Result<(), ContractError> {
    let progress = oracle.progress(querier)?;
    if let Some(last_final) = progress.last_final.filter(|last| epoch <= *last) {
        return Err(ContractError::EpochNotNewer { epoch, last_final });
    }
    if oracle.has_submitted(querier, epoch, gateway)? {
        return Err(ContractError::AlreadySubmitted { epoch });
    }
    Ok(())
}

/// The oracle's answer becomes the ack: a reply's data replaces `ibc_packet_receive`'s.
/// A refused report was reverted with its submessage.
pub fn answered(reply: Reply) -> Result<Response, ContractError> {
    let (answer, action) = match reply.result {
        SubMsgResult::Ok(_) => (FaroAck::Ok {}, "report_taken"),
        SubMsgResult::Err(error) => (FaroAck::Error { error }, "report_refused"),
    };
    let response = Response::new().add_attribute("action", action);
    let response = match &answer {
        FaroAck::Error { error } => response.add_attribute("error", error),
        FaroAck::Ok {} => response,
    };
    Ok(response.set_data(answer.to_binary()?))
}
