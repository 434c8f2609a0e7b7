//! A goal named right after its figure (跨进万亿的目标, …的年度目标, 要在明年十一月完成); one
//! named right before it (目标是6%-6.5%, 预算数为…) is [`super::named_before`], a year's task
//! or plan [`super::tasks`].

use super::super::scan::{starts, Hit};
use super::super::time::TimeExpr;
use super::share_of;

/// Whether the goal is named right after the figure (跨进万亿的目标, …的设想).
pub fn goal_named_after(t: &[char], h: &Hit) -> bool {
    if [
        "的目标",
        "目标",
        // 低于5.5%左右的预期目标, 低于4.5%的控制目标: the goal a result is held against.
        "的预期目标",
        "的控制目标",
        "的调控目标",
        // 低于4%的控制指标, 低于4.5%的年底控制目标: a ceiling set.
        "的控制指标",
        "的控制线",
        "的年度控制目标",
        "的年底控制目标",
        "的全年控制目标",
        // 超额完成了PM2.5浓度同比下降4%的改善目标: an improvement set.
        "的改善目标",
        // 超过9月份设定的…30%的节点目标: a milestone is a goal.
        "的节点目标",
        // 达成了超序时进度和增幅超15%的双目标: one of two goals named together.
        "的双目标",
        "的两个目标",
        "这一目标",
        "这个目标",
        "的设想",
        // 三百○八亿九千二百多万元总预算 (Macau): the year's budget.
        "总预算",
        "为目标",
        "作为目标",
        // 把规模工业产值200亿元定为目标, 列为目标.
        "定为目标",
        "定为年度目标",
        "列为目标",
        "设为目标",
    ]
    .iter()
    .any(|w| starts(t, h.end, w))
        || task_after(t, h)
    {
        return true;
    }
    // 超过28%的年度目标: a rate too.
    if plan_named_after(t, h) || year_goal_after(t, h) || goal_share_after(t, h.end) {
        return true;
    }
    // 订下112年600万旅客来台的目标: a few words of what is counted, then 的目标.
    // 进入“万亿俱乐部”的目标: a closing quote among them.
    // 去年新台币1.2兆元的民间新增投资目标: 的, then a few words of what, then 目标 (not for a
    // rate: 5.5%左右的增长目标 is dated by its own sentence).
    let of_what = t.get(h.end) == Some(&'的') && h.base != Some("%");
    (h.end + 1..(h.end + 9).min(t.len()))
        .take_while(|&k| {
            super::super::indicator::is_word(t[k - 1]) || matches!(t[k - 1], '”' | '」')
        })
        .any(|k| {
            starts(t, k, "的目标")
                // (全年10万人的搬迁任务: a task, the same.)
                || (of_what && (starts(t, k, "目标") || starts(t, k, "任务")))
        })
        || list_goal_after(t, h).is_some()
        || assigned(t, h)
}

/// Whether 任务 follows the amount right after it (确保完成今年生猪出栏6000万头任务): the
/// task's amount. Not a count of tasks (3项任务, 5个任务).
fn task_after(t: &[char], h: &Hit) -> bool {
    starts(t, h.end, "任务") && !matches!(h.base, Some("项" | "个" | "件" | "条" | "大"))
}

/// Whether the figure was handed down or set as a task (超过了年初下达的150万亩营造林任务,
/// 设定的20公里目标): 下达 or 设定 right before it, a task or goal word a few words after.
fn assigned(t: &[char], h: &Hit) -> bool {
    ["下达的", "下达", "设定的"]
        .iter()
        .any(|w| super::super::scan::ends(t, h.start, w))
        && (h.end..(h.end + 9).min(t.len()))
            .take_while(|&k| k == h.end || super::super::indicator::is_word(t[k - 1]))
            .any(|k| starts(t, k, "任务") || starts(t, k, "目标"))
}

/// The bracket the figure is in, when it opens a few characters before it within its clause
/// (年度目标(维修改造锅炉146台、供热管网改造40公里)): where it opens.
pub(super) fn open_bracket(t: &[char], h: &Hit) -> Option<usize> {
    (h.start.saturating_sub(24)..h.start)
        .rev()
        .take_while(|&k| !matches!(t[k], ')' | '）' | '。' | '，' | '；' | '\n'))
        .find(|&k| matches!(t[k], '(' | '（'))
}

