//! Hub: heavy liquid staking — bonding, the exchange rate, epochs, fees and unbonding.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    Addr, Decimal, Decimal256, OverflowError, QuerierWrapper, StdResult, Timestamp, Uint128,
};
use cw20::Cw20ReceiveMsg;

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;

/// The protocol fee never takes more than this share of an epoch's rewards.
pub const MAX_PROTOCOL_FEE: Decimal = Decimal::percent(30);
/// The instant-exit fee never exceeds this share of the exited amount.
pub const MAX_EXIT_FEE: Decimal = Decimal::percent(5);
/// The light layer never receives more than this share of an epoch's rewards.
pub const MAX_LIGHT_BUDGET: Decimal = Decimal::percent(20);
/// α at launch: the light layer's share of each epoch's rewards.
pub const DEFAULT_LIGHT_BUDGET: Decimal = Decimal::percent(5);
/// Cosmos keeps at most this many unbonding entries per delegator–validator pair, so one
/// batch per epoch needs `epoch_period ≥ unbonding_period / MAX_UNBONDING_ENTRIES`.
pub const MAX_UNBONDING_ENTRIES: u64 = 7;
/// Shares minted to the hub itself at the first bond and never burned, so the share
/// supply never returns to a handful of units a donation could inflate.
pub const DEAD_SHARES: Uint128 = Uint128::new(1_000);
/// The hub's first epoch: it opens at instantiation, and epochs count up by one from it.
pub const FIRST_EPOCH: u64 = 1;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The chain's native staking denom.
    pub denom: String,
    pub heavy_lst: String,
    pub tokenizer: String,
    pub registry: String,
    pub treasury: String,
    /// Seconds between epochs (harvest, rebase, unbonding batch).
    pub epoch_period: u64,
    /// The chain's unbonding time in seconds.
    pub unbonding_period: u64,
    pub fees: FeeConfig,
    /// α: the share of each epoch's rewards routed to the light layer.
    pub light_budget: Decimal,
}

#[cw_serde]
pub struct FeeConfig {
    /// Share of each epoch's rewards taken as the protocol fee (minted as heavy LST).
    pub protocol_fee: Decimal,
    /// Share of the protocol fee paid to operators, pro rata to their stake.
    pub operator_share: Decimal,
    /// Share of the protocol fee kept as the insurance fund; the treasury takes the rest.
    pub insurance_share: Decimal,
    /// Share of an instant exit kept by the protocol.
    pub exit_fee: Decimal,
}

/// The launch fees: 10% of rewards, half to operators and half to the treasury, no
/// insurance cut yet, and 0.1% on instant exits.
impl Default for FeeConfig {
    fn default() -> Self {
        FeeConfig {
            protocol_fee: Decimal::percent(10),
            operator_share: Decimal::percent(50),
            insurance_share: Decimal::zero(),
            exit_fee: Decimal::permille(1),
        }
    }
}

#[cw_serde]
#[derive(Default)]
pub struct ConfigUpdate {
    pub treasury: Option<String>,
    pub epoch_period: Option<u64>,
    pub fees: Option<FeeConfig>,
    pub light_budget: Option<Decimal>,
    /// The oracle told to broadcast the index after each settlement.
    pub oracle: Option<String>,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// Bonds the one coin attached: the native denom, or LSM shares `<valoper>/<record id>`
        /// of an active heavy operator, valued at what their redemption delegates. Mints heavy
        /// LST to `receiver` (the sender by default).
        Bond { receiver: Option<String> },
        /// The heavy LST's `Send` hook; its `msg` is a [`ReceiveMsg`].
        Receive(Cw20ReceiveMsg),
        /// Pays the sender's share of a batch whose unbonding has ended.
        Withdraw { batch_id: u64 },
        /// Anyone, once per epoch: harvests rewards, settles slashing and matured batches,
        /// mints the fees, restakes, and submits the epoch's unbonding batch.
        AdvanceEpoch {},
        /// Owner only. Moves stake between operators, e.g. to follow new weights.
        Redelegate {
            src: String,
            dst: String,
            amount: Uint128,
        },
        /// Owner only. Replaces the set of paused operations.
        SetPause(Pauses),
        /// Owner only. Every changed field must stay within the published bounds.
        UpdateConfig(ConfigUpdate),
    }
}

