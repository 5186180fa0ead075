use super::*;

/// What a failed step must leave as it found it.
#[derive(Debug, PartialEq)]
pub(super) struct Snapshot {
    pub(super) state: State,
    pub(super) supply: u128,
    pub(super) heavy: Vec<u128>,
    pub(super) native: Vec<u128>,
    /// Each holder's light balance with each operator.
    pub(super) light: Vec<u128>,
}

/// The suite, its holders, and the model of what happened that the checks need.
pub(super) struct World {
    pub(super) suite: Suite,
    pub(super) holders: Vec<Addr>,
    pub(super) keeper: Addr,
    /// Everyone who can hold heavy LST: the holders, the hub (dead shares, insurance,
    /// queued unbonds), the treasury and the operators' reward addresses.
    pub(super) known: Vec<Addr>,
    /// Heavy shares each holder queued in each batch and has not withdrawn.
    pub(super) requests: BTreeMap<(usize, u64), u128>,
    /// Every batch anyone unbonded into.
    pub(super) batches: BTreeSet<u64>,
    /// The chain slashed since the last epoch, which has yet to find it.
    pub(super) unsettled_slash: bool,
    /// The chain slashed at some point of the case.
    pub(super) ever_slashed: bool,
    /// The protocol's unbonding entries by completion time, as last seen before they
    /// completed: what the batch maturing then is paid.
    pub(super) entries: BTreeMap<Timestamp, u128>,
    /// What each (holder, operator) put into the light LST less what it took out.
    pub(super) light_principal: BTreeMap<(usize, usize), u128>,
}

impl World {
    pub(super) fn new(case: &Case) -> Check<World> {
        let mut suite = must(Suite::builder().operators(OPERATORS).build())?;
        if case.insured {
            let update = ConfigUpdate {
                fees: Some(FeeConfig {
                    operator_share: Decimal::percent(25),
                    insurance_share: Decimal::percent(50),
                    ..FeeConfig::default()
                }),
                ..ConfigUpdate::default()
            };
            let (governance, hub) = (suite.roles.governance.clone(), suite.contracts.hub.clone());
            let msg = hub::ExecuteMsg::UpdateConfig(update);
            must(suite.app.execute_contract(governance, hub, &msg, &[]))?;
        }
        for operator in 0..OPERATORS {
            must(suite.fund(&account(&validator_name(operator)), BOND))?;
            must(suite.post_bond(operator, BOND))?;
        }
        let holders: Vec<Addr> = HOLDERS.iter().map(|name| account(name)).collect();
        let mut known = holders.clone();
        known.push(suite.contracts.hub.clone());
        known.push(suite.contracts.dao.clone());
        known.extend((0..OPERATORS).map(|i| account(&format!("validator{i}_rewards"))));
        Ok(World {
            suite,
            holders,
            keeper: account("keeper"),
            known,
            requests: BTreeMap::new(),
            batches: BTreeSet::new(),
            unsettled_slash: false,
            ever_slashed: false,
            entries: BTreeMap::new(),
            light_principal: BTreeMap::new(),
        })
    }

    /// The holder `who` names, or the one of those holding heavy LST it picks.
    pub(super) fn holder(&self, who: Who) -> Check<usize> {
        match who {
            Who::Named(index) => Ok(index),
            Who::Having(pick) => {
                let mut having = vec![];
                for (index, holder) in self.holders.iter().enumerate() {
                    if self.shares(holder)? > 0 {
                        having.push(index);
                    }
                }
                Ok(having
                    .get(pick % having.len().max(1))
                    .copied()
                    .unwrap_or(pick))
            }
        }
    }

    pub(super) fn state(&self) -> Check<State> {
        must(self.suite.hub_state())
    }

    pub(super) fn shares(&self, holder: &Addr) -> Check<u128> {
        must(self.suite.heavy_shares(holder))
    }

    pub(super) fn heavy(&self, holder: &Addr) -> Check<u128> {
        must(self.suite.heavy_balance(holder))
    }

    pub(super) fn native(&self, holder: &Addr) -> Check<u128> {
        must(self.suite.native_balance(holder))
    }

    pub(super) fn snapshot(&self) -> Check<Snapshot> {
        Ok(Snapshot {
            state: self.state()?,
            supply: must(self.suite.heavy_supply())?,
            heavy: self
                .holders
                .iter()
                .map(|h| self.heavy(h))
                .collect::<Check<_>>()?,
            native: self
                .holders
                .iter()
                .map(|h| self.native(h))
                .collect::<Check<_>>()?,
            light: self.light_balances()?,
        })
    }

