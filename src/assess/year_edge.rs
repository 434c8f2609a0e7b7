//! The year's edge: a year's actual announced before that year was out speaks only up to
//! its announcement ([`crate::model::Fact::to_date`]). Each case from its own input, with the
//! numbers a hand calculation gives.

use super::{assess_all, Assessment, Options, Verdict};
use crate::model::{Date, Lang};

const HEAD: &str =
    "id,kind,region,indicator,period,value,unit,qualifier,announced,base_period,form\n";

fn assess_at(body: &str, as_of: Option<&str>) -> Assessment {
    let csv = format!("{HEAD}{body}");
    let facts = crate::load::csv::read_facts("t.csv", csv.as_bytes()).unwrap();
    let opts = Options {
        lang: Lang::En,
        as_of: as_of.map(|d| Date::parse(d).unwrap()),
        ..Options::default()
    };
    let mut rows = assess_all(&facts, &opts);
    rows.retain(|a| a.id == "t");
    rows.pop().unwrap()
}

fn assess(body: &str) -> Assessment {
    assess_at(body, None)
}

fn close(x: Option<f64>, want: f64, tol: f64) -> bool {
    x.is_some_and(|x| (x - want).abs() <= tol)
}

const GOAL: &str = "t,target,R,开工,2023,50000,套,,2023-01-15,,\n";

#[test]
fn a_flow_announced_in_august_is_the_year_so_far_not_the_year() {
    // 今年已开工44253套 on 20 August 2023 (day 232 of 365): 44253 × 365/232 = 69622.2 for the
    // year, against 50000: on track, not missed.
    let a = assess(&format!(
        "{GOAL}a,actual,R,开工,2023,44253,套,,2023-08-20,,\n"
    ));
    assert_eq!(a.verdict, Verdict::OnTrack, "{a:?}");
    assert_eq!(a.base_period.as_deref(), Some("2023/2023-08-20"));
    assert!(close(a.base_value, 44253.0 * 365.0 / 232.0, 1e-6), "{a:?}");
    assert!(
        a.base_note
            .as_deref()
            .is_some_and(|n| n.contains("× 365/232")),
        "{a:?}"
    );
    // With a pace (from 40000 in 2022), its headline does not say it is never reached.
    let paced = assess(&format!(
        "{GOAL}b,actual,R,开工,2022,40000,套,,2023-01-15,,\na,actual,R,开工,2023,44253,套,,2023-08-20,,\n"
    ));
    let line = super::trajectory::headline(&paced, Lang::Zh);
    assert!(
        line.starts_with("进度正常") && line.contains("按年增"),
        "{line}"
    );
    assert!(!line.contains("无法达成"), "{line}");
    // The same figure written as the span it covers is assessed the same.
    let span = assess(&format!(
        "{GOAL}a,actual,R,开工,2023/2023-08-20,44253,套,,2023-08-20,,\n"
    ));
    assert_eq!(
        (span.verdict, span.base_value, span.base_period),
        (a.verdict, a.base_value, a.base_period)
    );
}

#[test]
fn a_full_year_announced_after_the_year_replaces_the_year_so_far() {
    let body = format!(
        "{GOAL}a,actual,R,开工,2023,44253,套,,2023-08-20,,\nb,actual,R,开工,2023,48000,套,,2024-01-20,,\n"
    );
    // The full year is short of 50000 once it is out: missed.
    let a = assess(&body);
    assert_eq!(a.verdict, Verdict::Missed, "{a:?}");
    assert_eq!(a.base_value, Some(48000.0));
    // Judged in September 2023, only the year so far is known: on track.
    let early = assess_at(&body, Some("2023-09-01"));
    assert_eq!(early.verdict, Verdict::OnTrack, "{early:?}");
}

