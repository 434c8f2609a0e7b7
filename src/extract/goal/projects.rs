//! Sets of projects planned and the counts of them started: 24个计划新开工项目已开工21个 is a
//! plan measured by what was started, and 续建项目 by what resumed (复工).

use super::super::scan::{ends, starts, Hit};

/// Words of projects started, completed or put into use (开工, 竣工, 投产).
const PROJECTS_DONE: &[&str] = &["开工", "动工", "复工", "竣工", "投产", "建成"];

/// Whether the figure counts a set of projects of which the text says how many have started
/// (23个新开工重点项目中，已有19个项目开工建设; 24个计划新开工项目已开工21个; 500个省级重点项目中
/// 已有450个开工; 6个新开工项目里，已有3个项目动工; 10个计划投产项目中有7个实现投产): the set is
/// what was planned, a goal; the count after 已 (or 中有) is what was done.
/// (Not 20项重大指标中，已有6项提前达到: indicators, no projects.)
pub(crate) fn projects_planned(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    // 已有, 已经 or 已 at `j`: where the count done begins.
    let done_head = |j: usize| {
        ["已有", "已经", "已", "有"]
            .iter()
            .find(|w| starts(t, j, w))
            .map(|w| j + w.chars().count())
    };
    let names_projects = |w: &[char]| (0..w.len()).any(|i| starts(w, i, "项目"));
    let end = sent.1.min(h.end + 16);
    // The noun after the figure, up to 中 or 里 (then 已 or 有 and a count) or to 已.
    let after = (h.end..end)
        .find(|&k| matches!(t[k], '中' | '里' | '已'))
        .filter(|&k| {
            let noun = &t[h.end..k];
            !noun
                .iter()
                .any(|c| c.is_ascii_digit() || matches!(c, '，' | '、' | '；' | '。'))
                && names_projects(noun)
        })
        .and_then(|k| {
            if t[k] != '已' {
                done_head(k + 1 + usize::from(matches!(t.get(k + 1), Some('，' | ','))))
            } else {
                done_head(k)
            }
        });
    // (Or the noun before it: 重大基础设施项目25个，已开工20个.)
    let before = (h.start >= 2 && ends(t, h.start, "项目"))
        .then(|| done_head(h.end + usize::from(matches!(t.get(h.end), Some('，' | ',')))))
        .flatten();
    let Some(done_at) = after.or(before) else {
        return false;
    };
    let clause_end = (done_at..sent.1)
        .find(|&i| matches!(t[i], '，' | '。' | '；' | ','))
        .unwrap_or(sent.1);
    // (A count of those done: not 285个计划新开工项目已全部开工, all of them, in a review.)
    (done_at..clause_end).any(|i| t[i].is_ascii_digit())
        && (done_at..clause_end).any(|i| PROJECTS_DONE.iter().any(|w| starts(t, i, w)))
}

/// The words of a count started that measure a set of projects, from the words of its clause:
/// 续建 projects resume (复工), new ones start (开工), 计划竣工 ones are completed; projects
/// of all sorts start or resume (开复工).
pub(crate) fn started_verbs(own: &str) -> &'static [&'static str] {
    if own.contains("续建") {
        &["复工"]
    } else if ["新建", "新开"].iter().any(|w| own.contains(w)) {
        &["开工", "开工建设", "动工", "动工建设"]
    } else if ["竣工", "投产"].iter().any(|w| own.contains(w)) {
        &["竣工", "投产", "竣工投产"]
    } else {
        &["开复工"]
    }
}
