//! The prover pool as provers and the relayer see it: bond, wrap and stake the wrapped LST
//! with a cw20 `Send`; rollup blocks proposed and proven; the owner's configuration; and
//! the figures to check them by.

use anyhow::{anyhow, Result};
use cosmwasm_std::{coin, to_json_binary, Addr, Decimal, HexBinary, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_types::heavy_lst::BalanceResponse;
use faro_types::prover_pool::{
    self, Block, Config, ConfigUpdate, PoolResponse, ProverResponse, ReceiveMsg,
};
use faro_types::wrapped_lst::{self, WrappedLstContract};

use crate::chain::DENOM;
use crate::suite::Suite;

impl Suite {
    /// `prover` bonds `amount`, wraps all its heavy LST and stakes the wrapped LST with
    /// `reward_per_gas` and `capacity`; answers with the stake.
    pub fn become_prover(
        &mut self,
        prover: &Addr,
        amount: u128,
        reward_per_gas: Decimal,
        capacity: u32,
    ) -> Result<u128> {
        self.fund(prover, amount)?;
        self.bond(prover, amount)?;
        let heavy = self.heavy_balance(prover)?;
        let wrapper = self.contracts.wrapped_lst.clone();
        let wrap = WrappedLstContract(wrapper.clone()).wrap_msg(
            &self.contracts.heavy_lst,
            Uint128::new(heavy),
            None,
        )?;
        self.app.execute(prover.clone(), wrap)?;
        let stake = self.wrapped_balance(prover)?;
        let send = wrapped_lst::ExecuteMsg::Send {
            contract: self.contracts.prover_pool.to_string(),
            amount: Uint128::new(stake),
            msg: to_json_binary(&ReceiveMsg::Stake {
                reward_per_gas,
                capacity,
            })?,
        };
        self.app
            .execute_contract(prover.clone(), wrapper, &send, &[])?;
        Ok(stake)
    }

    /// The relayer reports a rollup block, paying the fee `fee` with it.
    pub fn propose_block(&mut self, block_id: u64, gas_used: u64, fee: u128) -> Result<Block> {
        let msg = prover_pool::ExecuteMsg::ProposeBlock {
            block_id,
            parent_hash: HexBinary::from([block_id as u8; 32]),
            gas_used,
        };
        let funds = match fee {
            0 => vec![],
            fee => vec![coin(fee, DENOM)],
        };
        self.as_relayer(&msg, &funds)?;
        self.block(block_id)
    }

    /// The relayer reports that `prover` proved the block now.
    pub fn prove_block(&mut self, block_id: u64, prover: &Addr) -> Result<AppResponse> {
        let msg = prover_pool::ExecuteMsg::ProveBlock {
            block_id,
            prover: prover.to_string(),
            proven_at: self.app.block_info().time.seconds(),
        };
        self.as_relayer(&msg, &[])
    }

    fn as_relayer(
        &mut self,
        msg: &prover_pool::ExecuteMsg,
        funds: &[cosmwasm_std::Coin],
    ) -> Result<AppResponse> {
        let (relayer, pool) = (
            self.roles.relayer.clone(),
            self.contracts.prover_pool.clone(),
        );
        self.app.execute_contract(relayer, pool, msg, funds)
    }

    /// `prover` sends `msg` to the prover pool: `Unstake`, `Withdraw`, `UpdateParams`.
    pub fn as_prover(
        &mut self,
        prover: &Addr,
        msg: &prover_pool::ExecuteMsg,
    ) -> Result<AppResponse> {
        let pool = self.contracts.prover_pool.clone();
        self.app.execute_contract(prover.clone(), pool, msg, &[])
    }

    /// The owner (the governance account) changes the prover pool's configuration.
    pub fn update_prover_pool(&mut self, update: ConfigUpdate) -> Result<AppResponse> {
        let (governance, pool) = (
            self.roles.governance.clone(),
            self.contracts.prover_pool.clone(),
        );
        let msg = prover_pool::ExecuteMsg::UpdateConfig(update);
        self.app.execute_contract(governance, pool, &msg, &[])
    }

    pub fn prover_pool_config(&self) -> Result<Config> {
        Ok(self.query(
            &self.contracts.prover_pool,
            &prover_pool::QueryMsg::Config {},
        )?)
    }

    pub fn block(&self, block_id: u64) -> Result<Block> {
        let msg = prover_pool::QueryMsg::Block { block_id };
        let block: Option<Block> = self.query(&self.contracts.prover_pool, &msg)?;
        block.ok_or_else(|| anyhow!("no block {block_id}"))
    }

    /// The prover's stake in the pool, zero once it has none.
    pub fn prover_stake(&self, prover: &Addr) -> Result<u128> {
        let msg = prover_pool::QueryMsg::Prover {
            address: prover.to_string(),
        };
        let res: Option<ProverResponse> = self.query(&self.contracts.prover_pool, &msg)?;
        Ok(res.map_or(0, |p| p.prover.stake.u128()))
    }

    pub fn prover_pool_state(&self) -> Result<PoolResponse> {
        Ok(self.query(&self.contracts.prover_pool, &prover_pool::QueryMsg::Pool {})?)
    }

    pub fn wrapped_balance(&self, holder: &Addr) -> Result<u128> {
        let msg = wrapped_lst::QueryMsg::Balance {
            address: holder.to_string(),
        };
        let res: BalanceResponse = self.query(&self.contracts.wrapped_lst, &msg)?;
        Ok(res.balance.u128())
    }
}
