//! Goal cues: whether the words around a figure set a goal (力争, 目标, 预计, 有信心 …), report
//! one met (实现倍增目标), or date when a forecast was made (去年11月预测的3.54%). A goal
//! named right next to its figure (跨进万亿的目标, 年度计划完成投资49.19亿元) is [`named`].

mod budget;
mod cues;
mod done;
mod effect;
mod intent;
mod listed;
mod named;
mod named_before;
mod pledge;
mod progress;
mod projects;
mod tasks;

pub(crate) use budget::{budget_named, in_budget};
pub(super) use cues::{FORECASTS, TARGET_CUES, WEAK};
pub(crate) use cues::{PROPOSALS, YEAR_START_GOALS};
pub(crate) use done::{amount_end, goal_told_met, reached_goal, share_follows};
use done::{done_after_plan, done_since, indicators_only_named, met_after, share_of, won};
pub(crate) use effect::expected_effect;
use intent::{expected, planned, will};
pub(crate) use intent::{striven, will_in};
pub(crate) use listed::{item_under_goals, line_of_goals};
pub(crate) use named::{
    deadline_after, goal_named_after, goal_share_after, list_goal_after, plan_named_after,
    year_goal_beside, MEASURED_AGAINST,
};
pub(crate) use named_before::{goal_named_before, scheduled, set_out, GOALS_NAMED};
pub(crate) use pledge::{listed_as_pledge, pledge_item, pledged};
pub(crate) use progress::{plan_after_semicolon, task_before_done, total_before_share_done};
pub(crate) use projects::{projects_planned, started_verbs};
pub(crate) use tasks::task_named_before;

use super::context::REVISIONS;
use super::scan::{ends, is_ideograph, starts, Hit};

/// Words that compare a figure with a time before (同比, 比上年): it was observed.
const COMPARED: &[&str] = &[
    "同比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "与上年",
    "按年",
    "同期",
    "已",
    "了",
];

/// Whether the figure is one of a run of floors (新增工业产值110亿元以上，…增长25%以上，完成
/// 固定资产投资120亿元以上): three or more 以上 after figures in its sentence, none of them
/// compared with a time before in the sentence. Such a run states what is to be reached; a
/// review writes what was.
pub fn floor_run(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    if !starts(t, h.end, "以上") && !ends(t, h.end, "以上") {
        return false;
    }
    if (sent.0..sent.1).any(|i| COMPARED.iter().any(|w| starts(t, i, w))) {
        return false;
    }
    let floors = (sent.0 + 1..sent.1)
        .filter(|&i| starts(t, i, "以上"))
        .filter(|&i| t[i - 1].is_ascii_digit() || "%％元个家项人吨亩万亿".contains(t[i - 1]))
        .count();
    floors >= 3
}

