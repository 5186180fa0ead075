//! The shared cw20 conformance suite, run against the heavy LST's entry points. A balance
//! is given by the hub minting at the starting index of one.

use super::{mint, setup};

faro_cw20::faro_token_conformance!(
    Heavy,
    messages: faro_types::heavy_lst,
    contract: crate::contract,
    error: crate::error::ContractError,
    setup: setup,
    fund: mint,
    insufficient: InsufficientShares,
);
