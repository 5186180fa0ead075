//! Drives the geth dev node: deploys the rollup contract, calls it from the prefunded dev
//! account (geth signs), makes blocks on demand and rewinds the head.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use alloy::eips::BlockNumberOrTag;
use alloy::primitives::{Address, Bytes, B256, U64};
use alloy::providers::{Provider, RootProvider};
use alloy::rpc::types::{Header, TransactionReceipt, TransactionRequest};
use alloy::sol_types::SolCall;
use faro_relayer::l1::contract::RollupL1;
use faro_relayer::l1::reader::Url;
use serde_json::json;

pub struct DevChain {
    pub url: Url,
    pub provider: RootProvider,
    pub dev: Address,
    next_withdrawal: u64,
}

/// The node's RPC, from `scripts/l1node.sh env`.
pub fn rpc_url() -> Url {
    std::env::var("FARO_L1_RPC")
        .expect("FARO_L1_RPC is unset: run these tests with tests/l1/run.sh")
        .parse()
        .unwrap()
}

impl DevChain {
    pub async fn connect() -> Self {
        let url = rpc_url();
        let provider = RootProvider::new_http(url.clone());
        let dev = provider.get_accounts().await.unwrap()[0];
        let period = std::env::var("FARO_L1_PERIOD").unwrap_or_default();
        assert_eq!(
            period, "0",
            "the tests make their own blocks: start geth with FARO_L1_PERIOD=0"
        );
        Self {
            url,
            provider,
            dev,
            next_withdrawal: 0,
        }
    }

    pub fn socket_addr(&self) -> SocketAddr {
        let host = self.url.host_str().unwrap();
        format!("{host}:{}", self.url.port().unwrap())
            .parse()
            .unwrap()
    }

    pub async fn head(&self) -> u64 {
        self.provider.get_block_number().await.unwrap()
    }

    pub async fn block_hash(&self, number: u64) -> B256 {
        self.header(number).await.hash
    }

    pub async fn block_time(&self, number: u64) -> u64 {
        self.header(number).await.timestamp
    }

    async fn header(&self, number: u64) -> Header {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Number(number));
        block.await.unwrap().unwrap().header
    }

    /// Deploys the contract compiled by contracts-l1/build.sh; returns it and its block.
    pub async fn deploy_rollup(&self) -> (Address, u64) {
        let path = std::env::var("FARO_L1_ROLLUP_BIN").expect("FARO_L1_ROLLUP_BIN is unset");
        let hex = std::fs::read_to_string(&path).unwrap();
        let code: Bytes = hex.trim().parse().unwrap();
        let tx = TransactionRequest::default()
            .from(self.dev)
            .input(code.into());
        let mut tx = tx;
        tx.to = Some(alloy::primitives::TxKind::Create);
        let receipt = self.send(tx).await;
        (
            receipt.contract_address.unwrap(),
            receipt.block_number.unwrap(),
        )
    }

    /// Sends a call from the dev account; in a dev node with period 0 it is mined at once,
    /// in a block of its own.
    pub async fn call(&self, to: Address, call: impl SolCall) -> TransactionReceipt {
        let tx = TransactionRequest::default()
            .from(self.dev)
            .to(to)
            .input(call.abi_encode().into());
        self.send(tx).await
    }

    async fn send(&self, tx: TransactionRequest) -> TransactionReceipt {
        let hash: B256 = self
            .provider
            .raw_request("eth_sendTransaction".into(), (tx,))
            .await
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            // A node just started answers "transaction indexing is in progress" for a while.
            match self.provider.get_transaction_receipt(hash).await {
                Ok(Some(receipt)) => {
                    assert!(receipt.status(), "transaction {hash} reverted");
                    return receipt;
                }
                Ok(None) => {}
                Err(err) if err.to_string().contains("indexing is in progress") => {}
                Err(err) => panic!("receipt of {hash}: {err}"),
            }
            assert!(Instant::now() < deadline, "transaction {hash} not mined");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    pub async fn propose(
        &self,
        rollup: Address,
        parent: B256,
        gas_used: u64,
    ) -> TransactionReceipt {
        self.call(
            rollup,
            RollupL1::proposeBlockCall {
                parentHash: parent,
                gasUsed: gas_used,
            },
        )
        .await
    }

    pub async fn prove(&self, rollup: Address, block_id: u64, prover: &str) -> TransactionReceipt {
        self.call(
            rollup,
            RollupL1::proveBlockCall {
                blockId: block_id,
                prover: prover.to_string(),
            },
        )
        .await
    }

    pub async fn report_epoch(
        &self,
        rollup: Address,
        epoch: u64,
        epoch_end: u64,
        heavy_rewards: u128,
        operators: Vec<RollupL1::OperatorResult>,
    ) -> TransactionReceipt {
        self.call(
            rollup,
            RollupL1::reportEpochCall {
                epoch,
                epochEnd: epoch_end,
                heavyRewards: heavy_rewards,
                operators,
            },
        )
        .await
    }

    /// Makes `count` empty blocks (a dev node with period 0 seals one per withdrawal).
    pub async fn mine(&mut self, count: u64) {
        let target = self.head().await + count;
        while self.head().await < target {
            let before = self.head().await;
            self.next_withdrawal += 1;
            let withdrawal = json!({
                "index": format!("{:#x}", self.next_withdrawal),
                "validatorIndex": "0x0",
                "address": "0x00000000000000000000000000000000000000fa",
                "amount": "0x1",
            });
            let _: serde_json::Value = self
                .provider
                .raw_request("dev_addWithdrawal".into(), (withdrawal,))
                .await
                .unwrap();
            let deadline = Instant::now() + Duration::from_secs(10);
            while self.head().await == before {
                assert!(Instant::now() < deadline, "no block sealed");
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
    }

    /// Rewinds the head to `number`; the blocks above are dropped from the canonical chain.
    ///
    /// A dev node seals on a background thread, sometimes one more empty block after a
    /// transaction's, and its pool follows the head asynchronously. So the node is left to
    /// go still first, and after the rewind the pool must have the rewound chain's nonce
    /// before the next transaction takes one from it.
    pub async fn set_head(&self, number: u64) {
        self.until_still().await;
        let _: serde_json::Value = self
            .provider
            .raw_request("debug_setHead".into(), (U64::from(number),))
            .await
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let chain = self.provider.get_transaction_count(self.dev).latest();
            let pool = self.provider.get_transaction_count(self.dev).pending();
            if chain.await.unwrap() == pool.await.unwrap() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the pool did not follow the rewind"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Waits until the pool is empty and no block has been sealed for a while.
    pub async fn until_still(&self) {
        const STILL: Duration = Duration::from_millis(200);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let head = self.head().await;
            tokio::time::sleep(STILL).await;
            let status: serde_json::Value = self
                .provider
                .raw_request("txpool_status".into(), ())
                .await
                .unwrap();
            let pooled = status["pending"] != "0x0" || status["queued"] != "0x0";
            if !pooled && self.head().await == head {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the node did not go still: {status}"
            );
        }
    }
}
