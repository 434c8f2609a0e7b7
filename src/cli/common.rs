//! Flags shared by the subcommands that assess targets.

use super::values::{LangArg, ModelArg, PaceArg, ReferenceArg, SchemeArg, TrendArg};
use crate::assess::{assess_all, Assessment, Options, Reference};
use crate::error::{Error, Result};
use crate::model::{Date, Fact};
use std::path::PathBuf;

/// Where the facts come from and how targets are judged.
#[derive(Debug, Clone, clap::Args)]
pub struct AssessArgs {
    /// Fact files (CSV in UTF-8 or GB18030, or Excel .xlsx) or directories of them;
    /// repeatable. Default: the embedded seed data.
    #[arg(long = "data", value_name = "PATH")]
    pub data: Vec<PathBuf>,
    /// Judge with only the facts announced on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Verdict cut-offs: eurostat (0.95 / 0.60 / 0) or unsd (0.95 / 0.50 / −0.10).
    #[arg(long, value_enum, default_value_t = SchemeArg::Eurostat)]
    pub scheme: SchemeArg,
    /// Growth model for level targets: compound or linear.
    #[arg(long, value_enum, default_value_t = ModelArg::Compound)]
    pub model: ModelArg,
    /// Pace to project with: auto (stated rate, else observed), claimed, observed.
    #[arg(long, value_enum, default_value_t = PaceArg::Auto)]
    pub pace: PaceArg,
    /// Where required growth and the observed rate are measured from, for targets without a
    /// base_period: latest (the latest actual; default) or base (a fixed base year, the Eurostat
    /// method).
    #[arg(long, value_enum, default_value_t = ReferenceArg::Latest)]
    pub reference: ReferenceArg,
    /// The base year for --reference base (the first actual in or after it); implies
    /// --reference base.
    #[arg(long, value_name = "YEAR")]
    pub reference_year: Option<i32>,
    /// Thresholds for indicators without a target (actuals with a `direction`): statcan or
    /// eurostat.
    #[arg(long, value_enum, default_value_t = TrendArg::Statcan)]
    pub trend_scheme: TrendArg,
    /// Language of the sentences for people (reasons, notes, headings): zh (default) or en.
    /// Column names, JSON keys and verdict codes are English in both.
    #[arg(long, value_enum, default_value_t = LangArg::Zh)]
    pub lang: LangArg,
    /// Only these target ids (repeatable).
    #[arg(long = "id", value_name = "ID")]
    pub ids: Vec<String>,
}

/// Facts and the assessments of the selected targets.
pub struct Assessed {
    /// Every fact loaded.
    pub facts: Vec<Fact>,
    /// Options used.
    pub options: Options,
    /// Assessments of the selected targets.
    pub rows: Vec<Assessment>,
}

impl Assessed {
    /// The facts known at the as-of date.
    pub fn known(&self) -> Vec<&Fact> {
        self.facts
            .iter()
            .filter(|f| f.known_at(self.options.as_of))
            .collect()
    }
}

impl AssessArgs {
    /// Validates the flags into options.
    pub fn options(&self) -> Result<Options> {
        let as_of = match &self.as_of {
            Some(d) => Some(
                Date::parse(d)
                    .map_err(|e| Error::usage("--as-of", format!("{e}; expected YYYY-MM-DD")))?,
            ),
            None => None,
        };
        Ok(Options {
            as_of,
            scheme: self.scheme.into(),
            model: self.model.into(),
            pace: self.pace.into(),
            trend: self.trend_scheme.into(),
            lang: self.lang.into(),
            reference: match (self.reference, self.reference_year) {
                (ReferenceArg::Latest, None) => Reference::Latest,
                (_, year) => Reference::Base(year),
            },
        })
    }

    /// Loads the facts and assesses the selected targets, with facts given on the command line
    /// besides: alone, they replace the embedded seed data; with `--data`, they join it.
    pub fn run_with(&self, given: Vec<Fact>) -> Result<Assessed> {
        let options = self.options()?;
        let t0 = std::time::Instant::now();
        let mut facts = match (self.data.is_empty(), given.is_empty()) {
            (true, true) => crate::load::seed_facts()?,
            (true, false) => Vec::new(),
            (false, _) => crate::load::load_paths(&self.data)?,
        };
        if !given.is_empty() {
            facts.extend(given);
            crate::load::check_unique(&facts)?;
            crate::load::check_conflicts(&facts)?;
        }
        crate::timing("loaded", t0);
        let mut rows = assess_all(&facts, &options);
        crate::timing("assessed", t0);
        if !self.ids.is_empty() {
            // Ids are composed (NFC) as the loader composes them.
            let ids: Vec<String> = self
                .ids
                .iter()
                .map(|i| crate::model::schema::nfc(i).into_owned())
                .collect();
            if let Some(missing) = ids.iter().find(|id| !rows.iter().any(|r| &r.id == *id)) {
                return Err(Error::usage(
                    "--id",
                    format!("no target {missing:?} in the data (known at the as-of date)"),
                ));
            }
            rows.retain(|r| ids.contains(&r.id));
        }
        Ok(Assessed {
            facts,
            options,
            rows,
        })
    }
}
