//! Cumulative targets (a sum of yearly flows over a window; linear by nature, never
//! compounded) and rate targets (a growth rate as the goal itself).

use super::kernel::{self, Case, MIN_OBSERVED_SPAN};
use super::level::choose_pace;
use super::{as_of_phrase, reason, series, Assessment, Options, PacePref, PaceSource};
use crate::assess::RateUnit;
use crate::model::{fmt_num, Direction, Fact, Period};
use crate::project::Model;

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
    let mut a = Assessment::from_target(t, Model::Linear, opts.lang);
    a.rate_unit = RateUnit::flow(&t.unit);
    a.target_value = Some(t.value);
    let (Some(from), Some(to)) = (window_start(t), t.period.year()) else {
        return a.not_assessable(reason::note::no_window(opts.lang));
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
            return a.not_assessable(reason::note::no_flows(
                &t.indicator,
                from,
                to,
                &as_of_phrase(opts),
                opts.lang,
            ))
        }
    };
    let elapsed = last_t - f64::from(from - 1);
    a.base_period = Some(format!("{from}/{}", fmt_num(last_t)));
    a.base_t = Some(last_t);
    a.base_value = Some(done);
    a.base_note = Some(reason::note::flow_sum(
        from,
        last_t,
        yearly.len().max(1),
        opts.lang,
    ));
    let pace = (elapsed > 0.0).then(|| done / elapsed);
    a.pace = pace;
    a.pace_source = pace.map(|_| PaceSource::Observed);
    let o = kernel::project(&kernel::Inputs {
        model: Model::Linear,
        reference: (last_t, done),
        base: (last_t, done),
        pace,
        level: t.value,
        deadline: Some(f64::from(to)),
        qualifier: t.qualifier,
        direction: Direction::Increase,
        scale: 1.0,
        scheme: opts.scheme,
    });
    a.verdict = o.verdict;
    if matches!(o.case, Case::NoPace | Case::Paced) {
        a.required_growth = o.required;
        a.required_growth_remaining = o.required;
    }
    if o.case == Case::Paced {
        a.record_projection(&o);
    }
    let mut words = String::new();
    reason::Cumulative {
        done,
        unit: &t.unit.to_string(),
        last_t,
        window: (from, to),
        level: t.value,
        stated: &a.target_stated,
        done_over: a.base_period.as_deref().unwrap_or_default(),
        pace,
        rate_unit: &a.rate_unit,
        lang: opts.lang,
    }
    .write(&mut words, &o);
    a.reason = words;
    a
}

/// Assesses a rate target (年均增长10 %以上): the observed rate (compound growth between the
/// base-period or earliest actual and the latest; else the latest stated year-on-year rate)
/// against the target rate. Once an actual for the deadline exists the verdict is final.
pub fn rate(t: &Fact, facts: &[&Fact], opts: &Options) -> Assessment {
    let mut a = Assessment::from_target(t, Model::Compound, opts.lang);
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
        _ => series::latest_rate(key, facts, true).map(|s| {
            a.base_period = Some(s.period.to_string());
            a.base_note = Some(reason::note::latest_reported_rate(opts.lang));
            (s.rate, s.period.t().unwrap_or_default())
        }),
    };
    let Some((obs, obs_t)) = observed else {
        return a.not_assessable(reason::note::no_observed_rate(
            &t.indicator,
            &as_of_phrase(opts),
            opts.lang,
        ));
    };
    a.pace = Some(obs);
    a.pace_source = Some(PaceSource::Observed);
    a.observed_growth = Some(obs);
    a.gap = Some(obs - wanted);
    a.gap_pct = (wanted != 0.0).then(|| (obs - wanted) / wanted.abs());
    let closed = t.period.t().is_some_and(|d| kernel::at_or_after(obs_t, d));
    let (ratio, verdict) = kernel::rate(obs, wanted, t, closed, opts.scheme);
    a.growth_ratio = ratio;
    a.verdict = verdict;
    let mut words = String::new();
    reason::rate(
        &mut words,
        (obs, a.base_period.as_deref().unwrap_or_default()),
        wanted,
        ratio,
        closed,
        opts.lang,
    );
    a.reason = words;
    a
}
