use cosmwasm_std::{Decimal256, Response, Uint128};
use faro_types::config_update;
use faro_types::prover_pool::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::state::{Pool, CONFIG, POOL};
use crate::{config, execute, query};

faro_types::entry_points! {
    error: ContractError,
    instantiate: |deps, _env, msg: InstantiateMsg| {
        let config = config::from_instantiate(deps.api, msg)?;
        CONFIG.save(deps.storage, &config)?;
        let pool = Pool {
            fee_per_gas: Decimal256::from(config.initial_fee_per_gas),
            average_proof_delay: config.initial_proof_delay,
            total_stake: Uint128::zero(),
            open_blocks: 0,
            escrowed: Uint128::zero(),
            deposits: Uint128::zero(),
            reserve: Uint128::zero(),
            owed: Uint128::zero(),
            next_record: 0,
            next_debt: 0,
        };
        POOL.save(deps.storage, &pool)?;
        Ok(Response::new())
    },
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Receive(msg) => execute::receive(deps, env, info, msg),
        ExecuteMsg::UpdateParams {
            reward_per_gas,
            capacity,
        } => execute::update_params(deps, env, info, reward_per_gas, capacity),
        ExecuteMsg::Unstake {} => execute::unstake(deps, env, info),
        ExecuteMsg::Withdraw {} => execute::withdraw(deps, env, info),
        ExecuteMsg::ProposeBlock {
            block_id,
            parent_hash,
            gas_used,
        } => execute::propose_block(deps, env, info, block_id, parent_hash, gas_used),
        ExecuteMsg::ProveBlock {
            block_id,
            prover,
            proven_at,
        } => execute::prove_block(deps, env, info, block_id, prover, proven_at),
        ExecuteMsg::DepositFees {} => execute::deposit_fees(deps, info),
        ExecuteMsg::WithdrawFees { amount } => execute::withdraw_fees(deps, info, amount),
        ExecuteMsg::FundReserve {} => execute::fund_reserve(deps, info),
        ExecuteMsg::UpdateConfig(update) => {
            config_update::update_config(deps, &info, &CONFIG, |deps, config| {
                config::apply_update(deps.api, config, update)
            })
        },
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::Pool {} => query::pool(deps),
        QueryMsg::ActiveSet { start_after, limit } => query::active_set(deps, start_after, limit),
        QueryMsg::Prover { address } => query::prover(deps, address),
        QueryMsg::Provers { start_after, limit } => query::provers(deps, start_after, limit),
        QueryMsg::Block { block_id } => query::block(deps, block_id),
        QueryMsg::Blocks { start_after, limit } => query::blocks(deps, start_after, limit),
        QueryMsg::FeeDeposit { address } => query::fee_deposit(deps, address),
        QueryMsg::Debts { start_after, limit } => query::debts(deps, start_after, limit),
    },
}
