use cosmwasm_std::{Deps, Env, StdResult};
use cw20::{AllAccountsResponse, BalanceResponse, TokenInfoResponse};
use faro_types::light_lst::{DepositsResponse, Holding, LightState};

use crate::state::{ACCOUNTS, COMMISSION, CONFIG, POOL, TOTALS};
use crate::{commission, ledger, math};

/// The books as they stand now: a proposed commission whose time has come shows as
/// applied, though storage catches up only at the next reward.
pub fn state(deps: Deps, env: Env) -> StdResult<LightState> {
    let pool = POOL.load(deps.storage)?;
    let totals = TOTALS.load(deps.storage)?;
    let commission = commission::at(COMMISSION.load(deps.storage)?, env.block.time);
    Ok(LightState {
        total_units: pool.total_units,
        reward_index: pool.reward_index,
        unsettled_rewards: math::floor(pool.unsettled)?,
        undistributed: pool.undistributed,
        commission: commission.rate,
        pending_commission: commission.pending,
        commission_changed_at: commission.proposed_at,
        rewards_received: totals.rewards_received,
        commission_paid: totals.commission_paid,
        penalties_reported: totals.penalties_reported,
    })
}

pub fn deposits(deps: Deps) -> StdResult<DepositsResponse> {
    let total_units = POOL.load(deps.storage)?.total_units;
    Ok(DepositsResponse { total_units })
}

pub fn holding(deps: Deps, address: String) -> StdResult<Holding> {
    let holder = deps.api.addr_validate(&address)?;
    let account = ledger::account(deps.storage, &holder)?;
    ledger::holding(&POOL.load(deps.storage)?, &account)
}

/// Units plus pending rewards: what the account can move or withdraw now.
pub fn balance(deps: Deps, address: String) -> StdResult<BalanceResponse> {
    let Holding { units, pending } = holding(deps, address)?;
    Ok(BalanceResponse {
        balance: units.checked_add(pending)?,
    })
}

/// `total_supply` is the units plus the floor of the unsettled rewards: at least the sum
/// of all balances, and covered by the coins held.
pub fn token_info(deps: Deps) -> StdResult<TokenInfoResponse> {
    let token = CONFIG.load(deps.storage)?.token;
    let pool = POOL.load(deps.storage)?;
    Ok(TokenInfoResponse {
        name: token.name,
        symbol: token.symbol,
        decimals: token.decimals,
        total_supply: pool.total_units.checked_add(math::floor(pool.unsettled)?)?,
    })
}

/// Holders of units in address order, a page at a time.
pub fn all_accounts(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<AllAccountsResponse> {
    faro_cw20::query::all_accounts(deps, ACCOUNTS, start_after, limit)
}
