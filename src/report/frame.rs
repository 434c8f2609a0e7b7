//! Assessments as a polars frame, written as CSV or Parquet.

use crate::assess::Assessment;
use crate::error::{Error, Result};
use polars::prelude::*;

fn err(e: PolarsError) -> Error {
    Error::encode("the report's table", e)
}

fn text<'a, F: Fn(&'a Assessment) -> Option<&'a str>>(
    rows: &'a [Assessment],
    name: &str,
    f: F,
) -> Column {
    Column::new(name.into(), rows.iter().map(f).collect::<Vec<_>>())
}

fn num<F: Fn(&Assessment) -> Option<f64>>(rows: &[Assessment], name: &str, f: F) -> Column {
    Column::new(name.into(), rows.iter().map(f).collect::<Vec<_>>())
}

fn int<F: Fn(&Assessment) -> Option<i32>>(rows: &[Assessment], name: &str, f: F) -> Column {
    Column::new(name.into(), rows.iter().map(f).collect::<Vec<_>>())
}

/// The report frame's columns, in order: the JSON report's scalar keys.
pub const COLUMNS: [&str; 26] = [
    "id",
    "region",
    "indicator",
    "unit",
    "form",
    "direction",
    "target_stated",
    "target_year",
    "target_value",
    "base_period",
    "base_value",
    "pace",
    "pace_source",
    "claimed_growth",
    "observed_growth",
    "rate_unit",
    "required_growth",
    "projected_value",
    "gap",
    "gap_pct",
    "reach_year",
    "reach_year_exact",
    "growth_ratio",
    "verdict",
    "reason",
    "source",
];

/// `df` with only `columns`, in their order.
pub fn select(df: &DataFrame, columns: &[&str]) -> Result<DataFrame> {
    df.select(columns.iter().copied()).map_err(err)
}

/// One row per assessment, with the JSON report's scalar keys ([`COLUMNS`]) as columns.
/// Built in chunks of [`super::ROW_GROUP`] rows on all cores (each chunk one Parquet row group,
/// as the batch engine's).
pub fn to_frame(rows: &[Assessment]) -> Result<DataFrame> {
    use rayon::prelude::*;
    if rows.len() <= super::ROW_GROUP {
        return chunk_frame(rows);
    }
    stack(
        rows.par_chunks(super::ROW_GROUP)
            .map(chunk_frame)
            .collect::<Result<Vec<DataFrame>>>()?,
    )
}

/// Frames with the same columns stacked in order into one, each part one of its chunks.
pub fn stack(parts: Vec<DataFrame>) -> Result<DataFrame> {
    let mut parts = parts.into_iter();
    let mut out = parts
        .next()
        .ok_or_else(|| Error::Internal("a report of no chunks".into()))?;
    for p in parts {
        out.vstack_mut_owned(p).map_err(err)?;
    }
    Ok(out)
}

/// One chunk of [`to_frame`].
fn chunk_frame(rows: &[Assessment]) -> Result<DataFrame> {
    fn s(v: &str) -> Option<&str> {
        Some(v)
    }
    let cols = vec![
        text(rows, "id", |a| s(&a.id)),
        text(rows, "region", |a| s(&a.region)),
        text(rows, "indicator", |a| s(&a.indicator)),
        text(rows, "unit", |a| s(&a.unit)),
        text(rows, "form", |a| s(a.form.name())),
        text(rows, "direction", |a| s(a.direction.name())),
        text(rows, "target_stated", |a| s(&a.target_stated)),
        int(rows, "target_year", |a| a.target_year),
        num(rows, "target_value", |a| a.target_value),
        text(rows, "base_period", |a| a.base_period.as_deref()),
        num(rows, "base_value", |a| a.base_value),
        num(rows, "pace", |a| a.pace),
        text(rows, "pace_source", |a| a.pace_source.map(|p| p.name())),
        num(rows, "claimed_growth", |a| a.claimed_growth),
        num(rows, "observed_growth", |a| a.observed_growth),
        text(rows, "rate_unit", |a| s(&a.rate_unit)),
        num(rows, "required_growth", |a| a.required_growth),
        num(rows, "projected_value", |a| a.projected_value),
        num(rows, "gap", |a| a.gap),
        num(rows, "gap_pct", |a| a.gap_pct),
        int(rows, "reach_year", |a| a.reach_year),
        num(rows, "reach_year_exact", |a| a.reach_year_exact),
        num(rows, "growth_ratio", |a| a.growth_ratio),
        text(rows, "verdict", |a| s(a.verdict.name())),
        text(rows, "reason", |a| s(&a.reason)),
        text(rows, "source", |a| s(&a.source)),
    ];
    DataFrame::new(rows.len(), cols).map_err(err)
}

/// CSV bytes.
pub fn csv(rows: &[Assessment]) -> Result<Vec<u8>> {
    csv_of(&mut to_frame(rows)?)
}

/// Parquet bytes.
pub fn parquet(rows: &[Assessment]) -> Result<Vec<u8>> {
    super::parquet_of(&mut to_frame(rows)?)
}

/// A report frame (from [`to_frame`] or the batch engine) as CSV bytes.
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

#[cfg(test)]
mod tests {
    #[test]
    fn columns_name_the_frame_in_order() {
        let df = super::to_frame(&[]).unwrap();
        let names: Vec<&str> = df.get_column_names().iter().map(|n| n.as_str()).collect();
        assert_eq!(names, super::COLUMNS);
    }
}
