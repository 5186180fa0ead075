//! cw-multi-test's [`Module`] plumbing, written once for the staking and distribution
//! modules: each is a [`Handler`] of the router context, wrapped in a [`ChainModule`].
//! [`routed!`] spells out, once, the parameters every cw-multi-test method that takes the
//! router has, whatever its trait.

use anyhow::Result as AnyResult;
use cosmwasm_std::{Addr, Api, Binary, BlockInfo, CustomMsg, CustomQuery, Querier, Storage};
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
            let $ctx = &$crate::lsm::keeper::Ctx { api, router, block };
            $body
        }
    };
}
pub(super) use routed;

/// One module of the chain: what [`Module`] asks, with the router context built.
pub trait Handler {
    type ExecT;
    type QueryT;
    type SudoT;

    fn execute<ExecC: CustomMsg, QueryC: CustomQuery>(
        &self,
        ctx: &Ctx<ExecC, QueryC>,
        storage: &mut dyn Storage,
        sender: Addr,
        msg: Self::ExecT,
    ) -> AnyResult<AppResponse>;

    fn query(
        &self,
        api: &dyn Api,
        storage: &dyn Storage,
        block: &BlockInfo,
        request: Self::QueryT,
    ) -> AnyResult<Binary>;

    fn sudo<ExecC: CustomMsg, QueryC: CustomQuery>(
        &self,
        ctx: &Ctx<ExecC, QueryC>,
        storage: &mut dyn Storage,
        msg: Self::SudoT,
    ) -> AnyResult<AppResponse>;
}

/// A [`Handler`] as a cw-multi-test [`Module`].
#[derive(Default, Clone, Copy)]
pub struct ChainModule<H>(pub H);

impl<H: Handler> Module for ChainModule<H> {
    type ExecT = H::ExecT;
    type QueryT = H::QueryT;
    type SudoT = H::SudoT;

    routed! {
        fn execute(&self, ctx, storage, sender: Addr, msg: H::ExecT) {
            self.0.execute(ctx, storage, sender, msg)
        }
    }

    fn query(
        &self,
        api: &dyn Api,
        storage: &dyn Storage,
        _querier: &dyn Querier,
        block: &BlockInfo,
        request: H::QueryT,
    ) -> AnyResult<Binary> {
        self.0.query(api, storage, block, request)
    }

    routed! {
        fn sudo(&self, ctx, storage, msg: H::SudoT) {
            self.0.sudo(ctx, storage, msg)
        }
    }
}
