//! Tables whose rows name their unit (农业增加值(亿元) 81.53 163, under a heading line 类别 指标
//! 2010年实绩 2015年目标; or written out, 农业增加值(亿元)实绩81.53、目标163；粮食总产(万吨)…):
//! a bare number after a row's name takes the unit in the name's brackets. Its column is the
//! words just before it in the row (实绩, 目标), else the heading above, matched from the right
//! (a row's numbers fill the last columns). Words with no time of their own take the time
//! written with them earlier in the text (每项先列2010年实绩: 实绩 is of 2010).

use super::{lines, number, unit_in, Cell, Column};
use crate::extract::scan::{is_ideograph, Hit};

/// The most characters of words a row's column may have (实绩, 2015年目标值): more is prose.
const COLUMN_WORDS: usize = 6;

/// How far back a column's words are looked for written with a time (每项先列2010年实绩): a
/// table of thirty rows.
const NAMED_BEFORE: usize = 2000;

/// The cells of rows naming their unit in brackets, in text order.
pub(crate) fn cells(t: &[char]) -> Vec<Cell> {
    let mut out = Vec::new();
    // The line a table's rows stand under: going down, the last line that is neither a row
    // nor a section line (二、农产品供给). Carried forward, so a long table is read in one pass.
    let mut above: Option<(usize, usize)> = None;
    for (a, b) in lines(t) {
        let rows = rows(t, a, b);
        if rows.is_empty() {
            let section = spaced(t, a, b).len() == 1 && !(a..b).any(|i| t[i].is_ascii_digit());
            if !section {
                above = Some((a, b));
            }
            continue;
        }
        for row in rows {
            let heading = if row.numbers.iter().any(|x| x.words.0 < x.words.1) {
                None
            } else {
                above.and_then(|(a, b)| heading(t, a, b, row.numbers.len()))
            };
            for (j, x) in row.numbers.iter().enumerate() {
                let column = match &heading {
                    Some(h) => h[j].clone(),
                    None => column_of(t, x.words, row.start),
                };
                let left = match &heading {
                    Some(h) => h[..j].to_vec(),
                    None => Vec::new(),
                };
                out.push(Cell {
                    hit: Hit {
                        start: x.start,
                        end: x.end,
                        num_start: x.start,
                        num_end: x.end,
                        value: x.value,
                        high: None,
                        ..row.unit.clone()
                    },
                    label: row.label.clone(),
                    column,
                    left,
                });
            }
        }
    }
    out
}

/// A row: its name, the unit in its brackets, and its bare numbers.
struct Row {
    start: usize,
    label: String,
    unit: Hit,
    numbers: Vec<Number>,
}

/// A bare number of a row and the words written just before it (`words` may be empty).
struct Number {
    start: usize,
    end: usize,
    value: f64,
    words: (usize, usize),
}

/// Whether `c` ends a row's name going back, or parts a row.
fn parts(c: char) -> bool {
    c.is_whitespace() || "：:；;。，,、".contains(c)
}

/// The rows of the line `a..b`: each a name ending in a bracketed unit, then only bare numbers,
/// short words and separators up to the next row's name, a `；` or `。`, or the line's end.
fn rows(t: &[char], a: usize, b: usize) -> Vec<Row> {
    // Each name(unit): (name start, name end, bracket end, unit).
    let mut names = Vec::new();
    for close in a..b {
        if !matches!(t[close], ')' | '）') {
            continue;
        }
        let (Some(unit), open) = unit_in(t, a, close + 1) else {
            continue;
        };
        // (Back to a part's mark or the bracket closing the row before: 产值(亿元)增加值(万元).)
        let start = (a..open)
            .rev()
            .take_while(|&i| !parts(t[i]) && !matches!(t[i], ')' | '）' | '(' | '（'))
            .count();
        let start = open - start;
        if (start..open).any(|i| is_ideograph(t[i])) {
            names.push((start, open, close + 1, unit));
        }
    }
    let mut out = Vec::new();
    for (k, (start, open, close, unit)) in names.iter().enumerate() {
        let next = names.get(k + 1).map_or(b, |n| n.0);
        let end = (*close..next)
            .find(|&i| matches!(t[i], '；' | ';' | '。'))
            .unwrap_or(next);
        if end <= *close {
            continue;
        }
        let percent = unit.base == Some("%");
        let Some(numbers) = numbers(t, *close, end, percent) else {
            continue;
        };
        if numbers.is_empty() {
            continue;
        }
        out.push(Row {
            start: *start,
            label: t[*start..*open].iter().collect(),
            unit: unit.clone(),
            numbers,
        });
    }
    out
}

