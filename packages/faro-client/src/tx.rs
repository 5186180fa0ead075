//! Signed tx bytes: SIGN_MODE_DIRECT, one signer.

use cosmrs::tendermint::{chain, Hash};
use cosmrs::tx::{Body, Fee, SignDoc, SignerInfo};
use cosmrs::{Any, Coin, Denom};
use sha2::{Digest, Sha256};

use crate::account::Account;
use crate::error::{ClientError, Result};
use crate::signer::Signer;

/// The fee a tx pays: `amount` of `denom` for at most `gas_limit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxFee {
    pub amount: u128,
    pub denom: String,
    pub gas_limit: u64,
}

pub fn sign(
    signer: &Signer,
    chain_id: &chain::Id,
    account: Account,
    msgs: &[Any],
    fee: &TxFee,
) -> Result<Vec<u8>> {
    let body = Body::new(msgs.to_vec(), "", 0u32);
    let denom: Denom = fee.denom.parse().map_err(ClientError::encode)?;
    let coin = Coin {
        denom,
        amount: fee.amount,
    };
    let auth_info = SignerInfo::single_direct(Some(signer.public_key()), account.sequence)
        .auth_info(Fee::from_amount_and_gas(coin, fee.gas_limit));
    let doc =
        SignDoc::new(&body, &auth_info, chain_id, account.number).map_err(ClientError::encode)?;
    doc.sign(signer.signing_key())
        .and_then(|raw| raw.to_bytes())
        .map_err(ClientError::encode)
}

/// The hash CometBFT gives the tx: SHA-256 of its bytes.
pub fn tx_hash(tx_bytes: &[u8]) -> Hash {
    Hash::Sha256(Sha256::digest(tx_bytes).into())
}

#[cfg(test)]
mod tests {
    use cosmrs::proto::cosmos::tx::v1beta1::{AuthInfo, TxBody, TxRaw};
    use cosmrs::proto::prost::Message;

    use super::*;
    use crate::signer::DEFAULT_PREFIX;
    use crate::wasm;

    const MNEMONIC: &str = "route subway depth credit powder sweet common unknown blue bird click pull inspire sunset evidence degree ask common cream decorate cattle balance together assault";

    #[test]
    fn signed_tx_carries_messages_fee_and_sequence() {
        let signer = Signer::from_mnemonic(MNEMONIC, DEFAULT_PREFIX).unwrap();
        let msg =
            wasm::execute(signer.address(), "cosmos1hub", &serde_json::json!({}), &[]).unwrap();
        let fee = TxFee {
            amount: 2_500,
            denom: "uatom".into(),
            gas_limit: 100_000,
        };
        let account = Account {
            number: 4,
            sequence: 11,
        };
        let chain_id = "faro-local-1".parse().unwrap();
        let bytes = sign(&signer, &chain_id, account, &[msg.clone(), msg], &fee).unwrap();

        let raw = TxRaw::decode(bytes.as_slice()).unwrap();
        let body = TxBody::decode(raw.body_bytes.as_slice()).unwrap();
        assert_eq!(body.messages.len(), 2);
        let auth = AuthInfo::decode(raw.auth_info_bytes.as_slice()).unwrap();
        assert_eq!(auth.signer_infos[0].sequence, 11);
        let paid = auth.fee.unwrap();
        assert_eq!(paid.gas_limit, 100_000);
        assert_eq!(paid.amount[0].amount, "2500");
        assert_eq!(raw.signatures.len(), 1);
        assert_eq!(raw.signatures[0].len(), 64);
    }

    #[test]
    fn tx_hash_is_the_upper_hex_sha256() {
        assert_eq!(
            tx_hash(b"").to_string(),
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
        );
    }
}
