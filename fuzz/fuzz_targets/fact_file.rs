//! Any bytes as a fact file: an error or facts, never a panic; facts then assess without one.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(facts) = reach::load::read_facts("fuzz.csv", data) {
        let _ = reach::load::check_conflicts(&facts);
        let _ = reach::assess::assess_all(&facts, &reach::assess::Options::default());
    }
});
