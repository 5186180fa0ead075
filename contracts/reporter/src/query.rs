use cosmwasm_std::{Deps, StdResult};
use faro_types::reporter::{Rate, ReporterChannel};

use crate::state::{CHANNEL, RATE};

pub fn channel(deps: Deps) -> StdResult<Option<ReporterChannel>> {
    CHANNEL.may_load(deps.storage)
}

pub fn rate(deps: Deps) -> StdResult<Option<Rate>> {
    RATE.may_load(deps.storage)
}
