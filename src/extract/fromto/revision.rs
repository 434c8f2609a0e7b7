//! Whether a change revises a figure (a forecast, an estimate, a plan set anew) rather than
//! report one level becoming another.

use super::named_before;
use crate::extract::context;
use crate::extract::scan::starts;

/// Words of an estimate revised (预算, 修订).
pub(super) const ESTIMATES: &[&str] = &["预算", "预测", "估算", "估计", "预计", "修订", "修正"];

/// Words naming what a revision verb (上修, 调升) revises: a forecast, an estimate or a goal.
const FORECAST_NOUNS: &[&str] = &[
    "预测", "预估", "预期", "预计", "估", "展望", "目标", "预算", "计划", "任务", "原先", "原定",
];

/// Words that set a figure anew (投资计划从255亿元调整为285亿元, 任务由1842亿元调增至2317亿元):
/// of a plan, a revision, both ends of one period (not 由原来首300万调整为600万, a measure
/// changed from what is so now).
const RESET: &[&str] = &["调整为", "调整到", "调增至", "调增到", "调减至", "调减到"];

/// Whether the change opening at `word` (in the sentence from `sent_start`, its end at
/// `end`) revises an estimate, a forecast or a plan: a word of an estimate shortly before it,
/// a revision verb of a forecast or goal named in its sentence, or a plan set anew.
pub(super) fn revises(t: &[char], sent_start: usize, word: usize, end: usize) -> bool {
    // (An allowance or a rate raised to a new one, 免税额将从现行9.7万元调升至10.1万元,
    // is a change, no estimate revised: only a forecast or a goal is revised.)
    let fixed_amount = !(sent_start..end).any(|i| FORECAST_NOUNS.iter().any(|w| starts(t, i, w)));
    (word.saturating_sub(12).max(sent_start)..end).any(|i| {
        ESTIMATES.iter().any(|w| starts(t, i, w))
            || (context::REVISIONS.iter().any(|w| starts(t, i, w)) && !fixed_amount)
            || (RESET.iter().any(|w| starts(t, i, w)) && planned(t, word))
    })
}

/// Whether a plan's word (计划, 任务, 目标, 预算) ends right before a change's opening at `word`.
fn planned(t: &[char], word: usize) -> bool {
    ["计划", "任务", "目标", "预算"]
        .iter()
        .any(|w| named_before(t, word, w))
}
