//! Linking a text's targets to its actuals: a target whose indicator names the same quantity
//! as an earlier-dated actual of the same unit takes that actual's indicator, so `report`
//! assesses the target against it.
//!
//! Indicators are compared by their keys (`key.rs`); among actuals alike enough, the one of a
//! plausible size, the same place and the target's grain, the latest, wins. A target whose
//! words name no quantity (迈进, 这一目标) takes the nearest actual in its unit.

use super::key::{
    alike, names_another_quantity, names_no_quantity, place_len, without, Key, CLOSE, LINK,
    PLACE_ENDS, WEAK_LINK,
};
use super::Candidate;
use crate::model::{Form, Kind, Period};

/// The place a figure is about: the place leading its indicator, else the place named last
/// before it in its paragraph, else the document's region; by its first two characters so
/// that 海淀 and 海淀区 are one.
pub(super) fn place_of(c: &Candidate) -> String {
    let n = place_len(&c.subject);
    let place = if n > 0 {
        &c.subject[..n]
    } else if !c.place.is_empty() {
        c.place.as_str()
    } else {
        c.region.as_str()
    };
    // By its first two characters, as a text names it (通辽市 … 通辽).
    place.trim_end_matches(PLACE_ENDS).chars().take(2).collect()
}

/// Why a target takes the count done right after it in its own sentence (24个计划新开工项目
/// 已开工21个).
const OWN_SENTENCE_WHY: &str = "in its sentence: the next figure, done, naming nothing; indicator";

/// Words that say a figure was done, not what it is (目前已完成10个).
const DONE: [&str; 5] = ["目前", "已经", "已", "完成", "实际"];

/// Whether the clause of an actual's figure reports it done (已开工44253套, 完成10个, 目前建成
/// 12个, 实际改造4559户): its quote, from the last comma before the figure.
/// So does a list's item opening with 实 (计划小区400个、实开411个: 实开, started in fact).
fn reported_done(c: &Candidate) -> bool {
    let clause = clause_before(c, "，；,;");
    let item = clause_before(c, "，；,;、");
    clause.contains('已')
        || clause.contains("完成")
        || clause.starts_with("目前")
        || clause.starts_with("实际")
        || super::context::done_in_fact(item.chars())
}

/// The words of a figure's clause before it, from the last of the `marks` (its quote from
/// the last comma: 已开工; from the last 、 too: 新建项目 in 其中续建项目75项、新建项目75项).
fn clause_before(c: &Candidate, marks: &str) -> String {
    let before: Vec<char> = c
        .quote
        .chars()
        .take(c.figure_start.saturating_sub(c.start))
        .collect();
    let from = before
        .iter()
        .rposition(|&ch| marks.contains(ch))
        .map_or(0, |k| k + 1);
    before[from..].iter().collect()
}

/// How many figures either side of a target are looked at for its own words' figures.
const TOLD_APART: usize = 200;

/// How many figures in a target's own words are enough to tell its quantity apart.
const OWN_WORDS: usize = 8;

/// How many figures away, before or after it, a target looks for its actual. A text of more
/// figures than this is many texts (a year's releases run together); each target is measured
/// in its own part, and linking stays linear in the text's length (two million characters of
/// one-figure lines took a minute when every target looked at every figure).
const REACH: usize = 2000;

fn period_t(p: Option<Period>) -> Option<f64> {
    p.and_then(|p| p.t())
}

/// How candidate `x`'s period compares in time with `y`'s (for the latest of several).
fn later(cs: &[Candidate], x: usize, y: usize) -> std::cmp::Ordering {
    period_t(cs[x].period)
        .partial_cmp(&period_t(cs[y].period))
        .unwrap_or(std::cmp::Ordering::Equal)
}