/// Whether the sentence voices a goal before the figure (力争, 目标, 打造, 将 …), names one
/// after it, hopes for it or asks about it; the goal words in `skip` do not count (in a text
/// reviewing a year, [`WEAK`]).
pub fn target_cue(t: &[char], h: &Hit, sent: (usize, usize), skip: &[&str]) -> bool {
    let named_after = goal_named_after(t, h);
    // 今年达到1.8万亿元还是很有希望的, GDP今年能破2万亿吗: a threshold hoped for or asked about.
    let hoped = (h.end..sent.1).any(|i| ["有希望", "希望不大"].iter().any(|w| starts(t, i, w)));
    let asked = (t.get(sent.1) == Some(&'？') || t[h.end..sent.1].ends_with(&['吗']))
        && (sent.0..(h.start + 2).min(h.end))
            .any(|i| ["破", "能", "达到", "超过"].iter().any(|w| starts(t, i, w)));
    // 预计全年实现GDP178亿元；2025全年的工业开票销售为189.1亿元: a forecast speaks for its own
    // part of the sentence, up to a ；, unless a colon before it opens a list (预计：…；…);
    // a goal (目标, 力争) for the whole sentence, but not a word that also tells what will be
    // (盈余将远高于预测的163亿；安永估计，本财政年度的盈余可高达1600亿元).
    let part = (sent.0..h.start)
        .rev()
        .find(|&i| matches!(t[i], '；' | ';'));
    // (预计今年1-6月份，合同外资2亿美元；实际到资2.4亿美元: a forecast opening the sentence
    // speaks for all of it.)
    let opening = FORECASTS
        .iter()
        .any(|w| starts(t, sent.0, w) && !skip.contains(w))
        && !tallied(t, sent.0);
    let from = match part {
        Some(k) if !opening && !t[sent.0..k].iter().any(|c| matches!(c, '：' | ':')) => k + 1,
        _ => sent.0,
    };
    let goals_only: Vec<&str> = skip
        .iter()
        .chain(FORECASTS)
        .chain(WEAK)
        .chain(&[WILL, NAMED_GOAL])
        .copied()
        .collect();
    // 完成省政府下达的考核目标任务（83253万元）的495.69%: the task named right before its
    // figure is a goal, whatever was done towards it.
    // (Past 实际 too: 预计…；实际到资2.4亿美元 names the funds forecast, not what came true.)
    named_after
        || opening
        || hoped
        || asked
        || goal_named_before(t, h, sent)
        || set_out(t, h, sent)
        || projects_planned(t, h, sent)
        || in_budget(t, h, sent)
        || pledge_item(t, h, sent)
        || listed_as_pledge(t, h, sent)
        || listed::goal_parts(t, h, sent, skip)
        || goal_words(t, from, h.start, skip)
        || goal_words(t, sent.0, from, &goals_only)
}

/// Names of funds that begin with 实际 (实际到位资金, 实际利用外资): in a list of goals named
/// (目标任务是实际到位资金660亿元，…，实际利用外资3.6亿美元) what is measured, not what came true.
const FUNDS: &[&str] = &["实际到资", "实际利用", "实际使用", "实际到位", "实际投资"];

/// Whether `t[a..b]` voices a goal (力争, 目标, 打造 …; not counting the words in `skip`),
/// outside quotes (“2030启航计划” is a name).
pub fn goal_words(t: &[char], a: usize, b: usize, skip: &[&str]) -> bool {
    let mut open = 0i32;
    let listed =
        |i: usize| (a..i).any(|k| named_before::GOALS_NAMED.iter().any(|w| starts(t, k, w)));
    // 当年实际增长是6.1%: what came true, after the goal (目标是6%-6.5%) in its sentence.
    // (Not 实际到资, 实际利用外资: the name of what is measured.)
    // (Nor after a verb of a task: 今年须完成实际利用外资8603万美元.)
    let named_funds = |i: usize| {
        FUNDS.iter().any(|w| starts(t, i, w))
            && (listed(i) || ["完成", "实现", "达到"].iter().any(|w| ends(t, i, w)))
    };
    // (So is an item opening with 实, done in fact: 计划小区1705个、实开1705个.)
    let in_fact = |i: usize| {
        i > 0
            && matches!(t[i - 1], '、' | '，' | ',')
            && super::context::done_in_fact(t[i..].iter().copied())
            && t.get(i + 1) != Some(&'际')
    };
    let a = (a..b)
        .rev()
        .find(|&i| (starts(t, i, "实际") && !named_funds(i)) || in_fact(i))
        .map_or(a, |i| i + if t[i + 1] == '际' { 2 } else { 1 });
    (a..b).any(|i| {
        match t[i] {
            // A quoted name (“2030启航计划”) is short and has no comma; a quoted speech
            // (“我们把今年的目标设定为5.5%左右，…”) speaks for itself.
            '“' | '「' | '《' if !speech(t, i) => open += 1,
            '”' | '」' | '》' if open > 0 => open -= 1,
            _ => {}
        }
        open <= 0
            && (expected(t, i)
                || (planned(t, i) && !skip.contains(&PLANNED))
                || (will(t, i) && !skip.contains(&WILL))
                || TARGET_CUES.iter().filter(|w| !skip.contains(w)).any(|w| {
                    // A goal word that reports what was done sets no goal.
                    let done = || {
                        // (超过了国务院原定的40%目标: a goal set before, passed.)
                        (matches!(*w, "目标" | "计划" | "原定" | "原订")
                            && (reached_goal(t, i, a) || met_after(t, w, i + 2)))
                            || won(t, i, w)
                            || (*w == "计划" && programme(t, i + 2) && !by_plan(t, i))
                            || done_since(t, i + w.chars().count(), b)
                            || done_after_plan(t, i, w, b)
                            // (相当于全年进度控制指标的24.44%: a share of the ceiling.)
                            || (matches!(*w, "目标" | "计划" | "控制指标")
                                && share_of(t, i, i + w.chars().count()))
                            // 在…共同努力下: thanks to efforts made; 初步估算下来，…消费是3.8亿元:
                            // what was done, tallied.
                            || (*w == "努力" && t.get(i + 2) == Some(&'下'))
                            // (新希望今年实现营业收入1400亿元: the firm's name.)
                            || (w.starts_with("希望") && i > 0 && t[i - 1] == '新')
                            // (增支较多的领域主要有…: 主要, 重要, 只要, 首要 are no 要 of a goal.)
                            || (w.starts_with('要')
                                && i > 0
                                && matches!(t[i - 1], '主' | '重' | '只' | '首'))
                            || tallied(t, i)
                            || (*w == "目标"
                                && skip.contains(&NAMED_GOAL)
                                && names_figure_before(t, i))
                            || (matches!(*w, "考核指标" | "控制指标")
                                && indicators_only_named(t, i, i + w.chars().count(), a))
                    };
                    starts(t, i, w) && !done()
                }))
    })
}

