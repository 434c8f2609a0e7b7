//! Level targets (千亿 by 2026), relative targets (翻一番, 下降13.5 % from a base year) and
//! shares (占比达到60 %, projected with the logistic model so they never pass 100 %).

use super::series::{self, Obs};
use super::{as_of_phrase, meets, rate_words, Assessment, Options, PacePref, PaceSource, Verdict};
use crate::model::{fmt_num, Direction, Fact, Form, Qualifier};
use crate::project::{first_whole_year, Model};

/// Minimum distance in years between two actuals for an observed rate.
pub const MIN_OBSERVED_SPAN: f64 = 0.5;

/// The pace chosen for a projection, in the model's own terms (a rate for compound, an
/// absolute slope for linear, a log-odds slope for logistic).
#[derive(Debug, Clone, PartialEq)]
pub struct PaceChoice {
    /// Pace used, model terms.
    pub pace: Option<f64>,
    /// Where it came from.
    pub source: Option<PaceSource>,
    /// Stated rate (fraction/yr).
    pub claimed: Option<f64>,
    /// Observed compound rate (fraction/yr), for display and the conflict check.
    pub observed_cagr: Option<f64>,
    /// Observed rate in model terms.
    pub observed: Option<f64>,
    /// The observed rate falls outside the claim.
    pub conflict: bool,
}

/// Chooses the pace for a series: a stated rate and/or the rate observed from `first` to `last`.
pub fn choose_pace(
    target: &Fact,
    facts: &[&Fact],
    model: Model,
    first: &Obs,
    last: &Obs,
    pref: PacePref,
) -> PaceChoice {
    let span_ok = last.t - first.t >= MIN_OBSERVED_SPAN;
    let pts = ((first.t, first.value), (last.t, last.value));
    let observed = span_ok.then(|| model.pace_between(pts.0, pts.1)).flatten();
    let observed_cagr = span_ok
        .then(|| Model::Compound.pace_between(pts.0, pts.1))
        .flatten();
    let stated = series::stated_growth(target.series_key(), facts);
    let claimed = stated.as_ref().map(|s| s.rate);
    let claimed_model = match model {
        Model::Compound => claimed,
        Model::Linear => claimed.map(|g| g * last.value),
        Model::Logistic => None,
    };
    let conflict = match (&stated, observed_cagr) {
        (Some(s), Some(o)) => match s.qualifier {
            Qualifier::AtLeast => o < s.rate - 1e-9,
            Qualifier::AtMost => o > s.rate + 1e-9,
            Qualifier::Exact | Qualifier::About => (o - s.rate).abs() > 0.01,
        },
        _ => false,
    };
    let (pace, source) = match pref {
        PacePref::Auto => match (claimed_model, observed) {
            (Some(c), _) => (Some(c), Some(PaceSource::Claimed)),
            (None, Some(o)) => (Some(o), Some(PaceSource::Observed)),
            _ => (None, None),
        },
        PacePref::Claimed => (claimed_model, claimed_model.map(|_| PaceSource::Claimed)),
        PacePref::Observed => (observed, observed.map(|_| PaceSource::Observed)),
    };
    PaceChoice {
        pace,
        source,
        claimed,
        observed_cagr,
        observed,
        conflict,
    }
}

/// A model-terms pace shown as a yearly rate: linear slopes as a fraction of the baseline.
fn shown(model: Model, pace: f64, base: f64) -> Option<f64> {
    match model {
        Model::Linear => (base != 0.0).then(|| pace / base),
        _ => Some(pace),
    }
}

fn target_level(t: &Fact, reference: Option<&Obs>) -> Result<f64, String> {
    if t.form != Form::Relative {
        return Ok(t.value);
    }
    let Some(r) = reference else {
        return Err(format!(
            "relative target needs the {} actual of {} and the data has none",
            t.base_period
                .map(|p| p.to_string())
                .unwrap_or_else(|| "base-period".into()),
            t.indicator
        ));
    };
    match (t.unit.base, t.direction) {
        ("倍", _) => Ok(r.value * t.value),
        ("%", Direction::Increase) => Ok(r.value * (1.0 + t.value / 100.0)),
        ("%", Direction::Decrease) => Ok(r.value * (1.0 - t.value / 100.0)),
        (u, _) => Err(format!("relative target in {u}: expected 倍 or %")),
    }
}

