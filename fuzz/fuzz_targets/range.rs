//! Any text as a sweep range: an error or at most 10^7 finite values, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Ok(v) = reach::sweep::parse_range(s) {
        assert!(v.len() <= reach::sweep::MAX_AXIS);
        assert!(v.iter().all(|x| x.is_finite()));
    }
});