/// Whether the quote opening at `i` is a speech: it runs past a comma or 30 characters.
fn speech(t: &[char], i: usize) -> bool {
    let end = (i + 1..t.len().min(i + 31)).find(|&k| matches!(t[k], '”' | '」' | '》'));
    end.is_none_or(|e| t[i + 1..e].iter().any(|c| matches!(c, '，' | '。' | ',')))
}

/// Whether `t[a..b]`, between a time and a figure, says the time is when a forecast of the
/// figure was made (去年11月|预测的|3.54%, 10月|的预估值|5.2%).
/// So is the figure it is revised to (…预测的3.54%，大幅上修为7.71%).
pub fn forecast_made(t: &[char], a: usize, b: usize) -> bool {
    const MADE: &[&str] = &[
        "预测的",
        "预估的",
        "预估值",
        "预测值",
        "所预测",
        "的预测",
        "的预估",
    ];
    if b < a {
        return false;
    }
    let made = (a..(a + 8).min(b)).any(|i| MADE.iter().any(|w| starts(t, i, w)));
    let revised =
        (b.saturating_sub(4).max(a)..b).any(|i| REVISIONS.iter().any(|w| starts(t, i, w)));
    made && (b - a <= 8 || (b - a <= 30 && revised))
}

/// 将 before a verb of what is to be done (将新建, 将培育, 将达到): a goal even in a text
/// reviewing a year, where 将 alone (将…纳入) is [`WEAK`]. A skip list names it by this word.
const WILL: &str = "将+";

/// In a skip list: 目标 naming a figure right before it ([`names_figure_before`]) counts for no
/// figure in a later part of the sentence.
const NAMED_GOAL: &str = "目标=";

/// Whether 目标 at `i` names a figure right before it (高于省定70%的目标要求, 100%的参保目标): that
/// figure's goal word, no goal for the figures in a later part of the sentence (…；职工报销比例
/// 83.56%).
fn names_figure_before(t: &[char], i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 3 && is_ideograph(t[k - 1]) && t[k - 1] != '的' {
        k -= 1;
    }
    if k == 0 || t[k - 1] != '的' {
        return false;
    }
    k -= 1;
    for w in ["以上", "以下", "以内", "左右"] {
        if ends(t, k, w) {
            k -= 2;
            break;
        }
    }
    k > 0 && (t[k - 1].is_ascii_digit() || matches!(t[k - 1], '%' | '％'))
}

/// 拟 before what is planned ([`planned`]), as a skip list names it (a review skips none of it).
const PLANNED: &str = "拟+";

