//! One target of the batch engine assessed: the numbers of the reference engine's level
//! assessment for the simple case, and its words (the target as stated, the reason).

use super::eligible::{Parsed, OPEN};
use super::series::Series;
use crate::assess::level::MIN_OBSERVED_SPAN;
use crate::assess::{as_of_phrase, meets, push_rate, Options, PaceSource, Verdict};
use crate::model::fixed::{push_digits, push_fixed};
use crate::model::{push_num, Direction, Qualifier};
use crate::project::{first_whole_year, Model};
use std::fmt::Write;

/// Which of the reference engine's cases a target falls in (it picks the reason's wording).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Case {
    NoBaseline,
    Achieved,
    /// A target without a year: only the reach year can be said.
    NoYear,
    Missed,
    NoPace,
    Paced,
}

/// One assessed target: the report's computed numbers (the target's own cells are in its
/// [`Series`]).
#[derive(Clone, Copy)]
pub(super) struct Out {
    pub(super) base_value: Option<f64>,
    pub(super) pace: Option<f64>,
    pub(super) claimed: Option<f64>,
    pub(super) observed: Option<f64>,
    /// The observed rate falls outside the stated one.
    pub(super) conflict: bool,
    pub(super) required: Option<f64>,
    pub(super) projected: Option<f64>,
    pub(super) gap: Option<f64>,
    pub(super) gap_pct: Option<f64>,
    pub(super) reach_year: Option<i32>,
    pub(super) reach_exact: Option<f64>,
    pub(super) ratio: Option<f64>,
    pub(super) verdict: Verdict,
    pub(super) case: Case,
}

impl Out {
    /// Where the pace came from, when there is one: a stated rate wins over the observed.
    pub(super) fn source(&self) -> Option<PaceSource> {
        match (self.claimed, self.observed) {
            (Some(_), _) => Some(PaceSource::Claimed),
            (None, Some(_)) => Some(PaceSource::Observed),
            (None, None) => None,
        }
    }
}

/// Appends a year as `{y}` would (years here are non-negative: four digits when parsed, or
/// a reach year after them).
pub(super) fn push_year(out: &mut String, y: i32) {
    if y < 0 {
        out.push('-');
    }
    push_digits(out, u64::from(y.unsigned_abs()), 1);
}

/// The level-target arithmetic of [`crate::assess::level::assess`] for the simple case:
/// compound model, baseline = the latest actual, pace = the stated rate, else the rate
/// observed from the earliest actual to the latest.
pub(super) fn assess(s: Series, opts: &Options) -> Out {
    let model = Model::Compound;
    let t = s.target;
    let (level, year) = (t.value, t.year);
    let mut o = Out {
        base_value: None,
        pace: None,
        claimed: None,
        observed: None,
        conflict: false,
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
    let (bt, bv) = (f64::from(a.year), a.value);
    let deadline = (year != OPEN).then(|| f64::from(year));
    o.base_value = Some(bv);
    o.claimed = s.g.map(|g| g.value / 100.0);
    o.observed = s
        .first
        .map(|(value, year)| (f64::from(year), value))
        .filter(|f| bt - f.0 >= MIN_OBSERVED_SPAN)
        .and_then(|f| model.pace_between(f, (bt, bv)));
    o.conflict = match (s.g, o.claimed, o.observed) {
        (Some(g), Some(c), Some(x)) => match g.qualifier {
            Qualifier::AtLeast => x < c - 1e-9,
            Qualifier::AtMost => x > c + 1e-9,
            Qualifier::Exact | Qualifier::About => (x - c).abs() > 0.01,
        },
        _ => false,
    };
    let pace = o.claimed.or(o.observed);
    o.pace = pace;
    let req = deadline.and_then(|tt| model.pace_between((bt, bv), (tt, level)));
    o.required = req;
    if let Some(pc) = pace {
        if let Some(tt) = deadline {
            o.projected = model.project((bt, bv), pc, tt);
            o.gap = o.projected.map(|v| v - level);
            o.gap_pct = o.gap.filter(|_| level != 0.0).map(|g| g / level);
            o.ratio = req
                .filter(|r| *r != 0.0)
                .map(|r| pc / r)
                .filter(|x| x.is_finite());
        }
        o.reach_exact = model.reach_time((bt, bv), pc, level);
        o.reach_year = o.reach_exact.and_then(first_whole_year);
    }
    (o.case, o.verdict) = if meets(bv, level, s.tq, s.direction()) {
        (Case::Achieved, Verdict::Achieved)
    } else if deadline.is_none() {
        (Case::NoYear, Verdict::NotAssessable)
    } else if deadline.is_some_and(|tt| bt >= tt - 1e-9) {
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
pub(super) fn explain(
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
    match p.as_written(s.t as usize) {
        "" => {
            push_num(stated, level);
            stated.push_str(unit);
        }
        w => stated.push_str(w),
    }
    if year == OPEN {
        stated.push_str(" (no year)");
    } else {
        stated.push_str(" by ");
        push_year(stated, year);
    }
    let Some(reason) = reason else { return };
    reason.clear();
    let Some(a) = s.a else {
        let _ = write!(
            reason,
            "no baseline: no actual value of {} ({unit}) in the data{}",
            p.key(s.t as usize).1,
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
        Case::NoYear if o.pace.is_none() => {
            let _ = write!(reason, "No target year and no pace: no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart.");
        }
        Case::NoYear => {
            reason.push_str("No target year. From ");
            base_words(reason);
            pace_words(reason, o, " at ");
            reason.push_str(": ");
            reach_words(reason, o);
        }
        Case::Paced => {
            let proj = o.projected.unwrap_or_default();
            let gap = o.gap.unwrap_or_default();
            // The reference capitalises "at …" to "At …".
            pace_words(reason, o, "At ");
            reason.push(' ');
            base_words(reason);
            reason.push_str(" reaches ");
            push_num(reason, proj);
            reason.push_str(" by ");
            push_year(reason, year);
            reason.push_str(": ");
            push_num(reason, gap.abs());
            let short = (gap < 0.0) == (s.direction() == Direction::Increase);
            reason.push_str(if short {
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
            reach_words(reason, o);
        }
    }
}

/// `lead` ("At " or " at ") and "20.00%/yr (stated)".
fn pace_words(reason: &mut String, o: &Out, lead: &str) {
    reason.push_str(lead);
    push_rate(reason, o.pace.unwrap_or_default(), "/yr");
    reason.push_str(match o.source() {
        Some(PaceSource::Observed) => " (observed)",
        _ => " (stated)",
    });
}

/// "reached in 2027 (2026.76)." or "never reached at this pace.", and the conflict between
/// the observed and the stated rate, if any.
fn reach_words(reason: &mut String, o: &Out) {
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
    if o.conflict {
        reason.push_str(" Observed ");
        push_rate(reason, o.observed.unwrap_or_default(), "/yr");
        reason.push_str(" disagrees with the stated ");
        push_rate(reason, o.claimed.unwrap_or_default(), "/yr");
        reason.push('.');
    }
}
