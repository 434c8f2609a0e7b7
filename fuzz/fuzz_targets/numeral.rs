//! Any text as a Chinese/Arabic figure: an error or a finite value, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Ok(f) = reach::model::parse_figure(s) {
        assert!(!f.value.is_nan());
    }
    let _ = reach::model::eval_number(s);
});
