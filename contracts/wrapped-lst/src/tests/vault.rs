use cosmwasm_std::{Decimal256, Uint128};
use faro_types::wrapped_lst::QueryMsg;

use super::{attr, dec, Wrapper};

fn uint(value: u128) -> Uint128 {
    Uint128::new(value)
}

#[test]
fn vault_figures_follow_the_heavy_index() {
    let mut wrapper = Wrapper::new();
    wrapper.set_index("1.5");
    let rate: Decimal256 = wrapper.ask(QueryMsg::ExchangeRate {});
    assert_eq!(rate, dec("1.5"));

    let preview: Uint128 = wrapper.ask(QueryMsg::PreviewDeposit { amount: uint(100) });
    assert_eq!(preview, uint(67));
    let res = wrapper.wrap("alice", 100, None).unwrap();
    assert_eq!(attr(&res, "wrapped"), preview.to_string(), "preview = mint");

    let convert: Uint128 = wrapper.ask(QueryMsg::ConvertToShares { amount: uint(100) });
    assert_eq!(convert, uint(66));
    let redeem: Uint128 = wrapper.ask(QueryMsg::PreviewRedeem { amount: uint(67) });
    assert_eq!(redeem, uint(100));
    let assets: Uint128 = wrapper.ask(QueryMsg::ConvertToAssets { amount: uint(67) });
    assert_eq!(assets, uint(100));
    let total: Uint128 = wrapper.ask(QueryMsg::TotalAssets {});
    assert_eq!(total, uint(100));
    let supply: Uint128 = wrapper.ask(QueryMsg::TotalVaultTokenSupply {});
    assert_eq!(supply, uint(67));
}

#[test]
fn a_rebase_raises_assets_not_supply_and_a_donation_moves_nothing() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 1_000, None).unwrap();
    wrapper.set_index("1.1");
    let total: Uint128 = wrapper.ask(QueryMsg::TotalAssets {});
    assert_eq!(total, uint(1_100));
    let supply: Uint128 = wrapper.ask(QueryMsg::TotalVaultTokenSupply {});
    assert_eq!(supply, uint(1_000));

    wrapper.donate(500);
    let after: Uint128 = wrapper.ask(QueryMsg::TotalAssets {});
    assert_eq!(after, total, "the surplus is not counted");
    let rate: Decimal256 = wrapper.ask(QueryMsg::ExchangeRate {});
    assert_eq!(rate, dec("1.1"));
    assert_eq!(wrapper.balance("alice"), 1_000);
}
