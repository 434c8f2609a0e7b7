//! Times in a figure's sentence that serve something else than the figures after them: a
//! base compared with (比上年, 与…相比), the base a change is counted from (较“十二五”末增加,
//! 比去年底增长), a base year (在2022年的基础上), a bracket's own time (（2017年目标为68.3%）),
//! the present before what is to come (目前…，预计将有…), and a deadline before a ； (计划12月底前
//! 完成；…).

use super::super::scan::{self, Hit};
use super::super::{goal, sentence};
use super::time::{self, Role, TimeExpr, When};
use crate::model::Date;

/// A base compared with (比上一季的3.1%增幅明显加快；…再上升0.7%) dates its own figure,
/// not those of the clauses after a ； .
/// (So is one a few words after 比 or 与 in its clause: 与疫情前的2019年同期(82.0%)相比,
/// 比疫情前的2019年同期; and a record broken, 打破了3月份…的纪录.)
pub(super) fn base_before(t: &[char], h: &Hit, e: &TimeExpr) -> bool {
    let stop = |c: char| matches!(c, '，' | '；' | '。' | ',' | ';');
    let compared = (e.start.saturating_sub(8)..e.start)
        .rev()
        .take_while(|&i| !stop(t[i]))
        .any(|i| matches!(t[i], '比' | '较' | '与'));
    let with = (e.start.saturating_sub(2)..e.start).any(|i| matches!(t[i], '比' | '较'));
    let against = compared
        && (e.end..t.len().min(e.end + 16))
            .take_while(|&k| !stop(t[k]))
            .any(|k| {
                ["相比", "同期", "比较"]
                    .iter()
                    .any(|w| scan::starts(t, k, w))
            });
    // (和去年同期比较，…同比增长26.3%: a comparison closed before the figure is a base for
    // the whole sentence.)
    let closed = (e.start.saturating_sub(3)..e.start).any(|i| matches!(t[i], '和' | '与' | '同'))
        && (e.end..h.start.min(e.end + 6)).any(|k| {
            ["相比", "比较"]
                .iter()
                .any(|w| scan::starts(t, k, w) && k + 2 <= h.start)
        });
    // (在2022年的基础上实现“双倍增”，分别超过90家, 以2020年为基数: the base of the goals
    // after it, not their year.)
    let foundation = (e.start > 0 && t[e.start - 1] == '在')
        && ["的基础上", "基础上"]
            .iter()
            .any(|w| scan::starts(t, e.end, w))
        || (e.start > 0 && t[e.start - 1] == '以')
            && ["为基数", "为基准", "为基期"]
                .iter()
                .any(|w| scan::starts(t, e.end, w));
    // (打破了3月份114.22万人次的纪录，同比增长20.59%: the record broken dates its own figure,
    // not the clauses after it.)
    let record = (e.start.saturating_sub(4)..e.start).any(|i| scan::starts(t, i, "打破"))
        && (e.end..t.len().min(e.end + 20))
            .take_while(|&k| !stop(t[k]))
            .any(|k| ["纪录", "记录"].iter().any(|w| scan::starts(t, k, w)))
        && t[e.end..h.start].iter().any(|&c| stop(c));
    // (半年的申请量已超过去年全年，…增幅分别为107.39%: what a figure exceeds dates its own
    // clause, not the clauses after it.)
    let exceeded = ["超过", "超出", "高于", "低于", "多于", "少于"]
        .iter()
        .any(|w| scan::ends(t, e.start, w))
        && t[e.end..h.start].iter().any(|&c| stop(c));
    // (是“十一五”末的3.6倍: the base a multiple is of, not the multiple's time.)
    let mut d = e.end;
    while matches!(t.get(d), Some('”' | '"' | '」' | '末' | '底' | '的')) {
        d += 1;
    }
    let multiple = h.base == Some("倍")
        && d == h.start
        && e.start > 0
        && matches!(t[e.start - 1], '是' | '为' | '的' | '“')
        && (e.start.saturating_sub(3)..e.start).any(|i| matches!(t[i], '是' | '为'));
    // (采摘面积达到157万亩，去年同期增6万亩。毛茶产量1.26万吨: the same months a year before,
    // with what was added since, are a base: not the time of the figures after it, nor of
    // the amount added right after it.)
    let d = if scan::ends(t, e.end, "同期") {
        Some(e.end)
    } else {
        scan::starts(t, e.end, "同期").then_some(e.end + 2)
    }
    .filter(|&d| d < h.start);
    // (But 去年同期增6.8%, a rate, is the year before's own; and 去年同期增长的主要是…
    // describes.)
    let amount = |k: usize| {
        let n = (k..t.len())
            .take_while(|&i| t[i].is_ascii_digit() || t[i] == '.')
            .count();
        n > 0 && t.get(k + n) != Some(&'%')
    };
    let same_months = d.is_some_and(|d| {
        let change = [
            "增加", "减少", "增长", "下降", "提高", "增", "减", "多", "少",
        ]
        .iter()
        .find(|w| scan::starts(t, d, w))
        .map(|w| d + w.chars().count());
        change.is_some_and(|k| amount(k) && !t[d..k].contains(&'的'))
            && (t[d..h.start].iter().any(|&c| stop(c)) || matches!(t[d], '增' | '减' | '多' | '少'))
    });
    ((with || against) && t[e.end..h.start].iter().any(|c| matches!(c, '；' | ';')))
        || same_months
        || multiple
        || changed_from(t, h, e)
        || closed
        || record
        || exceeded
        || (foundation && e.end + 4 < h.start)
}

