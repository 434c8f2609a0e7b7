//! Traditional characters read as simplified ones (億 → 亿, 增長 → 增长, 產值 → 产值), one
//! character for one, so every offset into the converted text is an offset into the original.
//!
//! The table is OpenCC's character table (`assets/opencc/t2s.txt`, Apache-2.0). A text is
//! converted only when it is written in traditional script (more characters that exist only in
//! traditional script than characters that exist only in simplified script): a simplified text
//! keeps 显著 and 于 as they are.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

static TABLE: &str = include_str!("../../assets/opencc/t2s.txt");

struct Script {
    to_simplified: HashMap<char, char>,
    simplified_only: HashSet<char>,
}

fn script() -> &'static Script {
    static S: OnceLock<Script> = OnceLock::new();
    S.get_or_init(|| {
        let to_simplified: HashMap<char, char> = TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut c = l.chars();
                Some((c.next()?, c.next()?))
            })
            .collect();
        let simplified_only = to_simplified
            .values()
            .filter(|v| !to_simplified.contains_key(v))
            .copied()
            .collect();
        Script {
            to_simplified,
            simplified_only,
        }
    })
}

/// Whether the text is written in traditional script.
pub(crate) fn is_traditional(t: &[char]) -> bool {
    let s = script();
    let traditional = t.iter().filter(|c| s.to_simplified.contains_key(c)).count();
    let simplified = t.iter().filter(|c| s.simplified_only.contains(c)).count();
    traditional > simplified
}

/// The text in simplified characters when it is written in traditional script (`traditional`,
/// from [`is_traditional`]), else as it is; always the same length.
pub(crate) fn simplified(t: &[char], traditional: bool) -> Vec<char> {
    let mut out: Vec<char> = if traditional {
        let s = script();
        let mut out: Vec<char> = t
            .iter()
            .map(|c| s.to_simplified.get(c).copied().unwrap_or_else(|| width(*c)))
            .collect();
        // Taiwan writes 计划 and 规划 as 計畫 and 規畫: 画 after them is 划.
        // And 顯著 is 显著 (remarkable), not 显着.
        for i in 1..out.len() {
            if out[i] == '画' && matches!(out[i - 1], '计' | '规') {
                out[i] = '划';
            }
            if out[i] == '着' && out[i - 1] == '显' {
                out[i] = '著';
            }
        }
        out
    } else {
        // Scales and numerals read the same in any text (a quoted 1.2萬億元).
        t.iter()
            .map(|c| match c {
                '萬' => '万',
                '億' => '亿',
                '兩' => '两',
                c => width(*c),
            })
            .collect()
    };
    punctuation(t, &mut out);
    out
}

/// ASCII punctuation written in Chinese text as the full-width marks it stands for
/// (`生猪存栏75.33万头,其中…;牛存栏…` reads as `，` and `；`), so that clauses and sentences
/// end where they do in any text. A comma or colon between two digits stays (a thousands comma,
/// a ratio), and so does a point after a letter or digit or before a digit or numeral, or one
/// written full width (十一．七). A `?` or `!` may stand for a character the page could not show
/// (和?水灌区) and stays.
fn punctuation(written: &[char], t: &mut [char]) {
    use super::numbers::{cn_digit, cn_small};
    let digit = |k: Option<&char>| k.is_some_and(char::is_ascii_digit);
    let chinese = |c: Option<char>| c.is_some_and(|c| cn_digit(c) || cn_small(c));
    let numeral = |c: Option<char>| chinese(c) || c.is_some_and(|c| c.is_ascii_digit());
    for i in 0..t.len() {
        let before = i.checked_sub(1).and_then(|k| t.get(k)).copied();
        let after = t.get(i + 1).copied();
        let between_digits = digit(before.as_ref()) && digit(after.as_ref());
        t[i] = match t[i] {
            // 四百七十六‧六億元, 五百O七億元 (Macau), 比重為１﹒１５％ (a small full stop): a dot
            // between numerals is their point, and a letter O between Chinese ones their 〇.
            '‧' | '·' | '・' | '﹒' if numeral(before) && numeral(after) => '.',
            'O' | 'o' if chinese(before) && chinese(after) => '〇',
            ',' if !between_digits => '，',
            // (Not in a URL, http://, nor ending an entity, &nbsp;.)
            ':' if !between_digits && !before.is_some_and(|c| c.is_ascii_alphabetic()) => '：',
            ';' if !before.is_some_and(|c| c.is_ascii_alphanumeric()) => '；',
            '(' => '（',
            ')' => '）',
            '.' if written[i] == '.'
                && !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| {
                    c.is_ascii_digit() || crate::model::numeral::digit(c).is_some()
                })
                && before.is_some_and(|c| c > '\u{2E7F}' || c == '%') =>
            {
                '。'
            }
            c => c,
        };
    }
}

/// Full-width digits, point and hyphen (２０２４, 十一．七, ２０２１－２０２３年) as the ASCII ones, the
/// small percent sign (27.72﹪) as the full-width one, and the formal thousand (14,990.6仟元) as
/// 千, in any script.
fn width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' => '.',
        '－' => '-',
        '﹪' => '％',
        '仟' => '千',
        c => c,
    }
}

/// One string in simplified characters, character by character, whatever its script (for
/// short fields such as a unit written 萬噸).
pub fn to_simplified(s: &str) -> String {
    let m = &script().to_simplified;
    s.chars().map(|c| m.get(&c).copied().unwrap_or(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn traditional_text_reads_as_simplified_with_the_same_offsets() {
        let t =
            chars("全國規模以上工業增加值同比增長6.9%，產值達1.2萬億元，較上月回落2.1個百分點。");
        let s = simplified(&t, is_traditional(&t));
        assert_eq!(s.len(), t.len());
        assert_eq!(
            s.iter().collect::<String>(),
            "全国规模以上工业增加值同比增长6.9%，产值达1.2万亿元，较上月回落2.1个百分点。"
        );
        // Taiwan's 計畫 and 規畫 are 计划 and 规划; a 畫 of its own stays 画.
        let t = chars("今年觀光人數的計畫是120萬人次，縣府規畫的畫展。");
        let s: String = simplified(&t, is_traditional(&t)).into_iter().collect();
        assert_eq!(s, "今年观光人数的计划是120万人次，县府规划的画展。");
    }

    #[test]
    fn simplified_text_is_left_alone() {
        // 著 and 於 are traditional characters, but a simplified text keeps them.
        let t = chars("成效显著，位于全省前列，产值增长12.5%。");
        assert!(!is_traditional(&t));
        assert_eq!(simplified(&t, false), t);
    }

    #[test]
    fn short_fields() {
        assert_eq!(to_simplified("萬噸"), "万吨");
        assert_eq!(to_simplified("億元"), "亿元");
        assert_eq!(to_simplified("臺灣"), "台湾");
    }
}
