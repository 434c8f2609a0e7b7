//! Cumulative targets (a sum of yearly flows over a window; linear by nature, never
//! compounded) and rate targets (a growth rate as the goal itself).

use super::kernel::{self, Case, MIN_OBSERVED_SPAN};
use super::level::choose_pace;
use super::{as_of_phrase, reason, series, sums, Assessment, Options, PacePref, PaceSource};
use crate::assess::RateUnit;
use crate::model::{fmt_num, Direction, Fact, Form, Period};
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

/// A point on the time axis as a reader writes it: a year's end as the year (2016), a point
/// inside a year as its month (2014.5, the end of June 2015: 2015-06).
pub(crate) fn axis_label(t: f64) -> String {
    let year = t.floor();
    let month = ((t - year) * 12.0).round();
    if month == 0.0 || month == 12.0 {
        fmt_num(t.round())
    } else {
        format!("{}-{:02}", year + 1.0, month)
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
    let (yearly, span) = sums::flows(t.series_key(), facts, &t.unit, from, to);
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
            if let Some(before) = sums::span_before(t.series_key(), facts, &t.unit, from) {
                return by_span_before(a, t, before, (from, to), opts);
            }
            return a.not_assessable(reason::note::no_flows(
                &t.indicator,
                from,
                to,
                &as_of_phrase(opts),
                opts.lang,
            ));
        }
    };
    let elapsed = last_t - f64::from(from - 1);
    a.base_period = Some(format!("{from}/{}", axis_label(last_t)));
    a.base_t = Some(last_t);
    a.base_value = Some(done);
    let running = span.is_some_and(|s| s == (last_t, done));
    a.base_note = Some(if running {
        reason::note::running_total(from, &axis_label(last_t), opts.lang)
    } else {
        reason::note::flow_sum(from, last_t, yearly.len().max(1), opts.lang)
    });
    let pace = (elapsed > 0.0).then(|| done / elapsed);
    a.pace = pace;
    a.pace_source = pace.map(|_| PaceSource::Observed);
    let o = project_sum(&mut a, t, (last_t, done), pace, to, opts);
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

