//! The narrow call messages must stay byte-identical to the heavy LST's own messages.

use cosmwasm_std::{to_json_string, Decimal256, Uint128};
use faro_types::heavy_lst::{CallMsg, CallQueryMsg, ExecuteMsg, QueryMsg};

#[test]
fn call_messages_serialise_as_the_execute_messages() {
    let (recipient, shares, amount) =
        ("cosmwasm1xyz".to_string(), Uint128::new(7), Uint128::new(9));
    let index = Decimal256::percent(137);
    let pairs = [
        (
            to_json_string(&CallMsg::Mint {
                recipient: recipient.clone(),
                amount,
            }),
            to_json_string(&ExecuteMsg::Mint {
                recipient: recipient.clone(),
                amount,
            }),
        ),
        (
            to_json_string(&CallMsg::MintShares {
                recipient: recipient.clone(),
                shares,
            }),
            to_json_string(&ExecuteMsg::MintShares {
                recipient: recipient.clone(),
                shares,
            }),
        ),
        (
            to_json_string(&CallMsg::BurnShares { shares }),
            to_json_string(&ExecuteMsg::BurnShares { shares }),
        ),
        (
            to_json_string(&CallMsg::Burn { amount }),
            to_json_string(&ExecuteMsg::Burn { amount }),
        ),
        (
            to_json_string(&CallMsg::SetIndex { index }),
            to_json_string(&ExecuteMsg::SetIndex { index }),
        ),
        (
            to_json_string(&CallMsg::TransferShares {
                recipient: recipient.clone(),
                shares,
            }),
            to_json_string(&ExecuteMsg::TransferShares { recipient, shares }),
        ),
    ];
    for (call, execute) in pairs {
        assert_eq!(call.unwrap(), execute.unwrap());
    }
}

#[test]
fn call_queries_serialise_as_the_queries() {
    let address = "cosmwasm1xyz".to_string();
    let pairs = [
        (
            to_json_string(&CallQueryMsg::Balance {
                address: address.clone(),
            }),
            to_json_string(&QueryMsg::Balance {
                address: address.clone(),
            }),
        ),
        (
            to_json_string(&CallQueryMsg::Shares {
                address: address.clone(),
            }),
            to_json_string(&QueryMsg::Shares { address }),
        ),
        (
            to_json_string(&CallQueryMsg::TotalShares {}),
            to_json_string(&QueryMsg::TotalShares {}),
        ),
        (
            to_json_string(&CallQueryMsg::Index {}),
            to_json_string(&QueryMsg::Index {}),
        ),
    ];
    for (call, query) in pairs {
        assert_eq!(call.unwrap(), query.unwrap());
    }
}
