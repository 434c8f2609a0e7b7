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

fn frame(o: &Outcome) -> Result<DataFrame> {
    let q = &o.quantiles;
    let col = |name: &str, f: &dyn Fn(&crate::simulate::YearQuantiles) -> f64| {
        Column::new(name.into(), q.iter().map(f).collect::<Vec<f64>>())
    };
    DataFrame::new(
        q.len(),
        vec![
            col("t", &|x| x.t),
            Column::new(
                "year".into(),
                q.iter().map(|x| x.year).collect::<Vec<i32>>(),
            ),
            col("p5", &|x| x.p5),
            col("p25", &|x| x.p25),
            col("p50", &|x| x.p50),
            col("p75", &|x| x.p75),
            col("p95", &|x| x.p95),
            col("p50_closed_form", &|x| x.p50_closed_form),
        ],
    )
    .map_err(|e| Error::encode("the simulation's table", e))
}

fn dist_name(d: Dist) -> String {
    match d {
        Dist::Normal => "normal".into(),
        Dist::StudentT(df) => format!("t(df={df})"),
    }
}

/// Renders a simulation.
pub fn render(f: Format, s: &Spec, o: &Outcome) -> Result<Vec<u8>> {
    let polars_err = |e: PolarsError| Error::encode("the simulation's table", e);
    Ok(match f {
        Format::Json => {
            let v = serde_json::json!({
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
            let mut b =
                serde_json::to_vec_pretty(&v).map_err(|e| Error::encode("the JSON output", e))?;
            b.push(b'\n');
            b
        }
        Format::Csv => {
            let mut b = Vec::new();
            CsvWriter::new(&mut b)
                .include_header(true)
                .finish(&mut frame(o)?)
                .map_err(polars_err)?;
            b
        }
        Format::Parquet => {
            let mut b = Vec::new();
            ParquetWriter::new(&mut b)
                .finish(&mut frame(o)?)
                .map_err(polars_err)?;
            b
        }
        Format::Table | Format::Markdown | Format::Html => table(s, o).into_bytes(),
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
