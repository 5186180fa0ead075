//! The narrow call messages must stay byte-identical to the heavy LST's own messages.

#[macro_use]
mod mirror;

use cosmwasm_std::{Decimal256, Uint128};
use faro_types::heavy_lst::{CallMsg, CallQueryMsg, ExecuteMsg, QueryMsg};

#[test]
fn call_messages_serialise_as_the_execute_messages() {
    let (recipient, shares, amount) =
        ("cosmwasm1xyz".to_string(), Uint128::new(7), Uint128::new(9));
    let index = Decimal256::percent(137);
    assert_mirrors!(CallMsg, ExecuteMsg, Mint { recipient, amount });
    assert_mirrors!(CallMsg, ExecuteMsg, MintShares { recipient, shares });
    assert_mirrors!(CallMsg, ExecuteMsg, BurnShares { shares });
    assert_mirrors!(CallMsg, ExecuteMsg, Burn { amount });
    assert_mirrors!(CallMsg, ExecuteMsg, SetIndex { index });
    assert_mirrors!(CallMsg, ExecuteMsg, TransferShares { recipient, shares });
}

#[test]
fn call_queries_serialise_as_the_queries() {
    let address = "cosmwasm1xyz".to_string();
    assert_mirrors!(CallQueryMsg, QueryMsg, Balance { address });
    assert_mirrors!(CallQueryMsg, QueryMsg, Shares { address });
    assert_mirrors!(CallQueryMsg, QueryMsg, TotalShares {});
    assert_mirrors!(CallQueryMsg, QueryMsg, Index {});
}
