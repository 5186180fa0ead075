//! The marketing and logo rules as pure functions.

use cosmwasm_std::{Addr, Api, StdError, StdResult};
use cw20::{DownloadLogoResponse, EmbeddedLogo, Logo, LogoInfo, MarketingInfoResponse};

use crate::LogoError;

/// Embedded logos (SVG or PNG) hold at most 5 KB, as in cw20-base.
pub const LOGO_SIZE_CAP: usize = 5 * 1024;

/// Every PNG file starts with these eight bytes.
const PNG_HEADER: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

/// An embedded SVG needs an XML preamble, an embedded PNG the PNG header; both at most
/// [`LOGO_SIZE_CAP`] bytes. URLs are taken as given.
pub fn validate_logo(logo: &Logo) -> Result<(), LogoError> {
    let (data, valid) = match logo {
        Logo::Url(_) => return Ok(()),
        Logo::Embedded(EmbeddedLogo::Svg(data)) => (data, has_xml_preamble(data)),
        Logo::Embedded(EmbeddedLogo::Png(data)) => (data, data.starts_with(&PNG_HEADER)),
    };
    if data.len() > LOGO_SIZE_CAP {
        return Err(LogoError::LogoTooBig { size: data.len() });
    }
    match (valid, logo) {
        (true, _) => Ok(()),
        (false, Logo::Embedded(EmbeddedLogo::Png(_))) => Err(LogoError::InvalidPngHeader),
        (false, _) => Err(LogoError::InvalidXmlPreamble),
    }
}

/// The first tag is `<?xml …?>`.
fn has_xml_preamble(data: &[u8]) -> bool {
    let preamble = data.split_inclusive(|c| *c == b'>').next().unwrap_or(&[]);
    preamble.starts_with(b"<?xml ") && preamble.ends_with(b"?>")
}

/// What `MarketingInfo` shows of a stored logo.
pub fn logo_info(logo: &Logo) -> LogoInfo {
    match logo {
        Logo::Url(url) => LogoInfo::Url(url.clone()),
        Logo::Embedded(_) => LogoInfo::Embedded,
    }
}

/// The embedded logo with its MIME type; not found when there is none or it is a URL.
pub fn download_logo(logo: Option<Logo>) -> StdResult<DownloadLogoResponse> {
    match logo {
        Some(Logo::Embedded(EmbeddedLogo::Svg(data))) => Ok(DownloadLogoResponse {
            mime_type: "image/svg+xml".to_string(),
            data,
        }),
        Some(Logo::Embedded(EmbeddedLogo::Png(data))) => Ok(DownloadLogoResponse {
            mime_type: "image/png".to_string(),
            data,
        }),
        Some(Logo::Url(_)) | None => Err(StdError::not_found("embedded logo")),
    }
}

/// Who may change the marketing info and logo: the marketing address, and the contract's
/// owner (the DAO), which can always step in — cw20-base lets only the marketing address.
pub fn may_update_marketing(
    info: &MarketingInfoResponse,
    owner: Option<&Addr>,
    sender: &Addr,
) -> bool {
    info.marketing.as_ref() == Some(sender) || owner == Some(sender)
}

/// One `UpdateMarketing`: `None` keeps a field, a blank string clears it; a new marketing
/// address is validated.
pub fn update_marketing(
    api: &dyn Api,
    mut info: MarketingInfoResponse,
    project: Option<String>,
    description: Option<String>,
    marketing: Option<String>,
) -> StdResult<MarketingInfoResponse> {
    if let Some(project) = project {
        info.project = non_blank(project);
    }
    if let Some(description) = description {
        info.description = non_blank(description);
    }
    if let Some(marketing) = marketing {
        info.marketing = non_blank(marketing)
            .map(|addr| api.addr_validate(&addr))
            .transpose()?;
    }
    Ok(info)
}

