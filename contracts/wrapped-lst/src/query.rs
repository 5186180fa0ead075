//! The wrapper's own queries: its configuration and the cw-vault-standard queries. The
//! vault's asset is the heavy LST in balance units, its vault token is wstTOKEN (one
//! heavy share each), and every figure follows from the heavy LST's index with its own
//! rounding rules, so a preview is exactly what the operation does. Standard cw20
//! queries are answered by cw20-base (see `contract.rs`).

use cosmwasm_std::{Decimal256, Deps, StdResult, Uint128};
use faro_types::heavy_lst::{balance_of, shares_to_debit, shares_to_mint, HeavyLstContract};
use faro_types::wrapped_lst::Config;

use crate::ledger::accounted_shares;
use crate::state::CONFIG;

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

/// Heavy LST per wstTOKEN: the heavy LST's index.
pub fn exchange_rate(deps: Deps) -> StdResult<Decimal256> {
    HeavyLstContract(CONFIG.load(deps.storage)?.heavy_lst).index(&deps.querier)
}

/// Wrapping `amount` heavy LST sends `⌈amount ÷ index⌉` shares and mints as many wstTOKEN.
pub fn preview_deposit(deps: Deps, amount: Uint128) -> StdResult<Uint128> {
    shares_to_debit(amount, exchange_rate(deps)?)
}

/// Unwrapping `amount` wstTOKEN returns `amount` shares, worth `⌊amount × index⌋`.
pub fn preview_redeem(deps: Deps, amount: Uint128) -> StdResult<Uint128> {
    balance_of(amount, exchange_rate(deps)?)
}

/// wstTOKEN worth `amount` heavy LST, rounded down.
pub fn convert_to_shares(deps: Deps, amount: Uint128) -> StdResult<Uint128> {
    shares_to_mint(amount, exchange_rate(deps)?)
}

/// Heavy LST worth `amount` wstTOKEN, rounded down.
pub fn convert_to_assets(deps: Deps, amount: Uint128) -> StdResult<Uint128> {
    balance_of(amount, exchange_rate(deps)?)
}

/// What the accounted shares are worth; the surplus is not counted.
pub fn total_assets(deps: Deps) -> StdResult<Uint128> {
    balance_of(accounted_shares(deps.storage)?, exchange_rate(deps)?)
}

/// The wstTOKEN supply.
pub fn total_vault_token_supply(deps: Deps) -> StdResult<Uint128> {
    accounted_shares(deps.storage)
}