/// Whether the year's goal is named right next to the figure: after it (超过28%的年度目标),
/// or right before it, bracketed or not (增速达到年度目标（23%）的两倍多, 全年目标15%): a goal
/// of the whole year, whatever months its sentence reports.
pub(crate) fn year_goal_beside(t: &[char], h: &Hit) -> bool {
    let open = open_bracket(t, h).unwrap_or(h.start);
    let before = YEAR_GOALS.iter().any(|w| {
        let n = w.chars().count();
        (0..=1).any(|gap| {
            open >= n + gap
                && starts(t, open - n - gap, w)
                && (gap == 0 || matches!(t[open - 1], '为' | '是'))
        })
    });
    year_goal_after(t, h) || before
}

/// Goal nouns a share of what was done is measured against (完成年初预算数60999万元的40.4%,
/// 占计划目标到位资金(11.45亿元)的80.17%); the budget last (its amount does not come after it).
pub(crate) const MEASURED_AGAINST: &[&str] = &["目标", "任务", "计划", "预算"];

/// Whether a goal word, a few words of what before it, follows `end` with the share of the
/// goal done after it (完成市政府下达的19500万美元目标任务的77.69%, 完成全年5360亿元招商引资
/// 目标任务的25.07%): right after a figure, the figure is the goal's amount.
pub(crate) fn goal_share_after(t: &[char], end: usize) -> bool {
    // (Not past a verb: 完成投资50亿元占年度计划的80% makes 50亿元 no goal.)
    let verb = |k: usize| matches!(t[k], '占' | '为' | '达' | '是') || starts(t, k, "完成");
    (end..(end + 9).min(t.len()))
        .take_while(|&k| k == end || (super::super::indicator::is_word(t[k - 1]) && !verb(k - 1)))
        .any(|k| {
            MEASURED_AGAINST[..3]
                .iter()
                .any(|w| starts(t, k, w) && share_of(t, k, k + 2))
        })
}

/// The goals of a year as written.
const YEAR_GOALS: &[&str] = &["年度目标", "全年目标"];

/// Whether the year's goal is named right after the figure and its 的 (超过28%的年度目标),
/// a few words of what is counted between (完成引进3900亿元国内到位资金的年度目标).
fn year_goal_after(t: &[char], h: &Hit) -> bool {
    (h.end..t.len().min(h.end + 9))
        .take_while(|&k| k == h.end || super::super::indicator::is_word(t[k - 1]))
        .any(|k| t[k] == '的' && YEAR_GOALS.iter().any(|w| starts(t, k + 1, w)))
}

/// Whether a count is of the year's plan, named right after it (176个年度计划新开项目中实际
/// 开工150个): a goal of the whole year.
pub(crate) fn plan_named_after(t: &[char], h: &Hit) -> bool {
    h.base.is_some_and(|b| matches!(b, "个" | "项"))
        && ["年度计划", "全年计划"].iter().any(|w| starts(t, h.end, w))
}

/// The goal a list of figures is named as after its last item (确保完成接待游客4200万人次、
/// 旅游总收入400亿元、投资突破100亿元的年度目标): `Some(true)` for a year's goal (年度目标,
/// 全年目标), `Some(false)` for another.
pub(crate) fn list_goal_after(t: &[char], h: &Hit) -> Option<bool> {
    // The last item of a list is listed too (…、投资突破100亿元的年度目标).
    let mut listed = t[h.start.saturating_sub(20)..h.start]
        .iter()
        .rev()
        .take_while(|c| !matches!(c, '，' | '。' | '；' | '\n' | ','))
        .any(|c| *c == '、');
    for k in h.end..t.len().min(h.end + 40) {
        if matches!(t[k], '，' | '。' | '；' | '\n' | ',') {
            return None;
        }
        listed |= t[k] == '、';
        if listed {
            if ["的年度目标", "的全年目标", "的年度任务"]
                .iter()
                .any(|w| starts(t, k, w))
            {
                return Some(true);
            }
            // …、重污染天数同比减少6%的改善目标: a few words of what kind of goal between.
            let kind_of_goal = t.get(k) == Some(&'的')
                && (k + 1..t.len().min(k + 6))
                    .take_while(|&m| super::super::indicator::is_word(t[m]))
                    .any(|m| starts(t, m, "目标"));
            // 要全面完成最后7个贫困县摘帽、300个贫困村退出…的任务: the tasks listed (not
            // 已完成…的任务, done).
            let task = starts(t, k, "的任务") && !done_before_in_clause(t, h.start);
            if starts(t, k, "的目标") || kind_of_goal || task {
                return Some(false);
            }
        }
    }
    None
}

