//! Tables pasted as text, one row a line and its cells between bars (`性质 | 年度投资目标(万元) |
//! 1-6月底累计完成投资(万元)`): a cell that is a bare number (2954712, -11.8) takes the unit its
//! column's heading names in brackets, and its reading follows the heading (a 目标 column holds
//! the year's goals, a 增速 column growth, a column with 1-6月 that period) and the row's label
//! (新建项目). Tables in other shapes read the same way once their cells are found: lines
//! under a caption naming the unit ([`captioned`]) and rows naming theirs ([`labelled`]).

mod captioned;
mod labelled;

pub(crate) use captioned::captioned_cells;
pub(crate) use labelled::cells as labelled_cells;

use super::resolve::resolve;
use super::scan::{number_at, Hit};
use super::time::{TimeExpr, When};
use crate::model::{Kind, Period};

/// One column of a table, read from its heading.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    /// The heading's words without its unit (1-6月底累计完成投资).
    pub(crate) name: String,
    /// Where the heading cell begins in the text.
    pub(crate) start: usize,
    /// Where its words end (before the unit's bracket).
    pub(crate) end: usize,
}

/// A number in a table's cell, with what its row and column say of it.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    /// The figure, with the unit of its column.
    pub(crate) hit: Hit,
    /// The row's label (新建项目), empty when the row has none.
    pub(crate) label: String,
    /// The cell's column.
    pub(crate) column: Column,
    /// The columns to its left in its row, nearest last (their headings date a share).
    pub(crate) left: Vec<Column>,
}

/// The cells of `t`'s tables: rows of at least two cells between `|`, under a heading row of as
/// many, at least one row below it. Only cells under a heading naming a unit, holding a
/// number and nothing else.
pub(crate) fn cells(t: &[char]) -> Vec<Cell> {
    let lines = lines(t);
    let split = |(a, b): (usize, usize)| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut s = a;
        for i in a..b {
            if t[i] == '|' {
                out.push(trimmed(t, s, i));
                s = i + 1;
            }
        }
        if out.is_empty() {
            return out;
        }
        out.push(trimmed(t, s, b));
        out
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let heading = split(lines[k]);
        let n = heading.len();
        let rows = lines[k + 1..]
            .iter()
            .take_while(|l| n >= 2 && split(**l).len() == n)
            .count();
        if rows == 0 {
            k += 1;
            continue;
        }
        let columns: Vec<(Column, Option<Hit>)> = heading
            .iter()
            .map(|&(a, b)| {
                let (unit, name_end) = unit_in(t, a, b);
                let name = t[a..name_end]
                    .iter()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                let column = Column {
                    name,
                    start: a,
                    end: name_end,
                };
                (column, unit)
            })
            .collect();
        for line in &lines[k + 1..=k + rows] {
            let row = split(*line);
            let label: String = t[row[0].0..row[0].1]
                .iter()
                .filter(|c| !c.is_whitespace())
                .collect();
            let label = if number(t, row[0].0, row[0].1, false).is_some() {
                String::new()
            } else {
                label
            };
            for (j, &(a, b)) in row.iter().enumerate().skip(1) {
                let (column, Some(unit)) = &columns[j] else {
                    continue;
                };
                let percent = unit.base == Some("%");
                let Some(value) = number(t, a, b, percent) else {
                    continue;
                };
                let hit = Hit {
                    start: a,
                    end: b,
                    num_start: a,
                    num_end: b,
                    value,
                    high: None,
                    ..unit.clone()
                };
                let left = columns[1..j].iter().map(|(c, _)| c.clone()).collect();
                out.push(Cell {
                    hit,
                    label: label.clone(),
                    column: column.clone(),
                    left,
                });
            }
        }
        k += rows + 1;
    }
    out
}

/// Where each line of `t` starts and ends (before its `\n`).
fn lines(t: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut a = 0;
    for (i, c) in t
        .iter()
        .enumerate()
        .chain(std::iter::once((t.len(), &'\n')))
    {
        if *c == '\n' {
            out.push((a, i));
            a = i + 1;
        }
    }
    out
}

