//! Any values for the numeric flags of `sweep`, `simulate`, `report` and `chart`, through the
//! real command line (clap, validation, computation, output): exit 0, 1 or 2, never a panic
//! or a hang. Outputs go to /dev/null (streamed) and a scratch directory.
//!
//! Input: the first byte picks the verb; the rest, split at newlines, are the values of that
//! verb's numeric flags in order (missing ones keep a sensible value).
#![no_main]
use clap::Parser;
use libfuzzer_sys::fuzz_target;

const SIMULATE: [(&str, &str); 9] = [
    ("--base", "350"),
    ("--base-year", "2021"),
    ("--growth", "20%"),
    ("--sigma", "5%"),
    ("--target", "1000"),
    ("--target-year", "2026"),
    ("--extra-years", "10"),
    ("--df", "5"),
    ("--seed", "1"),
];
const SWEEP: [(&str, &str); 5] = [
    ("--base", "350"),
    ("--base-year", "2021"),
    ("--growth", "10%:30%:5%"),
    ("--target", "600,1000"),
    ("--target-year", "2024:2028:1"),
];
const FACTS: [(&str, &str); 6] = [
    ("--actual", "350亿@2021"),
    ("--growth", "20%"),
    ("--target", "千亿@2026"),
    ("--width", "1100"),
    ("--height", "640"),
    ("--reference-year", "2021"),
];

fuzz_target!(|data: &[u8]| {
    let [verb, rest @ ..] = data else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let values: Vec<&str> = text.split('\n').collect();
    let scratch = std::env::temp_dir().join("reach-fuzz-flags");
    let _ = std::fs::create_dir_all(&scratch);
    let (name, flags): (&str, &[(&str, &str)]) = match verb % 4 {
        0 => ("simulate", &SIMULATE),
        1 => ("sweep", &SWEEP),
        2 => ("report", &FACTS[..3]),
        _ => ("chart", &FACTS[..5]),
    };
    let mut args = vec!["reach".to_string(), name.to_string()];
    for (i, (flag, default)) in flags.iter().enumerate() {
        args.push(format!("{flag}={}", values.get(i).copied().unwrap_or(default)));
    }
    match name {
        "simulate" => args.extend(["--paths=64", "-q", "-f", "json", "-o", "/dev/null"].map(String::from)),
        "sweep" | "report" => args.extend(["-f", "json", "-o", "/dev/null"].map(String::from)),
        _ => {
            args.extend(["--format=svg", "-o"].map(String::from));
            args.push(scratch.display().to_string());
        }
    }
    if let Ok(cli) = reach::cli::Cli::try_parse_from(&args) {
        if let Err(e) = reach::cli::run(cli) {
            assert!(!matches!(e, reach::Error::Internal(_)), "{args:?}: {e}");
        }
    }
});
