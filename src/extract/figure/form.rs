//! The form of a goal or a change (a rate, a share, a level, a sum over years, a year-on-year
//! change), once its kind is decided.

use super::super::context;
use super::{Found, Reading};
use crate::model::{Form, Kind, Period};

/// A goal's or a change's form (a rate, a share, a level, a sum over years, a year-on-year
/// change) and whether it is an amount cut (减少碳排放800万吨).
pub(super) fn form(r: &Reading<'_>, f: &mut Found, kind: Kind, rate: &super::Rate) -> (Form, bool) {
    let (t, h, sent) = (r.t, r.h, r.sent);
    // 减少碳排放800万吨, 压减产能500万吨 as a goal: an amount cut, a negative change summed
    // over the goal's years (written as 800 with direction decrease); as done (压减地下水开采量
    // 21.5亿立方米), a negative change.
    let cut = matches!(kind, Kind::Target | Kind::Growth)
        && !rate.percent
        && !h.relative
        && !rate.points
        && context::cut_amount(t, h, sent);
    if cut {
        f.notes.push(if kind == Kind::Target {
            "a goal of a cut: the amount of the fall".into()
        } else {
            "an amount cut: a negative change".into()
        });
    }
    // 目标则上调500亿元, 增加250亿元 as a goal: an amount added over the goal's period.
    let added = kind == Kind::Target
        && !rate.percent
        && !h.relative
        && !rate.points
        && context::absolute_change(t, h, sent).is_some();
    if added {
        f.notes.push(super::AMOUNT_ADDED.into());
    }
    // 到2025年，单位GDP能耗比2020年下降13.5%: a change counted from a year written before
    // it, over the years to the goal's (not a pace, 年均; nor a year's goal against the one
    // before, 比上年增长6%).
    let relative = rate.growth
        && !rate.points
        && !context::pace_cue(t, h, sent)
        && relative_base(r, f.period).is_some();
    let form = match kind {
        Kind::Target if h.relative || relative => Form::Relative,
        Kind::Target if cut || added => Form::Cumulative,
        Kind::Target if rate.growth => Form::Rate,
        Kind::Target if rate.percent && h.value <= 100.0 => Form::Share,
        // 十四五期间新增25万平米: a sum over the span.
        // A fiscal year's budget (下一年度赤字1016亿) is one year's flow.
        Kind::Target if f.period.as_ref().is_some_and(Period::is_fiscal_year) => Form::Level,
        Kind::Target if matches!(f.period, Some(Period::Span { .. })) => Form::Cumulative,
        // 同比增长18.5%, 比上年增长: the change of its own period; only 年均 (连年, 每年) states
        // a pace.
        Kind::Growth if !context::pace_cue(t, h, sent) => Form::YearOnYear,
        _ => Form::Level,
    };
    (form, cut)
}

/// The base period of a goal of a change that is no pace: a year written before it (see
/// [`written_base`]), or the year before a span of years the goal is over (“十二五”期间…下降18%
/// 的目标任务, over 2011/2015: from 2010), at least two years before its end.
pub(super) fn relative_base(r: &Reading<'_>, period: Option<Period>) -> Option<i32> {
    let (t, h, sent) = (r.t, r.h, r.sent);
    let end = period?.year()?;
    // (Over a span, only a fall or a sum: “十四五”期间地区生产总值增长6%左右 is a yearly pace,
    // 年均 left out; 能耗下降14% is the span's.)
    let total = context::falling(t, h, sent) || context::cumulative_between(t, sent.0, h.start);
    let over = match period {
        Some(Period::Span { from, .. }) if total && !period.is_some_and(|p| p.is_fiscal_year()) => {
            Some(from - 1)
        }
        _ => None,
    };
    // (到2025年，…用水量较“十三五”末下降16%: from the plan's end, 2020.)
    let plan_end = super::super::timing::change_base(t, h, r.exprs, sent)
        .and_then(|e| super::super::time::resolve(e, &r.at.frame))
        .and_then(|p| p.year());
    written_base(t, h, sent, true)
        .or(plan_end)
        .or(over)
        .filter(|&base| end > base + 1)
}

/// The year a change is counted from, written after 比 or 较 in the figure's clause with no
/// other figure before it (比2020年下降13.5%, 较2015年增长). For a goal, one its sentence
/// wrote before (up to a ；) counts as well: the goals of a sentence share their base (到2025年，
/// 地区生产总值比2020年增长40%，单位GDP能耗下降13.5%; 比2015年下降17.1%，达到下降比例高于12%
/// 的年度目标要求).
pub(super) fn written_base(
    t: &[char],
    h: &crate::extract::scan::Hit,
    sent: (usize, usize),
    goal: bool,
) -> Option<i32> {
    let (a, _) = crate::extract::sentence::clause(t, h.start, h.end, sent);
    // (比2015年、2020年分别下降30%和18%: a list of bases, whose is whose not read here.)
    let base_at = |i: usize| {
        crate::extract::time::base_year_after(t, i).filter(|(_, end)| t.get(*end) != Some(&'、'))
    };
    // The clause's own 比 or 较 decides (比上年, 较去年同期: no base of years).
    if let Some(i) = (a..h.start).rev().find(|&i| matches!(t[i], '比' | '较')) {
        return base_at(i)
            .filter(|(_, end)| goal || !t[*end..h.start].iter().any(char::is_ascii_digit))
            .map(|(y, _)| y);
    }
    // A goal whose clause names no time of its own shares the base written before it in its
    // sentence, up to a ；(2024年力争…增长8% has a year of its own: no base).
    let own_time = !crate::extract::time::expressions(&t[a..h.start]).is_empty();
    if !goal || own_time {
        return None;
    }
    let from = (sent.0..a)
        .rev()
        .find(|&i| matches!(t[i], '；' | ';'))
        .map_or(sent.0, |i| i + 1);
    (from..a).rev().find_map(base_at).map(|(y, _)| y)
}
