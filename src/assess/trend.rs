//! Trends: an indicator with actuals and a wanted `direction` but no target gets a progress
//! verdict from its observed rate in that direction (Statistics Canada's thresholds, or
//! Eurostat's on request; for shares Statistics Canada scales them by its factor C).

use super::verdict::limit_factor;
use super::{as_of_phrase, kernel, reason, series, Assessment, Options, PaceSource};
use crate::model::{Direction, Fact, Form, Kind};
use crate::project::Model;

/// What a trend row's id adds to the id of the actual that asks for it.
const TREND_ID: &str = "~trend";

/// The actual behind a trend row's id, if it is one.
pub(crate) fn actual_id(trend_id: &str) -> Option<&str> {
    trend_id.strip_suffix(TREND_ID)
}

/// The trend row of a series (its facts known at the as-of date) without targets, when one of
/// its actuals states the wanted direction.
pub(crate) fn assess(facts: &[&Fact], opts: &Options) -> Option<Assessment> {
    let latest_given = facts
        .iter()
        .filter(|f| f.kind == Kind::Actual && f.direction_given)
        .max_by(|a, b| {
            a.period
                .t()
                .partial_cmp(&b.period.t())
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
    let mut a = Assessment::from_target(latest_given, Model::Compound, opts.lang);
    a.id = format!("{}{TREND_ID}", latest_given.id);
    a.form = Form::Trend;
    (a.target_year, a.target_t) = (None, None);
    a.target_stated = reason::note::trend_stated(latest_given.direction, opts.lang);
    a.target_as_written = String::new();
    let key = latest_given.series_key();
    let unit = series::actual_unit(key, facts)?;
    a.unit = unit.to_string();
    let obs = series::levels(key, facts, &unit, None);
    let Some(last) = obs.last() else {
        let words = reason::note::no_trend_actual(&a.indicator, &as_of_phrase(opts), opts.lang);
        return Some(a.not_assessable(words));
    };
    (a.base_period, a.base_t, a.base_value) = (
        Some(last.period.to_string()),
        Some(last.t),
        Some(last.value),
    );
    // A zero has no growth rate: the rate starts at the first positive actual.
    let first = obs.iter().find(|o| o.value > 0.0).unwrap_or(last);
    let Some(rate) = kernel::observed(
        Model::Compound,
        (first.t, first.value),
        (last.t, last.value),
    ) else {
        let words = reason::note::no_trend_rate(&a.indicator, &as_of_phrase(opts), opts.lang);
        return Some(a.not_assessable(words));
    };
    a.pace = Some(rate);
    a.observed_growth = Some(rate);
    a.pace_source = Some(PaceSource::Observed);
    let wanted = match a.direction {
        Direction::Increase => rate,
        Direction::Decrease => -rate,
    };
    let c = (unit.is_percent() && opts.trend == super::TrendScheme::Statcan)
        .then(|| limit_factor(last.value));
    a.cutoff_scale = c;
    a.verdict = kernel::trend(wanted, c.unwrap_or(1.0), opts.trend);
    let mut words = String::new();
    reason::trend(&mut words, &a, (first, last), wanted, opts.trend, opts.lang);
    a.reason = words;
    Some(a)
}