#[test]
fn a_level_announced_in_august_stands_at_that_day() {
    // 企业总数 names no flow: 44253 stands on 2023-08-20 (t = 2022 + 232/365), not at the
    // year's end. From 40000 at the end of 2022 the observed pace is
    // (44253/40000)^(365/232) − 1 = 17.23 %/yr; the year is still open.
    let a = assess(
        "t,target,R,企业总数,2023,50000,家,,2023-01-15,,\nb,actual,R,企业总数,2022,40000,家,,2023-01-15,,\na,actual,R,企业总数,2023,44253,家,,2023-08-20,,\n",
    );
    assert_eq!(a.base_period.as_deref(), Some("2023-08-20"));
    assert_eq!(a.base_value, Some(44253.0));
    let observed = (44253.0f64 / 40000.0).powf(365.0 / 232.0) - 1.0;
    assert!(close(a.observed_growth, observed, 1e-9), "{a:?}");
    assert_ne!(a.verdict, Verdict::Missed, "{a:?}");
    assert_ne!(a.verdict, Verdict::NotAssessable, "{a:?}");
}

#[test]
fn an_estimate_of_the_year_meets_no_later_target_by_itself() {
    // 38066 by 26 November 2025 (day 330): 38066 × 365/330 = 42103.8 for the year, above a
    // 2026 target of 40000, but only an estimate: on track (ratio 1.053), not achieved.
    let a = assess(
        "t,target,R,产值,2026,40000,万元,,2025-01-15,,\na,actual,R,产值,2025,38066,万元,,2025-11-26,,\n",
    );
    assert_eq!(a.verdict, Verdict::OnTrack, "{a:?}");
    assert!(
        close(a.growth_ratio, 38066.0 * 365.0 / 330.0 / 40000.0, 1e-9),
        "{a:?}"
    );
    assert!(close(a.base_value, 38066.0 * 365.0 / 330.0, 1e-6), "{a:?}");
    // A flow so far already above it has reached it.
    let b = assess(
        "t,target,R,产值,2026,40000,万元,,2025-01-15,,\na,actual,R,产值,2025,41000,万元,,2025-11-26,,\n",
    );
    assert_eq!(b.verdict, Verdict::Achieved, "{b:?}");
    assert!(b.reason.contains("41000"), "{}", b.reason);
}

#[test]
fn an_average_stated_mid_year_is_not_a_flow_so_far() {
    // 人均GDP of the year under way is the year's as estimated: it stands at its day.
    let a = assess(
        "t,target,R,人均GDP,2026,40000,美元,,2025-01-15,,\na,actual,R,人均GDP,2025,38066,美元,,2025-11-26,,\n",
    );
    assert_eq!(a.base_period.as_deref(), Some("2025-11-26"));
    assert_eq!(a.base_value, Some(38066.0));
}

#[test]
fn no_yearly_pace_is_required_over_less_than_a_month() {
    // From 50 on 17 December to 900 by the year's end: (900/50)^(365/14) would be 10^32 %/yr.
    let a = assess(
        "t,target,R,企业总数,2025,900,家,,2025-01-15,,\na,actual,R,企业总数,2025-12-17,50,家,,2025-12-17,,\n",
    );
    assert_eq!(a.required_growth, None, "{a:?}");
    assert_eq!(a.verdict, Verdict::NotAssessable, "{a:?}");
    assert!(
        a.reason.contains("no yearly pace can be computed"),
        "{}",
        a.reason
    );
}

#[test]
fn a_sum_counts_a_year_so_far_to_its_announcement() {
    // 30 in 2022, then 20 by 30 June 2023 (day 181): 50 done by t = 2022 + 181/365, 1.496
    // years into the window, 33.42 a year: 50 + 33.42 × (2024 − 2022.496) = 100.27 by 2024,
    // over the 100 wanted. Read as the whole of 2023 it would be 25 a year and 75.
    let a = assess(
        "a,actual,R,I,2022,30,亩,,2023-01-15,,\nb,actual,R,I,2023,20,亩,,2023-06-30,,\nt,target,R,I,2024,100,亩,,2022-01-15,2022,cumulative\n",
    );
    let done_t = 2022.0 + 181.0 / 365.0;
    let projected = 50.0 + 50.0 / (done_t - 2021.0) * (2024.0 - done_t);
    assert!(close(a.projected_value, projected, 1e-6), "{a:?}");
    assert_eq!(a.verdict, Verdict::OnTrack, "{a:?}");
}

