//! Oracle: members submit per-epoch reports of what the chain cannot see; a report is
//! final once members with weight at or above the threshold agree on the same content.
//!
//! - A report's content is its canonical form (operators sorted by valoper, none twice)
//!   hashed with sha256; members agree when their hashes are equal. Differing reports of
//!   one epoch are kept side by side, never merged.
//! - Epochs strictly increase: once an epoch is final, no report for it or an earlier
//!   one is taken. A report whose epoch ended more than `staleness` seconds ago is refused.
//! - A final report that would raise any light LST's index or the heavy index by more
//!   than `max_rate_change` waits for the owner (`Approve` / `Reject`); later epochs may
//!   still become final meanwhile. An older report approved after a newer one applied
//!   pays its rewards and penalties but leaves the newer scores in place.
//! - A reported operator's light LST is looked up among every registered operator,
//!   whatever its status: a jailed, exiting or pending operator is still penalised from
//!   its bond, and its light LST's holders still receive the light rewards reported for
//!   it, since their deposits are there. An operator without a light LST is refused.
//! - The rewards are paid from the oracle's own balance (the bridged rollup rewards):
//!   each delivery is its own submessage; one that fails is kept and retried, one that
//!   succeeded is never sent again. A retry sends at most [`MAX_RETRIES`], resuming after
//!   the last one it sent and wrapping around, so a delivery that keeps failing never
//!   holds back the others; the owner can drop one (`DropDelivery`), whose coins stay here.
//! - The `faro-1` IBC channel is the gateway's (`oracle_gateway`), not the oracle's: the
//!   gateway is an ordinary member whose weight is the channel's. The channel's packets
//!   are declared here, shared by the gateway and the reporter.
//! - The heavy index goes out at each heavy rebase: the hub, once it has settled an epoch
//!   and given the heavy LST its new index, calls `BroadcastRate` (a failure there is only
//!   noted by the hub), and the oracle hands the gateway the hub's index with the epoch
//!   whose settlement set it ([`Rate`]). A report applying moves no index (the hub counts
//!   the heavy rewards it pays at its next settlement), so it sends nothing. Anyone can
//!   repeat `BroadcastRate`, after a timeout or an error ack.
//! - Channels are opened with version `faro-1` on both ends (hermes: `--channel-version
//!   faro-1`); they are ordered, so a packet that times out closes its channel, and that
//!   rate is not sent on it again.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    to_json_binary, Addr, Binary, CosmosMsg, Decimal, Decimal256, Ibc3ChannelOpenResponse,
    IbcBasicResponse, IbcChannel, IbcChannelOpenResponse, IbcOrder, QuerierWrapper, StdResult,
    Timestamp, Uint128, WasmMsg,
};

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
use crate::operator_registry::LightScore;

/// The member set is bounded so that quorum checks stay cheap.
pub const MAX_MEMBERS: usize = 50;
/// A report names at most this many operators (the operator set's own bound).
pub const MAX_REPORT_OPERATORS: usize = 100;
/// The channel protocol both ends speak.
pub const IBC_VERSION: &str = "faro-1";
pub const IBC_ORDER: IbcOrder = IbcOrder::Ordered;
/// Seconds an outbound packet may wait for the relayer. On an ordered channel a timeout
/// closes the channel, so this is generous.
pub const PACKET_LIFETIME: u64 = 7 * 24 * 3600;
/// How many outstanding deliveries one `Retry` (or one finalisation) sends again.
pub const MAX_RETRIES: usize = 50;
/// The longest `staleness` the owner can set, in seconds: a year.
pub const MAX_STALENESS: u64 = 365 * 24 * 3600;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    pub hub: String,
    /// The operator registry: where each operator's light LST is found.
    pub registry: String,
    /// The denom rewards are paid in.
    pub denom: String,
    /// The gateway, if it is to vote for the reporter's channel, is one of them.
    pub members: Vec<MemberInput>,
    /// Total weight that must agree on a report. Must exceed half the members' total
    /// weight, so that two different reports can never both be final.
    pub threshold: u64,
    /// The `faro-1` gateway the heavy index is pushed to; none until the owner names it.
    pub gateway: Option<String>,
    /// Seconds after an epoch's end beyond which its reports are refused; at most
    /// [`MAX_STALENESS`].
    pub staleness: u64,
    /// The largest move of any index per epoch that applies without the owner's approval.
    pub max_rate_change: Decimal,
}

#[cw_serde]
pub struct MemberInput {
    pub addr: String,
    pub weight: u64,
}

