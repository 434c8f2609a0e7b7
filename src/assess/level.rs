//! Level targets (千亿 by 2026), relative targets (翻一番, 下降13.5 % from a base year) and
//! shares (占比达到60 %, projected with the logistic model so they never pass 100 %).

use super::kernel::{self, shown};
use super::series::{self, Obs};
use super::{as_of_phrase, reason, Assessment, Options, PacePref, PaceSource, Reference};
use crate::assess::RateUnit;
use crate::model::Lang;
use crate::model::{Direction, Fact, Form};
use crate::project::Model;

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
    let pts = ((first.t, first.value), (last.t, last.value));
    // With no two actuals far enough apart, the latest actual's own year-on-year change
    // (同比增长20%) is the rate observed over its year.
    // (比2019年增长20%: from 2019's value, 120 / 1.2, over the years since.)
    let yoy = series::yoy_of(target.series_key(), facts, last.period)
        .filter(|(g, _)| *g > -1.0)
        .map(|(g, from)| {
            (
                (from.unwrap_or(last.t - 1.0), last.value / (1.0 + g)),
                pts.1,
            )
        });
    let between = |m: Model| {
        kernel::observed(m, pts.0, pts.1)
            .or_else(|| yoy.and_then(|(a, b)| kernel::observed(m, a, b)))
    };
    let observed = between(model);
    let observed_cagr = between(Model::Compound);
    let stated = series::stated_growth(target.series_key(), facts);
    let claimed = stated.as_ref().map(|s| s.rate);
    let claimed_model = match model {
        Model::Compound => claimed,
        Model::Linear => claimed.map(|g| g * last.value),
        Model::Logistic => None,
    };
    let conflict = match (&stated, observed_cagr) {
        (Some(s), Some(o)) => kernel::conflicts(s.rate, s.qualifier, o),
        _ => false,
    };
    let (pace, source) = kernel::choose(pref, claimed_model, observed);
    PaceChoice {
        pace,
        source,
        claimed,
        observed_cagr,
        observed,
        conflict,
    }
}

/// Whether a relative target's base period has an actual level in the data, in the unit of
/// the series' actuals (what [`target_level`] counts the target from).
pub(super) fn base_known(t: &Fact, facts: &[&Fact]) -> bool {
    let key = t.series_key();
    let Some((unit, base)) = series::actual_unit(key, facts).zip(t.base_period) else {
        return false;
    };
    series::levels(key, facts, &unit, series::one_year_goal(t))
        .iter()
        .any(|o| o.period == base || Some(o.t) == base.t())
}

fn target_level(t: &Fact, reference: Option<&Obs>, lang: Lang) -> Result<f64, String> {
    if t.form != Form::Relative {
        return Ok(t.value);
    }
    let Some(r) = reference else {
        return Err(reason::note::relative_without_base(
            t.base_period,
            &t.indicator,
            lang,
        ));
    };
    match (t.unit.base, t.direction) {
        ("倍", _) => Ok(r.value * t.value),
        ("%", Direction::Increase) => Ok(r.value * (1.0 + t.value / 100.0)),
        ("%", Direction::Decrease) => Ok(r.value * (1.0 - t.value / 100.0)),
        // 占比提高5个百分点: points added to a share.
        ("个百分点", Direction::Increase) => Ok(r.value + t.value),
        ("个百分点", Direction::Decrease) => Ok(r.value - t.value),
        (u, _) => Err(reason::note::relative_unit(u, lang)),
    }
}

/// What a level target is measured against, in the model's terms: the actuals (shares as
/// fractions of 1), the baseline, the reference point and the target level.
struct Baseline {
    obs: Vec<Obs>,
    latest: Obs,
    reference: Obs,
    /// The reference point is a base year's actual (the observed rate starts there too).
    fixed: bool,
    level: f64,
    /// Shown values are model values × this (100 for shares).
    k: f64,
}

