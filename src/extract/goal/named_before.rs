//! A goal named right before its figure (目标是6%-6.5%, 目标金额(10065亿元), 建议订在50%以上,
//! 预算数为…), or set out by the report or plan its sentence opens with (报告提出，…).

use super::super::scan::{ends, starts, Hit};
use super::super::time;
use super::named::{open_bracket, MEASURED_AGAINST};

/// Whether a goal noun, right before the amount (年初预算数, 占年预算, 占任务), is followed
/// after it by the share of it done (占任务100万亩的120.8%, 完成预算数257288万元的41.9%; 占资金
/// 总额安排1017.9亿元的119.6%: the funds arranged, a budget; 占全年控制指标数100人的60%).
fn share_named_before(t: &[char], h: &Hit) -> bool {
    super::share_follows(t, h.end)
        && MEASURED_AGAINST
            .iter()
            .chain(&["安排", "控制指标"])
            .any(|w| {
                ["", "数", "额", "为", "是"].iter().any(|a| {
                    let n = w.chars().count() + a.chars().count();
                    h.start >= n
                        && starts(t, h.start - n, w)
                        && starts(t, h.start - a.chars().count(), a)
                })
            })
}

/// Whether the sentence opens, within its first twelve characters (在减税降费方面，报告提出…),
/// with a report or plan setting out its goals (报告提出，…, 报告明确2019年要…, 规划曾提出…,
/// 报告还提出把…控制在3%左右),
/// and the figure is one of them, whatever year they are of: a bound (1100万人以上) or after
/// 要/曾 (not 报告提出，2020年全区生产总值增长3.7%, a result reported).
pub fn set_out(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const BY: &[&str] = &["报告", "规划", "纲要"];
    const SAYS: &[&str] = &["提出", "明确", "要求", "确定"];
    // (《大气十条》提出，到2017年，…浓度分别下降25%、20%: a deadline set out makes a goal of
    // an exact figure too.)
    // (Not a level of another year after it: 到2025年，…从2020年的7.8%提高到10%.)
    let year_at = |k: usize| {
        time::year_at(t, k, false).is_some_and(|(y, _)| matches!(y, time::YearRef::Abs(_)))
    };
    let deadline = (sent.0..h.start)
        .rfind(|&k| t[k] == '到' && year_at(k + 1))
        .is_some_and(|k| !(k + 6..h.start).any(year_at));
    let goal_like = h.qualifier != crate::model::Qualifier::Exact
        || deadline
        || (sent.0..h.start).any(|k| matches!(t[k], '要' | '曾'));
    // 《大气十条》提出: a document named in its title marks; later in the sentence only with a
    // deadline and in the figure's part of it (2018年12月，国家电影局曾印发《…意见》，提出到2020
    // 年，…银幕达到8万块以上).
    // (Nor a part after a ； telling a result: 而截至2021年底…只有39.8GW.)
    let part = (sent.0..h.start)
        .rev()
        .find(|&k| matches!(t[k], '；' | ';'))
        .map_or(sent.0, |k| k + 1);
    let result = || {
        (part..h.start).any(|k| {
            ["截至", "截止", "目前", "已"]
                .iter()
                .any(|w| starts(t, k, w))
        })
    };
    let titled = |i: usize| {
        let k = i + 1 + usize::from(matches!(t.get(i + 1), Some('，' | ',')));
        t[i] == '》' && SAYS.iter().any(|w| starts(t, k, w)) && !(i < part && result())
    };
    let titled_later =
        |i: usize| titled(i) && deadline && !t[i..h.start].iter().any(|c| matches!(c, '；' | ';'));
    goal_like
        && ((sent.0..h.start).any(titled_later)
            || (sent.0..sent.1.min(sent.0 + 12)).any(|i| {
                titled(i)
                    || BY.iter().any(|b| {
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
            }))
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
                // 离设定的55%还有差距: the level set, whenever.
                || named(t, h, i, "设定的", &[""])
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
    // (较国家下达的控制指标（3349人）: a ceiling's too; 考核对接种率的要求（90%以上）: a level
    // required.)
    let after_goal = MEASURED_AGAINST[..3]
        .iter()
        .chain(&["控制指标", "要求"])
        .any(|w| {
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
