//! What makes a figure observed whatever its period says: a change in points, a change written
//! 同比, a goal revised, a measure proposed, a doubling seen or aimed at.

use super::super::{context, fromto, goal, scan, sentence, time};
use super::{Found, Reading};
use crate::model::{Kind, Period};

/// What makes a figure observed whatever its period says (回落2.1个百分点, 超进度42.31%, 上修,
/// a change against a stated base), a measure proposed for a period, and a doubling
/// (翻一番) seen or aimed at. Returns the kind and the doubling's base year.
pub(super) fn revise(
    r: &Reading<'_>,
    f: &mut Found,
    kind: Kind,
    rate: &super::Rate,
    change: bool,
) -> (Kind, Option<Period>) {
    let (t, h, sent, at) = (r.t, r.h, r.sent, r.at);
    let mut kind = kind;
    // 设置量由原先17GW下修至14GW, 装置容量从目标的3GW提升至6GW: a goal revised, the level it
    // starts from the goal superseded and the one it reaches the new goal (not 实际 or 已 done).
    let revised_goal = |c: &fromto::Change| {
        let from = c.opening.saturating_sub(2).max(sent.0);
        let done = (from..h.start).any(|i| t[i] == '已' || scan::starts(t, i, "实际"));
        // (Not a measure in force raised, 从现行9.7万元调升至10.1万元: see `fromto`.)
        let revised = c.revision
            && (c.from..c.to).any(|i| context::REVISIONS.iter().any(|w| scan::starts(t, i, w)));
        (scan::ends(t, c.from, "目标的") || (revised && !c.from_written)) && !done
    };
    let in_change = fromto::at_start(at.changes, h.start).or(fromto::at_end(at.changes, h.start));
    if kind == Kind::Actual && in_change.is_some_and(revised_goal) {
        kind = Kind::Target;
        f.notes
            .push("a goal revised (由原先…下修至): the goals before and after".into());
    }
    // 回落2.1个百分点, 超进度42.31%: a change in points is the observed change of its period.
    let absolute = (!rate.percent && !change)
        .then(|| context::absolute_change(t, h, sent))
        .flatten();
    if (rate.growth || rate.points || absolute.is_some()) && kind == Kind::Actual {
        kind = Kind::Growth;
    }
    // 本年实际到位资金同比增长19.3% (in April): a change written 同比 is the observed change of
    // its period, not a goal of the year under way, unless its clause says it is aimed at.
    if kind == Kind::Target && rate.growth && yoy_observed(t, h, sent) {
        kind = Kind::Growth;
        f.notes
            .push("a change 同比 with no word of a goal: observed".into());
    }
    // 较去年制种面积减少10.6万亩，减幅为26.4%: the rate of an amount just told changed against
    // its base is observed as that change is, whatever year it is of (not one a budget
    // arranges: 预算案编列95.24亿元，较112年度预算增加42亿余元，增幅逾7成).
    let budget = goal::in_budget(t, h, sent);
    if kind == Kind::Target && rate.growth && !budget && rate_of_change_told(t, h, sent) {
        kind = Kind::Growth;
        f.notes
            .push("the rate of the change told right before it: observed".into());
    }
    // A change in points or against a stated base is observed, not a goal (上修2.92个百分点);
    // not one a budget arranges (收入安排116059万元，较上年增加6570万元: the year's plan).
    let arranged = kind == Kind::Target && budget;
    if rate.points || (absolute == Some(true) && !arranged) {
        kind = Kind::Growth;
    }
    // 今年全国杂交玉米计划制种面积342万亩，比去年实际制种面积294万亩增加48万亩，增长16%: the
    // change a plan's amount makes on what was before is planned, as the amount is.
    let past = f
        .period
        .is_some_and(|p| super::super::relation(&p, at.frame.date) == super::super::Relation::Past);
    if kind == Kind::Growth && !rate.points && !past && plan_changes(t, h, sent) {
        kind = Kind::Target;
        f.notes
            .push("the change a plan's amount makes on the year before: planned".into());
    }
    // A measure with no time of its own in a text proposing measures (分五期派消费券，每期一千元
    // and 推出95亿支援企业 in a budget, 医疗券维持700元 in a policy address): a goal for the
    // period it proposes for. (A rate of growth is the calendar year's: GDP实质增长1-2%.)
    if let (None, Some(p), Kind::Actual | Kind::Target) = (f.period, at.frame.proposed(), kind) {
        // 由原来首300万调整为600万澳门元: the level a measure changes from is no goal (its
        // period, the one before, is the change's: see below).
        let from = fromto::at_start(at.changes, h.start).is_some_and(|c| !c.revision);
        if from {
            f.period = Some(p);
        } else if !rate.growth && !context::present_perfect(t, h, sent) {
            f.period = Some(p);
            kind = Kind::Target;
            f.check("a measure with no time: of the period its text proposes it for");
        }
    }
    // 比2020年翻一番: a multiple of the base year's value, a goal.
    let mut base_period = None;
    // 比年度计划翻了一番, 每万人口发明专利拥有量实现翻番 (in a review): a doubling seen, a
    // level of 2 times its base, of the time the review is of (not the base's).
    let seen = h.relative
        && (t[h.start..h.end].contains(&'了')
            || (kind == Kind::Actual && {
                let (a, _) = sentence::clause(t, h.start, h.end, sent);
                (a..h.start).any(|i| scan::starts(t, i, "实现") || t[i] == '已')
            }));
    if seen {
        base_period = time::comparison_base(t, sent.0, h.start).map(Period::Year);
        if f.period.is_some() && f.period == base_period {
            f.period = at.frame.reviewed.map(Period::Year);
        }
        kind = Kind::Actual;
        f.notes
            .push("a doubling seen: a level of 2 times its base".into());
    } else if h.relative {
        kind = Kind::Target;
        base_period = time::comparison_base(t, sent.0, h.start).map(Period::Year);
        if base_period.is_none() {
            f.check.push("base_period");
            f.notes
                .push("a multiple (翻番, 减半) with no base year written: set base_period".into());
        }
    }
    (kind, base_period)
}

