//! Comparisons: the base a figure is compared with (比上年的28899万元, 与上年同期…相比, 比2024年的
//! 785.7万人次, 比目前人均1.46平方米) and a sentence comparing with the whole year before (比去年,
//! not 比去年同期).

use super::super::{scan, time};

/// When the base a figure is compared with stands: a year, or now.
pub(super) enum Base {
    /// A year named after 比 (比2024年的, Taiwan's 比106年的).
    Year(i32),
    /// The present (比目前, 比现在, 较当前).
    Now,
}

/// The time of the base compared with, written between 比 or 较 and the figure at `h` in its
/// clause: 比2024年的785.7万人次, 比目前的约25%, or a name of two or more characters said
/// before in the sentence between (2025年实现体育场地人均2平米，比目前人均1.46平方米有所提升),
/// and each figure of a list after it (较2010年的132.4万吨、14.56万吨), and 与2013年的2508亿元相比;
/// not a change after the time (比2024年增长27%, 比目前高3个百分点, 比2020年翻一番).
pub(super) fn base_compared(t: &[char], h: &scan::Hit, sent_start: usize) -> Option<Base> {
    const NOW: &[&str] = &["目前", "现在", "当前", "现时"];
    if h.relative || h.base == Some("倍") {
        return None;
    }
    // (The list's first figure, after the base's 的; each item only an amount and its unit,
    // not 120亿元、80亿元分别增长6%、5%: the changes listed after the bases.)
    let amount_only = |item: &[char]| {
        let unit = item
            .iter()
            .skip_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '万' | '亿' | '千'))
            .collect::<Vec<_>>();
        unit.len() <= 3 && !unit.iter().any(|c| c.is_ascii_digit())
    };
    let mut start = h.start;
    while start > sent_start && t[start - 1] == '、' {
        start = (start.saturating_sub(14).max(sent_start)..start - 1)
            .rev()
            .find(|&k| matches!(t[k], '、' | '的'))
            .map(|k| k + 1)
            .filter(|&k| t[k].is_ascii_digit() && amount_only(&t[k..start - 1]))?;
    }
    if start < h.start && t[start - 1] != '的' {
        return None;
    }
    // (与2013年的2508亿元相比: 与 or 同 before it, a word of comparing right after its unit.)
    let compared_after = (h.end..(h.end + 3).min(t.len())).any(|k| {
        ["相比", "相较", "比较"]
            .iter()
            .any(|w| scan::starts(t, k, w))
    });
    let i = (start.saturating_sub(14).max(sent_start)..start)
        .rev()
        .take_while(|&k| !matches!(t[k], '，' | '。' | '；' | ',' | ';'))
        .find(|&k| {
            matches!(t[k], '比' | '较') || (compared_after && matches!(t[k], '与' | '同'))
        })?;
    let at = time::sp(t, i + 1);
    let (base, end) = match NOW.iter().find(|w| scan::starts(t, at, w)) {
        Some(w) => (Base::Now, at + w.chars().count()),
        None if matches!(t[i], '与' | '同') => {
            time::year_after(t, i).map(|(y, e)| (Base::Year(y), e))?
        }
        None => time::base_year_after(t, i).map(|(y, e)| (Base::Year(y), e))?,
    };
    if end >= start {
        return None;
    }
    let between = t[end..start]
        .strip_suffix(&['的'])
        .unwrap_or(&t[end..start]);
    // (多出的, 新增的, 减少的: what changed since, not the base.)
    let change = (end..end + between.len())
        .any(|k| super::super::context::growth_word_at(t, k).is_some())
        || between
            .iter()
            .any(|c| matches!(c, '增' | '减' | '多' | '少' | '升' | '降' | '涨' | '跌'));
    // (比2020年末的, 比目前的: a time's end or 的 alone between; not 比2020年新增的, a change.)
    let short = t[start - 1] == '的' && start - end <= 3 && !change;
    let said_before = || {
        let name: String = between.iter().collect();
        between.len() >= 2
            && between.iter().all(|c| scan::is_ideograph(*c))
            && t[sent_start..i].iter().collect::<String>().contains(&name)
    };
    (short || between.is_empty() || (!change && said_before())).then_some(base)
}

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
