//! Marketing info and logos.

use cosmwasm_std::Binary;
use cw20::{
    Cw20ExecuteMsg, Cw20QueryMsg, DownloadLogoResponse, EmbeddedLogo, Logo, LogoInfo,
    MarketingInfoResponse,
};

use super::{addr, ask, exec, refused, stray_funds, Harness, Refusal, OWNER};
use crate::LOGO_SIZE_CAP;

pub(super) fn update(project: Option<&str>, marketing: Option<&str>) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::UpdateMarketing {
        project: project.map(str::to_string),
        description: Some("Faro's liquid staking token".to_string()),
        marketing: marketing.map(str::to_string),
    }
}

/// A PNG logo of `size` bytes.
pub(super) fn png(size: usize) -> Logo {
    let mut data = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    data.resize(size, 7);
    Logo::Embedded(EmbeddedLogo::Png(Binary::new(data)))
}

pub(super) fn bad_logos() -> [Logo; 3] {
    [
        Logo::Embedded(EmbeddedLogo::Png(Binary::new(b"GIF89a".to_vec()))),
        png(LOGO_SIZE_CAP + 1),
        Logo::Embedded(EmbeddedLogo::Svg(Binary::new(b"<svg/>".to_vec()))),
    ]
}

fn marketing_info(token: &impl Harness) -> MarketingInfoResponse {
    ask(token, &Cw20QueryMsg::MarketingInfo {})
}

pub fn the_owner_names_a_marketer_who_then_updates<T: Harness>() {
    let mut token = T::new();
    let marketer = addr("marketer").to_string();
    let named = update(Some("https://faro.zone"), Some(&marketer));
    exec(&mut token, OWNER, named).unwrap();
    let info = marketing_info(&token);
    assert_eq!(info.project.as_deref(), Some("https://faro.zone"));
    assert_eq!(info.marketing, Some(addr("marketer")));

    exec(&mut token, "marketer", update(Some(""), None)).unwrap();
    let info = marketing_info(&token);
    assert_eq!(info.project, None, "an empty project clears it");
    assert_eq!(info.marketing, Some(addr("marketer")));
    exec(&mut token, "marketer", Cw20ExecuteMsg::UploadLogo(png(50))).unwrap();
    assert_eq!(marketing_info(&token).logo, Some(LogoInfo::Embedded));
}

pub fn marketing_refusals_change_nothing<T: Harness>() {
    let mut token = T::new();
    let before = marketing_info(&token);
    let stranger = update(Some("x"), None);
    assert_eq!(
        refused(&mut token, "mallory", &[], stranger),
        Refusal::Unauthorized
    );
    let upload = Cw20ExecuteMsg::UploadLogo(png(10));
    assert_eq!(
        refused(&mut token, "mallory", &[], upload.clone()),
        Refusal::Unauthorized
    );
    let funds = stray_funds();
    assert_eq!(
        refused(&mut token, OWNER, &funds, update(None, None)),
        Refusal::Funds
    );
    assert_eq!(refused(&mut token, OWNER, &funds, upload), Refusal::Funds);
    let bad_marketer = update(None, Some("NOPE"));
    assert_eq!(
        refused(&mut token, OWNER, &[], bad_marketer),
        Refusal::Malformed
    );
    assert_eq!(marketing_info(&token), before);
}

pub fn logos_are_stored_and_downloaded<T: Harness>() {
    let mut token = T::new();
    exec(&mut token, OWNER, Cw20ExecuteMsg::UploadLogo(png(100))).unwrap();
    assert_eq!(marketing_info(&token).logo, Some(LogoInfo::Embedded));
    let logo: DownloadLogoResponse = ask(&token, &Cw20QueryMsg::DownloadLogo {});
    assert_eq!(
        (logo.mime_type.as_str(), logo.data.len()),
        ("image/png", 100)
    );

    let url = "https://faro.zone/st.svg".to_string();
    exec(
        &mut token,
        OWNER,
        Cw20ExecuteMsg::UploadLogo(Logo::Url(url.clone())),
    )
    .unwrap();
    assert_eq!(marketing_info(&token).logo, Some(LogoInfo::Url(url)));
    assert!(
        token.query(&Cw20QueryMsg::DownloadLogo {}).is_err(),
        "a linked logo is not downloaded"
    );
}

pub fn bad_logos_are_refused<T: Harness>() {
    let mut token = T::new();
    for logo in bad_logos() {
        let upload = Cw20ExecuteMsg::UploadLogo(logo);
        assert_eq!(
            refused(&mut token, OWNER, &[], upload),
            Refusal::InvalidLogo
        );
    }
    assert_eq!(marketing_info(&token).logo, None);
}
