//! A figure read over several years counted rather than named: a review (这五年, 五年累计,
//! “十四五”前4年), a horizon (用三年时间, 三年内) and a five-year plan's years (十三五期间).
//! What they add is counted over them; a level is of their last year, as is one a span of
//! named years changed to (2020年至2024年…提升至).

use super::super::{context, scan, sentence, time};
use super::{year_end, Found, Reading};
use crate::model::Period;
use time::When;

/// 将用三年时间创建100个示范区, 三年内建成百个: what a horizon's years add is counted over
/// them, from the year under way to the deadline.
pub(super) fn over_horizon(r: &Reading<'_>, f: &mut Found) {
    let (t, h, sent) = (r.t, r.h, r.sent);
    let Some(n) = r.te.and_then(|e| super::super::years::horizon(t, &e)) else {
        return;
    };
    if let Some(Period::Year(y)) = f.period {
        if context::added(t, h, sent) || context::over_a_span(t, h, sent) {
            f.period = year_end(y).map(|to| Period::Span {
                from: y - n + 1,
                to,
            });
        }
    }
}

/// A review of several years (这五年, 五年累计, “十四五”前4年): a count over them keeps the
/// span; any other figure is a level at its end.
pub(super) fn over_review(r: &Reading<'_>, f: &mut Found) {
    let (t, h, te, sent) = (r.t, r.h, r.te, r.sent);
    let reviewed = te.is_some_and(|e| match e.when {
        When::PastYears(_) | When::Plan(_) => true,
        When::Years(..) => time::plan_opens(t, e.start),
        _ => false,
    });
    if let (true, Some(Period::Span { to, .. })) = (reviewed, f.period) {
        // 五年累计新开工…，…: the sentence counts over the span, up to its next ；.
        let all = te.is_some_and(|e| {
            e.start >= sent.0
                && context::cumulative_between(t, e.end, e.end + 2)
                && !(e.end..h.start).any(|i| matches!(t[i], '；' | ';'))
        });
        // 总量达474万户, 累计达到22个: a level reached, whatever the clause counts.
        let level = ["达到", "达", "突破"]
            .iter()
            .any(|w| scan::ends(t, h.start, w))
            && !context::added(t, h, sent)
            && !context::growth_cue(t, h, sent);
        // (全区共治理…3860万亩，其中建设基本农田66万亩: a part of a count over the span is one.)
        let (a, _) = sentence::clause(t, h.start, h.end, sent);
        let part = scan::starts(t, a, "其中") && context::counts_over_a_span(t, sent.0, a);
        if level
            || (!all
                && !part
                && !context::over_a_span(t, h, sent)
                && !context::growth_cue(t, h, sent))
        {
            f.period = Some(Period::Year(to.year));
        }
    }
}

/// 2020年至2024年，…在规上工业中的比重分别提升至34.6%和16.3%: a level a span of years changed
/// to, after a verb of a change to it in the figure's clause, is the level at the span's last
/// year (not what the years summed: 2016-2020年累计投资500亿元 stays the span's).
pub(super) fn level_at_end(r: &Reading<'_>, f: &mut Found, te: Option<time::TimeExpr>) {
    const CHANGED_TO: &[&str] = &[
        "提升至",
        "提升到",
        "提高至",
        "提高到",
        "上升至",
        "上升到",
        "增至",
        "增加到",
        "增加至",
        "增长到",
        "增长至",
        "降至",
        "降到",
        "下降至",
        "下降到",
        "降低至",
        "降低到",
        "扩大到",
        "扩大至",
        "升至",
        "缩小至",
        "缩小到",
    ];
    let Some(e) = te.filter(|e| e.role == time::Role::Plain) else {
        return;
    };
    let When::Years(_, last) = e.when else {
        return;
    };
    let (t, h) = (r.t, r.h);
    // (Not over the years, 在2020至2022年间升至约150公升: a level through them.)
    if t.get(e.end) == Some(&'间') || scan::starts(t, e.end, "期间") {
        return;
    }
    let (a, _) = sentence::clause(t, h.start, h.end, r.sent);
    let from = a.max(e.end);
    let changed = (from..h.start).any(|i| CHANGED_TO.iter().any(|w| scan::starts(t, i, w)));
    if changed && !context::cumulative_between(t, from, h.start) {
        f.period = Some(Period::Year(last));
    }
}

/// A plan's years (十四五期间累计…), in the figure's sentence or a list it heads, make what is
/// added or cut a sum over them, as a review of them below; so does a plan's span opening a
/// sentence of what will be done earlier in the paragraph (“十三五”期间我国将大力推进土地整治。
/// …补充耕地2000万亩). Not “十四五”圆满收官 earlier in the paragraph, nor 到十四五末, nor
/// 较“十三五”期间年均水平. (“十三五”以来 runs on to the document's date.)
pub(super) fn over_plan(r: &Reading<'_>, f: &mut Found, te: Option<time::TimeExpr>) {
    let (t, h, date) = (r.t, r.h, r.at.frame.date);
    if let Some(e) = te.filter(|e| e.start >= r.at.paragraph || r.at.list_head.is_some()) {
        let own = e.start >= r.sent.0 || r.at.list_head.is_some();
        let after = (e.end..(e.end + 3).min(t.len())).any(|i| {
            ["期间", "时期", "以来", "累计", "五年", "这五年"]
                .iter()
                .any(|w| scan::starts(t, i, w))
        });
        // “十四五”…目标：——…企业新增20家, 能耗降低17%: what the plan's years add or cut.
        let added = context::added(t, h, r.sent) || context::falling(t, h, r.sent);
        let opens = (own && (after || added)) || (after && plan_ahead(t, &e));
        if let (When::Plan(y), true) = (e.when, opens) {
            // “十三五”以来, in a text of 2023: since the plan began, up to the document's date;
            // in one of the year after the plan (2021), a review of the plan's years.
            let since = time::since_after(t, &e);
            let to = match (since, date, year_end(y)) {
                (true, Some(d), Some(_)) if d.year > y + 1 => Some(d),
                (_, _, end) => end,
            };
            f.period = to.map(|to| Period::Span { from: y - 4, to });
        }
    }
}

/// Whether a plan's years named earlier in a paragraph set the time of what follows: as its
/// adverb (“十三五”期间，…; 自“十三五”以来,), or opening a sentence of what will be done in them
/// (“十三五”期间我国将大力推进土地整治); not compared with (较“十三五”期间), nor the subject of
/// a review (“十四五”时期目标任务圆满完成).
fn plan_ahead(t: &[char], e: &time::TimeExpr) -> bool {
    let before = &t[e.start.saturating_sub(3)..e.start];
    let end = (e.end..t.len())
        .find(|&i| matches!(t[i], '。' | '\n'))
        .unwrap_or(t.len());
    let adverb = (e.end..(e.end + 6).min(end)).any(|i| matches!(t[i], '，' | ','));
    !before.iter().any(|c| matches!(c, '较' | '与' | '比'))
        && (adverb
            || (e.end..end).any(|i| {
                ["将", "要", "力争", "计划", "确保", "预计"]
                    .iter()
                    .any(|w| scan::starts(t, i, w))
            }))
}
