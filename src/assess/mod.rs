//! Feasibility assessment: pure functions from facts to verdicts.
//!
//! For each target, using only facts known at the as-of date: take the latest actual as the
//! baseline, find the pace (a stated rate, the observed rate, or both), and compute the
//! required pace, the projection at the deadline, the gap, the year the target is reached and
//! the growth ratio (pace ÷ required pace) that sets the verdict. The arithmetic per target
//! form lives in `level` (levels, relative changes, shares) and `flow` (cumulative sums,
//! rate targets); `paths` links milestones and revised targets.

mod assessment;
#[cfg(test)]
mod edges;
pub(crate) mod flow;
pub(crate) mod kernel;
pub(crate) mod level;
pub(crate) mod paths;
pub(crate) mod reason;
pub(crate) mod series;
pub(crate) mod sums;
pub(crate) mod trajectory;
pub(crate) mod trend;
pub(crate) mod verdict;
#[cfg(test)]
mod year_edge;

use crate::model::{Date, Direction, Fact, Form, Kind, Qualifier};
use crate::project::Model;
pub use assessment::{Assessment, RateUnit};
use serde::Serialize;
pub use verdict::{Scheme, TrendScheme, Verdict};

/// Which pace to project with when both a stated and an observed rate exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PacePref {
    /// The stated (claimed) rate if there is one, else the observed rate.
    Auto,
    /// Only a stated rate.
    Claimed,
    /// Only the observed rate.
    Observed,
}

/// Where the pace came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceSource {
    /// A growth rate stated in the source (年均增长20%以上).
    Claimed,
    /// Computed from two or more actuals.
    Observed,
}

impl PaceSource {
    /// The name in reports ("claimed", "observed").
    pub fn name(self) -> &'static str {
        match self {
            PaceSource::Claimed => "claimed",
            PaceSource::Observed => "observed",
        }
    }
}

/// Assessment options.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Judge with only the facts announced on or before this date.
    pub as_of: Option<Date>,
    /// Verdict cut-offs.
    pub scheme: Scheme,
    /// Growth model for level targets (shares always use the logistic model, cumulative
    /// targets always the linear one).
    pub model: Model,
    /// Pace preference.
    pub pace: PacePref,
    /// Where required growth and the observed rate are measured from, for targets without a
    /// `base_period` of their own.
    pub reference: Reference,
    /// Thresholds for indicators without a target.
    pub trend: TrendScheme,
    /// The language of reasons and notes.
    pub lang: crate::model::Lang,
}

/// The reference point of targets without a `base_period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reference {
    /// reach's default: required growth from the latest actual, the observed rate from the
    /// earliest.
    Latest,
    /// The Eurostat method: both from a fixed base year, the first actual in or after the year
    /// given (or the first actual when none is).
    Base(Option<i32>),
}

impl Default for Options {
    fn default() -> Self {
        Options {
            as_of: None,
            scheme: Scheme::Eurostat,
            model: Model::Compound,
            pace: PacePref::Auto,
            reference: Reference::Latest,
            trend: TrendScheme::Statcan,
            lang: crate::model::Lang::Zh,
        }
    }
}

/// Relative tolerance for "about" (约, 左右) targets: within 5 % counts as met.
pub const ABOUT_TOLERANCE: f64 = 0.05;

/// Whether `value` meets a target `level` given its qualifier and direction.
/// 突破600 (at least) is met by 600.1 and by 600; 控制在3以内 (at most) by 2.9; "at least
/// 13.5 % down" (at least, decrease) to 0.865 by 0.86, not by 0.95.
pub fn meets(value: f64, level: f64, qualifier: Qualifier, direction: Direction) -> bool {
    match (qualifier, direction) {
        (Qualifier::AtLeast | Qualifier::Exact, Direction::Increase) => value >= level,
        (Qualifier::AtMost, _) | (Qualifier::AtLeast | Qualifier::Exact, Direction::Decrease) => {
            value <= level
        }
        (Qualifier::About, Direction::Increase) => value >= level * (1.0 - ABOUT_TOLERANCE),
        (Qualifier::About, Direction::Decrease) => value <= level * (1.0 + ABOUT_TOLERANCE),
    }
}

