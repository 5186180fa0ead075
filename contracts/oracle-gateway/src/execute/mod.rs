mod broadcast;
mod reporter;

pub use broadcast::broadcast_rate;
pub use reporter::set_reporter;
