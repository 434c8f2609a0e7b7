//! Goal words that report what was done, not a goal set: a goal reached (实现倍增目标, 虽已达
//! 目标值), a share of it done (为年度计划的77.7%), funds won (争取到140.3亿元), results told
//! after it (成效显著), indicators only named or met.

use super::super::scan::starts;

/// 考核指标 or 控制指标 at `i..end` (its clause from `lo`) reported met (全部完成年度考核指标, 考核指标超额完成) or only
/// named (紧扣高质量发展考核指标，实行…), not listed as what is to be done (考核指标共有四项，
/// 分别是…).
pub(super) fn indicators_only_named(t: &[char], i: usize, end: usize, lo: usize) -> bool {
    let met_after = (end..t.len().min(end + 4))
        .any(|k| ["完成", "超额", "全部完成"].iter().any(|w| starts(t, k, w)));
    reached_goal(t, i, lo)
        || met_after
        || matches!(t.get(end), Some('，' | ',' | '。' | '；' | ';'))
}

/// 为年度计划的77.7%, 占前三季度目标任务的78.5%: a figure right after a goal word (and
/// 任务, and the goal's amount: 为工作目标25.12亿美元的108.7%) and 的 is the share of it done,
/// not a goal, and so sets no goal for the figures after it; so is one with no 的 after 占
/// (占年度目标任务74.2%); so is one after the goal's 完成率. The goal word runs from `i` to `k`.
pub(super) fn share_of(t: &[char], i: usize, k: usize) -> bool {
    // 相当于计划数127.23万头的100.01%: 数 after the goal word.
    let k = if starts(t, k, "任务") { k + 2 } else { k };
    let k = if t.get(k) == Some(&'数') { k + 1 } else { k };
    // 考核目标任务完成率也在70%以上: the rate done; 年度计划投资完成率89.1%, a few words of
    // what between.
    let rate_done = |m: usize| ["完成率", "完成进度"].iter().any(|w| starts(t, m, w));
    if (k..t.len().min(k + 5))
        .take_while(|&m| m == k || super::super::indicator::is_word(t[m - 1]))
        .any(rate_done)
    {
        return true;
    }
    // 为工作目标25.12亿美元的108.7%, 计划数127.23万头的: the goal's amount between, its
    // unit up to two characters; or in brackets (占全年控制指标（14人）的78.6%).
    let open = matches!(t.get(k), Some('（' | '('));
    let a = k + usize::from(open);
    let m = amount_end(t, a);
    let k = match (m..m + 3 + usize::from(open)).find(|&j| t.get(j) == Some(&'的')) {
        Some(j)
            if m > a
                && t[a].is_ascii_digit()
                && (!open || matches!(t[j - 1], '）' | ')'))
                && t[m..j - usize::from(open)]
                    .iter()
                    .all(|&c| super::super::indicator::is_word(c)) =>
        {
            j
        }
        _ => k,
    };
    let number = |k: usize| t.get(k).is_some_and(|c| c.is_ascii_digit() || *c == '百');
    // (完成年度计划46.7%: a share written right after 完成 and the goal, no 的 between.)
    let percent = || {
        let e = (k..t.len()).find(|&m| !(t[m].is_ascii_digit() || t[m] == '.'));
        e.is_some_and(|e| e > k && matches!(t[e], '%' | '％'))
    };
    // (完成年度全省担保业务余额1000亿元目标任务90.42%: 完成 earlier in the clause.)
    let done = (i.saturating_sub(30)..i)
        .rev()
        .take_while(|&m| !matches!(t[m], '，' | '。' | '；' | ',' | ';' | '\n'))
        .any(|m| starts(t, m, "完成"));
    (t.get(k) == Some(&'的') && number(k + 1))
        || (number(k) && (i.saturating_sub(8)..i).any(|m| t[m] == '占'))
        || (done && percent())
}

/// Whether the share of something done follows at `k`: 的, then digits (…预算数60999万元的40.4%).
pub(crate) fn share_follows(t: &[char], k: usize) -> bool {
    t.get(k) == Some(&'的') && t.get(k + 1).is_some_and(char::is_ascii_digit)
}

