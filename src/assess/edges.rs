//! The verdict edge cases of issue 16, each from its own input, with the verdict and
//! numbers a hand calculation gives.

use super::{assess_all, Assessment, Options, Verdict};
use crate::project::Model;

const HEAD: &str =
    "id,kind,region,indicator,period,value,unit,qualifier,direction,base_period,form\n";

fn assess(body: &str, model: Model) -> Assessment {
    let csv = format!("{HEAD}{body}");
    let facts = crate::load::csv::read_facts("t.csv", csv.as_bytes()).unwrap();
    let opts = Options {
        model,
        lang: crate::model::Lang::En,
        ..Options::default()
    };
    let mut rows = assess_all(&facts, &opts);
    rows.retain(|a| a.id == "t");
    rows.pop().unwrap()
}

fn close(x: Option<f64>, want: f64, tol: f64) -> bool {
    x.is_some_and(|x| (x - want).abs() <= tol)
}

#[test]
fn a_decrease_whose_base_is_already_past_the_target_deteriorates() {
    let a = assess(
        "a,actual,R,I,2015,40,亿元,,,,\nb,actual,R,I,2024,58,亿元,,,,\nt,target,R,I,2030,50,亿元,,decrease,2015,\n",
        Model::Compound,
    );
    assert_eq!(a.verdict, Verdict::Deterioration, "{a:?}");
    assert!(a.reason.contains("never reached"), "{}", a.reason);
}

#[test]
fn a_target_of_zero_says_the_compound_path_never_gets_there() {
    let body = "a,actual,R,I,2015,1.55,万吨,,,,\nb,actual,R,I,2019,1.82,万吨,,,,\nt,target,R,I,2030,0,万吨,,decrease,,\n";
    let a = assess(body, Model::Compound);
    assert_eq!(a.verdict, Verdict::NotAssessable);
    assert!(close(a.pace, 0.0410, 5e-4), "{a:?}");
    assert!(
        a.reason.contains("never reaches 0") && a.reason.contains("--model linear"),
        "{}",
        a.reason
    );
    assert!(!a.reason.contains("fewer than two actuals"), "{}", a.reason);
    let l = assess(body, Model::Linear);
    assert_eq!(l.verdict, Verdict::Deterioration, "{l:?}");
    assert_eq!(l.gap_pct, None);
}

#[test]
fn a_first_actual_of_zero_starts_the_observed_rate_at_the_first_positive_one() {
    let a = assess(
        "a,actual,R,I,2015,0,家,,,,\nb,actual,R,I,2020,10,家,,,,\nc,actual,R,I,2024,20,家,,,,\nt,target,R,I,2030,100,家,,,,\n",
        Model::Compound,
    );
    // (20/10)^(1/4) − 1 = 18.92 %/yr.
    assert!(close(a.pace, 0.18921, 1e-4), "{a:?}");
    assert!(
        a.base_note.as_deref().unwrap_or("").contains("2020"),
        "{a:?}"
    );
    assert_ne!(a.verdict, Verdict::NotAssessable);
}

#[test]
fn a_base_period_without_an_actual_uses_the_first_actual_after_it() {
    let a = assess(
        "a,actual,R,I,2016,104,亿元,,,,\nb,actual,R,I,2020,121.7,亿元,,,,\nc,actual,R,I,2024,142.3,亿元,,,,\nt,target,R,I,2030,200,亿元,,,2015,\n",
        Model::Compound,
    );
    // From 104 (2016): observed (142.3/104)^(1/8) − 1 = 4.00 %/yr, required
    // (200/104)^(1/14) − 1 = 4.78 %/yr: ratio 0.836.
    assert!(close(a.growth_ratio, 0.836, 5e-4), "{a:?}");
    assert_eq!(a.verdict, Verdict::AccelerationNeeded);
    assert!(
        a.base_note.as_deref().unwrap_or("").contains("2016"),
        "{a:?}"
    );
}

#[test]
fn a_base_equal_to_the_target_deteriorates_when_the_series_falls() {
    let a = assess(
        "a,actual,R,I,2015,100,亿元,,,,\nb,actual,R,I,2024,95.5,亿元,,,,\nt,target,R,I,2030,100,亿元,,,2015,\n",
        Model::Compound,
    );
    assert!(close(a.pace, -0.00511, 5e-5), "{a:?}");
    // 100 from 95.5 by 2030 needs (100/95.5)^(1/6) − 1 = +0.77 %/yr.
    assert!(close(a.required_growth_remaining, 0.00771, 5e-5), "{a:?}");
    assert_eq!(a.verdict, Verdict::Deterioration);
}

