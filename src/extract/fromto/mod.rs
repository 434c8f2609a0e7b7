//! A change from one level to another (从2020年的7.8%提高到10%, 由7248亿元提高到8865亿元,
//! 从2021年的7617亿元增长至2024年的9847亿元): both figures are levels, not rates, the first
//! at the change's start and the second at its end.

use super::frame::Frame;
use super::scan::{ends, is_ideograph, starts, Hit};
use super::time::{self, Role, TimeExpr};
use super::{context, sentence};
use crate::model::Period;
use crate::model::Scale;

mod at;
mod revision;
pub(super) use at::{
    at_end, at_start, ends_ahead, growth_span, pace_span, unstated_from, unstated_start,
};

/// One change, by its two figures' first characters, with the periods the construction
/// gives them where the reading of each figure alone would not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Change {
    /// The figure it starts from.
    pub(super) from: usize,
    /// The figure it reaches.
    pub(super) to: usize,
    /// Its 从 or 由: the indicator is written before it (海内外游客从3.3亿人次…).
    pub(super) opening: usize,
    /// The start's period when no time is written with it, or when one is written with the
    /// first of its list only (由现在的5%、15%、23%提高至…).
    pub(super) from_period: Option<Period>,
    /// Whether a time is written with the start (从2020年的7.8%).
    pub(super) from_written: bool,
    /// Whether the time written with the start is the present (由现在的5%, 由目前的…).
    pub(super) from_now: bool,
    /// The unit written with its end, which a start written with a scale only shares
    /// (由原来首300万调整为600万澳门元).
    pub(super) to_base: Option<&'static str>,
    /// Whether it revises an estimate of one period (经济成长预测从4.45%上修至7.37%, 赌收的估算
    /// 由2400亿元调低至…): both figures are of that period.
    pub(super) revision: bool,
    /// The end's period when no time is written with it.
    pub(super) to_period: Option<Period>,
    /// Whether the change is still to come (将由…增至…).
    pub(super) to_come: bool,
    /// Both periods as the change states or implies them, for a pace written after it
    /// (…，年均增长17.67%).
    pub(super) years: Option<(i32, i32)>,
}

/// Where the words between two figures make the second the level the first changed to:
/// a verb ending in 到, 至 or 为 (提高到, 增长至, 缩小为), maybe a time after it (至2024年的).
/// Returns the time expression between them, if any.
fn joins<'e>(t: &[char], a: &Hit, b: &Hit, exprs: &'e [TimeExpr]) -> Option<Option<&'e TimeExpr>> {
    let mid = exprs[exprs.partition_point(|e| e.start < a.end)..]
        .first()
        .filter(|e| e.end <= b.start);
    let mut gap_end = b.start;
    if let Some(e) = mid {
        // (增至 2025 年的 3.81 亿吨: spaces around the numbers.)
        let mut after = e.end;
        while matches!(t.get(after), Some('的' | ' ')) {
            after += 1;
        }
        if after != b.start {
            return None;
        }
        gap_end = e.start;
    }
    // (增加至約60%至70%: a range's hit starts after the 約 it is qualified with; 由 0.1%提高
    // 至 0.13%: a space before a number.)
    let mut gap = &t[a.end..gap_end];
    while let Some((c, rest)) = gap.split_last() {
        if !matches!(c, '约' | '約' | '近' | '逾' | ' ') || rest.is_empty() {
            break;
        }
        gap = rest;
    }
    let ok = !gap.is_empty()
        && gap.len() <= 6
        && gap.iter().all(|c| is_ideograph(*c))
        && matches!(gap.last(), Some('到' | '至' | '为'))
        && !(gap.len() == 1 && gap[0] == '为');
    ok.then_some(mid)
}

