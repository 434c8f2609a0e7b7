//! The batch report: a large fact file assessed on all cores, chunk by chunk.
//!
//! `reach report --data FILE -o out.parquet|csv` runs here (with the compound model and
//! `--pace auto`). A plain file is parsed by the engine's own reader (`plain`, `lines`), any
//! other through polars' reader, into rows (`rows`), each checked by one rule (`eligible`).
//! Runs of consecutive rows gather their numbers in file order (`runs`) and one parallel sort
//! of their keys groups them into series in the report's order (`order`, `series`). Chunks
//! of series are assessed by the shared kernel (`target`: the latest actual is the baseline,
//! the pace is the stated rate, else the rate observed from the earliest actual; a row per
//! target) and written straight into frame columns (`frame`), which the caller encodes a
//! window of chunks at a time ([`Chunks`]).
//!
//! A series the engine does not take (any relative, share, cumulative or rate target, a
//! period other than a plain year, a year given twice, figures in two units, more than 16
//! targets or actuals, a bad cell) goes alone to the reference engine: the file's other lines
//! become comments, so the loader's errors keep their file:line, and its rows are merged into
//! the chunks in report order. A file polars' reader reads with such a series, repeated ids,
//! another model or pace, or a file that cannot be keyed go to the reference engine whole
//! (`None`). The two engines agree cell for cell: `equivalence` checks it on random files and
//! `tests/it/batch.rs` through the CLI.

mod eligible;
#[cfg(test)]
mod equivalence;
mod frame;
mod lines;
mod order;
mod plain;
mod rows;
mod runs;
mod series;
mod target;

use crate::assess::{Options, PacePref};
use crate::error::{Error, Result};
use crate::project::Model;
use crate::report::Col;
use order::Order;
use polars::prelude::*;
use rayon::prelude::*;
use rows::Parsed;
use std::time::Instant;

/// Series per chunk for reports (one Parquet row group each).
pub const CHUNK: usize = crate::output::parquet::ROW_GROUP;

fn err(e: PolarsError) -> Error {
    Error::encode("the report's table", e)
}

/// A file's series in report order, ready to be assessed a chunk of `size` series at a
/// time (each chunk one Parquet row group).
pub struct Chunks<'a> {
    size: usize,
    parsed: &'a Parsed<'a>,
    order: &'a Order<'a>,
    opts: &'a Options,
    columns: &'a [Col],
    reference: Option<ReferenceRows>,
}

/// The series the batch engine leaves to the reference engine, assessed by it.
struct ReferenceRows {
    /// Their report rows, in report order, with the report's columns.
    frame: DataFrame,
    /// (first row in `frame`, rows) of each series in [`Order::foreign`], in its order.
    spans: Vec<(usize, usize)>,
}

impl ReferenceRows {
    /// Loads the lines of the foreign series (as the loader loads any file, so errors name
    /// the file and line) and assesses them.
    fn new(file: &str, p: &Parsed, order: &Order, opts: &Options, columns: &[Col]) -> Result<Self> {
        let rows::Cells::Plain(lines) = &p.cells else {
            return Err(Error::Internal(
                "foreign series in a file read by polars".into(),
            ));
        };
        let facts = crate::load::csv::read_facts(file, &lines.masked(&order.foreign_rows))?;
        crate::load::check_unique(&facts)?;
        crate::load::check_conflicts(&facts)?;
        let rows = crate::assess::assess_all(&facts, opts);
        let mut spans = Vec::with_capacity(order.foreign.len());
        let mut at = 0;
        for &(_, row) in &order.foreign {
            let key = p.key(row as usize);
            let start = at;
            while rows
                .get(at)
                .is_some_and(|a| (a.region.as_str(), a.indicator.as_str()) == key)
            {
                at += 1;
            }
            spans.push((start, at - start));
        }
        if at != rows.len() {
            return Err(Error::Internal(format!(
                "{} report rows of the reference engine belong to no series",
                rows.len() - at
            )));
        }
        let frame = crate::report::select(&crate::report::to_frame(&rows)?, columns)?;
        Ok(ReferenceRows { frame, spans })
    }
}

