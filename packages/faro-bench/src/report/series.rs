//! Samples of one operation across scales, as the checks and the plots read them.

use crate::sample::{Sample, Section};

/// `(scale, gas_used)` of `operation` in `section`, by increasing scale; samples at the
/// same scale are averaged.
pub fn series(samples: &[Sample], section: Section, operation: &str) -> Vec<(u64, u64)> {
    let mut points: Vec<(u64, Vec<u64>)> = vec![];
    let mut matching: Vec<&Sample> = samples
        .iter()
        .filter(|s| s.section == section && s.operation == operation)
        .collect();
    matching.sort_by_key(|s| s.scale);
    for sample in matching {
        match points.last_mut() {
            Some((scale, gas)) if *scale == sample.scale => gas.push(sample.gas_used),
            _ => points.push((sample.scale, vec![sample.gas_used])),
        }
    }
    points
        .into_iter()
        .map(|(scale, gas)| (scale, gas.iter().sum::<u64>() / gas.len() as u64))
        .collect()
}

/// The operations measured in `section`, in order of first appearance.
pub fn operations(samples: &[Sample], section: Section) -> Vec<&str> {
    let mut names: Vec<&str> = vec![];
    for sample in samples.iter().filter(|s| s.section == section) {
        if !names.contains(&sample.operation.as_str()) {
            names.push(&sample.operation);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::tests::sample;

    #[test]
    fn points_are_ordered_by_scale_and_repeats_averaged() {
        let samples = [
            sample(Section::Holders, "bond", 100, 210),
            sample(Section::Holders, "transfer", 1, 5),
            sample(Section::Holders, "bond", 1, 200),
            sample(Section::Holders, "bond", 100, 230),
        ];
        assert_eq!(
            series(&samples, Section::Holders, "bond"),
            [(1, 200), (100, 220)]
        );
        assert_eq!(operations(&samples, Section::Holders), ["bond", "transfer"]);
        assert!(series(&samples, Section::Operators, "bond").is_empty());
    }
}
