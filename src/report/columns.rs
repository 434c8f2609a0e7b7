//! The report's columns: one list, one name for each, shared by both engines' frames, the
//! JSON report's scalar keys and `--columns`.

/// A column of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Col {
    /// The target's id.
    Id,
    /// Region.
    Region,
    /// Indicator.
    Indicator,
    /// Unit of the values.
    Unit,
    /// Target form (level, relative, share, cumulative, rate).
    Form,
    /// Increase or decrease.
    Direction,
    /// The target as stated.
    TargetStated,
    /// Deadline year.
    TargetYear,
    /// Target level.
    TargetValue,
    /// Period of the baseline.
    BasePeriod,
    /// Baseline value.
    BaseValue,
    /// Pace projected with.
    Pace,
    /// Where the pace came from (claimed, observed).
    PaceSource,
    /// Stated growth rate.
    ClaimedGrowth,
    /// Observed growth rate.
    ObservedGrowth,
    /// Unit of the paces.
    RateUnit,
    /// Pace needed to reach the target.
    RequiredGrowth,
    /// Value at the deadline at the pace.
    ProjectedValue,
    /// Projected − target.
    Gap,
    /// Gap ÷ target.
    GapPct,
    /// First whole year the target is reached at the pace.
    ReachYear,
    /// When the path reaches the target.
    ReachYearExact,
    /// Pace ÷ required pace.
    GrowthRatio,
    /// Verdict code.
    Verdict,
    /// The reason in words.
    Reason,
    /// Source id.
    Source,
}

impl Col {
    /// Every column, in the report's order.
    pub const ALL: [Col; 26] = [
        Col::Id,
        Col::Region,
        Col::Indicator,
        Col::Unit,
        Col::Form,
        Col::Direction,
        Col::TargetStated,
        Col::TargetYear,
        Col::TargetValue,
        Col::BasePeriod,
        Col::BaseValue,
        Col::Pace,
        Col::PaceSource,
        Col::ClaimedGrowth,
        Col::ObservedGrowth,
        Col::RateUnit,
        Col::RequiredGrowth,
        Col::ProjectedValue,
        Col::Gap,
        Col::GapPct,
        Col::ReachYear,
        Col::ReachYearExact,
        Col::GrowthRatio,
        Col::Verdict,
        Col::Reason,
        Col::Source,
    ];

    /// The column's name in CSV, Parquet and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Col::Id => "id",
            Col::Region => "region",
            Col::Indicator => "indicator",
            Col::Unit => "unit",
            Col::Form => "form",
            Col::Direction => "direction",
            Col::TargetStated => "target_stated",
            Col::TargetYear => "target_year",
            Col::TargetValue => "target_value",
            Col::BasePeriod => "base_period",
            Col::BaseValue => "base_value",
            Col::Pace => "pace",
            Col::PaceSource => "pace_source",
            Col::ClaimedGrowth => "claimed_growth",
            Col::ObservedGrowth => "observed_growth",
            Col::RateUnit => "rate_unit",
            Col::RequiredGrowth => "required_growth",
            Col::ProjectedValue => "projected_value",
            Col::Gap => "gap",
            Col::GapPct => "gap_pct",
            Col::ReachYear => "reach_year",
            Col::ReachYearExact => "reach_year_exact",
            Col::GrowthRatio => "growth_ratio",
            Col::Verdict => "verdict",
            Col::Reason => "reason",
            Col::Source => "source",
        }
    }

    /// The column named `name`.
    pub fn parse(name: &str) -> Option<Col> {
        Col::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The names of every column, in the report's order.
pub fn names() -> Vec<&'static str> {
    Col::ALL.iter().map(|c| c.name()).collect()
}
