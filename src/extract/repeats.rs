//! One fact written twice: a headline repeating a body figure, and a figure with no time of
//! its own that equals a goal stated before it. The repeat is marked (`repeat_of`) and reads
//! as the figure it repeats, so the fact file keeps one row.

use super::{join_note, layout, Candidate};
use crate::model::{Kind, Period, Qualifier};
use std::collections::HashMap;

/// A headline figure that a body figure repeats (same value, unit and kind) is marked as its
/// repeat: the fact file keeps one row.
pub(super) fn headline_repeats(t: &[char], cs: &mut [Candidate]) {
    let headline = layout::headline_lines(t);
    let is_headline = |c: &Candidate| headline.get(c.line).copied().unwrap_or(false);
    for i in 0..cs.len() {
        if !is_headline(&cs[i]) {
            continue;
        }
        // The kind may differ: a plan's heading has no year of its own to make it a target.
        let same = |b: &Candidate| {
            !is_headline(b)
                && b.unit == cs[i].unit
                && (b.value - cs[i].value).abs() <= 1e-9 * cs[i].value.abs().max(1.0)
        };
        if let Some(k) = (i + 1..cs.len()).find(|&k| same(&cs[k])) {
            let (at, end) = (cs[k].figure_start, cs[k].figure_end);
            // A headline with no time of its own reads as the body figure it repeats.
            // So does one dated only by its year (今年产量突破100万辆) repeating an actual of
            // part of that year (截至10月21日…产量已突破100万辆).
            let year_only = matches!(
                (cs[i].period, cs[k].period),
                (Some(Period::Year(y)), Some(p)) if p.year() == Some(y) && p != Period::Year(y)
            ) && cs[i].kind == Kind::Actual
                && cs[k].kind == Kind::Actual;
            // (河北省有林地面积将达到10330万亩 heading a text that dates it 到2025年 below.)
            // (安庆高新技术企业新增19家 heading 2017年第一批…新认定的19家: what was added, not
            // what the year is to add.)
            // (Not 深圳将新增13万个学位: a goal voiced.)
            let line = layout::line_start(t, cs[i].figure_start);
            let added = cs[i].note.contains(super::figure::ADDED_THIS_YEAR)
                && cs[k].kind == Kind::Actual
                && !super::goal::goal_words(t, line, cs[i].figure_start, &[]);
            if cs[i].note.contains("no time stated") || year_only || added || cs[i].period.is_none()
            {
                cs[i].kind = cs[k].kind;
                cs[i].form = cs[k].form;
                cs[i].period = cs[k].period;
            }
            // A target with no year of its own takes the one its headline states.
            if cs[k].kind == Kind::Target && cs[k].period.is_none() && cs[i].period.is_some() {
                cs[k].period = cs[i].period;
                cs[k].note = join_note(&cs[k].note, "year from the headline repeating it");
            }
            cs[i].repeat_of = Some(at);
            cs[i].note = join_note(
                &cs[i].note,
                &format!("a headline repeating the figure at characters {at}..{end}: one fact"),
            );
        }
    }
}

