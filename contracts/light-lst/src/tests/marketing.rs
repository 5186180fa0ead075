use cosmwasm_std::Binary;
use cw20::{EmbeddedLogo, Logo, LogoInfo};
use faro_cw20::LogoError;
use faro_types::light_lst::ExecuteMsg;

use super::{addr, exec, raw, setup};
use crate::error::ContractError;
use crate::query;

fn update(marketing: Option<&str>) -> ExecuteMsg {
    ExecuteMsg::UpdateMarketing {
        project: Some("https://faro.zone".to_string()),
        description: Some("Bob's light ATOM".to_string()),
        marketing: marketing.map(|name| addr(name).to_string()),
    }
}

#[test]
fn the_owner_names_a_marketer_who_uploads_the_logo() {
    let mut deps = setup();
    exec(&mut deps, "dao", update(Some("marketer"))).unwrap();
    let png = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0];
    let logo = Logo::Embedded(EmbeddedLogo::Png(Binary::new(png)));
    exec(&mut deps, "marketer", ExecuteMsg::UploadLogo(logo)).unwrap();
    let info = query::marketing_info(deps.as_ref()).unwrap();
    assert_eq!(info.marketing, Some(addr("marketer")));
    assert_eq!(info.logo, Some(LogoInfo::Embedded));
    assert_eq!(
        query::download_logo(deps.as_ref()).unwrap().mime_type,
        "image/png"
    );
}

#[test]
fn strangers_and_bad_logos_are_refused() {
    let mut deps = setup();
    let stored = raw(&deps.storage);
    for stranger in ["mallory", "validator", "registry"] {
        assert_eq!(
            exec(&mut deps, stranger, update(None)).unwrap_err(),
            ContractError::Unauthorized {
                sender: addr(stranger),
                action: "update the marketing info"
            }
        );
    }
    let svg = Logo::Embedded(EmbeddedLogo::Svg(Binary::new(b"<svg/>".to_vec())));
    assert_eq!(
        exec(&mut deps, "dao", ExecuteMsg::UploadLogo(svg)).unwrap_err(),
        ContractError::Logo(LogoError::InvalidXmlPreamble)
    );
    assert_eq!(raw(&deps.storage), stored);
}
