mod books;

use cosmwasm_std::{Deps, StdResult};
use faro_types::light_lst::Config;

use crate::state::CONFIG;

pub use books::{all_accounts, balance, deposits, holding, state, token_info};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}
