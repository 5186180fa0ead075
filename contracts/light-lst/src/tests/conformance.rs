//! The shared cw20 conformance suite, run against the light LST's entry points. A balance
//! is given by depositing coins, before any reward.

use super::{deposit, setup};

faro_cw20::faro_token_conformance!(
    Light,
    messages: faro_types::light_lst,
    contract: crate::contract,
    error: crate::error::ContractError,
    setup: setup,
    fund: deposit,
    insufficient: InsufficientBalance,
);