    /// Runs a step of the hub's; if it fails, checks that it changed nothing.
    pub(super) fn attempt(
        &mut self,
        step: impl FnOnce(&mut Suite) -> anyhow::Result<AppResponse>,
    ) -> Check<Option<AppResponse>> {
        let before = self.snapshot()?;
        match step(&mut self.suite) {
            Ok(response) => Ok(Some(response)),
            Err(err) => {
                prop_assert_eq!(self.snapshot()?, before, "a failed step changed: {:#}", err);
                Ok(None)
            }
        }
    }

    /// A step of the chain's own, which must not move the hub's books or any balance.
    pub(super) fn on_chain(&mut self, step: impl FnOnce(&mut Suite) -> Check) -> Check {
        let before = self.snapshot()?;
        step(&mut self.suite)?;
        prop_assert_eq!(self.snapshot()?, before, "the chain alone moves no books");
        Ok(())
    }

    pub(super) fn run(&mut self, step: &Step) -> Check {
        let rate_before = self.state()?.exchange_rate;
        // What an epoch in this step found lost; the rate may fall by that much.
        let mut loss = 0;
        match step {
            Step::Bond {
                holder,
                amount,
                funded,
            } => {
                let addr = self.holders[*holder].clone();
                if *funded && *amount > 0 {
                    must(self.suite.fund(&addr, *amount))?;
                }
                let held = self.shares(&addr)?;
                if self.attempt(|suite| suite.bond(&addr, *amount))?.is_some() {
                    prop_assert!(self.shares(&addr)? > held, "a bond mints shares");
                }
            }
            Step::BondShares {
                holder,
                operator,
                amount,
            } => {
                let addr = self.holders[*holder].clone();
                if *amount > 0 {
                    must(self.suite.fund(&addr, *amount))?;
                }
                // Making the shares is the chain's business and it may refuse (a jailed
                // validator, the caps, dust): then there is nothing to bond.
                if let Ok(shares) = self.suite.tokenize_own_stake(&addr, *operator, *amount) {
                    let held = self.shares(&addr)?;
                    if self
                        .attempt(|suite| suite.bond_coin(&addr, shares))?
                        .is_some()
                    {
                        prop_assert!(self.shares(&addr)? > held, "an LSM bond mints shares");
                    }
                }
            }
            Step::Transfer { from, to, amount } => {
                let from = self.holder(*from)?;
                self.transfer(from, *to, amount)?
            }
            Step::Unbond { holder, amount } => {
                let holder = self.holder(*holder)?;
                self.unbond(holder, amount)?
            }
            Step::InstantExit {
                holder,
                operator,
                amount,
            } => {
                let holder = self.holder(*holder)?;
                self.instant_exit(holder, *operator, amount)?
            }
            Step::Withdraw { holder, batch } => self.withdraw(*holder, *batch)?,
            Step::Wait { seconds } => self.on_chain(|suite| {
                suite.app.advance(*seconds);
                Ok(())
            })?,
            Step::NextEpoch => {
                self.suite.app.advance(EPOCH);
                loss = self.epoch()?;
            }
            Step::Mature => {
                self.suite.app.advance(UNBONDING_TIME);
                loss = self.epoch()?;
            }
            Step::AdvanceEpoch => loss = self.epoch()?,
            Step::Slash { operator, ppm } => {
                let fraction = Decimal::from_ratio(*ppm, 1_000_000u64);
                self.on_chain(|suite| must(suite.slash(*operator, fraction)))?;
                self.unsettled_slash = true;
                self.ever_slashed = true;
            }
            Step::LightDeposit {
                holder,
                operator,
                amount,
            } => self.light_deposit(*holder, *operator, *amount)?,
            Step::LightWithdraw {
                holder,
                operator,
                amount,
            } => self.light_withdraw(*holder, *operator, amount)?,
            Step::LightPenalty { operator, amount } => self.light_penalty(*operator, *amount)?,
            Step::ToggleJail { operator } => self.on_chain(|suite| {
                let validator = suite.operators[*operator].clone();
                if must(suite.app.validator_state(&validator))?.jailed {
                    must(suite.app.unjail(&validator))
                } else {
                    must(suite.app.jail(&validator))
                }
            })?,
        }
        // Only a loss lowers the rate.
        let rate = self.state()?.exchange_rate;
        prop_assert!(
            rate >= rate_before || loss > 0,
            "the exchange rate fell from {} to {} with no loss",
            rate_before,
            rate
        );
        self.see_entries()?;
        self.check()
    }

