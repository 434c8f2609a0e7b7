//! A year named when only part of it, or all of it summed, is meant: 今年 after an as-of
//! month's end in its paragraph is the year so far (截至9月底，…其中今年归集的42.70亿元), and a
//! 累计 compared with the year before is that year's sum, not a running total.

use super::super::{goal, scan, sentence, time};
use super::{Found, Reading};
use crate::model::{Date, Period};
use time::{Role, When, YearRef};

/// Holidays a figure may be of: they have no period of their own but their year.
const HOLIDAYS: &[&str] = &[
    "元旦",
    "春节",
    "清明",
    "五一",
    "劳动节",
    "端午",
    "中秋",
    "国庆",
    "黄金周",
    "小长假",
    "长假",
];

/// 上半年…。…元旦小长假，全省接待游客853.79万人次: a holiday named after the part of a year the
/// figure would take (from a sentence before, or before the holiday in its own) is what the
/// figure is of: the year, not the part.
pub(super) fn holiday(r: &Reading<'_>, f: &mut Found, te: Option<time::TimeExpr>) {
    let Some(Period::Part { year, .. }) = f.period else {
        return;
    };
    let (t, h) = (r.t, r.h);
    let from = te.map_or(r.sent.0, |e| e.end.max(r.sent.0));
    // (Opening its clause, as a topic: not a cause, 受春节假期带动.)
    let opens_clause = |i: usize| {
        let start = (r.sent.0..i)
            .rev()
            .find(|&k| matches!(t[k], '，' | ',' | '；' | ';' | '：'))
            .map_or(r.sent.0, |k| k + 1);
        i - start <= 3
    };
    let named =
        (from..h.start).any(|i| HOLIDAYS.iter().any(|w| scan::starts(t, i, w)) && opens_clause(i));
    if named {
        f.period = Some(Period::Year(year));
        f.check("a holiday's figure: its year (a holiday has no period of its own)");
    }
}

/// 截至9月底，…其中今年归集的42.70亿元; 截至11月30日，…；本年度归集额达7.75亿元: the year under
/// way after an as-of month's end in its paragraph is the year so far; 历年累计 is as of that
/// day.
pub(super) fn so_far_period(r: &Reading<'_>, f: &mut Found, te: Option<time::TimeExpr>) {
    if let (Some(e), Some(Period::Year(y))) = (te, f.period) {
        if let Some(d) = so_far(r, &e, y) {
            // (历年累计发放…61.23亿元: what all the years gave, as of that day.)
            let (a, _) = sentence::clause(r.t, r.h.start, r.h.end, r.sent);
            let ever =
                (a..r.h.start).any(|i| ["历年", "歷年"].iter().any(|w| scan::starts(r.t, i, w)));
            f.period = Some(if ever {
                Period::AsOf(d)
            } else {
                Period::Part {
                    year: y,
                    from: 1,
                    to: d.month,
                }
            });
            f.check("the year under way after 截至…月底 in its paragraph: the months so far");
        }
    }
}

/// The day a year under way (今年, 本年度) at `e`, of year `y`, runs to: an as-of end of a
/// month before December (截至9月底, 截至11月30日) earlier in its paragraph, when the figure
/// states no goal.
fn so_far(r: &Reading<'_>, e: &time::TimeExpr, y: i32) -> Option<Date> {
    // (Not one opening a sentence, or what someone says, 田学斌说，今年国务院仍把新增2000万亩…
    // 作为…考核指标: the year itself.)
    let opens = sentence::sentence(r.t, e.start, e.end).0 == e.start
        || (e.start > 0
            && matches!(r.t[e.start - 1], '，' | ',')
            && super::super::timing::told_before(r.t, e.start - 1));
    if e.when != When::Year(YearRef::Rel(0)) || e.role != Role::Plain || opens {
        return None;
    }
    let first = r.exprs.partition_point(|x| x.start < r.at.paragraph);
    let last = r.exprs.partition_point(|x| x.end <= e.start);
    // (Past other mentions of the year under way: 其中今年归集的…。…其中今年新增….)
    let x = r
        .exprs
        .get(first..last)?
        .iter()
        .rfind(|x| x.when != e.when)?;
    let month_end = |d: Date| {
        d.year == y && d.month < 12 && d.day == crate::model::period::days_in_month(y, d.month)
    };
    let to = match (x.when, time::resolve(x, &r.at.frame)) {
        (When::MonthEnd(..) | When::Day(..), Some(Period::AsOf(d)))
            if x.role == Role::End && time::as_of(r.t, x.start) && month_end(d) =>
        {
            d
        }
        _ => return None,
    };
    (!goal::target_cue(r.t, r.h, r.sent, &[])).then_some(to)
}

/// Whether the 累计 between `a` and `b` is compared with the year before in its clause or the
/// next (累计提取1.3518亿元，较上年增加2471万元, 累计…同比增长): a year's sum, not a running total
/// (not 较上年末, 比去年底: a balance's change).
pub(super) fn summed_in_year(t: &[char], a: usize, b: usize, sent: (usize, usize)) -> bool {
    let Some(k) = (a..b).find(|&i| scan::starts(t, i, "累计")) else {
        return false;
    };
    let (_, end) = sentence::clause(t, k, k + 2, sent);
    let (_, next_end) = sentence::clause(t, (end + 1).min(sent.1), (end + 1).min(sent.1), sent);
    (k..next_end.max(end)).any(|i| {
        ["较上年", "比上年", "较去年", "比去年", "同比"]
            .iter()
            .any(|w| scan::starts(t, i, w) && !matches!(t.get(i + 3), Some('末' | '底')))
    })
}
