//! The assessment of one target: the record every report format reads.

use super::{PaceSource, Verdict};
use crate::model::{fmt_num, Date, Direction, Fact, Form, Qualifier};
use crate::project::Model;
use serde::Serialize;

/// The unit of an assessment's paces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateUnit {
    /// A yearly rate (a fraction per year): "/yr".
    Yearly,
    /// A yearly change of log-odds (shares, logistic model): "logit/yr".
    LogitYearly,
    /// A yearly flow of a cumulative target, its name with the flow's unit ("亿元/yr").
    Flow(String),
}

impl RateUnit {
    /// A cumulative target's flow unit: "亿元/yr" for 亿元.
    pub fn flow(unit: &impl std::fmt::Display) -> Self {
        RateUnit::Flow(format!("{unit}/yr"))
    }

    /// The name in reports: "/yr", "logit/yr" or "亿元/yr".
    pub fn name(&self) -> &str {
        match self {
            RateUnit::Yearly => "/yr",
            RateUnit::LogitYearly => "logit/yr",
            RateUnit::Flow(name) => name,
        }
    }
}

impl Serialize for RateUnit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// The assessment of one target. Rates are fractions per year (0.2336) except for cumulative
/// targets, where `pace` and `required_growth` are yearly flows in `unit` (see `rate_unit`).
/// Values are in `unit`. Numbers that do not exist are `None` (JSON null), never NaN.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The target fact's id.
    pub id: String,
    /// Region.
    pub region: String,
    /// Indicator.
    pub indicator: String,
    /// Unit of every value below.
    pub unit: String,
    /// Target form.
    pub form: Form,
    /// Wanted direction.
    pub direction: Direction,
    /// Model used for the projection.
    pub model: Model,
    /// The target as the source states it, e.g. `千亿 by 2026`.
    pub target_stated: String,
    /// The target figure exactly as written (`千亿`).
    pub target_as_written: String,
    /// Deadline year; `None` for a target with no year.
    pub target_year: Option<i32>,
    /// The part of its year a target is due for (2026M3, 2025H2); `None` for a whole year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_part: Option<String>,
    /// Target level in `unit` (for a relative target, the level it implies).
    pub target_value: Option<f64>,
    /// The target's qualifier.
    pub target_qualifier: Qualifier,
    /// Period of the baseline (latest actual).
    pub base_period: Option<String>,
    /// The baseline's time on the axis (end of year Y = Y).
    pub base_t: Option<f64>,
    /// The deadline's time on the axis.
    pub target_t: Option<f64>,
    /// Baseline value in `unit`.
    pub base_value: Option<f64>,
    /// How the baseline was derived, when it is not a figure as stated.
    pub base_note: Option<String>,
    /// Pace used for the projection.
    pub pace: Option<f64>,
    /// Where the pace came from.
    pub pace_source: Option<PaceSource>,
    /// Stated growth rate, if any.
    pub claimed_growth: Option<f64>,
    /// Observed compound growth rate between the first and latest actual, if any.
    pub observed_growth: Option<f64>,
    /// The observed rate falls outside the stated claim (e.g. below a "20 %以上").
    pub pace_conflict: bool,
    /// Unit of `pace` and `required_growth`.
    pub rate_unit: RateUnit,
    /// Pace needed from the reference point (the base-period actual, else the baseline).
    pub required_growth: Option<f64>,
    /// Pace needed from the baseline to the deadline.
    pub required_growth_remaining: Option<f64>,
    /// Value at the deadline at the pace.
    pub projected_value: Option<f64>,
    /// Projected minus target (negative: short of an increase target).
    pub gap: Option<f64>,
    /// Gap as a fraction of the target.
    pub gap_pct: Option<f64>,
    /// First whole calendar year in which the target is reached at the pace.
    pub reach_year: Option<i32>,
    /// The exact crossing time on the axis (end of year Y = Y).
    pub reach_year_exact: Option<f64>,
    /// Pace ÷ required pace.
    pub growth_ratio: Option<f64>,
    /// For shares: the factor C (Statistics Canada) the positive verdict cut-offs were scaled by.
    pub cutoff_scale: Option<f64>,
    /// The verdict.
    pub verdict: Verdict,
    /// The verdict in words, with the numbers behind it.
    pub reason: String,
    /// Source document id.
    pub source: String,
    /// When the target was announced.
    pub announced: Option<Date>,
    /// The verbatim quote.
    pub quote: String,
    /// Other targets on the same indicator (milestones), by id.
    pub milestones: Vec<String>,
    /// Growth rate the plan implies from the previous milestone to this one.
    pub path_growth: Option<f64>,
    /// The earlier target this one restates with a later year.
    pub revises: Option<String>,
    /// The later target that restates this one.
    pub revised_by: Option<String>,
    /// Years the deadline moved when the target was restated (set on both targets).
    pub slippage_years: Option<i32>,
}

