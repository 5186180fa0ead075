//! Refusals that need no chain: who may call, with what funds, and unknown replies. Each
//! leaves the books as they were.

use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coins, to_json_binary, Binary, Uint128};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::heavy_lst::Cw20ReceiveMsg;
use faro_types::hub::{ExecuteMsg, Pauses, ReceiveMsg};

use super::{addr, exec, exec_paying, reply_msg, setup};
use crate::contract::reply;
use crate::error::ContractError;
use crate::query;
use crate::state::BOOKS;

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
    let err = exec_paying(&mut deps, "heavy_lst", &coins(1, "uatom"), unbond(5)).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    let err = exec(&mut deps, "heavy_lst", unbond(0)).unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
    let err = exec(&mut deps, "alice", unbond(5)).unwrap_err();
    assert!(matches!(err, ContractError::Unauthorized { .. }));
    let garbage = ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr("alice"),
        amount: Uint128::new(5),
        msg: Binary::from(b"{\"steal\":{}}".to_vec()),
    });
    let err = exec(&mut deps, "heavy_lst", garbage).unwrap_err();
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
    let err = exec(&mut deps, "mallory", pause.clone()).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    let err = exec_paying(&mut deps, "dao", &coins(1, "uatom"), pause).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(query::pauses(deps.as_ref()).unwrap(), Pauses::default());
    let zero = ExecuteMsg::Redelegate {
        src: addr("a"),
        dst: addr("b"),
        amount: Uint128::zero(),
    };
    let err = exec(&mut deps, "dao", zero).unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
}

#[test]
fn an_epoch_before_its_time_is_refused() {
    let mut deps = setup();
    let books = BOOKS.load(&deps.storage).unwrap();
    let err = exec(&mut deps, "keeper", ExecuteMsg::AdvanceEpoch {}).unwrap_err();
    assert!(matches!(err, ContractError::EpochNotDue { .. }));
    assert_eq!(BOOKS.load(&deps.storage).unwrap(), books);
}

#[test]
fn unknown_replies_are_refused() {
    let mut deps = setup();
    let err = reply(deps.as_mut(), mock_env(), reply_msg(99, None)).unwrap_err();
    assert_eq!(err, ContractError::UnknownReply { id: 99 });
}
