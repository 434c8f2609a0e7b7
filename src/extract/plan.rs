//! A year's plan named in a text: a list of projects with its planned investment, and a plan
//! or task of the whole year named right before a figure or after a list of them.

use super::goal::{list_goal_after, MEASURED_AGAINST};
use super::scan::{ends, starts, Hit};

/// Whether the figure counts a year's list of projects, or their total investment, in a
/// sentence that gives the list's planned investment (2024年共安排市重点项目476个，年度计划
/// 投资463.4亿元; 续建项目269个; 总投资1521.354亿元，当年计划投资226.72亿元): the year's plan,
/// not what was done (已开工项目160个, 累计完成投资).
pub fn project_list(t: &[char], h: &Hit, sent: (usize, usize), under_way: bool) -> bool {
    // 项目476个, 项目有269个, 总投资为1200亿元: the word, then a short gap, then the figure.
    let named = |w: &str, gaps: &[&str]| {
        gaps.iter().any(|g| {
            let k = h.start.checked_sub(g.chars().count());
            ends(t, h.start, g) && k.is_some_and(|k| ends(t, k, w))
        })
    };
    let projects = matches!(h.base, Some("个" | "项"));
    // 316个州重点建设项目累计开复工291个, 全市230个重点项目完成投资: a count of key projects
    // before their progress, in a year under way (in a review of a year gone, 810个省重点项目
    // 完成投资 is what that year had).
    let key = projects
        && under_way
        && (h.end..t.len().min(h.end + KEY_WORDS))
            .take_while(|&i| !super::sentence::clause_break(t[i]))
            .find(|&i| starts(t, i, "项目"))
            .is_some_and(|i| {
                // 重点项目, 重大项目, 百大项目; 项目中已开复工92个 (a few words between).
                (t[h.end..i].contains(&'重') || ends(t, i, "百大"))
                    && ["开复工", "开工", "复工", "完成投资", "全年计划"]
                        .iter()
                        .any(|w| (i + 2..i + 6).any(|k| starts(t, k, w) && t[k - 1] != '未'))
            });
    // 年初共安排8项，计划完成投资23.7亿元: the projects the year's plan lists (not 去年共安排
    // 588个, what last year had).
    let clause = super::sentence::clause(t, h.start, h.end, sent).0;
    let year_gone =
        (clause..h.start).any(|i| ["去年", "上年", "前年"].iter().any(|w| starts(t, i, w)));
    let counted = projects
        && (named("项目", &["", "有", "共", "共有", "为"]) || (named("安排", &[""]) && !year_gone));
    // 年度投资115亿元 after the list (共安排百大项目145个): its planned investment of the year.
    let invested = h.base == Some("元")
        && (named("总投资", &["", "为", "达"]) || named("年度投资", &["", "为", "达"]));
    if !(counted || invested || key) {
        return false;
    }
    let planned = key
        || (sent.0..sent.1).any(|i| {
            [
                "年度计划投资",
                "年度计划完成投资",
                "当年计划投资",
                "年度投资计划",
                "年投资计划",
                "共安排",
            ]
            .iter()
            .any(|w| starts(t, i, w))
        });
    let done = (clause..h.start).any(|i| {
        t[i] == '已'
            || ["完成", "累计", "开工了", "竣工了"]
                .iter()
                .any(|w| starts(t, i, w))
    });
    planned && !done
}

/// How far after a count the word 项目 of a key-project list is looked for.
const KEY_WORDS: usize = 8;

/// Whether the figure is a year's plan or task named right before it (年度计划投资24.19亿元,
/// 完成全年任务75亿元的23.7%, 年内计划投资246.5亿元): a goal for the whole year, whatever part
/// of it the sentence reports on (not 为年度计划的62.4%, a share of the plan). So is an
/// investment planned to be completed (计划完成投资23.7亿元): a project's total is
/// 计划总投资.
pub fn year_plan_named(t: &[char], h: &Hit) -> bool {
    if list_goal_after(t, h) == Some(true) || ends(t, h.start, "计划完成投资") {
        return true;
    }
    // 原定投资预算为223.1亿元: a budget is the year's.
    if (h.start.saturating_sub(5)..h.start).any(|i| super::goal::budget_named(t, h, i)) {
        return true;
    }
    // 下达控制指标为32人, 下达的目标任务: a goal handed down for the year, whatever months the
    // paragraph reports.
    let handed = (h.start.saturating_sub(12)..h.start).any(|i| {
        starts(t, i, "下达")
            && (i + 2..h.start).any(|k| ["指标", "目标", "任务"].iter().any(|w| starts(t, k, w)))
            && !t[i..h.start]
                .iter()
                .any(|c| matches!(c, '，' | '；' | '。'))
    });
    if handed {
        return true;
    }
    // 超年度2亿吨目标任务, 全年540万目标: the year's word, the amount, the goal's word.
    let year_before = ["全年", "年度"].iter().any(|y| ends(t, h.start, y));
    if year_before && MEASURED_AGAINST[..3].iter().any(|w| starts(t, h.end, w)) {
        return true;
    }
    let lo = h.start.saturating_sub(10);
    (lo..h.start).any(|i| {
        ["全年", "年度", "年内"].iter().any(|y| {
            starts(t, i, y)
                && MEASURED_AGAINST[..3].iter().any(|w| {
                    let k = i + 2;
                    starts(t, k, w)
                        && ["", "投资", "投资为", "安排投资", "为", "是"]
                            .iter()
                            .any(|a| starts(t, k + 2, a) && k + 2 + a.chars().count() == h.start)
                })
        })
    })
}

/// Whether the year's plan is named earlier in the sentence, before `b` (年度计划投资为20亿元，共
/// 建设18个项目412.5公里; 计划完成投资13.1亿元，新改建农村公路1000公里): the goals after it in
/// the sentence are of the same year. Not once the sentence reports what was done (已).
pub fn plan_earlier_in_sentence(t: &[char], a: usize, b: usize) -> bool {
    const PLANS: &[&str] = &["年度计划", "全年计划", "计划完成投资", "计划投资"];
    (a..b).any(|i| PLANS.iter().any(|w| starts(t, i, w))) && !(a..b).any(|i| t[i] == '已')
}
