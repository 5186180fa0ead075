//! The first operators: each validator registers itself (heavy and light services), then
//! governance approves it for heavy stake.

use cosmwasm_std::Decimal;
use faro_types::operator_registry::{self, Registration, Services};

use crate::address::with_prefix;
use crate::client::ExecuteCall;
use crate::deploy::{DeployError, Operator, Run};
use crate::signer::Signer;

/// The light commission the first operators start with.
pub const LIGHT_COMMISSION: Decimal = Decimal::percent(10);
/// Every first operator gets the same heavy weight.
pub const WEIGHT: u64 = 1;

/// The validator operator address of an account: its key bytes with `<prefix>valoper`.
pub fn valoper_of(account: &Signer) -> Result<String, DeployError> {
    let address = account.address();
    let prefix = address.split('1').next().unwrap_or_default();
    Ok(with_prefix(address, &format!("{prefix}valoper"))?)
}

impl Run<'_> {
    /// Each validator registers; governance then approves them all in one tx.
    pub(super) async fn add_operators(
        &mut self,
        registry: &str,
    ) -> Result<Vec<Operator>, DeployError> {
        let mut valopers = vec![];
        let mut approvals = vec![];
        for (index, account) in self.roles.operators.iter().enumerate() {
            let valoper = valoper_of(account)?;
            let register = operator_registry::ExecuteMsg::Register(Registration {
                valoper: valoper.clone(),
                reward_address: account.address().to_string(),
                moniker: format!("operator {}", index + 1),
                services: Services {
                    heavy: true,
                    light: true,
                },
                light_commission: Some(LIGHT_COMMISSION),
            });
            let outcome = self
                .client
                .execute(account, registry, &register, &[])
                .await?;
            self.steps
                .push((format!("register operator {}", index + 1), outcome));
            let approve = operator_registry::ExecuteMsg::Approve {
                valoper: valoper.clone(),
                weight: WEIGHT,
            };
            approvals.push(ExecuteCall::new(registry, &approve, vec![])?);
            valopers.push(valoper);
        }
        if !approvals.is_empty() {
            let outcome = self
                .client
                .execute_batch(self.roles.governance, &approvals)
                .await?;
            let name = format!("approve {} operators (one tx)", approvals.len());
            self.steps.push((name, outcome));
        }
        let mut operators = vec![];
        for valoper in valopers {
            let query = operator_registry::QueryMsg::Operator {
                valoper: valoper.clone(),
            };
            let registered: Option<operator_registry::Operator> =
                self.client.query_smart(registry, &query).await?;
            let light_lst = registered
                .and_then(|operator| operator.light_lst)
                .map(|addr| addr.to_string());
            operators.push(Operator { valoper, light_lst });
        }
        Ok(operators)
    }
}
