mod delegate;
mod instantiate;
mod pay;
mod redeem;
mod redelegate;
mod reply;
mod tokenize;
mod undelegate;
mod withdraw_rewards;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{
    coin, Binary, Coin, CosmosMsg, MemoryStorage, MsgResponse, OwnedDeps, Reply, Response,
    StakingMsg, SubMsg, SubMsgResponse, SubMsgResult, Uint128,
};
use cw_utils::PaymentError;
use faro_types::liquid::{
    encode, share_denom, LsmModule, MsgRedeemTokensForSharesResponse, MsgTokenizeSharesResponse,
};
use faro_types::lsm_tokenizer::{ExecuteMsg, InstantiateMsg, Order, Stake};
use faro_types::testing::sub_msg_response;

use crate::contract::{execute, instantiate, reply};
use crate::error::ContractError;
use crate::execute::MAX_ENTRIES;
pub(crate) use faro_types::testing::{attr, attrs};

pub(crate) use faro_testing::chain::{account as addr, valoper};

pub(crate) type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

pub(crate) const DENOM: &str = "uatom";
pub(crate) const MODULE: LsmModule = LsmModule::SdkStaking;

/// The denom of share record `id` of validator `name`.
pub(crate) fn shares_of(name: &str, id: u64) -> String {
    share_denom(&valoper(name), id)
}

pub(crate) fn stake(name: &str, amount: u128) -> Stake {
    Stake {
        validator: valoper(name),
        amount: Uint128::new(amount),
    }
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("dao").to_string(),
        hub: addr("hub").to_string(),
        denom: DENOM.to_string(),
        lsm_module: MODULE,
    }
}

pub(crate) fn setup() -> Deps {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap();
    deps
}

/// `msg` sent by the account named `sender`, with `funds`.
pub(crate) fn exec_paying(
    deps: &mut Deps,
    sender: &str,
    funds: &[Coin],
    msg: impl Into<ExecuteMsg>,
) -> Result<Response, ContractError> {
    execute(
        deps.as_mut(),
        mock_env(),
        message_info(&addr(sender), funds),
        msg.into(),
    )
}

pub(crate) fn exec(
    deps: &mut Deps,
    sender: &str,
    msg: impl Into<ExecuteMsg>,
) -> Result<Response, ContractError> {
    exec_paying(deps, sender, &[], msg)
}

/// `msg` from anyone but the hub is refused before anything else is looked at, funds
/// included.
pub(crate) fn assert_hub_only(msg: Order, action: &'static str) {
    let mut deps = setup();
    for funds in [vec![], cosmwasm_std::coins(5, DENOM)] {
        let err = exec_paying(&mut deps, "mallory", &funds, msg.clone()).unwrap_err();
        assert_eq!(
            err,
            ContractError::Unauthorized {
                sender: addr("mallory"),
                action
            }
        );
    }
    // The owner is no hub either.
    let err = exec(&mut deps, "dao", msg).unwrap_err();
    assert!(matches!(err, ContractError::Unauthorized { .. }), "{err:?}");
}

/// The rules of every list of stakes: not empty, at most `MAX_ENTRIES` parts, none zero,
/// none without a validator.
pub(crate) fn assert_stake_list_rules(order: fn(Vec<Stake>) -> Order, list: &'static str) {
    let mut deps = setup();
    let err = exec(&mut deps, "hub", order(vec![])).unwrap_err();
    assert_eq!(err, ContractError::EmptyList { list });

    let full = vec![stake("alice", 1); MAX_ENTRIES];
    exec(&mut deps, "hub", order(full.clone())).unwrap();
    let mut over = full;
    over.push(stake("bob", 1));
    let err = exec(&mut deps, "hub", order(over)).unwrap_err();
    let (len, max) = (MAX_ENTRIES + 1, MAX_ENTRIES);
    assert_eq!(err, ContractError::TooManyEntries { list, len, max });

    let zero = order(vec![stake("alice", 5), stake("bob", 0)]);
    assert_eq!(
        exec(&mut deps, "hub", zero).unwrap_err(),
        ContractError::ZeroAmount
    );
    let nameless = Stake {
        validator: String::new(),
        amount: Uint128::new(5),
    };
    let msg = order(vec![stake("alice", 5), nameless]);
    assert_eq!(
        exec(&mut deps, "hub", msg).unwrap_err(),
        ContractError::EmptyValidator
    );
}

