//! Candidates as bytes: a terminal table, JSON, or a CSV fact file that `--data` loads.

use super::{Candidate, DateSource, Document};
use crate::model::{Form, Kind, Qualifier};
use crate::output::Format;
use comfy_table::{presets, Cell, CellAlignment, ContentArrangement, Table};

/// What `reach extract` writes, the default first: a table per document for the terminal,
/// one JSON array of candidates, or a fact file (the columns `--data` reads).
pub const FORMATS: [Format; 3] = [Format::Table, Format::Json, Format::Csv];

/// Renders documents as `format` (one of [`FORMATS`]).
pub fn render(format: Format, docs: &[Document]) -> Vec<u8> {
    match format {
        Format::Json => {
            let all: Vec<&Candidate> = docs.iter().flat_map(|d| &d.candidates).collect();
            let mut v = serde_json::to_vec_pretty(&all).unwrap_or_default();
            v.push(b'\n');
            v
        }
        Format::Csv => csv(docs).into_bytes(),
        _ => table(docs).into_bytes(),
    }
}

fn date_line(d: &Document) -> String {
    let date = d
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "unknown".into());
    let how = match d.date_source {
        DateSource::Flag => "from --date",
        DateSource::Written => "written in the text",
        DateSource::Inferred => "inferred from the latest year mentioned; set it with --date",
        DateSource::None => "none found; 目前/今年 stay unresolved; set it with --date",
    };
    format!(
        "{}: {} candidates; date {date} ({how}); region {}{}\n",
        d.source,
        d.candidates.len(),
        d.region,
        if d.region_guessed {
            " (guessed; set it with --region)"
        } else {
            ""
        }
    )
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n).collect::<String>() + "…"
    }
}

fn kind_cell(c: &Candidate) -> String {
    match (c.kind, c.form) {
        (Kind::Target, Form::Level) => "target".into(),
        (Kind::Target, f) => format!("target ({f})"),
        (Kind::Growth, Form::YearOnYear) => "growth (yoy)".into(),
        (k, _) => k.to_string(),
    }
}

fn period_cell(c: &Candidate) -> String {
    c.period
        .map(|p| p.to_string())
        .unwrap_or_else(|| "—".into())
}

/// One table per document: line, kind, figure as written, value and unit, period, subject,
/// character offsets and the start of the quote.
pub fn table(docs: &[Document]) -> String {
    let mut out = String::new();
    for d in docs {
        out.push_str(&date_line(d));
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled)
            .set_header(
                [
                    "行", "类型", "原文", "值", "单位", "时期", "限定", "指标", "字符", "引文",
                ]
                .map(Cell::new),
            );
        for c in &d.candidates {
            t.add_row(vec![
                Cell::new(c.line).set_alignment(CellAlignment::Right),
                Cell::new(kind_cell(c)),
                Cell::new(&c.as_written),
                Cell::new(c.value).set_alignment(CellAlignment::Right),
                Cell::new(c.unit.to_string()),
                Cell::new(period_cell(c)),
                Cell::new(match c.qualifier {
                    Qualifier::Exact => "",
                    q => q.name(),
                }),
                Cell::new(short(&c.subject, 12)),
                Cell::new(format!("{}..{}", c.figure_start, c.figure_end)),
                Cell::new(short(&c.quote, 18)),
            ]);
        }
        out.push_str(&format!("{t}\n\n"));
    }
    out
}

