//! Marketing is cw20-base's: only the marketing address updates, and the owner starts as it.

use cosmwasm_std::{coins, Binary};
use cw20::{DownloadLogoResponse, EmbeddedLogo, Logo, LogoInfo, MarketingInfoResponse};
use cw_utils::PaymentError;
use faro_types::wrapped_lst::{ExecuteMsg, QueryMsg};

use super::{addr, Wrapper};
use crate::error::ContractError;

fn update(project: Option<&str>, marketing: Option<&str>) -> ExecuteMsg {
    ExecuteMsg::UpdateMarketing {
        project: project.map(str::to_string),
        description: Some("Faro wrapped staked ATOM".to_string()),
        marketing: marketing.map(str::to_string),
    }
}

fn png(size: usize) -> Logo {
    let mut data = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    data.resize(size, 7);
    Logo::Embedded(EmbeddedLogo::Png(Binary::new(data)))
}

fn marketing_info(wrapper: &Wrapper) -> MarketingInfoResponse {
    wrapper.ask(QueryMsg::MarketingInfo {})
}

fn unauthorized() -> ContractError {
    ContractError::Cw20(cw20_base::ContractError::Unauthorized {})
}

#[test]
fn the_owner_names_a_marketing_address_which_then_alone_updates() {
    let mut wrapper = Wrapper::new();
    let marketer = addr("marketer").to_string();
    wrapper
        .exec("dao", update(Some("https://faro.zone"), Some(&marketer)))
        .unwrap();
    let info = marketing_info(&wrapper);
    assert_eq!(info.project.as_deref(), Some("https://faro.zone"));
    assert_eq!(info.marketing, Some(addr("marketer")));

    wrapper.exec("marketer", update(Some(""), None)).unwrap();
    let info = marketing_info(&wrapper);
    assert_eq!(info.project, None);
    assert_eq!(info.marketing, Some(addr("marketer")));
    assert_eq!(
        wrapper.exec("dao", update(Some("x"), None)).unwrap_err(),
        unauthorized(),
        "the owner handed the role over"
    );
}

#[test]
fn strangers_and_funds_are_refused() {
    let mut wrapper = Wrapper::new();
    let before = marketing_info(&wrapper);
    assert_eq!(
        wrapper
            .exec("mallory", update(Some("x"), None))
            .unwrap_err(),
        unauthorized()
    );
    assert_eq!(
        wrapper
            .exec("mallory", ExecuteMsg::UploadLogo(png(10)))
            .unwrap_err(),
        unauthorized()
    );
    assert_eq!(
        wrapper
            .exec_paying("dao", &coins(1, "uatom"), update(None, None))
            .unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!(marketing_info(&wrapper), before);
}

#[test]
fn the_marketing_address_uploads_a_logo() {
    let mut wrapper = Wrapper::new();
    wrapper
        .exec("dao", ExecuteMsg::UploadLogo(png(100)))
        .unwrap();
    assert_eq!(marketing_info(&wrapper).logo, Some(LogoInfo::Embedded));
    let logo: DownloadLogoResponse = wrapper.ask(QueryMsg::DownloadLogo {});
    assert_eq!(
        (logo.mime_type.as_str(), logo.data.len()),
        ("image/png", 100)
    );
}