/// Projects a sum linearly from `(t, done)` at `pace` a year to the deadline `to`, and records
/// the verdict, the pace required and the projection in `a`.
fn project_sum(
    a: &mut Assessment,
    t: &Fact,
    reference: (f64, f64),
    pace: Option<f64>,
    to: i32,
    opts: &Options,
) -> kernel::Outcome {
    let o = kernel::project(&kernel::Inputs {
        model: Model::Linear,
        reference,
        base: reference,
        partial: None,
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
    o
}

/// A cumulative target with no flow of its window known, held to the mean yearly flow of an
/// earlier span's total (“十二五”期间要转移500万人 against “十一五”期间累计806万人: 161.2 a
/// year against the 100 needed).
fn by_span_before(
    mut a: Assessment,
    t: &Fact,
    (s, e, total): (i32, i32, f64),
    (from, to): (i32, i32),
    opts: &Options,
) -> Assessment {
    let pace = total / f64::from(e - s + 1);
    let start = f64::from(from - 1);
    a.base_period = Some(format!("{s}/{e}"));
    a.base_t = Some(f64::from(e));
    a.base_value = Some(total);
    a.base_note = Some(reason::note::span_before(s, e, opts.lang));
    a.pace = Some(pace);
    a.pace_source = Some(PaceSource::Observed);
    let o = project_sum(&mut a, t, (start, 0.0), Some(pace), to, opts);
    let mut words = String::new();
    reason::CumulativeBefore {
        total,
        unit: &t.unit.to_string(),
        before: (s, e),
        window: (from, to),
        level: t.value,
        pace,
        rate_unit: &a.rate_unit,
        lang: opts.lang,
    }
    .write(&mut words, &o);
    a.reason = words;
    a
}

/// Assesses a rate target (年均增长10 %以上): the observed rate (compound growth between the
/// base-period or earliest actual and the latest; else, and for a one-year goal whose year
/// before has a reported rate, the latest stated year-on-year rate) against the target rate. Once an actual for the deadline exists the verdict is final.
pub fn rate(t: &Fact, facts: &[&Fact], opts: &Options) -> Assessment {
    let mut a = Assessment::from_target(t, Model::Compound, opts.lang);
    a.unit = "%".into();
    // A ceiling on a rate (居民消费价格涨幅控制在3.5%左右: at most, its direction not written) is
    // that rate, not a fall of it.
    let sign = if t.direction == Direction::Decrease && !kernel::rate_cap(t) {
        -1.0
    } else {
        1.0
    };
    let change = sign * t.value / 100.0;
    // 到2025年单位GDP能耗比2020年下降13.5% with no actual level of 2020: the change over the
    // years from the base to the deadline, as the yearly pace that compounds to it.
    let wanted = match (
        t.form,
        t.base_period.and_then(|p| p.year()),
        t.period.year(),
    ) {
        (Form::Relative, Some(base), Some(end)) => {
            let Some(w) = series::yearly_pace(change, f64::from(end - base)) else {
                return a.not_assessable(reason::note::relative_without_base(
                    t.base_period,
                    &t.indicator,
                    opts.lang,
                ));
            };
            a.base_note = Some(reason::note::relative_as_pace(
                &a.target_as_written,
                (base, end),
                w,
                opts.lang,
            ));
            w
        }
        _ => change,
    };
    if kernel::rate_cap(t) && wanted > 0.0 {
        a.base_note = Some(reason::note::rate_ceiling(wanted, opts.lang));
    }
    a.required_growth = Some(wanted);
    a.required_growth_remaining = Some(wanted);
    let key = t.series_key();
    let levels = series::actual_unit(key, facts)
        .map(|u| series::levels(key, facts, &u, None))
        .unwrap_or_default();
    let first = match t.base_period {
        Some(p) => levels.iter().find(|o| o.period == p || Some(o.t) == p.t()),
        None => levels.first(),
    };
    // A growth goal for one year (地区生产总值增长5%以上 in 2026) is measured against the rate
    // reported for the year before it, when levels are no more recent: the same measure as
    // the goal (a GDP goal is real growth, while levels give nominal).
    let year_before = match (t.base_period, t.period) {
        (None, Period::Year(y)) => series::latest_rate(key, facts, true)
            .filter(|s| s.period.year() == Some(y - 1))
            .filter(|s| levels.last().is_none_or(|l| Some(l.t) <= s.period.t())),
        _ => None,
    };
    // A goal for part of a year (2026M3 按年升12%) is measured by a reported rate only: the
    // levels annualise part-year flows.
    let part_year = matches!(t.period, Period::Part { .. });
    let observed = match (first, levels.last()) {
        (Some(f), Some(l))
            if l.t - f.t >= MIN_OBSERVED_SPAN && year_before.is_none() && !part_year =>
        {
            let pc = choose_pace(t, facts, Model::Compound, f, l, PacePref::Observed);
            a.base_period = Some(format!("{}→{}", f.period, l.period));
            pc.pace.map(|p| (p, l.t))
        }
        _ => series::latest_rate(key, facts, true).map(|s| {
            a.base_period = Some(s.period.to_string());
            a.base_note = Some(match a.base_note.take() {
                Some(n) => format!(
                    "{n}{}{}",
                    opts.lang.pick("；", "; "),
                    reason::note::latest_reported_rate(opts.lang)
                ),
                None => reason::note::latest_reported_rate(opts.lang),
            });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::fact;
    use crate::model::{Form, Kind};

    /// 河北: GDP 3.68万亿 (2020) → 4.93万亿 (2025), 6.02 % a year nominal; 5.6 % real growth
    /// reported for 2025; a goal of 5 % for 2026.
    fn hebei(goal: Period, base: Option<Period>) -> Assessment {
        let facts = [
            fact(
                "a0",
                Kind::Actual,
                Form::Level,
                Period::Year(2020),
                3.68,
                "万亿元",
                None,
            ),
            fact(
                "a1",
                Kind::Actual,
                Form::Level,
                Period::Year(2025),
                4.93,
                "万亿元",
                None,
            ),
            fact(
                "g",
                Kind::Growth,
                Form::YearOnYear,
                Period::Year(2025),
                5.6,
                "%",
                None,
            ),
            fact("t", Kind::Target, Form::Rate, goal, 5.0, "%", base),
        ];
        let refs: Vec<&Fact> = facts.iter().collect();
        rate(&facts[3], &refs, &Options::default())
    }

    #[test]
    fn a_one_year_goal_is_measured_against_the_rate_of_the_year_before() {
        let a = hebei(Period::Year(2026), None);
        assert!((a.observed_growth.unwrap() - 0.056).abs() < 1e-12, "{a:?}");
        // A pace from a base year is measured against the levels' compound rate.
        let a = hebei(Period::Year(2026), Some(Period::Year(2020)));
        let cagr = (4.93f64 / 3.68).powf(0.2) - 1.0;
        assert!((a.observed_growth.unwrap() - cagr).abs() < 1e-9, "{a:?}");
        let a = hebei(Period::Year(2030), None);
        assert!((a.observed_growth.unwrap() - cagr).abs() < 1e-9, "{a:?}");
    }

    /// 到2025年单位GDP能耗比2020年下降13.5%.
    fn energy_goal() -> Fact {
        let mut t = fact(
            "t",
            Kind::Target,
            Form::Relative,
            Period::Year(2025),
            13.5,
            "%",
            Some(Period::Year(2020)),
        );
        t.direction = Direction::Decrease;
        t
    }

    /// 单位GDP能耗: 比上年下降3% in 2022, or 比2020年下降20% in 2025 (five years); a goal of
    /// 比2020年下降13.5% by 2025 with no level of 2020 in the data.
    fn energy(observed: Fact) -> Assessment {
        let facts = [observed, energy_goal()];
        let refs: Vec<&Fact> = facts.iter().collect();
        crate::assess::assess_target(&facts[1], &refs, &Options::default())
    }

    #[test]
    fn a_relative_goal_with_no_base_level_is_judged_by_its_yearly_pace() {
        let yoy = |period, value, base| {
            fact(
                "g",
                Kind::Growth,
                Form::YearOnYear,
                period,
                value,
                "%",
                base,
            )
        };
        let a = energy(yoy(Period::Year(2022), -3.0, None));
        // (1 - 13.5 %)^(1/5) - 1 = -2.8589 % a year, by hand.
        let wanted = 0.865f64.powf(0.2) - 1.0;
        assert!((wanted + 0.028589).abs() < 1e-6);
        assert!((a.required_growth.unwrap() - wanted).abs() < 1e-12, "{a:?}");
        assert!((a.observed_growth.unwrap() + 0.03).abs() < 1e-12, "{a:?}");
        assert_eq!(a.verdict, crate::assess::Verdict::OnTrack, "{a:?}");
        // A fall of 20 % over the five years since 2020 is -4.36 % a year, not -20 %.
        let a = energy(yoy(Period::Year(2025), -20.0, Some(Period::Year(2020))));
        let seen = 0.8f64.powf(0.2) - 1.0;
        assert!((a.observed_growth.unwrap() - seen).abs() < 1e-12, "{a:?}");
        // With the level of 2020 known, the level path counts the goal from it.
        let facts = [
            fact(
                "a",
                Kind::Actual,
                Form::Level,
                Period::Year(2020),
                0.5,
                "吨",
                None,
            ),
            fact(
                "b",
                Kind::Actual,
                Form::Level,
                Period::Year(2023),
                0.46,
                "吨",
                None,
            ),
        ];
        let t = energy_goal();
        let refs: Vec<&Fact> = facts.iter().chain([&t]).collect();
        let a = crate::assess::assess_target(&t, &refs, &Options::default());
        assert!(
            (a.target_value.unwrap() - 0.5 * 0.865).abs() < 1e-12,
            "{a:?}"
        );
    }
}
