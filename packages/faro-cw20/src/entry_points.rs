//! The entry points of a rebasing cw20 token: [`faro_types::entry_points!`] with every
//! standard cw20 message and the queries that do not depend on balances dispatched here,
//! through the token's [`Ledger`](crate::Ledger).

/// Takes the sections of [`faro_types::entry_points!`] (the instantiate one in its block
/// form) after a `ledger:` naming the token's [`Ledger`](crate::Ledger). The token's own
/// arms add its own messages and its balance queries: `Balance`, `TokenInfo`,
/// `AllAccounts`.
///
/// ```ignore
/// faro_cw20::token_entry_points! {
///     ledger: Shares,
///     error: ContractError,
///     instantiate: |deps, _env, msg: InstantiateMsg| { ... },
///     execute: |deps, env, info, msg: ExecuteMsg| { ExecuteMsg::Mint { .. } => ..., },
///     query: |deps, _env, msg: QueryMsg| { QueryMsg::Balance { address } => ..., },
/// }
/// ```
#[macro_export]
macro_rules! token_entry_points {
    (
        ledger: $ledger:ty,
        error: $error:ty,
        instantiate: |$id:ident, $ie:ident, $im:ident : $init:ty| $saved:expr,
        execute: |$d:ident, $e:ident, $i:ident, $m:ident : $msg:ident| { $($arms:tt)* },
        query: |$qd:ident, $qe:ident, $qm:ident : $query:ident| { $($queries:tt)* } $(,)?
    ) => {
        $crate::error::reexport::faro_types::entry_points! {
            error: $error,
            instantiate: |$id, $ie, $im: $init| $saved,
            execute: |$d, $e, $i, $m: $msg| {
                $msg::Transfer { recipient, amount } => {
                    $crate::execute::transfer::<$ledger>($d, $i, recipient, amount)
                },
                $msg::Send { contract, amount, msg } => {
                    $crate::execute::send::<$ledger>($d, $i, contract, amount, msg)
                },
                $msg::Burn { amount } => $crate::execute::burn::<$ledger>($d, $i, amount),
                $msg::IncreaseAllowance { spender, amount, expires } => {
                    let change = $crate::execute::AllowanceChange::Increase;
                    $crate::execute::update_allowance($d, $e, $i, change, spender, amount, expires)
                },
                $msg::DecreaseAllowance { spender, amount, expires } => {
                    let change = $crate::execute::AllowanceChange::Decrease;
                    $crate::execute::update_allowance($d, $e, $i, change, spender, amount, expires)
                },
                $msg::TransferFrom { owner, recipient, amount } => {
                    $crate::execute::transfer_from::<$ledger>($d, $e, $i, owner, recipient, amount)
                },
                $msg::SendFrom { owner, contract, amount, msg } => {
                    $crate::execute::send_from::<$ledger>($d, $e, $i, owner, contract, amount, msg)
                },
                $msg::BurnFrom { owner, amount } => {
                    $crate::execute::burn_from::<$ledger>($d, $e, $i, owner, amount)
                },
                $msg::UpdateMarketing { project, description, marketing } => {
                    $crate::execute::update_marketing($d, $i, project, description, marketing)
                },
                $msg::UploadLogo(logo) => $crate::execute::upload_logo($d, $i, logo),
                $($arms)*
            },
            query: |$qd, $qe, $qm: $query| {
                $query::Allowance { owner, spender } => {
                    $crate::query::allowance($qd, owner, spender)
                },
                $query::AllAllowances { owner, start_after, limit } => {
                    $crate::query::all_allowances($qd, owner, start_after, limit)
                },
                $query::AllSpenderAllowances { spender, start_after, limit } => {
                    $crate::query::all_spender_allowances($qd, spender, start_after, limit)
                },
                $query::MarketingInfo {} => $crate::query::marketing_info($qd),
                $query::DownloadLogo {} => $crate::query::download_logo($qd),
                $($queries)*
            },
        }
    };
}
