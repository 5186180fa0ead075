//! One smoke case per contract, named after its directory under contracts/.

mod dao;
mod heavy_lst;
mod hub;
mod light_lst;
mod lsm_tokenizer;
mod operator_registry;
mod oracle;
mod prover_pool;
mod wrapped_lst;

pub use dao::Dao;
pub use heavy_lst::HeavyLst;
pub use hub::Hub;
pub use light_lst::LightLst;
pub use lsm_tokenizer::LsmTokenizer;
pub use operator_registry::OperatorRegistry;
pub use oracle::Oracle;
pub use prover_pool::ProverPool;
pub use wrapped_lst::WrappedLst;

use faro_types::token::TokenMetadata;

fn token(name: &str, symbol: &str) -> TokenMetadata {
    TokenMetadata {
        name: name.to_string(),
        symbol: symbol.to_string(),
        decimals: 6,
    }
}