#[test]
fn share_targets_are_judged_without_the_factor_c() {
    let a = assess(
        "a,actual,R,I,2015,85,%,,,,\nb,actual,R,I,2024,91,%,,,,\nt,target,R,I,2030,95,%,,,,share\n",
        Model::Compound,
    );
    // logit pace (logit .91 − logit .85)/9 = 0.0643, required (logit .95 − logit .91)/6 =
    // 0.1051: ratio 0.612, acceleration needed (with C = 1 − 0.91^4.44 = 0.34 it was on track).
    assert_eq!(a.cutoff_scale, None);
    assert!(close(a.growth_ratio, 0.612, 1e-3), "{a:?}");
    assert_eq!(a.verdict, Verdict::AccelerationNeeded, "{a:?}");
    assert!(close(a.projected_value, 93.70, 0.01), "{a:?}");
}

#[test]
fn an_at_least_decrease_is_met_only_at_or_below_its_level() {
    let a = assess(
        "a,actual,R,I,2020,1.00,吨,,,,\nb,actual,R,I,2022,0.95,吨,,,,\nt,target,R,I,2025,0.865,吨,at_least,decrease,2020,\n",
        Model::Compound,
    );
    // Observed 0.95^(1/2) − 1 = −2.53 %/yr, required 0.865^(1/5) − 1 = −2.86 %/yr: 0.885.
    assert!(close(a.growth_ratio, 0.885, 1e-3), "{a:?}");
    assert_eq!(a.verdict, Verdict::AccelerationNeeded);
    let rel = assess(
        "a,actual,R,I,2020,1.00,吨,,,,\nb,actual,R,I,2022,0.95,吨,,,,\nt,target,R,I,2025,13.5,%,以上,decrease,2020,relative\n",
        Model::Compound,
    );
    assert_eq!(rel.verdict, Verdict::AccelerationNeeded, "{rel:?}");
}

#[test]
fn a_yearly_decrease_missed_after_its_window_is_missed() {
    let a = assess(
        "a,actual,R,I,2020,100,吨,,,,\nb,actual,R,I,2025,95,吨,,,,\nt,target,R,I,2025,3,%,,decrease,2020,rate\n",
        Model::Compound,
    );
    assert_eq!(a.verdict, Verdict::Missed, "{a:?}");
}

#[test]
fn a_cumulative_cap_is_on_track_until_its_window_closes() {
    let body = "a,actual,R,I,2022,15,亩,,,,\nb,actual,R,I,2023,18,亩,,,,\nt,target,R,I,2026,100,亩,at_most,,2022,cumulative\n";
    let a = assess(body, Model::Compound);
    // 33 done by 2023 at 16.5 a year: 82.5 by 2026, under the cap of 100.
    assert_eq!(a.verdict, Verdict::OnTrack, "{a:?}");
    assert!(close(a.projected_value, 82.5, 1e-9), "{a:?}");
    let over = assess(
        "a,actual,R,I,2022,45,亩,,,,\nb,actual,R,I,2023,48,亩,,,,\nt,target,R,I,2026,100,亩,at_most,,2022,cumulative\n",
        Model::Compound,
    );
    assert_ne!(over.verdict, Verdict::OnTrack, "{over:?}");
    assert_ne!(over.verdict, Verdict::Achieved, "{over:?}");
}

#[test]
fn a_plans_total_with_no_flow_of_its_own_is_held_to_the_plan_before() {
    // 257.49 over 2016–2020 (51.498 a year) against 200 over 2021–2025 (40 a year): on track,
    // ratio 1.287, 257.49 projected by 2025, reached at 2020 + 200 / 51.498 = 2023.88.
    let body = "a,actual,R,I,2016/2020,257.49,万人,,,,\nt,target,R,I,2025,200,万人,at_least,,2021,cumulative\n";
    let a = assess(body, Model::Compound);
    assert_eq!(a.verdict, Verdict::OnTrack, "{a:?}");
    assert!(close(a.pace, 257.49 / 5.0, 1e-9), "{a:?}");
    assert!(close(a.projected_value, 257.49, 1e-9), "{a:?}");
    assert_eq!(a.base_period.as_deref(), Some("2016/2020"));
    assert!(a.reason.contains("ratio 1.287"), "{}", a.reason);
    // 806 over 2006–2010 against 1000 over 2011–2015 (200 a year against 161.2): behind.
    let short = "a,actual,R,I,2006/2010,806,万人,,,,\nt,target,R,I,2015,1000,万人,at_least,,2011,cumulative\n";
    let b = assess(short, Model::Compound);
    assert!(close(b.projected_value, 806.0, 1e-9), "{b:?}");
    assert_ne!(b.verdict, Verdict::OnTrack, "{b:?}");
    // A span ending inside the window is no span before it: nothing to hold it to.
    let inside = "a,actual,R,I,2016/2021,257.49,万人,,,,\nt,target,R,I,2025,200,万人,at_least,,2021,cumulative\n";
    assert_eq!(
        assess(inside, Model::Compound).verdict,
        Verdict::NotAssessable
    );
}

