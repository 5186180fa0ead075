//! The launch: every contract's configuration at instantiation, naming the others by the
//! addresses instantiate2 gives them before any exists, then what governance sets once
//! they all exist. One plan serves the embedded chain and a real one; only the chain's
//! figures and the roles differ.

use cosmwasm_std::{to_json_binary, Binary, Decimal, StdResult, Uint128};
use cw20::Cw20Coin;
use serde::{Deserialize, Serialize};

use crate::liquid::LsmModule;
use crate::token::TokenMetadata;
use crate::{
    dao, heavy_lst, hub, lsm_tokenizer, operator_registry, oracle, oracle_gateway, prover_pool,
    wrapped_lst,
};

/// The smallest bond that makes an operator active in phase 2.
pub const MIN_BOND: Uint128 = Uint128::new(1_000_000_000);
/// The staking token's decimals (ATOM's six), which every LST keeps.
pub const TOKEN_DECIMALS: u8 = 6;
/// The registry's ceiling on light commissions.
pub const MAX_LIGHT_COMMISSION: Decimal = Decimal::percent(20);
/// FRO minted to governance at launch.
pub const FRO_SUPPLY: Uint128 = Uint128::new(100_000_000_000_000);
/// The code the FRO governance token runs: the published cw20-base.
pub const CW20_CODE: &str = "cw20-base";

/// Every contract launched, in order: its name, which is also its instantiate2 salt, and
/// the name of its code. Light LSTs are not here: the registry launches one per operator.
pub const LAUNCH_ORDER: [(&str, &str); 10] = [
    ("hub", "hub"),
    ("lsm-tokenizer", "lsm-tokenizer"),
    ("heavy-lst", "heavy-lst"),
    ("wrapped-lst", "wrapped-lst"),
    ("operator-registry", "operator-registry"),
    ("oracle", "oracle"),
    ("oracle-gateway", "oracle-gateway"),
    ("prover-pool", "prover-pool"),
    ("dao", "dao"),
    ("fro", CW20_CODE),
];

/// The code a launched contract runs.
fn code_of(name: &str) -> &'static str {
    LAUNCH_ORDER
        .iter()
        .find(|(launched, _)| *launched == name)
        .map_or(CW20_CODE, |(_, code)| code)
}

/// What the plan needs to know of the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainParams {
    pub denom: String,
    /// The chain's unbonding time, in seconds.
    pub unbonding_period: u64,
    /// Seconds between hub epochs; at least [`ChainParams::shortest_epoch`].
    pub epoch_period: u64,
    pub lsm_module: LsmModule,
    /// The token the LSTs stand for, e.g. `ATOM`.
    pub token_symbol: String,
}

impl ChainParams {
    /// The shortest epoch the hub accepts: the chain's unbonding-entry limit must hold one
    /// batch per epoch for a whole unbonding time.
    pub fn shortest_epoch(unbonding_period: u64) -> u64 {
        unbonding_period.div_ceil(hub::MAX_UNBONDING_ENTRIES)
    }
}

/// Where each launched contract lands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addresses {
    pub hub: String,
    pub lsm_tokenizer: String,
    pub heavy_lst: String,
    pub wrapped_lst: String,
    pub operator_registry: String,
    pub oracle: String,
    pub oracle_gateway: String,
    pub prover_pool: String,
    pub dao: String,
    /// The FRO governance token.
    pub fro: String,
}

impl Addresses {
    /// Every address, each from `predict(code, salt)`.
    pub fn predict<E>(mut predict: impl FnMut(&str, &str) -> Result<String, E>) -> Result<Self, E> {
        let mut at = |salt: &str| predict(code_of(salt), salt);
        Ok(Addresses {
            hub: at("hub")?,
            lsm_tokenizer: at("lsm-tokenizer")?,
            heavy_lst: at("heavy-lst")?,
            wrapped_lst: at("wrapped-lst")?,
            operator_registry: at("operator-registry")?,
            oracle: at("oracle")?,
            oracle_gateway: at("oracle-gateway")?,
            prover_pool: at("prover-pool")?,
            dao: at("dao")?,
            fro: at("fro")?,
        })
    }

