use cosmwasm_std::{to_json_binary, Binary, Deps, DepsMut, Env, MessageInfo, Response, StdResult};
use cw_utils::nonpayable;
use faro_cw20::execute as cw20;
use faro_types::light_lst::{ExecuteMsg, InstantiateMsg, QueryMsg};
use faro_types::ownership;

use crate::error::ContractError;
use crate::ledger::Units;
use crate::state::{Commission, Pool, Totals, COMMISSION, CONFIG, POOL, TOTALS};
use crate::{config, execute, query};

faro_types::lifecycle_entry_points!(ContractError);

/// Starts with no units, an index of 0 and the operator's launch commission.
#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn instantiate(
    deps: DepsMut,
    _env: Env,
    info: MessageInfo,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = config::from_instantiate(deps.as_ref(), &msg)?;
    CONFIG.save(deps.storage, &config)?;
    POOL.save(deps.storage, &Pool::default())?;
    TOTALS.save(deps.storage, &Totals::default())?;
    let commission = Commission {
        rate: msg.commission,
        pending: None,
        proposed_at: None,
    };
    COMMISSION.save(deps.storage, &commission)?;
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
        ExecuteMsg::Deposit { recipient } => execute::deposit(deps, info, recipient),
        ExecuteMsg::Withdraw { amount, recipient } => {
            execute::withdraw(deps, info, amount, recipient)
        }
        ExecuteMsg::Reward {} => execute::reward(deps, env, info),
        ExecuteMsg::Penalise { amount } => execute::penalise(deps, info, amount),
        ExecuteMsg::SetCommission { commission } => {
            execute::set_commission(deps, env, info, commission)
        }
        ExecuteMsg::SetRewardAddress { reward_address } => {
            execute::set_reward_address(deps, info, reward_address)
        }
        ExecuteMsg::Transfer { recipient, amount } => {
            cw20::transfer::<Units>(deps, info, recipient, amount)
        }
        ExecuteMsg::Send {
            contract,
            amount,
            msg,
        } => cw20::send::<Units>(deps, info, contract, amount, msg),
        ExecuteMsg::Burn { amount } => cw20::burn::<Units>(deps, info, amount),
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
        } => cw20::transfer_from::<Units>(deps, env, info, owner, recipient, amount),
        ExecuteMsg::SendFrom {
            owner,
            contract,
            amount,
            msg,
        } => cw20::send_from::<Units>(deps, env, info, owner, contract, amount, msg),
        ExecuteMsg::BurnFrom { owner, amount } => {
            cw20::burn_from::<Units>(deps, env, info, owner, amount)
        }
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
pub fn query(deps: Deps, env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Config {} => to_json_binary(&query::config(deps)?),
        QueryMsg::State {} => to_json_binary(&query::state(deps, env)?),
        QueryMsg::Deposits {} => to_json_binary(&query::deposits(deps)?),
        QueryMsg::Holding { address } => to_json_binary(&query::holding(deps, address)?),
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
        QueryMsg::MarketingInfo {} => to_json_binary(&query::marketing_info(deps)?),
        QueryMsg::DownloadLogo {} => to_json_binary(&query::download_logo(deps)?),
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
}
