//! Figures as written in Chinese text: `350亿元`, `千亿`, `20%以上`, `突破600亿元`, `90余个`,
//! `超过 8 万亿`, `1.2万亿`, `五百亿`, `1,200`.
//!
//! [`parse_figure`] reads one whole figure into a [`Figure`]: its value *in its written scale*
//! (千亿 is 1000 × 亿, 12.60万元 is 12.60 × 万 元), the base unit if one is written, and the
//! qualifier (以上, 突破, 约 …). The curated data uses it to check that every fact's
//! `as_written` text means exactly the value and unit in its row.

use super::fact::Qualifier;
use super::unit::Scale;

/// A parsed figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The number in units of `scale` (350 in 350亿元, 1000 in 千亿).
    pub value: f64,
    /// The largest 万/亿/万亿 unit the number ends with.
    pub scale: Scale,
    /// The base unit written after the number, canonical spelling (元, 家, % …).
    pub base: Option<&'static str>,
    /// The qualifier written around the number.
    pub qualifier: Qualifier,
}

impl Figure {
    /// The value with its scale applied (350亿 → 3.5e10).
    pub fn absolute(&self) -> f64 {
        self.value * self.scale.factor()
    }
}

/// Qualifiers written before a number, longest first.
pub(crate) const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("不超过", Qualifier::AtMost),
    // PM10月均值不高于99μg/m3: a cap.
    ("不高于", Qualifier::AtMost),
    ("不多于", Qualifier::AtMost),
    ("控制在", Qualifier::AtMost),
    ("超过", Qualifier::AtLeast),
    ("突破", Qualifier::AtLeast),
    // 冲破两成大关, 站上7000亿美元大关: a line crossed.
    ("冲破", Qualifier::AtLeast),
    ("站上", Qualifier::AtLeast),
    ("达到", Qualifier::Exact),
    ("接近", Qualifier::About),
    ("将近", Qualifier::About),
    ("大约", Qualifier::About),
    ("超", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
    ("破", Qualifier::AtLeast),
    ("近", Qualifier::About),
    ("约", Qualifier::About),
];

const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("以上", Qualifier::AtLeast),
    ("以内", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
    ("左右", Qualifier::About),
    ("余", Qualifier::About),
    ("多", Qualifier::About),
];

/// The suffixes that bound a whole figure (以上, 以内, 以下, 左右), without 余/多, which sit
/// between the number and its unit.
pub(crate) const BOUND_SUFFIXES: &[(&str, Qualifier)] = SUFFIX_QUALIFIERS.split_at(4).0;

pub(crate) fn digit(c: char) -> Option<f64> {
    Some(match c {
        // 二○二五年: a white circle (U+25CB) often stands for 〇.
        '零' | '〇' | '○' => 0.0,
        '一' => 1.0,
        '二' | '两' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return None,
    })
}

pub(crate) fn small_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1000.0,
        // 廿九亿 (Hong Kong, Macau): 廿 is twenty, 卅 thirty.
        '廿' => 20.0,
        '卅' => 30.0,
        _ => return None,
    })
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '.' | ',' | '万' | '亿' | '点')
        || digit(c).is_some()
        || small_unit(c).is_some()
}

