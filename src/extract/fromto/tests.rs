//! The changes read from sentences: both ends, their periods, and no panic at a break.

use crate::extract::{extract, Options};
use crate::model::Date;

/// Asserts what `s`, dated `doc`, reads as: (figure, kind, period) in order.
fn reads(s: &str, doc: &str, want: &[(&str, &str, &str)]) {
    let opts = Options {
        date: Date::parse(doc).ok(),
        region: None,
    };
    let got: Vec<(String, String, String)> = extract(s, "t", &opts)
        .candidates
        .iter()
        .map(|c| {
            (
                c.as_written.clone(),
                format!("{:?}", c.kind).to_lowercase(),
                c.period.map(|p| p.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want, "{s}");
}

#[test]
fn a_start_with_no_time_is_the_year_before() {
    // A report early in 2026 on 2025: the change runs over 2025, from 2024's level.
    reads(
        "2026-01-20\n中心城区绿色出行比例由75.6%提升至76.5%。",
        "2026-01-20",
        &[("75.6%", "actual", "2024"), ("76.5%", "actual", "2025")],
    );
    // A year written in the sentence: from the year before it.
    reads(
        "2023年，全市新能源装机由320万千瓦增至410万千瓦。",
        "2024-06-01",
        &[
            ("320万千瓦", "actual", "2022"),
            ("410万千瓦", "actual", "2023"),
        ],
    );
    // An estimate revised: both figures are of the year estimated.
    reads(
        "主计总处将今年经济成长率预测从4.45%上修至7.37%。",
        "2025-11-28",
        &[("4.45%", "target", "2025"), ("7.37%", "target", "2025")],
    );
}

#[test]
fn both_ends_are_levels() {
    reads(
        "《规划》提出，到2025年，5G用户普及率从2020年的15%提高到56%，千兆光纤用户从2020年640万户提高到6000万户。",
        "2021-12-28",
        &[
            ("15%", "actual", "2020"),
            ("56%", "target", "2025"),
            ("640万户", "actual", "2020"),
            ("6000万户", "target", "2025"),
        ],
    );
    // Years written with both ends; a pace after them averages over the change.
    reads(
        "增加值由2015年的1288亿元增加到2019年的2470亿元，年均增长17.67%。",
        "2022-05-27",
        &[
            ("1288亿元", "actual", "2015"),
            ("2470亿元", "actual", "2019"),
            ("17.67%", "growth", "2016/2019"),
        ],
    );
    // No end year: the reviewed year, not the start's.
    reads(
        "全区亩均税收由2016年的12.60万元增长到16.70万元。",
        "2022-02-14",
        &[
            ("12.60万元", "actual", "2016"),
            ("16.70万元", "actual", "2021"),
        ],
    );
}

#[test]
fn a_sentence_break_between_from_and_its_figure_is_no_panic() {
    // 从 before a ！ that starts the figure's sentence, a year between them: the year is
    // another sentence's, so both ends are the reviewed year's.
    reads(
        "从2020年！100亿元提高到200亿元。",
        "2022-02-14",
        &[("100亿元", "actual", "2021"), ("200亿元", "actual", "2021")],
    );
}

#[test]
fn a_review_of_five_years_gives_its_ends() {
    reads(
        "“十四五”以来成绩显著。年均增长5.9%。一般公共预算收入从7248亿元提高到8865亿元。",
        "2026-01-14",
        &[
            ("5.9%", "growth", "2021/2025"),
            ("7248亿元", "actual", "2020"),
            ("8865亿元", "actual", "2025"),
        ],
    );
}
