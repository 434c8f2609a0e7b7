//! Units with scale: a value knows whether it is 亿元, 万元, 家 or %.
//!
//! A [`Unit`] is a [`Scale`] (a power of ten written as 万, 亿, 千亿 …) and a base unit
//! symbol (元, 家, 个, % …). Two units are *commensurable* when their base symbols are
//! equal (after aliasing, e.g. 平米 = 平方米); their values then convert by the ratio of
//! their scales, so 8万亿元 = 80000亿元.

use serde::Serialize;
use std::fmt;

pub(crate) use bases::BASES;
pub use bases::{base_lookup, known_bases, Dimension};

mod bases;

/// A decimal scale prefix, stored as its power of ten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Scale(pub u8);

/// Scale prefixes, longest first so that 万亿 wins over 万.
const SCALES: &[(&str, u8)] = &[
    ("万亿", 12),
    ("千亿", 11),
    ("百亿", 10),
    ("十亿", 9),
    ("千万", 7),
    ("百万", 6),
    ("十万", 5),
    ("亿", 8),
    ("万", 4),
    ("千", 3),
    ("百", 2),
];

impl Scale {
    /// No prefix: ×1.
    pub const ONE: Scale = Scale(0);
    /// 万: ×10⁴.
    pub const WAN: Scale = Scale(4);
    /// 亿: ×10⁸.
    pub const YI: Scale = Scale(8);
    /// 万亿: ×10¹².
    pub const WAN_YI: Scale = Scale(12);

    /// The multiplier this scale stands for.
    pub fn factor(self) -> f64 {
        10f64.powi(i32::from(self.0))
    }

    /// The Chinese prefix (empty for ×1).
    pub fn prefix(self) -> &'static str {
        SCALES
            .iter()
            .find(|(_, p)| *p == self.0)
            .map(|(s, _)| *s)
            .unwrap_or("")
    }

    /// Splits a leading scale prefix off `s`, longest match first.
    pub fn split_prefix(s: &str) -> (Scale, &str) {
        for (p, pow) in SCALES {
            if let Some(rest) = s.strip_prefix(p) {
                return (Scale(*pow), rest);
            }
        }
        (Scale::ONE, s)
    }
}

/// Counters that one quantity is counted in by different writers, commensurable with one
/// another: of things (企业 in 家 or 个, projects in 项 or 个, schools in 所 or 个), and of
/// people (人才3000人, 3000名). 人次 (visits) counts neither.
const COUNTERS: &[&[&str]] = &[&["个", "家", "项", "所", "座", "处"], &["人", "名", "位"]];

/// A unit: scale prefix plus canonical base symbol.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit {
    /// The scale prefix (亿 in 亿元).
    pub scale: Scale,
    /// The canonical base symbol (元 in 亿元).
    pub base: &'static str,
}

/// Why a unit string was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownUnit(pub String);

impl fmt::Display for UnknownUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown unit {:?}: expected a unit as written (亿元, 家, %, 微克/立方米 …: no digits or spaces, at most {MAX_UNIT_CHARS} characters, not a scale alone); known bases take a scale (万, 亿, 万亿, 千亿 …): {}",
            self.0,
            known_bases().join(" ")
        )
    }
}

/// Longest unit accepted, in characters.
pub const MAX_UNIT_CHARS: usize = 16;

/// Most distinct units outside the known list in one run (each is kept for the run).
const MAX_OTHER_UNITS: usize = 4096;

/// The one copy of a unit outside the known list (kept for the run, so units stay `Copy`
/// cheap to compare); `None` past [`MAX_OTHER_UNITS`] distinct ones.
fn intern(unit: &str) -> Option<&'static str> {
    static UNITS: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut units = UNITS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(u) = units.iter().find(|u| **u == unit) {
        return Some(u);
    }
    if units.len() >= MAX_OTHER_UNITS {
        return None;
    }
    let u: &'static str = Box::leak(unit.to_string().into_boxed_str());
    units.push(u);
    Some(u)
}

impl Unit {
    /// Parses a unit such as `亿元`, `万平米`, `家`, `%`, or any other unit as written
    /// (`微克/立方米`, `岁`, `‰`).
    ///
    /// The whole string is tried as a known base unit first (so `名次` is not 名 + 次), then a
    /// known scale is split off a known base (`万亿元`); anything else is kept as written, as
    /// its own base (`万千瓦` stays `万千瓦`): figures compare only within one base. A unit is
    /// refused when it is empty, only a scale (`亿`), holds a digit, white space or a control
    /// character, or is longer than [`MAX_UNIT_CHARS`] characters.
    pub fn parse(s: &str) -> Result<Unit, UnknownUnit> {
        let t = s.trim();
        if let Some((base, _)) = base_lookup(t) {
            return Ok(Unit {
                scale: Scale::ONE,
                base,
            });
        }
        let (scale, rest) = Scale::split_prefix(t);
        if let Some((base, _)) = base_lookup(rest).filter(|_| scale != Scale::ONE) {
            return Ok(Unit { scale, base });
        }
        let plain = !t.is_empty()
            && t.chars().count() <= MAX_UNIT_CHARS
            && !t
                .chars()
                .any(|c| c.is_numeric() || c.is_whitespace() || c.is_control())
            && (scale == Scale::ONE || !Scale::split_prefix(rest).1.is_empty());
        match plain.then(|| intern(t)).flatten() {
            Some(base) => Ok(Unit {
                scale: Scale::ONE,
                base,
            }),
            None => Err(UnknownUnit(s.to_string())),
        }
    }

