//! A year's task or plan named right before its figure (下达任务数132.63亿元, 年度计划完成投资
//! 49.19亿元, 规划造林21.2万亩, 2023年全市计划新开工保障性住房50000套): a goal of the whole year.

use super::named_before::{before, named};
use super::share_of;
use crate::extract::scan::{starts, Hit};

/// Whether a year's task or plan is named right before the figure (完成全年任务75亿元的23.7%,
/// 下达任务数132.63亿元, 考核目标任务(83253万元), 年度计划完成投资49.19亿元): a goal, of the
/// whole year.
pub fn task_named_before(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    plan_to_do(t, h, sent)
        || before(h, sent).any(|i| {
            (named(t, h, i, "任务", &["", "为", "是", "数", "定为", "（", "("])
            // A year's task, or one set by a higher government, or an amount of money
            // (招商引资任务为254亿元); not a count of tasks (建设任务162项).
            && i > 0
            && (matches!(t[i - 1], '年' | '度' | '标' | '达')
                || h.base == Some("元")
                // 建设任务29.2万亩, (任务数18家): an amount to do, not a count of tasks.
                || !matches!(h.base, Some("项" | "个" | "件" | "条" | "批" | "类"))
                || handed_down(t, i, sent)
                // 保障性住房的任务是13451套: what the task of a kind is.
                || (t[i - 1] == '的' && named(t, h, i, "任务", &["为", "是"])))
            // 占年度目标任务74.2%: the share of the task done; 超出年初任务20%: by how much
            // it was passed.
            && !(h.base == Some("%") && share_of(t, i, i))
            && !(i.saturating_sub(4)..i).any(|k| t[k] == '超')
            && !task_done(t, i, sent))
            // 规划造林21.2万亩，目前已完成18.6万亩; 规划面积3125亩: the area planned.
            || named(t, h, i, "规划", &["造林", "面积", "总面积"])
            || (named(t, h, i, "计划", &["", "安排", "投资", "安排投资", "完成", "完成投资", "为"])
            // 超出年度计划28%: a figure against the plan, not the plan; 完成年度计划46.7%: the
            // share of it done.
            && !(i.saturating_sub(4)..i).any(|k| t[k] == '超')
            && !(h.base == Some("%") && share_of(t, i, i + 2)))
        })
}

/// Whether the clause before the task word at `i` says the task was done (“十四五”期间，全区
/// 累计完成生态建设任务1.23亿亩): the amount done, not the task.
fn task_done(t: &[char], i: usize, sent: (usize, usize)) -> bool {
    let (from, _) = crate::extract::sentence::clause(t, i, i, sent);
    crate::extract::context::said_done(t, from, i)
}

/// Whether the clause before `i` says a higher government handed the task down (市上给我县
/// 下达的当年新履约亿元以上项目任务为8个).
fn handed_down(t: &[char], i: usize, sent: (usize, usize)) -> bool {
    let (from, _) = crate::extract::sentence::clause(t, i, i, sent);
    (from..i).any(|k| starts(t, k, "下达的"))
}

/// Whether a plan to do something is written at `i` and the figure is what it is to do, in
/// the same clause (2023年全市计划新开工保障性住房50000套, in a review of 2023): the plan, not
/// what was done (nothing done, 已 or 实际, between).
fn plan_to_do(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const DO: &[&str] = &[
        "新开工",
        "开工",
        "新建",
        "建设",
        "建成",
        "实施",
        "改造",
        "新增",
        "引进",
        "培训",
        "种植",
        "造林",
        "筹集",
        "供应",
        "开展",
    ];
    (h.start.saturating_sub(24).max(sent.0)..h.start.saturating_sub(2)).any(|i| {
        // (Not 按计划开展了160名, done as planned; nor 1至11月份计划开工39项, the months' plan.)
        let after = |cs: &[char]| i > 0 && cs.contains(&t[i - 1]);
        starts(t, i, "计划")
            && !after(&['按', '依', '照', '月', '份', '度'])
            && DO.iter().any(|w| starts(t, i + 2, w))
            && !t[i + 2..h.start]
                .iter()
                .any(|&c| c == '已' || c == '的' || crate::extract::sentence::clause_break(c))
            && !(i + 2..h.start).any(|k| starts(t, k, "实际"))
    })
}
