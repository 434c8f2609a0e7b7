//! `reach extract`.

use crate::error::{Error, Result};
use crate::extract::render;
use crate::extract::{extract, Document, Options};
use crate::model::{Date, Kind};
use crate::output::Format;
use crate::output::Sink;
use std::io::Read;
use std::path::PathBuf;

/// Arguments of `reach extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// UTF-8 text files; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,
    /// The document's date (YYYY-MM-DD), for 目前, 今年, 截至目前; default: the first date
    /// written near the top of each text, else inferred from the latest year it mentions.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// The region of every figure; default: the place name the text mentions most.
    #[arg(long, value_name = "NAME")]
    region: Option<String>,
    /// Start CSV output with a UTF-8 byte-order mark (Excel on Chinese Windows then reads it
    /// as UTF-8).
    #[arg(long)]
    bom: bool,
    /// Output format: table, json, csv (a fact file `--data` loads). Default: from -o, else table.
    #[arg(long, short = 'f', value_name = "FORMAT")]
    format: Option<String>,
    /// Output file; `-` for stdout (the default).
    #[arg(long, short = 'o', value_name = "FILE", default_value = "-")]
    output: String,
}

/// Reads one text (`-` is standard input), decoded to UTF-8: its source id (the file stem)
/// and its text.
pub(crate) fn read_input(name: &str) -> Result<(String, String)> {
    let mut bytes = Vec::new();
    let (source, r) = if name == "-" {
        (
            "stdin".to_string(),
            std::io::stdin().read_to_end(&mut bytes),
        )
    } else {
        let p = PathBuf::from(name);
        let stem = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.to_string());
        (
            stem,
            std::fs::File::open(&p).and_then(|mut f| f.read_to_end(&mut bytes)),
        )
    };
    r.map_err(|e| Error::input(name, format!("cannot read: {e}")))?;
    let (text, encoding) = crate::load::decode::decode(name, &bytes)?;
    if encoding != crate::load::decode::Encoding::Utf8 {
        crate::output::say(&format!("{name}: read as {} (not UTF-8)", encoding.name()));
    }
    let text = String::from_utf8(text.into_owned())
        .map_err(|e| Error::Internal(format!("decoded text is not UTF-8: {e}")))?;
    Ok((source, text))
}

/// Runs `reach extract`.
pub fn run(a: Args) -> Result<()> {
    let sink = Sink::parse(&a.output);
    let format = Format::resolve(a.format.as_deref(), &sink, &render::FORMATS)?;
    let bom = crate::output::csv::bom(a.bom, format)?;
    let date = date_flag(a.date.as_deref())?;
    if let Some(r) = a.region.as_deref().filter(|r| r.trim().is_empty()) {
        return Err(Error::usage("--region", format!("{r:?} is empty")));
    }
    let inputs: Vec<PathBuf> = a
        .files
        .iter()
        .filter(|f| *f != "-")
        .map(PathBuf::from)
        .collect();
    sink.check_not_input(&inputs, "--output")?;
    let opts = Options {
        date,
        region: a.region.clone(),
    };
    let docs = documents(&a.files, &opts)?;
    if format == Format::Csv {
        check_loadable(&docs, &a.files)?;
    }
    sink.write(&crate::output::csv::with_bom(
        bom,
        render::render(format, &docs),
    ))
}

/// The texts' candidates, with ids unique per input path.
pub(crate) fn documents(files: &[String], opts: &Options) -> Result<Vec<Document>> {
    let mut docs: Vec<Document> = Vec::new();
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for f in files {
        let (mut source, text) = read_input(f)?;
        // Two texts with one file stem (a/news.txt, b/news.txt) must not share ids.
        let n = seen.entry(source.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            source = format!("{source}-{n}");
        }
        docs.push(extract(&text, &source, opts));
    }
    Ok(docs)
}

/// Parses `--date`.
pub(crate) fn date_flag(d: Option<&str>) -> Result<Option<Date>> {
    d.map(|d| Date::parse(d).map_err(|e| Error::usage("--date", e)))
        .transpose()
}

/// A fact file needs a period on every actual and rate: refuse rather than write rows the
/// loader would reject.
fn check_loadable(docs: &[Document], files: &[String]) -> Result<()> {
    for (d, f) in docs.iter().zip(files) {
        let undated = d
            .candidates
            .iter()
            .filter(|c| c.kind != Kind::Target && c.period.is_none())
            .count();
        if undated > 0 {
            return Err(Error::usage(
                "--date",
                format!("{f}: {undated} figures have no period and the text gives no date to resolve 目前/今年 against; pass --date YYYY-MM-DD"),
            ));
        }
    }
    Ok(())
}