/// One epoch's report of what happened on the rollup side.
#[cw_serde]
pub struct Report {
    pub epoch: u64,
    pub epoch_end: Timestamp,
    /// Rollup rewards for the heavy side, paid to the hub.
    pub heavy_rewards: Uint128,
    /// At most [`MAX_REPORT_OPERATORS`], each valoper once; the order does not count.
    pub operators: Vec<OperatorReport>,
}

#[cw_serde]
pub struct OperatorReport {
    pub valoper: String,
    /// Paid to the operator's light LST as a reward.
    pub light_rewards: Uint128,
    /// Reported to the operator's light LST, which takes it from the bond.
    pub penalty: Uint128,
    /// The light-service performance score, at most `operator_registry::MAX_LIGHT_SCORE`.
    pub score: Decimal,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// A member's report for an epoch; final once the agreeing weight reaches the threshold.
        Submit { report: Report },
        /// Owner only: applies a final report held for exceeding the rate bound.
        Approve { epoch: u64 },
        /// Owner only: drops a held report; its epoch stays final and is never applied.
        Reject { epoch: u64 },
        /// Anyone: sends again up to [`MAX_RETRIES`] deliveries that failed, after the last
        /// one sent before and wrapping around.
        Retry {},
        /// Owner only: gives up an outstanding delivery, named by its epoch and
        /// [`Delivery::key`]; its coins stay with the oracle.
        DropDelivery { epoch: u64, key: String },
        /// Anyone (the hub after each settlement): hands the gateway the hub's index with the
        /// epoch whose settlement set it; the gateway sends it to every channel that has not
        /// acknowledged that epoch. Refused before the hub's first settlement.
        BroadcastRate {},
        /// Owner only: replaces the members and the threshold.
        SetMembers {
            members: Vec<MemberInput>,
            threshold: u64,
        },
        /// Owner only: names the gateway the index is pushed to, or none.
        SetGateway { gateway: Option<String> },
        /// Owner only: each field given replaces the current one, within bounds.
        UpdateConfig(ConfigUpdate),
    }
}

#[cw_serde]
#[derive(Default)]
pub struct ConfigUpdate {
    pub staleness: Option<u64>,
    pub max_rate_change: Option<Decimal>,
}

msg_enum! {
    pub enum QueryMsg {
        #[returns(MembersResponse)]
        Members {
            start_after: Option<String>,
            limit: Option<u32>,
        },
        #[returns(Progress)]
        Progress {},
        /// Who submitted what for an epoch, by voter (a member's address).
        #[returns(SubmissionsResponse)]
        Submissions {
            epoch: u64,
            start_after: Option<String>,
            limit: Option<u32>,
        },
        /// The differing reports of an epoch, by hash, with the weight agreeing on each now.
        #[returns(CandidatesResponse)]
        Candidates {
            epoch: u64,
            start_after: Option<String>,
            limit: Option<u32>,
        },
        #[returns(Option<FinalReport>)]
        Final { epoch: u64 },
        /// Deliveries that failed and wait for a retry, by epoch and recipient.
        #[returns(OutstandingResponse)]
        Outstanding {
            start_after: Option<(u64, String)>,
            limit: Option<u32>,
        },
    }
}

#[cw_serde]
pub struct Config {
    pub hub: Addr,
    pub registry: Addr,
    pub denom: String,
    pub threshold: u64,
    /// The members' weights added up.
    pub total_weight: u64,
    pub gateway: Option<Addr>,
    pub staleness: u64,
    pub max_rate_change: Decimal,
}

#[cw_serde]
pub struct Member {
    pub addr: Addr,
    pub weight: u64,
}

#[cw_serde]
pub struct MembersResponse {
    pub members: Vec<Member>,
}

#[cw_serde]
#[derive(Default)]
pub struct Progress {
    /// The latest epoch with a final report: no report for it or earlier is taken.
    pub last_final: Option<u64>,
    /// The latest epoch whose report applied.
    pub last_applied: Option<u64>,
}

#[cw_serde]
pub struct Submission {
    pub voter: String,
    pub hash: String,
}

#[cw_serde]
pub struct SubmissionsResponse {
    pub submissions: Vec<Submission>,
}

#[cw_serde]
pub struct Candidate {
    pub hash: String,
    /// The current weight of the voters who submitted this content.
    pub weight: u64,
    pub report: Report,
}

#[cw_serde]
pub struct CandidatesResponse {
    pub candidates: Vec<Candidate>,
}

