//! Budgets: a year's budget named right before its figure (预算数为…, 預算數9億100萬元), one
//! revised earlier in the sentence (调低…的预算，从…下调49%至499.8亿元), and one drafted (按草案,
//! 一般公共预算收入安排为…); all goals.

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
    // (Nor 追加预算1000万元, a sum added to it.)
    let added = ["追加", "追减"]
        .iter()
        .any(|w| super::super::scan::ends(t, i, w));
    // (今年预算5.8亿, 全年预算46,908万元: a sum right after it; not 完成年度预算74.7%, a share.)
    let sum = h.base != Some("%") && super::named_before::named(t, h, i, "预算", &[""]);
    (sum || super::named_before::named(t, h, i, "预算", AS)) && !to_date && !added
}

/// Whether a budget is revised earlier in the sentence, before the figure at `b` (调低今年博彩税
/// 收入的预算，从原先订定的982.1亿下调49%至499.8亿元): the figures after it are the budget
/// before and after, goals; not a result reported after 实际 or 已.
fn budget_revised(t: &[char], a: usize, b: usize) -> bool {
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

/// Whether the figure at `h` is a line of a budget drafted or revised in its sentence: a goal
/// of the budget's year.
pub(crate) fn in_budget(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    budget_revised(t, sent.0, h.start) || budget_drafted(t, sent.0, h.start)
}

/// Whether the figure before `b` is part of a budget drafted in its sentence: the draft is
/// named before it (按草案，…; 预算草案安排…; 追加预算878亿元的内容包括：…), or a budget line is arranged earlier in it
/// (一般公共预算收入拟安排306.74亿元; 支出安排532.2亿元，增长1%左右；加上…63.25亿元，总支出为
/// 595.45亿元): what is arranged, and the sums built on it, are the year's plan. Not once the
/// sentence turns to what was done (实际, 已, 完成, 执行情况).
fn budget_drafted(t: &[char], a: usize, b: usize) -> bool {
    // (以今年初政府预算全年的幸运博彩税收收入达497.58亿元计算: what the budget puts the year at.)
    const DRAFT: &[&str] = &[
        "按草案",
        "按照草案",
        "根据草案",
        "预算草案",
        "追加预算",
        "预算全年",
    ];
    // (执行情况, 执行数, 执行率: a budget carried out; not 外交执行量能, a capacity.)
    const DONE: &[&str] = &["实际", "已", "完成", "执行情况", "执行数", "执行率"];
    let drafted = (a..b).any(|i| DRAFT.iter().any(|w| starts(t, i, w)));
    // 预算收入安排, 预算支出拟安排, Taiwan's 总预算编列: 安排 or 编列 a few characters after
    // 预算, in one name.
    let arranged = (a..b).any(|i| {
        (starts(t, i, "安排") || starts(t, i, "编列"))
            && (i.saturating_sub(6)..i).any(|k| starts(t, k, "预算"))
            && !(i.saturating_sub(6)..i).any(|k| t[k] == '，' || t[k] == ',')
    });
    // (实际需要的133亿元: what is needed, not what was done.)
    let done = |i: usize| DONE.iter().any(|w| starts(t, i, w)) && !starts(t, i, "实际需要");
    (drafted || arranged) && !(a..b).any(done)
}