/// The base a change ending at the figure is counted from, in its sentence (较“十二五”末增加
/// 46.87万辆): the change is over the years since. The figure stands a few characters after
/// the change's verb.
pub(in crate::extract) fn change_base<'e>(
    t: &[char],
    h: &scan::Hit,
    exprs: &'e [TimeExpr],
    sent: (usize, usize),
) -> Option<&'e TimeExpr> {
    exprs
        .iter()
        .filter(|e| e.start >= sent.0 && e.end <= h.start)
        .rfind(|e| {
            change_verb_after(t, h, e).is_some_and(|v| {
                h.start <= v + 5 && !t[v..h.start].iter().any(|c| matches!(c, '，' | ','))
            }) && !t[e.end..h.start].iter().any(|c| matches!(c, '；' | ';'))
        })
}

/// Whether `e` is the base a change before the figure is counted from: right after 比 or 较,
/// right before the change's verb (较“十二五”末增加46.87万辆, 较2015年末增长14倍), or after 与
/// with its level before 相比 (与“十一五”末的1.9件相比年均增长29.3%).
/// So is each of a list of bases (分别比3月末和4月末提高3.36和1.25个百分点).
pub(super) fn changed_from(t: &[char], h: &Hit, e: &TimeExpr) -> bool {
    change_verb_after(t, h, e).is_some()
}

/// Where a change's verb (增长, 增加 …) begins in `t[from..to]`.
fn verb_at(t: &[char], from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| {
        super::context::CHANGE_VERBS
            .iter()
            .any(|w| scan::starts(t, k, w))
    })
}

