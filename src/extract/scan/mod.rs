//! Finding figures in text: where in a text a figure may start, the figure read there ([`at`]:
//! a number, Arabic, Chinese or mixed, its 万/亿 scale, 余/多, a unit or classifier, and the
//! qualifier written around it; the unit itself in [`unit`]), and what a list of them shares. Works on a slice of `char`s so
//! every position is a Unicode character offset.

mod at;
mod list;
mod unit;

pub(super) use at::{is_ideograph, lone_before, number_at, prefix_qualifier};
pub(super) use unit::unit_at;

use super::compound::{doubling_at, fraction_at, percent_at};
use super::numbers::cn_numeral;
use crate::model::unit::Scale;
use crate::model::Qualifier;
use at::figure_at;

/// One figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// First character of the figure, its prefix qualifier included (`突破` in 突破600亿元).
    pub start: usize,
    /// One past the last character (suffix qualifier included).
    pub end: usize,
    /// First character of the number itself.
    pub num_start: usize,
    /// One past the number and its scale (before 余, the unit and any suffix).
    pub num_end: usize,
    /// The number in its written scale (350 in 350亿元).
    pub value: f64,
    /// The written scale (亿 in 350亿元).
    pub scale: Scale,
    /// The canonical base unit, or `None` when only a scale is written (千亿规模).
    pub base: Option<&'static str>,
    /// The qualifier written around the number.
    pub qualifier: Qualifier,
    /// For a range (2-3家, 60~70%, 4-13.6万元/亩), its high end; `value` is the low end.
    pub high: Option<f64>,
    /// A multiple of a base period's value (翻一番 = 2倍), not a level.
    pub relative: bool,
}

/// Whether `t[i..]` starts with `w`.
pub fn starts(t: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, c)| t.get(k) == Some(&c))
}

/// Whether `t[..i]` ends with `w`.
pub fn ends(t: &[char], i: usize, w: &str) -> bool {
    let n = w.chars().count();
    i >= n && starts(t, i - n, w)
}

/// Every figure in `t`, in order, non-overlapping. In a list sharing one unit
/// (1409万、1305万人次) every item takes the unit written after the last.
pub fn figures(t: &[char]) -> Vec<Hit> {
    let mut hits = scan_figures(t);
    for k in (0..hits.len().saturating_sub(1)).rev() {
        let next = hits[k + 1].clone();
        if hits[k].base.is_none()
            && hits[k].scale != Scale::ONE
            && t.get(hits[k].end) == Some(&'、')
            && next.start == hits[k].end + 1
        {
            hits[k].base = next.base;
            // 2万、3万、4万亿元: each is 万亿.
            let (mine, last) = (hits[k].scale.prefix(), next.scale.prefix());
            if last.len() > mine.len() && last.starts_with(mine) {
                hits[k].scale = next.scale;
            }
        }
    }
    // 七二○亿至七四○亿美元 (numerals, which the scan reads one at a time): a range whose low
    // end takes the unit of the high end, as 720亿至740亿美元 does.
    for k in (0..hits.len().saturating_sub(1)).rev() {
        let (a, b) = (&hits[k], &hits[k + 1]);
        let range = b.start == a.end + 1
            && matches!(t.get(a.end), Some('至' | '到' | '~' | '～' | '-' | '—'))
            && a.base.is_none()
            && b.base.is_some()
            && a.scale != Scale::ONE
            && a.scale == b.scale
            && plain_pair(a, b)
            && b.value > a.value;
        if range {
            let b = hits.remove(k + 1);
            let a = &mut hits[k];
            a.high = Some(b.value);
            a.base = b.base;
            a.end = b.end;
        }
    }
    // 决算数落在45亿余元及194亿余元之间: two figures of one unit bounding a range between.
    for k in (0..hits.len().saturating_sub(1)).rev() {
        let (a, b) = (&hits[k], &hits[k + 1]);
        let between = b.start == a.end + 1
            && matches!(t.get(a.end), Some('及' | '和' | '与' | '至' | '到'))
            && starts(t, b.end, "之间")
            && a.base.is_some()
            && a.base == b.base
            && plain_pair(a, b);
        if between {
            let high = b.value * b.scale.factor() / a.scale.factor();
            if high > a.value {
                // (之间 is part of the figure: no word naming what it counts.)
                hits[k].high = Some(high);
                hits[k].end = hits[k + 1].end + 2;
                hits.remove(k + 1);
            }
        }
    }
    let label: Vec<bool> = (0..hits.len())
        .map(|k| super::threshold::class_label(t, &hits, k))
        .collect();
    let mut k = 0;
    hits.retain(|h| {
        k += 1;
        !label[k - 1] && !super::names::names_a_group(t, h) && !super::names::size_of_a_kind(t, h)
    });
    hits
}

/// Whether two figures are single amounts (no range, no relative change) that may bound one.
fn plain_pair(a: &Hit, b: &Hit) -> bool {
    a.high.is_none() && b.high.is_none() && !a.relative && !b.relative
}

/// The figures of `s` as written (for tests).
#[cfg(test)]
pub(super) fn written_figures(s: &str) -> Vec<String> {
    let t: Vec<char> = s.chars().collect();
    figures(&t)
        .iter()
        .map(|h| t[h.start..h.end].iter().collect())
        .collect()
}

fn scan_figures(t: &[char]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        let bound_scale = matches!(c, '万' | '亿') && super::threshold::bare_scale(t, i);
        if matches!(c, '百' | '千') {
            if let Some(h) = percent_at(t, i) {
                i = h.end;
                hits.push(h);
                continue;
            }
        }
        if super::numbers::cn_digit(c) || c == '十' {
            if let Some(h) = fraction_at(t, i) {
                i = h.end;
                hits.push(h);
                continue;
            }
        }
        if c == '零' {
            if let Some(h) = super::compound::zero_growth_at(t, i) {
                i = h.end;
                hits.push(h);
                continue;
            }
        }
        // 将成兆元产业, 跻身兆元 (Taiwan): a bare 兆 before money is one 万亿, like 破万亿.
        let trillion = c == '兆'
            && (super::threshold::bare_scale(t, i) || ends(t, i, "成"))
            && unit_at(t, i + 1).is_some_and(|(b, _)| b == "元");
        if trillion {
            if let Ok(h) = super::compound::number_replacing(t, i, i, "一万亿") {
                i = h.end.max(i + 1);
                hits.push(h);
                continue;
            }
        }
        if matches!(c, '翻' | '减') {
            if let Some(h) = doubling_at(t, i) {
                i = h.end;
                hits.push(h);
                continue;
            }
        }
        if c.is_ascii_digit() || (cn_numeral(c) && !matches!(c, '万' | '亿')) || bound_scale {
            match figure_at(t, i) {
                Ok(mut h) => {
                    i = h.end.max(i + 1);
                    if h.qualifier == Qualifier::Exact && super::threshold::class_entered(t, &h) {
                        h.qualifier = Qualifier::AtLeast;
                    }
                    hits.push(h);
                }
                Err(next) => i = next.max(i + 1),
            }
        } else {
            i += 1;
        }
    }
    hits
}

#[cfg(test)]
mod tests;
