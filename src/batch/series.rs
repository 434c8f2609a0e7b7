//! Rows grouped into series and the report's order, by parallel sorts of hashes.
//!
//! Rows are grouped by a 64-bit hash of (region, indicator) and every group is then checked
//! against its own strings, so a hash collision only sends the file to the reference engine;
//! repeated ids are found the same way. Sorting hashes on both cores is several times
//! faster here than polars' hash joins on two string keys, which this module replaced.

use super::eligible::{Parsed, ACTUAL, GROWTH, TARGET};
use rayon::prelude::*;

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

/// One group of rows with one hash: its series, `Some(None)` for a series without a target,
/// `None` when it needs the reference engine (two series under one hash, several targets,
/// actuals or rates).
fn group(p: &Parsed, rows: &[(u64, u32)]) -> Option<Option<Series>> {
    let first = rows[0].1 as usize;
    let key = p.key(first);
    let (mut t, mut a, mut g) = (None, None, None);
    for &(_, r) in rows {
        let r = r as usize;
        if r != first && p.key(r) != key {
            return None;
        }
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
/// when the file needs the reference engine.
pub fn ordered(p: &Parsed) -> Option<Vec<Series>> {
    if u32::try_from(p.rows.len()).is_err() || !ids_unique(p) {
        return None;
    }
    let mut keyed: Vec<(u64, u32)> = p
        .rows
        .par_iter()
        .enumerate()
        .map(|(i, r)| (r.series, i as u32))
        .collect();
    keyed.par_sort_unstable();
    let groups = keyed
        .par_chunk_by(|x, y| x.0 == y.0)
        .map(|rows| group(p, rows))
        .collect::<Option<Vec<Option<Series>>>>()?;
    let mut out: Vec<Series> = groups.into_iter().flatten().collect();
    sort_by_key(p, &mut out);
    Some(out)
}

/// Bytes of the abbreviated sort key: the start of region ⧺ NUL ⧺ indicator.
const PREFIX: usize = 24;

/// Sorts series by (region, indicator) on abbreviated keys: each series' key starts as a
/// fixed-size copy of its first bytes (contiguous, compared with one memcmp), and only
/// equal prefixes compare the whole strings. Without NUL bytes in either string, the
/// prefixes order as the pairs do; a file with one sorts on whole strings throughout.
fn sort_by_key(p: &Parsed, out: &mut Vec<Series>) {
    let keyed: Option<Vec<([u8; PREFIX], Series)>> = out
        .par_iter()
        .map(|s| {
            let (r, i) = p.key(s.t);
            if r.contains('\0') || i.contains('\0') {
                return None;
            }
            let mut k = [0u8; PREFIX];
            for (slot, b) in k.iter_mut().zip(r.bytes().chain([0]).chain(i.bytes())) {
                *slot = b;
            }
            Some((k, *s))
        })
        .collect();
    let Some(mut keyed) = keyed else {
        out.par_sort_unstable_by(|x, y| p.key(x.t).cmp(&p.key(y.t)));
        return;
    };
    keyed.par_sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| p.key(x.1.t).cmp(&p.key(y.1.t))));
    out.clear();
    out.extend(keyed.into_iter().map(|(_, s)| s));
}
