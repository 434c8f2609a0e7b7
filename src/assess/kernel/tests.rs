//! The kernel's cases by hand: the worked example, part-year estimates, caps, paces.

use super::*;

fn wenjiang(pace: f64, deadline: Option<f64>) -> Inputs {
    Inputs {
        model: Model::Compound,
        reference: (2021.0, 350.0),
        base: (2021.0, 350.0),
        partial: None,
        pace: Some(pace),
        level: 1000.0,
        deadline,
        qualifier: Qualifier::Exact,
        direction: Direction::Increase,
        scale: 1.0,
        scheme: Scheme::Eurostat,
    }
}

#[test]
fn a_target_of_the_year_under_way_against_its_estimate() {
    // 1-10月 120.44 of a year's task of 132.63, annualised pro rata: 144.53 at the year's end.
    let task = |seen: f64, direction| Inputs {
        base: (2018.0, seen * 1.2),
        reference: (2018.0, seen * 1.2),
        partial: Some(seen),
        level: 132.63,
        deadline: Some(2018.0),
        pace: None,
        direction,
        ..wenjiang(0.2, None)
    };
    let o = project(&task(120.44, Direction::Increase));
    assert_eq!((o.case, o.verdict), (Case::PartYear, Verdict::OnTrack));
    assert!((o.ratio.unwrap() - 120.44 * 1.2 / 132.63).abs() < 1e-9);
    assert!((o.gap.unwrap() - (144.528 - 132.63)).abs() < 1e-9);
    // Not achieved on the estimate: only once the flow so far meets the task.
    let o = project(&task(133.0, Direction::Increase));
    assert_eq!((o.case, o.verdict), (Case::Achieved, Verdict::Achieved));
    assert_eq!(o.seen, Some(133.0));
    let o = project(&task(90.0, Direction::Increase));
    assert_eq!(o.case, Case::PartYear);
    assert_ne!(o.verdict, Verdict::OnTrack);
    // A cap on a flow (at most 132.63) is never met before its year is over.
    let o = project(&task(100.0, Direction::Decrease));
    assert_eq!(o.case, Case::PartYear);
    assert!((o.ratio.unwrap() - 132.63 / 120.0).abs() < 1e-9);
    // A part-year estimate of a year before the deadline is a baseline to project from,
    // but meets the target only as stated: 144.53 estimated is on track for 2020, 133
    // done has reached it.
    let later = |seen| Inputs {
        deadline: Some(2020.0),
        pace: Some(0.1),
        ..task(seen, Direction::Increase)
    };
    let o = project(&later(120.44));
    assert_eq!((o.case, o.verdict), (Case::PartYear, Verdict::OnTrack));
    let o = project(&later(133.0));
    assert_eq!((o.case, o.seen), (Case::Achieved, Some(133.0)));
}

#[test]
fn the_worked_example_by_hand() {
    // 350 × 1.2⁵ = 870.912; (1000/350)^(1/5) − 1 = 0.233634; ln(1000/350)/ln 1.2 = 5.758.
    let o = project(&wenjiang(0.20, Some(2026.0)));
    assert!((o.projected.unwrap() - 870.912).abs() < 1e-3);
    assert!((o.required.unwrap() - 0.233634).abs() < 1e-6);
    assert!((o.reach_exact.unwrap() - 2026.758).abs() < 1e-3);
    assert_eq!(o.reach_year, Some(2027));
    assert!((o.ratio.unwrap() - 0.20 / 0.233634).abs() < 1e-5);
    assert_eq!(o.verdict, Verdict::AccelerationNeeded);
    assert_eq!(o.case, Case::Paced);
}

#[test]
fn the_order_of_the_steps() {
    let no_year = project(&wenjiang(0.20, None));
    assert_eq!(
        (no_year.case, no_year.verdict),
        (Case::NoYear, Verdict::NotAssessable)
    );
    assert_eq!(no_year.reach_year, Some(2027));
    let missed = project(&wenjiang(0.20, Some(2021.0)));
    assert_eq!(
        (missed.case, missed.verdict),
        (Case::Missed, Verdict::Missed)
    );
    let met = project(&Inputs {
        level: 300.0,
        deadline: Some(2021.0),
        ..wenjiang(0.20, None)
    });
    assert_eq!((met.case, met.verdict), (Case::Achieved, Verdict::Achieved));
    let still = project(&Inputs {
        pace: None,
        ..wenjiang(0.20, Some(2026.0))
    });
    assert_eq!(
        (still.case, still.verdict),
        (Case::NoPace, Verdict::NotAssessable)
    );
    assert!(still.required.is_some() && still.projected.is_none());
}

#[test]
fn stated_and_observed_paces() {
    assert_eq!(
        choose(PacePref::Auto, Some(0.2), Some(0.1)),
        (Some(0.2), Some(PaceSource::Claimed))
    );
    assert_eq!(
        choose(PacePref::Auto, None, Some(0.1)),
        (Some(0.1), Some(PaceSource::Observed))
    );
    assert_eq!(choose(PacePref::Claimed, None, Some(0.1)), (None, None));
    assert!(conflicts(0.2, Qualifier::AtLeast, 0.19));
    assert!(!conflicts(0.2, Qualifier::AtLeast, 0.25));
    assert!(conflicts(0.2, Qualifier::AtMost, 0.25));
    assert!(!conflicts(0.2, Qualifier::Exact, 0.205));
    assert!(conflicts(0.2, Qualifier::About, 0.22));
}
