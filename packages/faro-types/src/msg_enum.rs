//! Every contract's `ExecuteMsg` and `QueryMsg`, declared the same way.
//!
//! [`msg_enum!`] takes `pub enum ExecuteMsg { … }` or `pub enum QueryMsg { … }` and makes
//! it `cw_serde` with cw-ownable's ownership variants, which every Faro contract answers
//! (see [`crate::entry_points!`]); a `QueryMsg` opens with `Config {}`, answered by the
//! module's `Config`.
//!
//! For the tokens, a variant written as a bare name and a comma (`Transfer,`) takes the
//! fields, and for queries the `#[returns]`, that `cw20::Cw20ExecuteMsg` and
//! `cw20::Cw20QueryMsg` give it; any other variant is written out as usual. Each token so
//! keeps its own order and its own docs, which say what an amount means in its units,
//! while the wire shapes cannot drift from the standard. A bare name outside the standard
//! does not compile.

macro_rules! msg_enum {
    ($(#[$($doc:tt)*])* pub enum ExecuteMsg { $($body:tt)* }) => {
        $crate::msg_enum::msg_enum!(
            @munch [
                $(#[$($doc)*])*
                #[cw_ownable::cw_ownable_execute]
                #[cosmwasm_schema::cw_serde]
                pub enum ExecuteMsg
            ] [] $($body)*
        );
    };
    ($(#[$($doc:tt)*])* pub enum QueryMsg { $($body:tt)* }) => {
        $crate::msg_enum::msg_enum!(
            @munch [
                $(#[$($doc)*])*
                #[cw_ownable::cw_ownable_query]
                #[cosmwasm_schema::cw_serde]
                #[derive(cosmwasm_schema::QueryResponses)]
                pub enum QueryMsg
            ] [#[returns(Config)] Config {},] $($body)*
        );
    };
    (@munch [$($head:tt)*] [$($done:tt)*]) => {
        $($head)* { $($done)* }
    };
    (@munch $head:tt [$($done:tt)*] $(#[$($m:tt)*])* $v:ident { $($f:tt)* }, $($rest:tt)*) => {
        $crate::msg_enum::msg_enum!(
            @munch $head [$($done)* $(#[$($m)*])* $v { $($f)* },] $($rest)*
        );
    };
    (@munch $head:tt [$($done:tt)*] $(#[$($m:tt)*])* $v:ident ( $($f:tt)* ), $($rest:tt)*) => {
        $crate::msg_enum::msg_enum!(
            @munch $head [$($done)* $(#[$($m)*])* $v ( $($f)* ),] $($rest)*
        );
    };
    (@munch $head:tt $done:tt $(#[$($m:tt)*])* $v:ident, $($rest:tt)*) => {
        $crate::msg_enum::msg_enum!(@standard $v [$(#[$($m)*])*] $head $done $($rest)*);
    };
    (@push [$($variant:tt)*] [$($m:tt)*] $head:tt [$($done:tt)*] $($rest:tt)*) => {
        $crate::msg_enum::msg_enum!(@munch $head [$($done)* $($m)* $($variant)*,] $($rest)*);
    };

    (@standard Transfer $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [Transfer { recipient: String, amount: cosmwasm_std::Uint128 }] $($x)*);
    };
    (@standard Send $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [Send { contract: String, amount: cosmwasm_std::Uint128, msg: cosmwasm_std::Binary }] $($x)*);
    };
    (@standard Burn $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [Burn { amount: cosmwasm_std::Uint128 }] $($x)*);
    };
    (@standard Mint $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [Mint { recipient: String, amount: cosmwasm_std::Uint128 }] $($x)*);
    };
    (@standard IncreaseAllowance $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [IncreaseAllowance { spender: String, amount: cosmwasm_std::Uint128, expires: Option<cw20::Expiration> }] $($x)*);
    };
    (@standard DecreaseAllowance $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [DecreaseAllowance { spender: String, amount: cosmwasm_std::Uint128, expires: Option<cw20::Expiration> }] $($x)*);
    };
    (@standard TransferFrom $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [TransferFrom { owner: String, recipient: String, amount: cosmwasm_std::Uint128 }] $($x)*);
    };
    (@standard SendFrom $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [SendFrom { owner: String, contract: String, amount: cosmwasm_std::Uint128, msg: cosmwasm_std::Binary }] $($x)*);
    };
    (@standard BurnFrom $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [BurnFrom { owner: String, amount: cosmwasm_std::Uint128 }] $($x)*);
    };
    (@standard UpdateMarketing $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [UpdateMarketing { project: Option<String>, description: Option<String>, marketing: Option<String> }] $($x)*);
    };
    (@standard UploadLogo $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [UploadLogo(cw20::Logo)] $($x)*);
    };

    (@standard Balance $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::BalanceResponse)] Balance { address: String }] $($x)*);
    };
    (@standard TokenInfo $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::TokenInfoResponse)] TokenInfo {}] $($x)*);
    };
    (@standard Minter $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::MinterResponse)] Minter {}] $($x)*);
    };
    (@standard Allowance $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::AllowanceResponse)] Allowance { owner: String, spender: String }] $($x)*);
    };
    (@standard AllAllowances $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::AllAllowancesResponse)] AllAllowances { owner: String, start_after: Option<String>, limit: Option<u32> }] $($x)*);
    };
    (@standard AllSpenderAllowances $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::AllSpenderAllowancesResponse)] AllSpenderAllowances { spender: String, start_after: Option<String>, limit: Option<u32> }] $($x)*);
    };
    (@standard AllAccounts $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::AllAccountsResponse)] AllAccounts { start_after: Option<String>, limit: Option<u32> }] $($x)*);
    };
    (@standard MarketingInfo $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::MarketingInfoResponse)] MarketingInfo {}] $($x)*);
    };
    (@standard DownloadLogo $($x:tt)*) => {
        $crate::msg_enum::msg_enum!(@push [#[returns(cw20::DownloadLogoResponse)] DownloadLogo {}] $($x)*);
    };
}

pub(crate) use msg_enum;
