//! Parameter sweeps: every combination of baseline value, baseline year, growth rate, target
//! value and target year, with the projected value, gap, required growth, reach year and
//! verdict of each cell. Pure: grids in, columns out, computed a chunk at a time so a grid of
//! any size streams through bounded memory.

pub(crate) mod frame;

pub use frame::{write, SweepFormat};

use crate::assess::kernel;
use crate::assess::{Scheme, Verdict};
use crate::model::{Direction, Qualifier};
use crate::project::Model;

/// Cells in one computed chunk (one Parquet row group): small enough that computing the next
/// chunk overlaps encoding this one for most of the run.
pub const CHUNK: usize = 1 << 16;
/// Largest grid without `--force`.
pub const MAX_CELLS: u64 = 100_000_000;
/// Largest number of values on one axis.
pub const MAX_AXIS: usize = 10_000_000;

/// Parses `start:stop:step` (inclusive of stop), a comma list, or one value.
pub fn parse_range(s: &str) -> Result<Vec<f64>, String> {
    parse_range_of(s, |x| {
        let v: f64 = x
            .trim()
            .parse()
            .map_err(|_| format!("{x:?} is not a number"))?;
        if v.is_finite() {
            Ok(v)
        } else {
            Err(format!("{x:?} is not a finite number"))
        }
    })
}

/// [`parse_range`] of rates, each written as reach writes rates on the command line
/// ([`crate::model::parse_rate`]: `20%` or `0.2`), e.g. `10%:30%:0.25%`.
pub fn parse_rate_range(s: &str) -> Result<Vec<f64>, String> {
    parse_range_of(s, crate::model::parse_rate)
}

fn parse_range_of(s: &str, num: impl Fn(&str) -> Result<f64, String>) -> Result<Vec<f64>, String> {
    let parts: Vec<&str> = s.split(':').collect();
    match parts.as_slice() {
        [a, b, step] => {
            let (a, b, step) = (num(a)?, num(b)?, num(step)?);
            if step <= 0.0 {
                return Err(format!("step {step} in {s:?}: expected a positive step"));
            }
            if a > b {
                return Err(format!(
                    "{s:?} starts above where it stops; write start:stop:step with start ≤ stop"
                ));
            }
            let n = ((b - a) / step + 1e-9).floor() + 1.0;
            if n > MAX_AXIS as f64 {
                return Err(format!("{s:?} has {n} values, over {MAX_AXIS}"));
            }
            Ok((0..n as usize).map(|i| a + step * i as f64).collect())
        }
        [one] => one.split(',').map(num).collect(),
        _ => Err(format!(
            "{s:?}: expected start:stop:step, a comma list or a number"
        )),
    }
}

/// The axes of a grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Baseline values.
    pub base: Vec<f64>,
    /// Baseline years (times on the axis).
    pub base_year: Vec<f64>,
    /// Growth rates (fractions per year).
    pub growth: Vec<f64>,
    /// Target values.
    pub target: Vec<f64>,
    /// Target years.
    pub target_year: Vec<f64>,
    /// Growth model: compound (a rate a year) or linear (the rate's amount of the baseline a
    /// year).
    pub model: Model,
}

impl Grid {
    /// Number of cells.
    pub fn cells(&self) -> u64 {
        [
            &self.base,
            &self.base_year,
            &self.growth,
            &self.target,
            &self.target_year,
        ]
        .iter()
        .map(|v| v.len() as u64)
        .fold(1u64, |a, b| a.saturating_mul(b))
    }

    /// The axis values of cell `i` (target year varies fastest, then growth, target, base year, base).
    pub fn cell(&self, mut i: u64) -> (f64, f64, f64, f64, f64) {
        let mut take = |v: &Vec<f64>| {
            let n = v.len() as u64;
            let x = v[(i % n) as usize];
            i /= n;
            x
        };
        let ty = take(&self.target_year);
        let g = take(&self.growth);
        let t = take(&self.target);
        let by = take(&self.base_year);
        let b = take(&self.base);
        (b, by, g, t, ty)
    }
}

/// One computed chunk, column by column (`None` where a number does not exist).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cells {
    /// Baseline value.
    pub base: Vec<f64>,
    /// Baseline year.
    pub base_year: Vec<f64>,
    /// Growth rate.
    pub growth: Vec<f64>,
    /// Target value.
    pub target: Vec<f64>,
    /// Target year.
    pub target_year: Vec<f64>,
    /// Value at the target year.
    pub projected: Vec<Option<f64>>,
    /// Projected − target.
    pub gap: Vec<Option<f64>>,
    /// Required growth rate.
    pub required_growth: Vec<Option<f64>>,
    /// Exact crossing time.
    pub reach_year_exact: Vec<Option<f64>>,
    /// First whole year reaching the target.
    pub reach_year: Vec<Option<i32>>,
    /// Verdict.
    pub verdict: Vec<Verdict>,
}

