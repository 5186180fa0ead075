mod capacity;
mod config_effects;
mod convergence;
mod exit;
mod fees;
mod guards;
mod instantiate;
mod math;
mod params;
mod propose;
mod prove;
mod queries;
mod selection;
mod slashing;
mod stake;
mod update_config;

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{
    coins, from_json, to_json_binary, Addr, BankMsg, Coin, CosmosMsg, Decimal, Env, HexBinary,
    MemoryStorage, Order, OwnedDeps, Response, StdResult, Storage, Timestamp, Uint128, WasmMsg,
};
use faro_types::prover_pool::{
    Block, Config, Cw20ReceiveMsg, ExecuteMsg, InstantiateMsg, PoolResponse, Prover,
    ProverResponse, ProverStatus, ReceiveMsg, StakeTokenMsg,
};

use crate::contract::{execute, instantiate};
use crate::error::ContractError;
use crate::query;
use crate::state::{ACTIVE, BLOCKS, DEBTS, DEPOSITS, POOL, PROVERS};

pub(crate) type TestDeps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

pub(crate) const DENOM: &str = "uatom";
/// One million: the stake one unit of capacity needs in [`instantiate_msg`].
pub(crate) const PER_CAPACITY: u128 = 1_000_000;

pub(crate) fn addr(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    instantiate_with(|_| {})
}

/// [`instantiate_msg`] with `change` made to its configuration.
pub(crate) fn instantiate_with(change: impl FnOnce(&mut Config<String>)) -> InstantiateMsg {
    let mut config = Config {
        stake_token: addr("wrapped_lst").to_string(),
        fee_denom: DENOM.to_string(),
        treasury: addr("treasury").to_string(),
        relayer: addr("relayer").to_string(),
        min_capacity: 1,
        min_stake_per_capacity: Uint128::new(PER_CAPACITY),
        initial_fee_per_gas: Decimal::permille(25),
        initial_proof_delay: 600,
        max_open_blocks: 4,
        slash_fraction: Decimal::percent(5),
        slash_reward_multiple: 10,
    };
    change(&mut config);
    InstantiateMsg {
        owner: addr("dao").to_string(),
        config,
    }
}

/// F at launch in [`instantiate_msg`].
pub(crate) fn f0() -> Decimal {
    Decimal::permille(25)
}

/// The 32-byte parent hash the suite gives block `block_id`.
pub(crate) fn parent_hash(block_id: u64) -> HexBinary {
    let mut hash = [0u8; 32];
    hash[..8].copy_from_slice(&block_id.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_le_bytes());
    hash[31] = 0xfa;
    HexBinary::from(hash)
}

/// The pool, a clock, and every coin and stake token the pool has sent.
pub(crate) struct Suite {
    pub deps: TestDeps,
    pub now: u64,
    /// Fee coins the pool has received and not sent on.
    pub held: u128,
    /// Fee coins sent, by recipient.
    pub sent: BTreeMap<Addr, u128>,
    /// Stake tokens received and not transferred back.
    pub staked: u128,
    /// Stake tokens transferred, by recipient.
    pub transferred: BTreeMap<Addr, u128>,
}

impl Suite {
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    /// The pool instantiated with `change` made to the suite's configuration.
    pub fn with(change: impl FnOnce(&mut Config<String>)) -> Self {
        let mut deps = mock_dependencies();
        let info = message_info(&addr("deployer"), &[]);
        instantiate(deps.as_mut(), mock_env(), info, instantiate_with(change)).unwrap();
        Suite {
            deps,
            now: mock_env().block.time.seconds(),
            held: 0,
            sent: BTreeMap::new(),
            staked: 0,
            transferred: BTreeMap::new(),
        }
    }

    /// The pool with fees and reserve to spare: the relayer has deposited 10^10 and the
    /// reserve holds 10^10.
    pub fn funded() -> Self {
        let mut suite = Self::new();
        suite.deposit("relayer", 10_000_000_000);
        suite.fund_reserve(10_000_000_000);
        suite
    }

    /// The pool with one prover, `name`, staked.
    pub fn with_prover(name: &str, amount: u128, reward_per_gas: Decimal, capacity: u32) -> Self {
        let mut suite = Self::new();
        suite.stake(name, amount, reward_per_gas, capacity).unwrap();
        suite
    }

    /// [`Suite::funded`] with one prover, `name`, staked.
    pub fn funded_with_prover(
        name: &str,
        amount: u128,
        reward_per_gas: Decimal,
        capacity: u32,
    ) -> Self {
        let mut suite = Self::funded();
        suite.stake(name, amount, reward_per_gas, capacity).unwrap();
        suite
    }

    /// Twelve open blocks of 100,000 gas, `i` proven by `prover{i}`, each owing its prover
    /// 1,250 beyond its escrow: more debts than one call pays.
    pub fn with_twelve_debts() -> Self {
        let mut suite = Self::with(|config| config.max_open_blocks = 16);
        suite.deposit("relayer", 1_000_000_000);
        for i in 0..12u64 {
            suite.propose(i, 100_000).unwrap();
            suite.prove(i, &format!("prover{i}")).unwrap();
        }
        suite
    }

