use cosmwasm_std::Uint128;
use cw_utils::PaymentError;
use faro_types::light_lst::{AllAccountsResponse, ExecuteMsg, QueryMsg};

use super::{
    addr, ask, assert_settled, attr, coins, deposited, exec, exec_paying, holding, raw, reward,
    sends, state,
};
use crate::error::ContractError;

fn withdraw(amount: u128, to: Option<&str>) -> ExecuteMsg {
    ExecuteMsg::Withdraw {
        amount: Uint128::new(amount),
        recipient: to.map(|name| addr(name).to_string()),
    }
}

#[test]
fn a_withdrawal_pays_coins_for_units() {
    let mut deps = deposited(&[("alice", 1_000)]);
    let res = exec(&mut deps, "alice", withdraw(400, None)).unwrap();
    assert_eq!(sends(&res), [(addr("alice").to_string(), 400)]);
    assert_eq!(attr(&res, "action"), "withdraw");
    assert_eq!(attr(&res, "amount"), "400");
    assert_eq!(holding(&deps, "alice"), (600, 0));
    assert_eq!(state(&deps).total_units, Uint128::new(600));
}

#[test]
fn rewards_settle_first_and_can_be_paid_to_another() {
    let mut deps = deposited(&[("alice", 100)]);
    reward(&mut deps, 100);
    assert_eq!(holding(&deps, "alice"), (100, 90));

    let res = exec(&mut deps, "alice", withdraw(190, Some("carol"))).unwrap();
    assert_eq!(sends(&res), [(addr("carol").to_string(), 190)]);
    assert_eq!(attr(&res, "rewards_settled"), "90");
    assert_eq!(attr(&res, "to"), addr("carol").to_string());
    assert_settled(&deps, &[("alice", 0)], 0);
    let accounts: AllAccountsResponse = ask(
        deps.as_ref(),
        QueryMsg::AllAccounts {
            start_after: None,
            limit: None,
        },
    );
    assert!(accounts.accounts.is_empty(), "an empty account leaves");
}

#[test]
fn refuses_zero_funds_more_than_the_balance_and_a_bad_recipient() {
    let mut deps = deposited(&[("alice", 100)]);
    reward(&mut deps, 100);
    let stored = raw(&deps.storage);
    assert_eq!(
        exec(&mut deps, "alice", withdraw(0, None)).unwrap_err(),
        ContractError::ZeroAmount
    );
    assert_eq!(
        exec_paying(&mut deps, "alice", &coins(1), withdraw(1, None)).unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    // The pending rewards count towards what is available.
    assert_eq!(
        exec(&mut deps, "alice", withdraw(191, None)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::new(190),
            needed: Uint128::new(191)
        }
    );
    assert_eq!(
        exec(&mut deps, "mallory", withdraw(1, None)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::zero(),
            needed: Uint128::one()
        }
    );
    let bad = ExecuteMsg::Withdraw {
        amount: Uint128::one(),
        recipient: Some("CAROL".to_string()),
    };
    assert!(matches!(
        exec(&mut deps, "alice", bad).unwrap_err(),
        ContractError::Std(_)
    ));
    assert_eq!(raw(&deps.storage), stored);
}
