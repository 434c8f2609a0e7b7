//! Budgets: a year's budget named right before its figure (预算数为…, 預算數9億100萬元), and one
//! revised earlier in the sentence (调低…的预算，从…下调49%至499.8亿元); both goals.

use super::super::scan::{starts, Hit};

/// Whether the budget is named at `i` right before the figure (原定投资预算为223.1亿元,
/// 预算数为…, 預算數9億100萬元, Taiwan's 編列的相關預算合計366.89億元): a year's budget, a goal.
pub(crate) fn budget_named(t: &[char], h: &Hit, i: usize) -> bool {
    const AS: &[&str] = &[
        "为",
        "是",
        "数",
        "数为",
        "数是",
        "合计",
        "合计为",
        "总额为",
        "总计",
    ];
    // (Not 累計分配預算數348.10億元, what was to be spent by a day: see `progress`.)
    let to_date = (i.saturating_sub(6)..i).any(|k| starts(t, k, "累计"));
    super::named::named(t, h, i, "预算", AS) && !to_date
}

/// Whether a budget is revised earlier in the sentence, before the figure at `b` (调低今年博彩税
/// 收入的预算，从原先订定的982.1亿下调49%至499.8亿元): the figures after it are the budget
/// before and after, goals; not a result reported after 实际 or 已.
pub(crate) fn budget_revised(t: &[char], a: usize, b: usize) -> bool {
    // (Not 一般公共预算收入, the name of an actual.)
    let budget = |i: usize| {
        starts(t, i, "预算") && !["预算收入", "预算支出"].iter().any(|w| starts(t, i, w))
    };
    let revised = |i: usize| {
        super::super::context::REVISIONS
            .iter()
            .chain(&["调减", "调增", "削减", "追加"])
            .any(|w| starts(t, i, w))
    };
    (a..b).filter(|&i| budget(i)).any(|i| {
        let (lo, hi) = super::super::sentence::clause(t, i, i + 2, (a, b));
        (lo..hi).any(revised) && !(i..b).any(|k| t[k] == '已' || starts(t, k, "实际"))
    })
}
