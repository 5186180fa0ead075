//! Prover pool: provers stake wrapped LST, are assigned rollup blocks by weight, are paid
//! for timely proofs and slashed for missed ones.
//!
//! **Stake.** A prover `Send`s wstTOKEN with [`ReceiveMsg::Stake`]: its expected reward
//! per gas `R` and its capacity `C` (blocks it can have in flight). The stake must be at
//! least `C × min_stake_per_capacity`. Staking again tops the stake up and must repeat the
//! same `R` and `C`; [`ExecuteMsg::UpdateParams`] changes them, at most once per
//! [`PARAMS_COOLDOWN`] (counted from the first stake on). The staked wstTOKEN keep earning
//! staking yield: the wrapper's unit is a heavy share.
//!
//! **Active set.** The [`ACTIVE_SET_SIZE`] provers with the most stake are active; there is
//! no waiting list. While the set is full, a newcomer must stake strictly more than the
//! smallest active stake; that prover (the latest to join among equals) is moved to the
//! exit queue, stake intact, exactly as if it had called `Unstake`.
//!
//! **Weight.** `W = A·F²/R′²` with `R′ = R` clamped to `[0.75F, 1.25F]` (`⌈0.75F⌉` and
//! `⌊1.25F⌋` in atomics), so a tiny `R` wins at most `(4/3)²` times the weight of `R = F`;
//! `W = 0` when the prover has no capacity left. `F` is the current fee per gas.
//!
//! **Blocks.** The relayer (or the owner) reports each rollup proposal with
//! [`ExecuteMsg::ProposeBlock`] and escrows the proposer's fee `⌈F × gas_used⌉` in
//! `fee_denom`: attached coins are credited to the sender's fee deposit, and the fee is
//! taken from that deposit. The block goes to the active prover picked by
//! `sha256(parent_hash ‖ block_id as 8 big-endian bytes)`, read as a big-endian integer
//! modulo the total weight, over the provers' cumulative weights; its `R′` (from `F` at
//! that moment) is fixed on the block, and one unit of the prover's capacity is taken.
//! With no weight anywhere the block is *open*, its `R′` is `F`, and at most
//! `max_open_blocks` open blocks may be unsettled at once.
//!
//! **Proofs.** The proving window is `2 × average proof delay`, clamped to
//! [[`MIN_PROOF_WINDOW`], [`MAX_PROOF_WINDOW`]], and fixed on the block at proposal. A proof
//! reported at `proven_at` (L1 seconds, not before the proposal, not in the future) is late
//! when `proven_at − proposed_at > window`. Every block settles exactly once:
//! - assigned, in time: only the assigned prover may prove it; paid `⌊R′ × gas_used⌋`,
//!   then `F ← (F·1023 + R′)/1024` and the average delay `← (15·avg + delay)/16`;
//! - assigned, late: the actual prover is paid `⌊1.5 × R′ × gas_used⌋`, and the assigned
//!   prover is slashed `max(⌈slash_fraction × stake⌉, slash_reward_multiple × ⌊R′ ×
//!   gas_used⌋)`, capped at its stake, sent to the treasury. The assigned prover proving
//!   its own block late is paid `⌊R′ × gas_used⌋`, without the bonus, and slashed all the
//!   same: the half extra pays whoever covers for a prover that failed, and a prover that
//!   is late must never earn more from its block than one in time (proving it under
//!   another name earns the bonus but, at [`MIN_SLASH_REWARD_MULTIPLE`], loses more to the
//!   slash);
//! - open: the actual prover is paid `⌊1.5 × R′ × gas_used⌋`; nobody is slashed.
//!
//! Settling an assigned block gives the assigned prover its capacity unit back, whatever
//! the outcome. A prover slashed to zero, or below `C × min_stake_per_capacity`, leaves the
//! active set; what stake it has left goes to the exit queue.
//!
//! **Money.** Payouts come from the block's escrow and the pool's reserve (escrow surpluses
//! and [`ExecuteMsg::FundReserve`]). The pool never pays more than it holds: what escrow
//! and reserve cannot cover is recorded as a debt to the prover. Debts are paid in the
//! order they arose, from the reserve, before the reserve covers any new payout; each
//! call that adds to the reserve pays up to [`MAX_DEBTS_PAID`] of them.
//!
//! **Exit.** `Unstake` moves the whole stake to the exit queue for [`EXIT_DELAY`]; it stays
//! liable to slashing for blocks already assigned. `Withdraw` is refused while any of
//! them is unsettled (one check of the record's `in_flight`), so a prover cannot leave
//! ahead of a late proof and its slash; a block whose proof the relayer never reports
//! keeps the stake until the owner, who may report proofs too, settles it.
//!
//! **Configuration.** The owner changes the relayer, the treasury, `max_open_blocks`, the
//! slash parameters and the stake minimums with [`ExecuteMsg::UpdateConfig`], within the
//! bounds instantiate checks; the stake token, the fee denom and the launch figures are
//! fixed. A change applies from the next action that reads it: new minimums bind a prover
//! when it joins or next sets its parameters (a top-up keeps its parameters and is not
//! checked again), and a slash measures the stake left against the minimum then in
//! force, so a prover that has fallen below a raised minimum leaves the active set at its
//! next slash; new slash parameters apply to every block settled from then on, already
//! assigned ones included; a lower `max_open_blocks` refuses new open blocks until the
//! unsettled ones fit under it; a new relayer replaces the old one at once (the old one's
//! fee deposit stays its to withdraw); a new treasury receives the next slash.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{Addr, Decimal, Decimal256, HexBinary, Timestamp, Uint128, Uint256};

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
pub use cw20::Cw20ReceiveMsg;

