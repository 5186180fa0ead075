use cosmwasm_std::{coins, Binary};
use cw20::{EmbeddedLogo, Logo, LogoInfo};
use cw_utils::PaymentError;

use super::{addr, raw, run, setup, ContractError, MockDeps};
use crate::execute::{update_marketing, upload_logo};
use crate::{query, LogoError};

fn update(
    deps: &mut MockDeps,
    sender: &str,
    marketing: Option<String>,
) -> Result<(), ContractError> {
    run(deps, sender, &[], |d, _, i| {
        update_marketing(d, i, Some("faro".to_string()), None, marketing)
    })
    .map(|_| ())
}

fn upload(deps: &mut MockDeps, sender: &str, logo: Logo) -> Result<(), ContractError> {
    run(deps, sender, &[], |d, _, i| upload_logo(d, i, logo)).map(|_| ())
}

#[test]
fn the_owner_and_then_the_marketing_address_update() {
    let mut deps = setup();
    update(&mut deps, "dao", Some(addr("marketer").to_string())).unwrap();
    update(&mut deps, "marketer", None).unwrap();
    let info = query::marketing_info(deps.as_ref()).unwrap();
    assert_eq!(info.project.as_deref(), Some("faro"));
    assert_eq!(info.marketing, Some(addr("marketer")));

    let url = Logo::Url("https://faro.zone/light.svg".to_string());
    upload(&mut deps, "marketer", url).unwrap();
    let info = query::marketing_info(deps.as_ref()).unwrap();
    assert_eq!(
        info.logo,
        Some(LogoInfo::Url("https://faro.zone/light.svg".to_string()))
    );
    assert!(query::download_logo(deps.as_ref()).is_err());
    let svg = Binary::from(br#"<?xml version="1.0"?><svg/>"#.to_vec());
    upload(&mut deps, "dao", Logo::Embedded(EmbeddedLogo::Svg(svg))).unwrap();
    let logo = query::download_logo(deps.as_ref()).unwrap();
    assert_eq!(logo.mime_type, "image/svg+xml");
}

#[test]
fn strangers_bad_logos_and_funds_are_refused() {
    let mut deps = setup();
    let stored = raw(&deps.storage);
    assert_eq!(
        update(&mut deps, "mallory", None).unwrap_err(),
        ContractError::Unauthorized {
            sender: addr("mallory"),
            action: "update the marketing info"
        }
    );
    let gif = Logo::Embedded(EmbeddedLogo::Png(Binary::from(b"GIF89a".to_vec())));
    assert_eq!(
        upload(&mut deps, "mallory", gif.clone()).unwrap_err(),
        ContractError::Unauthorized {
            sender: addr("mallory"),
            action: "upload a logo"
        }
    );
    assert_eq!(
        upload(&mut deps, "dao", gif).unwrap_err(),
        ContractError::Logo(LogoError::InvalidPngHeader)
    );
    assert!(matches!(
        update(&mut deps, "dao", Some("NOPE".to_string())).unwrap_err(),
        ContractError::Std(_)
    ));
    let paid = run(&mut deps, "dao", &coins(1, "uatom"), |d, _, i| {
        update_marketing(d, i, None, None, None)
    });
    assert_eq!(
        paid.unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!(raw(&deps.storage), stored);
}