    pub fn env(&self) -> Env {
        let mut env = mock_env();
        env.block.time = Timestamp::from_seconds(self.now);
        env
    }

    pub fn advance(&mut self, seconds: u64) {
        self.now += seconds;
    }

    pub fn exec(&mut self, sender: &str, msg: ExecuteMsg) -> Result<Response, ContractError> {
        self.exec_funds(sender, &[], msg)
    }

    /// Runs `msg`; on success books the coins attached and every coin and stake token
    /// the pool sent.
    pub fn exec_funds(
        &mut self,
        sender: &str,
        funds: &[Coin],
        msg: ExecuteMsg,
    ) -> Result<Response, ContractError> {
        let info = message_info(&addr(sender), funds);
        let env = self.env();
        let res = execute(self.deps.as_mut(), env, info, msg)?;
        for coin in funds.iter().filter(|c| c.denom == DENOM) {
            self.held += coin.amount.u128();
        }
        let stake_token = addr("wrapped_lst");
        for sub in &res.messages {
            match &sub.msg {
                CosmosMsg::Bank(BankMsg::Send { to_address, amount }) => {
                    assert_eq!(amount.len(), 1);
                    assert_eq!(amount[0].denom, DENOM);
                    let value = amount[0].amount.u128();
                    assert!(value > 0, "no empty sends");
                    self.held -= value;
                    *self.sent.entry(Addr::unchecked(to_address)).or_default() += value;
                }
                CosmosMsg::Wasm(WasmMsg::Execute {
                    contract_addr,
                    msg,
                    funds,
                }) => {
                    assert_eq!(contract_addr, stake_token.as_str());
                    assert!(funds.is_empty());
                    let StakeTokenMsg::Transfer { recipient, amount } = from_json(msg).unwrap();
                    assert!(!amount.is_zero(), "cw20 refuses empty transfers");
                    self.staked -= amount.u128();
                    *self
                        .transferred
                        .entry(Addr::unchecked(recipient))
                        .or_default() += amount.u128();
                }
                other => panic!("unexpected message {other:?}"),
            }
        }
        Ok(res)
    }

    /// Runs `msg`, which must fail, and checks that it changed no stored byte.
    pub fn refuse(&mut self, sender: &str, funds: &[Coin], msg: ExecuteMsg) -> ContractError {
        let before: Vec<_> = self
            .deps
            .storage
            .range(None, None, Order::Ascending)
            .collect();
        let err = self.exec_funds(sender, funds, msg).unwrap_err();
        let after: Vec<_> = self
            .deps
            .storage
            .range(None, None, Order::Ascending)
            .collect();
        assert!(before == after, "{err:?} changed the state");
        err
    }

    /// `staker` sends `amount` stake tokens through the token named `token`.
    pub fn stake_via(
        &mut self,
        token: &str,
        staker: &str,
        amount: u128,
        reward_per_gas: Decimal,
        capacity: u32,
    ) -> Result<Response, ContractError> {
        let hook = stake_hook(staker, amount, reward_per_gas, capacity);
        let res = self.exec(token, hook)?;
        self.staked += amount;
        Ok(res)
    }

    pub fn stake(
        &mut self,
        staker: &str,
        amount: u128,
        reward_per_gas: Decimal,
        capacity: u32,
    ) -> Result<Response, ContractError> {
        self.stake_via("wrapped_lst", staker, amount, reward_per_gas, capacity)
    }

    pub fn deposit(&mut self, sender: &str, amount: u128) {
        self.exec_funds(sender, &coins(amount, DENOM), ExecuteMsg::DepositFees {})
            .unwrap();
    }

    pub fn fund_reserve(&mut self, amount: u128) -> Response {
        self.exec_funds("dao", &coins(amount, DENOM), ExecuteMsg::FundReserve {})
            .unwrap()
    }

    /// The relayer reports block `block_id`, paying from its deposit.
    pub fn propose(&mut self, block_id: u64, gas_used: u64) -> Result<Response, ContractError> {
        self.exec(
            "relayer",
            ExecuteMsg::ProposeBlock {
                block_id,
                parent_hash: parent_hash(block_id),
                gas_used,
            },
        )
    }

    /// The relayer reports each of `block_ids`, of `gas_used` each, paying from its deposit.
    pub fn propose_each(&mut self, block_ids: RangeInclusive<u64>, gas_used: u64) {
        for block_id in block_ids {
            self.propose(block_id, gas_used).unwrap();
        }
    }

    /// The relayer reports block `block_id` and attaches exactly its fee.
    pub fn propose_funded(&mut self, block_id: u64, gas_used: u64) -> Response {
        let fee = crate::math::fee(self.pool().fee_per_gas, gas_used).unwrap();
        let funds = if fee.is_zero() {
            vec![]
        } else {
            coins(fee.u128(), DENOM)
        };
        self.exec_funds(
            "relayer",
            &funds,
            ExecuteMsg::ProposeBlock {
                block_id,
                parent_hash: parent_hash(block_id),
                gas_used,
            },
        )
        .unwrap()
    }

