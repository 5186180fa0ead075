//! Oracle gateway: the oracle's end of the `faro-1` IBC channel, as its own contract so
//! that the oracle carries no IBC code.
//!
//! - Inbound: a report packet from the configured reporter (its connection and port) is
//!   submitted to the oracle as the gateway's own `Submit`. The gateway is an ordinary
//!   oracle member; the weight the owner gives it there is the channel's weight. The
//!   packet's ack says whether the oracle took the report; a refused one changes nothing.
//! - Outbound: at each heavy rebase the hub has the oracle call `BroadcastRate` with the
//!   heavy index and the hub epoch whose settlement set it; the gateway sends the rate to
//!   every connected channel that has not acknowledged that epoch, so each channel takes
//!   one rate per rebase. Error acks and timeouts change nothing: the next broadcast (the
//!   next rebase, or anyone repeating the oracle's `BroadcastRate`) sends again.
//!
//! The packets themselves ([`FaroPacket`](crate::oracle::FaroPacket),
//! [`FaroAck`](crate::oracle::FaroAck)) live in `oracle`, shared with the reporter.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    to_json_binary, Addr, CosmosMsg, Decimal256, IbcChannel, StdResult, Timestamp, WasmMsg,
};

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
pub use crate::oracle::Rate;

/// At most this many channels receive the rate, so a broadcast stays bounded.
pub const MAX_CHANNELS: usize = 10;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The oracle reports are submitted to, and the only caller of `BroadcastRate`.
    pub oracle: String,
    /// The reporter whose channel's reports are submitted; none until the owner names it.
    pub reporter: Option<IbcPeer>,
}

/// The counterparty end of the reporter's channel: reports count only from a channel on
/// this connection whose counterparty port is this one (`wasm.<reporter address>`).
#[cw_serde]
pub struct IbcPeer {
    pub connection_id: String,
    pub port_id: String,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// Oracle only: sends the rate (the heavy index and the hub epoch whose settlement set
        /// it) to every channel that has not acknowledged that epoch.
        BroadcastRate {
            index: Decimal256,
            epoch: u64,
            timestamp: Timestamp,
        },
        /// Owner only: names the reporter whose channel's reports are submitted, or none.
        SetReporter { reporter: Option<IbcPeer> },
    }
}

msg_enum! {
    pub enum QueryMsg {
        #[returns(ChannelsResponse)]
        Channels {
            start_after: Option<String>,
            limit: Option<u32>,
        },
    }
}

#[cw_serde]
pub struct Config {
    pub oracle: Addr,
    pub reporter: Option<IbcPeer>,
}

#[cw_serde]
pub struct Channel {
    pub channel_id: String,
    pub connection_id: String,
    pub counterparty_port: String,
    pub counterparty_channel: String,
    /// The latest epoch whose rate the counterparty acknowledged.
    pub delivered_epoch: Option<u64>,
}

impl Channel {
    /// The record of a channel that has just connected: nothing delivered on it yet.
    pub fn connected(channel: &IbcChannel) -> Self {
        Channel {
            channel_id: channel.endpoint.channel_id.clone(),
            connection_id: channel.connection_id.clone(),
            counterparty_port: channel.counterparty_endpoint.port_id.clone(),
            counterparty_channel: channel.counterparty_endpoint.channel_id.clone(),
            delivered_epoch: None,
        }
    }
}

#[cw_serde]
pub struct ChannelsResponse {
    pub channels: Vec<Channel>,
}

/// The gateway's `BroadcastRate`, serialised exactly as its [`ExecuteMsg`] variant.
#[cw_serde]
enum CallMsg {
    BroadcastRate {
        index: Decimal256,
        epoch: u64,
        timestamp: Timestamp,
    },
}

/// The gateway as the oracle calls it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GatewayContract(pub Addr);

impl GatewayContract {
    pub fn broadcast_rate_msg(&self, rate: &Rate) -> StdResult<CosmosMsg> {
        let msg = CallMsg::BroadcastRate {
            index: rate.index,
            epoch: rate.epoch,
            timestamp: rate.timestamp,
        };
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(&msg)?,
            funds: vec![],
        }
        .into())
    }
}
