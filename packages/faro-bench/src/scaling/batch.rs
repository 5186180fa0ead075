//! How many messages one tx may carry.
//!
//! The block gas limit bounds a tx's gas limit, which the client sets at the simulated gas
//! times its adjustment; [`GAS_ADJUSTMENT_PERCENT`] is that margin. The
//! node's RPC bounds the tx's size: CometBFT refuses request bodies over 1 MB
//! (`max_body_bytes`), and the simulation query carries the tx hex-encoded, so a tx stays
//! within [`MAX_TX_BYTES`].

use crate::bench::GAS_ADJUSTMENT_PERCENT;

/// The most bytes of one tx.
pub const MAX_TX_BYTES: usize = 400_000;

/// Messages per tx: as many as the block's gas (`None`: no limit) and the tx size allow,
/// at least one.
pub fn messages_per_tx(
    block_max_gas: Option<u64>,
    gas_per_msg: u64,
    bytes_per_msg: usize,
) -> usize {
    let by_size = MAX_TX_BYTES / bytes_per_msg.max(1);
    let by_gas = block_max_gas.map_or(usize::MAX, |max_gas| {
        let per_msg = gas_per_msg.max(1).saturating_mul(GAS_ADJUSTMENT_PERCENT) / 100;
        usize::try_from(max_gas / per_msg.max(1)).unwrap_or(usize::MAX)
    });
    by_size.min(by_gas).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_block_gas_limit_leaves_the_size_bound() {
        assert_eq!(messages_per_tx(None, 150_000, 200), 2_000);
    }

    #[test]
    fn the_block_gas_limit_binds_when_tighter() {
        // 40M gas at 150k × 4 = 600k per message.
        assert_eq!(messages_per_tx(Some(40_000_000), 150_000, 200), 66);
    }

    #[test]
    fn at_least_one_message() {
        assert_eq!(messages_per_tx(Some(1_000), 150_000, 200), 1);
        assert_eq!(messages_per_tx(None, 1, MAX_TX_BYTES * 2), 1);
    }
}
