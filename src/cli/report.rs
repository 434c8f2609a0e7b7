//! `reach report`.

use crate::assess::{assess_all, Options, PacePref, Scheme};
use crate::error::{Error, Result};
use crate::model::Date;
use crate::output::Sink;
use crate::project::Model;
use crate::report::{Format, Render};
use std::path::PathBuf;

/// Arguments of `reach report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Fact files or directories of them (CSV, UTF-8); repeatable. Default: the embedded seed data.
    #[arg(long = "data", value_name = "PATH")]
    pub data: Vec<PathBuf>,
    /// Output format: table, markdown, json, csv, parquet. Default: from -o's extension, else table.
    #[arg(long, short = 'f', value_name = "FORMAT")]
    pub format: Option<String>,
    /// Output file; `-` for stdout (the default).
    #[arg(long, short = 'o', value_name = "FILE", default_value = "-")]
    pub output: String,
    /// Judge with only the facts announced on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Verdict cut-offs: eurostat (0.95 / 0.60 / 0) or unsd (0.95 / 0.50 / −0.10).
    #[arg(long, default_value = "eurostat", value_parser = ["eurostat", "unsd"])]
    pub scheme: String,
    /// Growth model for level targets: compound or linear.
    #[arg(long, default_value = "compound", value_parser = ["compound", "linear"])]
    pub model: String,
    /// Pace to project with: auto (stated rate, else observed), claimed, observed.
    #[arg(long, default_value = "auto", value_parser = ["auto", "claimed", "observed"])]
    pub pace: String,
    /// Only these target ids (repeatable).
    #[arg(long = "id", value_name = "ID")]
    pub ids: Vec<String>,
}

/// Validated options of `reach report`.
struct Opts {
    assess: Options,
    format: Format,
    sink: Sink,
}

fn validate(a: &Args) -> Result<Opts> {
    let sink = Sink::parse(&a.output);
    let format = match (&a.format, &sink) {
        (Some(f), _) => Format::parse(f).ok_or_else(|| {
            Error::usage(
                "--format",
                format!("{f:?}: expected table, markdown, json, csv or parquet"),
            )
        })?,
        (None, Sink::File(p)) => Format::from_extension(p).unwrap_or(Format::Table),
        (None, Sink::Stdout) => Format::Table,
    };
    sink.check_not_input(&a.data, "--output")?;
    let as_of = match &a.as_of {
        Some(d) => Some(
            Date::parse(d)
                .map_err(|e| Error::usage("--as-of", format!("{e}; expected YYYY-MM-DD")))?,
        ),
        None => None,
    };
    Ok(Opts {
        assess: Options {
            as_of,
            scheme: if a.scheme == "unsd" {
                Scheme::Unsd
            } else {
                Scheme::Eurostat
            },
            model: if a.model == "linear" {
                Model::Linear
            } else {
                Model::Compound
            },
            pace: match a.pace.as_str() {
                "claimed" => PacePref::Claimed,
                "observed" => PacePref::Observed,
                _ => PacePref::Auto,
            },
        },
        format,
        sink,
    })
}

/// Runs `reach report`.
pub fn run(a: Args) -> Result<()> {
    let o = validate(&a)?;
    let facts = if a.data.is_empty() {
        crate::load::seed_facts()?
    } else {
        crate::load::load_paths(&a.data)?
    };
    let mut rows = assess_all(&facts, &o.assess);
    if !a.ids.is_empty() {
        if let Some(missing) = a.ids.iter().find(|id| !rows.iter().any(|r| &r.id == *id)) {
            return Err(Error::usage(
                "--id",
                format!("no target {missing:?} in the data (known at the as-of date)"),
            ));
        }
        rows.retain(|r| a.ids.contains(&r.id));
    }
    o.sink.write(&o.format.render(&rows)?)
}
