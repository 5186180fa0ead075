use cosmwasm_std::Response;
use faro_types::light_lst::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::ledger::Units;
use crate::state::{Commission, Pool, Totals, COMMISSION, CONFIG, POOL, TOTALS};
use crate::{config, execute, query};

faro_cw20::token_entry_points! {
    ledger: Units,
    error: ContractError,
    // Starts with no units, an index of 0 and the operator's launch commission.
    instantiate: |deps, _env, msg: InstantiateMsg| {
        let config = config::from_instantiate(deps.as_ref(), msg)?;
        CONFIG.save(deps.storage, &config)?;
        POOL.save(deps.storage, &Pool::default())?;
        TOTALS.save(deps.storage, &Totals::default())?;
        let commission = Commission {
            rate: msg.commission,
            pending: None,
            proposed_at: None,
        };
        COMMISSION.save(deps.storage, &commission)?;
        Ok(Response::new())
    },
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Deposit { recipient } => execute::deposit(deps, info, recipient),
        ExecuteMsg::Withdraw { amount, recipient } => {
            execute::withdraw(deps, info, amount, recipient)
        },
        ExecuteMsg::Reward {} => execute::reward(deps, env, info),
        ExecuteMsg::Penalise { amount } => execute::penalise(deps, info, amount),
        ExecuteMsg::SetCommission { commission } => {
            execute::set_commission(deps, env, info, commission)
        },
        ExecuteMsg::SetRewardAddress { reward_address } => {
            execute::set_reward_address(deps, info, reward_address)
        },
    },
    query: |deps, env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::State {} => query::state(deps, env),
        QueryMsg::Deposits {} => query::deposits(deps),
        QueryMsg::Holding { address } => query::holding(deps, address),
        QueryMsg::Balance { address } => query::balance(deps, address),
        QueryMsg::TokenInfo {} => query::token_info(deps),
        QueryMsg::AllAccounts { start_after, limit } => {
            query::all_accounts(deps, start_after, limit)
        },
    },
}