/// Evaluates a run of Arabic and Chinese numerals (`1.2万亿`, `五百亿`, `千`, `1,200`).
/// Returns the absolute value and the trailing big-unit scale.
pub fn eval_number(s: &str) -> Option<(f64, Scale)> {
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let (mut total, mut section, mut number) = (0.0f64, 0.0f64, 0.0f64);
    // 兆 (Taiwan: 10¹²) is counted apart, so that a 亿 after it (二兆六百六十七亿) scales
    // only what follows the 兆.
    let mut zhao = 0.0f64;
    let mut seen_value = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == ',')
            {
                i += 1;
            }
            let run: String = chars[start..i].iter().filter(|c| **c != ',').collect();
            if run.ends_with('.') || run.matches('.').count() > 1 {
                return None;
            }
            number = run.parse().ok()?;
            seen_value = true;
            continue;
        }
        if c == '点' || c == '.' {
            // 六十八点四 (十一.七 in a text that writes a full-width point): the digits after
            // the point are tenths, hundredths…
            let mut tenths = String::from("0.");
            while let Some(d) = chars.get(i + 1).and_then(|c| digit(*c)) {
                tenths.push(char::from(b'0' + d as u8));
                i += 1;
            }
            number += tenths.parse::<f64>().unwrap_or(0.0);
        } else if let Some(d) = digit(c) {
            // Digits written one by one (二八九一 is 2891, 二四点零七 is 24.07): three or more,
            // or two before a point; two alone are a rough count (七八个 is seven or eight).
            let run = chars[i..]
                .iter()
                .take_while(|c| digit(**c).is_some())
                .count();
            let pointed = matches!(chars.get(i + run), Some('点' | '.'));
            number = if run >= 3 || (run == 2 && pointed) {
                let n = chars[i..i + run]
                    .iter()
                    .fold(0.0, |n, c| n * 10.0 + digit(*c).unwrap_or(0.0));
                i += run - 1;
                n
            } else {
                d
            };
            seen_value = true;
        } else if let Some(u) = small_unit(c) {
            // 十百千万 (a slogan): two of 十百千 side by side are no number.
            if chars.get(i + 1).is_some_and(|c| small_unit(*c).is_some()) {
                return None;
            }
            section += if number == 0.0 { 1.0 } else { number } * u;
            number = 0.0;
            seen_value = true;
        } else if c == '万' {
            total += (section + number) * 1e4;
            section = 0.0;
            number = 0.0;
        } else if c == '亿' {
            total = (total + section + number) * 1e8;
            section = 0.0;
            number = 0.0;
        } else if c == '兆' {
            zhao += (total + section + number) * 1e12;
            (total, section, number) = (0.0, 0.0, 0.0);
        } else {
            return None;
        }
        i += 1;
    }
    if !seen_value {
        return None;
    }
    let scale = if s.ends_with("万亿") || s.ends_with('兆') {
        Scale::WAN_YI
    } else if s.ends_with('亿') {
        Scale::YI
    } else if s.ends_with('万') {
        Scale::WAN
    } else {
        Scale::ONE
    };
    Some((zhao + total + section + number, scale))
}

fn strip_qualifier<'a>(
    s: &'a str,
    list: &[(&str, Qualifier)],
    prefix: bool,
) -> (&'a str, Option<Qualifier>) {
    for (w, q) in list {
        let hit = if prefix {
            s.strip_prefix(w)
        } else {
            s.strip_suffix(w)
        };
        if let Some(rest) = hit {
            return (rest.trim(), Some(*q));
        }
    }
    (s, None)
}

/// Parses one whole figure such as `突破600亿元`, `20%以上`, `千亿`, `90余个`.
pub fn parse_figure(text: &str) -> Result<Figure, String> {
    let mut s = text.trim();
    let mut qualifier = None;
    let (rest, q) = strip_qualifier(s, PREFIX_QUALIFIERS, true);
    s = rest;
    qualifier = qualifier.or(q);
    let (rest, q) = strip_qualifier(s, SUFFIX_QUALIFIERS, false);
    s = rest;
    qualifier = qualifier.or(q);
    // The number is the longest leading run of numeral characters (and 余/多 inside it: 90余个).
    let end = s
        .char_indices()
        .find(|(_, c)| !(is_number_char(*c) || c.is_whitespace()))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let (num, mut tail) = s.split_at(end);
    for (w, q) in SUFFIX_QUALIFIERS {
        if let Some(rest) = tail.strip_prefix(w) {
            tail = rest.trim_start();
            qualifier = qualifier.or(Some(*q));
            break;
        }
    }
    let (abs, scale) = eval_number(num).ok_or_else(|| format!("{text:?}: no number found"))?;
    let tail = tail.trim();
    let base = if tail.is_empty() {
        None
    } else {
        let b = super::unit::base_lookup(tail).map(|(c, _)| c);
        Some(b.ok_or_else(|| format!("{text:?}: unknown unit {tail:?} after the number"))?)
    };
    Ok(Figure {
        value: abs / scale.factor(),
        scale,
        base,
        qualifier: qualifier.unwrap_or(Qualifier::Exact),
    })
}

#[cfg(test)]
const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Writes 0..10⁴ with 千百十 (1020 → 一千零二十).
#[cfg(test)]
fn section(n: u64) -> String {
    let mut out = String::new();
    let mut gap = false;
    for (p, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = (n / p) % 10;
        if d == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        out.push(DIGITS[d as usize]);
        out.push_str(unit);
    }
    out
}

