//! A figure's sentence, clause and quote: where they start and end. Every look-around is
//! bounded, so extraction stays linear in the length of the text.

use super::scan::Hit;

/// How far a sentence or a phrase is followed in either direction.
pub(super) const REACH: usize = 300;

fn sentence_break(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n' | '<' | '>')
}

/// Whether `c` ends a clause (a comma, a semicolon, a colon or a sentence's end).
pub(crate) fn clause_break(c: char) -> bool {
    sentence_break(c) || matches!(c, '，' | ',' | '；' | ';' | '：' | ':')
}

/// The sentence around `[a, b)`: `[start, end)` without its closing mark.
pub fn sentence(t: &[char], a: usize, b: usize) -> (usize, usize) {
    let lo = a.saturating_sub(REACH);
    let start = (lo..a)
        .rev()
        .find(|&i| sentence_break(t[i]))
        .map_or(lo, |i| i + 1);
    let hi = (b + REACH).min(t.len());
    let end = (b..hi).find(|&i| sentence_break(t[i])).unwrap_or(hi);
    (start, end)
}

pub(super) fn clause(t: &[char], a: usize, b: usize, s: (usize, usize)) -> (usize, usize) {
    let start = (s.0..a)
        .rev()
        .find(|&i| clause_break(t[i]))
        .map_or(s.0, |i| i + 1);
    let end = (b..s.1).find(|&i| clause_break(t[i])).unwrap_or(s.1);
    (start, end)
}

fn trim(t: &[char], (mut a, mut b): (usize, usize)) -> (usize, usize) {
    let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
    while a < b && blank(t[a]) {
        a += 1;
    }
    while b > a && blank(t[b - 1]) {
        b -= 1;
    }
    (a, b)
}

/// The quote for a figure: its sentence when short, else its clause (with the one before it
/// when the clause alone is a fragment). Always contains the figure.
pub fn quote(t: &[char], h: &Hit, sent: (usize, usize)) -> (usize, usize) {
    let s = trim(t, sent);
    if s.1 - s.0 <= 120 {
        return s;
    }
    let mut c = clause(t, h.start, h.end, sent);
    if c.1 - c.0 < 12 && c.0 > sent.0 {
        c.0 = clause(t, c.0 - 1, c.0 - 1, sent).0;
    }
    trim(t, c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::figures;

    #[test]
    fn quotes_are_bounded_by_sentences() {
        let t: Vec<char> = "前文。2021年实现营收350亿元，连年增长。后文"
            .chars()
            .collect();
        let h = &figures(&t)[0];
        let s = sentence(&t, h.start, h.end);
        let q = quote(&t, h, s);
        let quoted: String = t[q.0..q.1].iter().collect();
        assert_eq!(quoted, "2021年实现营收350亿元，连年增长");
    }
}
