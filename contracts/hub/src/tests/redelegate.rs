//! The owner's redelegation goes only to an active heavy operator, within its cap.

use cosmwasm_std::{Response, Uint128};
use faro_types::hub::ExecuteMsg;

use super::{addr, answer_queries, exec, one_heavy_operator, setup, Deps};
use crate::error::ContractError;
use crate::state::BOOKED;

/// The registry's heavy set: `dst` alone, capped at 100.
fn registry_with_dst(deps: &mut Deps) {
    let weights = one_heavy_operator("dst", Some(Uint128::new(100)));
    answer_queries(deps, vec![(addr("registry"), weights)]);
}

fn redelegate(deps: &mut Deps, dst: &str, amount: u128) -> Result<Response, ContractError> {
    let msg = ExecuteMsg::Redelegate {
        src: "src".to_string(),
        dst: dst.to_string(),
        amount: Uint128::new(amount),
    };
    exec(deps, "dao", msg)
}

fn booked(deps: &Deps, validator: &str) -> u128 {
    BOOKED
        .may_load(&deps.storage, validator)
        .unwrap()
        .unwrap_or_default()
        .u128()
}

#[test]
fn redelegation_goes_only_to_an_active_operator_with_room() {
    let mut deps = setup();
    registry_with_dst(&mut deps);
    BOOKED
        .save(&mut deps.storage, "src", &Uint128::new(500))
        .unwrap();
    BOOKED
        .save(&mut deps.storage, "dst", &Uint128::new(60))
        .unwrap();

    assert_eq!(
        redelegate(&mut deps, "dst", 41).unwrap_err(),
        ContractError::OperatorFull {
            valoper: "dst".to_string(),
            room: Uint128::new(40)
        }
    );
    assert_eq!(
        redelegate(&mut deps, "jailed", 1).unwrap_err(),
        ContractError::OperatorNotActive {
            valoper: "jailed".to_string()
        }
    );
    assert_eq!((booked(&deps, "src"), booked(&deps, "dst")), (500, 60));

    let res = redelegate(&mut deps, "dst", 40).unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!((booked(&deps, "src"), booked(&deps, "dst")), (460, 100));
}
