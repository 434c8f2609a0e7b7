//! The reason sentences: one writer per target form turns an outcome of the
//! [`kernel`](super::kernel) into words, for the reference and the batch engine alike.
//! Numbers are appended in place (no `String` per number), so the batch engine can write a
//! million reasons cheaply.

use super::kernel::{Case, Outcome, MIN_OBSERVED_SPAN};
use super::{push_rate, rate_words, PaceSource, RateUnit};
use crate::model::fixed::{push_digits, push_fixed};
use crate::model::{fmt_num, push_num, Direction, Period};
use crate::project::Model;
use std::fmt::Write;

/// A time as reasons name it: a year, or a period as written.
pub(crate) trait When {
    /// Appends the label.
    fn push_to(&self, out: &mut String);
}

impl When for i32 {
    fn push_to(&self, out: &mut String) {
        push_year(out, *self);
    }
}

impl When for Period {
    fn push_to(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

/// Appends a year as `{y}` would, without the formatting machinery.
pub(crate) fn push_year(out: &mut String, y: i32) {
    if y < 0 {
        out.push('-');
    }
    push_digits(out, u64::from(y.unsigned_abs()), 1);
}

/// "no baseline: no actual value of 医药产业营收 (亿元) in the data as of 2022-02-14".
pub(crate) fn no_baseline(out: &mut String, indicator: &str, unit: &str, as_of: &str) {
    let _ = write!(
        out,
        "no baseline: no actual value of {indicator} ({unit}) in the data{as_of}"
    );
}

/// The words a level target's reason needs beside its [`Outcome`] (values in shown units,
/// paces as shown rates).
pub(crate) struct Level<'a, W: When> {
    /// The baseline value.
    pub(crate) base_value: f64,
    /// Its unit.
    pub(crate) unit: &'a str,
    /// Its period.
    pub(crate) base_when: &'a W,
    /// There is a pace in model terms (even where it cannot be shown as a rate).
    pub(crate) has_pace: bool,
    /// The first and the latest actual (in the target's unit) when they are far enough apart
    /// to observe a rate: without a pace, the model's rate is undefined between them (a zero
    /// level, a share of 0 % or 100 %).
    pub(crate) observed_between: Option<(f64, f64)>,
    /// The pace as shown.
    pub(crate) pace: Option<f64>,
    /// Where it came from.
    pub(crate) source: Option<PaceSource>,
    /// The unit of paces ("/yr", "logit/yr").
    pub(crate) rate_unit: &'a RateUnit,
    /// The required pace as shown.
    pub(crate) required: Option<f64>,
    /// The observed and the stated rate, when they disagree.
    pub(crate) conflict: Option<(f64, f64)>,
    /// The target as stated.
    pub(crate) stated: &'a str,
    /// The target level.
    pub(crate) level: f64,
    /// The target's deadline.
    pub(crate) deadline: &'a W,
    /// Increase or decrease: which side of the target is short.
    pub(crate) direction: Direction,
    /// The growth model (named when it cannot reach the target).
    pub(crate) model: Model,
}

impl<W: When> Level<'_, W> {
    /// Why there is no pace: no stated rate, and no observed one (too few actuals, or a rate
    /// undefined from the first).
    fn why_no_pace(&self, out: &mut String) {
        match self.observed_between {
            Some((first, last)) => {
                let _ = write!(
                    out,
                    "no stated growth rate, and no {} rate can be observed from ",
                    self.model.name()
                );
                push_num(out, first);
                out.push_str(" to ");
                push_num(out, last);
                out.push_str(self.unit);
            }
            None => {
                let _ = write!(
                    out,
                    "no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart"
                );
            }
        }
    }

