use cosmwasm_std::testing::{
    mock_env, mock_ibc_channel, mock_ibc_channel_close_init, mock_ibc_channel_open_init,
    mock_ibc_channel_open_try, mock_ibc_packet_ack, mock_ibc_packet_recv, mock_ibc_packet_timeout,
};
use cosmwasm_std::{
    from_json, Binary, CosmosMsg, Decimal256, IbcAcknowledgement, IbcChannelConnectMsg, IbcMsg,
    IbcOrder, IbcReceiveResponse,
};
use faro_types::oracle::{ExecuteMsg, FaroAck, FaroPacket, Rate, IBC_VERSION, MAX_CHANNELS};

use super::*;
use crate::contract::{
    ibc_channel_close, ibc_channel_connect, ibc_channel_open, ibc_packet_ack, ibc_packet_receive,
    ibc_packet_timeout,
};
use crate::query;

const REPORTER_CHANNEL: &str = "channel-0";
const SUBSCRIBER: &str = "channel-1";

fn connect(deps: &mut Deps, channel_id: &str, counterparty_port: &str) {
    let mut channel = mock_ibc_channel(channel_id, IbcOrder::Ordered, IBC_VERSION);
    channel.counterparty_endpoint.port_id = counterparty_port.to_string();
    let msg = IbcChannelConnectMsg::new_ack(channel, IBC_VERSION);
    ibc_channel_connect(deps.as_mut(), mock_env(), msg).unwrap();
}

fn connected() -> Deps {
    let mut deps = setup();
    connect(&mut deps, REPORTER_CHANNEL, REPORTER_PORT);
    connect(&mut deps, SUBSCRIBER, "wasm.defi");
    deps
}

fn receive_raw(deps: &mut Deps, channel_id: &str, data: Binary) -> IbcReceiveResponse {
    let mut msg = mock_ibc_packet_recv(channel_id, &()).unwrap();
    msg.packet.data = data;
    ibc_packet_receive(deps.as_mut(), mock_env(), msg).unwrap()
}

fn receive(deps: &mut Deps, channel_id: &str, packet: &FaroPacket) -> FaroAck {
    let res = receive_raw(deps, channel_id, to_json_binary(packet).unwrap());
    from_json(res.acknowledgement.unwrap()).unwrap()
}

fn rate_packets(messages: &[cosmwasm_std::SubMsg]) -> Vec<(String, Rate)> {
    messages
        .iter()
        .filter_map(|m| match &m.msg {
            CosmosMsg::Ibc(IbcMsg::SendPacket {
                channel_id, data, ..
            }) => match from_json(data).unwrap() {
                FaroPacket::Rate(rate) => Some((channel_id.clone(), rate)),
                FaroPacket::Report(_) => None,
            },
            _ => None,
        })
        .collect()
}

fn rate(epoch: u64) -> FaroPacket {
    FaroPacket::Rate(Rate {
        index: Decimal256::percent(105),
        epoch,
        timestamp: mock_env().block.time,
    })
}

#[test]
fn opens_only_ordered_faro_1_channels() {
    let mut deps = setup();
    let refused = [
        mock_ibc_channel_open_init("channel-0", IbcOrder::Unordered, IBC_VERSION),
        mock_ibc_channel_open_init("channel-0", IbcOrder::Ordered, "ics20-1"),
        mock_ibc_channel_open_try("channel-0", IbcOrder::Ordered, "faro-2"),
    ];
    for msg in refused {
        let err = ibc_channel_open(deps.as_mut(), mock_env(), msg).unwrap_err();
        assert!(matches!(err, ContractError::InvalidChannel { .. }));
    }
    for msg in [
        mock_ibc_channel_open_init("channel-0", IbcOrder::Ordered, IBC_VERSION),
        mock_ibc_channel_open_try("channel-0", IbcOrder::Ordered, IBC_VERSION),
    ] {
        let res = ibc_channel_open(deps.as_mut(), mock_env(), msg).unwrap();
        assert_eq!(res.unwrap().version, IBC_VERSION);
    }
    let wrong = IbcChannelConnectMsg::new_ack(
        mock_ibc_channel("channel-0", IbcOrder::Ordered, IBC_VERSION),
        "faro-0",
    );
    assert!(ibc_channel_connect(deps.as_mut(), mock_env(), wrong).is_err());
}

#[test]
fn channels_are_recorded_bounded_and_removed_on_close() {
    let mut deps = connected();
    let channels = query::channels(deps.as_ref(), None, None).unwrap().channels;
    assert_eq!(channels.len(), 2);
    assert_eq!(channels[0].counterparty_port, REPORTER_PORT);
    assert_eq!(channels[0].connection_id, CONNECTION);

    for i in 2..MAX_CHANNELS {
        connect(&mut deps, &format!("channel-{i}"), "wasm.defi");
    }
    let msg = mock_ibc_channel_open_try("channel-99", IbcOrder::Ordered, IBC_VERSION);
    assert_eq!(
        ibc_channel_open(deps.as_mut(), mock_env(), msg).unwrap_err(),
        ContractError::TooManyChannels { max: MAX_CHANNELS }
    );
    let close = mock_ibc_channel_close_init(SUBSCRIBER, IbcOrder::Ordered, IBC_VERSION);
    ibc_channel_close(deps.as_mut(), mock_env(), close).unwrap();
    let channels = query::channels(deps.as_ref(), None, Some(100))
        .unwrap()
        .channels;
    assert_eq!(channels.len(), MAX_CHANNELS - 1);
    assert!(channels.iter().all(|c| c.channel_id != SUBSCRIBER));
}

