//! Trajectories: pure growth arithmetic on `(t, value)` points.
//!
//! Three models share one interface, each with its own meaning of "pace":
//! - [`Model::Compound`]: pace `g` is a yearly growth rate, `v(t) = v₀ (1+g)^(t−t₀)`.
//! - [`Model::Linear`]: pace is an absolute change per year, `v(t) = v₀ + s (t−t₀)`.
//! - [`Model::Logistic`]: for shares in (0, 1): pace is the yearly change of `ln(p/(1−p))`,
//!   so a projection never crosses 0 % or 100 %.
//!
//! Nothing here does I/O; every function returns `None` rather than NaN or infinity.

use serde::Serialize;

/// A growth model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Model {
    /// Constant yearly growth rate.
    Compound,
    /// Constant yearly increment.
    Linear,
    /// Constant yearly change in log-odds (shares, bounded at 0 and 1).
    Logistic,
}

impl Model {
    /// The name in reports and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Model::Compound => "compound",
            Model::Linear => "linear",
            Model::Logistic => "logistic",
        }
    }
}

/// A point on a trajectory: time on reach's axis (end of year `Y` = `Y`) and value.
pub type Point = (f64, f64);

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

fn logit(p: f64) -> Option<f64> {
    (p > 0.0 && p < 1.0).then(|| (p / (1.0 - p)).ln())
}

