use cosmwasm_std::{Deps, StdResult};
use cw20::{AllAccountsResponse, BalanceResponse, TokenInfoResponse};
use faro_types::heavy_lst::{IndexResponse, SharesResponse, TotalSharesResponse};

use crate::ledger;
use crate::math;
use crate::state::{CONFIG, INDEX, SHARES, TOTAL_SHARES};

/// `⌊shares × index⌋`.
pub fn balance(deps: Deps, address: String) -> StdResult<BalanceResponse> {
    let holder = deps.api.addr_validate(&address)?;
    let shares = ledger::shares_of(deps.storage, &holder)?;
    let balance = math::balance_of(shares, INDEX.load(deps.storage)?)?;
    Ok(BalanceResponse { balance })
}

/// `total_supply` is `⌊total_shares × index⌋`, at least the sum of all balances.
pub fn token_info(deps: Deps) -> StdResult<TokenInfoResponse> {
    let token = CONFIG.load(deps.storage)?.token;
    let total_shares = TOTAL_SHARES.load(deps.storage)?;
    let total_supply = math::balance_of(total_shares, INDEX.load(deps.storage)?)?;
    Ok(TokenInfoResponse {
        name: token.name,
        symbol: token.symbol,
        decimals: token.decimals,
        total_supply,
    })
}

pub fn shares(deps: Deps, address: String) -> StdResult<SharesResponse> {
    let holder = deps.api.addr_validate(&address)?;
    Ok(SharesResponse {
        shares: ledger::shares_of(deps.storage, &holder)?,
    })
}

pub fn total_shares(deps: Deps) -> StdResult<TotalSharesResponse> {
    Ok(TotalSharesResponse {
        total_shares: TOTAL_SHARES.load(deps.storage)?,
    })
}

pub fn index(deps: Deps) -> StdResult<IndexResponse> {
    Ok(IndexResponse {
        index: INDEX.load(deps.storage)?,
    })
}

/// Holders of shares in address order, a page at a time.
pub fn all_accounts(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<AllAccountsResponse> {
    faro_cw20::query::all_accounts(deps, SHARES, start_after, limit)
}
