//! Figures written in more than one piece: ranges (2-3家, 60~70%, 4-13.6万元/亩), multiples
//! in words (翻一番, 翻两番以上), percentages and fractions in words (百分之五, 百分之零点九五,
//! 五分之一), a scale with the rest after it (3万8748美元), and a number read
//! with one character rewritten (2400多亿元, 14.7兆元).

use super::numbers::{arabic, chinese_end};
use super::scan::{lone_before, number_at, prefix_qualifier, starts, unit_at, Hit};
use crate::model::numeral::{eval_number, BOUND_SUFFIXES};
use crate::model::unit::Scale;
use crate::model::Qualifier;

/// Range separators: 2-3家, 1—2家, 60~70%, 4至6个.
const RANGE_SEPARATORS: &str = "-—–~～至到";

/// The value of Arabic digits as written (1,234.5), thousands' commas dropped.
fn arabic_value(digits: &[char]) -> Option<f64> {
    digits
        .iter()
        .filter(|c| **c != ',')
        .collect::<String>()
        .parse()
        .ok()
}

/// A range written with its unit once, after the high end (2-3家, 4-13.6万元/亩) or after
/// both (2.5%~2.6%).
pub(super) fn range_at(t: &[char], i: usize) -> Option<Hit> {
    if i.checked_sub(1).is_some_and(|p| !lone_before(t[p])) {
        return None;
    }
    if !t[i].is_ascii_digit() {
        return digit_range_at(t, i);
    }
    let j = arabic(t, i)?;
    let low = arabic_value(&t[i..j])?;
    // 667亿至687亿美元: the low end with a scale of its own.
    let low_scale = match t.get(j) {
        Some('万') => Some(Scale::WAN),
        Some('亿') => Some(Scale::YI),
        _ => None,
    };
    // (从5000万到1.2亿元 is a change from one level to another, not a range.)
    if low_scale.is_some() && i > 0 && matches!(t[i - 1], '从' | '由') {
        return None;
    }
    let j = j + usize::from(low_scale.is_some());
    let percent = low_scale.is_none() && matches!(t.get(j), Some('%' | '％'));
    let k = j + usize::from(percent);
    if !t.get(k).is_some_and(|c| RANGE_SEPARATORS.contains(*c)) {
        return None;
    }
    // 年增36.1％至年增39.8％: the words before the low end written again before the high.
    let again = (1..=3)
        .find(|&w| {
            i >= w
                && t.get(k + 1 + w).is_some_and(char::is_ascii_digit)
                && t[i - w..i].iter().all(|c| super::scan::is_ideograph(*c))
                && t[i - w..i] == t[k + 1..k + 1 + w]
        })
        .filter(|_| percent)
        .unwrap_or(0);
    let h = k + 1 + again;
    if !t.get(h).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let high = number_at(t, h, true).ok()?;
    // 每年800至900万观光客: a bare scale closes a range too (what it counts is read later).
    let unit = high.base.is_some() || high.scale != Scale::ONE;
    // 3至4百萬元, 3至5千萬: a 百 or 千 after the high end's digits multiplies the low end too
    // (300至400万元), as the scale after both does.
    let high_digits = arabic(t, h).filter(|&e| matches!(t.get(e), Some('百' | '千')));
    let times = high_digits
        .and_then(|e| arabic_value(&t[h..e]).filter(|n| *n > 0.0))
        .map(|n| high.value / n)
        .unwrap_or(1.0);
    let low = match low_scale {
        Some(s) if high.scale != Scale::ONE => low * s.factor() / high.scale.factor(),
        Some(_) => return None,
        None => low * times,
    };
    // 压在2%到1%之间: a range between two ends written high to low.
    let between = starts(t, high.end, "之间");
    if !unit || (percent && high.base != Some("%")) || (low > high.value && !between) {
        return None;
    }
    // (约3至4百万元: about, written before the low end.)
    let about = prefix_qualifier(t, i).filter(|(_, q)| *q == Qualifier::About);
    Some(Hit {
        start: about.map_or(i, |(s, _)| s),
        num_start: i,
        value: low.min(high.value),
        high: Some(low.max(high.value)),
        qualifier: about.map_or(high.qualifier, |(_, q)| q),
        ..high
    })
}

