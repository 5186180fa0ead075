use crate::cw20_rules;
use cosmwasm_std::{Deps, StdResult};
use cw20::{DownloadLogoResponse, MarketingInfoResponse};

use crate::state::{LOGO, MARKETING_INFO};

pub fn marketing_info(deps: Deps) -> StdResult<MarketingInfoResponse> {
    Ok(MARKETING_INFO.may_load(deps.storage)?.unwrap_or_default())
}

pub fn download_logo(deps: Deps) -> StdResult<DownloadLogoResponse> {
    cw20_rules::download_logo(LOGO.may_load(deps.storage)?)
}
