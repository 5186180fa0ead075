use super::*;

impl World {
    pub(super) fn light_balances(&self) -> Check<Vec<u128>> {
        let mut balances = vec![];
        for holder in &self.holders {
            for operator in 0..OPERATORS {
                balances.push(must(self.suite.light_balance(holder, operator))?.u128());
            }
        }
        Ok(balances)
    }

    pub(super) fn light_deposit(&mut self, holder: usize, operator: usize, amount: u128) -> Check {
        let addr = self.holders[holder].clone();
        if amount > 0 {
            must(self.suite.fund(&addr, amount))?;
        }
        let before = must(self.suite.light_balance(&addr, operator))?.u128();
        if self
            .attempt(|suite| suite.light_deposit(&addr, operator, amount))?
            .is_some()
        {
            let after = must(self.suite.light_balance(&addr, operator))?.u128();
            prop_assert_eq!(after, before + amount, "a light deposit mints 1:1");
            *self.light_principal.entry((holder, operator)).or_default() += amount;
        }
        Ok(())
    }

    pub(super) fn light_withdraw(
        &mut self,
        holder: usize,
        operator: usize,
        amount: &Amount,
    ) -> Check {
        let (addr, held) = self.light_holding(holder, operator)?;
        let amount = amount.of(held);
        let native = self.native(&addr)?;
        if self
            .attempt(|suite| suite.light_withdraw(&addr, operator, amount))?
            .is_some()
        {
            prop_assert_eq!(
                self.native(&addr)?,
                native + amount,
                "a withdrawal pays 1:1"
            );
            let principal = self.light_principal.entry((holder, operator)).or_default();
            *principal = principal.saturating_sub(amount);
        }
        Ok(())
    }

    /// Holder `holder`'s address and light balance at `operator`.
    fn light_holding(&self, holder: usize, operator: usize) -> Check<(Addr, u128)> {
        let addr = self.holders[holder].clone();
        let held = must(self.suite.light_balance(&addr, operator))?.u128();
        Ok((addr, held))
    }

    /// The penalty comes from the bond alone: holders' light balances do not move.
    pub(super) fn light_penalty(&mut self, operator: usize, amount: u128) -> Check {
        let governance = self.suite.roles.governance.clone();
        let treasury = self.suite.contracts.dao.clone();
        let bond = must(self.suite.operator(operator))?.map(|o| o.bond.u128());
        let (paid_before, light_before) = (self.native(&treasury)?, self.light_balances()?);
        if self
            .attempt(|suite| suite.penalise_light(&governance, operator, amount))?
            .is_none()
        {
            return Ok(());
        }
        let bond = bond.unwrap_or_default();
        let taken = amount.min(bond);
        let bond_after = must(self.suite.operator(operator))?.map(|o| o.bond.u128());
        prop_assert_eq!(
            bond_after,
            Some(bond - taken),
            "the bond pays, capped at itself"
        );
        prop_assert_eq!(self.native(&treasury)?, paid_before + taken);
        prop_assert_eq!(self.light_balances()?, light_before, "holders pay nothing");
        Ok(())
    }

    /// Every light LST covers its balances, and no holder is below its principal.
    pub(super) fn check_light(&self) -> Check {
        for operator in 0..OPERATORS {
            let light = self.suite.light_lst(operator);
            let state = must(self.suite.light_state(operator))?;
            let mut units = 0;
            let mut balances = 0;
            for (index, holder) in self.holders.iter().enumerate() {
                let holding = must(self.suite.light_holding(holder, operator))?;
                let balance = must(self.suite.light_balance(holder, operator))?.u128();
                prop_assert_eq!(balance, (holding.units + holding.pending).u128());
                let principal = self
                    .light_principal
                    .get(&(index, operator))
                    .copied()
                    .unwrap_or_default();
                prop_assert!(
                    balance >= principal,
                    "{} holds {} with operator {}, below its principal {}",
                    HOLDERS[index],
                    balance,
                    operator,
                    principal
                );
                units += holding.units.u128();
                balances += balance;
            }
            prop_assert_eq!(units, state.total_units.u128(), "Σ units = total units");
            let coins = self.native(&light)?;
            prop_assert!(
                coins >= balances,
                "light LST {} holds {} for balances of {}",
                operator,
                coins,
                balances
            );
        }
        Ok(())
    }
}
