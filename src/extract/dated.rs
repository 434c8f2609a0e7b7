//! The document's date when no `--date` is given: one written near the top (a byline), else
//! one inferred from the years and the day the text names.

use super::scan::starts;
use super::time::{date, digits, expressions, Role, TimeExpr, When, YearRef, REVIEWED};
use crate::model::Date;
use later::{done_in_full, reported, reviewed, this_year_after, whole_year_done};

mod later;

/// The document's date: the first `YYYY-MM-DD` near the top (front matter, a byline; also
/// written `2018/11/8` or `2018.11.8`), else the first `YYYY年M月D日` there. `None` when
/// neither is written.
pub fn written_date(t: &[char]) -> Option<Date> {
    let head = &t[..t.len().min(1000)];
    for i in 0..head.len() {
        if let Some((y, j)) = digits(head, i, 4) {
            let sep = head
                .get(j)
                .copied()
                .filter(|c| matches!(c, '-' | '/' | '.'));
            if let (4, Some(sep), true) = (j - i, sep, i == 0 || !head[i - 1].is_ascii_digit()) {
                if let Some((m, k)) = digits(head, j + 1, 2) {
                    if head.get(k) == Some(&sep) {
                        if let Some((d, _)) = digits(head, k + 1, 2) {
                            if let Some(date) = date(y as i32, m, Some(d)) {
                                return Some(date);
                            }
                        }
                    }
                }
            }
        }
    }
    // (Not the day something began: 自2023年1月1日起施行.)
    let head = &head[..head.len().min(300)];
    expressions(head)
        .into_iter()
        .filter(|e| e.role == Role::Plain && !began(head, e))
        .find_map(|e| match e.when {
            When::Day(YearRef::Abs(y), m, d) => date(y, m, Some(d)),
            _ => None,
        })
}

/// Whether the day at `e` is when something began or begins (自…起, 从…开始, 于…起施行).
fn began(t: &[char], e: &TimeExpr) -> bool {
    let k = e.start.saturating_sub(1);
    (e.start > 0 && matches!(t[k], '自' | '从' | '由'))
        || super::time::onward(t, e.end)
        || ["开始", "生效"].iter().any(|w| starts(t, e.end, w))
}

/// Whether a text with no date names the months to date of its latest year up to November
/// (1-11月): it was written in that year's December, so its date is known to the month.
pub fn written_in_december(exprs: &[TimeExpr], date: Date) -> bool {
    exprs.iter().any(|e| {
        matches!(e.when, When::Part(YearRef::Abs(y), 1, 11) if y == date.year)
            || matches!(e.when, When::Part(YearRef::Implied, 1, 11))
    })
}

