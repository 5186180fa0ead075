use super::*;

impl World {
    /// The invariants after every step.
    pub(super) fn check(&self) -> Check {
        let suite = &self.suite;
        let state = self.state()?;
        let supply = must(suite.heavy_supply())?;
        let backing = (state.books.total_bonded + state.books.pending).u128();

        // No more claims than backing (DESIGN invariant 1).
        prop_assert!(
            supply <= backing,
            "supply {} above backing {}",
            supply,
            backing
        );

        // Every share is someone's we know; balances add up to at most the supply.
        let mut shares = 0;
        let mut balances = 0;
        for holder in &self.known {
            shares += self.shares(holder)?;
            balances += self.heavy(holder)?;
        }
        prop_assert_eq!(shares, state.total_shares.u128(), "Σ shares = total shares");
        prop_assert!(
            balances <= supply,
            "Σ balances {} > supply {}",
            balances,
            supply
        );

        // Batch by batch: the requests, what is left, the reserve.
        let mut queued: BTreeMap<u64, u128> = BTreeMap::new();
        for ((_, batch), shares) in &self.requests {
            *queued.entry(*batch).or_default() += shares;
        }
        let mut reserved = Uint128::zero();
        let mut claims = BTreeMap::new();
        for id in &self.batches {
            let batch = must(suite.batch(*id))?;
            let requested = queued.get(id).copied().unwrap_or_default();
            match batch.status {
                BatchStatus::Open => {
                    prop_assert_eq!(batch.shares.u128(), requested, "Σ requests, batch {}", id);
                }
                BatchStatus::Unbonding => {
                    prop_assert_eq!(batch.shares.u128(), requested, "Σ requests, batch {}", id);
                    reserved += batch.prepaid;
                    let matures_at = batch.matures_at.expect("an unbonding batch matures");
                    claims.insert(matures_at, (batch.expected - batch.prepaid).u128());
                }
                BatchStatus::Withdrawable => {
                    prop_assert_eq!(batch.unclaimed_shares.u128(), requested, "batch {}", id);
                    if requested == 0 {
                        prop_assert!(
                            batch.unclaimed_tokens.is_zero(),
                            "batch {} withdrawn by all still holds {}",
                            id,
                            batch.unclaimed_tokens
                        );
                    }
                    reserved += batch.unclaimed_tokens;
                }
            }
        }
        prop_assert_eq!(
            state.books.reserved,
            reserved,
            "reserved = what the batches hold"
        );
        for (index, holder) in self.holders.iter().enumerate() {
            let actual: Vec<(u64, u128)> = must(suite.unbond_requests(holder))?
                .requests
                .iter()
                .map(|r| (r.batch_id, r.shares.u128()))
                .collect();
            let modelled: Vec<(u64, u128)> = self
                .requests
                .range((index, 0)..(index + 1, 0))
                .map(|((_, batch), shares)| (*batch, *shares))
                .collect();
            prop_assert_eq!(actual, modelled, "{}'s requests", HOLDERS[index]);
        }

        self.check_light()?;
        self.solvency(&state, &claims)
    }

    /// Solvency: what the chain holds for the protocol — its delegations, its
    /// unbonding entries, the tokenizer's and the hub's coins — covers what the hub owes:
    /// the bonded stake, pending bonds, the light pool, the reserved coins and what each
    /// batch still unbonding expects (`claims`, by maturity).
    ///
    /// - Never slashed: exactly so, at every step, and each batch in flight expects
    ///   exactly what its unbonding entries hold.
    /// - A slash the epoch has not found yet: nothing to check; it shows at the epoch.
    /// - Slashed before, found since: the stakers' part (all but the batches in flight
    ///   and their entries) holds up to [`TRUNCATION`]. A batch's claim is the hub's
    ///   estimate of its entries: each validator's loss over what the books held there
    ///   when the epoch looked, which is the chain's fraction only if no stake moved at
    ///   that validator between the slash and the epoch (a bond there after the slash
    ///   makes the batch expect more than its entries hold, an exit less). The estimate
    ///   is therefore not held to the entries; what is, exactly, is the payout: a batch
    ///   is paid what its entries returned ([`World::epoch`]).
    pub(super) fn solvency(&self, state: &State, claims: &BTreeMap<Timestamp, u128>) -> Check {
        if self.unsettled_slash {
            return Ok(());
        }
        let suite = &self.suite;
        let tokenizer = &suite.contracts.lsm_tokenizer;
        let entries = self.unbonding_entries()?;
        let held = must(suite.protocol_delegated())?
            + self.native(tokenizer)?
            + self.native(&suite.contracts.hub)?;
        let books = &state.books;
        let owed = (books.total_bonded + books.pending + books.light_pool + books.reserved).u128();
        if self.ever_slashed {
            prop_assert!(
                held + TRUNCATION >= owed,
                "the stakers' assets {} below {} by more than truncation",
                held,
                owed
            );
            return Ok(());
        }
        let in_flight: u128 = entries.values().sum();
        let claimed: u128 = claims.values().sum();
        prop_assert!(
            held + in_flight >= owed + claimed,
            "assets {} below liabilities {}",
            held + in_flight,
            owed + claimed
        );
        // Entries the chain has paid out wait in the tokenizer for the epoch.
        let now = suite.app.block_info().time;
        for (matures_at, claim) in claims.range(now.plus_nanos(1)..) {
            let unbonding = entries.get(matures_at).copied().unwrap_or_default();
            prop_assert_eq!(
                unbonding,
                *claim,
                "the entries of the batch maturing at {}",
                matures_at
            );
        }
        Ok(())
    }
}