#[cw_serde]
#[derive(Copy)]
pub enum FinalStatus {
    Applied,
    /// Held: it moves an index beyond the bound and waits for the owner.
    Pending,
    Rejected,
}

#[cw_serde]
pub struct FinalReport {
    pub epoch: u64,
    pub hash: String,
    pub status: FinalStatus,
    pub finalised_at: Timestamp,
    pub report: Report,
}

/// One payment or call a final report makes.
#[cw_serde]
pub enum Delivery {
    LightReward {
        valoper: String,
        light_lst: Addr,
        amount: Uint128,
    },
    Penalty {
        valoper: String,
        light_lst: Addr,
        amount: Uint128,
    },
    HeavyRewards {
        amount: Uint128,
    },
    Scores {
        scores: Vec<LightScore>,
    },
}

impl Delivery {
    /// The recipient's name within an epoch: one delivery each.
    pub fn key(&self) -> String {
        match self {
            Delivery::LightReward { valoper, .. } => format!("reward:{valoper}"),
            Delivery::Penalty { valoper, .. } => format!("penalty:{valoper}"),
            Delivery::HeavyRewards { .. } => "heavy".to_string(),
            Delivery::Scores { .. } => "scores".to_string(),
        }
    }
}

#[cw_serde]
pub struct Outstanding {
    pub epoch: u64,
    pub delivery: Delivery,
}

#[cw_serde]
pub struct OutstandingResponse {
    pub outstanding: Vec<Outstanding>,
}

/// The heavy LST's index and the hub epoch whose settlement set it. A rate is sent once
/// per settlement, so `epoch` strictly increases from one rate to the next; a repeat of
/// the same settlement's rate carries the same `index` and `epoch`.
#[cw_serde]
pub struct Rate {
    pub index: Decimal256,
    /// The hub's last settled epoch: the one before its open epoch.
    pub epoch: u64,
    /// When the oracle sent it: the settlement's block for the hub's own call, later for a
    /// repeat.
    pub timestamp: Timestamp,
}

/// What travels on a `faro-1` channel.
#[cw_serde]
pub enum FaroPacket {
    /// Reporter → gateway, which submits it to the oracle.
    Report(Report),
    /// Gateway → subscribers.
    Rate(Rate),
}

/// Every `faro-1` packet is acknowledged with one of these.
#[cw_serde]
pub enum FaroAck {
    Ok {},
    Error { error: String },
}

impl FaroAck {
    pub fn refused(error: impl ToString) -> Self {
        FaroAck::Error {
            error: error.to_string(),
        }
    }

    /// The ack's bytes, as the packet's receiver writes them.
    pub fn to_binary(&self) -> StdResult<Binary> {
        to_json_binary(self)
    }
}

/// Whether a handshake step is for a `faro-1` channel: ordered, and `faro-1` on this end
/// and on the counterparty's wherever the step names it.
pub fn is_faro_channel(channel: &IbcChannel, counterparty_version: Option<&str>) -> bool {
    channel.order == IBC_ORDER
        && channel.version == IBC_VERSION
        && counterparty_version.is_none_or(|version| version == IBC_VERSION)
}

/// A handshake step for a channel that is not `faro-1` (see [`is_faro_channel`]).
#[derive(thiserror::Error, Debug, PartialEq)]
#[error("the IBC channel {channel_id} must be ordered with version {expected}")]
pub struct InvalidChannel {
    pub channel_id: String,
    pub expected: String,
}

/// Refuses a handshake step that is not for a `faro-1` channel.
pub fn check_faro_channel(
    channel: &IbcChannel,
    counterparty_version: Option<&str>,
) -> Result<(), InvalidChannel> {
    if !is_faro_channel(channel, counterparty_version) {
        return Err(InvalidChannel {
            channel_id: channel.endpoint.channel_id.clone(),
            expected: IBC_VERSION.to_string(),
        });
    }
    Ok(())
}

/// What a channel step that changed the channel set reports.
pub fn channel_event(action: &str, channel_id: &str) -> IbcBasicResponse {
    IbcBasicResponse::new()
        .add_attribute("action", action)
        .add_attribute("channel_id", channel_id)
}

/// The answer to an accepted channel open: both ends speak `faro-1`.
pub fn faro_open_response() -> IbcChannelOpenResponse {
    Some(Ibc3ChannelOpenResponse {
        version: IBC_VERSION.to_string(),
    })
}

/// The oracle's `Submit`, serialised exactly as its [`ExecuteMsg`] variant: a caller
/// need not carry the whole message enum.
#[cw_serde]
enum CallMsg {
    Submit { report: Report },
}