/// A date inferred when none is written: the latest year the text mentions as a plain or
/// starting year (not a deadline, nor a year a goal is set for, unless the year after it), with
/// the first month-day near the top (10月25日), else the first day of the month after the
/// last month it reports done ([`progress_month`]), else 31 December. `None` when the text
/// names no year. With it, whether the month is known (a progress report's).
pub fn inferred_date(t: &[char], exprs: &[TimeExpr]) -> Option<(Date, bool)> {
    // A year a goal is set for (“十五五”的目标是2030年名义GDP超180万亿元, 为2035年…打下基础)
    // says the text is no later than that year, not of it.
    let goal_year = |e: &TimeExpr| {
        let a = t[..e.start]
            .iter()
            .rposition(|&c| matches!(c, '。' | '\n'))
            .map_or(0, |i| i + 1);
        // (2015年，我省…将由0.26千克提高到0.5千克: a year opening its sentence reaches to the
        // next clause's end.)
        let from = e.end + usize::from(matches!(t.get(e.end), Some('，' | ',')));
        let b = (from..t.len())
            .find(|&i| matches!(t[i], '，' | '；' | '。' | '\n'))
            .unwrap_or(t.len());
        // (So is the year of a report's tasks: 2019年，…将着力抓好十项重点工作任务.)
        let line_end = (e.end..t.len()).find(|&i| t[i] == '\n').unwrap_or(t.len());
        let tasks = (a..line_end.min(e.end + 60))
            .any(|i| super::frame::TASK_WORDS.iter().any(|w| starts(t, i, w)));
        // (按照规划，2020年全省茶园面积发展到300万亩: what a plan has for the year.)
        let planned = (a..e.start).any(|i| {
            ["规划", "计划"].iter().any(|w| starts(t, i, w)) && super::goal::by_plan(t, i)
        });
        super::goal::goal_words(t, a, b, super::goal::FORECASTS)
            || starts(t, e.start.saturating_sub(1), "为")
            || tasks
            || planned
    };
    let year_of = |e: &TimeExpr| match e.when {
        When::Year(YearRef::Abs(y))
        | When::Part(YearRef::Abs(y), ..)
        | When::Month(YearRef::Abs(y), _)
        | When::MonthEnd(YearRef::Abs(y), _)
        | When::Day(YearRef::Abs(y), ..) => Some(y),
        _ => None,
    };
    // (截至2015年，全国已有体育场地超过170万个: a state as of a year is of it, seen, though
    // its role is an end.)
    let plain = exprs
        .iter()
        .filter(|e| e.role != Role::End || super::time::as_of(t, e.start));
    // 出台《…三年行动方案(2023―2025年)》: a plan's span says the text is of its first year at
    // the earliest, and names no year the text is of.
    let span = plan_span(t);
    let in_span = |e: &TimeExpr| span.is_some_and(|(_, a, b)| (a..b).contains(&e.start));
    let plain = plain.filter(|e| !in_span(e));
    // A span of years named with no goal or forecast about it (印发《2010~2012年…行动方案》)
    // says the text is of its first year at the earliest (not 预计在113~116年投入, years ahead).
    // One reported year by year (2016年至2018年，…分别完成A、B、C) is done to its last year.
    let span_from = |e: &TimeExpr| match e.when {
        When::Years(a, b) if !goal_year(e) && !forecast_about(t, e) => {
            Some(if super::listed::years_of(t, e).is_some() {
                b
            } else {
                a
            })
        }
        _ => None,
    };
    // The start of a span up to the present (自2006年以来, 2016年至今) says the text is of that
    // year at the earliest, and, alone, names no year the text is of.
    let since = |e: &TimeExpr| e.role == Role::Start;
    let since_floor = plain.clone().filter(|e| since(e)).filter_map(year_of).max();
    let floor = plain.clone().filter_map(span_from).max();
    let seen = plain
        .clone()
        .filter(|e| !goal_year(e) && !since(e))
        .filter_map(year_of)
        .max()
        .map(|x| floor.map_or(x, |f| x.max(f)))
        .or(floor)
        .map(|x| since_floor.map_or(x, |f| x.max(f)));
    let mut goals: Vec<i32> = plain.filter(|e| goal_year(e)).filter_map(year_of).collect();
    if seen.is_none() {
        goals.extend(span.map(|(y, ..)| y));
    }
    // A report on 2022 setting the goals of 2023 is of early 2023; one naming only goals is of
    // the first of them or the year after (2019年初…目标 and 2020年…目标: 2020), not of a
    // horizon (2030, 2035).
    let first = goals.iter().min().copied();
    let near = first.and_then(|g| goals.iter().filter(|&&y| y <= g + 1).max().copied());
    let year = match (seen, first) {
        (Some(x), _) => goals
            .iter()
            .filter(|&&y| y <= x + 1)
            .fold(x, |a, &y| a.max(y)),
        (None, _) => near?,
    };
    // (A year reported done in full with no day named is reviewed early in the next.)
    let named_last = seen == Some(year);
    let whole = named_last && (whole_year_done(t, exprs, year) || reviewed(t, exprs, year));
    let later = named_last
        && (whole
            || done_in_full(t, exprs, year)
            || reported(t, exprs, year)
            || this_year_after(t, exprs, year));
    let year = year + i32::from(later);
    let near_top = t.len().min(200);
    // (Not the day something began: 自7月1日起…按新标准发放, read before 截至9月底.)
    let md = exprs
        .iter()
        .take_while(|e| e.start < near_top)
        .filter(|e| !began(t, e))
        .find_map(|e| match e.when {
            When::Day(YearRef::Implied, m, d) => Some((m, d)),
            _ => None,
        });
    // (A text reviewing a year and setting the goals of the next is of January of the next:
    // its undated figures are the year reviewed's.)
    let sets_next = !later && seen.is_some_and(|x| year > x);
    match md {
        Some((m, d)) => date(year, m, Some(d)).map(|d| (d, false)),
        None => match progress_month(t, exprs, year, &goal_year) {
            Some(m) => date(year, m + 1, Some(1)).map(|d| (d, true)),
            None if sets_next || whole => date(year, 1, Some(31)).map(|d| (d, false)),
            None => date(year, 12, Some(31)).map(|d| (d, false)),
        },
    }
}

/// Whether the sentence of `e` forecasts or plans before it (预计在113~116年投入).
fn forecast_about(t: &[char], e: &TimeExpr) -> bool {
    let a = t[..e.start]
        .iter()
        .rposition(|&c| matches!(c, '。' | '\n' | '，' | '；'))
        .map_or(0, |i| i + 1);
    super::goal::goal_words(t, a, e.start, &[])
}

/// The first year of a plan's span written in brackets after its name (方案(2023―2025年),
/// 规划（2021—2025年）), at most five years long, and where the brackets open and close.
fn plan_span(t: &[char]) -> Option<(i32, usize, usize)> {
    (1..t.len()).find_map(|i| {
        let named = matches!(t[i], '(' | '（')
            && ["方案", "规划", "计划", "纲要"]
                .iter()
                .any(|w| super::scan::ends(t, i, w));
        let (a, j) = digits(t, i + 1, 4).filter(|(_, j)| *j == i + 5)?;
        let dash = t
            .get(j)
            .is_some_and(|c| matches!(c, '-' | '—' | '―' | '–' | '~' | '至'));
        let (b, k) = digits(t, j + 1, 4).filter(|(_, k)| *k == j + 5)?;
        let closed = starts(t, k, "年)") || starts(t, k, "年）");
        (named && dash && closed && b > a && b - a <= 5).then_some((a as i32, i, k + 2))
    })
}

