//! Whether a rate fell: the growth word nearest before it says so (同比下降3.2% is −3.2 %), or
//! 负增长, a fall's rate (降幅), a shortfall in points (低于…个百分点); not a rate compared with
//! (与去年全年12.8%的增速相比) nor the level a fall reached (下降至5%).

use super::super::scan::{ends, starts, Hit};
use super::super::sentence::clause;
use super::amount::FISCAL_CHANGES;
use super::change::{
    compared_in_brackets, comparison_closes, growth_word_at, list_start, verb_before, RATE_NOUNS,
    SCHEDULE_GAPS,
};

/// The rates of a fall (降幅, 跌幅, 减幅): what follows is a fall's size, negative.
pub(in crate::extract) const FALL_RATES: &[&str] = &["降幅", "跌幅", "减幅"];

/// Growth words that say the figure fell: the rate after them is negative.
const FALLING_CUES: &[&str] = &[
    "下降", "降低", "减少", "回落", "下滑", "降幅", "下修", "下调", "调降", "下跌", "跌幅", "跌",
    "萎缩", "年减", "减幅", "衰退", "收窄", "缩小", "缩减", "放缓", "减产", "降价", "降", "减",
    "削减",
];

/// Whether 负增长 (a negative growth) names the figure: right after it (是8%的负增长, and a
/// fall's rate: 全国2.2%的下降率) or as the growth word nearest before it (负增长2.9%, at `at`).
pub(super) fn negative_growth(t: &[char], h: &Hit, at: Option<usize>) -> bool {
    let after = h.end + usize::from(t.get(h.end) == Some(&'的'));
    // (Taiwan's 负成长 as 负增长.)
    let grows = |i: usize| starts(t, i, "增长") || starts(t, i, "成长");
    (t.get(after) == Some(&'负') && grows(after + 1))
        || (after > h.end
            && ["下降率", "降幅", "跌幅", "减幅", "降低率"]
                .iter()
                .any(|w| starts(t, after, w)))
        || at.is_some_and(|i| i > 0 && t[i - 1] == '负' && grows(i))
}

/// Whether the growth word nearest before a % figure says it fell (同比下降3.2% is −3.2 %;
/// 下降后增长5% is +5 %).
/// A list of figures sharing one verb (分别下降17.7%、17.4%、68%) reads back to the verb, and
/// 比全国低0.3个百分点 is a fall too.
pub fn falling(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    // 下降8%(全国13.2%、全省10.8%): the bracket's rates are what the one before it is.
    let start =
        compared_in_brackets(t, h.start, sent.0).unwrap_or_else(|| list_start(t, h.start, sent.0));
    if start > sent.0 && t[start - 1] == '低' || verb_before(t, start, sent.0) == Some('减') {
        return true;
    }
    // 比全国2.2%的下降率高出3.84个百分点: a gap above, whatever fell before it.
    if h.base == Some("个百分点") && ["高出", "高于"].iter().any(|w| ends(t, start, w)) {
        return false;
    }
    if negative_growth(t, h, None) {
        return true;
    }
    // …是负增长，与去年全年12.8%的增速相比大幅下滑: the rate compared with is as written, whatever
    // fell before or after it.
    if compared_with(t, h, sent) {
        return false;
    }
    // 与上年相比减收1070万元, 减支9240万元.
    if FISCAL_CHANGES[1..]
        .iter()
        .any(|w| w.starts_with('减') && ends(t, start, w))
    {
        return true;
    }
    // 降幅较1-9月扩大0.8个百分点: ten characters back. (A level held at, 通膨压在2%到1%之间,
    // is read in its own clause: 失业率稳定下滑 before it does not sign it.)
    let lo = start.saturating_sub(10).max(sent.0);
    let lo = if ends(t, start, "在") {
        (lo..start)
            .rev()
            .find(|&i| matches!(t[i], '，' | ','))
            .map_or(lo, |k| k + 1)
    } else {
        lo
    };
    // 下拉规上工业产值增速1.1个百分点: a contribution that pulls the rate down; 低于总体进度
    // 4.0个百分点: a shortfall in points (not 不低于).
    if (lo..start).any(|i| starts(t, i, "下拉") || starts(t, i, "拉低")) {
        return true;
    }
    // 仍比时间进度慢了6.6个百分点: behind schedule by so many points.
    let behind = ["慢了", "慢"].iter().any(|w| ends(t, start, w));
    if h.base == Some("个百分点") && behind {
        return true;
    }
    // (塌目标1.8个百分点: fallen short of the goal, said in Kunming.)
    let below =
        |i: usize| (starts(t, i, "低于") && !(i > 0 && t[i - 1] == '不')) || starts(t, i, "塌目标");
    if h.base == Some("个百分点") && (lo..start).any(below) {
        return true;
    }
    let Some((at, w)) = (lo..start)
        .rev()
        .find_map(|i| growth_word_at(t, i).map(|w| (i, w)))
    else {
        return false;
    };
    if negative_growth(t, h, Some(at)) {
        return true;
    }
    // 降幅收窄2个百分点, 跌幅缩小10.4%: the fall shrank, a rise in points; 降幅扩大 is a fall.
    // 跌幅收窄至17.4%: the fall it shrank to, still a fall.
    let shrank = |i| starts(t, i, "收窄") || starts(t, i, "缩小");
    let to_level = |from: usize| (from..start).any(|k| matches!(t[k], '到' | '至'));
    if FALL_RATES.contains(&w) && (at..start).any(shrank) {
        return to_level(at);
    }
    let of_fall = |i| FALL_RATES.iter().any(|f| starts(t, i, f));
    if matches!(w, "收窄" | "缩小") && (lo..at).any(of_fall) {
        return to_level(at);
    }
    // 减到3.5个百分点, 下降至5%, 从2.8%下修为1.7%: the level reached, not the fall (跌幅扩大至5%
    // is a fall; 下降幅度为3.2% its size).
    let reached_as = starts(t, at + w.chars().count(), "为");
    if !RATE_NOUNS.contains(&w) && (to_level(at) || reached_as) {
        return false;
    }
    // 欠进度12.92%: behind schedule.
    FALLING_CUES.contains(&w)
        || (SCHEDULE_GAPS.contains(&w) && (w.starts_with('欠') || w.ends_with('慢')))
}

/// Whether the figure is what another is compared with, opening its clause after 与 or 和 with
/// 相比 after it (与去年全年12.8%的增速相比).
fn compared_with(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    let opens = (a..h.start.min(a + 2)).any(|i| matches!(t[i], '与' | '和' | '跟'));
    opens && comparison_closes(t, h.end, 10).is_some()
}
