//! CosmWasm messages and smart queries in their protobuf form.

use cosmrs::proto::cosmos::base::v1beta1::Coin as ProtoCoin;
use cosmrs::proto::cosmwasm::wasm::v1::{
    MsgExecuteContract, MsgInstantiateContract2, MsgStoreCode, QuerySmartContractStateRequest,
    QuerySmartContractStateResponse,
};
use cosmrs::proto::prost::{Message, Name};
use cosmrs::Any;
use cosmwasm_std::Coin;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{ClientError, Result};

pub const SMART_QUERY: &str = "/cosmwasm.wasm.v1.Query/SmartContractState";

/// A message in the `Any` envelope a tx body carries.
pub fn to_any<M: Message + Name>(msg: &M) -> Any {
    Any {
        type_url: M::type_url(),
        value: msg.encode_to_vec(),
    }
}

pub fn store_code(sender: &str, wasm: Vec<u8>) -> Any {
    to_any(&MsgStoreCode {
        sender: sender.to_string(),
        wasm_byte_code: wasm,
        instantiate_permission: None,
    })
}

/// What an instantiate2 creates; the address follows from code, creator and salt.
#[derive(Debug, Clone)]
pub struct Instantiate2<'a, M> {
    pub code_id: u64,
    pub salt: &'a [u8],
    pub msg: &'a M,
    pub label: &'a str,
    /// The wasm admin, who may migrate the contract.
    pub admin: Option<&'a str>,
    pub funds: &'a [Coin],
}

pub fn instantiate2<M: Serialize>(sender: &str, spec: &Instantiate2<'_, M>) -> Result<Any> {
    Ok(to_any(&MsgInstantiateContract2 {
        sender: sender.to_string(),
        admin: spec.admin.unwrap_or_default().to_string(),
        code_id: spec.code_id,
        label: spec.label.to_string(),
        msg: serde_json::to_vec(spec.msg)?,
        funds: proto_coins(spec.funds),
        salt: spec.salt.to_vec(),
        fix_msg: false,
    }))
}

pub fn execute<M: Serialize>(sender: &str, contract: &str, msg: &M, funds: &[Coin]) -> Result<Any> {
    Ok(to_any(&MsgExecuteContract {
        sender: sender.to_string(),
        contract: contract.to_string(),
        msg: serde_json::to_vec(msg)?,
        funds: proto_coins(funds),
    }))
}

pub fn smart_query_request<M: Serialize>(contract: &str, msg: &M) -> Result<Vec<u8>> {
    let request = QuerySmartContractStateRequest {
        address: contract.to_string(),
        query_data: serde_json::to_vec(msg)?,
    };
    Ok(request.encode_to_vec())
}

pub fn smart_query_response<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let response = QuerySmartContractStateResponse::decode(bytes)
        .map_err(|e| ClientError::decode(SMART_QUERY, e))?;
    Ok(serde_json::from_slice(&response.data)?)
}

fn proto_coins(funds: &[Coin]) -> Vec<ProtoCoin> {
    funds
        .iter()
        .map(|coin| ProtoCoin {
            denom: coin.denom.clone(),
            amount: coin.amount.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::coins;
    use serde_json::json;

    use super::*;

    #[test]
    fn execute_carries_json_and_funds() {
        let any = execute(
            "cosmos1sender",
            "cosmos1hub",
            &json!({"bond": {}}),
            &coins(5, "uatom"),
        )
        .unwrap();
        assert_eq!(any.type_url, "/cosmwasm.wasm.v1.MsgExecuteContract");
        let msg = MsgExecuteContract::decode(any.value.as_slice()).unwrap();
        assert_eq!(msg.sender, "cosmos1sender");
        assert_eq!(msg.contract, "cosmos1hub");
        assert_eq!(msg.msg, br#"{"bond":{}}"#);
        assert_eq!(
            msg.funds,
            [ProtoCoin {
                denom: "uatom".into(),
                amount: "5".into()
            }]
        );
    }

    #[test]
    fn instantiate2_keeps_salt_admin_and_label() {
        let spec = Instantiate2 {
            code_id: 4,
            salt: b"hub",
            msg: &json!({"owner": "gov"}),
            label: "faro hub",
            admin: Some("cosmos1gov"),
            funds: &[],
        };
        let any = instantiate2("cosmos1deployer", &spec).unwrap();
        assert_eq!(any.type_url, "/cosmwasm.wasm.v1.MsgInstantiateContract2");
        let msg = MsgInstantiateContract2::decode(any.value.as_slice()).unwrap();
        assert_eq!(
            (
                msg.code_id,
                msg.salt.as_slice(),
                msg.admin.as_str(),
                msg.label.as_str()
            ),
            (4, b"hub".as_slice(), "cosmos1gov", "faro hub")
        );
        assert!(!msg.fix_msg);
        assert_eq!(msg.msg, br#"{"owner":"gov"}"#);
    }

    #[test]
    fn store_code_carries_the_wasm() {
        let any = store_code("cosmos1deployer", b"\0asm".to_vec());
        assert_eq!(any.type_url, "/cosmwasm.wasm.v1.MsgStoreCode");
        let msg = MsgStoreCode::decode(any.value.as_slice()).unwrap();
        assert_eq!(msg.wasm_byte_code, b"\0asm");
    }

    #[test]
    fn smart_query_round_trip() {
        let request = smart_query_request("cosmos1hub", &json!({"state": {}})).unwrap();
        let decoded = QuerySmartContractStateRequest::decode(request.as_slice()).unwrap();
        assert_eq!(decoded.query_data, br#"{"state":{}}"#);
        let response = QuerySmartContractStateResponse {
            data: br#"{"epoch":3}"#.to_vec(),
        };
        let value: serde_json::Value = smart_query_response(&response.encode_to_vec()).unwrap();
        assert_eq!(value, json!({"epoch": 3}));
    }
}