/// Where an amount written at `k` right after a goal's words ends (目标25.12亿美元的, 今年
/// 三百○八亿九千二百多万元总预算): past its digits or Chinese numerals, scale and 元; `k` when
/// none is written there.
pub(crate) fn amount_end(t: &[char], k: usize) -> usize {
    let in_amount = |m: usize| {
        let c = t[m];
        c.is_ascii_digit()
            || super::super::numbers::cn_numeral(c)
            || matches!(c, '.' | '元' | '多' | '余' | '○' | '美')
            // 46,908万元: a thousands comma between digits.
            || (c == ','
                && m > k
                && t[m - 1].is_ascii_digit()
                && t.get(m + 1).is_some_and(char::is_ascii_digit))
    };
    (k..t.len().min(k + 16))
        .find(|&m| !in_amount(m))
        .unwrap_or(k)
}

/// 2008年农村公路建设的预计目标被超额完成, 年度目标任务全面完成。: the goal word `w` ending
/// at `k` told met right after it (a stop or 了 after 完成), not one set. 计划 is also a verb
/// (该工程计划全部完成，…: plans to finish), so after it the goal is met only with a word
/// saying it is done (被, 已, 均, 超额) or 了.
pub(super) fn met_after(t: &[char], w: &str, k: usize) -> bool {
    const HOW: &[&str] = &[
        "任务", "被", "也", "都", "已经", "已", "均", "全部", "全面", "顺利", "提前", "基本",
        "超额",
    ];
    const DONE: &[&str] = &["被", "已经", "已", "均", "超额"];
    let mut k = k;
    let mut done = false;
    while let Some(h) = HOW.iter().find(|h| starts(t, k, h)) {
        done |= DONE.contains(h);
        k += h.chars().count();
    }
    let stop = t.get(k + 2);
    starts(t, k, "完成")
        && stop.is_none_or(|c| matches!(c, '，' | '。' | '；' | ',' | ';' | '了' | '！' | '\n'))
        && (w != "计划" || done || stop == Some(&'了'))
}

/// Whether `t[a..b]` tells a goal met (…的预计目标被超额完成, 年度任务全面完成).
pub(crate) fn goal_told_met(t: &[char], a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        super::MEASURED_AGAINST[..3]
            .iter()
            .any(|w| starts(t, i, w) && met_after(t, w, i + 2))
    })
}

/// 计划新开工项目已全部开工，810个…: a plan reported done (已) between the goal word and
/// the figure; so is a goal pursued whose results are then told (围绕…的目标，…，成效显著：共
/// 新改建农村公路2.3万公里).
pub(super) fn done_since(t: &[char], a: usize, b: usize) -> bool {
    const RESULTS: &[&str] = &[
        "成效显著",
        "成效明显",
        "成果显著",
        "成绩显著",
        "取得显著成效",
    ];
    (a..b).any(|k| {
        (t[k] == '已' && !matches!(t.get(k + 1), Some('有')))
            || RESULTS.iter().any(|w| starts(t, k, w))
    })
}

