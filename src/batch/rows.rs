//! What the batch engine's readers make of a fact file: parsed rows with their series keys,
//! and where the text of their cells is read from afterwards.

use super::lines::Lines;
use crate::model::{Kind, Qualifier};
use polars::prelude::*;

/// A string column's one arrow array.
pub type Strs = <StringType as PolarsDataType>::Array;

/// The year of a target without one (the reference engine orders them after every year).
pub const OPEN: i32 = i32::MAX;

/// One parsed row.
#[derive(Clone, Copy, Default)]
pub struct Row {
    /// The series' sort key: [`key`] of (region, indicator).
    pub key: Key,
    /// Hash of the id.
    pub id: u64,
    /// Value in the row's unit.
    pub value: f64,
    /// Year (every period is a plain year).
    pub year: i32,
    /// Index into [`Parsed::unit_names`].
    pub unit: u16,
    /// The kind; `None` for a row the batch engine does not take (a relative target, a
    /// part-year, a bad cell …): its series goes to the reference engine, which also names
    /// any error in it.
    pub kind: Option<Kind>,
    /// Qualifier (a stated rate's; other rows are exact).
    pub qualifier: Qualifier,
}

/// Where the text of a row's cells is read from after parsing.
pub enum Cells<'a> {
    /// A polars frame's string columns, each one array.
    Frame {
        /// Id.
        id: &'a Strs,
        /// Region.
        region: &'a Strs,
        /// Indicator.
        indicator: &'a Strs,
        /// `as_written`, when the file has it.
        as_written: Option<&'a Strs>,
        /// `source`, when the file has it.
        source: Option<&'a Strs>,
    },
    /// A plain file's lines, split again on demand (see [`super::plain`]).
    Plain(Lines<'a>),
}

/// The parsed rows of an eligible file and its text columns.
pub struct Parsed<'a> {
    /// Row by row.
    pub rows: Vec<Row>,
    /// Canonical spelling of each distinct unit.
    pub unit_names: Vec<String>,
    /// The rows' text.
    pub cells: Cells<'a>,
}

impl Parsed<'_> {
    /// Region and indicator of row `i`.
    pub fn key(&self, i: usize) -> (&str, &str) {
        match &self.cells {
            Cells::Frame {
                region, indicator, ..
            } => (region.value(i), indicator.value(i)),
            Cells::Plain(l) => l.key(i),
        }
    }
    /// The id of row `i`.
    pub fn id(&self, i: usize) -> &str {
        match &self.cells {
            Cells::Frame { id, .. } => id.value(i),
            Cells::Plain(l) => l.id(i),
        }
    }
    /// The trimmed `as_written` of row `i` ("" when absent).
    pub fn as_written(&self, i: usize) -> &str {
        match &self.cells {
            Cells::Frame { as_written, .. } => as_written.and_then(|c| c.get(i)).unwrap_or(""),
            Cells::Plain(l) => l.as_written(i),
        }
        .trim()
    }
    /// The trimmed `source` of row `i` ("" when absent).
    pub fn source(&self, i: usize) -> &str {
        match &self.cells {
            Cells::Frame { source, .. } => source.and_then(|c| c.get(i)).unwrap_or(""),
            Cells::Plain(l) => l.source(i),
        }
        .trim()
    }
}

/// One row's cells as read (`None` or "" for an empty cell).
#[derive(Clone, Copy)]
pub struct RowCells<'a> {
    /// Id.
    pub id: Option<&'a str>,
    /// Kind.
    pub kind: Option<&'a str>,
    /// Region.
    pub region: Option<&'a str>,
    /// Indicator.
    pub indicator: Option<&'a str>,
    /// Period.
    pub period: Option<&'a str>,
    /// Value.
    pub value: Option<&'a str>,
    /// Unit.
    pub unit: Option<&'a str>,
    /// Qualifier.
    pub qualifier: Option<&'a str>,
}

/// The first 24 bytes of region ⧺ NUL ⧺ indicator, zero-padded, as three big-endian words:
/// keys order as the (region, indicator) pairs do, up to ties between long pairs. When the
/// last byte is zero the pair was at most 23 bytes long and the key is the whole pair, so
/// equal keys mean equal pairs; otherwise ties need the strings.
pub type Key = [u64; 3];

/// Whether `k` holds its whole pair (see [`Key`]).
pub fn whole(k: &Key) -> bool {
    k[2] & 0xff == 0
}