#[test]
fn the_two_reference_methods_differ_as_documented() {
    // 100 growing 3 %/yr 2015–2024, 200 by 2030.
    let mut body = String::new();
    for (i, y) in (2015..=2024).enumerate() {
        body += &format!(
            "a{y},actual,R,I,{y},{},亿元,,,,\n",
            100.0 * 1.03f64.powi(i as i32)
        );
    }
    body += "t,target,R,I,2030,200,亿元,,,,\n";
    let csv = format!("{HEAD}{body}");
    let facts = crate::load::csv::read_facts("t.csv", csv.as_bytes()).unwrap();
    let with = |reference| {
        let opts = Options {
            reference,
            lang: crate::model::Lang::En,
            ..Options::default()
        };
        assess_all(&facts, &opts).pop().unwrap()
    };
    use super::Reference;
    // From the latest actual: (200/130.48)^(1/6) − 1 = 7.37 %/yr needed, ratio 0.407.
    let latest = with(Reference::Latest);
    assert!(close(latest.growth_ratio, 0.407, 1e-3), "{latest:?}");
    assert_eq!(latest.verdict, Verdict::LimitedProgress);
    // From the base year: 2^(1/15) − 1 = 4.73 %/yr needed, ratio 0.634.
    for base in [
        Reference::Base(None),
        Reference::Base(Some(2015)),
        Reference::Base(Some(2010)),
    ] {
        let b = with(base);
        assert!(close(b.growth_ratio, 0.634, 1e-3), "{base:?} {b:?}");
        assert_eq!(b.verdict, Verdict::AccelerationNeeded);
        assert!(close(b.pace, 0.03, 1e-9));
    }
    // A later base year: from 2020 (115.93), (200/115.93)^(1/10) − 1 = 5.60 %/yr: ratio 0.535.
    let later = with(Reference::Base(Some(2020)));
    assert!(close(later.growth_ratio, 0.535, 1e-3), "{later:?}");
}

#[test]
fn figures_in_units_that_do_not_compare_are_named() {
    let a = assess(
        "a,actual,R,I,2020,78,岁,,,,\nb,actual,R,I,2024,79,岁,,,,\nt,target,R,I,2030,100,亿元,,,,\n",
        Model::Compound,
    );
    assert_eq!(a.verdict, Verdict::NotAssessable);
    assert!(
        a.reason
            .contains("its actuals are in 岁, which does not compare with 亿元"),
        "{}",
        a.reason
    );
}

