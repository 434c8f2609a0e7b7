//! `reach simulate`.

use super::common::AssessArgs;
use super::facts::{is_figure, SeriesArgs};
use super::values::DistArg;
use crate::chart::{png, svg, FanChart, Look, TrajectoryChart, YScale};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::output::{write_atomic, Sink};
use crate::report::sim;
use crate::simulate::start::start;
use crate::simulate::{simulate, Dist, Spec};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Default sd of the yearly growth rate when the data cannot give one.
pub const DEFAULT_SIGMA: f64 = 0.05;

/// Arguments of `reach simulate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    assess: AssessArgs,
    /// Baseline value (instead of --id).
    #[arg(long, allow_negative_numbers = true)]
    base: Option<f64>,
    /// Baseline year (instead of --id).
    #[arg(long)]
    base_year: Option<i32>,
    /// Mean yearly growth rate μ: 20% or 0.2 (a bare number must be below 1); default: the
    /// target's pace.
    #[arg(long, allow_negative_numbers = true, value_parser = rate)]
    growth: Option<f64>,
    /// Sd of the yearly growth rate σ: 5% or 0.05; default: observed from three or more yearly
    /// actuals, else 5%.
    #[arg(long, allow_negative_numbers = true, value_parser = rate)]
    sigma: Option<f64>,
    /// Target level (instead of --id), or targets with their year: 千亿@2026 (repeatable; each
    /// is simulated).
    #[arg(long, value_name = "LEVEL|FIGURE@YEAR")]
    target: Vec<String>,
    #[command(flatten)]
    series: SeriesArgs,
    /// Target year (instead of --id).
    #[arg(long)]
    target_year: Option<i32>,
    /// Yearly shock: normal (exact closed form) or t (Student-t, fat tails).
    #[arg(long, value_enum, default_value_t = DistArg::Normal)]
    dist: DistArg,
    /// Degrees of freedom for --dist t (> 2).
    #[arg(long, default_value_t = 5.0)]
    df: f64,
    /// Number of paths.
    #[arg(long, default_value_t = 100_000)]
    paths: usize,
    /// Seed: the same seed gives the same output, bit for bit, on any number of threads.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Years simulated past the deadline (for the reach-year distribution).
    #[arg(long, default_value_t = 10)]
    extra_years: u32,
    /// Start CSV output with a UTF-8 byte-order mark (Excel on Chinese Windows then reads it
    /// as UTF-8).
    #[arg(long)]
    bom: bool,
    /// Output format: table, json, csv, parquet, xlsx (csv/parquet/xlsx: the per-year
    /// quantiles frame).
    #[arg(long, short = 'f')]
    format: Option<String>,
    /// Output file; `-` for stdout.
    #[arg(long, short = 'o', default_value = "-")]
    output: String,
    /// Also draw a fan chart (and, with --id, the trajectory chart with the band) into DIR.
    #[arg(long, value_name = "DIR")]
    chart: Option<PathBuf>,
    #[command(flatten)]
    look: super::chart::LookArgs,
    /// No progress bar.
    #[arg(long, short = 'q')]
    quiet: bool,
}

fn need<T>(v: Option<T>, flag: &str) -> Result<T> {
    v.ok_or_else(|| {
        Error::usage(
            flag,
            "is required without --id (or give --id, or --actual and --target FIGURE@YEAR)",
        )
    })
}

/// One simulation asked for: a target of the data, or the flags' own numbers.
struct Run {
    /// The target's id (`None` for a run from --base/--target numbers).
    id: Option<String>,
    spec: Spec,
    title: String,
    unit: String,
    /// The trajectory to draw the band on (targets of the data only).
    traj: Option<TrajectoryChart>,
    /// Where μ and σ came from, in words for the person at the terminal.
    said: Vec<sim::Said>,
}

/// The runs asked for: each `--id` (repeatable), each `--target FIGURE@YEAR`, or one run from
/// the flags' numbers (`--base` or the latest `--actual`, `--target LEVEL`).
fn runs(a: &Args) -> Result<Vec<Run>> {
    let asked = a
        .series
        .asked(&a.target, &a.assess.ids, "one level (1000)")?;
    let level = match &asked.plain {
        None => None,
        Some(t) => Some(t.trim().parse::<f64>().map_err(|_| {
            Error::usage(
                "--target",
                format!("{t:?}: expected a number (1000) or a figure with its year (千亿@2026)"),
            )
        })?),
    };
    let (given, ids) = (asked.facts, asked.ids);
    if ids.is_empty() {
        let base = a.base.or(asked.latest.map(|l| l.0));
        let base_t = a.base_year.map(f64::from).or(asked.latest.map(|l| l.1));
        return Ok(vec![spec(a, None, base, base_t, level)?]);
    }
    let x = AssessArgs {
        ids,
        ..a.assess.clone()
    }
    .run_with(given)?;
    let known = x.known();
    x.rows
        .iter()
        .map(|row| from_target(a, row, &known, x.options.lang))
        .collect()
}

