//! The calls a sequence is made of, generated with amounts relative to the state they
//! will meet, then resolved and turned into messages.

use cosmwasm_std::{Coin, Decimal, Uint128};
use faro_cw20::conformance::wire;
use faro_testing::unit::token_moves::{amount, portion, Portion, TokenMove};
use faro_types::light_lst::{ExecuteMsg, COMMISSION_DELAY};
use proptest::prelude::*;

use crate::tests::{addr, balance, coins, MockDeps};

pub(super) const HOLDERS: [&str; 4] = ["alice", "bob", "carol", "vault"];

/// Who reports penalties: the owner, the registry's oracle, a stranger.
pub(super) const REPORTERS: [&str; 3] = ["dao", "oracle", "mallory"];

/// One call of the sequence. `A` is how the amounts to move are given: a `Portion` as
/// generated, still relative to the state the step will meet, then concrete.
#[derive(Debug, Clone)]
pub(super) enum Step<A> {
    Deposit {
        from: usize,
        to: usize,
        amount: u128,
    },
    Withdraw {
        from: usize,
        to: usize,
        amount: A,
    },
    Token(TokenMove<A>),
    Reward {
        amount: u128,
    },
    SetCommission {
        permille: u64,
    },
    Penalise {
        by: usize,
        amount: u128,
    },
    Wait {
        seconds: u64,
    },
}

pub(super) type Plan = Step<Portion>;
pub(super) type Op = Step<u128>;

fn holder() -> impl Strategy<Value = usize> {
    0..HOLDERS.len()
}

pub(super) fn plan() -> impl Strategy<Value = Plan> {
    prop_oneof![
        3 => (holder(), holder(), amount())
            .prop_map(|(from, to, amount)| Plan::Deposit { from, to, amount }),
        2 => (holder(), holder(), portion())
            .prop_map(|(from, to, amount)| Plan::Withdraw { from, to, amount }),
        3 => TokenMove::transfer(HOLDERS.len()).prop_map(Plan::Token),
        1 => TokenMove::approve(HOLDERS.len()).prop_map(Plan::Token),
        2 => TokenMove::transfer_from(HOLDERS.len()).prop_map(Plan::Token),
        2 => TokenMove::burn(HOLDERS.len()).prop_map(Plan::Token),
        4 => amount().prop_map(|amount| Plan::Reward { amount }),
        // Up to 25 %, above the 20 % ceiling now and then.
        1 => (0u64..=250).prop_map(|permille| Plan::SetCommission { permille }),
        1 => (0..REPORTERS.len(), amount()).prop_map(|(by, amount)| Plan::Penalise { by, amount }),
        1 => prop_oneof![0u64..3_600, COMMISSION_DELAY - 5..COMMISSION_DELAY + 5]
            .prop_map(|seconds| Plan::Wait { seconds }),
    ]
}

pub(super) fn name(i: usize) -> &'static str {
    HOLDERS[i]
}

pub(super) fn balance_of(deps: &MockDeps, i: usize) -> u128 {
    balance(deps, name(i))
}

pub(super) fn allowance(deps: &MockDeps, owner: usize, spender: usize) -> u128 {
    let (o, s) = (
        addr(name(owner)).to_string(),
        addr(name(spender)).to_string(),
    );
    let allowance = faro_cw20::query::allowance(deps.as_ref(), o, s).unwrap();
    allowance.allowance.u128()
}

/// What `owner` lets `spender` move, capped by what `owner` holds.
fn spendable(deps: &MockDeps, owner: usize, spender: usize) -> u128 {
    allowance(deps, owner, spender).min(balance_of(deps, owner))
}

impl Plan {
    pub(super) fn resolve(&self, deps: &MockDeps) -> Op {
        let held = |i: usize| balance_of(deps, i);
        match *self {
            Plan::Deposit { from, to, amount } => Op::Deposit { from, to, amount },
            Plan::Withdraw { from, to, amount } => Op::Withdraw {
                from,
                to,
                amount: amount.of(held(from)),
            },
            Plan::Token(ref planned) => {
                Op::Token(planned.resolve(held, |owner, spender| spendable(deps, owner, spender)))
            }
            Plan::Reward { amount } => Op::Reward { amount },
            Plan::SetCommission { permille } => Op::SetCommission { permille },
            Plan::Penalise { by, amount } => Op::Penalise { by, amount },
            Plan::Wait { seconds } => Op::Wait { seconds },
        }
    }
}

/// The sender, the coins it attaches and the message of `op`.
pub(super) fn msg(op: &Op) -> (&'static str, Vec<Coin>, ExecuteMsg) {
    let amt = |a: &u128| Uint128::new(*a);
    let to = |i: &usize| addr(name(*i)).to_string();
    match op {
        Op::Deposit {
            from,
            to: i,
            amount,
        } => (
            name(*from),
            coins(*amount),
            ExecuteMsg::Deposit {
                recipient: Some(to(i)),
            },
        ),
        Op::Withdraw {
            from,
            to: i,
            amount,
        } => (
            name(*from),
            vec![],
            ExecuteMsg::Withdraw {
                amount: amt(amount),
                recipient: Some(to(i)),
            },
        ),
        Op::Token(token_move) => {
            let (sender, msg) = token_move.message(|i| to(&i));
            (name(sender), vec![], wire(&msg))
        }
        Op::Reward { amount } => ("payer", coins(*amount), ExecuteMsg::Reward {}),
        Op::SetCommission { permille } => (
            "validator",
            vec![],
            ExecuteMsg::SetCommission {
                commission: Decimal::permille(*permille),
            },
        ),
        Op::Penalise { by, amount } => (
            REPORTERS[*by],
            vec![],
            ExecuteMsg::Penalise {
                amount: amt(amount),
            },
        ),
        Op::Wait { .. } => unreachable!("time passes outside the contract"),
    }
}