/// Whether the clause before `at` (at most 30 characters) reports something done (已, 了).
fn done_before_in_clause(t: &[char], at: usize) -> bool {
    t[at.saturating_sub(30)..at]
        .iter()
        .rev()
        .take_while(|c| !matches!(c, '，' | '。' | '；' | '\n' | ','))
        .any(|c| matches!(c, '已' | '了'))
}

/// Words after a figure that set its deadline (绿能占比二十％要在明年十一月完成).
const DEADLINE_AFTER: &[&str] = &[
    "要在",
    "将在",
    "需在",
    "须在",
    "力争在",
    "争取在",
    "计划在",
    "预计在",
    "可望在",
    "有望在",
];

/// The time a figure is to be reached by, written after it: 要在 (将在, 力争在 …), a time,
/// then within a few characters 完成 (实现, 达到, 达成).
pub(crate) fn deadline_after<'a>(
    t: &[char],
    h: &Hit,
    exprs: &'a [TimeExpr],
) -> Option<&'a TimeExpr> {
    let w = DEADLINE_AFTER.iter().find(|w| starts(t, h.end, w))?;
    let at = h.end + w.chars().count();
    let e = &exprs[exprs.binary_search_by_key(&at, |e| e.start).ok()?];
    let reached = (e.end..(e.end + 6).min(t.len())).any(|i| {
        ["完成", "实现", "达到", "达成", "做到"]
            .iter()
            .any(|v| starts(t, i, v))
    });
    reached.then_some(e)
}

#[cfg(test)]
pub(super) mod tests {
    use super::Hit;

    /// `s` as characters, and the figure of it that `fig` begins (its number may follow a
    /// bound: 突破600亿元 begins at 突破).
    pub(in super::super) fn figure_in(s: &str, fig: &str) -> (Vec<char>, Hit) {
        let t: Vec<char> = s.chars().collect();
        let start = s.find(fig).map(|b| s[..b].chars().count()).unwrap();
        let h = super::super::super::scan::figures(&t)
            .into_iter()
            .find(|h| h.start == start)
            .unwrap();
        (t, h)
    }

    #[test]
    fn goals_named_after_the_figure() {
        let named = |s: &str, fig: &str| {
            let (t, h) = figure_in(s, fig);
            super::goal_named_after(&t, &h)
        };
        assert!(named("订下112年600万旅客来台的目标", "600万"));
        assert!(named("以1200万人次为目标", "1200万人次"));
        assert!(!named("达到1200万人次，创下新高", "1200万人次"));
        assert!(named("176个年度计划新开项目中实际开工150个", "176个"));
        assert!(named(
            "去年新台币1.2兆元的民间新增投资目标已经达标",
            "1.2兆元"
        ));
        assert!(!named("投资1.2兆元的项目，目标", "1.2兆元"));
    }

    #[test]
    fn plans_named_before_the_figure() {
        let named = |s: &str, fig: &str| {
            let (t, h) = figure_in(s, fig);
            super::super::goal_named_before(&t, &h, (0, t.len()))
        };
        assert!(named("去年共安排588个，计划安排投资500亿元", "500亿元"));
        assert!(named("目标是16.6GW", "16.6GW"));
        assert!(named("全县项目投资比例应完成25%", "25%"));
        assert!(!named("完成投资2929亿元，超出年度计划28%", "28%"));
        assert!(named(
            "工业总产值为17.78亿元，完成全年任务75亿元的23.7%",
            "75亿元"
        ));
        assert!(!named("争取到国家“两重”建设任务162项", "162项"));
        assert!(named(
            "到位资金9.18亿元，占计划目标到位资金(11.45亿元)的80.17%",
            "11.45亿元"
        ));
        assert!(named(
            "市上给我县下达的当年新履约亿元以上项目任务为8个",
            "8个"
        ));
        assert!(!named("全县落实重点项目任务为8个", "8个"));
    }
}
