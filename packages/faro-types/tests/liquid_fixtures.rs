//! The hand-written LSM protobuf types against bytes marshalled by the SDK LSM fork's
//! generated Go types (`fixtures/liquid_messages.txt`, made by `fixtures/gen`): each
//! fixture decodes to the expected message and re-encodes byte for byte.

use cosmwasm_std::{coin, Coin};
use faro_types::liquid::{
    decode, decode_redeem_response, decode_tokenize_response, encode, parse_share_denom,
    MsgRedeemTokensForShares, MsgRedeemTokensForSharesResponse, MsgTokenizeShares,
    MsgTokenizeSharesResponse, ProtoCoin,
};

const FIXTURES: &str = include_str!("fixtures/liquid_messages.txt");

// The same values as in fixtures/gen/main.go.
const ALICE: &str = "cosmos190vqdjtlpcq27xslcveglfmr4ynfwg7gqmchsn";
const BOB: &str = "cosmos1sxmr0k8u6trd5c6eu6trzyapzux7090y3u5dan";
const CONTRACT: &str = "cosmos1xgm4yxcejyw96u923xg9vxq9wv2jq5mc9ll0svzxgy4xzk6g84kq8xk9e2";
const VALIDATOR: &str = "cosmosvaloper1h0hqrdsuv6lgzqxklnj9gputa5cvuj3czjh6wy";

fn fixture(name: &str) -> Vec<u8> {
    let line = FIXTURES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no fixture {name}"));
    (0..line.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&line[i..i + 2], 16).expect("hex"))
        .collect()
}

fn proto_coin(denom: &str, amount: &str) -> Option<ProtoCoin> {
    Some(ProtoCoin {
        denom: denom.to_string(),
        amount: amount.to_string(),
    })
}

fn assert_round_trip<M>(name: &str, expected: M)
where
    M: prost::Message + Default + PartialEq + std::fmt::Debug,
{
    let bytes = fixture(name);
    let decoded: M = decode(&bytes).unwrap();
    assert_eq!(decoded, expected, "{name}: decoded");
    assert_eq!(encode(&decoded).as_slice(), bytes, "{name}: re-encoded");
    assert_eq!(encode(&expected).as_slice(), bytes, "{name}: encoded");
}

#[test]
fn every_fixture_is_checked() {
    let names: Vec<&str> = FIXTURES
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| line.split(' ').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "tokenize_alice",
            "tokenize_contract_for_bob",
            "tokenize_no_owner",
            "tokenize_response",
            "redeem_contract",
            "redeem_response",
            "coin_share",
        ]
    );
}

#[test]
fn tokenize_shares_round_trips() {
    assert_round_trip(
        "tokenize_alice",
        MsgTokenizeShares {
            delegator_address: ALICE.to_string(),
            validator_address: VALIDATOR.to_string(),
            amount: proto_coin("uatom", "500000000"),
            tokenized_share_owner: ALICE.to_string(),
        },
    );
    assert_round_trip(
        "tokenize_contract_for_bob",
        MsgTokenizeShares {
            delegator_address: CONTRACT.to_string(),
            validator_address: VALIDATOR.to_string(),
            amount: proto_coin("uatom", &u128::MAX.to_string()),
            tokenized_share_owner: BOB.to_string(),
        },
    );
    // An empty string field is left out on the wire, by Go as by prost.
    assert_round_trip(
        "tokenize_no_owner",
        MsgTokenizeShares {
            delegator_address: ALICE.to_string(),
            validator_address: VALIDATOR.to_string(),
            amount: proto_coin("uatom", "0"),
            tokenized_share_owner: String::new(),
        },
    );
}

#[test]
fn tokenize_response_round_trips_and_decodes_to_a_coin() {
    let share_denom = format!("{VALIDATOR}/1");
    assert_round_trip(
        "tokenize_response",
        MsgTokenizeSharesResponse {
            amount: proto_coin(&share_denom, "500000000"),
        },
    );
    let minted = decode_tokenize_response(&fixture("tokenize_response")).unwrap();
    assert_eq!(minted, coin(500_000_000, &share_denom));
    assert_eq!(
        parse_share_denom(&minted.denom),
        Ok((VALIDATOR.to_string(), 1))
    );
}

#[test]
fn redeem_round_trips_and_decodes_to_a_coin() {
    assert_round_trip(
        "redeem_contract",
        MsgRedeemTokensForShares {
            delegator_address: CONTRACT.to_string(),
            amount: proto_coin(&format!("{VALIDATOR}/42"), "123456789"),
        },
    );
    assert_round_trip(
        "redeem_response",
        MsgRedeemTokensForSharesResponse {
            amount: proto_coin("uatom", "123456788"),
        },
    );
    let delegated = decode_redeem_response(&fixture("redeem_response")).unwrap();
    assert_eq!(delegated, coin(123_456_788, "uatom"));
}

#[test]
fn coin_round_trips() {
    let denom = format!("{VALIDATOR}/{}", u64::MAX);
    assert_round_trip("coin_share", proto_coin(&denom, "1").unwrap());
    let decoded: ProtoCoin = decode(&fixture("coin_share")).unwrap();
    assert_eq!(Coin::try_from(decoded).unwrap(), coin(1, &denom));
    assert_eq!(
        parse_share_denom(&denom),
        Ok((VALIDATOR.to_string(), u64::MAX))
    );
}