/// How an actual ranks as the one a target is measured against.
struct Rank {
    at: usize,
    /// A level goal at least half of the actual (a goal is seldom below half of where its
    /// quantity stands); any rate.
    plausible: bool,
    likeness: f64,
    same_place: bool,
    /// Of the target's grain: a whole year for a year's goal (2024's 5.27 % before 2025Q3's
    /// 8.21 % for the goal of 2025).
    same_grain: bool,
    /// In the target's sentence, of its year: 年度投资任务为8.89亿元，到9月底已完成投资任务
    /// 7.61亿元 before a project's 投资 of a later day of that year.
    same_sentence: bool,
    t: f64,
    /// In the target's line: of two figures alike in all else (the total of all projects'
    /// 投资 and the new projects' 投资 after their plan), the one next to it.
    same_line: bool,
    /// Told apart from another figure of its indicator and period (GDP@830): the other one
    /// is the indicator's own figure.
    marked: bool,
    key_len: usize,
}

/// Gives each target the indicator of the actual it is measured against, when the text has
/// one; notes the link for a person to check.
pub(super) fn link(cs: &mut [Candidate], keys: &[Key]) {
    // An actual's key and place never change here (only targets take new indicators).
    let places: Vec<String> = cs.iter().map(place_of).collect();
    let mut own_sentence_links = Vec::new();
    for i in 0..cs.len() {
        // A goal with no year (达产后年产值500亿元) has no deadline to be measured by.
        if cs[i].kind != Kind::Target || cs[i].period.is_none() {
            continue;
        }
        let (lo, hi) = (i.saturating_sub(REACH), (i + REACH + 1).min(cs.len()));
        let target_key = Key::of(&cs[i].subject);
        let target_place = place_of(&cs[i]);
        let target_t = period_t(cs[i].period).unwrap_or(f64::INFINITY);
        let contentless = names_no_quantity(&cs[i].subject, &cs[i].region);
        // 目标是6%-6.5%, after 当年实际增长是6.1%: a % goal naming nothing, whose nearest %
        // figure before it is a growth rate, is a rate goal.
        if contentless && cs[i].form == Form::Share {
            let nearest_percent = cs[lo..i].iter().rev().find(|a| a.unit.is_percent());
            if nearest_percent.is_some_and(|a| a.kind == Kind::Growth && a.line == cs[i].line) {
                cs[i].form = Form::Rate;
                cs[i].note = super::join_note(&cs[i].note, "a % goal after a growth rate: a rate");
            }
        }
        let rate = cs[i].rate_goal();
        let size = |c: &Candidate| (c.value * c.unit.scale.factor()).abs();
        // A level goal at least half of the actual (a goal is seldom below half of where its
        // quantity stands); any rate.
        let plausible = |a: &Candidate| rate || size(&cs[i]) >= 0.5 * size(a);
        let measures = |a: &Candidate| {
            // A rate target is measured against observed rates, a level against levels.
            let kind = if rate { Kind::Growth } else { Kind::Actual };
            // A count over a span (累计…) is no level to measure a target against; a flow
            // of this year so far (今年以来) is one. An average rate over years (过去两年平均增长
            // 5.1%) is a rate all the same.
            let level = a
                .period
                .is_none_or(|p| p.is_level() || (rate && matches!(p, Period::Span { .. })));
            // (An amount to add, 新增造林面积3.93万亩, is not measured by a total of many
            // years, 已累计达到19.8万亩, more than twice it; a year's additions so far, 上半年
            // 累计建成1.5万个 for a year's 2万个, measure it.)
            let added_to_total = cs[i].subject.contains("新增")
                && !a.subject.contains("新增")
                && !plausible(a)
                && clause_before(a, "，；,;").contains("累计");
            // A headline repeating a body figure is that figure: link to the body's. (A change
            // on the month before, 环比, measures no rate goal.)
            a.kind == kind
                && !added_to_total
                && a.repeat_of.is_none()
                && !crate::model::period::counts_from_months(a.base_period)
                && level
                && a.unit.commensurable(&cs[i].unit)
                && period_t(a.period).is_some_and(|t| t <= target_t)
        };
        // (The figures named in the target's own words, found once and only when asked,
        // among the nearest few hundred.)
        let own_words = std::cell::OnceCell::new();
        let told_apart = |j: usize| {
            own_words
                .get_or_init(|| {
                    (i.saturating_sub(TOLD_APART).max(lo)..(i + TOLD_APART + 1).min(hi))
                        .filter(|&k| k != i && alike(&target_key, &keys[k]) >= CLOSE)
                        .take(OWN_WORDS)
                        .collect::<Vec<usize>>()
                })
                .iter()
                .any(|&k| alike(&keys[k], &keys[j]) < LINK)
        };
        let best = (lo..hi)
            .map(|j| (j, &cs[j]))
            .filter(|(_, a)| measures(a))
            .map(|(j, a)| Rank {
                at: j,
                plausible: plausible(a),
                likeness: alike(&target_key, &keys[j]),
                same_place: places[j] == target_place,
                same_grain: matches!(a.period, Some(Period::Year(_)))
                    == matches!(cs[i].period, Some(Period::Year(_))),
                same_sentence: a.start == cs[i].start
                    && a.period.and_then(|p| p.year()) == cs[i].period.and_then(|p| p.year()),
                t: period_t(a.period).unwrap_or(0.0),
                same_line: a.line == cs[i].line,
                marked: a.subject.contains('@'),
                key_len: keys[j].chars,
            })
            // A year's list of projects is linked on its own indicator only.
            .filter(|r| r.likeness >= LINK && (!cs[i].project_list || r.likeness >= 1.0))
            // Words merely sharing characters (博彩毛收入 and 博彩税收入) are two quantities
            // when the text names the target's own elsewhere, in words unlike the actual's.
            .filter(|r| r.likeness >= CLOSE || !told_apart(r.at))
            // A short name (投资576亿元 after 固定资产投资1858.57亿元) links only at a
            // plausible size.
            .filter(|r| r.plausible || r.likeness > WEAK_LINK)
            // A plausible size (1万亿 is no goal for a GDP of 4万亿), the most alike, then of
            // the same place (海淀 before 北京市 in a text on 海淀), then of the target's
            // grain (a year for a year), then the latest actual,
            // then one in the target's line, then the indicator's own figure before one told
            // apart (GDP before GDP@830), then
            // the least qualified (a bare 企业 names 三医健康企业 before 医药工业百强企业).
            .max_by(|x, y| {
                x.plausible
                    .cmp(&y.plausible)
                    .then(x.likeness.total_cmp(&y.likeness))
                    .then(x.same_place.cmp(&y.same_place))
                    .then(x.same_grain.cmp(&y.same_grain))
                    .then(x.same_sentence.cmp(&y.same_sentence))
                    .then(x.t.total_cmp(&y.t))
                    .then(x.same_line.cmp(&y.same_line))
                    .then(y.marked.cmp(&x.marked))
                    .then(y.key_len.cmp(&x.key_len))
            })
            .map(|r| (r.at, "indicator".to_string()));
        // With no actual alike, a target whose words name no quantity speaks of the nearest
        // actual in its unit, of a like size (冲刺万亿 after 9500亿元): before it (这一目标
        // after the figure it names), else after it (把这项目标定在… before the review).
        // (A share of a task done, 完成占比100%, measures no goal but one of that share.)
        let done_share = |c: &Candidate| ["完成率", "完成占"].iter().any(|w| c.subject.contains(w));
        // (Nor one whose words lead with another place than the target's: 四川省…完成948.4亿元
        // measures no task of 山东省.)
        let other_place = |a: &Candidate| {
            place_len(&a.subject) > 0
                && place_len(&cs[i].subject) > 0
                && place_of(a) != target_place
        };
        let fits = |a: &Candidate| {
            let ratio = size(&cs[i]) / size(a);
            // A goal is seldom below half of where its quantity stands (1万亿 is no goal
            // for 北京 at 4万亿, but is for 海淀 at 9500亿).
            // With no words to go by, the unit as written (not 个 for 处).
            measures(a)
                && a.unit.base == cs[i].unit.base
                && (rate || (0.5..=20.0).contains(&ratio))
                && (!done_share(a) || done_share(&cs[i]))
                && !other_place(a)
        };
        // 任务为8个，目前已完成10个: the figure right after it, in its line, done with no
        // words of what (its target's words say).
        // (目标任务为53139套，已开工44253套: a bare verb of what was done names no quantity of
        // its own either; nor does 贵阳市：目标1027.0亿元，完成534.5亿元, a goal naming nothing
        // either.)
        // (The first figure after it in its unit, in its line: 已动工2.65万户9.95万人 measures a
        // task of 10万人 by its 9.95万人.)
        let next = (i + 1..hi)
            .take_while(|&j| cs[j].line == cs[i].line)
            .find(|&j| cs[j].unit.base == cs[i].unit.base);
        let next = next.filter(|&j| {
            let words = without(&cs[j].subject, DONE);
            let bare = words.split('@').next().unwrap_or("").chars().count() <= 2;
            fits(&cs[j])
                && cs[j].line == cs[i].line
                && ((names_no_quantity(&words, &cs[j].region) && !contentless)
                    || (bare && reported_done(&cs[j])))
        });
        let next_why = "no actual alike: the next figure, done, naming nothing; indicator";
        let nearest = || {
            if let Some(j) = next {
                return Some((j, next_why.to_string()));
            }
            if !contentless {
                // Words naming no actual of the text: the nearest before it in its line
                // (not one of another quantity the synonym table knows: 全市生产总值的增长目标
                // after 居民消费价格上涨2.5%).
                let j = (lo..i)
                    .rev()
                    .find(|&j| fits(&cs[j]))
                    .filter(|&j| cs[j].line == cs[i].line)
                    .filter(|&j| !names_another_quantity(&target_key, &keys[j]))?;
                let why = "no actual alike: the nearest before it in its line; indicator";
                return Some((j, why.to_string()));
            }
            let (j, side) = match (lo..i).rev().find(|&j| fits(&cs[j])) {
                Some(j) => (j, "before"),
                None => ((i + 1..hi).find(|&j| fits(&cs[j]))?, "after"),
            };
            // Of that quantity, the latest figure (海淀区GDP of 2020 near it, 9500亿元 of 2021
            // later): a goal is measured from where its quantity stands last.
            let j = (lo..hi)
                .filter(|&k| {
                    fits(&cs[k])
                        && places[k] == places[j]
                        && alike(&keys[j], &keys[k]) >= LINK
                        && period_t(cs[k].period) > period_t(cs[j].period)
                })
                .max_by(|&x, &y| later(cs, x, y))
                .unwrap_or(j);
            let why = format!("no indicator alike: the nearest {side} it in its unit; indicator");
            Some((j, why))
        };
        // A short name (光电 in 光电三十一．二GW、离岸风电…) written inside the words of one
        // quantity of the text only (目前光电并网量): that quantity's latest actual.
        let inside = || {
            if contentless || !target_key.short() {
                return None;
            }
            let js: Vec<usize> = (lo..hi)
                .filter(|&j| {
                    measures(&cs[j]) && target_key.short_inside(&keys[j]) && plausible(&cs[j])
                })
                .collect();
            let one = js.windows(2).all(|w| keys[w[0]] == keys[w[1]]);
            let j = js
                .into_iter()
                .filter(|_| one)
                .max_by(|&x, &y| later(cs, x, y))?;
            let why = "a short name inside one quantity's words: its latest actual; indicator";
            Some((j, why.to_string()))
        };
        // 共安排百大项目145个…目前开复工92个, 续建项目52项…已复工47项: a count of projects
        // named nowhere else is measured by the count its text says have started (开工,
        // 复工, 开复工, 竣工, 投产, a bare verb), in its line or the few after it, else before
        // it in its line.
        let started = || {
            if !cs[i].subject.contains("项目") || !matches!(cs[i].unit.base, "个" | "项") {
                return None;
            }
            // The verb its words ask for (续建 → 复工, 新建 → 开工, any → 开复工).
            let own = clause_before(&cs[i], "，；,;、");
            let family = super::goal::started_verbs(&own);
            let verb = |j: usize| {
                let words = without(&cs[j].subject, DONE);
                let words = words.split('@').next().unwrap_or("");
                family.contains(&words)
                    && measures(&cs[j])
                    && places[j] == target_place
                    && plausible(&cs[j])
            };
            let j = (i + 1..hi)
                .take_while(|&j| cs[j].line <= cs[i].line + 3)
                .find(|&j| verb(j))
                .or_else(|| {
                    (lo..i)
                        .rev()
                        .take_while(|&j| cs[j].line == cs[i].line)
                        .find(|&j| verb(j))
                })?;
            let why = "projects named nowhere else: the count started; indicator";
            Some((j, why.to_string()))
        };
        // 累计完成投资7.4亿元，占总任务4.8亿元的154%: a goal whose share done follows it is
        // measured by the figure before it in its line that the share is of (7.4 / 4.8).
        let share_of_it = || {
            let share = cs.get(i + 1).filter(|s| {
                s.unit.base == "%" && s.figure_start == cs[i].figure_end + 1 && s.value > 0.0
            })?;
            let j = (lo..i)
                .rev()
                .take_while(|&j| cs[j].line == cs[i].line)
                .find(|&j| {
                    let pct = 100.0 * size(&cs[j]) / size(&cs[i]);
                    measures(&cs[j])
                        && cs[j].unit.base == cs[i].unit.base
                        && (pct - share.value).abs() <= 0.02 * share.value + 0.5
                })?;
            let why = "the figure its share done is of, before it in its line; indicator";
            Some((j, why.to_string()))
        };
        // (In the target's own sentence, 24个计划新开工项目已开工21个, the count done after it
        // measures it before any figure alike elsewhere.)
        let own_sentence = next
            .filter(|&j| cs[j].start == cs[i].start && reported_done(&cs[j]))
            .map(|j| (j, OWN_SENTENCE_WHY.to_string()));
        // 预算数253.04亿元，分配数…，执行数178.18亿元 (Taiwan): a budget named nowhere else is
        // measured by what was carried out of it (执行数, 决算数) after it in its line.
        let executed = || {
            let budget = ["预算", "编列"].iter().any(|w| cs[i].subject.contains(w));
            if !budget {
                return None;
            }
            let j = (i + 1..hi)
                .take_while(|&j| cs[j].line == cs[i].line)
                .find(|&j| {
                    ["执行数", "决算数"]
                        .iter()
                        .any(|w| cs[j].subject.contains(w))
                        && fits(&cs[j])
                })?;
            let why = "a budget named nowhere else: what was carried out of it; indicator";
            Some((j, why.to_string()))
        };
        // (A year's list of projects is measured by the count started in its own sentence,
        // 在190个盟级重点项目中已开复工164项, else on its own indicator only.)
        let best = if cs[i].project_list {
            started()
                .filter(|&(j, _)| cs[j].start == cs[i].start)
                .or(best)
        } else {
            share_of_it()
                .or(own_sentence)
                .or(best)
                .or_else(inside)
                .or_else(started)
                .or_else(executed)
                .or_else(nearest)
        };
        if let Some((j, why)) = best {
            if why == OWN_SENTENCE_WHY || why.starts_with(next_why) {
                own_sentence_links.push((i, j));
            }
            if cs[j].subject != cs[i].subject {
                let note = format!(
                    "{why} {:?} read as {:?}, the actual at characters {}..{}",
                    cs[i].subject, cs[j].subject, cs[j].figure_start, cs[j].figure_end
                );
                cs[i].subject = cs[j].subject.clone();
                if !cs[i].note.is_empty() {
                    cs[i].note.push_str("; ");
                }
                cs[i].note.push_str(&note);
            }
        }
    }
    own::own_series(cs, &own_sentence_links);
}

mod own;
#[cfg(test)]
mod places;