/// The messages of `res`, which must all be sent without a reply.
pub(crate) fn messages(res: &Response) -> Vec<CosmosMsg> {
    res.messages
        .iter()
        .map(|sub| {
            assert_eq!(sub, &SubMsg::new(sub.msg.clone()), "a plain message");
            sub.msg.clone()
        })
        .collect()
}

/// A successful submessage result carrying `value` under `type_url`, as wasmd replies.
pub(crate) fn answer(type_url: &str, value: Binary) -> SubMsgResponse {
    let response = MsgResponse {
        type_url: type_url.to_string(),
        value,
    };
    sub_msg_response(None, vec![response])
}

/// The chain's answer to a tokenization that made `shares`.
pub(crate) fn tokenize_answer(shares: Coin) -> SubMsgResponse {
    let value = encode(&MsgTokenizeSharesResponse {
        amount: Some(shares.into()),
    });
    answer(MODULE.type_url_tokenize_response(), value)
}

/// `module`'s answer to a redemption that paid `tokens`.
pub(crate) fn redeem_answer(module: LsmModule, tokens: Coin) -> SubMsgResponse {
    let value = encode(&MsgRedeemTokensForSharesResponse {
        amount: Some(tokens.into()),
    });
    answer(module.type_url_redeem_response(), value)
}

/// Funds sent with `msg` by the hub are refused.
pub(crate) fn assert_takes_no_funds(msg: Order) {
    let mut deps = setup();
    let err = exec_paying(&mut deps, "hub", &cosmwasm_std::coins(1, DENOM), msg).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

/// What a fresh tokenizer answers the hub's `order` of `parts` (`(validator, amount)`),
/// paid with `funds`.
pub(crate) fn order_parts(
    order: fn(Vec<Stake>) -> Order,
    parts: &[(&str, u128)],
    funds: &[Coin],
) -> Response {
    let stakes = parts
        .iter()
        .map(|&(name, amount)| stake(name, amount))
        .collect();
    exec_paying(&mut setup(), "hub", funds, order(stakes)).unwrap()
}

/// `res` sends one `message(validator, amount)` per part, in order, and its attributes
/// name `action`, the part count, their total and each part (`validator:amount`) under
/// `part`.
pub(crate) fn assert_parts(
    res: &Response,
    (action, part): (&str, &str),
    parts: &[(&str, u128)],
    message: fn(String, Coin) -> StakingMsg,
) {
    let expected: Vec<CosmosMsg> = parts
        .iter()
        .map(|&(name, amount)| message(valoper(name), coin(amount, DENOM)).into())
        .collect();
    assert_eq!(messages(res), expected);
    assert_eq!(attr(res, "action"), action);
    assert_eq!(attr(res, "parts"), parts.len().to_string());
    let total: u128 = parts.iter().map(|&(_, amount)| amount).sum();
    assert_eq!(attr(res, "total"), total.to_string());
    let named: Vec<String> = parts
        .iter()
        .map(|&(name, amount)| format!("{}:{amount}", valoper(name)))
        .collect();
    assert_eq!(attrs(res, part), named);
}

/// The reply to `sub` (as the contract sent it) with `response`.
pub(crate) fn reply_to(sub: &SubMsg, response: SubMsgResponse) -> Reply {
    Reply {
        id: sub.id,
        payload: sub.payload.clone(),
        gas_used: 0,
        result: SubMsgResult::Ok(response),
    }
}

pub(crate) fn run_reply(deps: &mut Deps, msg: Reply) -> Result<Response, ContractError> {
    reply(deps.as_mut(), mock_env(), msg)
}
