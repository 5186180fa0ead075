//! The oracle's end of the `faro-1` IBC channel (ordered, contract to contract), kept out
//! of the oracle so that neither contract's wasm carries what the other needs.
//!
//! - Channels: ordered, version `faro-1` on both ends; an open with any other version,
//!   an empty one included, is refused (hermes: `--channel-version faro-1`).
//! - Inbound: a `Report` packet on a channel of the configured reporter (its connection
//!   and counterparty port) is submitted to the oracle as the gateway's own `Submit`. The
//!   gateway is an ordinary oracle member: the weight the oracle's owner gives it is the
//!   channel's weight, and the oracle's threshold (more than half of all member weights)
//!   counts it like any other. The submission is a submessage replied to always; its
//!   reply writes the packet's ack (a reply's data replaces the receive's ack), so the
//!   ack says whether the oracle took the report, and a refused report is reverted
//!   with the submessage. The chain hands a failed submessage's reply only a redacted
//!   error (`codespace: wasm, code: 5`), so the gateway first asks the oracle (`Progress`
//!   and `Submissions` of the epoch): a final epoch, or one the gateway already voted in,
//!   gets its typed error ack without a submission. Any other refusal reaches the ack
//!   redacted; the oracle's own error is in the transaction's log.
//! - Bytes that are not a report from the reporter's channel get an error ack at once and
//!   change nothing.
//! - Outbound: at each heavy rebase (the hub's settlement) the oracle calls
//!   `BroadcastRate` with the heavy index and the hub epoch whose settlement set it, and
//!   anyone can have it call again (`faro_types::oracle`); the gateway sends a `Rate`
//!   packet to every connected channel that has not acknowledged that epoch, so each
//!   channel takes one rate per rebase. An ok ack moves the channel's delivered epoch; an
//!   error ack changes nothing, and the next broadcast sends again. A timeout closes the
//!   ordered channel, which leaves the broadcast: that rate is not sent on it again until
//!   a new channel is opened.

pub mod channel;
pub mod config;
pub mod contract;
pub mod error;
pub mod execute;
pub mod query;
pub mod rate;
pub mod receive;
pub mod state;

#[cfg(test)]
mod tests;