    /// A contract's address by its name in [`LAUNCH_ORDER`] (`_` may stand for `-`).
    pub fn get(&self, name: &str) -> Option<&str> {
        let address = match name.replace('_', "-").as_str() {
            "hub" => &self.hub,
            "lsm-tokenizer" => &self.lsm_tokenizer,
            "heavy-lst" => &self.heavy_lst,
            "wrapped-lst" => &self.wrapped_lst,
            "operator-registry" => &self.operator_registry,
            "oracle" => &self.oracle,
            "oracle-gateway" => &self.oracle_gateway,
            "prover-pool" => &self.prover_pool,
            "dao" => &self.dao,
            "fro" => &self.fro,
            _ => return None,
        };
        Some(address)
    }
}

/// One contract to instantiate.
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    /// The contract's name, also its instantiate2 salt.
    pub name: &'static str,
    /// The name of the code it runs.
    pub code: &'static str,
    /// Its instantiate message, as JSON.
    pub msg: Binary,
    /// Where instantiate2 puts it.
    pub address: String,
    /// Its wasm admin, who may migrate it: governance, except for FRO (see [`Plan::admin`]).
    pub admin: Option<String>,
}

/// A call governance makes once every contract exists.
#[derive(Debug, Clone, PartialEq)]
pub struct Wiring {
    /// What it does, as the deploy's steps name it.
    pub step: &'static str,
    /// The contract called.
    pub contract: String,
    /// Its execute message, as JSON.
    pub msg: Binary,
}

pub struct Plan<'a> {
    pub chain: &'a ChainParams,
    /// Owner and wasm admin of every Faro contract; FRO has no admin.
    pub governance: &'a str,
    /// The oracle's first member and the prover pool's reporter.
    pub relayer: &'a str,
    pub addresses: &'a Addresses,
    pub light_lst_code_id: u64,
}

