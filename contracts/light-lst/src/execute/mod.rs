//! The light LST's own actions; the cw20 ones are `faro_cw20::execute`'s, over
//! [`crate::ledger::Units`].

mod auth;
mod commission;
mod deposit;
mod penalise;
mod reward;
mod reward_address;
mod withdraw;

pub use commission::set_commission;
pub use deposit::deposit;
pub use penalise::penalise;
pub use reward::reward;
pub use reward_address::set_reward_address;
pub use withdraw::withdraw;
