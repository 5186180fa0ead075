use cosmwasm_std::{Deps, StdResult};
use faro_types::light_lst::Config;

use crate::state::CONFIG;

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}