/// Whether the figure at `h` is the change a planned amount makes on a base: 计划 (or 预算安排,
/// 确保, 力争, 争取) with an amount after it in its clause, then 比 or 较 (not against the plan or a goal itself:
/// 比计划) with no other figure between, then the figure, nothing told done (完成, 已) between
/// (计划制种面积342万亩，比去年实际制种面积294万亩增加48万亩).
fn plan_changes(t: &[char], h: &crate::extract::scan::Hit, sent: (usize, usize)) -> bool {
    const PLANS: &[&str] = &["计划", "预算安排", "确保", "力争", "争取"];
    let Some(p) = (sent.0..h.start)
        .rev()
        .find(|&i| PLANS.iter().any(|w| scan::starts(t, i, w)))
    else {
        return false;
    };
    let (_, pe) = sentence::clause(t, p, p + 2, sent);
    let Some(amount) = (p + 2..pe.min(h.start)).find(|&i| t[i].is_ascii_digit()) else {
        return false;
    };
    let amount_end = (amount..h.start)
        .find(|&i| !(t[i].is_ascii_digit() || t[i] == '.'))
        .unwrap_or(h.start);
    let Some(k) = (amount_end..h.start).find(|&i| matches!(t[i], '比' | '较')) else {
        return false;
    };
    let against_goal = ["计划", "目标", "预期", "预算", "任务"]
        .iter()
        .any(|w| scan::starts(t, k + 1, w));
    let between_figure = (amount_end..k).any(|i| t[i].is_ascii_digit());
    let done = (amount_end..h.start).any(|i| t[i] == '已' || scan::starts(t, i, "完成"));
    !against_goal && !between_figure && !done
}

