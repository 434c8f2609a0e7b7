//! Signs that an undated text naming a year as its latest is of the year after: the year set
//! against 今年, reported in a titled report, headed as a work report's review, done in full
//! (完成全年…), or named as done while the text's own year is under way.

use super::super::scan::starts;
use super::super::time::{Role, TimeExpr, When, YearRef};

/// Whether 今年 follows `year` in its sentence, past a semicolon (2014年全省种植面积为383.7万亩…；
/// 今年全省种植面积在388万亩以上): this year is set against that one, so it is a later year.
pub(super) fn this_year_after(t: &[char], exprs: &[TimeExpr], year: i32) -> bool {
    exprs.iter().enumerate().any(|(k, e)| {
        e.when == When::Year(YearRef::Abs(year))
            && exprs[k + 1..].iter().any(|x| {
                x.when == When::Year(YearRef::Rel(0))
                    && starts(t, x.start, "今年")
                    && !t[e.end..x.start].iter().any(|c| matches!(c, '。' | '\n'))
                    && t[e.end..x.start].iter().any(|c| matches!(c, '；' | ';'))
            })
    })
}

/// Whether `year` opens the title of a report on it (发表《二○二四年澳门环境状况报告》, a 统计
/// 公报, a 年报 or 年鉴): such a report comes out once the year is over, so the text is of a
/// later year.
pub(super) fn reported(t: &[char], exprs: &[TimeExpr], year: i32) -> bool {
    exprs.iter().any(|e| {
        e.when == When::Year(YearRef::Abs(year))
            && (e.start.saturating_sub(3)..e.start).any(|i| t[i] == '《')
            && (e.end..t.len().min(e.end + 30))
                .find(|&i| matches!(t[i], '》' | '。' | '\n'))
                .is_some_and(|close| {
                    t[close] == '》'
                        // (Not a 施政报告 or 工作报告 of the year: its plans, read out
                        // before or in it.)
                        && ["状况报告", "公报", "年报", "年鉴"]
                            .iter()
                            .any(|w| super::super::scan::ends(t, close, w))
                })
    })
}

/// Whether `year` heads a review of it (一、2012年工作回顾): a work report's, read out early in
/// the next year.
pub(super) fn reviewed(t: &[char], exprs: &[TimeExpr], year: i32) -> bool {
    exprs.iter().any(|e| {
        e.when == When::Year(YearRef::Abs(year))
            && ["工作回顾", "回顾"].iter().any(|w| starts(t, e.end, w))
    })
}

/// Whether `year` is followed in its sentence by 完成全年 with no goal word between (2012年我省
/// …超额完成全年财政收支预算任务): the year's whole plan is reported done, so the text is of a
/// later year (not 2012年要完成全年任务). A text speaking of 今年 as well is of that year
/// (12月22日…考核我市2011年旅游工作目标…2011年，…完成全年计划的140.7%).
pub(super) fn whole_year_done(t: &[char], exprs: &[TimeExpr], year: i32) -> bool {
    let this_year = exprs
        .iter()
        .any(|e| e.when == When::Year(YearRef::Rel(0)) && starts(t, e.start, "今年"));
    !this_year
        && exprs.iter().any(|e| {
            e.when == When::Year(YearRef::Abs(year)) && e.role == Role::Plain && {
                let b = (e.end..t.len())
                    .find(|&i| matches!(t[i], '。' | '；' | '\n'))
                    .unwrap_or(t.len());
                (e.end..b)
                    .find(|&i| starts(t, i, "完成全年"))
                    .is_some_and(|k| {
                        !super::super::goal::goal_words(t, e.end, k, &[])
                            && !["要", "将", "确保", "力争", "争取"]
                                .iter()
                                .any(|w| (e.end..k).any(|i| starts(t, i, w)))
                    })
            }
        })
}

/// Whether `year` is named as done in full (2006年达到1184万人, 2006年完成…, 2021年,玫瑰产业产值达
/// 60亿元) in a text that reports months of its own year as under way (今年1至11月) or sets goals
/// for its own year with 力争 (力争今年…突破100亿元): the text is of a later year, or it would say 今年.
pub(super) fn done_in_full(t: &[char], exprs: &[TimeExpr], year: i32) -> bool {
    let under_way = exprs.iter().any(|e| {
        matches!(
            e.when,
            When::Part(YearRef::Rel(0), ..) | When::MonthEnd(YearRef::Rel(0), _)
        )
    });
    let aims_this_year = exprs.iter().any(|e| {
        e.when == When::Year(YearRef::Rel(0)) && {
            let a = (0..e.start)
                .rev()
                .find(|&i| matches!(t[i], '。' | '\n'))
                .map_or(0, |i| i + 1);
            let b = (e.end..t.len())
                .find(|&i| matches!(t[i], '。' | '\n'))
                .unwrap_or(t.len());
            (a..b).any(|i| starts(t, i, "力争"))
        }
    });
    // The verb may follow a few words of what is done, right before its amount (2021年,玫瑰产业
    // 产值达60亿元).
    let done = |e: &TimeExpr| {
        let first_number = (e.end..t.len().min(e.end + 16))
            .find(|&i| t[i].is_ascii_digit() || matches!(t[i], '。' | '；' | '\n'))
            .unwrap_or(t.len().min(e.end + 16));
        ["达到", "达", "完成", "实现"].iter().any(|w| {
            let n = w.chars().count();
            first_number >= n
                && t.get(first_number).is_some_and(char::is_ascii_digit)
                && super::super::scan::ends(t, first_number, w)
        })
    };
    (under_way || aims_this_year)
        && exprs.iter().any(|e| {
            e.when == When::Year(YearRef::Abs(year))
                && e.role == Role::Plain
                && if under_way {
                    ["达到", "完成", "实现"]
                        .iter()
                        .any(|w| starts(t, e.end, w) || starts(t, e.end + 1, w))
                        || done_then(t, e)
                } else {
                    done(e)
                }
        })
}

/// Whether the year at `e` is when something was done, said with 在 or 于 before it and 了
/// after a verb or two (南宁市在2016年印发实施了《…》): in a text reporting its own year's months
/// as under way, a year gone by.
fn done_then(t: &[char], e: &TimeExpr) -> bool {
    e.start > 0
        && matches!(t[e.start - 1], '在' | '于')
        && (e.end..t.len().min(e.end + 6))
            .take_while(|&i| !matches!(t[i], '，' | '。' | '；' | '\n'))
            .any(|i| t[i] == '了')
}
