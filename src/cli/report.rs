//! `reach report`.

use super::common::AssessArgs;
use super::values::Engine;
use crate::error::{Error, Result};
use crate::output::csv::{with_bom, write_bom};
use crate::output::Sink;
use crate::report::{Col, Format, Render, Report};
use std::io::IsTerminal;

/// Arguments of `reach report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    assess: AssessArgs,
    #[command(flatten)]
    facts: super::facts::FactArgs,
    /// Extract the figures of these texts (news, reports; UTF-8 or GB18030) and assess their
    /// targets in the same run, as `reach extract` reads them; stderr lists the date, region
    /// and links assumed. With `--data`, the texts' facts join the file's.
    #[arg(long, value_name = "FILE")]
    text: Vec<String>,
    /// With `--text`: the texts' date (YYYY-MM-DD), for 今年, 目前 and the year a review covers;
    /// default: the date written near the top of each text, else inferred.
    #[arg(long, value_name = "DATE", requires = "text")]
    date: Option<String>,
    /// Start CSV output with a UTF-8 byte-order mark (Excel on Chinese Windows then reads it
    /// as UTF-8).
    #[arg(long)]
    bom: bool,
    /// Output format: table, markdown, json, csv, parquet, html, xlsx (Excel). Default: from
    /// -o's extension, else table.
    #[arg(long, short = 'f', value_name = "FORMAT")]
    format: Option<String>,
    /// Only these report columns, in this order (comma-separated; csv and parquet output),
    /// e.g. `id,verdict,gap,required_growth`. Unselected text is not even written, which
    /// speeds up large batch reports. The columns: id, region, indicator, unit, form,
    /// direction, target_stated, target_year, target_value, base_period, base_value, pace,
    /// pace_source, claimed_growth, observed_growth, rate_unit, required_growth,
    /// projected_value, gap, gap_pct, reach_year, reach_year_exact, growth_ratio, verdict,
    /// reason, source.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    columns: Vec<String>,
    /// Output file; `-` for stdout (the default).
    #[arg(long, short = 'o', value_name = "FILE", default_value = "-")]
    output: String,
    /// Every table column at its full width, whatever the terminal's width.
    #[arg(long)]
    wide: bool,
    /// Which engine assesses the file (for tests and benchmarks).
    #[arg(long, value_enum, default_value_t = Engine::Auto, hide = true)]
    engine: Engine,
}

/// What `reach report` writes, the default first.
const FORMATS: [Format; 7] = [
    Format::Table,
    Format::Markdown,
    Format::Json,
    Format::Csv,
    Format::Parquet,
    Format::Html,
    Format::Xlsx,
];

/// Runs `reach report`.
pub fn run(a: Args) -> Result<()> {
    let sink = Sink::parse(&a.output);
    let format = Format::resolve(a.format.as_deref(), &sink, &FORMATS)?;
    let bom = crate::output::csv::bom(a.bom, format)?;
    sink.check_not_input(&a.assess.data, "--output")?;
    let columns = columns(&a.columns, format)?;
    if a.engine != Engine::Reference
        && !a.facts.any()
        && a.text.is_empty()
        && batch(&a, format, &columns, &sink)?.is_some()
    {
        return Ok(());
    }
    if a.engine == Engine::Batch {
        return Err(Error::usage(
            "--engine",
            "the batch engine leaves this run to the reference engine (it takes one fact file read to csv or parquet, without --id, --model linear, --pace claimed|observed or --reference base)",
        ));
    }
    let mut given = a.facts.facts()?;
    given.extend(from_texts(&a)?);
    let assessed = a.assess.run_with(given)?;
    if !a.columns.is_empty() {
        let mut df = crate::report::select(&crate::report::to_frame(&assessed.rows)?, &columns)?;
        return sink.write(&with_bom(bom, encode(&mut df, format)?));
    }
    let charts = if format == Format::Html {
        let o = super::chart::ChartOpts::default();
        super::chart::gallery(&assessed, &o).svgs(&o.look)?
    } else {
        Vec::new()
    };
    // The table fits the terminal it is shown on (--wide: every column at full width).
    let width = (!a.wide && sink == Sink::Stdout && std::io::stdout().is_terminal())
        .then(|| terminal_size::terminal_size().map(|(w, _)| w.0))
        .flatten();
    let mut inputs: Vec<String> = a
        .assess
        .data
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    inputs.extend(a.text.iter().cloned());
    if a.facts.any() {
        inputs.push("命令行 command line".into());
    } else if inputs.is_empty() {
        inputs.push("内置种子数据 embedded seed data (seeds/, data/)".into());
    }
    let report = Report {
        sources: crate::load::seed_sources()?,
        lang: assessed.options.lang,
        inputs,
        width,
        rows: &assessed.rows,
        charts,
        scheme: assessed.options.scheme,
    };
    sink.write(&with_bom(bom, format.render(&report)?))
}

