//! Report formats: one trait, bytes out. `table` (terminal, CJK-aligned), `markdown`, `json`
//! (stable keys for other tools), `csv` and `parquet` (through a polars frame).

mod cite;
pub mod columns;
mod frame;
mod html;
pub(crate) mod sim;
pub(crate) mod sweep;
mod text;

use crate::assess::{Assessment, Scheme};
use crate::error::{Error, Result};
pub use columns::Col;
pub use frame::{select, stack, to_frame};

pub use crate::output::Format;

/// What a report renders.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// The assessments, in order.
    pub rows: &'a [Assessment],
    /// Charts as `(name, SVG text)`, for formats that embed them (HTML).
    pub charts: Vec<(String, String)>,
    /// The verdict scheme used.
    pub scheme: Scheme,
    /// The terminal's width for the table (`None`: every column at its full width).
    pub width: Option<u16>,
    /// What was read, for the HTML footer: fact files, the command line, or the embedded seed
    /// data.
    pub inputs: Vec<String>,
    /// The language of headings, labels and notes.
    pub lang: crate::model::Lang,
    /// Source records the targets' sources are cited from (the seeds').
    pub sources: Vec<crate::model::Source>,
}

/// Renders assessments to bytes.
pub trait Render {
    /// The rendered report.
    fn render(&self, report: &Report<'_>) -> Result<Vec<u8>>;
}

impl Render for Format {
    fn render(&self, report: &Report<'_>) -> Result<Vec<u8>> {
        let rows = report.rows;
        match self {
            Format::Table => Ok(text::table(rows, report.width, report.lang).into_bytes()),
            Format::Markdown => Ok(text::markdown(
                rows,
                report.lang,
                &cite::Citations::new(rows, &report.sources, report.lang),
            )
            .into_bytes()),
            Format::Json => {
                let mut v = serde_json::to_vec_pretty(rows)
                    .map_err(|e| Error::encode("the JSON report", e))?;
                v.push(b'\n');
                Ok(v)
            }
            Format::Csv => frame::csv(rows),
            Format::Parquet => frame::parquet(rows),
            Format::Html => Ok(html::page(report).into_bytes()),
            Format::Xlsx => {
                let lang = report.lang;
                let cites = cite::Citations::new(rows, &report.sources, lang);
                let sources: Vec<(usize, String)> =
                    cites.entries().map(|(n, c)| (n, c.to_string())).collect();
                crate::output::xlsx::workbook(
                    &to_frame(rows)?,
                    lang.pick("目标", "targets"),
                    &sources,
                    lang,
                )
            }
        }
    }
}
