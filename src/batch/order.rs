//! Rows grouped into series in the report's order, by one parallel sort on abbreviated keys.
//!
//! Each row carries the first 24 bytes of its (region, indicator) pair as three integers
//! ([`Key`]). Consecutive rows of one series form a run, which gathers its target, rate and
//! earliest and latest actual while the rows are read in file order; sorting the runs' keys
//! puts a series' runs side by side and the series in report order, and only pairs longer
//! than the key compare their strings. Repeated ids are found by sorting 64-bit hashes of
//! the ids (a collision only sends the file to the reference engine). Sorting on both cores
//! is several times faster here than polars' hash joins on two string keys, which this
//! module replaced.

use super::rows::{whole, Key, Parsed};
use super::runs::{foreign as foreign_run, group, run, Run};
use super::series::Series;
use crate::model::Kind;
use rayon::prelude::*;
use std::cmp::Ordering::Equal;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// The series in report order and, for those with several targets, their target rows.
pub struct Order<'a> {
    /// One entry per series (`None`: no target).
    pub series: Vec<Option<Series<'a>>>,
    /// (series index, its target rows in report order) for series with several targets.
    multi: Vec<(u32, Vec<u32>)>,
    /// The series the reference engine assesses: (series index, one of its rows), by index
    /// (`None` in `series`).
    pub foreign: Vec<(u32, u32)>,
    /// Their rows, in file order.
    pub foreign_rows: Vec<u32>,
}

impl Order<'_> {
    /// Whether any series in `range` has several targets.
    pub fn several_in(&self, range: std::ops::Range<usize>) -> bool {
        let at = self.multi.partition_point(|m| (m.0 as usize) < range.start);
        self.multi
            .get(at)
            .is_some_and(|m| (m.0 as usize) < range.end)
    }

    /// Where in `foreign` the series of `range` that the reference engine assesses are.
    pub fn foreign_in(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let at = |j: usize| self.foreign.partition_point(|f| (f.0 as usize) < j);
        at(range.start)..at(range.end)
    }

    /// The target rows of series `j` in report order, when it has several.
    pub fn targets(&self, j: usize) -> Option<&[u32]> {
        let at = self.multi.binary_search_by_key(&j, |m| m.0 as usize).ok()?;
        Some(&self.multi[at].1)
    }
}

/// True when no two rows share an id (or an id's hash: then the reference engine decides).
fn ids_unique(p: &Parsed) -> bool {
    let ids: Vec<u64> = p.rows.par_iter().map(|r| r.id).collect();
    no_repeats(&ids)
}