fn dist(a: &Args) -> Result<Dist> {
    Ok(if a.dist == DistArg::T {
        if !(a.df > 2.0 && a.df.is_finite()) {
            return Err(Error::usage(
                "--df",
                format!("{}: expected more than 2 degrees of freedom", a.df),
            ));
        }
        Dist::StudentT(a.df)
    } else {
        Dist::Normal
    })
}

/// A run from the flags' own numbers.
fn spec(
    a: &Args,
    id: Option<String>,
    base: Option<f64>,
    base_t: Option<f64>,
    target: Option<f64>,
) -> Result<Run> {
    let s = Spec {
        base: need(base, "--base")?,
        base_t: need(base_t, "--base-year")?,
        mu: need(a.growth, "--growth")?,
        sigma: a.sigma.unwrap_or(DEFAULT_SIGMA),
        target: need(target, "--target")?,
        target_t: f64::from(need(a.target_year, "--target-year")?),
        extra_years: a.extra_years,
        paths: a.paths,
        seed: a.seed,
        dist: dist(a)?,
    };
    let said = vec![
        sim::Said::MuFlag(s.mu),
        match a.sigma {
            Some(v) => sim::Said::SigmaFlag(v),
            None => sim::Said::SigmaDefault(DEFAULT_SIGMA, false),
        },
    ];
    s.check()?;
    Ok(Run {
        id,
        spec: s,
        title: "reach simulate".to_string(),
        unit: String::new(),
        traj: None,
        said,
    })
}

/// A run from a target of the data.
fn from_target(
    a: &Args,
    row: &crate::assess::Assessment,
    known: &[&crate::model::Fact],
    lang: crate::model::Lang,
) -> Result<Run> {
    let id = &row.id;
    let mut said = Vec::new();
    let mut s = Spec {
        base: 0.0,
        base_t: 0.0,
        mu: 0.0,
        sigma: a.sigma.unwrap_or(DEFAULT_SIGMA),
        target: 0.0,
        target_t: 0.0,
        extra_years: a.extra_years,
        paths: a.paths,
        seed: a.seed,
        dist: dist(a)?,
    };
    let from = start(row, known).map_err(|e| Error::usage("--id", e))?;
    (s.base, s.base_t, s.target, s.target_t) = (from.base, from.base_t, from.target, from.target_t);
    s.mu = a.growth.or(from.pace).ok_or_else(|| {
        Error::usage(
            "--growth",
            format!("{id} has no pace in the data; give --growth"),
        )
    })?;
    said.push(match (a.growth, row.pace_source) {
        (Some(g), _) => sim::Said::MuFlag(g),
        (None, Some(crate::assess::PaceSource::Claimed)) => sim::Said::MuStated(s.mu),
        (None, _) => sim::Said::MuObserved(s.mu),
    });
    match (a.sigma, from.sigma) {
        (Some(v), _) => said.push(sim::Said::SigmaFlag(v)),
        (None, Some((v, n))) => {
            s.sigma = v;
            said.push(sim::Said::SigmaEstimated(v, n));
            if n < 5 {
                said.push(sim::Said::SigmaFew(n));
            }
        }
        (None, None) => {
            s.sigma = DEFAULT_SIGMA;
            said.push(sim::Said::SigmaDefault(DEFAULT_SIGMA, true));
        }
    }
    let traj =
        crate::assess::trajectory::trajectory(row, known, lang).map(|data| TrajectoryChart {
            data,
            y_scale: YScale::Auto,
        });
    s.check()?;
    Ok(Run {
        id: Some(id.clone()),
        spec: s,
        title: format!("{} {}", row.region, row.indicator),
        unit: row.unit.clone(),
        traj,
        said,
    })
}

/// A rate flag: `20%` or `0.2` (see [`crate::model::parse_rate`]).
fn rate(s: &str) -> Result<f64, String> {
    crate::model::parse_rate(s)
}

