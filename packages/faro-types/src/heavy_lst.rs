//! Heavy LST (`stTOKEN`): a rebasing cw20 whose balances are shares × index.
//!
//! Holders own shares; a balance is `⌊shares × index⌋`, so the hub raises every balance
//! at once by raising the index (and lowers it on a slash) without touching any account.
//! Amounts in the cw20 messages and queries (transfers, allowances, burns, `Mint`) are
//! balances; the share functions below fix how they round, for this contract and for
//! every contract that reasons about it (hub, wrapper):
//!
//! - a balance is `⌊shares × index⌋` ([`balance_of`]);
//! - `Mint { amount }` creates `⌊amount ÷ index⌋` shares ([`shares_to_mint`]): rounding
//!   never creates value;
//! - moving or burning `amount` takes `⌈amount ÷ index⌉` shares from the holder
//!   ([`shares_to_debit`]), which the recipient receives whole: the sender never pays less
//!   than the value it sends, and the recipient's balance grows by at least `amount`.
//!
//! Because each balance is rounded down on its own, the balances add up to at most the
//! total supply `⌊total_shares × index⌋`; moving shares can turn the holders' rounding
//! dust into a unit of balance, never above the supply.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    to_json_binary, Addr, CheckedMultiplyFractionError, CosmosMsg, Decimal256, QuerierWrapper,
    StdError, StdResult, Uint128, Uint256, WasmMsg,
};

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
use crate::token::TokenMetadata;
pub use cw20::{
    AllAccountsResponse, AllAllowancesResponse, AllSpenderAllowancesResponse, AllowanceResponse,
    BalanceResponse, Cw20ReceiveMsg, DownloadLogoResponse, Expiration, Logo, MarketingInfoResponse,
    MinterResponse, TokenInfoResponse,
};

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The only minter, burner and mover of the index.
    pub hub: String,
    pub token: TokenMetadata,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// Moves `amount` (balance) to `recipient`: `⌈amount ÷ index⌉` shares.
        Transfer,
        /// Moves `amount` to `contract` and calls its `Receive` hook with that amount.
        Send,
        /// Moves exactly `shares` shares to `recipient` (the wrapper unwraps with it).
        TransferShares {
            recipient: String,
            shares: Uint128,
        },
        /// Destroys `amount` of the sender's own balance: `⌈amount ÷ index⌉` shares. The hub
        /// burns the LST it holds (unbond requests reach it by `Send`) with this; any other
        /// holder burning gives its value to the remaining holders at the next index.
        Burn,
        /// Raises what `spender` may move from the sender's balance; allowances are balances.
        IncreaseAllowance,
        DecreaseAllowance, TransferFrom, SendFrom, BurnFrom,
        /// Hub only. Creates `⌊amount ÷ index⌋` shares for `recipient`.
        Mint,
        /// Hub only. Creates exactly `shares` shares for `recipient`: the hub prices bonds in
        /// shares from its own books.
        MintShares {
            recipient: String,
            shares: Uint128,
        },
        /// Hub only. Destroys exactly `shares` of the hub's own shares.
        BurnShares {
            shares: Uint128,
        },
        /// Hub only. The new value of one share; positive, lower after a slash.
        SetIndex {
            index: Decimal256,
        },
        /// The marketing address or the owner. `None` keeps a field, `""` clears it.
        UpdateMarketing,
        /// The marketing address or the owner. Embedded PNG/SVG logos hold at most 5 KB.
        UploadLogo,
    }
}

msg_enum! {
    pub enum QueryMsg {
        /// `⌊shares × index⌋`.
        Balance,
        /// `total_supply` is `⌊total_shares × index⌋`.
        TokenInfo,
        Allowance, AllAllowances, AllSpenderAllowances,
        /// Accounts holding shares.
        AllAccounts,
        /// The hub, without a cap.
        Minter,
        MarketingInfo, DownloadLogo,
        #[returns(SharesResponse)]
        Shares { address: String },
        #[returns(TotalSharesResponse)]
        TotalShares {},
        #[returns(IndexResponse)]
        Index {},
    }
}

#[cw_serde]
pub struct Config {
    pub hub: Addr,
    pub token: TokenMetadata,
}

#[cw_serde]
pub struct SharesResponse {
    pub shares: Uint128,
}

#[cw_serde]
pub struct TotalSharesResponse {
    pub total_shares: Uint128,
}

#[cw_serde]
pub struct IndexResponse {
    /// The balance one share is worth.
    pub index: Decimal256,
}

/// `⌊shares × index⌋`: the balance `shares` are worth.
pub fn balance_of(shares: Uint128, index: Decimal256) -> StdResult<Uint128> {
    let balance = Uint256::from(shares)
        .checked_mul_floor(index)
        .map_err(std_error)?;
    Ok(Uint128::try_from(balance)?)
}