/// Where the verb of the change counted from the base `e` begins (see [`changed_from`]); so
/// for a base with its level, compared with (与“十一五”末的1.9件相比年均增长29.3%).
pub(super) fn change_verb_after(t: &[char], h: &Hit, e: &TimeExpr) -> Option<usize> {
    let verb_at = |from: usize, to: usize| verb_at(t, from, to.min(h.start));
    let before = e.start - usize::from(e.start > 0 && matches!(t[e.start - 1], '“' | '"' | '「'));
    if before > 0 && matches!(t[before - 1], '与' | '同' | '和' | '跟') {
        let closing = super::context::comparison_closes(t, e.end, 16);
        if let Some(k) = closing {
            let mut v = k + 2;
            while t.get(v).is_some_and(|c| matches!(c, '，' | ',')) {
                v += 1;
            }
            // (与“十三五”末相比均增长超30%, 分别年均增长5%和6%: each of the figures before, a
            // change.)
            while let Some(w) = ["年均", "平均", "分别", "均"]
                .iter()
                .find(|w| scan::starts(t, v, w))
            {
                v += w.chars().count();
            }
            return verb_at(v, v + 1);
        }
    }
    let joins = |c: char| matches!(c, '和' | '、' | '及');
    let timeish =
        |c: char| c.is_ascii_digit() || matches!(c, '年' | '月' | '末' | '底' | '季' | '度');
    let compared = |at: usize| (at.saturating_sub(2)..at).any(|i| matches!(t[i], '比' | '较'));
    // Back over the bases listed before it (3月末和 before 4月末) to the 比 of the list.
    let mut start = e.start;
    while start > 0 && joins(t[start - 1]) && !compared(start) {
        let first = (start.saturating_sub(8)..start - 1)
            .rev()
            .take_while(|&i| timeish(t[i]))
            .last();
        match first {
            Some(i) => start = i,
            None => break,
        }
    }
    // On over the bases listed after it to the verb.
    let mut end = e.end;
    while end < h.start && joins(t[end]) {
        let after = (end + 1..h.start.min(end + 8))
            .take_while(|&i| timeish(t[i]))
            .last();
        match after {
            Some(i) => end = i + 1,
            None => break,
        }
    }
    // (较“十二五”末净增31家: past the plan's closing quote and its end.)
    while end < h.start && matches!(t[end], '”' | '"' | '」' | '末' | '底') {
        end += 1;
    }
    verb_at(end, end + 3).filter(|_| compared(start))
}

/// 比例为70.0%（2017年目标为68.3%），同比上升1.2个百分点: a time in brackets closed
/// before the figure, with a figure of its own there, serves the brackets only (not
/// 进展表（截至2022年12月末）列出了…, which dates what follows).
pub(super) fn bracketed(t: &[char], h: &Hit, e: &TimeExpr) -> bool {
    let open = (e.start.saturating_sub(20)..e.start)
        .rev()
        .take_while(|&i| !matches!(t[i], '）' | ')'))
        .any(|i| matches!(t[i], '（' | '('));
    let close = (e.end..h.start).find(|&i| matches!(t[i], '）' | ')'));
    open && close.is_some_and(|c| t[e.end..c].iter().any(char::is_ascii_digit))
}

/// Whether the change ending at the figure is counted from the year's start (比去年底增长
/// 4710件, 较年初增加): the base right before the change's verb, right before the figure.
pub(in crate::extract) fn since_year_start(t: &[char], h: &Hit) -> bool {
    const STARTS: &[&str] = &[
        "去年底",
        "去年末",
        "上年底",
        "上年末",
        "年初",
        "去年年底",
        "上年年末",
    ];
    let verb = verb_at(t, h.start.saturating_sub(3), h.start);
    verb.is_some_and(|v| {
        STARTS.iter().any(|w| {
            let n = w.chars().count();
            v > n && scan::ends(t, v, w) && matches!(t[v - n - 1], '比' | '较')
        })
    })
}

