//! What a text's opening lines say of when its figures hold: the day they are counted to
//! (截至10月底, a title's 9月份进展), the day a source gave them (记者2月23日从…了解到), the part
//! of a year a release publishes (…上半年保障房建设的数据).

use super::Frame;
use crate::extract::scan::starts;
use crate::extract::time::{Role, TimeExpr, When};
use crate::model::Date;

/// Where a text's opening ends: its first four lines, at most 600 characters (a title, a
/// byline, a lead).
fn opening_end(t: &[char]) -> usize {
    t.iter()
        .enumerate()
        .filter(|(_, c)| **c == '\n')
        .nth(3)
        .map_or(t.len(), |(k, _)| k)
        .min(600)
}

/// The part of a year a release says it publishes, in its first four lines: 发布, 公布 or 通报
/// before it in its sentence and 数据 or 情况 a few characters after (发布了22个省…上半年保障房建设的
/// 数据).
pub(super) fn reported_part(
    t: &[char],
    exprs: &[TimeExpr],
    date: Option<Date>,
) -> Option<crate::model::Period> {
    let top = opening_end(t);
    exprs
        .iter()
        .take_while(|e| e.end <= top)
        .filter(|e| matches!(e.when, When::Part(..)) && e.role == Role::Plain)
        .find(|e| {
            let (a, b) = crate::extract::sentence::sentence(t, e.start, e.end);
            let published =
                (a..e.start).any(|i| ["发布", "公布", "通报"].iter().any(|w| starts(t, i, w)));
            let data = (e.end..b.min(e.end + 16))
                .any(|i| ["数据", "情况"].iter().any(|w| starts(t, i, w)));
            published && data
        })
        .and_then(|e| crate::extract::resolve::resolve(e, &Frame::plain(date)))
}

/// The day a report's title says it is as of (截至9月30日, 截至9月底), among its first lines
/// with no sentence in them, or that opens the first paragraph stating figures (截至9月底，170
/// 项重点项目中已开复工163项); never after the document's date.
/// Whether the words from `a` to the clause of `b` only say where the news came from (据记者
/// 20日从市政府办公厅了解，截至10月底): one clause, ended by a comma at most two characters
/// (截至) before `b`.
fn told_by(t: &[char], a: usize, b: usize) -> bool {
    const HEARD: &[&str] = &["了解", "获悉", "得知", "获知"];
    let Some(comma) = (b.saturating_sub(3).max(a)..b).rfind(|&k| matches!(t[k], '，' | ','))
    else {
        return false;
    };
    comma - a <= 40
        && !t[a..comma]
            .iter()
            .any(|c| matches!(c, '，' | ',' | '。' | '；'))
        && (a..comma).any(|i| HEARD.iter().any(|w| starts(t, i, w)))
}

pub(super) fn title_as_of(t: &[char], exprs: &[TimeExpr], date: Option<Date>) -> Option<Date> {
    let mut at = 0;
    for line in t[..opening_end(t)].split(|c| *c == '\n') {
        let (a, b) = (at, at + line.len());
        at = b + 1;
        // In a paragraph, only a time opening it (past the word making it an end).
        let sentence = line.contains(&'。');
        // (据记者20日从市政府了解，截至10月底，…: a time after the source's words opens it too.)
        let opening = |e: &&TimeExpr| !sentence || e.start <= a + 2 || told_by(t, a, e.start);
        let figures = line.iter().any(char::is_ascii_digit);
        let day = exprs
            .iter()
            .filter(|e| e.start >= a && e.end <= b && e.role == Role::End)
            .filter(opening)
            // (到11月底，…完成率已达110.59%: 到 with 已 after it tells what is so by then.)
            .filter(|e| {
                crate::extract::time::as_of(t, e.start)
                    || (e.start > 0 && t[e.start - 1] == '到' && t[e.end..b].contains(&'已'))
            })
            // (A title's month of progress, 重点项目百日会战9月份进展: as of its end; so are its
            // months to date, 50项民生实事1-7月落实情况.)
            .chain(
                exprs
                    .iter()
                    .filter(|e| !sentence && e.start >= a && e.end <= b)
                    .filter(|e| matches!(e.when, When::Month(..) | When::Part(_, 1, _)))
                    // (2023年3月份各县区暖民心行动进展表: the title's own word, a few after.)
                    .filter(|e| {
                        (e.end..b.min(e.end + 16)).any(|k| {
                            ["进展", "进度", "落实情况", "完成情况", "推进情况"]
                                .iter()
                                .any(|w| starts(t, k, w))
                        })
                    }),
            )
            .map(|e| match e.when {
                When::Month(y, m) | When::Part(y, 1, m) => TimeExpr {
                    when: When::MonthEnd(y, m),
                    ..*e
                },
                _ => *e,
            })
            .find_map(|e| match e.when {
                When::Day(..) | When::MonthEnd(..) => {
                    let frame = Frame::plain(date);
                    match crate::extract::resolve::resolve(&e, &frame)? {
                        crate::model::Period::AsOf(d) => Some(d),
                        _ => None,
                    }
                }
                _ => None,
            });
        if let Some(d) = day.filter(|d| date.is_none_or(|doc| *d <= doc)) {
            return Some(d);
        }
        if sentence && figures {
            return None;
        }
    }
    None
}

/// Whether `e` is the day of the news (今日, 今天, 今（24）日), read as the present.
fn today(t: &[char], e: &TimeExpr) -> bool {
    e.when == When::Present && t[e.start] == '今'
}

/// The day a source gave the figures, in the first paragraph stating some (记者2月23日从省林业
/// 厅了解到, 市林业局昨天通报了…的进展, 水利署今（24）日说明): what the text says with no time
/// of its own holds then. Within a week before the document's date.
pub(super) fn reported_day(t: &[char], exprs: &[TimeExpr], date: Option<Date>) -> Option<Date> {
    const TOLD: &[&str] = &[
        "了解到",
        "获悉",
        "通报",
        "获知",
        "发布",
        "说明",
        "表示",
        "指出",
        "介绍",
    ];
    let doc = date?;
    let top = t.len().min(600);
    let mut at = 0;
    for line in t[..top].split(|c| *c == '\n') {
        let (a, b) = (at, at + line.len());
        at = b + 1;
        if !(line.contains(&'。') && line.iter().any(char::is_ascii_digit)) {
            continue;
        }
        let day = exprs
            .iter()
            .filter(|e| e.start >= a && e.end <= b && e.role == Role::Plain)
            .filter(|e| matches!(e.when, When::Day(..) | When::Yesterday) || today(t, e))
            .find(|e| {
                let told =
                    (e.end..(e.end + 14).min(b)).find(|&k| TOLD.iter().any(|w| starts(t, k, w)));
                told.is_some_and(|k| !t[e.end..k].iter().any(|c| matches!(c, '，' | '。')))
            })?;
        let frame = Frame::plain(date);
        return match crate::extract::resolve::resolve(day, &frame)? {
            crate::model::Period::AsOf(d) if d <= doc && doc.t() - d.t() <= 7.5 / 365.0 => Some(d),
            _ => None,
        };
    }
    None
}
