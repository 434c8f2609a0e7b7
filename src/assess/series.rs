//! Gathering one indicator's observations: level actuals on the time axis (partial years
//! annualised, with the method written down) and stated growth rates.

use crate::model::period::counts_from_months;
use crate::model::{Fact, Kind, Period, Qualifier, Unit};
use crate::project::Model;

/// One level observation, in the assessment's unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Obs {
    /// Time on the axis (end of year Y = Y).
    pub t: f64,
    /// Value in the assessment's unit (a part-year flow annualised).
    pub value: f64,
    /// The value as stated, in the assessment's unit (a part-year flow before annualising).
    pub stated: f64,
    /// The period as stated in the data (2021Q1-Q3 for an annualised figure).
    pub period: Period,
    /// How the value was derived when it is not the figure as stated.
    pub note: Option<Derived>,
}

/// How a part-year value was made a yearly one (words in [`super::reason::note`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Derived {
    /// The prior year's value × (1 + the period's year-on-year change).
    Annualised {
        /// The prior year.
        prior_year: i32,
        /// Its value.
        prior: f64,
        /// The year-on-year change, in %.
        yoy: f64,
        /// The part-year period.
        period: Period,
    },
    /// The part-year value × the year / the part (12/7 for seven months, 365/232 for the
    /// days to 20 August).
    ProRata {
        /// The part-year value.
        value: f64,
        /// The part-year period.
        period: Period,
        /// The part, in months or days.
        part: f64,
        /// The year, in the part's measure (12 months, 365 or 366 days).
        whole: f64,
    },
}

impl Derived {
    /// The note in `lang`.
    pub fn words(&self, lang: crate::model::Lang) -> String {
        use super::reason::note;
        match *self {
            Derived::Annualised {
                prior_year,
                prior,
                yoy,
                period,
            } => note::annualised(prior_year, prior, yoy, &period, lang),
            Derived::ProRata {
                value,
                period,
                part,
                whole,
            } => note::pro_rata(value, &period, (part, whole), lang),
        }
    }
}

/// A stated growth rate, as a fraction per year.
#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    /// The rate (0.20 for 20 %).
    pub rate: f64,
    /// 以上 etc.
    pub qualifier: Qualifier,
    /// The period the rate refers to.
    pub period: Period,
}

pub(super) fn same_series<'a>(
    key: (&'a str, &'a str),
    facts: &'a [&'a Fact],
) -> impl Iterator<Item = &'a Fact> + 'a {
    facts.iter().copied().filter(move |f| f.series_key() == key)
}

