use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{
    coin, coins, from_json, to_json_binary, Binary, Coin, MsgResponse, Reply, SubMsg, SubMsgResult,
    Uint128,
};
use cw_utils::PaymentError;
use faro_types::liquid::{
    encode, LiquidError, LsmModule, MsgRedeemTokensForSharesResponse, ShareDenomFault,
};
use faro_types::lsm_tokenizer::{Order, Redeemed};
use faro_types::testing::sub_msg_response;

use super::{
    answer, assert_hub_only, attr, exec, exec_paying, redeem_answer, reply_to, run_reply, setup,
    shares_of, valoper, Deps, MODULE,
};
use crate::error::ContractError;
use crate::execute::REDEEM_REPLY_ID;

/// The hub redeems `shares`; the submessage it sent.
fn redeem(deps: &mut Deps, shares: Coin) -> SubMsg {
    let res = exec_paying(deps, "hub", &[shares], Order::Redeem {}).unwrap();
    assert_eq!(res.messages.len(), 1);
    res.messages[0].clone()
}

#[test]
fn redeems_the_shares_attached() {
    let mut deps = setup();
    let shares = coin(1_000, shares_of("alice", 7));
    let funds = [shares.clone()];
    let res = exec_paying(&mut deps, "hub", &funds, Order::Redeem {}).unwrap();
    let expected = SubMsg::reply_on_success(
        MODULE.redeem_msg(mock_env().contract.address, shares.clone()),
        REDEEM_REPLY_ID,
    )
    .with_payload(to_json_binary(&valoper("alice")).unwrap());
    assert_eq!(res.messages, vec![expected]);
    assert_eq!(attr(&res, "action"), "redeem");
    assert_eq!(attr(&res, "shares"), shares.to_string());
    assert_eq!(attr(&res, "validator"), valoper("alice"));
    assert_eq!(attr(&res, "record_id"), "7");
    assert_eq!(res.data, None);
}

#[test]
fn answers_with_what_the_chain_delegated() {
    let mut deps = setup();
    let sub = redeem(&mut deps, coin(1_000, shares_of("alice", 7)));
    // A slashed validator: the shares are worth less than their count.
    let reply = reply_to(&sub, redeem_answer(MODULE, coin(899, "uatom")));
    let res = run_reply(&mut deps, reply).unwrap();
    assert!(res.messages.is_empty());
    let data: Redeemed = from_json(res.data.as_ref().unwrap()).unwrap();
    assert_eq!(
        data,
        Redeemed {
            validator: valoper("alice"),
            amount: Uint128::new(899)
        }
    );
    assert_eq!(attr(&res, "action"), "redeemed");
    assert_eq!(attr(&res, "validator"), valoper("alice"));
    assert_eq!(attr(&res, "amount"), "899");
}

#[test]
fn reads_the_answer_from_data_on_older_chains() {
    let mut deps = setup();
    let sub = redeem(&mut deps, coin(10, shares_of("bob", 1)));
    let bytes = encode(&MsgRedeemTokensForSharesResponse {
        amount: Some(coin(10, "uatom").into()),
    });
    let response = sub_msg_response(Some(bytes), vec![]);
    let res = run_reply(&mut deps, reply_to(&sub, response)).unwrap();
    let data: Redeemed = from_json(res.data.as_ref().unwrap()).unwrap();
    assert_eq!(data.amount, Uint128::new(10));
    assert_eq!(data.validator, valoper("bob"));
}

#[test]
fn speaks_the_configured_module() {
    let mut deps = setup();
    crate::state::CONFIG
        .update(&mut deps.storage, |mut config| {
            config.lsm_module = LsmModule::GaiaLiquid;
            cosmwasm_std::StdResult::Ok(config)
        })
        .unwrap();
    let shares = coin(5, shares_of("alice", 2));
    let sub = redeem(&mut deps, shares.clone());
    assert_eq!(
        sub.msg,
        LsmModule::GaiaLiquid.redeem_msg(mock_env().contract.address, shares)
    );
    // An answer under the other module's type URL is no answer.
    let reply = reply_to(&sub, redeem_answer(LsmModule::SdkStaking, coin(5, "uatom")));
    assert_eq!(
        run_reply(&mut deps, reply).unwrap_err(),
        ContractError::Liquid(LiquidError::MissingResponse {
            type_url: "/gaia.liquid.v1beta1.MsgRedeemTokensForSharesResponse".to_string()
        })
    );
    let reply = reply_to(&sub, redeem_answer(LsmModule::GaiaLiquid, coin(5, "uatom")));
    run_reply(&mut deps, reply).unwrap();
}

