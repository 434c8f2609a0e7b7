//! `reach extract` scored on real texts it was not written on (`tests/fixtures/extract/corpus/`,
//! layout and columns in its README). Four halves, in the order they were collected:
//! `dev` (tuned on from the start), `held` and `fresh` (each scored unseen once, then
//! developed on: they are scored and printed on every run), and `fresh2` (annotated before
//! the rules of stop 25 and not read while developing them), scored only with
//! `REACH_SCORE_UNSEEN=1` and never with its misses printed.
//!
//! A figure matches a candidate whose figure span overlaps it with the same unit and the same
//! magnitude; a match of the opposite sign is a sign error. Kind is compared as extract writes
//! it (target and relative → target; growth, pace and points → growth; a pace that is a goal,
//! 到2025年年均增长13.6%, may also be a target of form `rate`, which is how reach states a rate
//! goal); periods by [`Period`] where the annotation's syntax parses, else as text; an empty
//! annotated period matches a candidate whose note says no time was stated. Units are
//! compared in simplified characters (萬噸 = 万吨). `REACH_SCORE_VERBOSE=1` prints each miss
//! of the halves already developed on.

use super::fixture;
use reach::model::Period;
use serde_json::Value;
use std::path::Path;

/// One annotated figure, located in the text (character offsets).
struct Gold {
    id: String,
    start: usize,
    end: usize,
    value: f64,
    unit: String,
    qualifier: String,
    kind: String,
    period: String,
    link: String,
}

fn gold(tsv: &Path, text: &str) -> Vec<Gold> {
    let name = tsv.display();
    let mut out = Vec::new();
    for (n, line) in std::fs::read_to_string(tsv).unwrap().lines().enumerate() {
        let c: Vec<&str> = line.split('\t').collect();
        if c[0] == "id" || line.trim().is_empty() {
            continue;
        }
        assert!(c.len() >= 12, "{name}:{}: 13 columns", n + 1);
        // The fixture states its own expectation: the anchor occurs once and holds the figure.
        assert_eq!(
            text.matches(c[1]).count(),
            1,
            "{name}:{}: anchor {:?}",
            n + 1,
            c[1]
        );
        let within = c[1]
            .find(c[2])
            .unwrap_or_else(|| panic!("{name}:{}: figure", n + 1));
        let start = text[..text.find(c[1]).unwrap() + within].chars().count();
        out.push(Gold {
            id: c[0].to_string(),
            start,
            end: start + c[2].chars().count(),
            value: c[3]
                .parse()
                .unwrap_or_else(|_| panic!("{name}:{}: value", n + 1)),
            // extract reads traditional script as simplified: 萬噸 is written 万吨.
            unit: reach::extract::to_simplified(c[5]),
            qualifier: c[6].to_string(),
            kind: c[7].to_string(),
            period: c[8].to_string(),
            link: c.get(11).copied().unwrap_or("").to_string(),
        });
    }
    out
}

/// Counts over a half.
#[derive(Default, Debug)]
struct Score {
    texts: usize,
    gold: usize,
    found: usize,
    matched: usize,
    kind: usize,
    period: usize,
    qualifier: usize,
    sign_errors: usize,
    linkable: usize,
    linked: usize,
    linked_right: usize,
    assessed: usize,
}

fn same_period(gold: &str, cand: Option<&str>) -> bool {
    match (Period::parse(gold), cand) {
        (_, None) => gold.is_empty(),
        (Ok(g), Some(c)) => Period::parse(c).is_ok_and(|c| c == g),
        (Err(_), Some(c)) => c == gold,
    }
}

