//! MsgTokenizeShares and MsgRedeemTokensForShares through `CosmosMsg::Any`.

use cosmwasm_std::{
    coin, AnyMsg, BankMsg, Binary, Coin, CosmosMsg, Decimal, GrpcQuery, QueryRequest,
};
use cw_multi_test::{BankSudo, Executor};
use faro_types::liquid::{parse_share_denom, share_denom, LsmModule};

use super::super::{LsmChain, LsmError, LsmParams};
use super::{addr, err, valoper, Chain, DENOM, FUNDS, YEAR};

fn with_alice_delegated() -> Chain {
    let mut chain = Chain::new();
    chain.delegate(&addr("alice"), 0, 1_000_000).unwrap();
    chain
}

/// [`with_alice_delegated`], after alice tokenized `amount` into share tokens she holds.
fn with_alice_tokenized(amount: u128) -> (Chain, Coin) {
    let mut chain = with_alice_delegated();
    let alice = addr("alice");
    let shares = chain.tokenize(&alice, 0, amount, &alice).unwrap();
    (chain, shares)
}

#[test]
fn tokenizing_mints_one_share_token_per_share_to_the_delegator() {
    let mut chain = with_alice_delegated();
    let (alice, bob) = (addr("alice"), addr("bob"));
    let tokens_before = chain.tokens(0);
    let shares = chain.tokenize(&alice, 0, 400_000, &bob).unwrap();
    assert_eq!(shares, coin(400_000, share_denom(&valoper(0), 1)));
    assert_eq!(parse_share_denom(&shares.denom).unwrap(), (valoper(0), 1));
    // The delegator holds the share tokens; the owner only owns the record.
    assert_eq!(chain.balance(&alice, &shares.denom), 400_000);
    assert_eq!(chain.balance(&bob, &shares.denom), 0);
    assert_eq!(chain.delegated(&alice, 0), 600_000);

    let records = chain.app.tokenize_records().unwrap();
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert_eq!(
        (record.id, &record.owner, &record.validator),
        (1, &bob, &valoper(0))
    );
    assert_eq!(chain.delegated(&record.module_account, 0), 400_000);
    assert_eq!(chain.tokens(0), tokens_before);
    assert_eq!(chain.app.total_liquid_staked().unwrap().u128(), 400_000);
    chain.assert_backed();
}

#[test]
fn the_response_and_events_are_the_chains() {
    let mut chain = with_alice_delegated();
    let alice = addr("alice");
    let msg = chain
        .module()
        .tokenize_msg(&alice, valoper(0), coin(10, DENOM), &alice);
    let response = chain.exec(&alice, msg).unwrap();
    let event = response
        .events
        .iter()
        .find(|e| e.ty == "tokenize_shares")
        .expect("tokenize_shares event");
    let attr = |key: &str| {
        event
            .attributes
            .iter()
            .find(|a| a.key == key)
            .map(|a| a.value.clone())
    };
    assert_eq!(attr("share_record_id").as_deref(), Some("1"));
    assert_eq!(attr("amount"), Some(format!("10{DENOM}")));
    assert_eq!(
        attr("tokenized_shares"),
        Some(format!("10{}", share_denom(&valoper(0), 1)))
    );
    let module = chain.module();
    assert_eq!(response.msg_responses.len(), 1);
    assert_eq!(
        response.msg_responses[0].type_url,
        module.type_url_tokenize_response()
    );
    assert_eq!(Some(response.msg_responses[0].value.clone()), response.data);
}

#[test]
fn redeeming_turns_share_tokens_back_into_a_delegation() {
    let (mut chain, shares) = with_alice_tokenized(400_000);
    let alice = addr("alice");
    let tokens = chain.redeem(&alice, shares.clone()).unwrap();
    assert_eq!(tokens, coin(400_000, DENOM));
    assert_eq!(chain.delegated(&alice, 0), 1_000_000);
    assert_eq!(chain.balance(&alice, &shares.denom), 0);
    // The last share token deletes the record.
    assert!(chain.app.tokenize_records().unwrap().is_empty());
    assert!(chain.app.total_liquid_staked().unwrap().is_zero());
    chain.assert_backed();
}

