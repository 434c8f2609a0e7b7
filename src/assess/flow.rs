//! Cumulative targets (a sum of yearly flows over a window; linear by nature, never
//! compounded) and rate targets (a growth rate as the goal itself).

use super::level::{choose_pace, MIN_OBSERVED_SPAN};
use super::series;
use super::{as_of_phrase, meets, rate_words, Assessment, Options, PacePref, PaceSource, Verdict};
use crate::model::{fmt_num, Direction, Fact, Period};
use crate::project::{first_whole_year, Model};

/// The first year of a target's window: `base_period`, or the start of a span period.
fn window_start(t: &Fact) -> Option<i32> {
    match (t.base_period, t.period) {
        (Some(p), _) => match p {
            Period::Span { from, .. } => Some(from),
            p => p.year(),
        },
        (None, Period::Span { from, .. }) => Some(from),
        _ => None,
    }
}

/// Assesses a cumulative target: what is left ÷ years left, against the mean observed flow.
pub fn cumulative(t: &Fact, facts: &[&Fact], opts: &Options) -> Assessment {
    let mut a = Assessment::from_target(t, Model::Linear);
    a.rate_unit = format!("{}/yr", t.unit);
    a.target_value = Some(t.value);
    let (Some(from), Some(to)) = (window_start(t), t.period.year()) else {
        return a.not_assessable(
            "cumulative target needs a window: base_period (first year) and period (last year)",
        );
    };
    let (yearly, span) = series::flows(t.series_key(), facts, &t.unit, from, to);
    let from_yearly = yearly
        .last()
        .map(|(y, _)| (f64::from(*y), yearly.iter().map(|(_, v)| v).sum::<f64>()));
    let (last_t, done) = match (from_yearly, span) {
        (Some(y), Some(s)) => {
            if s.0 > y.0 {
                s
            } else {
                y
            }
        }
        (Some(y), None) => y,
        (None, Some(s)) => s,
        (None, None) => {
            return a.not_assessable(format!(
                "no yearly flows of {} in {from}–{to} in the data{}",
                t.indicator,
                as_of_phrase(opts)
            ))
        }
    };
    let elapsed = last_t - f64::from(from - 1);
    let years_left = f64::from(to) - last_t;
    a.base_period = Some(format!("{from}/{}", fmt_num(last_t)));
    a.base_t = Some(last_t);
    a.base_value = Some(done);
    a.base_note = Some(format!(
        "sum of flows {from}–{} ({} yearly figures)",
        fmt_num(last_t),
        yearly.len().max(1)
    ));
    let left = t.value - done;
    let pace = (elapsed > 0.0).then(|| done / elapsed);
    a.pace = pace;
    a.pace_source = pace.map(|_| PaceSource::Observed);
    if meets(done, t.value, t.qualifier, Direction::Increase) {
        a.verdict = Verdict::Achieved;
        a.reason = format!(
            "{} {} done by {}: meets {}.",
            fmt_num(done),
            t.unit,
            fmt_num(last_t),
            a.target_stated
        );
        return a;
    }
    if years_left <= 0.0 {
        a.verdict = Verdict::Missed;
        a.reason = format!(
            "Window {from}–{to} is over with {} of {} done.",
            fmt_num(done),
            fmt_num(t.value)
        );
        return a;
    }
    let required = left / years_left;
    a.required_growth = Some(required);
    a.required_growth_remaining = Some(required);
    let Some(p) = pace else {
        return a.not_assessable("no elapsed years in the window to observe a yearly flow");
    };
    a.projected_value = Some(done + p * years_left);
    a.gap = a.projected_value.map(|v| v - t.value);
    a.gap_pct = a.gap.filter(|_| t.value != 0.0).map(|g| g / t.value);
    a.growth_ratio = Some(p / required);
    a.reach_year_exact = (p > 0.0).then(|| last_t + left / p);
    a.reach_year = a.reach_year_exact.and_then(first_whole_year);
    a.verdict = opts.scheme.classify(p / required);
    a.reason = format!(
        "{} of {} done over {}; {} left over {} years needs {} against an observed {}; ratio {:.3}.",
        fmt_num(done),
        fmt_num(t.value),
        a.base_period.clone().unwrap_or_default(),
        fmt_num(left),
        fmt_num(years_left),
        rate_words(required, &a.rate_unit),
        rate_words(p, &a.rate_unit),
        p / required
    );
    a
}

/// Assesses a rate target (年均增长10 %以上): the observed rate (compound growth between the
/// base-period or earliest actual and the latest; else the latest stated year-on-year rate)
/// against the target rate. Once an actual for the deadline exists the verdict is final.
pub fn rate(t: &Fact, facts: &[&Fact], opts: &Options) -> Assessment {
    let mut a = Assessment::from_target(t, Model::Compound);
    a.unit = "%".into();
    let sign = if t.direction == Direction::Decrease {
        -1.0
    } else {
        1.0
    };
    let wanted = sign * t.value / 100.0;
    a.required_growth = Some(wanted);
    a.required_growth_remaining = Some(wanted);
    let key = t.series_key();
    let levels = series::actual_unit(key, facts)
        .map(|u| series::levels(key, facts, &u))
        .unwrap_or_default();
    let first = match t.base_period {
        Some(p) => levels.iter().find(|o| o.period == p || Some(o.t) == p.t()),
        None => levels.first(),
    };
    let observed = match (first, levels.last()) {
        (Some(f), Some(l)) if l.t - f.t >= MIN_OBSERVED_SPAN => {
            let pc = choose_pace(t, facts, Model::Compound, f, l, PacePref::Observed);
            a.base_period = Some(format!("{}→{}", f.period, l.period));
            pc.pace.map(|p| (p, l.t))
        }
        _ => series::stated_growth(key, facts).map(|s| {
            a.base_period = Some(s.period.to_string());
            a.base_note = Some("latest reported growth rate".into());
            (s.rate, s.period.t().unwrap_or_default())
        }),
    };
    let Some((obs, obs_t)) = observed else {
        return a.not_assessable(format!(
            "no observed rate: fewer than two actuals of {} and no reported growth rate{}",
            t.indicator,
            as_of_phrase(opts)
        ));
    };
    a.pace = Some(obs);
    a.pace_source = Some(PaceSource::Observed);
    a.observed_growth = Some(obs);
    a.gap = Some(obs - wanted);
    a.gap_pct = (wanted != 0.0).then(|| (obs - wanted) / wanted.abs());
    let ratio = (wanted != 0.0).then(|| obs / wanted);
    a.growth_ratio = ratio;
    let met = meets(obs, wanted, t.qualifier, Direction::Increase);
    let closed = t.period.t().is_some_and(|d| obs_t >= d - 1e-9);
    a.verdict = match (closed, met, ratio) {
        (true, true, _) => Verdict::Achieved,
        (true, false, _) => Verdict::Missed,
        (false, _, Some(r)) => opts.scheme.classify(r),
        (false, _, None) => Verdict::NotAssessable,
    };
    a.reason = format!(
        "Observed {} over {} against a target of {}{}{}.",
        rate_words(obs, "/yr"),
        a.base_period.clone().unwrap_or_default(),
        rate_words(wanted, "/yr"),
        ratio.map(|r| format!(", ratio {r:.3}")).unwrap_or_default(),
        if closed { "; the window is closed" } else { "" }
    );
    a
}
