//! How the story prints its figures: ATOM with 6 decimals, rates, changes, short
//! addresses and chapter headers.

use cosmwasm_std::{Decimal, Decimal256};

/// Base units per ATOM.
const UNIT: u128 = 1_000_000;
/// Decimals shown for a rate.
const RATE_DECIMALS: usize = 12;

pub fn header(title: &str) {
    println!();
    println!("== {title}");
}

/// `uatom` as ATOM: `3,000.000000`.
pub fn atom(uatom: u128) -> String {
    format!("{}.{:06}", count(uatom / UNIT), uatom % UNIT)
}

/// A whole number in groups of three digits: `2,999,999,000`.
pub fn count(number: u128) -> String {
    let digits = number.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// The change from `before` to `after`, signed: `+4.109589` or `-1.000000`.
pub fn change(before: u128, after: u128) -> String {
    if after >= before {
        format!("+{}", atom(after - before))
    } else {
        format!("-{}", atom(before - after))
    }
}

/// The relative change from `before` to `after`: `-1.6667%`.
pub fn percent(before: u128, after: u128) -> String {
    relative(before as f64, after as f64)
}

/// The relative change between two rates.
pub fn rate_change(before: Decimal256, after: Decimal256) -> String {
    let float = |r: Decimal256| r.atomics().to_string().parse::<f64>().unwrap_or(0.0);
    relative(float(before), float(after))
}

fn relative(before: f64, after: f64) -> String {
    if before == 0.0 {
        return "n/a".to_string();
    }
    format!("{:+.4}%", (after - before) / before * 100.0)
}

/// A rate with a fixed number of decimals: `1.001027397260`.
pub fn rate(value: Decimal256) -> String {
    let text = value.to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut fraction = fraction.to_string();
    fraction.truncate(RATE_DECIMALS);
    format!("{whole}.{fraction:0<RATE_DECIMALS$}")
}

/// A fraction as a percentage: `0.1%`.
pub fn pct(value: Decimal) -> String {
    let hundred = Decimal::from_ratio(100u128, 1u128);
    value
        .checked_mul(hundred)
        .map_or_else(|_| value.to_string(), |p| format!("{p}%"))
}

/// The head and tail of a bech32 address: `cosmwasm1yxe0…k4jq`.
pub fn short(address: &str) -> String {
    match address.split_once('1') {
        Some((prefix, data)) if data.len() > 8 => {
            format!("{prefix}1{}…{}", &data[..4], &data[data.len() - 4..])
        }
        _ => address.to_string(),
    }
}

/// Seconds as days: `21.0 days`.
pub fn days(seconds: u64) -> String {
    format!("{:.1} days", seconds as f64 / 86_400.0)
}
