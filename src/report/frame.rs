//! Assessments as a polars frame, written as CSV or Parquet.

use super::columns::Col;
use crate::assess::Assessment;
use crate::error::{Error, Result};
use crate::model::plain_zero;
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
    let values = rows.iter().map(|a| f(a).map(plain_zero));
    Column::new(name.into(), values.collect::<Vec<_>>())
}

fn int<F: Fn(&Assessment) -> Option<i32>>(rows: &[Assessment], name: &str, f: F) -> Column {
    Column::new(name.into(), rows.iter().map(f).collect::<Vec<_>>())
}

/// `df` with only `columns`, in their order.
pub fn select(df: &DataFrame, columns: &[Col]) -> Result<DataFrame> {
    df.select(columns.iter().map(|c| c.name())).map_err(err)
}

/// One row per assessment, with the JSON report's scalar keys ([`Col::ALL`]) as columns.
/// Built in chunks of `crate::output::parquet::ROW_GROUP` rows on all cores (each chunk one Parquet row group,
/// as the batch engine's).
pub fn to_frame(rows: &[Assessment]) -> Result<DataFrame> {
    use rayon::prelude::*;
    if rows.len() <= crate::output::parquet::ROW_GROUP {
        return chunk_frame(rows);
    }
    stack(
        rows.par_chunks(crate::output::parquet::ROW_GROUP)
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
    let cols = Col::ALL.iter().map(|&c| column(rows, c)).collect();
    DataFrame::new(rows.len(), cols).map_err(err)
}

/// Column `c` of the report of `rows`.
fn column(rows: &[Assessment], c: Col) -> Column {
    fn s(v: &str) -> Option<&str> {
        Some(v)
    }
    let name = c.name();
    match c {
        Col::Id => text(rows, name, |a| s(&a.id)),
        Col::Region => text(rows, name, |a| s(&a.region)),
        Col::Indicator => text(rows, name, |a| s(&a.indicator)),
        Col::Unit => text(rows, name, |a| s(&a.unit)),
        Col::Form => text(rows, name, |a| s(a.form.name())),
        Col::Direction => text(rows, name, |a| s(a.direction.name())),
        Col::TargetStated => text(rows, name, |a| s(&a.target_stated)),
        Col::TargetYear => int(rows, name, |a| a.target_year),
        Col::TargetValue => num(rows, name, |a| a.target_value),
        Col::BasePeriod => text(rows, name, |a| a.base_period.as_deref()),
        Col::BaseValue => num(rows, name, |a| a.base_value),
        Col::Pace => num(rows, name, |a| a.pace),
        Col::PaceSource => text(rows, name, |a| a.pace_source.map(|p| p.name())),
        Col::ClaimedGrowth => num(rows, name, |a| a.claimed_growth),
        Col::ObservedGrowth => num(rows, name, |a| a.observed_growth),
        Col::RateUnit => text(rows, name, |a| s(a.rate_unit.name())),
        Col::RequiredGrowth => num(rows, name, |a| a.required_growth),
        Col::ProjectedValue => num(rows, name, |a| a.projected_value),
        Col::Gap => num(rows, name, |a| a.gap),
        Col::GapPct => num(rows, name, |a| a.gap_pct),
        Col::ReachYear => int(rows, name, |a| a.reach_year),
        Col::ReachYearExact => num(rows, name, |a| a.reach_year_exact),
        Col::GrowthRatio => num(rows, name, |a| a.growth_ratio),
        Col::Verdict => text(rows, name, |a| s(a.verdict.name())),
        Col::Reason => text(rows, name, |a| s(&a.reason)),
        Col::Source => text(rows, name, |a| s(&a.source)),
    }
}

/// CSV bytes.
pub fn csv(rows: &[Assessment]) -> Result<Vec<u8>> {
    crate::output::csv::csv_of(&mut to_frame(rows)?)
}

/// Parquet bytes.
pub fn parquet(rows: &[Assessment]) -> Result<Vec<u8>> {
    crate::output::parquet::parquet_of(&mut to_frame(rows)?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn columns_name_the_frame_in_order() {
        let df = super::to_frame(&[]).unwrap();
        let names: Vec<&str> = df.get_column_names().iter().map(|n| n.as_str()).collect();
        assert_eq!(names, crate::report::columns::names());
    }
}
