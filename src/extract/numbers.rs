//! How a number is written: a run of Chinese numerals (六十八点四, 二八九一, 五百亿) or of Arabic
//! digits with thousands separators and decimals (1,200.5): where it ends. What the run means is
//! `model::numeral`'s; where a figure stands and what surrounds it is `scan`'s.

use crate::model::numeral::{digit, small_unit};

/// A Chinese digit (一 … 九, 〇, 零, 两).
pub(crate) fn cn_digit(c: char) -> bool {
    digit(c).is_some()
}

/// 十, 百 or 千.
pub(super) fn cn_small(c: char) -> bool {
    small_unit(c).is_some()
}

/// Any character of a Chinese number: a digit, 十百千, 万 or 亿.
pub(super) fn cn_numeral(c: char) -> bool {
    cn_digit(c) || cn_small(c) || matches!(c, '万' | '亿')
}

/// Where a number in Chinese numerals starting at `i` ends: digits, 十百千, 万亿 and a decimal
/// point 点 followed by digits (六十八点四亿元, 零点九五). A 点 right before the scale is read
/// as a digit lost in the source (五百二十三点亿元 as 523亿).
pub(super) fn chinese_end(t: &[char], i: usize) -> usize {
    let run = |mut k: usize, p: fn(char) -> bool| {
        while t.get(k).is_some_and(|c| p(*c)) {
            k += 1;
        }
        k
    };
    let k = run(i, cn_numeral);
    if k == i
        || !matches!(t.get(k), Some('点' | '.'))
        || t[i..k].iter().any(|c| matches!(c, '万' | '亿'))
    {
        return k;
    }
    let e = run(k + 1, cn_digit);
    let scaled = run(e, |c| matches!(c, '万' | '亿'));
    if e == k + 1 && scaled == e {
        return k; // 三点: a time or a word, not a decimal
    }
    scaled
}

pub(super) fn skip_spaces(t: &[char], mut i: usize, max: usize) -> usize {
    let mut k = 0;
    while k < max && t.get(i).is_some_and(|c| *c == ' ' || *c == '\u{3000}') {
        i += 1;
        k += 1;
    }
    i
}

/// Reads an Arabic number with thousands separators and decimals; returns its end.
pub(super) fn arabic(t: &[char], i: usize) -> Option<usize> {
    let digits = |mut j: usize| {
        while t.get(j).is_some_and(char::is_ascii_digit) {
            j += 1;
        }
        j
    };
    let mut j = digits(i);
    // 1,200 and 12,345,678: a comma followed by exactly three digits; so is a space after
    // at most three digits (近5 000萬, Hong Kong's usage).
    while (t.get(j) == Some(&',') || (t.get(j) == Some(&' ') && j - i <= 3))
        && digits(j + 1) == j + 4
    {
        j += 4;
    }
    if t.get(j) == Some(&'.') && t.get(j + 1).is_some_and(char::is_ascii_digit) {
        j = digits(j + 1);
        if t.get(j) == Some(&'.') && t.get(j + 1).is_some_and(char::is_ascii_digit) {
            return None; // 1.2.3 is a version or a date, not a figure
        }
    }
    Some(j)
}
