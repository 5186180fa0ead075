use cosmwasm_std::{Api, Decimal};
use faro_types::bounds;
use faro_types::dao::{Config, InstantiateMsg};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    bounds::non_zero("unstaking_period", msg.unstaking_period)?;
    bounds::non_zero("voting_period", msg.voting_period)?;
    // Strictly above one half, so that a proposal and its opposite cannot both pass.
    bounds::at_least(
        "threshold",
        msg.threshold,
        Decimal::percent(50) + Decimal::raw(1),
    )?;
    bounds::share("threshold", msg.threshold)?;
    bounds::non_zero("quorum", msg.quorum)?;
    bounds::share("quorum", msg.quorum)?;
    Ok(Config {
        gov_token: api.addr_validate(&msg.gov_token)?,
        unstaking_period: msg.unstaking_period,
        voting_period: msg.voting_period,
        threshold: msg.threshold,
        quorum: msg.quorum,
    })
}
