//! The kind of one figure (a goal, an actual, an observed change); its form is [`super::form`].

use super::super::{context, fromto, goal, plan, relation, scan, sentence, time, Relation};
use super::done::{done_so_far, share_done, share_of_goal_reached};
use super::{Found, Reading};
use crate::model::{Kind, Period};

/// What deciding a figure's kind found beside the kind.
pub(super) struct Decided {
    /// Goal, actual or observed change.
    pub(super) kind: Kind,
    /// What a project is to give once built (达产后年产值500亿元).
    pub(super) effect: bool,
    /// One of a year's list of projects with its planned investment.
    pub(super) project_list: bool,
}

/// Whether a figure states a goal or what was so, from its period, its words and the text's
/// frame (a year under way, a review, a deadline, a project's effect, a class reached).
pub(super) fn decide(r: &Reading<'_>, f: &mut Found, growth: bool) -> Decided {
    let (t, h, sent, at, te) = (r.t, r.h, r.sent, r.at, r.te);
    let date = at.frame.date;
    let cue = |skip: &[&str]| {
        goal::target_cue(t, h, sent, skip)
            || at.list_head.is_some_and(|(a, b)| {
                goal::goal_words(t, a, b, skip) || super::super::layout::names_tasks(t, a, b)
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
    if let (None, Some(d)) = (f.period, date) {
        let this_year = Some(Period::Year(d.year));
        if year_under_way(this_year, date, at.frame.year_only)
            && !at.frame.reviews_back()
            && context::added(t, h, sent)
            && !context::present_perfect(t, h, sent)
            // (Not in a sentence telling its goal met: …的预计目标被超额完成.)
            && !goal::goal_told_met(t, sent.0, sent.1)
        {
            f.period = this_year;
            f.check(super::ADDED_THIS_YEAR);
        }
    }
    // 城镇老旧小区改造工程的任务目标为改造181个城镇老旧小区, with no time of its own, in a
    // year under way: a task is the year's.
    if let (None, Some(d)) = (f.period, date) {
        let this_year = Some(Period::Year(d.year));
        if year_under_way(this_year, date, at.frame.year_only)
            && !at.frame.reviews_back()
            && (sent.0..h.start).any(|i| scan::starts(t, i, "任务"))
            && goal::target_cue(t, h, sent, &[])
        {
            f.period = this_year;
            f.check("a task with no time of its own: the document's year's");
        }
    }
    let deadline = super::deadline::by_deadline(r, f);
    // 项目达产后年产值500亿元: what a project is to give, with no year of its own. Its time
    // is one written after 后 (建成后，2026年可实现…), not when the project was built
    // (2020年…建成投产，…达产后年产值将达200亿元); a past one there (去年实现产值50亿元) is
    // no goal.
    let effect = goal::expected_effect(t, h, sent).filter(|&k| {
        let own = te.is_some_and(|e| e.start >= k);
        !(own
            && f.period
                .is_some_and(|p| relation(&p, date) == Relation::Past))
    });
    let own_time = te.is_some_and(|e| effect.is_some_and(|k| e.start >= k));
    let effect = effect.is_some();
    if effect && !own_time && f.period.is_some() {
        f.period = None;
        f.notes
            .retain(|n| n != "period from earlier in the paragraph");
        f.check.retain(|c| *c != "period");
    }
    let mut kind = if deadline {
        Kind::Target
    } else if effect {
        f.notes
            .push("what a project is to give once built: a goal with no year".into());
        Kind::Target
    } else if context::scale_class(t, h) && !reached {
        f.notes
            .push("a scale class (千亿级, 千亿规模) read as a goal".into());
        if f.period
            .is_some_and(|p| relation(&p, date) != Relation::Future)
        {
            f.period = None;
        }
        Kind::Target
    } else {
        match f.period.map(|p| relation(&p, date)) {
            // 2025年实现体育场地人均2平米，比目前人均1.46平方米有所提升: the base a goal is
            // compared with is what is, or was.
            Some(rel) if rel != Relation::Future && f.compared_base => Kind::Actual,
            // “十四五”期间，全区累计完成…1.23亿亩, in November 2025: what the span under way
            // has seen done so far, in its last year (not a plan's 累计完成投资 of years ahead).
            // (In its last quarter, 完成 anywhere before it in its sentence says so too:
            // “十三五”期间…全国完成…整改1.95万所，新增普惠性学位400多万个, in December 2020.)
            Some(Relation::Future)
                if !cue(&[])
                    && matches!((f.period, date), (Some(Period::Span { from, to }), Some(d))
                        if from < d.year && to.year == d.year
                            && (done_so_far(t, h, sent)
                                // (“十四五”以来，中央累计安排…2200亿元: since the plan began.)
                                || te.is_some_and(|e| time::since_after(t, &e))
                                || (d.month >= 10
                                    && (sent.0..h.start).any(|k| scan::starts(t, k, "完成"))))) =>
            {
                Kind::Actual
            }
            // 「長照2.0」推行的10年間，…增加18.7倍, in its tenth year: years looked back on (这五年,
            // 五年来, 10年间) are seen, though the last is not over.
            Some(Relation::Future)
                if !cue(&[]) && te.is_some_and(|e| matches!(e.when, time::When::PastYears(_))) =>
            {
                Kind::Actual
            }
            Some(Relation::Future) => Kind::Target,
            // 2019年设定的目标是6%-6.5%: a goal of a year gone by.
            // 早就喊出了跨进万亿的目标: a goal, whatever year its sentence names.
            // 报告提出，2019年城镇新增就业1100万人以上: what a report or plan set out.
            // 4月计划完成筛查人数1480人 (in May): a plan of a time gone by.
            Some(Relation::Past)
                if goal::goal_named_before(t, h, sent)
                    || goal::goal_named_after(t, h)
                    || goal::set_out(t, h, sent)
                    || goal::scheduled(t, h, sent)
                    || goal::striven(t, h, sent)
                    || te.is_some_and(|e| planned_then(t, e.end, h.start))
                    || goal::pledge_item(t, h, sent)
                    || goal::listed_as_pledge(t, h, sent)
                    || goal::projects_planned(t, h, sent)
                    || goal::item_under_goals(t, h, at.list_head)
                    || goal::line_of_goals(t, h)
                    || super::voiced::forecast_before(r)
                    || super::voiced::expected_then_actual(r) =>
            {
                Kind::Target
            }
            // 4月20日…新闻发布会，记者从会上了解到：…将再发放2000万元 (on 21 April): what the
            // day a few days before the document said is to be done, a goal of its year.
            Some(Relation::Past) if super::voiced::told_then(r, f.period) => {
                if let Some(Period::AsOf(d)) = f.period {
                    f.period = Some(Period::Year(d.year));
                }
                f.notes
                    .push("将 on a day a few days before the document: a goal of its year".into());
                Kind::Target
            }
            // 水务署今年2月已展开…运动。…署方希望尽快把…用水量降到…135公升的水平: a goal voiced
            // after a month or a day gone by, named in a sentence before, is of no time.
            Some(Relation::Past)
                if te.is_some_and(|e| {
                    e.start < sent.0
                        && matches!(e.when, time::When::Month(..) | time::When::Day(..))
                }) && goal::goal_words(t, sent.0, h.start, goal::FORECASTS)
                    // (Not a result with its share of a goal, 招募西部计划志愿者3153人，占目标
                    // 任务的210.2%.)
                    && !(h.start.saturating_sub(1)..sent.1).any(|k| goal::share_follows(t, k)) =>
            {
                f.period = None;
                f.notes
                    .retain(|n| n != "period from earlier in the paragraph");
                f.check.retain(|c| *c != "period");
                Kind::Target
            }
            Some(Relation::Past) => Kind::Actual,
            // What a whole year not yet over adds (2022年新增上市公司30家, in April 2022)
            // cannot have been observed: a goal, as a count over a span not yet over is.
            Some(Relation::Current)
                if year_under_way(f.period, date, at.frame.year_only)
                    && (context::added(t, h, sent) || growth)
                    && !context::present_perfect(t, h, sent) =>
            {
                Kind::Target
            }
            // Early in a year, a text with no time of its own reviews the year just ended.
            None if cue(review) || at.frame.in_tasks(h.start) => Kind::Target,
            None if goal::floor_run(t, h, sent) => {
                f.notes
                    .push("one of a run of floors (…以上，…以上): a goal".into());
                Kind::Target
            }
            // 十二月：今年经济成长率预测达5.46%: in the year's last month, a forecast of the
            // whole year is its estimate. Not a line still to be crossed (全年有望突破1.6亿吨,
            // 可望首度站上7000億美元大關) nor a band (估算可达7387億至7409億美元): forecasts.
            Some(Relation::Current)
                if year_ending(f.period, date, at.frame.year_only)
                    && h.qualifier != crate::model::Qualifier::AtLeast
                    && h.high.is_none()
                    && cue(&[])
                    && !cue(goal::FORECASTS)
                    && !at.frame.in_tasks(h.start) =>
            {
                f.notes
                    .push("a forecast of the whole year in its last month: its estimate".into());
                Kind::Actual
            }
            Some(_) if cue(&[]) || at.frame.in_tasks(h.start) => Kind::Target,
            _ => Kind::Actual,
        }
    };
    // 目标自去年50亿元增至90亿元: a goal's change starts from the goal before, a goal too, and
    // ends at the goal set, of whatever year (2017年全省国土绿化任务由190万亩增加到400万亩).
    let of_goal = |c: &fromto::Change| {
        ["目标", "目标值", "任务"]
            .iter()
            .any(|w| fromto::named_before(t, c.opening, w))
    };
    if kind == Kind::Actual {
        if fromto::at_start(at.changes, h.start).is_some_and(of_goal) {
            kind = Kind::Target;
            f.notes
                .push("the level a goal changes from: the goal before".into());
        } else if fromto::at_end(at.changes, h.start).is_some_and(of_goal) {
            kind = Kind::Target;
            f.notes.push("the level a goal is changed to".into());
        }
    }
    // 人才资源总量从现在的1.14亿人增加到1.8亿人: a level to be reached from now is to come.
    if kind == Kind::Actual && fromto::ends_ahead(at.changes, h.start, t, sent.0, date) {
        kind = Kind::Target;
        f.notes
            .push("the level a change from now reaches: to come".into());
    }
    // 2015年，年人均消费量将由0.26千克提高到0.5千克: the level a goal starts from, with no
    // time of its own, is what is so now; not one set before (目标金额由原先设定的92亿美元).
    let set_before = |c: &fromto::Change| {
        (c.opening..h.start).any(|i| {
            ["设定", "原定", "原订", "原先", "预定"]
                .iter()
                .any(|w| scan::starts(t, i, w))
        })
    };
    // (So is one written as now, 将分别由现在的5%、15%、23%提高至…, each of its list.)
    let now = |c: &&fromto::Change| c.from_now && fromto::at_end(at.changes, h.start).is_none();
    let start = fromto::unstated_from(at.changes, h.start)
        .or_else(|| fromto::at_start(at.changes, h.start).filter(now));
    if kind == Kind::Target && start.is_some_and(|c| !of_goal(c) && !set_before(c)) {
        kind = Kind::Actual;
        f.notes
            .push("the level a goal starts from, with no time of its own: what is so".into());
    }
    // 超年度2亿吨目标任务66.2万吨: how far a goal's pace was passed, after the goal's word,
    // is what was done.
    let (clause_start, _) = sentence::clause(t, h.start, h.end, sent);
    // (Not 超过原订目标95%, the goal itself: the goal's amount comes before its word.)
    let passed_by = ["目标任务", "目标", "任务"]
        .iter()
        .find(|w| scan::ends(t, h.start, w))
        .is_some_and(|w| {
            let word = h.start - w.chars().count();
            (clause_start..word)
                .find(|&i| t[i] == '超')
                .is_some_and(|i| t[i..word].iter().any(char::is_ascii_digit))
        });
    if passed_by && kind == Kind::Target {
        kind = Kind::Actual;
        f.notes
            .push("by how much a goal was passed: what was done".into());
    }
    // 募集青年就业见习岗位325个,已完成330个: a task, then what is done of it; the task is
    // the year's when no time is written (or only the day it is counted to).
    // (计划新建或改造80个社区便利店，目前已超额完成93个: a plan with no time, the same.)
    let task = match kind {
        Kind::Actual => f
            .period
            .is_none_or(|p| relation(&p, date) != Relation::Future),
        Kind::Target => matches!(f.period, None | Some(Period::AsOf(_))),
        Kind::Growth => false,
    };
    // (总投资6580万元，已完成投资5165万元，占总投资的78.5%: a project's total, the same.)
    let task_done = goal::task_before_done(t, h, sent) || goal::total_before_share_done(t, h, sent);
    if task && !reached && task_done {
        kind = Kind::Target;
        if let Some(Period::AsOf(d)) | Some(Period::Span { to: d, .. }) = f.period {
            f.period = Some(Period::Year(d.year));
        } else if let (None, Some(d)) = (f.period, date) {
            f.period = Some(Period::Year(d.year));
        }
        f.notes
            .push("a task, what is done of it right after: the task".into());
    }
    // 截至6月底已有56所开工；计划建成…学校146所: a plan after a ；, of the year counted in.
    if let (Kind::Actual, Some(Period::AsOf(d))) = (kind, f.period) {
        if goal::plan_after_semicolon(t, h, sent) {
            kind = Kind::Target;
            f.period = Some(Period::Year(d.year));
            f.notes
                .push("a plan after a ；, not what was done by the day: the year's".into());
        }
    }
    // 2024年共安排市重点项目476个，年度计划投资463.4亿元: a year's list of projects is its plan.
    let project_list = matches!(kind, Kind::Actual | Kind::Target)
        && plan::project_list(t, h, sent, !at.frame.reviews_back());
    if project_list && kind == Kind::Actual {
        kind = Kind::Target;
        f.notes
            .push("a year's list of projects with its planned investment: the plan".into());
    }
    // 1-9月份，316个州重点建设项目累计开复工291个: the list is the whole year's (not a
    // quarter's batch: 第二季度新开工项目共200个).
    // So is a list counted to a date (截至8月底，…重点工程建设项目1099项，年度投资计划…).
    let list_year = match f.period {
        Some(Period::Part { year, from: 1, .. }) => Some(year),
        Some(Period::AsOf(d)) => Some(d.year),
        _ => None,
    };
    if let (true, Some(year)) = (project_list, list_year) {
        f.period = Some(Period::Year(year));
        f.notes
            .push("a year's list of projects: the whole year".into());
    }
    // 1-10月，…完成州政府下达任务数132.63亿元的90.8%: a task set for the year is the whole
    // year's, whatever months its sentence reports; so is a count of the year's plan (到上半年
    // 末，…176个年度计划新开项目中).
    let year = match f.period {
        Some(Period::Part { year, .. }) => Some(year),
        Some(Period::AsOf(d)) => Some(d.year),
        _ => None,
    };
    // So is a goal named before its amount when a share of it done follows (1至9月…为工作目标
    // 25.12亿美元的108.7%).
    let share_after = goal::share_follows(t, h.end);
    // So is a goal named after its amount when a share of it done follows (完成市政府下达的
    // 19500万美元目标任务的77.69%, 完成全年5360亿元招商引资目标任务的25.07%).
    let goal_then_share = goal::goal_share_after(t, h.end);
    // (完成一季度2500亿元目标的103.7%: a goal of the months written right before it is theirs.)
    let own_months = te.is_some_and(|e| {
        (e.end == h.start || e.end + 1 == h.start)
            && matches!(e.when, time::When::Part(..) | time::When::Month(..))
    });
    // (占累计分配预算数348.10亿元的62.84%: a plan counted to the date is of that date.)
    let counted_to_date = {
        let (clause, _) = sentence::clause(t, h.start, h.end, sent);
        (clause.max(h.start.saturating_sub(10))..h.start).any(|i| scan::starts(t, i, "累计"))
    };
    let reached = share_of_goal_reached(t, h, (sent.0, clause_start));
    if let (Kind::Target, Some(year), false, false, false) =
        (kind, year, own_months, counted_to_date, reached)
    {
        if goal::task_named_before(t, h, sent)
            || goal::plan_named_after(t, h)
            || goal::year_goal_beside(t, h)
            || goal_then_share
            || (share_after && goal::goal_named_before(t, h, sent))
        {
            f.period = Some(Period::Year(year));
            f.notes
                .push("a task set for the year: the whole year".into());
        }
    }
    // 同争取到的计划任务数相比，竣工率为153.75%: the share of the plan done, what was seen,
    // unless its own clause aims it (完成率力争达到100%).
    if kind == Kind::Target && (share_done(t, h, sent.0, clause_start) || reached) {
        kind = Kind::Actual;
        f.notes
            .push("the share of a plan done (完成率, 竣工率): what was seen".into());
    }
    Decided {
        kind,
        effect,
        project_list,
    }
}

/// Whether `period` is the whole year of a text dated in its last month, or a fiscal year (April
/// to March) of a text dated in its last three (a budget's revised estimate is made in
/// February).
fn year_ending(period: Option<Period>, date: Option<crate::model::Date>, year_only: bool) -> bool {
    match (period, date) {
        (Some(Period::Year(y)), Some(d)) => !year_only && y == d.year && d.month == 12,
        (Some(p @ Period::Span { to, .. }), Some(d)) if p.is_fiscal_year() => {
            to.year == d.year && d.month <= 3
        }
        _ => false,
    }
}

/// Whether `period` is the whole year, or a part of a year, of a document dated before it is
/// over (a date inferred from the years named is no such date).
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

/// Whether the time ending at `e` is followed by its plan (4月计划完成筛查人数1480人), with
/// the figure in the same clause and not a share of the plan (4月计划的80%).
fn planned_then(t: &[char], e: usize, figure: usize) -> bool {
    scan::starts(t, e, "计划")
        && !goal::share_follows(t, e + 2)
        && t.get(e..figure).is_some_and(|between| {
            !between
                .iter()
                .any(|c| matches!(c, '，' | '；' | '。' | '已'))
        })
}
