//! A deadline before a figure (到2027年, 到2020年底): what is to be reached by then, a goal.

use super::super::{sentence, time};
use super::{Found, Reading};
use crate::model::Period;
use time::{Role, When, YearRef};

/// Whether the figure's time is a deadline it is to be reached by. With no date known, 到2027年
/// (not 截至) names one; 到2月底 with no year tells how far a year has come. With a date, so
/// does 到 a day more than two months after it (到2020年底,沿海港口吞吐量完成16.6亿吨, in
/// January 2020), unless its clause says it is done (已).
pub(super) fn by_deadline(r: &Reading<'_>, f: &Found) -> bool {
    let (t, h, sent, at) = (r.t, r.h, r.sent, r.at);
    let Some(e) =
        r.te.filter(|e| e.role == Role::End && !time::as_of(t, e.start))
    else {
        return false;
    };
    let Some(d) = at.frame.date else {
        return !matches!(e.when, When::Month(..) | When::MonthEnd(..) | When::Day(..));
    };
    // (A whole year only in its first half: 从2003年的30元提高到2012年的300元, in September
    // 2012, is its level so far.)
    let (day, months) = match time::resolve(&e, &at.frame) {
        Some(Period::AsOf(x)) => (Some(x), 2.0),
        Some(Period::Year(y)) if super::period::year_end_named(t, &e) => (super::year_end(y), 2.0),
        Some(Period::Year(y)) => (super::year_end(y), 6.0),
        _ => (None, 0.0),
    };
    let ahead = day.is_some_and(|x| x.t() > d.t() + months / 12.0);
    // (A year written, 2020年底 or 今年年底: not 到年底 alone, which in a January review ends
    // the year reviewed.)
    let year_written = matches!(
        e.when,
        When::Year(y) | When::Month(y, _) | When::MonthEnd(y, _) | When::Day(y, ..) | When::Part(y, ..)
            if matches!(y, YearRef::Abs(_) | YearRef::Rel(_))
    ) && t[e.start] != '年';
    // (到 opening its clause: not 政策延續到2020年實施, 提出到2021年底.)
    let opens = e.start >= 1
        && matches!(t[e.start - 1], '到' | '至')
        && (e.start == 1 || sentence::clause_break(t[e.start - 2]));
    let (a, _) = sentence::clause(t, h.start, h.end, sent);
    // (Nor the base a goal is compared with, 比2013年的785.7万人次.)
    ahead && year_written && opens && !f.compared_base && !t[a..h.start].contains(&'已')
}
