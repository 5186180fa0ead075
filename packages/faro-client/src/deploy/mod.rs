//! Deploys every Faro contract on a real chain and wires them together in one pass, by
//! the launch plan the embedded chain's suite follows too: upload every code, predict
//! each address with instantiate2 (code checksum, deployer, salt), instantiate in launch
//! order, make governance's wiring calls (the hub's oracle), then register the validators
//! as operators and approve them as governance.

pub mod artifacts;
mod operators;
pub mod record;

use std::collections::BTreeMap;

use cosmwasm_std::StdError;
use faro_types::launch::{Launch, Plan, Wiring};
use serde::Serialize;
use thiserror::Error;

use crate::address::{checksum, predict_instantiate2};
use crate::client::Client;
use crate::error::ClientError;
use crate::outcome::TxOutcome;
use crate::signer::Signer;
use crate::wasm::Instantiate2;

pub use artifacts::Artifacts;
pub use faro_types::launch::{Addresses, ChainParams};
pub use record::{Deployment, Operator};

#[derive(Debug, Error)]
pub enum DeployError {
    #[error(transparent)]
    Client(#[from] ClientError),

    #[error("the launch plan: {0}")]
    Plan(#[from] StdError),

    #[error("no artifact {name}.wasm to deploy")]
    MissingArtifact { name: String },

    #[error("{name} landed at {actual}, not at the predicted {predicted}")]
    AddressMismatch {
        name: String,
        predicted: String,
        actual: String,
    },
}

/// Who acts in the deployment.
pub struct Roles<'a> {
    /// Uploads and instantiates everything; keeps no power afterwards.
    pub deployer: &'a Signer,
    /// Owner and wasm admin of every Faro contract (FRO has no admin); approves the
    /// operators.
    pub governance: &'a Signer,
    /// The oracle's first member and the prover pool's reporter.
    pub relayer: String,
    /// Validator accounts that register as heavy and light operators.
    pub operators: Vec<&'a Signer>,
}

/// The deployment and every tx it took, in order, named.
#[derive(Debug, Clone, Serialize)]
pub struct DeployReport {
    pub deployment: Deployment,
    pub steps: Vec<(String, TxOutcome)>,
}

pub async fn deploy(
    client: &Client,
    artifacts: &Artifacts,
    chain: &ChainParams,
    roles: &Roles<'_>,
    salt_suffix: &str,
) -> Result<DeployReport, DeployError> {
    let mut run = Run {
        client,
        roles,
        salt_suffix,
        steps: vec![],
    };
    let code_ids = run.store_all(artifacts).await?;
    let contracts = Addresses::predict(|code, name| run.predict(artifacts, code, name))?;
    let plan = Plan {
        chain,
        governance: roles.governance.address(),
        relayer: &roles.relayer,
        addresses: &contracts,
        light_lst_code_id: code_ids["light-lst"],
    };
    for launch in plan.launches()? {
        let msg: serde_json::Value =
            serde_json::from_slice(&launch.msg).map_err(ClientError::from)?;
        run.instantiate(&code_ids, &launch, &msg).await?;
    }
    for wiring in plan.wiring()? {
        run.wire(&wiring).await?;
    }
    let operators = run.add_operators(&contracts.operator_registry).await?;

    let deployment = Deployment {
        chain_id: client.chain_id().to_string(),
        denom: chain.denom.clone(),
        deployer: roles.deployer.address().to_string(),
        governance: roles.governance.address().to_string(),
        relayer: roles.relayer.clone(),
        code_ids,
        contracts,
        operators,
    };
    Ok(DeployReport {
        deployment,
        steps: run.steps,
    })
}

struct Run<'a> {
    client: &'a Client,
    roles: &'a Roles<'a>,
    salt_suffix: &'a str,
    steps: Vec<(String, TxOutcome)>,
}

impl Run<'_> {
    async fn store_all(
        &mut self,
        artifacts: &Artifacts,
    ) -> Result<BTreeMap<String, u64>, DeployError> {
        let mut code_ids = BTreeMap::new();
        for (name, wasm) in &artifacts.codes {
            let (code_id, outcome) = self
                .client
                .store_code(self.roles.deployer, wasm.clone())
                .await?;
            self.steps.push((format!("store {name}"), outcome));
            code_ids.insert(name.clone(), code_id);
        }
        Ok(code_ids)
    }

    fn salt(&self, name: &str) -> String {
        format!("{name}{}", self.salt_suffix)
    }

    fn predict(
        &self,
        artifacts: &Artifacts,
        code: &str,
        name: &str,
    ) -> Result<String, DeployError> {
        let checksum = checksum(artifacts.get(code)?);
        let salt = self.salt(name);
        Ok(predict_instantiate2(
            &checksum,
            self.roles.deployer.address(),
            salt.as_bytes(),
        )?)
    }

    /// Instantiates `launch` (its name is its salt and label) with `msg`, its message.
    async fn instantiate<M: Serialize>(
        &mut self,
        code_ids: &BTreeMap<String, u64>,
        launch: &Launch,
        msg: &M,
    ) -> Result<(), DeployError> {
        let (code, name, predicted) = (launch.code, launch.name, &launch.address);
        let code_id = *code_ids
            .get(code)
            .ok_or_else(|| DeployError::MissingArtifact {
                name: code.to_string(),
            })?;
        let salt = self.salt(name);
        let label = format!("faro {name}");
        let spec = Instantiate2 {
            code_id,
            salt: salt.as_bytes(),
            msg,
            label: &label,
            admin: launch.admin.as_deref(),
            funds: &[],
        };
        let (actual, outcome) = self.client.instantiate2(self.roles.deployer, &spec).await?;
        if actual != *predicted {
            return Err(DeployError::AddressMismatch {
                name: name.to_string(),
                predicted: predicted.clone(),
                actual,
            });
        }
        self.steps.push((format!("instantiate {name}"), outcome));
        Ok(())
    }

    /// Governance's call of `wiring`.
    async fn wire(&mut self, wiring: &Wiring) -> Result<(), DeployError> {
        let msg: serde_json::Value =
            serde_json::from_slice(&wiring.msg).map_err(ClientError::from)?;
        let outcome = self
            .client
            .execute(self.roles.governance, &wiring.contract, &msg, &[])
            .await?;
        self.steps.push((wiring.step.to_string(), outcome));
        Ok(())
    }
}