    /// Writes the reason for `o` into `out` (appended).
    pub(crate) fn write(&self, out: &mut String, o: &Outcome) {
        match o.case {
            Case::Achieved => {
                self.base_words(out);
                let _ = write!(out, " already meets {}.", self.stated);
            }
            Case::NoYear if !self.has_pace => {
                out.push_str("No target year and no pace: ");
                self.why_no_pace(out);
                out.push('.');
            }
            Case::NoYear => {
                out.push_str("No target year. From ");
                self.base_words(out);
                out.push(' ');
                self.pace_words(out, "at");
                out.push_str(": ");
                self.reach_words(out, o);
            }
            Case::Missed => {
                self.base_words(out);
                out.push_str(", at or after the ");
                self.deadline.push_to(out);
                out.push_str(" deadline, falls short of ");
                push_num(out, self.level);
                out.push('.');
            }
            Case::NoPace => {
                out.push_str("No pace: ");
                self.why_no_pace(out);
                out.push_str(". From ");
                self.base_words(out);
                out.push_str(", ");
                self.need(out);
                out.push_str(" is needed to reach ");
                push_num(out, self.level);
                out.push_str(" by ");
                self.deadline.push_to(out);
                out.push('.');
            }
            Case::Unreachable => {
                out.push_str("From ");
                self.base_words(out);
                out.push(' ');
                self.pace_words(out, "at");
                let _ = write!(out, ", a {} path never reaches ", self.model.name());
                push_num(out, self.level);
                out.push_str(" by ");
                self.deadline.push_to(out);
                out.push('.');
                match self.model {
                    Model::Compound => out.push_str(" `--model linear` assesses it."),
                    Model::Logistic if self.level >= 100.0 => out.push_str(
                        " A share approaches 100% but never reaches it: state the target below 100% (99.5%), or assess it as a level.",
                    ),
                    _ => {}
                }
            }
            Case::Paced => {
                let gap = o.gap.unwrap_or_default();
                self.pace_words(out, "At");
                out.push(' ');
                self.base_words(out);
                out.push_str(" reaches ");
                push_num(out, o.projected.unwrap_or_default());
                out.push_str(" by ");
                self.deadline.push_to(out);
                out.push_str(": ");
                push_num(out, gap.abs());
                let short = (gap < 0.0) == (self.direction == Direction::Increase);
                out.push_str(if short {
                    " short ("
                } else {
                    " beyond the target ("
                });
                push_fixed(out, o.gap_pct.unwrap_or_default() * 100.0, 1, true);
                out.push_str("%); ");
                self.need(out);
                out.push_str(" needed, ratio ");
                push_fixed(out, o.ratio.unwrap_or_default(), 3, false);
                out.push_str("; ");
                self.reach_words(out, o);
            }
        }
    }

    /// "350亿元 (2021)".
    fn base_words(&self, out: &mut String) {
        push_num(out, self.base_value);
        out.push_str(self.unit);
        out.push_str(" (");
        self.base_when.push_to(out);
        out.push(')');
    }

    /// "23.36%/yr" or "—".
    fn need(&self, out: &mut String) {
        match self.required {
            Some(q) => push_rate(out, q, self.rate_unit),
            None => out.push('—'),
        }
    }

    /// "at 20.00%/yr (stated)", led by `at` ("at" or "At"); nothing without a shown pace.
    fn pace_words(&self, out: &mut String, at: &str) {
        if let (Some(p), Some(s)) = (self.pace, self.source) {
            out.push_str(at);
            out.push(' ');
            push_rate(out, p, self.rate_unit);
            out.push_str(match s {
                PaceSource::Claimed => " (stated)",
                PaceSource::Observed => " (observed)",
            });
        }
    }

    /// "reached in 2027 (2026.76)." or "never reached at this pace.", and the conflict between
    /// the observed and the stated rate, if any.
    fn reach_words(&self, out: &mut String, o: &Outcome) {
        match (o.reach_year, o.reach_exact) {
            (Some(y), Some(x)) => {
                out.push_str("reached in ");
                push_year(out, y);
                out.push_str(" (");
                push_fixed(out, x, 2, false);
                out.push_str(").");
            }
            _ => out.push_str("never reached at this pace."),
        }
        if let Some((observed, claimed)) = self.conflict {
            out.push_str(" Observed ");
            push_rate(out, observed, &RateUnit::Yearly);
            out.push_str(" disagrees with the stated ");
            push_rate(out, claimed, &RateUnit::Yearly);
            out.push('.');
        }
    }
}

