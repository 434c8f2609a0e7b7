//! CSV output of frames, whole or a chunk at a time.

use crate::error::{Error, Result};
use polars::prelude::*;

fn err(e: PolarsError) -> Error {
    Error::encode("the CSV file", e)
}

/// A text cell as a spreadsheet may open it safely: a cell that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return (a formula to Excel, LibreOffice and Google Sheets) gets a leading
/// `'`, as OWASP advises; a number (`-0.5`) stays as it is.
pub fn neutral(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// `df` with its text cells [`neutral`] (the frame itself when none needs it).
fn neutralised(df: &mut DataFrame) -> Result<()> {
    let names: Vec<PlSmallStr> = df
        .columns()
        .iter()
        .filter(|c| c.dtype() == &DataType::String)
        .map(|c| c.name().clone())
        .collect();
    for name in names {
        let ca = df.column(&name).map_err(err)?.str().map_err(err)?.clone();
        if !ca
            .iter()
            .flatten()
            .any(|v| matches!(neutral(v), std::borrow::Cow::Owned(_)))
        {
            continue;
        }
        let safe: StringChunked = ca.apply_values(|v| neutral(v));
        df.with_column(Column::from(safe.into_series()))
            .map_err(err)?;
    }
    Ok(())
}

/// A frame (a report's, from either engine) as CSV bytes.
pub fn csv_of(df: &mut DataFrame) -> Result<Vec<u8>> {
    csv_bytes(df, true)
}

/// A frame as CSV bytes, with or without the header line.
fn csv_bytes(df: &mut DataFrame, header: bool) -> Result<Vec<u8>> {
    neutralised(df)?;
    let mut buf = Vec::new();
    CsvWriter::new(&mut buf)
        .include_header(header)
        .finish(df)
        .map_err(err)?;
    Ok(buf)
}

/// Writes a report of `n` (≥ 1) chunks to `w` as CSV: chunk `j` is made by `chunk(j)` and
/// formatted on all cores a few at a time (see [`super::in_order`]), the header written
/// with the first; the bytes are those of [`csv_of`] on the stacked chunks.
pub fn csv_chunks(
    w: &mut dyn std::io::Write,
    n: usize,
    chunk: &(dyn Fn(usize) -> Result<DataFrame> + Sync),
) -> Result<()> {
    let make = |j: usize| csv_bytes(&mut chunk(j)?, j == 0);
    super::in_order(n, &make, &mut |bytes| {
        w.write_all(&bytes)
            .map_err(|e| Error::encode("the CSV report", e))
    })
}

/// The UTF-8 byte-order mark `--bom` puts before CSV, so Excel on Chinese Windows opens the
/// file as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `--bom` validated against the output's format: it applies to CSV only.
pub fn bom(on: bool, format: super::Format) -> crate::error::Result<bool> {
    if on && format != super::Format::Csv {
        return Err(crate::error::Error::usage(
            "--bom",
            format!(
                "adds a byte-order mark to CSV; this output is {}",
                format.name()
            ),
        ));
    }
    Ok(on)
}

/// `bytes` with the byte-order mark before them when `on`.
pub fn with_bom(on: bool, bytes: Vec<u8>) -> Vec<u8> {
    if on {
        [BOM, &bytes].concat()
    } else {
        bytes
    }
}

/// Writes the byte-order mark when `on` (for streamed CSV).
pub fn write_bom(w: &mut dyn std::io::Write, on: bool) -> crate::error::Result<()> {
    if on {
        w.write_all(BOM)
            .map_err(|e| crate::error::Error::write("the output", e))?;
    }
    Ok(())
}
