//! `reach extract` against the hand annotation of all five seed texts
//! (`tests/fixtures/extract/*.tsv`, rules in its README), and its output contracts.

use super::{fixture, reach};
use reach::model::Period;
use serde_json::Value;
use std::path::PathBuf;

fn shared_seeds() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    p.is_dir().then_some(p)
}

/// One hand-annotated figure, located in the text.
struct Gold {
    start: usize,
    end: usize,
    value: f64,
    unit: String,
    qualifier: String,
    kind: String,
    period: Option<Period>,
}

fn gold(seed: &str, text: &str) -> Vec<Gold> {
    let tsv = std::fs::read_to_string(fixture(&format!("extract/{seed}.tsv"))).unwrap();
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 7, "{seed}.tsv:{}: 7 columns", n + 1);
        // The fixture states its own expectation: the anchor occurs exactly once.
        assert_eq!(
            text.matches(c[0]).count(),
            1,
            "{seed}.tsv:{}: anchor {:?} not unique",
            n + 1,
            c[0]
        );
        let at = text.find(c[0]).unwrap();
        let within = c[0]
            .find(c[1])
            .unwrap_or_else(|| panic!("{seed}.tsv:{}: figure not in anchor", n + 1));
        let start = text[..at + within].chars().count();
        out.push(Gold {
            start,
            end: start + c[1].chars().count(),
            value: c[2].parse().unwrap(),
            unit: c[3].to_string(),
            qualifier: c[4].to_string(),
            kind: c[5].to_string(),
            period: match c[6] {
                "" => None,
                p => Some(Period::parse(p).unwrap()),
            },
        });
    }
    out
}

#[derive(Default, Debug)]
struct Score {
    gold: usize,
    found: usize,
    matched: usize,
    kind: usize,
    period: usize,
    qualifier: usize,
}

fn score(seed: &str, text: &str, cands: &[Value]) -> Score {
    let gold = gold(seed, text);
    let mut used = vec![false; cands.len()];
    let mut s = Score {
        gold: gold.len(),
        found: cands.len(),
        ..Score::default()
    };
    for g in &gold {
        let hit = cands.iter().enumerate().find(|(i, c)| {
            let (a, b) = (
                c["figure_start"].as_u64().unwrap() as usize,
                c["figure_end"].as_u64().unwrap() as usize,
            );
            !used[*i]
                && a < g.end
                && g.start < b
                && (c["value"].as_f64().unwrap() - g.value).abs() < 1e-9
                && c["unit"] == g.unit.as_str()
        });
        let Some((i, c)) = hit else {
            eprintln!(
                "  missed {seed} {}..{} {} {}",
                g.start, g.end, g.value, g.unit
            );
            continue;
        };
        used[i] = true;
        s.matched += 1;
        s.kind += usize::from(c["kind"] == g.kind.as_str());
        let period = c["period"].as_str().map(|p| Period::parse(p).unwrap());
        s.period += usize::from(period == g.period);
        s.qualifier += usize::from(c["qualifier"] == g.qualifier.as_str());
        if c["kind"] != g.kind.as_str() || period != g.period {
            eprintln!(
                "  {seed} {}: kind {} period {:?}, annotated {} {:?}",
                c["as_written"], c["kind"], period, g.kind, g.period
            );
        }
    }
    for (c, u) in cands.iter().zip(&used) {
        if !u {
            eprintln!("  extra {seed} {} {}", c["as_written"], c["quote"]);
        }
    }
    s
}

fn extract_json(path: &std::path::Path) -> Vec<Value> {
    let out = reach()
        .arg("extract")
        .arg(path)
        .args(["-f", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn recall_and_precision_on_the_five_hand_annotated_seeds() {
    let Some(dir) = shared_seeds() else {
        eprintln!("../shared/seeds not present: extraction scoring skipped");
        return;
    };
    let mut total = Score::default();
    for entry in std::fs::read_dir(fixture("extract")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().and_then(|e| e.to_str()) != Some("tsv") {
            continue;
        }
        let seed = p.file_stem().unwrap().to_str().unwrap().to_string();
        let src = dir.join(format!("{seed}.txt"));
        let text = std::fs::read_to_string(&src).unwrap();
        let cands = extract_json(&src);
        // Offsets count characters: start..end is exactly the quote, and the figure is in it.
        let chars: Vec<char> = text.chars().collect();
        for c in &cands {
            let at = |k: &str| c[k].as_u64().unwrap() as usize;
            assert_eq!(
                chars[at("start")..at("end")].iter().collect::<String>(),
                c["quote"].as_str().unwrap()
            );
            assert_eq!(
                chars[at("figure_start")..at("figure_end")]
                    .iter()
                    .collect::<String>(),
                c["as_written"].as_str().unwrap()
            );
            assert!(at("start") <= at("figure_start") && at("figure_end") <= at("end"));
        }
        let s = score(&seed, &text, &cands);
        eprintln!("{seed}: {s:?}");
        total.gold += s.gold;
        total.found += s.found;
        total.matched += s.matched;
        total.kind += s.kind;
        total.period += s.period;
        total.qualifier += s.qualifier;
    }
    let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let recall = r(total.matched, total.gold);
    let precision = r(total.matched, total.found);
    let kind = r(total.kind, total.matched);
    let period = r(total.period, total.matched);
    let qualifier = r(total.qualifier, total.matched);
    eprintln!(
        "extract on 5 seeds: {} annotated, {} proposed, {} matched; recall {recall:.3}, precision {precision:.3}; of the matched: kind {kind:.3}, period {period:.3}, qualifier {qualifier:.3}",
        total.gold, total.found, total.matched
    );
    assert_eq!(total.gold, 123, "the annotation has 123 figures");
    assert!(recall >= 0.90, "recall {recall:.3} < 0.90");
    assert!(precision >= 0.80, "precision {precision:.3} < 0.80");
    assert!(kind >= 0.85, "kind accuracy {kind:.3} < 0.85");
    assert!(period >= 0.80, "period accuracy {period:.3} < 0.80");
}
