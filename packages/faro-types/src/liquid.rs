//! The Liquid Staking Module (LSM) as contracts speak it: the protobuf messages that
//! tokenize a delegation into share tokens and redeem share tokens for a delegation, their
//! type URLs, and the share-token denom `<valoper>/<record id>`.
//!
//! The messages are hand-written with `prost` from `gaia/liquid/v1beta1/tx.proto`; the SDK
//! LSM fork (`cosmos.staking.v1beta1`, the chain in `tests/e2e`) has the same fields and
//! numbers, so only the type URL differs ([`LsmModule`]). Round-trip tests against bytes
//! from the fork's generated Go types are in `tests/liquid_fixtures.rs`.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{AnyMsg, Binary, Coin, CosmosMsg, MsgResponse, SubMsgResponse, Uint128};
use thiserror::Error;

/// Which module serves the LSM messages on the chain; it fixes their type URLs.
#[cw_serde]
#[derive(Copy, Eq)]
pub enum LsmModule {
    /// Gaia v25+: the separate x/liquid module, `/gaia.liquid.v1beta1.*`.
    GaiaLiquid,
    /// The Cosmos SDK LSM fork (Gaia v12–v24 and the end-to-end test chain):
    /// LSM inside x/staking, `/cosmos.staking.v1beta1.*`.
    SdkStaking,
}

impl LsmModule {
    pub const fn type_url_tokenize(self) -> &'static str {
        match self {
            LsmModule::GaiaLiquid => "/gaia.liquid.v1beta1.MsgTokenizeShares",
            LsmModule::SdkStaking => "/cosmos.staking.v1beta1.MsgTokenizeShares",
        }
    }

    pub const fn type_url_tokenize_response(self) -> &'static str {
        match self {
            LsmModule::GaiaLiquid => "/gaia.liquid.v1beta1.MsgTokenizeSharesResponse",
            LsmModule::SdkStaking => "/cosmos.staking.v1beta1.MsgTokenizeSharesResponse",
        }
    }

    pub const fn type_url_redeem(self) -> &'static str {
        match self {
            LsmModule::GaiaLiquid => "/gaia.liquid.v1beta1.MsgRedeemTokensForShares",
            LsmModule::SdkStaking => "/cosmos.staking.v1beta1.MsgRedeemTokensForShares",
        }
    }

    pub const fn type_url_redeem_response(self) -> &'static str {
        match self {
            LsmModule::GaiaLiquid => "/gaia.liquid.v1beta1.MsgRedeemTokensForSharesResponse",
            LsmModule::SdkStaking => "/cosmos.staking.v1beta1.MsgRedeemTokensForSharesResponse",
        }
    }

    /// `MsgTokenizeShares`: turns `amount` (bond denom) of `delegator`'s delegation to
    /// `validator` into share tokens. The chain mints the share tokens to the *delegator*;
    /// `owner` only owns the record, i.e. the rewards of the tokenized delegation.
    pub fn tokenize_msg<T>(
        self,
        delegator: impl Into<String>,
        validator: impl Into<String>,
        amount: Coin,
        owner: impl Into<String>,
    ) -> CosmosMsg<T> {
        let msg = MsgTokenizeShares {
            delegator_address: delegator.into(),
            validator_address: validator.into(),
            amount: Some(amount.into()),
            tokenized_share_owner: owner.into(),
        };
        any_msg(self.type_url_tokenize(), &msg)
    }

    /// `MsgRedeemTokensForShares`: burns `amount` share tokens held by `delegator` and
    /// delegates what they are worth to their validator.
    pub fn redeem_msg<T>(self, delegator: impl Into<String>, amount: Coin) -> CosmosMsg<T> {
        let msg = MsgRedeemTokensForShares {
            delegator_address: delegator.into(),
            amount: Some(amount.into()),
        };
        any_msg(self.type_url_redeem(), &msg)
    }

    /// The share tokens minted, from a tokenize submessage's reply.
    pub fn tokenize_response(self, response: &SubMsgResponse) -> Result<Coin, LiquidError> {
        let bytes = response_bytes(response, self.type_url_tokenize_response())?;
        decode_tokenize_response(&bytes)
    }

    /// The bond-denom tokens now delegated, from a redeem submessage's reply.
    pub fn redeem_response(self, response: &SubMsgResponse) -> Result<Coin, LiquidError> {
        let bytes = response_bytes(response, self.type_url_redeem_response())?;
        decode_redeem_response(&bytes)
    }
}

