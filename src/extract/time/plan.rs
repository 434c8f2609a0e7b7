//! A five-year plan named (十四五; “十五”, 九五期间): the plan by its last year, its first year (“十五五”的开局
//! 之年), its middle year (“十一五”中期), or its first few years (“十一五”前4年, 头三年).

use super::{When, YearRef};
use crate::extract::scan::{ends, starts};

/// Words after a plan's name for its first year (“十五五”的开局之年, 确保“十五五”开好局).
const FIRST_YEAR: &[&str] = &[
    "开局之年",
    "开局年",
    "开好局",
    "开局",
    "起好步",
    "起步之年",
    "起步年",
    "第一年",
    "首年",
];
/// The five-year plans, by their last year.
const PLANS: &[(&str, i32)] = &[
    ("十一五", 2010),
    ("十二五", 2015),
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
];

/// Plans whose names are also numbers (十五, 九五): a plan only quoted (“十五”) or before
/// the words of its years (十五期间, 九五计划), never inside a number (二十五, 十五五).
const SHORT_PLANS: &[(&str, i32)] = &[("十五", 2005), ("九五", 2000)];

/// Words after a short plan's name that make it the plan's (十五期间, 十五时期).
const PLAN_YEARS: &[&str] = &["期间", "时期", "计划", "规划", "期末", "末"];

/// Whether the short plan name `w` at `i` is the plan's, not a number.
fn short_plan(t: &[char], i: usize, w: &str) -> bool {
    let e = i + w.chars().count();
    let numeral = |c: Option<&char>| {
        c.is_some_and(|c| c.is_ascii_digit() || crate::model::numeral::digit(*c).is_some())
    };
    let quoted =
        i > 0 && matches!(t[i - 1], '“' | '"' | '「') && matches!(t.get(e), Some('”' | '"' | '」'));
    let before = i.checked_sub(1).and_then(|k| t.get(k));
    !numeral(before) && !numeral(t.get(e)) && (quoted || PLAN_YEARS.iter().any(|p| starts(t, e, p)))
}

/// The time a plan's name at `i` names, and where its words end.
pub(super) fn plan_at(t: &[char], i: usize) -> Option<(When, usize)> {
    let short = SHORT_PLANS
        .iter()
        .find(|(w, _)| starts(t, i, w) && short_plan(t, i, w));
    let (w, y) = PLANS.iter().find(|(w, _)| starts(t, i, w)).or(short)?;
    let e = i + w.chars().count();
    // “十五五”的开局之年: the plan's first year, not its end.
    let mut k = e;
    while t
        .get(k)
        .is_some_and(|c| matches!(c, '”' | '"' | '’' | '」' | '的'))
    {
        k += 1;
    }
    if let Some(first) = FIRST_YEAR.iter().find(|f| starts(t, k, f)) {
        return Some((When::Year(YearRef::Abs(y - 4)), k + first.chars().count()));
    }
    // 截至“十一五”中期: the plan's middle year (2008), not its end.
    if starts(t, k, "中期") {
        return Some((When::Year(YearRef::Abs(y - 2)), k + 2));
    }
    // “十一五”前4年, “十一五”的头三年: the plan's first years.
    let first_years = match (t.get(k), t.get(k + 1), t.get(k + 2)) {
        (Some('前' | '头'), Some(c), Some('年')) => c
            .to_digit(10)
            .map(f64::from)
            .or_else(|| crate::model::numeral::digit(*c))
            .filter(|n| (1.0..=4.0).contains(n)),
        _ => None,
    };
    if let Some(n) = first_years {
        return Some((When::Years(y - 4, y - 5 + n as i32), k + 3));
    }
    Some((When::Plan(*y), e))
}

/// Whether `t[a..]` opens with a plan's name (“十四五”前4年, “十五”前三年: its first years).
pub(in crate::extract) fn plan_opens(t: &[char], a: usize) -> bool {
    plan_at(t, a).is_some()
}

/// Whether a plan's name ends right before `i` (“十三五”这五年, 十四五五年来).
pub(in crate::extract) fn plan_ends_before(t: &[char], i: usize) -> bool {
    let k = i - usize::from(i > 0 && matches!(t[i - 1], '”' | '"' | '」'));
    PLANS.iter().any(|(w, _)| ends(t, k, w))
}

/// Whether `t[a..b]` names the plan whose last year is `y` (《“十四五”就业促进规划》 for 2025).
pub(in crate::extract) fn plan_named_in(t: &[char], a: usize, b: usize, y: i32) -> bool {
    PLANS
        .iter()
        .any(|(w, end)| *end == y && (a..b).any(|i| starts(t, i, w)))
}