#[test]
fn malformed_packets_get_an_error_ack_and_change_nothing() {
    let mut deps = connected();
    for bytes in [&b"\xff\x00not json"[..], b"{\"report\":{\"epoch\":1}}", b""] {
        let res = receive_raw(&mut deps, REPORTER_CHANNEL, Binary::from(bytes));
        let ack: FaroAck = from_json(res.acknowledgement.unwrap()).unwrap();
        assert!(matches!(ack, FaroAck::Error { .. }), "{ack:?}");
        assert!(res.messages.is_empty());
    }
    assert!(query::submissions(deps.as_ref(), 1, None, None)
        .unwrap()
        .submissions
        .is_empty());
    assert!(matches!(
        receive(&mut deps, REPORTER_CHANNEL, &rate(1)),
        FaroAck::Error { .. }
    ));
}

#[test]
fn the_reporter_channel_counts_as_one_member() {
    let mut deps = connected();
    submit(&mut deps, "alice", report(1)).unwrap();
    let packet = FaroPacket::Report(report(1));
    assert_eq!(
        receive(&mut deps, REPORTER_CHANNEL, &packet),
        FaroAck::Ok {}
    );
    let candidates = query::candidates(deps.as_ref(), 1, None, None).unwrap();
    assert_eq!(candidates.candidates[0].weight, 3);
    // Once per epoch, like any member.
    let FaroAck::Error { error } = receive(&mut deps, REPORTER_CHANNEL, &packet) else {
        panic!("a second report was taken");
    };
    assert!(error.contains("already submitted"), "{error}");
    // carol makes 4: final, applied, and the rate goes out on both channels.
    let res = submit(&mut deps, "carol", report(1)).unwrap();
    assert_eq!(attr(&res, "status"), "applied");
    let rates = rate_packets(&res.messages);
    assert_eq!(rates.len(), 2);
    assert_eq!(rates[1].0, SUBSCRIBER);
    assert_eq!(rates[1].1.epoch, 1);
    assert_eq!(rates[1].1.index, Decimal256::percent(105));
}

#[test]
fn the_ibc_vote_can_complete_the_quorum() {
    let mut deps = connected();
    submit(&mut deps, "alice", report(1)).unwrap();
    submit(&mut deps, "carol", report(1)).unwrap();
    let res = receive_raw(
        &mut deps,
        REPORTER_CHANNEL,
        to_json_binary(&FaroPacket::Report(report(1))).unwrap(),
    );
    // Deliveries (4) and the rate to both channels.
    assert_eq!(res.messages.len(), 6);
    assert_eq!(
        query::progress(deps.as_ref()).unwrap().last_applied,
        Some(1)
    );
}

#[test]
fn other_channels_do_not_vote() {
    let mut deps = connected();
    let packet = FaroPacket::Report(report(1));
    for channel in [SUBSCRIBER, "channel-42"] {
        assert!(matches!(
            receive(&mut deps, channel, &packet),
            FaroAck::Error { .. }
        ));
    }
    exec(&mut deps, "dao", ExecuteMsg::SetReporter { reporter: None }).unwrap();
    assert!(matches!(
        receive(&mut deps, REPORTER_CHANNEL, &packet),
        FaroAck::Error { .. }
    ));
    assert!(query::submissions(deps.as_ref(), 1, None, None)
        .unwrap()
        .submissions
        .is_empty());
}

#[test]
fn acked_rates_are_not_sent_again_and_failed_ones_are() {
    let mut deps = connected();
    // Nothing applied yet: nothing to broadcast.
    let res = exec(&mut deps, "anyone", ExecuteMsg::BroadcastRate {}).unwrap();
    assert!(res.messages.is_empty());
    finalise(&mut deps, report(1));

    let error = IbcAcknowledgement::new(
        to_json_binary(&FaroAck::Error {
            error: "stale".to_string(),
        })
        .unwrap(),
    );
    let msg = mock_ibc_packet_ack(SUBSCRIBER, &rate(1), error).unwrap();
    ibc_packet_ack(deps.as_mut(), mock_env(), msg).unwrap();
    let msg = mock_ibc_packet_timeout(SUBSCRIBER, &rate(1)).unwrap();
    ibc_packet_timeout(deps.as_mut(), mock_env(), msg).unwrap();
    let garbled = IbcAcknowledgement::new(Binary::from(b"?".as_slice()));
    let msg = mock_ibc_packet_ack(SUBSCRIBER, &rate(1), garbled).unwrap();
    ibc_packet_ack(deps.as_mut(), mock_env(), msg).unwrap();
    let res = exec(&mut deps, "anyone", ExecuteMsg::BroadcastRate {}).unwrap();
    assert_eq!(rate_packets(&res.messages).len(), 2);

    let ok = IbcAcknowledgement::new(to_json_binary(&FaroAck::Ok {}).unwrap());
    let msg = mock_ibc_packet_ack(SUBSCRIBER, &rate(1), ok).unwrap();
    ibc_packet_ack(deps.as_mut(), mock_env(), msg).unwrap();
    let channels = query::channels(deps.as_ref(), None, None).unwrap().channels;
    assert_eq!(channels[1].delivered_epoch, Some(1));
    let res = exec(&mut deps, "anyone", ExecuteMsg::BroadcastRate {}).unwrap();
    let rates = rate_packets(&res.messages);
    assert_eq!(rates.len(), 1);
    assert_eq!(rates[0].0, REPORTER_CHANNEL);
}
