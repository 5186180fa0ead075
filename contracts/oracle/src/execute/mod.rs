mod broadcast;
mod config;
mod drop_delivery;
mod retry;
mod review;
mod submit;

pub use broadcast::broadcast_rate;
pub use config::{set_gateway, set_members};
pub use drop_delivery::drop_delivery;
pub use retry::retry;
pub use review::{approve, reject};
pub use submit::submit;