    /// What this unit measures.
    pub fn dimension(&self) -> Dimension {
        base_lookup(self.base)
            .map(|(_, d)| d)
            .unwrap_or(Dimension::Count)
    }

    /// Whether values in `self` and `other` can be compared after scaling: the same base, or
    /// two counters of one kind (上市企业480个 and 千家上市企业 count the same firms).
    pub fn commensurable(&self, other: &Unit) -> bool {
        self.base == other.base
            || COUNTERS
                .iter()
                .any(|c| c.contains(&self.base) && c.contains(&other.base))
    }

    /// The factor that converts a value in `self` into `other`, if commensurable.
    ///
    /// `Unit::parse("万亿元")?.factor_to(&Unit::parse("亿元")?) == Some(10000.0)`.
    pub fn factor_to(&self, other: &Unit) -> Option<f64> {
        self.commensurable(other)
            .then(|| 10f64.powi(i32::from(self.scale.0) - i32::from(other.scale.0)))
    }

    /// Whether this unit is a percentage.
    pub fn is_percent(&self) -> bool {
        self.base == "%"
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.scale.prefix(), self.base)
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A value together with its unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The number as written in the unit (350 in 350亿元).
    pub value: f64,
    /// The unit, scale included.
    pub unit: Unit,
}

impl Quantity {
    /// Builds a quantity.
    pub fn new(value: f64, unit: Unit) -> Self {
        Quantity { value, unit }
    }

    /// The same quantity expressed in `unit`, if commensurable.
    pub fn convert_to(&self, unit: &Unit) -> Option<Quantity> {
        self.unit
            .factor_to(unit)
            .map(|k| Quantity::new(self.value * k, unit.clone()))
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", crate::model::fmt_num(self.value), self.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_compare_across_prefixes() {
        let wy = Unit::parse("万亿元").unwrap();
        let y = Unit::parse("亿元").unwrap();
        let q = Quantity::new(8.0, wy).convert_to(&y).unwrap();
        assert_eq!(q.value, 80000.0);
        let qy = Unit::parse("千亿元").unwrap();
        assert_eq!(qy.factor_to(&y), Some(1000.0));
    }

    #[test]
    fn aliases_and_whole_symbols() {
        assert_eq!(Unit::parse("万平米").unwrap().to_string(), "万平方米");
        assert_eq!(Unit::parse("名次").unwrap().base, "名次");
        assert_eq!(Unit::parse("%").unwrap().dimension(), Dimension::Percent);
        assert!(Unit::parse("家")
            .unwrap()
            .commensurable(&Unit::parse("家").unwrap()));
        // Counters of things compare (企业480个, 千家企业); people and things do not.
        let unit = |s: &str| Unit::parse(s).unwrap();
        assert!(unit("家").commensurable(&unit("个")));
        assert_eq!(unit("千家").factor_to(&unit("个")), Some(1000.0));
        assert!(unit("项").commensurable(&unit("万个")));
        assert!(!unit("家").commensurable(&unit("人")));
        assert!(unit("万名").commensurable(&unit("人")));
        assert!(!unit("万人次").commensurable(&unit("万人")));
        assert!(!unit("个").commensurable(&unit("个百分点")));
    }

    #[test]
    fn malformed_units_are_rejected() {
        for bad in [
            "",
            "亿",
            "万亿",
            "3元",
            "亿 元",
            "\u{1b}[31m",
            "一二三四五六七八九十一二三四五六七",
        ] {
            assert!(Unit::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn any_other_unit_is_kept_as_written() {
        for (unit, base, scale) in [
            ("微克/立方米", "微克/立方米", Scale::ONE),
            ("万千瓦", "千瓦", Scale(4)),
            ("万标准立方米", "万标准立方米", Scale::ONE),
            ("岁", "岁", Scale::ONE),
            ("‰", "‰", Scale::ONE),
            ("件/万人", "件/万人", Scale::ONE),
            ("斤", "斤", Scale::ONE),
            ("万家", "家", Scale(4)),
        ] {
            let u = Unit::parse(unit).unwrap();
            assert_eq!((u.base, u.scale), (base, scale), "{unit}");
            assert_eq!(u.to_string(), unit);
        }
        let (a, b) = (Unit::parse("岁").unwrap(), Unit::parse("斤").unwrap());
        assert!(a.commensurable(&Unit::parse("岁").unwrap()));
        assert!(!a.commensurable(&b));
        assert_eq!(Unit::parse("百分点").unwrap().base, "个百分点");
        assert_eq!(Unit::parse("千分点").unwrap().base, "个千分点");
    }
}