/// Writes a whole number in Chinese numerals (12,345,678 → 一千二百三十四万五千六百七十八;
/// 10⁸ → 一亿); the inverse of [`eval_number`] on whole numbers.
#[cfg(test)]
pub fn format_chinese(n: u64) -> String {
    if n == 0 {
        return "零".into();
    }
    let (yi, wan, rest) = (n / 100_000_000, (n / 10_000) % 10_000, n % 10_000);
    let mut out = String::new();
    if yi > 0 {
        out.push_str(&format_chinese(yi));
        out.push('亿');
    }
    if wan > 0 {
        if yi > 0 && wan < 1000 {
            out.push('零');
        }
        out.push_str(&section(wan));
        out.push('万');
    }
    if rest > 0 {
        if (yi > 0 || wan > 0) && rest < 1000 {
            out.push('零');
        }
        out.push_str(&section(rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(s: &str) -> (f64, u8, Option<&'static str>, Qualifier) {
        let f = parse_figure(s).unwrap();
        (f.value, f.scale.0, f.base, f.qualifier)
    }

    #[test]
    fn seed_figures() {
        assert_eq!(fig("350亿元"), (350.0, 8, Some("元"), Qualifier::Exact));
        assert_eq!(fig("千亿"), (1000.0, 8, None, Qualifier::Exact));
        assert_eq!(fig("五百亿"), (500.0, 8, None, Qualifier::Exact));
        assert_eq!(fig("20%以上"), (20.0, 0, Some("%"), Qualifier::AtLeast));
        assert_eq!(
            fig("突破600亿元"),
            (600.0, 8, Some("元"), Qualifier::AtLeast)
        );
        assert_eq!(fig("90余个"), (90.0, 0, Some("个"), Qualifier::About));
        assert_eq!(fig("超过 8 万亿"), (8.0, 12, None, Qualifier::AtLeast));
        assert_eq!(fig("16 万亿元"), (16.0, 12, Some("元"), Qualifier::Exact));
        assert_eq!(fig("12.60万元"), (12.6, 4, Some("元"), Qualifier::Exact));
        assert_eq!(fig("千家"), (1000.0, 0, Some("家"), Qualifier::Exact));
        assert_eq!(fig("1,200"), (1200.0, 0, None, Qualifier::Exact));
        assert_eq!(fig("近50亿元"), (50.0, 8, Some("元"), Qualifier::About));
        assert_eq!(fig("十余"), (10.0, 0, None, Qualifier::About));
        assert_eq!(fig("一千二百亿"), (1200.0, 8, None, Qualifier::Exact));
        assert_eq!(
            fig("25万平方米"),
            (25.0, 4, Some("平方米"), Qualifier::Exact)
        );
        let f = parse_figure("1.2万亿").unwrap();
        assert!((f.value - 1.2).abs() < 1e-12 && f.scale == Scale::WAN_YI);
        assert!((parse_figure("8万亿").unwrap().absolute() - 8e12).abs() < 1.0);
    }

    #[test]
    fn chinese_numerals_are_written_as_people_write_them() {
        assert_eq!(format_chinese(1020), "一千零二十");
        assert_eq!(format_chinese(100_050_000), "一亿零五万");
        assert_eq!(format_chinese(1_000_000_000_000), "一万亿");
        assert_eq!(format_chinese(350), "三百五十");
    }

    proptest::proptest! {
        #[test]
        fn chinese_numerals_round_trip(n in 0u64..(1u64 << 53)) {
            let s = format_chinese(n);
            let (v, _) = eval_number(&s).unwrap();
            proptest::prop_assert_eq!(v, n as f64, "{}", s);
        }

        #[test]
        fn arabic_with_separators_round_trips(n in 0u64..1_000_000_000_000, cents in 0u32..100) {
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            let s = format!("{grouped}.{cents:02}");
            let (v, _) = eval_number(&s).unwrap();
            let want: f64 = format!("{n}.{cents:02}").parse().unwrap();
            proptest::prop_assert_eq!(v, want, "{}", s);
        }
    }

    #[test]
    fn digits_written_one_by_one() {
        assert_eq!(fig("二八九一亿度").0, 2891.0);
        assert_eq!(fig("一七一倍").0, 171.0);
        assert_eq!(fig("十一.七%").0, 11.7);
        assert_eq!(fig("三.一三GW").0, 3.13);
        assert_eq!(fig("二四点零七%").0, 24.07);
        // Two digits alone are a rough count, read as before.
        assert_eq!(fig("七八个").0, 8.0);
    }

    #[test]
    fn zhao_is_ten_to_the_twelfth() {
        // Taiwan: 二兆六百六十七亿 is 20667亿, 兆 alone is 万亿.
        let (v, s) = eval_number("二兆六百六十七亿").unwrap();
        assert_eq!((v, s), (2.0667e12, Scale::YI));
        assert_eq!(eval_number("三兆").unwrap(), (3e12, Scale::WAN_YI));
        assert_eq!(eval_number("1兆2000亿").unwrap(), (1.2e12, Scale::YI));
    }

    #[test]
    fn non_figures() {
        for s in [
            "",
            "亿元",
            "万",
            "约",
            "12.3.4",
            "350光年",
            "5.",
            "十百千万",
            "百千亿",
        ] {
            assert!(parse_figure(s).is_err(), "{s}");
        }
    }
}
