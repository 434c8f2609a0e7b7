//! Times a figure takes from before its own sentence: the months to date opening the
//! paragraph before (past headings and one paragraph with no time), the review of several
//! years opening a line before, and the months to date a progress report named last.

use super::super::time::{Role, TimeExpr, When, YearRef};
use super::super::{goal, scan, sentence};

/// Whether the clause after `clause_end` gives the share of a goal done (为年初预算2400万元
/// 的43.1%, 完成全年任务的80%): a budget, task, plan or goal word, then 的 and digits.
pub(super) fn share_of_goal_next(t: &[char], clause_end: usize, end: usize) -> bool {
    let a = (clause_end + 1).min(end);
    // (Forty characters at most: the share follows its amount closely.)
    let end = end.min(a + 40);
    let b = (a..end)
        .find(|&k| matches!(t[k], '，' | ',' | '；' | '。'))
        .unwrap_or(end);
    let goal = (a..b).find(|&k| goal::MEASURED_AGAINST.iter().any(|w| scan::starts(t, k, w)));
    goal.is_some_and(|g| (g..b).any(|k| goal::share_follows(t, k)))
}

/// How many time expressions back a progress report's months to date are looked for.
pub(super) const PROGRESS_TIMES: usize = 8;

/// Whether the figure's clause reports it done (完成投资, 累计完成), not planned (计划完成);
/// for a share, its sentence (完成投资144.77亿元，为年度计划的77.7%).
pub(super) fn done_before(t: &[char], h: &scan::Hit, sent: (usize, usize)) -> bool {
    let (a, _) = sentence::clause(t, h.start, h.end, sent);
    let from = if h.base == Some("%") { sent.0 } else { a };
    (from..h.start).any(|i| scan::starts(t, i, "完成")) && !goal::goal_words(t, a, h.start, &[])
}

/// Months from January to a month before December (1-9月, 前三季度), to a month's end
/// (截至9月底), or a season across two years: the time to date of a progress report.
pub(super) fn to_date(e: &TimeExpr) -> bool {
    match (e.when, e.role) {
        (When::Part(_, 1, to), Role::Plain) => to < 12,
        (When::MonthEnd(..), Role::End) => true,
        // 2019年10月—2020年3月: a season's release.
        (When::Season(..), _) => true,
        _ => false,
    }
}

/// Whether the time `e` dates only its own sentence, not the sentences after it: a month
/// alone after the months to date ending with it (1-8月份，…。8月当月，…增速为9.7%。分三大门类
/// 看，… goes on with 1-8月; not 8月当月 as a paragraph's topic), or an item of a breakdown
/// of periods after 其中 (2012年1-11月份，…增长10%，其中一季度增长11.6%，…，四季度增速接近10%。
/// 按轻重工业分，…: the months named before 其中).
pub(super) fn own_sentence_only(t: &[char], exprs: &[TimeExpr], e: &TimeExpr) -> bool {
    // (Times are in order: those between two places are one slice, found by halving.)
    let between = |a: usize, b: usize| {
        exprs
            .get(exprs.partition_point(|x| x.start < a)..exprs.partition_point(|x| x.end <= b))
            .unwrap_or(&[])
    };
    let alone = match e.when {
        When::Month(_, m) => {
            let k = e.end + usize::from(t.get(e.end) == Some(&'份'));
            ["当月", "单月", "當月", "單月"]
                .iter()
                .any(|w| scan::starts(t, k, w))
                && between(super::super::layout::line_start(t, e.start), e.start)
                    .iter()
                    .any(|x| matches!(x.when, When::Part(_, 1, to) if to == m))
        }
        _ => false,
    };
    // (The breakdown runs from a time right after 其中 to `e` within one clause of commas.)
    let item = matches!(e.when, When::Part(..) | When::Month(..)) && {
        let opening = sentence::sentence(t, e.start, e.end).0;
        (opening..e.start)
            .rfind(|&i| scan::starts(t, i, "其中"))
            .is_some_and(|p| {
                !t[p..e.start].iter().any(|c| matches!(c, '；' | ';'))
                    && !between(opening, p).is_empty()
                    && exprs
                        .get(exprs.partition_point(|x| x.start < p + 2))
                        .is_some_and(|x| x.start <= p + 3)
            })
    };
    alone || item
}

/// Words ending a lead-in that says who tells what follows (…向记者介绍，).
const SAYS: &[&str] = &[
    "介绍",
    "表示",
    "透露",
    "获悉",
    "了解到",
    "显示",
    "指出",
    "说",
    "說",
];

