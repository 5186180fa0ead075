use cosmwasm_std::{Deps, StdResult};
use faro_types::wrapped_lst::Config;

use crate::state::CONFIG;

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}
