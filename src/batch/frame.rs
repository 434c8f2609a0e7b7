//! One chunk of series assessed into a frame with the report's columns. Chunks run on all
//! cores and are stacked; text is written straight into the columns' buffers, with no
//! `String` per cell.

use super::eligible::Parsed;
use super::series::Series;
use crate::assess::level::MIN_OBSERVED_SPAN;
use crate::assess::{as_of_phrase, meets, push_rate, Options, Verdict};
use crate::model::fixed::{push_digits, push_fixed};
use crate::model::{push_num, Direction, Qualifier};
use crate::project::{first_whole_year, Model};
use polars::prelude::*;
use std::fmt::Write;

/// Which of the reference engine's cases a target falls in (it picks the reason's wording).
#[derive(Clone, Copy, PartialEq)]
enum Case {
    NoBaseline,
    Achieved,
    Missed,
    NoPace,
    Paced,
}

/// One assessed target: the report's computed numbers, and the target row's cells that the
/// columns need (gathered once: rows are read in report order, far apart in memory).
#[derive(Clone, Copy)]
struct Out {
    level: f64,
    year: i32,
    unit: u16,
    key: [u8; 24],
    base_value: Option<f64>,
    pace: Option<f64>,
    required: Option<f64>,
    projected: Option<f64>,
    gap: Option<f64>,
    gap_pct: Option<f64>,
    reach_year: Option<i32>,
    reach_exact: Option<f64>,
    ratio: Option<f64>,
    verdict: Verdict,
    case: Case,
}

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

/// Appends a year as `{y}` would (years here are non-negative: four digits when parsed, or
/// a reach year after them).
fn push_year(out: &mut String, y: i32) {
    if y < 0 {
        out.push('-');
    }
    push_digits(out, u64::from(y.unsigned_abs()), 1);
}

/// The level-target arithmetic of [`crate::assess::level::assess`] for the simple case:
/// compound model, baseline = the one actual, pace = the stated rate.
fn assess(s: Series, opts: &Options) -> Out {
    let model = Model::Compound;
    let t = s.target;
    let (level, year) = (t.value, t.year);
    let mut key = [0u8; 24];
    for (b, w) in key.chunks_exact_mut(8).zip(s.key) {
        b.copy_from_slice(&w.to_be_bytes());
    }
    let mut o = Out {
        level,
        year,
        unit: t.unit,
        key,
        base_value: None,
        pace: None,
        required: None,
        projected: None,
        gap: None,
        gap_pct: None,
        reach_year: None,
        reach_exact: None,
        ratio: None,
        verdict: Verdict::NotAssessable,
        case: Case::NoBaseline,
    };
    let Some(a) = s.a else {
        return o;
    };
    let (bt, bv, tt) = (f64::from(a.year), a.value, f64::from(year));
    o.base_value = Some(bv);
    let pace = s.g.map(|g| g / 100.0);
    o.pace = pace;
    let req = model.pace_between((bt, bv), (tt, level));
    o.required = req;
    if let Some(pc) = pace {
        o.projected = model.project((bt, bv), pc, tt);
        o.gap = o.projected.map(|v| v - level);
        o.gap_pct = o.gap.filter(|_| level != 0.0).map(|g| g / level);
        o.ratio = req
            .filter(|r| *r != 0.0)
            .map(|r| pc / r)
            .filter(|x| x.is_finite());
        o.reach_exact = model.reach_time((bt, bv), pc, level);
        o.reach_year = o.reach_exact.and_then(first_whole_year);
    }
    (o.case, o.verdict) = if meets(bv, level, Qualifier::Exact, Direction::Increase) {
        (Case::Achieved, Verdict::Achieved)
    } else if bt >= tt - 1e-9 {
        (Case::Missed, Verdict::Missed)
    } else {
        match o.ratio.filter(|_| o.projected.is_some() && pace.is_some()) {
            Some(ratio) => (Case::Paced, opts.scheme.classify(ratio)),
            None => (Case::NoPace, Verdict::NotAssessable),
        }
    };
    o
}

