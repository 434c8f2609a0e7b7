//! Reading one figure in its sentence: its period (its own time expression, a 分别 list, or
//! its paragraph's: `period.rs`; over years counted: `span.rs`), its kind and form (`kind.rs`),
//! its unit and its indicator.

mod compared;
mod deadline;
mod done;
mod form;
mod kind;
mod observed;
mod period;
mod span;
mod voiced;
mod year_part;

use super::frame::Frame;
use super::fromto::{self, Change};
use super::listed::Listed;
use super::{context, counted, indicator, phrase, scan, sentence, time, timing, Candidate};
use crate::model::{Kind, Period, Unit};

/// Where a figure stands in its document.
pub(super) struct At<'a> {
    /// The first character of its paragraph.
    pub(super) paragraph: usize,
    /// For a figure in a bulleted list (◆地区生产总值增长5%), the list's heading line
    /// (2024年主要预期目标是：): its goal words are the list's.
    pub(super) list_head: Option<(usize, usize)>,
    /// The end of the figure before it: its subject is not read back past this.
    pub(super) floor: usize,
    /// The document's time frame.
    pub(super) frame: Frame,
    /// Its place in a list of times and figures (一季度、上半年和全年…分别为…).
    pub(super) listed: Option<Listed>,
    /// The document's changes from one level to another (从A提高到B).
    pub(super) changes: &'a [Change],
    /// When the figure ends a change, the indicator of the figure it changes from.
    pub(super) from_subject: Option<String>,
}

/// The note of a figure dated only by the year the text reviews (what
/// `restated.rs` looks for).
pub(super) const REVIEWED_YEAR_NOTE: &str = "no time stated: the year the text reviews";
/// The note of a figure compared with (比上年的28899万元, 比2024年的785.7万人次): the base.
pub(super) const COMPARISON_BASE: &str = "the base of a comparison";
/// The note of a goal of a change written as the amount added (增加250亿元 as a goal).
pub(super) const AMOUNT_ADDED: &str = "a goal of a change: the amount added";
/// The note of a figure of what is added (新增500家) dated to a year under way for want of a
/// time of its own: a guess a body figure it repeats overrules (`repeats.rs` looks for it).
pub(super) const ADDED_THIS_YEAR: &str =
    "新增 with no time of its own: what the document's year is to add";

/// The last day of `y`.
pub(super) fn year_end(y: i32) -> Option<crate::model::Date> {
    crate::model::Date::parse(&format!("{y:04}-12-31")).ok()
}

/// A figure being read: its text, its sentence, its own time and where it stands.
struct Reading<'a> {
    t: &'a [char],
    h: &'a scan::Hit,
    /// Its sentence's first and one-past-last characters.
    sent: (usize, usize),
    /// Its own time expression, or the one it takes from before it.
    te: Option<time::TimeExpr>,
    /// Every time expression in the text, in order.
    exprs: &'a [time::TimeExpr],
    at: &'a At<'a>,
}

/// What is settled so far about a figure: its period, how it was read, what to check.
struct Found {
    period: Option<Period>,
    notes: Vec<String>,
    check: Vec<&'static str>,
    /// Whether the figure is the base a figure is compared with (比目前人均1.46平方米).
    compared_base: bool,
}

impl Found {
    /// Notes a period the reading supplied (not written with the figure): one to check.
    fn check(&mut self, note: &str) {
        if !self.check.contains(&"period") {
            self.check.push("period");
        }
        self.notes.push(note.into());
    }
}

/// Whether a figure is a rate, a share or a change in points, as written.
struct Rate {
    /// Written as % or as tenths (3成).
    percent: bool,
    /// A rate of growth (增长5%, 成长率).
    growth: bool,
    /// A change in points (个百分点, 超进度).
    points: bool,
}

