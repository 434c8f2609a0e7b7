//! The curated data against its sources: every quote verbatim, every figure as written.

use super::shared_seeds;
use reach::model::{parse_figure, Kind, Qualifier};

#[test]
fn every_quote_is_in_its_source_record_and_carries_its_figure() {
    let facts = reach::load::seed_facts().unwrap();
    let sources = reach::load::seed_sources().unwrap();
    assert!(facts.len() >= 90, "{} facts", facts.len());
    for f in &facts {
        let src = sources
            .iter()
            .find(|s| s.id == f.source)
            .unwrap_or_else(|| panic!("{}: unknown source {}", f.id, f.source));
        assert!(
            src.excerpts.iter().any(|e| e.contains(&f.quote)),
            "{}: quote not in an excerpt of {}",
            f.id,
            src.id
        );
        assert!(
            f.quote.contains(&f.as_written),
            "{}: {:?} not in its quote",
            f.id,
            f.as_written
        );
        let fig = parse_figure(&f.as_written).unwrap_or_else(|e| panic!("{}: {e}", f.id));
        let stated = f.value * f.unit.scale.factor();
        assert!(
            (fig.absolute() - stated).abs() <= 1e-9 * stated.abs().max(1.0),
            "{}: {:?} means {} but the row says {} {}",
            f.id,
            f.as_written,
            fig.absolute(),
            f.value,
            f.unit
        );
        if let Some(b) = fig.base {
            assert_eq!(b, f.unit.base, "{}: unit as written", f.id);
        }
        if fig.qualifier != Qualifier::Exact {
            assert_eq!(fig.qualifier, f.qualifier, "{}: qualifier as written", f.id);
        }
    }
}

#[test]
fn every_source_is_used_and_every_excerpt_is_verbatim() {
    let facts = reach::load::seed_facts().unwrap();
    let sources = reach::load::seed_sources().unwrap();
    assert_eq!(sources.len(), 5);
    for s in &sources {
        assert!(
            facts.iter().any(|f| f.source == s.id),
            "{} has no facts",
            s.id
        );
        assert!(
            reach::model::Date::parse(&s.published).is_ok(),
            "{}: published",
            s.id
        );
    }
    let Some(dir) = shared_seeds() else {
        eprintln!("../shared/seeds not present: verbatim check skipped");
        return;
    };
    for s in &sources {
        let text = std::fs::read_to_string(dir.join(&s.file)).unwrap();
        for e in &s.excerpts {
            assert!(
                text.contains(e.as_str()),
                "{}: excerpt not verbatim: {e}",
                s.id
            );
        }
        assert!(
            text.contains(&s.title) || s.title.split("——").all(|p| text.contains(p)),
            "{}: title",
            s.id
        );
    }
}

#[test]
fn the_seed_targets_named_in_the_brief_are_all_present() {
    let facts = reach::load::seed_facts().unwrap();
    let has = |id: &str, kind: Kind| facts.iter().any(|f| f.id == id && f.kind == kind);
    for id in [
        "wj-pharma-rev-2026",
        "wj-firms-2026",
        "wj-industry-rev-2026",
        "wj-new-drugs-2026",
        "wj-twochem-2026",
        "wj-2018-top-firms-2020",
        "wj-2018-top-firms-2022",
        "wj-2018-cluster-1000-2022",
        "wj-2018-clusters-500-2022",
        "cn-health-services-2020",
        "cn-health-services-2030",
        "bn-cluster-1000",
    ] {
        assert!(has(id, Kind::Target), "{id}");
    }
    for id in [
        "wj-pharma-rev-2021",
        "wj-firms-2022",
        "wj-top-firms-2022",
        "wj-tax-per-mu-2016",
        "wj-tax-per-mu-2021",
        "bn-output-2021q3",
        "tf-projects",
        "tf-investment",
        "wj-2020h1-projects",
    ] {
        assert!(has(id, Kind::Actual), "{id}");
    }
    assert!(has("wj-pharma-growth", Kind::Growth) && has("bn-output-growth-2021q3", Kind::Growth));
}
