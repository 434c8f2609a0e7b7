//! Reading a figure's surroundings: whether its words state an actual, a target or a growth
//! rate (a fall, a pace, a share, a class reached, an amount added). Every look-around is
//! bounded by its sentence ([`super::sentence`]), so extraction stays linear in the length of
//! the text. Words of a rate or a change are read in `change.rs`, whether a rate fell in
//! `fall.rs`.

use super::scan::{starts, Hit};
use super::sentence::{clause, REACH};
pub use amount::*;
pub use change::*;
pub use fall::*;

mod amount;
mod change;
mod fall;

/// Whether the sentence `sent` opens by saying it speaks of the same period as the one before
/// (同一时期，…; 另外，同期…), not comparing with one (去年同期).
pub fn same_period(t: &[char], sent: (usize, usize)) -> bool {
    const SAME: &[&str] = &["同一时期", "同一期间", "同时期", "同期"];
    let i = ["另外，", "此外，", "与此同时，"]
        .iter()
        .find(|w| starts(t, sent.0, w))
        .map_or(sent.0, |w| sent.0 + w.chars().count());
    SAME.iter().any(|w| starts(t, i, w))
}

/// Whether a clause between `from` and `at` opens with 同期 (65岁以上老年人口方面，同期大陆
/// 比重为10.3%): in the same period as the sentence before (not 同期相比, a comparison).
pub fn clause_same_period(t: &[char], from: usize, at: usize) -> bool {
    (from..at).any(|k| {
        k > 0 && matches!(t[k - 1], '，' | ',') && starts(t, k, "同期") && !starts(t, k + 2, "相比")
    })
}

/// Verbs that say a class was reached (进入…行列, 成长为, 跻身).
const REACHED: &[&str] = &[
    "进入",
    "成为",
    "成长为",
    "跻身",
    "迈入",
    "跨入",
    "晋级",
    "晋升为",
    "稳定在",
];

/// Whether the figure's clause says, before it, that its class was reached (进入两万亿级城市
/// 的行列) rather than sought; not with a goal word (力争进入).
pub fn class_reached(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    let said = |ws: &[&str]| (a..h.start).any(|i| ws.iter().any(|w| starts(t, i, w)));
    said(REACHED) && !said(super::goal::TARGET_CUES)
}

/// A figure followed by 级 or 规模 (千亿级产业集群, 千亿规模) names a scale class: a goal.
pub fn scale_class(t: &[char], h: &Hit) -> bool {
    starts(t, h.end, "级") || (starts(t, h.end, "规模") && !starts(t, h.end, "规模化"))
}

/// Words that make a figure a count over a span (五年累计实施, 新增, 建成): the rest of a
/// review's figures are levels at its end.
const OVER_A_SPAN: &[&str] = &[
    "累计",
    "新增",
    "新建",
    "建成",
    "实施",
    "完成",
    "开工",
    "改造",
    "培育",
    "引进",
    "创建",
    "供应",
    "招引",
    "签约",
    "落地",
    "获批",
    "认定",
    "带动",
    "转移",
    "安置",
    "培训",
    "新开",
    "保持",
    "每年",
    "年均",
    "入选",
    "推广",
    "开办",
    "整治",
    "搬迁",
    "搬转",
    "化解",
    "筹集",
    "受益",
    "获评",
    "建起",
    "减负",
    "结成",
    "承担",
    "落户",
    "改建",
    "用于",
    "用在",
    "投入资金",
    "解决",
];

/// Whether the figure's clause counts something over a span (新增…50万个, 5条高铁建成运营).
pub fn over_a_span(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, b) = clause(t, h.start, h.end, sent);
    counts_over_a_span(t, a, b)
}

/// Whether `t[a..b]` counts something over a span ([`over_a_span`]'s words, or 共 before a
/// verb: 全区共治理水土流失面积3860万亩, 共有2000万人次参与; not 公共, 共同, 共享, 共识).
pub(crate) fn counts_over_a_span(t: &[char], a: usize, b: usize) -> bool {
    let together = |i: usize| {
        t[i] == '共'
            && !(i > 0 && t[i - 1] == '公')
            && !matches!(t.get(i + 1), Some('同' | '享' | '识'))
    };
    (a..b).any(|i| OVER_A_SPAN.iter().any(|w| starts(t, i, w)) || together(i))
}

