//! Which rows the batch engine takes, read as the loader reads them. A row it does not take
//! (a relative target, a part-year, a bad cell …) becomes a foreign row, whose series the
//! reference engine assesses; a file whose rows cannot even be keyed, or read through polars'
//! reader with any such row, goes to the reference engine whole. One parallel pass.

use super::rows::{Cells, Key, Parsed, Row, RowCells, Strs, OPEN};
use crate::model::period::YEARS;
use crate::model::schema::{within_limits, EMPTY_COLUMNS};
use crate::model::{Kind, Qualifier, Unit};
use foldhash::fast::FixedState;
use polars::prelude::*;
use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::BuildHasher;

/// One row checked and parsed, `None` when it needs the reference engine. `unit` gives a
/// unit cell's code and whether it is a percentage (`None` for a unit the loader rejects).
pub fn row(
    c: RowCells,
    hasher: &FixedState,
    unit: impl FnOnce(&str) -> Option<(u16, bool)>,
) -> Option<Row> {
    let (id, region, indicator) = (clean(c.id)?, clean(c.region)?, clean(c.indicator)?);
    let kind = Kind::parse(c.kind?).ok()?;
    let year = match (kind, c.period.unwrap_or("")) {
        (Kind::Target, "" | "-") => OPEN,
        (_, period) => year(period)?,
    };
    let value = crate::model::fixed::parse_decimal(clean(c.value)?)?;
    let ok = value.is_finite()
        && within_limits(value)
        && if kind == Kind::Growth {
            value > -100.0
        } else {
            value >= 0.0
        };
    let (unit, percent) = unit(c.unit?)?;
    // Read as the loader reads it (English or Chinese words).
    let qualifier = Qualifier::parse(c.qualifier.unwrap_or("")).ok();
    let key = key(region, indicator)?;
    let qualifier = qualifier?;
    (ok && (kind != Kind::Growth || percent)).then(|| Row {
        key,
        id: hasher.hash_one(id),
        value,
        year,
        unit,
        kind: Some(kind),
        qualifier,
    })
}

/// A foreign row (kind `None`): only its series' key and its id's hash (ids stay unique across both
/// engines); `None` when not even those can be read (the whole file then goes to the
/// reference engine).
pub fn foreign(c: RowCells, hasher: &FixedState) -> Option<Row> {
    let (id, region, indicator) = (clean(c.id)?, clean(c.region)?, clean(c.indicator)?);
    Some(Row {
        key: key(region, indicator)?,
        id: hasher.hash_one(id),
        kind: None,
        ..Row::default()
    })
}

/// The [`Key`] of (region, indicator); `None` when either has a NUL byte (the reference
/// engine then takes the file).
fn key(region: &str, indicator: &str) -> Option<Key> {
    let (r, i) = (region.as_bytes(), indicator.as_bytes());
    // Short strings: a plain scan beats memchr's set-up.
    if r.contains(&0) || i.contains(&0) {
        return None;
    }
    let mut b = [0u8; 24];
    let n = r.len().min(24);
    b[..n].copy_from_slice(&r[..n]);
    if n + 1 < 24 {
        let m = i.len().min(23 - n);
        b[n + 1..n + 1 + m].copy_from_slice(&i[..m]);
    } else if n == 23 {
        // The separator would be the last byte, and a zero there means "whole pair". 1
        // orders the same against every byte a region can continue with (not NUL), and
        // marks the key as a prefix, so ties compare the strings.
        b[23] = 1;
    }
    let mut k = [0u64; 3];
    for (w, c) in k.iter_mut().zip(b.chunks_exact(8)) {
        *w = u64::from_be_bytes(c.try_into().unwrap_or_default());
    }
    Some(k)
}

/// The hasher of ids (fixed, so runs are identical).
pub fn hasher() -> FixedState {
    FixedState::with_seed(0x5eed)
}

/// The code of canonical unit `name` in `names`, added at the end when new.
pub fn intern(names: &mut Vec<String>, name: &str) -> Option<u16> {
    let i = names.iter().position(|n| n == name).unwrap_or_else(|| {
        names.push(name.to_string());
        names.len() - 1
    });
    u16::try_from(i).ok()
}

/// A unit cell's canonical name and whether it is a percentage; `None` when the loader
/// would reject it.
pub fn unit_name(u: &str) -> Option<(String, bool)> {
    let parsed = Unit::parse(clean(Some(u))?).ok()?;
    Some((parsed.to_string(), parsed.is_percent()))
}

fn col<'a>(df: &'a DataFrame, name: &str) -> Option<&'a Strs> {
    let ca = df.column(name).ok()?.str().ok()?;
    match ca.downcast_iter().collect::<Vec<_>>().as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// An optional column: `Some(None)` when absent, `None` when present but not one string array.
fn optional<'a>(df: &'a DataFrame, name: &str) -> Option<Option<&'a Strs>> {
    match df.column(name) {
        Ok(_) => col(df, name).map(Some),
        Err(_) => Some(None),
    }
}

