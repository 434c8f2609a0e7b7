//! Words of a rate or a change around a figure: growth words (同比增长, 增速), a pace kept over
//! years (年均), a schedule gap (超序时进度). Bounded by the figure's sentence. Whether a rate
//! fell (下降, 回落) is [`super::fall`]'s; changes of an amount (比上年增加126亿元, 压减产能500万吨)
//! are [`super::amount`]'s.

use super::super::scan::{starts, Hit};
use super::super::sentence::clause;
use super::amount::{absolute_change, amount_before};
use super::fall::negative_growth;

const GROWTH_CUES: &[&str] = &[
    "增长", "增速", "年均", "同比", "增幅", "提高", "下降", "降低", "减少", "回落", "下滑", "降幅",
    "成长", "上涨", "涨幅", "增加", "净增",
    // 赤字收窄了三成多, 差距缩小10%: what narrows falls (降幅收窄: see `falling`); and what is
    // cut (排放量的年度削减目标分别为1%、2.5%).
    "收窄", "缩小", "缩减", "削减",
    // Hong Kong, Macau and Taiwan: 按年升百分之一, 按年跌百分之零点九五, 升幅, 跌幅.
    "按年", "按月", "上升", "升幅", "升", "下跌", "跌幅", "跌", "萎缩", "衰退",
    // Taiwan: 年增34.1%, 年减28.7%, 减幅 (增 and 减 alone: see `verb_before`).
    "年增", "年减", "减幅",
    // 夏季粮油减产87.8%, 秋粮增产12%: a harvest's change.
    "增产", "减产", // 降价幅度在20%-50%之间: a price cut.
    "降价",
];

/// Revisions of a rate (上修为7.71%, 下修0.3个百分点): what follows stays a rate, even after
/// 至 or 到.
pub(in crate::extract) const REVISIONS: &[&str] = &[
    "上修", "下修", "上调", "下调", "调升", "调降", "调高", "调低", "微调",
];

/// The words of growth: the [`REVISIONS`], then [`GROWTH_CUES`] (调升 before 升), then the
/// [`SCHEDULE_GAPS`].
pub(in crate::extract) fn growth_words() -> impl Iterator<Item = &'static str> {
    REVISIONS
        .iter()
        .chain(GROWTH_CUES)
        .chain(SCHEDULE_GAPS)
        .copied()
}

/// The growth word at `i`, if any; not 升 in 升学率 or 产业升级 (a word of its own).
pub(in crate::extract) fn growth_word_at(t: &[char], i: usize) -> Option<&'static str> {
    if ["升学", "升级", "升格"].iter().any(|w| starts(t, i, w)) {
        return None;
    }
    // 加快1.2个百分点, 放缓了0.5个百分点: a rate's change, only right before its figure (not
    // 加快推进).
    if let Some(w) = PACE_CHANGES.iter().find(|w| starts(t, i, w)) {
        let k = i + 2 + usize::from(t.get(i + 2) == Some(&'了'));
        return t.get(k).is_some_and(char::is_ascii_digit).then_some(*w);
    }
    // 单位GDP能耗降5.2%, 每度电减大约3至4仙: 降 or 减 alone, right before its figure (or its
    // 约), says it fell (not 降本, 降碳, 减排).
    if matches!(t[i], '降' | '减') {
        let k = ["大约", "约"]
            .iter()
            .find(|w| starts(t, i + 1, w))
            .map_or(i + 1, |w| i + 1 + w.chars().count());
        if t.get(k).is_some_and(char::is_ascii_digit) {
            return Some(if t[i] == '降' { "降" } else { "减" });
        }
    }
    growth_words().find(|w| starts(t, i, w))
}

/// Words of a rate speeding up or slowing down, right before the change in points.
const PACE_CHANGES: &[&str] = &["加快", "放缓"];

