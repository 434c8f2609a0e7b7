//! The batch engine through the CLI: a fact file reported by the batch engine
//! (`--engine batch`) and by the reference engine (`--engine reference`) gives
//! byte-identical reports.

use super::reach;
use std::path::{Path, PathBuf};

fn batch_file(n: usize) -> String {
    let mut s = String::from("id,kind,region,indicator,period,value,unit,qualifier\n");
    for i in 0..n {
        let base = 50.0 + (i * 37 % 450) as f64;
        let g = (i * 13 % 30) as f64;
        let target = base * (1.2 + (i % 28) as f64 / 10.0);
        s += &format!("a{i},actual,区{},指标{i},2021,{base:.2},亿元,\n", i % 7);
        // A third of the series have a history, some listed after the target: the observed
        // rate, and the pace when no rate is stated.
        for y in (2018..2021).filter(|y| i % 3 == 1 || (i % 3 == 2 && y % 2 == 0)) {
            let v = base / (1.0 + (i % 11) as f64 / 50.0).powi(2021 - y);
            s += &format!("h{i}-{y},actual,区{},指标{i},{y},{v:.2},亿元,\n", i % 7);
        }
        if i % 5 != 0 {
            s += &format!("g{i},growth,区{},指标{i},2021,{g:.2},%,at_least\n", i % 7);
        }
        s += &format!(
            "t{i},target,区{},指标{i},{},{target:.2},亿元,\n",
            i % 7,
            2022 + i % 9
        );
        // Every fourth series has a later milestone too: a row of its own.
        if i % 4 == 3 {
            let later = target * 2.0;
            s += &format!(
                "m{i},target,区{},指标{i},2035,{later:.2},亿元,以上\n",
                i % 7
            );
        }
    }
    s
}

/// `reach report --data INPUT -o DIR/NAME` with `extra` arguments: the output's bytes.
fn report(input: &Path, out: PathBuf, extra: &[&str]) -> Vec<u8> {
    let r = reach()
        .arg("report")
        .arg("--data")
        .arg(input)
        .args(extra)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    std::fs::read(out).unwrap()
}

/// A temporary directory holding `facts.csv` with `n` series: (dir, the file).
fn fixture(n: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.csv");
    std::fs::write(&file, batch_file(n)).unwrap();
    (dir, file)
}

const BATCH: [&str; 2] = ["--engine", "batch"];
const REFERENCE: [&str; 2] = ["--engine", "reference"];

#[test]
fn selected_columns_are_the_same_from_both_engines_and_in_the_order_asked() {
    let (dir, file) = fixture(200);
    let cols = ["--columns", "verdict,id,gap,reason"];
    let fast = report(
        &file,
        dir.path().join("fast.csv"),
        &[&cols[..], &BATCH].concat(),
    );
    let reference = report(
        &file,
        dir.path().join("ref.csv"),
        &[&cols[..], &REFERENCE].concat(),
    );
    assert!(
        fast == reference,
        "the batch and reference selections differ"
    );
    let text = String::from_utf8(fast).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("verdict,id,gap,reason"));
    assert_eq!(lines.count(), 250, "200 targets and 50 milestones");
    let full = report(&file, dir.path().join("full.csv"), &[]);
    let full = String::from_utf8(full).unwrap();
    let header: Vec<&str> = full.lines().next().unwrap().split(',').collect();
    assert_eq!(header.len(), 26);
    // Without the reason, the batch engine does not write it.
    let lean = report(&file, dir.path().join("lean.csv"), &["--columns", "id,gap"]);
    assert!(String::from_utf8(lean).unwrap().starts_with("id,gap\n"));
}

#[test]
fn a_bad_column_selection_names_the_flag() {
    for (cols, format, expect) in [
        ("id,colour", "csv", "\"colour\" is not a report column"),
        ("id,id", "csv", "\"id\" is named twice"),
        ("id", "table", "csv or parquet"),
    ] {
        let r = reach()
            .args(["report", "--columns", cols, "-f", format])
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(2), "{cols}");
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(err.contains("--columns") && err.contains(expect), "{err}");
    }
}

