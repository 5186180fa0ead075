//! Bank balances and sends.

use cosmrs::proto::cosmos::bank::v1beta1::{
    MsgSend, QueryAllBalancesRequest, QueryAllBalancesResponse, QueryBalanceRequest,
    QueryBalanceResponse,
};
use cosmrs::proto::cosmos::base::query::v1beta1::PageRequest;
use cosmrs::proto::cosmos::base::v1beta1::Coin as ProtoCoin;
use cosmrs::proto::prost::Message;
use cosmrs::Any;

use crate::error::{ClientError, Result};
use crate::node::Node;
use crate::wasm::to_any;

const BALANCE_QUERY: &str = "/cosmos.bank.v1beta1.Query/Balance";
const ALL_BALANCES_QUERY: &str = "/cosmos.bank.v1beta1.Query/AllBalances";
/// More denoms than an account of Faro's ever holds; one page is enough.
const ALL_BALANCES_LIMIT: u64 = 1_000;

/// A `MsgSend` of `amount` `denom` from `from` to `to`, for `Client::submit`.
pub fn send(from: &str, to: &str, amount: u128, denom: &str) -> Any {
    to_any(&MsgSend {
        from_address: from.to_string(),
        to_address: to.to_string(),
        amount: vec![ProtoCoin {
            denom: denom.to_string(),
            amount: amount.to_string(),
        }],
    })
}

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

/// Every coin `address` holds, as `(denom, amount)`, in denom order.
pub async fn query_all_balances(node: &Node, address: &str) -> Result<Vec<(String, u128)>> {
    let request = QueryAllBalancesRequest {
        address: address.to_string(),
        pagination: Some(PageRequest {
            limit: ALL_BALANCES_LIMIT,
            ..PageRequest::default()
        }),
        resolve_denom: false,
    };
    let bytes = node
        .abci_query(ALL_BALANCES_QUERY, request.encode_to_vec())
        .await?;
    let response = QueryAllBalancesResponse::decode(bytes.as_slice())
        .map_err(|e| ClientError::decode(ALL_BALANCES_QUERY, e))?;
    response
        .balances
        .into_iter()
        .map(|coin| {
            let amount = coin.amount.parse().map_err(|e| {
                ClientError::decode(ALL_BALANCES_QUERY, format!("amount {:?}: {e}", coin.amount))
            })?;
            Ok((coin.denom, amount))
        })
        .collect()
}