/// A range of two Chinese digits, one to nine, the high end with its unit (三至四成, 两到三倍):
/// the low end as its value.
fn digit_range_at(t: &[char], i: usize) -> Option<Hit> {
    let low = crate::model::numeral::digit(t[i]).filter(|d| *d > 0.0)?;
    let next = t.get(i + 2).copied().and_then(crate::model::numeral::digit);
    if !matches!(t.get(i + 1), Some('至' | '到')) || next.is_none_or(|d| d <= low) {
        return None;
    }
    let high = number_at(t, i + 2, true).ok()?;
    let whole = high.scale == Scale::ONE && high.base.is_some() && high.num_end == i + 3;
    whole.then_some(Hit {
        start: i,
        num_start: i,
        value: low,
        high: Some(high.value),
        ..high
    })
}

/// 翻一番 (2倍), 翻两番 (4倍), 翻番, 翻了一番, with 以上 after it; 减半 (0.5倍) ending its
/// clause (碳排放量要减半，), not a measure (购置税减半征收) nor a change to a level written
/// (自18人减半至9人: the two levels tell it).
pub(super) fn doubling_at(t: &[char], i: usize) -> Option<Hit> {
    const FORMS: &[(&str, f64)] = &[
        ("翻一番", 2.0),
        ("翻了一番", 2.0),
        ("翻两番", 4.0),
        ("翻了两番", 4.0),
        ("翻三番", 8.0),
        ("翻番", 2.0),
        ("减半", 0.5),
    ];
    let (w, v) = FORMS.iter().find(|(w, _)| starts(t, i, w))?;
    let mut end = i + w.chars().count();
    let halved_ends = t
        .get(end)
        .is_none_or(|c| !crate::extract::indicator::is_word(*c));
    if *w == "减半" && !halved_ends {
        return None;
    }
    let mut qualifier = Qualifier::Exact;
    if starts(t, end, "以上") || starts(t, end, "多") {
        qualifier = Qualifier::AtLeast;
        end += if t[end] == '多' { 1 } else { 2 };
    }
    Some(Hit {
        start: i,
        end,
        num_start: i,
        num_end: end,
        value: *v,
        scale: Scale::ONE,
        base: Some("倍"),
        qualifier,
        high: None,
        relative: true,
    })
}

/// 零增长 (GDP出现零增长, 一次性的零增长): a growth rate of 0 %.
pub(super) fn zero_growth_at(t: &[char], i: usize) -> Option<Hit> {
    if !starts(t, i, "零增长") {
        return None;
    }
    Some(Hit {
        start: i,
        end: i + 3,
        num_start: i,
        num_end: i + 1,
        value: 0.0,
        scale: Scale::ONE,
        base: Some("%"),
        qualifier: Qualifier::Exact,
        high: None,
        relative: false,
    })
}

/// 百分之五, 百分之八十六点四七, 百分之20 (and 以上 after it): a percentage written in words;
/// 千分之6, 千分之十二点五: a rate per thousand (‰).
pub(super) fn percent_at(t: &[char], i: usize) -> Option<Hit> {
    // 开工率百分百, 基本建成率超百分百: one hundred per cent, in words (not 百分百地, wholly,
    // nor a name quoted, 三个“百分百”).
    let quoted = (i > 0 && matches!(t[i - 1], '“' | '「' | '"'))
        || t.get(i + 3).is_some_and(|c| matches!(c, '”' | '」' | '"'));
    if starts(t, i, "百分百") && !starts(t, i + 3, "地") && !quoted {
        return Some(rate_in_words(t, (i, i + 2, i + 3), 100.0, "%"));
    }
    let base = [("百分之", "%"), ("千分之", "‰")]
        .iter()
        .find(|(w, _)| starts(t, i, w))
        .map(|(_, b)| *b)?;
    // (进入ESI前千分之一的学科: a rank's bound, no figure.)
    if i > 0 && t[i - 1] == '前' {
        return None;
    }
    let k = i + 3;
    let e = if t.get(k).is_some_and(char::is_ascii_digit) {
        arabic(t, k)?
    } else {
        chinese_end(t, k)
    };
    let num: String = t[k..e].iter().collect();
    let (value, scale) = eval_number(&num)?;
    if scale != Scale::ONE || !(0.0..=1e6).contains(&value) {
        return None;
    }
    Some(rate_in_words(t, (i, k, e), value, base))
}

