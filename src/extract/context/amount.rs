//! Changes of an amount, not of a rate: an amount added or cut after its verb (比上年增加126亿元,
//! 减少碳排放800万吨, 增收1284万元), each item of a list of them (分别增加126亿元及8亿元).

use super::super::indicator::is_word;
use super::super::scan::{starts, Hit};
use super::super::sentence::clause;
use super::change::{verb_before, REVISIONS};

/// Changes of revenue, spending or output (比上年增收1284万元, 减支9240万元, 早稻增产4.1亿斤):
/// the amount changed.
pub(super) const FISCAL_CHANGES: &[&str] = &["增收", "减收", "增支", "减支", "增产", "减产"];

/// Verbs of an absolute change (增加0.3千公顷, 净增97户, 减少1.0千公顷, 环比扩大4.1亿元).
pub(in crate::extract) const CHANGE_VERBS: &[&str] = &[
    "增加", "减少", "净增", "净减", "增长", "下降", "降低", "提高", "扩大",
];

/// Verbs of a cut (减少碳排放800万吨, 压减地下水开采量21.5亿立方米).
const CUTS: &[&str] = &[
    "减少", "压减", "削减", "降低", "下降", "缩减", "减排", "净减", "调减",
];

/// Where the first of a list of amounts ending with the one at `start` begins (126亿元及8亿元,
/// 52亿元、30亿元和13亿元); `start` when it is not listed. At most eight items back.
fn amounts_listed_before(t: &[char], start: usize) -> usize {
    let mut s = start;
    for _ in 0..8 {
        let Some(k) = s
            .checked_sub(1)
            .filter(|&k| matches!(t[k], '、' | '及' | '和'))
        else {
            break;
        };
        // The unit of the item before (亿元), then its number; a rate in brackets after it
        // (增加0.4家(2.8%)、8.4人(3.3%)) is skipped.
        let mut j = k;
        if j > 0 && matches!(t[j - 1], ')' | '）') {
            let Some(open) = (j.saturating_sub(12)..j - 1)
                .rev()
                .find(|&i| matches!(t[i], '(' | '（'))
            else {
                break;
            };
            j = open;
        }
        let Some((start, _)) = amount_before(t, j, 0) else {
            break;
        };
        s = start;
    }
    s
}

/// The amount written right before `end` and after `lo` (8.4人, 126亿元): its unit of at most
/// four word characters, then its number; its start and where its number ends, `None` when
/// either is missing.
pub(super) fn amount_before(t: &[char], end: usize, lo: usize) -> Option<(usize, usize)> {
    let mut j = end;
    while j > lo && end - j < 4 && is_word(t[j - 1]) && !t[j - 1].is_ascii_digit() {
        j -= 1;
    }
    let num_end = j;
    while j > lo && (t[j - 1].is_ascii_digit() || matches!(t[j - 1], '.' | ',')) {
        j -= 1;
    }
    (j < num_end && num_end < end).then_some((j, num_end))
}

/// Whether a figure that is no rate is the change of a level, not a level: a change verb
/// right before it, and either a comparison (比上年, 较去年同期) earlier in its clause or no
/// other words in its clause (播种面积为135.5千公顷，增加0.3千公顷). `Some(true)` when the
/// change is against a stated base (比前次上修357亿美元): observed, whatever goal words the
/// sentence has.
pub fn absolute_change(t: &[char], h: &Hit, sent: (usize, usize)) -> Option<bool> {
    // 每户增收1270元: an increase of income, whatever words stand before it (not 每年增收
    // 2000元, a yearly amount).
    let (a, _) = clause(t, h.start, h.end, sent);
    let yearly = (a..h.start).any(|i| starts(t, i, "每年"));
    if FISCAL_CHANGES
        .iter()
        .any(|w| super::super::scan::ends(t, h.start, w))
        && !yearly
    {
        return Some(compared(t, sent, a, h.start));
    }
    let at = match verb_before(t, h.start, 0) {
        // 较上年同月增53.3亿美元, 运输工具减 1.1 亿美元: 增 or 减 alone is always a change.
        Some(_) => {
            let at = (0..h.start).rev().find(|&k| matches!(t[k], '增' | '减'))?;
            let (a, _) = clause(t, h.start, h.end, sent);
            return Some(compared(t, sent, a, at));
        }
        None => {
            // (分别增加126亿元及8亿元: the verb before the list's first amount.)
            let first = amounts_listed_before(t, h.start);
            // (比去年增加了3.1万人: 了 after the verb.)
            let end = first - usize::from(super::super::scan::ends(t, first, "了"));
            let verb = CHANGE_VERBS
                .iter()
                .chain(REVISIONS)
                .find(|w| super::super::scan::ends(t, end, w));
            // (比年初新增125.5亿元, 比去年同期多30个: more than a time before, a change; 新增
            // alone is what was added, a level.)
            let (a, _) = clause(t, h.start, h.end, sent);
            let more = ["新增", "多出", "多", "少"]
                .iter()
                .find(|w| super::super::scan::ends(t, end, w))
                .map(|w| end - w.chars().count())
                .filter(|&at| than_before(t, a, at));
            match verb {
                Some(verb) => end - verb.chars().count(),
                None if more.is_some() => return Some(true),
                None => return cut_amount(t, h, sent).then_some(false),
            }
        }
    };
    let (a, _) = clause(t, h.start, h.end, sent);
    let compared = compared(t, sent, a, at);
    // (按年增加161张至1,882张, Macau's year on year: a change, as 同比; but no stated base that
    // makes a forecast's change, 预计…按年增加40亿, observed.)
    // (年均增加1000亿元, 每年平均增加: a change each year, a pace.)
    let yearly = (a..at).any(|i| {
        ["按年", "按月", "年均", "每年平均", "平均每年"]
            .iter()
            .any(|w| starts(t, i, w))
    });
    // (综合所得税及关税分别增加126亿元及8亿元: the words before 分别 name each item.)
    let bare =
        (a..at).all(|i| !is_word(t[i]) || t[i] == '再') || super::super::scan::ends(t, at, "分别");
    // 企业数量减少12家, 压减地下水开采量21.5亿立方米: what a cut takes away is a change,
    // never a level.
    (compared || yearly || bare || cut_amount(t, h, sent)).then_some(compared)
}

