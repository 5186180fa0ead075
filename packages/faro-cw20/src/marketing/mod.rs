//! Marketing info and logo, changed by the marketing address or the contract's owner
//! (cw-ownable).

pub mod rules;

use cosmwasm_std::{Addr, DepsMut, MessageInfo, Response, Storage};
use cw20::{Logo, MarketingInfoResponse};
use cw_utils::nonpayable;

use crate::state::{LOGO, MARKETING_INFO};
use crate::{Cw20Error, Unauthorized};

pub fn update_marketing<E: Cw20Error>(
    deps: DepsMut,
    info: MessageInfo,
    project: Option<String>,
    description: Option<String>,
    marketing: Option<String>,
) -> Result<Response, E> {
    nonpayable(&info)?;
    let current = MARKETING_INFO.may_load(deps.storage)?.unwrap_or_default();
    authorize::<E>(
        deps.storage,
        &current,
        &info.sender,
        "update the marketing info",
    )?;
    let updated = rules::update_marketing(deps.api, current, project, description, marketing)?;
    MARKETING_INFO.save(deps.storage, &updated)?;
    let marketing = updated.marketing.map(Addr::into_string);
    Ok(Response::new()
        .add_attribute("action", "update_marketing")
        .add_attribute("marketing", marketing.unwrap_or_default()))
}

pub fn upload_logo<E: Cw20Error>(
    deps: DepsMut,
    info: MessageInfo,
    logo: Logo,
) -> Result<Response, E> {
    nonpayable(&info)?;
    let mut current = MARKETING_INFO.may_load(deps.storage)?.unwrap_or_default();
    authorize::<E>(deps.storage, &current, &info.sender, "upload a logo")?;
    rules::validate_logo(&logo)?;
    current.logo = Some(rules::logo_info(&logo));
    LOGO.save(deps.storage, &logo)?;
    MARKETING_INFO.save(deps.storage, &current)?;
    Ok(Response::new().add_attribute("action", "upload_logo"))
}

fn authorize<E: Cw20Error>(
    storage: &dyn Storage,
    info: &MarketingInfoResponse,
    sender: &Addr,
    action: &'static str,
) -> Result<(), E> {
    let owner = cw_ownable::get_ownership(storage)?.owner;
    if !rules::may_update_marketing(info, owner.as_ref(), sender) {
        return Err(Unauthorized {
            sender: sender.clone(),
            action,
        }
        .into());
    }
    Ok(())
}
