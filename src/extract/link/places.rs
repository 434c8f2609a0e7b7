//! The link rules' cases, each from a text of its own: which actual a goal takes.

use crate::extract::{extract, Document, Options};

/// The candidate of `doc` written as `w`.
fn written<'a>(doc: &'a Document, w: &str) -> &'a crate::extract::Candidate {
    doc.candidates.iter().find(|c| c.as_written == w).unwrap()
}

/// `s` extracted as a document dated `date`.
fn dated(s: &str, date: &str) -> Document {
    let opts = Options {
        date: crate::model::Date::parse(date).ok(),
        region: None,
    };
    extract(s, "t", &opts)
}

#[test]
fn a_goal_looks_for_its_actual_so_many_figures_away_at_most() {
    // The actual, then n figures of another quantity, then the goal.
    let text = |n: usize| {
        let filler: String = (0..n).map(|k| format!("新建道路{k}公里。\n")).collect();
        format!("2024年全区生物医药产业规模120亿元。\n{filler}到2026年，生物医药产值力争达到200亿元。\n")
    };
    let linked = |n: usize| {
        let doc = dated(&text(n), "2025-01-01");
        written(&doc, "200亿元").subject == written(&doc, "120亿元").subject
    };
    assert!(linked(super::REACH - 1));
    assert!(!linked(super::REACH + 1));
}

#[test]
fn a_goal_links_to_its_own_place() {
    let s = "2019年杭州市地区生产总值增长6.8%。\n2019年通辽市地区生产总值为1267.3亿元、增长4%；\
             报告提出，2020年的主要预期目标是地区生产总值增长5%左右。";
    let doc = dated(s, "2020-04-20");
    let goal = doc.candidates.last().unwrap();
    let tongliao = &doc.candidates[2];
    assert_eq!(tongliao.as_written, "4%");
    assert_eq!(goal.subject, tongliao.subject, "{goal:?}");
}

#[test]
fn of_two_actuals_alike_the_one_in_the_goals_line() {
    let s = "至9月底，全区重点项目累计完成投资367.1亿元。\n\
             新建项目185个，年内计划投资246.5亿元，至9月底累计完成投资153.7亿元。";
    let doc = dated(s, "2017-10-19");
    let goal = written(&doc, "246.5亿元");
    let near = written(&doc, "153.7亿元");
    assert_eq!(goal.period, Some(crate::model::Period::Year(2017)));
    assert_eq!(goal.subject, near.subject, "{goal:?}");
}

#[test]
fn a_task_takes_the_figure_done_right_after_it() {
    let s = "到6月底，全县到位资金25.47亿元。2012年市上给我县下达的当年新履约亿元以上项目\
             任务为8个，目前已完成10个，完成市上下达目标任务的125%。";
    let doc = dated(s, "2012-07-05");
    assert_eq!(written(&doc, "8个").subject, written(&doc, "10个").subject);
}

#[test]
fn a_short_name_inside_one_quantity_takes_its_actual() {
    let s = "目前光电并网量约15GW，离岸风电并网量为3.13GW。\n\
             到2030年各类绿能的并网目标，则是光电31.2GW、地热1.2GW。";
    let doc = dated(s, "2025-09-27");
    let goal = written(&doc, "31.2GW");
    assert_eq!(goal.subject, doc.candidates[0].subject, "{goal:?}");
    // 地热 is inside no actual's words: no link.
    let heat = written(&doc, "1.2GW");
    assert!(!heat.note.contains("inside"), "{heat:?}");
}

#[test]
fn a_goal_naming_nothing_takes_the_latest_level_of_its_size() {
    // Not 北京's 4万亿 (1万亿 is no goal for it), not the headline (a repeat of the body's
    // 9500亿元), not 海淀's 2020 level but its latest.
    let s = "2021年，海淀GDP预计为9500亿元\n\
             北京宣布2021年GDP超过4万亿之前，海淀早就喊出了跨进万亿的目标。\n\
             海淀区将在2022年迈进万亿。\n\
             2020年，海淀区GDP为8500亿元；2021年，海淀区GDP预计增至9500亿元。";
    let doc = dated(s, "2022-01-14");
    let c = |w: &str, n: usize| {
        doc.candidates
            .iter()
            .filter(|c| c.as_written == w)
            .nth(n)
            .unwrap()
    };
    let body = c("9500亿元", 1);
    assert_eq!(c("万亿", 0).kind, crate::model::Kind::Target);
    for n in 0..2 {
        assert_eq!(c("万亿", n).subject, body.subject, "{:?}", c("万亿", n));
    }
}
