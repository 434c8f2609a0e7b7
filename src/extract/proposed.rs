//! What extraction proposes: the candidate facts of a document, each with its quote,
//! offsets and what a person must check, and the settings and assumptions of the reading.

use crate::model::{Date, Form, Kind, Period, Qualifier, Unit};
use serde::Serialize;

/// How the document's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given with `--date`.
    Flag,
    /// Written near the top of the text (front matter, byline).
    Written,
    /// Inferred from the latest year the text mentions.
    Inferred,
    /// Not found: relative periods (目前, 今年) stay unresolved.
    None,
}

/// Settings for one document.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The document's date, overriding what the text says.
    pub date: Option<Date>,
    /// The region, overriding the guess.
    pub region: Option<String>,
}

/// A proposed fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// The source document (file stem, or `stdin`).
    pub source: String,
    /// Actual, target or growth rate.
    pub kind: Kind,
    /// For targets, the arithmetic (level, rate, share).
    pub form: Form,
    /// The number in its written scale (350 for 350亿元); for a range, its low end; negative
    /// for a fall (同比下降3.2%, a goal of 排放下降3%).
    pub value: f64,
    /// For a range (2-3家, 60~70%), its high end; a fall's range falls at both ends
    /// (降低3.6%—3.8%: −3.6 and −3.8).
    pub value_high: Option<f64>,
    /// For a relative target (比2020年翻一番), the period it counts from.
    pub base_period: Option<Period>,
    /// For a headline figure, the first character of the body figure it repeats: one fact.
    pub repeat_of: Option<usize>,
    /// Scale and base unit as written (亿元); a bare scale is read as 元.
    pub unit: Unit,
    /// The period in the fact-file syntax; `None` when no period could be resolved.
    pub period: Option<Period>,
    /// How the figure is bounded (以上, 突破, 约, 余 …).
    pub qualifier: Qualifier,
    /// The nearest indicator phrase.
    pub subject: String,
    /// The region (from `--region` or guessed).
    pub region: String,
    /// The quote: the text's characters `start..end`.
    pub quote: String,
    /// First character of the quote (Unicode characters, not bytes).
    pub start: usize,
    /// One past the quote's last character.
    pub end: usize,
    /// The figure as written (`突破600亿元`).
    pub as_written: String,
    /// First character of the figure.
    pub figure_start: usize,
    /// One past the figure's last character.
    pub figure_end: usize,
    /// 1-based line of the figure.
    pub line: usize,
    /// The document's date, used as the fact's announcement date.
    pub announced: Option<Date>,
    /// Fields a person must check before keeping the row.
    pub check: Vec<&'static str>,
    /// How the reading was made, where it is a guess.
    pub note: String,
    /// The place named last before the figure in its paragraph (通辽), if any: in a text on
    /// several places, the one the figure is about.
    #[serde(skip)]
    pub(crate) place: String,
    /// Whether it is the level a change starts from (由2110公里增至3055公里) with no time of
    /// its own: where it shares an indicator and a period with another figure, the other is
    /// the indicator's own.
    #[serde(skip)]
    pub(crate) undated_start: bool,
    /// Whether it counts a year's list of projects or their total investment (a plan whose
    /// words seldom match what was done: linked only on the same indicator).
    #[serde(skip)]
    pub(crate) project_list: bool,
    /// Whether the goal is a line to stay under by what it measures (a rise in consumer
    /// prices), whatever its written qualifier: the fact it gives is at most.
    #[serde(skip)]
    pub(crate) ceiling: bool,
}

impl Candidate {
    /// Whether it is a goal of a change in % (增长6%, 比2020年下降13.5%): measured against
    /// observed rates, not levels.
    pub(crate) fn rate_goal(&self) -> bool {
        self.form == Form::Rate || (self.form == Form::Relative && self.unit.is_percent())
    }
}

/// The candidates of one document and what was assumed about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Source id.
    pub source: String,
    /// The document's date.
    pub date: Option<Date>,
    /// How the date was found.
    pub date_source: DateSource,
    /// The region used for every candidate.
    pub region: String,
    /// Whether the region is a guess.
    pub region_guessed: bool,
    /// The candidates in text order.
    pub candidates: Vec<Candidate>,
}
