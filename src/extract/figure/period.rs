//! The period of one figure: the one its own time expression gives, how a review, a plan or a
//! change reads it, and the one it takes when it has none.

use super::super::{context, fromto, goal, plan, scan, sentence, time};
use super::compared::{base_compared, compared_with_last_year, last_year_base, Base};
use super::{year_end, year_part, Found, Reading, COMPARISON_BASE, REVIEWED_YEAR_NOTE};
use crate::model::{Form, Kind, Period};
use time::{Role, TimeExpr, When, YearRef};

/// Words naming a sum over a year (revenue, output, trade, new jobs), the year's even when
/// told at its end.
const YEAR_SUMS: &[&str] = &[
    "收入",
    "营收",
    "營收",
    "产值",
    "產值",
    "产量",
    "產量",
    "增加值",
    "生产总值",
    "生產總值",
    "GDP",
    "利润",
    "利潤",
    "税收",
    "稅收",
    "销售",
    "銷售",
    "出口",
    "进口",
    "進口",
    "新增",
    "投资",
    "投資",
];

/// The period its own time expression gives, as a count since a year (累计), a plan's years
/// (十四五期间) or the base of a comparison (比2024年的) read it.
pub(super) fn stated(r: &Reading<'_>, f: &mut Found) {
    let (t, h, te, date) = (r.t, r.h, r.te, r.at.frame.date);
    f.period = te.and_then(|e| {
        // (Not the year of a place in a list: 111至113年度…累计兴办户数各为14万户、17万户;
        // nor a 累计 of the sentence before, 2019年，…累计完成投资106亿元。全省沿海港口吞吐量
        // 达到16.16亿吨.)
        let cumulative = e.role == Role::Plain
            && r.at.listed.is_none()
            && matches!(e.when, When::Year(YearRef::Abs(_)))
            && context::cumulative_between(t, e.end.max(r.sent.0), h.start);
        match (cumulative, e.when, date) {
            // 累计达到480家: the level reached, a stock at the document's date.
            (true, When::Year(YearRef::Abs(y)), Some(d))
                if d.year >= y && context::level_reached(t, h) =>
            {
                f.notes
                    .push("累计达到: the level reached by the document's date".into());
                Some(if d.year == y {
                    Period::Year(y)
                } else {
                    Period::AsOf(d)
                })
            }
            // 2025年…累计拜访企业305家, in a text of that year: the year's.
            // (So is 2018年全省重点项目建设累计完成投资666亿元 early in the year after: the review
            // of the year just ended.)
            (true, When::Year(YearRef::Abs(y)), Some(d))
                if d.year == y || (d.year == y + 1 && d.month <= 3) =>
            {
                Some(Period::Year(y))
            }
            // (Not a year opening its clause, 2016年，…累计直接从业人员45.34万人: what had
            // accrued by then, of that year; nor a 累计 compared with the year before in its
            // clause or the next, 2012年住房公积金累计提取1.3518亿元，较上年增加2471万元: the
            // year's sum.)
            (true, When::Year(YearRef::Abs(y)), Some(d))
                if d.year > y
                    && !matches!(t.get(e.end), Some('，' | ','))
                    && !year_part::summed_in_year(t, e.end, h.start, r.sent) =>
            {
                f.notes
                    .push(format!("累计 since {y}: a span up to the document's date"));
                Some(Period::Span { from: y, to: d })
            }
            // 预计到5月底…将达122个 in a text of 8 May: a deadline is the next end of that
            // month, not one gone by nor the document's day.
            (
                _,
                When::Month(YearRef::Implied, m) | When::MonthEnd(YearRef::Implied, m),
                Some(d),
            ) if e.role == Role::End
                && !time::as_of(t, e.start)
                && m >= d.month
                && !r.at.frame.year_only =>
            {
                // (到6月底 in July is what was done by then: 到 in progress reports as of a
                // month gone by is read as before.)
                super::super::resolve::date(d.year, m, None).map(Period::AsOf)
            }
            // 明年一月一日起，月薪…達到二萬九五〇〇元: a level in force from a day on is of its
            // year, not of that day alone (but a day to come in the document's own year stays
            // a day: 自4月22日起…发放1500万元, on 20 April).
            (_, When::Day(..), _) if time::onward(t, e.end) => {
                time::resolve(&e, &r.at.frame).map(|p| match (p, date) {
                    (Period::AsOf(d), Some(doc)) if d.year == doc.year && d > doc => p,
                    (Period::AsOf(d), _) => Period::Year(d.year),
                    _ => p,
                })
            }
            _ => time::resolve(&e, &r.at.frame),
        }
    });
    // 截至9月底，…其中今年归集的42.70亿元: the year so far (`year_part`).
    year_part::so_far_period(r, f, te);
    super::span::level_at_end(r, f, te);
    super::span::over_plan(r, f, te);
    // 《“十四五”就业促进规划》：到2025年，…城镇新增就业200万人以上: what the plan's years add,
    // by the deadline that closes them.
    if let Some((y, e)) = te.and_then(|e| match e.when {
        When::Year(YearRef::Abs(y)) if e.role == Role::End => Some((y, e)),
        _ => None,
    }) {
        let paragraph = super::super::layout::line_start(t, e.start);
        if context::added(t, h, r.sent) && time::plan_named_in(t, paragraph, e.start, y) {
            f.period = year_end(y).map(|to| Period::Span { from: y - 4, to });
        }
    }
    // 比2024年的785.7万人次, Taiwan's 比106年的115万人, 比目前人均1.46平方米: the base compared
    // with is of the time named with it.
    let base = base_compared(t, h, r.sent.0);
    f.compared_base = base.is_some();
    match base {
        Some(Base::Year(y)) => {
            f.period = Some(Period::Year(y));
            f.notes
                .push(format!("{COMPARISON_BASE} (比2024年的): of its year"));
        }
        Some(Base::Now) => {
            f.period = r.at.frame.date.map(Period::AsOf);
            f.notes.push(format!("{COMPARISON_BASE} (比目前): of now"));
        }
        None => {}
    }
    // 与上年同期的35,285万元相比, 较上年同期22,019万元增收349万元: the same months a year
    // before.
    // (Not 恢复到上年同期的85%, 为上年同期的1.5倍: this year's ratio to it.)
    match (last_year_base(t, h), f.period) {
        (Some(_), Some(Period::Part { year, from, to })) => {
            f.period = Some(Period::Part {
                year: year - 1,
                from,
                to,
            });
            f.notes.push(format!(
                "{COMPARISON_BASE} (上年同期的): the same months a year before"
            ));
        }
        // 2024年全县…完成67955万元，与上年同期99895万元相比: the year before the one named
        // earlier (not when 上年 itself dated the figure).
        (Some(at), Some(Period::Year(y))) if r.te.is_none_or(|e| e.end <= at) => {
            f.period = Some(Period::Year(y - 1));
            f.notes
                .push(format!("{COMPARISON_BASE} (上年同期的): the year before"));
        }
        _ => {}
    }
}

