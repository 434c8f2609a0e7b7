//! The assessment kernel: one target's numbers and verdict from plain values.
//!
//! Every engine (the reference engine of [`super::level`] and [`super::flow`], the batch
//! engine, the sweep) gathers a target's inputs its own way and then calls [`project`] for
//! the numbers and [`decide`] for the verdict, so each rule (the verdict order, the cut-offs,
//! what counts as met, when a stated rate conflicts with the observed one) is written here
//! once. The words for the outcome are written by [`super::reason`].

use super::{meets, PacePref, PaceSource, Scheme, Verdict};
use crate::model::{Direction, Qualifier};
use crate::project::{first_whole_year, Model, Point};

/// Minimum distance in years between two actuals for an observed rate.
pub const MIN_OBSERVED_SPAN: f64 = 0.5;

/// Least time in years from an actual to a deadline for a required yearly pace (a month).
pub const MIN_REQUIRED_SPAN: f64 = 1.0 / 12.0;

/// Which of the verdict order's steps decided a target (it also picks the reason's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// The baseline already meets the target.
    Achieved,
    /// A target without a year: only the reach year can be said.
    NoYear,
    /// The deadline has passed (an actual at or after it) and the target is not met.
    Missed,
    /// No pace to compare.
    NoPace,
    /// A pace, but the model cannot reach the target (a compound path never reaches 0).
    Unreachable,
    /// A growth ratio classified by the scheme's cut-offs.
    Paced,
    /// The deadline's year is under way and the baseline is its part-year flow annualised:
    /// an estimate of the year, classified by estimate ÷ target with the scheme's cut-offs.
    PartYear,
}

/// What the verdict order looks at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Situation {
    /// The target is met by the latest figure.
    pub(crate) met: bool,
    /// `Some(true)` once the latest figure is at or after the deadline; `None` without one.
    pub(crate) closed: Option<bool>,
    /// There is a pace (even when no ratio can be formed with it).
    pub(crate) paced: bool,
    /// Pace ÷ required pace, when both exist.
    pub(crate) ratio: Option<f64>,
}

/// The verdict order: achieved → no year → missed → no pace (or a target the model cannot
/// reach) → the scheme's cut-offs.
pub(crate) fn decide(s: Situation, scheme: Scheme) -> (Case, Verdict) {
    if s.met {
        return (Case::Achieved, Verdict::Achieved);
    }
    match (s.closed, s.ratio) {
        (None, _) => (Case::NoYear, Verdict::NotAssessable),
        (Some(true), _) => (Case::Missed, Verdict::Missed),
        (Some(false), None) if s.paced => (Case::Unreachable, Verdict::NotAssessable),
        (Some(false), None) => (Case::NoPace, Verdict::NotAssessable),
        (Some(false), Some(r)) => (Case::Paced, scheme.classify(r)),
    }
}

/// Whether a time `t` is at or after a deadline.
pub(crate) fn at_or_after(t: f64, deadline: f64) -> bool {
    t >= deadline - 1e-9
}

/// The pace observed between two actuals (model terms), when they are at least
/// [`MIN_OBSERVED_SPAN`] apart.
pub(crate) fn observed(model: Model, first: Point, last: Point) -> Option<f64> {
    (last.0 - first.0 >= MIN_OBSERVED_SPAN)
        .then(|| model.pace_between(first, last))
        .flatten()
}

/// Whether an observed rate disagrees with a stated one: below an "at least" rate, above an
/// "at most" rate, or more than one point from an exact or approximate one.
pub(crate) fn conflicts(stated: f64, qualifier: Qualifier, observed: f64) -> bool {
    match qualifier {
        Qualifier::AtLeast => observed < stated - 1e-9,
        Qualifier::AtMost => observed > stated + 1e-9,
        Qualifier::Exact | Qualifier::About => (observed - stated).abs() > 0.01,
    }
}

/// The pace to project with and where it came from, given a stated and an observed pace (both
/// in model terms).
pub(crate) fn choose(
    pref: PacePref,
    stated: Option<f64>,
    observed: Option<f64>,
) -> (Option<f64>, Option<PaceSource>) {
    let tag = |p: Option<f64>, s| (p, p.map(|_| s));
    match pref {
        PacePref::Auto => match stated {
            Some(_) => tag(stated, PaceSource::Claimed),
            None => tag(observed, PaceSource::Observed),
        },
        PacePref::Claimed => tag(stated, PaceSource::Claimed),
        PacePref::Observed => tag(observed, PaceSource::Observed),
    }
}

