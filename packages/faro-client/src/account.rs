//! Account numbers and sequences: read from the chain once, then counted locally across
//! consecutive txs.

use std::collections::HashMap;
use std::sync::Mutex;

use cosmrs::proto::cosmos::auth::v1beta1::{
    BaseAccount, QueryAccountRequest, QueryAccountResponse,
};
use cosmrs::proto::prost::Message;

use crate::error::{ClientError, Result};
use crate::node::Node;

const ACCOUNT_QUERY: &str = "/cosmos.auth.v1beta1.Query/Account";
const BASE_ACCOUNT: &str = "/cosmos.auth.v1beta1.BaseAccount";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Account {
    pub number: u64,
    /// The sequence of the next tx this account signs.
    pub sequence: u64,
}

/// Reads `address`'s account from the chain.
pub async fn query_account(node: &Node, address: &str) -> Result<Account> {
    let request = QueryAccountRequest {
        address: address.to_string(),
    };
    let bytes = match node
        .abci_query(ACCOUNT_QUERY, request.encode_to_vec())
        .await
    {
        Err(ClientError::QueryFailed { log, .. }) if log.contains("not found") => {
            return Err(ClientError::AccountNotFound {
                address: address.to_string(),
            })
        }
        other => other?,
    };
    let any = QueryAccountResponse::decode(bytes.as_slice())
        .map_err(|e| ClientError::decode(ACCOUNT_QUERY, e))?
        .account
        .ok_or_else(|| ClientError::AccountNotFound {
            address: address.to_string(),
        })?;
    if any.type_url != BASE_ACCOUNT {
        return Err(ClientError::decode(
            ACCOUNT_QUERY,
            format!("{address} is a {}, not a base account", any.type_url),
        ));
    }
    let account = BaseAccount::decode(any.value.as_slice())
        .map_err(|e| ClientError::decode(ACCOUNT_QUERY, e))?;
    Ok(Account {
        number: account.account_number,
        sequence: account.sequence,
    })
}

/// The next sequence of every account that signed through this client.
#[derive(Debug, Default)]
pub struct Sequences {
    known: Mutex<HashMap<String, Account>>,
}

impl Sequences {
    pub fn get(&self, address: &str) -> Option<Account> {
        self.lock().get(address).copied()
    }

    pub fn set(&self, address: &str, account: Account) {
        self.lock().insert(address.to_string(), account);
    }

    /// After a tx entered the mempool: the next one takes the following sequence.
    pub fn advance(&self, address: &str) {
        if let Some(account) = self.lock().get_mut(address) {
            account.sequence += 1;
        }
    }

    /// Forgets `address`, so the next tx reads its account from the chain again.
    pub fn forget(&self, address: &str) {
        self.lock().remove(address);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Account>> {
        self.known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences_advance_per_account() {
        let sequences = Sequences::default();
        let alice = Account {
            number: 7,
            sequence: 3,
        };
        sequences.set("alice", alice);
        sequences.advance("alice");
        sequences.advance("bob");
        assert_eq!(sequences.get("alice").unwrap().sequence, 4);
        assert_eq!(sequences.get("bob"), None);
        sequences.forget("alice");
        assert_eq!(sequences.get("alice"), None);
    }
}
