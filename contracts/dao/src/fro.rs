//! The governance token as the DAO calls it: only the cw20 messages it sends, so that
//! the contract does not carry the serde of the whole cw20 interface.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    from_json, to_json_binary, Addr, Binary, CosmosMsg, QuerierWrapper, StdResult, Uint128, WasmMsg,
};
use cw20::BalanceResponse;
use serde::de::IgnoredAny;
use serde::Deserialize;

/// Serialised as the cw20 `ExecuteMsg` variant of the same name.
#[cw_serde]
enum CallMsg {
    Transfer { recipient: String, amount: Uint128 },
}

/// Serialised as the cw20 `QueryMsg` variant of the same name.
#[cw_serde]
enum CallQueryMsg {
    Balance { address: String },
}

/// The one cw20 message a proposal may not send: read from its top-level key alone.
#[derive(Deserialize)]
struct Allowance {
    increase_allowance: Option<IgnoredAny>,
}

pub fn transfer_msg(token: &Addr, recipient: &Addr, amount: Uint128) -> StdResult<CosmosMsg> {
    let msg = CallMsg::Transfer {
        recipient: recipient.to_string(),
        amount,
    };
    Ok(WasmMsg::Execute {
        contract_addr: token.to_string(),
        msg: to_json_binary(&msg)?,
        funds: vec![],
    }
    .into())
}

pub fn balance(querier: &QuerierWrapper, token: &Addr, address: &Addr) -> StdResult<Uint128> {
    let msg = CallQueryMsg::Balance {
        address: address.to_string(),
    };
    let res: BalanceResponse = querier.query_wasm_smart(token, &msg)?;
    Ok(res.balance)
}

/// Whether a message to the token grants an allowance; `None` if it is no JSON object,
/// which no cw20 contract reads either.
pub fn grants_allowance(msg: &Binary) -> Option<bool> {
    let call: Allowance = from_json(msg).ok()?;
    Some(call.increase_allowance.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use cw20::{Cw20ExecuteMsg, Cw20QueryMsg};

    #[test]
    fn calls_serialise_as_cw20() {
        let ours = CallMsg::Transfer {
            recipient: "alice".to_string(),
            amount: Uint128::new(5),
        };
        let cw20 = Cw20ExecuteMsg::Transfer {
            recipient: "alice".to_string(),
            amount: Uint128::new(5),
        };
        assert_eq!(
            to_json_binary(&ours).unwrap(),
            to_json_binary(&cw20).unwrap()
        );
        let ours = CallQueryMsg::Balance {
            address: "alice".to_string(),
        };
        let cw20 = Cw20QueryMsg::Balance {
            address: "alice".to_string(),
        };
        assert_eq!(
            to_json_binary(&ours).unwrap(),
            to_json_binary(&cw20).unwrap()
        );
    }

    #[test]
    fn spots_an_allowance_among_cw20_messages() {
        let allowance = Cw20ExecuteMsg::IncreaseAllowance {
            spender: "thief".to_string(),
            amount: Uint128::new(5),
            expires: None,
        };
        let burn = Cw20ExecuteMsg::Burn {
            amount: Uint128::new(5),
        };
        let msg = |m: &Cw20ExecuteMsg| to_json_binary(m).unwrap();
        assert_eq!(grants_allowance(&msg(&allowance)), Some(true));
        assert_eq!(grants_allowance(&msg(&burn)), Some(false));
        assert_eq!(grants_allowance(&Binary::from(b"\"drain\"")), None);
        let both = br#"{"burn":{"amount":"1"},"increase_allowance":{}}"#;
        assert_eq!(grants_allowance(&Binary::from(both)), Some(true));
    }
}