/// The level a change starting at `hits[k]` reaches when the amount it changes by is written
/// between them (从现行9.7万元调升4,000元至10.1万元): the hit after that amount, when a
/// change verb alone stands between the start and the amount, and 至 or 到 alone after it.
fn by_amount<'h>(t: &[char], hits: &'h [Hit], k: usize) -> Option<&'h Hit> {
    let (a, m, b) = (&hits[k], hits.get(k + 1)?, hits.get(k + 2)?);
    let verb: String = t[a.end..m.start].iter().collect();
    let to: String = t[m.end..b.start].iter().collect();
    // (The verbs of a change of an amount, or of a revision: 增加, 调升.)
    let mut changes = context::CHANGE_VERBS.iter().chain(context::REVISIONS);
    (changes.any(|w| *w == verb) && matches!(to.as_str(), "至" | "到") && m.base == b.base)
        .then_some(b)
}

/// A list of levels changed to a list as long (冷链流通率将分别由现在的5%、15%、23%提高至20%、
/// 30%、36%以上): for the hit at `k` in the first list, the first hit of that list, the hit in
/// the second list at `k`'s place, and the time between the lists ([`joins`]).
fn listed<'e>(
    t: &[char],
    hits: &[Hit],
    k: usize,
    exprs: &'e [TimeExpr],
) -> Option<(usize, usize, Option<&'e TimeExpr>)> {
    let joined = |i: usize| {
        hits.get(i + 1)
            .is_some_and(|b| super::listed::joined(t, hits[i].end, b.start))
    };
    let first = (0..=k).rev().take_while(|&i| i == k || joined(i)).last()?;
    let last = (k..hits.len()).find(|&i| !joined(i))?;
    let n = last - first + 1;
    let to = last + 1;
    let mid = joins(t, &hits[last], hits.get(to)?, exprs)?;
    let listed =
        n >= 2 && (to..to + n - 1).all(joined) && to + n <= hits.len() && !joined(to + n - 1);
    listed.then_some((first, to + (k - first), mid))
}

/// The 从 or 由 that opens the change ending at `a`, in its clause and after `floor`.
fn opening(t: &[char], a: &Hit, floor: usize) -> Option<usize> {
    let lo = a.start.saturating_sub(40).max(floor);
    (lo..a.start)
        .rev()
        .take_while(|&i| !matches!(t[i], '，' | ',' | '；' | ';' | '。' | '：' | '\n'))
        .find(|&i| {
            matches!(t[i], '从' | '由')
                // 目标自去年50亿元增至90亿元 (Taiwan), not 自治区, 来自.
                || (t[i] == '自'
                    && t.get(i + 1)
                        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '去' | '上' | '前')))
        })
}