/// `cosmos.base.v1beta1.Coin`; the amount is a decimal integer string.
#[derive(Clone, PartialEq, Eq, prost::Message)]
pub struct ProtoCoin {
    #[prost(string, tag = "1")]
    pub denom: String,
    #[prost(string, tag = "2")]
    pub amount: String,
}

#[derive(Clone, PartialEq, Eq, prost::Message)]
pub struct MsgTokenizeShares {
    #[prost(string, tag = "1")]
    pub delegator_address: String,
    #[prost(string, tag = "2")]
    pub validator_address: String,
    #[prost(message, optional, tag = "3")]
    pub amount: Option<ProtoCoin>,
    #[prost(string, tag = "4")]
    pub tokenized_share_owner: String,
}

#[derive(Clone, PartialEq, Eq, prost::Message)]
pub struct MsgTokenizeSharesResponse {
    #[prost(message, optional, tag = "1")]
    pub amount: Option<ProtoCoin>,
}

#[derive(Clone, PartialEq, Eq, prost::Message)]
pub struct MsgRedeemTokensForShares {
    #[prost(string, tag = "1")]
    pub delegator_address: String,
    #[prost(message, optional, tag = "2")]
    pub amount: Option<ProtoCoin>,
}

#[derive(Clone, PartialEq, Eq, prost::Message)]
pub struct MsgRedeemTokensForSharesResponse {
    #[prost(message, optional, tag = "1")]
    pub amount: Option<ProtoCoin>,
}

impl From<Coin> for ProtoCoin {
    fn from(coin: Coin) -> Self {
        ProtoCoin {
            denom: coin.denom,
            amount: coin.amount.to_string(),
        }
    }
}

impl TryFrom<ProtoCoin> for Coin {
    type Error = LiquidError;

    fn try_from(coin: ProtoCoin) -> Result<Self, Self::Error> {
        let amount = coin
            .amount
            .parse::<u128>()
            .map_err(|_| LiquidError::InvalidAmount {
                amount: coin.amount.clone(),
            })?;
        Ok(Coin::new(Uint128::new(amount), coin.denom))
    }
}

/// The protobuf encoding of any of this module's messages.
pub fn encode<M: prost::Message>(msg: &M) -> Binary {
    Binary::new(msg.encode_to_vec())
}

/// Decodes one of this module's messages; `M`'s type name goes into the error.
pub fn decode<M: prost::Message + Default>(bytes: &[u8]) -> Result<M, LiquidError> {
    M::decode(bytes).map_err(|err| LiquidError::Decode {
        message: short_type_name::<M>(),
        reason: err.to_string(),
    })
}

/// `CosmosMsg::Any` carrying `msg` under `type_url`.
pub fn any_msg<T, M: prost::Message>(type_url: &str, msg: &M) -> CosmosMsg<T> {
    CosmosMsg::Any(AnyMsg {
        type_url: type_url.to_string(),
        value: encode(msg),
    })
}

pub fn decode_tokenize_response(data: &[u8]) -> Result<Coin, LiquidError> {
    let response: MsgTokenizeSharesResponse = decode(data)?;
    required_coin::<MsgTokenizeSharesResponse>(response.amount)
}

pub fn decode_redeem_response(data: &[u8]) -> Result<Coin, LiquidError> {
    let response: MsgRedeemTokensForSharesResponse = decode(data)?;
    required_coin::<MsgRedeemTokensForSharesResponse>(response.amount)
}

fn required_coin<M>(coin: Option<ProtoCoin>) -> Result<Coin, LiquidError> {
    let coin = coin.ok_or(LiquidError::MissingAmount {
        message: short_type_name::<M>(),
    })?;
    coin.try_into()
}

/// `msg_responses` carries the typed answer (wasmd, CosmWasm 2); older paths only fill
/// the deprecated `data` with the same bytes.
fn response_bytes(response: &SubMsgResponse, type_url: &str) -> Result<Binary, LiquidError> {
    if let Some(MsgResponse { value, .. }) = response
        .msg_responses
        .iter()
        .find(|r| r.type_url == type_url)
    {
        return Ok(value.clone());
    }
    #[allow(deprecated)]
    response
        .data
        .clone()
        .ok_or_else(|| LiquidError::MissingResponse {
            type_url: type_url.to_string(),
        })
}

fn short_type_name<M>() -> String {
    let full = std::any::type_name::<M>();
    full.rsplit("::").next().unwrap_or(full).to_string()
}

/// The share-token denom of record `record_id`: the chain lower-cases the valoper.
pub fn share_denom(validator: &str, record_id: u64) -> String {
    format!("{}/{record_id}", validator.to_lowercase())
}

