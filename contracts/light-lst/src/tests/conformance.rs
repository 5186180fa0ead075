//! The shared cw20 conformance suite, run against the light LST's entry points. A balance
//! is given by depositing coins, before any reward.

use cw_utils::PaymentError;
use faro_cw20::conformance::{Execute, Harness, Query, Refusal};
use faro_types::light_lst::{ExecuteMsg, QueryMsg};

use super::{deposit, setup, TestDeps};
use crate::contract::{execute, query};
use crate::error::ContractError;

pub(crate) struct Light(TestDeps);

impl Harness for Light {
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Error = ContractError;
    const EXECUTE: Execute<ExecuteMsg, ContractError> = execute;
    const QUERY: Query<QueryMsg> = query;

    fn new() -> Self {
        Light(setup())
    }

    fn fund(&mut self, holder: &str, amount: u128) {
        deposit(&mut self.0, holder, amount);
    }

    fn deps(&self) -> &TestDeps {
        &self.0
    }

    fn deps_mut(&mut self) -> &mut TestDeps {
        &mut self.0
    }

    fn refusal(error: &ContractError) -> Refusal {
        match error {
            ContractError::InsufficientBalance { .. } => Refusal::Insufficient,
            ContractError::ZeroAmount => Refusal::ZeroAmount,
            ContractError::Payment(PaymentError::NonPayable {}) => Refusal::Funds,
            ContractError::Std(_) => Refusal::Malformed,
            ContractError::Unauthorized { .. } => Refusal::Unauthorized,
            ContractError::Allowance(error) => error.into(),
            ContractError::Logo(error) => error.into(),
            other => Refusal::Other(other.to_string()),
        }
    }
}

faro_cw20::cw20_conformance!(Light);
faro_cw20::faro_cw20_conformance!(Light);