/// The oracle's `BroadcastRate`, apart from [`CallMsg`] so that the hub, which sends only
/// this, carries no serialiser for a report.
#[cw_serde]
enum RateCallMsg {
    BroadcastRate {},
}

/// The oracle's queries the gateway makes, serialised exactly as the [`QueryMsg`]
/// variants of the same names.
#[cw_serde]
enum CallQueryMsg {
    Progress {},
    Submissions {
        epoch: u64,
        start_after: Option<String>,
        limit: Option<u32>,
    },
}

/// The oracle as the gateway and the hub call it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OracleContract(pub Addr);

impl OracleContract {
    pub fn submit_msg(&self, report: Report) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(&CallMsg::Submit { report })?,
            funds: vec![],
        }
        .into())
    }

    pub fn broadcast_rate_msg(&self) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(&RateCallMsg::BroadcastRate {})?,
            funds: vec![],
        }
        .into())
    }

    pub fn progress(&self, querier: &QuerierWrapper) -> StdResult<Progress> {
        querier.query_wasm_smart(&self.0, &CallQueryMsg::Progress {})
    }

    /// Whether `voter` submitted a report for `epoch`. `Submissions` pages by voter, so
    /// the one entry after [`key_before`] the voter's address is the voter's own, if any.
    /// A non-ASCII address, which no chain gives, reads as not submitted.
    pub fn has_submitted(
        &self,
        querier: &QuerierWrapper,
        epoch: u64,
        voter: &Addr,
    ) -> StdResult<bool> {
        let Some(start_after) = key_before(voter.as_str()) else {
            return Ok(false);
        };
        let msg = CallQueryMsg::Submissions {
            epoch,
            start_after: Some(start_after),
            limit: Some(1),
        };
        let page: SubmissionsResponse = querier.query_wasm_smart(&self.0, &msg)?;
        Ok(page
            .submissions
            .first()
            .is_some_and(|submission| submission.voter == voter.as_str()))
    }
}

/// A key that sorts before the ASCII string `key` with no ASCII string between them:
/// `key` with its last character one lower, then a character above ASCII.
fn key_before(key: &str) -> Option<String> {
    let (head, last) = key.split_at_checked(key.len().checked_sub(1)?)?;
    let lower = last
        .bytes()
        .next()?
        .checked_sub(1)
        .filter(|_| key.is_ascii())?;
    Some(format!("{head}{}{}", char::from(lower), char::MAX))
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::testing::mock_ibc_channel;
    use cosmwasm_std::{from_json, IbcOrder};

    use super::*;

    #[test]
    fn only_ordered_faro_1_channels_are_faro_channels() {
        let channel = mock_ibc_channel("channel-0", IBC_ORDER, IBC_VERSION);
        assert!(is_faro_channel(&channel, None));
        assert!(is_faro_channel(&channel, Some(IBC_VERSION)));
        assert!(!is_faro_channel(&channel, Some("faro-2")));
        let unordered = mock_ibc_channel("channel-0", IbcOrder::Unordered, IBC_VERSION);
        assert!(!is_faro_channel(&unordered, None));
        let other = mock_ibc_channel("channel-0", IBC_ORDER, "ics20-1");
        assert!(!is_faro_channel(&other, None));
        assert_eq!(faro_open_response().unwrap().version, IBC_VERSION);
    }

    #[test]
    fn the_hubs_call_reads_as_the_oracles_broadcast_rate() {
        let oracle = cosmwasm_std::testing::MockApi::default().addr_make("oracle");
        let msg = OracleContract(oracle.clone()).broadcast_rate_msg().unwrap();
        let CosmosMsg::Wasm(WasmMsg::Execute {
            contract_addr,
            msg,
            funds,
        }) = msg
        else {
            panic!("not a wasm execute: {msg:?}");
        };
        assert_eq!((contract_addr, funds), (oracle.to_string(), vec![]));
        assert_eq!(
            from_json::<ExecuteMsg>(&msg).unwrap(),
            ExecuteMsg::BroadcastRate {}
        );
    }

    #[test]
    fn acks_encode_as_their_wire_form() {
        let refused = FaroAck::refused("stale rate").to_binary().unwrap();
        assert_eq!(refused.as_slice(), br#"{"error":{"error":"stale rate"}}"#);
        let ok: FaroAck = from_json(FaroAck::Ok {}.to_binary().unwrap()).unwrap();
        assert_eq!(ok, FaroAck::Ok {});
    }
}