    /// Notes the balance of every unbonding entry of the protocol's, keeping the last
    /// figure of those the chain has paid out.
    pub(super) fn see_entries(&mut self) -> Check {
        let entries = self.unbonding_entries()?;
        self.entries.extend(entries);
        Ok(())
    }

    /// The balances of the protocol's unbonding entries in flight, by completion time
    /// (one batch's, over every validator).
    pub(super) fn unbonding_entries(&self) -> Check<BTreeMap<Timestamp, u128>> {
        must(self.suite.unbonding_entries())
    }

    pub(super) fn transfer(&mut self, from: usize, to: usize, amount: &Amount) -> Check {
        let (from_addr, to_addr) = (self.holders[from].clone(), self.holders[to].clone());
        let amount = amount.of(self.heavy(&from_addr)?);
        let index = self.state()?.books.index;
        let (from_shares, to_shares) = (self.shares(&from_addr)?, self.shares(&to_addr)?);
        let heavy = self.suite.contracts.heavy_lst.clone();
        let msg = heavy_lst::ExecuteMsg::Transfer {
            recipient: to_addr.to_string(),
            amount: Uint128::new(amount),
        };
        let sender = from_addr.clone();
        let done = self.attempt(|suite| suite.app.execute_contract(sender, heavy, &msg, &[]))?;
        if done.is_some() && from != to {
            let moved = must(shares_to_debit(Uint128::new(amount), index))?.u128();
            prop_assert_eq!(self.shares(&from_addr)?, from_shares - moved);
            prop_assert_eq!(self.shares(&to_addr)?, to_shares + moved);
        }
        Ok(())
    }

    pub(super) fn unbond(&mut self, holder: usize, amount: &Amount) -> Check {
        let addr = self.holders[holder].clone();
        let amount = amount.of(self.heavy(&addr)?);
        let state = self.state()?;
        let held = self.shares(&addr)?;
        if self.attempt(|suite| suite.unbond(&addr, amount))?.is_some() {
            let queued = must(shares_to_debit(Uint128::new(amount), state.books.index))?.u128();
            prop_assert_eq!(
                self.shares(&addr)?,
                held - queued,
                "an unbond takes its shares"
            );
            *self
                .requests
                .entry((holder, state.books.epoch))
                .or_default() += queued;
            self.batches.insert(state.books.epoch);
        }
        Ok(())
    }

    pub(super) fn instant_exit(
        &mut self,
        holder: usize,
        operator: usize,
        amount: &Amount,
    ) -> Check {
        let addr = self.holders[holder].clone();
        let amount = amount.of(self.heavy(&addr)?);
        let state = self.state()?;
        let held = self.shares(&addr)?;
        let records = must(self.suite.app.tokenize_records())?.len();
        if self
            .attempt(|suite| suite.instant_exit(&addr, amount, operator))?
            .is_none()
        {
            return Ok(());
        }
        let burned = must(shares_to_debit(Uint128::new(amount), state.books.index))?;
        prop_assert_eq!(
            self.shares(&addr)?,
            held - burned.u128(),
            "an exit burns shares"
        );
        // The holder's new LSM shares are worth at most what the burned shares were.
        let after = must(self.suite.app.tokenize_records())?;
        prop_assert_eq!(after.len(), records + 1, "one new share record");
        let record = &after[after.len() - 1];
        prop_assert_eq!(&record.owner, &addr);
        let denom = share_denom(&record.validator, record.id);
        let coin = must(self.suite.app.wrap().query_balance(&addr, &denom))?;
        let worth = must(self.suite.app.share_value(&denom, coin.amount))?.unwrap_or_default();
        let value = burned.multiply_ratio(
            state.books.total_bonded + state.books.pending,
            state.total_shares,
        );
        prop_assert!(
            worth <= value,
            "an exit paid {} for shares worth {}",
            worth,
            value
        );
        Ok(())
    }

