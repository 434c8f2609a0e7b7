//! The batch engine's own reader for plain fact files: UTF-8 lines without quotes, comments,
//! carriage returns or blank lines, every line as wide as a header of known, distinct column
//! names. Such a file is split and parsed in one parallel pass straight into rows, with no
//! string column per cell; the text a report needs later (ids, regions, indicators) is split
//! again from the row's line on demand. Any other file, or any line that does not fit, is
//! left to polars' reader and [`super::eligible::parse`] (`None`), which see the same cells.

use super::eligible;
use super::lines::{layout, Layout, Lines, Span, MAX_WIDTH};
use super::rows::{Cells, Parsed, Row, RowCells};
use crate::load::structure::pieces;
use foldhash::fast::FixedState;
use rayon::prelude::*;

/// One piece of the body being parsed: its share of the file's rows and spans (one per
/// line, written in place), and the piece's own unit codes (canonical names by local code).
struct Piece<'r> {
    rows: &'r mut [Row],
    spans: &'r mut [Span],
    filled: usize,
    units: Vec<String>,
}

/// The number of lines in a piece of the body (the file's last line may lack its newline).
fn lines(part: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', part).count() + usize::from(part.last().is_some_and(|b| *b != b'\n'))
}

/// The high bit of each byte of `word` that equals `b` (no false hits: no carries cross bytes).
fn bytes_equal(word: u64, b: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = word ^ (u64::from(b) * 0x0101_0101_0101_0101);
    !(((x & LOW7) + LOW7) | x) & !LOW7
}

/// Whether any byte of `word` is below a space (a control byte, or a newline).
fn below_space(word: u64) -> bool {
    const LOW: u64 = 0x0101_0101_0101_0101;
    word.wrapping_sub(LOW * 0x20) & !word & (LOW * 0x80) != 0
}

/// Whether the text at `bytes[i..]` starts with what the loader refuses (see
/// [`crate::model::schema::text_problem`]): a control byte other than a newline, or one of
/// [`crate::model::schema::REFUSED_MARKS`] (all three start with the byte 0xEF).
fn bad_text(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' => false,
        b if b < 0x20 => true,
        0xEF => crate::model::schema::refused_mark_at(&bytes[i..]),
        _ => false,
    }
}

/// Parses the piece `from..to` of the body into `out`'s rows and spans; its unit names.
fn piece(
    body: &str,
    (from, to): (usize, usize),
    l: &Layout,
    hasher: &FixedState,
    mut out: Piece,
) -> Option<Vec<String>> {
    let part = &body[from..to];
    let bytes = part.as_bytes();
    // Quotes and comments are polars' reader's; text the loader would compose (two spellings
    // of one name are one series to it) is the reference engine's.
    if memchr::memchr3(b'"', b'#', b'\r', bytes).is_some()
        || crate::model::schema::may_change_under_nfc(bytes)
    {
        return None;
    }
    // A piece has few distinct unit cells: a short list beats hashing every row's.
    let mut codes: Vec<(&str, (u16, bool))> = Vec::new();
    // Cell k of a line is part[bound[k]..bound[k + 1] - 1].
    let mut row = |bound: &[usize; MAX_WIDTH + 1]| -> Option<()> {
        let cell = |k: usize| &part[bound[k]..bound[k + 1] - 1];
        let cells = RowCells {
            id: Some(cell(l.id)),
            kind: Some(cell(l.kind)),
            region: Some(cell(l.region)),
            indicator: Some(cell(l.indicator)),
            period: Some(cell(l.period)),
            value: Some(cell(l.value)),
            unit: Some(cell(l.unit)),
            qualifier: l.qualifier.map(cell),
        };
        let unit = |u: &str| match codes.iter().find(|(c, _)| *c == u) {
            Some(&(_, code)) => Some(code),
            None => {
                let (name, percent) = eligible::unit_name(u)?;
                let code = u16::try_from(out.units.len()).ok()?;
                out.units.push(name);
                codes.push((cell(l.unit), (code, percent)));
                Some((code, percent))
            }
        };
        // A row the batch engine does not take sends its series to the reference engine.
        let taken = !l.empty.iter().flatten().any(|&e| !cell(e).is_empty());
        let row = match taken.then(|| eligible::row(cells, hasher, unit)).flatten() {
            Some(row) => row,
            None => eligible::foreign(cells, hasher)?,
        };
        let within = |k: usize| -> Option<(u16, u16)> {
            let at = |x: usize| u16::try_from(x - bound[0]).ok();
            Some((at(bound[k])?, at(bound[k + 1] - 1)?))
        };
        *out.spans.get_mut(out.filled)? = Span {
            line: u32::try_from(from + bound[0]).ok()?,
            id: within(l.id)?,
            region: within(l.region)?,
            indicator: within(l.indicator)?,
        };
        *out.rows.get_mut(out.filled)? = row;
        out.filled += 1;
        Some(())
    };
    // One pass over the bytes finds both the cells and the lines, eight bytes at a time.
    let mut bound = [0usize; MAX_WIDTH + 1];
    let mut n = 0;
    let mut end = |i: usize, b: u8| -> Option<()> {
        n += 1;
        *bound.get_mut(n)? = i + 1;
        if b == b'\n' {
            if n != l.width {
                return None;
            }
            row(&bound)?;
            (n, bound[0]) = (0, i + 1);
        }
        Some(())
    };
    let words = bytes.chunks_exact(8);
    let tail = bytes.len() - words.remainder().len();
    for (w, word) in words.enumerate() {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        // Text the loader refuses (a control byte, a noncharacter, a BOM): polars' reader
        // and the reference engine take the file, and name it.
        if below_space(word)
            && bytes[w * 8..w * 8 + 8]
                .iter()
                .any(|b| *b < 0x20 && *b != b'\n')
        {
            return None;
        }
        let mut ef = bytes_equal(word, 0xEF);
        while ef != 0 {
            if bad_text(bytes, w * 8 + ef.trailing_zeros() as usize / 8) {
                return None;
            }
            ef &= ef - 1;
        }
        let mut hits = bytes_equal(word, b',') | bytes_equal(word, b'\n');
        while hits != 0 {
            let i = w * 8 + hits.trailing_zeros() as usize / 8;
            end(i, bytes[i])?;
            hits &= hits - 1;
        }
    }
    for (i, &b) in bytes.iter().enumerate().skip(tail) {
        if bad_text(bytes, i) {
            return None;
        }
        if b == b',' || b == b'\n' {
            end(i, b)?;
        }
    }
    if bound[0] < bytes.len() {
        // The file's last line, without a newline.
        n += 1;
        *bound.get_mut(n)? = bytes.len() + 1;
        if n != l.width {
            return None;
        }
        row(&bound)?;
    }
    (out.filled == out.rows.len()).then_some(out.units)
}

