//! The data model: units with scale, periods on one time axis, facts and their sources.

pub mod fact;
pub(crate) mod fixed;
pub mod lang;
pub(crate) mod numeral;
pub mod period;
pub(crate) mod schema;
pub mod unit;

pub use fact::{Direction, Fact, Form, Kind, Qualifier, Source};
pub use lang::Lang;
pub use numeral::{eval_number, parse_figure, Figure};
pub use period::{Date, Period};
pub use unit::{Dimension, Quantity, Scale, Unit};

/// A rate as written on the command line, the one convention for rates in flags: `20%` and
/// `0.2` are the same rate; a bare number of 1 or more is refused (`--growth 20` meant 20 %,
/// not 2,000 %), and the message suggests the percent form.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let number = |x: &str| -> Result<f64, String> {
        x.trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| format!("{s:?} is not a rate: write 20% or 0.2"))
    };
    if let Some(p) = t.strip_suffix('%').or_else(|| t.strip_suffix('％')) {
        return Ok(plain_zero(number(p)? / 100.0));
    }
    let v = number(t)?;
    if v.abs() >= 1.0 {
        return Err(format!(
            "{s:?} would be {}% a year: write {s}% for {s} percent, or a fraction below 1 (0.2 = 20%)",
            v * 100.0
        ));
    }
    Ok(v)
}

/// `x` with a negative zero made positive (`-0` is written `0` everywhere); other values as
/// they are.
pub fn plain_zero(x: f64) -> f64 {
    x + 0.0
}

/// Formats a number for people: up to two decimals, trailing zeros dropped (870.9, 350, 0.35).
pub fn fmt_num(v: f64) -> String {
    let mut s = String::new();
    push_num(&mut s, v);
    s
}

/// Appends [`fmt_num`]`(v)` to `out` without an allocation of its own (for large batches).
pub fn push_num(out: &mut String, v: f64) {
    let v = plain_zero(v);
    if !v.is_finite() {
        out.push('—');
        return;
    }
    let start = out.len();
    let prec = if v.abs() >= 100.0 {
        1
    } else if v.abs() >= 1.0 {
        2
    } else {
        3
    };
    fixed::push_fixed(out, v, prec, false);
    if out[start..].contains('.') {
        let kept = out[start..]
            .trim_end_matches('0')
            .trim_end_matches('.')
            .len();
        out.truncate(start + kept);
    }
    if &out[start..] == "-0" {
        out.truncate(start);
        out.push('0');
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
