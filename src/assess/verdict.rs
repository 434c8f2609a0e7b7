//! Verdicts and the two threshold schemes.

use serde::Serialize;
use std::fmt;

/// The answer for one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The latest actual already meets the target.
    Achieved,
    /// Pace ≥ 95 % of the required pace.
    OnTrack,
    /// Pace between the middle cut-off and 95 % of the required pace.
    AccelerationNeeded,
    /// Pace positive but below the middle cut-off.
    LimitedProgress,
    /// Moving away from the target.
    Deterioration,
    /// The target date has passed and an actual for it (or later) falls short.
    Missed,
    /// No verdict: the reason says which input is missing.
    NotAssessable,
}

impl Verdict {
    /// snake_case name, as in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Achieved => "achieved",
            Verdict::OnTrack => "on_track",
            Verdict::AccelerationNeeded => "acceleration_needed",
            Verdict::LimitedProgress => "limited_progress",
            Verdict::Deterioration => "deterioration",
            Verdict::Missed => "missed",
            Verdict::NotAssessable => "not_assessable",
        }
    }

    /// Chinese label for tables and charts.
    pub fn label_zh(self) -> &'static str {
        match self {
            Verdict::Achieved => "已实现",
            Verdict::OnTrack => "进度正常",
            Verdict::AccelerationNeeded => "需加速",
            Verdict::LimitedProgress => "进展有限",
            Verdict::Deterioration => "背离目标",
            Verdict::Missed => "未实现",
            Verdict::NotAssessable => "无法评估",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Cut-offs for the growth ratio (pace / required pace).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// Eurostat / Statistics Canada: 0.95, 0.60, 0.
    Eurostat,
    /// UN SDG progress chart: 0.95, 0.50, −0.10.
    Unsd,
}

impl Scheme {
    /// (on track, acceleration needed, limited progress) lower bounds.
    pub fn cutoffs(self) -> (f64, f64, f64) {
        match self {
            Scheme::Eurostat => (0.95, 0.60, 0.0),
            Scheme::Unsd => (0.95, 0.50, -0.10),
        }
    }

    /// Classifies a growth ratio.
    pub fn classify(self, ratio: f64) -> Verdict {
        self.classify_scaled(ratio, 1.0)
    }

    /// Classifies a growth ratio with the positive cut-offs multiplied by `c` (Statistics
    /// Canada's factor C for values near a natural limit; cut-offs ≤ 0 are not scaled).
    pub fn classify_scaled(self, ratio: f64, c: f64) -> Verdict {
        let scale = |x: f64| if x > 0.0 { x * c } else { x };
        let (on, acc, lim) = self.cutoffs();
        let (on, acc, lim) = (scale(on), scale(acc), scale(lim));
        if ratio >= on {
            Verdict::OnTrack
        } else if ratio >= acc {
            Verdict::AccelerationNeeded
        } else if ratio >= lim {
            Verdict::LimitedProgress
        } else {
            Verdict::Deterioration
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutoffs() {
        let e = Scheme::Eurostat;
        assert_eq!(e.classify(0.856), Verdict::AccelerationNeeded);
        assert_eq!(e.classify(0.95), Verdict::OnTrack);
        assert_eq!(e.classify(0.55), Verdict::LimitedProgress);
        assert_eq!(e.classify(-0.05), Verdict::Deterioration);
        let u = Scheme::Unsd;
        assert_eq!(u.classify(0.55), Verdict::AccelerationNeeded);
        assert_eq!(u.classify(-0.05), Verdict::LimitedProgress);
        assert_eq!(u.classify(-0.2), Verdict::Deterioration);
    }
}