/// The facts `--text` extracts, with what was assumed said on stderr.
fn from_texts(a: &Args) -> Result<Vec<crate::model::Fact>> {
    if a.text.is_empty() {
        return Ok(Vec::new());
    }
    let texts: Vec<std::path::PathBuf> = a
        .text
        .iter()
        .filter(|f| *f != "-")
        .map(Into::into)
        .collect();
    Sink::parse(&a.output).check_not_input(&texts, "--output")?;
    let opts = crate::extract::Options {
        date: super::extract::date_flag(a.date.as_deref())?,
        region: a.facts.series.region.clone(),
    };
    let docs = super::extract::documents(&a.text, &opts)?;
    for line in crate::extract::assumptions(&docs) {
        crate::output::say(&line);
    }
    let facts = crate::extract::facts(&docs)?;
    if !facts.iter().any(|f| f.kind == crate::model::Kind::Target) {
        return Err(Error::input(
            a.text.join(", "),
            "no target found in the text (nothing to assess); `reach extract` shows what was read",
        ));
    }
    Ok(facts)
}

/// A report frame as CSV or (any other frame format) Parquet bytes.
fn encode(df: &mut polars::prelude::DataFrame, format: Format) -> Result<Vec<u8>> {
    match format {
        Format::Csv => crate::output::csv::csv_of(df),
        _ => crate::output::parquet::parquet_of(df),
    }
}

/// The report columns `--columns` names (every column when it names none).
fn columns(names: &[String], format: Format) -> Result<Vec<Col>> {
    if names.is_empty() {
        return Ok(Col::ALL.to_vec());
    }
    if !matches!(format, Format::Csv | Format::Parquet) {
        return Err(Error::usage(
            "--columns",
            "selects columns of csv or parquet output; add -f csv or -f parquet",
        ));
    }
    let mut out: Vec<Col> = Vec::new();
    for n in names {
        let Some(c) = Col::parse(n.trim()) else {
            return Err(Error::usage(
                "--columns",
                format!(
                    "{n:?} is not a report column; the columns are {}",
                    crate::report::columns::names().join(",")
                ),
            ));
        };
        if out.contains(&c) {
            return Err(Error::usage(
                "--columns",
                format!("{:?} is named twice", c.name()),
            ));
        }
        out.push(c);
    }
    Ok(out)
}

/// The report by the batch engine, when the output is a frame format and the input is one
/// fact file it can take whole (see [`crate::batch`]), assessed, encoded and written chunk by
/// chunk. `None` when the reference engine must run instead.
fn batch(a: &Args, format: Format, columns: &[Col], sink: &Sink) -> Result<Option<()>> {
    let [file] = a.assess.data.as_slice() else {
        return Ok(None);
    };
    if !matches!(format, Format::Csv | Format::Parquet)
        || !a.assess.ids.is_empty()
        || file.is_dir()
        || crate::load::is_workbook(file)
    {
        return Ok(None);
    }
    let bytes = crate::load::read_file(file)
        .map_err(|e| Error::input(file, format!("cannot read: {e}")))?;
    let name = file.display().to_string();
    let job = (columns, crate::batch::CHUNK);
    crate::batch::with_chunks(&name, &bytes, &a.assess.options()?, job, |c| {
        if format == Format::Parquet {
            sink.write_with(&mut |w| c.write_parquet(w))
        } else {
            sink.write_with(&mut |w| {
                write_bom(w, a.bom)?;
                c.write_csv(w)
            })
        }
    })
}