/// A figure with no time of its own that equals a goal stated before it (“5.5%左右”这一目标,
/// 5.5%兼顾了速度与质量 after 把这项目标定在增长5.5%左右) speaks of that goal: it is marked
/// as its repeat and reads as it.
pub(super) fn goal_repeats(cs: &mut [Candidate]) {
    let borrowed = |c: &Candidate| {
        [
            "no time stated: the year",
            "period from earlier in the paragraph",
        ]
        .iter()
        .any(|w| c.note.contains(w))
    };
    // (Not one its clause says is done: 已安排财政赤字2.18万亿 after the plan 拟安排…2.18万亿元.)
    // (Nor an item opening with 实, done in fact: 计划小区1705个、实开1705个.)
    let done = |c: &Candidate| {
        let words = words_before(c);
        let clause_done = words
            .rsplit(|ch| matches!(ch, '，' | ',' | '；' | ';' | '。'))
            .next()
            .is_some_and(|clause| clause.contains(&'已'));
        let in_fact = words
            .rsplit(|ch| matches!(ch, '，' | ',' | '；' | ';' | '。' | '、'))
            .next()
            .is_some_and(|item| super::context::done_in_fact(item.iter().copied()));
        clause_done || in_fact
    };
    // (Nor one dated to the document with no time in its sentence, unless 这 points back:
    // 这126所新建、改扩建项目里 after 计划建成126所.)
    let pointed_back = |c: &Candidate| {
        c.note.contains("no time stated in the sentence") && words_before(c).last() == Some(&'这')
    };
    // (Nor one on a line of results set beside the goals: 实际完成：…一级高完中新增的也是2所.)
    let results_line = |c: &Candidate| {
        let before: String = words_before(c).iter().collect();
        ["实际完成", "實際完成", "完成情况", "完成情況"]
            .iter()
            .any(|w| before.starts_with(w))
    };
    // The latest goal stated so far of each value and unit (the text is read once).
    let mut goals: HashMap<(String, u64), usize> = HashMap::new();
    for i in 0..cs.len() {
        let key = (cs[i].unit.to_string(), cs[i].value.to_bits());
        if cs[i].kind == Kind::Target {
            if cs[i].repeat_of.is_none() {
                goals.insert(key, i);
            }
            continue;
        }
        if cs[i].repeat_of.is_some()
            || !(borrowed(&cs[i]) || pointed_back(&cs[i]))
            || done(&cs[i])
            || results_line(&cs[i])
        {
            continue;
        }
        let Some(&k) = goals.get(&key) else {
            continue;
        };
        // 接近万亿元 is below the 突破1万亿元 goal, not a repeat of it.
        let (q, goal_q) = (cs[i].qualifier, cs[k].qualifier);
        if q != goal_q && q != Qualifier::Exact && goal_q != Qualifier::Exact {
            continue;
        }
        let (at, end) = (cs[k].figure_start, cs[k].figure_end);
        let pointed = pointed_back(&cs[i]);
        cs[i].kind = Kind::Target;
        cs[i].form = cs[k].form;
        cs[i].period = cs[k].period;
        cs[i].subject = cs[k].subject.clone();
        cs[i].repeat_of = Some(at);
        cs[i].note = join_note(
            &cs[i].note,
            &format!("no time of its own, equal to the goal at characters {at}..{end}: one fact"),
        );
        if pointed {
            parts_after(cs, i);
        }
    }
}

/// The words of a candidate's quote before its figure.
fn words_before(c: &Candidate) -> Vec<char> {
    let mut q: Vec<char> = c.quote.chars().collect();
    q.truncate(c.figure_start.saturating_sub(c.start));
    q
}

/// The figures after a goal pointed back to (这126所新建、改扩建项目里，新建的78所、改扩建的48所；
/// 若按办学层次划分，则幼儿园42所…): in its unit and with no time of their own, up to the first
/// that has one or another unit, they split the goal, goals of its period too.
fn parts_after(cs: &mut [Candidate], i: usize) {
    let (unit, period) = (cs[i].unit.clone(), cs[i].period);
    for c in cs.iter_mut().skip(i + 1) {
        if c.unit != unit
            || c.kind != Kind::Actual
            || !c.note.contains("no time stated in the sentence")
        {
            break;
        }
        c.kind = Kind::Target;
        c.period = period;
        c.note = join_note(&c.note, "a part of the goal pointed back to before it");
    }
}

/// A goal a headline repeats takes the headline's indicator when only the headline's found an
/// actual to be measured by (2020年我国银幕总数要超过8万块, linked to 我国银幕总数约为5万块,
/// over the body's 加入城市电影院线的电影院银幕总数8万块以上, which names none): the fact file
/// keeps the body's row, and it is measured as the headline was.
pub(super) fn headline_links(cs: &mut [Candidate]) {
    // (An actual near the body's goal, within 400 characters: a headline's link made across
    // the text may be another place's, 武汉's share under 长沙's goal.)
    let measured = |cs: &[Candidate], subject: &str, near: Option<usize>| {
        cs.iter().any(|a| {
            a.kind != Kind::Target
                && a.subject == subject
                && near.is_none_or(|n| a.figure_start.abs_diff(n) <= 400)
        })
    };
    for i in 0..cs.len() {
        let Some(at) = cs[i].repeat_of else { continue };
        let Some(k) = cs.iter().position(|b| b.figure_start == at) else {
            continue;
        };
        let both_goals = cs[i].kind == Kind::Target && cs[k].kind == Kind::Target;
        // (Not a goal of what is to be added, 养老机构床位新增3000张以上: a level alike in
        // words measures no increment.)
        // (But 工业增加值 is value added, a level.)
        let added =
            cs[k].subject.contains("新增") || cs[k].subject.replace("增加值", "").contains("增加");
        if !both_goals
            || added
            || cs[k].period != cs[i].period
            || measured(cs, &cs[k].subject, None)
            || !measured(cs, &cs[i].subject, Some(at))
        {
            continue;
        }
        let note = format!(
            "indicator {:?} read as {:?}, the headline's repeating it",
            cs[k].subject, cs[i].subject
        );
        cs[k].subject = cs[i].subject.clone();
        cs[k].note = join_note(&cs[k].note, &note);
    }
}
