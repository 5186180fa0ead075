//! Random sequences of mint, share mint, transfer, transfer-shares, allowance spending,
//! burn, share burn and rebase, checked after every step against the ledger's invariants. The case count is
//! proptest's (256 unless `PROPTEST_CASES` says otherwise).

use cosmwasm_std::{Decimal256, Order, Uint128, Uint256};
use faro_cw20::conformance::wire;
use faro_testing::unit::token_moves::{amount, portion, Portion, TokenMove};
use faro_types::heavy_lst::ExecuteMsg;
use proptest::prelude::*;

use super::{addr, balance, exec, mint, raw, setup, shares, total_shares, total_supply, MockDeps};
use crate::state::SHARES;

const ACCOUNTS: [&str; 5] = ["hub", "alice", "bob", "carol", "pool"];

/// The hub's place in `ACCOUNTS`.
const HUB: usize = 0;

/// One call of the sequence. `A` is how the amounts to move are given: a `Portion` as
/// generated, still relative to the state the step will meet, then concrete.
#[derive(Debug, Clone)]
enum Step<A> {
    Mint {
        to: usize,
        amount: u128,
    },
    MintShares {
        to: usize,
        shares: u128,
    },
    Token(TokenMove<A>),
    TransferShares {
        from: usize,
        to: usize,
        shares: A,
    },
    BurnFrom {
        spender: usize,
        owner: usize,
        amount: A,
    },
    /// By the hub, of its own shares.
    BurnShares {
        shares: A,
    },
    SetIndex {
        atomics: u128,
    },
}

type Plan = Step<Portion>;
type Op = Step<u128>;

fn account() -> impl Strategy<Value = usize> {
    0..ACCOUNTS.len()
}

fn plan() -> impl Strategy<Value = Plan> {
    prop_oneof![
        3 => (account(), amount()).prop_map(|(to, amount)| Plan::Mint { to, amount }),
        2 => (account(), amount()).prop_map(|(to, shares)| Plan::MintShares { to, shares }),
        4 => TokenMove::transfer(ACCOUNTS.len()).prop_map(Plan::Token),
        1 => (account(), account(), portion())
            .prop_map(|(from, to, shares)| Plan::TransferShares { from, to, shares }),
        2 => TokenMove::approve(ACCOUNTS.len()).prop_map(Plan::Token),
        3 => TokenMove::transfer_from(ACCOUNTS.len()).prop_map(Plan::Token),
        2 => TokenMove::burn(ACCOUNTS.len()).prop_map(Plan::Token),
        1 => (account(), account(), portion())
            .prop_map(|(spender, owner, amount)| Plan::BurnFrom { spender, owner, amount }),
        2 => portion().prop_map(|shares| Plan::BurnShares { shares }),
        // From 0.001 to 10, exactly 1 now and then.
        2 => prop_oneof![
            Just(1_000_000_000_000_000_000u128),
            1_000_000_000_000_000u128..10_000_000_000_000_000_000
        ]
        .prop_map(|atomics| Plan::SetIndex { atomics }),
    ]
}

/// What `owner` lets `spender` move, capped by what `owner` holds.
fn spendable(deps: &MockDeps, owner: usize, spender: usize) -> u128 {
    let allowance = faro_cw20::query::allowance(
        deps.as_ref(),
        addr(name(owner)).to_string(),
        addr(name(spender)).to_string(),
    )
    .unwrap()
    .allowance
    .u128();
    allowance.min(balance(deps, name(owner)))
}

impl Plan {
    fn resolve(&self, deps: &MockDeps) -> Op {
        let held = |i: usize| balance(deps, name(i));
        match *self {
            Plan::Mint { to, amount } => Op::Mint { to, amount },
            Plan::MintShares { to, shares } => Op::MintShares { to, shares },
            Plan::Token(ref planned) => {
                Op::Token(planned.resolve(held, |owner, spender| spendable(deps, owner, spender)))
            }
            Plan::TransferShares {
                from,
                to,
                shares: portion,
            } => Op::TransferShares {
                from,
                to,
                shares: portion.of(shares(deps, name(from))),
            },
            Plan::BurnFrom {
                spender,
                owner,
                amount,
            } => Op::BurnFrom {
                spender,
                owner,
                amount: amount.of(spendable(deps, owner, spender)),
            },
            Plan::BurnShares { shares: portion } => Op::BurnShares {
                shares: portion.of(shares(deps, name(HUB))),
            },
            Plan::SetIndex { atomics } => Op::SetIndex { atomics },
        }
    }
}

