use cw_utils::PaymentError;
use faro_types::light_lst::ExecuteMsg;

use super::{addr, attr, coins, deposit, exec, exec_paying, raw, refuses_strangers, reward};
use super::{sends, setup};
use crate::error::ContractError;
use crate::query;

fn move_to(name: &str) -> ExecuteMsg {
    ExecuteMsg::SetRewardAddress {
        reward_address: addr(name).to_string(),
    }
}

#[test]
fn the_registry_moves_the_reward_address() {
    let mut deps = setup();
    let res = exec(&mut deps, "registry", move_to("vault")).unwrap();
    assert_eq!(attr(&res, "reward_address"), addr("vault").to_string());
    assert_eq!(
        query::config(deps.as_ref()).unwrap().reward_address,
        addr("vault")
    );
    deposit(&mut deps, "alice", 10);
    let res = reward(&mut deps, 100);
    assert_eq!(sends(&res), [(addr("vault").to_string(), 10)]);
}

#[test]
fn only_the_registry_and_a_valid_address() {
    let mut deps = setup();
    let stored = raw(&deps.storage);
    let strangers = ["validator", "dao", "rewards"];
    refuses_strangers(
        &mut deps,
        &strangers,
        move_to("vault"),
        "set the reward address",
    );
    let bad = ExecuteMsg::SetRewardAddress {
        reward_address: "VAULT".to_string(),
    };
    assert!(matches!(
        exec(&mut deps, "registry", bad).unwrap_err(),
        ContractError::Std(_)
    ));
    assert_eq!(
        exec_paying(&mut deps, "registry", &coins(1), move_to("vault")).unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!(raw(&deps.storage), stored);
}
