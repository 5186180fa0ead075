//! The chain's own messages, for `Client::submit`: bank sends, delegations and LSM
//! tokenisation.

use cosmrs::proto::cosmos::base::v1beta1::Coin as ProtoCoin;
use cosmrs::proto::cosmos::staking::v1beta1::MsgDelegate;
use cosmrs::Any;
use faro_client::wasm::to_any;
use faro_types::liquid::{self, LsmModule, MsgTokenizeShares};
use prost::Message;

fn coin(amount: u128, denom: &str) -> ProtoCoin {
    ProtoCoin {
        denom: denom.to_string(),
        amount: amount.to_string(),
    }
}

pub use faro_client::bank::send;

pub fn delegate(delegator: &str, validator: &str, amount: u128, denom: &str) -> Any {
    to_any(&MsgDelegate {
        delegator_address: delegator.to_string(),
        validator_address: validator.to_string(),
        amount: Some(coin(amount, denom)),
    })
}

/// The LSM fork's `MsgTokenizeShares`: `amount` of the delegation becomes
/// `<validator>/<record id>` coins owned by the delegator.
pub fn tokenize_shares(delegator: &str, validator: &str, amount: u128, denom: &str) -> Any {
    let msg = MsgTokenizeShares {
        delegator_address: delegator.to_string(),
        validator_address: validator.to_string(),
        amount: Some(liquid::ProtoCoin {
            denom: denom.to_string(),
            amount: amount.to_string(),
        }),
        tokenized_share_owner: delegator.to_string(),
    };
    Any {
        type_url: LsmModule::SdkStaking.type_url_tokenize().to_string(),
        value: msg.encode_to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use cosmrs::proto::prost::Message as _;

    use super::*;

    #[test]
    fn tokenize_carries_the_lsm_type_url_and_owner() {
        let any = tokenize_shares("cosmos1alice", "cosmosvaloper1val", 5, "uatom");
        assert_eq!(any.type_url, "/cosmos.staking.v1beta1.MsgTokenizeShares");
        let msg = MsgTokenizeShares::decode(any.value.as_slice()).unwrap();
        assert_eq!(msg.tokenized_share_owner, "cosmos1alice");
        assert_eq!(msg.amount.unwrap().amount, "5");
    }

    #[test]
    fn delegate_and_send_are_the_sdk_messages() {
        let any = delegate("cosmos1alice", "cosmosvaloper1val", 7, "uatom");
        assert_eq!(any.type_url, "/cosmos.staking.v1beta1.MsgDelegate");
        let any = send("cosmos1alice", "cosmos1bob", 7, "uatom");
        assert_eq!(any.type_url, "/cosmos.bank.v1beta1.MsgSend");
        let msg =
            cosmrs::proto::cosmos::bank::v1beta1::MsgSend::decode(any.value.as_slice()).unwrap();
        assert_eq!(msg.amount[0].amount, "7");
    }
}
