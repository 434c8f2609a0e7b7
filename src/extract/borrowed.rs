//! An indicator borrowed from the figures before it: a name of its place in a 分别 list, the
//! figure before it in its sentence when it has no words of its own, the figure it is an earlier
//! estimate of (in brackets), and the quantity a comparison, a rate naming none or a forecast
//! naming nothing is of; and a goal's kind and period, for its parts in brackets.

use super::{join_note, key, phrase, Candidate};
use crate::model::{Form, Kind};

/// 到2023年底全国铁路里程将超过15.8万公里，其中高铁4.45万公里左右，2027年底分别增至17万公里、
/// 5.3万公里: a 分别 list with no names of its own takes, place by place, the indicators of as
/// many figures in its unit right before it in its sentence.
pub(super) fn places_of_a_list_before(cs: &mut [Candidate]) {
    let unnamed = |c: &Candidate| matches!(c.subject.as_str(), "分别" | "依次");
    // (Candidates of one sentence quote the same characters.)
    let sentence = |c: &Candidate| (c.start, c.end);
    let mut i = 0;
    while i < cs.len() {
        if !unnamed(&cs[i]) {
            i += 1;
            continue;
        }
        let (here, unit) = (sentence(&cs[i]), cs[i].unit.clone());
        let len = cs[i..]
            .iter()
            .take_while(|c| sentence(c) == here && c.unit == unit && unnamed(c))
            .count();
        let before: Vec<usize> = (0..i)
            .rev()
            .take_while(|&k| sentence(&cs[k]) == here)
            .filter(|&k| cs[k].unit == unit && !unnamed(&cs[k]))
            .take(len)
            .collect();
        if before.len() == len {
            for (place, &k) in before.iter().rev().enumerate() {
                let name = cs[k].subject.clone();
                let c = &mut cs[i + place];
                c.note = join_note(
                    &c.note,
                    "indicator of its place in the list before it (分别)",
                );
                c.subject = name;
            }
        }
        i += len;
    }
}

/// Gives `c` the indicator it borrows, if any: `sentence` holds the figures before it in its
/// sentence, `previous` the figure right before it, `named` its name in a 分别 list, and
/// `bracketed` whether it stands in brackets after a list of times.
pub(super) fn indicator(
    c: &mut Candidate,
    sentence: &[Candidate],
    previous: Option<&Candidate>,
    named: Option<&String>,
    bracketed: bool,
) {
    // 城镇、农村…收入分别增长3.9%和5.7%: the name of its place in the list.
    if let Some(name) = named {
        c.note = join_note(
            &c.note,
            &format!("indicator {:?} of its place in a 分别 list", c.subject),
        );
        c.subject = name.clone();
    }
    // A growth rate describes the figure before it in its sentence (产值85.42亿元，同比增长17.01%).
    // No words of its own (…超过八万亿元,2030年达到1.2万亿美元): the figure before it in
    // the sentence names it.
    // (Nor the letters of a dollar, 新台币8,670亿元(USD$28.1B): the same amount again.)
    if c.subject.chars().count() < 2 || ["USD", "US", "HK", "NT"].contains(&c.subject.as_str()) {
        if let Some(prev) = sentence.last() {
            c.subject = prev.subject.clone();
            c.note = join_note(&c.note, "indicator of the figure before it in the sentence");
        }
    }
    // 收入实现31751万元，达到预算数31220万元的101.7%，比上年的28899万元增长9.9%: the base of a
    // comparison is of the quantity compared, the first actual in its unit in the sentence
    // (not the goal named between), else the goal compared (2025年实现体育场地人均2平米，比目前
    // 人均1.46平方米有所提升).
    if c.note.contains(super::figure::COMPARISON_BASE) {
        let other = |p: &&Candidate| p.unit == c.unit && p.subject != c.subject;
        if let Some(first) = sentence
            .iter()
            .filter(other)
            .find(|p| p.kind == Kind::Actual)
            .or_else(|| sentence.iter().find(other))
        {
            c.subject = first.subject.clone();
            c.note = join_note(&c.note, "indicator of the quantity compared");
        }
    }
    // 5.27％（原先4.84％）: an earlier estimate of the figure before it.
    if bracketed {
        if let Some(prev) = previous {
            c.subject = prev.subject.clone();
            c.note = join_note(
                &c.note,
                "in brackets: an earlier estimate of the figure before it",
            );
        }
    }
    // (So is an amount a goal adds, 比去年…增加48万亩 in a plan's sentence.)
    let rate =
        c.kind == Kind::Growth || c.rate_goal() || c.note.contains(super::figure::AMOUNT_ADDED);
    // 订下来台旅客650万人次的目标，…已下修至600万人次: a level revised to, naming nothing
    // else, is the figure before it revised; a goal revised is the goal now.
    let revised = super::context::REVISIONS
        .iter()
        .any(|w| c.subject.contains(w));
    if !rate && revised && phrase::names_no_indicator(&c.subject) {
        if let Some(prev) = sentence.last().filter(|p| p.unit == c.unit) {
            c.subject = prev.subject.clone();
            if prev.kind == Kind::Target {
                c.kind = Kind::Target;
                c.form = prev.form;
                c.period = prev.period;
            }
            c.note = join_note(&c.note, "a level revised to: the figure before it, revised");
        }
    }
    // 整体通胀率为2.3%，低过去年的3%: the figure compared with takes the indicator of the
    // figure before it, as does a rate that names none.
    // 2025年上半年达到5005.66亿元: a time alone names nothing either.
    let forecast = phrase::names_only_a_forecast(&c.subject);
    // (计划800万头，比去年实际出栏增加40万头，增长5.3%: a goal's change named by its base is of
    // the plan's quantity, not one of its own.)
    let added_by_base = c.note.contains(super::figure::AMOUNT_ADDED) && named_by_base(c);
    if (rate && phrase::names_no_indicator(&c.subject))
        || added_by_base
        || forecast
        || phrase::names_a_comparison(&c.subject)
        || key::names_only_time(&c.subject)
    {
        // (A forecast is of the quantity before it, a rate or not; a rate is of the amount
        // changed before it: 赛事数量增加5600场，增幅为230.26%.)
        if let Some(prev) = sentence
            .iter()
            .rev()
            .find(|p| p.kind != Kind::Growth || forecast || names_a_change(p))
        {
            c.subject = prev.subject.clone();
            // 全年预估值为4.55% after 经济成长率为2.51%: a rate goal.
            if forecast
                && c.kind == Kind::Target
                && c.unit.is_percent()
                && (phrase::names_a_rate(&c.subject) || prev.kind == Kind::Growth)
            {
                c.form = Form::Rate;
            }
        }
        // 全年增长3.5%，高于二○二四年的2.6%: compared with a growth rate, a rate of the
        // same measure.
        let compared = phrase::names_a_comparison(&c.subject);
        if let Some(prev) = sentence.last().filter(|p| {
            compared && p.kind == Kind::Growth && p.unit == c.unit && c.kind == Kind::Actual
        }) {
            c.kind = Kind::Growth;
            c.form = Form::YearOnYear;
            c.subject = prev.subject.clone();
            c.note = join_note(&c.note, "compared with the growth rate before it: a rate");
        }
        // 居民消费价格上涨2.5%，明显低于3.5%左右的预期目标: a goal in % the rate before it is
        // compared with is a rate goal of the same measure.
        if let Some(prev) = sentence.last().filter(|p| {
            compared
                && p.kind == Kind::Growth
                && p.unit == c.unit
                && c.kind == Kind::Target
                && c.unit.is_percent()
        }) {
            c.form = Form::Rate;
            c.subject = prev.subject.clone();
            c.note = join_note(&c.note, "a goal the growth rate before it is compared with");
        }
    }
}

