//! A document's time frame: the date it speaks from, the year it reviews when a figure names
//! none (全年, 过去一年), and the years a review of several years covers (这五年, 十四五).

use super::scan::{ends, starts};
use super::time::{Role, TimeExpr, When, YearRef};
use crate::model::Date;
use opening::{reported_day, reported_part, title_as_of};

mod opening;

/// When a document speaks from and what it looks back on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Frame {
    /// The document's date.
    pub date: Option<Date>,
    /// The year the text reviews: the year its title or opening names (2018年国民经济和社会
    /// 发展统计公报, "2018年，全市…"), else the year before in a text dated January to March
    /// (work reports and annual releases look back on the year just ended), else its own.
    pub reviewed: Option<i32>,
    /// The first and last years of a review of several years: 这五年 or 五年来 up to the
    /// reviewed year, or the five-year plan that ends in it (十四五 in a report of early 2026).
    pub span: Option<(i32, i32)>,
    /// The last years of the five-year plans the text names (十四五 → 2025).
    pub plans: [Option<i32>; 3],
    /// In a report reviewing last year, where its part on the document's own year begins (a
    /// line such as 今年全省经济社会发展的主要预期目标为：…): figures after it with no time of
    /// their own are that year's goals.
    pub tasks_from: Option<usize>,
    /// The date was inferred from the years the text names, not written or given: only its
    /// year is known.
    pub year_only: bool,
    /// A budget (预算案) delivered in January to March: the first year of the fiscal year it
    /// proposes for (April to March), whose measures its figures with no time are.
    pub budget: Option<i32>,
    /// A policy address for the coming year (澳门2026年施政报告, delivered in November 2025):
    /// the year its measures with no time are for.
    pub address: Option<i32>,
    /// The day a progress report is as of, stated in its title (重点项目调度推进情况（截至9月
    /// 30日）), or the day a source gave its figures (记者2月23日从…了解到, 昨天通报), or for an
    /// undated report the end of the month before: what it says holds 目前 (截至目前), and its
    /// figures with no time, hold then, not at the date of publication.
    pub as_of: Option<Date>,
    /// The part of a year whose figures a release says, in its opening lines, it publishes
    /// (住房城乡建设部5日发布了22个省…上半年保障房建设的数据): its figures with no time of their own
    /// are of it.
    pub reported: Option<crate::model::Period>,
}

/// Whether the text is about a budget bill (预算案, 財政預算案 in Hong Kong, Macau, Taiwan),
/// in its first 1,000 characters.
fn names_budget(t: &[char]) -> bool {
    let head = &t[..t.len().min(1000)];
    (0..head.len()).any(|i| starts(head, i, "预算案"))
}

/// The year a policy address in the first 1,000 characters is for (公布2026年施政报告,
/// 2026年财政年度的施政报告), when it is the year after the text's, written in its last
/// four months.
fn policy_address(t: &[char], date: Option<Date>) -> Option<i32> {
    let d = date.filter(|d| d.month >= 9)?;
    let head = &t[..t.len().min(1000)];
    let y = d.year + 1;
    let year = format!("{y}年");
    (0..head.len()).find_map(|i| {
        let named = starts(head, i, "施政报告")
            && (i.saturating_sub(12)..i).any(|k| starts(head, k, &year));
        named.then_some(y)
    })
}

/// Words of a line that opens a report's part on its own year.
pub(super) const TASK_WORDS: &[&str] = &[
    "主要预期目标",
    "主要目标",
    "工作安排",
    "重点工作",
    "重点抓好",
    "重点做好",
    "工作任务",
    // 对科工局2018年工作作出部署: the year's work laid out.
    "作出部署",
    "工作部署",
];