/// Whether the change whose clause runs from `a` to its verb at `at` is against a stated base:
/// 比 or 较 in the clause (比上年增加126亿元), or a clause before it in its sentence comparing
/// with a time (与去年同期相比，赛事数量增加5600场; …制度后，与113年第2季相比，…营收增加0.6亿元;
/// not 与先进地区相比，…力争规上企业增加50家).
fn compared(t: &[char], sent: (usize, usize), a: usize, at: usize) -> bool {
    const TIMES: &[&str] = &[
        "上年", "去年", "前年", "同期", "年初", "半年", "季", "月", "末", "底",
    ];
    let with_time = |c: usize, k: usize| {
        matches!(t[c], '与' | '同' | '和' | '跟')
            && (c + 1..k).any(|i| {
                TIMES.iter().any(|w| starts(t, i, w))
                    || super::super::time::year_at(t, i, false).is_some()
                    || super::super::years::roc_year(t, i).is_some()
            })
    };
    // (The clause's start is looked for only at a 相比 that closes one: not once a character.)
    let earlier = (sent.0..a).any(|k| {
        starts(t, k, "相比") && matches!(t.get(k + 2), Some('，' | ',')) && {
            let clause = (sent.0..k)
                .rev()
                .find(|&i| matches!(t[i], '，' | ','))
                .map_or(sent.0, |i| i + 1);
            with_time(clause, k)
        }
    });
    (a..at).any(|i| matches!(t[i], '比' | '较')) || earlier
}

/// Whether the clause from `a` compares what comes at `at` with a time before, right after its
/// 比 or 较 (比上年, 比年初, 较去年同期, 比2020年): not a gap to another figure (比106年的115万532人
/// 还少…, 比前年的1兆7510亿元多出…), another place (比重庆多出) or a forecast (比预测少400万).
fn than_before(t: &[char], a: usize, at: usize) -> bool {
    (a..at).any(|k| {
        let year = super::super::time::year_at(t, k + 1, false)
            .is_some_and(|(y, e)| matches!(y, super::super::time::YearRef::Abs(_)) && e <= at);
        matches!(t[k], '比' | '较')
            && (year
                || ["上年", "去年", "前年", "同期", "年初", "上月"]
                    .iter()
                    .any(|w| starts(t, k + 1, w)))
            && !t[k..at].contains(&'的')
    })
}

/// Whether a fall verb governs the amount in its own clause (减少碳排放800万吨, 压减产能500万吨),
/// not a level after it (盈余虽然减少，但仍有2.9亿元; 下降到800万吨).
pub fn cut_amount(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    // 比上年少死亡192人: 少 right before what is counted, after 比 and a time (not 少于, fewer
    // than; nor a gap to another figure, 比106年的115万532人还少7万2899人, 比预测少400万).
    let fewer = (h.start.saturating_sub(5).max(a)..h.start).any(|i| {
        t[i] == '少' && !matches!(t.get(i + 1), Some('于' | '数' | '量')) && than_before(t, a, i)
    });
    let Some(at) = (a..h.start)
        .rev()
        .find(|&i| CUTS.iter().any(|w| starts(t, i, w)))
    else {
        return fewer;
    };
    // (降低3.4%以上、能耗总量控制在45亿吨标准煤以内: a level kept within, a cap.)
    // (The qualifier before the number, 控制在, is part of the figure.)
    // (Nor a figure in an aside, 减少230人（不含水上交通事故死亡33人）, nor one after another
    // figure the fall is of, 下降幅度超过5%的23个省份.)
    let between = &t[at..h.num_start];
    let aside = between.iter().any(|c| matches!(c, '（' | '('));
    let of_another = between
        .windows(2)
        .any(|w| (w[0].is_ascii_digit() || matches!(w[0], '%' | '％')) && w[1] == '的');
    fewer
        || (!aside
            && !of_another
            && !between
                .iter()
                .any(|&k| matches!(k, '到' | '至' | '为' | '有' | '达' | '在')))
}
