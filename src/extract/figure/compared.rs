//! Comparisons with the year before: the base a figure is compared with (比上年的28899万元,
//! 与上年同期…相比) and a sentence comparing with the whole year before (比去年, not 比去年同期).

use super::super::scan;

/// Where 上年同期 (去年同期) begins right before the figure at `h` when it names the base of a
/// comparison (比上年同期的…, 与上年同期…相比); not a ratio to it (为上年同期的1.5倍).
pub(super) fn last_year_base(t: &[char], h: &scan::Hit) -> Option<usize> {
    // (And 比上年的28899万元: last year's whole, compared with.)
    [
        "上年同期的",
        "上年同期",
        "去年同期的",
        "去年同期",
        "上年的",
        "去年的",
    ]
    .iter()
    .find(|w| scan::ends(t, h.start, w))
    .map(|w| h.start - w.chars().count())
    .filter(|&at| {
        let compared =
            (at.saturating_sub(3)..at).any(|k| matches!(t[k], '比' | '较' | '与' | '和' | '跟'));
        compared && !matches!(h.base, Some("%" | "倍" | "成" | "个百分点"))
    })
}

/// Whether the sentence compares with the whole year before (比去年, 较上年), not with its
/// same months (比去年同期).
pub(super) fn compared_with_last_year(t: &[char], (a, b): (usize, usize)) -> bool {
    (a..b).any(|i| {
        ["比去年", "较去年", "比上年", "较上年"]
            .iter()
            .any(|w| scan::starts(t, i, w) && !scan::starts(t, i + 3, "同期"))
    })
}
