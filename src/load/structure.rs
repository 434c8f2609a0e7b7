//! A fact file's bytes before polars reads them: encoding, CSV structure and the line each
//! record starts on. Plain files take a parallel fast path; everything else is read byte by
//! byte, which is where the structural errors come from.

use crate::error::{Error, Result};
use std::borrow::Cow;

/// Checks encoding and CSV structure. Returns the records without a BOM, blank lines or
/// `#` comment lines, and the 1-based line on which each record starts (header first).
pub(crate) fn structure<'a>(file: &str, bytes: &'a [u8]) -> Result<(Cow<'a, [u8]>, Vec<usize>)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(records) = plain(bytes) {
        let text = match bytes.last() {
            Some(b'\n') => Cow::Borrowed(bytes),
            _ => Cow::Owned([bytes, b"\n"].concat()),
        };
        return Ok((text, (1..=records).collect()));
    }
    structure_by_bytes(file, bytes)
}

/// [`structure`] byte by byte: comments, quotes, blank lines, CRLF and every error.
fn structure_by_bytes<'a>(file: &str, bytes: &'a [u8]) -> Result<(Cow<'a, [u8]>, Vec<usize>)> {
    if let Err(e) = std::str::from_utf8(bytes) {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(Error::input(
            file,
            format!("line {line}: bytes are not UTF-8 (byte offset {at}); save the file as UTF-8"),
        ));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::input(
            file,
            "empty file: expected a header row and at least one fact",
        ));
    }
    let mut starts: Vec<usize> = Vec::new();
    let mut clean: Vec<u8> = Vec::with_capacity(bytes.len() + 1);
    let mut expected: Option<usize> = None;
    let (mut line, mut start_line, mut fields, mut in_quotes, mut content) =
        (1usize, 1usize, 1usize, false, false);
    let (mut record_start, mut comment) = (0usize, false);
    // At the start of a field (where an opening quote may stand).
    let mut field_start = true;
    // Where the last quoted stretch closed ("" inside a quoted field closes and reopens).
    let mut closed_at = usize::MAX - 1;
    for (i, &b) in bytes.iter().chain(std::iter::once(&b'\n')).enumerate() {
        match b {
            b'#' if !content && !in_quotes => {
                comment = true;
                content = true;
            }
            b'"' => {
                if !comment
                    && in_quotes
                    && !matches!(bytes.get(i + 1), None | Some(b',' | b'\n' | b'\r' | b'"'))
                {
                    return Err(Error::input(
                        file,
                        format!("line {line}: a quoted field goes on after its closing quote; quote the whole field and double any quote inside it (\"\"\")"),
                    ));
                }
                if !comment && !in_quotes && !field_start && closed_at + 1 != i {
                    return Err(Error::input(
                        file,
                        format!("line {line}: a quote inside an unquoted field; quote the whole field and double the quote inside it (\"\"\")"),
                    ));
                }
                if in_quotes {
                    closed_at = i;
                }
                in_quotes = !in_quotes;
                content = true;
            }
            b',' if !in_quotes => {
                fields += 1;
                content = true;
                field_start = true;
                continue;
            }
            b'\n' if !in_quotes => {
                if content && !comment {
                    match expected {
                        None => expected = Some(fields),
                        Some(n) if n != fields => {
                            return Err(Error::input(
                                file,
                                format!("line {start_line}: {fields} fields where the header has {n} (a ragged row)"),
                            ))
                        }
                        _ => {}
                    }
                    starts.push(start_line);
                    clean.extend_from_slice(&bytes[record_start..i.min(bytes.len())]);
                    clean.push(b'\n');
                }
                line += 1;
                start_line = line;
                record_start = i + 1;
                (fields, content, comment) = (1, false, false);
            }
            b'\n' => line += 1,
            b'\r' | b' ' | b'\t' if !content => {}
            _ => content = true,
        }
        field_start = (b == b'\n' && !in_quotes) || (field_start && matches!(b, b' ' | b'\t'));
    }
    if in_quotes {
        return Err(Error::input(
            file,
            format!("line {start_line}: a quoted field is never closed"),
        ));
    }
    if starts.is_empty() {
        return Err(Error::input(
            file,
            "empty file: expected a header row and at least one fact",
        ));
    }
    Ok((Cow::Owned(clean), starts))
}