fn field(s: &str) -> String {
    let s = crate::output::csv::neutral(s);
    if s.contains([',', '"', '\n', '\r']) || s.starts_with('#') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A fact file: one row per candidate, ids `<source>-x001`…; the note says where the
/// figure is and which fields a person must check. A figure that conflicts with an earlier one
/// (another value for the same region, indicator, period and date, e.g. 350 and 360 from two
/// texts) is written as a comment line (`# …`) and both notes name the other, so the file still
/// loads and a person chooses.
pub fn csv(docs: &[Document]) -> String {
    let mut rows: Vec<[String; 16]> = Vec::new();
    for d in docs {
        for (n, c) in d.candidates.iter().enumerate() {
            let note = format!(
                "reach extract: line {}, characters {}..{} (figure {}..{}); check: {}{}{}",
                c.line,
                c.start,
                c.end,
                c.figure_start,
                c.figure_end,
                c.check.join(", "),
                if c.note.is_empty() { "" } else { "; " },
                c.note
            );
            let falling_goal = c.kind == Kind::Target && c.value < 0.0;
            rows.push([
                format!("{}-x{:03}", d.source, n + 1),
                c.source.clone(),
                c.kind.to_string(),
                if c.kind == Kind::Target || c.form == Form::YearOnYear {
                    c.form.to_string()
                } else {
                    String::new()
                },
                c.region.clone(),
                c.subject.clone(),
                c.period.map(|p| p.to_string()).unwrap_or_default(),
                // A goal of a fall (排放下降3%左右) is 3 % with direction decrease.
                if falling_goal {
                    (-c.value).to_string()
                } else {
                    c.value.to_string()
                },
                c.unit.to_string(),
                if c.ceiling {
                    crate::model::Qualifier::AtMost.to_string()
                } else {
                    c.qualifier.to_string()
                },
                if falling_goal {
                    "decrease".into()
                } else {
                    String::new()
                },
                c.base_period.map(|p| p.to_string()).unwrap_or_default(),
                c.announced.map(|d| d.to_string()).unwrap_or_default(),
                c.as_written.clone(),
                c.quote.clone(),
                note,
            ]);
        }
    }
    let header = crate::model::schema::COLUMNS.join(",") + "\n";
    // The file, and the line each row starts on (a quoted cell may hold a line break).
    let lines = |rows: &[[String; 16]], commented: &[bool]| {
        let mut out = header.clone();
        let mut starts = Vec::with_capacity(rows.len());
        let mut line = 2;
        for (row, hidden) in rows.iter().zip(commented) {
            starts.push(line);
            let mut text = String::new();
            if *hidden {
                text.push_str("# ");
            }
            // What the loader refuses (a NUL, a noncharacter) is a space in the file, so it
            // loads; the JSON keeps the text as read, with its offsets.
            let cells: Vec<String> = row
                .iter()
                .zip(crate::model::schema::COLUMNS)
                .map(|(s, column)| field(&crate::model::schema::without_refused(column, s)))
                .collect();
            text.push_str(&cells.join(","));
            text.push('\n');
            line += text.matches('\n').count();
            out.push_str(&text);
        }
        (out, starts)
    };
    // A headline repeating a body figure is one fact: the body's row.
    let mut commented: Vec<bool> = docs
        .iter()
        .flat_map(|d| d.candidates.iter().map(|c| c.repeat_of.is_some()))
        .collect();
    // The loader decides: a row it refuses (a change in 个百分点 is not a growth rate in %)
    // becomes a comment carrying its reason, and the file is read again; then the loader's own
    // conflict rule comments the later of two rows that disagree.
    for _ in 0..=rows.len() {
        let (text, starts) = lines(&rows, &commented);
        match crate::load::csv::read_facts("extract", text.as_bytes()) {
            Err(e @ crate::error::Error::Field { line, .. }) => {
                let Some(i) = (0..rows.len()).find(|&i| starts[i] == line && !commented[i]) else {
                    break;
                };
                let why = e.to_string();
                let why = why.rsplit(": ").next().unwrap_or(&why).to_string();
                rows[i][15] += &format!("; not a fact reach loads as written ({why}): a comment");
                commented[i] = true;
            }
            Err(_) => break,
            Ok(facts) => {
                // Facts come in the order of the rows that are not comments.
                let live: Vec<usize> = (0..rows.len()).filter(|&i| !commented[i]).collect();
                for (later, first) in crate::load::conflicts(&facts) {
                    let (later, first) = (live[later], live[first]);
                    let said = |i: usize| format!("{} ({}{})", rows[i][0], rows[i][7], rows[i][8]);
                    let (a, b) = (said(first), said(later));
                    rows[first][15] +=
                        &format!("; conflicts with {b}, written as a comment below: keep one");
                    rows[later][15] +=
                        &format!("; conflicts with {a}: a comment until a person keeps one");
                    commented[later] = true;
                }
                break;
            }
        }
    }
    lines(&rows, &commented).0
}
