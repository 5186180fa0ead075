//! DAO: the treasury and token governance; FRO staked for voting power, proposals that
//! carry messages, and the cw3 interface.
//!
//! - FRO (a cw20) is staked with a `Send` carrying [`ReceiveMsg::Stake`]; one staked unit
//!   is one vote. `Unstake` takes the power away at once and pays the FRO back after
//!   `unstaking_period`, through `Claim`.
//! - Voting power is snapshot: the power of an address "at height h" is what it had staked
//!   when block h began. A proposal made at height h counts the power at h, for every
//!   voter and for its total weight, so FRO staked once a proposal exists, even in the
//!   same block, gives no vote on it, and FRO unstaked after it started still does.
//! - The cw3 messages and queries keep cw3's JSON names and response types, so cw3
//!   tooling reads and drives the DAO. Proposals pass by cw-utils' `ThresholdQuorum`
//!   rules; the proposer's power counts as its yes vote. Passed proposals are executed
//!   by anyone, once, and their messages run as the DAO: the treasury moves only so.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{Addr, CosmosMsg, Decimal, Timestamp, Uint128};
use cw20::Cw20ReceiveMsg;
use cw_utils::Expiration;

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
pub use cw3::{
    ProposalListResponse, ProposalResponse, Status, Vote, VoteInfo, VoteListResponse, VoteResponse,
    VoterDetail, VoterListResponse, VoterResponse,
};

/// An address holds at most this many pending claims; it claims the released ones first.
pub const MAX_CLAIMS: usize = 20;
/// The longest `voting_period`: 90 days, in seconds.
pub const MAX_VOTING_PERIOD: u64 = 90 * 24 * 3600;
/// The longest `unstaking_period`: 365 days, in seconds.
pub const MAX_UNSTAKING_PERIOD: u64 = 365 * 24 * 3600;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The FRO governance token (a cw20).
    pub gov_token: String,
    /// Seconds unstaked FRO waits before it can be claimed; at most
    /// [`MAX_UNSTAKING_PERIOD`].
    pub unstaking_period: u64,
    /// Seconds a proposal is open for votes; at most [`MAX_VOTING_PERIOD`].
    pub voting_period: u64,
    /// Share of the votes cast (excluding abstentions) that must be yes; above one half.
    pub threshold: Decimal,
    /// Share of the voting power at the proposal's start that must vote.
    pub quorum: Decimal,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// The FRO `Send` hook; its `msg` is a [`ReceiveMsg`].
        Receive(Cw20ReceiveMsg),
        /// Takes `amount` out of the sender's voting power at once; the FRO is claimable
        /// after `unstaking_period`.
        Unstake { amount: Uint128 },
        /// Pays the sender every claim whose unstaking period has ended.
        Claim {},
        /// cw3. Needs voting power at the current height; the proposal runs until `latest`,
        /// at most `voting_period` from now. `earliest` exists for cw3 compatibility and must
        /// be empty: a passed proposal can be executed at once. `msgs` may not hold `Any` or
        /// `Stargate` messages, grant allowances on FRO, or migrate FRO or change its admin.
        Propose {
            title: String,
            description: String,
            msgs: Vec<CosmosMsg>,
            earliest: Option<Expiration>,
            latest: Option<Expiration>,
        },
        /// cw3. Casts the sender's power at the proposal's start height.
        Vote { proposal_id: u64, vote: Vote },
        /// cw3. Anyone, once the proposal has passed: runs its messages as the DAO.
        Execute { proposal_id: u64 },
        /// cw3. Anyone: marks an expired proposal that did not pass as rejected.
        Close { proposal_id: u64 },
        /// The DAO itself only, i.e. an executed proposal. Applies to proposals and claims
        /// made afterwards.
        UpdateConfig(ConfigUpdate),
    }
}

/// What a FRO `Send` to the DAO asks for.
#[cw_serde]
pub enum ReceiveMsg {
    /// Stakes the FRO for the cw20 sender.
    Stake {},
}

#[cw_serde]
#[derive(Default)]
pub struct ConfigUpdate {
    pub unstaking_period: Option<u64>,
    pub voting_period: Option<u64>,
    pub threshold: Option<Decimal>,
    pub quorum: Option<Decimal>,
}

msg_enum! {
    pub enum QueryMsg {
        /// cw3. The rules a proposal made now would get, with the current total power.
        #[returns(cw_utils::ThresholdResponse)]
        Threshold {},
        /// cw3.
        #[returns(ProposalResponse)]
        Proposal { proposal_id: u64 },
        /// cw3. Oldest first.
        #[returns(ProposalListResponse)]
        ListProposals {
            start_after: Option<u64>,
            limit: Option<u32>,
        },
        /// cw3. Newest first.
        #[returns(ProposalListResponse)]
        ReverseProposals {
            start_before: Option<u64>,
            limit: Option<u32>,
        },
        /// cw3. `None` if the voter has not voted on the proposal.
        #[returns(VoteResponse)]
        Vote { proposal_id: u64, voter: String },
        /// cw3. By voter address, ascending.
        #[returns(VoteListResponse)]
        ListVotes {
            proposal_id: u64,
            start_after: Option<String>,
            limit: Option<u32>,
        },
        /// cw3. The address's current voting power; `None` if it has nothing staked.
        #[returns(VoterResponse)]
        Voter { address: String },
        /// cw3. Every address with FRO staked, by address.
        #[returns(VoterListResponse)]
        ListVoters {
            start_after: Option<String>,
            limit: Option<u32>,
        },
        #[returns(StakedResponse)]
        Staked { address: String },
        /// At most [`MAX_CLAIMS`], oldest first.
        #[returns(ClaimsResponse)]
        Claims { address: String },
    }
}

#[cw_serde]
pub struct Config {
    pub gov_token: Addr,
    pub unstaking_period: u64,
    pub voting_period: u64,
    pub threshold: Decimal,
    pub quorum: Decimal,
}

#[cw_serde]
pub struct StakedResponse {
    pub staked: Uint128,
    pub total_staked: Uint128,
}

#[cw_serde]
pub struct Claim {
    pub amount: Uint128,
    pub release_at: Timestamp,
}

#[cw_serde]
pub struct ClaimsResponse {
    pub claims: Vec<Claim>,
}
