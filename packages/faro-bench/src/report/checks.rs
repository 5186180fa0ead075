//! What the figures must show: user operations flat in the number of holders, an epoch
//! linear in the number of operators and within a block at the largest operator set.

use crate::report::format::thousands;
use crate::report::series::{operations, series};
use crate::sample::{Sample, Section};

/// The most a user operation's gas may grow from the fewest holders to the most.
pub const MAX_HOLDER_GROWTH: f64 = 0.05;
/// The most an epoch's gas may stray from the straight line through its points, as a
/// share of the figure.
pub const MAX_LINEAR_DEVIATION: f64 = 0.10;
/// The block gas budget an epoch must fit in. The local chain sets no block limit, so the
/// check uses the Cosmos Hub's consensus `max_gas` of 40,000,000 as the reference.
pub const REFERENCE_BLOCK_GAS: u64 = 40_000_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub name: String,
    pub passed: bool,
    pub detail: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Verdict {
    pub checks: Vec<Check>,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|check| check.passed)
    }

    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|check| !check.passed)
    }
}

pub fn judge(samples: &[Sample]) -> Verdict {
    let mut checks = vec![];
    for operation in operations(samples, Section::Holders) {
        checks.extend(flat(
            operation,
            &series(samples, Section::Holders, operation),
        ));
    }
    for operation in operations(samples, Section::Operators) {
        let points = series(samples, Section::Operators, operation);
        checks.extend(linear(operation, &points));
        checks.extend(within_block(operation, &points));
    }
    Verdict { checks }
}

/// Growth from the smallest scale to the largest, at most [`MAX_HOLDER_GROWTH`].
fn flat(operation: &str, points: &[(u64, u64)]) -> Option<Check> {
    let (&(few, first), &(many, last)) = (points.first()?, points.last()?);
    if few == many {
        return None;
    }
    let growth = (last as f64 - first as f64) / first as f64;
    Some(Check {
        name: format!("{operation} is flat in holders"),
        passed: growth <= MAX_HOLDER_GROWTH,
        detail: format!(
            "{} gas at {few} holders, {} at {}: {:+.2}% (limit +{:.0}%)",
            thousands(first),
            thousands(last),
            thousands(many),
            growth * 100.0,
            MAX_HOLDER_GROWTH * 100.0
        ),
    })
}

/// Every point within [`MAX_LINEAR_DEVIATION`] of the least-squares line.
fn linear(operation: &str, points: &[(u64, u64)]) -> Option<Check> {
    if points.len() < 3 {
        return None;
    }
    let (slope, intercept) = least_squares(points);
    let worst = points
        .iter()
        .map(|&(x, y)| ((slope * x as f64 + intercept) - y as f64).abs() / y as f64)
        .fold(0.0, f64::max);
    Some(Check {
        name: format!("{operation} is linear in operators"),
        passed: worst <= MAX_LINEAR_DEVIATION,
        detail: format!(
            "{} gas per operator + {}; the farthest point is {:.1}% off the line (limit {:.0}%)",
            thousands(slope.round() as u64),
            thousands(intercept.max(0.0).round() as u64),
            worst * 100.0,
            MAX_LINEAR_DEVIATION * 100.0
        ),
    })
}

fn within_block(operation: &str, points: &[(u64, u64)]) -> Option<Check> {
    let &(most, gas) = points.last()?;
    Some(Check {
        name: format!("{operation} fits a block at {most} operators"),
        passed: gas <= REFERENCE_BLOCK_GAS,
        detail: format!(
            "{} gas, {:.1}% of a {}-gas block",
            thousands(gas),
            gas as f64 * 100.0 / REFERENCE_BLOCK_GAS as f64,
            thousands(REFERENCE_BLOCK_GAS)
        ),
    })
}

/// `(slope, intercept)` of the least-squares line through `points`.
fn least_squares(points: &[(u64, u64)]) -> (f64, f64) {
    let n = points.len() as f64;
    let mean_x = points.iter().map(|&(x, _)| x as f64).sum::<f64>() / n;
    let mean_y = points.iter().map(|&(_, y)| y as f64).sum::<f64>() / n;
    let (mut covariance, mut variance) = (0.0, 0.0);
    for &(x, y) in points {
        covariance += (x as f64 - mean_x) * (y as f64 - mean_y);
        variance += (x as f64 - mean_x).powi(2);
    }
    let slope = if variance == 0.0 {
        0.0
    } else {
        covariance / variance
    };
    (slope, mean_y - slope * mean_x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::tests::{sample, series};

    /// A transfer's gas at 1, 100 and 10,000 holders.
    fn holders(gas: [u64; 3]) -> Vec<Sample> {
        series(Section::Holders, "transfer", &[1, 100, 10_000], &gas)
    }

    /// An epoch's gas at 1, 10, 50 and 100 operators.
    fn epochs(gas: [u64; 4]) -> Vec<Sample> {
        series(Section::Operators, "advance_epoch", &[1, 10, 50, 100], &gas)
    }

    #[test]
    fn growth_up_to_five_percent_is_flat_and_beyond_is_not() {
        assert!(judge(&holders([100_000, 101_000, 105_000])).passed());
        let verdict = judge(&holders([100_000, 101_000, 105_001]));
        assert!(!verdict.passed());
        assert_eq!(verdict.failures().count(), 1);
        assert!(verdict.checks[0].detail.contains("+5.00%"));
    }

    #[test]
    fn a_straight_epoch_within_a_block_passes_and_a_curved_one_fails() {
        let straight = epochs([1_100_000, 2_000_000, 6_000_000, 11_000_000]);
        let verdict = judge(&straight);
        assert!(verdict.passed(), "{verdict:?}");
        assert_eq!(verdict.checks.len(), 2);

        let curved = epochs([1_000_000, 1_100_000, 5_000_000, 39_000_000]);
        assert!(!judge(&curved).passed());
        let too_big = epochs([1_000_000, 4_600_000, 20_600_000, 40_600_000]);
        let verdict = judge(&too_big);
        assert_eq!(verdict.failures().count(), 1);
        assert!(verdict
            .failures()
            .all(|check| check.name.contains("fits a block")));
    }

    #[test]
    fn a_single_scale_is_not_judged() {
        let one = [sample(Section::Holders, "bond", 1, 10)];
        assert!(judge(&one).checks.is_empty());
    }
}