/// Assesses one target against the facts (already filtered to those known at the as-of date).
pub fn assess_target(target: &Fact, facts: &[&Fact], opts: &Options) -> Assessment {
    // A level or sum due within a year (3月整体赌收预测220亿元, 下半年…): levels are compared by
    // the year here, part-year flows annualised; such a goal is judged only against an actual
    // of the very same part (below), never on those.
    let part_year = matches!(target.period, crate::model::Period::Part { .. });
    if part_year && matches!(target.form, Form::Level | Form::Cumulative | Form::Relative) {
        let mut a = Assessment::from_target(target, Model::Compound, opts.lang);
        a.target_value = Some(target.value);
        // The actual it would be measured from, as written, shown for a person to compare.
        let until = target.period.t().unwrap_or(f64::INFINITY);
        let key = target.series_key();
        // An actual of the very part first (a March actual ends where Q1's does), else the
        // latest one, shown.
        let same = series::same_period_as_written(key, facts, &target.unit, &target.period);
        let Some((f, v)) =
            same.or_else(|| series::latest_as_written(key, facts, &target.unit, until))
        else {
            return a.not_assessable(reason::note::part_year_goal(&target.period, opts.lang));
        };
        a.base_period = Some(f.period.to_string());
        a.base_t = f.period.t();
        a.base_value = Some(v);
        // 一季度到位资金2593亿元，完成一季度2500亿元目标的103.7%: the actual of the very part
        // the goal is for closes it, met or missed, with no year's comparison needed.
        if f.period != target.period || target.form == Form::Relative {
            return a.not_assessable(reason::note::part_year_goal(&target.period, opts.lang));
        }
        let met = meets(v, target.value, target.qualifier, target.direction);
        let situation = kernel::Situation {
            met,
            closed: Some(true),
            paced: false,
            ratio: None,
        };
        let (_, verdict) = kernel::decide(situation, opts.scheme);
        a.verdict = verdict;
        a.projected_value = Some(v);
        a.gap = Some(v - target.value);
        a.gap_pct = (target.value != 0.0).then(|| (v - target.value) / target.value);
        a.reason = reason::note::part_year_closed(
            &target.period,
            (v, target.value),
            &target.unit.to_string(),
            met,
            opts.lang,
        );
        return a;
    }
    match target.form {
        // Trend rows are reach's own (the loader refuses the form in a file); yoy is a
        // growth row's form, never a target's (the loader refuses it too).
        // 比2020年下降13.5% with no actual level of 2020 (only rates are reported): judged by
        // pace, as a rate target over the years from the base.
        Form::Relative if target.unit.is_percent() && !level::base_known(target, facts) => {
            flow::rate(target, facts, opts)
        }
        Form::Level | Form::Relative | Form::Share | Form::Trend | Form::YearOnYear => {
            level::assess(target, facts, opts)
        }
        Form::Cumulative => flow::cumulative(target, facts, opts),
        Form::Rate => flow::rate(target, facts, opts),
    }
}

/// Assesses every target known at `opts.as_of`, links milestones and revisions, and sorts by
/// region, indicator and deadline.
pub fn assess_all(facts: &[Fact], opts: &Options) -> Vec<Assessment> {
    use rayon::prelude::*;
    // Index by series once: each target only looks at its own region and indicator.
    let mut series: std::collections::HashMap<
        (&str, &str),
        Vec<&Fact>,
        foldhash::fast::FixedState,
    > = Default::default();
    for f in facts.iter().filter(|f| f.known_at(opts.as_of)) {
        series.entry(f.series_key()).or_default().push(f);
    }
    // Large files are assessed on all cores (small ones do not start the thread pool); the
    // sort below fixes the order either way (ids are unique).
    let groups: Vec<&Vec<&Fact>> = series.values().collect();
    let one = |group: &&Vec<&Fact>| {
        let targets: Vec<&Fact> = group
            .iter()
            .copied()
            .filter(|f| f.kind == Kind::Target)
            .collect();
        if targets.is_empty() {
            return trend::assess(group, opts).into_iter().collect();
        }
        let mut rows: Vec<Assessment> = targets
            .iter()
            .map(|t| assess_target(t, group, opts))
            .collect();
        paths::link(&mut rows, &targets);
        rows
    };
    let large = facts.len() >= 10_000;
    let mut out: Vec<Assessment> = if large {
        groups.par_iter().flat_map_iter(one).collect()
    } else {
        groups.iter().flat_map(one).collect()
    };
    for a in &mut out {
        a.tidy_zeros();
    }
    let order = |a: &Assessment, b: &Assessment| {
        (
            &a.region,
            &a.indicator,
            a.target_year.unwrap_or(i32::MAX),
            &a.id,
        )
            .cmp(&(
                &b.region,
                &b.indicator,
                b.target_year.unwrap_or(i32::MAX),
                &b.id,
            ))
    };
    if large {
        out.par_sort_by(order);
    } else {
        out.sort_by(order);
    }
    out
}

