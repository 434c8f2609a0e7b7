//! Report formats: one trait, bytes out. `table` (terminal, CJK-aligned), `markdown`, `json`
//! (stable keys for other tools), `csv` and `parquet` (through a polars frame).

pub mod columns;
mod frame;
mod html;
pub mod parquet;
pub mod sim;
pub mod sweep;
mod text;

use crate::assess::{Assessment, Scheme};
use crate::error::{Error, Result};
pub use columns::Col;
pub use frame::{csv_chunks, csv_of, select, stack, to_frame};
pub use parquet::{parquet_of, write_chunks, ParquetOut, ROW_GROUP};

/// Items `0..n` made by `make` on all cores a window of a few per core at a time, and handed
/// to `write` in order, each window written while the next is made: at most two windows are
/// held at once, whatever `n`.
pub fn in_order<T: Send>(
    n: usize,
    make: &(dyn Fn(usize) -> Result<T> + Sync),
    write: &mut dyn FnMut(T) -> Result<()>,
) -> Result<()> {
    use rayon::prelude::*;
    let window = 2 * rayon::current_num_threads().max(1);
    let part = |from: usize| -> Result<Vec<T>> {
        (from..(from + window).min(n))
            .into_par_iter()
            .map(make)
            .collect()
    };
    std::thread::scope(|scope| {
        let mut ready = part(0)?;
        for from in (window..n + window).step_by(window) {
            let next = (from < n).then(|| scope.spawn(move || part(from)));
            for t in ready {
                write(t)?;
            }
            ready = match next {
                Some(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?,
                None => Vec::new(),
            };
        }
        Ok(())
    })
}

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
            Format::Table => Ok(text::table(rows).into_bytes()),
            Format::Markdown => Ok(text::markdown(rows).into_bytes()),
            Format::Json => {
                let mut v = serde_json::to_vec_pretty(rows)
                    .map_err(|e| Error::encode("the JSON report", e))?;
                v.push(b'\n');
                Ok(v)
            }
            Format::Csv => frame::csv(rows),
            Format::Parquet => frame::parquet(rows),
            Format::Html => Ok(html::page(report).into_bytes()),
        }
    }
}
