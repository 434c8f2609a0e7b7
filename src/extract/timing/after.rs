//! Times written after a figure in its clause that date it: the years in brackets closing
//! it (整治山坪塘7.4万口(2013—2017年)) and the year's task it is of (…的全年建设任务).

use super::super::time::{self, TimeExpr, When};
use super::super::{scan, sentence};

/// The years in brackets that close the figure's clause (整治山坪塘7.4万口(2013—2017年)): the
/// span a task or a count is of.
pub(super) fn years_in_brackets_after<'e>(
    t: &[char],
    h: &scan::Hit,
    exprs: &'e [TimeExpr],
) -> Option<&'e TimeExpr> {
    let open = (h.end..t.len().min(h.end + 16))
        .take_while(|&i| !matches!(t[i], '，' | ',' | '；' | ';' | '。' | '\n'))
        .find(|&i| matches!(t[i], '(' | '（'))?;
    let e = &exprs[exprs.binary_search_by_key(&(open + 1), |e| e.start).ok()?];
    let closes = matches!(t.get(e.end), Some(')' | '）'))
        && t.get(e.end + 1)
            .is_none_or(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '\n'));
    (matches!(e.when, When::Years(..)) && closes).then_some(e)
}

/// The year's task the figure is of, named after it in its clause (双方计划提前一季度完成25万个
/// 基站的全年建设任务): the year under way that 全年 reads as, not a date borrowed from before.
pub(super) fn year_task_after<'e>(
    t: &[char],
    h: &scan::Hit,
    exprs: &'e [TimeExpr],
) -> Option<&'e TimeExpr> {
    let at = (h.end..t.len().min(h.end + 12))
        .take_while(|&i| !sentence::clause_break(t[i]))
        .find(|&i| scan::starts(t, i, "的全年"))?
        + 1;
    let e = &exprs[exprs.binary_search_by_key(&at, |e| e.start).ok()?];
    (e.when == When::Year(time::YearRef::Rel(0))).then_some(e)
}
