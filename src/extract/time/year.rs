//! A year written at a position: 2021年, 二〇二四年, 09年, 2022及2023年 (a year listed before one
//! written with 年), Taiwan's 去（2025）年, and the years named relative to the document's (今年,
//! 去年, 同年); and the year a comparison counts from, written right after 比, 较 or 与 (比2020年,
//! 与2013年的…相比).

use super::super::scan::starts;
use super::at::{digits, sp};
use super::YearRef;

const RELATIVE: &[(&str, i32)] = &[
    ("今年", 0),
    ("本年", 0),
    ("明年", 1),
    ("去年", -1),
    ("前年", -2),
    ("当年", 0),
    // 到同年9月底: the year named last before it (see `neighbours`).
    ("同年", 0),
];

/// The year written at `i` and where its words end; with `guard`, not after a letter, a digit or
/// a dash.
pub(in crate::extract) fn year_at(t: &[char], i: usize, guard: bool) -> Option<(YearRef, usize)> {
    if i >= t.len() {
        return None;
    }
    if t[i].is_ascii_digit() {
        if guard && i > 0 && (t[i - 1].is_ascii_alphanumeric() || t[i - 1] == '-') {
            return None;
        }
        let (y, j) = digits(t, i, 4)?;
        // 09年全国有6000万农村人口…: a year of this century in two digits, its first a 0 (not a
        // ROC year, nor a count of years).
        if j - i == 2 && t[i] == '0' && t.get(j) == Some(&'年') && (i == 0 || t[i - 1] != '.') {
            return Some((YearRef::Abs(2000 + y as i32), j + 1));
        }
        if j - i != 4 || !(1900..=2100).contains(&y) {
            return None;
        }
        let end = j;
        let j = sp(t, j);
        if t.get(j) == Some(&'年') {
            return Some((YearRef::Abs(y as i32), j + 1));
        }
        // Taiwan's 去（2025）年, 今(2026)年, 前(2022)年: the year written out in brackets inside
        // the word.
        let inside = i >= 2
            && matches!(t[i - 1], '（' | '(')
            && matches!(t[i - 2], '去' | '今' | '明' | '前')
            && matches!(t.get(j), Some('）' | ')'))
            && t.get(j + 1) == Some(&'年');
        if inside {
            return Some((YearRef::Abs(y as i32), j + 2));
        }
        // 2022及2023年, 2022、2023年: a year listed before one written with 年 (a few items;
        // read forwards, not by recursion).
        let mut k = j;
        for _ in 0..6 {
            if !t
                .get(k)
                .is_some_and(|c| matches!(c, '及' | '和' | '与' | '、'))
            {
                return None;
            }
            let n = sp(t, k + 1);
            let (next, m) = digits(t, n, 4)?;
            if m - n != 4 || !(1900..=2100).contains(&next) {
                return None;
            }
            k = sp(t, m);
            if t.get(k) == Some(&'年') {
                return Some((YearRef::Abs(y as i32), end));
            }
        }
        return None;
    }
    // 二〇二四年, 二零二五年: a year in Chinese digits, one per place.
    let cn = |k: usize| t.get(k).and_then(|c| crate::model::numeral::digit(*c));
    if cn(i).is_some() && (i == 0 || cn(i - 1).is_none()) && t.get(i + 4) == Some(&'年') {
        let y = (i..i + 4).try_fold(0.0, |y, k| Some(y * 10.0 + cn(k)?))? as i32;
        return (1900..=2100)
            .contains(&y)
            .then_some((YearRef::Abs(y), i + 5));
    }
    // 回看2024年，…。这一年，…增加到6个: the year the text reviews (a January report's last year).
    if let Some(w) = ["这一年", "這一年"].iter().find(|w| starts(t, i, w)) {
        return Some((YearRef::Reviewed, i + w.chars().count()));
    }
    // 年内计划投资246.5亿元: within the year the text is of, as 全年 (not 5年内, a span).
    if starts(t, i, "年内") && (i == 0 || !(t[i - 1].is_ascii_digit() || cn(i - 1).is_some())) {
        // 力争年内养老床位增加3000张, 年内将建成: a goal for within the year under way, also
        // in a text of January reviewing the year before.
        let sought = ["力争", "争取", "确保", "计划", "预计", "有望"]
            .iter()
            .any(|w| super::super::scan::ends(t, i, w))
            || matches!(t.get(i + 2), Some('将' | '要'))
            || (i > 0 && matches!(t[i - 1], '将' | '要' | '拟'));
        let year = if sought {
            YearRef::Rel(0)
        } else {
            YearRef::Reviewed
        };
        return Some((year, i + 2));
    }
    RELATIVE
        .iter()
        .find(|(w, _)| starts(t, i, w))
        .map(|(_, r)| (YearRef::Rel(*r), i + 2))
}

/// The year a comparison counts from (比2020年, 较2010年, Taiwan's 比106年) between `a`
/// and `b`.
pub fn comparison_base(t: &[char], a: usize, b: usize) -> Option<i32> {
    (a..b)
        .rev()
        .find_map(|i| base_year_after(t, i).map(|(y, _)| y))
}

/// The year named right after 比 or 较 at `i` (比2020年, Taiwan's 比106年), and where it ends.
pub(in crate::extract) fn base_year_after(t: &[char], i: usize) -> Option<(i32, usize)> {
    if !matches!(t[i], '比' | '较') {
        return None;
    }
    year_after(t, i)
}

/// The absolute year written right after the character at `i` (与2013年的…相比), and where it
/// ends.
pub(in crate::extract) fn year_after(t: &[char], i: usize) -> Option<(i32, usize)> {
    match year_at(t, sp(t, i + 1), false) {
        Some((YearRef::Abs(y), e)) => Some((y, e)),
        Some(_) => None,
        None => super::super::years::roc_year(t, sp(t, i + 1)),
    }
}