/// The last month of `year` a text reviews as done, when it is January to October and the
/// text reviews no whole year (全年, 过去一年): a progress report (到上半年末，已完成年度计划的
/// 50.4%; 1-8月; 截至8月底), written in the month after. Deadlines (到年底, 到6月底) and the
/// times of goals do not count.
fn progress_month(
    t: &[char],
    exprs: &[TimeExpr],
    year: i32,
    goal_year: &dyn Fn(&TimeExpr) -> bool,
) -> Option<u32> {
    let of_year = |y: YearRef| y == YearRef::Abs(year) || y == YearRef::Implied;
    let mut last = None;
    let counted =
        |e: &&TimeExpr| (e.role != Role::End || super::time::as_of(t, e.start)) && !goal_year(e);
    for e in exprs.iter().filter(counted) {
        // 全年增长6.9%, read as the year named before it: a whole year reviewed.
        if REVIEWED.iter().any(|w| starts(t, e.start, w)) {
            return None;
        }
        let m = match e.when {
            When::Year(YearRef::Reviewed) => return None,
            // 下半年，西藏会继续加大项目建设力度: the rest of the year, still to come.
            When::Part(_, 7, 12) if rest_to_come(t, e.end) => continue,
            // 2021年至2025年8月: a span into the year, whose month is not kept.
            When::Years(_, b) if b == year => return None,
            When::Part(y, _, m) | When::Month(y, m) | When::MonthEnd(y, m) | When::Day(y, m, _)
                if of_year(y) =>
            {
                m
            }
            _ => continue,
        };
        last = last.max(Some(m));
    }
    last.filter(|&m| m <= 10)
}

/// Whether the clause after a time ending at `end` says what is still to come (会继续, 将,
/// 要): the time is ahead of the text.
fn rest_to_come(t: &[char], end: usize) -> bool {
    let b = (end + 1..t.len())
        .find(|&i| matches!(t[i], '，' | ',' | '；' | '。' | '\n'))
        .unwrap_or(t.len());
    (end..b).any(|i| {
        ["会继续", "将", "要", "继续"]
            .iter()
            .any(|w| starts(t, i, w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_dates() {
        let c = |s: &str| s.chars().collect::<Vec<char>>();
        let w = |s: &str| written_date(&c(s)).map(|d| d.to_string());
        assert_eq!(
            w("date: 2022-02-14 20:26:59 +0800"),
            Some("2022-02-14".into())
        );
        assert_eq!(
            w("来源:成都日报 2020-07-25 01:30"),
            Some("2020-07-25".into())
        );
        assert_eq!(w("2017 年 12 月 25 日,区委"), Some("2017-12-25".into()));
        assert_eq!(w("没有日期"), None);
        // A byline with slashes or points (中央社: 2018/11/8 20:56); separators must agree.
        assert_eq!(
            w("标题\n2018/11/8 20:56(11/8 21:05 更新)"),
            Some("2018-11-08".into())
        );
        assert_eq!(w("2018.11.8 发布"), Some("2018-11-08".into()));
        assert_eq!(w("增长2018-11.8"), None);
        let t = c("标题\n\n10月25日,巴南区…2019年,…2021年前三季度…到2026年");
        let e = expressions(&t);
        assert_eq!(
            inferred_date(&t, &e).map(|(d, _)| d.to_string()),
            Some("2021-10-25".into())
        );
        // Years goals are set for: the first of them (or the year after the latest seen), not
        // the horizon.
        let inferred = |s: &str| {
            let t = c(s);
            inferred_date(&t, &expressions(&t)).map(|(d, _)| d.year)
        };
        assert_eq!(
            inferred("“十四五”的目标是2025年GDP超140万亿元；“十五五”的目标是2030年GDP超180万亿元，为2035年打下基础。"),
            Some(2025)
        );
        assert_eq!(
            inferred("预计2022年地区生产总值增长4.5%左右；把2023年的GDP增长目标定在6.5%以上。"),
            Some(2023)
        );
        assert_eq!(inferred("2019年地区生产总值为1200亿元。"), Some(2019));
        // A progress report: the month after the last it reports done, known to the month;
        // not when a span runs into the year or the text reviews a whole year.
        let progress = |s: &str| {
            let t = c(s);
            inferred_date(&t, &expressions(&t)).map(|(d, known)| (d.to_string(), known))
        };
        assert_eq!(
            progress("2011年，我市确定重点项目296个；上半年，已完成年度计划的50.4%。"),
            Some(("2011-07-01".into(), true))
        );
        assert_eq!(
            progress("2019年全省重点工程1317项，截至8月底，已完成投资1594.2亿元。"),
            Some(("2019-09-01".into(), true))
        );
        assert_eq!(
            progress("2025年上半年达到5005.66亿元。2021年至2025年8月，获批30个。"),
            Some(("2025-12-31".into(), false))
        );
        assert_eq!(
            progress("2015年上半年增长7%，全年增长6.9%。"),
            Some(("2015-12-31".into(), false))
        );
    }
}