/// Words that aim at what follows them (力争, 预计, 计划, 预算安排), at `i`: not a goal told
/// met (当年1600件的目标任务也已提前超额完成).
const AIMED: &[&str] = &[
    "力争",
    "目标",
    "预计",
    "确保",
    "计划",
    "争取",
    "要",
    "将",
    "预期",
    "任务是",
    "任务为",
    "预算安排",
];

fn aimed_at(t: &[char], i: usize) -> bool {
    // (Not the 要 of 主要, 重要, 需要, nor the 将 of 将近, nearly.)
    let part_of_word = match t[i] {
        '要' => {
            i > 0
                && matches!(
                    t[i - 1],
                    '主' | '重' | '需' | '只' | '纲' | '摘' | '概' | '必'
                )
        }
        '将' => t.get(i + 1) == Some(&'近'),
        _ => false,
    };
    AIMED.iter().any(|w| scan::starts(t, i, w))
        && !part_of_word
        && !goal::goal_told_met(t, i, i + 1)
}

/// Whether the rate at `h` opens its clause as the rate of a change (减幅为, 增幅达) and the
/// clause before tells that change as an amount against a base (较去年…减少10.6万亩), with
/// no goal named in the rate's clause.
fn rate_of_change_told(t: &[char], h: &crate::extract::scan::Hit, sent: (usize, usize)) -> bool {
    let (a, b) = sentence::clause(t, h.start, h.end, sent);
    let opens = ["增幅", "减幅", "降幅", "涨幅", "跌幅"].iter().any(|w| {
        scan::starts(t, a, w)
            && ["为", "达", "是", "达到", ""]
                .iter()
                .any(|v| a + 2 + v.chars().count() == h.start && scan::starts(t, a + 2, v))
    });
    if !opens || a <= sent.0 + 1 {
        return false;
    }
    let (pa, _) = sentence::clause(t, a - 1, a - 1, sent);
    const CHANGES: &[&str] = &[
        "减少", "增加", "下降", "上升", "提高", "降低", "增长", "回落",
    ];
    let change = (pa..a).any(|i| {
        CHANGES.iter().any(|w| scan::starts(t, i, w))
            && t.get(i + 2).is_some_and(char::is_ascii_digit)
    });
    let based = (sent.0..a).any(|i| matches!(t[i], '比' | '较'));
    // (Not in a sentence aiming at it: 力争…比上年增加300亿元，增幅达到7%以上.)
    let aimed = goal_word_near(t, a, b, sent) || (sent.0..a).any(|i| aimed_at(t, i));
    change && based && !aimed
}

/// Whether 目标 is written from `from` to a few characters past its clause's end `b`
/// (…同比减少6%的改善目标): a goal the figure is claimed for.
fn goal_word_near(t: &[char], from: usize, b: usize, sent: (usize, usize)) -> bool {
    (from..(b + 12).min(sent.1)).any(|i| scan::starts(t, i, "目标"))
}

/// Whether the rate is written right after 同比 and a verb of change (同比增长19.3%, 同比下降
/// 2%), with no word of a goal or forecast before it in its sentence (力争同比增长10%, 预计).
fn yoy_observed(t: &[char], h: &crate::extract::scan::Hit, sent: (usize, usize)) -> bool {
    const VERBS: &[&str] = &[
        "增长", "下降", "上升", "减少", "提高", "增加", "回落", "增", "降", "减",
    ];
    let written = VERBS.iter().any(|v| {
        let n = v.chars().count();
        h.start >= n + 2 && scan::ends(t, h.start, v) && scan::ends(t, h.start - n, "同比")
    });
    // (Nor one a goal named after it claims: 同比下降4%、…同比减少6%的改善目标.)
    let (_, b) = sentence::clause(t, h.start, h.end, sent);
    let after = goal_word_near(t, h.end, b, sent);
    // (2024年，云南的任务是：…；林草产业总产值同比增长20%以上: a list of the year's tasks; nor
    // a goal told met: 当年1600件的目标任务也已提前超额完成，同比增长105%.)
    written && !after && !(sent.0..h.start).any(|i| aimed_at(t, i))
}
