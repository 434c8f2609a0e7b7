//! One chunk of series assessed into a frame with the report's columns. Chunks run on all
//! cores; text is written straight into the columns' buffers, with no `String` per cell.

use super::order::Order;
use super::rows::{Parsed, OPEN};
use super::series::{Cell, Series};
use super::target::{assess, explain, Out};
use crate::assess::reason::push_year;
use crate::assess::{Options, PaceSource};
use crate::report::Col;
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
/// [`Col::ALL`] in the order wanted: a row per target (a series with several
/// targets gives one row for each, in the reference engine's order). Text nobody asked for
/// is not written.
pub fn frame<'a>(
    p: &'a Parsed,
    order: &Order<'a>,
    range: std::ops::Range<usize>,
    opts: &Options,
    columns: &[Col],
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
    columns: &[Col],
) -> PolarsResult<DataFrame>
where
    'a: 's,
    I: Iterator<Item = &'s Series<'a>>,
{
    let n = chunk().count();
    let wants = |c: Col| columns.contains(&c);
    let text = |name: &str| StringChunkedBuilder::new(name.into(), n);
    let (mut stated_col, mut reason_col) = (text("target_stated"), text("reason"));
    let (mut stated, mut reason) = (String::new(), String::new());
    let (want_stated, want_reason) = (wants(Col::TargetStated), wants(Col::Reason));
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
    let twice = || polars_err!(Duplicate: "a report column is selected twice");
    let cols = columns
        .iter()
        .map(|&c| match c {
            Col::TargetStated => stated_col
                .take()
                .ok_or_else(twice)
                .map(|c| c.finish().into_series().into()),
            Col::Reason => reason_col
                .take()
                .ok_or_else(twice)
                .map(|c| c.finish().into_series().into()),
            _ => column(p, &chunk, &outs, c),
        })
        .collect::<PolarsResult<Vec<Column>>>()?;
    DataFrame::new(n, cols)
}

/// Column `c` of the report frame of these rows, whose assessments are `outs` (the text the
/// assessment writes, `target_stated` and `reason`, is made in [`rows`]).
fn column<'a, 's, I>(
    p: &'a Parsed,
    chunk: &impl Fn() -> I,
    outs: &[Out],
    c: Col,
) -> PolarsResult<Column>
where
    'a: 's,
    I: Iterator<Item = &'s Series<'a>>,
{
    let n = outs.len();
    let text = |name: &str| StringChunkedBuilder::new(name.into(), n);
    let strs = |name: &str, get: &dyn Fn(&Series<'a>) -> &'a str| {
        let values = chunk().map(get);
        Column::from(StringChunked::from_iter_values(name.into(), values).into_series())
    };
    let f = |name: &str, get: &dyn Fn(&Out) -> Option<f64>| {
        let values = outs.iter().map(|o| get(o).map(crate::model::plain_zero));
        Column::new(name.into(), values.collect::<Vec<_>>())
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
    let name = c.name();
    Ok(match c {
        Col::Id => strs(name, &|s| s.id),
        Col::Region => pair(name, false),
        Col::Indicator => pair(name, true),
        Col::Unit => Column::from(
            StringChunked::from_iter_values(
                name.into(),
                chunk().map(|s| p.unit_names[usize::from(s.target.unit)].as_str()),
            )
            .into_series(),
        ),
        Col::Form => fixed(name, "level"),
        Col::Direction => Column::from(
            StringChunked::from_iter_values(name.into(), chunk().map(|s| s.direction().name()))
                .into_series(),
        ),
        Col::TargetYear => Column::new(
            name.into(),
            chunk()
                .map(|s| (s.target.year != OPEN).then_some(s.target.year))
                .collect::<Vec<_>>(),
        ),
        Col::TargetValue => Column::new(
            name.into(),
            chunk().map(|s| Some(s.target.value)).collect::<Vec<_>>(),
        ),
        Col::BasePeriod => {
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
        Col::BaseValue => f(name, &|o| o.base_value),
        Col::Pace => f(name, &|o| o.pace),
        Col::ClaimedGrowth => f(name, &|o| o.claimed),
        Col::PaceSource => Column::from(
            StringChunked::from_iter_options(
                name.into(),
                outs.iter().map(|o| o.source().map(PaceSource::name)),
            )
            .into_series(),
        ),
        Col::ObservedGrowth => f(name, &|o| o.observed),
        Col::RateUnit => fixed(name, "/yr"),
        Col::RequiredGrowth => f(name, &|o| o.get(|k| k.required)),
        Col::ProjectedValue => f(name, &|o| o.get(|k| k.projected)),
        Col::Gap => f(name, &|o| o.get(|k| k.gap)),
        Col::GapPct => f(name, &|o| o.get(|k| k.gap_pct)),
        Col::ReachYear => Column::new(
            name.into(),
            outs.iter()
                .map(|o| o.get(|k| k.reach_year))
                .collect::<Vec<_>>(),
        ),
        Col::ReachYearExact => f(name, &|o| o.get(|k| k.reach_exact)),
        Col::GrowthRatio => f(name, &|o| o.get(|k| k.ratio)),
        Col::Verdict => Column::from(
            StringChunked::from_iter_values(name.into(), outs.iter().map(|o| o.verdict().name()))
                .into_series(),
        ),
        Col::Source => strs(name, &|s| p.source(s.t as usize)),
        Col::TargetStated | Col::Reason => {
            return Err(polars_err!(ComputeError: "{name} is written while assessing"))
        }
    })
}
