//! One contract instance in the VM, with the chain's capabilities; every call prints its gas.

use cosmwasm_std::{Addr, Binary, ContractResult, Empty, MessageInfo, Response};
use cosmwasm_vm::testing::{
    mock_env, mock_instance_with_options, MockApi, MockInstanceOptions, MockQuerier, MockStorage,
};
use cosmwasm_vm::{call_execute, call_instantiate, call_query, capabilities_from_csv, Instance};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::chain;

/// Gaia v25 (wasmvm 2.2): the capabilities the chain offers, no more.
pub const CAPABILITIES: &str = "iterator,staking,stargate,cosmwasm_1_1,cosmwasm_1_2,cosmwasm_1_3,\
                                cosmwasm_1_4,cosmwasm_2_0,cosmwasm_2_1,cosmwasm_2_2";
/// wasmd's DefaultGasMultiplier: CosmWasm gas per Cosmos SDK gas. On chain a call also pays
/// wasmd's instance cost (60,000 SDK gas), store reads/writes and message bytes, which
/// this mock does not price: wasm execution itself is a few SDK gas.
const GAS_MULTIPLIER: u64 = 140_000_000;
/// wasmd's default smart-query gas limit (3M SDK gas), in CosmWasm gas.
const GAS_LIMIT: u64 = 3_000_000 * GAS_MULTIPLIER;

pub struct Contract {
    name: String,
    instance: Instance<MockApi, MockStorage, MockQuerier>,
}

impl Contract {
    /// Loads `wasm` (checked against the capabilities like the chain's upload is) into a
    /// fresh instance whose staking module knows `chain::validator()`.
    pub fn new(name: &str, wasm: &[u8]) -> Self {
        let options = MockInstanceOptions {
            available_capabilities: capabilities_from_csv(CAPABILITIES),
            gas_limit: GAS_LIMIT,
            ..Default::default()
        };
        let mut instance = mock_instance_with_options(wasm, options);
        instance
            .with_querier(|querier| {
                querier.update_staking(chain::DENOM, &[chain::validator()], &[]);
                Ok(())
            })
            .expect("setting up the staking querier");
        Self {
            name: name.to_string(),
            instance,
        }
    }

    pub fn instantiate(&mut self, sender: &str, msg: &impl Serialize) -> Response {
        let msg = to_json(msg);
        let info = info(sender);
        let result = self.metered("instantiate", |instance| {
            call_instantiate::<_, _, _, Empty>(instance, &mock_env(), &info, &msg)
        });
        self.unwrap("instantiate", result)
    }

    pub fn execute(&mut self, sender: &str, msg: &impl Serialize) -> Response {
        let msg = to_json(msg);
        let info = info(sender);
        let label = format!("execute {}", variant(&msg));
        let result = self.metered(&label, |instance| {
            call_execute::<_, _, _, Empty>(instance, &mock_env(), &info, &msg)
        });
        self.unwrap(&label, result)
    }

    /// Executes `msg` without printing; returns the response and the gas it used.
    pub fn execute_measured(&mut self, sender: &str, msg: &impl Serialize) -> (Response, u64) {
        let msg = to_json(msg);
        let info = info(sender);
        let (result, wasm, host) = self
            .measure(|instance| call_execute::<_, _, _, Empty>(instance, &mock_env(), &info, &msg));
        (self.unwrap("execute", result), wasm + host)
    }

    pub fn query<T: DeserializeOwned>(&mut self, msg: &impl Serialize) -> T {
        let msg = to_json(msg);
        let label = format!("query {}", variant(&msg));
        let result = self.metered(&label, |instance| call_query(instance, &mock_env(), &msg));
        let binary: Binary = self.unwrap(&label, result);
        serde_json::from_slice(&binary).unwrap_or_else(|err| {
            panic!(
                "{}: {label} answered {binary:?}, not the expected type: {err}",
                self.name
            )
        })
    }

    /// Runs one call and prints the gas it used.
    fn metered<T>(
        &mut self,
        label: &str,
        call: impl FnOnce(&mut Instance<MockApi, MockStorage, MockQuerier>) -> T,
    ) -> T {
        let (result, wasm, host) = self.measure(call);
        let total = wasm + host;
        println!(
            "{:<18} {:<24} {total:>11} gas (wasm {wasm:>11}, host {host:>6}) = {:.2} SDK gas",
            self.name,
            label,
            total as f64 / GAS_MULTIPLIER as f64,
        );
        result
    }

    /// Runs one call; returns its result and the gas used in wasm and by the host.
    fn measure<T>(
        &mut self,
        call: impl FnOnce(&mut Instance<MockApi, MockStorage, MockQuerier>) -> T,
    ) -> (T, u64, u64) {
        let before = self.instance.create_gas_report();
        let result = call(&mut self.instance);
        let after = self.instance.create_gas_report();
        let wasm = after.used_internally - before.used_internally;
        let host = after.used_externally - before.used_externally;
        (result, wasm, host)
    }

    fn unwrap<T>(&self, label: &str, result: cosmwasm_vm::VmResult<ContractResult<T>>) -> T {
        match result {
            Ok(ContractResult::Ok(value)) => value,
            Ok(ContractResult::Err(err)) => panic!("{}: {label} failed: {err}", self.name),
            Err(err) => panic!("{}: {label}: VM error: {err}", self.name),
        }
    }
}

fn to_json(msg: &impl Serialize) -> Vec<u8> {
    serde_json::to_vec(msg).expect("serializing a message")
}

/// The message's variant: `ownership` for `{"ownership":{}}`.
fn variant(msg: &[u8]) -> String {
    let value: serde_json::Value = serde_json::from_slice(msg).expect("a JSON message");
    match value.as_object().and_then(|object| object.keys().next()) {
        Some(key) => key.clone(),
        None => value.to_string(),
    }
}

fn info(sender: &str) -> MessageInfo {
    MessageInfo {
        sender: Addr::unchecked(sender),
        funds: vec![],
    }
}
