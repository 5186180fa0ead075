//! Refusals that need no chain: who may call, with what funds, and unknown replies. Each
//! leaves the books as they were.

use cosmwasm_std::testing::{message_info, mock_env, MockApi};
use cosmwasm_std::{coins, to_json_binary, Binary, Uint128};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::heavy_lst::Cw20ReceiveMsg;
use faro_types::hub::{ExecuteMsg, Pauses, ReceiveMsg};

use super::{addr, reply_msg, setup};
use crate::contract::{execute, reply};
use crate::error::ContractError;
use crate::state::BOOKS;

fn sender(name: &str) -> cosmwasm_std::Addr {
    MockApi::default().addr_make(name)
}

fn unbond(amount: u128) -> ExecuteMsg {
    ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr("alice"),
        amount: Uint128::new(amount),
        msg: to_json_binary(&ReceiveMsg::Unbond {}).unwrap(),
    })
}

#[test]
fn the_hook_takes_no_funds_no_zero_and_no_stranger() {
    let mut deps = setup();
    let books = BOOKS.load(&deps.storage).unwrap();
    let heavy = sender("heavy_lst");
    let with_funds = message_info(&heavy, &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), with_funds, unbond(5)).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    let err = execute(
        deps.as_mut(),
        mock_env(),
        message_info(&heavy, &[]),
        unbond(0),
    )
    .unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
    let stranger = message_info(&sender("alice"), &[]);
    let err = execute(deps.as_mut(), mock_env(), stranger, unbond(5)).unwrap_err();
    assert!(matches!(err, ContractError::Unauthorized { .. }));
    let garbage = ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr("alice"),
        amount: Uint128::new(5),
        msg: Binary::from(b"{\"steal\":{}}".to_vec()),
    });
    let err = execute(
        deps.as_mut(),
        mock_env(),
        message_info(&heavy, &[]),
        garbage,
    )
    .unwrap_err();
    assert!(matches!(err, ContractError::Std(_)));
    assert_eq!(BOOKS.load(&deps.storage).unwrap(), books);
}

#[test]
fn administration_is_the_owners_and_takes_no_funds() {
    let mut deps = setup();
    let pause = ExecuteMsg::SetPause(Pauses {
        bond: true,
        ..Pauses::default()
    });
    let stranger = message_info(&sender("mallory"), &[]);
    let err = execute(deps.as_mut(), mock_env(), stranger, pause.clone()).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    let paying_owner = message_info(&sender("dao"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), paying_owner, pause).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    let zero = ExecuteMsg::Redelegate {
        src: addr("a"),
        dst: addr("b"),
        amount: Uint128::zero(),
    };
    let owner = message_info(&sender("dao"), &[]);
    let err = execute(deps.as_mut(), mock_env(), owner, zero).unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
}

#[test]
fn an_epoch_before_its_time_is_refused() {
    let mut deps = setup();
    let keeper = message_info(&sender("keeper"), &[]);
    let err = execute(
        deps.as_mut(),
        mock_env(),
        keeper,
        ExecuteMsg::AdvanceEpoch {},
    )
    .unwrap_err();
    assert!(matches!(err, ContractError::EpochNotDue { .. }));
}

#[test]
fn unknown_replies_are_refused() {
    let mut deps = setup();
    let err = reply(deps.as_mut(), mock_env(), reply_msg(99, None)).unwrap_err();
    assert_eq!(err, ContractError::UnknownReply { id: 99 });
}
