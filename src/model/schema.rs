//! The fact file's schema: its columns and the limits on its values. The loader checks files
//! against it; the batch engine's reader and `extract`'s writer use it too.

/// Columns every fact file must have.
pub const REQUIRED: &[&str] = &[
    "id",
    "kind",
    "region",
    "indicator",
    "period",
    "value",
    "unit",
];
/// Columns a fact file may have.
pub const OPTIONAL: &[&str] = &[
    "source",
    "form",
    "qualifier",
    "direction",
    "base_period",
    "announced",
    "as_written",
    "quote",
    "note",
];
/// Every column of a fact file ([`REQUIRED`] and [`OPTIONAL`]), in the order `data/facts.csv`
/// uses; writers of fact files use it.
pub const COLUMNS: [&str; 16] = [
    "id",
    "source",
    "kind",
    "form",
    "region",
    "indicator",
    "period",
    "value",
    "unit",
    "qualifier",
    "direction",
    "base_period",
    "announced",
    "as_written",
    "quote",
    "note",
];

/// Columns whose any value changes a row's arithmetic beyond a plain level figure (the batch
/// engine leaves such rows to the reference engine).
pub const EMPTY_COLUMNS: [&str; 4] = ["form", "direction", "base_period", "announced"];

/// Largest magnitude accepted for a value in its unit.
pub const MAX_VALUE: f64 = 1e15;

/// Free-text columns: they may hold line breaks and tabs (a quote across lines).
pub const FREE_TEXT: [&str; 4] = ["source", "as_written", "quote", "note"];

/// Characters refused anywhere in a cell: the noncharacters U+FFFE and U+FFFF, and a
/// byte-order mark past the file's start. The batch engine's byte scans look for their UTF-8
/// forms ([`refused_mark_at`]).
pub const REFUSED_MARKS: [char; 3] = ['\u{fffe}', '\u{ffff}', '\u{feff}'];

/// Whether `bytes` start with the UTF-8 form of one of [`REFUSED_MARKS`].
pub fn refused_mark_at(bytes: &[u8]) -> bool {
    REFUSED_MARKS.iter().any(|c| {
        let mut buf = [0u8; 4];
        bytes.starts_with(c.encode_utf8(&mut buf).as_bytes())
    })
}

/// Why a cell's text is refused, if it is: a control character (a NUL byte reached stdout;
/// an ESC recolours terminals), a noncharacter (U+FFFE, U+FFFF make SVG that is not XML) or a
/// byte-order mark past the file's start (it became part of an id);
/// free-text columns may hold line breaks and tabs.
pub fn text_problem(column: &str, text: &str) -> Option<String> {
    let bad = text.chars().find(|&c| refused(column, c))?;
    if bad == '\u{feff}' {
        return Some("holds a byte-order mark (U+FEFF): were two files joined? Remove it".into());
    }
    Some(format!(
        "holds the character {}, which no output can show; remove it",
        bad.escape_unicode()
    ))
}

/// Whether `column` refuses the character `c` (see [`text_problem`]).
fn refused(column: &str, c: char) -> bool {
    let allowed = FREE_TEXT.contains(&column) && matches!(c, '\n' | '\r' | '\t');
    (c.is_control() && !allowed) || REFUSED_MARKS.contains(&c)
}

