mod allowance;
mod balance;
mod marketing;

use cosmwasm_std::{Addr, Deps, StdResult};
use cw20::MinterResponse;
use faro_types::heavy_lst::Config;

use crate::state::CONFIG;

pub use allowance::{all_allowances, all_spender_allowances, allowance};
pub use balance::{all_accounts, balance, index, shares, token_info, total_shares};
pub use marketing::{download_logo, marketing_info};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

/// The hub mints, without a cap (for cw20 tooling that asks).
pub fn minter(deps: Deps) -> StdResult<MinterResponse> {
    Ok(MinterResponse {
        minter: CONFIG.load(deps.storage)?.hub.into_string(),
        cap: None,
    })
}

/// The validated address a page starts after, if any.
fn start_after_addr(deps: Deps, start_after: Option<String>) -> StdResult<Option<Addr>> {
    start_after
        .map(|addr| deps.api.addr_validate(&addr))
        .transpose()
}
