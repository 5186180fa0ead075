//! The Faro side of the end-to-end test: the local chain (`scripts/localnet.sh env`), the
//! deployment the test script made, and the queries that show what the relayer did.

use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use faro_client::deploy::Deployment;
use faro_client::{Client, GasPrice, Signer};
use faro_types::{oracle, prover_pool};
use serde::de::DeserializeOwned;
use serde::Serialize;

pub struct FaroChain {
    pub client: Client,
    pub deployment: Deployment,
    pub rpc: String,
}

fn env(name: &str) -> String {
    std::env::var(name)
        .unwrap_or_else(|_| panic!("{name} is unset: run this test with tests/e2e/relayer.sh"))
}

impl FaroChain {
    pub async fn connect() -> Self {
        let rpc = env("FARO_RPC");
        let denom = env("FARO_DENOM");
        let deployment = Deployment::read(&PathBuf::from(env("FARO_DEPLOYMENT"))).unwrap();
        let price = GasPrice::new(cosmwasm_std::Decimal::zero(), &denom);
        let client = Client::connect(&rpc, &env("FARO_CHAIN_ID"), &denom, price)
            .await
            .unwrap();
        Self {
            client,
            deployment,
            rpc,
        }
    }

    pub fn signer(&self, name: &str) -> Signer {
        Signer::from_env(name, "cosmos").unwrap()
    }

    pub async fn block(&self, block_id: u64) -> Option<prover_pool::Block> {
        let contract = &self.deployment.contracts.prover_pool;
        self.query(contract, &prover_pool::QueryMsg::Block { block_id })
            .await
    }

    pub async fn final_report(&self, epoch: u64) -> Option<oracle::FinalReport> {
        let contract = &self.deployment.contracts.oracle;
        self.query(contract, &oracle::QueryMsg::Final { epoch })
            .await
    }

    async fn query<T: DeserializeOwned>(&self, contract: &str, msg: &impl Serialize) -> T {
        self.client.query_smart(contract, msg).await.unwrap()
    }

    pub async fn chain_time(&self) -> u64 {
        self.client.node().latest_block_time().await.unwrap() / 1_000_000_000
    }
}

/// Polls `check` every 50 ms until it gives a value; fails after `limit`.
pub async fn eventually<T, F: Future<Output = Option<T>>>(
    what: &str,
    limit: Duration,
    mut check: impl FnMut() -> F,
) -> T {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "{what}: not within {limit:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