/// What a heavy LST `Send` to the hub asks for.
#[cw_serde]
pub enum ReceiveMsg {
    /// Queues the LST in the current epoch's batch; `Withdraw` pays it after unbonding.
    Unbond {},
    /// Burns the LST and hands the sender LSM shares of `validator` at once, less the
    /// exit fee.
    InstantExit { validator: String },
}

/// Operations the owner has paused; everything else keeps working.
#[cw_serde]
#[derive(Copy, Default)]
pub struct Pauses {
    pub bond: bool,
    pub unbond: bool,
    pub withdraw: bool,
    pub instant_exit: bool,
    pub epoch: bool,
}

msg_enum! {
    pub enum QueryMsg {
        #[returns(State)]
        State {},
        #[returns(Pauses)]
        Pauses {},
        #[returns(Batch)]
        Batch { id: u64 },
        /// Newest first.
        #[returns(BatchesResponse)]
        Batches {
            start_before: Option<u64>,
            limit: Option<u32>,
        },
        #[returns(UnbondRequestsResponse)]
        UnbondRequests {
            address: String,
            start_after: Option<u64>,
            limit: Option<u32>,
        },
    }
}

/// What the hub owes and holds. Heavy shares are counted by the heavy LST, not here.
#[cw_serde]
pub struct Books {
    /// Stake delegated through the tokenizer, as last measured at an epoch and moved by
    /// every bond and exit since.
    pub total_bonded: Uint128,
    /// Bonded coins the hub holds undelegated, for want of an active operator.
    pub pending: Uint128,
    /// The index last given to the heavy LST.
    pub index: Decimal256,
    /// The current epoch, which is also the id of the open batch.
    pub epoch: u64,
    pub next_epoch_at: Timestamp,
    /// Heavy shares the hub holds as the insurance fund.
    pub insurance_shares: Uint128,
    /// The light layer's rewards (α), held by the hub.
    pub light_pool: Uint128,
    /// Coins in the tokenizer that belong to batches: prepaid or paid out by the chain,
    /// and not yet withdrawn.
    pub reserved: Uint128,
}

impl Books {
    /// Everything the heavy shares are backed by.
    pub fn backing(&self) -> Result<Uint128, OverflowError> {
        self.total_bonded.checked_add(self.pending)
    }
}

/// The hub's books and what one heavy share is worth by them.
#[cw_serde]
pub struct State {
    pub books: Books,
    /// All heavy shares, as the heavy LST counts them.
    pub total_shares: Uint128,
    /// `(total_bonded + pending) / total_shares`: what one heavy share is worth.
    pub exchange_rate: Decimal256,
}

#[cw_serde]
#[derive(Copy)]
pub enum BatchStatus {
    /// Collecting requests during its epoch.
    Open,
    /// Submitted; the chain pays it out at `matures_at`.
    Unbonding,
    /// Paid out by the chain; holders withdraw their part.
    Withdrawable,
}

#[cw_serde]
pub struct Batch {
    pub id: u64,
    pub status: BatchStatus,
    /// Heavy shares queued in the batch.
    pub shares: Uint128,
    /// What the batch is owed: the shares' value at submission, less its part of any
    /// slash found while it unbonds.
    pub expected: Uint128,
    /// Of `expected`, what was already in hand (undelegated stake) at submission.
    pub prepaid: Uint128,
    pub matures_at: Option<Timestamp>,
    /// Once withdrawable: tokens and shares not yet withdrawn. Each withdrawal takes
    /// `unclaimed_tokens × its shares / unclaimed_shares`, so the last takes the rest.
    pub unclaimed_tokens: Uint128,
    pub unclaimed_shares: Uint128,
}

