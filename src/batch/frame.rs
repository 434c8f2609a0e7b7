//! One chunk of series assessed into a frame with the report's columns. Chunks run on all
//! cores; text is written straight into the columns' buffers, with no `String` per cell.

use super::order::Order;
use super::rows::{Parsed, OPEN};
use super::series::{Cell, Series};
use super::target::{assess, explain, Out};
use crate::assess::reason::push_year;
use crate::assess::{Options, PaceSource};
use polars::prelude::*;

/// Region and indicator out of a key's bytes when it holds the whole pair.
fn whole_pair(key: &[u8; 24]) -> Option<(&str, &str)> {
    if key[23] != 0 {
        return None;
    }
    let (region, rest) = key.split_at(key.iter().position(|b| *b == 0)?);
    let rest = &rest[1..];
    let indicator = &rest[..rest.iter().position(|b| *b == 0).unwrap_or(rest.len())];
    Some((
        std::str::from_utf8(region).ok()?,
        std::str::from_utf8(indicator).ok()?,
    ))
}

/// The report frame of the series `range` of `order` with `columns`, a selection of
/// [`crate::report::COLUMNS`] in the order wanted: a row per target (a series with several
/// targets gives one row for each, in the reference engine's order). Text nobody asked for
/// is not written.
pub fn frame<'a>(
    p: &'a Parsed,
    order: &Order<'a>,
    range: std::ops::Range<usize>,
    opts: &Options,
    columns: &[&str],
) -> PolarsResult<DataFrame> {
    let chunk = &order.series[range.clone()];
    if !order.several_in(range.clone()) {
        return rows(p, || chunk.iter().flatten(), opts, columns);
    }
    // Each target of a series with several: the series with that target's own cells.
    let mut all: Vec<Series> = Vec::with_capacity(chunk.len());
    for (j, s) in range.zip(chunk) {
        let Some(s) = s else { continue };
        match order.targets(j) {
            Some(targets) => all.extend(targets.iter().map(|&t| {
                let row = &p.rows[t as usize];
                Series {
                    t,
                    id: p.id(t as usize),
                    target: Cell::from(row),
                    tq: row.qualifier,
                    ..*s
                }
            })),
            None => all.push(*s),
        }
    }
    rows(p, || all.iter(), opts, columns)
}

