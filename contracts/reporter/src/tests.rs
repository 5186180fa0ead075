use cosmwasm_std::testing::{
    message_info, mock_dependencies, mock_env, mock_ibc_channel_close_init,
    mock_ibc_channel_connect_ack, mock_ibc_channel_open_init, mock_ibc_channel_open_try,
    mock_ibc_packet_ack, mock_ibc_packet_recv, mock_ibc_packet_timeout, MockApi, MockQuerier,
};
use cosmwasm_std::{
    coins, from_json, to_json_binary, Binary, CosmosMsg, Decimal256, IbcAcknowledgement, IbcMsg,
    IbcOrder, MemoryStorage, OwnedDeps, Timestamp, Uint128,
};
use faro_types::oracle::{FaroAck, FaroPacket, IBC_VERSION};
use faro_types::reporter::{ExecuteMsg, InstantiateMsg, Rate, Report};

use crate::contract::{
    execute, ibc_channel_close, ibc_channel_connect, ibc_channel_open, ibc_packet_ack,
    ibc_packet_receive, ibc_packet_timeout, instantiate,
};
use crate::error::ContractError;
use crate::query;

type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

const CHANNEL: &str = "channel-3";

fn addr(name: &str) -> cosmwasm_std::Addr {
    MockApi::default().addr_make(name)
}

fn setup() -> Deps {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    let msg = InstantiateMsg {
        owner: addr("relayer").to_string(),
    };
    instantiate(deps.as_mut(), mock_env(), info, msg).unwrap();
    deps
}

fn connected() -> Deps {
    let mut deps = setup();
    let msg = mock_ibc_channel_connect_ack(CHANNEL, IbcOrder::Ordered, IBC_VERSION);
    ibc_channel_connect(deps.as_mut(), mock_env(), msg).unwrap();
    deps
}

fn report(epoch: u64) -> Report {
    Report {
        epoch,
        epoch_end: Timestamp::from_seconds(1),
        heavy_rewards: Uint128::new(10),
        operators: vec![],
    }
}

fn rate(epoch: u64) -> FaroPacket {
    FaroPacket::Rate(Rate {
        index: Decimal256::percent(100 + epoch),
        epoch,
        timestamp: Timestamp::from_seconds(epoch),
    })
}

fn receive_raw(deps: &mut Deps, channel: &str, data: Binary) -> FaroAck {
    let mut msg = mock_ibc_packet_recv(channel, &()).unwrap();
    msg.packet.data = data;
    let res = ibc_packet_receive(deps.as_mut(), mock_env(), msg).unwrap();
    from_json(res.acknowledgement.unwrap()).unwrap()
}

fn receive(deps: &mut Deps, packet: &FaroPacket) -> FaroAck {
    receive_raw(deps, CHANNEL, to_json_binary(packet).unwrap())
}

#[test]
fn opens_one_ordered_faro_1_channel() {
    let mut deps = setup();
    for msg in [
        mock_ibc_channel_open_init(CHANNEL, IbcOrder::Unordered, IBC_VERSION),
        mock_ibc_channel_open_try(CHANNEL, IbcOrder::Ordered, "faro-0"),
    ] {
        let err = ibc_channel_open(deps.as_mut(), mock_env(), msg).unwrap_err();
        assert!(matches!(err, ContractError::InvalidChannel { .. }));
    }
    let msg = mock_ibc_channel_open_init(CHANNEL, IbcOrder::Ordered, IBC_VERSION);
    let res = ibc_channel_open(deps.as_mut(), mock_env(), msg).unwrap();
    assert_eq!(res.unwrap().version, IBC_VERSION);

    let msg = mock_ibc_channel_connect_ack(CHANNEL, IbcOrder::Ordered, IBC_VERSION);
    ibc_channel_connect(deps.as_mut(), mock_env(), msg).unwrap();
    let msg = mock_ibc_channel_open_try("channel-4", IbcOrder::Ordered, IBC_VERSION);
    assert_eq!(
        ibc_channel_open(deps.as_mut(), mock_env(), msg).unwrap_err(),
        ContractError::AlreadyConnected {
            channel_id: CHANNEL.to_string()
        }
    );
    let msg = mock_ibc_channel_close_init(CHANNEL, IbcOrder::Ordered, IBC_VERSION);
    ibc_channel_close(deps.as_mut(), mock_env(), msg).unwrap();
    assert_eq!(query::channel(deps.as_ref()).unwrap(), None);
}

