//! Monte Carlo of yearly growth, with the closed form beside it.
//!
//! Model: the yearly log-growth `x = ln(1+g)` is Normal with mean `m` and sd `s` chosen so that
//! the rate `g` itself has the stated mean μ and sd σ (moment matching of the lognormal `1+g`):
//! `s² = ln(1 + σ²/(1+μ)²)`, `m = ln(1+μ) − s²/2`. Over `n` years (fractional allowed: the last
//! step is scaled) the sum of log-growths is Normal(n·m, n·s²), so
//! `P(reach) = 1 − Φ((ln(target/base) − n·m) / (s·√n))` exactly. With `Dist::StudentT` the
//! yearly shock is a Student-t scaled to the same sd (fat tails; the closed form is then the
//! Normal approximation and is labelled so).
//!
//! Determinism: paths are cut into fixed blocks of [`BLOCK`] paths; block `b` draws from its
//! own generator seeded by `(seed, b)`, so results are bit-identical whatever the thread count.

mod check;
pub(crate) mod hist;
pub(crate) mod run;
pub(crate) mod start;

use statrs::distribution::{ContinuousCDF, Normal};

pub use run::{simulate, steps, Outcome, YearQuantiles};

/// Paths per deterministic block.
pub const BLOCK: usize = 16_384;

/// Distribution of the yearly shock.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dist {
    /// Normal log-growth (exact closed form).
    Normal,
    /// Student-t log-growth with `df` > 2 degrees of freedom, scaled to the same sd.
    StudentT(f64),
}

/// A simulation to run: plain values in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    /// Baseline value (> 0).
    pub base: f64,
    /// Baseline time on reach's axis (end of year Y = Y).
    pub base_t: f64,
    /// Mean yearly growth rate μ (fraction).
    pub mu: f64,
    /// Sd of the yearly growth rate σ (fraction, > 0).
    pub sigma: f64,
    /// Target level (> 0).
    pub target: f64,
    /// Deadline on the axis.
    pub target_t: f64,
    /// Years simulated past the deadline for the reach-year distribution.
    pub extra_years: u32,
    /// Number of paths.
    pub paths: usize,
    /// Seed.
    pub seed: u64,
    /// Shock distribution.
    pub dist: Dist,
}

/// Mean and sd of the yearly log-growth that give the rate mean μ and sd σ.
pub fn log_params(mu: f64, sigma: f64) -> (f64, f64) {
    let s2 = (1.0 + sigma * sigma / ((1.0 + mu) * (1.0 + mu))).ln();
    ((1.0 + mu).ln() - s2 / 2.0, s2.sqrt())
}

/// The exact probability (Normal model) that the value at the deadline reaches the target.
pub fn closed_form(spec: &Spec) -> f64 {
    let (m, s) = log_params(spec.mu, spec.sigma);
    let n = spec.target_t - spec.base_t;
    let need = (spec.target / spec.base).ln();
    if n <= 0.0 {
        return if need <= 0.0 { 1.0 } else { 0.0 };
    }
    let z = (need - n * m) / (s * n.sqrt());
    let std = Normal::new(0.0, 1.0).expect("standard normal");
    1.0 - std.cdf(z)
}

/// The closed-form quantile `q` of the value at time `t` (Normal model).
pub fn closed_form_quantile(spec: &Spec, t: f64, q: f64) -> f64 {
    let (m, s) = log_params(spec.mu, spec.sigma);
    let n = (t - spec.base_t).max(0.0);
    let std = Normal::new(0.0, 1.0).expect("standard normal");
    spec.base * (n * m + s * n.sqrt() * std.inverse_cdf(q)).exp()
}

/// The worked example as a simulation (350亿 in 2021 at 20 % ± 5 %, 千亿 by 2026), for tests.
#[cfg(test)]
pub(crate) fn wenjiang(paths: usize, seed: u64) -> Spec {
    Spec {
        base: 350.0,
        base_t: 2021.0,
        mu: 0.20,
        sigma: 0.05,
        target: 1000.0,
        target_t: 2026.0,
        extra_years: 5,
        paths,
        seed,
        dist: Dist::Normal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moment_matching_gives_the_stated_mean_and_sd() {
        let (m, s) = log_params(0.20, 0.05);
        let mean = (m + s * s / 2.0).exp() - 1.0;
        let var = ((s * s).exp() - 1.0) * (2.0 * m + s * s).exp();
        assert!((mean - 0.20).abs() < 1e-12);
        assert!((var.sqrt() - 0.05).abs() < 1e-12);
    }

    #[test]
    fn check_case_p_reach() {
        // 350亿 in 2021, μ = 0.20, σ = 0.05, target 1000 in 2026: P = 0.0629.
        let p = closed_form(&wenjiang(1, 1));
        assert!((p - 0.0629).abs() < 5e-5, "{p}");
    }
}
