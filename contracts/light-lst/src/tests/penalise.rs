use cosmwasm_std::Uint128;
use cw_utils::PaymentError;
use faro_types::light_lst::ExecuteMsg;
use faro_types::operator_registry::RegistryContract;

use super::{
    addr, attr, balance, coins, deposited, exec, exec_paying, raw, refuses_strangers, set_oracle,
    setup, state, VALOPER,
};
use crate::error::ContractError;

fn penalise(amount: u128) -> ExecuteMsg {
    ExecuteMsg::Penalise {
        amount: Uint128::new(amount),
    }
}

#[test]
fn the_owner_reports_and_the_registry_takes_it_from_the_bond() {
    let mut deps = deposited(&[("alice", 1_000)]);
    let res = exec(&mut deps, "dao", penalise(300)).unwrap();
    let expected = RegistryContract(addr("registry"))
        .penalise_msg(VALOPER, Uint128::new(300))
        .unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!(res.messages[0].msg, expected);
    assert_eq!(attr(&res, "action"), "penalise");
    assert_eq!(attr(&res, "by"), addr("dao").to_string());
    assert_eq!(state(&deps).penalties_reported, Uint128::new(300));
    assert_eq!(balance(&deps, "alice"), 1_000, "holders pay nothing");
}

#[test]
fn the_oracle_the_registry_names_reports_too() {
    let mut deps = setup();
    exec(&mut deps, "oracle", penalise(5)).unwrap();
    exec(&mut deps, "oracle", penalise(7)).unwrap();
    assert_eq!(state(&deps).penalties_reported, Uint128::new(12));

    // A new oracle at the registry: the old one is refused at once.
    set_oracle(&mut deps, Some("oracle2"));
    exec(&mut deps, "oracle2", penalise(1)).unwrap();
    assert_eq!(
        exec(&mut deps, "oracle", penalise(1)).unwrap_err(),
        ContractError::Unauthorized {
            sender: addr("oracle"),
            action: "report a penalty"
        }
    );
}

#[test]
fn strangers_zero_and_funds_are_refused() {
    let mut deps = setup();
    let stored = raw(&deps.storage);
    let strangers = ["mallory", "validator", "registry"];
    refuses_strangers(&mut deps, &strangers, penalise(1), "report a penalty");
    assert_eq!(
        exec(&mut deps, "dao", penalise(0)).unwrap_err(),
        ContractError::ZeroAmount
    );
    assert_eq!(
        exec_paying(&mut deps, "dao", &coins(1), penalise(1)).unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    // No oracle at the registry: only the owner reports.
    set_oracle(&mut deps, None);
    assert!(matches!(
        exec(&mut deps, "oracle", penalise(1)).unwrap_err(),
        ContractError::Unauthorized { .. }
    ));
    assert_eq!(raw(&deps.storage), stored);
}

#[test]
fn a_registry_that_cannot_answer_fails_the_report_for_all_but_the_owner() {
    let mut deps = setup();
    deps.querier = cosmwasm_std::testing::MockQuerier::default();
    assert!(matches!(
        exec(&mut deps, "oracle", penalise(1)).unwrap_err(),
        ContractError::Std(_)
    ));
    exec(&mut deps, "dao", penalise(1)).unwrap();
}
