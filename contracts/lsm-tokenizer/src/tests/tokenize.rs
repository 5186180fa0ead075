use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coin, from_json, to_json_binary, BankMsg, CosmosMsg, SubMsg, Uint128};
use faro_types::liquid::{encode, LiquidError, MsgTokenizeSharesResponse};
use faro_types::lsm_tokenizer::{Order, Tokenized};

use super::{
    addr, answer, assert_hub_only, assert_takes_no_funds, attr, exec, messages, reply_to,
    run_reply, setup, shares_of, tokenize_answer, valoper, Deps, MODULE,
};
use crate::error::ContractError;
use crate::execute::TOKENIZE_REPLY_ID;

fn tokenize(validator: &str, amount: u128, owner: &str) -> Order {
    Order::Tokenize {
        validator: validator.to_string(),
        amount: Uint128::new(amount),
        owner: owner.to_string(),
    }
}

/// The hub tokenizes 500 at alice for bob; the submessage it sent.
fn tokenized_for_bob(deps: &mut Deps) -> SubMsg {
    let msg = tokenize(&valoper("alice"), 500, addr("bob").as_str());
    let res = exec(deps, "hub", msg).unwrap();
    res.messages[0].clone()
}

#[test]
fn tokenizes_its_own_delegation_for_the_owner() {
    let mut deps = setup();
    let msg = tokenize(&valoper("alice"), 500, addr("bob").as_str());
    let res = exec(&mut deps, "hub", msg).unwrap();
    let expected = SubMsg::reply_on_success(
        MODULE.tokenize_msg(
            mock_env().contract.address,
            valoper("alice"),
            coin(500, "uatom"),
            addr("bob"),
        ),
        TOKENIZE_REPLY_ID,
    )
    .with_payload(to_json_binary(&addr("bob")).unwrap());
    assert_eq!(res.messages, vec![expected]);
    assert_eq!(attr(&res, "action"), "tokenize");
    assert_eq!(attr(&res, "validator"), valoper("alice"));
    assert_eq!(attr(&res, "amount"), "500");
    assert_eq!(attr(&res, "owner"), addr("bob").as_str());
}

#[test]
fn forwards_the_minted_shares_to_the_owner() {
    let mut deps = setup();
    let sub = tokenized_for_bob(&mut deps);
    let shares = coin(526, shares_of("alice", 3));
    let res = run_reply(&mut deps, reply_to(&sub, tokenize_answer(shares.clone()))).unwrap();
    assert_eq!(
        messages(&res),
        vec![CosmosMsg::Bank(BankMsg::Send {
            to_address: addr("bob").to_string(),
            amount: vec![shares.clone()],
        })]
    );
    let data: Tokenized = from_json(res.data.as_ref().unwrap()).unwrap();
    assert_eq!(
        data,
        Tokenized {
            shares: shares.clone()
        }
    );
    assert_eq!(attr(&res, "action"), "tokenized");
    assert_eq!(attr(&res, "owner"), addr("bob").as_str());
    assert_eq!(attr(&res, "shares"), shares.to_string());
}

#[test]
fn only_the_hub_tokenizes() {
    assert_hub_only(
        tokenize(&valoper("alice"), 5, addr("mallory").as_str()),
        "tokenize",
    );
}

#[test]
fn takes_no_funds() {
    assert_takes_no_funds(tokenize(&valoper("alice"), 5, addr("bob").as_str()));
}

#[test]
fn refuses_zero_empty_validators_and_malformed_owners() {
    let mut deps = setup();
    let bob = addr("bob");
    let err = exec(
        &mut deps,
        "hub",
        tokenize(&valoper("alice"), 0, bob.as_str()),
    )
    .unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
    let err = exec(&mut deps, "hub", tokenize("", 5, bob.as_str())).unwrap_err();
    assert_eq!(err, ContractError::EmptyValidator);
    let err = exec(&mut deps, "hub", tokenize(&valoper("alice"), 5, "bob")).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
}

#[test]
fn refuses_answers_it_cannot_read() {
    let mut deps = setup();
    let sub = tokenized_for_bob(&mut deps);
    // The redeem answer is not the tokenize answer.
    let wrong = answer(
        MODULE.type_url_redeem_response(),
        encode(&MsgTokenizeSharesResponse {
            amount: Some(coin(5, shares_of("alice", 1)).into()),
        }),
    );
    assert_eq!(
        run_reply(&mut deps, reply_to(&sub, wrong)).unwrap_err(),
        ContractError::Liquid(LiquidError::MissingResponse {
            type_url: MODULE.type_url_tokenize_response().to_string()
        })
    );
    let empty = answer(MODULE.type_url_tokenize_response(), Default::default());
    assert_eq!(
        run_reply(&mut deps, reply_to(&sub, empty)).unwrap_err(),
        ContractError::Liquid(LiquidError::MissingAmount {
            message: "MsgTokenizeSharesResponse".to_string()
        })
    );
}