/// The report frame of these rows (each a series with one of its targets).
fn rows<'a, 's, I>(
    p: &'a Parsed,
    chunk: impl Fn() -> I,
    opts: &Options,
    columns: &[&str],
) -> PolarsResult<DataFrame>
where
    'a: 's,
    I: Iterator<Item = &'s Series<'a>>,
{
    let n = chunk().count();
    let wants = |c: &str| columns.contains(&c);
    let text = |name: &str| StringChunkedBuilder::new(name.into(), n);
    let (mut stated_col, mut reason_col) = (text("target_stated"), text("reason"));
    let (mut stated, mut reason) = (String::new(), String::new());
    let (want_stated, want_reason) = (wants("target_stated"), wants("reason"));
    let outs: Vec<Out> = chunk()
        .map(|s| {
            let o = assess(*s, opts);
            if want_stated || want_reason {
                explain(
                    p,
                    *s,
                    &o,
                    opts,
                    &mut stated,
                    want_reason.then_some(&mut reason),
                );
                stated_col.append_value(&stated);
                reason_col.append_value(&reason);
            }
            o
        })
        .collect();
    let mut stated_col = Some(stated_col);
    let mut reason_col = Some(reason_col);
    let strs = |name: &str, get: &dyn Fn(&Series<'a>) -> &'a str| {
        let values = chunk().map(get);
        Column::from(StringChunked::from_iter_values(name.into(), values).into_series())
    };
    let f = |name: &str, get: &dyn Fn(&Out) -> Option<f64>| {
        Column::new(name.into(), outs.iter().map(get).collect::<Vec<_>>())
    };
    let fixed =
        |name: &str, v: &str| Column::from(StringChunked::full(name.into(), v, n).into_series());
    // Region and indicator from the key when it holds the whole pair, else from the text.
    let pair = |name: &str, second: bool| {
        let values = chunk().map(|s| {
            let (r, i) = whole_pair(&s.key).unwrap_or_else(|| p.key(s.t as usize));
            if second {
                i
            } else {
                r
            }
        });
        Column::from(StringChunked::from_iter_values(name.into(), values).into_series())
    };
    let column = |name: &str| -> PolarsResult<Column> {
        Ok(match name {
            "id" => strs(name, &|s| s.id),
            "region" => pair(name, false),
            "indicator" => pair(name, true),
            "unit" => Column::from(
                StringChunked::from_iter_values(
                    name.into(),
                    chunk().map(|s| p.unit_names[usize::from(s.target.unit)].as_str()),
                )
                .into_series(),
            ),
            "form" => fixed(name, "level"),
            "direction" => Column::from(
                StringChunked::from_iter_values(name.into(), chunk().map(|s| s.direction().name()))
                    .into_series(),
            ),
            "target_year" => Column::new(
                name.into(),
                chunk()
                    .map(|s| (s.target.year != OPEN).then_some(s.target.year))
                    .collect::<Vec<_>>(),
            ),
            "target_value" => Column::new(
                name.into(),
                chunk().map(|s| Some(s.target.value)).collect::<Vec<_>>(),
            ),
            "base_period" => {
                let mut year = String::new();
                let mut col = text(name);
                for s in chunk() {
                    match s.a {
                        Some(a) => {
                            year.clear();
                            push_year(&mut year, a.year);
                            col.append_value(&year);
                        }
                        None => col.append_null(),
                    }
                }
                Column::from(col.finish().into_series())
            }
            "base_value" => f(name, &|o| o.base_value),
            "pace" => f(name, &|o| o.pace),
            "claimed_growth" => f(name, &|o| o.claimed),
            "pace_source" => Column::from(
                StringChunked::from_iter_options(
                    name.into(),
                    outs.iter().map(|o| o.source().map(PaceSource::name)),
                )
                .into_series(),
            ),
            "observed_growth" => f(name, &|o| o.observed),
            "rate_unit" => fixed(name, "/yr"),
            "required_growth" => f(name, &|o| o.get(|k| k.required)),
            "projected_value" => f(name, &|o| o.get(|k| k.projected)),
            "gap" => f(name, &|o| o.get(|k| k.gap)),
            "gap_pct" => f(name, &|o| o.get(|k| k.gap_pct)),
            "reach_year" => Column::new(
                name.into(),
                outs.iter()
                    .map(|o| o.get(|k| k.reach_year))
                    .collect::<Vec<_>>(),
            ),
            "reach_year_exact" => f(name, &|o| o.get(|k| k.reach_exact)),
            "growth_ratio" => f(name, &|o| o.get(|k| k.ratio)),
            "verdict" => Column::from(
                StringChunked::from_iter_values(
                    name.into(),
                    outs.iter().map(|o| o.verdict().name()),
                )
                .into_series(),
            ),
            "source" => strs(name, &|s| p.source(s.t as usize)),
            _ => return Err(polars_err!(ColumnNotFound: "{name} is not a report column")),
        })
    };
    let twice = || polars_err!(Duplicate: "a report column is selected twice");
    let cols = columns
        .iter()
        .map(|&name| match name {
            "target_stated" => stated_col
                .take()
                .ok_or_else(twice)
                .map(|c| c.finish().into_series().into()),
            "reason" => reason_col
                .take()
                .ok_or_else(twice)
                .map(|c| c.finish().into_series().into()),
            _ => column(name),
        })
        .collect::<PolarsResult<Vec<Column>>>()?;
    DataFrame::new(n, cols)
}