/// The unit level actuals of this series are written in: the latest actual's unit.
pub fn actual_unit(key: (&str, &str), facts: &[&Fact]) -> Option<Unit> {
    same_series(key, facts)
        .filter(|f| f.kind == Kind::Actual && f.covered().is_level())
        .max_by(|a, b| {
            a.covered()
                .t()
                .partial_cmp(&b.covered().t())
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .map(|f| f.unit.clone())
}

/// The latest actual of the series as written, in `unit`, dated no later than `until` (a
/// part-year goal's base, shown when no actual of its very part closes it).
pub fn latest_as_written<'a>(
    key: (&str, &str),
    facts: &[&'a Fact],
    unit: &Unit,
    until: f64,
) -> Option<(&'a Fact, f64)> {
    facts
        .iter()
        .copied()
        .filter(|f| f.series_key() == key && f.kind == Kind::Actual)
        .filter(|f| f.covered().t().is_some_and(|t| t <= until))
        .filter_map(|f| f.unit.factor_to(unit).map(|k| (f, f.value * k)))
        .max_by(|(a, _), (b, _)| {
            a.covered()
                .t()
                .partial_cmp(&b.covered().t())
                .unwrap_or(std::cmp::Ordering::Equal)
        })
}

/// The actual of the series for exactly `period`, as written, in `unit` (the latest announced
/// when restated): what closes a goal for that part of a year.
pub fn same_period_as_written<'a>(
    key: (&str, &str),
    facts: &[&'a Fact],
    unit: &Unit,
    period: &Period,
) -> Option<(&'a Fact, f64)> {
    facts
        .iter()
        .copied()
        .filter(|f| f.series_key() == key && f.kind == Kind::Actual && f.covered() == *period)
        .filter_map(|f| f.unit.factor_to(unit).map(|k| (f, f.value * k)))
        .max_by_key(|(f, _)| f.announced)
}

/// The latest stated growth rate (kind `growth`, unit %) for the series: a pace, never the
/// observed change of one period (form `yoy`).
pub fn stated_growth(key: (&str, &str), facts: &[&Fact]) -> Option<Stated> {
    latest_rate(key, facts, false)
}

/// The latest reported growth rate of the series, a year-on-year change (`yoy`) included
/// when `yoy` is set.
pub fn latest_rate(key: (&str, &str), facts: &[&Fact], yoy: bool) -> Option<Stated> {
    same_series(key, facts)
        .filter(|f| {
            f.kind == Kind::Growth && f.unit.is_percent() && !counts_from_months(f.base_period)
        })
        .filter(|f| yoy || f.form != crate::model::Form::YearOnYear)
        .max_by(|a, b| {
            (a.period.t(), a.announced)
                .partial_cmp(&(b.period.t(), b.announced))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .and_then(|f| {
            Some(Stated {
                rate: per_year(f)?,
                qualifier: f.qualifier,
                period: f.period,
            })
        })
}

/// A growth row's rate per year, as a fraction: a change observed since a base period more
/// than a year before its own (2025年比2020年下降20%, base 2020; 较“十三五”末下降20%, over
/// 2021/2025, base 2020) compounds to its yearly pace over those years (-4.36 % a year); a
/// stated pace (年均增长10%) and a change with no such base are per year as written. `None`
/// for a fall of 100 % or more over years, which no yearly pace gives.
pub(crate) fn per_year(f: &Fact) -> Option<f64> {
    let r = f.value / 100.0;
    let from_base = match (f.base_period.and_then(|b| b.year()), f.period.year()) {
        (Some(b), Some(y)) if y > b + 1 => Some(f64::from(y - b)),
        _ => None,
    };
    match from_base {
        Some(n) if f.form == crate::model::Form::YearOnYear => yearly_pace(r, n),
        _ => Some(r),
    }
}

/// The yearly pace that compounds to `change` (a fraction) over `years`: −13.5 % over five
/// years is −2.86 % a year. `None` for a fall of 100 % or more, which no yearly pace gives.
pub(crate) fn yearly_pace(change: f64, years: f64) -> Option<f64> {
    Model::Compound.pace_between((0.0, 1.0), (years, 1.0 + change))
}

/// The change (form `yoy`) reported for exactly `period`, as a fraction, and the point on the
/// time axis it counts from when that is an older base period written with it (比2019年增长20%:
/// the end of 2019); `None` for the year before (同比增长20%).
pub fn yoy_of(
    key: (&str, &str),
    facts: &[&Fact],
    period: crate::model::Period,
) -> Option<(f64, Option<f64>)> {
    same_series(key, facts)
        .filter(|f| {
            f.kind == Kind::Growth
                && f.form == crate::model::Form::YearOnYear
                && f.unit.is_percent()
                && f.period == period
                && !counts_from_months(f.base_period)
        })
        .max_by(|a, b| a.announced.cmp(&b.announced))
        .map(|f| (f.value / 100.0, f.base_period.and_then(|b| b.t())))
}

/// Level observations of the series in `unit`, sorted by time, one per time point.
///
/// Partial-year flows (2020H1, 2021Q1-Q3) are annualised, never silently: by the prior
/// year's value × (1 + the stated year-on-year growth for that same part-year) when both are
/// in the data, otherwise pro rata (value ÷ fraction of the year). A part-year is dropped
/// when the full year is known. Spans (cumulative sums) are not levels and are left out.
///
/// `goal_year` is the year of a goal for one year being judged ([`one_year_goal`]): a flow
/// standing on a day of it is that year so far ([`Fact::covered_in`]).
pub fn levels(key: (&str, &str), facts: &[&Fact], unit: &Unit, goal_year: Option<i32>) -> Vec<Obs> {
    let mut actuals: Vec<(&Fact, Period, f64)> = same_series(key, facts)
        .filter(|f| f.kind == Kind::Actual)
        .filter_map(|f| {
            let k = f.unit.factor_to(unit)?;
            Some((f, f.covered_in(goal_year), f.value * k))
        })
        .collect();
    // A restated figure (same period, later announcement) must win whatever the row order:
    // order by announcement here, and the dedup below keeps the last one per time point.
    actuals.sort_by_key(|(f, _, _)| f.announced);
    let full_year = |y: i32| {
        actuals
            .iter()
            .filter(|(_, p, _)| *p == Period::Year(y))
            .map(|(_, _, v)| *v)
            .next_back()
    };
    let mut out: Vec<Obs> = Vec::new();
    for &(f, period, v) in &actuals {
        let at_end = || Obs {
            t: period.t().unwrap_or_default(),
            value: v,
            stated: v,
            period,
            note: None,
        };
        // A share or rate in % over part of a year (占比40% in 2021H1) is a ratio, not a
        // flow: it stands as it is, at the part's end.
        let obs = match (period, period.part_of_year()) {
            (Period::Year(_) | Period::AsOf(_), _) => at_end(),
            // A fiscal year (April to March) is one year's flow, at its end.
            (p @ Period::Span { .. }, _) if p.is_fiscal_year() => at_end(),
            (_, Some(_)) if f.unit.is_percent() => at_end(),
            // A flow over part of a year (1-7月, 今年以来 to 20 August): the year's, estimated.
            (p, Some((part, whole))) => {
                let Some(year) = p.year() else { continue };
                if full_year(year).is_some() {
                    continue;
                }
                let yoy = same_series(key, facts).find(|g| {
                    g.kind == Kind::Growth
                        && g.covered() == period
                        && g.unit.is_percent()
                        // (Not 较2019年同期增长30%: no change on the year before.)
                        && g.base_period.is_none()
                });
                let (value, note) = match (full_year(year - 1), yoy) {
                    (Some(prior), Some(g)) => (
                        prior * (1.0 + g.value / 100.0),
                        Derived::Annualised {
                            prior_year: year - 1,
                            prior,
                            yoy: g.value,
                            period,
                        },
                    ),
                    _ => (
                        v * whole / part,
                        Derived::ProRata {
                            value: v,
                            period,
                            part,
                            whole,
                        },
                    ),
                };
                Obs {
                    t: f64::from(year),
                    value,
                    stated: v,
                    period,
                    note: Some(note),
                }
            }
            // A sum over years (累计, 2016年至今) is no level.
            _ => continue,
        };
        out.push(obs);
    }
    // Of two estimates of one year, the one covering more of it comes last.
    let end = |o: &Obs| o.period.t().unwrap_or_default();
    out.sort_by(|a, b| a.t.total_cmp(&b.t).then(end(a).total_cmp(&end(b))));
    // The latest-announced figure for a time point wins (a restatement replaces the first one).
    let mut dedup: Vec<Obs> = Vec::with_capacity(out.len());
    for o in out {
        match dedup.last_mut() {
            Some(last) if (last.t - o.t).abs() < 1e-9 => *last = o,
            _ => dedup.push(o),
        }
    }
    dedup
}

/// The year of a goal for one year (a level of 2023, counted from no base year): what a flow
/// done so far that year is measured against.
pub fn one_year_goal(t: &Fact) -> Option<i32> {
    match (t.form, t.period, t.base_period) {
        (crate::model::Form::Level, Period::Year(y), None) => Some(y),
        _ => None,
    }
}

/// The sample sd of year-on-year growth rates between consecutive yearly observations
/// (needs three or more, i.e. two or more rates); the volatility a simulation starts from.
/// Returns the sd and how many year-on-year rates it rests on.
pub fn volatility(obs: &[Obs]) -> Option<(f64, usize)> {
    let rates: Vec<f64> = obs
        .windows(2)
        .filter(|w| (w[1].t - w[0].t - 1.0).abs() < 1e-9 && w[0].value > 0.0)
        .map(|w| w[1].value / w[0].value - 1.0)
        .collect();
    if rates.len() < 2 {
        return None;
    }
    let mean = rates.iter().sum::<f64>() / rates.len() as f64;
    let var = rates.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / (rates.len() - 1) as f64;
    Some(var.sqrt())
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(|s| (s, rates.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::fact;
    use crate::model::Form;

    #[test]
    fn a_fiscal_year_is_a_level_and_a_sum_over_years_is_not() {
        let p = |s: &str| Period::parse(s).unwrap();
        let facts = [
            fact(
                "a",
                Kind::Actual,
                Form::Level,
                p("2020/2021-03-31"),
                2576.0,
                "亿元",
                None,
            ),
            fact(
                "b",
                Kind::Actual,
                Form::Level,
                p("2016/2020"),
                9000.0,
                "亿元",
                None,
            ),
            fact(
                "c",
                Kind::Actual,
                Form::Level,
                p("2019"),
                377.0,
                "亿元",
                None,
            ),
        ];
        let refs: Vec<&Fact> = facts.iter().collect();
        let unit = actual_unit(("R", "I"), &refs).unwrap();
        let got: Vec<(f64, f64)> = levels(("R", "I"), &refs, &unit, None)
            .iter()
            .map(|o| (o.t, o.value))
            .collect();
        let fiscal_end = p("2020/2021-03-31").t().unwrap();
        assert_eq!(got, [(2019.0, 377.0), (fiscal_end, 2576.0)]);
    }
}
