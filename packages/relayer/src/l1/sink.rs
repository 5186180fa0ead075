//! Where the follower hands its actions: the Cosmos submitter, or memory in tests.

use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};

use thiserror::Error;

use super::action::Relayed;

#[derive(Error, Debug)]
#[error("the action sink failed: {0}")]
pub struct SinkError(pub Box<dyn std::error::Error + Send + Sync>);

pub trait ActionSink {
    /// Takes one page's actions, in L1 order. The follower checkpoints the page only after
    /// this returns `Ok`; actions of a page that failed are handed again.
    fn deliver(
        &mut self,
        actions: Vec<Relayed>,
    ) -> impl Future<Output = Result<(), SinkError>> + Send;
}

/// Keeps every action it is given; clones share the same list, so a test can watch what a
/// follower (or a series of them) delivered.
#[derive(Debug, Clone, Default)]
pub struct MemorySink {
    delivered: Arc<Mutex<Vec<Relayed>>>,
}

impl MemorySink {
    pub fn delivered(&self) -> Vec<Relayed> {
        self.delivered
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl ActionSink for MemorySink {
    async fn deliver(&mut self, actions: Vec<Relayed>) -> Result<(), SinkError> {
        self.delivered
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(actions);
        Ok(())
    }
}
