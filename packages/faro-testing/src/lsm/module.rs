//! cw-multi-test's [`Module`] plumbing, written once for the staking and distribution
//! modules: each is a [`Handler`] of the router context, wrapped in a [`ChainModule`].

use anyhow::Result as AnyResult;
use cosmwasm_std::{Addr, Api, Binary, BlockInfo, CustomMsg, CustomQuery, Querier, Storage};
use cw_multi_test::{AppResponse, CosmosRouter, Module};
use serde::de::DeserializeOwned;

use super::keeper::Ctx;

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

    fn execute<ExecC, QueryC>(
        &self,
        api: &dyn Api,
        storage: &mut dyn Storage,
        router: &dyn CosmosRouter<ExecC = ExecC, QueryC = QueryC>,
        block: &BlockInfo,
        sender: Addr,
        msg: H::ExecT,
    ) -> AnyResult<AppResponse>
    where
        ExecC: CustomMsg + DeserializeOwned + 'static,
        QueryC: CustomQuery + DeserializeOwned + 'static,
    {
        self.0
            .execute(&Ctx { api, router, block }, storage, sender, msg)
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

    fn sudo<ExecC, QueryC>(
        &self,
        api: &dyn Api,
        storage: &mut dyn Storage,
        router: &dyn CosmosRouter<ExecC = ExecC, QueryC = QueryC>,
        block: &BlockInfo,
        msg: H::SudoT,
    ) -> AnyResult<AppResponse>
    where
        ExecC: CustomMsg + DeserializeOwned + 'static,
        QueryC: CustomQuery + DeserializeOwned + 'static,
    {
        self.0.sudo(&Ctx { api, router, block }, storage, msg)
    }
}