/// The bare numbers of `a..b`, or `None` when anything else stands there (prose, a number
/// with a unit of its own).
fn numbers(t: &[char], a: usize, b: usize, percent: bool) -> Option<Vec<Number>> {
    let mut out = Vec::new();
    let mut i = a;
    let mut words = a;
    while i < b {
        let c = t[i];
        if parts(c) {
            if i - words > COLUMN_WORDS {
                return None;
            }
            i += 1;
            words = i;
            continue;
        }
        let digit = c.is_ascii_digit()
            || (matches!(c, '-' | '－') && i + 1 < b && t[i + 1].is_ascii_digit());
        if !digit {
            if !(is_ideograph(c) || c.is_alphabetic() || "“”\"".contains(c)) {
                return None;
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < b && (t[j].is_ascii_digit() || t[j] == '.') {
            j += 1;
        }
        if percent && j < b && matches!(t[j], '%' | '％') {
            j += 1;
        }
        if j < b && !parts(t[j]) {
            // 2010年实绩 inside a row: a time, not a cell.
            return None;
        }
        if i - words > COLUMN_WORDS {
            return None;
        }
        out.push(Number {
            start: i,
            end: j,
            value: number(t, i, j, percent)?,
            words: (words, i),
        });
        i = j;
        words = j;
    }
    (b - words <= COLUMN_WORDS).then_some(out)
}

/// The columns of the heading line `a..b` for a row of `n` numbers: the line split on spaces
/// into at least `n` words (and two), its last `n`.
fn heading(t: &[char], a: usize, b: usize, n: usize) -> Option<Vec<Column>> {
    let words = spaced(t, a, b);
    if words.len() < n.max(2) {
        return None;
    }
    let columns = words[words.len() - n..]
        .iter()
        .map(|&(s, e)| Column {
            name: t[s..e].iter().collect(),
            start: s,
            end: e,
        })
        .collect();
    Some(columns)
}

/// The words of `a..b` between spaces.
fn spaced(t: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = None;
    let space = |i: usize| i == b || t[i].is_whitespace();
    for i in a..=b {
        match (s, space(i)) {
            (None, false) => s = Some(i),
            (Some(from), true) => {
                out.push((from, i));
                s = None;
            }
            _ => {}
        }
    }
    out
}

/// The column of words written before a number in its row (实绩): where the same words were
/// last written after a year shortly before the row (2010年实绩), that heading, so the column
/// takes its time; else the words where they stand.
fn column_of(t: &[char], (a, b): (usize, usize), row: usize) -> Column {
    let name: Vec<char> = t[a..b].to_vec();
    let here = Column {
        name: name.iter().collect(),
        start: a,
        end: b,
    };
    if name.is_empty() {
        return here;
    }
    let from = row.saturating_sub(NAMED_BEFORE);
    let named = (from..row.saturating_sub(name.len()))
        .rev()
        .filter(|&p| t[p..p + name.len()] == name[..])
        .find_map(|p| {
            let year = p.checked_sub(1).filter(|&y| t[y] == '年')?;
            let digits = (0..year)
                .rev()
                .take_while(|&i| t[i].is_ascii_digit())
                .count();
            (digits == 4).then_some((year - digits, p + name.len()))
        });
    match named {
        Some((start, end)) => Column { start, end, ..here },
        None => here,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::table::tests::{chars, rows as got};

    #[test]
    fn rows_under_a_spaced_heading_fill_its_last_columns() {
        let t = chars(
            "指标表\n类别 指标 2010年实绩 2015年目标\n一、经济增长\n农业增加值(亿元) 81.53 163\n\
             综合水平(%) 74% 82%\n",
        );
        let c = cells(&t);
        assert_eq!(
            got(&c),
            vec![
                ("农业增加值".into(), 81.53, "2010年实绩".into()),
                ("农业增加值".into(), 163.0, "2015年目标".into()),
                ("综合水平".into(), 74.0, "2010年实绩".into()),
                ("综合水平".into(), 82.0, "2015年目标".into()),
            ]
        );
        assert_eq!(c[0].hit.scale.prefix(), "亿");
        assert_eq!(c[2].hit.base, Some("%"));
    }

    #[test]
    fn rows_written_out_take_their_words_and_the_time_named_with_them() {
        let t = chars(
            "每项先列2010年实绩,后列2015年目标:\n一、增长:农业增加值(亿元)实绩81.53、目标163;\
             粮食总产(万吨)实绩119.6、目标100。\n",
        );
        let c = cells(&t);
        let named: Vec<String> = c
            .iter()
            .map(|c| t[c.column.start..c.column.end].iter().collect())
            .collect();
        assert_eq!(
            named,
            ["2010年实绩", "2015年目标", "2010年实绩", "2015年目标"]
        );
        assert_eq!(c[3].label, "粮食总产");
        assert_eq!(c[3].column.name, "目标");
    }

    #[test]
    fn prose_and_figures_with_their_own_unit_are_no_rows() {
        // Prose after the bracket, a number with its own unit, a year: no table.
        for s in [
            "产值(亿元)比上年增长较快，达到81.53\n",
            "产值(亿元)达81.53亿元\n",
            "产值(亿元)2010年为81\n",
            "责任单位(个人)：张三\n",
            "增速(%)(亿元)产值(亿元)增加值(万元)\n",
        ] {
            assert!(cells(&chars(s)).is_empty(), "{s}");
        }
    }
}