/// Offsets that cut `bytes` into about 64 pieces of whole lines (each cut just after a
/// newline), for parallel passes; the first is 0 and the last `bytes.len()`.
pub(crate) fn pieces(bytes: &[u8]) -> Vec<usize> {
    let piece = (bytes.len() / 64).max(1 << 16);
    let mut cuts = vec![0];
    while let Some(&last) = cuts.last() {
        if last >= bytes.len() {
            break;
        }
        let at = (last + piece).min(bytes.len());
        let next = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1);
        cuts.push(next);
    }
    cuts
}

/// The number of lines of a plain file — UTF-8 without quotes, comments, carriage returns or
/// blank lines, every line with the header's (non-zero) number of commas — which
/// [`structure`] would pass through unchanged; `None` for anything else, which [`structure`]
/// then reads byte by byte. Checked in parallel pieces that start after a newline.
fn plain(bytes: &[u8]) -> Option<usize> {
    use rayon::prelude::*;
    let header = &bytes[..memchr::memchr(b'\n', bytes).unwrap_or(bytes.len())];
    let commas = |line: &[u8]| line.iter().filter(|b| **b == b',').count();
    let want = commas(header);
    if want == 0 {
        return None;
    }
    let cuts = pieces(bytes);
    cuts.par_windows(2)
        .map(|w| {
            let part = &bytes[w[0]..w[1]];
            let clean = std::str::from_utf8(part).is_ok()
                && memchr::memchr3(b'"', b'#', b'\r', part).is_none()
                && part
                    .strip_suffix(b"\n")
                    .unwrap_or(part)
                    .split(|b| *b == b'\n')
                    .all(|line| commas(line) == want);
            clean.then(|| memchr::memchr_iter(b'\n', part).count())
        })
        .sum::<Option<usize>>()
        .map(|n| n + usize::from(bytes.last() != Some(&b'\n')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]
        /// The fast path takes only files the byte-by-byte path passes unchanged.
        #[test]
        fn plain_files_read_as_the_byte_by_byte_path_reads_them(
            lines in prop::collection::vec(prop::collection::vec(prop::sample::select(vec!["a", ",", ",", " ", "区", "1", "\"", "#", "\r"]), 0..5), 1..5),
            last in any::<bool>(),
        ) {
            let mut text = lines.iter().map(|l| l.concat()).collect::<Vec<_>>().join("\n");
            if last {
                text.push('\n');
            }
            let bytes = text.into_bytes();
            let fast = plain(&bytes).map(|n| (n, structure("f", &bytes).unwrap()));
            if let Some((n, (text, starts))) = fast {
                let (slow_text, slow_starts) = structure_by_bytes("f", &bytes).unwrap();
                prop_assert_eq!(&*text, &*slow_text);
                prop_assert_eq!(starts.len(), n);
                prop_assert_eq!(starts, slow_starts);
            }
        }
    }
}

#[cfg(test)]
mod quotes {
    #[test]
    fn doubled_quotes_inside_a_quoted_field_are_one_quote() {
        let csv = "id,kind,region,indicator,period,value,unit\na1,actual,\"温江\"\"区\",营收,2021,350,亿元\n";
        let facts = crate::load::csv::read_facts("q.csv", csv.as_bytes()).unwrap();
        assert_eq!(facts[0].region, "温江\"区");
        for bad in ["\"温江区\"x", "温\"江区"] {
            let csv = format!(
                "id,kind,region,indicator,period,value,unit\na1,actual,{bad},营收,2021,350,亿元\n"
            );
            let e = crate::load::csv::read_facts("q.csv", csv.as_bytes()).unwrap_err();
            assert!(e.to_string().starts_with("q.csv: line 2: a quote"), "{e}");
        }
    }
}
