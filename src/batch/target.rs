//! One target of the batch engine assessed: its inputs gathered from a [`Series`] for the
//! shared [`kernel`], and the kernel's reason writer fed from the file's bytes.

use super::rows::{Parsed, OPEN};
use super::series::Series;
use crate::assess::kernel::{self, Outcome, MIN_OBSERVED_SPAN};
use crate::assess::reason;
use crate::assess::RateUnit;
use crate::assess::{as_of_phrase, Options, PacePref, PaceSource, Verdict};
use crate::model::push_num;
use crate::project::Model;

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
    /// The kernel's outcome; `None` without a baseline.
    pub(super) outcome: Option<Outcome>,
}

impl Out {
    /// Where the pace came from, when there is one: a stated rate wins over the observed.
    pub(super) fn source(&self) -> Option<PaceSource> {
        kernel::choose(PacePref::Auto, self.claimed, self.observed).1
    }

    /// The verdict (not assessable without a baseline).
    pub(super) fn verdict(&self) -> Verdict {
        self.outcome.map_or(Verdict::NotAssessable, |o| o.verdict)
    }

    /// A number of the outcome, if there is one.
    pub(super) fn get<T>(&self, f: impl Fn(&Outcome) -> Option<T>) -> Option<T> {
        self.outcome.as_ref().and_then(f)
    }
}

/// A level target of the batch engine: compound model, baseline = the latest actual, pace =
/// the stated rate, else the rate observed from the earliest actual to the latest.
pub(super) fn assess(s: Series, opts: &Options) -> Out {
    let model = Model::Compound;
    let t = s.target;
    let mut o = Out {
        base_value: None,
        pace: None,
        claimed: None,
        observed: None,
        conflict: false,
        outcome: None,
    };
    let Some(a) = s.a else {
        return o;
    };
    let base = (f64::from(a.year), a.value);
    o.base_value = Some(a.value);
    o.claimed = s.g.map(|g| g.value / 100.0);
    o.observed = s
        .first
        .and_then(|(value, year)| kernel::observed(model, (f64::from(year), value), base));
    o.conflict = match (s.g, o.claimed, o.observed) {
        (Some(g), Some(c), Some(x)) => kernel::conflicts(c, g.qualifier, x),
        _ => false,
    };
    o.pace = kernel::choose(PacePref::Auto, o.claimed, o.observed).0;
    o.outcome = Some(kernel::project(&kernel::Inputs {
        model,
        reference: base,
        base,
        partial: None,
        pace: o.pace,
        level: t.value,
        deadline: (t.year != OPEN).then(|| f64::from(t.year)),
        qualifier: s.tq,
        direction: s.direction(),
        scale: 1.0,
        scheme: opts.scheme,
    }));
    o
}

/// The target as stated (`stated`) and the reason (`reason`, when wanted) for an assessed
/// target; both are cleared first.
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
    let mut written = String::new();
    let written = match p.as_written(s.t as usize) {
        "" => {
            push_num(&mut written, level);
            written.push_str(unit);
            written.as_str()
        }
        w => w,
    };
    reason::push_stated(stated, written, (year != OPEN).then_some(year), opts.lang);
    let Some(out) = reason else { return };
    out.clear();
    let (Some(a), Some(outcome)) = (s.a, o.outcome) else {
        reason::no_baseline(
            out,
            p.key(s.t as usize).1,
            unit,
            &as_of_phrase(opts),
            opts.lang,
        );
        return;
    };
    reason::Level {
        base_value: a.value,
        unit,
        base_when: &a.year,
        has_pace: o.pace.is_some(),
        observed_between: s
            .first
            .filter(|(_, year)| {
                o.observed.is_none() && f64::from(a.year) - f64::from(*year) >= MIN_OBSERVED_SPAN
            })
            .map(|(first, _)| (first, a.value)),
        pace: o.pace,
        source: o.source(),
        rate_unit: &RateUnit::Yearly,
        required: outcome.required,
        conflict: o.conflict.then(|| {
            (
                o.observed.unwrap_or_default(),
                o.claimed.unwrap_or_default(),
            )
        }),
        stated,
        level,
        deadline: &year,
        direction: s.direction(),
        model: Model::Compound,
        lang: opts.lang,
    }
    .write(out, &outcome);
}