/// `a..b` without the spaces around it.
fn trimmed(t: &[char], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && t[a].is_whitespace() {
        a += 1;
    }
    while b > a && t[b - 1].is_whitespace() {
        b -= 1;
    }
    (a, b)
}

/// A cell's number when the cell holds nothing else (2954712, -11.8, 5.5; 48.15% in a column
/// of `percent`).
fn number(t: &[char], a: usize, b: usize, percent: bool) -> Option<f64> {
    let s: String = t[a..b].iter().collect();
    let s = match s.strip_suffix(['%', '％']) {
        Some(rest) if percent => rest.to_string(),
        _ => s,
    };
    let digits = s.strip_prefix(['-', '－']).unwrap_or(&s);
    let plain = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().next().is_some_and(|c| c.is_ascii_digit());
    plain
        .then(|| digits.parse::<f64>().ok())
        .flatten()
        .map(|v| if digits.len() < s.len() { -v } else { v })
}

/// The unit a heading names in brackets at its end (年度投资目标(万元), 增速（%）), read as a
/// figure of one would be, and where the heading's name ends.
fn unit_in(t: &[char], a: usize, b: usize) -> (Option<Hit>, usize) {
    let close = (a..b).rev().find(|&i| matches!(t[i], ')' | '）'));
    let open = close.and_then(|c| (a..c).rev().find(|&i| matches!(t[i], '(' | '（')));
    let (Some(open), Some(close)) = (open, close) else {
        return (None, b);
    };
    let mut one: Vec<char> = vec!['1'];
    one.extend(&t[open + 1..close]);
    match number_at(&one, 0, false) {
        Ok(h) if h.end == one.len() && h.base.is_some() => (Some(h), open),
        _ => (None, b),
    }
}

/// The figures of a text with its tables' cells among them: a cell's figure replaces what the
/// scan read there (a bare number is none; 48.15% takes its column's reading).
pub(crate) fn with_cells(mut hits: Vec<Hit>, cells: &[Cell]) -> Vec<Hit> {
    if cells.is_empty() {
        return hits;
    }
    // (The cells are in text order and do not overlap, so their ends are in order too: the
    // one cell that may overlap a hit is the first ending after it starts.)
    hits.retain(|h| {
        let k = cells.partition_point(|c| c.hit.end <= h.start);
        cells.get(k).is_none_or(|c| c.hit.start >= h.end)
    });
    hits.extend(cells.iter().map(|c| c.hit.clone()));
    hits.sort_by_key(|h| h.start);
    hits
}

/// What a cell's column says of its kind: growth under 增速 or 增长, a goal under 目标, 计划 or
/// 任务 (not a share of one done: 完成投资占年度投资目标的比例), else what was done.
fn kind_of(column: &Column) -> Kind {
    let name = &column.name;
    if ["增速", "增长", "增幅"].iter().any(|w| name.contains(w)) {
        Kind::Growth
    } else if ["目标", "计划", "任务"].iter().any(|w| name.contains(w))
        && !["占", "比例", "完成", "累计"]
            .iter()
            .any(|w| name.contains(w))
    {
        Kind::Target
    } else {
        Kind::Actual
    }
}

/// Column words that say only whether a figure is a goal or a result.
const KIND_WORDS: [&str; 8] = [
    "实绩",
    "实际",
    "目标",
    "计划",
    "预计",
    "完成",
    "目标值",
    "实际值",
];

/// The subject of a cell: its row's label and its column's words, without the times they
/// name (新建项目 + 累计完成投资, not 1-6月底), and without words that only say the kind
/// (农业增加值, not 农业增加值 + 实绩 or 目标: the goal and the result are of one quantity).
fn subject_of(cell: &Cell, t: &[char], exprs: &[TimeExpr]) -> String {
    let c = &cell.column;
    let own = within(exprs, c);
    let timed = |i: usize| own.iter().any(|e| e.start <= i && i < e.end);
    let words: String = (c.start..c.end)
        .filter(|&i| !timed(i) && !t[i].is_whitespace())
        // (1-6月底: the 底 of the time.)
        .filter(|&i| !(matches!(t[i], '底' | '末') && i > 0 && timed(i - 1)))
        .map(|i| t[i])
        .collect();
    if cell.label.is_empty() || !KIND_WORDS.contains(&words.as_str()) {
        return format!("{}{}", cell.label, words);
    }
    cell.label.clone()
}

