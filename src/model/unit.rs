//! Units with scale: a value knows whether it is 亿元, 万元, 家 or %.
//!
//! A [`Unit`] is a [`Scale`] (a power of ten written as 万, 亿, 千亿 …) and a base unit
//! symbol (元, 家, 个, % …). Two units are *commensurable* when their base symbols are
//! equal (after aliasing, e.g. 平米 = 平方米); their values then convert by the ratio of
//! their scales, so 8万亿元 = 80000亿元.

use serde::Serialize;
use std::fmt;

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

/// What a base unit measures; only used to group units for display and checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Money (元).
    Money,
    /// A count of things (家, 个, 所, 项, 名, 人 …).
    Count,
    /// Area (亩, 平方米, 平方公里).
    Area,
    /// Length (公里).
    Length,
    /// Mass (吨, 吨标准煤).
    Mass,
    /// Energy (千瓦时, 度).
    Energy,
    /// Power (千瓦).
    Power,
    /// A percentage (%) or a rate per mille (‰).
    Percent,
    /// A multiple (倍), as in 翻一番 = 2倍.
    Multiple,
    /// A rank (名次): smaller is better.
    Rank,
    /// An age in years (岁).
    Age,
    /// Volume (立方米).
    Volume,
    /// A content or concentration (PM2.5 26.3微克/立方米, 有机质27克/千克).
    Concentration,
}