impl Assessment {
    /// An assessment with only the target's own fields filled in.
    pub fn from_target(t: &Fact, model: Model, lang: crate::model::Lang) -> Self {
        let written = if t.as_written.is_empty() {
            format!("{}{}", fmt_num(t.value), t.unit)
        } else {
            t.as_written.clone()
        };
        Assessment {
            id: t.id.clone(),
            region: t.region.clone(),
            indicator: t.indicator.clone(),
            unit: t.unit.to_string(),
            form: t.form,
            direction: t.direction,
            model,
            target_stated: {
                let mut s = String::new();
                super::reason::push_stated(&mut s, &written, t.period.year(), lang);
                s
            },
            target_as_written: written,
            target_year: t.period.year(),
            target_part: matches!(t.period, crate::model::Period::Part { .. })
                .then(|| t.period.to_string()),
            target_value: None,
            target_qualifier: t.qualifier,
            base_period: None,
            base_t: None,
            target_t: t.period.t(),
            base_value: None,
            base_note: None,
            pace: None,
            pace_source: None,
            claimed_growth: None,
            observed_growth: None,
            pace_conflict: false,
            rate_unit: RateUnit::Yearly,
            required_growth: None,
            required_growth_remaining: None,
            projected_value: None,
            gap: None,
            gap_pct: None,
            reach_year: None,
            reach_year_exact: None,
            growth_ratio: None,
            cutoff_scale: None,
            verdict: Verdict::NotAssessable,
            reason: String::new(),
            source: t.source.clone(),
            announced: t.announced,
            quote: t.quote.clone(),
            milestones: Vec::new(),
            path_growth: None,
            revises: None,
            revised_by: None,
            slippage_years: None,
        }
    }

    /// A few words (Chinese, then English) on what is missing when there is no ratio, with what
    /// can still be said; empty when there is a ratio.
    pub fn short_note(&self, lang: crate::model::Lang) -> String {
        use crate::model::Lang::{En, Zh};
        match (
            self.base_value,
            self.pace,
            self.target_year,
            self.required_growth,
        ) {
            (None, _, _, _) => lang.pick("无基数", "no baseline").into(),
            (_, Some(p), _, _) if self.form == Form::Trend => match lang {
                Zh => format!(
                    "趋势 · 年增 {:+.2}%（期望{}）",
                    p * 100.0,
                    self.direction_zh()
                ),
                En => format!("trend · {:+.2}%/yr ({} wanted)", p * 100.0, self.direction),
            },
            (_, Some(_), None, _) => match (self.reach_year, lang) {
                (Some(y), Zh) => format!("无年份 · 按当前速度{y}年达成"),
                (Some(y), En) => format!("no year · reached in {y} at the current pace"),
                (None, lang) => lang.pick("无年份", "no year").into(),
            },
            (_, None, _, Some(r)) if self.rate_unit == RateUnit::Yearly => match lang {
                Zh => format!("无速度 · 需年增 {:.1}%", r * 100.0),
                En => format!("no pace · needs {:.1}%/yr", r * 100.0),
            },
            (_, None, _, _) => lang.pick("无速度", "no pace").into(),
            _ => String::new(),
        }
    }

    /// Every number with a negative zero made positive (`-0` is written `0` in every output).
    pub(crate) fn tidy_zeros(&mut self) {
        for x in [
            &mut self.target_value,
            &mut self.base_value,
            &mut self.pace,
            &mut self.claimed_growth,
            &mut self.observed_growth,
            &mut self.required_growth,
            &mut self.required_growth_remaining,
            &mut self.projected_value,
            &mut self.gap,
            &mut self.gap_pct,
            &mut self.reach_year_exact,
            &mut self.growth_ratio,
            &mut self.base_t,
            &mut self.target_t,
            &mut self.path_growth,
            &mut self.cutoff_scale,
        ] {
            *x = x.map(crate::model::plain_zero);
        }
    }

    /// Records the kernel's projection: the projected value, gap, ratio and reach time.
    pub(crate) fn record_projection(&mut self, o: &super::kernel::Outcome) {
        self.projected_value = o.projected;
        self.gap = o.gap;
        self.gap_pct = o.gap_pct;
        self.growth_ratio = o.ratio;
        self.reach_year_exact = o.reach_exact;
        self.reach_year = o.reach_year;
    }

    /// The wanted direction in Chinese: 上升 or 下降.
    pub fn direction_zh(&self) -> &'static str {
        match self.direction {
            Direction::Increase => "上升",
            Direction::Decrease => "下降",
        }
    }

    /// Marks the assessment not assessable with a reason.
    pub fn not_assessable(mut self, reason: impl Into<String>) -> Self {
        self.verdict = Verdict::NotAssessable;
        self.reason = reason.into();
        self
    }
}
