//! Random sequences of deposit, withdraw, transfer, allowance spending, burn, reward (under
//! a changing commission), penalty and time, checked after every step against a model of
//! each holder's principal and of the contract's bank balance, and against the ledger's
//! accounting identities (see `ledger.rs`). The case count is proptest's (256 unless
//! `PROPTEST_CASES` says otherwise).

mod ops;

use cosmwasm_std::{Decimal, Decimal256, Order, Response, Uint128};
use faro_types::light_lst::COMMISSION_DELAY;
use proptest::prelude::*;

use super::{addr, exec_at, later, raw, sends, setup, total_supply, MockDeps};
use crate::math;
use crate::state::{ACCOUNTS, POOL};
use faro_testing::unit::token_moves::TokenMove;
use ops::{allowance, balance_of, msg, name, plan, Op, HOLDERS};

/// What the test knows apart from the contract.
struct Model {
    /// Seconds since the mock block.
    clock: u64,
    /// The contract's coins: what it was paid less what it sent.
    bank: u128,
    /// Each holder's deposits and receipts less what it (or its spender) moved out: its
    /// balance never falls below this.
    principal: [i128; HOLDERS.len()],
    rate: Decimal,
    pending: Option<(Decimal, u64)>,
    proposed_at: Option<u64>,
    rewards_received: u128,
    commission_paid: u128,
    penalties_reported: u128,
}

impl Model {
    fn new() -> Model {
        Model {
            clock: 0,
            bank: 0,
            principal: [0; HOLDERS.len()],
            rate: Decimal::percent(10),
            pending: None,
            proposed_at: None,
            rewards_received: 0,
            commission_paid: 0,
            penalties_reported: 0,
        }
    }

    /// The commission in force now.
    fn rate_now(&mut self) -> Decimal {
        if let Some((rate, at)) = self.pending {
            if at <= self.clock {
                self.rate = rate;
                self.pending = None;
            }
        }
        self.rate
    }

    fn moved(&mut self, from: usize, to: usize, amount: u128) {
        self.principal[from] -= amount as i128;
        self.principal[to] += amount as i128;
    }
}

fn balances(deps: &MockDeps) -> Vec<u128> {
    (0..HOLDERS.len()).map(|i| balance_of(deps, i)).collect()
}

/// Runs `op`, checks what it must do, and updates the model.
fn step(deps: &mut MockDeps, model: &mut Model, op: &Op) -> Result<(), TestCaseError> {
    if let Op::Wait { seconds } = op {
        model.clock += seconds;
        return Ok(());
    }
    let before = balances(deps);
    let waiting = POOL.load(&deps.storage).unwrap().undistributed.u128();
    let allowed = match *op {
        Op::Token(TokenMove::TransferFrom { spender, owner, .. }) => {
            allowance(deps, owner, spender)
        }
        _ => 0,
    };
    let must_succeed = must_succeed(model, op, &before, allowed);
    let stored = raw(&deps.storage);
    let (sender, funds, msg) = msg(op);
    let paid: u128 = funds.iter().map(|c| c.amount.u128()).sum();
    let result = exec_at(deps, later(model.clock), sender, &funds, msg);
    let res = match result {
        Ok(res) => res,
        Err(err) => {
            prop_assert!(!must_succeed, "{:?} failed: {}", op, err);
            prop_assert_eq!(raw(&deps.storage), stored, "a failure wrote");
            return Ok(());
        }
    };
    prop_assert!(must_succeed, "{:?} should have failed", op);
    let sent: u128 = sends(&res).iter().map(|(_, amount)| amount).sum();
    model.bank = model.bank + paid - sent;
    let after = balances(deps);
    check_effect(model, op, &res, &before, &after, waiting)
}