#[test]
fn anyone_holding_share_tokens_can_redeem_some() {
    let (mut chain, shares) = with_alice_tokenized(500);
    let (alice, bob) = (addr("alice"), addr("bob"));
    let send = BankMsg::Send {
        to_address: bob.to_string(),
        amount: vec![coin(200, &shares.denom)],
    };
    chain.exec(&alice, send).unwrap();
    let tokens = chain.redeem(&bob, coin(200, &shares.denom)).unwrap();
    assert_eq!(tokens, coin(200, DENOM));
    assert_eq!(chain.delegated(&bob, 0), 200);
    let records = chain.app.tokenize_records().unwrap();
    assert_eq!(chain.delegated(&records[0].module_account, 0), 300);
}

#[test]
fn redeeming_after_a_slash_returns_fewer_tokens() {
    let (mut chain, shares) = with_alice_tokenized(400_000);
    let alice = addr("alice");
    chain.app.slash(&valoper(0), Decimal::percent(10)).unwrap();
    assert_eq!(
        chain.app.share_value(&shares.denom, shares.amount).unwrap(),
        Some(360_000u128.into())
    );
    let tokens = chain.redeem(&alice, shares).unwrap();
    assert_eq!(tokens, coin(360_000, DENOM));
    assert_eq!(chain.delegated(&alice, 0), 900_000);
    // After the slash a token buys more shares, so more share tokens.
    let shares = chain.tokenize(&alice, 0, 90_000, &alice).unwrap();
    assert_eq!(shares.amount.u128(), 100_000);
    chain.assert_backed();
}

#[test]
fn the_record_owner_gets_the_records_rewards() {
    let mut chain = with_alice_delegated();
    let (alice, bob) = (addr("alice"), addr("bob"));
    let shares = chain.tokenize(&alice, 0, 1_000_000, &bob).unwrap();
    chain.app.advance(YEAR);
    chain.redeem(&alice, shares).unwrap();
    // 1,000,000 shares of 2,000,000 for a year at 15% less 5% commission.
    assert_eq!(chain.balance(&bob, DENOM), FUNDS + 142_500);
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 1_000_000);
}

#[test]
fn records_are_numbered() {
    let mut chain = with_alice_delegated();
    let alice = addr("alice");
    let first = chain.tokenize(&alice, 0, 10, &alice).unwrap();
    let second = chain.tokenize(&alice, 0, 10, &alice).unwrap();
    assert_eq!(first.denom, share_denom(&valoper(0), 1));
    assert_eq!(second.denom, share_denom(&valoper(0), 2));
}

#[test]
fn tokenizing_at_a_jailed_validator_is_refused() {
    let (mut chain, shares) = with_alice_tokenized(100);
    let alice = addr("alice");
    chain.app.jail(&valoper(0)).unwrap();
    assert_lsm_err!(
        chain.tokenize(&alice, 0, 100, &alice),
        LsmError::ValidatorJailed { .. }
    );
    // Share tokens of a jailed validator still redeem.
    assert_eq!(chain.redeem(&alice, shares).unwrap(), coin(100, DENOM));
}

#[test]
fn tokenize_errors() {
    let mut chain = with_alice_delegated();
    let (alice, bob) = (addr("alice"), addr("bob"));
    assert_lsm_err!(
        chain.tokenize(&bob, 0, 10, &bob),
        LsmError::NoDelegation { .. }
    );
    assert_lsm_err!(
        chain.tokenize(&alice, 0, 1_000_001, &alice),
        LsmError::InvalidRequest { .. }
    );
    assert_lsm_err!(
        chain.tokenize(&alice, 0, 0, &alice),
        LsmError::InvalidRequest { .. }
    );
    let module = chain.module();
    let other_denom = module.tokenize_msg(&alice, valoper(0), coin(10, "uother"), &alice);
    assert_lsm_err!(
        chain.exec(&alice, other_denom),
        LsmError::OnlyBondDenomForTokenize { .. }
    );
    let unknown = module.tokenize_msg(&alice, "cosmwasmvaloper1nobody", coin(10, DENOM), &alice);
    assert_lsm_err!(
        chain.exec(&alice, unknown),
        LsmError::NoValidatorFound { .. }
    );
    let for_bob = module.tokenize_msg(&bob, valoper(0), coin(10, DENOM), &bob);
    assert_lsm_err!(chain.exec(&alice, for_bob), LsmError::Unauthorized { .. });
    let bad_owner = module.tokenize_msg(&alice, valoper(0), coin(10, DENOM), "not-an-address");
    assert_lsm_err!(chain.exec(&alice, bad_owner), LsmError::Std(_));
    let garbage = CosmosMsg::Any(AnyMsg {
        type_url: module.type_url_tokenize().to_string(),
        value: Binary::from(vec![0x0a, 0xff]),
    });
    assert_lsm_err!(chain.exec(&alice, garbage), LsmError::InvalidMessage { .. });

    chain.redelegate(&alice, 0, 1, 100).unwrap();
    assert_eq!(
        err(chain.tokenize(&alice, 1, 50, &alice)),
        LsmError::RedelegationInProgress
    );
    assert!(chain.app.tokenize_records().unwrap().is_empty());
}

