//! `BENCHMARKS.md`: every figure in a table, the plots, the checks and the artifact sizes.

use std::fmt::Write as _;

use crate::report::checks::{Verdict, REFERENCE_BLOCK_GAS};
use crate::report::format::thousands;
use crate::report::plot::Plot;
use crate::report::series::{operations, series};
use crate::report::sizes::ArtifactSize;
use crate::sample::{Sample, Section};

/// Operations set beside the chain's floor for the same kind of action.
const AGAINST_FLOOR: [(&str, &str); 2] = [
    ("transfer", "cw20_base_transfer"),
    ("bond", "native_delegate"),
];

pub fn render(
    samples: &[Sample],
    sizes: &[ArtifactSize],
    verdict: &Verdict,
    plots: &[Plot],
) -> String {
    let mut md = String::new();
    md.push_str(
        "# Benchmarks\n\n\
         Gas each operation costs on a real chain: the local chain of `scripts/localnet.sh`\n\
         (wasmd on the Cosmos SDK LSM fork; see `docs/chain.md`), with the contracts of\n\
         `artifacts/`. Every figure is the chain's own `gas_used` for one transaction.\n\
         Produced by `scripts/bench.sh`; the samples are in `benchmarks/gas.csv`.\n",
    );
    operations_table(&mut md, samples);
    floors(&mut md, samples);
    for (section, title, scale) in [
        (Section::Holders, "Scaling with holders", "holders"),
        (Section::Operators, "Scaling with operators", "operators"),
        (Section::Provers, "Scaling with provers", "active provers"),
    ] {
        scaling(&mut md, samples, section, title, scale, plots);
    }
    checks(&mut md, verdict);
    artifact_sizes(&mut md, sizes);
    md
}

fn operations_table(md: &mut String, samples: &[Sample]) {
    let names = operations(samples, Section::Operation);
    if names.is_empty() {
        return;
    }
    md.push_str("\n## Gas per operation\n\n| operation | gas used |\n|---|---:|\n");
    for name in names {
        for (_, gas) in series(samples, Section::Operation, name) {
            let _ = writeln!(md, "| {name} | {} |", thousands(gas));
        }
    }
}

fn floors(md: &mut String, samples: &[Sample]) {
    let names = operations(samples, Section::Anchor);
    if names.is_empty() {
        return;
    }
    md.push_str(
        "\n## Against the chain's floors\n\n\
         The same kind of action without Faro: a plain cw20-base transfer and a native\n\
         delegation, measured in the same run.\n\n| floor | gas used |\n|---|---:|\n",
    );
    for name in &names {
        if let Some(&(_, gas)) = series(samples, Section::Anchor, name).first() {
            let _ = writeln!(md, "| {name} | {} |", thousands(gas));
        }
    }
    let gas_of = |section, name| series(samples, section, name).first().map(|&(_, gas)| gas);
    for (operation, floor) in AGAINST_FLOOR {
        if let (Some(ours), Some(base)) = (
            gas_of(Section::Operation, operation),
            gas_of(Section::Anchor, floor),
        ) {
            let _ = writeln!(
                md,
                "\n{operation}: {} gas, {:.2}× {floor} ({}).",
                thousands(ours),
                ours as f64 / base as f64,
                thousands(base)
            );
        }
    }
}

fn scaling(
    md: &mut String,
    samples: &[Sample],
    section: Section,
    title: &str,
    scale: &str,
    plots: &[Plot],
) {
    let names = operations(samples, section);
    if names.is_empty() {
        return;
    }
    let mut scales: Vec<u64> = samples
        .iter()
        .filter(|s| s.section == section)
        .map(|s| s.scale)
        .collect();
    scales.sort_unstable();
    scales.dedup();
    let _ = write!(md, "\n## {title}\n\n| operation \\ {scale} |");
    for n in &scales {
        let _ = write!(md, " {} |", thousands(*n));
    }
    md.push_str("\n|---|");
    md.push_str(&"---:|".repeat(scales.len()));
    md.push('\n');
    for name in names {
        let points = series(samples, section, name);
        let _ = write!(md, "| {name} |");
        for n in &scales {
            match points.iter().find(|(at, _)| at == n) {
                Some(&(_, gas)) => {
                    let _ = write!(md, " {} |", thousands(gas));
                }
                None => md.push_str(" – |"),
            }
        }
        md.push('\n');
    }
    for plot in plots.iter().filter(|plot| plot.section == section) {
        let _ = writeln!(md, "\n![{}](benchmarks/{})", plot.title, plot.file);
    }
}

fn checks(md: &mut String, verdict: &Verdict) {
    if verdict.checks.is_empty() {
        return;
    }
    let _ = write!(
        md,
        "\n## Checks\n\nThe bench fails when one fails. An epoch must fit a reference block of \
         {} gas.\n\n",
        thousands(REFERENCE_BLOCK_GAS)
    );
    for check in &verdict.checks {
        let mark = if check.passed { "pass" } else { "FAIL" };
        let _ = writeln!(md, "- {mark}: {} — {}", check.name, check.detail);
    }
}

fn artifact_sizes(md: &mut String, sizes: &[ArtifactSize]) {
    if sizes.is_empty() {
        return;
    }
    md.push_str("\n## Artifact sizes\n\n| contract | bytes | KB |\n|---|---:|---:|\n");
    for size in sizes {
        let _ = writeln!(
            md,
            "| {} | {} | {:.1} |",
            size.contract,
            thousands(size.bytes),
            size.bytes as f64 / 1024.0
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::checks::judge;
    use crate::sample::tests::{sample, series};

    #[test]
    fn every_section_with_samples_gets_its_table() {
        let mut samples = vec![
            sample(Section::Operation, "transfer", 0, 131_709),
            sample(Section::Operation, "bond", 0, 400_000),
            sample(Section::Anchor, "cw20_base_transfer", 0, 100_000),
        ];
        samples.extend(series(
            Section::Holders,
            "transfer",
            &[1, 10_000],
            &[131_000, 132_000],
        ));
        let sizes = [ArtifactSize {
            contract: "hub".to_string(),
            bytes: 401_051,
        }];
        let md = render(&samples, &sizes, &judge(&samples), &[]);
        assert!(md.contains("| transfer | 131,709 |"), "{md}");
        assert!(md.contains("transfer: 131,709 gas, 1.32× cw20_base_transfer (100,000)."));
        assert!(md.contains("| operation \\ holders | 1 | 10,000 |"));
        assert!(md.contains("| transfer | 131,000 | 132,000 |"));
        assert!(md.contains("- pass: transfer is flat in holders"));
        assert!(md.contains("| hub | 401,051 | 391.7 |"));
        assert!(!md.contains("Scaling with operators"));
    }
}
