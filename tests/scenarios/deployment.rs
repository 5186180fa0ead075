use cosmwasm_std::Addr;
use faro_testing::Suite;
use faro_types::{hub, light_lst, oracle, prover_pool, wrapped_lst};

#[test]
fn every_contract_names_the_others_at_their_real_addresses() {
    let suite = Suite::builder().operators(2).build().unwrap();
    let c = &suite.contracts;

    let hub: hub::Config = suite.query(&c.hub, &hub::QueryMsg::Config {}).unwrap();
    assert_eq!(
        [&hub.heavy_lst, &hub.tokenizer, &hub.registry, &hub.treasury],
        [&c.heavy_lst, &c.lsm_tokenizer, &c.operator_registry, &c.dao]
    );
    // Set by governance once the oracle exists.
    assert_eq!(hub.oracle.as_ref(), Some(&c.oracle));
    let wrapped: wrapped_lst::Config = suite
        .query(&c.wrapped_lst, &wrapped_lst::QueryMsg::Config {})
        .unwrap();
    assert_eq!(wrapped.heavy_lst, c.heavy_lst);
    let pool: prover_pool::Config = suite
        .query(&c.prover_pool, &prover_pool::QueryMsg::Config {})
        .unwrap();
    assert_eq!(
        (&pool.stake_token, &pool.treasury),
        (&c.wrapped_lst, &c.dao)
    );
    let oracle: oracle::Config = suite
        .query(&c.oracle, &oracle::QueryMsg::Config {})
        .unwrap();
    assert_eq!(oracle.hub, c.hub);
    assert_eq!(oracle.gateway.as_ref(), Some(&c.oracle_gateway));
}

#[test]
fn each_operator_has_its_own_light_lst() {
    let suite = Suite::builder().operators(3).build().unwrap();
    let lights = &suite.contracts.light_lsts;
    assert_eq!(lights.len(), 3);
    for (operator, light) in suite.operators.iter().zip(lights) {
        let config: light_lst::Config =
            suite.query(light, &light_lst::QueryMsg::Config {}).unwrap();
        assert_eq!(&config.operator, operator);
        assert_eq!(config.registry, suite.contracts.operator_registry);
    }
    let distinct: std::collections::BTreeSet<&Addr> = lights.iter().collect();
    assert_eq!(distinct.len(), 3);
}