/// The years a pace (年均增长) is over: a change's, a plan's named in its sentence, or with no
/// time of its own, a review's. Returns whether it has no years at all.
pub(super) fn of_pace(r: &Reading<'_>, f: &mut Found, growth: bool) -> bool {
    let (te, at) = (r.te, r.at);
    // 来年…预测香港本地生产总值实质增长1至2%, in a budget: a rate of growth is the calendar
    // year's, not the fiscal year's.
    if let (true, Some(When::Coming), Some(Period::Span { from, .. })) =
        (growth, te.map(|e| e.when), f.period)
    {
        f.period = Some(Period::Year(from));
    }
    if !(growth && context::pace_cue(r.t, r.h, r.sent)) {
        // (…增至2025年的3.81亿吨，增幅达43.8%: a growth with no time of its own in the clause
        // after a change is over the change's years.)
        let own = te.is_some_and(|e| e.start > r.sent.0.max(r.h.start.saturating_sub(12)));
        if growth && !own {
            if let Some(p) = fromto::growth_span(r.t, at.changes, r.h.start) {
                f.period = Some(p);
            }
        }
        return false;
    }
    // 由2015年的…增加到2019年的…，年均增长17.67%: over the change's years (2016 to 2019); with no time of
    // its own, in a review of several years, over those.
    let own = te.is_some_and(|e| e.start >= r.sent.0) && at.listed.is_none();
    // (力争到2025年，…。其中，工业总产值…年均增长8%: a deadline earlier in the paragraph
    // is this pace's too, not the review's years.)
    let deadline = te.is_some_and(|e| e.role == Role::End);
    if let Some(p) = fromto::pace_span(at.changes, r.h.start, r.sent.0) {
        f.period = Some(p);
    } else if let (true, Some(When::Plan(y))) = (own, te.map(|e| e.when)) {
        // 回看“十三五”，…年均增长7.4%: over the plan's five years.
        f.period = year_end(y).map(|to| Period::Span { from: y - 4, to });
    } else if let (false, Some((a, b)), false) = (own, at.frame.span, deadline) {
        f.period = year_end(b).map(|to| Period::Span { from: a, to });
    } else {
        return !own;
    }
    false
}

