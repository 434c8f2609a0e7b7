//! A plain fact file's rows as lines of its body: where each column sits, where each row's
//! line starts, and its cells split again on demand.

use crate::model::schema::{EMPTY_COLUMNS, OPTIONAL, REQUIRED};

/// Most columns a fact file can have.
pub(super) const MAX_WIDTH: usize = REQUIRED.len() + OPTIONAL.len();

/// Where each column sits in a plain file's lines.
#[derive(Clone, Copy)]
pub(super) struct Layout {
    pub(super) width: usize,
    pub(super) id: usize,
    pub(super) kind: usize,
    pub(super) region: usize,
    pub(super) indicator: usize,
    pub(super) period: usize,
    pub(super) value: usize,
    pub(super) unit: usize,
    pub(super) qualifier: Option<usize>,
    pub(super) as_written: Option<usize>,
    pub(super) source: Option<usize>,
    pub(super) empty: [Option<usize>; EMPTY_COLUMNS.len()],
}

pub(super) fn layout(header: &[u8]) -> Option<Layout> {
    if memchr::memchr3(b'"', b'#', b'\r', header).is_some() {
        return None;
    }
    let names: Vec<&str> = std::str::from_utf8(header).ok()?.split(',').collect();
    let known = |n: &&str| REQUIRED.contains(n) || OPTIONAL.contains(n);
    let distinct = names
        .iter()
        .enumerate()
        .all(|(i, n)| !names[..i].contains(n));
    if names.len() > MAX_WIDTH || !distinct || !names.iter().all(known) {
        return None;
    }
    let at = |name: &str| names.iter().position(|n| *n == name);
    Some(Layout {
        width: names.len(),
        id: at("id")?,
        kind: at("kind")?,
        region: at("region")?,
        indicator: at("indicator")?,
        period: at("period")?,
        value: at("value")?,
        unit: at("unit")?,
        qualifier: at("qualifier"),
        as_written: at("as_written"),
        source: at("source"),
        empty: EMPTY_COLUMNS.map(at),
    })
}

/// The cells of one line, `None` unless it has exactly `width` of them.
pub(super) fn split(line: &str, width: usize) -> Option<[&str; MAX_WIDTH]> {
    let mut cells = [""; MAX_WIDTH];
    let (mut n, mut from) = (0, 0);
    for i in memchr::memchr_iter(b',', line.as_bytes()) {
        *cells.get_mut(n)? = &line[from..i];
        (n, from) = (n + 1, i + 1);
    }
    *cells.get_mut(n)? = &line[from..];
    (n + 1 == width).then_some(cells)
}

/// Where a row's line starts in the body, and its id, region and indicator within the line
/// (start, end), so that grouping and sorting read them without splitting the line again.
#[derive(Clone, Copy, Default)]
pub(super) struct Span {
    pub(super) line: u32,
    pub(super) id: (u16, u16),
    pub(super) region: (u16, u16),
    pub(super) indicator: (u16, u16),
}

/// A plain file's rows as lines of its body.
pub struct Lines<'a> {
    pub(super) header: &'a [u8],
    pub(super) body: &'a str,
    pub(super) spans: Vec<Span>,
    pub(super) layout: Layout,
}

impl<'a> Lines<'a> {
    fn cell(&self, s: Span, (from, to): (u16, u16)) -> &'a str {
        let line = s.line as usize;
        &self.body[line + usize::from(from)..line + usize::from(to)]
    }
    /// The file with only the header and the lines of `rows` (ascending) left as they are:
    /// every other line becomes an empty comment, so the lines keep their numbers and the
    /// loader's errors name the right one.
    pub fn masked(&self, rows: &[u32]) -> Vec<u8> {
        let body = self.body.as_bytes();
        let mut out = Vec::with_capacity(self.header.len() + 2 * self.spans.len());
        out.extend_from_slice(self.header);
        let mut next = 0usize;
        for &r in rows {
            let r = r as usize;
            out.extend(std::iter::repeat_n(*b"#\n", r - next).flatten());
            let start = self.spans[r].line as usize;
            let end = memchr::memchr(b'\n', &body[start..]).map_or(body.len(), |e| start + e);
            out.extend_from_slice(&body[start..end]);
            out.push(b'\n');
            next = r + 1;
        }
        out
    }

    /// Region and indicator of row `i`.
    pub fn key(&self, i: usize) -> (&'a str, &'a str) {
        let s = self.spans[i];
        (self.cell(s, s.region), self.cell(s, s.indicator))
    }
    /// Id of row `i`.
    pub fn id(&self, i: usize) -> &'a str {
        let s = self.spans[i];
        self.cell(s, s.id)
    }
    /// Cell `col` of row `i` (the line split again).
    fn other(&self, i: usize, col: Option<usize>) -> &'a str {
        let Some(col) = col else { return "" };
        let rest = &self.body[self.spans[i].line as usize..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        split(line, self.layout.width).map_or("", |c| c[col])
    }
    /// `as_written` of row `i` ("" when the file has no such column).
    pub fn as_written(&self, i: usize) -> &'a str {
        self.other(i, self.layout.as_written)
    }
    /// `source` of row `i` ("" when the file has no such column).
    pub fn source(&self, i: usize) -> &'a str {
        self.other(i, self.layout.source)
    }
}
