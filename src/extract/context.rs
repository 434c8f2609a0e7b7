//! Reading a figure's surroundings: whether its words state an actual, a target or a growth
//! rate (a fall, a pace, a share, a class reached, an amount added). Every look-around is
//! bounded by its sentence ([`super::sentence`]), so extraction stays linear in the length of
//! the text.

use super::indicator::is_word;
use super::scan::{starts, Hit};
use super::sentence::{clause, REACH};

const GROWTH_CUES: &[&str] = &[
    "增长", "增速", "年均", "同比", "增幅", "提高", "下降", "降低", "减少", "回落", "下滑", "降幅",
    "成长", "上涨", "涨幅", "增加", "净增",
    // 赤字收窄了三成多, 差距缩小10%: what narrows falls (降幅收窄: see `falling`).
    "收窄", "缩小", "缩减",
    // Hong Kong, Macau and Taiwan: 按年升百分之一, 按年跌百分之零点九五, 升幅, 跌幅.
    "按年", "按月", "上升", "升幅", "升", "下跌", "跌幅", "跌", "萎缩", "衰退",
    // Taiwan: 年增34.1%, 年减28.7%, 减幅 (增 and 减 alone: see `verb_before`).
    "年增", "年减", "减幅",
];

/// Revisions of a rate (上修为7.71%, 下修0.3个百分点): what follows stays a rate, even after
/// 至 or 到.
pub(super) const REVISIONS: &[&str] = &[
    "上修", "下修", "上调", "下调", "调升", "调降", "调高", "调低", "微调",
];

/// The words of growth: the [`REVISIONS`], then [`GROWTH_CUES`] (调升 before 升), then the
/// [`SCHEDULE_GAPS`].
pub(super) fn growth_words() -> impl Iterator<Item = &'static str> {
    REVISIONS
        .iter()
        .chain(GROWTH_CUES)
        .chain(SCHEDULE_GAPS)
        .copied()
}

/// The growth word at `i`, if any; not 升 in 升学率 or 产业升级 (a word of its own).
pub(super) fn growth_word_at(t: &[char], i: usize) -> Option<&'static str> {
    if ["升学", "升级", "升格"].iter().any(|w| starts(t, i, w)) {
        return None;
    }
    growth_words().find(|w| starts(t, i, w))
}

/// Growth words that name a rate (增速, 成长率): what follows them is a rate even after 为 or
/// 到; after the verbs, 到/至 make a level (提高到10%).
const RATE_NOUNS: &[&str] = &[
    "增速",
    "增幅",
    "涨幅",
    "降幅",
    "增长率",
    "成长率",
    "升幅",
    "跌幅",
    "减幅",
];

/// Words before a % of how far a year's progress is ahead of or behind the share of the
/// year gone (超进度42.31%, 欠序时进度12.92%).
const SCHEDULE_GAPS: &[&str] = &["超进度", "欠进度", "超序时进度", "欠序时进度"];

/// Whether the figure is a gap to schedule (超进度42.31%): a change in points, observed.
pub fn schedule_gap(t: &[char], h: &Hit) -> bool {
    SCHEDULE_GAPS
        .iter()
        .any(|w| super::scan::ends(t, h.start, w))
}

/// Growth words that say the figure fell: the rate after them is negative.
const FALLING_CUES: &[&str] = &[
    "下降", "降低", "减少", "回落", "下滑", "降幅", "下修", "下调", "调降", "下跌", "跌幅", "跌",
    "萎缩", "年减", "减幅", "衰退", "收窄", "缩小", "缩减",
];

