//! The cw20 rules of the heavy LST — allowances, marketing and logos — as pure functions,
//! apart from its share-based storage. (The wrapped LST, a plain cw20, uses cw20-base
//! itself; a rebasing token cannot, since its balances are not its stored amounts.) The
//! semantics follow cw20-base unless a doc comment says otherwise.

use cosmwasm_std::{Addr, Api, BlockInfo, OverflowError, StdError, StdResult, Uint128};
use cw20::{
    AllowanceResponse, DownloadLogoResponse, EmbeddedLogo, Expiration, Logo, LogoInfo,
    MarketingInfoResponse,
};
use thiserror::Error;

/// Embedded logos (SVG or PNG) hold at most 5 KB, as in cw20-base.
pub const LOGO_SIZE_CAP: usize = 5 * 1024;

/// Every PNG file starts with these eight bytes.
const PNG_HEADER: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

#[derive(Error, Debug, PartialEq)]
pub enum AllowanceError {
    #[error(transparent)]
    Overflow(#[from] OverflowError),

    #[error("an account cannot give itself an allowance")]
    CannotSetOwnAccount,

    #[error("the allowance's new expiration has already passed ({expires})")]
    InvalidExpiration { expires: Expiration },

    #[error("the allowance has expired ({expires})")]
    Expired { expires: Expiration },

    #[error("no allowance from this owner to this spender")]
    NoAllowance,

    #[error("the allowance of {allowance} does not cover {needed}")]
    InsufficientAllowance { allowance: Uint128, needed: Uint128 },
}

#[derive(Error, Debug, PartialEq)]
pub enum LogoError {
    #[error("the logo is {size} bytes, above the cap of {LOGO_SIZE_CAP}")]
    LogoTooBig { size: usize },

    #[error("the PNG logo does not start with the PNG header")]
    InvalidPngHeader,

    #[error("the SVG logo does not start with an XML preamble")]
    InvalidXmlPreamble,
}

/// An owner cannot be its own spender.
pub fn check_spender(owner: &Addr, spender: &Addr) -> Result<(), AllowanceError> {
    if owner == spender {
        return Err(AllowanceError::CannotSetOwnAccount);
    }
    Ok(())
}

fn check_expiration(expires: &Expiration, block: &BlockInfo) -> Result<(), AllowanceError> {
    if expires.is_expired(block) {
        return Err(AllowanceError::InvalidExpiration { expires: *expires });
    }
    Ok(())
}

/// `current` raised by `amount`; `expires`, when given, replaces the expiration and must
/// still lie ahead.
pub fn increase(
    current: Option<AllowanceResponse>,
    amount: Uint128,
    expires: Option<Expiration>,
    block: &BlockInfo,
) -> Result<AllowanceResponse, AllowanceError> {
    let mut allowance = current.unwrap_or_default();
    if let Some(expires) = expires {
        check_expiration(&expires, block)?;
        allowance.expires = expires;
    }
    allowance.allowance = allowance.allowance.checked_add(amount)?;
    Ok(allowance)
}

/// `current` lowered by `amount`, or `None` when nothing is left (the entry is removed).
/// `expires`, when given, must still lie ahead and replaces the expiration.
pub fn decrease(
    current: Option<AllowanceResponse>,
    amount: Uint128,
    expires: Option<Expiration>,
    block: &BlockInfo,
) -> Result<Option<AllowanceResponse>, AllowanceError> {
    let mut allowance = current.ok_or(AllowanceError::NoAllowance)?;
    if let Some(expires) = expires {
        check_expiration(&expires, block)?;
        allowance.expires = expires;
    }
    if amount >= allowance.allowance {
        return Ok(None);
    }
    allowance.allowance -= amount;
    Ok(Some(allowance))
}

/// What remains of `current` once its spender uses `amount`, or `None` when it is used
/// up (the entry is removed, unlike cw20-base which keeps a zero allowance).
pub fn spend(
    current: Option<AllowanceResponse>,
    amount: Uint128,
    block: &BlockInfo,
) -> Result<Option<AllowanceResponse>, AllowanceError> {
    let mut allowance = current.ok_or(AllowanceError::NoAllowance)?;
    if allowance.expires.is_expired(block) {
        return Err(AllowanceError::Expired {
            expires: allowance.expires,
        });
    }
    if amount > allowance.allowance {
        return Err(AllowanceError::InsufficientAllowance {
            allowance: allowance.allowance,
            needed: amount,
        });
    }
    allowance.allowance -= amount;
    Ok((!allowance.allowance.is_zero()).then_some(allowance))
}

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
    use cosmwasm_std::testing::{mock_env, MockApi};
    use cosmwasm_std::Binary;

