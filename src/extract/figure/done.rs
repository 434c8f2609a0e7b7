//! Signs that a figure is what was done, not a goal: its clause says so (已完成, 累计完成), an
//! award was given (被评为), or it is the share of a plan or goal reached (完成率为, 达到全年目标97%).

use super::super::{context, goal, scan, sentence};
use scan::Hit;

/// Whether the figure's clause says it was done (累计完成, 已完成, 完成了, 已), or honoured after
/// it (442个单位被评为先进单位, 刘刚等416人获评: an award given).
pub(super) fn done_so_far(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const HONOURED: &[&str] = &["被评为", "被授予", "被命名为", "获评", "荣获", "获授"];
    let (a, b) = sentence::clause(t, h.start, h.end, sent);
    context::present_perfect(t, h, sent)
        || context::said_done(t, a, h.start)
        || (h.end..b).any(|i| HONOURED.iter().any(|w| scan::starts(t, i, w)))
}

/// Whether a % figure, exact, is named a share done (完成率为, 竣工率达) right before it, with
/// no goal word in its clause.
pub(super) fn share_done(t: &[char], h: &Hit, sent_start: usize, clause_start: usize) -> bool {
    const SHARES: &[&str] = &["完成率", "竣工率", "达成率", "执行率", "完工率"];
    let named = ["为", "达", "达到", "是", ""].iter().any(|v| {
        let at = h.start.saturating_sub(v.chars().count());
        scan::ends(t, h.start, v) && SHARES.iter().any(|w| scan::ends(t, at, w))
    });
    // (A bound, 完成率达到90%以上, is what a task asks.)
    h.base == Some("%")
        && h.qualifier == crate::model::Qualifier::Exact
        && h.high.is_none()
        && named
        && !goal::goal_words(t, clause_start, h.start, &[])
        // (目标任务是：…，投资完成率达到50%及以上: a task listed; but a plan compared with,
        // 同计划任务数相比, aims nothing.)
        && !goal::goal_words(t, sent_start, clause_start, &["计划"])
}

/// Whether the figure is the share of a goal reached, the goal named right before it with a
/// verb of reaching (达到全年目标97%, 完成年度任务141.7%, 完成…计划的52.61%): what was done.
pub(super) fn share_of_goal_reached(
    t: &[char],
    h: &Hit,
    (sent_start, clause_start): (usize, usize),
) -> bool {
    const GOALS: &[&str] = &[
        "全年目标",
        "年度目标",
        "全年任务",
        "年度任务",
        "全年计划",
        "年度计划",
    ];
    const REACHED: &[&str] = &["达到", "完成", "实现"];
    // (Or its words, then 的: 完成全年新增归集计划的52.61%, the goal reached in its clause and
    // not sought (要求…完成年度计划的50%); not in a sentence of goals or forecasts, 力争…完成
    // 基本建成目标任务的100%, 预计…将完成全年计划的109.1%.)
    let of_goal = || {
        let Some(g) = ["计划的", "任务的", "目标的"]
            .iter()
            .find(|w| scan::ends(t, h.start, w))
        else {
            return false;
        };
        let word = h.start - g.chars().count();
        goal::reached_goal(t, word, clause_start) && !goal::goal_words(t, sent_start, h.start, &[])
    };
    h.base == Some("%")
        && h.qualifier == crate::model::Qualifier::Exact
        && (GOALS.iter().any(|g| {
            scan::ends(t, h.start, g) && {
                let at = h.start - g.chars().count();
                REACHED.iter().any(|v| scan::ends(t, at, v))
            }
        }) || of_goal())
}
