//! Simulation output: a summary table, JSON, or the per-year quantiles frame (CSV/Parquet).

use crate::error::{Error, Result};
use crate::model::{fmt_num, fmt_pct};
use crate::output::Format;
use crate::simulate::{Dist, Outcome, Spec};
use comfy_table::{presets, Table};
use polars::prelude::*;

/// What `reach simulate` writes, the default first: a summary and quantile table, everything
/// as JSON, or the per-year quantiles frame as CSV or Parquet.
pub const FORMATS: [Format; 4] = [Format::Table, Format::Json, Format::Csv, Format::Parquet];

/// One finished simulation: the target's id (`None` for a run from the flags' numbers), what
/// was asked and what came out.
pub struct Done<'a> {
    /// The target's id.
    pub id: Option<&'a str>,
    /// What was simulated.
    pub spec: &'a Spec,
    /// What came out.
    pub outcome: &'a Outcome,
}

/// The per-year quantiles of every run, one frame; with more than one run, an `id` column
/// comes first.
fn frame(done: &[Done]) -> Result<DataFrame> {
    let q: Vec<(&str, &crate::simulate::YearQuantiles)> = done
        .iter()
        .flat_map(|d| d.outcome.quantiles.iter().map(|q| (d.id.unwrap_or(""), q)))
        .collect();
    let col = |name: &str, f: &dyn Fn(&crate::simulate::YearQuantiles) -> f64| {
        Column::new(
            name.into(),
            q.iter().map(|(_, x)| f(x)).collect::<Vec<f64>>(),
        )
    };
    let mut ids = Vec::new();
    if done.len() > 1 {
        ids.push(Column::new(
            "id".into(),
            q.iter().map(|(id, _)| *id).collect::<Vec<&str>>(),
        ));
    }
    DataFrame::new(
        q.len(),
        ids.into_iter()
            .chain([
                col("t", &|x| x.t),
                Column::new(
                    "year".into(),
                    q.iter().map(|(_, x)| x.year).collect::<Vec<i32>>(),
                ),
                col("p5", &|x| x.p5),
                col("p25", &|x| x.p25),
                col("p50", &|x| x.p50),
                col("p75", &|x| x.p75),
                col("p95", &|x| x.p95),
                col("p50_closed_form", &|x| x.p50_closed_form),
            ])
            .collect(),
    )
    .map_err(|e| Error::encode("the simulation's table", e))
}

fn dist_name(d: Dist) -> String {
    match d {
        Dist::Normal => "normal".into(),
        Dist::StudentT(df) => format!("t(df={df})"),
    }
}

fn json(id: Option<&str>, s: &Spec, o: &Outcome) -> serde_json::Value {
    let mut v = serde_json::json!({
        "p_reach": o.p_reach,
        "p_reach_closed_form": o.p_reach_closed_form,
        "standard_error": o.standard_error,
        "paths": o.paths,
        "seed": o.seed,
        "dist": dist_name(s.dist),
        "closed_form_exact": s.dist == Dist::Normal,
        "base": s.base, "base_t": s.base_t, "growth_mean": s.mu, "growth_sd": s.sigma,
        "log_mean": o.log_mean, "log_sd": o.log_sd,
        "target": s.target, "target_t": s.target_t,
        "quantiles": o.quantiles,
        "reach_years": o.reach_years.iter().map(|(y, p)| serde_json::json!({"year": y, "share": p})).collect::<Vec<_>>(),
        "never_within_horizon": o.never_within_horizon,
    });
    if let Some(id) = id {
        v["id"] = id.into();
    }
    v
}

/// Renders simulations: one run as before (a JSON object); several as a JSON array, tables one
/// after another under their ids, or one frame with an `id` column.
pub fn render(f: Format, done: &[Done]) -> Result<Vec<u8>> {
    let polars_err = |e: PolarsError| Error::encode("the simulation's table", e);
    Ok(match f {
        Format::Json => {
            let mut all: Vec<serde_json::Value> =
                done.iter().map(|d| json(d.id, d.spec, d.outcome)).collect();
            let v = if all.len() == 1 {
                all.remove(0)
            } else {
                serde_json::Value::Array(all)
            };
            let mut b =
                serde_json::to_vec_pretty(&v).map_err(|e| Error::encode("the JSON output", e))?;
            b.push(b'\n');
            b
        }
        Format::Csv => {
            let mut b = Vec::new();
            CsvWriter::new(&mut b)
                .include_header(true)
                .finish(&mut frame(done)?)
                .map_err(polars_err)?;
            b
        }
        Format::Parquet => {
            let mut b = Vec::new();
            ParquetWriter::new(&mut b)
                .finish(&mut frame(done)?)
                .map_err(polars_err)?;
            b
        }
        Format::Table | Format::Markdown | Format::Html => done
            .iter()
            .map(|d| match (d.id, done.len() > 1) {
                (Some(id), true) => format!("── {id} ──\n{}", table(d.spec, d.outcome)),
                _ => table(d.spec, d.outcome),
            })
            .collect::<Vec<_>>()
            .join("\n")
            .into_bytes(),
    })
}

fn table(s: &Spec, o: &Outcome) -> String {
    let mut out = format!(
        "P(reach {} by {}) = {:.4} ± {:.4} (Monte Carlo: {} paths, seed {}, {} shocks)\n",
        fmt_num(s.target),
        fmt_num(s.target_t),
        o.p_reach,
        o.standard_error,
        o.paths,
        o.seed,
        dist_name(s.dist)
    );
    out.push_str(&format!(
        "closed form{}: {:.4}\nyearly growth: mean {}, sd {} → log-growth Normal({:.4}, {:.4}²)\n\n",
        if s.dist == Dist::Normal { " (exact under Normal log-growth)" } else { " (Normal approximation)" },
        o.p_reach_closed_form,
        fmt_pct(s.mu),
        fmt_pct(s.sigma),
        o.log_mean,
        o.log_sd
    ));
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED).set_header(vec![
        "t",
        "年份",
        "P5",
        "P25",
        "P50",
        "P75",
        "P95",
        "P50 closed form",
    ]);
    for q in &o.quantiles {
        t.add_row(vec![
            format!("{:.2}", q.t),
            q.year.to_string(),
            fmt_num(q.p5),
            fmt_num(q.p25),
            fmt_num(q.p50),
            fmt_num(q.p75),
            fmt_num(q.p95),
            fmt_num(q.p50_closed_form),
        ]);
    }
    out.push_str(&format!("{t}\n\nyear first reached (share of paths):\n"));
    for (y, p) in o.reach_years.iter().filter(|(_, p)| *p > 0.0) {
        out.push_str(&format!("  {y}: {:.2}%\n", p * 100.0));
    }
    out.push_str(&format!(
        "  not within the simulated years: {:.2}%\n",
        o.never_within_horizon * 100.0
    ));
    out
}
