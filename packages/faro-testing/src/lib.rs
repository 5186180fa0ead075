//! Faro's multi-test suite: an embedded chain with staking, every Faro contract deployed
//! and wired, and actions, queries and assertions that let a scenario read as a story.
//!
//! ```no_run
//! let suite = faro_testing::Suite::builder().operators(3).build().unwrap();
//! println!("hub at {}", suite.contracts.hub);
//! ```

pub mod chain;
pub mod codes;
pub mod deploy;
pub mod governance;
pub mod heavy;
pub mod light;
pub mod lsm;
pub mod ownable;
pub mod provers;
pub mod response;
pub mod suite;
pub mod unit;

pub use suite::{Suite, SuiteBuilder};
