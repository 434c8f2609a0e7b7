//! Loading: fact files (CSV, UTF-8) through polars into validated facts, and the source
//! records in `seeds/`. The seed data is embedded in the binary so `reach report` works from
//! any directory.

pub(crate) mod csv;
pub mod decode;
pub(crate) mod xlsx;
pub use csv::read_facts;
pub(crate) mod structure;

use crate::error::{Error, Result};
use crate::model::{Fact, Source};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The curated seed facts, embedded at build time.
pub const SEED_FACTS: &str = include_str!("../../data/facts.csv");

/// The source records, embedded at build time.
pub const SEED_SOURCES: &[(&str, &str)] = &[
    (
        "seeds/000_3b7a5b83c1a9ae2b.toml",
        include_str!("../../seeds/000_3b7a5b83c1a9ae2b.toml"),
    ),
    (
        "seeds/001_b2db44c5a9f39fa6.toml",
        include_str!("../../seeds/001_b2db44c5a9f39fa6.toml"),
    ),
    (
        "seeds/002_9c481a4cb71959d8.toml",
        include_str!("../../seeds/002_9c481a4cb71959d8.toml"),
    ),
    (
        "seeds/003_ead07b746ade7ce3.toml",
        include_str!("../../seeds/003_ead07b746ade7ce3.toml"),
    ),
    (
        "seeds/004_de17c90cc20472c8.toml",
        include_str!("../../seeds/004_de17c90cc20472c8.toml"),
    ),
];

/// The embedded seed facts.
pub fn seed_facts() -> Result<Vec<Fact>> {
    let facts = csv::read_facts("data/facts.csv", SEED_FACTS.as_bytes())?;
    check_unique(&facts)?;
    check_conflicts(&facts)?;
    Ok(facts)
}

/// The embedded source records.
pub fn seed_sources() -> Result<Vec<Source>> {
    SEED_SOURCES
        .iter()
        .map(|(name, text)| parse_source(name, text))
        .collect()
}

/// Parses one `seeds/*.toml` record.
pub fn parse_source(name: &str, text: &str) -> Result<Source> {
    toml::from_str(text).map_err(|e| Error::input(name, format!("not a valid source record: {e}")))
}

/// The bytes of a file. A large file is read as two halves on both cores (the copy out of the
/// page cache and the page faults of the buffer are most of the time); then one more byte
/// is asked for, and a file that grew meanwhile is read again whole.
pub fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    // A device, FIFO or socket may never end (--data /dev/zero read until memory ran out).
    if !std::fs::metadata(path)?.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a device, FIFO or socket); give a fact file",
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        let file = std::fs::File::open(path)?;
        let len = usize::try_from(file.metadata()?.len()).unwrap_or(usize::MAX);
        if (1 << 24..1 << 40).contains(&len) {
            let mut bytes = vec![0u8; len];
            let (a, b) = bytes.split_at_mut(len / 2);
            let (ra, rb) = rayon::join(
                || file.read_exact_at(a, 0),
                || file.read_exact_at(b, (len / 2) as u64),
            );
            ra?;
            rb?;
            if file.read_at(&mut [0u8], len as u64)? == 0 {
                return Ok(bytes);
            }
        }
    }
    std::fs::read(path)
}

/// Reads every fact file named: a file, or a directory (its `*.csv` files, sorted by name).
/// Ids must be unique across all files.
pub fn load_paths(paths: &[PathBuf]) -> Result<Vec<Fact>> {
    let mut facts = Vec::new();
    for p in paths {
        for file in expand(p)? {
            if is_workbook(&file) {
                facts.extend(xlsx::read_facts(&file)?);
                continue;
            }
            let bytes =
                read_file(&file).map_err(|e| Error::input(&file, format!("cannot read: {e}")))?;
            let name = file.display().to_string();
            let (text, encoding) = decode::decode(&name, &bytes)?;
            if encoding != decode::Encoding::Utf8 {
                crate::output::say(&format!("{name}: read as {} (not UTF-8)", encoding.name()));
            }
            facts.extend(csv::read_facts(&name, &text)?);
        }
    }
    let t0 = std::time::Instant::now();
    check_unique(&facts)?;
    crate::timing(" unique", t0);
    check_conflicts(&facts)?;
    crate::timing(" conflicts", t0);
    Ok(facts)
}

