mod channel;
mod config;
mod rate;
mod receive;

use cosmwasm_std::testing::{
    message_info, mock_dependencies, mock_env, mock_ibc_channel, MockApi, MockQuerier,
};
use cosmwasm_std::{
    from_json, to_json_binary, Addr, ContractResult, Decimal256, IbcChannelConnectMsg, IbcOrder,
    MemoryStorage, OwnedDeps, Response, SystemError, SystemResult, WasmQuery,
};
use faro_types::oracle::{
    Progress, QueryMsg as OracleQuery, Rate, Submission, SubmissionsResponse, IBC_VERSION,
};
use faro_types::oracle_gateway::{ExecuteMsg, IbcPeer, InstantiateMsg};

use crate::contract::{execute, ibc_channel_connect, instantiate};
use crate::error::ContractError;
pub(crate) use faro_types::testing::attr;

pub(crate) type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

pub(crate) const REPORTER_PORT: &str = "wasm.reporter";
pub(crate) const CONNECTION: &str = "connection-2";
pub(crate) const REPORTER_CHANNEL: &str = "channel-0";
pub(crate) const SUBSCRIBER: &str = "channel-1";

pub(crate) fn addr(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

pub(crate) fn reporter() -> IbcPeer {
    IbcPeer {
        connection_id: CONNECTION.to_string(),
        port_id: REPORTER_PORT.to_string(),
    }
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("dao").to_string(),
        oracle: addr("oracle").to_string(),
        reporter: Some(reporter()),
    }
}

pub(crate) fn setup() -> Deps {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap();
    answer_oracle(&mut deps, None, vec![]);
    deps
}

/// The oracle answers `Progress` with `last_final`, and pages `Submissions` of any epoch
/// through `voters` in key order, as its storage does; nothing else.
pub(crate) fn answer_oracle(deps: &mut Deps, last_final: Option<u64>, mut voters: Vec<String>) {
    voters.sort();
    let oracle = addr("oracle").to_string();
    deps.querier.update_wasm(move |query| {
        let answer = match query {
            WasmQuery::Smart { contract_addr, msg } if *contract_addr == oracle => {
                match from_json(msg) {
                    Ok(OracleQuery::Progress {}) => to_json_binary(&Progress {
                        last_final,
                        last_applied: last_final,
                    }),
                    Ok(OracleQuery::Submissions {
                        start_after, limit, ..
                    }) => {
                        let submissions = voters
                            .iter()
                            .filter(|voter| start_after.as_ref().is_none_or(|s| *voter > s))
                            .take(limit.unwrap_or(10) as usize)
                            .map(|voter| Submission {
                                voter: voter.clone(),
                                hash: "00".to_string(),
                            })
                            .collect();
                        to_json_binary(&SubmissionsResponse { submissions })
                    }
                    _ => return SystemResult::Err(SystemError::Unknown {}),
                }
            }
            _ => return SystemResult::Err(SystemError::Unknown {}),
        };
        SystemResult::Ok(ContractResult::Ok(answer.unwrap()))
    });
}

/// A channel on the reporter's connection, to `counterparty_port`.
pub(crate) fn connect(deps: &mut Deps, channel_id: &str, counterparty_port: &str) {
    let mut channel = mock_ibc_channel(channel_id, IbcOrder::Ordered, IBC_VERSION);
    channel.counterparty_endpoint.port_id = counterparty_port.to_string();
    let msg = IbcChannelConnectMsg::new_ack(channel, IBC_VERSION);
    ibc_channel_connect(deps.as_mut(), mock_env(), msg).unwrap();
}

/// The reporter's channel and one subscriber.
pub(crate) fn connected() -> Deps {
    let mut deps = setup();
    connect(&mut deps, REPORTER_CHANNEL, REPORTER_PORT);
    connect(&mut deps, SUBSCRIBER, "wasm.defi");
    deps
}

pub(crate) fn rate(epoch: u64) -> Rate {
    Rate {
        index: Decimal256::percent(105),
        epoch,
        timestamp: mock_env().block.time,
    }
}

pub(crate) fn exec(
    deps: &mut Deps,
    sender: &str,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    execute(
        deps.as_mut(),
        mock_env(),
        message_info(&addr(sender), &[]),
        msg,
    )
}