/// Where a report reviewing the year before `date` turns to `date`'s year: the first line
/// naming that year (今年, 2026年) and a word of goals or tasks, or setting out the main goals
/// (主要预期目标定为：).
fn tasks_start(t: &[char], date: Date) -> Option<usize> {
    let year: Vec<char> = format!("{}年", date.year).chars().collect();
    let mut at = 0;
    for line in t.split(|c| *c == '\n') {
        let start = at;
        at += line.len() + 1;
        let names_year =
            (0..line.len()).any(|i| starts(line, i, "今年") || line[i..].starts_with(&year));
        // (Not words naming a document: 《2015年省政府重点工作责任分工方案》所定一季度任务.)
        let mut depth = 0i32;
        let titled: Vec<bool> = line
            .iter()
            .map(|c| {
                match c {
                    '《' => depth += 1,
                    '》' => depth = (depth - 1).max(0),
                    _ => {}
                }
                depth > 0
            })
            .collect();
        let tasks =
            (0..line.len()).any(|i| !titled[i] && TASK_WORDS.iter().any(|w| starts(line, i, w)));
        // 主要预期目标定为：…, with no year named: the goals being set are the coming year's
        // (not 完成了主要预期目标, a review).
        let goals_set = (0..line.len()).any(|i| {
            starts(line, i, "主要预期目标")
                && ["是", "为", "定为", "：", "是：", "为："]
                    .iter()
                    .any(|w| starts(line, i + 6, w))
        });
        // 二、今年目标: a short heading ending with the year's goals (not a headline saying
        // what they are: 今年出口目标 经部订为4.2%).
        let body = line
            .iter()
            .rposition(|c| !matches!(c, '：' | ':' | ' '))
            .map_or(0, |k| k + 1);
        let heading = line.len() <= 16 && ["目标", "目标任务"].iter().any(|w| ends(line, body, w));
        if (names_year && (tasks || heading)) || goals_set {
            // (A lead summing up the year's tasks before the review: 今年要…重点做好八个方面的
            // 工作 in a news story whose body then reviews 一年来. The part begins after it.)
            let reviewed_after = t[at.min(t.len())..]
                .split(|c| *c == '\n')
                .any(|l| (0..l.len()).any(|i| REVIEW_OPENS.iter().any(|w| starts(l, i, w))));
            if !reviewed_after {
                return Some(start);
            }
        }
    }
    None
}

/// Words opening a review of the year just ended (龙华区正式挂牌成立一年来，…).
const REVIEW_OPENS: &[&str] = &["一年来", "过去一年", "过去的一年", "回顾"];

/// Whether the text's top (its first 400 characters) names the whole year before the
/// document's (2012年, 去年, 去（2025）年, 过去一年), not only a month of it (去年11月).
fn names_year_before(t: &[char], exprs: &[TimeExpr], doc: Date) -> bool {
    let top = t.len().min(400);
    exprs
        .iter()
        .take_while(|e| e.end <= top)
        .any(|e| match e.when {
            When::Year(YearRef::Abs(y)) => y == doc.year - 1,
            When::Year(YearRef::Rel(-1)) => true,
            _ => false,
        })
        || (0..top).any(|i| REVIEW_OPENS.iter().any(|w| starts(t, i, w)))
}

/// The year a text dated `doc` reviews when neither its title nor its opening names one.
pub fn reviewed_year(doc: Date) -> i32 {
    if doc.month <= 3 {
        doc.year - 1
    } else {
        doc.year
    }
}

/// Words in a heading that make it a report on its year (统计公报, 年报, 2019年工作回顾).
const REPORT_WORDS: &[&str] = &[
    "公报",
    "年报",
    "年度报告",
    "统计年鉴",
    "国民经济和社会发展",
    "工作回顾",
    "工作总结",
];

/// The year whose tasks a heading reports done (2017年全省耕地保护任务完成情况, 2020年预算
/// 执行情况): the year written last before 完成情况 or 执行情况, when it is before the
/// document's (not 2025年重点项目计划及2024年完成情况 early in 2025 read as 2025's, nor a
/// progress report on the year under way).
fn tasks_done(
    t: &[char],
    exprs: &[TimeExpr],
    (a, b): (usize, usize),
    date: Option<Date>,
) -> Option<i32> {
    let word = (a..b).find(|&i| ["完成情况", "执行情况"].iter().any(|w| starts(t, i, w)))?;
    let e = exprs.iter().rfind(|e| e.start >= a && e.end <= word)?;
    match (e.when, e.role) {
        (When::Year(YearRef::Abs(y)), Role::Plain) if date.is_none_or(|d| y < d.year) => Some(y),
        _ => None,
    }
}