impl Chunks<'_> {
    /// The number of chunks.
    pub fn len(&self) -> usize {
        self.order.series.len().div_ceil(self.size)
    }

    /// True when the file has no series.
    pub fn is_empty(&self) -> bool {
        self.order.series.is_empty()
    }

    /// Chunk `j`'s report frame (the report's columns, no rows, past the last chunk).
    pub fn frame(&self, j: usize) -> Result<DataFrame> {
        let n = self.order.series.len();
        let from = (j * self.size).min(n);
        let to = (from + self.size).min(n);
        let batch = frame::frame(self.parsed, self.order, from..to, self.opts, self.columns)
            .map_err(err)?;
        let foreign = self.order.foreign_in(from..to);
        match &self.reference {
            Some(r) if !foreign.is_empty() => self.merge(batch, r, from..to, foreign),
            _ => Ok(batch),
        }
    }

    /// The rows of the series `range`: the batch engine's (`batch`) and the reference
    /// engine's (the series `foreign` of [`Order::foreign`]), each series in its place.
    fn merge(
        &self,
        batch: DataFrame,
        r: &ReferenceRows,
        range: std::ops::Range<usize>,
        foreign: std::ops::Range<usize>,
    ) -> Result<DataFrame> {
        let spans = &r.spans[foreign.clone()];
        let first = spans[0].0;
        let last = spans[spans.len() - 1];
        let theirs = r.frame.slice(first as i64, last.0 + last.1 - first);
        let nb = batch.height();
        let mut order: Vec<IdxSize> = Vec::with_capacity(nb + theirs.height());
        let (mut ours, mut next) = (0, foreign.start);
        for j in range {
            if self
                .order
                .foreign
                .get(next)
                .is_some_and(|f| f.0 as usize == j)
            {
                let (start, len) = r.spans[next];
                order.extend((start..start + len).map(|i| (nb + i - first) as IdxSize));
                next += 1;
            } else if self.order.series[j].is_some() {
                let k = self.order.targets(j).map_or(1, <[u32]>::len);
                order.extend((ours..ours + k).map(|i| i as IdxSize));
                ours += k;
            }
        }
        let both = batch.vstack(&theirs).map_err(err)?;
        both.take(&IdxCa::from_vec(PlSmallStr::EMPTY, order))
            .map_err(err)
    }

    /// Writes the report to `w` as Parquet, a row group per chunk (see
    /// `crate::output::parquet::write_chunks`).
    pub fn write_parquet(&self, w: &mut dyn std::io::Write) -> Result<()> {
        let schema = self.frame(self.len())?.schema().as_ref().clone();
        crate::output::parquet::write_chunks(w, &schema, self.len(), &|j| self.frame(j))
    }

    /// Writes the report to `w` as CSV (see `crate::output::csv::csv_chunks`); a file without
    /// targets still gets the header.
    pub fn write_csv(&self, w: &mut dyn std::io::Write) -> Result<()> {
        crate::output::csv::csv_chunks(w, self.len().max(1), &|j| self.frame(j))
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
/// selection of [`Col::ALL`]): `None` when the file or options need the
/// reference engine, else what `out` made of the file's chunks.
pub fn with_chunks<T>(
    file: &str,
    bytes: &[u8],
    opts: &Options,
    (columns, size): (&[Col], usize),
    out: impl FnOnce(&Chunks) -> Result<T>,
) -> Result<Option<T>> {
    if opts.model != Model::Compound
        || opts.pace != PacePref::Auto
        || opts.reference != crate::assess::Reference::Latest
    {
        return Ok(None);
    }
    let t0 = Instant::now();
    // The plain reader refuses text the loader refuses; a file for polars' reader is scanned.
    if let Some(parsed) = plain::parse(bytes) {
        crate::timing("parsed (plain file)", t0);
        return ordered(file, &parsed, opts, (columns, size), out, t0);
    }
    // Text in another encoding (GB18030) is decoded by the loader: the reference engine's
    // (a plain file's bytes were found UTF-8 above).
    if simdutf8::basic::from_utf8(bytes).is_err() || may_hold_bad_text(bytes) {
        return Ok(None);
    }
    let (df, _) = crate::load::csv::read_frame(file, bytes)?;
    crate::timing("read", t0);
    let Some(parsed) = eligible::parse(&df) else {
        return Ok(None);
    };
    crate::timing("parsed", t0);
    ordered(file, &parsed, opts, (columns, size), out, t0)
}

/// The report frame for `bytes` with `columns`, or `None` when the file or options need
/// the reference engine (see [`with_chunks`]).
pub fn report_frame(
    file: &str,
    bytes: &[u8],
    opts: &Options,
    (columns, size): (&[Col], usize),
) -> Result<Option<DataFrame>> {
    with_chunks(file, bytes, opts, (columns, size), |c| c.stacked())
}

/// Whether a file's bytes may hold text the loader refuses (a control byte other than a line
/// break, or a noncharacter; see [`crate::model::schema::text_problem`]) or composes
/// ([`crate::model::schema::may_change_under_nfc`]: two spellings of one name are one series to
/// the loader): one scan on all cores.
fn may_hold_bad_text(bytes: &[u8]) -> bool {
    use rayon::prelude::*;
    const PIECE: usize = 1 << 20;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let finders = ["\u{fffe}", "\u{ffff}", "\u{feff}"].map(memchr::memmem::Finder::new);
    (0..bytes.len().div_ceil(PIECE)).into_par_iter().any(|i| {
        // Pieces overlap by three bytes, so a character across a cut is seen whole.
        let piece = &bytes[i * PIECE..((i + 1) * PIECE + 3).min(bytes.len())];
        piece
            .iter()
            .any(|b| *b < 0x20 && !matches!(b, b'\n' | b'\r'))
            || finders.iter().any(|f| f.find(piece).is_some())
            || crate::model::schema::may_change_under_nfc(piece)
    })
}

/// Groups and orders parsed rows and hands their chunks to `out`; `None` when they need the
/// reference engine.
fn ordered<T>(
    file: &str,
    parsed: &Parsed,
    opts: &Options,
    (columns, size): (&[Col], usize),
    out: impl FnOnce(&Chunks) -> Result<T>,
    t0: Instant,
) -> Result<Option<T>> {
    let Some(order) = order::ordered(parsed) else {
        return Ok(None);
    };
    crate::timing("grouped", t0);
    let reference = if order.foreign.is_empty() {
        None
    } else {
        let r = ReferenceRows::new(file, parsed, &order, opts, columns)?;
        crate::timing("the reference engine's series", t0);
        Some(r)
    };
    let chunks = Chunks {
        size: size.max(1),
        parsed,
        order: &order,
        opts,
        columns,
        reference,
    };
    let r = out(&chunks)?;
    crate::timing("assessed and written", t0);
    Ok(Some(r))
}