/// Whether a path names an Excel workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`).
pub fn is_workbook(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

fn expand(p: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(p).map_err(|e| Error::input(p, format!("cannot open: {e}")))?;
    if !meta.is_dir() {
        return Ok(vec![p.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(p)
        .map_err(|e| Error::input(p, format!("cannot list directory: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| {
            (f.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")) || is_workbook(f))
                && f.is_file()
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::input(
            p,
            "directory holds no .csv or .xlsx fact files",
        ));
    }
    Ok(files)
}

fn field_error(f: &Fact, field: &str, message: String) -> Error {
    let (file, line) = f.origin.rsplit_once(':').unwrap_or((&f.origin, "0"));
    Error::Field {
        file: file.to_string(),
        line: line.parse().unwrap_or(0),
        field: field.into(),
        message,
    }
}

/// Fails when two actuals or two stated rates give different values for the same region,
/// indicator and period with the same announcement date (a restatement needs a later date).
pub fn check_conflicts(facts: &[Fact]) -> Result<()> {
    match conflicts(facts).first() {
        None => Ok(()),
        Some(&(later, first)) => {
            let (f, first) = (&facts[later], &facts[first]);
            Err(field_error(
                f,
                "value",
                format!(
                    "{} {} conflicts with {} {} at {} (same region, indicator, period and announcement date); give a restated figure a later `announced` date, or drop one",
                    crate::model::fmt_num(f.value),
                    f.unit,
                    crate::model::fmt_num(first.value),
                    first.unit,
                    first.origin
                ),
            ))
        }
    }
}

/// The facts that conflict with an earlier one, as (index, index of the earlier fact): two
/// actuals or two stated rates with different values for the same region, indicator, period
/// and announcement date.
pub(crate) fn conflicts(facts: &[Fact]) -> Vec<(usize, usize)> {
    use crate::model::Kind;
    type Key<'a> = (
        &'a str,
        &'a str,
        Kind,
        crate::model::Period,
        Option<crate::model::Date>,
    );
    let mut seen: HashMap<Key, usize, foldhash::fast::FixedState> =
        HashMap::with_capacity_and_hasher(facts.len(), Default::default());
    let mut out = Vec::new();
    for (i, f) in facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind != Kind::Target)
    {
        let key = (
            f.region.as_str(),
            f.indicator.as_str(),
            f.kind,
            f.period,
            f.announced,
        );
        match seen.get(&key) {
            Some(&j) => {
                let first = &facts[j];
                let same = first.unit.factor_to(&f.unit).is_some_and(|k| {
                    (first.value * k - f.value).abs() <= 1e-9 * f.value.abs().max(1.0)
                });
                if !same {
                    out.push((i, j));
                }
            }
            None => {
                seen.insert(key, i);
            }
        }
    }
    out
}

/// Fails on a repeated id, naming both places.
pub fn check_unique(facts: &[Fact]) -> Result<()> {
    let mut seen: HashMap<&str, &str, foldhash::fast::FixedState> =
        HashMap::with_capacity_and_hasher(facts.len(), Default::default());
    for f in facts {
        if let Some(first) = seen.insert(&f.id, &f.origin) {
            return Err(field_error(
                f,
                "id",
                format!("duplicate id {:?}, first defined at {first}", f.id),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn read_file_gives_the_bytes_of_small_and_large_files() {
        let dir = tempfile::tempdir().unwrap();
        for len in [0usize, 7, (1 << 24) + 3] {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
            let path = dir.path().join(format!("f{len}"));
            std::fs::write(&path, &bytes).unwrap();
            assert!(super::read_file(&path).unwrap() == bytes, "{len} bytes");
        }
        assert!(super::read_file(&dir.path().join("missing")).is_err());
    }
}