/// Growth words that name a rate (增速, 成长率): what follows them is a rate even after 为 or
/// 到; after the verbs, 到/至 make a level (提高到10%).
pub(super) const RATE_NOUNS: &[&str] = &[
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
pub(super) const SCHEDULE_GAPS: &[&str] = &[
    "超进度",
    "欠进度",
    "超序时进度",
    "欠序时进度",
    // 比均衡进度慢2.94%, 比序时进度快3.1%.
    "均衡进度慢",
    "均衡进度快",
    "序时进度慢",
    "序时进度快",
];

/// Whether the figure is a gap to schedule (超进度42.31%): a change in points, observed.
pub fn schedule_gap(t: &[char], h: &Hit) -> bool {
    SCHEDULE_GAPS
        .iter()
        .any(|w| super::super::scan::ends(t, h.start, w))
}

/// Where 相比 closes a comparison (与…相比) within `within` characters from `from`, in its
/// clause.
pub(in crate::extract) fn comparison_closes(
    t: &[char],
    from: usize,
    within: usize,
) -> Option<usize> {
    (from..t.len().min(from + within))
        .take_while(|&k| !matches!(t[k], '，' | '；' | '。' | ',' | ';'))
        .find(|&k| starts(t, k, "相比"))
}

/// Whether an amount is compared with a budget or an estimate, not a time before (岁入较预算
/// 减少7.32亿元, 歲出比預算大幅減少46.84億元): a gap to the plan, an actual as large as written.
pub fn compared_with_plan(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const PLANS: &[&str] = &["预算", "预期", "预计", "预估", "计划", "目标"];
    let (a, _) = clause(t, h.start, h.end, sent);
    h.base != Some("%")
        && (a..h.start).any(|i| {
            matches!(t[i], '比' | '较')
                && PLANS.iter().any(|w| starts(t, i + 1, w))
                && !(i > 0 && t[i - 1] == '同')
        })
}

/// The start of the enumeration of figures that ends at `i` (17.7%、17.4%和68%: the first).
pub(super) fn list_start(t: &[char], i: usize, lo: usize) -> usize {
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

/// Where the % figure right before a bracket starts, when the figure at `start` is one of
/// the bracket's rates of other places, each after its place (增长11.0%(全国10.7%、全省
/// 10.1%), 下降8%(全国-13.2%,全省-10.8%)).
pub(super) fn compared_in_brackets(t: &[char], start: usize, lo: usize) -> Option<usize> {
    let open = (start.saturating_sub(24).max(lo)..start)
        .rev()
        .find(|&k| matches!(t[k], '(' | '（' | ')' | '）' | '。' | '；'))
        .filter(|&k| matches!(t[k], '(' | '（'))?;
    let figure_char = |c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | '％' | '-' | '−');
    let place = |label: &[char]| {
        (1..=4).contains(&label.len())
            && label.iter().all(|c| super::super::indicator::is_word(*c))
            && label.last().is_some_and(|c| "国省市区县州".contains(*c))
    };
    // Each item: a place, then its rate; the last is the place of the figure at `start`.
    let items: Vec<&[char]> = t[open + 1..start]
        .split(|c| matches!(c, '、' | ',' | '，'))
        .collect();
    let (last, before) = items.split_last()?;
    let labelled = before.iter().all(|item| {
        let k = item
            .iter()
            .position(|c| figure_char(*c))
            .unwrap_or(item.len());
        place(&item[..k]) && k < item.len() && item[k..].iter().all(|c| figure_char(*c))
    });
    if !(place(last) && labelled && open > lo && matches!(t[open - 1], '%' | '％')) {
        return None;
    }
    let mut p = open - 1;
    while p > lo && figure_char(t[p - 1]) {
        p -= 1;
    }
    Some(p)
}

/// Words naming a share or a breadth (比重, 增长面): what follows them is a level.
const SHARES: &[&str] = &["比重", "占比", "增长面", "所占", "贡献率"];

/// Whether a % figure is a growth rate: a growth word shortly before it (同比增长17.01%,
/// 年均20%以上), or 增长 right after it (20%以上增长).
pub fn growth_cue(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    // 增长11.0%(全国10.7%、全省10.1%): the rates compared in brackets are what the one
    // before the bracket is.
    let start =
        compared_in_brackets(t, h.start, sent.0).unwrap_or_else(|| list_start(t, h.start, sent.0));
    let lo = start.saturating_sub(8).max(sent.0);
    let nearest = (lo..start).rev().find(|&i| growth_word_at(t, i).is_some());
    // 增加值…中的比重为24.5%, 增长面为56.8%: a share named after the growth word is a level.
    let share = |i: usize| (i..start).any(|k| SHARES.iter().any(|w| starts(t, k, w)));
    // 跌幅收窄至17.4%, 增速加快至4.3%: a rate's noun right before the verb of its change
    // makes what it changes to a rate.
    let of_rate = |i: usize| RATE_NOUNS.iter().any(|w| super::super::scan::ends(t, i, w));
    // 约分别占各产业增加值的11%、9%、22%: 占 … 的 before the figure makes it a share of what
    // the growth word names.
    let occupies = start > sent.0
        && t[start - 1] == '的'
        && (start.saturating_sub(16).max(sent.0)..start)
            .rev()
            .take_while(|&k| !matches!(t[k], '，' | '；' | ',' | ';'))
            .any(|k| t[k] == '占');
    // (增长到12% is the level grown to; 同比增长分别达到26.4%和19.4%, 增速达到 the rates
    // themselves: 达到 right after the growth word, or after 分别.)
    // (Not 连续五年均达到100%: its 年均 is 五年 and 均.)
    let reached = |i: usize, k: usize| {
        let word = growth_word_at(t, i).filter(|w| *w != "年均");
        let word_end = i + word.map_or(0, |w| w.chars().count());
        word.is_some()
            && t[k] == '到'
            && k > 0
            && t[k - 1] == '达'
            && (k - 1 == word_end || (k - 1 == word_end + 2 && starts(t, word_end, "分别")))
    };
    let rate = nearest.is_some_and(|i| {
        (RATE_NOUNS.iter().chain(REVISIONS).any(|w| starts(t, i, w))
            || of_rate(i)
            || !(i..start).any(|k| matches!(t[k], '到' | '至') && !reached(i, k)))
            && !share(i)
            && !occupies
    });
    // 20%以上增长, 零增长 (its 增长 written inside the figure).
    rate || growth_words().any(|w| starts(t, h.end, w) || starts(t, h.num_end, w))
        || negative_growth(t, h, None)
        || matches!(verb_before(t, start, sent.0), Some('增' | '减'))
        || bracketed_rate(t, h, sent)
        || rate_named_after(t, h)
        || rate_of_amount(t, h, sent)
}

/// 分别比112年底增加0.4家(2.8%)、8.4人(3.3%): a rate in brackets right after an amount that is
/// a change is the rate of that change.
fn rate_of_amount(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let bracketed = h.start > sent.0
        && matches!(t[h.start - 1], '(' | '（')
        && matches!(t.get(h.end), Some(')' | '）'));
    if h.base != Some("%") || !bracketed {
        return false;
    }
    let end = h.start - 1;
    let Some((j, num_end)) = amount_before(t, end, sent.0) else {
        return false;
    };
    let amount = Hit {
        start: j,
        end,
        num_start: j,
        num_end,
        base: None,
        ..h.clone()
    };
    absolute_change(t, &amount, sent).is_some()
}

/// 中科48.85%的成长率居首, 以23.53%的成长率居次: a % figure followed by 的 and a rate's noun
/// is that rate.
fn rate_named_after(t: &[char], h: &Hit) -> bool {
    h.base == Some("%")
        && t.get(h.end) == Some(&'的')
        && RATE_NOUNS.iter().any(|w| starts(t, h.end + 1, w))
}

/// 西夏区(13.0%)和灵武市(8.2%)的地区生产总值增速分别居…, 地区生产总值(7.5%)…高于预期目标: a
/// rate in brackets after a name is a rate of growth when its clause after the bracket names
/// one (增速, 增幅, 增长) or a margin over a goal in points.
fn bracketed_rate(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    // 高雄2.36億噸(+5.21%)、台北3951.66萬噸(-23.12%): a rate signed in brackets right after an
    // amount is that amount's change.
    let plus = h.start > sent.0 && matches!(t[h.start - 1], '+' | '＋');
    let start = h.start - usize::from(plus);
    let signed = plus || matches!(t[h.start], '-' | '－' | '−' | '+' | '＋');
    let open = start > sent.0 && matches!(t[start - 1], '(' | '（');
    if !open || !matches!(t.get(h.end), Some(')' | '）')) {
        return false;
    }
    if signed && h.base == Some("%") && super::amount::amount_before(t, start - 1, sent.0).is_some()
    {
        return true;
    }
    let end = (h.end..sent.1)
        .find(|&i| matches!(t[i], '，' | '；' | '。' | ',' | ';'))
        .unwrap_or(sent.1);
    (h.end..end).any(|i| {
        ["增速", "增幅", "增长", "个百分点"]
            .iter()
            .any(|w| starts(t, i, w))
    })
}

/// 增 or 减 alone right before a figure (减6.7%, 增 0.5亿美元; Taiwan): the character before
/// `start`, one space skipped, when it stands alone (not 新增, 递增, 净增).
pub(super) fn verb_before(t: &[char], start: usize, floor: usize) -> Option<char> {
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

/// Words that make a rate a pace kept over years (年均增长20%以上, 连年保持, 每年增长).
/// (过去两年，我国平均增速只有5.1%, 两年平均增长: an average pace over the years.)
pub(in crate::extract) const PACE_CUES: &[&str] =
    &["年均", "平均每年", "每年", "连年", "年平均", "平均增"];

/// Whether a growth rate is a stated pace rather than one period's change: a pace word in
/// its clause before it.
/// So is one named a pace right after it (保持6%左右的年均增长率).
pub fn pace_cue(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    let (a, _) = clause(t, h.start, h.end, sent);
    let after = h.end + usize::from(t.get(h.end) == Some(&'的'));
    (a..h.start).chain([after]).any(|i| {
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

/// The month or quarter a change counts from when its clause compares it with the one before
/// (6月CPI比5月下降1%, 环比上涨0.5%, 比上月, 较上季度): that part of the year, for a figure of
/// one month (or one quarter). `None` for a change on a year.
pub(in crate::extract) fn on_the_part_before(
    t: &[char],
    h: &Hit,
    sent: (usize, usize),
    period: Option<crate::model::Period>,
) -> Option<crate::model::Period> {
    use crate::model::Period;
    let (a, _) = crate::extract::sentence::clause(t, h.start, h.end, sent);
    let words = [
        "环比",
        "比上月",
        "较上月",
        "比上个月",
        "比上季度",
        "较上季度",
    ];
    let named = (a..h.start).any(|i| words.iter().any(|w| crate::extract::scan::starts(t, i, w)));
    // (比5月: 比 and a month's number, its 月.)
    let month = (a..h.start).any(|i| {
        matches!(t[i], '比' | '较')
            && t.get(i + 1).is_some_and(char::is_ascii_digit)
            && (i + 2..h.start.min(i + 4)).any(|k| t[k] == '月')
    });
    let Some(Period::Part { year, from, to }) = period else {
        return None;
    };
    let len = to + 1 - from;
    if !(named || month) || len > 3 {
        return None;
    }
    Some(if from > len {
        Period::Part {
            year,
            from: from - len,
            to: to - len,
        }
    } else {
        Period::Part {
            year: year - 1,
            from: from + 12 - len,
            to: to + 12 - len,
        }
    })
}