/// A cell with no surrounding whitespace (the loader trims; the batch engine does not).
fn clean(s: Option<&str>) -> Option<&str> {
    let s = s.filter(|s| !s.is_empty())?;
    let b = s.as_bytes();
    // An ASCII end is decided from its byte (Unicode's White_Space there is 9..=13 and 32);
    // any other end decodes its char.
    let ascii_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let first = match b[0] {
        x if x.is_ascii() => ascii_space(x),
        _ => s.starts_with(char::is_whitespace),
    };
    let last = match b[b.len() - 1] {
        x if x.is_ascii() => ascii_space(x),
        _ => s.ends_with(char::is_whitespace),
    };
    (!first && !last).then_some(s)
}

fn year(s: &str) -> Option<i32> {
    let y = (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse::<i32>().ok())
        .flatten()?;
    YEARS.contains(&y).then_some(y)
}

/// Unit spelling → (code into the canonical names, is a percentage).
type UnitCodes = HashMap<String, (u16, bool)>;

/// The distinct units of the file: their codes and canonical names.
fn units(df: &DataFrame) -> Option<(UnitCodes, Vec<String>)> {
    let distinct = df.column("unit").ok()?.unique().ok()?;
    let mut codes = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    for u in distinct.str().ok()?.iter() {
        let u = u?;
        let (name, percent) = unit_name(u)?;
        codes.insert(u.to_string(), (intern(&mut names, &name)?, percent));
    }
    Some((codes, names))
}

/// Parses and checks `df` (read by [`crate::load::csv::read_frame`], one chunk per column);
/// `None` when any row needs the reference engine.
pub fn parse(df: &DataFrame) -> Option<Parsed<'_>> {
    // Columns whose any value changes the arithmetic: must be empty throughout.
    for name in EMPTY_COLUMNS {
        if let Some(c) = optional(df, name)? {
            if c.iter().any(|v| v.is_some_and(|v| !v.is_empty())) {
                return None;
            }
        }
    }
    let (codes, unit_names) = units(df)?;
    let (ids, regions, indicators) = (col(df, "id")?, col(df, "region")?, col(df, "indicator")?);
    let (kinds, periods, values, unit) = (
        col(df, "kind")?,
        col(df, "period")?,
        col(df, "value")?,
        col(df, "unit")?,
    );
    let qualifier = optional(df, "qualifier")?;
    let hasher = hasher();
    let rows = (0..df.height())
        .into_par_iter()
        .with_min_len(1 << 14)
        .map(|i| {
            let cells = RowCells {
                id: ids.get(i),
                kind: kinds.get(i),
                region: regions.get(i),
                indicator: indicators.get(i),
                period: periods.get(i),
                value: values.get(i),
                unit: unit.get(i),
                qualifier: qualifier.and_then(|q| q.get(i)),
            };
            row(cells, &hasher, |u| codes.get(u).copied())
        })
        .collect::<Option<Vec<Row>>>()?;
    Some(Parsed {
        rows,
        unit_names,
        cells: Cells::Frame {
            id: ids,
            region: regions,
            indicator: indicators,
            as_written: optional(df, "as_written")?,
            source: optional(df, "source")?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::key;
    use crate::batch::rows::whole;

    proptest::proptest! {
        #[test]
        fn clean_refuses_cells_with_white_space_at_either_end(s in "[ \t\u{b}\u{1c}\u{85}\u{a0}\u{3000}a区]{0,4}") {
            let slow = Some(s.as_str())
                .filter(|s| !s.starts_with(char::is_whitespace) && !s.ends_with(char::is_whitespace))
                .filter(|s| !s.is_empty());
            proptest::prop_assert_eq!(super::clean(Some(&s)), slow);
        }
    }

    #[test]
    fn a_key_is_whole_only_when_it_holds_the_whole_pair() {
        let whole_of = |r: &str, i: &str| key(r, i).map(|k| whole(&k));
        assert_eq!(whole_of("区1", "指标1"), Some(true));
        assert_eq!(
            whole_of(&"a".repeat(21), "x"),
            Some(true),
            "21 + NUL + 1 = 23 bytes"
        );
        assert_eq!(whole_of(&"a".repeat(21), "xy"), Some(false));
        assert_eq!(whole_of(&"a".repeat(22), "x"), Some(false));
        assert_eq!(
            whole_of(&"a".repeat(23), "x"),
            Some(false),
            "separator on the last byte"
        );
        assert_eq!(whole_of(&"a".repeat(30), "x"), Some(false));
        assert_eq!(whole_of("a\0b", "x"), None);
        // Order: a region before the same region continued, and before a longer one.
        let (k23, k24) = (key(&"a".repeat(23), "z"), key(&"a".repeat(24), "a"));
        assert!(k23 < k24);
        assert!(key(&"a".repeat(22), "z") < k23);
    }
}
