//! A figure read over several years counted rather than named: a review (这五年, 五年累计,
//! “十四五”前4年) and a horizon (用三年时间, 三年内). What they add is counted over them; a level
//! is of their last year.

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
