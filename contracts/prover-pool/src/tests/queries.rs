use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{from_json, Decimal, Decimal256, Uint128, Uint256};
use faro_types::prover_pool::{
    ActiveSetResponse, BlocksResponse, DebtsResponse, PoolResponse, ProversResponse, QueryMsg,
};

use super::{addr, f0, Suite, PER_CAPACITY};
use crate::contract::query;

fn ask<T: cosmwasm_schema::serde::de::DeserializeOwned>(suite: &Suite, msg: QueryMsg) -> T {
    from_json(query(suite.deps.as_ref(), mock_env(), msg).unwrap()).unwrap()
}

fn staked(count: u32) -> Suite {
    let mut suite = Suite::new();
    for i in 0..count {
        suite
            .stake(
                &format!("prover{i}"),
                PER_CAPACITY * (i as u128 + 1),
                f0(),
                1,
            )
            .unwrap();
    }
    suite
}

#[test]
fn the_active_set_pages_by_address_with_the_whole_sets_weight() {
    let suite = staked(12);
    let mut sorted: Vec<String> = (0..12)
        .map(|i| addr(&format!("prover{i}")).to_string())
        .collect();
    sorted.sort();
    let first: ActiveSetResponse = ask(
        &suite,
        QueryMsg::ActiveSet {
            start_after: None,
            limit: None,
        },
    );
    assert_eq!(first.provers.len(), 10);
    let total: u128 = (1..=12).map(|i| i * PER_CAPACITY).sum();
    assert_eq!(first.total_weight, Uint256::from(total));
    assert_eq!(first.fee_per_gas, Decimal256::from(f0()));
    let rest: ActiveSetResponse = ask(
        &suite,
        QueryMsg::ActiveSet {
            start_after: Some(first.provers[9].address.to_string()),
            limit: Some(50),
        },
    );
    let pages: Vec<String> = first
        .provers
        .iter()
        .chain(&rest.provers)
        .map(|p| p.address.to_string())
        .collect();
    assert_eq!(pages, sorted);
    assert_eq!(rest.total_weight, first.total_weight);
}

#[test]
fn the_active_set_shows_clamped_rewards_and_capacity() {
    let mut suite = Suite::with_prover("alice", 2 * PER_CAPACITY, Decimal::permille(1), 2);
    let set: ActiveSetResponse = ask(
        &suite,
        QueryMsg::ActiveSet {
            start_after: None,
            limit: None,
        },
    );
    let alice = &set.provers[0];
    assert_eq!(
        alice.reward_per_gas,
        Decimal256::from_ratio(75u128, 4000u128)
    );
    assert_eq!((alice.capacity, alice.available), (2, 2));
    suite.propose_funded(1, 10);
    let set: ActiveSetResponse = ask(
        &suite,
        QueryMsg::ActiveSet {
            start_after: None,
            limit: None,
        },
    );
    assert_eq!(set.provers[0].available, 1);
}

#[test]
fn provers_and_blocks_page_and_a_missing_one_is_none() {
    let mut suite = staked(15);
    let page: ProversResponse = ask(
        &suite,
        QueryMsg::Provers {
            start_after: None,
            limit: Some(200),
        },
    );
    assert_eq!(page.provers.len(), 15, "capped by what exists");
    let page: ProversResponse = ask(
        &suite,
        QueryMsg::Provers {
            start_after: Some(page.provers[4].address.to_string()),
            limit: Some(3),
        },
    );
    assert_eq!(page.provers.len(), 3);

    for block_id in 1..=12 {
        suite.propose_funded(block_id * 10, 100);
    }
    let blocks: BlocksResponse = ask(
        &suite,
        QueryMsg::Blocks {
            start_after: Some(30),
            limit: None,
        },
    );
    let ids: Vec<u64> = blocks.blocks.iter().map(|b| b.block_id).collect();
    assert_eq!(ids, (4..=12).map(|i| i * 10).collect::<Vec<_>>());

    let none: Option<faro_types::prover_pool::Block> =
        ask(&suite, QueryMsg::Block { block_id: 11 });
    assert!(none.is_none());
    let nobody: Option<faro_types::prover_pool::ProverResponse> = ask(
        &suite,
        QueryMsg::Prover {
            address: addr("nobody").to_string(),
        },
    );
    assert!(nobody.is_none());
    let deposit: Uint128 = ask(
        &suite,
        QueryMsg::FeeDeposit {
            address: addr("relayer").to_string(),
        },
    );
    assert!(deposit.is_zero());
    let pool: PoolResponse = ask(&suite, QueryMsg::Pool {});
    assert_eq!(pool.active_provers, 15);
    assert!(query(
        suite.deps.as_ref(),
        mock_env(),
        QueryMsg::Prover {
            address: "not an address".to_string()
        }
    )
    .is_err());
}

#[test]
fn debts_page_by_id_oldest_first_with_the_whole_total() {
    let mut suite = Suite::with_twelve_debts();
    let debts = |suite: &Suite, start_after, limit| -> (Vec<u64>, u128) {
        let res: DebtsResponse = ask(suite, QueryMsg::Debts { start_after, limit });
        (
            res.debts.iter().map(|debt| debt.id).collect(),
            res.total.u128(),
        )
    };
    let total = 12 * 1_250;
    assert_eq!(debts(&suite, None, None), ((0..10).collect(), total));
    assert_eq!(debts(&suite, Some(9), None), (vec![10, 11], total));
    assert_eq!(debts(&suite, Some(4), Some(3)), (vec![5, 6, 7], total));
    assert_eq!(debts(&suite, Some(11), Some(3)), (vec![], total));
    let first: DebtsResponse = ask(
        &suite,
        QueryMsg::Debts {
            start_after: Some(2),
            limit: Some(1),
        },
    );
    assert_eq!(first.debts[0].prover, addr("prover3"));
    assert_eq!(first.debts[0].amount.u128(), 1_250);

    // Paid debts leave gaps the pages skip: ten are paid, eleven and twelve remain.
    suite.fund_reserve(10 * 1_250);
    assert_eq!(debts(&suite, None, None), (vec![10, 11], 2 * 1_250));
    assert_eq!(debts(&suite, Some(3), Some(1)), (vec![10], 2 * 1_250));
    suite.assert_books();
}