/// Computes cells `from..to` of `grid` (compound growth).
pub fn compute(grid: &Grid, from: u64, to: u64, scheme: Scheme) -> Cells {
    let n = (to - from) as usize;
    let mut c = Cells {
        base: Vec::with_capacity(n),
        base_year: Vec::with_capacity(n),
        growth: Vec::with_capacity(n),
        target: Vec::with_capacity(n),
        target_year: Vec::with_capacity(n),
        projected: Vec::with_capacity(n),
        gap: Vec::with_capacity(n),
        required_growth: Vec::with_capacity(n),
        reach_year_exact: Vec::with_capacity(n),
        reach_year: Vec::with_capacity(n),
        verdict: Vec::with_capacity(n),
    };
    for i in from..to {
        let (b, by, g, t, ty) = grid.cell(i);
        let linear = grid.model == Model::Linear;
        let o = kernel::project(&kernel::Inputs {
            model: grid.model,
            reference: (by, b),
            base: (by, b),
            partial: None,
            // A linear path grows by the rate's amount of the baseline each year.
            pace: Some(if linear { g * b } else { g }),
            level: t,
            deadline: Some(ty),
            qualifier: Qualifier::Exact,
            direction: Direction::Increase,
            scale: 1.0,
            scheme,
        });
        // A sweep shows projections forward from the baseline only.
        let proj = o.projected.filter(|_| ty >= by);
        c.base.push(b);
        c.base_year.push(by);
        c.growth.push(g);
        c.target.push(t);
        c.target_year.push(ty);
        c.projected.push(proj);
        c.gap.push(proj.map(|p| p - t));
        c.required_growth
            .push(o.required.and_then(|r| kernel::shown(grid.model, r, b)));
        c.reach_year_exact.push(o.reach_exact);
        c.reach_year.push(o.reach_year);
        c.verdict.push(o.verdict);
    }
    c
}

/// The axis values of one assessed target, to sweep around it: each `None` where the
/// assessment has none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Around {
    /// The baseline value.
    pub base: Option<f64>,
    /// The baseline time.
    pub base_year: Option<f64>,
    /// The pace, when it is a yearly rate.
    pub growth: Option<f64>,
    /// The target level.
    pub target: Option<f64>,
    /// The deadline.
    pub target_year: Option<f64>,
}

/// The axis values of `a` (see [`Around`]).
pub fn around(a: &crate::assess::Assessment) -> Around {
    Around {
        base: a.base_value,
        base_year: a.base_t,
        growth: a
            .pace
            .filter(|_| a.rate_unit == crate::assess::RateUnit::Yearly),
        target: a.target_value,
        target_year: a.target_t,
    }
}

/// The smallest growth on the grid that reaches one target by one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinGrowth {
    /// Baseline value.
    pub base: f64,
    /// Baseline year.
    pub base_year: f64,
    /// Target value.
    pub target: f64,
    /// Target year.
    pub target_year: f64,
    /// The exact required rate.
    pub required: Option<f64>,
    /// The first grid rate at or above it.
    pub min_grid_growth: Option<f64>,
}

/// For each combination of the other axes (base, base year, target, target year, in that
/// order), the smallest growth on the grid that reaches the target by the target year; lazily,
/// so a table can stop at any row.
pub fn min_growth(grid: &Grid) -> impl Iterator<Item = MinGrowth> + '_ {
    let mut gs = grid.growth.clone();
    gs.sort_by(f64::total_cmp);
    grid.base.iter().flat_map(move |&b| {
        let gs = gs.clone();
        grid.base_year.iter().flat_map(move |&by| {
            let gs = gs.clone();
            grid.target.iter().flat_map(move |&t| {
                let gs = gs.clone();
                grid.target_year.iter().map(move |&ty| {
                    let req = grid
                        .model
                        .pace_between((by, b), (ty, t))
                        .and_then(|r| crate::assess::kernel::shown(grid.model, r, b));
                    let min = req.and_then(|r| gs.iter().copied().find(|g| *g >= r - 1e-12));
                    MinGrowth {
                        base: b,
                        base_year: by,
                        target: t,
                        target_year: ty,
                        required: req,
                        min_grid_growth: min,
                    }
                })
            })
        })
    })
}

/// How many rows [`min_growth`] gives (saturating).
pub fn min_growth_rows(grid: &Grid) -> u64 {
    [&grid.base, &grid.base_year, &grid.target, &grid.target_year]
        .iter()
        .fold(1u64, |n, v| n.saturating_mul(v.len() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("2024:2030:1").unwrap().len(), 7);
        let g = parse_range("0.10:0.30:0.0025").unwrap();
        assert_eq!(g.len(), 81);
        assert!((g[80] - 0.30).abs() < 1e-12);
        assert_eq!(parse_range("1,2.5,3").unwrap(), vec![1.0, 2.5, 3.0]);
        assert_eq!(parse_range("350").unwrap(), vec![350.0]);
        for bad in [
            "1:2:0", "3:1:1", "1:2:-1", "a:b:c", "1:2", "", "1,,2", "nan",
        ] {
            assert!(parse_range(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cells_match_the_worked_example() {
        let grid = Grid {
            base: vec![350.0],
            base_year: vec![2021.0],
            growth: vec![0.20, 0.2336341725167208],
            target: vec![1000.0],
            target_year: vec![2026.0, 2027.0],
            model: Model::Compound,
        };
        assert_eq!(grid.cells(), 4);
        let c = compute(&grid, 0, 4, Scheme::Eurostat);
        // Cell 0: growth 0.20, year 2026.
        assert!((c.projected[0].unwrap() - 870.912).abs() < 1e-3);
        assert_eq!(c.reach_year[0], Some(2027));
        assert_eq!(c.verdict[0], Verdict::AccelerationNeeded);
        // Cell 1: growth 0.20, year 2027: 350 × 1.2⁶ = 1045.1 ≥ 1000.
        assert!(c.gap[1].unwrap() > 0.0);
        assert_eq!(c.verdict[1], Verdict::OnTrack);
        // Cell 2: the required rate itself lands on the target.
        assert!((c.projected[2].unwrap() - 1000.0).abs() < 1e-9);
        let mins: Vec<MinGrowth> = min_growth(&grid).collect();
        assert_eq!(mins[0].min_grid_growth, Some(0.2336341725167208));
        assert_eq!(mins[1].min_grid_growth, Some(0.20));
    }
}
