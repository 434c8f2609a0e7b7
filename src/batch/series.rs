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
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// One row's numbers: value, year and unit code.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Cell {
    /// Value in the row's unit.
    pub value: f64,
    /// Year.
    pub year: i32,
    /// Unit code.
    pub unit: u16,
}

/// A series' target row and what the assessment needs of it and of its actual and stated
/// rate: gathered while the rows are read in file order, so the report, which reads series
/// in its own order, touches no row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Series<'a> {
    /// Row of the target (for text read only by some columns).
    pub t: usize,
    /// The target's key.
    pub key: Key,
    /// The target's id.
    pub id: &'a str,
    /// The target.
    pub target: Cell,
    /// The actual.
    pub a: Option<Cell>,
    /// The stated growth rate, in %.
    pub g: Option<f64>,
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

/// What a run of rows (or a series) knows: its target, actual and rate rows ([`NONE`] when
/// absent) and their numbers.
#[derive(Clone, Copy, Default)]
struct Slots<'a> {
    rows: [u32; 3],
    cells: [Cell; 3],
    id: &'a str,
}

/// A run of consecutive rows of one series: its key, first row, and slots.
type Run<'a> = (Key, u32, Slots<'a>);

/// The run of rows `from..to`, read in file order (so its rows are read where they lie);
/// `None` when the run has two rows of one kind.
fn run<'a>(p: &'a Parsed, from: u32, to: u32) -> Option<Run<'a>> {
    let mut slots = Slots {
        rows: [NONE; 3],
        cells: [Cell::default(); 3],
        id: "",
    };
    for r in from..to {
        let row = &p.rows[r as usize];
        let k = match row.kind {
            TARGET => 0,
            ACTUAL => 1,
            GROWTH => 2,
            _ => return None,
        };
        if std::mem::replace(&mut slots.rows[k], r) != NONE {
            return None;
        }
        slots.cells[k] = Cell {
            value: row.value,
            year: row.year,
            unit: row.unit,
        };
        if k == 0 {
            slots.id = p.id(r as usize);
        }
    }
    Some((p.rows[from as usize].key, from, slots))
}

/// One series from its runs: `Some(None)` for a series without a target, `None` when it
/// needs the reference engine (several targets, actuals or rates).
fn group<'a, 'r>(mut runs: impl Iterator<Item = &'r Run<'a>>) -> Option<Option<Series<'a>>>
where
    'a: 'r,
{
    let &(key, _, mut all) = runs.next()?;
    for (_, _, s) in runs {
        for k in 0..3 {
            if s.rows[k] != NONE {
                if std::mem::replace(&mut all.rows[k], s.rows[k]) != NONE {
                    return None;
                }
                all.cells[k] = s.cells[k];
                if k == 0 {
                    all.id = s.id;
                }
            }
        }
    }
    let has = |k: usize| all.rows[k] != NONE;
    Some(has(0).then(|| Series {
        t: all.rows[0] as usize,
        key,
        id: all.id,
        target: all.cells[0],
        a: has(1).then_some(all.cells[1]),
        g: has(2).then_some(all.cells[2].value),
    }))
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
pub fn ordered<'a>(p: &'a Parsed) -> Option<Vec<Option<Series<'a>>>> {
    let n = u32::try_from(p.rows.len()).ok()?;
    let t0 = std::time::Instant::now();
    if !ids_unique(p) {
        return None;
    }
    crate::timing(" ids", t0);
    let strings = |x: u32, y: u32| p.key(x as usize).cmp(&p.key(y as usize));
    // Rows x and y, with keys kx and ky, are of one series.
    let same =
        |kx: &Key, ky: &Key, x: u32, y: u32| kx == ky && (whole(kx) || strings(x, y) == Equal);
    let key = |x: u32| &p.rows[x as usize].key;
    let starts: Vec<u32> = (0..n)
        .into_par_iter()
        .filter(|&i| i == 0 || !same(key(i - 1), key(i), i - 1, i))
        .collect();
    let runs: Vec<Run> = all(starts.len(), |j| {
        run(p, starts[j], starts.get(j + 1).copied().unwrap_or(n))
    })?;
    crate::timing(" runs", t0);
    // Sort (key, first row, run) triples, not the larger runs.
    let mut keys: Vec<(Key, u32, u32)> = runs
        .par_iter()
        .enumerate()
        .map(|(i, r)| (r.0, r.1, i as u32))
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
    let m = u32::try_from(keys.len()).ok()?;
    let firsts: Vec<u32> = (0..m)
        .into_par_iter()
        .filter(|&i| {
            let (x, y) = (keys[i.saturating_sub(1) as usize], keys[i as usize]);
            i == 0 || !same(&x.0, &y.0, x.1, y.1)
        })
        .collect();
    all(firsts.len(), |j| {
        let to = firsts.get(j + 1).map_or(keys.len(), |t| *t as usize);
        group(
            keys[firsts[j] as usize..to]
                .iter()
                .map(|k| &runs[k.2 as usize]),
        )
    })
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