#[test]
fn a_flow_done_by_a_day_of_the_goals_year_is_that_year_so_far() {
    // 新增技能人才4000人 for 2023; 已完成736人 as of 31 March (day 90): 736 × 365/90 = 2984.9
    // for the year, ratio 0.746: acceleration needed (it had no pace: not assessable).
    let a = assess(
        "t,target,R,培训完成,2023,4000,人,,2023-05-09,,\na,actual,R,培训完成,2023-03-31,736,人,,2023-05-09,,\n",
    );
    assert_eq!(a.verdict, Verdict::AccelerationNeeded, "{a:?}");
    assert!(close(a.base_value, 736.0 * 365.0 / 90.0, 1e-6), "{a:?}");
    assert_eq!(a.base_period.as_deref(), Some("2023/2023-03-31"));
    // Against a goal of a later year, or as a level with no flow in its name, it stands on
    // its day.
    let later = assess(
        "t,target,R,培训完成,2025,4000,人,,2023-05-09,,\na,actual,R,培训完成,2023-03-31,736,人,,2023-05-09,,\n",
    );
    assert_eq!(later.base_period.as_deref(), Some("2023-03-31"));
    let stock = assess(
        "t,target,R,企业总数,2023,4000,家,,2023-05-09,,\na,actual,R,企业总数,2023-03-31,736,家,,2023-05-09,,\n",
    );
    assert_eq!(stock.base_period.as_deref(), Some("2023-03-31"));
    assert_eq!(stock.base_value, Some(736.0));
    // A total to date (累计) is no flow of the year.
    let total = assess(
        "t,target,R,累计完成,2023,4000,人,,2023-05-09,,\na,actual,R,累计完成,2023-03-31,736,人,,2023-05-09,,\n",
    );
    assert_eq!(total.base_period.as_deref(), Some("2023-03-31"));
}

#[test]
fn of_two_estimates_of_a_year_the_one_covering_more_of_it_is_the_base() {
    // 1-7月 6000 (× 12/7 = 10285.7) and 5000 by 12 October (day 285; × 365/285 = 6403.5):
    // the later one is the base whatever the rows' order.
    for body in [
        "t,target,R,到位资金,2023,8000,亿元,,2023-01-15,,\na,actual,R,到位资金,2023M1-M7,6000,亿元,,2023-10-12,,\nb,actual,R,到位资金,2023,5000,亿元,,2023-10-12,,\n",
        "t,target,R,到位资金,2023,8000,亿元,,2023-01-15,,\nb,actual,R,到位资金,2023,5000,亿元,,2023-10-12,,\na,actual,R,到位资金,2023M1-M7,6000,亿元,,2023-10-12,,\n",
    ] {
        let a = assess(body);
        assert!(close(a.base_value, 5000.0 * 365.0 / 285.0, 1e-6), "{a:?}");
    }
}

#[test]
fn the_year_so_far_is_labelled_short_on_a_chart() {
    let csv = format!(
        "{HEAD}{GOAL}b,actual,R,开工,2022,40000,套,,2023-01-15,,\na,actual,R,开工,2023,44253,套,,2023-08-20,,\n"
    );
    let facts = crate::load::csv::read_facts("t.csv", csv.as_bytes()).unwrap();
    let refs: Vec<&crate::model::Fact> = facts.iter().collect();
    let a = assess_all(&facts, &Options::default())
        .into_iter()
        .find(|a| a.id == "t")
        .unwrap();
    let tr = super::trajectory::trajectory(&a, &refs, Lang::Zh).unwrap();
    let labels: Vec<&str> = tr.actuals.iter().map(|(_, _, l)| l.as_str()).collect();
    assert_eq!(labels, ["2022", "2023至08-20 年化"]);
}
