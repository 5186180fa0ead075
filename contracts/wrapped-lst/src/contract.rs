//! Entry points. wstTOKEN is a plain cw20 built on cw20-base: every standard cw20 message
//! and query goes to cw20-base's own handler. The wrapper adds wrapping (the heavy LST's
//! `Receive` hook), `Unwrap`, the vault queries, `Config` and ownership.

use cosmwasm_std::{MessageInfo, Response, Uint128};
use cw20::MarketingInfoResponse;
use cw20_base::allowances::{
    execute_burn_from, execute_decrease_allowance, execute_increase_allowance, execute_send_from,
    execute_transfer_from, query_allowance,
};
use cw20_base::contract::{
    execute_burn, execute_send, execute_transfer, execute_update_marketing, execute_upload_logo,
    query_balance, query_download_logo, query_marketing_info, query_token_info,
};
use cw20_base::enumerable::{query_all_accounts, query_owner_allowances, query_spender_allowances};
use cw20_base::state::{TokenInfo, MARKETING_INFO, TOKEN_INFO};
use cw_utils::nonpayable;
use faro_types::wrapped_lst::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::state::CONFIG;
use crate::{config, execute, query};

faro_types::entry_points! {
    error: ContractError,
    // Starts with no wstTOKEN and no cw20 minter: only wrapping mints. The owner starts as
    // the cw20 marketing address, the one account cw20-base lets update the marketing info
    // and logo (it can hand that role to another address with `UpdateMarketing`).
    instantiate: |deps, _env, msg: InstantiateMsg| {
        let config = config::from_instantiate(deps.api, msg)?;
        let owner_addr = deps.api.addr_validate(&msg.owner)?;
        CONFIG.save(deps.storage, &config)?;
        let token = TokenInfo {
            name: config.token.name,
            symbol: config.token.symbol,
            decimals: config.token.decimals,
            total_supply: Uint128::zero(),
            mint: None,
        };
        TOKEN_INFO.save(deps.storage, &token)?;
        let marketing = MarketingInfoResponse {
            marketing: Some(owner_addr),
            ..MarketingInfoResponse::default()
        };
        MARKETING_INFO.save(deps.storage, &marketing)?;
        Ok(Response::new())
    },
    execute_guard: refuse_funds_and_zero_moves,
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Receive(hook) => execute::receive(deps, env, info, hook),
        ExecuteMsg::Unwrap { amount, recipient } => execute::unwrap(deps, info, amount, recipient),
        ExecuteMsg::Transfer { recipient, amount } => {
            Ok(execute_transfer(deps, env, info, recipient, amount)?)
        },
        ExecuteMsg::Send {
            contract,
            amount,
            msg,
        } => Ok(execute_send(deps, env, info, contract, amount, msg)?),
        ExecuteMsg::Burn { amount } => Ok(execute_burn(deps, env, info, amount)?),
        ExecuteMsg::IncreaseAllowance {
            spender,
            amount,
            expires,
        } => Ok(execute_increase_allowance(
            deps, env, info, spender, amount, expires,
        )?),
        ExecuteMsg::DecreaseAllowance {
            spender,
            amount,
            expires,
        } => Ok(execute_decrease_allowance(
            deps, env, info, spender, amount, expires,
        )?),
        ExecuteMsg::TransferFrom {
            owner,
            recipient,
            amount,
        } => Ok(execute_transfer_from(
            deps, env, info, owner, recipient, amount,
        )?),
        ExecuteMsg::SendFrom {
            owner,
            contract,
            amount,
            msg,
        } => Ok(execute_send_from(
            deps, env, info, owner, contract, amount, msg,
        )?),
        ExecuteMsg::BurnFrom { owner, amount } => {
            Ok(execute_burn_from(deps, env, info, owner, amount)?)
        },
        ExecuteMsg::UpdateMarketing {
            project,
            description,
            marketing,
        } => Ok(execute_update_marketing(
            deps,
            env,
            info,
            project,
            description,
            marketing,
        )?),
        ExecuteMsg::UploadLogo(logo) => Ok(execute_upload_logo(deps, env, info, logo)?),
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::ExchangeRate {} => query::exchange_rate(deps),
        QueryMsg::PreviewDeposit { amount } => query::preview_deposit(deps, amount),
        QueryMsg::PreviewRedeem { amount } => query::preview_redeem(deps, amount),
        QueryMsg::ConvertToShares { amount } => query::convert_to_shares(deps, amount),
        QueryMsg::ConvertToAssets { amount } => query::convert_to_assets(deps, amount),
        QueryMsg::TotalAssets {} => query::total_assets(deps),
        QueryMsg::TotalVaultTokenSupply {} => query::total_vault_token_supply(deps),
        QueryMsg::Balance { address } => query_balance(deps, address),
        QueryMsg::TokenInfo {} => query_token_info(deps),
        QueryMsg::Allowance { owner, spender } => query_allowance(deps, owner, spender),
        QueryMsg::AllAllowances {
            owner,
            start_after,
            limit,
        } => query_owner_allowances(deps, owner, start_after, limit),
        QueryMsg::AllSpenderAllowances {
            spender,
            start_after,
            limit,
        } => query_spender_allowances(deps, spender, start_after, limit),
        QueryMsg::AllAccounts { start_after, limit } => {
            query_all_accounts(deps, start_after, limit)
        },
        QueryMsg::MarketingInfo {} => query_marketing_info(deps),
        QueryMsg::DownloadLogo {} => query_download_logo(deps),
    },
}

/// No message takes funds, and no token movement may be of zero (cw20-base 2.0 accepts
/// zero amounts; Faro refuses them like every other malformed input).
fn refuse_funds_and_zero_moves(info: &MessageInfo, msg: &ExecuteMsg) -> Result<(), ContractError> {
    nonpayable(info)?;
    match msg {
        ExecuteMsg::Transfer { amount, .. }
        | ExecuteMsg::Send { amount, .. }
        | ExecuteMsg::Burn { amount }
        | ExecuteMsg::TransferFrom { amount, .. }
        | ExecuteMsg::SendFrom { amount, .. }
        | ExecuteMsg::BurnFrom { amount, .. }
            if amount.is_zero() =>
        {
            Err(ContractError::ZeroAmount)
        }
        _ => Ok(()),
    }
}