/// Whether `op` is valid, given the balances and the allowance (of a `TransferFrom`) before
/// it.
fn must_succeed(model: &Model, op: &Op, before: &[u128], allowed: u128) -> bool {
    match *op {
        Op::Deposit { amount, .. } | Op::Reward { amount } => amount > 0,
        Op::Withdraw { from, amount, .. }
        | Op::Token(TokenMove::Transfer { from, amount, .. })
        | Op::Token(TokenMove::Burn { from, amount }) => amount > 0 && amount <= before[from],
        Op::Token(TokenMove::Approve { owner, spender, .. }) => owner != spender,
        Op::Token(TokenMove::TransferFrom { owner, amount, .. }) => {
            amount > 0 && amount <= before[owner] && amount <= allowed
        }
        Op::SetCommission { permille } => {
            permille <= 200
                && model
                    .proposed_at
                    .is_none_or(|at| model.clock >= at + COMMISSION_DELAY)
        }
        Op::Penalise { by, amount } => by < 2 && amount > 0,
        Op::Wait { .. } => true,
    }
}

/// `waiting`: what was undistributed before the step.
fn check_effect(
    model: &mut Model,
    op: &Op,
    res: &Response,
    before: &[u128],
    after: &[u128],
    waiting: u128,
) -> Result<(), TestCaseError> {
    // Every holder but those named keeps its balance.
    let others_unchanged = |named: &[usize]| -> Result<(), TestCaseError> {
        for i in (0..HOLDERS.len()).filter(|i| !named.contains(i)) {
            prop_assert_eq!(after[i], before[i], "{} moved", name(i));
        }
        Ok(())
    };
    match *op {
        Op::Deposit { to, amount, .. } => {
            prop_assert_eq!(after[to], before[to] + amount, "a deposit credits 1:1");
            others_unchanged(&[to])?;
            model.principal[to] += amount as i128;
        }
        Op::Withdraw { from, to, amount } => {
            prop_assert_eq!(sends(res), vec![(addr(name(to)).to_string(), amount)]);
            prop_assert_eq!(after[from], before[from] - amount, "a withdrawal pays 1:1");
            others_unchanged(&[from])?;
            model.principal[from] -= amount as i128;
        }
        Op::Token(ref transfer @ (TokenMove::Transfer { .. } | TokenMove::TransferFrom { .. })) => {
            let (from, to, amount) = transfer.movement().expect("a transfer");
            if from != to {
                prop_assert_eq!(after[from], before[from] - amount);
                prop_assert_eq!(after[to], before[to] + amount);
            }
            others_unchanged(&[from, to])?;
            model.moved(from, to, amount);
        }
        Op::Token(TokenMove::Burn { from, amount }) => {
            prop_assert!(after[from] >= before[from] - amount);
            prop_assert!(after[from] <= before[from]);
            for i in 0..HOLDERS.len() {
                prop_assert!(
                    after[i] >= before[i] || i == from,
                    "a burn took from others"
                );
            }
            // The burnt coins and what waited are spread; each holder's floor may round up
            // by less than one coin of fractions it had before.
            let (sum_before, sum_after) = (before.iter().sum::<u128>(), after.iter().sum::<u128>());
            let most = sum_before + waiting + HOLDERS.len() as u128 - 1;
            prop_assert!(
                sum_after <= most,
                "a burn spread {} from {}",
                sum_after,
                sum_before
            );
            model.principal[from] -= amount as i128;
        }
        Op::Reward { amount } => {
            let cut = math::commission_of(Uint128::new(amount), model.rate_now()).u128();
            let paid_out = if cut == 0 {
                vec![]
            } else {
                vec![(addr("rewards").to_string(), cut)]
            };
            prop_assert_eq!(sends(res), paid_out, "the commission at its rate");
            for i in 0..HOLDERS.len() {
                prop_assert!(after[i] >= before[i], "a reward lowered {}", name(i));
            }
            let (sum_before, sum_after) = (before.iter().sum::<u128>(), after.iter().sum::<u128>());
            let most = sum_before + amount - cut + waiting + HOLDERS.len() as u128;
            prop_assert!(
                sum_after <= most,
                "a reward spread {} from {}",
                sum_after,
                sum_before
            );
            model.rewards_received += amount;
            model.commission_paid += cut;
        }
        Op::SetCommission { permille } => {
            model.rate_now();
            model.pending = Some((Decimal::permille(permille), model.clock + COMMISSION_DELAY));
            model.proposed_at = Some(model.clock);
            others_unchanged(&[])?;
        }
        Op::Penalise { amount, .. } => {
            prop_assert_eq!(res.messages.len(), 1, "one message, to the registry");
            model.penalties_reported += amount;
            others_unchanged(&[])?;
        }
        Op::Token(TokenMove::Approve { .. }) => others_unchanged(&[])?,
        Op::Wait { .. } => {}
    }
    Ok(())
}

