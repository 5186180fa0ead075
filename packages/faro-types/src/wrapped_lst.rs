//! Wrapped LST (`wstTOKEN`): a non-rebasing cw20 whose unit is one heavy LST share.
//!
//! **Wrap**: a holder `Send`s heavy LST to the wrapper with [`ReceiveMsg::Wrap`]. That
//! send moved `⌈amount ÷ index⌉` shares (see [`crate::heavy_lst::shares_to_debit`]); the
//! wrapper checks against the heavy LST's `Shares` query that they really arrived on top
//! of the shares it already accounts for, and mints that many wstTOKEN.
//!
//! **Unwrap**: [`ExecuteMsg::Unwrap`] burns wstTOKEN and gives back exactly as many
//! heavy shares (`TransferShares`), worth `⌊amount × index⌋` stTOKEN and more as the index
//! rises.
//!
//! Every wstTOKEN is backed by one accounted share: the supply equals the accounted
//! shares. Shares sent to the wrapper without `Wrap` (a plain `Transfer` or
//! `TransferShares`), and the shares behind wstTOKEN burnt with `Burn`/`BurnFrom`, are an
//! unaccounted surplus: they are minted to no one, change no exchange rate and stay with
//! the wrapper.
//!
//! The standard cw20 messages and queries are cw20-base's own, with no cw20 minter: only
//! `Wrap` mints.
//!
//! The vault queries follow the cw-vault-standard names; the vault's asset is the heavy
//! LST (in balance units) and its shares are wstTOKEN.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    to_json_binary, Addr, CosmosMsg, Decimal256, QuerierWrapper, StdResult, Uint128, WasmMsg,
};

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
use crate::token::TokenMetadata;
pub use cw20::{
    AllAccountsResponse, AllAllowancesResponse, AllSpenderAllowancesResponse, AllowanceResponse,
    BalanceResponse, Cw20ReceiveMsg, DownloadLogoResponse, Expiration, Logo, MarketingInfoResponse,
    TokenInfoResponse,
};

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The heavy LST this token wraps.
    pub heavy_lst: String,
    pub token: TokenMetadata,
}

msg_enum! {
    pub enum ExecuteMsg {
        Transfer, Send,
        /// Destroys wstTOKEN without unwrapping: their shares become unaccounted surplus.
        Burn,
        IncreaseAllowance, DecreaseAllowance, TransferFrom, SendFrom, BurnFrom,
        /// The marketing address only (the owner at instantiation), as in cw20-base: it can
        /// name another one, and `""` leaves none, after which nobody can update again.
        /// `None` keeps a field, `""` clears it.
        UpdateMarketing,
        /// The marketing address only. Embedded PNG/SVG logos hold at most 5 KB.
        UploadLogo,
        /// The heavy LST's `Send` hook; its `msg` is a [`ReceiveMsg`].
        Receive(Cw20ReceiveMsg),
        /// Burns `amount` wstTOKEN and transfers exactly `amount` heavy shares to `recipient`
        /// (the sender by default).
        Unwrap {
            amount: Uint128,
            recipient: Option<String>,
        },
    }
}

/// What a heavy LST `Send` to the wrapper asks for.
#[cw_serde]
pub enum ReceiveMsg {
    /// Mints the shares received as wstTOKEN for `recipient` (the sender by default).
    Wrap { recipient: Option<String> },
}

msg_enum! {
    pub enum QueryMsg {
        Balance,
        /// `total_supply` equals the accounted heavy shares.
        TokenInfo,
        Allowance, AllAllowances, AllSpenderAllowances, AllAccounts, MarketingInfo, DownloadLogo,
        /// wstTOKEN minted for wrapping `amount` heavy LST: `⌈amount ÷ index⌉`, the shares
        /// that send moves.
        #[returns(Uint128)]
        PreviewDeposit { amount: Uint128 },
        /// Heavy LST `amount` wstTOKEN unwrap to: `⌊amount × index⌋`.
        #[returns(Uint128)]
        PreviewRedeem { amount: Uint128 },
        /// wstTOKEN worth `amount` heavy LST, rounded down: `⌊amount ÷ index⌋`.
        #[returns(Uint128)]
        ConvertToShares { amount: Uint128 },
        /// Heavy LST worth `amount` wstTOKEN, rounded down: `⌊amount × index⌋`.
        #[returns(Uint128)]
        ConvertToAssets { amount: Uint128 },
        /// Heavy LST backing the supply: `⌊accounted shares × index⌋` (surplus excluded).
        #[returns(Uint128)]
        TotalAssets {},
        #[returns(Uint128)]
        TotalVaultTokenSupply {},
        /// Heavy LST per wstTOKEN: the heavy LST's index.
        #[returns(Decimal256)]
        ExchangeRate {},
    }
}

#[cw_serde]
pub struct Config {
    pub heavy_lst: Addr,
    pub token: TokenMetadata,
}

/// The wrapper as DeFi contracts and the prover pool call it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrappedLstContract(pub Addr);

impl WrappedLstContract {
    pub fn addr(&self) -> &Addr {
        &self.0
    }

    /// The heavy LST `Send` that wraps `amount` for `recipient` (the caller by default).
    pub fn wrap_msg(
        &self,
        heavy_lst: &Addr,
        amount: Uint128,
        recipient: Option<String>,
    ) -> StdResult<CosmosMsg> {
        let send = crate::heavy_lst::ExecuteMsg::Send {
            contract: self.0.to_string(),
            amount,
            msg: to_json_binary(&ReceiveMsg::Wrap { recipient })?,
        };
        Ok(WasmMsg::Execute {
            contract_addr: heavy_lst.to_string(),
            msg: to_json_binary(&send)?,
            funds: vec![],
        }
        .into())
    }

    pub fn unwrap_msg(&self, amount: Uint128, recipient: Option<String>) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(&ExecuteMsg::Unwrap { amount, recipient })?,
            funds: vec![],
        }
        .into())
    }

    /// Heavy LST per wstTOKEN.
    pub fn exchange_rate(&self, querier: &QuerierWrapper) -> StdResult<Decimal256> {
        querier.query_wasm_smart(&self.0, &QueryMsg::ExchangeRate {})
    }
}
