//! Ending an epoch on a live chain: wait, by polling block times, until the hub's epoch
//! is due, then advance it and check that the open batch went to the chain.

use std::time::Duration;

use faro_types::hub::{self, BatchStatus};
use tokio::time::{sleep, Instant};

use crate::scenario::steps::Scenario;
use crate::scenario::{check, ScenarioError};

/// How often to look at the newest block while waiting.
const POLL: Duration = Duration::from_millis(500);

impl Scenario<'_> {
    pub async fn advance_epoch(&mut self, max_wait: Duration) -> Result<(), ScenarioError> {
        let state = self.hub_state().await?;
        let due = state.next_epoch_at.nanos();
        let now = self.client.node().latest_block_time().await?;
        let wait = Duration::from_nanos(due.saturating_sub(now));
        if wait > max_wait {
            self.report.skipped.push(format!(
                "advance epoch: the next epoch is {}s away, more than the {}s allowed",
                wait.as_secs(),
                max_wait.as_secs()
            ));
            return Ok(());
        }
        let deadline = Instant::now() + wait + Duration::from_secs(30);
        while self.client.node().latest_block_time().await? < due {
            check("advance epoch", Instant::now() < deadline, || {
                "the chain stopped producing blocks".to_string()
            })?;
            sleep(POLL).await;
        }
        let outcome = self
            .client
            .execute(
                self.players.keeper,
                &self.contracts.hub,
                &hub::ExecuteMsg::AdvanceEpoch {},
                &[],
            )
            .await?;
        let after = self.hub_state().await?;
        check("advance epoch", after.epoch == state.epoch + 1, || {
            format!("epoch {} became {}", state.epoch, after.epoch)
        })?;
        let batch: hub::Batch = self
            .client
            .query_smart(
                &self.contracts.hub,
                &hub::QueryMsg::Batch { id: state.epoch },
            )
            .await?;
        check(
            "advance epoch",
            !matches!(batch.status, BatchStatus::Open),
            || {
                format!(
                    "batch {} is still open after the epoch: {batch:?}",
                    state.epoch
                )
            },
        )?;
        self.record("advance epoch (harvest, unbond batch)", outcome);
        Ok(())
    }
}
