//! Ending an epoch on a live chain: wait until the hub's epoch is due, then advance it and
//! check that the open batch went to the chain.

use std::time::Duration;

use faro_types::hub::BatchStatus;

use crate::scenario::steps::Scenario;
use crate::scenario::{check, ScenarioError};

/// Room, beyond the epoch's due time, for slow blocks.
const SLACK: Duration = Duration::from_secs(30);

impl Scenario<'_> {
    /// Skipped, and said so in the report, when the epoch is more than `max_wait` away.
    pub async fn advance_epoch(&mut self, max_wait: Duration) -> Result<(), ScenarioError> {
        let p = &self.protocol;
        let (_, wait) = p.epoch_due_in().await?;
        if wait > max_wait {
            self.report.skipped.push(format!(
                "advance epoch: the next epoch is {}s away, more than the {}s allowed",
                wait.as_secs(),
                max_wait.as_secs()
            ));
            return Ok(());
        }
        let (state, outcome) = p
            .advance_epoch_when_due(self.players.keeper, wait + SLACK)
            .await?;
        let after = p.hub_state().await?;
        check(
            "advance epoch",
            after.books.epoch == state.books.epoch + 1,
            || format!("epoch {} became {}", state.books.epoch, after.books.epoch),
        )?;
        let batch = p.batch(state.books.epoch).await?;
        check(
            "advance epoch",
            !matches!(batch.status, BatchStatus::Open),
            || {
                format!(
                    "batch {} is still open after the epoch: {batch:?}",
                    state.books.epoch
                )
            },
        )?;
        self.record("advance epoch (harvest, unbond batch)", outcome);
        Ok(())
    }
}
