//! The batch report: a large fact file assessed column by column on all cores.
//!
//! `reach report --data FILE -o out.parquet|csv` on a file of simple level targets (one target,
//! at most one actual and at most one stated growth rate per series; plain years; the compound
//! model) runs here: polars reads the file; one parallel pass parses and checks every row
//! ([`eligible`]); parallel sorts of hashes group the rows into series and put them in the
//! report's order ([`series`]); chunks of series are assessed with the reference engine's
//! functions and written straight into frame columns ([`frame`]), and the chunks are stacked
//! into one frame. Anything else (relative, share, cumulative, rate or dated targets,
//! milestones, several actuals, partial years, an input the loader would reject) returns
//! `None` and the reference engine ([`crate::assess::assess_all`]) runs instead, so a bad row
//! still gets its file:line:field error. The two agree cell for cell: `equivalence` checks it
//! on random files and `tests/it/batch.rs` through the CLI.

mod eligible;
#[cfg(test)]
mod equivalence;
mod frame;
mod plain;
mod series;

use crate::assess::{Options, PacePref};
use crate::error::{Error, Result};
use crate::project::Model;
use polars::prelude::*;
use rayon::prelude::*;
use std::time::Instant;

/// Series per chunk (one Parquet row group each): small in tests so that stacking is
/// exercised.
const CHUNK: usize = if cfg!(test) {
    3
} else {
    crate::report::ROW_GROUP
};

fn err(e: PolarsError) -> Error {
    Error::Output {
        path: "batch frame".into(),
        message: e.to_string(),
    }
}

/// The report frame for `bytes` with `columns` (a selection of [`crate::report::COLUMNS`]),
/// or `None` when the file or options need the reference engine.
pub fn report_frame(
    file: &str,
    bytes: &[u8],
    opts: &Options,
    columns: &[&str],
) -> Result<Option<DataFrame>> {
    if opts.model != Model::Compound || opts.pace != PacePref::Auto {
        return Ok(None);
    }
    let t0 = Instant::now();
    if let Some(parsed) = plain::parse(bytes) {
        crate::timing("parsed (plain file)", t0);
        return assess(&parsed, opts, columns, t0);
    }
    let (df, _) = crate::load::csv::read_frame(file, bytes)?;
    crate::timing("read", t0);
    let Some(parsed) = eligible::parse(&df) else {
        return Ok(None);
    };
    crate::timing("parsed", t0);
    assess(&parsed, opts, columns, t0)
}

/// The report frame of parsed rows, or `None` when they need the reference engine.
fn assess(
    parsed: &eligible::Parsed,
    opts: &Options,
    columns: &[&str],
    t0: Instant,
) -> Result<Option<DataFrame>> {
    let Some(order) = series::ordered(parsed) else {
        return Ok(None);
    };
    crate::timing("grouped", t0);
    if order
        .par_iter()
        .flatten()
        .any(|s| s.a.is_some_and(|a| a.unit != s.target.unit))
    {
        return Ok(None); // an actual in another unit is converted by the reference engine
    }
    let parts = order
        .par_chunks(CHUNK)
        .map(|c| frame::frame(parsed, c, opts, columns))
        .collect::<PolarsResult<Vec<DataFrame>>>()
        .map_err(err)?;
    crate::timing("assessed", t0);
    let mut parts = parts.into_iter();
    let Some(mut out) = parts.next() else {
        // No targets: the report's columns, no rows.
        return frame::frame(parsed, &[], opts, columns)
            .map(Some)
            .map_err(err);
    };
    for p in parts {
        out.vstack_mut_owned(p).map_err(err)?;
    }
    crate::timing("stacked", t0);
    Ok(Some(out))
}
