//! Goals listed after the words that name them: the items after 目标是 (目标是民间投资新台币
//! 1.3兆元，外人投资108亿美元…) and the parts of a goal after 具体包括.

use super::super::scan::{starts, Hit};
use super::named_before::GOALS_NAMED;

/// Words that report a result, not a goal, between 目标是 and a figure (…，实际增长6.1%).
const RESULT_WORDS: &[&str] = &[
    "实际", "完成", "达成", "达标", "已", "只有", "仅", "增长", "同比", "下降", "超过", "突破",
    // 目标是由现时的1%提升至5%: the level a change starts from.
    "由", "从",
];

/// Whether the figure is one of the goals named after 目标是 (目标为) in its part of the
/// sentence (去年所订的目标是民间投资新台币1.3兆元，外人投资108亿美元、陆资来台3.5亿美元):
/// each item names what, and no word between reports a result.
pub(super) fn listed_after_goal(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let lo = h.start.saturating_sub(40).max(sent.0);
    let Some(i) = (lo..h.start)
        .rev()
        .find(|&i| GOALS_NAMED.iter().any(|w| starts(t, i, w)))
    else {
        return false;
    };
    let between = i + 3..h.start;
    // 实际到位资金, 实际利用外资 right after the goal word: names of what is counted, not a
    // result reported (目标是到位资金600亿元，实际到位资金620亿元 reports one).
    let named_actual = |k: usize| k == i + 3 && super::FUNDS.iter().any(|w| starts(t, k, w));
    // (目标是：到2015年，…降到0.869吨标准煤: a colon right after the words opens the list.)
    let opens = between.start + usize::from(matches!(t.get(between.start), Some('：' | ':')));
    between.len() >= 2
        && !t[opens..between.end]
            .iter()
            .any(|c| matches!(c, '；' | ';' | '。' | '：' | ':'))
        && !between
            .clone()
            .any(|k| RESULT_WORDS.iter().any(|w| starts(t, k, w)) && !named_actual(k))
}

/// Whether the sentence lists the parts of a goal set in the sentence before it (目标任务是
/// 新建各类城镇保障性住房10872套…。具体包括：新建城镇廉租住房3372套…): its figures are goals
/// too, unless one reports what was done (已, 完成).
pub(crate) fn goal_parts(t: &[char], h: &Hit, sent: (usize, usize), skip: &[&str]) -> bool {
    const PARTS: &[&str] = &["具体包括", "具体为", "具体是", "主要包括", "分别包括"];
    let Some(w) = PARTS.iter().find(|w| starts(t, sent.0, w)) else {
        return false;
    };
    if !matches!(t.get(sent.0 + w.chars().count()), Some('：' | ':' | '，')) {
        return false;
    }
    // (The sentence before, at most 400 characters of it.)
    let from = sent.0.saturating_sub(400);
    let before = t[from..sent.0.saturating_sub(1).max(from)]
        .iter()
        .rposition(|&c| matches!(c, '。' | '\n'))
        .map_or(from, |k| from + k + 1);
    super::goal_words(t, before, sent.0, skip)
        && !(sent.0..h.start).any(|k| t[k] == '已' || starts(t, k, "完成"))
}

/// Whether the figure is the goal an item states, in a list headed by a line that names goals
/// (报告提出了一系列主要预期目标，落实情况良好：/ 国内生产总值增长6.5%—7%。此项由…负责，去年…增长
/// 6.7%。): in the item's first sentence, with no word of a result before it in its line, it is
/// a goal, also of a year gone by. The line's start is looked for 400 characters back at most.
pub(crate) fn item_under_goals(t: &[char], h: &Hit, head: Option<(usize, usize)>) -> bool {
    const RESULTS: &[&str] = &["去年", "上年", "实际", "完成", "已"];
    // (A heading naming goals in so many words: not 查核所见如下：under a programme's name.)
    let names_goals = |a: usize, b: usize| {
        (a..b).any(|k| starts(t, k, "目标") || starts(t, k, "指标"))
            && super::goal_words(t, a, b, &[])
    };
    let Some((a, b)) = head.filter(|&(a, b)| names_goals(a, b)) else {
        return false;
    };
    let lo = h.start.saturating_sub(400).max(b);
    let Some(line) = (lo..h.start).rev().find(|&k| t[k] == '\n').map(|k| k + 1) else {
        return false;
    };
    a < line
        && !t[line..h.start].contains(&'。')
        && !(line..h.start).any(|k| RESULTS.iter().any(|w| starts(t, k, w)))
}

/// Whether the figure's line opens with a label naming the year's goals (年度目标：全年提供
/// 有效就业岗位14万个，城镇新增就业13万人, set above a line 实际完成：…): each figure on it
/// is a goal, also of a year gone by, unless a result is reported before it on the line.
pub(crate) fn line_of_goals(t: &[char], h: &Hit) -> bool {
    const LABELS: &[&str] = &["年度目标", "年度任务", "目标任务", "全年目标", "年度计划"];
    let line = super::super::layout::line_start(t, h.start);
    LABELS.iter().any(|w| {
        let k = line + w.chars().count();
        starts(t, line, w)
            && matches!(t.get(k), Some('：' | ':'))
            && !(k..h.start).any(|i| ["实际", "已"].iter().any(|r| starts(t, i, r)))
    })
}
