//! Figures written as more than one number: ranges (2-3家, 60~70%, 4-13.6万元/亩) and
//! multiples in words (翻一番, 翻两番以上).

use super::scan::{arabic, lone_before, number_at, starts, Hit};
use crate::model::unit::Scale;
use crate::model::Qualifier;

/// Range separators: 2-3家, 1—2家, 60~70%, 4至6个.
const RANGE_SEPARATORS: &str = "-—–~～至到";

/// A range written with its unit once, after the high end (2-3家, 4-13.6万元/亩) or after
/// both (2.5%~2.6%).
pub(super) fn range_at(t: &[char], i: usize) -> Option<Hit> {
    if !t[i].is_ascii_digit() || i.checked_sub(1).is_some_and(|p| !lone_before(t[p])) {
        return None;
    }
    let j = arabic(t, i)?;
    let low: f64 = t[i..j]
        .iter()
        .filter(|c| **c != ',')
        .collect::<String>()
        .parse()
        .ok()?;
    let percent = matches!(t.get(j), Some('%' | '％'));
    let k = j + usize::from(percent);
    if !t.get(k).is_some_and(|c| RANGE_SEPARATORS.contains(*c))
        || !t.get(k + 1).is_some_and(char::is_ascii_digit)
    {
        return None;
    }
    let high = number_at(t, k + 1, true).ok()?;
    if high.base.is_none() || (percent && high.base != Some("%")) || low > high.value {
        return None;
    }
    Some(Hit {
        start: i,
        num_start: i,
        value: low,
        high: Some(high.value),
        ..high
    })
}

/// 翻一番 (2倍), 翻两番 (4倍), 翻番, 翻了一番, with 以上 after it.
pub(super) fn doubling_at(t: &[char], i: usize) -> Option<Hit> {
    const FORMS: &[(&str, f64)] = &[
        ("翻一番", 2.0),
        ("翻了一番", 2.0),
        ("翻两番", 4.0),
        ("翻了两番", 4.0),
        ("翻三番", 8.0),
        ("翻番", 2.0),
    ];
    let (w, v) = FORMS.iter().find(|(w, _)| starts(t, i, w))?;
    let mut end = i + w.chars().count();
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