/// Assesses a level, relative or share target.
pub fn assess(t: &Fact, facts: &[&Fact], opts: &Options) -> Assessment {
    let key = t.series_key();
    let model = if t.form == Form::Share {
        Model::Logistic
    } else {
        opts.model
    };
    let mut a = Assessment::from_target(t, model);
    if model == Model::Logistic {
        a.rate_unit = "logit/yr".into();
    }
    let unit = if t.form == Form::Relative {
        series::actual_unit(key, facts)
    } else {
        Some(t.unit.clone())
    };
    let obs = unit
        .as_ref()
        .map(|u| series::levels(key, facts, u))
        .unwrap_or_default();
    if t.form != Form::Relative {
        a.target_value = Some(t.value);
    }
    let (Some(unit), Some(latest)) = (unit, obs.last().cloned()) else {
        return a.not_assessable(format!(
            "no baseline: no actual value of {} ({}) in the data{}",
            t.indicator,
            t.unit,
            as_of_phrase(opts)
        ));
    };
    a.unit = unit.to_string();
    // Shares are modelled as fractions of 1; everything shown stays in %.
    let k = if model == Model::Logistic { 100.0 } else { 1.0 };
    let obs: Vec<Obs> = obs
        .into_iter()
        .map(|o| Obs {
            value: o.value / k,
            ..o
        })
        .collect();
    let latest = Obs {
        value: latest.value / k,
        ..latest
    };
    let reference = match t.base_period {
        Some(p) => obs.iter().find(|o| o.period == p || Some(o.t) == p.t()),
        None => None,
    };
    let level = match target_level(t, reference) {
        Ok(l) => l / k,
        Err(e) => return a.not_assessable(e),
    };
    a.target_value = Some(level * k);
    if t.form == Form::Relative {
        a.target_stated = format!(
            "{} vs {} = {}{} by {}",
            a.target_as_written,
            t.base_period.map(|p| p.to_string()).unwrap_or_default(),
            fmt_num(level),
            unit,
            t.period
        );
    }
    a.base_period = Some(latest.period.to_string());
    a.base_t = Some(latest.t);
    a.base_value = Some(latest.value * k);
    a.base_note = latest.note.clone();
    let reference = reference.cloned().unwrap_or_else(|| latest.clone());
    let first = if t.base_period.is_some() {
        &reference
    } else {
        &obs[0]
    };
    let pc = choose_pace(t, facts, model, first, &latest, opts.pace);
    a.claimed_growth = pc.claimed;
    a.observed_growth = pc.observed_cagr;
    a.pace_conflict = pc.conflict;
    a.pace_source = pc.source;
    a.pace = pc.pace.and_then(|p| shown(model, p, latest.value));

    let deadline = t.period.t();
    let base_pt = (latest.t, latest.value);
    if let Some(tt) = deadline {
        let req = model.pace_between((reference.t, reference.value), (tt, level));
        let req_rem = model.pace_between(base_pt, (tt, level));
        a.required_growth = req.and_then(|r| shown(model, r, latest.value));
        a.required_growth_remaining = req_rem.and_then(|r| shown(model, r, latest.value));
        if let Some(p) = pc.pace {
            a.projected_value = model.project(base_pt, p, tt).map(|v| v * k);
            a.gap = a.projected_value.map(|v| v - level * k);
            a.gap_pct = a.gap.filter(|_| level != 0.0).map(|g| g / (level * k));
            a.growth_ratio = req
                .filter(|r| *r != 0.0)
                .map(|r| p / r)
                .filter(|x| x.is_finite());
        }
    }
    if let Some(p) = pc.pace {
        a.reach_year_exact = model.reach_time(base_pt, p, level);
        a.reach_year = a.reach_year_exact.and_then(first_whole_year);
    }
    let base_words = format!(
        "{}{} ({})",
        fmt_num(latest.value * k),
        a.unit,
        latest.period
    );
    let pace_words = match (a.pace, a.pace_source) {
        (Some(p), Some(s)) => format!(
            "at {} ({})",
            rate_words(p, &a.rate_unit),
            if s == PaceSource::Claimed {
                "stated"
            } else {
                "observed"
            }
        ),
        _ => String::new(),
    };
    let reach_words = match (a.reach_year, a.reach_year_exact) {
        (Some(y), Some(x)) => format!("reached in {y} ({x:.2})"),
        _ => "never reached at this pace".to_string(),
    };
    let conflict_words = if pc.conflict {
        format!(
            " Observed {} disagrees with the stated {}.",
            rate_words(pc.observed_cagr.unwrap_or_default(), "/yr"),
            rate_words(pc.claimed.unwrap_or_default(), "/yr")
        )
    } else {
        String::new()
    };

    if meets(latest.value, level, t.qualifier, t.direction) {
        a.verdict = Verdict::Achieved;
        a.reason = format!("{base_words} already meets {}.", a.target_stated);
        return a;
    }
    let Some(tt) = deadline else {
        a.reason = if pc.pace.is_some() {
            format!(
                "No target year. From {base_words} {pace_words}: {reach_words}.{conflict_words}"
            )
        } else {
            format!("No target year and no pace: no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart.")
        };
        return a;
    };
    if latest.t >= tt - 1e-9 {
        a.verdict = Verdict::Missed;
        a.reason = format!(
            "{base_words}, at or after the {} deadline, falls short of {}.",
            t.period,
            fmt_num(level * k)
        );
        return a;
    }
    let need = a
        .required_growth
        .map(|r| rate_words(r, &a.rate_unit))
        .unwrap_or_else(|| "—".into());
    let (Some(ratio), Some(proj)) = (a.growth_ratio, a.projected_value) else {
        a.reason = format!(
            "No pace: no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart. From {base_words}, {need} is needed to reach {} by {}.",
            fmt_num(level * k),
            t.period
        );
        return a;
    };
    a.verdict = if model == Model::Logistic {
        // Near 100 % the last points are the hardest: scale the cut-offs as Statistics Canada does.
        let c = super::verdict::limit_factor(reference.value, 1.0);
        a.cutoff_scale = Some(c);
        opts.scheme.classify_scaled(ratio, c)
    } else {
        opts.scheme.classify(ratio)
    };
    let gap = a.gap.unwrap_or_default();
    let short = (gap < 0.0) == (t.direction == Direction::Increase);
    let gap_words = format!(
        "{} {} ({:+.1}%)",
        fmt_num(gap.abs()),
        if short { "short" } else { "beyond the target" },
        a.gap_pct.unwrap_or_default() * 100.0
    );
    a.reason = format!(
        "{pace_words} {base_words} reaches {} by {}: {gap_words}; {need} needed, ratio {ratio:.3}; {reach_words}.{conflict_words}",
        fmt_num(proj),
        t.period
    );
    a.reason = capitalise(&a.reason);
    a
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