    pub(super) fn withdraw(&mut self, who: Who, pick: Option<usize>) -> Check {
        let mut withdrawable = vec![];
        for id in &self.batches {
            if must(self.suite.batch(*id))?.status == BatchStatus::Withdrawable {
                withdrawable.push(*id);
            }
        }
        let among: Vec<u64> = if withdrawable.is_empty() {
            self.batches.iter().copied().collect()
        } else {
            withdrawable
        };
        let batch_id = match pick {
            Some(i) if !among.is_empty() => among[i % among.len()],
            _ => self.state()?.books.epoch + 1_000,
        };
        let holder = match who {
            Who::Named(index) => index,
            Who::Having(pick) => {
                let claimants: Vec<usize> = self
                    .requests
                    .keys()
                    .filter(|(_, batch)| *batch == batch_id)
                    .map(|(holder, _)| *holder)
                    .collect();
                claimants
                    .get(pick % claimants.len().max(1))
                    .copied()
                    .unwrap_or(pick)
            }
        };
        let addr = self.holders[holder].clone();
        let batch = self.suite.batch(batch_id).ok();
        let reserved = self.state()?.books.reserved;
        let native = self.native(&addr)?;
        if self
            .attempt(|suite| suite.withdraw(&addr, batch_id))?
            .is_none()
        {
            return Ok(());
        }
        let Some(batch) = batch else {
            return Err(TestCaseError::fail(format!(
                "withdrew from no batch {batch_id}"
            )));
        };
        let Some(shares) = self.requests.remove(&(holder, batch_id)) else {
            return Err(TestCaseError::fail("paid a holder with no request"));
        };
        // Its part of what is left, never more.
        let paid = self.native(&addr)? - native;
        let left = batch.unclaimed_tokens.u128();
        prop_assert!(paid <= left, "paid {} of a batch with {} left", paid, left);
        let part = batch
            .unclaimed_tokens
            .multiply_ratio(shares, batch.unclaimed_shares);
        prop_assert_eq!(paid, part.u128(), "pro rata to what is left");
        let after = must(self.suite.batch(batch_id))?;
        prop_assert_eq!(after.unclaimed_tokens.u128(), left - paid);
        prop_assert_eq!(
            after.unclaimed_shares.u128(),
            batch.unclaimed_shares.u128() - shares
        );
        prop_assert_eq!(self.state()?.books.reserved.u128(), reserved.u128() - paid);
        Ok(())
    }

    /// Advances the epoch; answers with the loss it settled.
    pub(super) fn epoch(&mut self) -> Check<u128> {
        let keeper = self.keeper.clone();
        let open = self.state()?.books.epoch;
        let mut unbonding = vec![];
        for id in &self.batches {
            let batch = must(self.suite.batch(*id))?;
            if batch.status == BatchStatus::Unbonding {
                unbonding.push(batch);
            }
        }
        let Some(response) = self.attempt(|suite| suite.advance_epoch(&keeper))? else {
            return Ok(0);
        };
        if self.batches.contains(&open) {
            let batch = must(self.suite.batch(open))?;
            prop_assert_eq!(batch.status, BatchStatus::Unbonding, "the open batch went");
        }
        // The batches that matured are paid exactly what their entries returned, slashes
        // and all (pooled, when several mature at once).
        let (mut paid, mut returned) = (0, 0);
        for before in unbonding {
            let batch = must(self.suite.batch(before.id))?;
            if batch.status == BatchStatus::Withdrawable {
                paid += (batch.unclaimed_tokens - batch.prepaid).u128();
                let matures_at = before.matures_at.expect("an unbonding batch matures");
                returned += self.entries.get(&matures_at).copied().unwrap_or_default();
            }
        }
        prop_assert_eq!(
            paid,
            returned,
            "matured batches are paid what their entries returned"
        );
        let loss = attribute(&response, "slashed")?;
        if !self.ever_slashed {
            prop_assert_eq!(loss, 0, "a loss with no slash");
        } else if !self.unsettled_slash {
            // A validator slashed before: the books may have run ahead of the chain's
            // truncated figures since the last epoch, by at most a unit per validator.
            prop_assert!(loss <= TRUNCATION, "a loss of {} with no new slash", loss);
        }
        self.unsettled_slash = false;
        Ok(loss)
    }
}

/// The numeric attribute `key` of the hub's response.
pub(super) fn attribute(response: &AppResponse, key: &str) -> Check<u128> {
    let value = faro_testing::response::attribute(response, key)
        .ok_or_else(|| TestCaseError::fail(format!("no attribute {key}")))?;
    must(value.parse::<u128>())
}
