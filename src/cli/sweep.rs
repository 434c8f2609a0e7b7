//! `reach sweep`.

use super::common::AssessArgs;
use super::facts::SeriesArgs;
use crate::chart::{png, svg, Heatmap};
use crate::error::{Error, Result};
use crate::model::period::YEARS;
use crate::model::schema::MAX_RATE;
use crate::output::{write_atomic, Format, Sink};
use crate::sweep::frame::{write, SweepFormat};
use crate::sweep::{around, parse_range, parse_rate_range, Grid, MAX_CELLS};
use std::path::PathBuf;

/// Arguments of `reach sweep`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    assess: AssessArgs,
    /// Baseline values: start:stop:step, a comma list, or one value.
    #[arg(long, value_name = "RANGE", allow_hyphen_values = true)]
    base: Option<String>,
    /// Baseline years.
    #[arg(long, value_name = "RANGE", allow_hyphen_values = true)]
    base_year: Option<String>,
    /// Growth rates: 10%:30%:0.25% or 0.10:0.30:0.0025 (a bare number must be below 1).
    #[arg(long, value_name = "RANGE", allow_hyphen_values = true)]
    growth: Option<String>,
    /// Target values (a range), or targets with their year: 千亿@2026 (repeatable).
    #[arg(long, value_name = "RANGE|FIGURE@YEAR", allow_hyphen_values = true)]
    target: Vec<String>,
    #[command(flatten)]
    series: SeriesArgs,
    /// Target years (2024:2030:1).
    #[arg(long, value_name = "RANGE", allow_hyphen_values = true)]
    target_year: Option<String>,
    /// Allow grids over 10⁸ cells.
    #[arg(long)]
    force: bool,
    /// Start CSV output with a UTF-8 byte-order mark (Excel on Chinese Windows then reads it
    /// as UTF-8).
    #[arg(long)]
    bom: bool,
    /// Output: table (each cell with its projection and verdict for a small grid; the required
    /// and the smallest grid growth per target year for a large one), csv, parquet, json, xlsx (at most 1,048,575 cells).
    /// Default: from -o, else table.
    #[arg(long, short = 'f')]
    format: Option<String>,
    /// Output file; `-` for stdout.
    #[arg(long, short = 'o', default_value = "-")]
    output: String,
    /// Also draw the heatmap (growth × target year) into DIR.
    #[arg(long, value_name = "DIR")]
    chart: Option<PathBuf>,
    #[command(flatten)]
    look: super::chart::LookArgs,
}

fn axis(flag: &str, raw: &Option<String>, default: Vec<f64>) -> Result<Vec<f64>> {
    match raw {
        Some(r) => parse_range(r).map_err(|e| Error::usage(flag, e)),
        None if default.is_empty() => Err(Error::usage(
            flag,
            "is required without --id, --actual or a target written FIGURE@YEAR (千亿@2026)",
        )),
        None => Ok(default),
    }
}

