mod advance_epoch;
mod bond;
mod instant_exit;
mod receive;
mod redelegate;
mod set_pause;
mod unbond;
mod withdraw;

pub use advance_epoch::advance_epoch;
pub use bond::{bond, redeemed};
pub use instant_exit::instant_exit;
pub use receive::receive;
pub use redelegate::redelegate;
pub use set_pause::set_pause;
pub use unbond::unbond;
pub use withdraw::withdraw;
