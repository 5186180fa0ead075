//! Entry points. wstTOKEN is a plain cw20 built on cw20-base: every standard cw20 message
//! and query goes to cw20-base's own handler. The wrapper adds wrapping (the heavy LST's
//! `Receive` hook), `Unwrap`, the vault queries, `Config` and ownership.

use cosmwasm_std::{
    to_json_binary, Binary, Deps, DepsMut, Env, MessageInfo, Response, StdResult, Uint128,
};
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
use faro_types::ownership;
use faro_types::wrapped_lst::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::state::CONFIG;
use crate::{config, execute, query};

faro_types::lifecycle_entry_points!(ContractError);

/// Starts with no wstTOKEN and no cw20 minter: only wrapping mints. The owner starts as
/// the cw20 marketing address, the one account cw20-base lets update the marketing info
/// and logo (it can hand that role to another address with `UpdateMarketing`).
#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn instantiate(
    deps: DepsMut,
    _env: Env,
    info: MessageInfo,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = config::from_instantiate(deps.api, &msg)?;
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
    instantiated(deps, &msg.owner)
}

/// No message takes funds, and no token movement may be of zero (cw20-base 2.0 accepts
/// zero amounts; Faro refuses them like every other malformed input).
#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn execute(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    if moved_amount(&msg).is_some_and(|amount| amount.is_zero()) {
        return Err(ContractError::ZeroAmount);
    }
    match msg {
        ExecuteMsg::Receive(hook) => execute::receive(deps, env, info, hook),
        ExecuteMsg::Unwrap { amount, recipient } => execute::unwrap(deps, info, amount, recipient),
        ExecuteMsg::UpdateOwnership(action) => {
            ownership::update_ownership(deps, &env.block, &info, action)
        }
        ExecuteMsg::Transfer { recipient, amount } => {
            Ok(execute_transfer(deps, env, info, recipient, amount)?)
        }
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
        }
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
    }
}

fn moved_amount(msg: &ExecuteMsg) -> Option<Uint128> {
    match msg {
        ExecuteMsg::Transfer { amount, .. }
        | ExecuteMsg::Send { amount, .. }
        | ExecuteMsg::Burn { amount }
        | ExecuteMsg::TransferFrom { amount, .. }
        | ExecuteMsg::SendFrom { amount, .. }
        | ExecuteMsg::BurnFrom { amount, .. } => Some(*amount),
        _ => None,
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn query(deps: Deps, _env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Config {} => to_json_binary(&query::config(deps)?),
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
        QueryMsg::ExchangeRate {} => to_json_binary(&query::exchange_rate(deps)?),
        QueryMsg::PreviewDeposit { amount } => {
            to_json_binary(&query::preview_deposit(deps, amount)?)
        }
        QueryMsg::PreviewRedeem { amount } => to_json_binary(&query::preview_redeem(deps, amount)?),
        QueryMsg::ConvertToShares { amount } => {
            to_json_binary(&query::convert_to_shares(deps, amount)?)
        }
        QueryMsg::ConvertToAssets { amount } => {
            to_json_binary(&query::convert_to_assets(deps, amount)?)
        }
        QueryMsg::TotalAssets {} => to_json_binary(&query::total_assets(deps)?),
        QueryMsg::TotalVaultTokenSupply {} => {
            to_json_binary(&query::total_vault_token_supply(deps)?)
        }
        QueryMsg::Balance { address } => to_json_binary(&query_balance(deps, address)?),
        QueryMsg::TokenInfo {} => to_json_binary(&query_token_info(deps)?),
        QueryMsg::Allowance { owner, spender } => {
            to_json_binary(&query_allowance(deps, owner, spender)?)
        }
        QueryMsg::AllAllowances {
            owner,
            start_after,
            limit,
        } => to_json_binary(&query_owner_allowances(deps, owner, start_after, limit)?),
        QueryMsg::AllSpenderAllowances {
            spender,
            start_after,
            limit,
        } => to_json_binary(&query_spender_allowances(
            deps,
            spender,
            start_after,
            limit,
        )?),
        QueryMsg::AllAccounts { start_after, limit } => {
            to_json_binary(&query_all_accounts(deps, start_after, limit)?)
        }
        QueryMsg::MarketingInfo {} => to_json_binary(&query_marketing_info(deps)?),
        QueryMsg::DownloadLogo {} => to_json_binary(&query_download_logo(deps)?),
    }
}
