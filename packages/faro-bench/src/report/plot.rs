//! The scaling plots, as PNG: gas against holders (log scale), operators and provers.

use std::path::Path;

use anyhow::{anyhow, Context, Result};
use plotters::coord::ranged1d::ValueFormatter;
use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};

use crate::report::format::thousands;
use crate::report::series::{operations, series};
use crate::sample::{Sample, Section};

/// Debian's `fonts-dejavu-core`, which `scripts/bench.sh` installs.
const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const SIZE: (u32, u32) = (900, 540);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plot {
    pub section: Section,
    pub title: String,
    /// The PNG's file name, in the report's `benchmarks/` directory.
    pub file: String,
}

/// One plot per scaling section that has samples at two scales or more.
pub fn draw(samples: &[Sample], dir: &Path) -> Result<Vec<Plot>> {
    let mut plots = vec![];
    for (section, title, axis, file) in [
        (
            Section::Holders,
            "Gas against holders",
            "holders",
            "holders.png",
        ),
        (
            Section::Operators,
            "Epoch gas against operators",
            "operators",
            "operators.png",
        ),
        (
            Section::Provers,
            "Prover pool gas against active provers",
            "active provers",
            "provers.png",
        ),
    ] {
        let lines: Vec<(&str, Vec<(u64, u64)>)> = operations(samples, section)
            .into_iter()
            .map(|name| (name, series(samples, section, name)))
            .filter(|(_, points)| points.len() > 1)
            .collect();
        if lines.is_empty() {
            continue;
        }
        register_font_once()?;
        let path = dir.join(file);
        let log_x = section == Section::Holders;
        chart(&path, title, axis, log_x, &lines)
            .map_err(|err| anyhow!("drawing {}: {err}", path.display()))?;
        plots.push(Plot {
            section,
            title: title.to_string(),
            file: file.to_string(),
        });
    }
    Ok(plots)
}

fn register_font_once() -> Result<()> {
    static FONT_BYTES: std::sync::OnceLock<&'static [u8]> = std::sync::OnceLock::new();
    if FONT_BYTES.get().is_some() {
        return Ok(());
    }
    let bytes = std::fs::read(FONT)
        .with_context(|| format!("reading the plot font {FONT} (Debian: fonts-dejavu-core)"))?;
    let bytes: &'static [u8] = FONT_BYTES.get_or_init(|| bytes.leak());
    register_font("sans-serif", FontStyle::Normal, bytes)
        .map_err(|_| anyhow!("{FONT} is not a font plotters can read"))
}

type Lines<'a> = [(&'a str, Vec<(u64, u64)>)];

fn chart(
    path: &Path,
    title: &str,
    axis: &str,
    log_x: bool,
    lines: &Lines,
) -> Result<(), Box<dyn std::error::Error>> {
    let root = BitMapBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let max_x = lines
        .iter()
        .flat_map(|(_, p)| p.iter().map(|&(x, _)| x))
        .max()
        .unwrap_or(1);
    let max_y = lines
        .iter()
        .flat_map(|(_, p)| p.iter().map(|&(_, y)| y))
        .max()
        .unwrap_or(1);
    let y_range = 0f64..(max_y as f64 * 1.15);
    let mut builder = ChartBuilder::on(&root);
    builder
        .caption(title, ("sans-serif", 24))
        .margin(16)
        .x_label_area_size(44)
        .y_label_area_size(90);
    if log_x {
        let x_range = (1f64..(max_x as f64 * 2.0)).log_scale();
        finish(builder.build_cartesian_2d(x_range, y_range)?, axis, lines)?;
    } else {
        let x_range = 0f64..(max_x as f64 * 1.05);
        finish(builder.build_cartesian_2d(x_range, y_range)?, axis, lines)?;
    }
    root.present()?;
    Ok(())
}

/// The grid, one line per operation and the legend.
fn finish<'a, X, Y>(
    mut chart: ChartContext<'a, BitMapBackend<'a>, Cartesian2d<X, Y>>,
    axis: &str,
    lines: &Lines,
) -> Result<(), Box<dyn std::error::Error>>
where
    X: Ranged<ValueType = f64> + ValueFormatter<f64>,
    Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
{
    chart
        .configure_mesh()
        .x_desc(axis)
        .y_desc("gas used")
        .x_label_formatter(&|x| thousands(x.round() as u64))
        .y_label_formatter(&|y| thousands(y.round() as u64))
        .draw()?;
    for (i, (name, points)) in lines.iter().enumerate() {
        let color = Palette99::pick(i).to_rgba();
        let xy: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x as f64, y as f64)).collect();
        chart
            .draw_series(LineSeries::new(xy.clone(), color.stroke_width(2)))?
            .label(*name)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], color.stroke_width(2)));
        chart.draw_series(xy.into_iter().map(|p| Circle::new(p, 4, color.filled())))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::LowerRight)
        .draw()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::tests::sample;

    #[test]
    fn draws_a_png_per_section_with_two_scales_or_more() {
        let dir = std::env::temp_dir().join(format!("faro-bench-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let samples = [
            sample(Section::Holders, "transfer", 1, 131_000),
            sample(Section::Holders, "transfer", 100, 131_500),
            sample(Section::Holders, "transfer", 10_000, 132_000),
            sample(Section::Operators, "advance_epoch", 1, 1_000_000),
        ];
        let plots = draw(&samples, &dir).unwrap();
        assert_eq!(plots.len(), 1);
        let png = std::fs::read(dir.join("holders.png")).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
