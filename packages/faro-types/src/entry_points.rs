//! Entry points whose shape every Faro contract shares, written once. Each macro is
//! called in a contract's `contract.rs`; the generated functions are ordinary `pub fn`s
//! there, exported to the VM unless the crate is built with its `library` feature.

/// `instantiate`, `execute`, `query` and `migrate` of a Faro contract, with what every
/// contract does the same way written here once:
///
/// - the cw2 name (`crates.io:<package>`) and version, recorded at instantiation with the
///   first owner `msg.owner` ([`crate::lifecycle::instantiate`]); `migrate` refuses another
///   contract's code or an older release ([`crate::lifecycle::migrate`]);
/// - no message at instantiation takes funds;
/// - `UpdateOwnership` and the `Ownership` query (cw-ownable's two-step transfer,
///   [`crate::ownership`]);
/// - each query's answer serialised to JSON.
///
/// The contract gives the rest, each section in the entry point's own argument names:
/// what it saves at instantiation (a block answering the extra messages and attributes of
/// its response, or only its validated config: `Msg => from_instantiate, CONFIG`), an
/// optional guard every execute message passes first, its execute match arms and its
/// query arms (each `pattern => answer`, the answer a `StdResult` of something
/// serialisable).
///
/// ```ignore
/// faro_types::entry_points! {
///     error: ContractError,
///     instantiate: |deps, env, msg: InstantiateMsg| {
///         let config = config::from_instantiate(deps.api, msg)?;
///         CONFIG.save(deps.storage, &config)?;
///         Ok(Response::new())
///     },
///     execute_guard: execute::refuse_funds,
///     execute: |deps, env, info, msg: ExecuteMsg| {
///         ExecuteMsg::Submit { report } => execute::submit(deps, env, info, report),
///     },
///     query: |deps, env, msg: QueryMsg| {
///         QueryMsg::Config {} => query::config(deps),
///     },
/// }
/// ```
#[macro_export]
macro_rules! entry_points {
    (
        error: $error:ty,
        instantiate: |$d:ident, $e:ident, $m:ident : $msg:ty| $saved:expr,
        $($rest:tt)*
    ) => {
        $crate::entry_points!(@lifecycle $error);

        #[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
        pub fn instantiate(
            mut deps: cosmwasm_std::DepsMut,
            env: cosmwasm_std::Env,
            info: cosmwasm_std::MessageInfo,
            msg: $msg,
        ) -> Result<cosmwasm_std::Response, $error> {
            cw_utils::nonpayable(&info)?;
            let saved: Result<cosmwasm_std::Response, $error> = {
                let ($d, $e, $m) = (deps.branch(), env, &msg);
                $saved
            };
            let saved = saved?;
            let recorded =
                $crate::lifecycle::instantiate(deps, CONTRACT_NAME, CONTRACT_VERSION, &msg.owner)?;
            Ok(recorded
                .add_submessages(saved.messages)
                .add_attributes(saved.attributes)
                .add_events(saved.events))
        }

        $crate::entry_points!(@dispatch $error, $($rest)*);
    };
    (
        error: $error:ty,
        instantiate: $msg:ty => $from_instantiate:path, $config:path,
        $($rest:tt)*
    ) => {
        $crate::entry_points! {
            error: $error,
            instantiate: |deps, _env, msg: $msg| {
                let config = $from_instantiate(deps.api, msg)?;
                $config.save(deps.storage, &config)?;
                Ok(cosmwasm_std::Response::new())
            },
            $($rest)*
        }
    };
    (@dispatch $error:ty,
        $(execute_guard: $guard:path,)?
        execute: |$d:ident, $e:ident, $i:ident, $m:ident : $msg:ident| { $($arms:tt)* },
        query: |$qd:ident, $qe:ident, $qm:ident : $query:ident| {
            $($pattern:pat => $answer:expr),* $(,)?
        } $(,)?
    ) => {
        #[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
        pub fn execute(
            $d: cosmwasm_std::DepsMut,
            $e: cosmwasm_std::Env,
            $i: cosmwasm_std::MessageInfo,
            $m: $msg,
        ) -> Result<cosmwasm_std::Response, $error> {
            $($guard(&$i, &$m)?;)?
            match $m {
                $msg::UpdateOwnership(action) => {
                    $crate::ownership::update_ownership($d, &$e.block, &$i, action)
                }
                $($arms)*
            }
        }

        #[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
        pub fn query(
            $qd: cosmwasm_std::Deps,
            $qe: cosmwasm_std::Env,
            $qm: $query,
        ) -> cosmwasm_std::StdResult<cosmwasm_std::Binary> {
            match $qm {
                $query::Ownership {} => {
                    cosmwasm_std::to_json_binary(&cw_ownable::get_ownership($qd.storage)?)
                }
                $($pattern => cosmwasm_std::to_json_binary(&$answer?),)*
            }
        }
    };
    (@lifecycle $error:ty) => {
        pub const CONTRACT_NAME: &str = concat!("crates.io:", env!("CARGO_PKG_NAME"));
        pub const CONTRACT_VERSION: &str = env!("CARGO_PKG_VERSION");

        #[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
        pub fn migrate(
            deps: cosmwasm_std::DepsMut,
            _env: cosmwasm_std::Env,
            _msg: $crate::lifecycle::MigrateMsg,
        ) -> Result<cosmwasm_std::Response, $error> {
            Ok($crate::lifecycle::migrate(
                deps.storage,
                CONTRACT_NAME,
                CONTRACT_VERSION,
            )?)
        }
    };
}

