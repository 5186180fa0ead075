use cosmwasm_std::testing::{message_info, mock_env, mock_ibc_packet_ack, mock_ibc_packet_timeout};
use cosmwasm_std::{
    coins, from_json, to_json_binary, Binary, CosmosMsg, IbcAcknowledgement, IbcMsg,
};
use faro_types::oracle::{FaroAck, FaroPacket, Rate};

use super::*;
use crate::contract::{ibc_packet_ack, ibc_packet_timeout};
use crate::query;

fn broadcast(rate: Rate) -> ExecuteMsg {
    ExecuteMsg::BroadcastRate {
        index: rate.index,
        epoch: rate.epoch,
        timestamp: rate.timestamp,
    }
}

fn rate_packets(res: &Response) -> Vec<(String, Rate)> {
    res.messages
        .iter()
        .map(|m| match &m.msg {
            CosmosMsg::Ibc(IbcMsg::SendPacket {
                channel_id, data, ..
            }) => match from_json(data).unwrap() {
                FaroPacket::Rate(rate) => (channel_id.clone(), rate),
                FaroPacket::Report(_) => panic!("the gateway sent a report"),
            },
            other => panic!("not a packet: {other:?}"),
        })
        .collect()
}

fn acknowledge(deps: &mut Deps, channel_id: &str, epoch: u64, answer: &FaroAck) {
    let ack = IbcAcknowledgement::new(to_json_binary(answer).unwrap());
    let packet = FaroPacket::Rate(rate(epoch));
    let msg = mock_ibc_packet_ack(channel_id, &packet, ack).unwrap();
    ibc_packet_ack(deps.as_mut(), mock_env(), msg).unwrap();
}

#[test]
fn only_the_oracle_broadcasts_and_without_funds() {
    let mut deps = connected();
    for sender in ["anyone", "dao"] {
        assert_eq!(
            exec(&mut deps, sender, broadcast(rate(1))).unwrap_err(),
            ContractError::NotOracle {
                sender: addr(sender).to_string(),
                action: "broadcast the rate",
            }
        );
    }
    let info = message_info(&addr("oracle"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), info, broadcast(rate(1))).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));

    let res = exec(&mut deps, "oracle", broadcast(rate(1))).unwrap();
    assert_eq!(
        rate_packets(&res),
        [
            (REPORTER_CHANNEL.to_string(), rate(1)),
            (SUBSCRIBER.to_string(), rate(1))
        ]
    );
    assert_eq!(attr(&res, "channels"), "2");
}

#[test]
fn acked_rates_are_not_sent_again_and_failed_ones_are() {
    let mut deps = connected();
    exec(&mut deps, "oracle", broadcast(rate(1))).unwrap();

    let refused = FaroAck::Error {
        error: "stale".to_string(),
    };
    acknowledge(&mut deps, SUBSCRIBER, 1, &refused);
    let msg = mock_ibc_packet_timeout(SUBSCRIBER, &FaroPacket::Rate(rate(1))).unwrap();
    let res = ibc_packet_timeout(deps.as_mut(), mock_env(), msg).unwrap();
    assert_eq!(res.attributes[0].value, "rate_timeout");
    let garbled = IbcAcknowledgement::new(Binary::from(b"?".as_slice()));
    let packet = FaroPacket::Rate(rate(1));
    let msg = mock_ibc_packet_ack(SUBSCRIBER, &packet, garbled).unwrap();
    ibc_packet_ack(deps.as_mut(), mock_env(), msg).unwrap();
    let channels = query::channels(deps.as_ref(), None, None).unwrap().channels;
    assert!(channels.iter().all(|c| c.delivered_epoch.is_none()));
    let res = exec(&mut deps, "oracle", broadcast(rate(1))).unwrap();
    assert_eq!(rate_packets(&res).len(), 2);

    acknowledge(&mut deps, SUBSCRIBER, 1, &FaroAck::Ok {});
    let channels = query::channels(deps.as_ref(), None, None).unwrap().channels;
    assert_eq!(channels[1].delivered_epoch, Some(1));
    let res = exec(&mut deps, "oracle", broadcast(rate(1))).unwrap();
    assert_eq!(
        rate_packets(&res),
        [(REPORTER_CHANNEL.to_string(), rate(1))]
    );
    // A later epoch goes to both again; an old ack never moves a channel back.
    let res = exec(&mut deps, "oracle", broadcast(rate(2))).unwrap();
    assert_eq!(rate_packets(&res).len(), 2);
    acknowledge(&mut deps, SUBSCRIBER, 2, &FaroAck::Ok {});
    acknowledge(&mut deps, SUBSCRIBER, 1, &FaroAck::Ok {});
    let channels = query::channels(deps.as_ref(), None, None).unwrap().channels;
    assert_eq!(channels[1].delivered_epoch, Some(2));
}

#[test]
fn acks_on_closed_channels_change_nothing() {
    let mut deps = setup();
    acknowledge(&mut deps, SUBSCRIBER, 1, &FaroAck::Ok {});
    assert!(query::channels(deps.as_ref(), None, None)
        .unwrap()
        .channels
        .is_empty());
    let res = exec(&mut deps, "oracle", broadcast(rate(1))).unwrap();
    assert!(res.messages.is_empty());
}