/// The identities that hold after every step, whatever it was.
fn check_books(deps: &MockDeps, model: &mut Model) -> Result<(), TestCaseError> {
    let pool = POOL.load(&deps.storage).unwrap();
    let accounts: Vec<_> = ACCOUNTS
        .range(&deps.storage, None, None, Order::Ascending)
        .map(|entry| entry.unwrap().1)
        .collect();
    let units: u128 = accounts.iter().map(|a| a.units.u128()).sum();
    prop_assert_eq!(units, pool.total_units.u128(), "Σ units = total units");

    // (c) What settlements can take is covered, exactly.
    let mut owed = Decimal256::zero();
    let mut claims = 0u128;
    for account in &accounts {
        let since = pool.reward_index - account.index;
        owed += math::exact(account.units, since).unwrap();
        claims += (account.units
            + math::pending(account.units, account.index, pool.reward_index).unwrap())
        .u128();
    }
    prop_assert!(
        owed <= pool.unsettled,
        "{} owed, {} unsettled",
        owed,
        pool.unsettled
    );

    // (b) Every claim is within the supply.
    let unsettled = math::floor(pool.unsettled).unwrap().u128();
    let supply = pool.total_units.u128() + unsettled;
    prop_assert!(
        claims <= supply,
        "claims {} above supply {}",
        claims,
        supply
    );
    prop_assert_eq!(total_supply(deps), supply);

    // (a) The coins held are the supply, what waits undistributed, and dust: less than one
    // coin of floor remainders at these sizes.
    let books = supply + pool.undistributed.u128();
    prop_assert!(
        model.bank >= books,
        "bank {} below books {}",
        model.bank,
        books
    );
    prop_assert!(
        model.bank - books <= 1,
        "bank {} vs books {}",
        model.bank,
        books
    );

    for (i, balance) in balances(deps).into_iter().enumerate() {
        prop_assert!(
            balance as i128 >= model.principal[i],
            "{} holds {}, below its principal {}",
            name(i),
            balance,
            model.principal[i]
        );
    }

    let state = crate::query::state(deps.as_ref(), later(model.clock)).unwrap();
    prop_assert_eq!(state.total_units, pool.total_units);
    prop_assert_eq!(state.unsettled_rewards.u128(), unsettled);
    prop_assert_eq!(state.commission, model.rate_now());
    prop_assert_eq!(state.rewards_received.u128(), model.rewards_received);
    prop_assert_eq!(state.commission_paid.u128(), model.commission_paid);
    prop_assert_eq!(state.penalties_reported.u128(), model.penalties_reported);
    Ok(())
}

proptest! {
    #[test]
    fn random_sequences_keep_the_books(
        holdings in prop::collection::vec(0u128..1_000_000_000_000, HOLDERS.len()),
        approvals in TokenMove::approvals(HOLDERS.len()),
        plans in prop::collection::vec(plan(), 1..40),
    ) {
        let mut deps = setup();
        let mut model = Model::new();
        for (i, amount) in holdings.into_iter().enumerate() {
            step(&mut deps, &mut model, &Op::Deposit { from: i, to: i, amount })?;
        }
        for approve in approvals {
            step(&mut deps, &mut model, &Op::Token(approve))?;
        }
        check_books(&deps, &mut model)?;
        for plan in &plans {
            let op = plan.resolve(&deps);
            step(&mut deps, &mut model, &op)?;
            check_books(&deps, &mut model)?;
        }
    }
}
