use cosmwasm_std::testing::{mock_env, MockApi};
use cosmwasm_std::{
    from_json, instantiate2_address, Addr, Api, Binary, CosmosMsg, Decimal, MsgResponse, Reply,
    ReplyOn, Response, SubMsg, SubMsgResponse, SubMsgResult, WasmMsg,
};
use cw_ownable::Action;
use faro_types::bounds::BoundError;
use faro_types::light_lst::{self, CallMsg, LightLstContract};
use faro_types::operator_registry::{
    ExecuteMsg, LightLstEntry, OperatorStatus, OperatorUpdate, Registration, Services,
};
use faro_types::token::TokenMetadata;

use super::{
    account, exec, exit, is_registered, jail, light_checksum, no_update, operator, registration,
    set_services, setup, update_operator, valoper, Deps, HEAVY_AND_LIGHT, HEAVY_ONLY,
};
use crate::contract::reply;
use crate::error::ContractError;
use crate::query;
use crate::reply::LIGHT_LST_REPLY;
use crate::state::PENDING_LIGHT_LST;

pub(super) fn light_registration(name: &str) -> Registration {
    Registration {
        services: Services {
            heavy: true,
            light: true,
        },
        light_commission: Some(Decimal::percent(5)),
        ..registration(name)
    }
}

fn register_light(deps: &mut Deps, name: &str) -> Response {
    exec(deps, name, ExecuteMsg::Register(light_registration(name))).unwrap()
}

/// The address of the `n`th light LST the registry launches.
fn predicted(n: u64) -> Addr {
    let api = MockApi::default();
    let creator = api
        .addr_canonicalize(mock_env().contract.address.as_str())
        .unwrap();
    let salt = format!("light/{n}");
    let address = instantiate2_address(light_checksum().as_slice(), &creator, salt.as_bytes());
    api.addr_humanize(&address.unwrap()).unwrap()
}

/// `MsgInstantiateContract2Response { address }` in protobuf: field 1, length-delimited.
fn instantiate_response(address: &str) -> Binary {
    let mut bytes = vec![0x0a, address.len() as u8];
    bytes.extend_from_slice(address.as_bytes());
    Binary::new(bytes)
}

#[allow(deprecated)]
fn answer(address: &str, legacy: bool) -> Reply {
    let value = instantiate_response(address);
    let response = if legacy {
        SubMsgResponse {
            events: vec![],
            data: Some(value),
            msg_responses: vec![],
        }
    } else {
        SubMsgResponse {
            events: vec![],
            data: None,
            msg_responses: vec![MsgResponse {
                type_url: "/cosmwasm.wasm.v1.MsgInstantiateContract2Response".to_string(),
                value,
            }],
        }
    };
    Reply {
        id: LIGHT_LST_REPLY,
        payload: Binary::default(),
        gas_used: 0,
        result: SubMsgResult::Ok(response),
    }
}

fn run_reply(deps: &mut Deps, msg: Reply) -> Result<Response, ContractError> {
    reply(deps.as_mut(), mock_env(), msg)
}

/// The chain instantiates the light LST where the registry announced it.
pub(super) fn confirm(deps: &mut Deps, res: &Response) -> Addr {
    let address = super::attr(res, "light_lst");
    run_reply(deps, answer(address, false)).unwrap();
    Addr::unchecked(address)
}

/// The one instantiate2 a response sends, with its decoded message.
fn launch(res: &Response) -> (&SubMsg, &WasmMsg, light_lst::InstantiateMsg) {
    assert_eq!(res.messages.len(), 1);
    let sub = &res.messages[0];
    match &sub.msg {
        CosmosMsg::Wasm(wasm @ WasmMsg::Instantiate2 { msg, .. }) => {
            (sub, wasm, from_json(msg).unwrap())
        }
        other => panic!("not an instantiate2: {other:?}"),
    }
}