/// Splits an LSM share denom `<valoper>/<record id>` as the chain mints it: a lower-case
/// bech32 valoper, one slash, a record id in decimal without sign or leading zeros (ids
/// start at 1).
pub fn parse_share_denom(denom: &str) -> Result<(String, u64), LiquidError> {
    let fault = |fault: ShareDenomFault| LiquidError::InvalidShareDenom {
        denom: denom.to_string(),
        fault,
    };
    let (validator, id) = denom
        .split_once('/')
        .ok_or(fault(ShareDenomFault::NoSlash))?;
    if id.contains('/') {
        return Err(fault(ShareDenomFault::ExtraSlash));
    }
    if validator.is_empty() {
        return Err(fault(ShareDenomFault::EmptyValidator));
    }
    if id.is_empty() {
        return Err(fault(ShareDenomFault::EmptyRecordId));
    }
    if denom.chars().any(|c| c.is_ascii_uppercase()) {
        return Err(fault(ShareDenomFault::Uppercase));
    }
    if !validator
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        return Err(fault(ShareDenomFault::ValidatorNotBech32));
    }
    if !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(fault(ShareDenomFault::RecordIdNotNumeric));
    }
    if id.starts_with('0') {
        return Err(fault(ShareDenomFault::RecordIdNotCanonical));
    }
    let id = id
        .parse::<u64>()
        .map_err(|_| fault(ShareDenomFault::RecordIdOverflow))?;
    Ok((validator.to_string(), id))
}

#[derive(Error, Debug, PartialEq, Eq)]
pub enum LiquidError {
    #[error("invalid LSM share denom {denom:?}: {fault}")]
    InvalidShareDenom {
        denom: String,
        fault: ShareDenomFault,
    },
    #[error("cannot decode {message}: {reason}")]
    Decode { message: String, reason: String },
    #[error("{message} carries no amount")]
    MissingAmount { message: String },
    #[error("coin amount {amount:?} is not an integer below 2^128")]
    InvalidAmount { amount: String },
    #[error("the submessage response carries neither a {type_url} nor data")]
    MissingResponse { type_url: String },
}

#[derive(Error, Debug, PartialEq, Eq, Clone, Copy)]
pub enum ShareDenomFault {
    #[error("no '/' between validator and record id")]
    NoSlash,
    #[error("more than one '/'")]
    ExtraSlash,
    #[error("empty validator address")]
    EmptyValidator,
    #[error("empty record id")]
    EmptyRecordId,
    #[error("upper-case letters; the chain lower-cases share denoms")]
    Uppercase,
    #[error("the validator part is not a bech32 address")]
    ValidatorNotBech32,
    #[error("the record id is not a decimal number")]
    RecordIdNotNumeric,
    #[error("the record id has a leading zero or is zero")]
    RecordIdNotCanonical,
    #[error("the record id exceeds u64")]
    RecordIdOverflow,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sub_msg_response;
    use cosmwasm_std::{coin, Empty};

    const VALOPER: &str = "cosmosvaloper1h0hqrdsuv6lgzqxklnj9gputa5cvuj3czjh6wy";

    #[test]
    fn type_urls_follow_the_module() {
        assert_eq!(
            LsmModule::GaiaLiquid.type_url_tokenize(),
            "/gaia.liquid.v1beta1.MsgTokenizeShares"
        );
        assert_eq!(
            LsmModule::SdkStaking.type_url_redeem(),
            "/cosmos.staking.v1beta1.MsgRedeemTokensForShares"
        );
        for module in [LsmModule::GaiaLiquid, LsmModule::SdkStaking] {
            assert_eq!(
                module.type_url_tokenize_response(),
                format!("{}Response", module.type_url_tokenize())
            );
            assert_eq!(
                module.type_url_redeem_response(),
                format!("{}Response", module.type_url_redeem())
            );
        }
    }

    #[test]
    fn lsm_module_serializes_snake_case() {
        let json = cosmwasm_std::to_json_string(&LsmModule::SdkStaking).unwrap();
        assert_eq!(json, "\"sdk_staking\"");
    }

    #[test]
    fn tokenize_msg_is_an_any_with_the_encoded_message() {
        let msg: CosmosMsg<Empty> =
            LsmModule::SdkStaking.tokenize_msg("alice", VALOPER, coin(5, "uatom"), "bob");
        let CosmosMsg::Any(AnyMsg { type_url, value }) = msg else {
            panic!("not an Any: {msg:?}");
        };
        assert_eq!(type_url, "/cosmos.staking.v1beta1.MsgTokenizeShares");
        let decoded: MsgTokenizeShares = decode(&value).unwrap();
        assert_eq!(decoded.delegator_address, "alice");
        assert_eq!(decoded.validator_address, VALOPER);
        assert_eq!(decoded.tokenized_share_owner, "bob");
        assert_eq!(
            Coin::try_from(decoded.amount.unwrap()).unwrap(),
            coin(5, "uatom")
        );
    }

