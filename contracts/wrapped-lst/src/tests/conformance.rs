//! The shared cw20 conformance suite, run against the wrapper's entry points, that is
//! against cw20-base. A balance is given by wrapping at an index of one. Only the checks of
//! cw20 behaviour run: the faro-only ones check typed errors that cw20-base does not make.

use cosmwasm_std::testing::MockStorage;
use cosmwasm_std::{Env, MessageInfo, Response, StdError, Storage};
use cw20::Cw20ExecuteMsg;
use cw20_base::ContractError as Cw20BaseError;
use cw_utils::PaymentError;
use faro_cw20::conformance::{raw, wire, Execute, Harness, MockDeps, Query, Refusal};
use faro_types::wrapped_lst::{ExecuteMsg, QueryMsg};

use super::Wrapper;
use crate::contract::{execute, query};
use crate::error::ContractError;

impl Harness for Wrapper {
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Error = ContractError;
    const EXECUTE: Execute<ExecuteMsg, ContractError> = execute;
    const QUERY: Query<QueryMsg> = query;

    fn new() -> Self {
        Wrapper::new()
    }

    fn fund(&mut self, holder: &str, amount: u128) {
        self.wrap(holder, amount, None).unwrap();
    }

    fn deps(&self) -> &MockDeps {
        &self.deps
    }

    fn deps_mut(&mut self) -> &mut MockDeps {
        &mut self.deps
    }

    /// A refused message leaves the storage as it was, as the chain reverts a failed
    /// transaction: cw20-base spends an allowance before it checks the owner's balance.
    fn execute(
        &mut self,
        env: Env,
        info: MessageInfo,
        msg: &Cw20ExecuteMsg,
    ) -> Result<Response, ContractError> {
        let before = raw(&self.deps.storage);
        let res = execute(self.deps.as_mut(), env, info, wire(msg));
        if res.is_err() {
            let mut storage = MockStorage::new();
            for (key, value) in before {
                storage.set(&key, &value);
            }
            self.deps.storage = storage;
        }
        res
    }

    /// cw20-base reports a balance or an allowance too small alike, as an overflow.
    fn refusal(error: &ContractError) -> Refusal {
        match error {
            ContractError::ZeroAmount => Refusal::ZeroAmount,
            ContractError::Payment(PaymentError::NonPayable {}) => Refusal::Funds,
            ContractError::Cw20(error) => match error {
                Cw20BaseError::Std(StdError::Overflow { .. }) => Refusal::Insufficient,
                Cw20BaseError::Std(_) => Refusal::Malformed,
                Cw20BaseError::Unauthorized {} => Refusal::Unauthorized,
                Cw20BaseError::CannotSetOwnAccount {} => Refusal::OwnAccount,
                Cw20BaseError::InvalidExpiration {} => Refusal::InvalidExpiration,
                Cw20BaseError::Expired {} => Refusal::Expired,
                Cw20BaseError::NoAllowance {} => Refusal::NoAllowance,
                Cw20BaseError::LogoTooBig {}
                | Cw20BaseError::InvalidXmlPreamble {}
                | Cw20BaseError::InvalidPngHeader {} => Refusal::InvalidLogo,
                other => Refusal::Other(other.to_string()),
            },
            other => Refusal::Other(other.to_string()),
        }
    }
}

faro_cw20::cw20_conformance!(Wrapper);