/// The top provers by stake that receive assignments.
pub const ACTIVE_SET_SIZE: u32 = 32;
/// Seconds an exiting prover waits before withdrawing its stake.
pub const EXIT_DELAY: u64 = 7 * 24 * 3600;
/// Seconds between two changes of a prover's stake parameters.
pub const PARAMS_COOLDOWN: u64 = 24 * 3600;
/// The proving window is twice the average proof delay, clamped to these seconds.
pub const MIN_PROOF_WINDOW: u64 = 10 * 60;
pub const MAX_PROOF_WINDOW: u64 = 90 * 60;
/// The most debts to provers paid in one call, so that no call's work grows with them.
pub const MAX_DEBTS_PAID: usize = 10;
/// A slash is at least this many times the block's reward, so a prover proving its own
/// late block under another name (paid 1.5 times the reward) loses by it, as long as a
/// unit of the stake token is worth at least three quarters of a fee unit (the wrapped
/// LST of the fee denom is worth more than one).
pub const MIN_SLASH_REWARD_MULTIPLE: u32 = 2;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    pub config: Config<String>,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// The stake token's `Send` hook; its `msg` is a [`ReceiveMsg`].
        Receive(Cw20ReceiveMsg),
        /// An active prover changes its expected reward per gas and capacity, at most once per
        /// [`PARAMS_COOLDOWN`]; its stake must cover the new capacity.
        UpdateParams {
            reward_per_gas: Decimal,
            capacity: u32,
        },
        /// An active prover leaves: its whole stake waits [`EXIT_DELAY`] in the exit queue.
        Unstake {},
        /// An exiting prover, once its delay is over and every block assigned to it has
        /// settled: its remaining stake is sent back.
        Withdraw {},
        /// Relayer or owner: a rollup block was proposed. Escrows `⌈F × gas_used⌉` from the
        /// attached coins and the sender's fee deposit, and assigns the block.
        ProposeBlock {
            block_id: u64,
            /// 32 bytes.
            parent_hash: HexBinary,
            gas_used: u64,
        },
        /// Relayer or owner: `prover` proved the block at L1 time `proven_at` (seconds) and is
        /// paid for it; within the block's window only its assigned prover may prove it.
        ProveBlock {
            block_id: u64,
            prover: String,
            proven_at: u64,
        },
        /// Adds the attached `fee_denom` coins to the sender's fee deposit.
        DepositFees {},
        /// Takes `amount` out of the sender's fee deposit.
        WithdrawFees { amount: Uint128 },
        /// Owner only: adds the attached `fee_denom` coins to the reserve; pays debts first.
        FundReserve {},
        /// Owner only: each field given replaces the current one, within the bounds
        /// instantiate checks; one bad field changes nothing.
        UpdateConfig(ConfigUpdate),
    }
}