#[test]
fn indicators_without_a_target_get_a_trend_verdict() {
    let body = "a1,actual,R,研发投入,2015,100,亿元,,increase,,\na2,actual,R,研发投入,2024,121.9,亿元,,,,\n\
        p1,actual,R,PM2.5,2020,45,微克/立方米,,decrease,,\np2,actual,R,PM2.5,2024,44,微克/立方米,,decrease,,\n\
        s1,actual,R,森林覆盖率,2015,90,%,,increase,,\ns2,actual,R,森林覆盖率,2024,92,%,,,,\n\
        n1,actual,R,无方向,2015,1,亿元,,,,\nn2,actual,R,无方向,2024,2,亿元,,,,\n";
    let csv = format!("{HEAD}{body}");
    let facts = crate::load::csv::read_facts("t.csv", csv.as_bytes()).unwrap();
    let rows = |trend| {
        let opts = Options {
            trend,
            lang: crate::model::Lang::En,
            ..Options::default()
        };
        assess_all(&facts, &opts)
    };
    use super::TrendScheme;
    let statcan = rows(TrendScheme::Statcan);
    // Only the three indicators with a stated direction get a row.
    assert_eq!(statcan.len(), 3, "{statcan:?}");
    let by =
        |rows: &[Assessment], ind: &str| rows.iter().find(|a| a.indicator == ind).unwrap().clone();
    // (121.9/100)^(1/9) − 1 = 2.22 %/yr ≥ 1.5 %: substantial progress.
    let rd = by(&statcan, "研发投入");
    assert_eq!(rd.form, crate::model::Form::Trend);
    assert!(close(rd.pace, 0.02222, 1e-4), "{rd:?}");
    assert_eq!(rd.verdict, Verdict::SubstantialProgress);
    assert_eq!(rd.id, "a1~trend");
    // PM2.5 down (44/45)^(1/4) − 1 = −0.56 %/yr, the wanted way: moderate progress.
    let pm = by(&statcan, "PM2.5");
    assert_eq!(pm.verdict, Verdict::ModerateProgress, "{pm:?}");
    // A share at 92 %: 0.24 %/yr against thresholds scaled by C = 1 − 0.92^4.44 = 0.310
    // (0.46 % / 0.15 %): moderate progress, where unscaled ones would say insufficient.
    let share = by(&statcan, "森林覆盖率");
    assert!(close(share.cutoff_scale, 0.3096, 1e-3), "{share:?}");
    assert_eq!(share.verdict, Verdict::ModerateProgress, "{share:?}");
    assert!(share.reason.contains("scaled by C"), "{}", share.reason);
    let eurostat = rows(TrendScheme::Eurostat);
    assert_eq!(
        by(&eurostat, "研发投入").verdict,
        Verdict::SignificantProgress
    );
    assert_eq!(by(&eurostat, "PM2.5").verdict, Verdict::ModerateProgress);
    assert_eq!(
        by(&eurostat, "森林覆盖率").verdict,
        Verdict::ModerateProgress
    );
    assert_eq!(by(&eurostat, "森林覆盖率").cutoff_scale, None);
}

mod invariant {
    use super::super::{assess_all, meets, Options, Verdict};
    use crate::model::{Direction, Form, Qualifier};
    use crate::project::Model;
    use proptest::prelude::*;