/// The year a text says it reviews: the year in a report's heading among its first lines, or
/// a year opening a paragraph near the top ("2018年，全市…"); never after the document's date.
fn stated_review(t: &[char], exprs: &[TimeExpr], date: Option<Date>) -> Option<i32> {
    let top = t.len().min(400);
    let year_of = |e: &TimeExpr| match (e.when, e.role) {
        (When::Year(YearRef::Abs(y)), Role::Plain) => Some(y),
        _ => None,
    };
    let mut line_start = 0;
    let heading = t[..top].split(|c| *c == '\n').take(4).find_map(|line| {
        let (a, b) = (line_start, line_start + line.len());
        line_start = b + 1;
        let is_report = (a..b).any(|i| REPORT_WORDS.iter().any(|w| starts(t, i, w)));
        exprs
            .iter()
            .filter(|e| is_report && e.start >= a && e.end <= b)
            .find_map(year_of)
            .or_else(|| tasks_done(t, exprs, (a, b), date))
    });
    // The first paragraph with a sentence in it (after a dateline, a title, a byline).
    let body = t[..top]
        .split(|c| *c == '\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| line.contains(&'。'))
        .map(|(start, _)| start);
    let opening = || {
        let e = exprs.iter().find(|e| Some(e.start) == body)?;
        matches!(t.get(e.end), Some('，' | ','))
            .then(|| year_of(e))
            .flatten()
    };
    heading
        .or_else(opening)
        .filter(|y| date.is_none_or(|d| *y <= d.year))
}

impl Frame {
    /// The frame of a text dated `date`, from its time expressions.
    pub fn of(t: &[char], exprs: &[TimeExpr], date: Option<Date>) -> Frame {
        let reported = reported_day(t, exprs, date);
        // Early in a year a text reviews the year just ended, unless it says which year it
        // reviews, or is news of a day a source told it (水利署今（24）日说明, 记者2月23日从…
        // 了解到) naming no year before its own near its top (not 2月26日…发布的消息称，2012年…,
        // 去（2025）年繳出…, 过去一年): then it is of its own date.
        let reviewed = stated_review(t, exprs, date).or_else(|| {
            date.map(|d| {
                if reported.is_some() && !names_year_before(t, exprs, d) {
                    d.year
                } else {
                    reviewed_year(d)
                }
            })
        });
        let span = reviewed.and_then(|last| {
            // 这五年, 五年来; not 15年来的新高 (a record, not a review).
            let years = exprs.iter().find_map(|e| match e.when {
                When::PastYears(n) if n <= 10 && t.get(e.end) != Some(&'的') => Some(n),
                When::Plan(y) if y == last => Some(5),
                _ => None,
            })?;
            Some((last - years + 1, last))
        });
        let mut plans = [None; 3];
        let named = exprs.iter().filter_map(|e| match e.when {
            When::Plan(y) => Some(y),
            _ => None,
        });
        for y in named {
            if !plans.contains(&Some(y)) {
                if let Some(slot) = plans.iter_mut().find(|p| p.is_none()) {
                    *slot = Some(y);
                }
            }
        }
        let back = matches!((reviewed, date), (Some(r), Some(d)) if r < d.year);
        Frame {
            date,
            reviewed,
            span,
            plans,
            tasks_from: date.filter(|_| back).and_then(|d| tasks_start(t, d)),
            year_only: false,
            budget: date
                .filter(|d| d.month <= 3 && names_budget(t))
                .map(|d| d.year),
            address: policy_address(t, date),
            as_of: title_as_of(t, exprs, date).or(reported),
            reported: reported_part(t, exprs, date),
        }
    }

    /// The frame of a text known only by its date, reviewing the year before it early in a
    /// year.
    fn plain(date: Option<Date>) -> Frame {
        Frame {
            date,
            reviewed: date.map(reviewed_year),
            span: None,
            plans: [None; 3],
            tasks_from: None,
            year_only: false,
            budget: None,
            address: None,
            as_of: None,
            reported: None,
        }
    }

    /// The frame of a text known only by its date.
    #[cfg(test)]
    pub fn dated(date: Option<Date>) -> Frame {
        Frame::plain(date)
    }

    /// Whether the text names the five-year plan that ends in `year` (十四五 for 2025).
    pub fn plan_ending(&self, year: i32) -> bool {
        self.plans.contains(&Some(year))
    }

    /// Whether character `at` stands in the report's part on its own year.
    pub fn in_tasks(&self, at: usize) -> bool {
        self.tasks_from.is_some_and(|k| at >= k)
    }

    /// The period a text proposes measures for: a budget's fiscal year (April to March), a
    /// policy address's coming year.
    pub fn proposed(&self) -> Option<crate::model::Period> {
        let fiscal = |y: i32| {
            super::resolve::date(y + 1, 3, Some(31))
                .map(|to| crate::model::Period::Span { from: y, to })
        };
        self.budget
            .and_then(fiscal)
            .or(self.address.map(crate::model::Period::Year))
    }

    /// Whether the text looks back on a year before its own (a report of early 2026 on 2025).
    pub fn reviews_back(&self) -> bool {
        matches!((self.reviewed, self.date), (Some(r), Some(d)) if r < d.year)
    }
}

#[cfg(test)]
mod tests {
    use super::super::time::expressions;
    use super::*;

    fn frame(s: &str, doc: &str) -> Frame {
        let t: Vec<char> = s.chars().collect();
        Frame::of(&t, &expressions(&t), Date::parse(doc).ok())
    }

    #[test]
    fn a_title_says_when_a_progress_report_is_as_of() {
        let as_of = |s: &str| frame(s, "2017-11-08").as_of.map(|d| d.to_string());
        let title =
            "伊金霍洛旗2017年重点项目调度推进情况（截至9月30日）\n截至目前，完成投资123亿元。";
        assert_eq!(as_of(title).as_deref(), Some("2017-09-30"));
        assert_eq!(
            as_of("重点项目进展（截至9月底）\n").as_deref(),
            Some("2017-09-30")
        );
        // A paragraph stating figures opening with it; not one further in, nor a time inside
        // a sentence, nor after the document's date.
        assert_eq!(
            as_of("截至9月30日，完成投资123亿元。").as_deref(),
            Some("2017-09-30")
        );
        assert_eq!(as_of("今年完成投资123亿元。\n截至9月底，开工163项。"), None);
        assert_eq!(as_of("全省上下，截至9月30日完成投资123亿元。"), None);
        assert_eq!(as_of("项目进展（截至2018年3月31日）\n"), None);
    }

    #[test]
    fn reviewed_years() {
        let f = frame(
            "辽阳市2018年国民经济与社会发展统计公报\n\n2018年，全市…全年实现",
            "2019-05-15",
        );
        assert_eq!(f.reviewed, Some(2018));
        assert!(f.reviews_back());
        assert_eq!(
            frame("2018年，全市经济…。", "2019-05-15").reviewed,
            Some(2018)
        );
        // Only the first paragraph opens the text.
        let later = frame("全市人口302万。\n2018年，全市经济…。", "2019-05-15");
        assert_eq!(later.reviewed, Some(2019));
        assert_eq!(
            frame("全年实现地区生产总值", "2026-01-20").reviewed,
            Some(2025)
        );
        assert_eq!(
            frame("全年实现地区生产总值", "2026-07-20").reviewed,
            Some(2026)
        );
        // A year later than the document's is no review.
        assert_eq!(frame("2030年，全市。", "2026-07-20").reviewed, Some(2026));
        // The years a review covers.
        assert_eq!(
            frame("这五年，全市…", "2026-02-04").span,
            Some((2021, 2025))
        );
        assert_eq!(
            frame("“十四五”取得的成绩", "2026-01-14").span,
            Some((2021, 2025))
        );
        assert_eq!(frame("“十四五”规划提出", "2022-05-27").span, None);
        assert_eq!(frame("写下15年来的新高", "2025-11-28").span, None);
        // A work report's part on its own year.
        let f = frame(
            "过去一年，全省…增长5%。\n今年主要预期目标为：…\n推动…增长10%。",
            "2026-01-27",
        );
        assert!(!f.in_tasks(3) && f.in_tasks(20));
        assert_eq!(
            frame("今年主要预期目标为：…", "2026-07-27").tasks_from,
            None
        );
        // A heading ending with the year's goals opens it; a headline stating one does not.
        let f = frame(
            "一、去年成就
国内生产总值增长6.6%。
二、今年目标
增长6%-6.5%。",
            "2019-03-05",
        );
        assert!(!f.in_tasks(10) && f.in_tasks(24));
        assert_eq!(
            frame(
                "今年出口目标 经部订为4.2%
去年出口增长0.7%。",
                "2014-01-10"
            )
            .tasks_from,
            None
        );
    }
}
