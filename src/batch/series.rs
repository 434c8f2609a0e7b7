//! Rows grouped into series in the report's order, by one parallel sort on abbreviated keys.
//!
//! Each row carries the first 24 bytes of its (region, indicator) pair as three integers
//! ([`Key`]); sorting rows by them puts a series' rows side by side and the series in report
//! order, and only pairs longer than the key compare their strings. Repeated ids are found by
//! sorting 64-bit hashes of the ids (a collision only sends the file to the reference
//! engine). Sorting on both cores is several times faster here than polars' hash joins on
//! two string keys, which this module replaced.

use super::eligible::{whole, Key, Parsed, ACTUAL, GROWTH, TARGET};
use rayon::prelude::*;
use std::cmp::Ordering::Equal;

/// A series' target row and the rows of its actual and stated rate, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Series {
    /// Row of the target.
    pub t: usize,
    /// Row of the actual.
    pub a: Option<usize>,
    /// Row of the stated growth rate.
    pub g: Option<usize>,
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

/// No row in this slot.
const NONE: u32 = u32::MAX;

/// A run of consecutive rows of one series: its key, first row, and its target, actual and
/// rate rows ([`NONE`] when absent); `None` when the run has two rows of one kind.
type Run = (Key, u32, [u32; 3]);

/// The run of rows `from..to`, read in file order (so its rows are read where they lie).
fn run(p: &Parsed, from: u32, to: u32) -> Option<Run> {
    let mut slots = [NONE; 3];
    for r in from..to {
        let slot = match p.rows[r as usize].kind {
            TARGET => &mut slots[0],
            ACTUAL => &mut slots[1],
            GROWTH => &mut slots[2],
            _ => return None,
        };
        if std::mem::replace(slot, r) != NONE {
            return None;
        }
    }
    Some((p.rows[from as usize].key, from, slots))
}

/// One series from its runs: `Some(None)` for a series without a target, `None` when it
/// needs the reference engine (several targets, actuals or rates).
fn group(runs: &[Run]) -> Option<Option<Series>> {
    let mut slots = [NONE; 3];
    for (_, _, s) in runs {
        for (mine, theirs) in slots.iter_mut().zip(s) {
            if *theirs != NONE && std::mem::replace(mine, *theirs) != NONE {
                return None;
            }
        }
    }
    let row = |r: u32| (r != NONE).then_some(r as usize);
    Some(row(slots[0]).map(|t| Series {
        t,
        a: row(slots[1]),
        g: row(slots[2]),
    }))
}

/// The series with a target, sorted as the report sorts (region, then indicator), or `None`
/// when the file needs the reference engine. Consecutive rows of one series form a run
/// (files usually list a series' rows together); one parallel sort of the runs by [`Key`]
/// brings a series' runs side by side and orders the series. Only long pairs whose keys
/// tie read their strings.
pub fn ordered(p: &Parsed) -> Option<Vec<Series>> {
    let n = u32::try_from(p.rows.len()).ok()?;
    if !ids_unique(p) {
        return None;
    }
    let strings = |x: u32, y: u32| p.key(x as usize).cmp(&p.key(y as usize));
    // Rows x and y, with keys kx and ky, are of one series.
    let same =
        |kx: &Key, ky: &Key, x: u32, y: u32| kx == ky && (whole(kx) || strings(x, y) == Equal);
    let key = |x: u32| &p.rows[x as usize].key;
    let starts: Vec<u32> = (0..n)
        .into_par_iter()
        .filter(|&i| i == 0 || !same(key(i - 1), key(i), i - 1, i))
        .collect();
    let mut runs: Vec<Run> = starts
        .par_iter()
        .enumerate()
        .map(|(j, &s)| run(p, s, starts.get(j + 1).copied().unwrap_or(n)))
        .collect::<Option<_>>()?;
    runs.par_sort_unstable_by(|x, y| {
        x.0.cmp(&y.0).then_with(|| {
            if whole(&x.0) {
                Equal
            } else {
                strings(x.1, y.1)
            }
        })
    });
    let groups = runs
        .par_chunk_by(|x, y| same(&x.0, &y.0, x.1, y.1))
        .map(group)
        .collect::<Option<Vec<Option<Series>>>>()?;
    Some(groups.into_iter().flatten().collect())
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
