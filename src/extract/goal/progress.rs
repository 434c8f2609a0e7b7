//! Rows of progress: a task, then right after it how much of it is done (募集青年就业见习岗位
//! 325个,已完成330个,完成率101.54%; 农村公路安保工程300公里，目前完成344公里).

use crate::extract::scan::{starts, Hit};
use crate::extract::sentence::clause;

/// Words saying the clause tells what is so by now.
const NOW: &[&str] = &["截至目前", "目前", "现已", "当前"];
/// Verbs of what was done.
const DONE: &[&str] = &[
    "完成", "建成", "开工", "实现", "落实", "招录", "录取", "培训", "发放", "改造", "铺设", "新增",
    "引进", "签约",
];

/// Whether the clause after the figure's says at once how much of it is done, by now (目前)
/// or already (已), in its unit: the figure is the task it is done against. At most 30
/// characters, none a digit, may follow the figure in its clause. Not a figure done itself
/// (已完成, 累计, 实际 before it) nor a share (完成率).
pub(crate) fn task_before_done(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    if h.base.is_none_or(|b| b == "%") || h.num_end >= h.end {
        return false;
    }
    let (a, e) = clause(t, h.start, h.end, sent);
    let done_before = (a..h.start)
        .any(|i| t[i] == '已' || ["完成", "累计", "实际"].iter().any(|w| starts(t, i, w)));
    // A table's next cell (募集青年就业见习岗位325个 完成330个): a gap of spaces before it.
    let gap = |i: usize| matches!(t.get(i), Some(' ' | '\t' | '\u{3000}'));
    let cell = (h.end..e).find(|&i| gap(i));
    let e = cell.unwrap_or(e);
    // (What the figure counts, or what it is to reach, may follow it: 改造80个社区便利店，…;
    // 力争9个城市社区达到“三公里”充分就业社区的标准,已完成9个.)
    let named_after = e - h.end <= 30 && !t[h.end..e].iter().any(char::is_ascii_digit);
    let ends = cell.is_some() || matches!(t.get(e), Some('，' | ','));
    if done_before || !named_after || !ends {
        return false;
    }
    let mut k = e + 1;
    while gap(k) {
        k += 1;
    }
    let now = NOW.iter().find(|w| starts(t, k, w));
    k += now.map_or(0, |w| w.chars().count());
    let already = if starts(t, k, "已经") {
        2
    } else {
        usize::from(t.get(k) == Some(&'已'))
    };
    k += already;
    // (In a table's column of what is done, the verb alone says it.)
    if now.is_none() && already == 0 && cell.is_none() {
        return false;
    }
    k += if starts(t, k, "超额") { 2 } else { 0 };
    let Some(verb) = DONE.iter().find(|w| starts(t, k, w)) else {
        return false;
    };
    k += verb.chars().count();
    k += usize::from(t.get(k) == Some(&'了'));
    // A figure right away, in the task's unit as written (a scale between: 1万亩, 9120亩).
    let digits = (k..sent.1)
        .take_while(|&i| t[i].is_ascii_digit() || t[i] == '.')
        .count();
    if digits == 0 {
        return false;
    }
    let mut u = k + digits;
    if matches!(t.get(u), Some('万' | '亿' | '千' | '百')) {
        u += 1;
    }
    t.get(u) == t.get(h.num_end) && u < sent.1
}