/// Whether the growth word nearest before a % figure says it fell (同比下降3.2% is −3.2 %;
/// 下降后增长5% is +5 %).
/// A list of figures sharing one verb (分别下降17.7%、17.4%、68%) reads back to the verb, and
/// 比全国低0.3个百分点 is a fall too.
pub fn falling(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let start = list_start(t, h.start, sent.0);
    if start > sent.0 && t[start - 1] == '低' || verb_before(t, start, sent.0) == Some('减') {
        return true;
    }
    // 降幅较1-9月扩大0.8个百分点: ten characters back.
    let lo = start.saturating_sub(10).max(sent.0);
    // 下拉规上工业产值增速1.1个百分点: a contribution that pulls the rate down; 低于总体进度
    // 4.0个百分点: a shortfall in points (not 不低于).
    if (lo..start).any(|i| starts(t, i, "下拉") || starts(t, i, "拉低")) {
        return true;
    }
    let below = |i: usize| starts(t, i, "低于") && !(i > 0 && t[i - 1] == '不');
    if h.base == Some("个百分点") && (lo..start).any(below) {
        return true;
    }
    let Some((at, w)) = (lo..start)
        .rev()
        .find_map(|i| growth_word_at(t, i).map(|w| (i, w)))
    else {
        return false;
    };
    // 降幅收窄2个百分点, 跌幅缩小10.4%: the fall shrank, a rise in points; 降幅扩大 is a fall.
    let shrank = |i| starts(t, i, "收窄") || starts(t, i, "缩小");
    if matches!(w, "降幅" | "跌幅" | "减幅") && (at..start).any(shrank) {
        return false;
    }
    let of_fall = |i| ["降幅", "跌幅", "减幅"].iter().any(|f| starts(t, i, f));
    if matches!(w, "收窄" | "缩小") && (lo..at).any(of_fall) {
        return false;
    }
    // 减到3.5个百分点, 下降至5%: the level reached, not the fall (跌幅扩大至5% is a fall).
    if !RATE_NOUNS.contains(&w) && (at..start).any(|k| matches!(t[k], '到' | '至')) {
        return false;
    }
    // 欠进度12.92%: behind schedule.
    FALLING_CUES.contains(&w) || (SCHEDULE_GAPS.contains(&w) && w.starts_with('欠'))
}

/// Whether a fall verb governs the amount in its own clause (减少碳排放800万吨, 压减产能500万吨),
/// not a level after it (盈余虽然减少，但仍有2.9亿元; 下降到800万吨).
pub fn cut_amount(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    let Some(at) = (a..h.start)
        .rev()
        .find(|&i| CUTS.iter().any(|w| starts(t, i, w)))
    else {
        return false;
    };
    !(at..h.start).any(|k| matches!(t[k], '到' | '至' | '为' | '有' | '达'))
}

/// The start of the enumeration of figures that ends at `i` (17.7%、17.4%和68%: the first).
fn list_start(t: &[char], i: usize, lo: usize) -> usize {
    let figure_char = |c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | '％' | '倍' | '成');
    let mut start = i;
    // At most 32 items back: a longer run is no list of rates, and each figure walking the
    // whole of a list of 50,000 would make the work quadratic.
    let mut items = 0;
    while items < 32
        && start > lo + 1
        && matches!(t[start - 1], '、' | '和')
        && figure_char(t[start - 2])
    {
        items += 1;
        let mut k = start - 1;
        while k > lo && figure_char(t[k - 1]) {
            k -= 1;
        }
        start = k;
    }
    start
}

/// Words naming a share or a breadth (比重, 增长面): what follows them is a level.
const SHARES: &[&str] = &["比重", "占比", "增长面", "所占", "贡献率"];

/// Whether a % figure is a growth rate: a growth word shortly before it (同比增长17.01%,
/// 年均20%以上), or 增长 right after it (20%以上增长).
pub fn growth_cue(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let start = list_start(t, h.start, sent.0);
    let lo = start.saturating_sub(8).max(sent.0);
    let nearest = (lo..start).rev().find(|&i| growth_word_at(t, i).is_some());
    // 增加值…中的比重为24.5%, 增长面为56.8%: a share named after the growth word is a level.
    let share = |i: usize| (i..start).any(|k| SHARES.iter().any(|w| starts(t, k, w)));
    let rate = nearest.is_some_and(|i| {
        (RATE_NOUNS.iter().chain(REVISIONS).any(|w| starts(t, i, w))
            || !(i..start).any(|k| matches!(t[k], '到' | '至')))
            && !share(i)
    });
    // 20%以上增长, 零增长 (its 增长 written inside the figure).
    rate || growth_words().any(|w| starts(t, h.end, w) || starts(t, h.num_end, w))
        || matches!(verb_before(t, start, sent.0), Some('增' | '减'))
}

/// 增 or 减 alone right before a figure (减6.7%, 增 0.5亿美元; Taiwan): the character before
/// `start`, one space skipped, when it stands alone (not 新增, 递增, 净增).
fn verb_before(t: &[char], start: usize, floor: usize) -> Option<char> {
    let k = start.checked_sub(1).filter(|&k| k >= floor)?;
    let k = if t[k] == ' ' {
        k.checked_sub(1).filter(|&k| k >= floor)?
    } else {
        k
    };
    let alone = k
        .checked_sub(1)
        .is_none_or(|p| !matches!(t[p], '新' | '递' | '净' | '倍' | '猛'));
    matches!(t[k], '增' | '减')
        .then_some(t[k])
        .filter(|_| alone)
}

