//! Excel workbooks as fact files: each sheet whose first row names the fact-file columns is
//! read as if it were a CSV file, so every rule of the loader applies, and errors name the
//! sheet and its row (`facts.xlsx[事实]:3: field `value``).

use crate::error::{Error, Result};
use crate::model::schema::REQUIRED;
use crate::model::{Date, Fact};
use calamine::{Data, Reader};
use std::path::Path;

/// One cell as CSV text: numbers in their shortest form (2021, 350, 0.35), dates as
/// YYYY-MM-DD, text quoted when it must be.
fn cell(d: &Data) -> std::result::Result<String, String> {
    Ok(match d {
        Data::Empty => String::new(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => crate::model::plain_zero(*f).to_string(),
        Data::Bool(b) => b.to_string(),
        Data::String(s) => {
            if s.contains([',', '"', '\n', '\r']) || s.starts_with('#') {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.clone()
            }
        }
        // Excel's day serial counts from 1899-12-30; 25,569 days before 1970-01-01.
        Data::DateTime(dt) => Date::from_unix_days(dt.as_f64().floor() as i64 - 25_569).to_string(),
        Data::DateTimeIso(s) => s.chars().take(10).collect(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(format!("holds the Excel error {e:?}")),
    })
}

/// Column letters for a 0-based column (0 → A, 27 → AB).
fn letters(mut c: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Every fact of every sheet with the fact-file columns.
pub(crate) fn read_facts(path: &Path) -> Result<Vec<Fact>> {
    let name = path.display().to_string();
    let mut book = calamine::open_workbook_auto(path)
        .map_err(|e| Error::input(path, format!("cannot read as an Excel workbook: {e}")))?;
    let mut facts = Vec::new();
    let mut read_any = false;
    for sheet in book.sheet_names() {
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| Error::input(path, format!("sheet {sheet:?}: {e}")))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows = range.rows();
        let Some(header) = rows.next() else { continue };
        let header: Vec<String> = header
            .iter()
            .map(|d| d.to_string().trim().to_string())
            .collect();
        if !REQUIRED.iter().all(|r| header.iter().any(|h| h == r)) {
            continue;
        }
        read_any = true;
        // One CSV line per sheet row, with blank lines above the header, so line numbers are
        // the sheet's row numbers.
        let mut csv = "\n".repeat(top as usize);
        csv.push_str(&header.join(","));
        csv.push('\n');
        for (r, row) in rows.enumerate() {
            let mut cells = Vec::with_capacity(row.len());
            for (c, d) in row.iter().enumerate() {
                cells.push(cell(d).map_err(|m| Error::Field {
                    file: format!("{name}[{sheet}]"),
                    line: top as usize + r + 2,
                    field: format!(
                        "{} (column {})",
                        header.get(c).map_or("", String::as_str),
                        letters(left as usize + c)
                    ),
                    message: m,
                })?);
            }
            if cells.iter().all(String::is_empty) {
                csv.push('\n');
            } else {
                csv.push_str(&cells.join(","));
                csv.push('\n');
            }
        }
        facts.extend(super::csv::read_facts(
            &format!("{name}[{sheet}]"),
            csv.as_bytes(),
        )?);
    }
    if !read_any {
        return Err(Error::input(
            path,
            format!(
                "no sheet whose first row names the fact-file columns ({})",
                REQUIRED.join(", ")
            ),
        ));
    }
    Ok(facts)
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_letters() {
        assert_eq!(super::letters(0), "A");
        assert_eq!(super::letters(25), "Z");
        assert_eq!(super::letters(26), "AA");
        assert_eq!(super::letters(27), "AB");
        assert_eq!(super::letters(701), "ZZ");
        assert_eq!(super::letters(702), "AAA");
    }
}
