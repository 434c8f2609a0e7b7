//! Times that name what they stand with rather than date the figures after them: a plan whose
//! goal is met (提前完成“十四五”目标), a plan naming the projects counted to a date (截至目前，
//! …已储备“十四五”重大项目7600多个).

use super::super::scan;
use super::super::time::{TimeExpr, When};

fn quote(c: char) -> bool {
    matches!(c, '“' | '”' | '「' | '」' | '"')
}

/// Where the words after `e` begin, past a closing quote.
fn word_after(t: &[char], e: &TimeExpr) -> usize {
    (e.end..t.len().min(e.end + 2))
        .find(|&k| !quote(t[k]))
        .unwrap_or(e.end)
}

/// 提前完成“十四五”目标；全省林草产业总产值为4584.86亿元: a plan whose goal is met names the
/// goal, not the time of what follows (a figure starting at `figure`).
pub(super) fn goal_met(t: &[char], e: &TimeExpr, figure: usize) -> bool {
    let after = word_after(t, e);
    let open = (e.start.saturating_sub(2)..e.start)
        .find(|&k| quote(t[k]))
        .unwrap_or(e.start);
    scan::starts(t, after, "目标")
        && ["完成", "实现", "达成", "达到"]
            .iter()
            .any(|w| scan::ends(t, open, w))
        && after + 2 <= figure
}

/// 截至目前，…已储备“十四五”重大项目7600多个: a plan naming the projects it holds, after 截至 in
/// its sentence (starting at `sent_start`), is no time of the count.
pub(super) fn names_projects(t: &[char], e: &TimeExpr, sent_start: usize) -> bool {
    let after = word_after(t, e);
    matches!(e.when, When::Plan(_))
        && ["重大项目", "重点项目", "项目"]
            .iter()
            .any(|w| scan::starts(t, after, w))
        && (sent_start..e.start).any(|i| ["截至", "截止"].iter().any(|w| scan::starts(t, i, w)))
}