/// `v` cut into consecutive slices of these lengths.
fn cut<'v, T>(mut v: &'v mut [T], lengths: &[usize]) -> Vec<&'v mut [T]> {
    lengths
        .iter()
        .map(|&n| {
            let (a, b) = std::mem::take(&mut v).split_at_mut(n);
            v = b;
            a
        })
        .collect()
}

/// Parses and checks a plain file's bytes; `None` when the file is not plain or any row
/// needs the reference engine.
pub fn parse(bytes: &[u8]) -> Option<Parsed<'_>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let nl = memchr::memchr(b'\n', bytes)?;
    let layout = layout(&bytes[..nl])?;
    let body = simdutf8::basic::from_utf8(&bytes[nl + 1..]).ok()?;
    let hasher = eligible::hasher();
    let cuts = pieces(body.as_bytes());
    let windows = || cuts.par_windows(2).map(|w| (w[0], w[1]));
    // Every line is a row, so the rows can be parsed in place, each piece into its own slice
    // of one vector (no per-piece vectors to copy together).
    let counts: Vec<usize> = windows()
        .map(|(a, b)| lines(&body.as_bytes()[a..b]))
        .collect();
    let n: usize = counts.iter().sum();
    if n == 0 {
        return None;
    }
    let (mut rows, mut spans) = (Vec::with_capacity(n), Vec::with_capacity(n));
    rows.par_extend(rayon::iter::repeat_n(Row::default(), n));
    spans.par_extend(rayon::iter::repeat_n(Span::default(), n));
    let parts = cut(&mut rows, &counts)
        .into_iter()
        .zip(cut(&mut spans, &counts))
        .map(|(rows, spans)| Piece {
            rows,
            spans,
            filled: 0,
            units: Vec::new(),
        })
        .collect::<Vec<_>>();
    let units = windows()
        .zip(parts)
        .map(|(w, out)| piece(body, w, &layout, &hasher, out))
        .collect::<Option<Vec<Vec<String>>>>()?;
    // One table of canonical unit names, in order of first appearance in the file; a piece
    // whose local codes differ from it is renumbered.
    let mut unit_names: Vec<String> = Vec::new();
    let mut from = 0;
    for (names, count) in units.iter().zip(&counts) {
        let remap = names
            .iter()
            .map(|name| eligible::intern(&mut unit_names, name))
            .collect::<Option<Vec<u16>>>()?;
        if remap.iter().enumerate().any(|(i, c)| usize::from(*c) != i) {
            rows[from..from + count]
                .par_iter_mut()
                .for_each(|r| r.unit = remap[usize::from(r.unit)]);
        }
        from += count;
    }
    Some(Parsed {
        rows,
        unit_names,
        cells: Cells::Plain(Lines {
            header: &bytes[..=nl],
            body,
            spans,
            layout,
        }),
    })
}

#[cfg(test)]
mod tests;
