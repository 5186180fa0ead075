mod balance;

use cosmwasm_std::{Deps, StdResult};
use cw20::MinterResponse;
use faro_types::heavy_lst::Config;

use crate::state::CONFIG;

pub use balance::{all_accounts, balance, index, shares, token_info, total_shares};

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
