//! Bank balances.

use cosmrs::proto::cosmos::bank::v1beta1::{QueryBalanceRequest, QueryBalanceResponse};
use cosmrs::proto::prost::Message;

use crate::error::{ClientError, Result};
use crate::node::Node;

const BALANCE_QUERY: &str = "/cosmos.bank.v1beta1.Query/Balance";

pub async fn query_balance(node: &Node, address: &str, denom: &str) -> Result<u128> {
    let request = QueryBalanceRequest {
        address: address.to_string(),
        denom: denom.to_string(),
    };
    let bytes = node
        .abci_query(BALANCE_QUERY, request.encode_to_vec())
        .await?;
    let response = QueryBalanceResponse::decode(bytes.as_slice())
        .map_err(|e| ClientError::decode(BALANCE_QUERY, e))?;
    let amount = response.balance.map(|coin| coin.amount).unwrap_or_default();
    amount
        .parse()
        .map_err(|e| ClientError::decode(BALANCE_QUERY, format!("amount {amount:?}: {e}")))
}
