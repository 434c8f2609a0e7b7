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
fn group(p: &Parsed, rows: &[(Key, u32)]) -> Option<Option<Series>> {
    let (mut t, mut a, mut g) = (None, None, None);
    for &(_, r) in rows {
        let r = r as usize;
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

/// The series with a target, sorted as the report sorts (region, then indicator), or `None`
/// when the file needs the reference engine. One parallel sort of the rows by [`Key`] both
/// groups them and orders the series; only long pairs whose keys tie read their strings.
pub fn ordered(p: &Parsed) -> Option<Vec<Series>> {
    if u32::try_from(p.rows.len()).is_err() || !ids_unique(p) {
        return None;
    }
    let mut keyed: Vec<(Key, u32)> = p
        .rows
        .par_iter()
        .enumerate()
        .map(|(i, r)| (r.key, i as u32))
        .collect();
    let strings = |x: &(Key, u32), y: &(Key, u32)| p.key(x.1 as usize).cmp(&p.key(y.1 as usize));
    keyed.par_sort_unstable_by(|x, y| {
        x.0.cmp(&y.0)
            .then_with(|| if whole(&x.0) { Equal } else { strings(x, y) })
    });
    let groups = keyed
        .par_chunk_by(|x, y| x.0 == y.0 && (whole(&x.0) || strings(x, y) == Equal))
        .map(|rows| group(p, rows))
        .collect::<Option<Vec<Option<Series>>>>()?;
    Some(groups.into_iter().flatten().collect())
}
