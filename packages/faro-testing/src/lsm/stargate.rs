//! `CosmosMsg::Any` (and the deprecated `CosmosMsg::Stargate`, which wasmd turns into the
//! same thing): `MsgTokenizeShares` and `MsgRedeemTokensForShares` under the type URLs of
//! the configured [`LsmModule`](faro_types::liquid::LsmModule). Anything else is refused,
//! and gRPC / Stargate queries are refused as wasmd's default query plugins do.

use anyhow::{bail, Result as AnyResult};
use cosmwasm_std::{
    Addr, AnyMsg, Api, Binary, BlockInfo, Coin, GrpcQuery, MsgResponse, Querier, Storage,
};
use cw_multi_test::{AppResponse, Stargate};
use faro_types::liquid::{
    self, MsgRedeemTokensForShares, MsgRedeemTokensForSharesResponse, MsgTokenizeShares,
    MsgTokenizeSharesResponse, ProtoCoin,
};

use super::error::LsmError;
use super::keeper::Ctx;
use super::liquid::{redeem, tokenize};
use super::module::routed;
use super::state::load_params;

#[derive(Default, Clone, Copy)]
pub struct LsmStargate;

impl Stargate for LsmStargate {
    routed! {
        fn execute_any(&self, ctx, storage, sender: Addr, msg: AnyMsg) {
            execute(ctx, storage, sender, msg)
        }
    }

    routed! {
        fn execute_stargate(&self, ctx, storage, sender: Addr, type_url: String, value: Binary) {
            execute(ctx, storage, sender, AnyMsg { type_url, value })
        }
    }

    fn query_stargate(
        &self,
        _api: &dyn Api,
        _storage: &dyn Storage,
        _querier: &dyn Querier,
        _block: &BlockInfo,
        path: String,
        _data: Binary,
    ) -> AnyResult<Binary> {
        bail!("Stargate queries are disabled: {path}")
    }

    fn query_grpc(
        &self,
        _api: &dyn Api,
        _storage: &dyn Storage,
        _querier: &dyn Querier,
        _block: &BlockInfo,
        request: GrpcQuery,
    ) -> AnyResult<Binary> {
        bail!("gRPC queries are disabled: {}", request.path)
    }
}

/// `MsgTokenizeShares` or `MsgRedeemTokensForShares`, signed by `sender`.
fn execute(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    sender: Addr,
    msg: AnyMsg,
) -> AnyResult<AppResponse> {
    let module = load_params(storage)?.module;
    let type_url = msg.type_url.as_str();
    let (response_type_url, value, event) = if type_url == module.type_url_tokenize() {
        let msg = liquid::decode::<MsgTokenizeShares>(&msg.value)
            .map_err(|err| invalid(type_url, err.to_string()))?;
        signed_by(&msg.delegator_address, &sender)?;
        let owner = ctx
            .api()
            .addr_validate(&msg.tokenized_share_owner)
            .map_err(LsmError::from)?;
        let amount = coin(type_url, msg.amount)?;
        let done = tokenize(
            ctx,
            storage,
            &sender,
            &msg.validator_address,
            amount,
            &owner,
        )?;
        let response = MsgTokenizeSharesResponse {
            amount: Some(done.share_tokens.into()),
        };
        (
            module.type_url_tokenize_response(),
            liquid::encode(&response),
            done.event,
        )
    } else if type_url == module.type_url_redeem() {
        let msg = liquid::decode::<MsgRedeemTokensForShares>(&msg.value)
            .map_err(|err| invalid(type_url, err.to_string()))?;
        signed_by(&msg.delegator_address, &sender)?;
        let amount = coin(type_url, msg.amount)?;
        let done = redeem(ctx, storage, &sender, amount)?;
        let response = MsgRedeemTokensForSharesResponse {
            amount: Some(done.tokens.into()),
        };
        (
            module.type_url_redeem_response(),
            liquid::encode(&response),
            done.event,
        )
    } else {
        return Err(LsmError::UnsupportedMessage {
            type_url: msg.type_url,
        }
        .into());
    };
    Ok(respond(response_type_url, value, event))
}

fn invalid(type_url: &str, reason: String) -> LsmError {
    LsmError::InvalidMessage {
        type_url: type_url.to_string(),
        reason,
    }
}

/// wasmd lets a contract send only messages it signs.
fn signed_by(signer: &str, sender: &Addr) -> Result<(), LsmError> {
    if signer != sender.as_str() {
        return Err(LsmError::Unauthorized {
            signer: signer.to_string(),
            sender: sender.to_string(),
        });
    }
    Ok(())
}

fn coin(type_url: &str, amount: Option<ProtoCoin>) -> Result<Coin, LsmError> {
    let amount = amount.ok_or_else(|| invalid(type_url, "no amount".to_string()))?;
    Coin::try_from(amount).map_err(|err| invalid(type_url, err.to_string()))
}

/// The encoded `*Response` goes into `data` and, typed, into `msg_responses`, as the
/// chain's message router returns it.
fn respond(type_url: &str, value: Binary, event: cosmwasm_std::Event) -> AppResponse {
    AppResponse {
        events: vec![event],
        data: Some(value.clone()),
        msg_responses: vec![MsgResponse {
            type_url: type_url.to_string(),
            value,
        }],
    }
}