impl Plan<'_> {
    /// Every contract with its message, in [`LAUNCH_ORDER`].
    pub fn launches(&self) -> StdResult<Vec<Launch>> {
        LAUNCH_ORDER
            .iter()
            .map(|&(name, code)| {
                Ok(Launch {
                    name,
                    code,
                    msg: self.message(name)?,
                    address: self.addresses.get(name).unwrap_or_default().to_string(),
                    admin: self.admin(name),
                })
            })
            .collect()
    }

    /// Governance's calls once every contract exists, in order: the hub is told which
    /// oracle broadcasts the heavy index after each settlement (its instantiate message
    /// names no oracle).
    pub fn wiring(&self) -> StdResult<Vec<Wiring>> {
        let hub_oracle = hub::ExecuteMsg::UpdateConfig(hub::ConfigUpdate {
            oracle: Some(self.addresses.oracle.clone()),
            ..hub::ConfigUpdate::default()
        });
        Ok(vec![Wiring {
            step: "set the hub's oracle",
            contract: self.addresses.hub.clone(),
            msg: to_json_binary(&hub_oracle)?,
        }])
    }

    fn message(&self, name: &str) -> StdResult<Binary> {
        match name {
            "hub" => to_json_binary(&self.hub()),
            "lsm-tokenizer" => to_json_binary(&self.tokenizer()),
            "heavy-lst" => to_json_binary(&self.heavy_lst()),
            "wrapped-lst" => to_json_binary(&self.wrapped_lst()),
            "operator-registry" => to_json_binary(&self.registry()),
            "oracle" => to_json_binary(&self.oracle()),
            "oracle-gateway" => to_json_binary(&self.oracle_gateway()),
            "prover-pool" => to_json_binary(&self.prover_pool()),
            "dao" => to_json_binary(&self.dao()),
            _ => to_json_binary(&self.fro()),
        }
    }

    /// The wasm admin of launched contract `name`. FRO has none: the DAO holds the
    /// stakers' FRO in the token's ledger, so no governor may change the token's code,
    /// which would reach that FRO around the DAO's stake guard.
    pub fn admin(&self, name: &str) -> Option<String> {
        (name != "fro").then(|| self.owner())
    }

    fn owner(&self) -> String {
        self.governance.to_string()
    }

    pub fn hub(&self) -> hub::InstantiateMsg {
        hub::InstantiateMsg {
            owner: self.owner(),
            denom: self.chain.denom.clone(),
            heavy_lst: self.addresses.heavy_lst.clone(),
            tokenizer: self.addresses.lsm_tokenizer.clone(),
            registry: self.addresses.operator_registry.clone(),
            treasury: self.addresses.dao.clone(),
            epoch_period: self.chain.epoch_period,
            unbonding_period: self.chain.unbonding_period,
            fees: hub::FeeConfig::default(),
            light_budget: hub::DEFAULT_LIGHT_BUDGET,
        }
    }

    pub fn tokenizer(&self) -> lsm_tokenizer::InstantiateMsg {
        lsm_tokenizer::InstantiateMsg {
            owner: self.owner(),
            hub: self.addresses.hub.clone(),
            denom: self.chain.denom.clone(),
            lsm_module: self.chain.lsm_module,
        }
    }

    pub fn heavy_lst(&self) -> heavy_lst::InstantiateMsg {
        let symbol = &self.chain.token_symbol;
        heavy_lst::InstantiateMsg {
            owner: self.owner(),
            hub: self.addresses.hub.clone(),
            token: TokenMetadata::new(
                format!("Faro staked {symbol}"),
                format!("st{symbol}"),
                TOKEN_DECIMALS,
            ),
        }
    }

    pub fn wrapped_lst(&self) -> wrapped_lst::InstantiateMsg {
        let symbol = &self.chain.token_symbol;
        wrapped_lst::InstantiateMsg {
            owner: self.owner(),
            heavy_lst: self.addresses.heavy_lst.clone(),
            token: TokenMetadata::new(
                format!("Faro wrapped staked {symbol}"),
                format!("wst{symbol}"),
                TOKEN_DECIMALS,
            ),
        }
    }

    pub fn registry(&self) -> operator_registry::InstantiateMsg {
        operator_registry::InstantiateMsg {
            owner: self.owner(),
            config: operator_registry::Config {
                bond_denom: self.chain.denom.clone(),
                min_bond: MIN_BOND,
                max_leverage: operator_registry::DEFAULT_MAX_LEVERAGE,
                max_commission: MAX_LIGHT_COMMISSION,
                exit_period: self.chain.unbonding_period,
                permissionless: false,
                treasury: self.addresses.dao.clone(),
                oracle: Some(self.addresses.oracle.clone()),
                light_lst_code_id: self.light_lst_code_id,
                token_symbol: self.chain.token_symbol.clone(),
                token_decimals: TOKEN_DECIMALS,
            },
        }
    }

    pub fn oracle(&self) -> oracle::InstantiateMsg {
        oracle::InstantiateMsg {
            owner: self.owner(),
            hub: self.addresses.hub.clone(),
            registry: self.addresses.operator_registry.clone(),
            denom: self.chain.denom.clone(),
            gateway: Some(self.addresses.oracle_gateway.clone()),
            members: vec![oracle::MemberInput {
                addr: self.relayer.to_string(),
                weight: 1,
            }],
            threshold: 1,
            staleness: 24 * 3600,
            max_rate_change: Decimal::percent(1),
        }
    }

    /// No reporter until the rollup's settlement chain has one to name.
    pub fn oracle_gateway(&self) -> oracle_gateway::InstantiateMsg {
        oracle_gateway::InstantiateMsg {
            owner: self.owner(),
            oracle: self.addresses.oracle.clone(),
            reporter: None,
        }
    }

    pub fn prover_pool(&self) -> prover_pool::InstantiateMsg {
        prover_pool::InstantiateMsg {
            owner: self.owner(),
            config: prover_pool::Config {
                stake_token: self.addresses.wrapped_lst.clone(),
                fee_denom: self.chain.denom.clone(),
                treasury: self.addresses.dao.clone(),
                relayer: self.relayer.to_string(),
                min_capacity: 1,
                min_stake_per_capacity: Uint128::new(1_000_000),
                initial_fee_per_gas: Decimal::permille(25),
                initial_proof_delay: 30 * 60,
                max_open_blocks: 16,
                slash_fraction: Decimal::percent(5),
                slash_reward_multiple: 10,
            },
        }
    }

    pub fn dao(&self) -> dao::InstantiateMsg {
        dao::InstantiateMsg {
            owner: self.owner(),
            gov_token: self.addresses.fro.clone(),
            unstaking_period: 14 * 24 * 3600,
            voting_period: 7 * 24 * 3600,
            threshold: Decimal::percent(51),
            quorum: Decimal::percent(33),
        }
    }

    /// cw20-base's instantiate message: the whole FRO supply to governance, no minter.
    pub fn fro(&self) -> FroInstantiateMsg {
        FroInstantiateMsg {
            name: "Faro governance".to_string(),
            symbol: "FRO".to_string(),
            decimals: 6,
            initial_balances: vec![Cw20Coin {
                address: self.owner(),
                amount: FRO_SUPPLY,
            }],
        }
    }
}

