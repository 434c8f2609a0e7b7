//! Times that name what they stand with rather than date the figures after them: the time of a
//! goal a share is of (全年出口目标任务的60.5%), of a goal reported done (提前完成“十四五”目标；…),
//! and a plan naming the projects counted to a date (截至目前，…已储备“十四五”重大项目7600多个).

use super::super::scan::Hit;
use super::super::time::{TimeExpr, When};
use super::super::{goal, scan};

fn quote(c: char) -> bool {
    matches!(c, '“' | '”' | '「' | '」' | '"')
}

/// Where the words after `e` begin, past a closing quote.
fn word_after(t: &[char], e: &TimeExpr) -> usize {
    past(t, e.end, quote)
}

/// Where the words from `at` begin, past up to two marks that `skip` names.
fn past(t: &[char], at: usize, skip: impl Fn(char) -> bool) -> usize {
    (at..t.len().min(at + 2))
        .find(|&k| !skip(t[k]))
        .unwrap_or(at)
}

/// 截至目前，…已储备“十四五”重大项目7600多个: a plan naming the projects it holds, after 截至 in
/// its sentence (starting at `sent_start`), is no time of the count; nor is one naming the
/// programme that has done it (截至2009年，…“十一五”规划已累计投资701亿元; not 截至2023年底，…越过
/// “十四五”规划所定人均2.6平方米的标准, the plan's goal).
pub(super) fn names_projects(t: &[char], e: &TimeExpr, sent_start: usize) -> bool {
    let after = word_after(t, e);
    let programme_did = scan::starts(t, after, "规划")
        && ["已", "累计"].iter().any(|w| scan::starts(t, after + 2, w));
    matches!(e.when, When::Plan(_))
        && (programme_did
            || ["重大项目", "重点项目", "项目"]
                .iter()
                .any(|w| scan::starts(t, after, w)))
        && (sent_start..e.start).any(|i| ["截至", "截止"].iter().any(|w| scan::starts(t, i, w)))
}

/// Whether a goal's words and 的 follow the time `e` (目标的, 目标任务的, 投资计划的), or
/// its words and a figure after 占 (占前三季度目标任务78.5%): the time is the goal's.
pub(super) fn goal_of(t: &[char], e: &TimeExpr) -> bool {
    // 全年出口目标任务的60.5%: a few words of what the goal is of may come between.
    let mut k = (e.end..t.len().min(e.end + 5))
        .take_while(|&k| super::super::indicator::is_word(t[k]) && !t[k].is_ascii_digit())
        .find(|&k| {
            goal::MEASURED_AGAINST[..3]
                .iter()
                .any(|w| scan::starts(t, k, w))
        })
        .unwrap_or(e.end);
    let mut goal = false;
    while let Some(w) = ["目标", "计划", "任务", "投资"]
        .iter()
        .find(|w| scan::starts(t, k, w))
    {
        goal |= *w != "投资";
        k += 2;
    }
    let share = e.start > 0 && t[e.start - 1] == '占' && t.get(k).is_some_and(char::is_ascii_digit);
    goal && (t.get(k) == Some(&'的') || share)
}

/// Whether a goal is set after the first 的 past the time `e`, in the figure's clause (把今年
/// 國家建設計畫的失業率目標訂為4.9%): the figure at `figure` is that goal, of the time, not a
/// share of a goal the time is of.
pub(super) fn goal_set_after(t: &[char], e: &TimeExpr, figure: usize) -> bool {
    (e.end..figure).find(|&i| t[i] == '的').is_some_and(|d| {
        (d..figure).any(|i| scan::starts(t, i, "目标"))
            && !t[d..figure]
                .iter()
                .any(|c| matches!(c, '，' | ',' | '；' | ';' | '。'))
    })
}

/// Whether the time `e` names a goal reported done, with no figure in its clause (已提前完成
/// 全年考核目标任务，…完成率也在70%以上): the goal's year, not the period of the clauses after
/// it (but 113年目标翻倍，以1200万人次为目标 sets the year of what follows).
pub(super) fn goal_alone(t: &[char], e: &TimeExpr, end: usize) -> bool {
    let done = (e.start.saturating_sub(4)..e.start).any(|k| {
        ["完成", "实现", "达成", "达到"]
            .iter()
            .any(|w| scan::starts(t, k, w))
    });
    // (提前完成“十四五”目标: past a closing quote.)
    let after = word_after(t, e);
    let Some(g) = done
        .then(|| {
            (after..(after + 5).min(t.len()))
                .take_while(|&k| super::super::indicator::is_word(t[k]))
                .find(|&k| ["目标", "任务"].iter().any(|w| scan::starts(t, k, w)))
        })
        .flatten()
    else {
        return false;
    };
    let clause_end = (g..end.min(t.len()))
        .find(|&i| matches!(t[i], '，' | ',' | '；' | ';' | '。'))
        .unwrap_or(end);
    clause_end < end && !t[g..clause_end].iter().any(char::is_ascii_digit)
}

