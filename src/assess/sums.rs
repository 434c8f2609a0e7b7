//! The flows a sum over years is made of: yearly flows inside a window, a running total since
//! its start, and a total over whole years before it.

use super::series::same_series;
use crate::model::{Fact, Kind, Period, Unit};

/// The latest total of the series over two or more whole years ending before `from` (“十三五”
/// 期间累计转移806万人, 2006/2010, before a window from 2011): its first and last year and the
/// total in `unit`. The mean flow a window may be held to when none of its own is known.
pub fn span_before(
    key: (&str, &str),
    facts: &[&Fact],
    unit: &Unit,
    from: i32,
) -> Option<(i32, i32, f64)> {
    same_series(key, facts)
        .filter(|f| f.kind == Kind::Actual)
        .filter_map(|f| match f.period {
            Period::Span { from: s, to }
                if to.month == 12 && to.day == 31 && to.year < from && to.year > s =>
            {
                Some((s, to.year, f.value * f.unit.factor_to(unit)?))
            }
            _ => None,
        })
        .max_by_key(|(_, e, _)| *e)
}

/// Yearly flows of a series: `(year, value)` pairs.
pub type Yearly = Vec<(i32, f64)>;

/// Yearly flows of the series inside `from..=to` (Year periods) and the latest running total
/// over a span starting at `from` as `(t, total)`, both in `unit`.
pub fn flows(
    key: (&str, &str),
    facts: &[&Fact],
    unit: &Unit,
    from: i32,
    to: i32,
) -> (Yearly, Option<(f64, f64)>) {
    let mut yearly: Vec<(i32, f64)> = Vec::new();
    let mut span: Option<(f64, f64)> = None;
    // Flows of a later year so far (今年以来 in the window's third year): they add to the
    // years before when every one of those is known.
    let mut to_date: Vec<(i32, f64, f64)> = Vec::new();
    let mut running = |t: f64, total: f64| {
        if span.is_none_or(|(t0, _)| t >= t0) {
            span = Some((t, total));
        }
    };
    for f in same_series(key, facts).filter(|f| f.kind == Kind::Actual) {
        let Some(k) = f.unit.factor_to(unit) else {
            continue;
        };
        // (A sum's quantity flows: a year's figure announced before the year was out is
        // the year's so far, whatever its name.)
        let period = match f.to_date() {
            Some(d) => Period::Span {
                from: d.year,
                to: d,
            },
            None => f.period,
        };
        match period {
            Period::Year(y) if (from..=to).contains(&y) => {
                yearly.retain(|(yy, _)| *yy != y);
                yearly.push((y, f.value * k));
            }
            Period::Span { from: s, to: end } if s == from => running(end.t(), f.value * k),
            p @ Period::Span { from: s, to: end }
                if s > from && s <= to && p.part_of_year().is_some() =>
            {
                to_date.push((s, end.t(), f.value * k));
            }
            // 累计解决了2585个 by mid-2015, against a task for 2013—2017: the running total
            // since the window's start.
            p @ (Period::AsOf(_) | Period::Part { .. })
                if f.written_cumulative() && p.year().is_some_and(|y| (from..=to).contains(&y)) =>
            {
                if let Some(end) = p.t() {
                    running(end, f.value * k);
                }
            }
            _ => {}
        }
    }
    yearly.sort_by_key(|(y, _)| *y);
    for (y, t, v) in to_date {
        let before: Vec<f64> = (from..y)
            .filter_map(|yy| yearly.iter().find(|(x, _)| *x == yy).map(|(_, v)| *v))
            .collect();
        if before.len() == (y - from) as usize && !yearly.iter().any(|(x, _)| *x == y) {
            running(t, before.iter().sum::<f64>() + v);
        }
    }
    (yearly, span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::fact;
    use crate::model::Form;

    #[test]
    fn a_running_total_written_so_counts_from_the_window_start() {
        let p = |s: &str| Period::parse(s).unwrap();
        let mut cum = fact(
            "a",
            Kind::Actual,
            Form::Level,
            p("2015H1"),
            2585.0,
            "个",
            None,
        );
        cum.quote = "上半年建成道路4022公里；累计解决了2585个撤并村通公路".into();
        cum.as_written = "2585个".into();
        let mut half = cum.clone();
        half.quote = "上半年新解决1075个撤并村的通路问题".into();
        half.as_written = "1075个".into();
        half.value = 1075.0;
        let unit = crate::model::Unit::parse("个").unwrap();
        let (yearly, span) = flows(("R", "I"), &[&cum], &unit, 2013, 2017);
        assert!(yearly.is_empty());
        assert_eq!(span, Some((2014.5, 2585.0)));
        // A half year's own count is no total since 2013; nor is a total after the window.
        assert_eq!(flows(("R", "I"), &[&half], &unit, 2013, 2017).1, None);
        assert_eq!(flows(("R", "I"), &[&cum], &unit, 2016, 2020).1, None);
    }
}