fn expit(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

impl Model {
    /// The pace that takes `from` to `to`: the required pace when `to` is a target,
    /// the observed pace when both are actuals. `None` if the times do not increase or the
    /// values are outside the model's domain (compound needs positive values; logistic (0, 1)).
    pub fn pace_between(self, from: Point, to: Point) -> Option<f64> {
        let dt = to.0 - from.0;
        if dt <= 0.0 || dt.is_nan() {
            return None;
        }
        let r = match self {
            Model::Compound => {
                if from.1 <= 0.0 || to.1 <= 0.0 {
                    return None;
                }
                (to.1 / from.1).powf(1.0 / dt) - 1.0
            }
            Model::Linear => (to.1 - from.1) / dt,
            Model::Logistic => (logit(to.1)? - logit(from.1)?) / dt,
        };
        finite(r)
    }

    /// The value at time `t` starting from `from` at `pace`.
    pub fn project(self, from: Point, pace: f64, t: f64) -> Option<f64> {
        let dt = t - from.0;
        let v = match self {
            Model::Compound => {
                if pace <= -1.0 {
                    return None;
                }
                from.1 * (1.0 + pace).powf(dt)
            }
            Model::Linear => from.1 + pace * dt,
            Model::Logistic => expit(logit(from.1)? + pace * dt),
        };
        finite(v)
    }

    /// When the trajectory from `from` at `pace` first reaches `level`.
    /// `Some(from.0)` if it is already there; `None` if it never gets there.
    pub fn reach_time(self, from: Point, pace: f64, level: f64) -> Option<f64> {
        if from.1 == level {
            return Some(from.0);
        }
        let years = match self {
            Model::Compound => {
                if from.1 <= 0.0 || level <= 0.0 || pace <= -1.0 || pace == 0.0 {
                    return None;
                }
                (level / from.1).ln() / (1.0 + pace).ln()
            }
            Model::Linear => {
                if pace == 0.0 {
                    return None;
                }
                (level - from.1) / pace
            }
            Model::Logistic => {
                if pace == 0.0 {
                    return None;
                }
                (logit(level)? - logit(from.1)?) / pace
            }
        };
        finite(years).filter(|y| *y >= 0.0).map(|y| from.0 + y)
    }
}

/// The first whole calendar year whose figure reaches the level, given the exact crossing
/// time (2026.76 → 2027; exactly 2026.0 → 2026).
pub fn first_whole_year(t: f64) -> Option<i32> {
    let y = (t - 1e-9).ceil();
    (y.is_finite() && y.abs() < 1e6).then_some(y as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn wenjiang_by_hand() {
        // 350 × 1.2⁵ = 870.912; (1000/350)^(1/5) − 1 = 0.233634; ln(1000/350)/ln 1.2 = 5.758.
        let m = Model::Compound;
        let p = m.project((2021.0, 350.0), 0.20, 2026.0).unwrap();
        assert!(close(p, 870.912, 1e-3), "{p}");
        let r = m.pace_between((2021.0, 350.0), (2026.0, 1000.0)).unwrap();
        assert!(close(r, 0.233634, 1e-6), "{r}");
        let t = m.reach_time((2021.0, 350.0), 0.20, 1000.0).unwrap();
        assert!(close(t, 2026.758, 1e-3), "{t}");
        assert_eq!(first_whole_year(t), Some(2027));
    }

    #[test]
    fn models_agree_for_one_step() {
        let (c, l) = (Model::Compound, Model::Linear);
        let g = c.pace_between((2020.0, 100.0), (2021.0, 130.0)).unwrap();
        let s = l.pace_between((2020.0, 100.0), (2021.0, 130.0)).unwrap();
        assert!(close(g * 100.0, s, 1e-9));
        assert!(close(
            c.project((2020.0, 100.0), g, 2021.0).unwrap(),
            l.project((2020.0, 100.0), s, 2021.0).unwrap(),
            1e-9
        ));
    }

    #[test]
    fn logistic_stays_below_the_bound() {
        let m = Model::Logistic;
        let b = m.pace_between((2020.0, 0.45), (2023.0, 0.50)).unwrap();
        let p2030 = m.project((2023.0, 0.5), b, 2030.0).unwrap();
        assert!(close(p2030, 0.6150, 1e-3), "{p2030}");
        assert!(m.project((2023.0, 0.5), b, 2300.0).unwrap() < 1.0);
    }

    #[test]
    fn unreachable_is_none_not_nan() {
        let c = Model::Compound;
        assert_eq!(c.reach_time((2021.0, 350.0), 0.0, 1000.0), None);
        assert_eq!(c.reach_time((2021.0, 350.0), -0.1, 1000.0), None);
        assert_eq!(c.pace_between((2021.0, 0.0), (2026.0, 1000.0)), None);
        assert_eq!(c.pace_between((2021.0, 350.0), (2021.0, 1000.0)), None);
        assert_eq!(c.project((2021.0, 350.0), -1.5, 2026.0), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn model() -> impl Strategy<Value = Model> {
        prop_oneof![Just(Model::Compound), Just(Model::Linear)]
    }

    proptest! {
        #[test]
        fn required_pace_round_trips_the_projection(m in model(), v0 in 0.01f64..1e6, v1 in 0.01f64..1e6, dt in 0.25f64..40.0) {
            let p = m.pace_between((2020.0, v0), (2020.0 + dt, v1)).unwrap();
            let back = m.project((2020.0, v0), p, 2020.0 + dt).unwrap();
            prop_assert!((back - v1).abs() <= 1e-7 * v1.max(v0));
        }

        #[test]
        fn reach_time_and_required_pace_agree(m in model(), v0 in 0.01f64..1e6, k in 1.001f64..50.0, dt in 0.25f64..40.0) {
            let v1 = v0 * k;
            let p = m.pace_between((2020.0, v0), (2020.0 + dt, v1)).unwrap();
            let t = m.reach_time((2020.0, v0), p, v1).unwrap();
            prop_assert!((t - (2020.0 + dt)).abs() <= 1e-6 * dt.max(1.0));
        }

        #[test]
        fn projection_is_monotonic_in_pace_and_horizon(m in model(), v0 in 0.01f64..1e6, g1 in -0.5f64..1.0, dg in 0.0f64..1.0, h1 in 0.0f64..30.0, dh in 0.0f64..30.0) {
            let (g2, h2) = (g1 + dg, h1 + dh);
            let s = |g: f64| if m == Model::Linear { g * v0 } else { g };
            let a = m.project((0.0, v0), s(g1), h1).unwrap();
            let b = m.project((0.0, v0), s(g2), h1).unwrap();
            prop_assert!(a <= b * (1.0 + 1e-12));
            if g1 > 0.0 {
                let c = m.project((0.0, v0), s(g1), h2).unwrap();
                prop_assert!(a <= c * (1.0 + 1e-12));
            }
        }

        #[test]
        fn outputs_are_finite_or_absent(m in prop_oneof![Just(Model::Compound), Just(Model::Linear), Just(Model::Logistic)],
                                        v0 in -1e9f64..1e9, v1 in -1e9f64..1e9, t0 in -100.0f64..3000.0, t1 in -100.0f64..3000.0, p in -1e3f64..1e3) {
            for x in [m.pace_between((t0, v0), (t1, v1)), m.project((t0, v0), p, t1), m.reach_time((t0, v0), p, v1)].into_iter().flatten() {
                prop_assert!(x.is_finite());
            }
        }
    }
}

#[cfg(test)]
mod one_step {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn linear_and_compound_agree_for_one_step(v0 in 0.01f64..1e6, v1 in 0.01f64..1e6, t0 in 1990.0f64..2100.0) {
            let (c, l) = (Model::Compound, Model::Linear);
            let g = c.pace_between((t0, v0), (t0 + 1.0, v1)).unwrap();
            let s = l.pace_between((t0, v0), (t0 + 1.0, v1)).unwrap();
            prop_assert!((g * v0 - s).abs() <= 1e-9 * v0.max(v1));
            let a = c.project((t0, v0), g, t0 + 1.0).unwrap();
            let b = l.project((t0, v0), s, t0 + 1.0).unwrap();
            prop_assert!((a - b).abs() <= 1e-9 * v0.max(v1));
        }
    }
}