    fn block() -> BlockInfo {
        mock_env().block
    }

    fn allowance(amount: u128, expires: Expiration) -> Option<AllowanceResponse> {
        Some(AllowanceResponse {
            allowance: Uint128::new(amount),
            expires,
        })
    }

    #[test]
    fn owners_cannot_approve_themselves() {
        let api = MockApi::default();
        let (alice, bob) = (api.addr_make("alice"), api.addr_make("bob"));
        check_spender(&alice, &bob).unwrap();
        assert_eq!(
            check_spender(&alice, &alice),
            Err(AllowanceError::CannotSetOwnAccount)
        );
    }

    #[test]
    fn increase_adds_and_replaces_a_future_expiration() {
        let later = Expiration::AtHeight(block().height + 10);
        let raised = increase(None, Uint128::new(5), Some(later), &block()).unwrap();
        assert_eq!(raised, allowance(5, later).unwrap());
        let raised = increase(Some(raised), Uint128::new(7), None, &block()).unwrap();
        assert_eq!(raised, allowance(12, later).unwrap());

        let past = Expiration::AtHeight(block().height);
        let err = increase(None, Uint128::new(5), Some(past), &block()).unwrap_err();
        assert_eq!(err, AllowanceError::InvalidExpiration { expires: past });
        let err = increase(
            allowance(u128::MAX, Expiration::Never {}),
            Uint128::one(),
            None,
            &block(),
        )
        .unwrap_err();
        assert!(matches!(err, AllowanceError::Overflow(_)));
    }

    #[test]
    fn decrease_lowers_or_removes() {
        let never = Expiration::Never {};
        let lowered = decrease(allowance(10, never), Uint128::new(4), None, &block()).unwrap();
        assert_eq!(lowered, allowance(6, never));
        assert_eq!(
            decrease(allowance(10, never), Uint128::new(10), None, &block()),
            Ok(None)
        );
        assert_eq!(
            decrease(None, Uint128::new(1), None, &block()),
            Err(AllowanceError::NoAllowance)
        );
        let past = Expiration::AtTime(block().time);
        assert_eq!(
            decrease(allowance(10, never), Uint128::one(), Some(past), &block()),
            Err(AllowanceError::InvalidExpiration { expires: past })
        );
    }

    #[test]
    fn spending_checks_expiry_and_amount() {
        let never = Expiration::Never {};
        assert_eq!(
            spend(allowance(10, never), Uint128::new(3), &block()),
            Ok(allowance(7, never))
        );
        assert_eq!(
            spend(allowance(10, never), Uint128::new(10), &block()),
            Ok(None)
        );
        assert_eq!(
            spend(allowance(10, never), Uint128::new(11), &block()),
            Err(AllowanceError::InsufficientAllowance {
                allowance: Uint128::new(10),
                needed: Uint128::new(11)
            })
        );
        let expired = Expiration::AtHeight(block().height);
        assert_eq!(
            spend(allowance(10, expired), Uint128::one(), &block()),
            Err(AllowanceError::Expired { expires: expired })
        );
        assert_eq!(
            spend(None, Uint128::one(), &block()),
            Err(AllowanceError::NoAllowance)
        );
    }

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
