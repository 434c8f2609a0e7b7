//! Simulation output: a summary table, JSON, or the per-year quantiles frame (CSV/Parquet).

use crate::error::{Error, Result};
use crate::model::{fmt_num, fmt_pct, Lang};
use crate::output::Format;
use crate::simulate::{Dist, Outcome, Spec};
use comfy_table::{presets, Table};
use polars::prelude::*;

/// What `reach simulate` writes, the default first: a summary and quantile table, everything
/// as JSON, or the per-year quantiles frame as CSV or Parquet.
pub const FORMATS: [Format; 5] = [
    Format::Table,
    Format::Json,
    Format::Csv,
    Format::Parquet,
    Format::Xlsx,
];

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

/// Where μ and σ came from, said on stderr before a simulation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Said {
    /// μ given with --growth.
    MuFlag(f64),
    /// μ the rate stated in the data.
    MuStated(f64),
    /// μ the rate observed from the actuals.
    MuObserved(f64),
    /// σ given with --sigma.
    SigmaFlag(f64),
    /// σ estimated from this many yearly changes.
    SigmaEstimated(f64, usize),
    /// A warning: σ rests on only this many yearly changes.
    SigmaFew(usize),
    /// σ the default, for numbers from flags (`false`) or a target without a yearly history.
    SigmaDefault(f64, bool),
}

impl Said {
    /// The sentence in `lang`.
    pub fn words(self, lang: Lang) -> String {
        let pct = |x: f64| format!("{:.2}%{}", x * 100.0, lang.pick("/年", "/yr"));
        match (self, lang) {
            (Said::MuFlag(m), Lang::Zh) => format!("μ = {}：来自 --growth", pct(m)),
            (Said::MuFlag(m), Lang::En) => format!("μ = {} from --growth", pct(m)),
            (Said::MuStated(m), Lang::Zh) => format!("μ = {}：数据中声称的增速", pct(m)),
            (Said::MuStated(m), Lang::En) => format!("μ = {}: the rate stated in the data", pct(m)),
            (Said::MuObserved(m), Lang::Zh) => format!("μ = {}：由实际值测得的增速", pct(m)),
            (Said::MuObserved(m), Lang::En) => {
                format!("μ = {}: the rate observed from the actuals", pct(m))
            }
            (Said::SigmaFlag(v), Lang::Zh) => format!("σ = {}：来自 --sigma", pct(v)),
            (Said::SigmaFlag(v), Lang::En) => format!("σ = {} from --sigma", pct(v)),
            (Said::SigmaEstimated(v, n), Lang::Zh) => {
                format!("σ = {}：由数据中 {n} 个年度变化估计", pct(v))
            }
            (Said::SigmaEstimated(v, n), Lang::En) => format!(
                "σ = {}: estimated from {n} yearly changes in the data",
                pct(v)
            ),
            (Said::SigmaFew(n), Lang::Zh) => {
                format!("警告：σ 仅依据 {n} 个年度变化；如有更好的估计请给出 --sigma")
            }
            (Said::SigmaFew(n), Lang::En) => format!(
                "warning: σ rests on only {n} yearly changes; give --sigma if you know better"
            ),
            (Said::SigmaDefault(v, false), Lang::Zh) => format!(
                "σ = {}：默认值（可给出 --sigma，或用 --id 指定有年度历史的目标）",
                pct(v)
            ),
            (Said::SigmaDefault(v, false), Lang::En) => format!(
                "σ = {}: the default (give --sigma, or --id for a target with a yearly history)",
                pct(v)
            ),
            (Said::SigmaDefault(v, true), Lang::Zh) => {
                format!("σ = {}：默认值（数据中连续的年度变化不足两个）", pct(v))
            }
            (Said::SigmaDefault(v, true), Lang::En) => format!(
                "σ = {}: the default (the data has fewer than two consecutive yearly changes)",
                pct(v)
            ),
        }
    }
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
pub fn render(f: Format, done: &[Done], lang: Lang) -> Result<Vec<u8>> {
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
        Format::Xlsx => crate::output::xlsx::workbook(
            &frame(done)?,
            lang.pick("模拟分位数", "quantiles"),
            &[],
            lang,
        )?,
        Format::Table | Format::Markdown | Format::Html => done
            .iter()
            .map(|d| match (d.id, done.len() > 1) {
                (Some(id), true) => format!("── {id} ──\n{}", table(d.spec, d.outcome, lang)),
                _ => table(d.spec, d.outcome, lang),
            })
            .collect::<Vec<_>>()
            .join("\n")
            .into_bytes(),
    })
}

fn table(s: &Spec, o: &Outcome, lang: Lang) -> String {
    let (target, year) = (fmt_num(s.target), fmt_num(s.target_t));
    let (p, se, paths, seed) = (o.p_reach, o.standard_error, o.paths, o.seed);
    let dist = match (s.dist, lang) {
        (Dist::Normal, Lang::Zh) => "正态".to_string(),
        (Dist::StudentT(df), Lang::Zh) => format!("t 分布（自由度 {df}）"),
        (d, Lang::En) => dist_name(d),
    };
    let (cf, mu, sigma, m, sd) = (
        o.p_reach_closed_form,
        fmt_pct(s.mu),
        fmt_pct(s.sigma),
        o.log_mean,
        o.log_sd,
    );
    let exact = s.dist == Dist::Normal;
    let mut out = match lang {
        Lang::Zh => format!(
            "{year}年达到{target}的概率 P = {p:.4} ± {se:.4}（蒙特卡洛：{paths} 条路径，种子 {seed}，{dist}冲击）\n\
             解析解{}：{cf:.4}\n年增速：均值 {mu}，标准差 {sigma} → 对数增长 Normal({m:.4}, {sd:.4}²)\n\n",
            if exact { "（对数增长服从正态时精确）" } else { "（正态近似）" },
        ),
        Lang::En => format!(
            "P(reach {target} by {year}) = {p:.4} ± {se:.4} (Monte Carlo: {paths} paths, seed {seed}, {dist} shocks)\n\
             closed form{}: {cf:.4}\nyearly growth: mean {mu}, sd {sigma} → log-growth Normal({m:.4}, {sd:.4}²)\n\n",
            if exact { " (exact under Normal log-growth)" } else { " (Normal approximation)" },
        ),
    };
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED).set_header(vec![
        "t",
        lang.pick("年份", "year"),
        "P5",
        "P25",
        "P50",
        "P75",
        "P95",
        lang.pick("P50 解析解", "P50 closed form"),
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
    out.push_str(&format!(
        "{t}\n\n{}\n",
        lang.pick(
            "首次达到的年份（路径占比）：",
            "year first reached (share of paths):"
        )
    ));
    for (y, p) in o.reach_years.iter().filter(|(_, p)| *p > 0.0) {
        out.push_str(&format!("  {y}: {:.2}%\n", p * 100.0));
    }
    out.push_str(&format!(
        "  {}: {:.2}%\n",
        lang.pick("模拟年份内未达到", "not within the simulated years"),
        o.never_within_horizon * 100.0
    ));
    out
}
