use cosmwasm_std::{coins, to_json_binary, Binary, Uint128};
use cw20::Cw20ReceiveMsg;
use cw_utils::PaymentError;
use faro_types::wrapped_lst::{ExecuteMsg, ReceiveMsg};

use super::{addr, attr, Wrapper};
use crate::error::ContractError;

#[test]
fn mints_one_wst_per_share_the_send_moved() {
    let mut wrapper = Wrapper::new();
    wrapper.set_index("1.5");
    let res = wrapper.wrap("alice", 100, None).unwrap();
    // ⌈100 ÷ 1.5⌉ = 67 shares.
    assert_eq!(attr(&res, "action"), "wrap");
    assert_eq!(attr(&res, "wrapped"), "67");
    assert_eq!(attr(&res, "surplus"), "0");
    assert_eq!(attr(&res, "index"), "1.5");
    assert_eq!(wrapper.balance("alice"), 67);
    assert_eq!(wrapper.supply(), 67);

    wrapper.wrap("bob", 30, Some("carol")).unwrap();
    assert_eq!((wrapper.balance("bob"), wrapper.balance("carol")), (0, 20));
    assert_eq!(wrapper.supply(), 87);
}

#[test]
fn a_donation_is_minted_to_no_one() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 100, None).unwrap();
    wrapper.donate(50);
    let res = wrapper.wrap("bob", 10, None).unwrap();
    assert_eq!(attr(&res, "wrapped"), "10");
    assert_eq!(attr(&res, "surplus"), "50");
    assert_eq!(
        (wrapper.balance("alice"), wrapper.balance("bob")),
        (100, 10)
    );
    assert_eq!(wrapper.supply(), 110);
    assert_eq!(wrapper.wrapper_shares(), 160);
}

#[test]
fn only_the_heavy_lst_can_wrap() {
    let mut wrapper = Wrapper::new();
    let hook = Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(100),
        msg: to_json_binary(&ReceiveMsg::Wrap { recipient: None }).unwrap(),
    };
    let err = wrapper
        .exec("fake_token", ExecuteMsg::Receive(hook))
        .unwrap_err();
    assert_eq!(
        err,
        ContractError::UnexpectedToken {
            token: addr("fake_token")
        }
    );
    assert_eq!(wrapper.supply(), 0);
}

#[test]
fn refuses_shares_that_did_not_arrive() {
    let mut wrapper = Wrapper::new();
    wrapper.set_index("2");
    wrapper.donate(3);
    let wrap = to_json_binary(&ReceiveMsg::Wrap { recipient: None }).unwrap();
    let err = wrapper.hook("alice", 10, wrap).unwrap_err();
    assert_eq!(
        err,
        ContractError::SharesNotReceived {
            expected: Uint128::new(5),
            received: Uint128::new(3)
        }
    );
    assert_eq!(wrapper.supply(), 0);
}

#[test]
fn refuses_zero_malformed_hooks_bad_recipients_and_funds() {
    let mut wrapper = Wrapper::new();
    assert_eq!(
        wrapper.wrap("alice", 0, None).unwrap_err(),
        ContractError::ZeroAmount
    );
    let garbage = Binary::from(b"{\"stake\":{}}".to_vec());
    assert!(matches!(
        wrapper.hook("alice", 10, garbage).unwrap_err(),
        ContractError::Std(_)
    ));
    let bad_recipient = to_json_binary(&ReceiveMsg::Wrap {
        recipient: Some("CAROL".to_string()),
    })
    .unwrap();
    assert!(matches!(
        wrapper.hook("alice", 10, bad_recipient).unwrap_err(),
        ContractError::Std(_)
    ));
    let hook = Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(10),
        msg: to_json_binary(&ReceiveMsg::Wrap { recipient: None }).unwrap(),
    };
    let err = wrapper
        .exec_paying("heavy_lst", &coins(1, "uatom"), ExecuteMsg::Receive(hook))
        .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(wrapper.supply(), 0);
}