#[test]
fn redeem_errors() {
    let (mut chain, shares) = with_alice_tokenized(100);
    let alice = addr("alice");
    assert_lsm_err!(
        chain.redeem(&alice, coin(101, &shares.denom)),
        LsmError::NotEnoughBalance { .. }
    );
    assert_lsm_err!(
        chain.redeem(&alice, coin(0, &shares.denom)),
        LsmError::InvalidRequest { .. }
    );
    // A denom of the right form that no record minted.
    let fake = share_denom(&valoper(0), 99);
    let mint = BankSudo::Mint {
        to_address: alice.to_string(),
        amount: vec![coin(5, &fake)],
    };
    chain.app.sudo(mint.into()).unwrap();
    assert_lsm_err!(
        chain.redeem(&alice, coin(5, &fake)),
        LsmError::TokenizeShareRecordNotExists { .. }
    );
    // After a 60% slash one share token is worth 0.4 tokens: nothing to redeem.
    chain.app.slash(&valoper(0), Decimal::percent(60)).unwrap();
    assert_eq!(
        err(chain.redeem(&alice, coin(1, &shares.denom))),
        LsmError::TinyRedemptionAmount
    );
    assert_eq!(chain.redeem(&alice, shares).unwrap(), coin(40, DENOM));
}

#[test]
fn the_type_urls_are_the_configured_modules() {
    for (module, other) in [
        (LsmModule::GaiaLiquid, LsmModule::SdkStaking),
        (LsmModule::SdkStaking, LsmModule::GaiaLiquid),
    ] {
        let mut chain = Chain::with_params(LsmParams {
            module,
            global_liquid_staking_cap: Decimal::one(),
            validator_liquid_staking_cap: Decimal::one(),
            ..LsmParams::default()
        });
        let alice = addr("alice");
        chain.delegate(&alice, 0, 100).unwrap();
        let wrong = other.tokenize_msg(&alice, valoper(0), coin(10, DENOM), &alice);
        assert_lsm_err!(
            chain.exec(&alice, wrong),
            LsmError::UnsupportedMessage { .. }
        );
        let shares = chain.tokenize(&alice, 0, 10, &alice).unwrap();
        let wrong = other.redeem_msg(&alice, shares.clone());
        assert_lsm_err!(
            chain.exec(&alice, wrong),
            LsmError::UnsupportedMessage { .. }
        );
        chain.redeem(&alice, shares).unwrap();
    }
}

#[test]
fn grpc_and_stargate_queries_are_refused_like_wasmd() {
    let chain = Chain::new();
    let query: QueryRequest = QueryRequest::Grpc(GrpcQuery {
        path: "/gaia.liquid.v1beta1.Query/Params".to_string(),
        data: Binary::default(),
    });
    let result: Result<Binary, _> = chain.app.wrap().query(&query);
    assert!(result.unwrap_err().to_string().contains("disabled"));
}

#[test]
fn the_deprecated_stargate_message_is_handled_like_any() {
    let mut chain = with_alice_delegated();
    let alice = addr("alice");
    let CosmosMsg::Any(AnyMsg { type_url, value }) = chain
        .module()
        .tokenize_msg::<cosmwasm_std::Empty>(&alice, valoper(0), coin(10, DENOM), &alice)
    else {
        unreachable!()
    };
    #[allow(deprecated)]
    let msg = CosmosMsg::Stargate { type_url, value };
    chain.app.execute(alice.clone(), msg).unwrap();
    assert_eq!(chain.app.tokenize_records().unwrap().len(), 1);
}