fn run(args: &[&str]) -> Vec<u8> {
    let out = super::reach().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn score_text(txt: &Path, s: &mut Score, verbose: bool) {
    let text = std::fs::read_to_string(txt).unwrap();
    let gold = gold(&txt.with_extension("tsv"), &text);
    let path = txt.to_str().unwrap();
    let cands: Vec<Value> = serde_json::from_slice(&run(&["extract", path, "-f", "json"])).unwrap();
    // The fact file loads and is assessed: which targets got a verdict?
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.csv");
    run(&["extract", path, "-f", "csv", "-o", facts.to_str().unwrap()]);
    let report: Vec<Value> = serde_json::from_slice(&run(&[
        "report",
        "--data",
        facts.to_str().unwrap(),
        "-f",
        "json",
    ]))
    .unwrap();
    let stem = txt.file_stem().unwrap().to_str().unwrap();
    // A target is linked when report compares it with an actual of the text (a base value,
    // or an observed rate for a rate goal), and has a verdict when that is not "not
    // assessable" (a level with one actual and no pace stated has a base and a required pace,
    // but no verdict). A headline repeating a body figure is one fact: the body row counts.
    let row = |n: usize| {
        let n = cands[n]["repeat_of"]
            .as_u64()
            .and_then(|at| {
                cands
                    .iter()
                    .position(|c| c["figure_start"].as_u64() == Some(at))
            })
            .unwrap_or(n);
        let id = format!("{stem}-x{:03}", n + 1);
        report.iter().find(|r| r["id"] == id.as_str())
    };
    let linked = |n: usize| {
        row(n).is_some_and(|r| r["verdict"] != "not_assessable" || !r["base_value"].is_null())
    };
    let verdict = |n: usize| row(n).is_some_and(|r| r["verdict"] != "not_assessable");
    // Linked to the right actual: the base (or the observed rate of a rate goal) is the value
    // of the actual the annotation links, in absolute terms.
    let abs = |v: f64, unit: &str| {
        reach::model::Unit::parse(unit)
            .map(|u| v * u.scale.factor())
            .unwrap_or(v)
    };
    let right = |n: usize, g: &Gold| {
        let Some(actual) = gold.iter().find(|a| a.id == g.link) else {
            return false;
        };
        let want = abs(actual.value, &actual.unit);
        row(n).is_some_and(|r| {
            let unit = r["unit"].as_str().unwrap_or_default();
            let base = r["base_value"].as_f64().map(|b| abs(b, unit));
            let observed = r["observed_growth"].as_f64().map(|o| o * 100.0);
            [base, observed]
                .iter()
                .flatten()
                .any(|v| (v - want).abs() <= 1e-6 * want.abs().max(1.0))
        })
    };
    s.texts += 1;
    s.gold += gold.len();
    s.found += cands.len();
    let mut used = vec![false; cands.len()];
    for g in &gold {
        // The same base unit (135.5千公顷 is 135500公顷), compared in absolute terms.
        let base =
            |u: &str| reach::model::Unit::parse(u).map_or(u.to_string(), |u| u.base.to_string());
        let overlaps = |c: &Value| {
            let (a, b) = (
                c["figure_start"].as_u64().unwrap() as usize,
                c["figure_end"].as_u64().unwrap() as usize,
            );
            a < g.end
                && g.start < b
                && base(c["unit"].as_str().unwrap_or_default()) == base(&g.unit)
        };
        let v = |c: &Value| {
            abs(
                c["value"].as_f64().unwrap(),
                c["unit"].as_str().unwrap_or_default(),
            )
        };
        let want = abs(g.value, &g.unit);
        let same = |x: f64, y: f64| (x - y).abs() <= 1e-9 * y.abs().max(1.0);
        let hit =
            (0..cands.len()).find(|&i| !used[i] && overlaps(&cands[i]) && same(v(&cands[i]), want));
        let Some(i) = hit else {
            if (0..cands.len())
                .any(|i| overlaps(&cands[i]) && same(v(&cands[i]), -want) && g.value != 0.0)
            {
                s.sign_errors += 1;
                if verbose {
                    eprintln!("  sign {stem} {} {} {}", g.id, g.value, g.unit);
                }
            } else if verbose {
                eprintln!("  missed {stem} {} {} {}", g.id, g.value, g.unit);
            }
            if g.kind == "target" && !g.link.is_empty() {
                s.linkable += 1;
            }
            continue;
        };
        used[i] = true;
        let c = &cands[i];
        s.matched += 1;
        let kind = match g.kind.as_str() {
            "target" | "relative" => "target",
            "growth" | "pace" | "points" => "growth",
            k => k,
        };
        let rate_goal = g.kind == "pace" && c["kind"] == "target" && c["form"] == "rate";
        let kind_ok = c["kind"] == kind || rate_goal;
        s.kind += usize::from(kind_ok);
        // A figure with no time written is annotated with an empty period; extract dates it
        // to the document (or the year a January–March text reviews) and says so in its note
        // ("no time stated"): the same reading.
        let unstated = c["note"]
            .as_str()
            .is_some_and(|n| n.contains("no time stated"));
        let period_ok =
            same_period(&g.period, c["period"].as_str()) || (g.period.is_empty() && unstated);
        s.period += usize::from(period_ok);
        if verbose {
            if !kind_ok {
                eprintln!(
                    "  kind {stem} {} {} {}: {} for {}",
                    g.id, g.value, g.unit, c["kind"], g.kind
                );
            }
            if !period_ok {
                eprintln!(
                    "  period {stem} {} {} {}: {} for {:?}",
                    g.id, g.value, g.unit, c["period"], g.period
                );
            }
        }
        s.qualifier += usize::from(c["qualifier"] == g.qualifier.as_str());
        if g.kind == "target" && !g.link.is_empty() {
            s.linkable += 1;
            s.linked += usize::from(linked(i));
            s.linked_right += usize::from(right(i, g));
            s.assessed += usize::from(verdict(i));
            if verbose && !right(i, g) {
                let r = row(i);
                eprintln!(
                    "  link {stem} {} → {}: {} {} {} {}; {}",
                    g.id,
                    g.link,
                    c["subject"],
                    c["form"],
                    c["period"],
                    c["note"],
                    r.map_or("not in report".to_string(), |r| format!(
                        "{} {}",
                        r["verdict"], r["reason"]
                    ))
                );
            }
        }
    }
    s.found = s.found.max(s.matched);
}

fn score_half(half: &str, verbose: bool) -> Score {
    let dir = fixture(&format!("extract/corpus/{half}"));
    let mut texts: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    let mut s = Score::default();
    for t in &texts {
        score_text(t, &mut s, verbose);
    }
    let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    eprintln!(
        "extract on the {half} half ({} texts): {} annotated, {} proposed, {} matched; recall {:.3}, precision {:.3}; of the matched: kind {:.3}, period {:.3}, qualifier {:.3}; sign errors {}; linkable targets linked {}/{} ({:.3}), to the annotated actual {}/{} ({:.3}), with a verdict {}/{} ({:.3})",
        s.texts, s.gold, s.found, s.matched,
        r(s.matched, s.gold), r(s.matched, s.found),
        r(s.kind, s.matched), r(s.period, s.matched), r(s.qualifier, s.matched),
        s.sign_errors, s.linked, s.linkable, r(s.linked, s.linkable),
        s.linked_right, s.linkable, r(s.linked_right, s.linkable),
        s.assessed, s.linkable, r(s.assessed, s.linkable)
    );
    s
}

fn verbose() -> bool {
    std::env::var_os("REACH_SCORE_VERBOSE").is_some()
}

#[test]
fn extraction_on_the_development_half() {
    let s = score_half("dev", verbose());
    assert!(s.texts >= 6 && s.gold >= 200, "{s:?}");
    // Floors of today's rules (the aims are higher): they catch a regression.
    assert!(s.matched * 2 >= s.gold, "{s:?}");
}

#[test]
fn extraction_on_the_halves_developed_on_after_one_unseen_scoring() {
    for half in ["held", "fresh"] {
        let s = score_half(half, verbose());
        assert!(s.texts >= 6 && s.matched * 2 >= s.gold, "{half}: {s:?}");
    }
}

#[test]
fn extraction_on_the_unseen_half() {
    if std::env::var_os("REACH_SCORE_UNSEEN").is_none() {
        eprintln!("unseen half not scored (REACH_SCORE_UNSEEN=1 scores it, at the end)");
        return;
    }
    let s = score_half("fresh2", false);
    assert!(s.texts >= 10, "{s:?}");
}