/// The time expressions that begin in a column's heading (`exprs` are in text order).
fn within<'a>(exprs: &'a [TimeExpr], c: &Column) -> &'a [TimeExpr] {
    let a = exprs.partition_point(|e| e.start < c.start);
    let b = exprs.partition_point(|e| e.start < c.end);
    &exprs[a..b]
}

/// The period a heading names (1-6月底累计完成投资: 1-6月), else the nearest heading to its left
/// that names one, resolved in the document's frame.
fn period_of(cell: &Cell, exprs: &[TimeExpr], frame: &super::frame::Frame) -> Option<Period> {
    let named = |c: &Column| {
        within(exprs, c)
            .iter()
            .filter(|e| e.end <= c.end && !matches!(e.when, When::Present))
            .find_map(|e| resolve(e, frame))
    };
    named(&cell.column).or_else(|| cell.left.iter().rev().find_map(named))
}

/// Reads `c`, the candidate of `cell`, by its row and column: the subject is the row's label
/// and the column's words, the kind and period what the column's heading says (a goal with no
/// time of its own is of the year the table reports).
pub(crate) fn read_cell(
    c: &mut super::Candidate,
    cell: &Cell,
    t: &[char],
    exprs: &[TimeExpr],
    frame: &super::frame::Frame,
) {
    c.subject = subject_of(cell, t, exprs);
    c.kind = kind_of(&cell.column);
    let named = period_of(cell, exprs, frame);
    let year = named
        .or(c.period)
        .and_then(|p| p.year())
        .or(frame.date.map(|d| d.year));
    c.period = match (c.kind, named) {
        (_, Some(p)) if c.kind != Kind::Target || matches!(p, Period::Year(_)) => Some(p),
        (Kind::Target, _) => year.map(Period::Year),
        _ => c.period,
    };
    c.note = super::join_note(
        &c.note,
        "a table's cell: unit, kind and period from its column's heading, subject from its row",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Each cell's row label, value and column name.
    pub(super) fn rows(c: &[Cell]) -> Vec<(String, f64, String)> {
        c.iter()
            .map(|c| (c.label.clone(), c.hit.value, c.column.name.clone()))
            .collect()
    }

    #[test]
    fn cells_take_their_columns_unit_and_skip_ranks() {
        let t = chars(
            "表1:\n县 | 1-6月投资增速(%) | 增速排位\n甲县 | 5.5 |\n乙县 | -11.8 | 9\n\
             说明 | 无\n性质 | 年度投资目标(万元) | 累计完成投资(万元)\n新建项目 | 2954712 | 1422596\n",
        );
        let c = cells(&t);
        let got = rows(&c);
        assert_eq!(
            got,
            vec![
                ("甲县".into(), 5.5, "1-6月投资增速".into()),
                ("乙县".into(), -11.8, "1-6月投资增速".into()),
                ("新建项目".into(), 2954712.0, "年度投资目标".into()),
                ("新建项目".into(), 1422596.0, "累计完成投资".into()),
            ]
        );
        assert_eq!(c[0].hit.base, Some("%"));
        assert_eq!(c[2].hit.scale.prefix(), "万");
        assert_eq!(kind_of(&c[0].column), Kind::Growth);
        assert_eq!(kind_of(&c[2].column), Kind::Target);
        assert_eq!(kind_of(&c[3].column), Kind::Actual);
    }

    #[test]
    fn a_line_with_one_bar_or_no_heading_unit_is_no_table() {
        assert!(cells(&chars("文 | 某报记者\n正文。\n")).is_empty());
        assert!(cells(&chars("县 | 排位\n甲 | 8\n")).is_empty());
    }
}