/// Whether the time `e` stands inside the name of a document closed before the figure at
/// `figure` (形成了《辽阳市2016-2020年市级政府耕地保护责任目标期中检查自查工作报告》，…入库新增
/// 耕地347.3642公顷): it names the document, and dates no figure after it; unless the figure
/// is the document's own (《全民健身计划(2011-2015年)》中“…达到120万个以上”, 《方案》要求…).
pub(super) fn in_document_name(t: &[char], e: &TimeExpr, figure: usize) -> bool {
    const ITS_OWN: &[&str] = &[
        "中", "的", "要求", "提出", "规定", "明确", "确定", "指出", "提到", "目标", "实施",
    ];
    // (A year's plan, 《江苏省2018年度节水灌溉实施方案》, and a five-year plan's name date the
    // work done under them: only a span written out in a document's name is kept to it.)
    if !matches!(e.when, When::Years(..)) {
        return false;
    }
    let open = (e.start.saturating_sub(40)..e.start)
        .rev()
        .take_while(|&i| t[i] != '》')
        .any(|i| t[i] == '《');
    open && (e.end..figure).find(|&i| t[i] == '》').is_some_and(|c| {
        let after = past(t, c + 1, |ch| quote(ch) || matches!(ch, '）' | ')'));
        !ITS_OWN.iter().any(|w| scan::starts(t, after, w))
    })
}

/// The year of a goal a share is of (完成今年目标的74.4%；工业增加值为190亿元): the goal's,
/// not the share's nor the clauses' after it (but 今年目标是增长6% dates its goal).
/// So is the year of a goal whose figure stands between (完成全年80亿目标任务的125.64%),
/// for the figures after the goal word (not for 80亿 itself).
/// So is the time of a task, when its paragraph has a time before it (1-7月，…完成投资291.5
/// 亿元，占前三季度目标任务的78.5%); with none, the task's months are the progress's
/// (为1-4月投资计划的144.7%).
/// (今年三百○八亿九千二百多万元总预算: a figure in Chinese numerals, a budget.)
/// So is a year a few words before its goal, its amount, then 的 (为全年工作目标21亿美元的
/// 111.8%，占…比重达86%; 达到…全年预算46,908万元的80.43%), for the figures after the
/// goal's amount.
pub(super) fn goal_year(
    t: &[char],
    h: &Hit,
    exprs: &[TimeExpr],
    paragraph: usize,
    sent_end: usize,
    e: &TimeExpr,
) -> bool {
    let between = goal::amount_end(t, e.end);
    // (全年进度控制指标的24.44%: the ceiling of the year so far's progress.)
    let k = e.end + 2 * usize::from(scan::starts(t, e.end, "进度"));
    ["目标的", "计划的", "任务的", "控制指标的"]
        .iter()
        .any(|w| scan::starts(t, k, w))
        || (((goal_of(t, e) && !goal_set_after(t, e, h.start)) || goal_alone(t, e, sent_end)) && {
            // The paragraph's first time (times are in order, apart) ends before it.
            let first = exprs.partition_point(|x| x.start < paragraph);
            exprs.get(first).is_some_and(|x| x.end <= e.start)
        })
        || (between > e.end
                && between <= h.start
                // (A budget only as 总预算: 预算 alone after an amount begins other words.)
                && (goal::MEASURED_AGAINST[..3]
                    .iter()
                    .chain(&["总预算"])
                    .any(|w| scan::starts(t, between, w))
                    // 完成全年5360亿元招商引资目标任务的25.07%.
                    || (between < h.start && goal::goal_share_after(t, between))))
        || goal_amount_named(t, h, e)
}

/// Whether a year stands a few words before a goal, its amount, then 的, before the figure
/// (为全年工作目标21亿美元的111.8%).
fn goal_amount_named(t: &[char], h: &Hit, e: &TimeExpr) -> bool {
    let Some(g) = (e.end..t.len().min(e.end + 6))
        .take_while(|&k| super::super::indicator::is_word(t[k]) && !t[k].is_ascii_digit())
        .find(|&k| goal::MEASURED_AGAINST.iter().any(|w| scan::starts(t, k, w)))
    else {
        return false;
    };
    let m = goal::amount_end(t, g + 2);
    m > g + 2 && t.get(m) == Some(&'的') && m < h.start
}