/// The parts of a goal listed in brackets right after it (共安排新续建重点项目57个（新建15个，
/// 续建42个）) are goals of its period too.
pub(super) fn parts_of_goals(t: &[char], cs: &mut [Candidate]) {
    for i in 1..cs.len() {
        // The whole: the last figure before this one that opens a bracket right after it.
        let Some(w) = (0..i).rev().take(8).find(|&w| {
            let open = cs[w].figure_end;
            matches!(t.get(open), Some('(' | '（'))
                && !t[open..cs[i].figure_start]
                    .iter()
                    .any(|c| matches!(c, ')' | '）' | '。'))
        }) else {
            continue;
        };
        let whole = &cs[w];
        if whole.kind == Kind::Target
            && cs[i].kind == Kind::Actual
            && whole.unit.base == cs[i].unit.base
        {
            let (period, project_list) = (whole.period, whole.project_list);
            let part = &mut cs[i];
            part.kind = Kind::Target;
            part.period = period;
            part.project_list = project_list;
            part.note = join_note(&part.note, "a part of the goal before it, in brackets");
        }
    }
}

/// A 分别 list of what was done right after a list of as many goals in one sentence
/// (计划新创建示范家庭农场80个、新增农户家庭农场271个…，实际分别完成95个、310个): each figure done is
/// of the goal in its place, and takes its indicator.
pub(super) fn answers_to_goals(cs: &mut [Candidate]) {
    let answers = |c: &Candidate| {
        c.kind == Kind::Actual && c.subject.split('@').next().unwrap_or("").contains("分别")
    };
    let mut i = 0;
    while i < cs.len() {
        if !answers(&cs[i]) {
            i += 1;
            continue;
        }
        let n = cs[i..]
            .iter()
            .take_while(|c| c.start == cs[i].start && c.unit == cs[i].unit && answers(c))
            .count();
        let goals = i.checked_sub(n).map(|g| &cs[g..i]);
        // (The goals in the same clause, or in the clause right before it.)
        let (a, next) = (cs[i].start, cs[i].start.saturating_sub(1));
        let listed = goals.is_some_and(|g| {
            n >= 2
                && g.iter().all(|c| {
                    c.kind == Kind::Target
                        && (c.start == a || c.end == a || c.end == next)
                        && c.unit == cs[i].unit
                })
        });
        if listed {
            for k in 0..n {
                let goal = cs[i - n + k].subject.clone();
                let c = &mut cs[i + k];
                c.note = join_note(
                    &c.note,
                    &format!(
                        "indicator {:?} of the goal in its place in the list before it",
                        c.subject
                    ),
                );
                c.subject = goal;
            }
        }
        i += n.max(1);
    }
}

/// Whether a candidate is the change of an amount that names what changed (赛事数量增加5600场;
/// not a rate, %, 个百分点 or 倍, nor 较“十二五”末增加107家, which names only its base).
fn names_a_change(c: &Candidate) -> bool {
    use crate::model::unit::Dimension;
    !matches!(c.unit.dimension(), Dimension::Percent | Dimension::Multiple)
        && !phrase::names_no_indicator(&c.subject)
        && !named_by_base(c)
}

/// Whether a figure's indicator opens with the base it is compared with (比去年实际出栏):
/// it names a comparison, not a quantity of its own.
fn named_by_base(c: &Candidate) -> bool {
    ["比", "较", "与", "同比", "同期"]
        .iter()
        .any(|w| c.subject.starts_with(w))
}
