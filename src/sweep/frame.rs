//! Sweep cells as polars frames, streamed chunk by chunk as CSV, Parquet or JSON.

use super::{compute, Cells, Grid, CHUNK};
use crate::assess::Scheme;
use crate::error::{Error, Result};
use polars::prelude::*;
use std::io::Write;

/// Sweep output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SweepFormat {
    /// CSV with a header.
    Csv,
    /// Apache Parquet.
    Parquet,
    /// A JSON array of objects.
    Json,
}

fn err(e: PolarsError) -> Error {
    Error::Output {
        path: "sweep".into(),
        message: e.to_string(),
    }
}

/// One chunk of cells as a frame.
pub fn to_frame(c: &Cells) -> Result<DataFrame> {
    let n = c.base.len();
    DataFrame::new(
        n,
        vec![
            Column::new("base".into(), &c.base),
            Column::new("base_year".into(), &c.base_year),
            Column::new("growth".into(), &c.growth),
            Column::new("target".into(), &c.target),
            Column::new("target_year".into(), &c.target_year),
            Column::new("projected".into(), &c.projected),
            Column::new("gap".into(), &c.gap),
            Column::new("required_growth".into(), &c.required_growth),
            Column::new("reach_year_exact".into(), &c.reach_year_exact),
            Column::new("reach_year".into(), &c.reach_year),
            Column::new(
                "verdict".into(),
                c.verdict.iter().map(|v| v.name()).collect::<Vec<&str>>(),
            ),
        ],
    )
    .map_err(err)
}

fn chunks(grid: &Grid) -> impl Iterator<Item = (u64, u64)> {
    let total = grid.cells();
    (0..total.div_ceil(CHUNK as u64))
        .map(move |k| (k * CHUNK as u64, ((k + 1) * CHUNK as u64).min(total)))
}

#[derive(serde::Serialize)]
struct Row<'a> {
    base: f64,
    base_year: f64,
    growth: f64,
    target: f64,
    target_year: f64,
    projected: Option<f64>,
    gap: Option<f64>,
    required_growth: Option<f64>,
    reach_year_exact: Option<f64>,
    reach_year: Option<i32>,
    verdict: &'a str,
}

/// Computes the whole grid a chunk at a time and writes it to `w`. Returns the cell count.
pub fn write(grid: &Grid, scheme: Scheme, format: SweepFormat, w: &mut dyn Write) -> Result<u64> {
    let io = |e: std::io::Error| Error::Output {
        path: "sweep".into(),
        message: e.to_string(),
    };
    let mut first = true;
    match format {
        SweepFormat::Parquet => {
            let schema = to_frame(&compute(grid, 0, 0, scheme))?
                .schema()
                .as_ref()
                .clone();
            let mut bw = ParquetWriter::new(w).batched(&schema).map_err(err)?;
            for (a, b) in chunks(grid) {
                bw.write_batch(&to_frame(&compute(grid, a, b, scheme))?)
                    .map_err(err)?;
            }
            bw.finish().map_err(err)?;
        }
        SweepFormat::Csv => {
            for (a, b) in chunks(grid) {
                let mut df = to_frame(&compute(grid, a, b, scheme))?;
                CsvWriter::new(&mut *w)
                    .include_header(first)
                    .finish(&mut df)
                    .map_err(err)?;
                first = false;
            }
        }
        SweepFormat::Json => {
            w.write_all(b"[").map_err(io)?;
            for (a, b) in chunks(grid) {
                let c = compute(grid, a, b, scheme);
                for i in 0..c.base.len() {
                    w.write_all(if first { b"\n" } else { b",\n" })
                        .map_err(io)?;
                    first = false;
                    let row = Row {
                        base: c.base[i],
                        base_year: c.base_year[i],
                        growth: c.growth[i],
                        target: c.target[i],
                        target_year: c.target_year[i],
                        projected: c.projected[i],
                        gap: c.gap[i],
                        required_growth: c.required_growth[i],
                        reach_year_exact: c.reach_year_exact[i],
                        reach_year: c.reach_year[i],
                        verdict: c.verdict[i].name(),
                    };
                    serde_json::to_writer(&mut *w, &row).map_err(|e| io(e.into()))?;
                }
            }
            w.write_all(b"\n]\n").map_err(io)?;
        }
    }
    Ok(grid.cells())
}
