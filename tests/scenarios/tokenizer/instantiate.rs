use faro_testing::chain::DENOM;
use faro_types::lsm_tokenizer::{Config, QueryMsg};

use super::{Chain, MODULE};

#[test]
fn the_hub_is_the_withdraw_address_and_the_configuration_holds() {
    let chain = Chain::start();
    let wrap = chain.suite.app.wrap();
    assert_eq!(
        wrap.query_delegator_withdraw_address(&chain.tokenizer)
            .unwrap(),
        chain.hub
    );
    let config: Config = chain
        .suite
        .query(&chain.tokenizer, &QueryMsg::Config {})
        .unwrap();
    assert_eq!(
        config,
        Config {
            hub: chain.hub.clone(),
            denom: DENOM.to_string(),
            lsm_module: MODULE,
        }
    );
}
