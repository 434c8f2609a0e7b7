//! The Monte Carlo itself: blocks of paths in parallel, per-step quantiles, reach years.

use super::hist::{Histograms, BINS, RANGE_SDS};
use super::{closed_form, closed_form_quantile, log_params, Dist, Spec, BLOCK};
use crate::project::first_whole_year;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal, StudentT};
use rand_xoshiro::Xoshiro256PlusPlus;
use rayon::prelude::*;

/// Largest number of path-steps a run may draw (about 15 s on one core).
pub const MAX_CELLS: usize = 3_000_000_000;

/// Quantiles of the simulated value at one step.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct YearQuantiles {
    /// Time on the axis.
    pub t: f64,
    /// The whole year the step ends in.
    pub year: i32,
    /// 5th percentile.
    pub p5: f64,
    /// 25th percentile.
    pub p25: f64,
    /// Median.
    pub p50: f64,
    /// 75th percentile.
    pub p75: f64,
    /// 95th percentile.
    pub p95: f64,
    /// Median by the closed form (Normal model).
    pub p50_closed_form: f64,
}

/// What a simulation found.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Outcome {
    /// Share of paths at or above the target at the deadline.
    pub p_reach: f64,
    /// Monte Carlo standard error of `p_reach`.
    pub standard_error: f64,
    /// The exact probability under the Normal model.
    pub p_reach_closed_form: f64,
    /// Number of paths.
    pub paths: usize,
    /// Seed.
    pub seed: u64,
    /// Yearly log-growth mean and sd used.
    pub log_mean: f64,
    /// Sd of the yearly log-growth.
    pub log_sd: f64,
    /// Per-step quantiles from the baseline to the deadline plus the extra years.
    pub quantiles: Vec<YearQuantiles>,
    /// Share of paths first reaching the target in each whole year.
    pub reach_years: Vec<(i32, f64)>,
    /// Share of paths that never reach it within the simulated years.
    pub never_within_horizon: f64,
}

/// Step end times: every whole year after the baseline, the deadline itself, then yearly.
pub fn steps(spec: &Spec) -> Vec<f64> {
    let end = spec.target_t + f64::from(spec.extra_years);
    let mut ts: Vec<f64> = Vec::new();
    let mut t = spec.base_t + 1.0;
    while t < end + 1e-9 {
        ts.push(t);
        t += 1.0;
    }
    if spec.target_t > spec.base_t {
        ts.push(spec.target_t);
    }
    ts.sort_by(f64::total_cmp);
    ts.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    ts
}

/// Paths moved together within a block (their shocks and bins stay in L1).
const CHUNK: usize = 256;

/// One block's random walks, step by step over all its paths (the running log-sums of a
/// block fit in cache, and so does one step's histogram).
struct Walk<'a> {
    drift: &'a [f64],
    scale: &'a [f64],
    need: f64,
    deadline_step: usize,
}

impl Walk<'_> {
    /// Walks `len` paths with shocks from `z`; counts values and first crossings, returns the
    /// number of paths at or above the target at the deadline.
    fn block(
        &self,
        len: usize,
        hist: &mut Histograms,
        first: &mut [usize],
        mut z: impl FnMut() -> f64,
    ) -> usize {
        let n_steps = self.drift.len();
        let mut c = vec![0f64; len];
        let mut crossed = vec![n_steps as u32; len];
        let mut hits = 0;
        // Small buffers on the stack: one chunk's shocks and bins stay in L1 while the
        // block's running sums stream past (and never alias them at the same page offset).
        let mut shocks = [0f64; CHUNK];
        let mut bins = [0u32; CHUNK];
        let top = BINS as f64;
        for i in 0..n_steps {
            let (d, sc) = (self.drift[i], self.scale[i]);
            let (lo, iw) = (hist.lo[i], hist.inv_width[i]);
            let at_deadline = i == self.deadline_step;
            let counts: &mut [u32; BINS + 2] = (&mut hist.counts
                [i * (BINS + 2)..(i + 1) * (BINS + 2)])
                .try_into()
                .expect("one step's counts");
            // Three tight loops per chunk, each fast on its own: draw the shocks, move the
            // paths (branch-free, so it vectorises), then count the bins. Draws keep their
            // order (step by step, path by path), whatever the chunk size.
            for (c, crossed) in c.chunks_mut(CHUNK).zip(crossed.chunks_mut(CHUNK)) {
                let n = c.len();
                for s in &mut shocks[..n] {
                    *s = z();
                }
                for (((x, cr), s), b) in c
                    .iter_mut()
                    .zip(crossed.iter_mut())
                    .zip(&shocks[..n])
                    .zip(bins.iter_mut())
                {
                    *x += d + sc * s;
                    // Bin 0 is the underflow, BINS + 1 the overflow.
                    *b = (((*x - lo) * iw).clamp(-1.0, top) + 1.0) as u32;
                    let above = *x >= self.need;
                    *cr = if above { (*cr).min(i as u32) } else { *cr };
                    hits += usize::from(above & at_deadline);
                }
                for b in &bins[..n] {
                    counts[(*b as usize).min(BINS + 1)] += 1;
                }
            }
        }
        for cr in crossed {
            first[cr as usize] += 1;
        }
        hits
    }
}

