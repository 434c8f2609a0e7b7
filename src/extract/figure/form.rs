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
        f.notes.push("a goal of a change: the amount added".into());
    }
    let form = match kind {
        Kind::Target if h.relative => Form::Relative,
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
