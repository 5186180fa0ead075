//! Faro's benchmarks: what each operation costs its user in gas on a real chain, how that
//! cost scales with holders, operators and provers, beside the chain's own floors, and the
//! report that shows and checks it.

pub mod bench;
pub mod keys;
pub mod native;
pub mod operations;
pub mod record;
pub mod report;
pub mod sample;
pub mod scaling;

pub use bench::Bench;
pub use record::Recorder;
pub use sample::{Sample, Section};
