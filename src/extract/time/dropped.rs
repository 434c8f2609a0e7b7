//! Times that date no figure, dropped from a text's time expressions: a year naming a
//! programme (in brackets after its name, or right after the day a sentence is reported as
//! of), the prices a figure is valued at, and the restatement of a fiscal year in brackets.

use super::super::scan::{ends, starts};
use super::{at, Role, TimeExpr, When, YearRef};

/// Drops a year naming a programme right after the day a sentence reports as of (截至5月10日，
/// 2020年省重点项目已累计完成投资180亿元): the figures are as of that day, and so are those
/// after it in its paragraph.
pub(super) fn as_of_programme_years(t: &[char], out: &mut Vec<TimeExpr>) {
    // (A day with no year of its own is of the latest year the text names.)
    let latest = out
        .iter()
        .filter_map(|e| match e.when {
            When::Year(YearRef::Abs(y)) => Some(y),
            _ => None,
        })
        .max();
    let mut k = 1;
    while k < out.len() {
        let (p, e) = (out[k - 1], out[k]);
        let as_of_day = p.role == Role::End
            && at::as_of(t, p.start)
            && match p.when {
                When::Day(y, ..) | When::MonthEnd(y, _) => match (y, e.when) {
                    (YearRef::Implied, When::Year(YearRef::Abs(b))) => Some(b) == latest,
                    (YearRef::Abs(a), When::Year(YearRef::Abs(b))) => a == b,
                    _ => false,
                },
                _ => false,
            };
        let programme = matches!(e.when, When::Year(YearRef::Abs(_)))
            && e.role == Role::Plain
            && e.end - p.end <= 16
            && !t[p.end..e.start]
                .iter()
                .any(|c| matches!(c, '。' | '；' | '\n'))
            && t.get(e.end)
                .is_some_and(|c| super::super::indicator::is_word(*c) && !c.is_ascii_digit())
            && !starts(t, e.end, "同期");
        if as_of_day && programme {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Whether a time is the years of a programme named right before it, in brackets
/// (产业大招商三年行动计划（2018-2020年）): the programme's, not the time of a figure after it.
pub(super) fn programme_years(t: &[char], e: &TimeExpr) -> bool {
    let open = e
        .start
        .checked_sub(1)
        .filter(|&k| matches!(t[k], '（' | '('));
    let closed = matches!(t.get(e.end), Some('）' | ')'));
    open.is_some_and(|k| {
        closed
            && ["计划", "规划", "行动", "方案", "纲要", "工程"]
                .iter()
                .any(|w| ends(t, k, w))
    })
}

/// Whether a year names the prices a figure is valued at (以2005年价格计, 按2020年不变价计算,
/// 2015年可比价).
pub(super) fn price_base(t: &[char], e: &TimeExpr) -> bool {
    matches!(e.when, When::Year(_))
        && ["价格", "不变价", "可比价"]
            .iter()
            .any(|w| starts(t, e.end, w))
}

/// Drops the times in brackets right after a fiscal year, which restate it (2021/22年度(上年
/// 4月至今年3月)): the figures after them are of the year they explain. (A fiscal year in
/// brackets, 今年（2025/26年度）, says more than the time before it and stays.)
pub(super) fn restatements_dropped(t: &[char], out: &mut Vec<TimeExpr>) {
    // The bracket opening right after the last fiscal year kept.
    let mut open: Option<usize> = None;
    out.retain(|e| {
        let inside = open
            .is_some_and(|o| e.start > o && !t[o..e.start].iter().any(|c| matches!(c, ')' | '）')));
        if !inside {
            open = (matches!(e.when, When::FiscalYear(_))
                && matches!(t.get(e.end), Some('(' | '（')))
            .then_some(e.end);
        }
        !inside
    });
}
