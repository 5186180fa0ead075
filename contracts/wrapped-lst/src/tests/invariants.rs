//! Random sequences of wrap, donation, rebase, transfer, burn and unwrap against a mocked
//! heavy LST, checked after every step: the supply is the accounted shares and the sum of
//! balances; the wrapper never accounts for more shares than it owns; a wrap mints exactly
//! its preview; a failure writes nothing. Case count: proptest's (`PROPTEST_CASES`).

use cosmwasm_std::{Decimal256, Order, Storage, Uint128, Uint256};
use cw20_base::state::BALANCES;
use faro_types::wrapped_lst::{ExecuteMsg, QueryMsg};
use proptest::prelude::*;

use super::{addr, attr, Wrapper};

const HOLDERS: [&str; 3] = ["alice", "bob", "carol"];

#[derive(Debug, Clone)]
enum Op {
    Wrap {
        from: usize,
        amount: u128,
    },
    Donate {
        shares: u128,
    },
    SetIndex {
        atomics: u128,
    },
    Transfer {
        from: usize,
        to: usize,
        permille: u128,
    },
    Burn {
        from: usize,
        permille: u128,
    },
    Unwrap {
        from: usize,
        to: usize,
        permille: u128,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let holder = || 0..HOLDERS.len();
    prop_oneof![
        4 => (holder(), 0u128..1_000_000_000).prop_map(|(from, amount)| Op::Wrap { from, amount }),
        1 => (0u128..1_000).prop_map(|shares| Op::Donate { shares }),
        2 => (1_000_000_000_000_000u128..10_000_000_000_000_000_000)
            .prop_map(|atomics| Op::SetIndex { atomics }),
        2 => (holder(), holder(), 0u128..=1_100)
            .prop_map(|(from, to, permille)| Op::Transfer { from, to, permille }),
        1 => (holder(), 0u128..=1_100).prop_map(|(from, permille)| Op::Burn { from, permille }),
        3 => (holder(), holder(), 0u128..=1_100)
            .prop_map(|(from, to, permille)| Op::Unwrap { from, to, permille }),
    ]
}

fn part(available: u128, permille: u128) -> u128 {
    available * permille / 1_000
}

fn raw(storage: &dyn Storage) -> Vec<(Vec<u8>, Vec<u8>)> {
    storage.range(None, None, Order::Ascending).collect()
}

fn check(wrapper: &Wrapper) -> Result<(), TestCaseError> {
    let held = wrapper.supply();
    let sum: u128 = BALANCES
        .range(&wrapper.deps.storage, None, None, Order::Ascending)
        .map(|entry| entry.unwrap().1.u128())
        .sum();
    prop_assert_eq!(sum, held, "Σ balances = supply = accounted shares");
    let vault_supply: Uint128 = wrapper.ask(QueryMsg::TotalVaultTokenSupply {});
    prop_assert_eq!(vault_supply.u128(), held, "vault supply = cw20 supply");
    prop_assert!(
        held <= wrapper.wrapper_shares(),
        "never more accounted than owned"
    );
    Ok(())
}

proptest! {
    #[test]
    fn random_sequences_keep_every_wst_backed(ops in prop::collection::vec(op(), 1..40)) {
        let mut wrapper = Wrapper::new();
        for op in &ops {
            let stored = raw(&wrapper.deps.storage);
            let result = match *op {
                Op::Wrap { from, amount } => {
                    let preview: Uint128 =
                        wrapper.ask(QueryMsg::PreviewDeposit { amount: Uint128::new(amount) });
                    let res = wrapper.wrap(HOLDERS[from], amount, None);
                    if let Ok(res) = &res {
                        prop_assert_eq!(attr(res, "wrapped"), preview.to_string());
                    }
                    res.map(|_| ())
                }
                Op::Donate { shares } => {
                    wrapper.donate(shares);
                    Ok(())
                }
                Op::SetIndex { atomics } => {
                    wrapper.heavy.borrow_mut().index = Decimal256::new(Uint256::from(atomics));
                    Ok(())
                }
                Op::Transfer { from, to, permille } => {
                    let amount = part(wrapper.balance(HOLDERS[from]), permille);
                    let msg = ExecuteMsg::Transfer {
                        recipient: addr(HOLDERS[to]).to_string(),
                        amount: Uint128::new(amount),
                    };
                    wrapper.exec(HOLDERS[from], msg).map(|_| ())
                }
                Op::Burn { from, permille } => {
                    let amount = part(wrapper.balance(HOLDERS[from]), permille);
                    let msg = ExecuteMsg::Burn { amount: Uint128::new(amount) };
                    wrapper.exec(HOLDERS[from], msg).map(|_| ())
                }
                Op::Unwrap { from, to, permille } => {
                    let amount = part(wrapper.balance(HOLDERS[from]), permille);
                    let shares_before = wrapper.wrapper_shares();
                    let res = wrapper.unwrap(HOLDERS[from], amount, Some(HOLDERS[to]));
                    if res.is_ok() {
                        prop_assert_eq!(shares_before - wrapper.wrapper_shares(), amount);
                    }
                    res.map(|_| ())
                }
            };
            if result.is_err() {
                prop_assert_eq!(raw(&wrapper.deps.storage), stored, "a failure wrote");
            }
            check(&wrapper)?;
        }
    }
}
