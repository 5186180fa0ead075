use cosmwasm_std::{
    to_json_binary, Binary, Decimal256, Deps, DepsMut, Env, MessageInfo, Response, StdResult,
    Uint128,
};
use cw_utils::nonpayable;
use faro_cw20::execute as cw20;
use faro_types::heavy_lst::{ExecuteMsg, InstantiateMsg, QueryMsg};
use faro_types::ownership;

use crate::error::ContractError;
use crate::ledger::Shares;
use crate::state::{CONFIG, INDEX, TOTAL_SHARES};
use crate::{config, execute, query};

faro_types::lifecycle_entry_points!(ContractError);

/// Starts with no shares and an index of 1.
#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn instantiate(
    deps: DepsMut,
    _env: Env,
    info: MessageInfo,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = config::from_instantiate(deps.api, &msg)?;
    CONFIG.save(deps.storage, &config)?;
    INDEX.save(deps.storage, &Decimal256::one())?;
    TOTAL_SHARES.save(deps.storage, &Uint128::zero())?;
    instantiated(deps, &msg.owner)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn execute(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    match msg {
        ExecuteMsg::Transfer { recipient, amount } => {
            cw20::transfer::<Shares>(deps, info, recipient, amount)
        }
        ExecuteMsg::Send {
            contract,
            amount,
            msg,
        } => cw20::send::<Shares>(deps, info, contract, amount, msg),
        ExecuteMsg::TransferShares { recipient, shares } => {
            execute::transfer_shares(deps, info, recipient, shares)
        }
        ExecuteMsg::Burn { amount } => cw20::burn::<Shares>(deps, info, amount),
        ExecuteMsg::IncreaseAllowance {
            spender,
            amount,
            expires,
        } => cw20::increase_allowance(deps, env, info, spender, amount, expires),
        ExecuteMsg::DecreaseAllowance {
            spender,
            amount,
            expires,
        } => cw20::decrease_allowance(deps, env, info, spender, amount, expires),
        ExecuteMsg::TransferFrom {
            owner,
            recipient,
            amount,
        } => cw20::transfer_from::<Shares>(deps, env, info, owner, recipient, amount),
        ExecuteMsg::SendFrom {
            owner,
            contract,
            amount,
            msg,
        } => cw20::send_from::<Shares>(deps, env, info, owner, contract, amount, msg),
        ExecuteMsg::BurnFrom { owner, amount } => {
            cw20::burn_from::<Shares>(deps, env, info, owner, amount)
        }
        ExecuteMsg::Mint { recipient, amount } => execute::mint(deps, info, recipient, amount),
        ExecuteMsg::MintShares { recipient, shares } => {
            execute::mint_shares(deps, info, recipient, shares)
        }
        ExecuteMsg::BurnShares { shares } => execute::burn_shares(deps, info, shares),
        ExecuteMsg::SetIndex { index } => execute::set_index(deps, info, index),
        ExecuteMsg::UpdateMarketing {
            project,
            description,
            marketing,
        } => cw20::update_marketing(deps, info, project, description, marketing),
        ExecuteMsg::UploadLogo(logo) => cw20::upload_logo(deps, info, logo),
        ExecuteMsg::UpdateOwnership(action) => {
            ownership::update_ownership(deps, &env.block, &info, action)
        }
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn query(deps: Deps, _env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Config {} => to_json_binary(&query::config(deps)?),
        QueryMsg::Balance { address } => to_json_binary(&query::balance(deps, address)?),
        QueryMsg::TokenInfo {} => to_json_binary(&query::token_info(deps)?),
        QueryMsg::Allowance { owner, spender } => {
            to_json_binary(&query::allowance(deps, owner, spender)?)
        }
        QueryMsg::AllAllowances {
            owner,
            start_after,
            limit,
        } => to_json_binary(&query::all_allowances(deps, owner, start_after, limit)?),
        QueryMsg::AllSpenderAllowances {
            spender,
            start_after,
            limit,
        } => to_json_binary(&query::all_spender_allowances(
            deps,
            spender,
            start_after,
            limit,
        )?),
        QueryMsg::AllAccounts { start_after, limit } => {
            to_json_binary(&query::all_accounts(deps, start_after, limit)?)
        }
        QueryMsg::Minter {} => to_json_binary(&query::minter(deps)?),
        QueryMsg::MarketingInfo {} => to_json_binary(&query::marketing_info(deps)?),
        QueryMsg::DownloadLogo {} => to_json_binary(&query::download_logo(deps)?),
        QueryMsg::Shares { address } => to_json_binary(&query::shares(deps, address)?),
        QueryMsg::TotalShares {} => to_json_binary(&query::total_shares(deps)?),
        QueryMsg::Index {} => to_json_binary(&query::index(deps)?),
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
}
