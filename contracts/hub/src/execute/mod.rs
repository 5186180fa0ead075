mod update_config;

pub use update_config::update_config;
