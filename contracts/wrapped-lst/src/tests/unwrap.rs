use cosmwasm_std::{coins, Uint128};
use cw_utils::PaymentError;
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::wrapped_lst::ExecuteMsg;

use super::{addr, attr, unwrap_msg, Wrapper};
use crate::error::ContractError;

#[test]
fn burns_wst_and_gives_back_exactly_as_many_shares() {
    let mut wrapper = Wrapper::new();
    wrapper.set_index("1.5");
    wrapper.wrap("alice", 150, None).unwrap();
    assert_eq!(wrapper.balance("alice"), 100);

    let res = wrapper.exec("alice", unwrap_msg(40, None)).unwrap();
    assert_eq!(attr(&res, "action"), "unwrap");
    let heavy = HeavyLstContract(addr("heavy_lst"));
    let expected = heavy
        .transfer_shares_msg(addr("alice").to_string(), Uint128::new(40))
        .unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!(res.messages[0].msg, expected);
    assert_eq!((wrapper.balance("alice"), wrapper.supply()), (60, 60));

    let res = wrapper.exec("alice", unwrap_msg(60, Some("bob"))).unwrap();
    let expected = heavy
        .transfer_shares_msg(addr("bob").to_string(), Uint128::new(60))
        .unwrap();
    assert_eq!(res.messages[0].msg, expected);
    assert_eq!(wrapper.supply(), 0);
}

#[test]
fn refuses_more_than_held_zero_bad_recipients_and_funds() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 10, None).unwrap();
    assert_eq!(
        wrapper.exec("alice", unwrap_msg(11, None)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::new(10),
            needed: Uint128::new(11)
        }
    );
    assert_eq!(
        wrapper.exec("alice", unwrap_msg(0, None)).unwrap_err(),
        ContractError::ZeroAmount
    );
    let bad = ExecuteMsg::Unwrap {
        amount: Uint128::one(),
        recipient: Some("BOB".to_string()),
    };
    assert!(matches!(
        wrapper.exec("alice", bad).unwrap_err(),
        ContractError::Std(_)
    ));
    assert_eq!(
        wrapper
            .exec_paying("alice", &coins(1, "uatom"), unwrap_msg(1, None))
            .unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!((wrapper.balance("alice"), wrapper.supply()), (10, 10));
}