/// The part of cw20-base's instantiate message FRO sets; cw20-base reads the absent
/// `mint` and `marketing` as none.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FroInstantiateMsg {
    pub name: String,
    pub symbol: String,
    pub decimals: u8,
    pub initial_balances: Vec<Cw20Coin>,
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::from_json;

    use super::*;

    fn chain() -> ChainParams {
        ChainParams {
            denom: "uatom".to_string(),
            unbonding_period: 60,
            epoch_period: ChainParams::shortest_epoch(60),
            lsm_module: LsmModule::SdkStaking,
            token_symbol: "ATOM".to_string(),
        }
    }

    fn plan<'a>(chain: &'a ChainParams, addresses: &'a Addresses) -> Plan<'a> {
        Plan {
            chain,
            governance: "governance",
            relayer: "relayer",
            addresses,
            light_lst_code_id: 7,
        }
    }

    fn addresses() -> Addresses {
        Addresses::predict(|code, salt| Ok::<_, ()>(format!("{code}@{salt}"))).unwrap()
    }

    #[test]
    fn shortest_epoch_fits_one_batch_per_entry_in_an_unbonding() {
        assert_eq!(ChainParams::shortest_epoch(60), 9);
        assert_eq!(ChainParams::shortest_epoch(21 * 24 * 3600), 3 * 24 * 3600);
    }

    #[test]
    fn addresses_are_predicted_from_each_code_and_salt_in_launch_order() {
        let addresses = addresses();
        for (salt, code) in LAUNCH_ORDER {
            assert_eq!(addresses.get(salt), Some(format!("{code}@{salt}").as_str()));
        }
        assert_eq!(addresses.get("prover_pool"), addresses.get("prover-pool"));
        assert_eq!(addresses.get("light-lst"), None);
    }

    #[test]
    fn every_launch_names_the_others_by_their_predicted_addresses() {
        let (chain, addresses) = (chain(), addresses());
        let plan = plan(&chain, &addresses);
        let launches = plan.launches().unwrap();
        let names: Vec<_> = launches.iter().map(|launch| launch.name).collect();
        assert_eq!(names, LAUNCH_ORDER.map(|(name, _)| name));

        let hub: hub::InstantiateMsg = from_json(&launches[0].msg).unwrap();
        assert_eq!(hub.heavy_lst, addresses.heavy_lst);
        assert_eq!(hub.epoch_period, 9);
        let registry: operator_registry::InstantiateMsg = from_json(&launches[4].msg).unwrap();
        assert_eq!(registry.config.light_lst_code_id, 7);
        assert_eq!(
            registry.config.oracle.as_deref(),
            Some(addresses.oracle.as_str())
        );
        let fro = &launches[9];
        assert_eq!(
            (fro.code, fro.address.as_str()),
            (CW20_CODE, "cw20-base@fro")
        );
        let text = String::from_utf8(fro.msg.to_vec()).unwrap();
        assert!(text.contains(r#""symbol":"FRO""#), "{text}");
        assert!(text.contains(r#""address":"governance""#), "{text}");
        assert_eq!(fro.admin, None);
        assert_eq!(launches[8].admin.as_deref(), Some("governance"));
    }

    #[test]
    fn governance_then_names_the_hubs_oracle() {
        let (chain, addresses) = (chain(), addresses());
        let plan = plan(&chain, &addresses);
        let wiring = plan.wiring().unwrap();
        assert_eq!(wiring.len(), 1);
        assert_eq!(wiring[0].contract, addresses.hub);
        let msg: hub::ExecuteMsg = from_json(&wiring[0].msg).unwrap();
        let expected = hub::ConfigUpdate {
            oracle: Some(addresses.oracle.clone()),
            ..hub::ConfigUpdate::default()
        };
        assert_eq!(msg, hub::ExecuteMsg::UpdateConfig(expected));
    }
}