/// Verbs of an absolute change (增加0.3千公顷, 净增97户, 减少1.0千公顷, 环比扩大4.1亿元).
const CHANGE_VERBS: &[&str] = &[
    "增加", "减少", "净增", "净减", "增长", "下降", "降低", "提高", "扩大",
];

/// Verbs of a cut (减少碳排放800万吨, 压减地下水开采量21.5亿立方米).
const CUTS: &[&str] = &[
    "减少", "压减", "削减", "降低", "下降", "缩减", "减排", "净减",
];

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
    if ["增收", "减收"]
        .iter()
        .any(|w| super::scan::ends(t, h.start, w))
        && !yearly
    {
        return Some((a..h.start).any(|i| matches!(t[i], '比' | '较')));
    }
    let at = match verb_before(t, h.start, 0) {
        // 较上年同月增53.3亿美元, 运输工具减 1.1 亿美元: 增 or 减 alone is always a change.
        Some(_) => {
            let at = (0..h.start).rev().find(|&k| matches!(t[k], '增' | '减'))?;
            let (a, _) = clause(t, h.start, h.end, sent);
            return Some((a..at).any(|i| matches!(t[i], '比' | '较')));
        }
        None => {
            let verb = CHANGE_VERBS
                .iter()
                .chain(REVISIONS)
                .find(|w| super::scan::ends(t, h.start, w));
            match verb {
                Some(verb) => h.start - verb.chars().count(),
                None => return cut_amount(t, h, sent).then_some(false),
            }
        }
    };
    let (a, _) = clause(t, h.start, h.end, sent);
    let compared = (a..at).any(|i| matches!(t[i], '比' | '较'));
    let bare = (a..at).all(|i| !is_word(t[i]) || t[i] == '再');
    // 企业数量减少12家, 压减地下水开采量21.5亿立方米: what a cut takes away is a change,
    // never a level.
    (compared || bare || cut_amount(t, h, sent)).then_some(compared)
}

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

/// Words that make a rate a pace kept over years (年均增长20%以上, 连年保持, 每年增长).
pub(super) const PACE_CUES: &[&str] = &["年均", "平均每年", "每年", "连年", "年平均"];

/// Whether a growth rate is a stated pace rather than one period's change: a pace word in
/// its clause before it.
pub fn pace_cue(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    (a..h.start).any(|i| {
        PACE_CUES.iter().any(|w| starts(t, i, w))
            && !AVERAGED_LEVELS.iter().any(|w| starts(t, i, w))
    })
}

/// A year's average of a level (PM2.5年均浓度, 年平均气温), not a pace.
const AVERAGED_LEVELS: &[&str] = &[
    "年均浓度",
    "年平均浓度",
    "年均气温",
    "年平均气温",
    "年均降水",
    "年平均降水",
];

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
    starts(t, h.end, "级") || starts(t, h.end, "规模")
}

/// Words that make a figure a count over a span (五年累计实施, 新增, 建成): the rest of a
/// review's figures are levels at its end.
const OVER_A_SPAN: &[&str] = &[
    "累计", "新增", "新建", "建成", "实施", "完成", "开工", "改造", "培育", "引进", "创建", "供应",
    "招引", "签约", "落地", "获批", "认定", "带动", "转移", "安置", "培训", "新开", "保持", "每年",
    "年均", "入选", "推广", "开办", "整治", "搬迁", "搬转", "化解", "筹集", "受益", "获评", "建起",
    "减负", "结成", "承担", "落户",
];

/// Whether the figure's clause counts something over a span (新增…50万个, 5条高铁建成运营).
pub fn over_a_span(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, b) = clause(t, h.start, h.end, sent);
    (a..b).any(|i| OVER_A_SPAN.iter().any(|w| starts(t, i, w)))
}

/// Whether the figure's clause says, before it, a state reached by now (已聚集, 现有; not
/// 基期已经偏高，下半年…为2.51%).
pub fn present_perfect(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    (a..h.start).any(|i| t[i] == '已' || starts(t, i, "现有"))
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