    /// What no verdict may contradict: achieved only when the latest figure meets the target;
    /// on track never when the path never reaches it; deterioration exactly when the series
    /// moves away from the target (Eurostat cut-offs); not assessable only with something
    /// missing or out of the model's reach, named in the reason.
    #[allow(clippy::too_many_arguments)]
    fn check(
        form: usize,
        model: usize,
        direction: usize,
        qualifier: usize,
        actuals: Vec<(i32, f64)>,
        growth: Option<f64>,
        target: f64,
        year: i32,
        base: bool,
    ) -> Result<(), TestCaseError> {
        let form = ["", "relative", "share", "cumulative", "rate"][form];
        let dir = ["", "increase", "decrease"][direction];
        let q = ["", "at_least", "at_most", "about"][qualifier];
        let (unit, target) = match form {
            "relative" => ("%", target.min(90.0)),
            "share" | "rate" => ("%", target.min(100.0)),
            _ => ("亿元", target),
        };
        let level_unit = if form == "share" { "%" } else { "亿元" };
        let first = actuals.first().map_or(2015, |a| a.0);
        let base_period = if base || form == "relative" || form == "cumulative" {
            first.to_string()
        } else {
            String::new()
        };
        let mut csv = String::from(
            "id,kind,region,indicator,period,value,unit,qualifier,direction,base_period,form\n",
        );
        for (i, (y, v)) in actuals.iter().enumerate() {
            let v = if form == "share" { v.min(100.0) } else { *v };
            csv += &format!("a{i},actual,R,I,{y},{v},{level_unit},,,,\n");
        }
        if let Some(g) = growth {
            csv += &format!("g,growth,R,I,{first},{g},%,,,,\n");
        }
        csv += &format!("t,target,R,I,{year},{target},{unit},{q},{dir},{base_period},{form}\n");
        let Ok(facts) = crate::load::csv::read_facts("t.csv", csv.as_bytes()) else {
            return Ok(()); // inputs the loader refuses (a base period after the year …)
        };
        let model = [Model::Compound, Model::Linear][model];
        let opts = Options {
            model,
            lang: crate::model::Lang::En,
            ..Options::default()
        };
        for a in assess_all(&facts, &opts) {
            let qualifier = a.target_qualifier;
            let cap = qualifier == Qualifier::AtMost && a.direction == Direction::Increase;
            let wanted = if a.form == Form::Cumulative {
                Direction::Increase
            } else {
                a.direction
            };
            if a.verdict == Verdict::Achieved && a.form != Form::Rate {
                let (b, t) = (a.base_value.unwrap(), a.target_value.unwrap());
                prop_assert!(meets(b, t, qualifier, wanted), "{csv}\n{a:?}");
            }
            if a.verdict == Verdict::OnTrack && !cap {
                prop_assert!(!a.reason.contains("never reached"), "{csv}\n{a:?}");
            }
            let paced = a.growth_ratio.is_some()
                && !matches!(
                    a.verdict,
                    Verdict::Achieved | Verdict::Missed | Verdict::NotAssessable
                );
            if paced && !cap && matches!(a.form, Form::Level | Form::Relative | Form::Share) {
                let (b, t) = (a.base_value.unwrap(), a.target_value.unwrap());
                let away = (t - b) * (a.projected_value.unwrap() - b) < 0.0;
                prop_assert_eq!(
                    a.verdict == Verdict::Deterioration,
                    away,
                    "{}\n{:?}",
                    csv,
                    a
                );
            }
            if a.verdict == Verdict::NotAssessable {
                let named = [
                    "no baseline",
                    "No pace",
                    "No target year",
                    "never reaches",
                    "no observed rate",
                    "no yearly flows",
                    "needs a window",
                    "relative target",
                    "no elapsed years",
                    "no trend",
                ]
                .iter()
                .any(|w| a.reason.contains(w));
                prop_assert!(named, "{csv}\n{a:?}");
            }
            if a.verdict != Verdict::Achieved {
                prop_assert!(!a.reason.contains("already meets"), "{csv}\n{a:?}");
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn no_verdict_contradicts_its_numbers(
            form in 0usize..5, model in 0usize..2, direction in 0usize..3, qualifier in 0usize..4,
            actuals in prop::collection::btree_map(2010i32..2030, prop_oneof![Just(0.0), Just(50.0), 0.5f64..200.0], 1..4),
            growth in prop::option::weighted(0.3, -20.0f64..40.0),
            target in prop_oneof![Just(0.0), Just(50.0), 0.5f64..300.0],
            year in 2012i32..2040,
            base in any::<bool>(),
        ) {
            check(form, model, direction, qualifier, actuals.into_iter().collect(), growth, target, year, base)?;
        }
    }
}

#[test]
fn a_goal_for_part_of_a_year_is_closed_by_the_actual_of_that_part() {
    // 一季度目标2500, 一季度实际2593: met, 103.7 % of it; 2400 falls short by 100 (−4 %).
    let met = assess(
        "a,actual,R,I,2023Q1,2593,亿元,,,,\nt,target,R,I,2023Q1,2500,亿元,,,,\n",
        Model::Compound,
    );
    assert_eq!(met.verdict, Verdict::Achieved, "{met:?}");
    assert!(close(met.gap, 93.0, 1e-9) && close(met.gap_pct, 0.0372, 1e-9));
    assert!(met.reason.contains("103.7%"), "{}", met.reason);
    let short = assess(
        "a,actual,R,I,2023Q1,2400,亿元,,,,\nt,target,R,I,2023Q1,2500,亿元,,,,\n",
        Model::Compound,
    );
    assert_eq!(short.verdict, Verdict::Missed, "{short:?}");
    assert!(close(short.gap_pct, -0.04, 1e-9));
    // An actual of another part (January to February) says nothing of the quarter's goal.
    let other = assess(
        "a,actual,R,I,2023M1-M2,2400,亿元,,,,\nt,target,R,I,2023Q1,2500,亿元,,,,\n",
        Model::Compound,
    );
    assert_eq!(other.verdict, Verdict::NotAssessable, "{other:?}");
    // A March actual ends where the quarter does; the quarter's own actual still closes it,
    // in either order.
    for body in [
        "a,actual,R,I,2023Q1,2593,亿元,,,,\nb,actual,R,I,2023M3,900,亿元,,,,\nt,target,R,I,2023Q1,2500,亿元,,,,\n",
        "b,actual,R,I,2023M3,900,亿元,,,,\na,actual,R,I,2023Q1,2593,亿元,,,,\nt,target,R,I,2023Q1,2500,亿元,,,,\n",
    ] {
        let a = assess(body, Model::Compound);
        assert_eq!(a.verdict, Verdict::Achieved, "{a:?}");
    }
}