fn grid(a: &Args) -> Result<(Grid, String)> {
    let asked = a.series.asked(
        &a.target,
        &a.assess.ids,
        "one range of values (600:1200:100)",
    )?;
    let (range, given, ids) = (asked.plain, asked.facts, asked.ids);
    let (mut b, mut by, mut g, mut t, mut ty, mut title) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        "reach sweep".to_string(),
    );
    if !ids.is_empty() {
        let rows = AssessArgs {
            ids,
            ..a.assess.clone()
        }
        .run_with(given)?
        .rows;
        let first = around(&rows[0]);
        for r in &rows {
            let x = around(r);
            if (x.base, x.base_year) != (first.base, first.base_year) {
                return Err(Error::usage(
                    "--id",
                    format!(
                        "{} and {} start from different baselines; sweep targets of one series",
                        rows[0].id, r.id
                    ),
                ));
            }
            t.extend(x.target);
            ty.extend(x.target_year);
        }
        (b, by, g) = (
            first.base.into_iter().collect(),
            first.base_year.into_iter().collect(),
            first.growth.into_iter().collect(),
        );
        let r = &rows[0];
        title = format!("{} {} ({})", r.region, r.indicator, r.unit);
    } else if let (Some((value, t)), Some(f)) = (asked.latest, given.first()) {
        b.push(value);
        by.push(t);
        title = format!("{} {} ({})", f.region, f.indicator, f.unit);
    }
    let dedup = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.dedup();
        v
    };
    let (t, ty) = (dedup(t), dedup(ty));
    let grid = Grid {
        base: axis("--base", &a.base, b)?,
        base_year: axis("--base-year", &a.base_year, by)?,
        // Without a growth the table still says what growth each target year needs.
        growth: match (&a.growth, g) {
            (Some(r), _) => parse_rate_range(r).map_err(|e| Error::usage("--growth", e))?,
            (None, g) => g,
        },
        target: axis("--target", &range, t)?,
        target_year: axis("--target-year", &a.target_year, ty)?,
        model: a.assess.options()?.model,
    };
    if grid.growth.iter().any(|g| !(*g > -1.0 && *g <= MAX_RATE)) {
        return Err(Error::usage(
            "--growth",
            format!(
                "rates must be above -1 (-100 %) and at most {MAX_RATE} ({} %)",
                MAX_RATE * 100.0
            ),
        ));
    }
    for (flag, years) in [
        ("--base-year", &grid.base_year),
        ("--target-year", &grid.target_year),
    ] {
        if let Some(y) = years
            .iter()
            .find(|y| !(f64::from(*YEARS.start())..=f64::from(*YEARS.end())).contains(*y))
        {
            return Err(Error::usage(
                flag,
                format!(
                    "{y}: expected a year from {} to {}",
                    YEARS.start(),
                    YEARS.end()
                ),
            ));
        }
    }
    if grid.base.iter().chain(&grid.target).any(|v| *v <= 0.0) {
        return Err(Error::usage(
            if grid.base.iter().any(|v| *v <= 0.0) {
                "--base"
            } else {
                "--target"
            },
            "values must be positive",
        ));
    }
    let cells = grid.cells();
    if cells > MAX_CELLS && !a.force {
        return Err(Error::usage(
            "--force",
            format!("the grid has {cells} cells, over {MAX_CELLS}; narrow a range or pass --force"),
        ));
    }
    Ok((grid, title))
}

/// What `reach sweep` writes, the default first.
const FORMATS: [Format; 5] = [
    Format::Table,
    Format::Csv,
    Format::Parquet,
    Format::Json,
    Format::Xlsx,
];

/// Runs `reach sweep`.
pub fn run(a: Args) -> Result<()> {
    // Checked before any work: a bad --width is not found after a long run.
    let look = a.look.look()?;
    let sink = Sink::parse(&a.output);
    let chosen = Format::resolve(a.format.as_deref(), &sink, &FORMATS)?;
    let format = match chosen {
        Format::Csv => Some(SweepFormat::Csv),
        Format::Parquet => Some(SweepFormat::Parquet),
        Format::Json => Some(SweepFormat::Json),
        _ => None,
    };
    sink.check_not_input(&a.assess.data, "--output")?;
    let bom = crate::output::csv::bom(a.bom, chosen)?;
    let options = a.assess.options()?;
    let (scheme, lang) = (options.scheme, options.lang);
    let (grid, title) = grid(&a)?;
    match format {
        None if chosen == Format::Xlsx => {
            let cells = grid.cells();
            if grid.growth.is_empty() || cells > crate::output::xlsx::MAX_ROWS as u64 {
                return Err(Error::usage(
                    "--format",
                    format!("an Excel sheet takes 1 to {} cells (this grid has {cells}, growth rates needed); write csv or parquet", crate::output::xlsx::MAX_ROWS),
                ));
            }
            let df = crate::sweep::frame::to_frame(&crate::sweep::compute(&grid, 0, cells, scheme))?;
            sink.write(&crate::output::xlsx::workbook(
                &df,
                lang.pick("网格", "grid"),
                &[],
                lang,
            )?)?
        }
        None => sink.write(crate::report::sweep::table(&grid, scheme, lang).as_bytes())?,
        Some(_) if grid.growth.is_empty() => {
            return Err(Error::usage(
                "--growth",
                "cells need growth rates (20% or 0.2, or a range); without them the table gives the growth each target year needs",
            ))
        }
        Some(f) => sink.write_with(&mut |w| {
            crate::output::csv::write_bom(w, bom)?;
            write(&grid, scheme, f, w).map(|_| ())
        })?,
    }
    if let Some(dir) = &a.chart {
        crate::output::ensure_dir(dir)?;
        let map = Heatmap::new(&grid, &title);
        write_atomic(&dir.join("sweep-heatmap.png"), &png(&map, &look)?)?;
        write_atomic(&dir.join("sweep-heatmap.svg"), svg(&map, &look)?.as_bytes())?;
    }
    Ok(())
}
