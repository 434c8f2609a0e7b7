//! Where a figure stands in the changes read: the change it starts or ends, the period of a
//! start with no time of its own, and the span a pace after a change averages over.

use super::Change;
use crate::extract::time;
use crate::model::Period;

/// Whether the figure at `at` ends a change from now that is to come: by a later year
/// (从现在的1.14亿人增加到1.8亿, 到2020年), after 将, or planned with 把 (把回收点由现时约500个
/// 增至800个); not 1年期LPR由当前的3.65%下调至3.55%, a change made today.
pub(in crate::extract) fn ends_ahead(
    changes: &[Change],
    at: usize,
    t: &[char],
    sent_start: usize,
    date: Option<crate::model::Date>,
) -> bool {
    at_end(changes, at).is_some_and(|c| {
        c.from_now
            && (c.to_come
                || c.to_period
                    .and_then(|p| p.year())
                    .zip(date)
                    .is_some_and(|(y, d)| y > d.year)
                || (sent_start..c.opening).any(|i| t[i] == '把'))
    })
}

/// The years a change compounds over: those after its start up to its end, as a plan's
/// (“十四五” is 2021/2025, from the level of 2020); its end year alone for one year.
fn years_after_start(c: &Change) -> Option<Period> {
    let (from, to) = c.years?;
    if from + 1 >= to {
        return Some(Period::Year(to));
    }
    Some(Period::Span {
        from: from + 1,
        to: crate::extract::figure::year_end(to)?,
    })
}

/// The span a pace written at `at` averages over: the years of the change before it in its
/// sentence (由2015年的1288亿元增加到2019年的2470亿元，年均增长17.67% is over 2016 to 2019).
pub(in crate::extract) fn pace_span(
    changes: &[Change],
    at: usize,
    sent_start: usize,
) -> Option<Period> {
    let k = changes.partition_point(|c| c.to < at);
    years_after_start(changes[..k].last().filter(|c| c.from >= sent_start)?)
}

/// The span a growth written at `at`, in the clause right after a change, is over: the
/// years after the change's start up to its end (由2020年的2.65亿吨增至2025年的3.81亿吨，
/// 增幅达43.8%: 2021 to 2025).
pub(in crate::extract) fn growth_span(t: &[char], changes: &[Change], at: usize) -> Option<Period> {
    let k = changes.partition_point(|c| c.to < at);
    let c = changes[..k].last()?;
    let between = &t[c.to..at];
    let commas = between.iter().filter(|&&x| matches!(x, '，' | ',')).count();
    let stop = |x: char| matches!(x, '；' | ';' | '。' | '：' | '\n' | '！' | '？');
    if commas != 1 || between.iter().any(|&x| stop(x)) {
        return None;
    }
    years_after_start(c)
}

/// The change starting at the figure at `at`, by binary search.
pub(in crate::extract) fn at_start(changes: &[Change], at: usize) -> Option<&Change> {
    let k = changes.partition_point(|c| c.from < at);
    changes.get(k).filter(|c| c.from == at)
}

/// The period of the start at `at` of a change with no time written for it or derived for
/// it (高铁里程由2110公里增至3055公里): the level before the period its words fall in, 2020 in
/// a review of 2021–2025 (`read_alone`, before a review made it its last year), 2024 in one
/// of 2025, the fiscal year before a fiscal year (`period`, as read so far), and no later than
/// the document's year (`year_now`). Not for a figure that also ends a change, nor for an
/// estimate revised.
pub(in crate::extract) fn unstated_start(
    changes: &[Change],
    at: usize,
    read_alone: Option<Period>,
    period: Option<Period>,
    year_now: Option<i32>,
) -> Option<Period> {
    let c = unstated_from(changes, at)?;
    let fiscal_before = |p: Period| match p {
        Period::Span { from, .. } if p.is_fiscal_year() => {
            time::date(from, 3, Some(31)).map(|to| Period::Span { from: from - 1, to })
        }
        _ => None,
    };
    // (A budget's proposal, 建议把…由0.1%提高至0.13%, starts in the fiscal year before.)
    if let Some(p) = c.to_period.filter(|_| c.to_come).and_then(fiscal_before) {
        return Some(p);
    }
    match (read_alone, period) {
        (Some(Period::Span { from, .. }), _) => Some(Period::Year(from - 1)),
        (_, Some(p)) if p.is_fiscal_year() => fiscal_before(p),
        // (2015年…将由0.26千克提高到0.5千克, in a text of 2010: the level now, not of 2014.)
        (_, Some(Period::Year(y))) => Some(Period::Year((y - 1).min(year_now.unwrap_or(y)))),
        _ => None,
    }
}

/// The change the figure at `at` starts with no time of its own written (由0.26千克提高到
/// 0.5千克), unless it also ends one or the change revises a figure.
pub(in crate::extract) fn unstated_from(changes: &[Change], at: usize) -> Option<&Change> {
    at_start(changes, at)
        .filter(|c| c.from_period.is_none() && !c.from_written && !c.revision)
        .filter(|_| at_end(changes, at).is_none())
}

/// The change ending at the figure at `at`.
pub(in crate::extract) fn at_end(changes: &[Change], at: usize) -> Option<&Change> {
    let k = changes.partition_point(|c| c.to < at);
    changes.get(k).filter(|c| c.to == at)
}
