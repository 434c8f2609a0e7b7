//! Reading one figure in its sentence: its period (its own time expression, a 分别 list, or
//! its paragraph's), its kind and form, its unit and its indicator.

use super::frame::Frame;
use super::fromto::{self, Change};
use super::listed::Listed;
use super::{
    context, counted, goal, indicator, phrase, plan, relation, scan, time, timing, Candidate,
    Relation,
};
use crate::model::{Form, Kind, Period, Unit};
use time::{Role, When, YearRef};

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

/// The note of a figure dated only by the year a text of January to March reviews (what
/// `restated.rs` looks for).
pub(super) const REVIEWED_YEAR_NOTE: &str =
    "no time stated: the year a text of January to March reviews";

/// The last day of `y`.
pub(super) fn year_end(y: i32) -> Option<crate::model::Date> {
    crate::model::Date::parse(&format!("{y:04}-12-31")).ok()
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
    let sent = context::sentence(t, h.start, h.end);
    let mut notes: Vec<String> = Vec::new();
    let mut check = vec!["subject"];
    let te = timing::time_of(t, h, exprs, at, sent).map(|(e, carried)| {
        if let Some(note) = carried {
            check.push("period");
            notes.push(note.into());
        }
        e
    });
    let mut period = te.and_then(|e| {
        let cumulative = e.role == Role::Plain
            && matches!(e.when, When::Year(YearRef::Abs(_)))
            && context::cumulative_between(t, e.end, h.start);
        match (cumulative, e.when, date) {
            // 累计达到480家: the level reached, a stock at the document's date.
            (true, When::Year(YearRef::Abs(y)), Some(d))
                if d.year >= y && context::level_reached(t, h) =>
            {
                notes.push("累计达到: the level reached by the document's date".into());
                Some(if d.year == y {
                    Period::Year(y)
                } else {
                    Period::AsOf(d)
                })
            }
            // 2025年…累计拜访企业305家, in a text of that year: the year's.
            (true, When::Year(YearRef::Abs(y)), Some(d)) if d.year == y => Some(Period::Year(y)),
            (true, When::Year(YearRef::Abs(y)), Some(d)) if d.year > y => {
                notes.push(format!("累计 since {y}: a span up to the document's date"));
                Some(Period::Span { from: y, to: d })
            }
            _ => time::resolve(e, &at.frame),
        }
    });
    // 十四五期间累计…: a plan's years, read as the review of them below; not “十四五”圆满收官
    // earlier in the paragraph, nor 到十四五末.
    if let Some(e) = te.filter(|e| e.start >= sent.0 || at.list_head.is_some()) {
        let after = (e.end..(e.end + 3).min(t.len())).any(|i| {
            ["期间", "时期", "以来", "累计", "五年"]
                .iter()
                .any(|w| scan::starts(t, i, w))
        });
        // “十四五”…目标：——…企业新增20家, 能耗降低17%: what the plan's years add or cut.
        let added = context::added(t, h, sent) || context::falling(t, h, sent);
        if let (When::Plan(y), true) = (e.when, after || added) {
            period = year_end(y).map(|to| Period::Span { from: y - 4, to });
        }
    }
    // 比2024年的785.7万人次: the base compared with is of the year named with it.
    if h.start > 0 && t[h.start - 1] == '的' {
        let from = h.start.saturating_sub(8);
        if let Some(y) = time::comparison_base(t, from, h.start - 1).filter(|y| {
            let written = format!("{y}年的");
            let n = written.chars().count();
            h.start > n
                && t[h.start - n..h.start].iter().copied().eq(written.chars())
                && matches!(t[h.start - n - 1], '比' | '较')
        }) {
            period = Some(Period::Year(y));
            notes.push("the base of a comparison (比2024年的): of its year".into());
        }
    }
    let read_alone = period;
    // A review of several years (这五年, 五年累计): a count over them keeps the span; any
    // other figure is a level at its end.
    if let (Some(When::PastYears(_) | When::Plan(_)), Some(Period::Span { to, .. })) =
        (te.map(|e| e.when), period)
    {
        // 五年累计新开工…，…: the sentence counts over the span, up to its next ；.
        let all = te.is_some_and(|e| {
            e.start >= sent.0
                && context::cumulative_between(t, e.end, e.end + 2)
                && !(e.end..h.start).any(|i| matches!(t[i], '；' | ';'))
        });
        // 总量达474万户, 累计达到22个: a level reached, whatever the clause counts.
        let level = ["达到", "达", "突破"]
            .iter()
            .any(|w| scan::ends(t, h.start, w))
            && !context::added(t, h, sent)
            && !context::growth_cue(t, h, sent);
        if level || (!all && !context::over_a_span(t, h, sent) && !context::growth_cue(t, h, sent))
        {
            period = Some(Period::Year(to.year));
        }
    }
    // 从2020年的7.8%提高到10%: both are levels; with no time of their own, the change's
    // start and end (a deadline before it, a reviewed span, a change before it).
    // (A figure ending one change and starting the next reads as the end of the first.)
    let change = fromto::at_end(at.changes, h.start)
        .map(|c| c.to_period)
        .or_else(|| fromto::at_start(at.changes, h.start).map(|c| c.from_period));
    if let Some(Some(p)) = change {
        period = Some(p);
        notes.push("a level in a change (从…到…): its period from the change".into());
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
            notes.push("indicator of the level it changes from".into());
            s.clone()
        }
        // 海内外游客从2015年的3.3亿人次增加到…: the words before 从.
        (None, Some(o)) => Some(indicator::words_before(t, o, sent, floor))
            .filter(|s| s.chars().count() >= 2)
            .unwrap_or_else(|| indicator::subject(t, h, floor)),
        (None, None) => indicator::subject(t, h, floor),
    };
    // 经济成长率从4.45%上修至7.37%: a change of a rate names rates.
    let growth = percent
        && match change {
            // 分别是1.08％（原先统计为1.12％）与5.27％: what the list's first figure is.
            // …经济成长率由去年11月预测的3.54%: a figure of a rate named before it.
            None => {
                context::growth_cue(t, h, sent)
                    || phrase::names_a_rate(&subject)
                    || at
                        .listed
                        .as_ref()
                        .is_some_and(|l| context::growth_cue(t, &l.first, sent))
            }
            Some(_) => phrase::names_a_rate(&subject),
        };
    let pace = growth && context::pace_cue(t, h, sent);
    // 来年…预测香港本地生产总值实质增长1至2%, in a budget: a rate of growth is the calendar
    // year's, not the fiscal year's.
    if let (true, Some(When::Coming), Some(Period::Span { from, .. })) =
        (growth, te.map(|e| e.when), period)
    {
        period = Some(Period::Year(from));
    }
    let mut undated_pace = false;
    if pace {
        // 由2015年的…增加到2019年的…，年均增长17.67%: over the change's years; with no time of
        // its own, in a review of several years, over those.
        let own = te.is_some_and(|e| e.start >= sent.0) && at.listed.is_none();
        if let Some(p) = fromto::pace_span(at.changes, h.start, sent.0) {
            period = Some(p);
        } else if let (true, Some(When::Plan(y))) = (own, te.map(|e| e.when)) {
            // 回看“十三五”，…年均增长7.4%: over the plan's five years.
            period = year_end(y).map(|to| Period::Span { from: y - 4, to });
        } else if let (false, Some((a, b))) = (own, at.frame.span) {
            period = year_end(b).map(|to| Period::Span { from: a, to });
        } else {
            undated_pace = !own;
        }
    }
    let cue = |skip: &[&str]| {
        goal::target_cue(t, h, sent, skip)
            || at.list_head.is_some_and(|(a, b)| {
                goal::goal_words(t, a, b, skip) || super::layout::names_tasks(t, a, b)
            })
    };
    let review = if at.frame.reviews_back() {
        goal::WEAK
    } else {
        &[]
    };
    // 进入两万亿级城市的行列, 成长为千亿级产业: a class reached is a state, not a goal.
    // 一般公共预算收入达到万亿级规模, in a text reviewing a year gone by: a level reached.
    let reached = context::class_reached(t, h, sent)
        || (at.frame.reviews_back()
            && context::level_reached(t, h)
            && !goal::target_cue(t, h, sent, &[]));
    // 新增国家高新技术企业500家 with no time of its own, in a year under way: what the year
    // is to add (a goal: see below).
    if let (None, Some(d)) = (period, date) {
        let this_year = Some(Period::Year(d.year));
        if year_under_way(this_year, date, at.frame.year_only)
            && !at.frame.reviews_back()
            && context::added(t, h, sent)
            && !context::present_perfect(t, h, sent)
        {
            period = this_year;
            check.push("period");
            notes.push("新增 with no time of its own: what the document's year is to add".into());
        }
    }
    // With no date known, 到2027年 (not 截至) names a deadline: a goal.
    let deadline =
        date.is_none() && te.is_some_and(|e| e.role == Role::End && !time::as_of(t, e.start));
    // 项目达产后年产值500亿元: what a project is to give, with no year of its own. Its time
    // is one written after 后 (建成后，2026年可实现…), not when the project was built
    // (2020年…建成投产，…达产后年产值将达200亿元); a past one there (去年实现产值50亿元) is
    // no goal.
    let effect = goal::expected_effect(t, h, sent).filter(|&k| {
        let own = te.is_some_and(|e| e.start >= k);
        !(own && period.is_some_and(|p| relation(&p, date) == Relation::Past))
    });
    let own_time = te.is_some_and(|e| effect.is_some_and(|k| e.start >= k));
    let effect = effect.is_some();
    if effect && !own_time && period.is_some() {
        period = None;
        notes.retain(|n| n != "period from earlier in the paragraph");
        check.retain(|c| *c != "period");
    }
    let mut kind = if deadline {
        Kind::Target
    } else if effect {
        notes.push("what a project is to give once built: a goal with no year".into());
        Kind::Target
    } else if context::scale_class(t, h) && !reached {
        notes.push("a scale class (千亿级, 千亿规模) read as a goal".into());
        if period.is_some_and(|p| relation(&p, date) != Relation::Future) {
            period = None;
        }
        Kind::Target
    } else {
        match period.map(|p| relation(&p, date)) {
            Some(Relation::Future) => Kind::Target,
            // 2019年设定的目标是6%-6.5%: a goal of a year gone by.
            // 早就喊出了跨进万亿的目标: a goal, whatever year its sentence names.
            Some(Relation::Past)
                if goal::goal_named_before(t, h, sent) || goal::goal_named_after(t, h) =>
            {
                Kind::Target
            }
            Some(Relation::Past) => Kind::Actual,
            // What a whole year not yet over adds (2022年新增上市公司30家, in April 2022)
            // cannot have been observed: a goal, as a count over a span not yet over is.
            Some(Relation::Current)
                if year_under_way(period, date, at.frame.year_only)
                    && (context::added(t, h, sent) || growth)
                    && !context::present_perfect(t, h, sent) =>
            {
                Kind::Target
            }
            // Early in a year, a text with no time of its own reviews the year just ended.
            None if cue(review) || at.frame.in_tasks(h.start) => Kind::Target,
            None if goal::floor_run(t, h, sent) => {
                notes.push("one of a run of floors (…以上，…以上): a goal".into());
                Kind::Target
            }
            // 十二月：今年经济成长率预测达5.46%: in the year's last month, a forecast of the
            // whole year is its estimate.
            Some(Relation::Current)
                if year_ending(period, date, at.frame.year_only)
                    && cue(&[])
                    && !cue(goal::FORECASTS)
                    && !at.frame.in_tasks(h.start) =>
            {
                notes.push("a forecast of the whole year in its last month: its estimate".into());
                Kind::Actual
            }
            Some(_) if cue(&[]) || at.frame.in_tasks(h.start) => Kind::Target,
            _ => Kind::Actual,
        }
    };
    // 2024年共安排市重点项目476个，年度计划投资463.4亿元: a year's list of projects is its plan.
    let project_list =
        matches!(kind, Kind::Actual | Kind::Target) && plan::project_list(t, h, sent);
    if project_list && kind == Kind::Actual {
        kind = Kind::Target;
        notes.push("a year's list of projects with its planned investment: the plan".into());
    }
    // 1-10月，…完成州政府下达任务数132.63亿元的90.8%: a task set for the year is the whole
    // year's, whatever months its sentence reports.
    if let (Kind::Target, Some(Period::Part { year, .. })) = (kind, period) {
        if goal::task_named_before(t, h, sent) {
            period = Some(Period::Year(year));
            notes.push("a task set for the year: the whole year".into());
        }
    }
    // 回落2.1个百分点, 超进度42.31%: a change in points is the observed change of its period.
    let points = h.base == Some("个百分点") || context::schedule_gap(t, h);
    let absolute = (!percent && change.is_none())
        .then(|| context::absolute_change(t, h, sent))
        .flatten();
    if (growth || points || absolute.is_some()) && kind == Kind::Actual {
        kind = Kind::Growth;
    }
    // A change in points or against a stated base is observed, not a goal (上修2.92个百分点).
    if points || absolute == Some(true) {
        kind = Kind::Growth;
    }
    // A measure with no time of its own in a text proposing measures (分五期派消费券，每期一千元
    // and 推出95亿支援企业 in a budget, 医疗券维持700元 in a policy address): a goal for the
    // period it proposes for. (A rate of growth is the calendar year's: GDP实质增长1-2%.)
    if let (None, Some(p), Kind::Actual | Kind::Target) = (period, at.frame.proposed(), kind) {
        // 由原来首300万调整为600万澳门元: the level a measure changes from is no goal (its
        // period, the one before, is the change's: see below).
        let from = fromto::at_start(at.changes, h.start).is_some_and(|c| !c.revision);
        if from {
            period = Some(p);
        } else if !growth && !context::present_perfect(t, h, sent) {
            period = Some(p);
            kind = Kind::Target;
            check.push("period");
            notes.push("a measure with no time: of the period its text proposes it for".into());
        }
    }
    // 比2020年翻一番: a multiple of the base year's value, a goal.
    let mut base_period = None;
    // 比年度计划翻了一番, 每万人口发明专利拥有量实现翻番 (in a review): a doubling seen, a
    // level of 2 times its base, of the time the review is of (not the base's).
    let seen = h.relative
        && (t[h.start..h.end].contains(&'了')
            || (kind == Kind::Actual && {
                let (a, _) = context::clause(t, h.start, h.end, sent);
                (a..h.start).any(|i| scan::starts(t, i, "实现") || t[i] == '已')
            }));
    if seen {
        base_period = time::comparison_base(t, sent.0, h.start).map(Period::Year);
        if period.is_some() && period == base_period {
            period = at.frame.reviewed.map(Period::Year);
        }
        kind = Kind::Actual;
        notes.push("a doubling seen: a level of 2 times its base".into());
    } else if h.relative {
        kind = Kind::Target;
        base_period = time::comparison_base(t, sent.0, h.start).map(Period::Year);
        if base_period.is_none() {
            check.push("base_period");
            notes.push("翻番 with no base year written: set base_period".into());
        }
    }
    // 到2025年…年均增长13.6%左右 in a text naming 十四五: a pace over the plan's years.
    if let (true, Kind::Target, Some(Period::Year(y))) = (pace, kind, period) {
        if at.frame.plan_ending(y) {
            period = year_end(y).map(|to| Period::Span { from: y - 4, to });
        }
    }
    // A report on 2025 that says 年均增长5.7% with no years of its own: no single year has
    // an average pace; the five years it closes.
    if let (true, Kind::Growth, true, Some(y)) = (
        undated_pace,
        kind,
        at.frame.reviews_back(),
        at.frame.reviewed,
    ) {
        if period.is_none() || period == Some(Period::Year(y)) {
            period = year_end(y).map(|to| Period::Span { from: y - 4, to });
        }
    }
    // 减少碳排放800万吨, 压减产能500万吨 as a goal: an amount cut, a negative change summed
    // over the goal's years (written as 800 with direction decrease); as done (压减地下水开采量
    // 21.5亿立方米), a negative change.
    let cut = matches!(kind, Kind::Target | Kind::Growth)
        && !percent
        && !h.relative
        && !points
        && context::cut_amount(t, h, sent);
    if cut {
        notes.push(if kind == Kind::Target {
            "a goal of a cut: the amount of the fall".into()
        } else {
            "an amount cut: a negative change".into()
        });
    }
    let form = match kind {
        Kind::Target if h.relative => Form::Relative,
        Kind::Target if cut => Form::Cumulative,
        Kind::Target if growth => Form::Rate,
        Kind::Target if percent && h.value <= 100.0 => Form::Share,
        // 十四五期间新增25万平米: a sum over the span.
        // A fiscal year's budget (下一年度赤字1016亿) is one year's flow.
        Kind::Target if period.as_ref().is_some_and(Period::is_fiscal_year) => Form::Level,
        Kind::Target if matches!(period, Some(Period::Span { .. })) => Form::Cumulative,
        // 同比增长18.5%, 比上年增长: the change of its own period; only 年均 (连年, 每年) states
        // a pace.
        Kind::Growth if !context::pace_cue(t, h, sent) => Form::YearOnYear,
        _ => Form::Level,
    };
    // 累计化解1655万件 in a review of five years: over those years.
    if let (None, Some((a, b))) = (period, at.frame.span) {
        if context::cumulative_between(t, sent.0, h.start) {
            period = year_end(b).map(|to| Period::Span { from: a, to });
            check.push("period");
            notes.push("累计 in a review of several years: over those years".into());
        }
    }
    // 截至7月底，…年度计划投资24.19亿元; 1—3月份，…完成全年任务75亿元的23.7%: the plan
    // is the whole year's.
    if kind == Kind::Target && plan::year_plan_named(t, h) {
        if let Some(y) = period.and_then(|p| p.year()).or(date.map(|d| d.year)) {
            if period != Some(Period::Year(y)) {
                period = Some(Period::Year(y));
                notes.push("a year's plan or task: the whole year".into());
            }
        }
    }
    // 今年…主要预期目标为：… and the tasks after it: the document's year. So is a goal with
    // no time in a report reviewing the year before (the year reviewed is over), and a rate
    // goal with none (GDP增长目标设为5.5%左右: a year's rate, of the year the text is in).
    let goal_of_the_year = kind == Kind::Target
        && !h.relative
        && !effect
        && (at.frame.reviews_back() || form == Form::Rate);
    if let (None, true, Some(d)) = (period, at.frame.in_tasks(h.start) || goal_of_the_year, date) {
        period = Some(Period::Year(d.year));
        check.push("period");
        notes.push(if at.frame.in_tasks(h.start) {
            "no time stated, in the report's part on its own year".into()
        } else {
            "a goal with no time stated: of the document's year".into()
        });
    }
    if period.is_none() && kind != Kind::Target {
        // Early in a year a text reviews the year just ended; what it says is already so
        // (已覆盖21万家, 目前拥有) is so at the end of that year too.
        // A date inferred from the years named is a year, not a day: its figures are of the
        // year the text reviews (2015年，全县… with no dateline).
        period = date.map(|d| match at.frame.reviewed {
            Some(y) if y < d.year => Period::Year(y),
            Some(y) if at.frame.year_only => Period::Year(y),
            _ => Period::AsOf(d),
        });
        if !check.contains(&"period") {
            check.push("period");
        }
        notes.push(match period {
            Some(Period::Year(_)) if at.frame.year_only => {
                "no time stated: the year the text reviews".into()
            }
            Some(Period::Year(_)) => REVIEWED_YEAR_NOTE.into(),
            _ => "no time stated in the sentence: dated to the document".into(),
        });
    }
    if let Some(p) = fromto::unstated_start(at.changes, h.start, read_alone, period) {
        period = Some(p);
        notes.push("the start of a change (由…到…): the period before its own".into());
    }
    if let Some(high) = h.high {
        notes.push(format!(
            "a range {}–{high}: the fact keeps the low end",
            h.value
        ));
    }
    let (value, high) = match (per_cent, h.base) {
        (Some(f), Some(b)) => {
            notes.push(format!("{}{b} written as {}%", h.value, h.value * f));
            (h.value * f, h.high.map(|v| v * f))
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
    let falls = (kind == Kind::Growth || form == Form::Rate) && context::falling(t, h, sent) || cut;
    let (qs, qe) = context::quote(t, h, sent);
    let slice = |a: usize, b: usize| written[a..b].iter().collect::<String>();
    let c = Candidate {
        source: source.to_string(),
        kind,
        form,
        // A fall (同比下降3.2%) is a negative rate, and so is a goal of one (排放下降3%左右,
        // written to the fact file as 3 % with direction decrease).
        // A range of a fall (降低3.6%—3.8%) falls at both ends.
        value: if falls { -value } else { value },
        value_high: high.map(|v| if falls { -v } else { v }),
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
        project_list,
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

/// Whether `period` is the whole year of a document dated before that year's last month
/// (a date inferred from the years named is no such date).
/// Whether `period` is the whole year of a text dated in its last month.
fn year_ending(period: Option<Period>, date: Option<crate::model::Date>, year_only: bool) -> bool {
    matches!((period, date), (Some(Period::Year(y)), Some(d)) if !year_only && y == d.year && d.month == 12)
}

fn year_under_way(
    period: Option<Period>,
    date: Option<crate::model::Date>,
    year_only: bool,
) -> bool {
    match (period, date) {
        (Some(Period::Year(y)), Some(d)) => !year_only && y == d.year && d.month < 12,
        // 下半年经济成长率为2.51%, in September: a half or quarter not over yet.
        (Some(Period::Part { year, to, .. }), Some(d)) => year == d.year && to > d.month,
        _ => false,
    }
}
