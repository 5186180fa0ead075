//! Turns the instantiate message and the DAO's own updates into a validated `Config`.

use cosmwasm_std::{Api, Decimal};
use cw_utils::Threshold;
use faro_types::bounds;
use faro_types::dao::{
    Config, ConfigUpdate, InstantiateMsg, MAX_UNSTAKING_PERIOD, MAX_VOTING_PERIOD,
};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    let config = Config {
        gov_token: api.addr_validate(&msg.gov_token)?,
        unstaking_period: msg.unstaking_period,
        voting_period: msg.voting_period,
        threshold: msg.threshold,
        quorum: msg.quorum,
    };
    validate(&config)?;
    Ok(config)
}

pub fn apply_update(mut config: Config, update: ConfigUpdate) -> Result<Config, ContractError> {
    if let Some(unstaking_period) = update.unstaking_period {
        config.unstaking_period = unstaking_period;
    }
    if let Some(voting_period) = update.voting_period {
        config.voting_period = voting_period;
    }
    if let Some(threshold) = update.threshold {
        config.threshold = threshold;
    }
    if let Some(quorum) = update.quorum {
        config.quorum = quorum;
    }
    validate(&config)?;
    Ok(config)
}

/// The cw-utils rules a proposal made under `config` is judged by.
pub fn threshold(config: &Config) -> Threshold {
    Threshold::ThresholdQuorum {
        threshold: config.threshold,
        quorum: config.quorum,
    }
}

fn validate(config: &Config) -> Result<(), ContractError> {
    bounds::non_zero("unstaking_period", config.unstaking_period)?;
    bounds::at_most(
        "unstaking_period",
        config.unstaking_period,
        MAX_UNSTAKING_PERIOD,
    )?;
    bounds::non_zero("voting_period", config.voting_period)?;
    bounds::at_most("voting_period", config.voting_period, MAX_VOTING_PERIOD)?;
    // Strictly above one half, so that a proposal and its opposite cannot both pass.
    bounds::at_least(
        "threshold",
        config.threshold,
        Decimal::percent(50) + Decimal::raw(1),
    )?;
    bounds::share("threshold", config.threshold)?;
    bounds::non_zero("quorum", config.quorum)?;
    bounds::share("quorum", config.quorum)?;
    Ok(())
}
