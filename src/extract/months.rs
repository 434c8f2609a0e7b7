//! The months of a year as written: ranges (1-6月, 一至七月), halves and quarters (上半年,
//! 前三季度, 第3季, 第1、2季), a month (9月份, 六月份, 9月底) and a day (12月25日).

use super::scan::starts;
use super::time::{digits, sp, TimeExpr, When, YearRef};

/// Halves and quarters of a year as written, with their first and last months.
pub(super) const QUARTERS: &[(&str, u32, u32)] = &[
    ("上半年", 1, 6),
    ("下半年", 7, 12),
    ("前三季度", 1, 9),
    ("前两季度", 1, 6),
    ("第一季度", 1, 3),
    ("一季度", 1, 3),
    ("第二季度", 4, 6),
    ("二季度", 4, 6),
    ("第三季度", 7, 9),
    ("三季度", 7, 9),
    ("第四季度", 10, 12),
    ("四季度", 10, 12),
    // Hong Kong's and Macau's 首三季度, 首两季, 首季 and 末季.
    ("首三季度", 1, 9),
    ("首三季", 1, 9),
    ("首两季度", 1, 6),
    ("首两季", 1, 6),
    ("首季", 1, 3),
    ("末季", 10, 12),
];

/// Whether `c` joins the two ends of a range of months or years (1-6月, 1月—10月, 1至8月,
/// 2016~2020年, Taiwan's 113~116年).
pub(super) fn range_mark(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '~' | '～' | '至' | '到')
}

/// A month or quarter number in digits or Chinese (7, 七, 十二): its value and end.
fn small_number(t: &[char], i: usize) -> Option<(u32, usize)> {
    if let Some(d) = digits(t, i, 2) {
        return Some(d);
    }
    let d = |k: usize| {
        t.get(k)
            .and_then(|c| crate::model::numeral::digit(*c))
            .map(|v| v as u32)
    };
    match (t.get(i), d(i)) {
        (Some('十'), _) => match d(i + 1) {
            Some(u @ 1..=9) => Some((10 + u, i + 2)),
            _ => Some((10, i + 1)),
        },
        (_, Some(n @ 1..=9)) => Some((n, i + 1)),
        _ => None,
    }
}

/// A day of the month in digits or in Chinese numerals (一, 十五, 二十五, 三十一), and where it
/// ends.
fn day_number(t: &[char], i: usize) -> Option<(u32, usize)> {
    let d = |k: usize| {
        t.get(k)
            .and_then(|c| crate::model::numeral::digit(*c))
            .map(|v| v as u32)
    };
    match (d(i), t.get(i + 1)) {
        (Some(tens @ 2..=3), Some('十')) => match d(i + 2) {
            Some(u @ 1..=9) => Some((10 * tens + u, i + 3)),
            _ => Some((10 * tens, i + 2)),
        },
        _ => small_number(t, i),
    }
}

/// A quarter written with its number (第3季, 第四季度, 3季度); in a list (第1、2季) each
/// number is a quarter of its own, and the first ends at its number.
fn quarter(t: &[char], i: usize, y: YearRef) -> Option<(When, usize)> {
    // (寬免最後1季差餉: a count of the last quarters of some year, not the first quarter.)
    if i >= 2 && starts(t, i - 2, "最后") {
        return None;
    }
    // 第 1 季: spaces around a number written in digits.
    let k = sp(t, i + usize::from(t.get(i) == Some(&'第')));
    let (q, e) = small_number(t, k)?;
    let mut e = if t[k].is_ascii_digit() { sp(t, e) } else { e };
    let first_end = e;
    // Through the rest of the list to its 季 (four quarters at most).
    let mut items = 0;
    while t.get(e) == Some(&'、') {
        items += 1;
        if items > 4 {
            return None;
        }
        e = small_number(t, e + 1)?.1;
    }
    if t.get(e) != Some(&'季') || !(1..=4).contains(&q) {
        return None;
    }
    // 四季行, 一年四季: the four seasons; a quarter in Chinese numerals without 第 is written
    // with 度 (四季度).
    // (上一季, 下一季: the quarter before or after the one named; 第二、三季: a list.)
    let ordinal = t.get(i) == Some(&'第') || (i > 0 && matches!(t[i - 1], '上' | '下' | '、'));
    if !ordinal && !t[k].is_ascii_digit() && t.get(e + 1) != Some(&'度') {
        return None;
    }
    if first_end < e {
        return Some((When::Part(y, 3 * q - 2, 3 * q), first_end));
    }
    let end = e + 1 + usize::from(t.get(e + 1) == Some(&'度'));
    // 到第2季为止, 截至第2季止, 第3季末: the quarter's last day, a date reported as of.
    let closed = ["为止", "止", "末", "底"]
        .iter()
        .find(|w| starts(t, end, w))
        .map(|w| w.chars().count());
    match closed {
        Some(n) => Some((When::MonthEnd(y, 3 * q), end + n)),
        None => Some((When::Part(y, 3 * q - 2, 3 * q), end)),
    }
}

