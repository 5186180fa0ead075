//! Validators created for the operators' scaling: each an account keyed from its index,
//! funded by Alice, that sends `MsgCreateValidator` with a consensus key of its own and a
//! tiny self-delegation. No node runs for them, so they never sign; the local chain's
//! slashing window never jails them, and their power (one token each) stays far below
//! the third that would halt the chain.

use anyhow::{Context, Result};
use cosmrs::proto::cosmos::base::v1beta1::Coin as ProtoCoin;
use cosmrs::proto::cosmos::crypto::ed25519::PubKey;
use cosmrs::proto::cosmos::staking::v1beta1::{CommissionRates, Description, MsgCreateValidator};
use cosmrs::proto::prost::Message;
use cosmrs::proto::tendermint::google::protobuf::Any as ProtoAny;
use cosmrs::tendermint::crypto::ed25519::SigningKey;
use faro_client::address::with_prefix;
use faro_client::wasm::to_any;
use faro_client::{Client, Signer};
use sha2::{Digest, Sha256};

use crate::keys::derived;
use crate::native;

/// Each validator's self-delegation: one token.
pub const SELF_STAKE: u128 = 1_000_000;
/// What Alice gives each validator account: its self-delegation, its operator
/// registration and fees.
const FUNDS: u128 = 3 * SELF_STAKE;
/// Rates as the SDK's `LegacyDec` carries them on the wire: the value times 10^18.
const COMMISSION_RATE: &str = "50000000000000000";
const COMMISSION_MAX_RATE: &str = "200000000000000000";
const COMMISSION_MAX_CHANGE: &str = "10000000000000000";

/// The account of created validator `index`.
pub fn account(index: u64) -> Result<Signer> {
    derived(&format!("faro-bench validator {index}"))
}

pub fn valoper(account: &Signer) -> Result<String> {
    let prefix = account.account_id().prefix();
    Ok(with_prefix(account.address(), &format!("{prefix}valoper"))?)
}

/// Creates validators `indices`, answering their accounts.
pub async fn create(
    client: &Client,
    funder: &Signer,
    indices: std::ops::Range<u64>,
) -> Result<Vec<Signer>> {
    let accounts = indices.clone().map(account).collect::<Result<Vec<_>>>()?;
    let funding = accounts
        .iter()
        .map(|account| native::send(funder.address(), account.address(), FUNDS, client.denom()))
        .collect();
    client
        .submit(funder, funding)
        .await
        .context("funding the validators")?;
    for (index, account) in indices.zip(&accounts) {
        let msg = create_validator(account, index, client.denom())?;
        client
            .submit(account, vec![msg])
            .await
            .with_context(|| format!("MsgCreateValidator for validator {index}"))?;
    }
    Ok(accounts)
}

fn create_validator(account: &Signer, index: u64, denom: &str) -> Result<cosmrs::Any> {
    let secret: [u8; 32] = Sha256::digest(format!("faro-bench consensus {index}")).into();
    let consensus = SigningKey::try_from(&secret[..])?.verification_key();
    let pubkey = ProtoAny {
        type_url: "/cosmos.crypto.ed25519.PubKey".to_string(),
        value: PubKey {
            key: consensus.as_bytes().to_vec(),
        }
        .encode_to_vec(),
    };
    Ok(to_any(&MsgCreateValidator {
        description: Some(Description {
            moniker: format!("bench validator {index}"),
            ..Description::default()
        }),
        commission: Some(CommissionRates {
            rate: COMMISSION_RATE.to_string(),
            max_rate: COMMISSION_MAX_RATE.to_string(),
            max_change_rate: COMMISSION_MAX_CHANGE.to_string(),
        }),
        min_self_delegation: "1".to_string(),
        validator_address: valoper(account)?,
        pubkey: Some(pubkey),
        value: Some(ProtoCoin {
            denom: denom.to_string(),
            amount: SELF_STAKE.to_string(),
        }),
        // The delegator is the validator's own account; the SDK deprecates naming it.
        ..MsgCreateValidator::default()
    }))
}
