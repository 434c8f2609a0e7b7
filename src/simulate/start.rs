//! Where a simulation of an assessed target starts: its baseline, deadline and target, its
//! pace, and the volatility its yearly actuals show.

use crate::assess::{series, Assessment, RateUnit};
use crate::model::{Fact, Kind, Unit};
use crate::project::Model;

/// The values a simulation of one assessed target takes from its assessment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Start {
    /// Baseline value.
    pub base: f64,
    /// Baseline time.
    pub base_t: f64,
    /// Target level.
    pub target: f64,
    /// Deadline.
    pub target_t: f64,
    /// The assessment's pace (a yearly rate), if it has one.
    pub pace: Option<f64>,
    /// The sd of the year-on-year rates of its yearly actuals (three or more) and how many
    /// rates it rests on, if any.
    pub sigma: Option<(f64, usize)>,
}

/// The start of a simulation of `row` given the facts known at its as-of date, or why there
/// is none (a simulation needs a level target with a baseline, a deadline and compound
/// growth).
pub fn start(row: &Assessment, known: &[&Fact]) -> Result<Start, String> {
    let usable = row.model == Model::Compound
        && row.rate_unit == RateUnit::Yearly
        && row.target_value.is_some();
    let (Some(base), Some(base_t), Some(target), Some(target_t), true) = (
        row.base_value,
        row.base_t,
        row.target_value,
        row.target_t,
        usable,
    ) else {
        return Err(format!(
            "{}: simulation needs a level target with a baseline, a deadline and compound growth ({})",
            row.id, row.reason
        ));
    };
    let fact = known
        .iter()
        .find(|f| f.id == row.id && f.kind == Kind::Target);
    let sigma = match (fact, Unit::parse(&row.unit)) {
        (Some(f), Ok(u)) => series::volatility(&series::levels(
            f.series_key(),
            known,
            &u,
            series::one_year_goal(f),
        )),
        _ => None,
    };
    Ok(Start {
        base,
        base_t,
        target,
        target_t,
        pace: row.pace,
        sigma,
    })
}
