//! Cross-contract scenarios, each module one story, all on the embedded chain.

mod deployment;
mod migration;
mod ownership;
mod wrapping;
