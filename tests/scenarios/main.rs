//! Cross-contract scenarios, each module one story, all on the embedded chain.

mod bonding;
mod common;
mod deployment;
mod governance;
mod hub_guards;
mod instant_exit;
mod invariants;
mod light;
mod migration;
mod oracle;
mod ownership;
mod prover_pool;
mod slashing;
mod tokenizer;
mod unbonding;
mod wrapping;
