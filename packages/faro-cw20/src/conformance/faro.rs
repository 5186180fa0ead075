//! What a token built on this crate adds to cw20-base: every refusal is a typed error
//! carrying its figures, and an allowance's receipt tells the new allowance. Run only for
//! such tokens: cw20-base's errors carry no figures, and its receipts no allowance.

use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{Binary, OverflowError, OverflowOperation, Uint128};
use cw20::{Cw20ExecuteMsg, Expiration};
use cw_utils::PaymentError;

use super::marketing::{bad_logos, png, update};
use super::messages::transfer_from;
use super::messages::{burn, burn_from, decrease, increase, send, send_from, transfer};
use super::{addr, alice_allowing, attr, exec, rejected_at, stray_funds, Harness, OWNER};
use crate::{AllowanceError, Cw20Error, LogoError, Unauthorized, ZeroAmount, LOGO_SIZE_CAP};

/// The error of a token built on this crate.
pub trait FaroError: Cw20Error + PartialEq {}

impl<E: Cw20Error + PartialEq> FaroError for E {}

fn rejected<T: Harness>(token: &mut T, sender: &str, msg: Cw20ExecuteMsg) -> T::Error {
    rejected_at(token, mock_env(), sender, &[], msg)
}

fn allowance_error<E: FaroError>(error: AllowanceError) -> E {
    E::from(error)
}

pub fn movement_refusals_are_typed<T: Harness>()
where
    T::Error: FaroError,
{
    let mut token: T = alice_allowing(10, "pool", 10);
    let nothing = Binary::default();
    let by_holder = [
        transfer("bob", 0),
        send("vault", 0, nothing.clone()),
        burn(0),
    ];
    for msg in by_holder {
        assert_eq!(rejected(&mut token, "alice", msg), ZeroAmount.into());
    }
    let by_spender = [
        transfer_from("alice", "bob", 0),
        send_from("alice", "vault", 0, nothing),
        burn_from("alice", 0),
    ];
    for msg in by_spender {
        assert_eq!(rejected(&mut token, "pool", msg), ZeroAmount.into());
    }
    let paid = rejected_at(
        &mut token,
        mock_env(),
        "alice",
        &stray_funds(),
        transfer("bob", 1),
    );
    assert_eq!(paid, PaymentError::NonPayable {}.into());
}

pub fn allowance_refusals_are_typed<T: Harness>()
where
    T::Error: FaroError,
{
    let mut token = T::new();
    let own = allowance_error(AllowanceError::CannotSetOwnAccount);
    assert_eq!(
        rejected(&mut token, "alice", increase("alice", 1, None)),
        own
    );
    let own = allowance_error(AllowanceError::CannotSetOwnAccount);
    assert_eq!(rejected(&mut token, "alice", decrease("alice", 1)), own);
    let past = Expiration::AtHeight(mock_env().block.height);
    assert_eq!(
        rejected(&mut token, "alice", increase("bob", 1, Some(past))),
        allowance_error(AllowanceError::InvalidExpiration { expires: past })
    );
    assert_eq!(
        rejected(&mut token, "alice", decrease("bob", 1)),
        allowance_error(AllowanceError::NoAllowance)
    );
    exec(&mut token, "alice", increase("bob", u128::MAX, None)).unwrap();
    let overflow = OverflowError::new(OverflowOperation::Add);
    assert_eq!(
        rejected(&mut token, "alice", increase("bob", 1, None)),
        allowance_error(AllowanceError::Overflow(overflow))
    );
}

pub fn spending_refusals_carry_figures<T: Harness>()
where
    T::Error: FaroError,
{
    let mut token: T = alice_allowing(100, "pool", 60);
    // The allowance is checked before the balance.
    assert_eq!(
        rejected(&mut token, "pool", transfer_from("alice", "carol", 101)),
        allowance_error(AllowanceError::InsufficientAllowance {
            allowance: Uint128::new(60),
            needed: Uint128::new(101)
        })
    );
    assert_eq!(
        rejected(&mut token, "mallory", transfer_from("alice", "carol", 1)),
        allowance_error(AllowanceError::NoAllowance)
    );
    exec(
        &mut token,
        "pool",
        send_from("alice", "vault", 60, Binary::default()),
    )
    .unwrap();
    let spent = [
        send_from("alice", "vault", 1, Binary::default()),
        burn_from("alice", 1),
        transfer_from("alice", "carol", 1),
    ];
    for msg in spent {
        assert_eq!(
            rejected(&mut token, "pool", msg),
            allowance_error(AllowanceError::NoAllowance),
            "a spent allowance is gone"
        );
    }

    let soon = Expiration::AtHeight(mock_env().block.height + 1);
    exec(&mut token, "alice", increase("router", 5, Some(soon))).unwrap();
    let mut next_block = mock_env();
    next_block.block.height += 1;
    let spend = transfer_from("alice", "carol", 1);
    assert_eq!(
        rejected_at(&mut token, next_block, "router", &[], spend),
        allowance_error(AllowanceError::Expired { expires: soon })
    );
}

pub fn increase_and_decrease_report_the_new_allowance<T: Harness>()
where
    T::Error: FaroError,
{
    let mut token = T::new();
    let res = exec(&mut token, "alice", increase("bob", 100, None)).unwrap();
    assert_eq!(attr(&res, "allowance"), "100");
    let res = exec(&mut token, "alice", increase("bob", 50, None)).unwrap();
    assert_eq!(attr(&res, "allowance"), "150");
    let res = exec(&mut token, "alice", decrease("bob", 30)).unwrap();
    assert_eq!(attr(&res, "allowance"), "120");
}

pub fn marketing_refusals_are_typed<T: Harness>()
where
    T::Error: FaroError,
{
    let mut token = T::new();
    let stranger = |action| Unauthorized {
        sender: addr("mallory"),
        action,
    };
    assert_eq!(
        rejected(&mut token, "mallory", update(Some("x"), None)),
        stranger("update the marketing info").into()
    );
    assert_eq!(
        rejected(&mut token, "mallory", Cw20ExecuteMsg::UploadLogo(png(10))),
        stranger("upload a logo").into()
    );
    let expected = [
        LogoError::InvalidPngHeader,
        LogoError::LogoTooBig {
            size: LOGO_SIZE_CAP + 1,
        },
        LogoError::InvalidXmlPreamble,
    ];
    for (logo, error) in bad_logos().into_iter().zip(expected) {
        let upload = Cw20ExecuteMsg::UploadLogo(logo);
        assert_eq!(rejected(&mut token, OWNER, upload), error.into());
    }
}