/// `⌊amount ÷ index⌋`: the shares minted for `amount`.
pub fn shares_to_mint(amount: Uint128, index: Decimal256) -> StdResult<Uint128> {
    let shares = Uint256::from(amount)
        .checked_div_floor(index)
        .map_err(std_error)?;
    Ok(Uint128::try_from(shares)?)
}

/// `⌈amount ÷ index⌉`: the shares a transfer, send or burn of `amount` takes from the
/// holder (and a transfer gives the recipient).
pub fn shares_to_debit(amount: Uint128, index: Decimal256) -> StdResult<Uint128> {
    let shares = Uint256::from(amount)
        .checked_div_ceil(index)
        .map_err(std_error)?;
    Ok(Uint128::try_from(shares)?)
}

fn std_error(err: CheckedMultiplyFractionError) -> StdError {
    match err {
        CheckedMultiplyFractionError::DivideByZero(err) => err.into(),
        CheckedMultiplyFractionError::ConversionOverflow(err) => err.into(),
        CheckedMultiplyFractionError::Overflow(err) => err.into(),
    }
}

/// The messages other Faro contracts send the heavy LST, serialised exactly as the
/// [`ExecuteMsg`] variants of the same names. A caller then carries the code for these
/// alone rather than for the whole cw20 interface, which keeps the hub within its wasm
/// size budget.
#[cw_serde]
pub enum CallMsg {
    Mint { recipient: String, amount: Uint128 },
    MintShares { recipient: String, shares: Uint128 },
    BurnShares { shares: Uint128 },
    Burn { amount: Uint128 },
    SetIndex { index: Decimal256 },
    TransferShares { recipient: String, shares: Uint128 },
}

/// The queries other Faro contracts make, serialised exactly as the [`QueryMsg`]
/// variants of the same names.
#[cw_serde]
pub enum CallQueryMsg {
    Balance { address: String },
    Shares { address: String },
    TotalShares {},
    Index {},
}

/// The heavy LST as the hub and the wrapper call it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeavyLstContract(pub Addr);

impl HeavyLstContract {
    pub fn addr(&self) -> &Addr {
        &self.0
    }

    pub fn call(&self, msg: &CallMsg) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(msg)?,
            funds: vec![],
        }
        .into())
    }

    /// Hub only: mints `amount` (balance) for `recipient`.
    pub fn mint_msg(&self, recipient: impl Into<String>, amount: Uint128) -> StdResult<CosmosMsg> {
        self.call(&CallMsg::Mint {
            recipient: recipient.into(),
            amount,
        })
    }

    /// Hub only: mints exactly `shares` shares for `recipient`.
    pub fn mint_shares_msg(
        &self,
        recipient: impl Into<String>,
        shares: Uint128,
    ) -> StdResult<CosmosMsg> {
        self.call(&CallMsg::MintShares {
            recipient: recipient.into(),
            shares,
        })
    }

    /// Hub only: burns exactly `shares` of the hub's own shares.
    pub fn burn_shares_msg(&self, shares: Uint128) -> StdResult<CosmosMsg> {
        self.call(&CallMsg::BurnShares { shares })
    }

    /// Burns `amount` (balance) of what the caller holds.
    pub fn burn_msg(&self, amount: Uint128) -> StdResult<CosmosMsg> {
        self.call(&CallMsg::Burn { amount })
    }

    /// Hub only: sets the value of one share.
    pub fn set_index_msg(&self, index: Decimal256) -> StdResult<CosmosMsg> {
        self.call(&CallMsg::SetIndex { index })
    }

    /// Moves exactly `shares` of the caller's shares to `recipient`.
    pub fn transfer_shares_msg(
        &self,
        recipient: impl Into<String>,
        shares: Uint128,
    ) -> StdResult<CosmosMsg> {
        self.call(&CallMsg::TransferShares {
            recipient: recipient.into(),
            shares,
        })
    }

    pub fn index(&self, querier: &QuerierWrapper) -> StdResult<Decimal256> {
        let res: IndexResponse = querier.query_wasm_smart(&self.0, &CallQueryMsg::Index {})?;
        Ok(res.index)
    }

    pub fn shares(
        &self,
        querier: &QuerierWrapper,
        address: impl Into<String>,
    ) -> StdResult<Uint128> {
        let msg = CallQueryMsg::Shares {
            address: address.into(),
        };
        let res: SharesResponse = querier.query_wasm_smart(&self.0, &msg)?;
        Ok(res.shares)
    }

    pub fn total_shares(&self, querier: &QuerierWrapper) -> StdResult<Uint128> {
        let res: TotalSharesResponse =
            querier.query_wasm_smart(&self.0, &CallQueryMsg::TotalShares {})?;
        Ok(res.total_shares)
    }

    pub fn balance(
        &self,
        querier: &QuerierWrapper,
        address: impl Into<String>,
    ) -> StdResult<Uint128> {
        let msg = CallQueryMsg::Balance {
            address: address.into(),
        };
        let res: BalanceResponse = querier.query_wasm_smart(&self.0, &msg)?;
        Ok(res.balance)
    }
}