/// The words a cumulative target's reason needs beside its [`Outcome`].
pub(crate) struct Cumulative<'a> {
    /// The sum of the flows so far.
    pub(crate) done: f64,
    /// The flows' unit.
    pub(crate) unit: &'a str,
    /// When the sum was last known.
    pub(crate) last_t: f64,
    /// The window's first and last year.
    pub(crate) window: (i32, i32),
    /// The target sum.
    pub(crate) level: f64,
    /// The target as stated.
    pub(crate) stated: &'a str,
    /// "2021/2023": the window so far.
    pub(crate) done_over: &'a str,
    /// The mean yearly flow so far.
    pub(crate) pace: Option<f64>,
    /// "亿元/yr".
    pub(crate) rate_unit: &'a RateUnit,
}

impl Cumulative<'_> {
    /// Writes the reason for `o` into `out` (appended).
    pub(crate) fn write(&self, out: &mut String, o: &Outcome) {
        let (from, to) = self.window;
        let (done, level) = (fmt_num(self.done), fmt_num(self.level));
        let _ = match o.case {
            Case::Achieved => write!(
                out,
                "{done} {} done by {}: meets {}.",
                self.unit,
                fmt_num(self.last_t),
                self.stated
            ),
            Case::Missed => write!(
                out,
                "Window {from}–{to} is over with {done} of {level} done."
            ),
            Case::NoYear | Case::NoPace | Case::Unreachable => write!(
                out,
                "no elapsed years in the window to observe a yearly flow"
            ),
            Case::Paced => {
                let required = o.required.unwrap_or_default();
                let pace = self.pace.unwrap_or_default();
                write!(
                    out,
                    "{done} of {level} done over {}; {} left over {} years needs {} against an observed {}; ratio {:.3}.",
                    self.done_over,
                    fmt_num(self.level - self.done),
                    fmt_num(f64::from(to) - self.last_t),
                    rate_words(required, self.rate_unit),
                    rate_words(pace, self.rate_unit),
                    o.ratio.unwrap_or_default()
                )
            }
        };
    }
}

/// A rate target's reason: "Observed 4.10%/yr over 2015→2019 against a target of
/// 5.00%/yr, ratio 0.820."
pub(crate) fn rate(
    out: &mut String,
    observed: f64,
    over: &str,
    wanted: f64,
    ratio: Option<f64>,
    closed: bool,
) {
    let _ = write!(
        out,
        "Observed {} over {over} against a target of {}{}{}.",
        rate_words(observed, &RateUnit::Yearly),
        rate_words(wanted, &RateUnit::Yearly),
        ratio.map(|r| format!(", ratio {r:.3}")).unwrap_or_default(),
        if closed { "; the window is closed" } else { "" }
    );
}

/// A trend's reason: "Observed +2.10%/yr over 2015→2024 in the wanted direction (increase):
/// substantial progress (Statistics Canada: ≥ 1.50%/yr substantial, ≥ 0.50%/yr moderate)."
pub(crate) fn trend(
    out: &mut String,
    a: &super::Assessment,
    (first, last): (&super::series::Obs, &super::series::Obs),
    wanted: f64,
    scheme: super::TrendScheme,
) {
    let c = a.cutoff_scale.unwrap_or(1.0);
    let _ = write!(
        out,
        "Observed {} over {}→{} ({} wanted): {} the wanted way, {}",
        rate_words(a.pace.unwrap_or_default(), &RateUnit::Yearly),
        first.period,
        last.period,
        a.direction,
        rate_words(wanted, &RateUnit::Yearly),
        a.verdict.name().replace('_', " ")
    );
    let _ = match scheme {
        super::TrendScheme::Statcan => write!(
            out,
            " (Statistics Canada: ≥ {} substantial, ≥ {} moderate{}).",
            rate_words(0.015 * c, &RateUnit::Yearly),
            rate_words(0.005 * c, &RateUnit::Yearly),
            a.cutoff_scale
                .map(|c| format!(", scaled by C = {c:.3} for a share"))
                .unwrap_or_default()
        ),
        super::TrendScheme::Eurostat => write!(
            out,
            " (Eurostat: above 1.00%/yr significant progress, 0 to −1.00%/yr moderate movement away)."
        ),
    };
}