/// Words opening an item that tell what was done by now, beside the [`DONE`] words (本年计划投资
/// 660亿元，本月完成85.71亿元，本年累计完成481.95亿元).
const DONE_ITEMS: &[&str] = &[
    "本月完成",
    "当月完成",
    "當月完成",
    "本年累计完成",
    "本年累計完成",
    "累計完成",
];

/// Whether an item (its characters from its first) opens with 实, saying what was done in fact
/// (实开411个, 實開; 实际完成…), not 实施, 实现, 实行 or 实在, or with words of what was done by
/// now (本月完成, 累计完成). In either script: a quote keeps the original's.
pub(crate) fn done_in_fact(item: impl IntoIterator<Item = char>) -> bool {
    let head: Vec<char> = item.into_iter().take(6).collect();
    let in_fact = matches!(head.first(), Some('实' | '實'))
        && !matches!(head.get(1), Some('施' | '现' | '現' | '行' | '在'));
    in_fact || DONE.iter().chain(DONE_ITEMS).any(|w| starts(&head, 0, w))
}

/// Whether the figure's clause says, before it, a state reached by now (已聚集, 现有; not
/// 基期已经偏高，下半年…为2.51%).
pub fn present_perfect(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    (a..h.start).any(|i| t[i] == '已' || starts(t, i, "现有"))
}

/// Words saying something was done: 累计完成, 已完成, 共完成, 完成了.
const DONE: &[&str] = &["累计完成", "已完成", "共完成", "完成了"];

/// Whether `t[a..b]` says something was done (累计完成…, 已完成…, 完成了…).
pub fn said_done(t: &[char], a: usize, b: usize) -> bool {
    (a..b).any(|i| DONE.iter().any(|w| starts(t, i, w)))
}

/// Whether the figure counts what is added (新增, 新开工, 新签约) in its clause; not when
/// the word names what a done amount is of (新开工项目完成投资84.9亿元).
pub fn added(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    (a..h.start).any(|i| {
        ["新增", "新开工", "新签约", "新引进", "新培育", "安排"]
            .iter()
            .any(|w| starts(t, i, w))
            && !(i..h.start).any(|k| starts(t, k, "完成"))
    })
}

/// Whether a level verb stands right before the figure (累计达到480家, 累计为).
pub fn level_reached(t: &[char], h: &Hit) -> bool {
    ["达到", "达", "为", "有"]
        .iter()
        .any(|w| super::scan::ends(t, h.start, w))
}

/// Whether 累计 is written between `a` and `b`.
pub fn cumulative_between(t: &[char], a: usize, b: usize) -> bool {
    (a..b.min(a + REACH)).any(|i| starts(t, i, "累计"))
}

#[cfg(test)]
mod tests {
    /// (figure, kind, value) of each figure `s`, dated `doc`, reads as.
    fn kinds(s: &str, doc: &str) -> Vec<(String, String, f64)> {
        let opts = crate::extract::Options {
            date: crate::model::Date::parse(doc).ok(),
            region: None,
        };
        crate::extract::extract(s, "t", &opts)
            .candidates
            .iter()
            .map(|c| {
                let kind = format!("{:?}", c.kind).to_lowercase();
                (c.as_written.clone(), kind, c.value)
            })
            .collect()
    }

