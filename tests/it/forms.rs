//! Hand-computed cases: `tests/fixtures/forms.csv` states in each target's note what reach
//! must report; this test runs the real CLI on it and compares at the written precision.

use super::{by_id, fixture, report_json};

fn check(row: &serde_json::Value, key: &str, want: &str) -> Result<(), String> {
    let got = &row[key];
    if let Ok(w) = want.parse::<f64>() {
        let decimals = want.split('.').nth(1).map(|d| d.len()).unwrap_or(0) as i32;
        let tol = 0.5 * 10f64.powi(-decimals) + 1e-12;
        let g = got
            .as_f64()
            .ok_or_else(|| format!("{key}: {got} is not a number, expected {want}"))?;
        if (g - w).abs() > tol {
            return Err(format!("{key}: got {g}, expected {want} (±{tol})"));
        }
    } else if got.as_str() != Some(want) {
        return Err(format!("{key}: got {got}, expected {want}"));
    }
    Ok(())
}

#[test]
fn every_stated_expectation_holds() {
    let path = fixture("forms.csv");
    let rows = report_json(&["--data", path.to_str().unwrap()]);
    let facts = reach::load::load_paths(&[path]).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for f in &facts {
        let Some(exp) = f.note.strip_prefix("expect:") else {
            continue;
        };
        let row = by_id(&rows, &f.id);
        for pair in exp.split_whitespace() {
            let (k, v) = pair.split_once('=').expect("key=value");
            if let Err(e) = check(row, k, v) {
                failures.push(format!("{}: {e}", f.id));
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 40, "only {checked} expectations found");
}

#[test]
fn linear_model_changes_the_projection_not_the_data() {
    let path = fixture("forms.csv");
    let p = path.to_str().unwrap();
    let rows = report_json(&["--data", p, "--model", "linear", "--id", "dbl"]);
    let r = by_id(&rows, "dbl");
    // 560 (2021) + 60/yr × 4 = 800; required slope (1000 − 500)/5 = 100/yr; ratio 0.6.
    check(r, "projected_value", "800").unwrap();
    check(r, "growth_ratio", "0.6").unwrap();
    check(r, "model", "linear").unwrap();
}

#[test]
fn unsd_scheme_moves_the_cut_offs() {
    let path = fixture("forms.csv");
    let p = path.to_str().unwrap();
    // ratio 0.556 in a linear model for wj: limited progress (Eurostat) vs acceleration needed (UNSD).
    let eu = report_json(&["--data", p, "--id", "wj", "--model", "linear"]);
    let un = report_json(&[
        "--data", p, "--id", "wj", "--model", "linear", "--scheme", "unsd",
    ]);
    let r = by_id(&eu, "wj")["growth_ratio"].as_f64().unwrap();
    assert!((0.5..0.6).contains(&r), "{r}");
    check(by_id(&eu, "wj"), "verdict", "limited_progress").unwrap();
    check(by_id(&un, "wj"), "verdict", "acceleration_needed").unwrap();
}
