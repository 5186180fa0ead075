//! Reporter: the counterparty end of the `faro-1` channel, on the rollup's settlement
//! chain; the other end is the oracle's gateway (`oracle_gateway`). Its owner (the
//! relayer's key there) sends reports, which the gateway submits to the oracle as a
//! member; it keeps the latest heavy index the gateway broadcasts, for DeFi there.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::IbcChannel;
use cw_ownable::cw_ownable_query;

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
pub use crate::oracle::{Rate, Report};
use crate::oracle_gateway::Channel;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// Owner only: sends the report to the gateway on the connected channel. A report the
        /// oracle refuses, or one that times out, changes nothing here: the owner sends again.
        SubmitReport { report: Report },
    }
}

#[cw_ownable_query]
#[cw_serde]
#[derive(QueryResponses)]
pub enum QueryMsg {
    /// The channel to the oracle's gateway, once connected.
    #[returns(Option<ReporterChannel>)]
    Channel {},
    /// The latest heavy index received.
    #[returns(Option<Rate>)]
    Rate {},
}

#[cw_serde]
pub struct ReporterChannel {
    pub channel_id: String,
    pub connection_id: String,
    pub counterparty_port: String,
    /// The latest epoch whose report the oracle acknowledged as taken.
    pub acked_epoch: Option<u64>,
}

impl ReporterChannel {
    /// The record of a channel that has just connected: the ids the gateway records too,
    /// and nothing acknowledged yet.
    pub fn connected(channel: &IbcChannel) -> Self {
        let Channel {
            channel_id,
            connection_id,
            counterparty_port,
            ..
        } = Channel::connected(channel);
        ReporterChannel {
            channel_id,
            connection_id,
            counterparty_port,
            acked_epoch: None,
        }
    }
}