/// 五分之一, 三分之二以上, 超十分之一: a fraction in words, as a percentage (20%, 66.67%); not a
/// rank's bound (前五分之一) nor part of a longer number.
pub(super) fn fraction_at(t: &[char], i: usize) -> Option<Hit> {
    use super::numbers::{cn_digit, cn_numeral};
    // (Not 二十分之一 inside 一百二十分之一.)
    if i > 0 && (cn_numeral(t[i - 1]) || t[i - 1] == '前') {
        return None;
    }
    let k = (i + 1..(i + 3).min(t.len())).find(|&k| starts(t, k, "分之"))?;
    let whole = |a: usize, b: usize| {
        let s: String = t[a..b].iter().collect();
        eval_number(&s).filter(|(v, scale)| *scale == Scale::ONE && *v >= 1.0)
    };
    let (den, _) = whole(i, k)
        .filter(|(v, _)| *v >= 2.0 && t[i..k].iter().all(|c| cn_digit(*c) || *c == '十'))?;
    let n = k + 2;
    let e = chinese_end(t, n);
    let (num, _) = whole(n, e).filter(|(v, _)| *v < den)?;
    // (As a percentage is written, to two places: 三分之一 is 33.33%.)
    let percent = (num / den * 10_000.0).round() / 100.0;
    Some(rate_in_words(t, (i, n, e), percent, "%"))
}

/// The rate written in words from `i`, its number at `k..e` (百分之五以上, 超五分之一): with the
/// qualifier before or after it.
fn rate_in_words(
    t: &[char],
    (i, k, e): (usize, usize, usize),
    value: f64,
    base: &'static str,
) -> Hit {
    let (start, mut qualifier) = prefix_qualifier(t, i).unwrap_or((i, Qualifier::Exact));
    let mut end = e;
    if let Some((w, q)) = BOUND_SUFFIXES.iter().find(|(w, _)| starts(t, e, w)) {
        qualifier = *q;
        end += w.chars().count();
    }
    Hit {
        start,
        end,
        num_start: k,
        num_end: e,
        value,
        scale: Scale::ONE,
        base: Some(base),
        qualifier,
        high: None,
        relative: false,
    }
}

/// The number at `i` read with the one character at `j` written as `with`: 2400多亿元 as
/// 2400亿元 (多 dropped, the qualifier set by the caller), 14.7兆元 as 14.7万亿元. Offsets are
/// of `t`.
pub(super) fn number_replacing(t: &[char], i: usize, j: usize, with: &str) -> Result<Hit, usize> {
    let w: Vec<char> = with.chars().collect();
    let mut joined: Vec<char> = t[..j].to_vec();
    joined.extend_from_slice(&w);
    joined.extend_from_slice(&t[j + 1..t.len().min(j + 41)]);
    let mut h = number_at(&joined, i, false)?;
    let back = |k: usize| {
        if k >= j + w.len() {
            k + 1 - w.len()
        } else {
            k.min(j + 1)
        }
    };
    h.start = back(h.start);
    h.end = back(h.end);
    h.num_end = back(h.num_end);
    Ok(h)
}