/// Base unit symbols: (accepted spelling, canonical spelling, dimension).
/// Base units: spelling, canonical spelling, dimension.
pub(crate) const BASES: &[(&str, &str, Dimension)] = &[
    ("元", "元", Dimension::Money),
    // 12万亿人民币: the currency written after the number.
    ("人民币", "元", Dimension::Money),
    ("个百分点", "个百分点", Dimension::Percent),
    ("百分点", "个百分点", Dimension::Percent),
    ("美元", "美元", Dimension::Money),
    ("美金", "美元", Dimension::Money),
    // Other currencies, each its own base (never compared with 元).
    ("港元", "港元", Dimension::Money),
    ("港币", "港元", Dimension::Money),
    ("澳门元", "澳门元", Dimension::Money),
    ("澳门币", "澳门元", Dimension::Money),
    ("新台币", "新台币", Dimension::Money),
    ("欧元", "欧元", Dimension::Money),
    ("日元", "日元", Dimension::Money),
    ("英镑", "英镑", Dimension::Money),
    ("家", "家", Dimension::Count),
    // 間 (Hong Kong's 家: 12間獨角獸企業).
    ("间", "间", Dimension::Count),
    ("个", "个", Dimension::Count),
    ("所", "所", Dimension::Count),
    ("项", "项", Dimension::Count),
    ("名", "名", Dimension::Count),
    ("人", "人", Dimension::Count),
    ("位", "位", Dimension::Count),
    ("场", "场", Dimension::Count),
    ("栋", "栋", Dimension::Count),
    ("条", "条", Dimension::Count),
    ("件", "件", Dimension::Count),
    ("种", "种", Dimension::Count),
    ("款", "款", Dimension::Count),
    ("台", "台", Dimension::Count),
    ("届", "届", Dimension::Count),
    ("亩", "亩", Dimension::Area),
    ("平方米", "平方米", Dimension::Area),
    ("平米", "平方米", Dimension::Area),
    ("m2", "平方米", Dimension::Area),
    ("平方公里", "平方公里", Dimension::Area),
    ("平方千米", "平方公里", Dimension::Area),
    ("km2", "平方公里", Dimension::Area),
    ("公里", "公里", Dimension::Length),
    ("km", "公里", Dimension::Length),
    ("%", "%", Dimension::Percent),
    ("％", "%", Dimension::Percent),
    // Rates per mille (人口自然增长率为1.64‰).
    ("‰", "‰", Dimension::Percent),
    ("辆", "辆", Dimension::Count),
    ("套", "套", Dimension::Count),
    ("次", "次", Dimension::Count),
    ("吨标准煤", "吨标准煤", Dimension::Mass),
    // Greenhouse gases (265.62百萬公噸二氧化碳當量): a mass of its own, not of 吨.
    ("吨二氧化碳当量", "吨二氧化碳当量", Dimension::Mass),
    ("公吨二氧化碳当量", "吨二氧化碳当量", Dimension::Mass),
    ("吨", "吨", Dimension::Mass),
    // 80萬公噸 (Taiwan): a metric ton.
    ("公吨", "吨", Dimension::Mass),
    ("千瓦时", "千瓦时", Dimension::Energy),
    ("度", "度", Dimension::Energy),
    ("千瓦", "千瓦", Dimension::Power),
    // Taiwan's 瓩 (460萬瓩).
    ("瓩", "千瓦", Dimension::Power),
    ("兆瓦", "兆瓦", Dimension::Power),
    ("吉瓦", "吉瓦", Dimension::Power),
    // Latin symbols (Taiwan, Hong Kong): 4.4GW, 660MW, 1.2TWh.
    ("kW", "千瓦", Dimension::Power),
    ("MW", "兆瓦", Dimension::Power),
    ("GW", "吉瓦", Dimension::Power),
    ("kWh", "千瓦时", Dimension::Energy),
    ("MWh", "兆瓦时", Dimension::Energy),
    ("GWh", "吉瓦时", Dimension::Energy),
    ("TWh", "太瓦时", Dimension::Energy),
    ("兆瓦时", "兆瓦时", Dimension::Energy),
    ("吉瓦时", "吉瓦时", Dimension::Energy),
    ("太瓦时", "太瓦时", Dimension::Energy),
    ("户", "户", Dimension::Count),
    // 私人住宅落成量 (Hong Kong): flats.
    ("伙", "伙", Dimension::Count),
    ("人次", "人次", Dimension::Count),
    ("辆次", "辆次", Dimension::Count),
    ("架次", "架次", Dimension::Count),
    ("艘次", "艘次", Dimension::Count),
    ("标箱", "标箱", Dimension::Count),
    ("张", "张", Dimension::Count),
    ("轮", "轮", Dimension::Count),
    ("部", "部", Dimension::Count),
    ("座", "座", Dimension::Count),
    ("类", "类", Dimension::Count),
    ("颗", "颗", Dimension::Count),
    ("块", "块", Dimension::Count),
    ("只", "只", Dimension::Count),
    // Livestock (生猪存栏43764万头).
    ("头", "头", Dimension::Count),
    ("批次", "批次", Dimension::Count),
    ("批", "批", Dimension::Count),
    ("架", "架", Dimension::Count),
    ("艘", "艘", Dimension::Count),
    ("篇", "篇", Dimension::Count),
    ("斤", "斤", Dimension::Mass),
    ("成", "成", Dimension::Percent),
    ("公斤", "公斤", Dimension::Mass),
    ("千克", "公斤", Dimension::Mass),
    ("倍", "倍", Dimension::Multiple),
    ("名次", "名次", Dimension::Rank),
    ("公顷", "公顷", Dimension::Area),
    ("场次", "场次", Dimension::Count),
    ("宗", "宗", Dimension::Count),
    ("岁", "岁", Dimension::Age),
    ("处", "处", Dimension::Count),
    ("兆瓦时", "兆瓦时", Dimension::Energy),
    ("车次", "车次", Dimension::Count),
    ("班次", "班次", Dimension::Count),
    ("航次", "航次", Dimension::Count),
    ("立方米", "立方米", Dimension::Volume),
    ("m3", "立方米", Dimension::Volume),
    // Transformers (变压器2828.08万千伏安) and cable (电力电缆42748千米).
    ("千伏安", "千伏安", Dimension::Power),
    ("千米", "公里", Dimension::Length),
    // Cloth (布51.36亿米).
    ("米", "米", Dimension::Length),
    ("微克/立方米", "微克/立方米", Dimension::Concentration),
    ("毫克/立方米", "毫克/立方米", Dimension::Concentration),
    ("克/千克", "克/千克", Dimension::Concentration),
    ("毫克/升", "毫克/升", Dimension::Concentration),
];

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

/// The canonical base symbols reach understands.
pub fn known_bases() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = BASES.iter().map(|(_, c, _)| *c).collect();
    v.dedup();
    v
}

/// The canonical spelling and dimension of a base unit written as `s` (平米 → 平方米).
pub fn base_lookup(s: &str) -> Option<(&'static str, Dimension)> {
    BASES
        .iter()
        .find(|(a, _, _)| *a == s)
        .map(|(_, c, d)| (*c, *d))
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
    }
}
