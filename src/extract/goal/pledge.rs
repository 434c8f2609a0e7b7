//! Lists of public projects promised for a year (民生实事): the goals they name and the items
//! that promise them.

use super::super::scan::{starts, Hit};

/// Words naming a list of public projects promised for a year (民生实事).
const PLEDGES: &[&str] = &["民生实事", "办实事", "实事内容", "实事项目"];

/// Whether the figure at `at` is in a list of public projects promised for a year: named in
/// its line before it (民生实事: 实事内容为新建成保障性住房1700套), or in the text's title
/// (重点民生实事项目1-6月进度表); in its line, at most [`LINE_BACK`] characters back.
pub(crate) fn pledged(t: &[char], at: usize) -> bool {
    let named = |a: usize, b: usize| (a..b).any(|k| PLEDGES.iter().any(|w| starts(t, k, w)));
    let line = line_start(t, at).unwrap_or(at.saturating_sub(LINE_BACK));
    named(line, at) || {
        let top = t.len().min(300).min(at);
        let mut a = 0;
        t[..top].split(|c| *c == '\n').take(3).any(|l| {
            let b = a + l.len();
            let title = !l.contains(&'。') && named(a, b);
            a = b + 1;
            title
        })
    }
}

/// Whether the figure opens an item of such a list (1. 为全县60岁以上老年人免费接种流感疫苗
/// 24723人。): the first sentence of a numbered line, promising, not reporting what was done.
pub(crate) fn pledge_item(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    // (An item's first sentence opens within LINE_BACK characters of its line.)
    let Some(line) = line_start(t, h.start) else {
        return false;
    };
    let numbered = {
        let digits = t[line..].iter().take_while(|c| c.is_ascii_digit()).count();
        // (Not 1.5万名…: a decimal point; not （记者…）: a bracket with no number.)
        let marked = |k: usize| {
            matches!(t.get(k), Some('.' | '、' | '．'))
                && !t.get(k + 1).is_some_and(char::is_ascii_digit)
        };
        let numeral = |k: usize| {
            t.get(k)
                .is_some_and(|&c| crate::model::numeral::digit(c).is_some() || c == '十')
        };
        (digits > 0 && marked(line + digits))
            || (numeral(line) && marked(line + 1))
            || (t.get(line) == Some(&'（')
                && (numeral(line + 1) || t.get(line + 1).is_some_and(char::is_ascii_digit)))
    };
    numbered
        && !t[line..sent.0.max(line)].contains(&'。')
        && !(sent.0..h.start).any(|k| {
            t[k] == '已'
                || ["完成", "实际", "达到", "累计"]
                    .iter()
                    .any(|w| starts(t, k, w))
        })
        && pledged(t, h.start)
}

/// How far back from a figure the start of its line is looked for: a line of 400,000
/// characters is read in linear time.
const LINE_BACK: usize = 400;

/// The start of the line holding `at`, when it is at most [`LINE_BACK`] characters back.
fn line_start(t: &[char], at: usize) -> Option<usize> {
    super::super::layout::line_start_within(t, at, LINE_BACK)
}

/// Whether the figure's sentence lists what it counts among the year's public projects after
/// it (新建改建60座口袋公园已列入市委市政府2024年为民办实事项目; “新建改建60个口袋公园”项目列入
/// 了…为民办实事项目): a project promised, a goal. Not when a result is reported between
/// (已建成80个…, 列入…).
pub(crate) fn listed_as_pledge(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const LISTED: &[&str] = &["列入", "纳入", "列为"];
    let Some(k) = (h.end..sent.1).find(|&k| LISTED.iter().any(|w| starts(t, k, w))) else {
        return false;
    };
    let reported = (h.end..k).any(|i| {
        matches!(t[i], '，' | ',' | '；' | ';') || ["建成", "完成"].iter().any(|w| starts(t, i, w))
    });
    !reported
        && k - h.end <= 20
        && (k..sent.1.min(k + 24)).any(|i| PLEDGES.iter().any(|w| starts(t, i, w)))
}
