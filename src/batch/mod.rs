//! The batch report: a large fact file assessed on all cores, chunk by chunk.
//!
//! `reach report --data FILE -o out.parquet|csv` on a file of level targets (any number of
//! targets per series, by a plain year or with none, with any qualifier, in one unit; at
//! most one stated growth rate; any number of actuals in distinct plain years and the
//! targets' unit; the compound model; `--pace auto`) runs here: a plain file is parsed by the engine's own reader (`plain`), any
//! other through polars' reader, and one parallel pass checks every row (`eligible`); runs of
//! consecutive rows gather their numbers in file order (`runs`) and one parallel sort of their
//! keys groups them into series in the report's order (`series`); chunks of series are
//! assessed as the reference engine assesses them (`target`: the latest actual is the
//! baseline, the pace is the stated rate, else the rate observed from the earliest actual; a
//! row per target) and written straight into frame columns (`frame`), which the caller encodes
//! a window of chunks at a time ([`Chunks`]). Anything else (relative, share, cumulative or
//! rate targets, targets dated other than by a year, part-years, a year given twice, actuals
//! or targets in another unit, an input the loader would reject) returns
//! `None` and the reference engine ([`crate::assess::assess_all`]) runs instead, so a bad row
//! still gets its file:line:field error. The two agree cell for cell: `equivalence` checks it
//! on random files and `tests/it/batch.rs` through the CLI.

mod eligible;
#[cfg(test)]
mod equivalence;
mod frame;
mod plain;
mod runs;
mod series;
mod target;

use crate::assess::{Options, PacePref};
use crate::error::{Error, Result};
use crate::project::Model;
use eligible::Parsed;
use polars::prelude::*;
use rayon::prelude::*;
use series::Order;
use std::time::Instant;

/// Series per chunk (one Parquet row group each): small in tests so that stacking is
/// exercised.
const CHUNK: usize = if cfg!(test) {
    3
} else {
    crate::report::ROW_GROUP
};

fn err(e: PolarsError) -> Error {
    Error::encode("the report's table", e)
}

/// A file's series in report order, ready to be assessed a chunk of `CHUNK` series at a
/// time (each chunk one Parquet row group).
pub struct Chunks<'a> {
    parsed: &'a Parsed<'a>,
    order: &'a Order<'a>,
    opts: &'a Options,
    columns: &'a [&'a str],
}

impl Chunks<'_> {
    /// The number of chunks.
    pub fn len(&self) -> usize {
        self.order.series.len().div_ceil(CHUNK)
    }

    /// True when the file has no series.
    pub fn is_empty(&self) -> bool {
        self.order.series.is_empty()
    }

    /// Chunk `j`'s report frame (the report's columns, no rows, past the last chunk).
    pub fn frame(&self, j: usize) -> Result<DataFrame> {
        let n = self.order.series.len();
        let from = (j * CHUNK).min(n);
        let to = (from + CHUNK).min(n);
        frame::frame(self.parsed, self.order, from..to, self.opts, self.columns).map_err(err)
    }

    /// Writes the report to `w` as Parquet, a row group per chunk (see
    /// [`crate::report::write_chunks`]).
    pub fn write_parquet(&self, w: &mut dyn std::io::Write) -> Result<()> {
        let schema = self.frame(self.len())?.schema().as_ref().clone();
        crate::report::write_chunks(w, &schema, self.len(), &|j| self.frame(j))
    }

    /// Writes the report to `w` as CSV (see [`crate::report::csv_chunks`]); a file without
    /// targets still gets the header.
    pub fn write_csv(&self, w: &mut dyn std::io::Write) -> Result<()> {
        crate::report::csv_chunks(w, self.len().max(1), &|j| self.frame(j))
    }

    /// The whole report frame: the chunks assessed on all cores and stacked.
    pub fn stacked(&self) -> Result<DataFrame> {
        // At least one chunk, so a file without targets still has the report's columns.
        crate::report::stack(
            (0..self.len().max(1))
                .into_par_iter()
                .map(|j| self.frame(j))
                .collect::<Result<Vec<DataFrame>>>()?,
        )
    }
}

/// Runs the batch engine on `bytes` (the fact file `file`) for a report with `columns` (a
/// selection of [`crate::report::COLUMNS`]): `None` when the file or options need the
/// reference engine, else what `out` made of the file's chunks.
pub fn with_chunks<T>(
    file: &str,
    bytes: &[u8],
    opts: &Options,
    columns: &[&str],
    out: impl FnOnce(&Chunks) -> Result<T>,
) -> Result<Option<T>> {
    if opts.model != Model::Compound || opts.pace != PacePref::Auto {
        return Ok(None);
    }
    let t0 = Instant::now();
    if let Some(parsed) = plain::parse(bytes) {
        crate::timing("parsed (plain file)", t0);
        return ordered(&parsed, opts, columns, out, t0);
    }
    let (df, _) = crate::load::csv::read_frame(file, bytes)?;
    crate::timing("read", t0);
    let Some(parsed) = eligible::parse(&df) else {
        return Ok(None);
    };
    crate::timing("parsed", t0);
    ordered(&parsed, opts, columns, out, t0)
}

/// The report frame for `bytes` with `columns`, or `None` when the file or options need
/// the reference engine (see [`with_chunks`]).
pub fn report_frame(
    file: &str,
    bytes: &[u8],
    opts: &Options,
    columns: &[&str],
) -> Result<Option<DataFrame>> {
    with_chunks(file, bytes, opts, columns, |c| c.stacked())
}

/// Groups and orders parsed rows and hands their chunks to `out`; `None` when they need the
/// reference engine.
fn ordered<T>(
    parsed: &Parsed,
    opts: &Options,
    columns: &[&str],
    out: impl FnOnce(&Chunks) -> Result<T>,
    t0: Instant,
) -> Result<Option<T>> {
    let Some(order) = series::ordered(parsed) else {
        return Ok(None);
    };
    crate::timing("grouped", t0);
    if order
        .series
        .par_iter()
        .flatten()
        .any(|s| s.a.is_some_and(|a| a.unit != s.target.unit))
    {
        return Ok(None); // an actual in another unit is converted by the reference engine
    }
    let chunks = Chunks {
        parsed,
        order: &order,
        opts,
        columns,
    };
    let r = out(&chunks)?;
    crate::timing("assessed and written", t0);
    Ok(Some(r))
}