/// The present (目前) serves what is there now, not a figure a later clause of its sentence
/// says is to come (台中市目前上路的电动公车有293辆，…，预计将有624辆电动公车陆续加入；电动公车
/// 占比将突破5成): that figure has no time of its own. So does the day a thing was said
/// (局长昨日在网志中坦言…。…政府将向立法会财委会申请200亿元拨款，预计约160多项社福设施).
pub(super) fn present_before_future(
    t: &[char],
    h: &Hit,
    e: &TimeExpr,
    sent: (usize, usize),
) -> bool {
    if !matches!(e.when, When::Present | When::Yesterday) {
        return false;
    }
    let (a, _) = sentence::clause(t, h.start, h.end, sent);
    a >= e.end
        && (a..h.start).any(|i| {
            let named = ["预计总", "预计投资"].iter().any(|w| scan::starts(t, i, w));
            // (Not 将 that marks an object, 已将有关资金3000万元拨付到位, 全区将有关企业…纳入,
            // 已将从业人员…纳入, nor 即将开工的项目有12个, projects there now.)
            let object = t[i] == '将'
                && (i
                    .checked_sub(1)
                    .is_some_and(|k| matches!(t[k], '已' | '即' | '均' | '并'))
                    || ["将有关", "将从业"].iter().any(|w| scan::starts(t, i, w)));
            // (Nor 预计总投资为99.71亿元, the name of an amount planned.)
            !named
                && !object
                && (["预计", "将有", "将向", "会有", "有望", "可望"]
                    .iter()
                    .any(|w| scan::starts(t, i, w))
                    || goal::will_in(t, i, i + 1))
        })
}

/// A deadline serves its own part of the sentence, not the parts after a ；
/// (…已完成总工程量的90%，计划12月底前完成；实事内容为完成…800户). Only a deadline written with
/// 前, a date to finish by (到2025年，…；… dates its list), a date an act is set for, any
/// deadline for a figure its clause reports done with 已, and a plan's year ahead of the
/// document (`date`) for the parts after it that say what is there now.
pub(super) fn deadline_before(
    t: &[char],
    h: &Hit,
    e: &TimeExpr,
    sent: (usize, usize),
    date: Option<Date>,
) -> bool {
    // (Not 目前, the present, nor 截至…前, an as-of.)
    let by = (t.get(e.end) == Some(&'前') || (e.end > 0 && t[e.end - 1] == '前'))
        && e.when != When::Present
        && !time::as_of(t, e.start);
    // (Nor a date an act is set for, 預訂下半年報請行政院核定；另將持續辦理…13項重大工程;
    // but 預定2026年11月要達到20%；…達20%的目標恐怕還會再延 sets a figure's deadline.)
    let set_for = time::set_for(t, e.start)
        && !t[e.end..h.start]
            .iter()
            .take_while(|c| !matches!(c, '；' | ';'))
            .any(char::is_ascii_digit);
    // (Any deadline, 到年底将建成111万千瓦；光伏已并网发电9.03万千瓦, for a figure its
    // clause reports done with 已.)
    // (So does a plan's year, 计划十二五末达到1000万亩；湖北现有面积410万亩；河南信阳面积210万亩,
    // for the parts after it that say what is there now.)
    let now_after = || {
        let p = (e.end..h.start)
            .find(|&i| matches!(t[i], '；' | ';'))
            .unwrap_or(h.start);
        // (Not 已 describing, 已批复的二期工程, 已建成的产业园区: still of the plan.)
        let describes = |i: usize| {
            (i..h.start.min(i + 7))
                .take_while(|&k| !matches!(t[k], '，' | '；' | ',' | ';') && !t[k].is_ascii_digit())
                .any(|k| t[k] == '的')
        };
        (p..h.start).any(|i| (t[i] == '已' && !describes(i)) || scan::starts(t, i, "现有"))
    };
    // (A plan's year ahead of the document: 计划今年完成投资50亿元；已完成投资15亿元 is this
    // year's done so far.)
    let ahead = || match e.when {
        When::Year(time::YearRef::Abs(y)) => date.is_none_or(|d| y > d.year),
        When::Year(time::YearRef::Rel(r)) => r > 0,
        When::Year(_) => false,
        _ => true,
    };
    let planned = || {
        ahead()
            && (e.start.saturating_sub(3)..e.start)
                .any(|i| ["计划", "规划"].iter().any(|w| scan::starts(t, i, w)))
    };
    let done = !time::as_of(t, e.start)
        && ((e.role == Role::End && {
            let (a, _) = sentence::clause(t, h.start, h.end, sent);
            t[a..h.start].contains(&'已')
        }) || (planned() && now_after()));
    (by || done || set_for) && t[e.end..h.start].iter().any(|c| matches!(c, '；' | ';'))
}
