//! Fixed-point formatting of `f64` that is byte-identical to `format!("{v:.p$}")` (and to
//! `{v:+.p$}`), several times faster for the magnitudes reports hold: the batch report
//! formats about ten numbers per target. Values near a rounding tie, huge values and
//! non-finite values are handed to `format!` itself.

use std::fmt::Write;

const SCALE: [f64; 4] = [1.0, 10.0, 100.0, 1000.0];
const POW10: [u64; 4] = [1, 10, 100, 1000];

/// Appends `v` with `prec` decimals exactly as `format!` does (`plus`: a `+` before values
/// that are not negative, as `{:+}`).
pub fn push_fixed(out: &mut String, v: f64, prec: usize, plus: bool) {
    if let Some(n) = rounded(v, prec) {
        if v.is_sign_negative() {
            out.push('-');
        } else if plus {
            out.push('+');
        }
        push_digits(out, n / POW10[prec], 1);
        if prec > 0 {
            out.push('.');
            push_digits(out, n % POW10[prec], prec);
        }
    } else if plus {
        let _ = write!(out, "{v:+.prec$}");
    } else {
        let _ = write!(out, "{v:.prec$}");
    }
}

/// Appends `n` in decimal, zero-padded to at least `width` digits (as `{n:0width$}`).
pub fn push_digits(out: &mut String, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    while n > 0 {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend(std::iter::repeat_n('0', width.saturating_sub(buf.len())));
    let from = i.min(buf.len() - width.clamp(1, buf.len()));
    out.extend(buf[from..].iter().map(|&b| char::from(b)));
}

/// |v| × 10^prec rounded to the nearest integer, when the rounding is certain.
fn rounded(v: f64, prec: usize) -> Option<u64> {
    let scale = *SCALE.get(prec)?;
    let x = v.abs() * scale;
    // Below 2^52 every integer and x's fraction are exact; x differs from the exact
    // |v| × 10^prec by at most half an ulp, so away from a tie by more than an ulp both
    // round to the same integer.
    if x.is_nan() || x >= 4.0e15 {
        return None;
    }
    let lower = x.floor();
    let frac = x - lower;
    let margin = x * f64::EPSILON;
    if (frac - 0.5).abs() <= margin {
        return None;
    }
    Some(lower as u64 + u64::from(frac > 0.5))
}

/// Parses a decimal exactly as `str::parse::<f64>` does, faster for plain decimals of at most
/// 15 digits (`123.45`, `-7`): the digits as an integer below 2⁵³ divided by an exact power of
/// ten is one correctly rounded IEEE division, so it is the correctly rounded value that
/// `parse` returns (Clinger's fast path). Anything else (exponents, more digits, words) is
/// handed to `parse` itself.
pub fn parse_decimal(s: &str) -> Option<f64> {
    const TEN: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let b = s.as_bytes();
    let (negative, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let (mut mantissa, mut count, mut decimals, mut dot) = (0u64, 0usize, 0usize, false);
    for &c in digits {
        match c {
            b'0'..=b'9' if count < 15 => {
                mantissa = mantissa * 10 + u64::from(c - b'0');
                count += 1;
                decimals += usize::from(dot);
            }
            b'.' if !dot => dot = true,
            _ => return s.parse().ok(),
        }
    }
    if count == 0 {
        return s.parse().ok();
    }
    let v = mantissa as f64 / TEN[decimals];
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_parse(s: &str) -> Result<(), TestCaseError> {
        let want = s.parse::<f64>().ok().map(f64::to_bits);
        prop_assert_eq!(parse_decimal(s).map(f64::to_bits), want, "{:?}", s);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn parse_decimal_is_parse(s in "[+-]?[0-9]{0,17}(\\.[0-9]{0,17})?") {
            same_as_parse(&s)?;
        }

        #[test]
        fn parse_decimal_reads_what_push_fixed_writes(v in -1e9..1e9f64, prec in 0usize..4) {
            same_as_parse(&format!("{v:.prec$}"))?;
            same_as_parse(&format!("{v}"))?;
        }
    }

    #[test]
    fn parse_decimal_hands_the_rest_to_parse() {
        for s in [
            "",
            ".",
            "-",
            "+",
            "1.",
            ".5",
            "-0",
            "1e5",
            "1E-3",
            "inf",
            "NaN",
            "1..2",
            "1,5",
            " 1",
            "0.1",
            "999999999999999",
            "9999999999999999",
            "0.000000000000001",
            "1_000",
        ] {
            same_as_parse(s).unwrap();
        }
    }

    fn fixed(v: f64, prec: usize, plus: bool) -> String {
        let mut s = String::new();
        push_fixed(&mut s, v, prec, plus);
        s
    }

    fn reference(v: f64, prec: usize, plus: bool) -> String {
        if plus {
            format!("{v:+.prec$}")
        } else {
            format!("{v:.prec$}")
        }
    }

    #[test]
    fn ties_signs_and_edges_match_format() {
        let cases = [
            0.0,
            -0.0,
            0.125,
            0.375,
            2.5,
            3.5,
            -0.04,
            0.045,
            1.005,
            1e16,
            4.0e15,
            3.999e15,
            f64::MIN_POSITIVE,
            -5e-324,
            0.5,
            1.5,
            -2.5,
            99.95,
            100.05,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            870.9216,
            0.2336,
            23.357,
        ];
        for v in cases {
            for prec in 0..5 {
                for plus in [false, true] {
                    assert_eq!(
                        fixed(v, prec, plus),
                        reference(v, prec, plus),
                        "{v} .{prec}"
                    );
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn digits_match_format(n in prop_oneof![any::<u64>(), 0u64..100_000], width in 0usize..25) {
            let mut s = String::from("x");
            push_digits(&mut s, n, width);
            prop_assert_eq!(s, format!("x{n:0width$}"));
        }

        #[test]
        fn any_value_matches_format(v in any::<f64>(), prec in 0usize..5, plus in any::<bool>()) {
            prop_assert_eq!(fixed(v, prec, plus), reference(v, prec, plus));
        }

        #[test]
        fn report_sized_values_match_format(m in -1e7f64..1e7, e in -6i32..6, prec in 0usize..4, plus in any::<bool>()) {
            let v = m * 10f64.powi(e);
            prop_assert_eq!(fixed(v, prec, plus), reference(v, prec, plus));
        }

        #[test]
        fn values_next_to_decimal_ties_match_format(k in -1_000_000i64..1_000_000, prec in 0usize..4, ulps in -3i64..4) {
            // k + 0.5 in units of the last decimal, nudged by a few ulps.
            let tie = (k as f64 + 0.5) / 10f64.powi(prec as i32);
            let v = f64::from_bits((tie.to_bits() as i64 + ulps) as u64);
            prop_assert_eq!(fixed(v, prec, false), reference(v, prec, false));
        }
    }
}