#[test]
fn batch_and_reference_reports_are_byte_identical() {
    let (dir, file) = fixture(500);
    for ext in ["csv", "parquet"] {
        let fast = report(&file, dir.path().join(format!("fast.{ext}")), &BATCH);
        let reference = report(
            &file,
            dir.path().join(format!("reference.{ext}")),
            &REFERENCE,
        );
        assert!(
            fast == reference,
            "{ext}: the batch and reference reports differ"
        );
        assert!(fast.len() > 1000);
    }
    let csv = String::from_utf8(report(&file, dir.path().join("o.csv"), &[])).unwrap();
    for words in ["（实测）", "（声称）", "与声称的"] {
        assert!(csv.contains(words), "{words}");
    }
}

#[test]
fn the_batch_engine_takes_files_with_histories_and_leaves_what_it_cannot() {
    let (dir, file) = fixture(60);
    report(&file, dir.path().join("o.parquet"), &BATCH);
    // With a relative target in one series, the batch engine still takes the file (that
    // series goes to the reference engine), and the report is the reference engine's.
    let mut text = std::fs::read_to_string(&file).unwrap();
    text = text.replace(
        "id,kind,region,indicator,period,value,unit,qualifier\n",
        "id,kind,region,indicator,period,value,unit,qualifier,form,base_period\n",
    );
    text = text
        .replace(",亿元,\n", ",亿元,,,\n")
        .replace(",%,at_least\n", ",%,at_least,,\n");
    text = text.replace(",亿元,以上\n", ",亿元,以上,,\n");
    text += "rel,target,区1,指标1,2030,2,倍,,relative,2021\n";
    let mixed = dir.path().join("mixed.csv");
    std::fs::write(&mixed, text).unwrap();
    let fast = report(&mixed, dir.path().join("m1.csv"), &BATCH);
    let reference = report(&mixed, dir.path().join("m2.csv"), &REFERENCE);
    assert!(fast == reference, "the merged report differs");
    assert!(String::from_utf8(fast).unwrap().contains("\nrel,"));
    // A run the batch engine cannot take at all is refused under --engine batch.
    let r = reach()
        .args([
            "report", "--engine", "batch", "--model", "linear", "-f", "csv", "--data",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("--engine"));
}

#[test]
fn two_spellings_of_one_name_are_one_series_in_both_engines() {
    // "Zürich" composed (U+00FC) and decomposed (u + U+0308), and 更 as the CJK compatibility
    // ideograph U+F901: the loader composes (NFC), so the target meets its actual.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.csv");
    let mut text = String::from("id,kind,region,indicator,period,value,unit,qualifier\n");
    text += "za,actual,Z\u{fc}rich,\u{66f4}新数,2021,350,亿元,\n";
    text += "zg,growth,Z\u{fc}rich,\u{66f4}新数,2021,20,%,\n";
    text += "zt,target,Zu\u{308}rich,\u{f901}新数,2026,1000,亿元,\n";
    text += batch_file(20).split_once('\n').unwrap().1;
    std::fs::write(&file, text).unwrap();
    // The batch engine leaves a file with such text to the reference engine (asked for by
    // name, it says so), so the default run composes as the loader does.
    let out = reach()
        .args(["report", "--engine", "batch", "--data"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let fast = report(&file, dir.path().join("fast.csv"), &[]);
    let reference = report(&file, dir.path().join("reference.csv"), &REFERENCE);
    assert!(fast == reference, "the engines differ");
    let csv = String::from_utf8(fast).unwrap();
    let row = csv.lines().find(|l| l.starts_with("zt,")).unwrap();
    assert!(
        row.contains("Z\u{fc}rich") && row.contains("acceleration_needed") && row.contains("870.9"),
        "{row}"
    );
}
