//! LSM tokenizer: custody of the protocol's stake; the only contract that speaks staking
//! and LSM to the chain, on the hub's orders alone.
//!
//! Its reward withdraw address is the hub (set at instantiation), so every reward the
//! chain pays — on `WithdrawRewards` or automatically when a delegation changes — lands
//! with the hub, and the tokenizer's own bond-denom balance holds only unbonded stake.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{to_json_binary, Addr, Attribute, Coin, CosmosMsg, StdResult, Uint128, WasmMsg};

pub use crate::lifecycle::MigrateMsg;
use crate::liquid::LsmModule;
use crate::msg_enum::msg_enum;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The only address whose orders the tokenizer follows.
    pub hub: String,
    /// The chain's native staking denom.
    pub denom: String,
    /// Which module serves `MsgTokenizeShares` / `MsgRedeemTokensForShares`.
    pub lsm_module: LsmModule,
}

/// An amount of stake at one validator.
#[cw_serde]
pub struct Stake {
    pub validator: String,
    pub amount: Uint128,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// Hub only.
        Order(Order),
    }
}

/// What the hub orders the tokenizer to do.
#[cw_serde]
pub enum Order {
    /// Delegates each part from the tokenizer's balance, which includes the
    /// bond-denom coins attached.
    Delegate { delegations: Vec<Stake> },
    /// Starts unbonding each part; the chain pays the tokens back to the
    /// tokenizer when the unbonding period ends.
    Undelegate { undelegations: Vec<Stake> },
    /// Moves stake between validators without unbonding it.
    Redelegate {
        src: String,
        dst: String,
        amount: Uint128,
    },
    /// Withdraws the rewards of these delegations to the hub.
    WithdrawRewards { validators: Vec<String> },
    /// With exactly one coin of LSM shares (`<valoper>/<record id>`) attached.
    /// Redeems them into a delegation; the response data is a [`Redeemed`].
    Redeem {},
    /// Tokenizes `amount` of the delegation to `validator` into LSM shares and
    /// sends them to `owner`, who also owns the share record; the data is a [`Tokenized`].
    Tokenize {
        validator: String,
        amount: Uint128,
        owner: String,
    },
    /// Pays `amount` of unbonded stake to `recipient`.
    Pay { recipient: String, amount: Uint128 },
}

/// Stake moved from validator `src` to `dst` without unbonding it: what the hub's
/// `Redelegate` and [`Order::Redelegate`] carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redelegation {
    pub src: String,
    pub dst: String,
    pub amount: Uint128,
}

impl Redelegation {
    /// The order that has the tokenizer make this redelegation.
    pub fn order(&self) -> Order {
        Order::Redelegate {
            src: self.src.clone(),
            dst: self.dst.clone(),
            amount: self.amount,
        }
    }

    /// `src`, `dst` and `amount`, as the responses of both contracts report them.
    pub fn attributes(self) -> [Attribute; 3] {
        [
            Attribute::new("src", self.src),
            Attribute::new("dst", self.dst),
            Attribute::new("amount", self.amount),
        ]
    }
}

/// What a redemption delegated: the chain's own figure, at the validator's current rate.
#[cw_serde]
pub struct Redeemed {
    pub validator: String,
    pub amount: Uint128,
}

/// The LSM shares a tokenization minted and forwarded to its owner.
#[cw_serde]
pub struct Tokenized {
    pub shares: Coin,
}

msg_enum! {
    pub enum QueryMsg {
    }
}

#[cw_serde]
pub struct Config {
    pub hub: Addr,
    pub denom: String,
    pub lsm_module: LsmModule,
}

/// The tokenizer as the hub orders it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenizerContract(pub Addr);

impl TokenizerContract {
    pub fn addr(&self) -> &Addr {
        &self.0
    }

    /// The hub's `order`, sent with `funds`. Serialised as `ExecuteMsg::Order(order)`
    /// without carrying the rest of `ExecuteMsg`'s code into the hub.
    pub fn order(&self, order: &Order, funds: Vec<Coin>) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(&OrderCall { order })?,
            funds,
        }
        .into())
    }
}

/// `{"order": …}`: the JSON of [`ExecuteMsg::Order`].
#[derive(serde::Serialize)]
struct OrderCall<'a> {
    order: &'a Order,
}

impl From<Order> for ExecuteMsg {
    fn from(order: Order) -> Self {
        ExecuteMsg::Order(order)
    }
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::{coin, to_json_binary, Addr, CosmosMsg, Uint128, WasmMsg};

    use super::{ExecuteMsg, Order, TokenizerContract};

    #[test]
    fn an_order_serialises_as_the_execute_message() {
        let order = Order::Pay {
            recipient: "alice".to_string(),
            amount: Uint128::new(5),
        };
        let sent = TokenizerContract(Addr::unchecked("tokenizer"))
            .order(&order, vec![coin(1, "uatom")])
            .unwrap();
        let CosmosMsg::Wasm(WasmMsg::Execute { msg, funds, .. }) = sent else {
            panic!("not a wasm execute: {sent:?}");
        };
        assert_eq!(msg, to_json_binary(&ExecuteMsg::from(order)).unwrap());
        assert_eq!(funds, vec![coin(1, "uatom")]);
    }
}
