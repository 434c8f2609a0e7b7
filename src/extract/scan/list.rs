//! Numbers written in a list: the bare ones before the last, which share the unit it writes
//! (2.16和1.66个百分点, 9.8、6.2、5.8、2.0个百分点), and a count right after a list of names,
//! which counts them (桂林、南宁、柳州和北海4家).

use super::at::{is_ideograph, number_at};
use super::{starts, Hit};

/// How many bare numbers a list may run through to the unit they share.
const LIST_ITEMS: usize = 32;

/// Whether the words right before `i`, back to the clause's start (at most 120
/// characters), are a list of `n` short names (桂林、南宁、柳州和北海): two or more, split by
/// 、 with 和 or 及 before the last, none longer than ten characters.
pub(super) fn names_counted(t: &[char], i: usize, n: f64) -> bool {
    let lo = i.saturating_sub(120);
    let start = (lo..i)
        .rev()
        .find(|&k| matches!(t[k], '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n'))
        .map_or(lo, |k| k + 1);
    let words = &t[start..i];
    let mut items: Vec<&[char]> = words.split(|c| *c == '、').collect();
    if let Some(last) = items.pop() {
        match last.iter().position(|c| matches!(c, '和' | '及')) {
            Some(k) => items.extend([&last[..k], &last[k + 1..]]),
            None => items.push(last),
        }
    }
    items.len() >= 2
        && items.len() as f64 == n
        && items
            .iter()
            .all(|w| (1..=10).contains(&w.len()) && w.iter().all(|c| is_ideograph(*c)))
}

/// The figure after a bare number at `j` joined to it by 和, 与 or 及 (2.16和1.66个百分点,
/// 22,850 及21,850 伙), when it has a unit: the unit both share.
pub(super) fn shared_unit(t: &[char], j: usize) -> Option<Hit> {
    let joined = |k: usize| {
        t.get(k)
            .is_some_and(|c| matches!(c, '和' | '与' | '及' | '、'))
    };
    // 22,850 及21,850 伙 (Hong Kong): a space before the joiner.
    let j = if t.get(j) == Some(&' ') { j + 1 } else { j };
    // 9.8、6.2、5.8、2.0个百分点: a list joined by 、 shares a rate's unit (each item reads
    // on to the next).
    let listed = t.get(j) == Some(&'、');
    if !joined(j) || !t.get(j + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    // (会再分别安装44 000、40 000 及23 000个: after 分别 in its clause, a count's unit too.)
    let respectively = (j.saturating_sub(24)..j)
        .rev()
        .take_while(|&k| !matches!(t[k], '，' | ',' | '。' | '；' | ';' | '\n'))
        .any(|k| starts(t, k, "分别"));
    // Along the list's bare numbers to the first with a unit, read forwards (a list of
    // 50,000 numbers is no deeper a call than one of two), at most LIST_ITEMS of them (each
    // item walks the rest of its list: the work stays linear in the text).
    let mut n = j + 1;
    let mut items = 0;
    loop {
        let end = super::super::numbers::arabic(t, n)?;
        let after = if t.get(end) == Some(&' ') {
            end + 1
        } else {
            end
        };
        if !(end > n && joined(after) && t.get(after + 1).is_some_and(char::is_ascii_digit)) {
            break;
        }
        items += 1;
        if items == LIST_ITEMS {
            return None;
        }
        n = after + 1;
    }
    number_at(t, n, false).ok().filter(|h| {
        h.base.is_some()
            && h.start == n
            && h.high.is_none()
            && !h.relative
            && (!listed || respectively || matches!(h.base, Some("%" | "个百分点")))
    })
}
