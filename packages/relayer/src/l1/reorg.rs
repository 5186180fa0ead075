//! Whether a page of L1 blocks read for handling forms one chain with what was handled
//! before it.
//!
//! The follower reads only blocks that already have the confirmation depth, so a reorg it
//! meets is either one that happened while it was reading a page (the page is dropped and
//! read again: nothing of it was acted on) or one deeper than the depth, which reached
//! blocks already acted on and cannot be undone by the relayer.

use alloy::primitives::B256;
use alloy::rpc::types::Log;
use serde::Deserialize;

use crate::checkpoint::Checkpoint;

/// The part of an L1 block header the follower needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockHeader {
    #[serde(with = "alloy::serde::quantity")]
    pub number: u64,
    pub hash: B256,
    pub parent_hash: B256,
}

impl BlockHeader {
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            number: self.number,
            hash: self.hash,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainBreak {
    /// The page does not build on the last handled block: L1 replaced a block the relayer
    /// already acted on. `canonical` is the hash L1 now has at that height.
    BelowDepth {
        handled: Checkpoint,
        canonical: B256,
    },
    /// The page is not one chain, or a log is not from the page's block at its height: L1
    /// moved while the page was read.
    WhileReading { number: u64 },
}

/// Checks that `headers` (one per block, in order) extend `last` and that every log comes
/// from one of them.
pub fn check_page(
    last: Option<&Checkpoint>,
    headers: &[BlockHeader],
    logs: &[Log],
) -> Result<(), ChainBreak> {
    let Some(first) = headers.first() else {
        return Ok(());
    };
    if let Some(last) = last {
        if first.number != last.number + 1 {
            return Err(ChainBreak::WhileReading {
                number: first.number,
            });
        }
        if first.parent_hash != last.hash {
            return Err(ChainBreak::BelowDepth {
                handled: *last,
                canonical: first.parent_hash,
            });
        }
    }
    for pair in headers.windows(2) {
        if pair[1].number != pair[0].number + 1 || pair[1].parent_hash != pair[0].hash {
            return Err(ChainBreak::WhileReading {
                number: pair[1].number,
            });
        }
    }
    for log in logs {
        let number = log.block_number.unwrap_or_default();
        let header = number
            .checked_sub(first.number)
            .and_then(|offset| headers.get(usize::try_from(offset).ok()?));
        match header {
            Some(header) if log.block_hash == Some(header.hash) && !log.removed => {}
            _ => return Err(ChainBreak::WhileReading { number }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(number: u64, fork: u8) -> B256 {
        let mut bytes = [fork; 32];
        bytes[..8].copy_from_slice(&number.to_be_bytes());
        B256::from(bytes)
    }

    fn chain(from: u64, to: u64, fork: u8) -> Vec<BlockHeader> {
        (from..=to)
            .map(|number| BlockHeader {
                number,
                hash: hash(number, fork),
                parent_hash: hash(number - 1, fork),
            })
            .collect()
    }

    fn log_at(number: u64, block_hash: B256) -> Log {
        Log {
            block_number: Some(number),
            block_hash: Some(block_hash),
            ..Log::default()
        }
    }

    fn handled(number: u64) -> Checkpoint {
        Checkpoint {
            number,
            hash: hash(number, 0),
        }
    }

    #[test]
    fn a_page_on_top_of_the_last_block_is_one_chain() {
        let headers = chain(11, 20, 0);
        let logs = [log_at(11, hash(11, 0)), log_at(20, hash(20, 0))];
        assert_eq!(check_page(Some(&handled(10)), &headers, &logs), Ok(()));
        assert_eq!(check_page(None, &headers, &logs), Ok(()));
        assert_eq!(check_page(Some(&handled(10)), &[], &[]), Ok(()));
    }

    #[test]
    fn a_page_that_replaced_the_handled_block_is_below_depth() {
        let mut headers = chain(11, 20, 0);
        headers[0].parent_hash = hash(10, 1);
        assert_eq!(
            check_page(Some(&handled(10)), &headers, &[]),
            Err(ChainBreak::BelowDepth {
                handled: handled(10),
                canonical: hash(10, 1)
            })
        );
    }

    #[test]
    fn a_page_that_skips_blocks_was_misread() {
        assert_eq!(
            check_page(Some(&handled(9)), &chain(11, 20, 0), &[]),
            Err(ChainBreak::WhileReading { number: 11 })
        );
    }

    #[test]
    fn a_page_mixing_two_forks_changed_while_read() {
        let mut headers = chain(11, 15, 0);
        headers.extend(chain(16, 20, 1));
        assert_eq!(
            check_page(Some(&handled(10)), &headers, &[]),
            Err(ChainBreak::WhileReading { number: 16 })
        );
    }

    #[test]
    fn a_log_from_another_fork_or_outside_the_page_changed_while_read() {
        let headers = chain(11, 20, 0);
        let cases = [
            (log_at(12, hash(12, 1)), 12),
            (log_at(21, hash(21, 0)), 21),
            (log_at(5, hash(5, 0)), 5),
        ];
        for (log, number) in cases {
            assert_eq!(
                check_page(Some(&handled(10)), &headers, &[log]),
                Err(ChainBreak::WhileReading { number })
            );
        }
        let mut removed = log_at(12, hash(12, 0));
        removed.removed = true;
        assert_eq!(
            check_page(Some(&handled(10)), &headers, &[removed]),
            Err(ChainBreak::WhileReading { number: 12 })
        );
    }
}
