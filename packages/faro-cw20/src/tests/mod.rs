//! The shared flows driven through a toy ledger of plain balances, apart from any token.

mod allowance;
mod debit;
mod marketing;
mod query;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::{Addr, Attribute, Order, Response, Storage, Uint128};
use cw_storage_plus::Map;

use crate::{Debit, Ledger};

// The toy ledger's error is declared the way every token declares its own.
crate::token_contract_error! {
    #[error("{held} held")]
    Insufficient { held: Uint128 },
}

pub(crate) const BALANCES: Map<&Addr, Uint128> = Map::new("balance");

/// Balances are stored amounts.
pub(crate) struct Plain;

impl Ledger for Plain {
    type Error = ContractError;

    fn debit(storage: &mut dyn Storage, debit: Debit) -> Result<Vec<Attribute>, ContractError> {
        let Debit { owner, to, amount } = debit;
        let held = balance_of(storage, owner);
        if held < amount {
            return Err(ContractError::Insufficient { held });
        }
        BALANCES.save(storage, owner, &(held - amount))?;
        if let Some(to) = to {
            let now = balance_of(storage, to).checked_add(amount)?;
            BALANCES.save(storage, to, &now)?;
        }
        Ok(vec![Attribute::new("ledger", "plain")])
    }
}

pub(crate) use faro_types::testing::MockDeps;

pub(crate) fn addr(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

pub(crate) fn balance_of(storage: &dyn Storage, holder: &Addr) -> Uint128 {
    BALANCES
        .may_load(storage, holder)
        .unwrap()
        .unwrap_or_default()
}

/// `dao` owns the contract; `alice` holds 100.
pub(crate) fn setup() -> MockDeps {
    let mut deps = mock_dependencies();
    let dao = addr("dao").to_string();
    cw_ownable::initialize_owner(&mut deps.storage, &deps.api, Some(&dao)).unwrap();
    BALANCES
        .save(&mut deps.storage, &addr("alice"), &Uint128::new(100))
        .unwrap();
    deps
}

/// Runs `handler` as `sender`, with `funds`.
pub(crate) fn run(
    deps: &mut MockDeps,
    sender: &str,
    funds: &[cosmwasm_std::Coin],
    handler: impl FnOnce(
        cosmwasm_std::DepsMut,
        cosmwasm_std::Env,
        cosmwasm_std::MessageInfo,
    ) -> Result<Response, ContractError>,
) -> Result<Response, ContractError> {
    handler(
        deps.as_mut(),
        mock_env(),
        message_info(&addr(sender), funds),
    )
}

pub(crate) fn attrs(res: &Response) -> Vec<(&str, &str)> {
    res.attributes
        .iter()
        .map(|a| (a.key.as_str(), a.value.as_str()))
        .collect()
}

/// Everything stored, to prove a refusal wrote nothing.
pub(crate) fn raw(storage: &dyn Storage) -> Vec<(Vec<u8>, Vec<u8>)> {
    storage.range(None, None, Order::Ascending).collect()
}
