//! Deploys every Faro contract and wires them together in one pass, by the launch plan
//! the real-chain client follows too: each address is predicted with instantiate2 (code
//! checksum, deployer, salt) before anything is instantiated, so that contracts which
//! name each other can be created in any order; governance then makes the plan's wiring
//! calls.

use anyhow::{anyhow, ensure, Result};
use cosmwasm_std::{instantiate2_address, Addr, Api, Binary, WasmMsg};
use cw_multi_test::Executor;
use faro_types::launch::{Addresses, ChainParams, Launch, Plan};
pub use faro_types::launch::{MAX_LIGHT_COMMISSION, MIN_BOND};
use serde::Deserialize;

use crate::chain::{account, FaroApp, DENOM, LSM_MODULE, UNBONDING_TIME};
use crate::codes::Codes;

/// Who acts in the deployment.
#[derive(Debug, Clone)]
pub struct Roles {
    /// Instantiates everything; keeps no power afterwards.
    pub deployer: Addr,
    /// Owner and wasm admin of every Faro contract (the phase-1 multisig's seat); FRO has
    /// no wasm admin.
    pub governance: Addr,
    /// The relayer: the oracle's first member and the prover pool's reporter.
    pub relayer: Addr,
}

impl Default for Roles {
    fn default() -> Self {
        Roles {
            deployer: account("deployer"),
            governance: account("governance"),
            relayer: account("relayer"),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contracts {
    pub hub: Addr,
    pub lsm_tokenizer: Addr,
    pub heavy_lst: Addr,
    pub wrapped_lst: Addr,
    pub operator_registry: Addr,
    pub oracle: Addr,
    /// The oracle's `faro-1` IBC end.
    pub oracle_gateway: Addr,
    pub prover_pool: Addr,
    pub dao: Addr,
    /// The light LSTs the registry instantiated, in the order of the suite's operators
    /// that offer light services.
    #[serde(default)]
    pub light_lsts: Vec<Addr>,
    /// The FRO governance token (cw20-base), with no wasm admin.
    pub fro: Addr,
}

impl Contracts {
    /// The launched contracts where the plan put them; no light LST yet. The fields are
    /// named as in [`Addresses`], so serde carries each address over by name.
    fn at(addresses: &Addresses) -> serde_json::Result<Self> {
        serde_json::from_value(serde_json::to_value(addresses)?)
    }

    /// Every Faro contract with its name, the first light LST standing for all of them.
    pub fn faro(&self) -> Vec<(&'static str, Addr)> {
        let mut all = vec![
            ("hub", self.hub.clone()),
            ("lsm-tokenizer", self.lsm_tokenizer.clone()),
            ("heavy-lst", self.heavy_lst.clone()),
            ("wrapped-lst", self.wrapped_lst.clone()),
            ("operator-registry", self.operator_registry.clone()),
            ("oracle", self.oracle.clone()),
            ("oracle-gateway", self.oracle_gateway.clone()),
            ("prover-pool", self.prover_pool.clone()),
            ("dao", self.dao.clone()),
        ];
        all.extend(
            self.light_lsts
                .first()
                .map(|light| ("light-lst", light.clone())),
        );
        all
    }
}

struct Deployer<'a> {
    app: &'a mut FaroApp,
    roles: &'a Roles,
}

impl Deployer<'_> {
    fn predict(&self, code_id: u64, salt: &str) -> Result<String> {
        let checksum = self.app.wrap().query_wasm_code_info(code_id)?.checksum;
        let creator = self
            .app
            .api()
            .addr_canonicalize(self.roles.deployer.as_str())?;
        let address = instantiate2_address(checksum.as_slice(), &creator, salt.as_bytes())?;
        Ok(self.app.api().addr_humanize(&address)?.into_string())
    }

    fn launch(&mut self, code_id: u64, launch: Launch) -> Result<()> {
        let instantiate = WasmMsg::Instantiate2 {
            admin: launch.admin,
            code_id,
            label: format!("faro {}", launch.name),
            msg: launch.msg,
            funds: vec![],
            salt: Binary::from(launch.name.as_bytes()),
        };
        self.app
            .execute(self.roles.deployer.clone(), instantiate.into())?;
        let landed = self
            .app
            .wrap()
            .query_wasm_contract_info(&launch.address)
            .map(|info| info.code_id);
        ensure!(
            landed.as_ref().ok() == Some(&code_id),
            "{} did not land at {}",
            launch.name,
            launch.address
        );
        Ok(())
    }
}

/// Deploys and wires every contract by the launch plan. Light LSTs come later, from the
/// registry, as operators offer light services.
pub fn deploy(app: &mut FaroApp, codes: &Codes, roles: &Roles) -> Result<Contracts> {
    let mut deployer = Deployer { app, roles };
    let code_id = |code: &str| codes.of(code).ok_or_else(|| anyhow!("no code {code}"));
    let addresses = Addresses::predict(|code, salt| deployer.predict(code_id(code)?, salt))?;
    let chain = ChainParams {
        denom: DENOM.to_string(),
        unbonding_period: UNBONDING_TIME,
        epoch_period: ChainParams::shortest_epoch(UNBONDING_TIME),
        lsm_module: LSM_MODULE,
        token_symbol: "ATOM".to_string(),
    };
    let plan = Plan {
        chain: &chain,
        governance: roles.governance.as_str(),
        relayer: roles.relayer.as_str(),
        addresses: &addresses,
        light_lst_code_id: codes.light_lst,
    };
    for launch in plan.launches()? {
        deployer.launch(code_id(launch.code)?, launch)?;
    }
    for wiring in plan.wiring()? {
        let call = WasmMsg::Execute {
            contract_addr: wiring.contract,
            msg: wiring.msg,
            funds: vec![],
        };
        deployer
            .app
            .execute(roles.governance.clone(), call.into())?;
    }
    Ok(Contracts::at(&addresses)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contracts_take_every_planned_address_by_name() {
        let addresses = Addresses::predict(|_, salt| Ok::<_, ()>(format!("addr-{salt}"))).unwrap();
        let contracts = Contracts::at(&addresses).unwrap();
        for (name, address) in contracts.faro() {
            assert_eq!(Some(address.as_str()), addresses.get(name), "{name}");
        }
        assert_eq!(contracts.fro.as_str(), addresses.fro);
        assert!(contracts.light_lsts.is_empty());
    }
}
