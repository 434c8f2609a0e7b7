//! Any text as a period, a date or a unit: an error or a value, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Ok(p) = reach::model::Period::parse(s) {
        let _ = (p.t(), p.year(), p.year_fraction(), p.to_string());
    }
    let _ = reach::model::Date::parse(s);
    if let Ok(u) = reach::model::Unit::parse(s) {
        let _ = u.to_string();
    }
});