/// 初步估算下来，…消费是3.8亿元: 估算 with 下来 tallies what was done, no forecast.
fn tallied(t: &[char], i: usize) -> bool {
    starts(t, i, "估算下来")
}

/// 按全年计划，粮食播种面积746万亩, 按照规划，2020年…: the figures after it are what the plan
/// sets (not a programme's name; 计划 or 规划 at `i`).
pub(crate) fn by_plan(t: &[char], i: usize) -> bool {
    ["", "全年", "年度", "今年", "年初"].iter().any(|y| {
        let k = i.checked_sub(y.chars().count());
        ends(t, i, y) && k.is_some_and(|k| ["按", "按照", "根据"].iter().any(|w| ends(t, k, w)))
    })
}

/// 江淮英才计划优化升级, 推行…扩容计划，落实…, 三年行动计划（2018-2020年）: 计划 ending a
/// programme's name (before a comma or a bracket, or a word of how the programme goes), not
/// planning what follows.
fn programme(t: &[char], k: usize) -> bool {
    matches!(
        t.get(k),
        Some('，' | '。' | '、' | '；' | '”' | '」' | '》' | '）' | '（' | '(')
    ) || ["优化", "升级", "深入", "扎实", "持续", "入选", "支持"]
        .iter()
        .any(|w| starts(t, k, w))
}

#[cfg(test)]
mod tests {
    use super::{goal_words, WEAK};

    fn voices_goal(s: &str) -> bool {
        let t: Vec<char> = s.chars().collect();
        goal_words(&t, 0, t.len(), WEAK)
    }

    #[test]
    fn goal_words_that_report_what_was_done() {
        assert!(voices_goal("争取到2025年"));
        assert!(!voices_goal("中央预算内投资争取到"));
        assert!(!voices_goal("争取到资金"));
        assert!(voices_goal("力争"));
        // A plan reported done before the figure.
        assert!(!voices_goal("285个计划新开工项目已全部开工，"));
        assert!(voices_goal("计划在已有基础上"));
        assert!(voices_goal("交通部原定今年吸引"));
        assert!(!voices_goal(
            "江淮英才计划优化升级，遴选并支持创新创业领军人才"
        ));
        assert!(voices_goal("计划新建"));
        // A goal reached (虽已达目标值，但仍有53案…), not set.
        assert!(!voices_goal("已完工104案，虽已达目标值，但仍有"));
        assert!(voices_goal("力争达到目标值"));
        assert!(voices_goal("全年剩余日控制值为"));
        assert!(voices_goal("2012年，中国力求遏制特别重大瓦斯事故，"));
        assert!(!voices_goal("黑龙江计划小区1705个、实开"));
        assert!(voices_goal("计划小区1705个、实现"));
        assert!(!voices_goal(
            "提前两年基本实现《纲要》提出的400万人目标；新农合已覆盖"
        ));
        assert!(voices_goal("力求达成114年再生能源发电占比20%的目标；其中"));
        assert!(!voices_goal("国家级人才计划入选者新增"));
        // The share of a plan done, before the figure or in an earlier clause.
        assert!(!voices_goal(
            "续建项目完成投资144.77亿元，为年度计划的77.7%"
        ));
        assert!(!voices_goal("为年度计划的77.7%；竣工投产项目完成投资"));
        assert!(!voices_goal(
            "占前三季度目标任务的78.5%。建成投运项目完成投资"
        ));
        assert!(voices_goal("由八月预测的"));
        assert!(voices_goal("力争完成年度计划的"));
        assert!(!voices_goal("完成投资17.6亿元，占年度目标任务74.2%。"));
        assert!(voices_goal("年度目标任务500亿元"));
        assert!(voices_goal("年度计划投资"));
        assert!(!voices_goal(
            "为全年工作目标21亿美元的111.8%，占郊区出口总额的比重达"
        ));
        assert!(!voices_goal(
            "在县委、县政府高度重视和各级各部门共同努力下成效显著"
        ));
        assert!(voices_goal("努力实现全年目标"));
    }
}
