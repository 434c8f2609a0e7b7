//! CSV output of frames, whole or a chunk at a time.

use crate::error::{Error, Result};
use polars::prelude::*;

fn err(e: PolarsError) -> Error {
    Error::encode("the CSV file", e)
}

/// A frame (a report's, from either engine) as CSV bytes.
pub fn csv_of(df: &mut DataFrame) -> Result<Vec<u8>> {
    csv_bytes(df, true)
}

/// A frame as CSV bytes, with or without the header line.
fn csv_bytes(df: &mut DataFrame, header: bool) -> Result<Vec<u8>> {
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
