use cosmwasm_std::{coins, Binary};
use cw20::{EmbeddedLogo, Logo, LogoInfo};
use cw_utils::PaymentError;
use faro_cw20::{LogoError, LOGO_SIZE_CAP};
use faro_types::heavy_lst::ExecuteMsg;

use super::{addr, exec, exec_paying, setup};
use crate::error::ContractError;
use crate::query;

fn update(project: Option<&str>, marketing: Option<&str>) -> ExecuteMsg {
    ExecuteMsg::UpdateMarketing {
        project: project.map(str::to_string),
        description: Some("Faro's heavy liquid staking token".to_string()),
        marketing: marketing.map(str::to_string),
    }
}

fn png(size: usize) -> Logo {
    let mut data = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    data.resize(size, 7);
    Logo::Embedded(EmbeddedLogo::Png(Binary::new(data)))
}

#[test]
fn the_owner_names_a_marketing_address_which_then_updates() {
    let mut deps = setup();
    let marketer = addr("marketer").to_string();
    exec(
        &mut deps,
        "dao",
        update(Some("https://faro.zone"), Some(&marketer)),
    )
    .unwrap();
    let info = query::marketing_info(deps.as_ref()).unwrap();
    assert_eq!(info.project.as_deref(), Some("https://faro.zone"));
    assert_eq!(info.marketing, Some(addr("marketer")));

    exec(&mut deps, "marketer", update(Some(""), None)).unwrap();
    let info = query::marketing_info(deps.as_ref()).unwrap();
    assert_eq!(info.project, None);
    assert_eq!(info.marketing, Some(addr("marketer")));
}

#[test]
fn strangers_funds_and_bad_addresses_are_refused() {
    let mut deps = setup();
    assert_eq!(
        exec(&mut deps, "mallory", update(Some("x"), None)).unwrap_err(),
        ContractError::Unauthorized {
            sender: addr("mallory"),
            action: "update the marketing info"
        }
    );
    assert_eq!(
        exec_paying(&mut deps, "dao", &coins(1, "uatom"), update(None, None)).unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert!(matches!(
        exec(&mut deps, "dao", update(None, Some("NOPE"))).unwrap_err(),
        ContractError::Std(_)
    ));
    assert_eq!(
        query::marketing_info(deps.as_ref()).unwrap(),
        Default::default()
    );
}

#[test]
fn logos_are_validated_stored_and_downloaded() {
    let mut deps = setup();
    exec(&mut deps, "dao", ExecuteMsg::UploadLogo(png(100))).unwrap();
    let info = query::marketing_info(deps.as_ref()).unwrap();
    assert_eq!(info.logo, Some(LogoInfo::Embedded));
    let logo = query::download_logo(deps.as_ref()).unwrap();
    assert_eq!(logo.mime_type, "image/png");
    assert_eq!(logo.data.len(), 100);

    let url = Logo::Url("https://faro.zone/st.svg".to_string());
    exec(&mut deps, "dao", ExecuteMsg::UploadLogo(url)).unwrap();
    let info = query::marketing_info(deps.as_ref()).unwrap();
    assert_eq!(
        info.logo,
        Some(LogoInfo::Url("https://faro.zone/st.svg".to_string()))
    );
    assert!(query::download_logo(deps.as_ref()).is_err());
}

#[test]
fn logo_errors_are_typed_and_change_nothing() {
    let mut deps = setup();
    let gif = Logo::Embedded(EmbeddedLogo::Png(Binary::new(b"GIF89a".to_vec())));
    assert_eq!(
        exec(&mut deps, "dao", ExecuteMsg::UploadLogo(gif)).unwrap_err(),
        ContractError::Logo(LogoError::InvalidPngHeader)
    );
    assert_eq!(
        exec(
            &mut deps,
            "dao",
            ExecuteMsg::UploadLogo(png(LOGO_SIZE_CAP + 1))
        )
        .unwrap_err(),
        ContractError::Logo(LogoError::LogoTooBig {
            size: LOGO_SIZE_CAP + 1
        })
    );
    let svg = Logo::Embedded(EmbeddedLogo::Svg(Binary::new(b"<svg/>".to_vec())));
    assert_eq!(
        exec(&mut deps, "dao", ExecuteMsg::UploadLogo(svg)).unwrap_err(),
        ContractError::Logo(LogoError::InvalidXmlPreamble)
    );
    assert_eq!(
        exec(&mut deps, "mallory", ExecuteMsg::UploadLogo(png(10))).unwrap_err(),
        ContractError::Unauthorized {
            sender: addr("mallory"),
            action: "upload a logo"
        }
    );
    assert_eq!(
        exec_paying(
            &mut deps,
            "dao",
            &coins(1, "uatom"),
            ExecuteMsg::UploadLogo(png(10))
        )
        .unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!(query::marketing_info(deps.as_ref()).unwrap().logo, None);
    assert!(query::download_logo(deps.as_ref()).is_err());
}