/// "as of 2022-02-14" or "" — for reasons.
pub(crate) fn as_of_phrase(opts: &Options) -> String {
    opts.as_of
        .map(|d| {
            opts.lang
                .pick(format!("（截至{d}）"), format!(" as of {d}"))
        })
        .unwrap_or_default()
}

/// Appends a rate for reasons in `lang`: 23.36%/yr or 23.36%/年.
pub(crate) fn push_rate(out: &mut String, r: f64, rate_unit: &RateUnit, lang: crate::model::Lang) {
    let name = rate_unit.name();
    let name = match lang {
        crate::model::Lang::En => name,
        crate::model::Lang::Zh => name.strip_suffix("/yr").unwrap_or(name),
    };
    let per_year = lang.pick("/年", "");
    if *rate_unit == RateUnit::Yearly {
        crate::model::fixed::push_fixed(out, r * 100.0, 2, false);
        out.push_str(lang.pick("%/年", "%/yr"));
    } else {
        crate::model::push_num(out, r);
        out.push(' ');
        out.push_str(name);
        out.push_str(per_year);
    }
}

/// [`push_rate`] as a `String`.
pub(crate) fn rate_words(r: f64, rate_unit: &RateUnit, lang: crate::model::Lang) -> String {
    let mut s = String::new();
    push_rate(&mut s, r, rate_unit, lang);
    s
}

/// A fact for tests: region R, indicator I, exact, increasing.
#[cfg(test)]
#[allow(clippy::too_many_arguments)]
pub(crate) fn fact(
    id: &str,
    kind: Kind,
    form: Form,
    period: crate::model::Period,
    value: f64,
    unit: &str,
    base: Option<crate::model::Period>,
) -> Fact {
    Fact {
        id: id.into(),
        source: String::new(),
        kind,
        form,
        region: "R".into(),
        indicator: "I".into(),
        period,
        value,
        unit: crate::model::Unit::parse(unit).unwrap(),
        qualifier: Qualifier::Exact,
        direction: Direction::Increase,
        direction_given: false,
        base_period: base,
        announced: None,
        as_written: String::new(),
        quote: String::new(),
        note: String::new(),
        origin: String::new(),
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::model::Period;
    use proptest::prelude::*;

    fn finite(a: &Assessment) -> bool {
        [
            a.target_value,
            a.base_value,
            a.pace,
            a.claimed_growth,
            a.observed_growth,
            a.required_growth,
            a.required_growth_remaining,
            a.projected_value,
            a.gap,
            a.gap_pct,
            a.reach_year_exact,
            a.growth_ratio,
            a.base_t,
            a.target_t,
            a.path_growth,
            a.cutoff_scale,
        ]
        .iter()
        .flatten()
        .all(|x| x.is_finite())
    }

    proptest! {
        #[test]
        fn no_assessment_holds_nan_or_infinity(
            v0 in 0.0f64..1e6, v1 in 0.0f64..1e6, y0 in 2000i32..2030, dy in 0i32..5,
            target in 0.0f64..1e7, ty in 1990i32..2060, growth in proptest::option::of(-99.0f64..500.0),
            form in 0usize..5, model in 0usize..2,
        ) {
            let form = [Form::Level, Form::Relative, Form::Rate, Form::Cumulative, Form::Share][form];
            let unit = match form { Form::Relative => "倍", Form::Rate | Form::Share => "%", _ => "亿元" };
            let level_unit = if form == Form::Share { "%" } else { "亿元" };
            let target = if form == Form::Share { target.min(100.0) } else { target };
            let mut facts = vec![
                fact("a0", Kind::Actual, Form::Level, Period::Year(y0), if form == Form::Share { v0.min(100.0) } else { v0 }, level_unit, None),
                fact("a1", Kind::Actual, Form::Level, Period::Year(y0 + dy), if form == Form::Share { v1.min(100.0) } else { v1 }, level_unit, None),
                fact("t", Kind::Target, form, Period::Year(ty), target, unit, Some(Period::Year(y0)).filter(|_| form != Form::Level)),
            ];
            if let Some(g) = growth {
                facts.push(fact("g", Kind::Growth, Form::Level, Period::Year(y0 + dy), g, "%", None));
            }
            let opts = Options { model: if model == 0 { Model::Compound } else { Model::Linear }, ..Options::default() };
            for a in assess_all(&facts, &opts) {
                prop_assert!(finite(&a), "{a:?}");
                prop_assert!(!a.reason.is_empty());
                if a.verdict == Verdict::Achieved && form == Form::Level {
                    prop_assert!(a.base_value.unwrap() >= a.target_value.unwrap());
                }
            }
        }
    }
}