/// Flags `simulate` shares with the assessing verbs but cannot use are refused, not ignored.
fn refuse_silent_flags(a: &Args) -> Result<()> {
    let o = a.assess.options()?;
    let with_id = !a.assess.ids.is_empty() || a.target.iter().any(|t| is_figure(t));
    let refuse = |flag: &str, why: &str| Err(Error::usage(flag, why.to_string()));
    if o.model != crate::project::Model::Compound {
        return refuse("--model", "simulate draws yearly growth rates (compound growth); --model linear is for report, chart and sweep");
    }
    if o.scheme != crate::assess::Scheme::Eurostat {
        return refuse(
            "--scheme",
            "simulate gives probabilities, not verdicts; --scheme is for report, chart and sweep",
        );
    }
    if o.trend != crate::assess::TrendScheme::Statcan {
        return refuse("--trend-scheme", "simulate takes one target, not a trend");
    }
    if !with_id && o.pace != crate::assess::PacePref::Auto {
        return refuse(
            "--pace",
            "chooses the pace of a target in the data: give --id (or --growth)",
        );
    }
    if !with_id && o.reference != crate::assess::Reference::Latest {
        return refuse("--reference", "applies to a target in the data: give --id");
    }
    Ok(())
}

/// Runs `reach simulate`.
pub fn run(a: Args) -> Result<()> {
    let t0 = std::time::Instant::now();
    // Checked before any work: a bad --width is not found after a long run.
    let look = a.look.look()?;
    let sink = Sink::parse(&a.output);
    let format = Format::resolve(a.format.as_deref(), &sink, &sim::FORMATS)?;
    let bom = crate::output::csv::bom(a.bom, format)?;
    sink.check_not_input(&a.assess.data, "--output")?;
    refuse_silent_flags(&a)?;
    let runs = runs(&a)?;
    let lang = a.assess.options()?.lang;
    let mut outcomes = Vec::with_capacity(runs.len());
    for run in &runs {
        if !a.quiet {
            if let (Some(id), true) = (&run.id, runs.len() > 1) {
                crate::output::say(&format!("{id}:"));
            }
            for line in &run.said {
                crate::output::say(&line.words(lang));
            }
        }
        outcomes.push(simulate_one(&a, &run.spec));
    }
    crate::timing("simulated", t0);
    let done: Vec<sim::Done> = runs
        .iter()
        .zip(&outcomes)
        .map(|(r, o)| sim::Done {
            id: r.id.as_deref(),
            spec: &r.spec,
            outcome: o,
        })
        .collect();
    sink.write(&crate::output::csv::with_bom(
        bom,
        sim::render(format, &done, lang)?,
    ))?;
    crate::timing("written", t0);
    if let Some(dir) = &a.chart {
        crate::output::ensure_dir(dir)?;
        let names = crate::chart::file_names(
            runs.iter().map(|r| r.id.as_deref().unwrap_or("simulation")),
            &[],
        );
        for ((run, outcome), name) in runs.into_iter().zip(&outcomes).zip(names) {
            draw(dir, &name, run, outcome, &look)?;
        }
    }
    Ok(())
}

/// One simulation, with a progress bar on a terminal for long runs.
fn simulate_one(a: &Args, spec: &Spec) -> crate::simulate::Outcome {
    let bar = (!a.quiet && std::io::stderr().is_terminal() && a.paths >= 200_000).then(|| {
        let blocks = a.paths.div_ceil(crate::simulate::BLOCK) as u64;
        let style = indicatif::ProgressStyle::with_template(
            "{msg} [{bar:30}] {pos}/{len} blocks of 16,384 paths · ETA {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        indicatif::ProgressBar::new(blocks)
            .with_style(style)
            .with_message("simulating")
    });
    let outcome = simulate(spec, &|done| {
        if let Some(b) = &bar {
            b.set_position(done as u64);
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    outcome
}

/// The fan chart of one run, and (for a target of the data) its trajectory chart with the band.
fn draw(
    dir: &std::path::Path,
    name: &str,
    run: Run,
    outcome: &crate::simulate::Outcome,
    look: &Look,
) -> Result<()> {
    let spec = &run.spec;
    let fan = FanChart::new(&run.title, &run.unit, spec, outcome);
    let look = *look;
    write_atomic(&dir.join(format!("{name}-fan.png")), &png(&fan, &look)?)?;
    write_atomic(
        &dir.join(format!("{name}-fan.svg")),
        svg(&fan, &look)?.as_bytes(),
    )?;
    if let Some(mut t) = run.traj {
        t.add_band(spec, outcome);
        write_atomic(&dir.join(format!("{name}.png")), &png(&t, &look)?)?;
        write_atomic(&dir.join(format!("{name}.svg")), svg(&t, &look)?.as_bytes())?;
    }
    Ok(())
}
