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
    let mut ids: Vec<u64> = p.rows.par_iter().map(|r| r.id).collect();
    ids.par_sort_unstable();
    !ids.par_windows(2).any(|w| w[0] == w[1])
}

/// One group of rows of one series: its series, `Some(None)` for a series without a target,
/// `None` when it needs the reference engine (several targets, actuals or rates).
fn group(p: &Parsed, rows: impl Iterator<Item = usize>) -> Option<Option<Series>> {
    let (mut t, mut a, mut g) = (None, None, None);
    for r in rows {
        let slot = match p.rows[r].kind {
            TARGET => &mut t,
            ACTUAL => &mut a,
            GROWTH => &mut g,
            _ => return None,
        };
        if slot.replace(r).is_some() {
            return None;
        }
    }
    Some(t.map(|t| Series { t, a, g }))
}

/// A run of consecutive rows of one series: its key, first row and end.
type Run = (Key, u32, u32);

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
        .map(|(j, &s)| {
            (
                p.rows[s as usize].key,
                s,
                starts.get(j + 1).copied().unwrap_or(n),
            )
        })
        .collect();
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
        .map(|runs| group(p, runs.iter().flat_map(|&(_, s, e)| s as usize..e as usize)))
        .collect::<Option<Vec<Option<Series>>>>()?;
    Some(groups.into_iter().flatten().collect())
}