/// True when no value repeats. The values are hashes, so their top bits spread them evenly:
/// one counting pass puts them in 2¹² buckets by those bits, and the small buckets are
/// sorted and checked in parallel (several times faster than sorting them all).
fn no_repeats(values: &[u64]) -> bool {
    const BITS: u32 = 12;
    let bucket = |v: u64| (v >> (64 - BITS)) as usize;
    let mut start = vec![0usize; (1 << BITS) + 1];
    for &v in values {
        start[bucket(v) + 1] += 1;
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut at = start.clone();
    let mut spread = vec![0u64; values.len()];
    for &v in values {
        let b = bucket(v);
        spread[at[b]] = v;
        at[b] += 1;
    }
    let mut buckets = Vec::with_capacity(1 << BITS);
    let mut rest = spread.as_mut_slice();
    for w in start.windows(2) {
        let (b, r) = rest.split_at_mut(w[1] - w[0]);
        buckets.push(b);
        rest = r;
    }
    buckets.into_par_iter().all(|b| {
        b.sort_unstable();
        b.windows(2).all(|w| w[0] != w[1])
    })
}

/// `f` over `0..n` in parallel, collected in order straight into one vector; `None` if any
/// call gives `None` (the vector is then dropped, so the filler value never escapes).
fn all<T: Send + Default>(n: usize, f: impl Fn(usize) -> Option<T> + Sync) -> Option<Vec<T>> {
    let failed = AtomicBool::new(false);
    let mut out = Vec::with_capacity(n);
    (0..n)
        .into_par_iter()
        .map(|i| {
            f(i).unwrap_or_else(|| {
                failed.store(true, Relaxed);
                T::default()
            })
        })
        .collect_into_vec(&mut out);
    (!failed.load(Relaxed)).then_some(out)
}

/// The series in the report's order (region, then indicator; `None` for a series without a
/// target), or `None` when the file needs the reference engine. Consecutive rows of one
/// series form a run (files usually list a series' rows together) and gather their numbers
/// in file order; one parallel sort of the runs' keys brings a series' runs side by side and
/// orders the series. Only long pairs whose keys tie read their strings.
pub fn ordered<'a>(p: &'a Parsed) -> Option<Order<'a>> {
    // The ids are checked while the runs are found and sorted (the check has a sequential
    // part that would leave a core idle).
    let (unique, sorted) = rayon::join(|| ids_unique(p), || sorted_runs(p));
    let (runs, keys, starts) = sorted.filter(|_| unique)?;
    let n = u32::try_from(p.rows.len()).ok()?;
    let t0 = std::time::Instant::now();
    let m = u32::try_from(keys.len()).ok()?;
    let firsts: Vec<u32> = (0..m)
        .into_par_iter()
        .filter(|&i| {
            let (x, y) = (keys[i.saturating_sub(1) as usize], keys[i as usize]);
            i == 0 || !same(p, (&x.0, x.1), (&y.0, y.1))
        })
        .collect();
    let keys_of = |j: usize| {
        let to = firsts.get(j + 1).map_or(keys.len(), |t| *t as usize);
        &keys[firsts[j] as usize..to]
    };
    let several = AtomicBool::new(false);
    let foreign = std::sync::Mutex::new(Vec::new());
    let series = all(firsts.len(), |j| {
        let keys = keys_of(j);
        let Some(s) = group(keys[0].0, keys.iter().map(|k| &runs[k.2 as usize])) else {
            foreign.lock().ok()?.push((j as u32, keys[0].1));
            return Some(None);
        };
        if s.is_some_and(|s| s.targets > 1) {
            several.store(true, Relaxed);
        }
        Some(s)
    })?;
    let mut foreign = foreign.into_inner().ok()?;
    foreign.sort_unstable();
    // Only a plain file's lines can be handed on to the reference engine by themselves.
    if !foreign.is_empty() && !matches!(p.cells, super::rows::Cells::Plain(_)) {
        return None;
    }
    let rows_of = |j: usize| {
        keys_of(j).iter().flat_map(|k| {
            let end = starts.get(k.2 as usize + 1).copied().unwrap_or(n);
            k.1..end
        })
    };
    let mut foreign_rows: Vec<u32> = foreign.iter().flat_map(|f| rows_of(f.0 as usize)).collect();
    foreign_rows.sort_unstable();
    // Series with several targets: their target rows, as the reference orders them (by
    // year, then id).
    let multi = if !several.load(Relaxed) {
        Vec::new()
    } else {
        series
            .par_iter()
            .enumerate()
            .filter(|(_, s)| s.is_some_and(|s| s.targets > 1))
            .map(|(j, _)| {
                let mut rows: Vec<u32> = rows_of(j)
                    .filter(|&r| p.rows[r as usize].kind == Some(Kind::Target))
                    .collect();
                rows.sort_by(|&a, &b| {
                    let at = |r: u32| (p.rows[r as usize].year, p.id(r as usize));
                    at(a).cmp(&at(b))
                });
                (j as u32, rows)
            })
            .collect()
    };
    crate::timing(" series", t0);
    Some(Order {
        series,
        multi,
        foreign,
        foreign_rows,
    })
}

/// Whether rows x and y, with keys kx and ky, are of one series (long pairs whose keys tie
/// compare their strings).
fn same(p: &Parsed, (kx, x): (&Key, u32), (ky, y): (&Key, u32)) -> bool {
    kx == ky && (whole(kx) || p.key(x as usize) == p.key(y as usize))
}

/// A run's sort key: its key, first row and index.
type RunKey = (Key, u32, u32);

/// The runs, their keys in report order, and each run's first row (in file order).
type SortedRuns<'a> = (Vec<Run<'a>>, Vec<RunKey>, Vec<u32>);

/// The file's runs, and their keys sorted in report order (`None`: the reference engine).
fn sorted_runs<'a>(p: &'a Parsed) -> Option<SortedRuns<'a>> {
    let n = u32::try_from(p.rows.len()).ok()?;
    let t0 = std::time::Instant::now();
    let strings = |x: u32, y: u32| p.key(x as usize).cmp(&p.key(y as usize));
    let key = |x: u32| &p.rows[x as usize].key;
    let starts: Vec<u32> = (0..n)
        .into_par_iter()
        .filter(|&i| i == 0 || !same(p, (key(i - 1), i - 1), (key(i), i)))
        .collect();
    let runs: Vec<Run> = all(starts.len(), |j| {
        Some(run(p, starts[j], starts.get(j + 1).copied().unwrap_or(n)).unwrap_or_else(foreign_run))
    })?;
    crate::timing(" runs", t0);
    // Sort (key, first row, run) triples, not the larger runs.
    let mut keys: Vec<RunKey> = starts
        .par_iter()
        .enumerate()
        .map(|(i, &r)| (*key(r), r, i as u32))
        .collect();
    keys.par_sort_unstable_by(|x, y| {
        x.0.cmp(&y.0).then_with(|| {
            if whole(&x.0) {
                Equal
            } else {
                strings(x.1, y.1)
            }
        })
    });
    crate::timing(" sorted", t0);
    Some((runs, keys, starts))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_repeats_is_a_sort_and_scan(mut v in prop::collection::vec(prop_oneof![any::<u64>(), 0u64..8, (0u64..8).prop_map(|x| x << 60 | 5)], 0..300)) {
            let fast = super::no_repeats(&v);
            v.sort_unstable();
            prop_assert_eq!(fast, v.windows(2).all(|w| w[0] != w[1]));
        }
    }
}
