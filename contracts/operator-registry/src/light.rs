//! Launching an operator's light LST: instantiate2 from the registry, so that its address
//! is known (and announced) before the light LST exists; the reply confirms it.

use cosmwasm_std::{
    instantiate2_address, to_json_binary, Addr, Binary, Decimal, Deps, Env, Storage, SubMsg,
    Uint64, WasmMsg,
};
use faro_types::bounds;
use faro_types::light_lst::InstantiateMsg;
use faro_types::operator_registry::{Config, Operator};
use faro_types::token::{TokenMetadata, NAME_LENGTH, SYMBOL_LENGTH};

use crate::error::ContractError;
use crate::reply::LIGHT_LST_REPLY;
use crate::state::{PendingLightLst, LIGHT_LST_LAUNCHES, PENDING_LIGHT_LST};

pub struct Launch {
    pub msg: SubMsg,
    pub address: Addr,
    launches: u64,
}

/// Builds the instantiation of `operator`'s light LST and predicts its address; nothing is
/// written until [`remember`].
pub fn prepare(
    deps: Deps,
    env: &Env,
    config: &Config,
    operator: &Operator,
    commission: Option<Decimal>,
) -> Result<Launch, ContractError> {
    let commission = commission.ok_or(ContractError::LightCommissionRequired)?;
    bounds::at_most("light_commission", commission, config.max_commission)?;
    let token = token_metadata(config, &operator.moniker)?;

    let launches = LIGHT_LST_LAUNCHES
        .may_load(deps.storage)?
        .unwrap_or_default();
    let salt = Binary::from(format!("light/{launches}").into_bytes());
    let checksum = deps
        .querier
        .query_wasm_code_info(config.light_lst_code_id)?
        .checksum;
    let creator = deps.api.addr_canonicalize(env.contract.address.as_str())?;
    let address = instantiate2_address(checksum.as_slice(), &creator, &salt)?;
    let address = deps.api.addr_humanize(&address)?;

    // Without an owner the registry names itself: it never uses the light LST's owner
    // powers, so they are left to no one, as the registry's own are.
    let owner = cw_ownable::get_ownership(deps.storage)?.owner;
    let msg = InstantiateMsg {
        owner: owner.as_ref().unwrap_or(&env.contract.address).to_string(),
        registry: env.contract.address.to_string(),
        operator: operator.valoper.clone(),
        operator_account: operator.account.to_string(),
        reward_address: operator.reward_address.to_string(),
        denom: config.bond_denom.clone(),
        token,
        commission,
        max_commission: config.max_commission,
    };
    let instantiate = WasmMsg::Instantiate2 {
        admin: owner.map(String::from),
        code_id: config.light_lst_code_id,
        label: format!("faro light-lst {}", operator.valoper),
        msg: to_json_binary(&msg)?,
        funds: vec![],
        salt,
    };
    Ok(Launch {
        msg: SubMsg::reply_on_success(instantiate, LIGHT_LST_REPLY),
        address,
        launches,
    })
}

/// Records the launch until its reply: the salt is spent, the address awaited.
pub fn remember(
    storage: &mut dyn Storage,
    valoper: &str,
    launch: &Launch,
) -> Result<(), ContractError> {
    let launches = Uint64::new(launch.launches).checked_add(Uint64::one())?;
    LIGHT_LST_LAUNCHES.save(storage, &launches.u64())?;
    PENDING_LIGHT_LST.save(
        storage,
        &PendingLightLst {
            valoper: valoper.to_string(),
            address: launch.address.clone(),
        },
    )?;
    Ok(())
}

/// `Faro light <SYMBOL> <moniker>` and `light<SYMBOL>-<moniker's letters and digits>`,
/// each cut to the token's length limit.
fn token_metadata(config: &Config, moniker: &str) -> Result<TokenMetadata, ContractError> {
    let tag: String = moniker
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    if tag.is_empty() {
        return Err(ContractError::NoSymbolInMoniker {
            moniker: moniker.to_string(),
        });
    }
    let symbol = &config.token_symbol;
    let name = format!("Faro light {symbol} {moniker}");
    let token = TokenMetadata {
        name: truncate(&name, *NAME_LENGTH.end()).trim_end().to_string(),
        symbol: truncate(&format!("light{symbol}-{tag}"), *SYMBOL_LENGTH.end()).to_string(),
        decimals: config.token_decimals,
    };
    token.validate()?;
    Ok(token)
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn truncate(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn truncation_keeps_whole_characters() {
        assert_eq!(truncate("abc", 5), "abc");
        assert_eq!(truncate("abcdef", 3), "abc");
        // 'é' is two bytes: cutting inside it drops it.
        assert_eq!(truncate("abé", 3), "ab");
    }
}
