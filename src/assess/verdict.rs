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
    /// A trend (no target) at ≥ 1.5 %/yr the wanted way (Statistics Canada).
    SubstantialProgress,
    /// A trend at 0.5–1.5 %/yr the wanted way (Statistics Canada), or 0–1 %/yr (Eurostat).
    ModerateProgress,
    /// A trend at 0–0.5 %/yr the wanted way (Statistics Canada).
    InsufficientProgress,
    /// A trend above 1 %/yr the wanted way (Eurostat).
    SignificantProgress,
    /// A trend 0–1 %/yr the wrong way (Eurostat).
    ModerateMovementAway,
    /// A trend more than 1 %/yr the wrong way (Eurostat).
    SignificantMovementAway,
}

impl Verdict {
    /// Every verdict: the target verdicts in order, then the trend verdicts.
    pub const ALL: [Verdict; 13] = [
        Verdict::Achieved,
        Verdict::OnTrack,
        Verdict::AccelerationNeeded,
        Verdict::LimitedProgress,
        Verdict::Deterioration,
        Verdict::Missed,
        Verdict::NotAssessable,
        Verdict::SubstantialProgress,
        Verdict::SignificantProgress,
        Verdict::ModerateProgress,
        Verdict::InsufficientProgress,
        Verdict::ModerateMovementAway,
        Verdict::SignificantMovementAway,
    ];

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
            Verdict::SubstantialProgress => "substantial_progress",
            Verdict::ModerateProgress => "moderate_progress",
            Verdict::InsufficientProgress => "insufficient_progress",
            Verdict::SignificantProgress => "significant_progress",
            Verdict::ModerateMovementAway => "moderate_movement_away",
            Verdict::SignificantMovementAway => "significant_movement_away",
        }
    }

    /// The verdict named by its code (`acceleration_needed`).
    pub fn parse(code: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.name() == code)
    }

    /// The label for people in `lang`: 需加速, or "acceleration needed".
    pub fn label(self, lang: crate::model::Lang) -> std::borrow::Cow<'static, str> {
        match lang {
            crate::model::Lang::Zh => self.label_zh().into(),
            crate::model::Lang::En => self.name().replace('_', " ").into(),
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
            Verdict::SubstantialProgress => "显著进展",
            Verdict::ModerateProgress => "温和进展",
            Verdict::InsufficientProgress => "进展不足",
            Verdict::SignificantProgress => "明显进展",
            Verdict::ModerateMovementAway => "略有背离",
            Verdict::SignificantMovementAway => "明显背离",
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

/// Thresholds for indicators without a target: the yearly rate in the wanted direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrendScheme {
    /// Statistics Canada: ≥ 1.5 %/yr substantial, 0.5–1.5 % moderate, 0–0.5 % insufficient
    /// progress, the wrong way deterioration; for shares the positive thresholds are scaled
    /// by C = 1 − (p/100)^4.44.
    Statcan,
    /// Eurostat: above 1 %/yr significant progress, 0–1 % moderate progress, 0 to −1 % moderate
    /// movement away, below −1 % significant movement away.
    Eurostat,
}

impl TrendScheme {
    /// The verdict for a yearly rate in the wanted direction; `c` scales Statistics Canada's
    /// positive thresholds (1 for anything but a share).
    pub fn classify(self, rate: f64, c: f64) -> Verdict {
        match self {
            TrendScheme::Statcan if rate >= 0.015 * c => Verdict::SubstantialProgress,
            TrendScheme::Statcan if rate >= 0.005 * c => Verdict::ModerateProgress,
            TrendScheme::Statcan if rate >= 0.0 => Verdict::InsufficientProgress,
            TrendScheme::Statcan => Verdict::Deterioration,
            TrendScheme::Eurostat if rate > 0.01 => Verdict::SignificantProgress,
            TrendScheme::Eurostat if rate >= 0.0 => Verdict::ModerateProgress,
            TrendScheme::Eurostat if rate >= -0.01 => Verdict::ModerateMovementAway,
            TrendScheme::Eurostat => Verdict::SignificantMovementAway,
        }
    }
}

/// Statistics Canada's factor C for a share `p` % approaching 100 %: `1 − (p/100)^4.44`, 1
/// far from the bound and 0 at it.
pub fn limit_factor(p: f64) -> f64 {
    1.0 - (p / 100.0).clamp(0.0, 1.0).powf(4.44)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trend_thresholds() {
        let s = TrendScheme::Statcan;
        assert_eq!(s.classify(0.021, 1.0), Verdict::SubstantialProgress);
        assert_eq!(s.classify(0.015, 1.0), Verdict::SubstantialProgress);
        assert_eq!(s.classify(0.01, 1.0), Verdict::ModerateProgress);
        assert_eq!(s.classify(0.004, 1.0), Verdict::InsufficientProgress);
        assert_eq!(s.classify(-0.001, 1.0), Verdict::Deterioration);
        // A share at 90 %: C = 1 − 0.9^4.44 = 0.374, thresholds 0.56 % and 0.19 %.
        let c = limit_factor(90.0);
        assert!((c - 0.3732).abs() < 1e-3, "{c}");
        assert_eq!(s.classify(0.006, c), Verdict::SubstantialProgress);
        let e = TrendScheme::Eurostat;
        assert_eq!(e.classify(0.011, 1.0), Verdict::SignificantProgress);
        assert_eq!(e.classify(0.005, 1.0), Verdict::ModerateProgress);
        assert_eq!(e.classify(-0.005, 1.0), Verdict::ModerateMovementAway);
        assert_eq!(e.classify(-0.02, 1.0), Verdict::SignificantMovementAway);
    }

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