/// The baseline of `t`, recording the unit, target and baseline on `a`; `Err` with the
/// reason when there is none.
fn baseline(
    t: &Fact,
    facts: &[&Fact],
    model: Model,
    opts: &Options,
    a: &mut Assessment,
) -> Result<Baseline, String> {
    let key = t.series_key();
    let unit = if t.form == Form::Relative {
        series::actual_unit(key, facts)
    } else {
        Some(t.unit.clone())
    };
    let obs = unit
        .as_ref()
        .map(|u| series::levels(key, facts, u, series::one_year_goal(t)))
        .unwrap_or_default();
    if t.form != Form::Relative {
        a.target_value = Some(t.value);
    }
    let (Some(unit), Some(latest)) = (unit, obs.last().cloned()) else {
        let mut words = String::new();
        reason::no_baseline(
            &mut words,
            &t.indicator,
            &t.unit.to_string(),
            &as_of_phrase(opts),
            opts.lang,
        );
        // Actuals in a unit that does not compare (岁 against 亿元): say which.
        if let Some(other) = series::actual_unit(key, facts).filter(|u| !u.commensurable(&t.unit)) {
            words.push_str(&reason::note::other_unit(
                &other.to_string(),
                &t.unit.to_string(),
                opts.lang,
            ));
        }
        return Err(words);
    };
    a.unit = unit.to_string();
    // Shares are modelled as fractions of 1; everything shown stays in %.
    let k = if model == Model::Logistic { 100.0 } else { 1.0 };
    let scaled = |o: Obs| Obs {
        value: o.value / k,
        stated: o.stated / k,
        ..o
    };
    let mut obs: Vec<Obs> = obs.into_iter().map(scaled).collect();
    let mut latest = scaled(latest);
    // A deadline passed before the year of a part-year figure (2024Q1 against a goal of
    // 2023): that figure estimates a later year, not the deadline's. The last actual up to the
    // deadline is the baseline; with none, there is nothing to judge by.
    // (Years end on the axis at whole numbers: a deadline of 14 December 2023 is in the year
    // ending at 2023.0, as an estimate of 2023 is.)
    let mut later = None;
    let deadline_year_end = t.period.t().map(|tt| (tt - 1e-9).ceil());
    if let Some(end) =
        deadline_year_end.filter(|&end| latest.note.is_some() && latest.t > end + 1e-9)
    {
        obs.retain(|o| o.t <= end + 1e-9);
        let Some(last) = obs.last().cloned() else {
            return Err(reason::note::only_part_years_after(
                &latest.period,
                opts.lang,
            ));
        };
        later = Some(std::mem::replace(&mut latest, last).period);
    }
    // The base period's actual; without one, the first actual after it (as the Eurostat
    // method does), except for a relative target, whose level is counted from that actual.
    let mut after = None;
    let reference = match t.base_period {
        Some(p) => match obs.iter().find(|o| o.period == p || Some(o.t) == p.t()) {
            Some(o) => Some(o),
            None if t.form != Form::Relative => {
                let o = obs.iter().find(|o| p.t().is_some_and(|bt| o.t > bt));
                after = o.map(|o| (p, o.period));
                o
            }
            None => None,
        },
        // The Eurostat method, on request: a fixed base year for every target.
        None => match opts.reference {
            Reference::Latest => None,
            Reference::Base(year) => obs
                .iter()
                .find(|o| year.is_none_or(|y| o.t >= f64::from(y) - 1e-9)),
        },
    };
    let fixed = reference.is_some();
    let level = target_level(t, reference, opts.lang)? / k;
    a.target_value = Some(level * k);
    if t.form == Form::Relative {
        a.target_stated = reason::note::relative_stated(
            &a.target_as_written,
            &t.base_period.map(|p| p.to_string()).unwrap_or_default(),
            level,
            &unit.to_string(),
            &t.period,
            opts.lang,
        );
    }
    a.base_period = Some(latest.period.to_string());
    a.base_t = Some(latest.t);
    a.base_value = Some(latest.value * k);
    a.base_note = latest.note.map(|n| n.words(opts.lang));
    if let Some((p, from)) = after {
        add_note(a, reason::note::base_after(&p, &from, opts.lang));
    }
    if let Some(later) = later {
        let note = reason::note::part_year_after_deadline(&later, &latest.period, opts.lang);
        add_note(a, note);
    }
    let reference = reference.cloned().unwrap_or_else(|| latest.clone());
    Ok(Baseline {
        obs,
        latest,
        reference,
        fixed,
        level,
        k,
    })
}

