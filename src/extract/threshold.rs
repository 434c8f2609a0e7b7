//! Thresholds and classes written as a bare scale or a figure: 突破万亿, 跨进万亿, 进入“万亿俱乐部”,
//! 迈入4万亿之城. A class entered is reached at least.

use super::scan::{ends, starts, Hit};

/// Verbs before a bare scale (跨进万亿, 冲刺万亿) that make it a threshold of one.
const THRESHOLD_VERBS: &[&str] = &[
    "跨进", "跨入", "迈进", "迈入", "迈上", "迈过", "跨越", "冲刺", "站上", "达到", "突破", "进入",
    "跻身", "挤进", "加入", "迈向",
];

/// Whether a figure is a class entered (迈入4万亿之城, 进入“万亿俱乐部”, 跻身万亿级城市): a
/// verb of entering before it, or a class word after it. Entering a class is reaching at
/// least its threshold.
pub(super) fn class_entered(t: &[char], h: &Hit) -> bool {
    const CLASS: &[&str] = &["之城", "俱乐部", "级", "时代", "行列"];
    after(t, h.start, ENTER) || (h.base.is_none() && CLASS.iter().any(|w| starts(t, h.end, w)))
}

/// Verbs of entering a class (进入, 跻身 …), the ones of [`THRESHOLD_VERBS`] that reach at least.
const ENTER: &[&str] = &[
    "进入", "跻身", "挤进", "加入", "迈入", "跨入", "跨进", "迈进",
];

/// Whether one of `words` stands right before `i`, or before a quote opening there (进入“万亿).
fn after(t: &[char], i: usize, words: &[&str]) -> bool {
    let at = if i > 0 && matches!(t[i - 1], '“' | '「') {
        i - 1
    } else {
        i
    };
    words.iter().any(|w| ends(t, at, w)) || words.iter().any(|w| ends(t, i, w))
}

/// Whether the bare scale (万, 亿) at `i` is a figure of one: after a bound (突破万亿元, 破万亿,
/// not 超万亿级), or a threshold reached or entered (跨进万亿, 进入“万亿俱乐部”, 进入万亿级规模).
pub(super) fn bare_scale(t: &[char], i: usize) -> bool {
    let bound = !starts(t, i + 1, "级")
        && ["破", "超过", "超", "逾", "近"]
            .iter()
            .any(|w| ends(t, i, w));
    bound || after(t, i, THRESHOLD_VERBS)
}
