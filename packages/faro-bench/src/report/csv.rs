//! The samples as CSV, one row each, for other tools.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

use crate::sample::Sample;

const HEADER: &str = "section,operation,scale,gas_used,gas_wanted,tx";

pub fn write(samples: &[Sample], path: &Path) -> Result<()> {
    std::fs::write(path, render(samples)).with_context(|| format!("writing {}", path.display()))
}

fn render(samples: &[Sample]) -> String {
    let mut text = format!("{HEADER}\n");
    for s in samples {
        let section = serde_json::to_value(s.section).unwrap_or_default();
        let section = section.as_str().unwrap_or_default();
        // Operation names are identifiers; nothing here needs quoting.
        let _ = writeln!(
            text,
            "{section},{},{},{},{},{}",
            s.operation, s.scale, s.gas_used, s.gas_wanted, s.tx
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::Section;

    #[test]
    fn one_row_per_sample_under_the_header() {
        let sample = Sample {
            section: Section::Anchor,
            operation: "cw20_base_transfer".to_string(),
            scale: 0,
            gas_used: 120_000,
            gas_wanted: 150_000,
            tx: "AB12".to_string(),
        };
        assert_eq!(
            render(&[sample]),
            "section,operation,scale,gas_used,gas_wanted,tx\n\
             anchor,cw20_base_transfer,0,120000,150000,AB12\n"
        );
    }
}
