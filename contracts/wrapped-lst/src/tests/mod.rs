mod conformance;
mod instantiate;
mod invariants;
mod marketing;
mod queries;
mod standard;
mod unwrap;
mod vault;
mod wrap;

use std::cell::RefCell;
use std::rc::Rc;

use cosmwasm_schema::serde::de::DeserializeOwned;
use cosmwasm_std::testing::{
    message_info, mock_dependencies, mock_env, MockApi, MockQuerier, MockStorage,
};
use cosmwasm_std::{
    from_json, to_json_binary, Addr, Binary, Coin, ContractResult, Decimal256, OwnedDeps, Response,
    SystemError, SystemResult, Uint128, WasmQuery,
};
use cw20::{BalanceResponse, Cw20ReceiveMsg, TokenInfoResponse};
use faro_types::heavy_lst::{self, shares_to_debit, IndexResponse, SharesResponse};
use faro_types::token::TokenMetadata;
use faro_types::wrapped_lst::{ExecuteMsg, InstantiateMsg, QueryMsg, ReceiveMsg};

use crate::contract::{execute, instantiate, query};
use crate::error::ContractError;

pub(crate) use faro_cw20::conformance::addr;
pub(crate) use faro_types::testing::{attr, dec};

/// What a message to the wrapper answers.
pub(crate) type Outcome = Result<Response, ContractError>;

/// The wrapper's own address in every mocked call.
pub(crate) fn wrapper_addr() -> Addr {
    mock_env().contract.address
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("dao").to_string(),
        heavy_lst: addr("heavy_lst").to_string(),
        token: TokenMetadata::new("Faro wrapped staked ATOM", "wstATOM", 6),
    }
}

/// `from` burns `amount` wstTOKEN for as many heavy LST shares, sent to `recipient`
/// (default: `from`).
pub(crate) fn unwrap_msg(amount: u128, recipient: Option<&str>) -> ExecuteMsg {
    ExecuteMsg::Unwrap {
        amount: Uint128::new(amount),
        recipient: recipient.map(|r| addr(r).to_string()),
    }
}

/// What the mocked heavy LST answers: its index and the wrapper's shares.
#[derive(Debug)]
pub(crate) struct Heavy {
    pub index: Decimal256,
    pub wrapper_shares: Uint128,
}

/// The wrapper on mock dependencies, with a heavy LST that answers `Index` and `Shares`
/// from shared state the tests move as the real heavy LST would.
pub(crate) struct Wrapper {
    pub deps: OwnedDeps<MockStorage, MockApi, MockQuerier>,
    pub heavy: Rc<RefCell<Heavy>>,
}

impl Wrapper {
    pub fn new() -> Self {
        let mut deps = mock_dependencies();
        let info = message_info(&addr("deployer"), &[]);
        instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap();
        let heavy = Rc::new(RefCell::new(Heavy {
            index: Decimal256::one(),
            wrapper_shares: Uint128::zero(),
        }));
        let state = heavy.clone();
        deps.querier.update_wasm(move |query| {
            let WasmQuery::Smart { contract_addr, msg } = query else {
                return SystemResult::Err(SystemError::Unknown {});
            };
            if *contract_addr != addr("heavy_lst").to_string() {
                return SystemResult::Err(SystemError::NoSuchContract {
                    addr: contract_addr.clone(),
                });
            }
            let state = state.borrow();
            let answer = match from_json(msg).unwrap() {
                heavy_lst::QueryMsg::Index {} => {
                    to_json_binary(&IndexResponse { index: state.index })
                }
                heavy_lst::QueryMsg::Shares { address } => {
                    let shares = if address == wrapper_addr().to_string() {
                        state.wrapper_shares
                    } else {
                        Uint128::zero()
                    };
                    to_json_binary(&SharesResponse { shares })
                }
                other => panic!("unexpected heavy LST query {other:?}"),
            };
            SystemResult::Ok(ContractResult::Ok(answer.unwrap()))
        });
        Wrapper { deps, heavy }
    }

    pub fn exec_paying(&mut self, sender: &str, funds: &[Coin], msg: ExecuteMsg) -> Outcome {
        execute(
            self.deps.as_mut(),
            mock_env(),
            message_info(&addr(sender), funds),
            msg,
        )
    }

    pub fn exec(&mut self, sender: &str, msg: ExecuteMsg) -> Outcome {
        self.exec_paying(sender, &[], msg)
    }

    pub fn ask<T: DeserializeOwned>(&self, msg: QueryMsg) -> T {
        from_json(query(self.deps.as_ref(), mock_env(), msg).unwrap()).unwrap()
    }

    pub fn set_index(&self, index: &str) {
        self.heavy.borrow_mut().index = dec(index);
    }

    /// Shares given to the wrapper without wrapping.
    pub fn donate(&self, shares: u128) {
        self.heavy.borrow_mut().wrapper_shares += Uint128::new(shares);
    }

    pub fn wrapper_shares(&self) -> u128 {
        self.heavy.borrow().wrapper_shares.u128()
    }

    /// The heavy LST's hook after `from` sent it `amount` with `msg`.
    pub fn hook(&mut self, from: &str, amount: u128, msg: Binary) -> Outcome {
        let hook = Cw20ReceiveMsg {
            sender: addr(from).to_string(),
            amount: Uint128::new(amount),
            msg,
        };
        self.exec("heavy_lst", ExecuteMsg::Receive(hook))
    }

    /// `from` sends `amount` heavy LST to the wrapper with `Wrap`: the heavy LST moves
    /// `⌈amount ÷ index⌉` shares, then calls the hook (undone if the hook fails).
    pub fn wrap(&mut self, from: &str, amount: u128, recipient: Option<&str>) -> Outcome {
        let index = self.heavy.borrow().index;
        let moved = shares_to_debit(Uint128::new(amount), index).unwrap();
        self.heavy.borrow_mut().wrapper_shares += moved;
        let msg = to_json_binary(&ReceiveMsg::Wrap {
            recipient: recipient.map(|r| addr(r).to_string()),
        })
        .unwrap();
        let res = self.hook(from, amount, msg);
        if res.is_err() {
            self.heavy.borrow_mut().wrapper_shares -= moved;
        }
        res
    }

    /// `Unwrap`, then the heavy LST carrying out the `TransferShares` it asked for.
    pub fn unwrap(&mut self, from: &str, amount: u128, recipient: Option<&str>) -> Outcome {
        let res = self.exec(from, unwrap_msg(amount, recipient))?;
        self.heavy.borrow_mut().wrapper_shares -= Uint128::new(amount);
        Ok(res)
    }

    pub fn balance(&self, name: &str) -> u128 {
        let msg = QueryMsg::Balance {
            address: addr(name).to_string(),
        };
        self.ask::<BalanceResponse>(msg).balance.u128()
    }

    pub fn supply(&self) -> u128 {
        let info: TokenInfoResponse = self.ask(QueryMsg::TokenInfo {});
        info.total_supply.u128()
    }
}