/// The configuration the owner may change; `None` keeps the current value.
#[cw_serde]
#[derive(Default)]
pub struct ConfigUpdate {
    pub relayer: Option<String>,
    pub treasury: Option<String>,
    pub min_capacity: Option<u32>,
    pub min_stake_per_capacity: Option<Uint128>,
    pub max_open_blocks: Option<u32>,
    pub slash_fraction: Option<Decimal>,
    /// At least [`MIN_SLASH_REWARD_MULTIPLE`].
    pub slash_reward_multiple: Option<u32>,
}

/// What a stake-token `Send` to the pool asks for.
#[cw_serde]
pub enum ReceiveMsg {
    /// Stakes the amount sent for the sender: a new prover, or a top-up with the same
    /// parameters.
    Stake {
        reward_per_gas: Decimal,
        capacity: u32,
    },
}

msg_enum! {
    pub enum QueryMsg {
        /// F, the average proof delay and window, and the pool's books.
        #[returns(PoolResponse)]
        Pool {},
        /// The active provers with their weights, by address.
        #[returns(ActiveSetResponse)]
        ActiveSet {
            start_after: Option<String>,
            limit: Option<u32>,
        },
        #[returns(Option<ProverResponse>)]
        Prover { address: String },
        /// Every prover with stake in the pool, active or exiting, by address.
        #[returns(ProversResponse)]
        Provers {
            start_after: Option<String>,
            limit: Option<u32>,
        },
        /// A block, its assignment and, once settled, its settlement.
        #[returns(Option<Block>)]
        Block { block_id: u64 },
        #[returns(BlocksResponse)]
        Blocks {
            start_after: Option<u64>,
            limit: Option<u32>,
        },
        /// The fee deposit of `address`.
        #[returns(Uint128)]
        FeeDeposit { address: String },
        /// Unpaid debts to provers, oldest first.
        #[returns(DebtsResponse)]
        Debts {
            start_after: Option<u64>,
            limit: Option<u32>,
        },
    }
}

/// The pool's configuration. Its addresses (`A`) are `String` as sent at instantiation
/// and `Addr` once validated, as stored and as the `Config` query answers.
#[cw_serde]
#[schemars(rename = "Config")]
pub struct Config<A = Addr> {
    /// The cw20 provers stake (the wrapped LST).
    pub stake_token: A,
    /// The native denom proposers pay fees in and provers are paid in.
    pub fee_denom: String,
    /// Receives slashed stake.
    pub treasury: A,
    /// The relayer allowed to report block proposals and proofs.
    pub relayer: A,
    pub min_capacity: u32,
    pub min_stake_per_capacity: Uint128,
    /// F at launch: the fee per gas before any proof has moved it.
    pub initial_fee_per_gas: Decimal,
    /// The average proof delay in seconds before any proof has moved it; at most
    /// [`MAX_PROOF_WINDOW`].
    pub initial_proof_delay: u64,
    pub max_open_blocks: u32,
    /// Share of an assigned prover's stake slashed for a missed proof.
    pub slash_fraction: Decimal,
    /// A slash is at least this many times the block's reward; at least
    /// [`MIN_SLASH_REWARD_MULTIPLE`].
    pub slash_reward_multiple: u32,
}

crate::impl_try_map_addresses! {
    Config {
        addresses: stake_token, treasury, relayer;
        kept: fee_denom, min_capacity, min_stake_per_capacity, initial_fee_per_gas,
            initial_proof_delay, max_open_blocks, slash_fraction, slash_reward_multiple
    }
}