/// Months after a year or on their own: 1-6月, 一至七月, 前8个月, 9月, 12 月 25 日, 上半年,
/// 前三季度, 第3季.
pub(super) fn months(t: &[char], i: usize, y: YearRef) -> Option<(When, usize)> {
    // 前8月, 前8个月, 前七个月, 首10个月 (Hong Kong, Macau): the year's first months (提前三个月
    // is how early, no time).
    if t.get(i) == Some(&'前') && i > 0 && t[i - 1] == '提' {
        return None;
    }
    // (So is 提前一季度完成: a quarter early, not the first quarter.)
    if i >= 2 && starts(t, i - 2, "提前") {
        return None;
    }
    // (头七个月 too: Hong Kong's 今年頭七個月.)
    if matches!(t.get(i), Some('前' | '首' | '头')) {
        if let Some((n, j)) = small_number(t, i + 1) {
            let j = j + usize::from(t.get(j) == Some(&'个'));
            if t.get(j) == Some(&'月') && (1..=12).contains(&n) {
                return Some((When::Part(y, 1, n), j + 1));
            }
            // 首3季, 前3季度 (Hong Kong): the year's first quarters.
            if t.get(j) == Some(&'季') && (1..=4).contains(&n) {
                let e = j + 1 + usize::from(t.get(j + 1) == Some(&'度'));
                return Some((When::Part(y, 1, 3 * n), e));
            }
        }
    }
    for (w, a, b) in QUARTERS {
        if starts(t, i, w) {
            let e = i + w.chars().count();
            // 三季度末生猪存栏, 上半年末: the last day of its last month, a stock's date.
            if matches!(t.get(e), Some('末' | '底')) {
                return Some((When::MonthEnd(y, *b), e + 1));
            }
            return Some((When::Part(y, *a, *b), e));
        }
    }
    if let Some(q) = quarter(t, i, y) {
        return Some(q);
    }
    if !t.get(i).is_some_and(char::is_ascii_digit) {
        // 一至七月: Chinese month numbers, in a range only (一月 alone is rare and 一是… is not).
        // 元月, 元-4月: January (元 after a scale or a number is money, and no month).
        if t.get(i) == Some(&'元') {
            if i > 0
                && (t[i - 1].is_ascii_digit()
                    || "万亿千百十美港澳台日欧币一二两".contains(t[i - 1]))
            {
                return None;
            }
            if starts(t, i + 1, "月") {
                let e = i + 2 + usize::from(t.get(i + 2) == Some(&'份'));
                return Some((When::Month(y, 1), e));
            }
        }
        let (a, j) = match t.get(i) {
            Some('元') => (1, i + 1),
            _ => small_number(t, i)?,
        };
        // 六月份: a month in Chinese numerals, with 份 after it.
        if starts(t, j, "月份") && (1..=12).contains(&a) {
            return Some((When::Month(y, a), j + 2));
        }
        // 明年十一月, 二〇二五年三月: after a year written, a month alone. So is 十一月外销订单
        // (Taiwan writes months in numerals) with no year, but for 一月 (一月内 is a span) and
        // a numeral that goes on a number (二十一月, 第三月).
        // (Nor 八月预测的百分之二点三一, when a forecast was made; nor “新十二月市”, a name in
        // quotes.)
        // (Read only before 月: the checks stay off the path of every other numeral.)
        let forecast = || {
            let k = j + 1 + usize::from(t.get(j + 1) == Some(&'的'));
            ["预测", "预估", "概估", "估计"]
                .iter()
                .any(|w| starts(t, k, w))
        };
        let quoted = || {
            (i.saturating_sub(6)..i).rev().find_map(|k| match t[k] {
                '“' | '「' | '《' => Some(true),
                '”' | '」' | '》' => Some(false),
                _ => None,
            }) == Some(true)
        };
        let goes_on_a_number = || {
            i > 0
                && (crate::model::numeral::digit(t[i - 1]).is_some()
                    || matches!(t[i - 1], '十' | '第' | '个' | '每'))
        };
        let alone = || {
            !matches!(y, YearRef::Implied)
                || (a >= 2 && !forecast() && !quoted() && !goes_on_a_number())
        };
        if t.get(j) == Some(&'月') && (1..=12).contains(&a) && alone() {
            // 十二月底: the month's last day.
            if matches!(t.get(j + 1), Some('底' | '末')) {
                return Some((When::MonthEnd(y, a), j + 2));
            }
            // 一月一日, 十月二十五日 (Taiwan): a day in numerals.
            if let Some((d, e)) = day_number(t, j + 1) {
                if matches!(t.get(e), Some('日' | '号')) && (1..=31).contains(&d) {
                    return Some((When::Day(y, a, d), e + 1));
                }
            }
            return Some((When::Month(y, a), j + 1));
        }
        if !matches!(t.get(j), Some('至' | '到' | '-' | '—')) {
            return None;
        }
        let (b, k) = small_number(t, j + 1)?;
        let ok = t.get(k) == Some(&'月') && (1..=12).contains(&a) && (a..=12).contains(&b);
        return ok.then_some((
            When::Part(y, a, b),
            k + 1 + usize::from(t.get(k + 1) == Some(&'份')),
        ));
    }
    // PM2.5月均值: the tail of a decimal or a name is no month.
    if i > 0 && (matches!(t[i - 1], '.' | '．') || t[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    let (a, j) = digits(t, i, 2)?;
    let j = sp(t, j);
    if t.get(j).copied().is_some_and(range_mark) {
        // 1至 3月: a space after the mark too.
        let (b, k) = digits(t, sp(t, j + 1), 2)?;
        let k = sp(t, k);
        if t.get(k) == Some(&'月') && (1..=12).contains(&a) && (a..=12).contains(&b) {
            return Some((When::Part(y, a, b), k + 1));
        }
        return None;
    }
    if !(1..=12).contains(&a) {
        return None;
    }
    // 7、8、9月 and 7、8、9三个月: each number of the list is a month of its own.
    // (Twelve months at most: a longer list is no list of months, and walking it from each
    // of its numbers would make the work quadratic.)
    if t.get(j) == Some(&'、') {
        let mut e = j;
        let mut items = 0;
        while t.get(e) == Some(&'、') {
            items += 1;
            if items > 12 {
                return None;
            }
            e = digits(t, e + 1, 2).filter(|(m, _)| (1..=12).contains(m))?.1;
        }
        return list_end(t, e).map(|_| (When::Month(y, a), j));
    }
    if i > 0 && t[i - 1] == '、' && t.get(j) != Some(&'月') {
        return list_end(t, j).map(|e| (When::Month(y, a), e));
    }
    if t.get(j) != Some(&'月') {
        return None;
    }
    let k = sp(t, j + 1);
    if let Some((d, e)) = day_number(t, k) {
        let e2 = sp(t, e);
        if matches!(t.get(e2), Some('日' | '号')) && (1..=31).contains(&d) {
            return Some((When::Day(y, a, d), e2 + 1));
        }
    }
    let mut end = j + 1;
    if t.get(end) == Some(&'份') {
        end += 1;
    }
    // 1月—10月, 1月至10月份: a range with 月 on both ends.
    if t.get(end).copied().is_some_and(range_mark) {
        let k = end + 1 + usize::from(t.get(end + 1) == Some(&'—'));
        if let Some((b, e)) = digits(t, k, 2) {
            if t.get(e) == Some(&'月') && (a..=12).contains(&b) {
                let e = e + 1 + usize::from(t.get(e + 1) == Some(&'份'));
                return Some((When::Part(y, a, b), e));
            }
        }
    }
    if matches!(t.get(end), Some('底' | '末')) {
        return Some((When::MonthEnd(y, a), end + 1));
    }
    // 3月上半月, 3月首15天, 3月前10日 (Macau's month to date): up to that day.
    if starts(t, end, "上半月") {
        return Some((When::Day(y, a, 15), end + 3));
    }
    if matches!(t.get(end), Some('首' | '前')) {
        if let Some((d, e)) = digits(t, end + 1, 2) {
            if matches!(t.get(e), Some('天' | '日')) && (1..=31).contains(&d) {
                return Some((When::Day(y, a, d), e + 1));
            }
        }
    }
    Some((When::Month(y, a), end))
}

/// The end of a list of months after its last number: 月 (月份), or 三个月 (7、8、9三个月).
fn list_end(t: &[char], j: usize) -> Option<usize> {
    if t.get(j) == Some(&'月') {
        return Some(j + 1 + usize::from(t.get(j + 1) == Some(&'份')));
    }
    let (_, k) = small_number(t, j)?;
    starts(t, k, "个月").then_some(k + 2)
}

/// 4月，一般公共预算收入累计完成24627万元: a month read plainly, with 累计 early in its
/// clause after it, counts from January to that month (1-4月).
pub(super) fn counted_to_month(t: &[char], out: &mut [TimeExpr]) {
    for e in out.iter_mut() {
        let When::Month(y, m) = e.when else { continue };
        if e.role != super::time::Role::Plain || m < 2 {
            continue;
        }
        // Its clause: past a comma right after it (4月，…), up to the next mark.
        let from = e.end + usize::from(matches!(t.get(e.end), Some('，' | ',')));
        let clause_end = (from..t.len().min(from + 24))
            .find(|&k| matches!(t[k], '。' | '；' | '，' | ',' | '\n'))
            .unwrap_or(t.len().min(from + 24));
        // Not 4月当月 or 4月份单月: the month alone.
        let alone = (from..clause_end).any(|k| ["当月", "单月"].iter().any(|w| starts(t, k, w)));
        let first_figure = (from..clause_end).find(|&k| t[k].is_ascii_digit());
        let counted = (from..first_figure.unwrap_or(clause_end)).any(|k| starts(t, k, "累计"));
        if counted && !alone {
            e.when = When::Part(y, 1, m);
        }
    }
}

/// 由上一季的3.5%升至第3季的3.9%: 上一季 is the quarter before the one its sentence names, or
/// else the last one named before it in its paragraph (not the first quarter its 一季 reads
/// as); with none named, no time is known.
pub(super) fn previous_quarters(t: &[char], out: &mut Vec<TimeExpr>) {
    let quarter = |e: &TimeExpr| matches!(e.when, When::Part(_, a, b) if a % 3 == 1 && b == a + 2);
    let previous = |e: &TimeExpr| e.start > 0 && t[e.start - 1] == '上' && t[e.start] == '一';
    let sentence_of = |k: usize| {
        let a = t[..k]
            .iter()
            .rposition(|&c| matches!(c, '。' | '\n'))
            .map_or(0, |i| i + 1);
        let b = t[k..]
            .iter()
            .position(|&c| matches!(c, '。' | '\n'))
            .map_or(t.len(), |i| k + i);
        (a, b)
    };
    let mut drop = Vec::new();
    for k in 0..out.len() {
        if !(quarter(&out[k]) && previous(&out[k])) {
            continue;
        }
        let (a, b) = sentence_of(out[k].start);
        let named = |e: &&TimeExpr| quarter(e) && !previous(e);
        // In its sentence, else the last named before it in its paragraph (…在第3季表现蓬勃。
        // 季内…比上一季的3.1%增幅明显加快).
        let paragraph = super::layout::line_start(t, out[k].start);
        let named = out
            .iter()
            .filter(|e| e.start >= a && e.end <= b)
            .filter(named)
            .min_by_key(|e| e.start.abs_diff(out[k].start))
            .or_else(|| {
                out[..k]
                    .iter()
                    .rev()
                    .take_while(|e| e.start >= paragraph)
                    .find(named)
            })
            .map(|e| e.when);
        match named {
            Some(When::Part(y, from, to)) if from >= 4 => {
                out[k].when = When::Part(y, from - 3, to - 3);
            }
            _ => drop.push(k),
        }
    }
    for k in drop.into_iter().rev() {
        out.remove(k);
    }
}
