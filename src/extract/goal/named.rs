//! A goal named right next to its figure: after it (跨进万亿的目标, …的年度目标, 要在明年
//! 十一月完成), or right before it (目标是6%-6.5%, 预算数为…; a year's task or plan is
//! [`super::tasks`]).

use super::super::scan::{ends, starts, Hit};
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
fn open_bracket(t: &[char], h: &Hit) -> Option<usize> {
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

/// Whether a goal noun, right before the amount (年初预算数, 占年预算, 占任务), is followed
/// after it by the share of it done (占任务100万亩的120.8%, 完成预算数257288万元的41.9%).
fn share_named_before(t: &[char], h: &Hit) -> bool {
    super::share_follows(t, h.end)
        && MEASURED_AGAINST.iter().any(|w| {
            ["", "数", "额", "为", "是"].iter().any(|a| {
                let n = w.chars().count() + a.chars().count();
                h.start >= n
                    && starts(t, h.start - n, w)
                    && starts(t, h.start - a.chars().count(), a)
            })
        })
}

/// The goals of a year as written.
const YEAR_GOALS: &[&str] = &["年度目标", "全年目标"];

/// Whether the year's goal is named right after the figure and its 的 (超过28%的年度目标).
fn year_goal_after(t: &[char], h: &Hit) -> bool {
    t.get(h.end) == Some(&'的') && YEAR_GOALS.iter().any(|w| starts(t, h.end + 1, w))
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
            if starts(t, k, "的目标") || kind_of_goal {
                return Some(false);
            }
        }
    }
    None
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

/// Whether the sentence opens, within its first twelve characters (在减税降费方面，报告提出…),
/// with a report or plan setting out its goals (报告提出，…, 报告明确2019年要…, 规划曾提出…,
/// 报告还提出把…控制在3%左右),
/// and the figure is one of them, whatever year they are of: a bound (1100万人以上) or after
/// 要/曾 (not 报告提出，2020年全区生产总值增长3.7%, a result reported).
pub fn set_out(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const BY: &[&str] = &["报告", "规划", "纲要"];
    const SAYS: &[&str] = &["提出", "明确", "要求", "确定"];
    let goal_like = h.qualifier != crate::model::Qualifier::Exact
        || (sent.0..h.start).any(|k| matches!(t[k], '要' | '曾'));
    goal_like
        && (sent.0..sent.1.min(sent.0 + 12)).any(|i| {
            BY.iter().any(|b| {
                let k = i + b.chars().count();
                starts(t, i, b) && {
                    // (报告曾提出, 报告还提出, 规划也明确, 报告当时提出的要求是.)
                    let k = ["曾", "还", "也", "又", "当时", "当年"]
                        .iter()
                        .find(|w| starts(t, k, w))
                        .map_or(k, |w| k + w.chars().count());
                    SAYS.iter().any(|w| starts(t, k, w))
                }
            })
        })
}

/// Whether the figure was scheduled in its clause (预定的累计兴办户数各为14万户, 原定今年吸引
/// 1000万名): a goal, also of a year gone by, met or not.
/// So is one after a schedule followed in its sentence (按原定规划任务，2019年全省要新建改扩建1000所
/// 城乡幼儿园，新增10万个幼儿学位), unless a result is reported between (实际, 完成, 已).
pub fn scheduled(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const SCHEDULED: &[&str] = &["预定", "原定", "原订"];
    let (a, _) = super::super::sentence::clause(t, h.start, h.end, sent);
    let followed = |i: usize| {
        ["按", "按照", "根据", "依照"].iter().any(|w| ends(t, i, w))
            && !(i..h.start).any(|k| ["实际", "完成", "已"].iter().any(|w| starts(t, k, w)))
    };
    (sent.0..h.start).any(|i| SCHEDULED.iter().any(|w| starts(t, i, w)) && (i >= a || followed(i)))
}

/// Whether the goal is named right before the figure (目标是6%-6.5%, 目标定为, 目标设定为).
pub fn goal_named_before(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    // 目标是16.6GW, 年度目标16.6GW; 太阳光电须达20GW, 须做到5.5GW, 投资比例应完成25%: a
    // level required.
    const GOAL: &[&str] = &[
        "",
        "是",
        "为",
        "定为",
        "设为",
        "定在",
        "设定为",
        "设在",
        "设定在",
        // 把目标拉高到50%以上, 目标调高至8%: the goal raised, the new goal.
        "提高到",
        "提高至",
        "拉高到",
        "拉高至",
        "调高到",
        "调高至",
        "上调到",
        "上调至",
        "调整为",
        "订为",
        "订在",
    ];
    super::tasks::task_named_before(t, h, sent)
        || proposed(t, h, sent)
        || goal_then_indicator(t, h, sent)
        || handed_down(t, h, sent)
        || share_named_before(t, h)
        || bracketed_goal(t, h, sent)
        || super::listed::listed_after_goal(t, h, sent)
        || before(h, sent).any(|i| {
            named(t, h, i, "目标", GOAL)
                // 已超过95年度的目标值26%, 目标金额10065亿元同样已经达成: the goal's value,
                // passed or not (not 超越目标值1.46倍, by how much).
                || (named(t, h, i, "目标", GOAL_VALUE) && h.base != Some("倍"))
                // 下达控制指标为32人: a ceiling handed down.
                || named(t, h, i, "控制指标", GOAL)
                || super::budget::budget_named(t, h, i)
                // 西藏：预期10%以上 (a table of goals turned into lines); not 超出预期10%.
                || (named(t, h, i, "预期", &["", "为", "是"])
                    && !(i.saturating_sub(3)..i)
                        .any(|k| matches!(t[k], '超' | '于' | '过')))
                || ["须", "需", "必须", "应"]
                    .iter()
                    .any(|w| named(t, h, i, w, &["达", "达到", "做到", "完成"]))
        })
}

