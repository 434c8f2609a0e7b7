//! The Monte Carlo itself: blocks of paths in parallel, per-step quantiles, reach years.

use super::{closed_form, closed_form_quantile, log_params, Dist, Spec, BLOCK};
use crate::project::first_whole_year;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal, StudentT};
use rand_xoshiro::Xoshiro256PlusPlus;
use rayon::prelude::*;

/// Largest number of stored path-steps (8 bytes each).
pub const MAX_CELLS: usize = 150_000_000;

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

/// Puts the order statistics `ks` (sorted, distinct, relative to `v`) in place with nested
/// selections: each selection only partitions the part of `v` its statistics live in.
fn select_many(v: &mut [f64], ks: &[usize]) {
    if ks.is_empty() || v.is_empty() {
        return;
    }
    let mid = ks.len() / 2;
    let k = ks[mid];
    let (left, _, right) = v.select_nth_unstable_by(k, f64::total_cmp);
    select_many(left, &ks[..mid]);
    let offset = k + 1;
    let upper: Vec<usize> = ks[mid + 1..].iter().map(|x| x - offset).collect();
    select_many(right, &upper);
}

/// R-7 (numpy's default) quantiles `qs` of `v`, reordering it.
pub fn quantiles(v: &mut [f64], qs: &[f64]) -> Vec<f64> {
    let n = v.len();
    if n == 0 {
        return vec![f64::NAN; qs.len()];
    }
    let hs: Vec<f64> = qs.iter().map(|q| (n - 1) as f64 * q).collect();
    let mut ks: Vec<usize> = hs
        .iter()
        .flat_map(|h| [h.floor() as usize, (h.floor() as usize + 1).min(n - 1)])
        .collect();
    ks.sort_unstable();
    ks.dedup();
    select_many(v, &ks);
    hs.iter()
        .map(|h| {
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            v[lo] + (h - lo as f64) * (v[hi] - v[lo])
        })
        .collect()
}

/// The order statistics `ks` (0-based ranks, any order) of the values in `parts`, exactly,
/// without moving them: one pass for the range, one to count values into 4096 bins, one to
/// gather the few bins that hold the wanted ranks, which are then sorted.
pub fn order_stats(parts: &[&[f64]], ks: &[usize]) -> Vec<f64> {
    const BINS: usize = 1 << 12;
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for p in parts {
        for &x in *p {
            lo = if x < lo { x } else { lo };
            hi = if x > hi { x } else { hi };
        }
    }
    if hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
        return vec![lo; ks.len()];
    }
    let scale = BINS as f64 / (hi - lo);
    let bin = |x: f64| (((x - lo) * scale) as usize).min(BINS - 1);
    let mut counts = vec![0usize; BINS];
    for p in parts {
        for &x in *p {
            counts[bin(x)] += 1;
        }
    }
    let mut before = vec![0usize; BINS + 1];
    for b in 0..BINS {
        before[b + 1] = before[b] + counts[b];
    }
    // For each rank: its bin (the last bin whose start is at or below the rank).
    let bins_of: Vec<usize> = ks
        .iter()
        .map(|k| before.partition_point(|c| *c <= *k) - 1)
        .collect();
    let mut wanted: Vec<usize> = bins_of.clone();
    wanted.sort_unstable();
    wanted.dedup();
    // slot[b] = 1 + index into `wanted` for a wanted bin, 0 otherwise: one load per value.
    let mut slot = vec![0u8; BINS];
    for (i, b) in wanted.iter().enumerate() {
        slot[*b] = u8::try_from(i + 1).expect("at most a few wanted bins");
    }
    let mut gathered: Vec<Vec<f64>> = wanted
        .iter()
        .map(|b| Vec::with_capacity(counts[*b]))
        .collect();
    for p in parts {
        for &x in *p {
            let k = slot[bin(x)];
            if k != 0 {
                gathered[usize::from(k) - 1].push(x);
            }
        }
    }
    for g in &mut gathered {
        g.sort_unstable_by(f64::total_cmp);
    }
    ks.iter()
        .zip(&bins_of)
        .map(|(k, b)| {
            let i = wanted.binary_search(b).expect("gathered bin");
            gathered[i][k - before[*b]]
        })
        .collect()
}

