use cosmwasm_std::testing::{mock_env, mock_ibc_packet_recv};
use cosmwasm_std::{
    from_json, to_json_binary, Binary, CosmosMsg, Decimal, IbcReceiveResponse, ReplyOn,
    SubMsgResult, SystemError, SystemResult, Timestamp, Uint128, WasmMsg,
};
use faro_types::oracle::{ExecuteMsg as OracleMsg, FaroAck, FaroPacket, OperatorReport, Report};
use faro_types::testing::{chain_reply, sub_msg_response};

use super::*;
use crate::contract::{ibc_packet_receive, reply};
use crate::query;
use crate::receive::REPORT_REPLY;

fn report(epoch: u64) -> Report {
    Report {
        epoch,
        epoch_end: Timestamp::from_seconds(1_000),
        heavy_rewards: Uint128::new(1_000),
        operators: vec![OperatorReport {
            valoper: "valoper1".to_string(),
            light_rewards: Uint128::new(500),
            penalty: Uint128::zero(),
            score: Decimal::percent(90),
        }],
    }
}

fn receive_raw(deps: &mut Deps, channel_id: &str, data: Binary) -> IbcReceiveResponse {
    let mut msg = mock_ibc_packet_recv(channel_id, &()).unwrap();
    msg.packet.data = data;
    ibc_packet_receive(deps.as_mut(), mock_env(), msg).unwrap()
}

fn receive(deps: &mut Deps, channel_id: &str, packet: &FaroPacket) -> IbcReceiveResponse {
    receive_raw(deps, channel_id, to_json_binary(packet).unwrap())
}

fn ack_of(res: &IbcReceiveResponse) -> FaroAck {
    from_json(res.acknowledgement.as_ref().unwrap()).unwrap()
}

/// The oracle's answer to the submission, as the chain replies with it.
fn answer(deps: &mut Deps, result: SubMsgResult) -> Response {
    let msg = chain_reply(REPORT_REPLY, Binary::default(), result);
    reply(deps.as_mut(), mock_env(), msg).unwrap()
}

fn taken() -> SubMsgResult {
    SubMsgResult::Ok(sub_msg_response(None, vec![]))
}

#[test]
fn a_report_from_the_reporter_is_submitted_to_the_oracle() {
    let mut deps = connected();
    let res = receive(&mut deps, REPORTER_CHANNEL, &FaroPacket::Report(report(1)));
    assert_eq!(res.messages.len(), 1);
    let sub = &res.messages[0];
    assert_eq!(
        (sub.id, sub.reply_on.clone()),
        (REPORT_REPLY, ReplyOn::Always)
    );
    let CosmosMsg::Wasm(WasmMsg::Execute {
        contract_addr,
        msg,
        funds,
    }) = &sub.msg
    else {
        panic!("not a contract call: {:?}", sub.msg);
    };
    assert_eq!(*contract_addr, addr("oracle").to_string());
    assert!(funds.is_empty());
    // The oracle reads it as its own `Submit`.
    let submit: OracleMsg = from_json(msg).unwrap();
    assert_eq!(submit, OracleMsg::Submit { report: report(1) });
    assert_eq!(attr_of(&res, "epoch"), "1");

    // The oracle took it: the reply's data is the ok ack.
    let res = answer(&mut deps, taken());
    assert_eq!(attr(&res, "action"), "report_taken");
    let ack: FaroAck = from_json(res.data.unwrap()).unwrap();
    assert_eq!(ack, FaroAck::Ok {});
}

#[test]
fn a_report_the_oracle_refuses_is_acked_with_its_error() {
    let mut deps = connected();
    receive(&mut deps, REPORTER_CHANNEL, &FaroPacket::Report(report(1)));
    let error = "faro1gateway is not a member".to_string();
    let res = answer(&mut deps, SubMsgResult::Err(error.clone()));
    assert_eq!(attr(&res, "action"), "report_refused");
    assert!(res.messages.is_empty());
    let ack: FaroAck = from_json(res.data.unwrap()).unwrap();
    assert_eq!(ack, FaroAck::Error { error });
    // Nothing of the gateway's changed.
    let channels = query::channels(deps.as_ref(), None, None).unwrap().channels;
    assert!(channels.iter().all(|c| c.delivered_epoch.is_none()));
}

