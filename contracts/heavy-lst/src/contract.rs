use cosmwasm_std::{Decimal256, Response, Uint128};
use faro_types::heavy_lst::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::ledger::Shares;
use crate::state::{CONFIG, INDEX, TOTAL_SHARES};
use crate::{config, execute, query};

faro_cw20::token_entry_points! {
    ledger: Shares,
    error: ContractError,
    // Starts with no shares and an index of 1.
    instantiate: |deps, _env, msg: InstantiateMsg| {
        let config = config::from_instantiate(deps.api, msg)?;
        CONFIG.save(deps.storage, &config)?;
        INDEX.save(deps.storage, &Decimal256::one())?;
        TOTAL_SHARES.save(deps.storage, &Uint128::zero())?;
        Ok(Response::new())
    },
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::TransferShares { recipient, shares } => {
            execute::transfer_shares(deps, info, recipient, shares)
        },
        ExecuteMsg::Mint { recipient, amount } => execute::mint(deps, info, recipient, amount),
        ExecuteMsg::MintShares { recipient, shares } => {
            execute::mint_shares(deps, info, recipient, shares)
        },
        ExecuteMsg::BurnShares { shares } => execute::burn_shares(deps, info, shares),
        ExecuteMsg::SetIndex { index } => execute::set_index(deps, info, index),
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::Balance { address } => query::balance(deps, address),
        QueryMsg::TokenInfo {} => query::token_info(deps),
        QueryMsg::AllAccounts { start_after, limit } => {
            query::all_accounts(deps, start_after, limit)
        },
        QueryMsg::Minter {} => query::minter(deps),
        QueryMsg::Shares { address } => query::shares(deps, address),
        QueryMsg::TotalShares {} => query::total_shares(deps),
        QueryMsg::Index {} => query::index(deps),
    },
}
