//! A contract that sends whatever messages it is given as submessages and answers with
//! the last submessage's `SubMsgResponse`: a liquid staker (a 32-byte address on the
//! chain) for cap tests, and a window on what a contract's reply sees.

use anyhow::Result as AnyResult;
use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    coins, from_json, to_json_binary, Addr, Binary, CosmosMsg, Deps, DepsMut, Empty, Env,
    MessageInfo, Reply, Response, StdError, StdResult, SubMsg, SubMsgResponse, SubMsgResult,
};
use cw_multi_test::{BankSudo, ContractWrapper, Executor};

use super::{addr, Chain, DENOM, FUNDS};

#[cw_serde]
pub struct ProxyMsg {
    pub msgs: Vec<CosmosMsg>,
}

fn instantiate(_: DepsMut, _: Env, _: MessageInfo, _: Empty) -> StdResult<Response> {
    Ok(Response::new())
}

fn execute(_: DepsMut, _: Env, _: MessageInfo, msg: ProxyMsg) -> StdResult<Response> {
    let subs = msg
        .msgs
        .into_iter()
        .map(|msg| SubMsg::reply_on_success(msg, 1));
    Ok(Response::new().add_submessages(subs))
}

fn reply(_: DepsMut, _: Env, reply: Reply) -> StdResult<Response> {
    match reply.result {
        SubMsgResult::Ok(response) => Ok(Response::new().set_data(to_json_binary(&response)?)),
        SubMsgResult::Err(err) => Err(StdError::generic_err(err)),
    }
}

fn query(_: Deps, _: Env, _: Empty) -> StdResult<Binary> {
    Ok(Binary::default())
}

impl Chain {
    /// A funded proxy contract.
    pub fn proxy(&mut self) -> Addr {
        let code = ContractWrapper::new(execute, instantiate, query).with_reply(reply);
        let code_id = self.app.store_code(Box::new(code));
        let proxy = self
            .app
            .instantiate_contract(code_id, addr("deployer"), &Empty {}, &[], "proxy", None)
            .unwrap();
        let mint = BankSudo::Mint {
            to_address: proxy.to_string(),
            amount: coins(FUNDS, DENOM),
        };
        self.app.sudo(mint.into()).unwrap();
        proxy
    }

    /// Has `proxy` send `msg`; returns what its reply got.
    pub fn through(
        &mut self,
        proxy: &Addr,
        msg: impl Into<CosmosMsg>,
    ) -> AnyResult<SubMsgResponse> {
        let msg = ProxyMsg {
            msgs: vec![msg.into()],
        };
        let response = self
            .app
            .execute_contract(addr("operator"), proxy.clone(), &msg, &[])?;
        Ok(from_json(response.data.expect("reply data"))?)
    }
}