/// Whether the figure is a project's total investment (总投资6580万元, 计划总投资) that its
/// sentence goes on to measure what is done against: 已完成投资5165万元，占总投资的78.5%
/// (占计划的, too). The total is the plan; what is done is counted in its share of it.
pub(crate) fn total_before_share_done(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let total = ["总投资为", "总投资", "总投资约"]
        .iter()
        .any(|w| crate::extract::scan::ends(t, h.start, w));
    let after = |w: &str| (h.end..sent.1).find(|&i| starts(t, i, w));
    let share = ["占总投资", "占项目总投资", "占计划"]
        .iter()
        .filter_map(|w| after(w))
        .min();
    let done = after("完成").filter(|&d| share.is_some_and(|s| d < s));
    // (Not a total with a year's plan between it and what is done, 今年计划投资3亿元，1-9月完成
    // 投资2.5亿元，占计划投资的83%; nor one of years, 2022年完成投资0.8亿元, or due later,
    // 计划2024年底建成投产, 预计明年6月完工: what is done is then no year's part of it.)
    let plan_between = done.is_some_and(|d| t[h.end..d].contains(&'元'));
    let later = ["明年", "后年", "年底建成", "完工", "竣工", "投产"]
        .iter()
        .any(|w| after(w).is_some());
    let years = (sent.0..sent.1.saturating_sub(4))
        .any(|i| t[i..i + 4].iter().all(char::is_ascii_digit) && t.get(i + 4) == Some(&'年'));
    total
        && h.base.is_some_and(|b| b == "元")
        && done.is_some()
        && !plan_between
        && !later
        && !years
}

/// Whether the figure is in a part of its sentence after a ； that opens with a plan (截至6月底
/// 已有56所开工；计划建成并投入使用的学校146所…，年度投资约76.8亿元): what is planned, not what
/// was done by the day counted to. The plan word opens the part (within its first six
/// characters, no digit before it); no clause of it says what is done (已, 累计, 实际, 中有, 目前,
/// or a verb of what was done in a clause without the plan word: 目前建成12个).
pub(crate) fn plan_after_semicolon(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    if h.base.is_none_or(|b| b == "%") {
        return false;
    }
    // (Or after a colon opening a list: …前八行依次为：北京计划小区400个、实开411个.)
    let Some(a) = (sent.0..h.start)
        .rev()
        .find(|&i| matches!(t[i], '；' | ';' | '：' | ':'))
        .map(|i| i + 1)
    else {
        return false;
    };
    // (实开411个, 实际完成…: the item says what was done.)
    let item = (a..h.start)
        .rev()
        .find(|&i| matches!(t[i], '、' | '，' | ','))
        .map_or(a, |i| i + 1);
    if super::super::context::done_in_fact(t[item..].iter().copied()) {
        return false;
    }
    let Some(p) = (a..h.start.min(a + 7)).find(|&i| starts(t, i, "计划") || starts(t, i, "预计"))
    else {
        return false;
    };
    let said = |w: &&str| (a..h.start).any(|i| starts(t, i, w));
    let now = ["已", "累计", "实际", "中有"].iter().any(said) || NOW.iter().any(said);
    let (c, _) = clause(t, h.start, h.end, sent);
    let done_apart = c > p + 2 && (c..h.start).any(|i| DONE.iter().any(|w| starts(t, i, w)));
    !t[a..p].iter().any(char::is_ascii_digit) && !now && !done_apart
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_is_task(s: &str) -> bool {
        let t: Vec<char> = s.chars().collect();
        let h = crate::extract::scan::figures(&t)[0].clone();
        task_before_done(&t, &h, (0, t.len()))
    }

    #[test]
    fn a_task_then_what_is_done_of_it() {
        assert!(first_is_task(
            "募集青年就业见习岗位325个,已完成330个,完成率101.54%"
        ));
        assert!(first_is_task("农村公路安保工程300公里，目前完成344公里"));
        assert!(first_is_task(
            "2.募集青年就业见习岗位325个 完成330个,完成率101.54%"
        ));
        assert!(first_is_task("改造80个社区便利店，目前已超额完成93个"));
        assert!(first_is_task("建设蔬菜基地1万亩，目前已建成9120亩"));
        assert!(first_is_task(
            "力争9个城市社区达到“三公里”充分就业社区的标准,已完成9个"
        ));
        // Done itself, a share, another unit, or nothing said of now: no task.
        assert!(!first_is_task("已完成投资80亿元，目前完成90亿元"));
        assert!(!first_is_task("完成率80%，已完成90%"));
        assert!(!first_is_task("全市有企业300家，已完成改造200个"));
        assert!(!first_is_task("全市有企业300家，完成改造200家"));
    }
}
