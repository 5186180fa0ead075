use cosmwasm_std::testing::{
    mock_env, mock_ibc_channel, mock_ibc_channel_close_init, mock_ibc_channel_open_init,
    mock_ibc_channel_open_try,
};
use cosmwasm_std::{IbcChannelConnectMsg, IbcOrder};
use faro_types::oracle::IBC_VERSION;
use faro_types::oracle_gateway::MAX_CHANNELS;

use super::*;
use crate::contract::{ibc_channel_close, ibc_channel_connect, ibc_channel_open};
use crate::query;

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
    assert!(query::channels(deps.as_ref(), None, None)
        .unwrap()
        .channels
        .is_empty());
}

#[test]
fn channels_are_recorded_bounded_and_removed_on_close() {
    let mut deps = connected();
    let channels = query::channels(deps.as_ref(), None, None).unwrap().channels;
    assert_eq!(channels.len(), 2);
    assert_eq!(channels[0].counterparty_port, REPORTER_PORT);
    assert_eq!(channels[0].connection_id, CONNECTION);
    assert_eq!(channels[0].delivered_epoch, None);

    for i in 2..MAX_CHANNELS {
        connect(&mut deps, &format!("channel-{i}"), "wasm.defi");
    }
    let msg = mock_ibc_channel_open_try("channel-99", IbcOrder::Ordered, IBC_VERSION);
    assert_eq!(
        ibc_channel_open(deps.as_mut(), mock_env(), msg).unwrap_err(),
        ContractError::TooManyChannels { max: MAX_CHANNELS }
    );
    let mut full = mock_ibc_channel("channel-99", IbcOrder::Ordered, IBC_VERSION);
    full.counterparty_endpoint.port_id = "wasm.defi".to_string();
    let msg = IbcChannelConnectMsg::new_ack(full, IBC_VERSION);
    assert_eq!(
        ibc_channel_connect(deps.as_mut(), mock_env(), msg).unwrap_err(),
        ContractError::TooManyChannels { max: MAX_CHANNELS }
    );
    let close = mock_ibc_channel_close_init(SUBSCRIBER, IbcOrder::Ordered, IBC_VERSION);
    ibc_channel_close(deps.as_mut(), mock_env(), close).unwrap();
    let channels = query::channels(deps.as_ref(), None, Some(100))
        .unwrap()
        .channels;
    assert_eq!(channels.len(), MAX_CHANNELS - 1);
    assert!(channels.iter().all(|c| c.channel_id != SUBSCRIBER));
    let page = query::channels(deps.as_ref(), Some("channel-2".to_string()), Some(2))
        .unwrap()
        .channels;
    assert_eq!(page[0].channel_id, "channel-3");
    assert_eq!(page.len(), 2);
}