#[test]
fn a_light_operator_gets_its_light_lst_at_the_predicted_address() {
    let mut deps = setup();
    let res = register_light(&mut deps, "alice");
    assert_eq!(super::attr(&res, "light_lst"), predicted(0).as_str());
    let (sub, wasm, msg) = launch(&res);
    assert_eq!(
        (sub.id, sub.reply_on.clone()),
        (LIGHT_LST_REPLY, ReplyOn::Success)
    );
    let WasmMsg::Instantiate2 {
        admin,
        code_id,
        label,
        funds,
        salt,
        ..
    } = wasm
    else {
        unreachable!()
    };
    assert_eq!(admin.as_deref(), Some(account("dao").as_str()));
    assert_eq!(*code_id, super::LIGHT_CODE_ID);
    assert_eq!(*label, format!("faro light-lst {}", valoper("alice")));
    assert!(funds.is_empty());
    assert_eq!(salt.as_slice(), b"light/0");
    assert_eq!(
        msg,
        light_lst::InstantiateMsg {
            owner: account("dao"),
            registry: mock_env().contract.address.to_string(),
            operator: valoper("alice"),
            operator_account: account("alice"),
            reward_address: account("alice_rewards"),
            denom: "uatom".to_string(),
            token: TokenMetadata::new("Faro light ATOM alice", "lightATOM-alice", 6),
            commission: Decimal::percent(5),
            max_commission: Decimal::percent(20),
        }
    );
    // Recorded only once the chain confirms it.
    assert_eq!(operator(&deps, "alice").light_lst, None);

    let res = run_reply(&mut deps, answer(predicted(0).as_str(), false)).unwrap();
    assert_eq!(super::attr(&res, "light_lst"), predicted(0).as_str());
    assert_eq!(operator(&deps, "alice").light_lst, Some(predicted(0)));
    assert!(PENDING_LIGHT_LST.may_load(&deps.storage).unwrap().is_none());
}

#[test]
fn the_address_may_come_in_the_legacy_data_field() {
    let mut deps = setup();
    register_light(&mut deps, "alice");
    run_reply(&mut deps, answer(predicted(0).as_str(), true)).unwrap();
    assert_eq!(operator(&deps, "alice").light_lst, Some(predicted(0)));
}

#[test]
fn a_light_lst_elsewhere_than_predicted_is_refused() {
    let mut deps = setup();
    register_light(&mut deps, "alice");
    let elsewhere = account("impostor");
    let err = run_reply(&mut deps, answer(&elsewhere, false)).unwrap_err();
    assert_eq!(
        err,
        ContractError::LightLstAddressMismatch {
            expected: predicted(0).to_string(),
            actual: elsewhere,
        }
    );
    assert_eq!(operator(&deps, "alice").light_lst, None);
}

#[test]
#[allow(deprecated)]
fn malformed_or_unexpected_replies_are_refused() {
    let mut deps = setup();
    let err = run_reply(&mut deps, answer(predicted(0).as_str(), false)).unwrap_err();
    assert_eq!(err, ContractError::NoPendingLightLst);

    register_light(&mut deps, "alice");
    let mut other = answer(predicted(0).as_str(), false);
    other.id = 99;
    assert_eq!(
        run_reply(&mut deps, other).unwrap_err(),
        ContractError::UnknownReply { id: 99 }
    );

    let mut failed = answer(predicted(0).as_str(), false);
    failed.result = SubMsgResult::Err("out of gas".to_string());
    assert_eq!(
        run_reply(&mut deps, failed).unwrap_err(),
        ContractError::LightLstFailed {
            reason: "out of gas".to_string()
        }
    );

    let mut empty = answer(predicted(0).as_str(), false);
    empty.result = SubMsgResult::Ok(SubMsgResponse {
        events: vec![],
        data: None,
        msg_responses: vec![],
    });
    assert_eq!(
        run_reply(&mut deps, empty).unwrap_err(),
        ContractError::MissingInstantiateResponse
    );

    let mut garbled = answer(predicted(0).as_str(), true);
    garbled.result = SubMsgResult::Ok(SubMsgResponse {
        events: vec![],
        data: Some(Binary::new(vec![0x08, 0x01])),
        msg_responses: vec![],
    });
    assert!(matches!(
        run_reply(&mut deps, garbled).unwrap_err(),
        ContractError::ParseReply(_)
    ));
    assert_eq!(operator(&deps, "alice").light_lst, None);
}

