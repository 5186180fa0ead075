//! Entry points whose shape every Faro contract shares, written once. Each macro is
//! called in a contract's `contract.rs`; the generated functions are ordinary `pub fn`s
//! there, exported to the VM unless the crate is built with its `library` feature.

/// The contract's cw2 name (`crates.io:<package>`) and version; `instantiated`, which
/// records them and the first owner once the contract's own state is saved
/// ([`crate::lifecycle::instantiate`]); and `migrate`, which refuses another contract's
/// code or an older release ([`crate::lifecycle::migrate`]).
///
/// With `instantiate: Msg => from_instantiate, CONFIG`, it also writes the `instantiate`
/// of a contract whose only state at birth is its validated configuration: no funds,
/// `from_instantiate(deps.api, &msg)`, saved to `CONFIG`, `msg.owner` the first owner.
///
/// ```ignore
/// faro_types::lifecycle_entry_points!(ContractError);
/// faro_types::lifecycle_entry_points!(
///     ContractError,
///     instantiate: InstantiateMsg => config::from_instantiate, state::CONFIG
/// );
/// ```
#[macro_export]
macro_rules! lifecycle_entry_points {
    ($error:ty, instantiate: $msg:ty => $from_instantiate:path, $config:path) => {
        $crate::lifecycle_entry_points!($error);

        #[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
        pub fn instantiate(
            deps: cosmwasm_std::DepsMut,
            _env: cosmwasm_std::Env,
            info: cosmwasm_std::MessageInfo,
            msg: $msg,
        ) -> Result<cosmwasm_std::Response, $error> {
            cw_utils::nonpayable(&info)?;
            let config = $from_instantiate(deps.api, &msg)?;
            $config.save(deps.storage, &config)?;
            instantiated(deps, &msg.owner)
        }
    };
    ($error:ty) => {
        pub const CONTRACT_NAME: &str = concat!("crates.io:", env!("CARGO_PKG_NAME"));
        pub const CONTRACT_VERSION: &str = env!("CARGO_PKG_VERSION");

        fn instantiated(
            deps: cosmwasm_std::DepsMut,
            owner: &str,
        ) -> Result<cosmwasm_std::Response, $error> {
            Ok($crate::lifecycle::instantiate(
                deps,
                CONTRACT_NAME,
                CONTRACT_VERSION,
                owner,
            )?)
        }

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
