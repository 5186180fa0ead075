//! cw-multi-test's [`Module`] plumbing, written once for the staking and distribution
//! modules: each message, query and sudo type says how the model runs it ([`ChainMsg`],
//! [`ChainQuery`], [`ChainSudo`]), and the [`ChainModule`] of the three is the module.
//! [`routed!`] spells out, once, the parameters every cw-multi-test method that takes the
//! router has, whatever its trait.

use std::marker::PhantomData;

use anyhow::Result as AnyResult;
use cosmwasm_std::{Addr, Api, Binary, BlockInfo, Querier, Storage};
use cw_multi_test::{AppResponse, Module};

use super::keeper::Ctx;

/// A cw-multi-test method that takes the router (`Module::execute`, `Stargate::execute_any`,
/// `Staking::process_queue`, ...), written as
/// `routed! { fn name(&self, ctx, storage, more: Args) { body } }`: the body sees the
/// router, api and block as one [`Ctx`], and the storage.
///
/// The bounds are cw-multi-test's minimum (`Staking::process_queue` asks no more); the
/// other traits' `DeserializeOwned + 'static` are not needed here.
macro_rules! routed {
    (fn $method:ident(&$self:ident, $ctx:ident, $storage:ident $(, $arg:ident: $ty:ty)*) $body:block) => {
        fn $method<ExecC, QueryC>(
            &$self,
            api: &dyn ::cosmwasm_std::Api,
            $storage: &mut dyn ::cosmwasm_std::Storage,
            router: &dyn ::cw_multi_test::CosmosRouter<ExecC = ExecC, QueryC = QueryC>,
            block: &::cosmwasm_std::BlockInfo,
            $($arg: $ty),*
        ) -> ::anyhow::Result<::cw_multi_test::AppResponse>
        where
            ExecC: ::cosmwasm_std::CustomMsg,
            QueryC: ::cosmwasm_std::CustomQuery,
        {
            let routed = $crate::lsm::keeper::Routed { api, router, block };
            let $ctx: &$crate::lsm::keeper::Ctx = &routed;
            $body
        }
    };
}
pub(super) use routed;

/// A message of a chain module, run with the router context.
pub trait ChainMsg {
    fn execute(self, ctx: &Ctx, storage: &mut dyn Storage, sender: Addr) -> AnyResult<AppResponse>;
}

/// A query of a chain module.
pub trait ChainQuery {
    fn query(self, api: &dyn Api, storage: &dyn Storage, block: &BlockInfo) -> AnyResult<Binary>;
}

/// A privileged message of a chain module, run with the router context.
pub trait ChainSudo {
    fn sudo(self, ctx: &Ctx, storage: &mut dyn Storage) -> AnyResult<AppResponse>;
}

/// The cw-multi-test [`Module`] that runs `Msg`, answers `Query` and takes `Sudo`.
pub struct ChainModule<Msg, Query, Sudo>(PhantomData<(Msg, Query, Sudo)>);

impl<Msg, Query, Sudo> Default for ChainModule<Msg, Query, Sudo> {
    fn default() -> Self {
        ChainModule(PhantomData)
    }
}

impl<Msg: ChainMsg, Query: ChainQuery, Sudo: ChainSudo> Module for ChainModule<Msg, Query, Sudo> {
    type ExecT = Msg;
    type QueryT = Query;
    type SudoT = Sudo;

    routed! {
        fn execute(&self, ctx, storage, sender: Addr, msg: Msg) {
            msg.execute(ctx, storage, sender)
        }
    }

    fn query(
        &self,
        api: &dyn Api,
        storage: &dyn Storage,
        _querier: &dyn Querier,
        block: &BlockInfo,
        request: Query,
    ) -> AnyResult<Binary> {
        request.query(api, storage, block)
    }

    routed! {
        fn sudo(&self, ctx, storage, msg: Sudo) {
            msg.sudo(ctx, storage)
        }
    }
}