#[cw_serde]
pub struct BatchesResponse {
    pub batches: Vec<Batch>,
}

#[cw_serde]
pub struct UnbondRequest {
    pub batch_id: u64,
    pub shares: Uint128,
}

#[cw_serde]
pub struct UnbondRequestsResponse {
    pub requests: Vec<UnbondRequest>,
}

#[cw_serde]
pub struct Config {
    pub denom: String,
    pub heavy_lst: Addr,
    pub tokenizer: Addr,
    pub registry: Addr,
    pub treasury: Addr,
    pub epoch_period: u64,
    pub unbonding_period: u64,
    pub fees: FeeConfig,
    pub light_budget: Decimal,
    /// The oracle told to broadcast the new index after each settlement; none until the
    /// owner sets it.
    pub oracle: Option<Addr>,
}

/// The queries other Faro contracts make, serialised as the [`QueryMsg`] variants.
#[cw_serde]
pub enum CallQueryMsg {
    State {},
}

/// The hub as the oracle queries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HubContract(pub Addr);

impl HubContract {
    pub fn state(&self, querier: &QuerierWrapper) -> StdResult<State> {
        querier.query_wasm_smart(&self.0, &CallQueryMsg::State {})
    }

    /// The books in the hub's `State`, read as [`Backing`].
    pub fn backing(&self, querier: &QuerierWrapper) -> StdResult<Backing> {
        let state: StateBacking = querier.query_wasm_smart(&self.0, &CallQueryMsg::State {})?;
        Ok(state.books)
    }
}

/// [`State`] with only the part of its books the oracle reads.
#[derive(serde::Deserialize)]
struct StateBacking {
    books: Backing,
}

/// The part of [`Books`] the oracle reads. Unknown fields are skipped (no
/// `deny_unknown_fields`), so the caller's wasm carries a parser for four fields, not eight.
#[derive(serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Backing {
    pub total_bonded: Uint128,
    pub pending: Uint128,
    pub index: Decimal256,
    /// The open epoch.
    pub epoch: u64,
}

impl Backing {
    /// The last epoch settled (the one before the open epoch), whose settlement left the
    /// heavy index at `index`; none before the first settlement.
    pub fn settled_epoch(&self) -> Option<u64> {
        self.epoch
            .checked_sub(1)
            .filter(|&epoch| epoch >= FIRST_EPOCH)
    }
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::{from_json, to_json_vec};

    use super::*;

    fn backing(epoch: u64) -> Backing {
        Backing {
            total_bonded: Uint128::zero(),
            pending: Uint128::zero(),
            index: Decimal256::one(),
            epoch,
        }
    }

    #[test]
    fn the_settled_epoch_is_the_one_before_the_open_one() {
        assert_eq!(backing(FIRST_EPOCH).settled_epoch(), None);
        assert_eq!(backing(FIRST_EPOCH + 1).settled_epoch(), Some(FIRST_EPOCH));
        assert_eq!(backing(9).settled_epoch(), Some(8));
        assert_eq!(backing(0).settled_epoch(), None);
    }

    #[test]
    fn the_oracle_reads_its_backing_from_the_hubs_state() {
        let state = State {
            books: Books {
                total_bonded: Uint128::new(900),
                pending: Uint128::new(100),
                index: Decimal256::percent(105),
                epoch: 3,
                next_epoch_at: Timestamp::from_seconds(60),
                insurance_shares: Uint128::new(5),
                light_pool: Uint128::new(6),
                reserved: Uint128::new(7),
            },
            total_shares: Uint128::new(950),
            exchange_rate: Decimal256::from_ratio(1_000u128, 950u128),
        };
        let read: StateBacking = from_json(to_json_vec(&state).unwrap()).unwrap();
        assert_eq!(
            read.books,
            Backing {
                total_bonded: Uint128::new(900),
                pending: Uint128::new(100),
                index: Decimal256::percent(105),
                epoch: 3,
            }
        );
    }
}