/// R-7 quantiles of the values in `parts` (see [`order_stats`]).
pub fn quantiles_of(parts: &[&[f64]], qs: &[f64]) -> Vec<f64> {
    let n: usize = parts.iter().map(|p| p.len()).sum();
    if n == 0 {
        return vec![f64::NAN; qs.len()];
    }
    let hs: Vec<f64> = qs.iter().map(|q| (n - 1) as f64 * q).collect();
    let ks: Vec<usize> = hs
        .iter()
        .flat_map(|h| [h.floor() as usize, (h.floor() as usize + 1).min(n - 1)])
        .collect();
    let v = order_stats(parts, &ks);
    hs.iter()
        .enumerate()
        .map(|(i, h)| v[2 * i] + (h - h.floor()) * (v[2 * i + 1] - v[2 * i]))
        .collect()
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
    let deadline_step = ts.iter().position(|t| (t - spec.target_t).abs() < 1e-9);
    let t_scale = match spec.dist {
        Dist::StudentT(df) => ((df - 2.0) / df).sqrt(),
        Dist::Normal => 1.0,
    };
    let t_dist = match spec.dist {
        Dist::StudentT(df) => StudentT::new(df).ok(),
        Dist::Normal => None,
    };
    let drift: Vec<f64> = dts.iter().map(|dt| m * dt).collect();
    let scale: Vec<f64> = dts.iter().map(|dt| s * dt.sqrt()).collect();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let n_blocks = spec.paths.div_ceil(BLOCK);
    // Each block fills its own step-major buffer (row i = every path of the block at step i).
    let blocks: Vec<(usize, Vec<usize>, Vec<f64>)> = (0..n_blocks)
        .into_par_iter()
        .map(|b| {
            let len = BLOCK.min(spec.paths - b * BLOCK);
            let seed = spec
                .seed
                .wrapping_add((b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
            let mut buf = vec![0f64; len * n_steps];
            let mut hits = 0usize;
            let mut first = vec![0usize; n_steps + 1];
            for p in 0..len {
                let mut c = 0.0;
                let mut crossed = n_steps;
                for i in 0..n_steps {
                    let z: f64 = match &t_dist {
                        Some(d) => d.sample(&mut rng) * t_scale,
                        None => StandardNormal.sample(&mut rng),
                    };
                    c += drift[i] + scale[i] * z;
                    buf[i * len + p] = c;
                    if crossed == n_steps && c >= need {
                        crossed = i;
                    }
                }
                first[crossed] += 1;
                if deadline_step.is_some_and(|d| buf[d * len + p] >= need) {
                    hits += 1;
                }
            }
            progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
            (hits, first, buf)
        })
        .collect();
    let hits: usize = blocks.iter().map(|(h, _, _)| h).sum();
    let mut first = vec![0usize; n_steps + 1];
    for (_, f, _) in &blocks {
        for (a, b) in first.iter_mut().zip(f) {
            *a += b;
        }
    }
    let n = spec.paths as f64;
    // Per step: gather the column from every block, then take the quantiles of the log-sums
    // and exponentiate only them (exp is monotonic).
    let quantiles: Vec<YearQuantiles> = (0..n_steps)
        .into_par_iter()
        .map(|i| {
            let parts: Vec<&[f64]> = blocks
                .iter()
                .map(|(_, _, buf)| {
                    let len = buf.len() / n_steps;
                    &buf[i * len..(i + 1) * len]
                })
                .collect();
            let q = quantiles_of(&parts, &[0.05, 0.25, 0.50, 0.75, 0.95]);
            let v = |k: usize| spec.base * q[k].exp();
            YearQuantiles {
                t: ts[i],
                year: first_whole_year(ts[i]).unwrap_or_default(),
                p5: v(0),
                p25: v(1),
                p50: v(2),
                p75: v(3),
                p95: v(4),
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
    use super::super::tests::wenjiang;
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
    fn nested_quantiles_match_a_full_sort() {
        let mut v: Vec<f64> = (0..1001)
            .map(|i| ((i * 7919) % 1001) as f64 * 0.5)
            .collect();
        let mut sorted = v.clone();
        sorted.sort_by(f64::total_cmp);
        let qs = [0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1.0];
        let got = quantiles(&mut v, &qs);
        for (q, g) in qs.iter().zip(got) {
            let h = 1000.0 * q;
            let (lo, hi) = (h.floor() as usize, (h.floor() as usize + 1).min(1000));
            let want = sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]);
            assert_eq!(g, want, "q = {q}");
        }
        assert_eq!(quantiles(&mut [3.0], &[0.5]), vec![3.0]);
        // The binned method gives the same numbers without moving the data, split in parts.
        let data: Vec<f64> = (0..20_000)
            .map(|i| (((i * 7919) % 20_011) as f64).sin() * 1e3)
            .collect();
        let (a, b) = data.split_at(7_001);
        let mut copy = data.clone();
        assert_eq!(quantiles_of(&[a, b], &qs), quantiles(&mut copy, &qs));
        assert_eq!(
            quantiles_of(&[&[2.0, 2.0, 2.0]], &[0.1, 0.9]),
            vec![2.0, 2.0]
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