#[test]
fn only_the_hub_redeems() {
    let mut deps = setup();
    let shares = coins(5, shares_of("alice", 1));
    let err = exec_paying(&mut deps, "mallory", &shares, Order::Redeem {}).unwrap_err();
    assert_eq!(
        err,
        ContractError::Unauthorized {
            sender: super::addr("mallory"),
            action: "redeem"
        }
    );
    assert_hub_only(Order::Redeem {}, "redeem");
}

#[test]
fn needs_exactly_one_coin() {
    let mut deps = setup();
    let err = exec(&mut deps, "hub", Order::Redeem {}).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NoFunds {}));
    let two = [coin(5, shares_of("alice", 1)), coin(5, shares_of("bob", 2))];
    let err = exec_paying(&mut deps, "hub", &two, Order::Redeem {}).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::MultipleDenoms {}));
}

#[test]
fn refuses_coins_that_are_not_lsm_shares() {
    let mut deps = setup();
    let cases = [
        ("uatom", ShareDenomFault::NoSlash),
        ("ibc/27394FB092D2ECCD", ShareDenomFault::Uppercase),
        ("factory/cosmos1x/ufro", ShareDenomFault::ExtraSlash),
    ];
    for (denom, fault) in cases {
        let err = exec_paying(&mut deps, "hub", &coins(5, denom), Order::Redeem {}).unwrap_err();
        assert_eq!(
            err,
            ContractError::Liquid(LiquidError::InvalidShareDenom {
                denom: denom.to_string(),
                fault
            }),
            "{denom}"
        );
    }
}

#[test]
fn refuses_an_answer_in_another_denom() {
    let mut deps = setup();
    let sub = redeem(&mut deps, coin(5, shares_of("alice", 1)));
    let reply = reply_to(&sub, redeem_answer(MODULE, coin(5, "uosmo")));
    assert_eq!(
        run_reply(&mut deps, reply).unwrap_err(),
        ContractError::UnexpectedDenom {
            expected: "uatom".to_string(),
            found: "uosmo".to_string()
        }
    );
}

#[test]
fn refuses_answers_it_cannot_read() {
    let mut deps = setup();
    let sub = redeem(&mut deps, coin(5, shares_of("alice", 1)));
    let nothing = sub_msg_response(None, vec![]);
    assert!(matches!(
        run_reply(&mut deps, reply_to(&sub, nothing)).unwrap_err(),
        ContractError::Liquid(LiquidError::MissingResponse { .. })
    ));
    let garbage = answer(
        MODULE.type_url_redeem_response(),
        Binary::from(vec![0x0a, 0x05, 0x01]),
    );
    assert!(matches!(
        run_reply(&mut deps, reply_to(&sub, garbage)).unwrap_err(),
        ContractError::Liquid(LiquidError::Decode { .. })
    ));
    let empty = answer(MODULE.type_url_redeem_response(), Binary::default());
    assert_eq!(
        run_reply(&mut deps, reply_to(&sub, empty)).unwrap_err(),
        ContractError::Liquid(LiquidError::MissingAmount {
            message: "MsgRedeemTokensForSharesResponse".to_string()
        })
    );
    // Other messages' responses are passed over.
    let mut other = redeem_answer(MODULE, coin(5, "uatom"));
    other.msg_responses.insert(
        0,
        MsgResponse {
            type_url: "/cosmos.bank.v1beta1.MsgSendResponse".to_string(),
            value: Binary::default(),
        },
    );
    run_reply(&mut deps, reply_to(&sub, other)).unwrap();
}

#[test]
fn refuses_a_payload_it_did_not_write() {
    let mut deps = setup();
    let reply = Reply {
        id: REDEEM_REPLY_ID,
        payload: Binary::from(b"not json".to_vec()),
        gas_used: 0,
        result: SubMsgResult::Ok(redeem_answer(MODULE, coin(5, "uatom"))),
    };
    assert!(matches!(
        run_reply(&mut deps, reply).unwrap_err(),
        ContractError::Std(_)
    ));
}