/// A pace with no years of its own, once its kind is known: a goal's in a text naming
/// 十四五 (到2025年…年均增长13.6%左右) is over the plan's years; one seen in a report on 2025
/// (年均增长5.7%) over the five years it closes.
pub(super) fn of_pace_kind(r: &Reading<'_>, f: &mut Found, kind: Kind, pace: bool, undated: bool) {
    let frame = &r.at.frame;
    if let (true, Kind::Target, Some(Period::Year(y))) = (pace, kind, f.period) {
        if frame.plan_ending(y) {
            f.period = year_end(y).map(|to| Period::Span { from: y - 4, to });
        }
    }
    if let (true, Kind::Growth, true, Some(y)) =
        (undated, kind, frame.reviews_back(), frame.reviewed)
    {
        if f.period.is_none() || f.period == Some(Period::Year(y)) {
            f.period = year_end(y).map(|to| Period::Span { from: y - 4, to });
        }
    }
}

/// What a figure's kind and form settle: a count in a review of several years, a year's plan,
/// a goal with no time, any other figure with none, the start of a change with none.
pub(super) fn settle(
    r: &Reading<'_>,
    f: &mut Found,
    kind: Kind,
    form: Form,
    effect: bool,
    read_alone: Option<Period>,
) {
    let (t, h, at, date) = (r.t, r.h, r.at, r.at.frame.date);
    // 截至2016年底累计完成投资309.9亿元, 到107年底…失能人口76萬5千餘人: what stood at the end
    // of the year, its last day (a goal 到2025年底 stays the year's).
    if let (Kind::Actual, Some(e), Some(Period::Year(y))) = (kind, r.te, f.period) {
        let year_end_named = e.role == Role::End && year_end_named(t, &e);
        // (Not a sum over the year its clause names: 截至2021年底，…，实现营业收入6152.26亿元
        // is the year's revenue; 已/累计 make it a total to date.)
        let clause = sentence::clause(t, h.start, h.end, r.sent);
        let words: String = t[clause.0..h.start].iter().collect();
        let sum = YEAR_SUMS.iter().any(|w| words.contains(w))
            && !["已", "累计", "累計", "累積"]
                .iter()
                .any(|w| words.contains(w));
        if let (true, false, Some(d)) = (year_end_named, sum, year_end(y)) {
            f.period = Some(Period::AsOf(d));
        }
    }
    // 累计化解1655万件 in a review of five years: over those years.
    if let (None, Some((a, b))) = (f.period, at.frame.span) {
        if context::cumulative_between(t, r.sent.0, h.start) {
            f.period = year_end(b).map(|to| Period::Span { from: a, to });
            f.check("累计 in a review of several years: over those years");
        }
    }
    // 截至7月底，…年度计划投资24.19亿元; 1—3月份，…完成全年任务75亿元的23.7%: the plan
    // is the whole year's.
    // (So is a set of projects planned: 24个计划新开工项目已开工21个, in a text of 1-10月.)
    // (Not a plan of several years: “十四五”期间计划完成投资700亿元 is the plan's.)
    let years = matches!(f.period, Some(Period::Span { from, to }) if from < to.year);
    let planned = plan::year_plan_named(t, h)
        || goal::projects_planned(t, h, r.sent)
        || (f.period.is_none() && !effect && plan::plan_earlier_in_sentence(t, r.sent.0, h.start));
    if kind == Kind::Target && planned && !years {
        if let Some(y) = f.period.and_then(|p| p.year()).or(date.map(|d| d.year)) {
            if f.period != Some(Period::Year(y)) {
                f.period = Some(Period::Year(y));
                f.notes.push("a year's plan or task: the whole year".into());
            }
        }
    }
    // 今年…主要预期目标为：… and the tasks after it: the document's year. So is a goal with
    // no time in a report reviewing the year before (the year reviewed is over), and a rate
    // goal with none (GDP增长目标设为5.5%左右: a year's rate, of the year the text is in).
    // So is a goal of a list of public projects (民生实事: 实事内容为新建成保障性住房1700套),
    // promised for a year.
    // (Within 400 characters back in its line: a line of 400,000 is read in linear time.)
    let projects = goal::pledged(t, h.start);
    // 1. 培训应急救护人员235人。 under a title of 4月 progress: the year's promise, not the
    // months' (a time written in the item's sentence stays: 6月底前建成公厕20座).
    let own_time = r.te.is_some_and(|e| e.start >= r.sent.0);
    if kind == Kind::Target
        && !own_time
        && !matches!(f.period, Some(Period::Year(_)))
        && goal::pledge_item(t, h, r.sent)
    {
        if let Some(d) = date {
            f.period = Some(Period::Year(d.year));
            f.notes
                .push("an item of a list of public projects: the year's".into());
        }
    }
    // 新建改建60座口袋公园已列入市委市政府2024年为民办实事项目: of the year the list is
    // named for after it (else of the document's, below).
    let listed_pledge = goal::listed_as_pledge(t, h, r.sent);
    if let (None, Kind::Target, true) = (f.period, kind, listed_pledge) {
        let named = r.exprs.iter().find_map(|e| match e.when {
            When::Year(YearRef::Abs(y)) if e.start > h.end && e.end <= r.sent.1 => Some(y),
            _ => None,
        });
        if let Some(y) = named {
            f.period = Some(Period::Year(y));
            f.notes
                .push("listed among a year's public projects after it: that year's".into());
        }
    }
    let projects = projects || listed_pledge;
    // (So is one the year set out at its start: 年初定下的15件民生实事.)
    let set_at_start = (h.start.saturating_sub(12)..h.start)
        .any(|k| goal::YEAR_START_GOALS.iter().any(|w| scan::starts(t, k, w)));
    let goal_of_the_year = kind == Kind::Target
        && !h.relative
        && !effect
        && (at.frame.reviews_back()
            || form == Form::Rate
            || projects
            || set_at_start
            || goal::in_budget(t, h, r.sent));
    // 报告当时提出的要求是：…下降2%, in a review of 2016: a goal set then, of the year reviewed.
    let set_then =
        (r.sent.0..h.start).any(|k| ["当时", "当初"].iter().any(|w| scan::starts(t, k, w)));
    if let (None, Kind::Target, true, Some(y)) = (f.period, kind, set_then, at.frame.reviewed) {
        f.period = Some(Period::Year(y));
        f.notes
            .push("a goal set then (当时提出), in a review: of the year reviewed".into());
    }
    let in_tasks = at.frame.in_tasks(h.start);
    // (年度目标任务：…, then a line 完成情况：…, in January: the goals of the year reviewed,
    // each set beside its result.)
    // (报销比例78.64%，高于省定70%的目标要求, in March: the goal a result of the year reviewed
    // is held against, that year's.)
    let clause = sentence::clause(t, h.start, h.end, r.sent).0;
    let held_against = goal::goal_named_after(t, h)
        && (clause..h.start).any(|k| {
            ["高于", "低于", "超过", "超出", "好于", "优于"]
                .iter()
                .any(|w| scan::starts(t, k, w))
        });
    let year = match at.frame.reviewed {
        Some(y)
            if goal_of_the_year
                && at.frame.reviews_back()
                && (results_follow(t, h.end) || held_against) =>
        {
            date.map(|d| crate::model::Date { year: y, ..d })
        }
        _ => date,
    };
    if let (None, true, Some(d)) = (f.period, in_tasks || goal_of_the_year, year) {
        f.period = Some(Period::Year(d.year));
        f.check(if in_tasks {
            "no time stated, in the report's part on its own year"
        } else if year != date {
            "a goal with no time stated, beside the results of the year reviewed: that year's"
        } else {
            "a goal with no time stated: of the document's year"
        });
    }
    // 住房城乡建设部5日发布了…上半年保障房建设的数据: the figures with no time of their own are of
    // the part of the year the release says it publishes.
    if let (None, false, Some(p)) = (f.period, kind == Kind::Target, at.frame.reported) {
        f.period = Some(p);
        f.check("no time stated: the part of the year the release says it publishes");
    }
    if f.period.is_none() && kind != Kind::Target {
        // Early in a year a text reviews the year just ended; what it says is already so
        // (已覆盖21万家, 目前拥有) is so at the end of that year too.
        // A date inferred from the years named is a year, not a day: its figures are of the
        // year the text reviews (2015年，全县… with no dateline).
        f.period = date.map(|d| match at.frame.reviewed {
            Some(y) if y < d.year => Period::Year(y),
            Some(y) if at.frame.year_only => Period::Year(y),
            // 秋粮面积落实550.05万亩，比去年增加2.38万亩: compared with last year, the year's.
            Some(y) if y == d.year && compared_with_last_year(t, r.sent) => Period::Year(y),
            // 市林业局昨天通报：…目前已完成18.6万亩: as of the frame's day (the source's day, a
            // title's 截至, an undated report's month before), never after the document's.
            _ => Period::AsOf(at.frame.as_of.filter(|a| *a <= d).unwrap_or(d)),
        });
        // 财政总支出为450432万元，与上年同期526499万元相比: the base is of the year before.
        if let (Some(_), Some(Period::Year(y))) = (last_year_base(t, h), f.period) {
            f.period = Some(Period::Year(y - 1));
            f.notes
                .push(format!("{COMPARISON_BASE} (上年的): the year before"));
        }
        f.check(match f.period {
            Some(Period::Year(_)) if at.frame.year_only => {
                "no time stated: the year the text reviews"
            }
            Some(Period::Year(_)) => REVIEWED_YEAR_NOTE,
            _ => "no time stated in the sentence: dated to the document",
        });
    }
    let year_now = date.map(|d| d.year);
    if let Some(p) = fromto::unstated_start(at.changes, h.start, read_alone, f.period, year_now) {
        f.period = Some(p);
        f.notes
            .push("the start of a change (由…到…): the period before its own".into());
    }
}

/// Whether a line after `at` opens with the results of the goals before it (完成情况：).
fn results_follow(t: &[char], at: usize) -> bool {
    (at..t.len()).any(|i| {
        t[i] == '\n'
            && ["完成情况", "实际完成"]
                .iter()
                .any(|w| scan::starts(t, i + 1, w))
    })
}

/// Whether the time `e` ends with 年底 or 年末: the year's last day, not its whole.
pub(super) fn year_end_named(t: &[char], e: &TimeExpr) -> bool {
    e.end >= 2
        && ["年底", "年末"]
            .iter()
            .any(|w| scan::starts(t, e.end - 2, w))
}