/// Whether a word saying who tells what follows ends right before `k` (…介绍，, 田学斌说，);
/// not 总的来说, 据说, 听说 (how a point is put, hearsay).
pub(crate) fn told_before(t: &[char], k: usize) -> bool {
    let hearsay = [
        "来说",
        "據說",
        "据说",
        "听说",
        "聽說",
        "小说",
        "学说",
        "不用说",
    ]
    .iter()
    .any(|w| scan::ends(t, k, w));
    !hearsay && SAYS.iter().any(|w| scan::ends(t, k, w))
}

/// The months to date (1-11月, 前三季度, 至9月底) first named in the paragraph before
/// `paragraph` (past blank lines and headings such as 二、按行业看进展), opening one of its
/// sentences.
pub(super) fn months_to_date_before<'e>(
    t: &[char],
    exprs: &'e [TimeExpr],
    paragraph: usize,
) -> Option<&'e TimeExpr> {
    let mut end = paragraph;
    // Past one paragraph with no time at all (地方收入按构成划分：…。\n地方收入按征收部门
    // 划分：…), which goes on with the same months.
    let mut timeless = 0;
    let mut steps = 0;
    let (start, before) = loop {
        // (At most 10 lines back: a table of short rows is read in linear time.)
        steps += 1;
        if steps > 10 {
            return None;
        }
        // Past blank lines, to the last line with text.
        let before = t[..end].iter().rposition(|c| !c.is_whitespace())? + 1;
        let start = super::super::layout::line_start(t, before);
        let heading = before - start <= 20 && !t[start..before].contains(&'。');
        let first_in = exprs.partition_point(|e| e.start < start);
        let no_time = exprs.get(first_in).is_none_or(|e| e.end > before);
        let go_on = heading || (no_time && timeless < 1);
        if !go_on {
            break (start, before);
        }
        timeless += usize::from(!heading);
        end = start;
    };
    let first = exprs[exprs.partition_point(|e| e.start < start)..]
        .iter()
        .take_while(|e| e.end <= before)
        .find(|e| {
            // Past the word that makes it an end (至9月底, 截至9月底).
            let k = (start..e.start)
                .rev()
                .find(|&k| !"至截止到".contains(t[k]))
                .map_or(start, |k| k + 1);
            // After a short lead-in (其实，今年前三季度…) as well.
            let lead = (start..k)
                .rev()
                .find(|&m| {
                    matches!(t[m], '。' | '；' | '\n')
                        // (Or a dateline: 浙江在线07月31日讯 国家知识产权局的最新统计显示，…)
                        || (matches!(t[m], '讯' | '电')
                            && m > 1
                            && t[m - 1] == '日'
                            && (t[m - 2].is_ascii_digit()
                                || crate::model::numeral::digit(t[m - 2]).is_some()
                                || matches!(t[m - 2], '十' | '月')))
                })
                .map_or(start, |m| m + 1);
            // Or after who tells it (自治区商务厅向记者介绍，1—8月，…).
            let told = || told_before(t, k - 1) && k - 1 - lead <= 24;
            k == start
                || matches!(t[k - 1], '。' | '；' | '\n')
                || (t[k - 1] == '，' && (k - 1 - lead <= 6 || told()))
        })?;
    // (11月外销订单达729.2亿美元。\n依货品别来看，…年增69.4%: a month's release too.)
    // (Its own clause states a figure: not 去年11月之所以作保守预测, when a forecast was made.)
    let month = matches!(first.when, When::Month(..))
        && first.role == Role::Plain
        && t[first.end..before]
            .iter()
            .take(300)
            .take_while(|c| !matches!(c, '，' | '。' | '；'))
            .any(char::is_ascii_digit);
    (to_date(first) || month).then_some(first)
}

/// How far into a paragraph, or into its second sentence after a short first one, a time
/// counts as opening it (past ——, 一是, a heading's number).
const OPENING: usize = 12;

/// How long a line may run before a search for what opens it gives up (the longest line of the
/// corpus has 1,062 characters).
pub(super) const LONG_LINE: usize = 4000;

/// How many lines back a review of several years is looked for: a figure's search stays
/// bounded however long the text runs without a time.
const REVIEW_LINES: usize = 40;