/// The six IBC entry points of a `faro-1` channel end, each given as its handler with
/// the entry point's `(deps, env, msg)` arguments. Packet receipt answers errors with an
/// error ack inside its handler, so it returns `StdResult` like the VM expects of it.
///
/// ```ignore
/// faro_types::ibc_entry_points! {
///     error: ContractError,
///     channel_open: |deps, _env, msg| ibc::open(deps, msg),
///     channel_connect: |deps, _env, msg| ibc::connect(deps, msg),
///     channel_close: |deps, _env, msg| ibc::close(deps, msg),
///     packet_receive: |deps, _env, msg| ibc::receive(deps, msg),
///     packet_ack: |deps, _env, msg| ibc::ack(deps, msg),
///     packet_timeout: |deps, _env, msg| ibc::timeout(deps, msg),
/// }
/// ```
#[macro_export]
macro_rules! ibc_entry_points {
    (
        error: $error:ty,
        channel_open: |$od:ident, $oe:ident, $om:ident| $open:expr,
        channel_connect: |$cd:ident, $ce:ident, $cm:ident| $connect:expr,
        channel_close: |$xd:ident, $xe:ident, $xm:ident| $close:expr,
        packet_receive: |$rd:ident, $re:ident, $rm:ident| $receive:expr,
        packet_ack: |$ad:ident, $ae:ident, $am:ident| $ack:expr,
        packet_timeout: |$td:ident, $te:ident, $tm:ident| $timeout:expr $(,)?
    ) => {
        $crate::ibc_entry_points!(@entry ibc_channel_open, IbcChannelOpenMsg,
            Result<cosmwasm_std::IbcChannelOpenResponse, $error>, $od, $oe, $om, $open);
        $crate::ibc_entry_points!(@entry ibc_channel_connect, IbcChannelConnectMsg,
            Result<cosmwasm_std::IbcBasicResponse, $error>, $cd, $ce, $cm, $connect);
        $crate::ibc_entry_points!(@entry ibc_channel_close, IbcChannelCloseMsg,
            Result<cosmwasm_std::IbcBasicResponse, $error>, $xd, $xe, $xm, $close);
        $crate::ibc_entry_points!(@entry ibc_packet_receive, IbcPacketReceiveMsg,
            cosmwasm_std::StdResult<cosmwasm_std::IbcReceiveResponse>, $rd, $re, $rm, $receive);
        $crate::ibc_entry_points!(@entry ibc_packet_ack, IbcPacketAckMsg,
            Result<cosmwasm_std::IbcBasicResponse, $error>, $ad, $ae, $am, $ack);
        $crate::ibc_entry_points!(@entry ibc_packet_timeout, IbcPacketTimeoutMsg,
            Result<cosmwasm_std::IbcBasicResponse, $error>, $td, $te, $tm, $timeout);
    };
    (@entry $name:ident, $msg:ident, $answer:ty, $d:ident, $e:ident, $m:ident, $body:expr) => {
        #[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
        pub fn $name($d: cosmwasm_std::DepsMut, $e: cosmwasm_std::Env, $m: cosmwasm_std::$msg) -> $answer {
            $body
        }
    };
}
