//! Sweep cells as polars frames, streamed chunk by chunk as CSV, Parquet or JSON.

use super::{compute, Cells, Grid, CHUNK};
use crate::assess::Scheme;
use crate::error::{Error, Result};
use crate::output::parquet::ParquetOut;
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
    Error::encode("the sweep's table", e)
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

fn chunks(grid: &Grid) -> Vec<(u64, u64)> {
    let total = grid.cells();
    let step = CHUNK as u64;
    (0..total.div_ceil(step))
        .map(|k| (k * step, ((k + 1) * step).min(total)))
        .collect()
}

/// Feeds `consume` every chunk in order while the next chunks are computed on another thread
/// (at most two chunks wait in the queue, so memory stays bounded).
fn pipelined(
    grid: &Grid,
    scheme: Scheme,
    consume: &mut dyn FnMut(Cells) -> Result<()>,
) -> Result<()> {
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Cells>(2);
        scope.spawn(move || {
            for (a, b) in chunks(grid) {
                if tx.send(compute(grid, a, b, scheme)).is_err() {
                    break;
                }
            }
        });
        for c in rx {
            consume(c)?;
        }
        Ok(())
    })
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

fn json_rows(c: &Cells, first: &mut bool, w: &mut dyn Write) -> std::io::Result<()> {
    for i in 0..c.base.len() {
        w.write_all(if *first { b"\n" } else { b",\n" })?;
        *first = false;
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
        serde_json::to_writer(&mut *w, &row)?;
    }
    Ok(())
}

/// Computes the whole grid a chunk at a time and writes it to `w`. Returns the cell count.
pub fn write(grid: &Grid, scheme: Scheme, format: SweepFormat, w: &mut dyn Write) -> Result<u64> {
    let io = |e: std::io::Error| Error::encode("the sweep", e);
    match format {
        SweepFormat::Parquet => {
            let schema = to_frame(&compute(grid, 0, 0, scheme))?
                .schema()
                .as_ref()
                .clone();
            // Each chunk one row group, its columns compressed on all cores while the next
            // chunk is computed.
            let mut out = ParquetOut::new(w, &schema, ParquetCompression::Snappy)?;
            pipelined(grid, scheme, &mut |c| {
                let df = to_frame(&c)?;
                out.write(df.height(), &out.encode(&df)?)
            })?;
            out.finish()?;
        }
        SweepFormat::Csv => {
            let mut header = true;
            pipelined(grid, scheme, &mut |c| {
                CsvWriter::new(&mut *w)
                    .include_header(std::mem::take(&mut header))
                    .finish(&mut to_frame(&c)?)
                    .map_err(err)
            })?;
        }
        SweepFormat::Json => {
            let mut first = true;
            w.write_all(b"[").map_err(io)?;
            pipelined(grid, scheme, &mut |c| {
                json_rows(&c, &mut first, &mut *w).map_err(io)
            })?;
            w.write_all(b"\n]\n").map_err(io)?;
        }
    }
    Ok(grid.cells())
}