/// A rate target's ratio and verdict: an observed yearly rate against the wanted one (negative
/// for a decrease). A yearly decrease of 3 % is met by −3.2 %/yr, not by −1 %/yr; a rate is met
/// or missed only once its window has closed; a wanted rate of 0 (hold steady) gives no ratio,
/// so until then it is on track while met and deteriorating otherwise.
pub(crate) fn rate(
    observed: f64,
    wanted: f64,
    target: &crate::model::Fact,
    closed: bool,
    scheme: Scheme,
) -> (Option<f64>, Verdict) {
    let met = meets(observed, wanted, target.qualifier, target.direction);
    // A ceiling is kept while the rate seen is at or under it; over it, the ratio is how much
    // of the rate seen the ceiling allows (3.5 % against 4 % seen: 0.875).
    if rate_cap(target) && wanted > 0.0 {
        let ratio = (observed > 0.0).then(|| wanted / observed);
        let verdict = match (met, closed, ratio) {
            (true, true, _) => Verdict::Achieved,
            (true, false, _) => Verdict::OnTrack,
            (false, true, _) => Verdict::Missed,
            (false, false, r) => r.map_or(Verdict::Deterioration, |r| scheme.classify(r)),
        };
        return (ratio, verdict);
    }
    let ratio = (wanted != 0.0).then(|| observed / wanted);
    if wanted == 0.0 && !closed {
        return (
            None,
            if met {
                Verdict::OnTrack
            } else {
                Verdict::Deterioration
            },
        );
    }
    let situation = Situation {
        met: met && closed,
        closed: Some(closed),
        paced: false,
        ratio,
    };
    (ratio, decide(situation, scheme).1)
}

/// Whether a rate goal is a ceiling on the rate (涨幅控制在3.5%左右, 不超过3%): at most, with no
/// direction written (a fall is written as one: 下降3%以内 has direction decrease given).
pub(crate) fn rate_cap(target: &crate::model::Fact) -> bool {
    target.qualifier == Qualifier::AtMost && !target.direction_given
}

/// The verdict of a trend (no target): its yearly rate in the wanted direction against the
/// trend scheme's thresholds, the positive ones scaled by `c` (Statistics Canada's factor C
/// for shares, else 1).
pub(crate) fn trend(wanted_rate: f64, c: f64, scheme: super::TrendScheme) -> Verdict {
    scheme.classify(wanted_rate, c)
}

/// A level target's inputs, in the model's terms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Inputs {
    /// Growth model.
    pub(crate) model: Model,
    /// Where required growth is measured from: the base period's actual, else the baseline.
    pub(crate) reference: Point,
    /// The baseline (the latest actual): projections start here.
    pub(crate) base: Point,
    /// When the baseline is a part-year flow annualised (at its year's end on the axis): the
    /// flow as stated. Only it can show the target met before the year is over.
    pub(crate) partial: Option<f64>,
    /// Pace in model terms (a rate, an absolute slope, a log-odds slope).
    pub(crate) pace: Option<f64>,
    /// The target level.
    pub(crate) level: f64,
    /// The deadline, if the target has a year.
    pub(crate) deadline: Option<f64>,
    /// At least, at most, about or exactly.
    pub(crate) qualifier: Qualifier,
    /// Whether the target is an increase or a decrease.
    pub(crate) direction: Direction,
    /// Shown values are model values × this (100 for shares modelled as fractions).
    pub(crate) scale: f64,
    /// Verdict cut-offs.
    pub(crate) scheme: Scheme,
}

/// A level target's outcome: projected values in shown units, paces in model terms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Outcome {
    /// Pace needed from the reference point to the target (model terms).
    pub(crate) required: Option<f64>,
    /// Pace needed from the baseline to the target (model terms).
    pub(crate) required_remaining: Option<f64>,
    /// Value at the deadline at the pace (shown units).
    pub(crate) projected: Option<f64>,
    /// Projected − target (shown units).
    pub(crate) gap: Option<f64>,
    /// Gap ÷ target.
    pub(crate) gap_pct: Option<f64>,
    /// Pace ÷ required pace.
    pub(crate) ratio: Option<f64>,
    /// When the path reaches the target.
    pub(crate) reach_exact: Option<f64>,
    /// The first whole year at or after `reach_exact`.
    pub(crate) reach_year: Option<i32>,
    /// A part-year flow that already meets the target, as stated (shown units): what the
    /// words of an achieved target cite instead of its annualised estimate.
    pub(crate) seen: Option<f64>,
    /// The step of the verdict order that decided.
    pub(crate) case: Case,
    /// The verdict.
    pub(crate) verdict: Verdict,
}

