//! Whether a fact file fits the batch engine, column by column, and its parsed columns.
//! Any cell the loader would reject, or read differently from the batch engine, makes the
//! file ineligible (`None`), and the reference engine then reports or handles it.

use crate::load::csv::MAX_VALUE;
use crate::model::period::YEARS;
use crate::model::Unit;
use polars::prelude::*;
use std::collections::HashMap;

/// Kind codes.
pub const ACTUAL: u8 = 0;
/// A stated growth rate.
pub const GROWTH: u8 = 1;
/// A target.
pub const TARGET: u8 = 2;

/// The parsed columns of an eligible file, by row.
pub struct Parsed {
    /// Kind code per row.
    pub kind: Vec<u8>,
    /// Year per row (every period is a plain year).
    pub year: Vec<i32>,
    /// Value per row.
    pub value: Vec<f64>,
    /// Index into `unit_names` per row.
    pub unit: Vec<u16>,
    /// Canonical spelling of each distinct unit.
    pub unit_names: Vec<String>,
    indicator: StringChunked,
    as_written: Option<StringChunked>,
    source: Option<StringChunked>,
}

impl Parsed {
    /// The indicator of row `i`.
    pub fn indicator(&self, i: usize) -> &str {
        self.indicator.get(i).unwrap_or("")
    }
    /// The trimmed `as_written` of row `i` ("" when absent).
    pub fn as_written(&self, i: usize) -> &str {
        self.as_written
            .as_ref()
            .and_then(|c| c.get(i))
            .unwrap_or("")
            .trim()
    }
    /// The trimmed `source` of row `i` ("" when absent).
    pub fn source(&self, i: usize) -> &str {
        self.source
            .as_ref()
            .and_then(|c| c.get(i))
            .unwrap_or("")
            .trim()
    }
}

fn col(df: &DataFrame, name: &str) -> Option<StringChunked> {
    df.column(name).ok().and_then(|c| c.str().ok()).cloned()
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

/// Parses and checks `df`; `None` when any row needs the reference engine.
pub fn parse(df: &DataFrame) -> Option<Parsed> {
    // Columns whose any value changes the arithmetic: must be empty throughout.
    for name in ["form", "direction", "base_period", "announced"] {
        if let Some(c) = col(df, name) {
            if c.iter().any(|v| v.is_some_and(|v| !v.is_empty())) {
                return None;
            }
        }
    }
    let (ids, regions, indicators) = (col(df, "id")?, col(df, "region")?, col(df, "indicator")?);
    for c in [&ids, &regions, &indicators] {
        if c.iter().any(|v| clean(v).is_none()) {
            return None;
        }
    }
    if df.column("id").ok()?.n_unique().ok()? != df.height() {
        return None; // the loader names the repeated id
    }
    let kind: Vec<u8> = col(df, "kind")?
        .iter()
        .map(|k| match k {
            Some("actual") => Some(ACTUAL),
            Some("growth") => Some(GROWTH),
            Some("target") => Some(TARGET),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let year: Vec<i32> = col(df, "period")?
        .iter()
        .map(|p| p.and_then(year))
        .collect::<Option<_>>()?;
    let value: Vec<f64> = col(df, "value")?
        .iter()
        .zip(&kind)
        .map(|(v, k)| {
            let v: f64 = clean(v)?.parse().ok()?;
            let ok = v.is_finite()
                && v.abs() <= MAX_VALUE
                && if *k == GROWTH { v > -100.0 } else { v >= 0.0 };
            ok.then_some(v)
        })
        .collect::<Option<_>>()?;
    let mut names: HashMap<String, Option<(u16, bool)>> = HashMap::new();
    let mut unit_names: Vec<String> = Vec::new();
    let mut unit = Vec::with_capacity(df.height());
    for (u, k) in col(df, "unit")?.iter().zip(&kind) {
        let u = clean(u)?;
        let code = match names.get(u) {
            Some(c) => *c,
            None => {
                let c = Unit::parse(u).ok().map(|p| {
                    let name = p.to_string();
                    let i = unit_names
                        .iter()
                        .position(|n| *n == name)
                        .unwrap_or_else(|| {
                            unit_names.push(name);
                            unit_names.len() - 1
                        });
                    (i as u16, p.is_percent())
                });
                names.insert(u.to_string(), c);
                c
            }
        };
        let (i, percent) = code?;
        if *k == GROWTH && !percent {
            return None;
        }
        unit.push(i);
    }
    if unit_names.len() > usize::from(u16::MAX) {
        return None;
    }
    if let Some(q) = col(df, "qualifier") {
        let ok = q.iter().zip(&kind).all(|(q, k)| {
            matches!(
                (q.unwrap_or(""), *k),
                ("" | "exact", _) | ("at_least" | "about" | "at_most", GROWTH)
            )
        });
        if !ok {
            return None;
        }
    }
    Some(Parsed {
        kind,
        year,
        value,
        unit,
        unit_names,
        indicator: indicators,
        as_written: col(df, "as_written"),
        source: col(df, "source"),
    })
}