/// The target as stated (`stated`) and the reference engine's reason (`reason`, when
/// wanted) for an assessed target; both are cleared first.
fn explain(
    p: &Parsed,
    s: Series,
    o: &Out,
    opts: &Options,
    stated: &mut String,
    reason: Option<&mut String>,
) {
    let (t, level, year) = (s.target, s.target.value, s.target.year);
    let unit = p.unit_names[usize::from(t.unit)].as_str();
    stated.clear();
    match p.as_written(s.t) {
        "" => {
            push_num(stated, level);
            stated.push_str(unit);
        }
        w => stated.push_str(w),
    }
    stated.push_str(" by ");
    push_year(stated, year);
    let Some(reason) = reason else { return };
    reason.clear();
    let Some(a) = s.a else {
        let _ = write!(
            reason,
            "no baseline: no actual value of {} ({unit}) in the data{}",
            p.key(s.t).1,
            as_of_phrase(opts)
        );
        return;
    };
    let bv = a.value;
    let base_words = |r: &mut String| {
        push_num(r, bv);
        r.push_str(unit);
        r.push_str(" (");
        push_year(r, a.year);
        r.push(')');
    };
    let need = |r: &mut String| match o.required {
        Some(q) => push_rate(r, q, "/yr"),
        None => r.push('—'),
    };
    match o.case {
        Case::NoBaseline => {}
        Case::Achieved => {
            base_words(reason);
            let _ = write!(reason, " already meets {stated}.");
        }
        Case::Missed => {
            base_words(reason);
            reason.push_str(", at or after the ");
            push_year(reason, year);
            reason.push_str(" deadline, falls short of ");
            push_num(reason, level);
            reason.push('.');
        }
        Case::NoPace => {
            let _ = write!(reason, "No pace: no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart. From ");
            base_words(reason);
            reason.push_str(", ");
            need(reason);
            reason.push_str(" is needed to reach ");
            push_num(reason, level);
            let _ = write!(reason, " by {year}.");
        }
        Case::Paced => {
            let (pc, proj) = (o.pace.unwrap_or_default(), o.projected.unwrap_or_default());
            let gap = o.gap.unwrap_or_default();
            // The reference capitalises "at …" to "At …".
            reason.push_str("At ");
            push_rate(reason, pc, "/yr");
            reason.push_str(" (stated) ");
            base_words(reason);
            reason.push_str(" reaches ");
            push_num(reason, proj);
            reason.push_str(" by ");
            push_year(reason, year);
            reason.push_str(": ");
            push_num(reason, gap.abs());
            reason.push_str(if gap < 0.0 {
                " short ("
            } else {
                " beyond the target ("
            });
            push_fixed(reason, o.gap_pct.unwrap_or_default() * 100.0, 1, true);
            reason.push_str("%); ");
            need(reason);
            reason.push_str(" needed, ratio ");
            push_fixed(reason, o.ratio.unwrap_or_default(), 3, false);
            reason.push_str("; ");
            match (o.reach_year, o.reach_exact) {
                (Some(y), Some(x)) => {
                    reason.push_str("reached in ");
                    push_year(reason, y);
                    reason.push_str(" (");
                    push_fixed(reason, x, 2, false);
                    reason.push_str(").");
                }
                _ => reason.push_str("never reached at this pace."),
            }
        }
    }
}

/// The report frame of the series with a target in `chunk` (series already in report order)
/// with `columns`, a selection of [`crate::report::COLUMNS`] in the order wanted. Text nobody
/// asked for is not written.
pub fn frame<'a>(
    p: &'a Parsed,
    chunk: &[Option<Series<'a>>],
    opts: &Options,
    columns: &[&str],
) -> PolarsResult<DataFrame> {
    let chunk = || chunk.iter().flatten();
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
        let values = outs.iter().zip(chunk()).map(|(o, s)| {
            let (r, i) = whole_pair(&o.key).unwrap_or_else(|| p.key(s.t));
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
                    outs.iter()
                        .map(|o| p.unit_names[usize::from(o.unit)].as_str()),
                )
                .into_series(),
            ),
            "form" => fixed(name, "level"),
            "direction" => fixed(name, "increase"),
            "target_year" => Column::new(
                name.into(),
                outs.iter().map(|o| Some(o.year)).collect::<Vec<_>>(),
            ),
            "target_value" => Column::new(
                name.into(),
                outs.iter().map(|o| Some(o.level)).collect::<Vec<_>>(),
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
            "pace" | "claimed_growth" => f(name, &|o| o.pace),
            "pace_source" => Column::from(
                StringChunked::from_iter_options(
                    name.into(),
                    outs.iter().map(|o| o.pace.map(|_| "claimed")),
                )
                .into_series(),
            ),
            "observed_growth" => f(name, &|_| None),
            "rate_unit" => fixed(name, "/yr"),
            "required_growth" => f(name, &|o| o.required),
            "projected_value" => f(name, &|o| o.projected),
            "gap" => f(name, &|o| o.gap),
            "gap_pct" => f(name, &|o| o.gap_pct),
            "reach_year" => Column::new(
                name.into(),
                outs.iter().map(|o| o.reach_year).collect::<Vec<_>>(),
            ),
            "reach_year_exact" => f(name, &|o| o.reach_exact),
            "growth_ratio" => f(name, &|o| o.ratio),
            "verdict" => Column::from(
                StringChunked::from_iter_values(name.into(), outs.iter().map(|o| o.verdict.name()))
                    .into_series(),
            ),
            "source" => strs(name, &|s| p.source(s.t)),
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