    /// The relayer reports that `prover` proved `block_id` at `proven_at`.
    pub fn prove_at(
        &mut self,
        block_id: u64,
        prover: &str,
        proven_at: u64,
    ) -> Result<Response, ContractError> {
        self.exec(
            "relayer",
            ExecuteMsg::ProveBlock {
                block_id,
                prover: addr(prover).to_string(),
                proven_at,
            },
        )
    }

    /// Proves `block_id` now, reported at the current time.
    pub fn prove(&mut self, block_id: u64, prover: &str) -> Result<Response, ContractError> {
        let now = self.now;
        self.prove_at(block_id, prover, now)
    }

    pub fn pool(&self) -> PoolResponse {
        query::pool(self.deps.as_ref()).unwrap()
    }

    pub fn prover(&self, name: &str) -> Option<ProverResponse> {
        query::prover(self.deps.as_ref(), addr(name).to_string()).unwrap()
    }

    pub fn record(&self, name: &str) -> Prover {
        self.prover(name).expect("a record").prover
    }

    pub fn block(&self, block_id: u64) -> Block {
        query::block(self.deps.as_ref(), block_id)
            .unwrap()
            .expect("a block")
    }

    /// The prover a block went to, by name among `names`, or None for an open block.
    pub fn assignee<'a>(&self, block_id: u64, names: &[&'a str]) -> Option<&'a str> {
        let assigned = self.block(block_id).assigned?;
        names.iter().copied().find(|n| addr(n) == assigned.prover)
    }

    pub fn active(&self) -> Vec<Addr> {
        ACTIVE
            .may_load(&self.deps.storage)
            .unwrap()
            .unwrap_or_default()
    }

    pub fn sent_to(&self, name: &str) -> u128 {
        self.sent.get(&addr(name)).copied().unwrap_or_default()
    }

    pub fn transferred_to(&self, name: &str) -> u128 {
        self.transferred
            .get(&addr(name))
            .copied()
            .unwrap_or_default()
    }

    /// Every figure the pool keeps agrees with its records, its blocks and what it holds.
    pub fn assert_books(&self) {
        let storage = &self.deps.storage;
        let pool = POOL.load(storage).unwrap();
        let records: Vec<Prover> = PROVERS
            .range(storage, None, None, Order::Ascending)
            .map(|e| e.map(|(_, p)| p))
            .collect::<StdResult<_>>()
            .unwrap();
        let blocks: Vec<Block> = BLOCKS
            .range(storage, None, None, Order::Ascending)
            .map(|e| e.map(|(_, b)| b))
            .collect::<StdResult<_>>()
            .unwrap();
        let active = self.active();
        assert!(active.len() <= 32);

        let total: u128 = records.iter().map(|p| p.stake.u128()).sum();
        assert_eq!(pool.total_stake.u128(), total, "total stake");
        assert_eq!(self.staked, total, "stake tokens held");
        for record in &records {
            assert!(!record.stake.is_zero(), "no empty record");
            let is_active = record.status == ProverStatus::Active;
            assert_eq!(
                is_active,
                active.contains(&record.address),
                "set and record"
            );
            let in_flight = blocks
                .iter()
                .filter(|b| b.settlement.is_none())
                .filter(|b| {
                    b.assigned
                        .as_ref()
                        .is_some_and(|a| a.prover == record.address && a.record == record.record)
                })
                .count();
            assert_eq!(record.in_flight as usize, in_flight, "in flight");
            if is_active {
                assert!(record.stake.u128() >= record.capacity as u128 * PER_CAPACITY);
            }
        }
        assert_eq!(active.len(), {
            let mut unique = active.clone();
            unique.sort();
            unique.dedup();
            unique.len()
        });

        let unsettled = blocks.iter().filter(|b| b.settlement.is_none());
        let open = unsettled.clone().filter(|b| b.assigned.is_none()).count();
        assert_eq!(pool.open_blocks as usize, open, "open blocks");
        let escrowed: u128 = unsettled.map(|b| b.fee.u128()).sum();
        assert_eq!(pool.escrowed.u128(), escrowed, "escrowed");
        let deposits: u128 = DEPOSITS
            .range(storage, None, None, Order::Ascending)
            .map(|e| e.unwrap().1.u128())
            .sum();
        assert_eq!(pool.deposits.u128(), deposits, "deposits");
        let owed: u128 = DEBTS
            .range(storage, None, None, Order::Ascending)
            .map(|e| e.unwrap().1.amount.u128())
            .sum();
        assert_eq!(pool.owed.u128(), owed, "owed");
        assert_eq!(
            self.held,
            (pool.escrowed + pool.deposits + pool.reserve).u128(),
            "coins held"
        );
    }
}

/// The `Receive` hook a stake token calls the pool with after `staker` sent it `amount`.
pub(crate) fn stake_hook(
    staker: &str,
    amount: u128,
    reward_per_gas: Decimal,
    capacity: u32,
) -> ExecuteMsg {
    ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr(staker).to_string(),
        amount: Uint128::new(amount),
        msg: to_json_binary(&ReceiveMsg::Stake {
            reward_per_gas,
            capacity,
        })
        .unwrap(),
    })
}