#[test]
fn light_registrations_need_a_valid_commission_and_a_symbolic_moniker() {
    let mut deps = setup();
    let cases = [
        (
            Registration {
                light_commission: None,
                ..light_registration("alice")
            },
            ContractError::LightCommissionRequired,
        ),
        (
            Registration {
                light_commission: Some(Decimal::percent(21)),
                ..light_registration("alice")
            },
            ContractError::Bound(BoundError::AboveMax {
                field: "light_commission",
                value: "0.21".to_string(),
                max: "0.2".to_string(),
            }),
        ),
        (
            Registration {
                light_commission: Some(Decimal::percent(5)),
                ..registration("alice")
            },
            ContractError::UnexpectedLightCommission,
        ),
        (
            Registration {
                moniker: "✦ ✦".to_string(),
                ..light_registration("alice")
            },
            ContractError::NoSymbolInMoniker {
                moniker: "✦ ✦".to_string(),
            },
        ),
    ];
    for (bad, expected) in cases {
        let err = exec(&mut deps, "alice", ExecuteMsg::Register(bad)).unwrap_err();
        assert_eq!(err, expected);
        assert!(!is_registered(&deps, "alice"));
        assert!(PENDING_LIGHT_LST.may_load(&deps.storage).unwrap().is_none());
    }
}

#[test]
fn token_names_and_symbols_are_cut_to_their_limits() {
    let mut deps = setup();
    let moniker = format!("Ünïcode {}", "validator ".repeat(6));
    let reg = Registration {
        moniker: moniker.clone(),
        ..light_registration("alice")
    };
    let res = exec(&mut deps, "alice", ExecuteMsg::Register(reg)).unwrap();
    let token = launch(&res).2.token;
    let name = format!("Faro light ATOM {moniker}");
    assert_eq!(token.name, name[..50].trim_end());
    assert_eq!(token.symbol, "lightATOM-ncodevalidatorvalidato");
    assert_eq!(token.symbol.len(), 32);
    token.validate().unwrap();
}

#[test]
fn salts_are_never_reused() {
    let mut deps = setup();
    let res = register_light(&mut deps, "alice");
    confirm(&mut deps, &res);
    let remove = ExecuteMsg::Remove {
        valoper: valoper("alice"),
    };
    exec(&mut deps, "dao", remove).unwrap();
    let res = register_light(&mut deps, "alice");
    let (_, WasmMsg::Instantiate2 { salt, .. }, _) = launch(&res) else {
        unreachable!()
    };
    assert_eq!(salt.as_slice(), b"light/1");
    assert_eq!(confirm(&mut deps, &res), predicted(1));
}

#[test]
fn turning_light_services_on_launches_the_light_lst_once() {
    let mut deps = setup();
    exec(&mut deps, "bob", ExecuteMsg::Register(registration("bob"))).unwrap();
    let light_on = set_services("bob", HEAVY_AND_LIGHT, None);
    let err = update_operator(&mut deps, "bob", light_on.clone()).unwrap_err();
    assert_eq!(err, ContractError::LightCommissionRequired);

    let with_commission = OperatorUpdate {
        light_commission: Some(Decimal::percent(3)),
        moniker: Some("Bob's".to_string()),
        ..light_on.clone()
    };
    let res = update_operator(&mut deps, "bob", with_commission.clone()).unwrap();
    let msg = launch(&res).2;
    assert_eq!(msg.commission, Decimal::percent(3));
    assert_eq!(msg.token.symbol, "lightATOM-Bobs");
    assert_eq!(confirm(&mut deps, &res), predicted(0));

    // It has one now: the commission is the light LST's business.
    let err = update_operator(&mut deps, "bob", with_commission).unwrap_err();
    assert_eq!(err, ContractError::UnexpectedLightCommission);
    let res = update_operator(&mut deps, "bob", light_on).unwrap();
    assert!(res.messages.is_empty());
}

