//! Goals told by when they were voiced: on a day just before the document (将再发放2000万元,
//! told on 20 April in a text of the 21st), or at a time before their year (前(2022)年底预计，
//! …去(2023)年…会回升至1,300亿元), or as expected beside what came true (预计…30％，实际…6％).
//! Each was to come then, though its time is past now.

use super::super::{goal, scan, sentence, time};
use super::Reading;
use crate::model::Period;

/// Whether the figure's year was forecast at a time before it, written in its sentence before
/// its own (前(2022)年底预计，…去(2023)年博彩毛收入会回升至1,300亿元): what was expected then,
/// a goal of a year gone by, met or not (not 初步预计，2023年…增长5%, an estimate after it).
pub(super) fn forecast_before(r: &Reading<'_>) -> bool {
    let Some(te) = r.te.filter(|e| e.start >= r.sent.0) else {
        return false;
    };
    let year = |e: &time::TimeExpr| {
        crate::extract::resolve::resolve(e, &r.at.frame).and_then(|p| p.year())
    };
    let Some(of) = year(&te) else {
        return false;
    };
    r.exprs
        .iter()
        .filter(|e| e.start >= r.sent.0 && e.end <= te.start)
        .any(|e| {
            (e.end..(e.end + 3).min(te.start))
                .any(|k| goal::FORECASTS[..5].iter().any(|w| scan::starts(r.t, k, w)))
                && year(e).is_some_and(|y| y < of)
        })
}

/// Whether the figure is dated to a day at most a week before the document, written in its
/// sentence, and its clause says it will be done (将再发放, 将新建): then, it was to come.
pub(super) fn told_then(r: &Reading<'_>, period: Option<Period>) -> bool {
    let (Some(Period::AsOf(day)), Some(doc)) = (period, r.at.frame.date) else {
        return false;
    };
    let (a, _) = sentence::clause(r.t, r.h.start, r.h.end, r.sent);
    r.te.is_some_and(|e| {
        e.start >= r.sent.0 && matches!(e.when, time::When::Day(..) | time::When::Yesterday)
    }) && day <= doc
        && doc.t() - day.t() <= 7.5 / 365.0
        && goal::will_in(r.t, a, r.h.start)
}

/// Whether the figure is what was expected, with what came true after it in its sentence
/// (107年启用，预计平假日停车率30％，实际却只有平日6％): 预计 in its clause before it, 实际
/// opening a later clause. A goal of a time gone by, met or not.
pub(super) fn expected_then_actual(r: &Reading<'_>) -> bool {
    let (t, h) = (r.t, r.h);
    let (a, b) = sentence::clause(t, h.start, h.end, r.sent);
    (a..h.start).any(|k| {
        ["预计", "预期", "原预计"]
            .iter()
            .any(|w| scan::starts(t, k, w))
    }) && (b..r.sent.1).any(|k| {
        matches!(t.get(k.wrapping_sub(1)), Some('，' | ',' | '；')) && scan::starts(t, k, "实际")
    })
}