/// Adds `note` to the assessment's `base_note`.
fn add_note(a: &mut Assessment, note: String) {
    a.base_note = Some(match a.base_note.take() {
        Some(n) if !n.is_empty() => format!("{n}; {note}"),
        _ => note,
    });
}

/// Assesses a level, relative or share target.
pub fn assess(t: &Fact, facts: &[&Fact], opts: &Options) -> Assessment {
    let model = if t.form == Form::Share {
        Model::Logistic
    } else {
        opts.model
    };
    let mut a = Assessment::from_target(t, model, opts.lang);
    if model == Model::Logistic {
        a.rate_unit = RateUnit::LogitYearly;
    }
    let b = match baseline(t, facts, model, opts, &mut a) {
        Ok(b) => b,
        Err(words) => return a.not_assessable(words),
    };
    let (latest, reference, k) = (&b.latest, &b.reference, b.k);
    // A zero has no growth rate: the observed rate starts at the first positive actual.
    let first = if b.fixed {
        reference
    } else if model == Model::Linear || b.obs[0].value > 0.0 {
        &b.obs[0]
    } else {
        match b.obs.iter().find(|o| o.value > 0.0) {
            Some(first) => {
                add_note(
                    &mut a,
                    reason::note::first_positive(&first.period, &b.obs[0].period, opts.lang),
                );
                first
            }
            None => latest,
        }
    };
    let pc = choose_pace(t, facts, model, first, latest, opts.pace);
    a.claimed_growth = pc.claimed;
    a.observed_growth = pc.observed_cagr;
    a.pace_conflict = pc.conflict;
    a.pace_source = pc.source;
    a.pace = pc.pace.and_then(|p| shown(model, p, latest.value));

    let o = kernel::project(&kernel::Inputs {
        model,
        reference: (reference.t, reference.value),
        base: (latest.t, latest.value),
        partial: latest.note.map(|_| latest.stated),
        pace: pc.pace,
        level: b.level,
        deadline: t.period.t(),
        qualifier: t.qualifier,
        direction: t.direction,
        scale: k,
        scheme: opts.scheme,
    });
    let as_rate = |r: Option<f64>| r.and_then(|r| shown(model, r, latest.value));
    a.required_growth = as_rate(o.required);
    a.required_growth_remaining = as_rate(o.required_remaining);
    a.record_projection(&o);
    a.verdict = o.verdict;
    // Two actuals far enough apart but no observed rate: the rate is undefined between them.
    let observed_between = (pc.observed.is_none()
        && latest.t - b.obs[0].t >= kernel::MIN_OBSERVED_SPAN)
        .then(|| (b.obs[0].value * k, latest.value * k));
    a.reason = words(&a, t, &b, &pc, &o, (observed_between, opts.lang));
    a
}

/// The reason for an assessed level target.
fn words(
    a: &Assessment,
    t: &Fact,
    b: &Baseline,
    pc: &PaceChoice,
    o: &kernel::Outcome,
    (observed_between, lang): (Option<(f64, f64)>, Lang),
) -> String {
    let mut reason = String::new();
    reason::Level {
        base_value: b.latest.value * b.k,
        unit: &a.unit,
        base_when: &b.latest.period,
        has_pace: pc.pace.is_some(),
        observed_between,
        pace: a.pace,
        source: a.pace_source,
        rate_unit: &a.rate_unit,
        required: a.required_growth,
        conflict: pc.conflict.then(|| {
            (
                pc.observed_cagr.unwrap_or_default(),
                pc.claimed.unwrap_or_default(),
            )
        }),
        stated: &a.target_stated,
        level: b.level * b.k,
        deadline: &t.period,
        direction: t.direction,
        model: a.model,
        lang,
    }
    .write(&mut reason, o);
    reason
}