/// Runs the simulation. `progress` is called with the number of blocks done so far.
pub fn simulate(spec: &Spec, progress: &(dyn Fn(usize) + Sync)) -> Outcome {
    let ts = steps(spec);
    let n_steps = ts.len();
    let (m, s) = log_params(spec.mu, spec.sigma);
    let need = (spec.target / spec.base).ln();
    let dts: Vec<f64> = ts
        .iter()
        .scan(spec.base_t, |prev, t| {
            let dt = t - *prev;
            *prev = *t;
            Some(dt)
        })
        .collect();
    let deadline_step = ts
        .iter()
        .position(|t| (t - spec.target_t).abs() < 1e-9)
        .unwrap_or(usize::MAX);
    let (t_scale, t_dist) = match spec.dist {
        Dist::StudentT(df) => (((df - 2.0) / df).sqrt(), StudentT::new(df).ok()),
        Dist::Normal => (1.0, None),
    };
    let drift: Vec<f64> = dts.iter().map(|dt| m * dt).collect();
    let scale: Vec<f64> = dts.iter().map(|dt| s * dt.sqrt()).collect();
    // Histogram range per step: the exact mean ± 5 exact sds of the log-sum (both models
    // give the log-sum this mean and sd). By Cantelli's inequality any distribution puts at
    // most 1/(1 + 5²) ≈ 3.8 % beyond 5 sd on one side, so P5..P95 always fall inside; the
    // rest is counted in the under- and overflow bins, so ranks stay exact.
    let ranges: Vec<(f64, f64)> = ts
        .iter()
        .map(|t| {
            let n = t - spec.base_t;
            let half = RANGE_SDS * s * n.sqrt();
            (n * m - half, n * m + half)
        })
        .collect();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let n_blocks = spec.paths.div_ceil(BLOCK);
    let empty = || (Histograms::new(&ranges), 0usize, vec![0usize; n_steps + 1]);
    let walk = Walk {
        drift: &drift,
        scale: &scale,
        need,
        deadline_step,
    };
    let (hist, hits, first) = (0..n_blocks)
        .into_par_iter()
        .fold(empty, |(mut hist, mut hits, mut first), b| {
            let len = BLOCK.min(spec.paths - b * BLOCK);
            let seed = spec
                .seed
                .wrapping_add((b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
            hits += match &t_dist {
                Some(d) => walk.block(len, &mut hist, &mut first, || d.sample(&mut rng) * t_scale),
                None => walk.block(len, &mut hist, &mut first, || {
                    StandardNormal.sample(&mut rng)
                }),
            };
            progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
            (hist, hits, first)
        })
        .reduce(empty, |a, b| {
            let first = a.2.iter().zip(&b.2).map(|(x, y)| x + y).collect();
            (a.0.merge(&b.0), a.1 + b.1, first)
        });
    let n = spec.paths as f64;
    let quantiles: Vec<YearQuantiles> = (0..n_steps)
        .map(|i| {
            let v = |q: f64| spec.base * hist.quantile(i, q).exp();
            YearQuantiles {
                t: ts[i],
                year: first_whole_year(ts[i]).unwrap_or_default(),
                p5: v(0.05),
                p25: v(0.25),
                p50: v(0.50),
                p75: v(0.75),
                p95: v(0.95),
                p50_closed_form: closed_form_quantile(spec, ts[i], 0.5),
            }
        })
        .collect();
    let mut reach_years: Vec<(i32, f64)> = Vec::new();
    for (i, c) in first.iter().take(n_steps).enumerate() {
        let y = first_whole_year(ts[i]).unwrap_or_default();
        match reach_years.last_mut() {
            Some((yy, share)) if *yy == y => *share += *c as f64 / n,
            _ => reach_years.push((y, *c as f64 / n)),
        }
    }
    let p = hits as f64 / n;
    Outcome {
        p_reach: p,
        standard_error: (p * (1.0 - p) / n).sqrt(),
        p_reach_closed_form: closed_form(spec),
        paths: spec.paths,
        seed: spec.seed,
        log_mean: m,
        log_sd: s,
        quantiles,
        reach_years,
        never_within_horizon: first[n_steps] as f64 / n,
    }
}

#[cfg(test)]
mod tests {
    use super::super::wenjiang;
    use super::*;

    #[test]
    fn monte_carlo_agrees_with_the_closed_form_within_4_se() {
        let cases = [
            (0.20, 0.05, 1000.0, 2026.0),
            (0.10, 0.15, 600.0, 2027.5),
            (0.05, 0.02, 400.0, 2024.0),
            (0.25, 0.30, 2000.0, 2030.0),
            (-0.02, 0.10, 300.0, 2025.0),
        ];
        for (i, (mu, sigma, target, t)) in cases.into_iter().enumerate() {
            let spec = Spec {
                mu,
                sigma,
                target,
                target_t: t,
                ..wenjiang(200_000, 7 + i as u64)
            };
            let o = simulate(&spec, &|_| {});
            let tol = 4.0 * o.standard_error.max(1e-4);
            assert!(
                (o.p_reach - o.p_reach_closed_form).abs() <= tol,
                "case {i}: mc {} vs closed {} (4 se = {tol})",
                o.p_reach,
                o.p_reach_closed_form
            );
            let last = o.quantiles.iter().find(|q| (q.t - t).abs() < 1e-9).unwrap();
            assert!(
                (last.p50 / last.p50_closed_form - 1.0).abs() < 0.01,
                "case {i}: median"
            );
        }
    }

    #[test]
    fn same_seed_same_result_whatever_the_threads() {
        let spec = wenjiang(50_000, 42);
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
            .install(|| simulate(&spec, &|_| {}));
        let two = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap()
            .install(|| simulate(&spec, &|_| {}));
        assert_eq!(one, two);
        let other = simulate(&Spec { seed: 43, ..spec }, &|_| {});
        assert_ne!(one.p_reach, other.p_reach);
    }

    #[test]
    fn fat_tails_widen_the_band_not_the_centre() {
        let n = wenjiang(100_000, 3);
        let t = Spec {
            dist: Dist::StudentT(3.0),
            ..n
        };
        let (a, b) = (simulate(&n, &|_| {}), simulate(&t, &|_| {}));
        let (qa, qb) = (&a.quantiles[4], &b.quantiles[4]);
        assert!((qa.p50 / qb.p50 - 1.0).abs() < 0.01);
        assert!(
            qb.p25 > qa.p25 && qb.p75 < qa.p75,
            "t(3) scaled to the same sd is more peaked"
        );
    }

    #[test]
    fn fractional_deadline_gets_its_own_step() {
        let spec = Spec {
            base_t: 2021.12,
            ..wenjiang(10, 1)
        };
        let ts = steps(&spec);
        assert!(ts.iter().any(|t| (t - 2026.0).abs() < 1e-9));
        assert!((ts[0] - 2022.12).abs() < 1e-9);
    }
}