    #[test]
    fn redeem_msg_uses_the_gaia_type_url() {
        let denom = share_denom(VALOPER, 7);
        let msg: CosmosMsg<Empty> = LsmModule::GaiaLiquid.redeem_msg("alice", coin(9, &denom));
        let CosmosMsg::Any(AnyMsg { type_url, value }) = msg else {
            panic!("not an Any");
        };
        assert_eq!(type_url, "/gaia.liquid.v1beta1.MsgRedeemTokensForShares");
        let decoded: MsgRedeemTokensForShares = decode(&value).unwrap();
        assert_eq!(decoded.amount.unwrap().denom, denom);
    }

    #[test]
    fn responses_decode_from_msg_responses_or_data() {
        let bytes = encode(&MsgRedeemTokensForSharesResponse {
            amount: Some(coin(42, "uatom").into()),
        });
        let module = LsmModule::SdkStaking;
        let from_msg_responses = sub_msg_response(
            None,
            vec![MsgResponse {
                type_url: module.type_url_redeem_response().to_string(),
                value: bytes.clone(),
            }],
        );
        assert_eq!(
            module.redeem_response(&from_msg_responses),
            Ok(coin(42, "uatom"))
        );
        let from_data = sub_msg_response(Some(bytes), vec![]);
        assert_eq!(module.redeem_response(&from_data), Ok(coin(42, "uatom")));
        let empty = sub_msg_response(None, vec![]);
        assert!(matches!(
            module.tokenize_response(&empty),
            Err(LiquidError::MissingResponse { .. })
        ));
    }

    #[test]
    fn response_errors_are_typed() {
        assert_eq!(
            decode_tokenize_response(&[]),
            Err(LiquidError::MissingAmount {
                message: "MsgTokenizeSharesResponse".to_string()
            })
        );
        assert!(matches!(
            decode_redeem_response(&[0x0a, 0x05, 0x01]),
            Err(LiquidError::Decode { .. })
        ));
        let too_big = encode(&MsgTokenizeSharesResponse {
            amount: Some(ProtoCoin {
                denom: "uatom".to_string(),
                amount: "340282366920938463463374607431768211456".to_string(),
            }),
        });
        assert!(matches!(
            decode_tokenize_response(&too_big),
            Err(LiquidError::InvalidAmount { .. })
        ));
    }

    #[test]
    fn share_denoms_round_trip() {
        let denom = share_denom(VALOPER, 1);
        assert_eq!(denom, format!("{VALOPER}/1"));
        assert_eq!(parse_share_denom(&denom), Ok((VALOPER.to_string(), 1)));
        let max = share_denom(VALOPER, u64::MAX);
        assert_eq!(parse_share_denom(&max), Ok((VALOPER.to_string(), u64::MAX)));
        assert_eq!(
            share_denom("cosmosVALOPER1x", 2),
            "cosmosvaloper1x/2",
            "the chain lower-cases"
        );
    }

    #[test]
    fn malformed_share_denoms_are_refused_with_their_fault() {
        use ShareDenomFault::*;
        let cases = [
            ("uatom", NoSlash),
            ("", NoSlash),
            ("/1", EmptyValidator),
            ("cosmosvaloper1x/", EmptyRecordId),
            ("cosmosvaloper1x/1/2", ExtraSlash),
            ("ibc/27394FB092D2ECCD", Uppercase),
            ("cosmosvaloper1X/1", Uppercase),
            ("cosmos-valoper1x/1", ValidatorNotBech32),
            ("cosmosvaloper1x/abc", RecordIdNotNumeric),
            ("cosmosvaloper1x/-1", RecordIdNotNumeric),
            ("cosmosvaloper1x/+1", RecordIdNotNumeric),
            ("cosmosvaloper1x/1.0", RecordIdNotNumeric),
            ("cosmosvaloper1x/01", RecordIdNotCanonical),
            ("cosmosvaloper1x/0", RecordIdNotCanonical),
            ("cosmosvaloper1x/18446744073709551616", RecordIdOverflow),
        ];
        for (denom, fault) in cases {
            assert_eq!(
                parse_share_denom(denom),
                Err(LiquidError::InvalidShareDenom {
                    denom: denom.to_string(),
                    fault
                }),
                "{denom}"
            );
        }
    }
}