/// 计划投资100亿元，完成投资80亿元，完成计划的80%: a plan's amount, then a clause opening with
/// 完成 — what was done of it, not more of the plan. The goal word `w` at `i` sets an amount
/// in its own clause; the clause right after it opens with 完成 (after 实际, 已, 累计 or 共)
/// and names nothing else (计划造林8万亩，完成9万亩) or the plan's own words (投资), with an amount
/// of the same unit; or any clause after it opens with the share of the plan (完成计划的80%).
/// Plans listing what is to be done stay goals: 计划新建学校10所，完成改扩建学校5所 (other
/// words), 计划投资1600亿元，完成新线铺轨376公里 (another unit), 计划投入80亿元，建设…，完成…
/// (a clause between), 规划目标是：… (a colon), 完成后年产值可达100亿元 (after it is done), and
/// clauses after 力争 or 确保 (only 计划, 目标 and 任务 are read here).
pub(super) fn done_after_plan(t: &[char], i: usize, w: &str, b: usize) -> bool {
    if !matches!(w, "计划" | "目标" | "任务") {
        return false;
    }
    let from = i + w.chars().count();
    let stop = |k: &usize| matches!(t[*k], '，' | ',' | '；' | ';');
    let (Some(first), Some(k)) = ((from..b).find(stop), (from..b).rfind(stop)) else {
        return false;
    };
    if t[from..k].iter().any(|c| matches!(c, '：' | ':')) {
        return false;
    }
    // The unit's first character after a number's digits and scale (万株, 亿元, 公里).
    let unit = |j: usize| {
        t[j..]
            .iter()
            .find(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '万' | '亿' | '千' | '百')))
            .copied()
    };
    // The plan's amount in its own clause (not a year: 计划到2025年).
    let Some(n) = (from..first).find(|&j| {
        t[j].is_ascii_digit() && (j == 0 || !t[j - 1].is_ascii_digit()) && unit(j) != Some('年')
    }) else {
        return false;
    };
    let mut m = k + 1;
    while let Some(p) = ["实际", "累计", "已", "共"]
        .iter()
        .find(|p| starts(t, m, p))
    {
        m += p.chars().count();
    }
    if !starts(t, m, "完成") || starts(t, m, "完成后") {
        return false;
    }
    if ["完成计划的", "完成目标的", "完成任务的"]
        .iter()
        .any(|p| starts(t, m, p))
    {
        return true;
    }
    // (`b` may end the words before the figure's clause: nothing is done there.)
    let Some(done_words) = t.get(m + 2..b) else {
        return false;
    };
    first == k && (done_words.is_empty() || done_words == &t[from..n]) && unit(n) == unit(b)
}

/// 争取到的中央转移支付, 争取到国家资金, 协助厂商争取…补助: funds won, not a goal (争取到2025年
/// is one).
pub(super) fn won(t: &[char], i: usize, w: &str) -> bool {
    if w != "争取" {
        return false;
    }
    // 协助厂商争取约3,000万元研发补助: won with help given, in its clause.
    let clause = (i.saturating_sub(8)..i)
        .rev()
        .find(|&k| matches!(t[k], '，' | ',' | '；' | ';' | '。'))
        .map_or(i.saturating_sub(8), |k| k + 1);
    if (clause..i).any(|k| ["协助", "帮助"].iter().any(|h| starts(t, k, h))) {
        return true;
    }
    if t.get(i + 2) != Some(&'到') {
        return false;
    }
    // 争取到2025年 sets a deadline; 争取到140.3亿元, 争取到资金 report what was won.
    let digits = t[i + 3..].iter().take_while(|c| c.is_ascii_digit()).count();
    !(digits == 4 && t.get(i + 3 + digits) == Some(&'年'))
}

/// 实现倍增目标, 完成年度目标, 分别完成年计划的118.2%, 超过28%的年度目标: a goal reported as
/// met, not one set;
/// 比年度计划翻了一番: a result measured against one.
pub(crate) fn reached_goal(t: &[char], i: usize, lo: usize) -> bool {
    // 完成省政府下达的考核目标任务, 提前两年基本实现《纲要》提出的400万人目标: up to 20
    // characters back within the clause.
    let from = (i.saturating_sub(20).max(lo)..i)
        .rev()
        .find(|&k| matches!(t[k], '，' | ',' | '；' | ';' | '：' | '。'))
        .map_or(i.saturating_sub(20).max(lo), |k| k + 1);
    let against = i.saturating_sub(3).max(lo);
    // (Not one still sought: 力求达成114年…20%的目标, 确保完成.)
    let sought = |k: usize| {
        (from..k).any(|m| {
            ["力求", "力争", "确保", "争取", "努力", "为了", "要", "将"]
                .iter()
                .any(|w| starts(t, m, w))
        })
    };
    (from..i).any(|k| {
        // (虽已达目标值: reached.)
        [
            "实现",
            "完成",
            "达成",
            "超额完成",
            "超过",
            "超出",
            "已达",
            "已经达到",
        ]
        .iter()
        .any(|w| starts(t, k, w))
            && !sought(k)
    }) || (against..i).any(|k| matches!(t[k], '比' | '较'))
}
