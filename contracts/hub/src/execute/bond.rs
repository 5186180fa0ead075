//! Bond: native coins are delegated by the operators' weights; LSM shares are redeemed
//! by the tokenizer and valued at what the redemption actually delegated.

use cosmwasm_std::{
    from_json, to_json_binary, Addr, Coin, DepsMut, Env, MessageInfo, Reply, Response, SubMsg,
    Uint128,
};
use cw_utils::{one_coin, parse_execute_response_data};
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::hub::{Books, Config, DEAD_SHARES};
use faro_types::liquid::parse_share_denom;
use faro_types::lsm_tokenizer::{Order, Redeemed};

use crate::booked;
use crate::error::ContractError;
use crate::math::shares_for_bond;
use crate::pause::{ensure_running, Operation};
use crate::reply::REDEEM_REPLY;
use crate::stake;
use crate::state::{BOOKS, CONFIG};

pub fn bond(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    receiver: Option<String>,
) -> Result<Response, ContractError> {
    ensure_running(deps.storage, Operation::Bond)?;
    let coin = one_coin(&info)?;
    let receiver = match receiver {
        Some(receiver) => deps.api.addr_validate(&receiver)?,
        None => info.sender,
    };
    let config = CONFIG.load(deps.storage)?;
    if coin.denom == config.denom {
        bond_native(deps, env, config, receiver, coin.amount)
    } else {
        bond_shares(deps, config, receiver, coin)
    }
}

fn bond_native(
    deps: DepsMut,
    env: Env,
    config: Config,
    receiver: Addr,
    amount: Uint128,
) -> Result<Response, ContractError> {
    let mut books = BOOKS.load(deps.storage)?;
    let minting = price(&deps, &config, &books, amount)?;
    let operators = stake::operators(&deps.querier, &config)?;
    // What no operator has room for waits, undelegated, for the next epoch.
    let routed = stake::route(deps.storage, &operators, amount)?;
    let unplaced = amount.checked_sub(routed.placed)?;
    books.pending = books.pending.checked_add(unplaced)?;
    books.total_bonded = books.total_bonded.checked_add(routed.placed)?;
    booked::add_all(deps.storage, &routed.stakes)?;
    let delegate = match routed.placed.is_zero() {
        true => None,
        false => Some(stake::delegate_msg(&config, routed.stakes, routed.placed)?),
    };
    BOOKS.save(deps.storage, &books)?;
    Ok(minting
        .response(&config, &env, &receiver)?
        .add_messages(delegate)
        .add_attribute("action", "bond")
        .add_attribute("amount", amount)
        .add_attribute("pending", books.pending))
}

fn bond_shares(
    deps: DepsMut,
    config: Config,
    receiver: Addr,
    coin: Coin,
) -> Result<Response, ContractError> {
    let (valoper, _) = parse_share_denom(&coin.denom)?;
    // Shares are worth at most their number in tokens: checking the count is conservative.
    stake::ensure_room(&deps.querier, &config, deps.storage, &valoper, coin.amount)?;
    let redeem = stake::tokenizer(&config).order(&Order::Redeem {}, vec![coin.clone()])?;
    let submsg =
        SubMsg::reply_on_success(redeem, REDEEM_REPLY).with_payload(to_json_binary(&receiver)?);
    Ok(Response::new()
        .add_submessage(submsg)
        .add_attribute("action", "bond_shares")
        .add_attribute("shares", coin.to_string())
        .add_attribute("validator", valoper))
}

/// The tokenizer has redeemed the shares: mint for what the chain delegated. A failed
/// redemption never gets here; the whole bond reverts and the sender keeps the shares.
pub fn redeemed(deps: DepsMut, env: Env, reply: Reply) -> Result<Response, ContractError> {
    let receiver: Addr = from_json(&reply.payload)?;
    // A contract's data reaches its caller wrapped in `MsgExecuteContractResponse`.
    #[allow(deprecated)]
    let wrapped = reply
        .result
        .into_result()
        .ok()
        .and_then(|response| response.data)
        .ok_or(ContractError::MissingReplyData)?;
    let data = parse_execute_response_data(&wrapped)
        .map_err(|_| ContractError::MissingReplyData)?
        .data
        .ok_or(ContractError::MissingReplyData)?;
    let redeemed: Redeemed = from_json(&data)?;
    let config = CONFIG.load(deps.storage)?;
    let mut books = BOOKS.load(deps.storage)?;
    let minting = price(&deps, &config, &books, redeemed.amount)?;
    books.total_bonded = books.total_bonded.checked_add(redeemed.amount)?;
    booked::add(deps.storage, &redeemed.validator, redeemed.amount)?;
    BOOKS.save(deps.storage, &books)?;
    Ok(minting
        .response(&config, &env, &receiver)?
        .add_attribute("action", "bond_shares_redeemed")
        .add_attribute("validator", redeemed.validator)
        .add_attribute("amount", redeemed.amount))
}

/// The shares a bond mints, and the dead shares locked at the very first bond.
struct Minting {
    shares: Uint128,
    dead_shares: Uint128,
}

/// Prices a bond of `amount` against the books before it. The first bond locks
/// [`DEAD_SHARES`] of its shares in the hub for good, so that no later donation can make
/// a share worth so much that a bond rounds to nothing.
fn price(
    deps: &DepsMut,
    config: &Config,
    books: &Books,
    amount: Uint128,
) -> Result<Minting, ContractError> {
    let total_shares = HeavyLstContract(config.heavy_lst.clone()).total_shares(&deps.querier)?;
    if total_shares.is_zero() {
        if amount <= DEAD_SHARES {
            return Err(ContractError::FirstBondTooSmall {
                amount,
                minimum: DEAD_SHARES,
            });
        }
        return Ok(Minting {
            shares: amount.checked_sub(DEAD_SHARES)?,
            dead_shares: DEAD_SHARES,
        });
    }
    let shares = shares_for_bond(amount, books.backing()?, total_shares)?;
    if shares.is_zero() {
        return Err(ContractError::BondTooSmall { amount });
    }
    Ok(Minting {
        shares,
        dead_shares: Uint128::zero(),
    })
}

impl Minting {
    fn response(
        &self,
        config: &Config,
        env: &Env,
        receiver: &Addr,
    ) -> Result<Response, ContractError> {
        let heavy = HeavyLstContract(config.heavy_lst.clone());
        let mut response = Response::new()
            .add_message(heavy.mint_shares_msg(receiver, self.shares)?)
            .add_attribute("receiver", receiver)
            .add_attribute("minted_shares", self.shares);
        if !self.dead_shares.is_zero() {
            response = response
                .add_message(heavy.mint_shares_msg(&env.contract.address, self.dead_shares)?)
                .add_attribute("dead_shares", self.dead_shares);
        }
        Ok(response)
    }
}
