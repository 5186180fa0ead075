use cosmwasm_std::{Decimal256, Uint128, Uint256};
use faro_types::heavy_lst::ExecuteMsg;

use super::{
    addr, assert_refuses_funds, attr, balance, dec, exec, mint, setup, shares, total_supply,
};
use crate::error::ContractError;
use crate::query;

#[test]
fn rebasing_moves_every_balance_and_no_share() {
    let mut deps = setup();
    mint(&mut deps, "alice", 1_000);
    mint(&mut deps, "bob", 3);

    let res = exec(
        &mut deps,
        "hub",
        ExecuteMsg::SetIndex { index: dec("1.25") },
    )
    .unwrap();
    assert_eq!(attr(&res, "previous_index"), "1");
    assert_eq!(attr(&res, "index"), "1.25");
    assert_eq!(attr(&res, "total_supply"), "1253");
    assert_eq!((balance(&deps, "alice"), balance(&deps, "bob")), (1_250, 3));
    assert_eq!((shares(&deps, "alice"), shares(&deps, "bob")), (1_000, 3));
    assert_eq!(total_supply(&deps), 1_253);

    // A slash lowers the index.
    exec(&mut deps, "hub", ExecuteMsg::SetIndex { index: dec("0.9") }).unwrap();
    assert_eq!((balance(&deps, "alice"), balance(&deps, "bob")), (900, 2));
    assert_eq!(query::index(deps.as_ref()).unwrap().index, dec("0.9"));
}

#[test]
fn only_the_hub_sets_a_positive_index_without_funds() {
    let mut deps = setup();
    let msg = ExecuteMsg::SetIndex { index: dec("2") };
    assert_eq!(
        exec(&mut deps, "dao", msg.clone()).unwrap_err(),
        ContractError::Unauthorized {
            sender: addr("dao"),
            action: "set the index"
        }
    );
    assert_refuses_funds(&mut deps, "hub", msg);
    let zero = ExecuteMsg::SetIndex {
        index: Decimal256::zero(),
    };
    assert_eq!(
        exec(&mut deps, "hub", zero).unwrap_err(),
        ContractError::InvalidIndex {
            index: Decimal256::zero()
        }
    );
    assert_eq!(
        query::index(deps.as_ref()).unwrap().index,
        Decimal256::one()
    );
}

#[test]
fn refuses_an_index_whose_supply_overflows() {
    let mut deps = setup();
    mint(&mut deps, "alice", 2);
    let huge = Decimal256::from_ratio(Uint256::from(u128::MAX), 1u128);
    let err = exec(&mut deps, "hub", ExecuteMsg::SetIndex { index: huge }).unwrap_err();
    assert_eq!(
        err,
        ContractError::SupplyOverflow {
            total_shares: Uint128::new(2),
            index: huge
        }
    );
    assert_eq!(
        query::index(deps.as_ref()).unwrap().index,
        Decimal256::one()
    );
}