#[test]
fn a_new_reward_address_is_passed_to_the_light_lst() {
    let mut deps = setup();
    let res = register_light(&mut deps, "alice");
    let light_lst = confirm(&mut deps, &res);
    let update = OperatorUpdate {
        reward_address: Some(account("alice_new_rewards")),
        ..no_update("alice")
    };
    let res = update_operator(&mut deps, "alice", update.clone()).unwrap();
    let expected = LightLstContract(light_lst)
        .call(
            &CallMsg::SetRewardAddress {
                reward_address: account("alice_new_rewards"),
            },
            vec![],
        )
        .unwrap();
    assert_eq!(res.messages, vec![SubMsg::new(expected)]);
    // The same address again: nothing to tell.
    let res = update_operator(&mut deps, "alice", update).unwrap();
    assert!(res.messages.is_empty());
}

#[test]
fn without_an_owner_the_light_lst_has_no_admin() {
    let mut deps = setup();
    exec(
        &mut deps,
        "dao",
        ExecuteMsg::UpdateOwnership(Action::RenounceOwnership),
    )
    .unwrap();
    let res = register_light(&mut deps, "alice");
    let (_, WasmMsg::Instantiate2 { admin, .. }, msg) = launch(&res) else {
        unreachable!()
    };
    assert_eq!(*admin, None);
    assert_eq!(msg.owner, mock_env().contract.address.to_string());
}

#[test]
fn an_exiting_operator_launches_no_light_lst() {
    let mut deps = setup();
    exec(&mut deps, "bob", ExecuteMsg::Register(registration("bob"))).unwrap();
    exec(&mut deps, "bob", exit("bob")).unwrap();
    let light_on = set_services("bob", HEAVY_AND_LIGHT, Some(Decimal::percent(3)));
    let err = update_operator(&mut deps, "bob", light_on).unwrap_err();
    assert_eq!(
        err,
        ContractError::InvalidTransition {
            valoper: valoper("bob"),
            status: OperatorStatus::Exiting,
            action: "launch a light LST",
        }
    );
    assert!(!operator(&deps, "bob").services.light);
}

#[test]
fn light_lsts_lists_active_light_operators_by_page() {
    let mut deps = setup();
    for name in super::VALIDATORS {
        let res = register_light(&mut deps, name);
        confirm(&mut deps, &res);
    }
    for name in ["alice", "bob", "carol"] {
        let approve = ExecuteMsg::Approve {
            valoper: valoper(name),
            weight: 1,
        };
        exec(&mut deps, "dao", approve).unwrap();
    }
    let light_lst = |deps: &Deps, name: &str| LightLstEntry {
        valoper: valoper(name),
        address: operator(deps, name).light_lst.unwrap(),
        score: operator(deps, name).light_score,
    };
    let carol = light_lst(&deps, "carol");
    let mut all = [
        light_lst(&deps, "alice"),
        light_lst(&deps, "bob"),
        carol.clone(),
    ];
    all.sort_by(|a, b| a.valoper.cmp(&b.valoper));

    let first = query::light_lsts(deps.as_ref(), None, Some(2))
        .unwrap()
        .light_lsts;
    assert_eq!(first, all[..2]);
    let after = first.last().map(|e| e.valoper.clone());
    let rest = query::light_lsts(deps.as_ref(), after, Some(2))
        .unwrap()
        .light_lsts;
    assert_eq!(rest, all[2..]);

    // Jailed, or no longer offering light services: out of the list.
    exec(&mut deps, "dao", jail("alice")).unwrap();
    let heavy_only = set_services("bob", HEAVY_ONLY, None);
    update_operator(&mut deps, "bob", heavy_only).unwrap();
    let left = query::light_lsts(deps.as_ref(), None, None)
        .unwrap()
        .light_lsts;
    assert_eq!(left, vec![carol.clone()]);
    // A page that skips filtered operators still fills up from the rest.
    let one = query::light_lsts(deps.as_ref(), None, Some(1))
        .unwrap()
        .light_lsts;
    assert_eq!(one, vec![carol.clone()]);
}
