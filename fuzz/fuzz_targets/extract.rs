//! Any text through `reach extract`: never a panic; offsets always slice the quote and the
//! figure exactly; the CSV always loads as a fact file.
#![no_main]
use libfuzzer_sys::fuzz_target;
use reach::extract::{extract, fact_file, Options};

fuzz_target!(|s: &str| {
    let opts = Options {
        date: reach::model::Date::parse("2022-02-14").ok(),
        region: None,
    };
    let doc = extract(s, "fuzz", &opts);
    let chars: Vec<char> = s.chars().collect();
    for c in &doc.candidates {
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.quote);
        assert_eq!(chars[c.figure_start..c.figure_end].iter().collect::<String>(), c.as_written);
    }
    let csv = fact_file(std::slice::from_ref(&doc));
    // Rows the loader refuses on their own (a change in 个百分点) are comments; a file of
    // comments only has nothing to load.
    if csv.lines().skip(1).any(|l| !l.starts_with('#')) {
        let facts = reach::load::read_facts("fuzz.csv", csv.as_bytes()).expect("loadable");
        reach::load::check_unique(&facts).expect("unique ids");
        reach::load::check_conflicts(&facts).expect("no conflicts");
    }
});
