//! Times counted from the document's own day: the present (目前, 截至目前, 现时, 现在, 眼下), today (今日,
//! Taiwan's 今（24）日), yesterday (昨日, 昨(9)日), this month and the last (本月, 上月) and their
//! ends (月底, 本月底, 上月末).

use super::at::role_before;
use super::{Role, When};
use crate::extract::scan::starts;

/// Words of the present: the document's date.
const PRESENT: &[&str] = &[
    "截至目前",
    "截止目前",
    "到目前为止",
    "目前",
    "迄今",
    "至今",
    "现已",
    "当前",
    "如今",
    // 眼下国网经营区在运的新型储能电站有421个: at present.
    "眼下",
    // Hong Kong's 目前.
    "现时",
    // 由现在的5%提高至20% (not the end of 体现, 实现, 出现 or 表现 before 在: see `now_at`).
    "现在",
];

/// The time counted from the document's day that starts at `i`: what it is, where it ends,
/// and its role.
pub(super) fn now_at(t: &[char], i: usize) -> Option<(When, usize, Role)> {
    // 截至昨日, 昨天: the day before the document's (昨(8)日 is read with 今(24)日).
    if let Some(w) = ["昨日", "昨天"].iter().find(|w| starts(t, i, w)) {
        return Some((When::Yesterday, i + w.chars().count(), role_before(t, i)));
    }
    for (w, n) in [("本月", 0), ("上月", 1), ("上个月", 1)] {
        if starts(t, i, w) {
            let e = i + w.chars().count();
            // 本月底, 上月末: the month's last day.
            if t.get(e).is_some_and(|c| "底末".contains(*c)) {
                return Some((When::MonthEndAgo(n), e + 1, role_before(t, i)));
            }
            return Some((When::MonthsAgo(n), e, Role::Plain));
        }
    }
    // 预估月底可达450万人次, 到月底: the end of the document's month (not 10月底, 每月底, 每月月底).
    if ["月底", "月末"].iter().any(|w| starts(t, i, w))
        && i.checked_sub(1).is_some_and(|k| {
            let c = t[k];
            !c.is_ascii_digit()
                && crate::model::numeral::digit(c).is_none()
                && !"十个本上下每各当该同次整半年元正腊去今明前逐按月冬闰".contains(c)
        })
    {
        return Some((When::MonthEndAgo(0), i + 2, role_before(t, i)));
    }
    // (Not 至今 in 截至今年7月: 至 before 今年; nor 现在 ending 体现在, 实现在.)
    let this_year = |w: &str| w == "至今" && t.get(i + 2) == Some(&'年');
    let word_end = |w: &str| {
        w == "现在" && i > 0 && matches!(t[i - 1], '体' | '实' | '出' | '表' | '呈' | '发')
    };
    if let Some(w) = PRESENT
        .iter()
        .find(|w| starts(t, i, w) && !this_year(w) && !word_end(w))
    {
        return Some((When::Present, i + w.chars().count(), Role::Plain));
    }
    if let Some((when, end)) = news_day(t, i) {
        // (截至昨日, 截至昨(10/3)日: an end.)
        let role = if t[i] == '昨' {
            role_before(t, i)
        } else {
            Role::Plain
        };
        return Some((when, end, role));
    }
    None
}

/// 今日, 今天, and Taiwan's and Macau's 今（24）日, 昨(9)日 (today, the 24th; yesterday, the
/// 9th): the day of the news, the document's, or the day before; with where it ends. (Not
/// 今日头条, a name.)
pub(in crate::extract) fn news_day(t: &[char], i: usize) -> Option<(When, usize)> {
    if ["今日", "今天"].iter().any(|w| starts(t, i, w)) {
        return (!starts(t, i + 2, "头条")).then_some((When::Present, i + 2));
    }
    let when = match t[i] {
        '今' => When::Present,
        '昨' => When::Yesterday,
        _ => return None,
    };
    if !matches!(t.get(i + 1), Some('（' | '(')) {
        return None;
    }
    let digits_at = |a: usize| {
        (a..t.len().min(a + 2))
            .take_while(|&k| t[k].is_ascii_digit())
            .count()
    };
    let number = |a: usize, n: usize| t[a..a + n].iter().collect::<String>().parse::<u32>().ok();
    let digits = digits_at(i + 2);
    // 昨(10/3)日, 今（2/6）日: the day written whole, month and day.
    let (when, close) = match (digits, t.get(i + 2 + digits)) {
        (1..=2, Some('/')) => {
            let m = i + 3 + digits;
            let n = digits_at(m);
            let day = number(i + 2, digits)
                .zip(number(m, n))
                .filter(|&(mo, d)| n > 0 && (1..=12).contains(&mo) && (1..=31).contains(&d));
            match day {
                Some((mo, d)) => (When::Day(super::YearRef::Implied, mo, d), m + n),
                None => return None,
            }
        }
        _ => (when, i + 2 + digits),
    };
    (digits > 0 && matches!(t.get(close), Some('）' | ')')) && t.get(close + 1) == Some(&'日'))
        .then_some((when, close + 2))
}