/// Reads one figure in its sentence; returns it with the sentence's first character.
pub(super) fn read(
    t: &[char],
    written: &[char],
    h: &scan::Hit,
    exprs: &[time::TimeExpr],
    at: &At<'_>,
    source: &str,
) -> (Candidate, usize) {
    let (date, floor) = (at.frame.date, at.floor);
    let sent = sentence::sentence(t, h.start, h.end);
    let mut f = Found {
        period: None,
        notes: Vec::new(),
        check: vec!["subject"],
        compared_base: false,
    };
    // (月薪将由约8,757元增至约8,965元 after a sentence on 现时: where a change to come ends is
    // not now.)
    let ends_to_come = fromto::at_end(at.changes, h.start).is_some_and(|c| c.to_come);
    let te = timing::time_of(t, h, exprs, at, sent)
        .filter(|(e, carried)| {
            !(ends_to_come && carried.is_some() && e.when == time::When::Present)
        })
        .map(|(e, carried)| {
            if let Some(note) = carried {
                f.check(note);
            }
            *e
        });
    let r = Reading {
        t,
        h,
        sent,
        te,
        exprs,
        at,
    };
    period::stated(&r, &mut f);
    let read_alone = f.period;
    span::over_review(&r, &mut f);
    span::over_horizon(&r, &mut f);
    // 截至2020年底…，较“十二五”末增加46.87万辆: a change since the base, over the years after it.
    let base = timing::change_base(t, h, exprs, sent)
        .and_then(|e| time::resolve(e, &at.frame))
        .and_then(|p| p.year());
    let end = f.period.and_then(|p| match p {
        Period::AsOf(d) => Some(d),
        Period::Year(y) => year_end(y),
        _ => None,
    });
    // (Not a goal's change, 2025年…要比2005年下降55%, nor a gap in points.)
    let observed = |to: crate::model::Date| date.is_none_or(|d| to.t() <= d.t());
    let points = h.base == Some("个百分点");
    if let (Some(y), Some(to)) = (base, end) {
        if to.year > y + 1 && observed(to) && !points {
            f.period = Some(Period::Span { from: y + 1, to });
            f.notes
                .push("a change since a base (较…末增加): the years after it".into());
        }
    }
    // 到10月底，…比去年底增长4710件: a change since the year's start, over the months since.
    let month_end = te.and_then(|e| match e.when {
        time::When::MonthEnd(_, m) if m < 12 => Some(m),
        _ => None,
    });
    // (Not a rate's change in points, 三季度末…失业率为4.0%，比去年底下降0.1个百分点: a
    // level's gap at that date.)
    if let (Some(m), Some(Period::AsOf(d)), true) = (
        month_end,
        f.period,
        !points && timing::since_year_start(t, h),
    ) {
        f.period = Some(Period::Part {
            year: d.year,
            from: 1,
            to: m,
        });
        f.notes
            .push("a change since the year's start (比去年底): the months since".into());
    }
    // 从2020年的7.8%提高到10%: both are levels; with no time of their own, the change's
    // start and end (a deadline before it, a reviewed span, a change before it).
    // (A figure ending one change and starting the next reads as the end of the first.)
    let change = fromto::at_end(at.changes, h.start)
        .map(|c| c.to_period)
        .or_else(|| fromto::at_start(at.changes, h.start).map(|c| c.from_period));
    if let Some(Some(p)) = change {
        f.period = Some(p);
        f.notes
            .push("a level in a change (从…到…): its period from the change".into());
    }
    // Tenths (成) are written as % (3成 = 30%): a change (下降超3成) or a share (绿能占比2成,
    // to be compared with 11.7%). Times of a change are a rate too (增长5.4倍 = +540%: 增长N倍
    // adds N times the base).
    let per_cent = match h.base {
        Some("成") => Some(10.0),
        Some("倍") if !h.relative => {
            Some(100.0).filter(|_| change.is_none() && context::growth_cue(t, h, sent))
        }
        _ => None,
    };
    let percent = h.base == Some("%") || per_cent.is_some();
    let opening = fromto::at_start(at.changes, h.start).map(|c| c.opening);
    let subject = match (&at.from_subject, opening) {
        (Some(s), _) => {
            f.notes
                .push("indicator of the level it changes from".into());
            s.clone()
        }
        // 海内外游客从2015年的3.3亿人次增加到…: the words before 从.
        // (冷链物流需求：由2020年的…: the name before a colon.)
        (None, Some(o)) => Some(indicator::words_before(t, o, sent, floor))
            .filter(|s| s.chars().count() >= 2)
            .or_else(|| {
                (o > 0 && matches!(t[o - 1], '：' | ':'))
                    .then(|| indicator::words_before(t, o - 1, sent, floor))
                    .filter(|s| s.chars().count() >= 2)
            })
            .unwrap_or_else(|| indicator::subject(t, h, floor)),
        (None, None) => indicator::with_topic(t, h, sent, indicator::subject(t, h, floor)),
    };
    // 经济成长率从4.45%上修至7.37%: a change of a rate names rates.
    let growth = percent
        && match change {
            // 分别是1.08％（原先统计为1.12％）与5.27％: what the list's first figure is.
            // …经济成长率由去年11月预测的3.54%: a figure of a rate named before it.
            None => {
                context::growth_cue(t, h, sent)
                    || phrase::names_a_rate(&subject)
                    || at.listed.as_ref().is_some_and(|l| {
                        context::growth_cue(t, &l.first, sent)
                            || phrase::names_a_rate(&indicator::subject(t, &l.first, sent.0))
                    })
            }
            // (预期出口增长由4至6%上调至9至11%: the growth word right before 由 names the rate
            // both ends are of.)
            Some(_) => {
                phrase::names_a_rate(&subject)
                    || fromto::at_end(at.changes, h.start)
                        .or_else(|| fromto::at_start(at.changes, h.start))
                        .is_some_and(|c| {
                            ["增长", "增幅", "增速", "增长率"]
                                .iter()
                                .any(|w| scan::ends(t, c.opening, w))
                        })
            }
        };
    let pace = growth && context::pace_cue(t, h, sent);
    let undated_pace = period::of_pace(&r, &mut f, growth);
    let decided = kind::decide(&r, &mut f, growth);
    let rate = Rate {
        percent,
        growth,
        points: h.base == Some("个百分点") || context::schedule_gap(t, h),
    };
    let (kind, base_period) = observed::revise(&r, &mut f, decided.kind, &rate, change.is_some());
    // (A holiday's figure, once its kind is read from the part of the year it falls in.)
    year_part::holiday(&r, &mut f, te);
    // 岁入较预算减少7.32亿元: a gap to a budget is what came of it, as large as written.
    let plan_gap = kind == Kind::Growth && context::compared_with_plan(t, h, sent);
    let kind = if plan_gap {
        f.notes
            .push("an amount compared with a budget or estimate: the gap, an actual".into());
        Kind::Actual
    } else {
        kind
    };
    period::of_pace_kind(&r, &mut f, kind, pace, undated_pace);
    let (form, cut) = form::form(&r, &mut f, kind, &rate);
    period::settle(&r, &mut f, kind, form, decided.effect, read_alone);
    // 比2020年下降13.5% (a goal by 2025), 2025年用水量比2020年下降20% (seen): the year the
    // change counts from, when it is not the year before the figure's.
    // 6月CPI比5月下降1%, 环比上涨0.5%: a change on the month (or quarter) before.
    let base_period = base_period.or_else(|| {
        (kind == Kind::Growth && percent)
            .then(|| context::on_the_part_before(t, h, sent, f.period))
            .flatten()
    });
    let base_period = base_period.or_else(|| {
        if form == crate::model::Form::Relative {
            return form::relative_base(&r, f.period).map(Period::Year);
        }
        let end = f.period.and_then(|p| p.year())?;
        // (“十二五”期间…全市单位GDP能耗累计下降26.94%: a change summed over a span of years
        // counts from the year before it.)
        let (a, _) = sentence::clause(t, h.start, h.end, sent);
        let summed = match f.period {
            Some(Period::Span { from, .. }) if context::cumulative_between(t, a, h.start) => {
                Some(from - 1)
            }
            _ => None,
        };
        let base = form::written_base(t, h, sent, false)
            .or(base)
            .or(summed)
            .filter(|&y| end > y + 1)?;
        let seen = kind == Kind::Growth
            && form == crate::model::Form::YearOnYear
            && !h.relative
            && h.base == Some("%");
        seen.then_some(Period::Year(base))
    });
    let Found {
        period,
        mut notes,
        mut check,
        ..
    } = f;
    if let Some(high) = h.high {
        notes.push(format!(
            "a range {}–{high}: the fact keeps the low end",
            h.value
        ));
    }
    let (value, high) = match (per_cent, h.base) {
        (Some(f), Some(b)) => {
            // (两倍三 is 230 %, not 229.99999999999997: the product rounded to a billionth.)
            let pct = |v: f64| (v * f * 1e9).round() / 1e9;
            notes.push(format!("{}{b} written as {}%", h.value, pct(h.value)));
            (pct(h.value), h.high.map(pct))
        }
        _ => (h.value, h.high),
    };
    let base = h
        .base
        .or_else(|| fromto::at_start(at.changes, h.start).and_then(|c| c.to_base))
        .filter(|_| per_cent.is_none())
        .or(per_cent.map(|_| "%"))
        .unwrap_or_else(|| match counted::bare_scale_unit(t, h, sent) {
            Some(u) => {
                check.push("unit");
                notes.push(format!(
                    "no unit written: {u} read from the words before it"
                ));
                u
            }
            None => {
                check.push("unit");
                notes.push("no unit written: 元 assumed".into());
                "元"
            }
        });
    let falls = ((kind == Kind::Growth
        || matches!(
            form,
            crate::model::Form::Rate | crate::model::Form::Relative
        ) && !h.relative)
        && context::falling(t, h, sent)
        || cut)
        && !plan_gap;
    let (qs, qe) = sentence::quote(t, h, sent);
    let slice = |a: usize, b: usize| written[a..b].iter().collect::<String>();
    let c = Candidate {
        source: source.to_string(),
        kind,
        form,
        // A fall (同比下降3.2%) is a negative rate, and so is a goal of one (排放下降3%左右,
        // written to the fact file as 3 % with direction decrease).
        // A range of a fall (降低3.6%—3.8%) falls at both ends.
        // (A rate written with its minus, 全国-13.2%, stays as written.)
        value: if falls && value > 0.0 { -value } else { value },
        value_high: high.map(|v| if falls && v > 0.0 { -v } else { v }),
        base_period,
        repeat_of: None,
        unit: Unit {
            scale: h.scale,
            base,
        },
        period,
        qualifier: h.qualifier,
        subject,
        region: String::new(),
        place: String::new(),
        undated_start: te.is_none() && opening.is_some(),
        project_list: decided.project_list,
        ceiling: false,
        quote: slice(qs, qe),
        start: qs,
        end: qe,
        as_written: slice(h.start, h.end),
        figure_start: h.start,
        figure_end: h.end,
        line: 0,
        announced: date,
        check,
        note: notes.join("; "),
    };
    (c, sent.0)
}