#[test]
fn malformed_packets_get_an_error_ack_and_reach_nobody() {
    let mut deps = connected();
    for bytes in [&b"\xff\x00not json"[..], b"{\"report\":{\"epoch\":1}}", b""] {
        let res = receive_raw(&mut deps, REPORTER_CHANNEL, Binary::from(bytes));
        assert!(matches!(ack_of(&res), FaroAck::Error { .. }));
        assert!(res.messages.is_empty());
    }
    let res = receive(&mut deps, REPORTER_CHANNEL, &FaroPacket::Rate(rate(1)));
    let FaroAck::Error { error } = ack_of(&res) else {
        panic!("a rate was taken");
    };
    assert_eq!(error, "the gateway takes no rate packets");
    assert!(res.messages.is_empty());
}

#[test]
fn reports_from_other_channels_are_refused_without_a_submission() {
    let mut deps = connected();
    let packet = FaroPacket::Report(report(1));
    for (channel, expected) in [
        (
            SUBSCRIBER,
            ContractError::NotReporterChannel {
                channel_id: SUBSCRIBER.to_string(),
            },
        ),
        (
            "channel-42",
            ContractError::UnknownChannel {
                channel_id: "channel-42".to_string(),
            },
        ),
    ] {
        let res = receive(&mut deps, channel, &packet);
        assert_eq!(
            ack_of(&res),
            FaroAck::Error {
                error: expected.to_string()
            }
        );
        assert!(res.messages.is_empty());
    }
    // Without a reporter no channel's reports go through.
    exec(&mut deps, "dao", ExecuteMsg::SetReporter { reporter: None }).unwrap();
    let res = receive(&mut deps, REPORTER_CHANNEL, &packet);
    assert!(matches!(ack_of(&res), FaroAck::Error { .. }));
    assert!(res.messages.is_empty());
}

#[test]
fn final_epochs_get_a_typed_error_ack_without_a_submission() {
    let mut deps = connected();
    answer_oracle(&mut deps, Some(5), vec![]);
    for epoch in [5, 3] {
        let res = receive(
            &mut deps,
            REPORTER_CHANNEL,
            &FaroPacket::Report(report(epoch)),
        );
        let expected = ContractError::EpochNotNewer {
            epoch,
            last_final: 5,
        };
        assert_eq!(
            ack_of(&res),
            FaroAck::Error {
                error: expected.to_string()
            }
        );
        assert!(res.messages.is_empty());
    }
    let res = receive(&mut deps, REPORTER_CHANNEL, &FaroPacket::Report(report(6)));
    assert_eq!(ack_of(&res), FaroAck::Ok {});
    assert_eq!(res.messages.len(), 1);
}

#[test]
fn a_second_report_for_an_epoch_gets_a_typed_error_ack_without_a_submission() {
    let mut deps = connected();
    let gateway = mock_env().contract.address.to_string();
    let (head, last) = gateway.split_at(gateway.len() - 1);
    let last = last.as_bytes()[0];
    // Voters that sort right before and after the gateway, but not the gateway itself.
    let neighbours = vec![
        format!("{head}{}", char::from(last - 1)),
        format!("{head}{}zzzz", char::from(last - 1)),
        format!("{gateway}0"),
        format!("{head}{}", char::from(last + 1)),
        head.to_string(),
    ];
    answer_oracle(&mut deps, Some(1), neighbours.clone());
    let packet = FaroPacket::Report(report(2));
    let res = receive(&mut deps, REPORTER_CHANNEL, &packet);
    assert_eq!(ack_of(&res), FaroAck::Ok {});
    assert_eq!(res.messages.len(), 1);

    let mut voters = neighbours;
    voters.push(gateway);
    answer_oracle(&mut deps, Some(1), voters);
    let res = receive(&mut deps, REPORTER_CHANNEL, &packet);
    assert_eq!(
        ack_of(&res),
        FaroAck::Error {
            error: ContractError::AlreadySubmitted { epoch: 2 }.to_string()
        }
    );
    assert!(res.messages.is_empty());
}

#[test]
fn an_oracle_that_cannot_be_asked_gets_an_error_ack_without_a_submission() {
    let mut deps = connected();
    deps.querier
        .update_wasm(|_| SystemResult::Err(SystemError::Unknown {}));
    let res = receive(&mut deps, REPORTER_CHANNEL, &FaroPacket::Report(report(1)));
    assert!(matches!(ack_of(&res), FaroAck::Error { .. }));
    assert!(res.messages.is_empty());
}

#[test]
fn unknown_replies_fail() {
    let mut deps = setup();
    let msg = chain_reply(9, Binary::default(), taken());
    assert_eq!(
        reply(deps.as_mut(), mock_env(), msg).unwrap_err(),
        ContractError::UnknownReply { id: 9 }
    );
}

fn attr_of<'a>(res: &'a IbcReceiveResponse, key: &str) -> &'a str {
    &res.attributes.iter().find(|a| a.key == key).unwrap().value
}
