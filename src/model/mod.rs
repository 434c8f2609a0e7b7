//! The data model: units with scale, periods on one time axis, facts and their sources.

pub mod fact;
pub mod numeral;
pub mod period;
pub mod unit;

pub use fact::{Direction, Fact, Form, Kind, Qualifier, Source};
pub use numeral::{parse_figure, Figure};
pub use period::{Date, Period};
pub use unit::{Dimension, Quantity, Scale, Unit};

/// Formats a number for people: up to two decimals, trailing zeros dropped (870.9, 350, 0.35).
pub fn fmt_num(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let s = if v.abs() >= 100.0 {
        format!("{v:.1}")
    } else if v.abs() >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    };
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

/// Formats a rate given as a fraction as a percentage (0.2336 → "23.36%").
pub fn fmt_pct(r: f64) -> String {
    if r.is_finite() {
        format!("{:.2}%", r * 100.0)
    } else {
        "—".into()
    }
}
