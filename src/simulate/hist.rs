//! Per-step histograms of the cumulative log-growth: the simulation's memory, whatever the
//! number of paths.

/// Half-width of each step's histogram range, in sds of the log-sum.
pub const RANGE_SDS: f64 = 5.0;

/// Bins per step in the value histograms (16 KB of counts: one step's histogram stays in L1).
/// A bin is 10 sd / 4096 ≈ 0.0024 sd of the log-sum wide.
pub const BINS: usize = 1 << 12;

/// A per-step histogram of cumulative log-growth over a fixed range, with under- and
/// overflow counts. Integer counts add up the same in any order, so results do not depend
/// on how rayon splits the work.
#[derive(Debug, Clone, PartialEq)]
pub struct Histograms {
    /// Lower edge per step.
    pub lo: Vec<f64>,
    /// Bins per unit of log-growth per step.
    pub inv_width: Vec<f64>,
    /// Counts, step-major: `(BINS + 2)` per step, index 0 underflow, `BINS + 1` overflow.
    pub counts: Vec<u32>,
}

impl Histograms {
    /// Empty histograms for steps with these ranges.
    pub fn new(ranges: &[(f64, f64)]) -> Self {
        Histograms {
            lo: ranges.iter().map(|r| r.0).collect(),
            inv_width: ranges.iter().map(|r| BINS as f64 / (r.1 - r.0)).collect(),
            counts: vec![0; ranges.len() * (BINS + 2)],
        }
    }

    /// Counts one value at `step` (the simulation counts whole chunks at a time).
    #[cfg(test)]
    pub fn add(&mut self, step: usize, x: f64) {
        let k = (x - self.lo[step]) * self.inv_width[step];
        let idx = if k < 0.0 {
            0
        } else if k >= BINS as f64 {
            BINS + 1
        } else {
            k as usize + 1
        };
        self.counts[step * (BINS + 2) + idx] += 1;
    }

    /// Adds another histogram's counts (same ranges).
    pub fn merge(mut self, other: &Histograms) -> Self {
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
        self
    }

    /// The `q` quantile of step `step` (R-7 rank, linear within the bin holding it; a rank in
    /// the under- or overflow count returns the range's edge).
    pub fn quantile(&self, step: usize, q: f64) -> f64 {
        let c = &self.counts[step * (BINS + 2)..(step + 1) * (BINS + 2)];
        let n: u64 = c.iter().map(|x| u64::from(*x)).sum();
        if n == 0 {
            return f64::NAN;
        }
        let rank = q * (n - 1) as f64;
        let width = 1.0 / self.inv_width[step];
        let mut before = 0u64;
        for (idx, count) in c.iter().enumerate() {
            let count = u64::from(*count);
            if count > 0 && rank < (before + count) as f64 {
                return match idx {
                    0 => self.lo[step],
                    i if i == BINS + 1 => self.lo[step] + BINS as f64 * width,
                    i => {
                        let frac = (rank - before as f64 + 0.5) / count as f64;
                        self.lo[step] + ((i - 1) as f64 + frac) * width
                    }
                };
            }
            before += count;
        }
        self.lo[step] + BINS as f64 * width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_quantiles_are_within_a_bin_of_the_exact_ones() {
        let data: Vec<f64> = (0..200_001)
            .map(|i| ((i as f64) * 0.618_033_988_75).fract() * 2.0 - 1.0)
            .collect();
        let mut h = Histograms::new(&[(-1.5, 1.5)]);
        for x in &data {
            h.add(0, *x);
        }
        let mut sorted = data.clone();
        sorted.sort_by(f64::total_cmp);
        let width = 3.0 / BINS as f64;
        for q in [0.05, 0.25, 0.5, 0.75, 0.95] {
            let pos = q * (sorted.len() - 1) as f64;
            let exact = sorted[pos.floor() as usize];
            assert!((h.quantile(0, q) - exact).abs() <= width, "q = {q}");
        }
        let mut edge = Histograms::new(&[(0.0, 1.0)]);
        edge.add(0, -5.0);
        assert_eq!(edge.quantile(0, 0.5), 0.0);
    }

    #[test]
    fn quantiles_over_five_sd_are_far_inside_the_monte_carlo_error() {
        use rand::SeedableRng;
        use rand_distr::{Distribution, StandardNormal, StudentT};
        let n = 200_000;
        let mut rng = rand_xoshiro::Xoshiro256PlusPlus::seed_from_u64(5);
        let t3 = StudentT::new(3.0).unwrap();
        let normal: Vec<f64> = (0..n).map(|_| StandardNormal.sample(&mut rng)).collect();
        // t(3) scaled to sd 1, as the simulation scales its shocks.
        let fat: Vec<f64> = (0..n).map(|_| t3.sample(&mut rng) / 3f64.sqrt()).collect();
        for (name, mut data) in [("normal", normal), ("t3", fat)] {
            let mut h = Histograms::new(&[(-RANGE_SDS, RANGE_SDS)]);
            for x in &data {
                h.add(0, *x);
            }
            data.sort_by(f64::total_cmp);
            for q in [0.05, 0.25, 0.5, 0.75, 0.95] {
                let pos = q * (n - 1) as f64;
                let exact = data[pos.floor() as usize];
                // Standard error of the sample quantile, from the local density of the data.
                let (a, b) = (data[(pos - 2000.0) as usize], data[(pos + 2000.0) as usize]);
                let density = 4000.0 / n as f64 / (b - a);
                let se = (q * (1.0 - q) / n as f64).sqrt() / density;
                let err = (h.quantile(0, q) - exact).abs();
                assert!(err <= 0.25 * se, "{name} q = {q}: error {err} vs se {se}");
            }
        }
    }
}