/// The words after 目标 naming its amount (目标值26%, 目标金额(10065亿元), 目标数为…).
const GOAL_VALUE: &[&str] = &[
    "值",
    "值为",
    "值是",
    "金额",
    "金额为",
    "金额定为",
    "数",
    "数为",
];

/// Whether the figure is what someone proposes a level be set at (建议可否订在50%以上,
/// 建议定为6%): a goal proposed, `建议` within eight characters before the verb, in its clause.
fn proposed(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const SET_AT: &[&str] = &[
        "订在",
        "定在",
        "订为",
        "定为",
        "设为",
        "设在",
        "提高到",
        "拉高到",
    ];
    let Some(verb) = SET_AT.iter().find(|w| ends(t, h.start, w)) else {
        return false;
    };
    let v = h.start - verb.chars().count();
    let (a, _) = super::super::sentence::clause(t, h.start, h.end, sent);
    (v.saturating_sub(8).max(a)..v).any(|i| starts(t, i, "建议"))
}

/// Whether the figure's clause states a goal and then what it is of, the figure its first
/// (2018年预期目标为国内生产总值增长6.5%左右): a goal, also of a year gone by; not what came true
/// after it (目标为…，实际增长6.6%: another clause; 目标为增长6.5%，实际 before the figure).
fn goal_then_indicator(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const SET: &[&str] = &["目标为", "目标是", "目标定为", "目标设定为"];
    const DONE: &[&str] = &["实际", "完成", "实现", "达成", "已"];
    let (a, _) = super::super::sentence::clause(t, h.start, h.end, sent);
    (a..h.start).any(|i| {
        let Some(w) = SET.iter().find(|w| starts(t, i, w)) else {
            return false;
        };
        // (目标是完成500个: the goal's own verb, not what was done.)
        let verb = i + w.chars().count();
        let own = ["完成", "实现", "达成"].iter().any(|d| starts(t, verb, d));
        let between = if own { verb + 2 } else { verb }..h.start;
        // (Nor where a change the goal makes starts: 目标是由现时的1%提高至1.5%.)
        !t[between.clone()]
            .iter()
            .any(|c| c.is_ascii_digit() || matches!(c, '由' | '从' | '自'))
            && !between
                .clone()
                .any(|k| DONE.iter().any(|w| starts(t, k, w)))
    })
}

/// Whether the figure's clause names what a higher level handed down and then the amount
/// (分解下达的粮食播种面积为8800万亩、大豆播种面积为464.5万亩): a quota, a goal. Not funds
/// handed down (下达的国家补贴资金为170.7亿元), nor what has been (已下达).
fn handed_down(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = super::super::sentence::clause(t, h.start, h.end, sent);
    let Some(i) = (a..h.start).find(|&i| starts(t, i, "下达的")) else {
        return false;
    };
    let between = i + 3..h.start;
    ["为", "是"].iter().any(|w| ends(t, h.start, w))
        && between.len() <= 30
        && !between.clone().any(|k| starts(t, k, "资金"))
        && !(a..i).any(|k| t[k] == '已')
}

/// Words naming the goals that follow them (目标是, 目标任务是 read from its 任务是).
pub(crate) const GOALS_NAMED: &[&str] = &["目标是", "目标为", "任务是", "任务为", "内容为"];

/// Whether the figure is a goal's amount in brackets, a share of it done after them (占计划
/// 目标到位资金(11.45亿元)的80.17%): a goal word within ten characters before the bracket.
fn bracketed_goal(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    // 超额完成年度目标(50场), 分别完成年度目标(维修改造锅炉146台、…)的80.8%: right after the goal.
    let Some(k) = open_bracket(t, h) else {
        return false;
    };
    // (超过原先设定的目标金额(10065亿元): its amount's word between.)
    let after_goal = MEASURED_AGAINST[..3].iter().any(|w| {
        super::super::scan::ends(t, k, w)
            || ["金额", "值", "数"]
                .iter()
                .any(|v| super::super::scan::ends(t, k, &format!("{w}{v}")))
    });
    let closed = matches!(t.get(h.end), Some(')' | '）')) && t.get(h.end + 1) == Some(&'的');
    after_goal
        || (k + 1 == h.start
            && closed
            && (k.saturating_sub(10).max(sent.0)..k)
                .any(|i| MEASURED_AGAINST.iter().any(|w| starts(t, i, w))))
}

/// Where a word naming the figure may start: six characters back, within its sentence.
pub(super) fn before(h: &Hit, sent: (usize, usize)) -> std::ops::Range<usize> {
    h.start.saturating_sub(6).max(sent.0)..h.start
}

/// Whether `w` at `i`, then one of `after`, ends right where the figure starts.
pub(super) fn named(t: &[char], h: &Hit, i: usize, w: &str, after: &[&str]) -> bool {
    starts(t, i, w) && {
        let k = i + w.chars().count();
        after
            .iter()
            .any(|a| starts(t, k, a) && k + a.chars().count() == h.start)
    }
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
            super::goal_named_before(&t, &h, (0, t.len()))
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