    #[test]
    fn forecasts_questions_and_revisions() {
        let k = kinds("今年它能否挤进“2万亿元俱乐部”？", "2021-11-08");
        assert_eq!(k[0].1, "target");
        let k = kinds("杭州今年GDP能破2万亿吗\n正文。", "2021-11-08");
        assert_eq!(k[0].1, "target");
        let k = kinds("今年达到1.8万亿元还是很有希望的。", "2021-11-08");
        assert_eq!(k[0].1, "target");
        // A question mark in the middle of a sentence (a lost character) asks nothing.
        let k = kinds(
            "能源上，电厂投产后总装机达386万千瓦，和?水灌区开工。",
            "2025-01-20",
        );
        assert_eq!(k[0].1, "actual");
        // 预料 and 本年: a forecast of the document's year.
        let k = kinds("财政司司长预料本年整体通胀率为2.3%。", "2016-02-24");
        assert_eq!(k[0].1, "target");
        // 下修 is a fall, 上修 a rise.
        let k = kinds("预测值为2.5%，比1月的预测值下修0.3个百分点。", "2016-05-31");
        assert_eq!(k[1].2, -0.3);
        let k = kinds("去年经济成长率上修0.05个百分点。", "2026-02-26");
        assert_eq!(k[0].2, 0.05);
        // A figure compared with (低过去年的3%) has the indicator of the one before it.
        let opts2 = crate::extract::Options {
            date: crate::model::Date::parse("2016-02-24").ok(),
            region: None,
        };
        let s = "财政司司长预计本年整体通胀率为2.3%，低过去年的3%。";
        let doc = crate::extract::extract(s, "t", &opts2);
        assert_eq!(doc.candidates[1].subject, doc.candidates[0].subject);
        // The month a forecast was made is not its period; the revised figure is this year's.
        let opts = crate::extract::Options {
            date: crate::model::Date::parse("2026-02-13").ok(),
            region: None,
        };
        let s = "今年经济成长率由去年11月预测的3.54%，大幅上修为7.71%。";
        let read: Vec<(String, String)> = crate::extract::extract(s, "t", &opts)
            .candidates
            .iter()
            .map(|c| {
                let kind = format!("{:?}", c.kind).to_lowercase();
                (kind, c.period.map(|p| p.to_string()).unwrap_or_default())
            })
            .collect();
        let goal = ("target".to_string(), "2026".to_string());
        assert_eq!(read, vec![goal.clone(), goal]);
    }

    #[test]
    fn progress_against_a_plan() {
        // Done amounts and the shares of the year's plan they are; the plan itself a goal.
        let s = "本年度共有重点项目170个，年度计划投资295.16亿元。\n续建项目完成投资144.77亿元，\
                 为年度计划的77.7%；新开工项目完成投资84.9亿元，为年度计划的78.01%。";
        let k: Vec<String> = kinds(s, "2017-11-03").into_iter().map(|k| k.1).collect();
        let expected = ["target", "target", "actual", "actual", "actual", "actual"];
        assert_eq!(k, expected);
        // An increase of income is a change; a yearly one a level.
        let k = kinds("全县种茶农户1.2万户左右，每户增收1270元。", "2014-07-30");
        assert_eq!(k[1].1, "growth");
        let k = kinds("茶农人均每年增收2000元以上。", "2014-07-30");
        assert_eq!(k[0].1, "actual");
        // Macau's four months against the year's budget: the budget a goal, its year dating
        // it alone; the paragraph opening 当中 goes on with the months before; 缩减 is a fall.
        let s = "首四月累计一百二十一亿二千二百六十万元，相当于今年三百○八亿九千二百多万元总预算                 的百分之三十九点二。
当中经常收入有一百二十亿七千五百多万元。
                 经常开支也缩减了百分之七点六。";
        let k = kinds(s, "2007-05-17");
        let read: Vec<(&str, f64)> = k.iter().map(|k| (k.1.as_str(), k.2)).collect();
        assert_eq!(
            read,
            [
                ("actual", 1_212_260.0),
                ("target", 3_089_200.0),
                ("actual", 39.2),
                ("actual", 1_207_500.0),
                ("growth", -7.6)
            ]
        );
        let opts = crate::extract::Options {
            date: crate::model::Date::parse("2007-05-17").ok(),
            region: None,
        };
        let periods: Vec<String> = crate::extract::extract(s, "t", &opts)
            .candidates
            .iter()
            .map(|c| c.period.map(|p| p.to_string()).unwrap_or_default())
            .collect();
        assert_eq!(periods[3], "2007M1-M4");
        // Hong Kong in January: an estimate of the fiscal year under way, in its last quarter,
        // is its out-turn; 将 in the clause before the ; sets no goal for this one.
        let s = "财政盈余将远高于预测的163亿;安永估计,本财政年度的盈余可高达1600亿元。";
        let k = kinds(s, "2018-01-17");
        assert_eq!((k[0].1.as_str(), k[1].1.as_str()), ("target", "actual"));
    }
}