/// Projects a level target and decides its verdict.
///
/// The growth ratio compares the pace with the pace required from the reference point; when
/// the reference point already meets the target (a base year past it, or on it) that required
/// pace points the wrong way or is zero, and the pace required from the baseline is used. An
/// "at most" target of an increasing quantity is a cap: it is met only once its deadline has
/// passed within it, and until then the ratio is the allowed pace ÷ the pace.
pub(crate) fn project(i: &Inputs) -> Outcome {
    let m = i.model;
    let mut o = Outcome {
        required: None,
        required_remaining: None,
        projected: None,
        gap: None,
        gap_pct: None,
        ratio: None,
        reach_exact: None,
        reach_year: None,
        seen: None,
        case: Case::NoPace,
        verdict: Verdict::NotAssessable,
    };
    let cap = i.qualifier == Qualifier::AtMost && i.direction == Direction::Increase;
    let closed = i.deadline.map(|tt| at_or_after(i.base.0, tt));
    if let Some(tt) = i.deadline {
        // A yearly pace over less than a month (from 17 December to the year's end) says
        // nothing a person can use.
        let pace_to = |from: Point| {
            (tt - from.0 >= MIN_REQUIRED_SPAN || tt <= from.0)
                .then(|| m.pace_between(from, (tt, i.level)))
                .flatten()
        };
        o.required = pace_to(i.reference);
        o.required_remaining = pace_to(i.base);
        if let Some(p) = i.pace {
            o.projected = m.project(i.base, p, tt).map(|v| v * i.scale);
            o.gap = o.projected.map(|v| v - i.level * i.scale);
            o.gap_pct = o
                .gap
                .filter(|_| i.level != 0.0)
                .map(|g| g / (i.level * i.scale));
            let past =
                i.reference != i.base && meets(i.reference.1, i.level, i.qualifier, i.direction);
            let required = if past {
                o.required_remaining
            } else {
                o.required
            };
            o.ratio = match cap {
                true => required.filter(|_| p > 0.0).map(|r| r / p),
                false => required.filter(|r| *r != 0.0).map(|r| p / r),
            }
            .filter(|x| x.is_finite())
            // A path that cannot get from the baseline to the target (a compound path from 0
            // or to 0) has no ratio, whatever the reference point.
            .filter(|_| o.required_remaining.is_some());
        }
    }
    if let Some(p) = i.pace {
        o.reach_exact = m.reach_time(i.base, p, i.level);
        o.reach_year = o.reach_exact.and_then(first_whole_year);
    }
    // The deadline's year under way, its flow so far annualised: met once the flow so far
    // meets it (a flow only adds up), else an estimate of the year against the target.
    // So is a later target the estimate already meets: met only as stated, else the
    // estimate against it.
    if let (Some(seen), Some(tt)) = (i.partial, i.deadline) {
        let under_way = at_or_after(tt, i.base.0) && at_or_after(i.base.0, tt);
        if under_way || meets(i.base.1, i.level, i.qualifier, i.direction) {
            return part_year(i, o, seen);
        }
    }
    // An estimate of a year (its flow so far annualised) meets no target by itself: only the
    // flow so far, as stated, can, and only an increase (a flow only adds up).
    let met = match i.partial {
        Some(seen) => {
            o.seen = seen_meets(i, seen).then_some(seen * i.scale);
            o.seen.is_some()
        }
        None => meets(i.base.1, i.level, i.qualifier, i.direction),
    };
    (o.case, o.verdict) = decide(
        Situation {
            met: met && (!cap || closed == Some(true)),
            closed,
            paced: i.pace.is_some(),
            ratio: o.ratio.filter(|_| o.projected.is_some()),
        },
        i.scheme,
    );
    // A cap that does not grow at all stays within it.
    if cap && met && o.case == Case::Unreachable && i.pace.is_some_and(|p| p <= 0.0) {
        (o.case, o.verdict) = (Case::Paced, Verdict::OnTrack);
    }
    o
}

/// Whether a flow so far, as stated, meets the target: only an increase can be met before its
/// year is out (a flow only adds up).
fn seen_meets(i: &Inputs, seen: f64) -> bool {
    i.direction == Direction::Increase && meets(seen, i.level, i.qualifier, i.direction)
}

/// A target of the year under way against an estimate of that year (the flow so far
/// annualised): achieved once the flow so far meets an increase; else the estimate ÷ the
/// target (the target ÷ the estimate for a decrease) classified by the scheme's cut-offs.
fn part_year(i: &Inputs, mut o: Outcome, seen: f64) -> Outcome {
    let estimate = i.base.1;
    o.projected = Some(estimate * i.scale);
    o.gap = Some((estimate - i.level) * i.scale);
    o.gap_pct = (i.level != 0.0).then(|| (estimate - i.level) / i.level);
    if seen_meets(i, seen) {
        (o.case, o.verdict) = (Case::Achieved, Verdict::Achieved);
        o.seen = Some(seen * i.scale);
        return o;
    }
    o.ratio = match i.direction {
        Direction::Increase => (i.level != 0.0).then(|| estimate / i.level),
        Direction::Decrease => (estimate != 0.0).then(|| i.level / estimate),
    }
    .filter(|r| r.is_finite());
    (o.case, o.verdict) = match o.ratio {
        Some(r) => (Case::PartYear, i.scheme.classify(r)),
        None => (Case::NoPace, Verdict::NotAssessable),
    };
    o
}

/// A model-terms pace shown as a yearly rate: linear slopes as a fraction of the baseline.
pub(crate) fn shown(model: Model, pace: f64, base: f64) -> Option<f64> {
    match model {
        Model::Linear => (base != 0.0).then(|| pace / base),
        _ => Some(pace),
    }
}

#[cfg(test)]
mod tests;
