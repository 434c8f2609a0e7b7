//! A simulation's spec checked before it runs: every size and bound, each error naming its flag.

use super::{run::MAX_CELLS, steps, Spec};
use crate::error::{Error, Result};
use crate::model::period::YEARS;
use crate::model::schema::MAX_RATE;

/// Most years a simulation runs past its baseline.
pub const MAX_SPAN: f64 = 1000.0;

impl Spec {
    /// Checks a spec before anything is allocated, naming the flag at fault: positive base,
    /// target and σ; μ above −100 % and at most [`MAX_RATE`]; years in range; at most
    /// [`MAX_SPAN`] years simulated; at most [`MAX_CELLS`] path-years.
    pub fn check(&self) -> Result<()> {
        let s = self;
        let pos = |v: f64, flag: &str| {
            if v > 0.0 && v.is_finite() {
                Ok(())
            } else {
                Err(Error::usage(
                    flag,
                    format!("{v}: expected a positive number"),
                ))
            }
        };
        pos(s.base, "--base")?;
        pos(s.target, "--target")?;
        pos(s.sigma, "--sigma")?;
        if !(s.mu > -1.0 && s.mu <= MAX_RATE) {
            return Err(Error::usage(
                "--growth",
                format!(
                    "{}: expected a rate above -1 (-100 %) and at most {MAX_RATE}",
                    s.mu
                ),
            ));
        }
        if s.sigma > MAX_RATE {
            return Err(Error::usage(
                "--sigma",
                format!("{}: expected at most {MAX_RATE}", s.sigma),
            ));
        }
        let years = f64::from(*YEARS.start())..=f64::from(*YEARS.end());
        for (flag, t) in [("--base-year", s.base_t), ("--target-year", s.target_t)] {
            if !years.contains(&t) {
                return Err(Error::usage(
                    flag,
                    format!(
                        "{t}: expected a year from {} to {}",
                        YEARS.start(),
                        YEARS.end()
                    ),
                ));
            }
        }
        // Checked before any step is made: the span decides how much is allocated.
        let span = s.target_t + f64::from(s.extra_years) - s.base_t;
        if span > MAX_SPAN {
            return Err(Error::usage(
                "--extra-years",
                format!(
                    "the simulation would run {span} years past the baseline; at most {MAX_SPAN}"
                ),
            ));
        }
        if s.target_t <= s.base_t {
            return Err(Error::usage(
                "--target-year",
                "the target year must come after the baseline",
            ));
        }
        if s.paths == 0 {
            return Err(Error::usage("--paths", "0: expected at least 1 path"));
        }
        let cells = s.paths.saturating_mul(steps(s).len());
        if cells > MAX_CELLS {
            return Err(Error::usage("--paths", format!("{} paths × {} steps is over {MAX_CELLS} path-years; use fewer paths or --extra-years", s.paths, steps(s).len())));
        }
        Ok(())
    }
}