/// 3萬8748美元, 4萬951美元: digits, 万 (or 亿), then up to four (eight) more digits before a
/// unit: one number in units.
pub(super) fn mixed_number(t: &[char], i: usize, j: usize) -> Option<Hit> {
    let (scale, width) = if t[j] == '万' { (1e4, 4) } else { (1e8, 8) };
    let k = j + 1;
    let mut e = k;
    // 56億6,184萬元 (Taiwan): thousands separated by a comma in the lower part.
    let group = |e: usize| {
        (1..=3).all(|d| t.get(e + d).is_some_and(char::is_ascii_digit))
            && !t.get(e + 4).is_some_and(char::is_ascii_digit)
    };
    while t.get(e).is_some_and(char::is_ascii_digit)
        || (t.get(e) == Some(&',') && e > k && group(e))
    {
        e += 1;
    }
    let low: String = t[k..e].iter().filter(|c| **c != ',').collect();
    if e == k || low.len() > width || t.get(e) == Some(&'.') {
        return None;
    }
    let high: String = t[i..j].iter().filter(|c| **c != ',').collect();
    let (high, low) = (high.parse::<f64>().ok()?, low.parse::<f64>().ok()?);
    let (start, qualifier) = prefix_qualifier(t, i).unwrap_or((i, Qualifier::Exact));
    // 10兆3700亿 (read as 10万3700亿): 亿 after the digits scales the whole, 103700亿.
    // 56億6,184萬元: 万 after the digits of a number in 亿 scales the whole in 万, 566184万.
    // 39億5152萬4241元: units after 万 too, the whole in 元.
    // (Not 95億2,401萬2千元: a unit must follow the digits; that one is read below.)
    let units_end = (e + 1..t.len().min(e + 6))
        .find(|&m| !t[m].is_ascii_digit())
        .filter(|&m| m > e + 1 && m <= e + 5 && unit_at(t, m).is_some());
    let units = units_end.and_then(|m| t[e + 1..m].iter().collect::<String>().parse::<f64>().ok());
    // 76萬5千餘人: a digit of thousands after 万, the whole in 万 (76.5万).
    // (Not 3万5千瓦: 千 begins the unit there; nor 1兆1千億元, read as 1万1千亿元.)
    let thousands = t[j] == '万'
        && t.get(e) == Some(&'千')
        && e == k + 1
        && unit_at(t, e).is_none_or(|(_, u)| u <= e + 1)
        && !matches!(t.get(e + 1), Some('亿' | '万'));
    // 7億580萬4千元: a digit of thousands after the 万 of a number in 亿, the whole in 万
    // (70580.4万元); not 3亿5万千瓦, a unit.
    let thousands_after = t[j] == '亿'
        && t.get(e) == Some(&'万')
        && low < 1e4
        && t.get(e + 1).is_some_and(char::is_ascii_digit)
        && t.get(e + 2) == Some(&'千')
        && unit_at(t, e + 2).is_none_or(|(_, u)| u <= e + 3);
    let (value, scale, num_end) = match (t[j], t.get(e)) {
        ('亿', Some('万')) if thousands_after => {
            let d = f64::from(t[e + 1].to_digit(10)?);
            (high * 1e4 + low + d / 10.0, Scale::WAN, e + 3)
        }
        ('万', Some('亿')) => (high * scale + low, Scale::YI, e + 1),
        ('万', Some('千')) if thousands => (high + low / 10.0, Scale::WAN, e + 1),
        // 3亿5千万元: a digit of 千万 after 亿, the whole in 亿 (3.5亿).
        ('亿', Some('千')) if e == k + 1 && t.get(e + 1) == Some(&'万') => {
            (high + low / 10.0, Scale::YI, e + 2)
        }
        ('亿', Some('万')) if low < 1e4 && units.is_some() => (
            high * 1e8 + low * 1e4 + units.unwrap_or_default(),
            Scale::ONE,
            units_end.unwrap_or(e + 1),
        ),
        ('亿', Some('万')) if low < 1e4 => (high * 1e4 + low, Scale::WAN, e + 1),
        _ => (high * scale + low, Scale::ONE, e),
    };
    // (76萬5千餘人: 余 or 多 after the thousands leaves the figure about so many.)
    let more = thousands && matches!(t.get(num_end), Some('余' | '多'));
    let qualifier = if more { Qualifier::About } else { qualifier };
    let (b, end) = match unit_at(t, num_end + usize::from(more)) {
        Some((b, end)) => (Some(b), end),
        None if scale != Scale::ONE => (None, num_end),
        None => return None,
    };
    Some(Hit {
        start,
        end,
        num_start: i,
        num_end,
        value,
        scale,
        base: b,
        qualifier,
        high: None,
        relative: false,
    })
}
