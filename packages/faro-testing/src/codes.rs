//! Every contract the suite deploys, as native Rust code stored on the embedded chain.

use cosmwasm_std::Empty;
use cw_multi_test::{Contract, ContractWrapper};

use crate::chain::FaroApp;

macro_rules! faro_contract {
    ($krate:ident) => {
        Box::new(
            ContractWrapper::new(
                $krate::contract::execute,
                $krate::contract::instantiate,
                $krate::contract::query,
            )
            .with_migrate($krate::contract::migrate),
        )
    };
    ($krate:ident with reply) => {
        Box::new(
            ContractWrapper::new(
                $krate::contract::execute,
                $krate::contract::instantiate,
                $krate::contract::query,
            )
            .with_reply($krate::contract::reply)
            .with_migrate($krate::contract::migrate),
        )
    };
}

/// Code ids of everything stored.
#[derive(Debug, Clone, Copy)]
pub struct Codes {
    pub hub: u64,
    pub lsm_tokenizer: u64,
    pub heavy_lst: u64,
    pub wrapped_lst: u64,
    pub light_lst: u64,
    pub operator_registry: u64,
    pub oracle: u64,
    pub oracle_gateway: u64,
    pub prover_pool: u64,
    pub dao: u64,
    /// cw20-base, for the FRO governance token.
    pub cw20: u64,
}

impl Codes {
    /// The code id of the contract named as in `Contracts::faro`, or of cw20-base.
    pub fn of(&self, name: &str) -> Option<u64> {
        let code = match name {
            "hub" => self.hub,
            "lsm-tokenizer" => self.lsm_tokenizer,
            "heavy-lst" => self.heavy_lst,
            "wrapped-lst" => self.wrapped_lst,
            "light-lst" => self.light_lst,
            "operator-registry" => self.operator_registry,
            "oracle" => self.oracle,
            "oracle-gateway" => self.oracle_gateway,
            "prover-pool" => self.prover_pool,
            "dao" => self.dao,
            faro_types::launch::CW20_CODE => self.cw20,
            _ => return None,
        };
        Some(code)
    }

    pub fn store_all(app: &mut FaroApp) -> Self {
        let mut store = |code: Box<dyn Contract<Empty>>| app.store_code(code);
        Codes {
            hub: store(faro_contract!(faro_hub with reply)),
            lsm_tokenizer: store(faro_contract!(faro_lsm_tokenizer with reply)),
            heavy_lst: store(faro_contract!(faro_heavy_lst)),
            wrapped_lst: store(faro_contract!(faro_wrapped_lst)),
            light_lst: store(faro_contract!(faro_light_lst)),
            operator_registry: store(faro_contract!(faro_operator_registry with reply)),
            oracle: store(faro_contract!(faro_oracle with reply)),
            oracle_gateway: store(faro_contract!(faro_oracle_gateway with reply)),
            prover_pool: store(faro_contract!(faro_prover_pool)),
            dao: store(faro_contract!(faro_dao with reply)),
            cw20: store(Box::new(ContractWrapper::new(
                cw20_base::contract::execute,
                cw20_base::contract::instantiate,
                cw20_base::contract::query,
            ))),
        }
    }
}