#[test]
fn the_owner_sends_reports_on_the_channel() {
    let mut deps = setup();
    let submit = ExecuteMsg::SubmitReport { report: report(1) };
    let owner = message_info(&addr("relayer"), &[]);
    assert_eq!(
        execute(deps.as_mut(), mock_env(), owner.clone(), submit.clone()).unwrap_err(),
        ContractError::NoChannel
    );
    let mut deps = connected();
    let stranger = message_info(&addr("mallory"), &[]);
    let err = execute(deps.as_mut(), mock_env(), stranger, submit.clone()).unwrap_err();
    assert!(matches!(err, ContractError::Ownership(_)));
    let paying = message_info(&addr("relayer"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), paying, submit.clone()).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));

    let res = execute(deps.as_mut(), mock_env(), owner, submit).unwrap();
    let CosmosMsg::Ibc(IbcMsg::SendPacket {
        channel_id, data, ..
    }) = &res.messages[0].msg
    else {
        panic!("no packet sent");
    };
    assert_eq!(channel_id, CHANNEL);
    assert_eq!(
        from_json::<FaroPacket>(data).unwrap(),
        FaroPacket::Report(report(1))
    );
}

#[test]
fn keeps_the_newest_rate_and_refuses_stale_ones() {
    let mut deps = connected();
    assert_eq!(receive(&mut deps, &rate(2)), FaroAck::Ok {});
    for stale in [rate(2), rate(1)] {
        let FaroAck::Error { error } = receive(&mut deps, &stale) else {
            panic!("a stale rate was taken");
        };
        assert!(error.contains("not newer"), "{error}");
    }
    assert_eq!(receive(&mut deps, &rate(3)), FaroAck::Ok {});
    let held = query::rate(deps.as_ref()).unwrap().unwrap();
    assert_eq!((held.epoch, held.index), (3, Decimal256::percent(103)));
}

#[test]
fn malformed_or_misdirected_packets_get_an_error_ack_and_change_nothing() {
    let mut deps = connected();
    let packets = [
        (CHANNEL, Binary::from(b"\x00\x01garbage".as_slice())),
        (CHANNEL, Binary::from(b"{\"rate\":{}}".as_slice())),
        (
            CHANNEL,
            to_json_binary(&FaroPacket::Report(report(1))).unwrap(),
        ),
        ("channel-9", to_json_binary(&rate(1)).unwrap()),
    ];
    for (channel, data) in packets {
        assert!(matches!(
            receive_raw(&mut deps, channel, data),
            FaroAck::Error { .. }
        ));
    }
    assert_eq!(query::rate(deps.as_ref()).unwrap(), None);
}

#[test]
fn only_an_ok_ack_records_the_report() {
    let mut deps = connected();
    let packet = FaroPacket::Report(report(4));
    let refused = IbcAcknowledgement::new(
        to_json_binary(&FaroAck::Error {
            error: "stale".to_string(),
        })
        .unwrap(),
    );
    let msg = mock_ibc_packet_ack(CHANNEL, &packet, refused).unwrap();
    ibc_packet_ack(deps.as_mut(), mock_env(), msg).unwrap();
    let msg = mock_ibc_packet_timeout(CHANNEL, &packet).unwrap();
    ibc_packet_timeout(deps.as_mut(), mock_env(), msg).unwrap();
    let channel = query::channel(deps.as_ref()).unwrap().unwrap();
    assert_eq!(channel.acked_epoch, None);

    let ok = IbcAcknowledgement::new(to_json_binary(&FaroAck::Ok {}).unwrap());
    let msg = mock_ibc_packet_ack(CHANNEL, &packet, ok).unwrap();
    ibc_packet_ack(deps.as_mut(), mock_env(), msg).unwrap();
    let channel = query::channel(deps.as_ref()).unwrap().unwrap();
    assert_eq!(channel.acked_epoch, Some(4));
}
