//! The batch report: a large fact file assessed column by column.
//!
//! `reach report --data FILE -o out.parquet|csv` on a file of simple level targets (one target,
//! at most one actual and at most one stated growth rate per series; plain years; the compound
//! model) runs here: polars reads the file, filters it by kind into frames, joins targets to
//! their actual and stated rate (hash joins that also prove each is unique per series) and
//! sorts the result; the arithmetic then runs over the joined columns in parallel with the same
//! functions the reference engine uses, and the result is a frame with the report's columns.
//! Anything else (relative, share, cumulative, rate or dated targets, milestones, several
//! actuals, partial years, an input the loader would reject) returns `None` and the reference
//! engine ([`crate::assess::assess_all`]) runs instead, so a bad row still gets its
//! file:line:field error. The two agree cell for cell: `tests/it/batch.rs` checks it on random
//! files.

mod eligible;
#[cfg(test)]
mod equivalence;

use crate::assess::level::{capitalise, MIN_OBSERVED_SPAN};
use crate::assess::{as_of_phrase, meets, rate_words, Options, PacePref, Verdict};
use crate::error::{Error, Result};
use crate::model::{fmt_num, Direction, Qualifier};
use crate::project::{first_whole_year, Model};
use eligible::Parsed;
use polars::prelude::*;
use rayon::prelude::*;

fn err(e: PolarsError) -> Error {
    Error::Output {
        path: "batch frame".into(),
        message: e.to_string(),
    }
}

/// One assessed target: the report's computed columns.
struct Out {
    target_stated: String,
    base_period: Option<String>,
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
    reason: String,
}

/// The level-target arithmetic and wording of [`crate::assess::level::assess`] for the
/// simple case: compound model, baseline = the one actual, pace = the stated rate.
fn assess_one(p: &Parsed, t: usize, a: Option<usize>, g: Option<usize>, opts: &Options) -> Out {
    let model = Model::Compound;
    let unit = &p.unit_names[p.unit[t] as usize];
    let written = match p.as_written(t) {
        "" => format!("{}{unit}", fmt_num(p.value[t])),
        w => w.to_string(),
    };
    let year = p.year[t];
    let mut o = Out {
        target_stated: format!("{written} by {year}"),
        base_period: None,
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
        reason: String::new(),
    };
    let level = p.value[t];
    let Some(a) = a else {
        o.reason = format!(
            "no baseline: no actual value of {} ({unit}) in the data{}",
            p.indicator(t),
            as_of_phrase(opts)
        );
        return o;
    };
    let (bt, bv) = (f64::from(p.year[a]), p.value[a]);
    o.base_period = Some(p.year[a].to_string());
    o.base_value = Some(bv);
    let pace = g.map(|g| p.value[g] / 100.0);
    o.pace = pace;
    let tt = f64::from(year);
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
    let base_words = format!("{}{unit} ({})", fmt_num(bv), p.year[a]);
    if meets(bv, level, Qualifier::Exact, Direction::Increase) {
        o.verdict = Verdict::Achieved;
        o.reason = format!("{base_words} already meets {}.", o.target_stated);
        return o;
    }
    if bt >= tt - 1e-9 {
        o.verdict = Verdict::Missed;
        o.reason = format!(
            "{base_words}, at or after the {year} deadline, falls short of {}.",
            fmt_num(level)
        );
        return o;
    }
    let need = req
        .map(|r| rate_words(r, "/yr"))
        .unwrap_or_else(|| "—".into());
    let (Some(ratio), Some(proj), Some(pc)) = (o.ratio, o.projected, pace) else {
        o.reason = format!(
            "No pace: no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart. From {base_words}, {need} is needed to reach {} by {year}.",
            fmt_num(level)
        );
        return o;
    };
    o.verdict = opts.scheme.classify(ratio);
    let gap = o.gap.unwrap_or_default();
    let reach_words = match (o.reach_year, o.reach_exact) {
        (Some(y), Some(x)) => format!("reached in {y} ({x:.2})"),
        _ => "never reached at this pace".to_string(),
    };
    o.reason = capitalise(&format!(
        "at {} (stated) {base_words} reaches {} by {year}: {} {} ({:+.1}%); {need} needed, ratio {ratio:.3}; {reach_words}.",
        rate_words(pc, "/yr"),
        fmt_num(proj),
        fmt_num(gap.abs()),
        if gap < 0.0 { "short" } else { "beyond the target" },
        o.gap_pct.unwrap_or_default() * 100.0,
    ));
    o
}

/// A target's row with the rows of its actual and stated rate, if any.
type Joined = (usize, Option<usize>, Option<usize>);

