//! Whether a fact file fits the batch engine, and its parsed rows. Any cell the loader would
//! reject, or read differently from the batch engine, makes the file ineligible (`None`), and
//! the reference engine then reports or handles it. One parallel pass over the rows.

use crate::load::csv::MAX_VALUE;
use crate::model::period::YEARS;
use crate::model::Unit;
use foldhash::fast::FixedState;
use polars::prelude::*;
use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::BuildHasher;

/// A string column's one arrow array.
pub type Strs = <StringType as PolarsDataType>::Array;

/// Kind codes.
pub const ACTUAL: u8 = 0;
/// A stated growth rate.
pub const GROWTH: u8 = 1;
/// A target.
pub const TARGET: u8 = 2;

/// One parsed row.
#[derive(Clone, Copy)]
pub struct Row {
    /// Hash of (region, indicator): rows of one series share it.
    pub series: u64,
    /// Hash of the id.
    pub id: u64,
    /// Value in the row's unit.
    pub value: f64,
    /// Year (every period is a plain year).
    pub year: i32,
    /// Index into [`Parsed::unit_names`].
    pub unit: u16,
    /// Kind code.
    pub kind: u8,
}

/// The parsed rows of an eligible file and its text columns.
pub struct Parsed<'a> {
    /// Row by row.
    pub rows: Vec<Row>,
    /// Canonical spelling of each distinct unit.
    pub unit_names: Vec<String>,
    /// Text columns by name, each one array.
    pub id: &'a Strs,
    /// Region.
    pub region: &'a Strs,
    /// Indicator.
    pub indicator: &'a Strs,
    as_written: Option<&'a Strs>,
    source: Option<&'a Strs>,
}

impl Parsed<'_> {
    /// Region and indicator of row `i`.
    pub fn key(&self, i: usize) -> (&str, &str) {
        (self.region.value(i), self.indicator.value(i))
    }
    /// The trimmed `as_written` of row `i` ("" when absent).
    pub fn as_written(&self, i: usize) -> &str {
        self.as_written.and_then(|c| c.get(i)).unwrap_or("").trim()
    }
    /// The trimmed `source` of row `i` ("" when absent).
    pub fn source(&self, i: usize) -> &str {
        self.source.and_then(|c| c.get(i)).unwrap_or("").trim()
    }
}

fn col<'a>(df: &'a DataFrame, name: &str) -> Option<&'a Strs> {
    let ca = df.column(name).ok()?.str().ok()?;
    match ca.downcast_iter().collect::<Vec<_>>().as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// An optional column: `Some(None)` when absent, `None` when present but not one string array.
fn optional<'a>(df: &'a DataFrame, name: &str) -> Option<Option<&'a Strs>> {
    match df.column(name) {
        Ok(_) => col(df, name).map(Some),
        Err(_) => Some(None),
    }
}

/// A cell with no surrounding whitespace (the loader trims; the batch engine does not).
fn clean(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty() && s.trim() == *s)
}

fn year(s: &str) -> Option<i32> {
    let y = (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse::<i32>().ok())
        .flatten()?;
    YEARS.contains(&y).then_some(y)
}

fn kind(k: Option<&str>) -> Option<u8> {
    match k? {
        "actual" => Some(ACTUAL),
        "growth" => Some(GROWTH),
        "target" => Some(TARGET),
        _ => None,
    }
}

/// Unit spelling → (code into the canonical names, is a percentage).
type UnitCodes = HashMap<String, (u16, bool)>;

/// The distinct units of the file: their codes and canonical names.
fn units(df: &DataFrame) -> Option<(UnitCodes, Vec<String>)> {
    let distinct = df.column("unit").ok()?.unique().ok()?;
    let mut codes = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    for u in distinct.str().ok()?.iter() {
        let u = clean(u)?;
        let parsed = Unit::parse(u).ok()?;
        let name = parsed.to_string();
        let i = names.iter().position(|n| *n == name).unwrap_or_else(|| {
            names.push(name);
            names.len() - 1
        });
        codes.insert(u.to_string(), (u16::try_from(i).ok()?, parsed.is_percent()));
    }
    Some((codes, names))
}

/// Parses and checks `df` (read by [`crate::load::csv::read_frame`], one chunk per column);
/// `None` when any row needs the reference engine.
pub fn parse(df: &DataFrame) -> Option<Parsed<'_>> {
    // Columns whose any value changes the arithmetic: must be empty throughout.
    for name in ["form", "direction", "base_period", "announced"] {
        if let Some(c) = optional(df, name)? {
            if c.iter().any(|v| v.is_some_and(|v| !v.is_empty())) {
                return None;
            }
        }
    }
    let (codes, unit_names) = units(df)?;
    let (ids, regions, indicators) = (col(df, "id")?, col(df, "region")?, col(df, "indicator")?);
    let (kinds, periods, values, unit) = (
        col(df, "kind")?,
        col(df, "period")?,
        col(df, "value")?,
        col(df, "unit")?,
    );
    let qualifier = optional(df, "qualifier")?;
    let hasher = FixedState::with_seed(0x5eed);
    let rows = (0..df.height())
        .into_par_iter()
        .with_min_len(1 << 14)
        .map(|i| {
            let (id, region, indicator) = (
                clean(ids.get(i))?,
                clean(regions.get(i))?,
                clean(indicators.get(i))?,
            );
            let kind = kind(kinds.get(i))?;
            let year = year(periods.get(i)?)?;
            let value: f64 = clean(values.get(i))?.parse().ok()?;
            let ok = value.is_finite()
                && value.abs() <= MAX_VALUE
                && if kind == GROWTH {
                    value > -100.0
                } else {
                    value >= 0.0
                };
            let &(unit, percent) = codes.get(unit.get(i)?)?;
            let q = qualifier.and_then(|q| q.get(i)).unwrap_or("");
            let q_ok = matches!(
                (q, kind),
                ("" | "exact", _) | ("at_least" | "about" | "at_most", GROWTH)
            );
            (ok && q_ok && (kind != GROWTH || percent)).then(|| Row {
                series: hasher.hash_one((region, indicator)),
                id: hasher.hash_one(id),
                value,
                year,
                unit,
                kind,
            })
        })
        .collect::<Option<Vec<Row>>>()?;
    Some(Parsed {
        rows,
        unit_names,
        id: ids,
        region: regions,
        indicator: indicators,
        as_written: optional(df, "as_written")?,
        source: optional(df, "source")?,
    })
}