/// A prover's stake record: created by its first stake, removed when it withdraws or is
/// slashed to zero.
#[cw_serde]
pub struct Prover {
    pub address: Addr,
    /// Unique over the pool's life, so that a block assigned to an earlier record of the
    /// same address never touches a later one.
    pub record: u64,
    pub stake: Uint128,
    pub reward_per_gas: Decimal,
    /// C: the most blocks it may have in flight.
    pub capacity: u32,
    /// Blocks assigned to it and not yet settled. It may exceed `capacity` after the
    /// prover lowers it; the capacity left is then zero.
    pub in_flight: u32,
    /// When `reward_per_gas` and `capacity` were last set.
    pub params_set_at: Timestamp,
    pub status: ProverStatus,
}

#[cw_serde]
pub enum ProverStatus {
    Active,
    /// In the exit queue, still liable for its blocks; withdrawable from `unlock_at` once
    /// none is in flight.
    Exiting {
        unlock_at: Timestamp,
    },
}

#[cw_serde]
pub struct Block {
    pub block_id: u64,
    /// The account whose fee deposit paid the escrow.
    pub proposer: Addr,
    pub gas_used: u64,
    /// Chain time of the proposal, in seconds.
    pub proposed_at: u64,
    /// Seconds after `proposed_at` within which the assigned prover is in time.
    pub window: u64,
    /// The escrowed fee, `⌈F × gas_used⌉`.
    pub fee: Uint128,
    /// R′: the assigned prover's clamped reward per gas, or F for an open block.
    pub reward_per_gas: Decimal256,
    /// None: an open block.
    pub assigned: Option<Assignment>,
    pub settlement: Option<Settlement>,
}

#[cw_serde]
pub struct Assignment {
    pub prover: Addr,
    /// The [`Prover::record`] the block was assigned to.
    pub record: u64,
}

#[cw_serde]
pub struct Settlement {
    pub prover: Addr,
    pub proven_at: u64,
    pub outcome: Outcome,
    /// What the prover was due.
    pub payout: Uint128,
    /// What it was paid at once; the rest became a debt.
    pub paid: Uint128,
    /// Stake taken from the assigned prover.
    pub slashed: Uint128,
}

#[cw_serde]
#[derive(Copy)]
pub enum Outcome {
    InTime,
    Late,
    Open,
}

#[cw_serde]
pub struct PoolResponse {
    /// F.
    pub fee_per_gas: Decimal256,
    /// Seconds.
    pub average_proof_delay: u64,
    /// The window a block proposed now gets, in seconds.
    pub proof_window: u64,
    /// Stake held for active and exiting provers.
    pub total_stake: Uint128,
    pub active_provers: u32,
    pub open_blocks: u32,
    /// Fees escrowed by unsettled blocks.
    pub escrowed: Uint128,
    /// Fee deposits of proposers.
    pub deposits: Uint128,
    /// Held for payouts beyond escrows, debts first.
    pub reserve: Uint128,
    /// Unpaid debts to provers.
    pub owed: Uint128,
}

#[cw_serde]
pub struct ActiveProver {
    pub address: Addr,
    pub stake: Uint128,
    /// R′ at the current F.
    pub reward_per_gas: Decimal256,
    pub capacity: u32,
    pub available: u32,
    pub weight: Uint256,
}

#[cw_serde]
pub struct ActiveSetResponse {
    pub provers: Vec<ActiveProver>,
    /// Over the whole set, not only this page.
    pub total_weight: Uint256,
    pub fee_per_gas: Decimal256,
}

#[cw_serde]
pub struct ProverResponse {
    pub prover: Prover,
    /// Capacity left: `capacity − in_flight`, at least zero.
    pub available: u32,
    /// Zero unless active.
    pub weight: Uint256,
}

#[cw_serde]
pub struct ProversResponse {
    pub provers: Vec<Prover>,
}

#[cw_serde]
pub struct BlocksResponse {
    pub blocks: Vec<Block>,
}

#[cw_serde]
pub struct Debt {
    pub id: u64,
    pub prover: Addr,
    pub amount: Uint128,
}

#[cw_serde]
pub struct DebtsResponse {
    pub debts: Vec<Debt>,
    pub total: Uint128,
}

/// The one message the pool sends its stake token, serialised exactly as the cw20
/// `Transfer`; the pool then carries the code for this alone, not the whole cw20 interface.
#[cw_serde]
pub enum StakeTokenMsg {
    Transfer { recipient: String, amount: Uint128 },
}