/// Targets joined to their actual and stated rate, sorted as the report sorts: row numbers
/// into the file's frame.
fn joined(df: &DataFrame, p: &Parsed) -> PolarsResult<Option<Vec<Joined>>> {
    let n = df.height();
    let keys = DataFrame::new(
        n,
        vec![
            df.column("region")?.clone(),
            df.column("indicator")?.clone(),
            Column::new("row".into(), (0..n as u32).collect::<Vec<u32>>()),
        ],
    )?;
    let of = |k: u8| -> PolarsResult<DataFrame> {
        let mask: BooleanChunked = p.kind.iter().map(|x| *x == k).collect();
        keys.filter(&mask)
    };
    let (targets, actuals, rates) = (
        of(eligible::TARGET)?,
        of(eligible::ACTUAL)?,
        of(eligible::GROWTH)?,
    );
    // Several targets in one series are milestones or revisions, and two actuals or rates
    // of one series are a conflict or a history: the reference engine's job.
    for f in [&targets, &actuals, &rates] {
        if f.select(["region", "indicator"])?.is_duplicated()?.any() {
            return Ok(None);
        }
    }
    let on = ["region", "indicator"];
    let args = |suffix: &'static str| {
        let mut a = JoinArgs::new(JoinType::Left).with_suffix(Some(suffix.into()));
        a.validation = JoinValidation::ManyToOne;
        a
    };
    // ManyToOne fails when a series has two actuals or two rates: fall back.
    let Ok(j) = targets.join(&actuals, on, on, args("_a"), None) else {
        return Ok(None);
    };
    let Ok(j) = j.join(&rates, on, on, args("_g"), None) else {
        return Ok(None);
    };
    let j = j.sort(on, SortMultipleOptions::default().with_multithreaded(true))?;
    let rows = |c: &str| -> PolarsResult<Vec<Option<usize>>> {
        Ok(j.column(c)?
            .u32()?
            .iter()
            .map(|v| v.map(|v| v as usize))
            .collect())
    };
    let (t, a, g) = (rows("row")?, rows("row_a")?, rows("row_g")?);
    Ok(Some(
        t.into_iter()
            .zip(a)
            .zip(g)
            .map(|((t, a), g)| (t.unwrap_or_default(), a, g))
            .collect(),
    ))
}

/// The report frame for `bytes`, or `None` when the file or options need the reference engine.
pub fn report_frame(file: &str, bytes: &[u8], opts: &Options) -> Result<Option<DataFrame>> {
    if opts.model != Model::Compound || opts.pace != PacePref::Auto {
        return Ok(None);
    }
    let (df, _) = crate::load::csv::read_frame(file, bytes)?;
    let Some(parsed) = eligible::parse(&df) else {
        return Ok(None);
    };
    let Some(order) = joined(&df, &parsed).map_err(err)? else {
        return Ok(None);
    };
    if order
        .iter()
        .any(|(t, a, _)| a.is_some_and(|a| parsed.unit[a] != parsed.unit[*t]))
    {
        return Ok(None); // an actual in another unit is converted by the reference engine
    }
    let outs: Vec<Out> = order
        .par_iter()
        .with_min_len(4096)
        .map(|(t, a, g)| assess_one(&parsed, *t, *a, *g, opts))
        .collect();
    frame(&df, &parsed, &order, outs).map(Some).map_err(err)
}

fn frame(df: &DataFrame, p: &Parsed, order: &[Joined], outs: Vec<Out>) -> PolarsResult<DataFrame> {
    let n = order.len();
    let idx = IdxCa::from_vec(
        "idx".into(),
        order.iter().map(|(t, _, _)| *t as IdxSize).collect(),
    );
    let take = |c: &str| -> PolarsResult<Column> { df.column(c)?.take(&idx) };
    // Text columns straight from borrowed strings: no String per cell.
    let text = |name: &str, v: &mut dyn Iterator<Item = Option<&str>>| {
        Column::from(StringChunked::from_iter_options(name.into(), v).into_series())
    };
    let f = |name: &str, get: &dyn Fn(&Out) -> Option<f64>| {
        Column::new(name.into(), outs.iter().map(get).collect::<Vec<_>>())
    };
    let i = |name: &str, get: &dyn Fn(&Out) -> Option<i32>| {
        Column::new(name.into(), outs.iter().map(get).collect::<Vec<_>>())
    };
    let fixed =
        |name: &str, v: &str| Column::from(StringChunked::full(name.into(), v, n).into_series());
    let by_target = |get: &dyn Fn(usize) -> f64| {
        order
            .iter()
            .map(|(t, _, _)| Some(get(*t)))
            .collect::<Vec<_>>()
    };
    let cols = vec![
        take("id")?,
        take("region")?,
        take("indicator")?,
        text(
            "unit",
            &mut order
                .iter()
                .map(|(t, _, _)| Some(p.unit_names[p.unit[*t] as usize].as_str())),
        ),
        fixed("form", "level"),
        fixed("direction", "increase"),
        text(
            "target_stated",
            &mut outs.iter().map(|o| Some(o.target_stated.as_str())),
        ),
        Column::new(
            "target_year".into(),
            order
                .iter()
                .map(|(t, _, _)| Some(p.year[*t]))
                .collect::<Vec<_>>(),
        ),
        Column::new("target_value".into(), by_target(&|t| p.value[t])),
        text(
            "base_period",
            &mut outs.iter().map(|o| o.base_period.as_deref()),
        ),
        f("base_value", &|o| o.base_value),
        f("pace", &|o| o.pace),
        text(
            "pace_source",
            &mut outs.iter().map(|o| o.pace.map(|_| "claimed")),
        ),
        f("claimed_growth", &|o| o.pace),
        f("observed_growth", &|_| None),
        fixed("rate_unit", "/yr"),
        f("required_growth", &|o| o.required),
        f("projected_value", &|o| o.projected),
        f("gap", &|o| o.gap),
        f("gap_pct", &|o| o.gap_pct),
        i("reach_year", &|o| o.reach_year),
        f("reach_year_exact", &|o| o.reach_exact),
        f("growth_ratio", &|o| o.ratio),
        text("verdict", &mut outs.iter().map(|o| Some(o.verdict.name()))),
        text("reason", &mut outs.iter().map(|o| Some(o.reason.as_str()))),
        text(
            "source",
            &mut order.iter().map(|(t, _, _)| Some(p.source(*t))),
        ),
    ];
    DataFrame::new(n, cols)
}
