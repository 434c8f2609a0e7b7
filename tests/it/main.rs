//! One integration-test binary: runs the real `reach` CLI and checks the curated data.

mod bad_input;
mod batch;
mod charts;
mod corpus;
mod extract;
mod forms;
mod report;
mod seeds;
mod simulate;
mod sweep;

use assert_cmd::Command;
use std::path::PathBuf;

/// The `reach` binary, run from a temporary directory so nothing depends on the checkout.
pub fn reach() -> Command {
    let mut c = Command::cargo_bin("reach").expect("binary built");
    c.current_dir(std::env::temp_dir());
    c.env_remove("RUST_BACKTRACE");
    c
}

/// The full seed texts in `../shared/seeds`, when present beside the checkout. Under CI
/// (`CI=true`) they must be there: a test that needs them fails rather than passing silently.
pub fn shared_seeds() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(
        p.is_dir() || !ci,
        "CI=true but {} is missing: CI runs with ../shared beside the checkout",
        p.display()
    );
    p.is_dir().then_some(p)
}

/// A temporary directory holding `facts.csv` with `text`: (the directory, the file).
pub fn facts_file(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.csv");
    std::fs::write(&file, text).unwrap();
    (dir, file)
}

/// A file under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Asserts that a run of the CLI succeeded, showing what it wrote to stderr when not.
#[track_caller]
pub fn succeeded(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `reach <command>` with args and `-f json`, and parses its output.
pub fn json_of(command: &str, args: &[&str]) -> serde_json::Value {
    let out = reach()
        .arg(command)
        .args(args)
        .args(["-f", "json"])
        .output()
        .unwrap();
    succeeded(&out);
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Runs `reach report` with args and parses its JSON output.
pub fn report_json(args: &[&str]) -> serde_json::Value {
    json_of("report", args)
}

/// The assessment with `id` from a JSON report.
pub fn by_id<'a>(rows: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no row {id}"))
}
