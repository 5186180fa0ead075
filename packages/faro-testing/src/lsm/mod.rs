//! A chain model for cw-multi-test that behaves like the Cosmos Hub's x/staking,
//! x/distribution and Liquid Staking Module, written after the SDK LSM fork
//! (`cosmos-sdk v0.50.11-lsm`, the chain of `tests/e2e`) and Gaia's x/liquid.
//!
//! - Validators hold tokens against delegator shares; a delegation is shares, worth
//!   `shares × tokens / delegator_shares`, so a slash lowers every delegation at once.
//!   The arithmetic is the SDK's `LegacyDec` with its rounding ([`math`]).
//! - `CosmosMsg::Staking` delegates, undelegates (at most `max_entries` = 7 unbonding
//!   entries per delegator–validator pair; entries of one block merge, as on the chain)
//!   and redelegates (7 entries per triple, no transitive redelegation).
//! - Rewards accrue by block time at `apr` on each unjailed validator's tokens, net of
//!   commission, pro rata to shares. As on the chain, any change of a delegation's shares
//!   first pays its rewards to the withdraw address; `WithdrawDelegatorReward` does so
//!   on demand. Rewards are minted in the bond denom.
//! - Unbonding completes by time: [`LsmChain::advance`], or any `App::update_block`.
//! - `CosmosMsg::Any` carries `MsgTokenizeShares` / `MsgRedeemTokensForShares` under the
//!   type URLs of [`LsmParams::module`]; responses come back encoded in `data` and in
//!   `msg_responses`. Share tokens (`<valoper>/<record id>`, one per delegator share,
//!   truncated) are minted to the delegator, as on the chain — not to
//!   `tokenized_share_owner`, who owns the record and its rewards.
//! - Liquid stake and caps: tokenization always counts; with `LsmModule::SdkStaking` a
//!   contract's own delegations count too (the fork counts every 32-byte address, i.e.
//!   contracts and ICA accounts, in Gaia v12–v24), with `LsmModule::GaiaLiquid` they do
//!   not (Gaia v25's x/liquid), and redeeming always lowers the totals (x/liquid as of
//!   v27; v23 skipped that for 32-byte redeemers).
//! - Slashing ([`LsmChain::slash`]): see [`slashing`]. `slash` covers every entry in
//!   flight; `slash_at` takes an infraction height and covers only later entries.
//! - Jailing ([`LsmChain::jail`]): a jailed validator earns nothing, leaves
//!   `AllValidators` and the bonded total, and — unlike the SDK, which accepts both —
//!   refuses new delegations, redelegations to it and tokenization.
//!
//! Left out: validator creation and commission payouts, the validator bond, tokenize
//! locks, record transfers and `MsgWithdrawTokenizeShareRecordReward` (record rewards go
//! straight to the owner), vesting, gov, and the LSM gRPC queries (wasmd refuses gRPC and
//! Stargate queries by default, and so does this model).

mod app;
mod caps;
mod delegation;
mod distribution;
mod error;
mod keeper;
mod liquid;
pub mod math;
mod module;
mod queue;
mod rewards;
pub mod slashing;
mod staking;
mod stargate;
mod state;
mod store;

#[cfg(test)]
mod tests;

pub use app::{
    app_builder, init_genesis, start, Genesis, GenesisValidator, LsmApp, LsmAppBuilder, LsmChain,
};
pub use distribution::LsmDistribution;
pub use error::{lsm_error, LsmError};
pub use keeper::{module_address, record_account, STAKING_POOL};
pub use staking::LsmStaking;
pub use stargate::LsmStargate;
pub use state::{
    Delegation, LsmParams, RedelegationEntry, TokenizeShareRecord, UnbondingEntry, ValidatorState,
};