fn name(i: usize) -> &'static str {
    ACCOUNTS[i]
}

fn msg(op: &Op) -> (&'static str, ExecuteMsg) {
    let amt = |a: &u128| Uint128::new(*a);
    match op {
        Op::Mint { to, amount } => (
            name(HUB),
            ExecuteMsg::Mint {
                recipient: addr(name(*to)).to_string(),
                amount: amt(amount),
            },
        ),
        Op::MintShares { to, shares } => (
            name(HUB),
            ExecuteMsg::MintShares {
                recipient: addr(name(*to)).to_string(),
                shares: amt(shares),
            },
        ),
        Op::Token(token_move) => {
            let (sender, msg) = token_move.message(|i| addr(name(i)).to_string());
            (name(sender), wire(&msg))
        }
        Op::TransferShares { from, to, shares } => (
            name(*from),
            ExecuteMsg::TransferShares {
                recipient: addr(name(*to)).to_string(),
                shares: amt(shares),
            },
        ),
        Op::BurnFrom {
            spender,
            owner,
            amount,
        } => (
            name(*spender),
            ExecuteMsg::BurnFrom {
                owner: addr(name(*owner)).to_string(),
                amount: amt(amount),
            },
        ),
        Op::BurnShares { shares } => (
            name(HUB),
            ExecuteMsg::BurnShares {
                shares: amt(shares),
            },
        ),
        Op::SetIndex { atomics } => (
            name(HUB),
            ExecuteMsg::SetIndex {
                index: Decimal256::new(Uint256::from(*atomics)),
            },
        ),
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Books {
    shares: Vec<u128>,
    balances: Vec<u128>,
    total_shares: u128,
    supply: u128,
    index: Decimal256,
}

impl Books {
    fn read(deps: &MockDeps) -> Books {
        Books {
            shares: ACCOUNTS.iter().map(|n| shares(deps, n)).collect(),
            balances: ACCOUNTS.iter().map(|n| balance(deps, n)).collect(),
            total_shares: total_shares(deps),
            supply: total_supply(deps),
            index: crate::query::index(deps.as_ref()).unwrap().index,
        }
    }

    fn sum_of_balances(&self) -> u128 {
        self.balances.iter().sum()
    }
}

/// `⌊shares × index⌋`, computed apart from the contract's own arithmetic.
fn worth(shares: u128, index: Decimal256) -> u128 {
    let scaled = Uint256::from(shares) * index.atomics() / Uint256::from(10u128.pow(18));
    Uint128::try_from(scaled).unwrap().u128()
}

fn check_books(deps: &MockDeps, books: &Books) -> Result<(), TestCaseError> {
    let stored: u128 = SHARES
        .range(&deps.storage, None, None, Order::Ascending)
        .map(|entry| entry.unwrap().1.u128())
        .sum();
    prop_assert_eq!(stored, books.total_shares, "sum of shares = total shares");
    prop_assert_eq!(books.shares.iter().sum::<u128>(), books.total_shares);
    for (held, bal) in books.shares.iter().zip(&books.balances) {
        prop_assert_eq!(
            *bal,
            worth(*held, books.index),
            "balance = ⌊shares × index⌋"
        );
    }
    prop_assert_eq!(books.supply, worth(books.total_shares, books.index));
    prop_assert!(books.sum_of_balances() <= books.supply, "balances ≤ supply");
    Ok(())
}

fn check_step(op: &Op, before: &Books, after: &Books) -> Result<(), TestCaseError> {
    let moved = |from: usize, to: usize| -> Result<(), TestCaseError> {
        prop_assert_eq!(after.total_shares, before.total_shares);
        prop_assert_eq!(after.supply, before.supply);
        if from != to {
            let lost = before.shares[from] - after.shares[from];
            let gained = after.shares[to] - before.shares[to];
            prop_assert!(gained <= lost, "credited {} for {} debited", gained, lost);
            prop_assert_eq!(gained, lost);
        }
        // Rounding dust of two holders can merge into one unit, never more.
        prop_assert!(after.sum_of_balances() <= before.sum_of_balances() + 1);
        Ok(())
    };
    match *op {
        Op::Mint { to, amount } => {
            prop_assert!(after.supply - before.supply <= amount);
            prop_assert!(after.sum_of_balances() - before.sum_of_balances() <= amount);
            prop_assert!(after.balances[to] - before.balances[to] <= amount);
        }
        Op::Token(ref transfer @ (TokenMove::Transfer { .. } | TokenMove::TransferFrom { .. })) => {
            let (from, to, amount) = transfer.movement().expect("a transfer");
            moved(from, to)?;
            if from != to {
                prop_assert!(before.balances[from] - after.balances[from] >= amount);
                prop_assert!(after.balances[to] - before.balances[to] >= amount);
            }
        }
        Op::TransferShares { from, to, shares } => {
            moved(from, to)?;
            if from != to {
                prop_assert_eq!(after.shares[to] - before.shares[to], shares);
            }
        }
        Op::Token(TokenMove::Burn { from, amount })
        | Op::BurnFrom {
            owner: from,
            amount,
            ..
        } => {
            prop_assert!(after.supply <= before.supply);
            prop_assert!(after.sum_of_balances() <= before.sum_of_balances());
            prop_assert!(before.balances[from] - after.balances[from] >= amount);
        }
        Op::MintShares { to, shares } => {
            credited(before, after, to, shares)?;
            prop_assert_eq!(after.total_shares, before.total_shares + shares);
        }
        Op::BurnShares { shares } => {
            credited(after, before, HUB, shares)?;
            prop_assert_eq!(before.total_shares, after.total_shares + shares);
        }
        Op::Token(TokenMove::Approve { .. }) => prop_assert_eq!(after, before),
        Op::SetIndex { .. } => {
            prop_assert_eq!(&after.shares, &before.shares);
            prop_assert_eq!(after.total_shares, before.total_shares);
        }
    }
    Ok(())
}

/// `holder`, and only it, has exactly `shares` more in `more` than in `less`, worth
/// `⌊shares × index⌋` or one unit more (the holder's and the supply's rounding dust); the
/// index is the same.
fn credited(less: &Books, more: &Books, holder: usize, shares: u128) -> Result<(), TestCaseError> {
    prop_assert_eq!(less.index, more.index);
    for i in 0..ACCOUNTS.len() {
        let expected = if i == holder { shares } else { 0 };
        prop_assert_eq!(more.shares[i] - less.shares[i], expected);
    }
    let value = worth(shares, less.index);
    for gained in [
        more.balances[holder] - less.balances[holder],
        more.supply - less.supply,
    ] {
        prop_assert!(
            gained == value || gained == value + 1,
            "{} shares worth {}, moved {}",
            shares,
            value,
            gained
        );
    }
    Ok(())
}

/// Whether `approve` is an account's allowance to itself, which the token refuses.
fn to_itself(approve: &TokenMove<u128>) -> bool {
    matches!(approve, TokenMove::Approve { owner, spender, .. } if owner == spender)
}

proptest! {
    #[test]
    fn random_sequences_keep_the_books(
        holdings in prop::collection::vec(1u128..1_000_000_000_000, ACCOUNTS.len()),
        approvals in TokenMove::approvals(ACCOUNTS.len()),
        plans in prop::collection::vec(plan(), 1..40),
    ) {
        let mut deps = setup();
        for (holder, amount) in ACCOUNTS.iter().zip(holdings) {
            mint(&mut deps, holder, amount);
        }
        for approve in approvals.into_iter().filter(|a| !to_itself(a)) {
            let (sender, msg) = msg(&Op::Token(approve));
            exec(&mut deps, sender, msg).unwrap();
        }
        for plan in &plans {
            let op = &plan.resolve(&deps);
            let before = Books::read(&deps);
            let stored = raw(&deps.storage);
            let (sender, msg) = msg(op);
            match exec(&mut deps, sender, msg) {
                Ok(_) => {
                    let after = Books::read(&deps);
                    check_books(&deps, &after)?;
                    check_step(op, &before, &after)?;
                }
                Err(_) => prop_assert_eq!(raw(&deps.storage), stored, "a failure wrote"),
            }
        }
    }
}