/// Every change in the text, in order (by `from`, and so by `to`).
pub(super) fn changes(t: &[char], exprs: &[TimeExpr], hits: &[Hit], frame: &Frame) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    let mut floor = 0;
    for k in 0..hits.len().saturating_sub(1) {
        let a = &hits[k];
        // (从现行9.7万元调升4,000元至10.1万元: the amount changed by stands between them.)
        let by = by_amount(t, hits, k);
        // (…分别由5%、15%、23%提高至20%、30%、36%: each level of the first list changes to
        // the one at its place in the second, after the 由 before the first.)
        let list = by.is_none().then(|| listed(t, hits, k, exprs)).flatten();
        let b = by
            .or(list.map(|(_, to, _)| &hits[to]))
            .unwrap_or(&hits[k + 1]);
        let opens = list.map_or(k, |(first, ..)| first);
        if opens > 0 {
            floor = hits[opens - 1].end;
        }
        let sent = sentence::sentence(t, a.start, a.end);
        // The unit written once, at the end, is the start's too (300万…为600万澳门元); written
        // once, at the start, it still makes a change (从现在的1.14亿人增加到1.8亿: the end's
        // unit is read from the words before it).
        let once = |x: &Hit| x.base.is_none() && x.scale != Scale::ONE;
        if b.end > sent.1 || !(a.base == b.base || once(a) || once(b)) {
            continue;
        }
        let mid = match (by, list) {
            (Some(_), _) => Some(None),
            (None, Some((.., mid))) => Some(mid),
            (None, None) => joins(t, a, b, exprs),
        };
        let Some(mid) = mid else {
            continue;
        };
        let Some(word) = opening(t, &hits[opens], floor) else {
            continue;
        };
        let resolve = |e: &TimeExpr| time::resolve(e, frame).and_then(|p| p.year());
        // Time expressions are in text order: look only where they can be.
        let after_word = exprs.partition_point(|e| e.start <= word);
        let own_expr = exprs[after_word..].first().filter(|e| e.end <= a.start);
        let own = own_expr.and_then(resolve);
        let end = mid.and_then(resolve);
        // 到2025年，…从7.8%提高到10%: the deadline is the end's.
        // (从 may stand before the sentence's start when a ！ or ？ lies between.)
        let first = exprs.partition_point(|e| e.start < sent.0).min(after_word);
        let in_sentence = &exprs[first..after_word];
        let deadline_expr = in_sentence
            .iter()
            .rfind(|e| e.end <= word && e.role == Role::End);
        let deadline_period = deadline_expr.and_then(|e| time::resolve(e, frame));
        let deadline = deadline_period.and_then(|p| p.year());
        // 截至今年7月，…分别由2016年的6个…减少到2个: a level as of a month's end is of that
        // day, not of its year.
        let as_of = deadline_period
            .filter(|p| matches!(p, Period::AsOf(_)))
            .filter(|_| deadline_expr.is_some_and(|e| time::as_of(t, e.start)));
        // 文旅总收入则由4181.79亿元增加到约1.22万亿元, after 从2015年…到2019年…: the same years.
        let before = out
            .iter()
            .rev()
            .take_while(|c| c.from >= sent.0)
            .find(|c| c.to < a.start)
            .and_then(|c| c.years);
        // 2021年…比重从上年的40.3%提升到41%: the year before the sentence's.
        let last_year = starts(t, word + 1, "上年")
            .then(|| {
                in_sentence
                    .iter()
                    .rfind(|e| e.end <= word)
                    .and_then(resolve)
                    .or(frame.reviewed)
            })
            .flatten()
            .map(|y| y - 1);
        // 2021年到2024年，产值从1712亿元增长至2011.67亿元: the span's first and last years.
        let span = in_sentence
            .iter()
            .rfind(|e| e.end <= word && e.role == Role::Plain)
            .and_then(|e| match e.when {
                time::When::Years(a, b) => Some((a, b)),
                _ => None,
            });
        // 自2011年至今，…面积由5184万亩增加到7000万亩: from the start of the span up to the
        // document's day (not 从2011年开始，到2015年底，…: an end written after it).
        let since = in_sentence
            .iter()
            .rfind(|e| e.end <= word && e.role == Role::Start)
            .filter(|e| ["至今", "以来"].iter().any(|w| ends(t, e.end, w)))
            .filter(|e| deadline_expr.is_none_or(|d| d.start < e.start))
            .and_then(|e| match e.when {
                time::When::Year(time::YearRef::Abs(y)) => Some(y),
                _ => None,
            })
            .zip(frame.date)
            .filter(|(y, d)| *y < d.year);
        let span = span.or(since.map(|(y, d)| (y, d.year)));
        let from_year = own
            .or(span.map(|s| s.0))
            .or(last_year)
            .or(before.map(|y| y.0))
            .or(frame.span.map(|s| s.0 - 1))
            .or(deadline.and_then(|d| frame.plan_ending(d).then_some(d - 5)))
            .or(deadline.and(frame.reviewed));
        // With none of these the change ends at the reviewed year, not at the start's own
        // year that a reading of the end alone would take (由2016年的12.60万元增长到16.70万元).
        // 今年把目标上调至1.4兆元；…目标自去年50亿元增至90亿元: a later year named before
        // the change in its sentence is the end's.
        // (Only from last year, 去年 or 上年, to a year, not a revised estimate: 由去年预算
        // 676亿向上修订为955亿 is of the fiscal year named.)
        // (And from now: 期望在2035年把…占比由目前的约25%增加至约60%.)
        let from_last_year = own_expr.is_some_and(|e| {
            matches!(
                e.when,
                time::When::Year(time::YearRef::Rel(-1)) | time::When::Present
            ) && !(word..b.start).any(|i| {
                context::REVISIONS
                    .iter()
                    .chain(revision::ESTIMATES)
                    .any(|w| starts(t, i, w))
            })
        });
        let later = own.filter(|_| from_last_year).and_then(|o| {
            in_sentence
                .iter()
                .rfind(|e| e.end <= word && matches!(e.when, time::When::Year(_)))
                .and_then(resolve)
                .filter(|&y| y > o)
        });
        // 将从现时每小时42.1港元上调至43.1港元: a change to come ends no earlier than its start;
        // so does one proposed (我建议把子女免税额由现时每名40,000元提高至50,000元), in a
        // budget in the fiscal year it proposes for.
        let proposed =
            (sent.0..word).any(|i| super::goal::PROPOSALS.iter().any(|w| starts(t, i, w)));
        let to_come = (word > 0 && t[word - 1] == '将') || proposed;
        let from_now = own_expr.is_some_and(|e| e.when == time::When::Present);
        // 到2020年，…目标是：…。具体指标：人才资源总量从现在的1.14亿人增加到1.8亿人: from now,
        // to the deadline its paragraph set before it.
        let goal_year = from_now
            .then(|| paragraph_deadline(t, &exprs[..first], sent.0, frame))
            .flatten();
        let to_year = end
            .or(later)
            .or(span.map(|s| s.1))
            .or(before.map(|y| y.1))
            .or(deadline)
            .or(goal_year)
            .or(frame.span.map(|s| s.1))
            .or(if to_come {
                own
            } else {
                own.and(frame.reviewed)
            });
        let budget = frame
            .proposed()
            .filter(|_| proposed && deadline.is_none() && end.is_none());
        // (The time written with a list's first start is each start's.)
        let list_time = own_expr.filter(|_| opens != k);
        out.push(Change {
            from: a.start,
            to: b.start,
            opening: word,
            // (A budget's proposal starts in the fiscal year before: see `unstated_start`.)
            from_period: match list_time {
                Some(e) => time::resolve(e, frame),
                None => (own.is_none() && budget.is_none())
                    .then_some(from_year)
                    .flatten()
                    .map(Period::Year),
            },
            from_written: own_expr.is_some(),
            from_now,
            to_base: b.base,
            revision: revision::revises(t, sent.0, word, b.start),
            to_period: end.is_none().then_some(()).and_then(|_| {
                let now = since
                    .filter(|_| own.is_none())
                    .map(|(_, d)| Period::AsOf(d));
                budget.or(now).or(match as_of {
                    Some(Period::AsOf(d)) if to_year == Some(d.year) => Some(Period::AsOf(d)),
                    _ => to_year.map(Period::Year),
                })
            }),
            to_come,
            years: from_year.zip(to_year).filter(|(f, t)| f < t),
        });
    }
    out
}

/// The last deadline not yet past (到2020年) written in the paragraph before `start`, among
/// `before` (the time expressions before it, in text order).
fn paragraph_deadline(t: &[char], before: &[TimeExpr], start: usize, frame: &Frame) -> Option<i32> {
    let paragraph = super::layout::line_start(t, start);
    let now = frame.date?.year;
    before
        .iter()
        .rev()
        .take_while(|e| e.start >= paragraph)
        .filter(|e| e.role == Role::End)
        .filter_map(|e| time::resolve(e, frame).and_then(|p| p.year()))
        .find(|&y| y >= now)
}

/// Whether `w` ends right before a change's opening at `word`, or before a 则 there (投资任务
/// 则由1842亿元调增至2317亿元).
pub(super) fn named_before(t: &[char], word: usize, w: &str) -> bool {
    let at = if word > 0 && t[word - 1] == '则' {
        word - 1
    } else {
        word
    };
    super::scan::ends(t, at, w)
}

#[cfg(test)]
mod tests;