/// `text` without the characters `column` refuses, each made a space (for files reach writes
/// from text it read, such as `extract`'s fact file, which must load).
pub fn without_refused<'a>(column: &str, text: &'a str) -> std::borrow::Cow<'a, str> {
    if text.chars().any(|c| refused(column, c)) {
        text.chars()
            .map(|c| if refused(column, c) { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Text in Unicode's composed form (NFC): one spelling of a region, indicator, id or unit
/// whether it was typed composed (`ü`, U+00FC) or decomposed (`u` + U+0308), so the two make
/// one series. Text already composed is returned as it is.
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{is_nfc, UnicodeNormalization};
    if is_nfc(text) {
        text.into()
    } else {
        text.nfc().collect::<String>().into()
    }
}

/// Whether `bytes` may hold text that [`nfc`] would change; `false` only when every character
/// is composed and cannot combine with a neighbour. ASCII, Latin-1 (lead bytes C2, C3) and
/// CJK ideographs U+4000–U+9FFF (lead bytes E4–E9) are passed by their first byte; other
/// characters are looked up. A cut inside a character (a piece of a file) is safe: continuation
/// bytes at the start are skipped and a character cut at the end is left to the next piece;
/// bytes that are not UTF-8 are a suspect.
pub fn may_change_under_nfc(bytes: &[u8]) -> bool {
    use unicode_normalization::{char::canonical_combining_class, is_nfc_quick, IsNormalized};
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time.
        if let Some(word) = bytes.get(i..i + 8) {
            if u64::from_le_bytes(word.try_into().unwrap_or([0x80; 8])) & 0x8080_8080_8080_8080 == 0
            {
                i += 8;
                continue;
            }
        }
        let len = match bytes[i] {
            0x00..=0xC3 => {
                i += 1;
                continue;
            }
            0xE4..=0xE9 => {
                i += 3;
                continue;
            }
            0xC4..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        let Some(b) = bytes.get(i..i + len) else {
            break;
        };
        let Some(c) = std::str::from_utf8(b).ok().and_then(|s| s.chars().next()) else {
            return true;
        };
        if canonical_combining_class(c) != 0
            || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes
        {
            return true;
        }
        i += len;
    }
    false
}

/// Largest yearly rate a flag takes (100 = 10,000 %/yr): beyond it compounding overflows.
pub const MAX_RATE: f64 = 100.0;

/// Smallest magnitude accepted for a value other than 0 (smaller ones overflow the
/// arithmetic: 1e-300 growing to 1e9 needs a rate past f64's range).
pub const MIN_VALUE: f64 = 1e-9;

/// Whether a value's magnitude is within the limits: 0, or [`MIN_VALUE`] to [`MAX_VALUE`].
pub fn within_limits(value: f64) -> bool {
    value == 0.0 || (MIN_VALUE..=MAX_VALUE).contains(&value.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_joins_spellings_and_the_prescan_finds_every_one_that_differs() {
        assert_eq!(nfc("Zu\u{308}rich"), "Zürich");
        assert_eq!(nfc("\u{f901}"), "\u{66f4}"); // a CJK compatibility ideograph
        assert_eq!(nfc("温江区、成都，“医学城”"), "温江区、成都，“医学城”");
        for composed in [
            "温江区、成都，“医学城”",
            "Zürich 2021,350亿元",
            "ＡＢＣ（１）",
            "かが",
        ] {
            assert!(!may_change_under_nfc(composed.as_bytes()), "{composed}");
        }
        for text in [
            "Zu\u{308}rich",
            "\u{f901}",
            "か\u{3099}",
            "\u{2000}",
            "\u{212b}",
        ] {
            assert!(may_change_under_nfc(text.as_bytes()), "{text:?}");
        }
        // Any text the prescan passes is unchanged by NFC (a sample over many scripts).
        for start in (0x80u32..0x3_0000).step_by(7) {
            let text: String = (start..start + 7).filter_map(char::from_u32).collect();
            if !may_change_under_nfc(text.as_bytes()) {
                assert_eq!(nfc(&text), text, "{start:#x}");
            }
        }
    }

    #[test]
    fn the_written_column_order_names_every_column_once() {
        let mut all: Vec<&str> = REQUIRED.iter().chain(OPTIONAL).copied().collect();
        let mut order = COLUMNS.to_vec();
        all.sort_unstable();
        order.sort_unstable();
        assert_eq!(all, order);
    }

    #[test]
    fn the_refused_marks_start_with_the_byte_the_plain_reader_checks() {
        for c in REFUSED_MARKS {
            assert_eq!(c.to_string().as_bytes()[0], 0xEF, "{c:?}");
            assert!(refused_mark_at(c.to_string().as_bytes()));
            assert!(text_problem("id", &format!("a{c}")).is_some());
        }
        assert!(!refused_mark_at("，".as_bytes()));
    }
}
