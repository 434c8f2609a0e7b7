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

/// One assessed target: the report's computed numbers.
struct Out {
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
}

/// Appends a year as `{y}` would (years here are non-negative: four digits when parsed, or
/// a reach year after them).
fn push_year(out: &mut String, y: i32) {
    if y < 0 {
        out.push('-');
    }
    push_digits(out, u64::from(y.unsigned_abs()), 1);
}

/// The level-target arithmetic and wording of [`crate::assess::level::assess`] for the simple
/// case: compound model, baseline = the one actual, pace = the stated rate. Writes the
/// target as stated into `stated` and the reason into `reason` (both cleared first).
fn assess(p: &Parsed, s: Series, opts: &Options, stated: &mut String, reason: &mut String) -> Out {
    let model = Model::Compound;
    let (t, level, year) = (&p.rows[s.t], p.rows[s.t].value, p.rows[s.t].year);
    let unit = p.unit_names[usize::from(t.unit)].as_str();
    stated.clear();
    reason.clear();
    match p.as_written(s.t) {
        "" => {
            push_num(stated, level);
            stated.push_str(unit);
        }
        w => stated.push_str(w),
    }
    stated.push_str(" by ");
    push_year(stated, year);
    let mut o = Out {
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
    };
    let Some(a) = s.a.map(|a| &p.rows[a]) else {
        let _ = write!(
            reason,
            "no baseline: no actual value of {} ({unit}) in the data{}",
            p.key(s.t).1,
            as_of_phrase(opts)
        );
        return o;
    };
    let (bt, bv, tt) = (f64::from(a.year), a.value, f64::from(year));
    o.base_value = Some(bv);
    let pace = s.g.map(|g| p.rows[g].value / 100.0);
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
    let base_words = |r: &mut String| {
        push_num(r, bv);
        r.push_str(unit);
        r.push_str(" (");
        push_year(r, a.year);
        r.push(')');
    };
    let need = |r: &mut String| match req {
        Some(q) => push_rate(r, q, "/yr"),
        None => r.push('—'),
    };
    if meets(bv, level, Qualifier::Exact, Direction::Increase) {
        base_words(reason);
        let _ = write!(reason, " already meets {stated}.");
        o.verdict = Verdict::Achieved;
        return o;
    }
    if bt >= tt - 1e-9 {
        base_words(reason);
        reason.push_str(", at or after the ");
        push_year(reason, year);
        reason.push_str(" deadline, falls short of ");
        push_num(reason, level);
        reason.push('.');
        o.verdict = Verdict::Missed;
        return o;
    }
    let (Some(ratio), Some(proj), Some(pc)) = (o.ratio, o.projected, pace) else {
        let _ = write!(reason, "No pace: no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart. From ");
        base_words(reason);
        reason.push_str(", ");
        need(reason);
        reason.push_str(" is needed to reach ");
        push_num(reason, level);
        let _ = write!(reason, " by {year}.");
        return o;
    };
    o.verdict = opts.scheme.classify(ratio);
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
    let side = if gap < 0.0 {
        "short"
    } else {
        "beyond the target"
    };
    reason.push(' ');
    reason.push_str(side);
    reason.push_str(" (");
    push_fixed(reason, o.gap_pct.unwrap_or_default() * 100.0, 1, true);
    reason.push_str("%); ");
    need(reason);
    reason.push_str(" needed, ratio ");
    push_fixed(reason, ratio, 3, false);
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
    o
}

/// The report frame of `chunk` (series already in report order).
pub fn frame(p: &Parsed, chunk: &[Series], opts: &Options) -> PolarsResult<DataFrame> {
    let n = chunk.len();
    let text = |name: &str| StringChunkedBuilder::new(name.into(), n);
    let (mut stated_col, mut reason_col) = (text("target_stated"), text("reason"));
    let (mut stated, mut reason, mut year) = (String::new(), String::new(), String::new());
    let mut base_period = text("base_period");
    let outs: Vec<Out> = chunk
        .iter()
        .map(|s| {
            let o = assess(p, *s, opts, &mut stated, &mut reason);
            stated_col.append_value(&stated);
            reason_col.append_value(&reason);
            match s.a {
                Some(a) => {
                    year.clear();
                    push_year(&mut year, p.rows[a].year);
                    base_period.append_value(&year);
                }
                None => base_period.append_null(),
            }
            o
        })
        .collect();
    fn strs<'a>(name: &str, chunk: &[Series], get: impl Fn(&Series) -> &'a str) -> Column {
        let values = chunk.iter().map(get);
        Column::from(StringChunked::from_iter_values(name.into(), values).into_series())
    }
    let f = |name: &str, get: &dyn Fn(&Out) -> Option<f64>| {
        Column::new(name.into(), outs.iter().map(get).collect::<Vec<_>>())
    };
    let fixed =
        |name: &str, v: &str| Column::from(StringChunked::full(name.into(), v, n).into_series());
    let row = |s: &Series| &p.rows[s.t];
    let cols = vec![
        strs("id", chunk, |s| p.id(s.t)),
        strs("region", chunk, |s| p.key(s.t).0),
        strs("indicator", chunk, |s| p.key(s.t).1),
        strs("unit", chunk, |s| &p.unit_names[usize::from(row(s).unit)]),
        fixed("form", "level"),
        fixed("direction", "increase"),
        Column::from(stated_col.finish().into_series()),
        Column::new(
            "target_year".into(),
            chunk.iter().map(|s| Some(row(s).year)).collect::<Vec<_>>(),
        ),
        Column::new(
            "target_value".into(),
            chunk.iter().map(|s| Some(row(s).value)).collect::<Vec<_>>(),
        ),
        Column::from(base_period.finish().into_series()),
        f("base_value", &|o| o.base_value),
        f("pace", &|o| o.pace),
        Column::from(
            StringChunked::from_iter_options(
                "pace_source".into(),
                outs.iter().map(|o| o.pace.map(|_| "claimed")),
            )
            .into_series(),
        ),
        f("claimed_growth", &|o| o.pace),
        f("observed_growth", &|_| None),
        fixed("rate_unit", "/yr"),
        f("required_growth", &|o| o.required),
        f("projected_value", &|o| o.projected),
        f("gap", &|o| o.gap),
        f("gap_pct", &|o| o.gap_pct),
        Column::new(
            "reach_year".into(),
            outs.iter().map(|o| o.reach_year).collect::<Vec<_>>(),
        ),
        f("reach_year_exact", &|o| o.reach_exact),
        f("growth_ratio", &|o| o.ratio),
        Column::from(
            StringChunked::from_iter_values(
                "verdict".into(),
                outs.iter().map(|o| o.verdict.name()),
            )
            .into_series(),
        ),
        Column::from(reason_col.finish().into_series()),
        strs("source", chunk, |s| p.source(s.t)),
    ];
    DataFrame::new(n, cols)
}