/// The review of several years (五年里, 这五年, “十四五”时期 of a plan ended by the year
/// `reviewed`) opening the line ending before `end` or one before it, with no line between
/// opening with a time of its own (2025年刚刚过去) and no elision (……), which joins excerpts.
/// With `goals`, the deadline of a plan's goals (规划要求，到2025年，…) stated before the
/// figure in its line or in a line before it (up to `REVIEW_LINES` back), with no line between
/// opening with a time of its own: the paragraphs after it go on listing them.
pub(super) fn opened_before<'e>(
    t: &[char],
    exprs: &'e [TimeExpr],
    mut end: usize,
    reviewed: Option<i32>,
    goals: Option<Goals>,
) -> Option<&'e TimeExpr> {
    for _ in 0..REVIEW_LINES {
        if end == 0 {
            break;
        }
        // A line longer than LONG_LINE opens nothing that is looked for here.
        let from = (end - 1).saturating_sub(LONG_LINE);
        let start = match t[from..end - 1].iter().rposition(|&c| c == '\n') {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => return None,
        };
        let line = &t[start..end - 1];
        if !line.is_empty() && line.iter().all(|c| matches!(c, '…' | '.' | '。' | ' ')) {
            return None;
        }
        // ——综合经济实力整体上了新台阶。五年里，…: a short first sentence is a heading.
        let second = line
            .iter()
            .take(21)
            .position(|&c| c == '。')
            .map(|k| start + k + 1);
        let opens = |e: &TimeExpr| {
            let first = e.start < start + OPENING && !t[start..e.start].contains(&'。');
            first || second.is_some_and(|s| e.start >= s && e.start < s + OPENING)
        };
        let from = exprs.partition_point(|e| e.start < start);
        let opening = exprs[from..]
            .iter()
            .take_while(|e| e.start < end)
            .find(|e| opens(e));
        if let Some(goals) = &goals {
            // (The figure's line is an item of the list: a heading first (基础设施更趋完善。),
            // a dash or a number; not a speech reported after it, 他还提到，…比重接近90%.)
            let own = (start..end).contains(&goals.before);
            let item = second.is_some_and(|s| s <= goals.before)
                || line.iter().find(|c| !c.is_whitespace()) == Some(&'—')
                || super::super::layout::numbered_item(t, goals.before).is_some();
            if own && !item {
                return None;
            }
            // The plan's goals opened in this line before the figure, else a line opening
            // with a time of its own ends the search.
            let opener = exprs[from..]
                .iter()
                .take_while(|e| e.start < end && e.start < goals.before)
                .find(|e| goals_open(t, start, e));
            if opener.is_some() || opening.is_some() {
                return opener;
            }
            end = start;
            continue;
        }
        if let Some(e) = opening {
            let review = match e.when {
                When::PastYears(n) => n <= 10 && t.get(e.end) != Some(&'的'),
                When::Plan(y) if reviewed.is_some_and(|r| y <= r) => ["时期", "期间", "以来"]
                    .iter()
                    .any(|w| scan::starts(t, e.end, w) || scan::starts(t, e.end + 1, w)),
                _ => false,
            };
            return review.then_some(e);
        }
        end = start;
    }
    None
}

/// A search for the goals a plan's paragraph opened, for the figure at `before`.
pub(super) struct Goals {
    /// Where the figure starts.
    pub(super) before: usize,
}

/// Whether `e`, in the line from `start`, is the deadline a plan's goals are stated for: a
/// year by which (到2025年) opening a clause of a sentence that names the plan and says what
/// it asks or sets out (规划要求，到2025年; 《方案》提出，到2025年; 主要目标是：到2025年).
fn goals_open(t: &[char], start: usize, e: &TimeExpr) -> bool {
    const PLANS: &[&str] = &["规划", "方案", "意见", "纲要", "计划", "》"];
    const ASKS: &[&str] = &["要求", "提出", "明确", "目标是", "目标为"];
    // (Its 到 or 至 stands before it.)
    let at = e.start - usize::from(e.start > start && matches!(t[e.start - 1], '到' | '至'));
    let sent = t[start..at]
        .iter()
        .rposition(|&c| matches!(c, '。' | '！' | '？'))
        .map_or(start, |i| start + i + 1);
    let clause_opens = at == sent || matches!(t[at - 1], '，' | ',' | '：' | ':');
    let ask = (sent..at).find(|&i| ASKS.iter().any(|w| scan::starts(t, i, w)));
    e.role == Role::End
        && matches!(e.when, When::Year(YearRef::Abs(_)))
        && clause_opens
        && ask.is_some_and(|a| {
            at - a <= 6 && (sent..a).any(|i| PLANS.iter().any(|w| scan::starts(t, i, w)))
        })
}
