//! A cw20 token's balance and supply, asked through the token's own `query` entry point.

use cosmwasm_std::{from_json, Binary, StdResult};
use cw20::{BalanceResponse, Cw20QueryMsg, TokenInfoResponse};
use faro_cw20::conformance::wire;
use serde::de::DeserializeOwned;

/// The balance of `address` and the total supply, as `query` answers them to the cw20
/// messages a client would send.
pub fn balance_and_supply<Q: DeserializeOwned>(
    query: impl Fn(Q) -> StdResult<Binary>,
    address: &str,
) -> (u128, u128) {
    let balance = Cw20QueryMsg::Balance {
        address: address.to_string(),
    };
    let balance: BalanceResponse = from_json(query(wire(&balance)).unwrap()).unwrap();
    let info: TokenInfoResponse =
        from_json(query(wire(&Cw20QueryMsg::TokenInfo {})).unwrap()).unwrap();
    (balance.balance.u128(), info.total_supply.u128())
}
