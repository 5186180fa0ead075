//! L1 logs of the rollup contract into Faro actions: a pure function, no I/O.

use alloy::rpc::types::Log;
use alloy::sol_types::SolEvent;
use cosmwasm_std::{Decimal, HexBinary, Timestamp, Uint128};
use faro_types::operator_registry::MAX_LIGHT_SCORE;
use faro_types::oracle::{self, OperatorReport, Report, MAX_REPORT_OPERATORS};
use faro_types::prover_pool;
use thiserror::Error;

use super::action::{Action, Origin, Relayed};
use super::contract::RollupL1::{BlockProposed, BlockProven, EpochReport};

/// The score's atomics: a cosmwasm `Decimal` has 18 decimal places.
const SCORE_DECIMALS: u32 = 18;

#[derive(Error, Debug, PartialEq)]
pub enum TranslateError {
    #[error("the log has no block, transaction or index: it is not mined")]
    NotMined,
    #[error("undecodable {event} log: {reason}")]
    Undecodable { event: &'static str, reason: String },
    #[error("block {block_id} was proven by an empty prover address")]
    EmptyProver { block_id: u64 },
    #[error("epoch {epoch} reports {count} operators, more than {MAX_REPORT_OPERATORS}")]
    TooManyOperators { epoch: u64, count: usize },
    #[error("epoch {epoch} gives {valoper} a score above the maximum")]
    ScoreAboveMax { epoch: u64, valoper: String },
}

/// The action a log of the rollup contract calls for; `None` for events the relayer does
/// not act on.
pub fn translate(log: &Log) -> Result<Option<Relayed>, TranslateError> {
    let origin = origin(log)?;
    let Some(&topic) = log.topic0() else {
        return Ok(None);
    };
    let data = &log.inner.data;
    let action = match topic {
        BlockProposed::SIGNATURE_HASH => {
            let event = decode::<BlockProposed>(data)?;
            Action::ProverPool(prover_pool::ExecuteMsg::ProposeBlock {
                block_id: event.blockId,
                parent_hash: HexBinary::from(event.parentHash.as_slice()),
                gas_used: event.gasUsed,
            })
        }
        BlockProven::SIGNATURE_HASH => {
            let event = decode::<BlockProven>(data)?;
            if event.prover.trim().is_empty() {
                return Err(TranslateError::EmptyProver {
                    block_id: event.blockId,
                });
            }
            Action::ProverPool(prover_pool::ExecuteMsg::ProveBlock {
                block_id: event.blockId,
                prover: event.prover,
                proven_at: event.provenAt,
            })
        }
        EpochReport::SIGNATURE_HASH => {
            let report = report(decode::<EpochReport>(data)?)?;
            Action::Oracle(oracle::ExecuteMsg::Submit { report })
        }
        _ => return Ok(None),
    };
    Ok(Some(Relayed { origin, action }))
}

fn origin(log: &Log) -> Result<Origin, TranslateError> {
    match (
        log.block_number,
        log.block_hash,
        log.transaction_hash,
        log.log_index,
    ) {
        (Some(block_number), Some(block_hash), Some(transaction_hash), Some(log_index)) => {
            Ok(Origin {
                block_number,
                block_hash,
                transaction_hash,
                log_index,
            })
        }
        _ => Err(TranslateError::NotMined),
    }
}

fn decode<E: SolEvent>(data: &alloy::primitives::LogData) -> Result<E, TranslateError> {
    E::decode_log_data(data).map_err(|err| TranslateError::Undecodable {
        event: E::SIGNATURE,
        reason: err.to_string(),
    })
}

fn report(event: EpochReport) -> Result<Report, TranslateError> {
    let epoch = event.epoch;
    if event.operators.len() > MAX_REPORT_OPERATORS {
        return Err(TranslateError::TooManyOperators {
            epoch,
            count: event.operators.len(),
        });
    }
    let operators = event
        .operators
        .into_iter()
        .map(|op| {
            let score = Decimal::from_atomics(op.score, SCORE_DECIMALS)
                .ok()
                .filter(|score| *score <= MAX_LIGHT_SCORE)
                .ok_or_else(|| TranslateError::ScoreAboveMax {
                    epoch,
                    valoper: op.valoper.clone(),
                })?;
            Ok(OperatorReport {
                valoper: op.valoper,
                light_rewards: Uint128::new(op.lightRewards),
                penalty: Uint128::new(op.penalty),
                score,
            })
        })
        .collect::<Result<_, _>>()?;
    Ok(Report {
        epoch,
        epoch_end: Timestamp::from_seconds(event.epochEnd),
        heavy_rewards: Uint128::new(event.heavyRewards),
        operators,
    })
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{Address, LogData, B256};

    use super::super::contract::RollupL1::OperatorResult;
    use super::*;

    const ROLLUP: Address = Address::repeat_byte(0xaa);

    fn mined(data: LogData) -> Log {
        Log {
            inner: alloy::primitives::Log {
                address: ROLLUP,
                data,
            },
            block_hash: Some(B256::repeat_byte(1)),
            block_number: Some(42),
            block_timestamp: None,
            transaction_hash: Some(B256::repeat_byte(2)),
            transaction_index: Some(0),
            log_index: Some(3),
            removed: false,
        }
    }

    fn origin() -> Origin {
        Origin {
            block_number: 42,
            block_hash: B256::repeat_byte(1),
            transaction_hash: B256::repeat_byte(2),
            log_index: 3,
        }
    }

    fn operator(valoper: &str, score: u64) -> OperatorResult {
        OperatorResult {
            valoper: valoper.to_string(),
            lightRewards: 1_000,
            penalty: 7,
            score,
        }
    }

    fn epoch_report(operators: Vec<OperatorResult>) -> LogData {
        EpochReport {
            epoch: 5,
            epochEnd: 1_700_000_000,
            heavyRewards: 123_456,
            operators,
        }
        .encode_log_data()
    }

    #[test]
    fn a_proposal_becomes_propose_block() {
        let event = BlockProposed {
            blockId: 9,
            parentHash: B256::repeat_byte(0xab),
            gasUsed: 21_000,
            proposer: Address::repeat_byte(5),
        };
        let relayed = translate(&mined(event.encode_log_data())).unwrap().unwrap();
        assert_eq!(relayed.origin, origin());
        assert_eq!(
            relayed.action,
            Action::ProverPool(prover_pool::ExecuteMsg::ProposeBlock {
                block_id: 9,
                parent_hash: HexBinary::from(vec![0xab; 32]),
                gas_used: 21_000,
            })
        );
    }

    #[test]
    fn a_proof_becomes_prove_block() {
        let event = BlockProven {
            blockId: 9,
            prover: "cosmos1prover".to_string(),
            provenAt: 1_700_000_100,
        };
        let relayed = translate(&mined(event.encode_log_data())).unwrap().unwrap();
        assert_eq!(
            relayed.action,
            Action::ProverPool(prover_pool::ExecuteMsg::ProveBlock {
                block_id: 9,
                prover: "cosmos1prover".to_string(),
                proven_at: 1_700_000_100,
            })
        );
    }

    #[test]
    fn an_epoch_report_becomes_an_oracle_report() {
        let log = mined(epoch_report(vec![
            operator("cosmosvaloper1a", 1_000_000_000_000_000_000),
            operator("cosmosvaloper1b", 250_000_000_000_000_000),
        ]));
        let relayed = translate(&log).unwrap().unwrap();
        let expected = Report {
            epoch: 5,
            epoch_end: Timestamp::from_seconds(1_700_000_000),
            heavy_rewards: Uint128::new(123_456),
            operators: vec![
                OperatorReport {
                    valoper: "cosmosvaloper1a".to_string(),
                    light_rewards: Uint128::new(1_000),
                    penalty: Uint128::new(7),
                    score: Decimal::one(),
                },
                OperatorReport {
                    valoper: "cosmosvaloper1b".to_string(),
                    light_rewards: Uint128::new(1_000),
                    penalty: Uint128::new(7),
                    score: Decimal::percent(25),
                },
            ],
        };
        assert_eq!(
            relayed.action,
            Action::Oracle(oracle::ExecuteMsg::Submit { report: expected })
        );
    }

    #[test]
    fn other_events_are_ignored() {
        let log = mined(LogData::new_unchecked(
            vec![B256::repeat_byte(9)],
            Default::default(),
        ));
        assert_eq!(translate(&log), Ok(None));
        let anonymous = mined(LogData::new_unchecked(vec![], Default::default()));
        assert_eq!(translate(&anonymous), Ok(None));
    }

    #[test]
    fn a_pending_log_is_refused() {
        let mut log = mined(epoch_report(vec![]));
        log.block_hash = None;
        assert_eq!(translate(&log), Err(TranslateError::NotMined));
    }

    #[test]
    fn a_truncated_log_is_undecodable() {
        let mut data = epoch_report(vec![operator("cosmosvaloper1a", 1)]);
        let short = data.data[..40].to_vec();
        data.data = short.into();
        assert!(matches!(
            translate(&mined(data)),
            Err(TranslateError::Undecodable { event, .. }) if event.starts_with("EpochReport(")
        ));
    }

    #[test]
    fn an_empty_prover_is_refused() {
        let event = BlockProven {
            blockId: 3,
            prover: " ".to_string(),
            provenAt: 1,
        };
        assert_eq!(
            translate(&mined(event.encode_log_data())),
            Err(TranslateError::EmptyProver { block_id: 3 })
        );
    }

    #[test]
    fn a_score_above_one_is_refused() {
        let log = mined(epoch_report(vec![operator(
            "cosmosvaloper1a",
            1_000_000_000_000_000_001,
        )]));
        assert_eq!(
            translate(&log),
            Err(TranslateError::ScoreAboveMax {
                epoch: 5,
                valoper: "cosmosvaloper1a".to_string()
            })
        );
    }

    #[test]
    fn too_many_operators_are_refused() {
        let operators = (0..=MAX_REPORT_OPERATORS)
            .map(|i| operator(&format!("cosmosvaloper1{i}"), 1))
            .collect();
        assert_eq!(
            translate(&mined(epoch_report(operators))),
            Err(TranslateError::TooManyOperators {
                epoch: 5,
                count: MAX_REPORT_OPERATORS + 1
            })
        );
    }
}