fn non_blank(value: String) -> Option<String> {
    (!value.trim().is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cosmwasm_std::testing::MockApi;
    use cosmwasm_std::Binary;

    fn png(size: usize) -> Logo {
        let mut data = PNG_HEADER.to_vec();
        data.resize(size, 0);
        Logo::Embedded(EmbeddedLogo::Png(Binary::new(data)))
    }

    fn svg(body: &str) -> Logo {
        Logo::Embedded(EmbeddedLogo::Svg(Binary::new(body.as_bytes().to_vec())))
    }

    #[test]
    fn logos_are_checked_like_cw20_base() {
        validate_logo(&Logo::Url("https://faro.zone/logo.png".to_string())).unwrap();
        validate_logo(&png(LOGO_SIZE_CAP)).unwrap();
        validate_logo(&svg(r#"<?xml version="1.0"?><svg></svg>"#)).unwrap();

        assert_eq!(
            validate_logo(&png(LOGO_SIZE_CAP + 1)),
            Err(LogoError::LogoTooBig {
                size: LOGO_SIZE_CAP + 1
            })
        );
        let not_png = Logo::Embedded(EmbeddedLogo::Png(Binary::new(b"GIF89a".to_vec())));
        assert_eq!(validate_logo(&not_png), Err(LogoError::InvalidPngHeader));
        assert_eq!(
            validate_logo(&svg("<svg></svg>")),
            Err(LogoError::InvalidXmlPreamble)
        );
        assert_eq!(validate_logo(&svg("")), Err(LogoError::InvalidXmlPreamble));
        let big_svg = format!(r#"<?xml version="1.0"?>{}"#, " ".repeat(LOGO_SIZE_CAP));
        assert!(matches!(
            validate_logo(&svg(&big_svg)),
            Err(LogoError::LogoTooBig { .. })
        ));
    }

    #[test]
    fn logos_download_with_their_mime_type() {
        assert_eq!(download_logo(Some(png(10))).unwrap().mime_type, "image/png");
        assert_eq!(
            download_logo(Some(svg("<?xml ?>"))).unwrap().mime_type,
            "image/svg+xml"
        );
        assert!(download_logo(Some(Logo::Url("https://x".to_string()))).is_err());
        assert!(download_logo(None).is_err());
        assert_eq!(logo_info(&png(10)), LogoInfo::Embedded);
    }

    #[test]
    fn marketing_updates_keep_clear_and_validate() {
        let api = MockApi::default();
        let info = MarketingInfoResponse {
            project: Some("faro".to_string()),
            description: Some("liquid staking".to_string()),
            ..MarketingInfoResponse::default()
        };
        let marketer = api.addr_make("marketer").to_string();
        let updated =
            update_marketing(&api, info, None, Some(" ".to_string()), Some(marketer)).unwrap();
        assert_eq!(updated.project.as_deref(), Some("faro"));
        assert_eq!(updated.description, None);
        assert_eq!(updated.marketing, Some(api.addr_make("marketer")));

        let cleared =
            update_marketing(&api, updated.clone(), None, None, Some(String::new())).unwrap();
        assert_eq!(cleared.marketing, None);
        assert!(update_marketing(&api, updated, None, None, Some("BAD".to_string())).is_err());
    }

    #[test]
    fn the_marketing_address_and_the_owner_may_update() {
        let api = MockApi::default();
        let (dao, marketer, mallory) = (
            api.addr_make("dao"),
            api.addr_make("marketer"),
            api.addr_make("mallory"),
        );
        let info = MarketingInfoResponse {
            marketing: Some(marketer.clone()),
            ..MarketingInfoResponse::default()
        };
        assert!(may_update_marketing(&info, Some(&dao), &marketer));
        assert!(may_update_marketing(&info, Some(&dao), &dao));
        assert!(!may_update_marketing(&info, Some(&dao), &mallory));
        assert!(!may_update_marketing(
            &MarketingInfoResponse::default(),
            None,
            &mallory
        ));
    }
}
