//! How alike two keys are: equal keys, a key inside the other, the economy in any words,
//! words in order ending alike, or most characters shared. A share (占…比重), a figure per
//! head (人均), per unit (单位GDP能耗) or a capacity (产能) is never alike the whole.

use super::key;

/// A key with what likeness needs of it, computed once.
#[derive(PartialEq)]
pub(in crate::extract) struct Key {
    pub(in crate::extract) text: String,
    /// How many characters it has.
    pub(in crate::extract) chars: usize,
    /// Its characters, sorted, each once.
    set: Vec<char>,
    /// Whether the phrase is a share of something (占, 比重, 相当于…的).
    share: bool,
    /// Whether the phrase is a quantity per head (人均).
    per_head: bool,
    /// Whether the key speaks of the economy as a whole.
    pub(in crate::extract) economy: bool,
    /// Whether the phrase is an intensity per unit of something (单位GDP能耗, 单位国内生产
    /// 总值二氧化碳排放): not that something.
    per_unit: bool,
    /// Whether the phrase is a capacity (产能): what could be made, not what was (产量).
    capacity: bool,
}

/// Words of a share.
const SHARE: &[&str] = &["占", "比重", "比例", "相当于"];

impl Key {
    /// Whether the key has two or three characters (光电, 企业).
    pub(in crate::extract) fn short(&self) -> bool {
        (2..4).contains(&self.chars)
    }

    /// Whether this short key (two or three characters: 光电) is written inside `other`'s
    /// (目前光电并网量), neither being a share or a figure per head the other is not.
    pub(in crate::extract) fn short_inside(&self, other: &Key) -> bool {
        self.short()
            && self.share == other.share
            && self.per_head == other.per_head
            && other.chars > self.chars
            && other.text.contains(&self.text)
    }

    pub(in crate::extract) fn of(subject: &str) -> Key {
        let share = SHARE.iter().any(|w| subject.contains(w));
        let text = key(if share { share_part(subject) } else { subject });
        let mut set: Vec<char> = text.chars().collect();
        let chars = set.len();
        set.sort_unstable();
        set.dedup();
        Key {
            economy: economy(&text),
            text,
            chars,
            set,
            share,
            per_head: subject.contains("人均"),
            per_unit: subject.contains("单位") && !subject.contains("单位数"),
            capacity: subject.contains("产能"),
        }
    }
}

/// The part a share is of (产业投资 in 产业投资在全部投资中的比重, 产业投资占比, 绿能所占
///比重): shares of one part are one quantity however the whole is worded. A phrase with no
/// part before the share words (占GDP的比重) is kept whole.
fn share_part(subject: &str) -> &str {
    let cut = ["所占", "占", "比重", "比例"]
        .iter()
        .filter_map(|w| subject.find(w))
        .chain(subject.find('在').filter(|&i| subject[i..].contains('中')))
        .min();
    match cut {
        Some(i) if subject[..i].chars().count() >= 2 => &subject[..i],
        _ => subject,
    }
}

/// How alike a target's key and an actual's key are, 0 to 1.
#[cfg(test)]
fn likeness(target: &str, actual: &str) -> f64 {
    let k = |s: &str| {
        let mut set: Vec<char> = s.chars().collect();
        let chars = set.len();
        set.sort_unstable();
        set.dedup();
        Key {
            text: s.to_string(),
            chars,
            set,
            share: SHARE.iter().any(|w| s.contains(w)),
            per_head: s.contains("人均"),
            economy: economy(s),
            per_unit: s.contains("单位"),
            capacity: s.contains("产能"),
        }
    };
    alike(&k(target), &k(actual))
}

/// How alike two keys are, 0 to 1.
pub(in crate::extract) fn alike(target: &Key, actual: &Key) -> f64 {
    let (t, a) = (target.text.as_str(), actual.text.as_str());
    if t.is_empty() || a.is_empty() {
        return 0.0;
    }
    // A share (数字经济占GDP的比重) is not the quantity it is a share of (GDP), nor is a
    // quantity per head (人均生产总值) the whole.
    if target.share != actual.share
        || target.per_head != actual.per_head
        || target.per_unit != actual.per_unit
        || target.capacity != actual.capacity
    {
        return 0.0;
    }
    // 营收 alone (产业集群, 产值) would match every money indicator.
    if t == "营收" {
        return 0.0;
    }
    if t == a {
        return if target.chars < 4 { SHORT_SAME } else { 1.0 };
    }
    // The economy, in any words (经济, GDP增长目标, 全区地区生产总值, 杭州经济总量).
    if target.economy && actual.economy {
        return ECONOMY;
    }
    // A target may name its indicator briefly (企业数量 for 全区医药健康企业累计): its key
    // ending the actual's, or equal to a short one (企业), is a weak link. An actual's short
    // key (产值) says too little to link on.
    if target.chars < 4 {
        return if target.chars >= 2 && a.ends_with(t) {
            WEAK
        } else {
            0.0
        };
    }
    if actual.chars < 4 {
        return if actual.chars >= 3 && t.contains(a) {
            0.9
        } else {
            0.0
        };
    }
    if t.contains(a) || a.contains(t) {
        return CLOSE;
    }
    // 改造危桥 in 改造农村公路危桥: the shorter's words in order in the longer, ending alike (the
    // thing counted), with a few words of kind between (at most as many as the shorter's).
    let (short, long) = if t.chars().count() <= a.chars().count() {
        (t, a)
    } else {
        (a, t)
    };
    let near = long.chars().count() <= 2 * short.chars().count();
    if near && in_order(short, long) && short.chars().rev().take(2).eq(long.chars().rev().take(2)) {
        return SUBSEQUENCE;
    }
    // Characters shared over characters in either (both sets sorted).
    let (x, y) = (&target.set, &actual.set);
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both as f64 / (x.len() + y.len() - both) as f64
}

/// Whether a key speaks of the economy as a whole: 经济 alone, or GDP or its growth with at
/// most a few words around it (a place, a verb), not a part of it (数字经济占GDP的比重).
fn economy(key: &str) -> bool {
    // 经济 alone; 成长 alone (预测成长7.37%) is the economy's growth in Taiwan's usage; a
    // nation's growth (我国平均增速只有5.1%) is its economy's.
    let mut bare = key;
    for w in ["我国", "全国", "中国"] {
        bare = bare.strip_prefix(w).unwrap_or(bare);
    }
    // 香港经济, 台湾经济: a place with no 省/市 after it.
    for (w, _) in crate::extract::place::PROVINCES {
        bare = bare.strip_prefix(w).unwrap_or(bare);
    }
    let bare = bare.replacen("平均", "", 1);
    let bare = bare.trim_end_matches(['只', '仅', '达', '为']);
    let national = bare.len() < key.len();
    if ["经济", "成长", "经济增速"].contains(&bare) || (bare == "增速" && national) {
        return true;
    }
    ["经济增速", "地区生产总值"].iter().any(|w| {
        key.find(w).is_some_and(|at| {
            let (before, after) = (&key[..at], &key[at + w.len()..]);
            before.chars().count() <= 6
                && after.chars().count() <= 2
                && !before.contains(['占', '比', '的'])
        })
    })
}

/// Whether every character of `short` stands in `long`, in order.
fn in_order(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|d| d == c))
}

/// Likeness of a key whose words stand in order in the other's, ending alike (改造危桥 and
/// 改造农村公路危桥): a link, weaker than one inside the other.
const SUBSEQUENCE: f64 = 0.65;

/// Likeness of two phrases that both speak of the economy, worded apart.
const ECONOMY: f64 = 0.75;

/// Least likeness for a link.
pub(in crate::extract) const LINK: f64 = 0.6;

/// Likeness of a key inside the other (产值 in 医药产值): the least that is more than
/// characters shared.
pub(in crate::extract) const CLOSE: f64 = 0.9;

/// Likeness of a link on a short key (企业): among such links the latest actual wins.
const WEAK: f64 = 0.7;

/// Likeness at or below which a link is weak: a short key, or two keys sharing few
/// characters.
pub(in crate::extract) const WEAK_LINK: f64 = SHORT_SAME;

/// Likeness of a short key written the same (赌收 and 赌收): above one it only ends (日均赌收).
const SHORT_SAME: f64 = 0.72;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_of_one_part_are_one_quantity() {
        let alike_ = |a: &str, b: &str| alike(&Key::of(a), &Key::of(b));
        assert!(alike_("产业投资占比", "产业投资在全部投资中的比重") >= LINK);
        assert!(alike_("绿能占比", "绿能所占比重") >= LINK);
        // Words in order, ending alike, a few words between: a link, weaker than inside.
        let sub = alike_("改造危桥", "改造农村公路危桥");
        assert!((LINK..CLOSE).contains(&sub), "{sub}");
        assert!(alike_("投资完成", "我旗年的固定资产投资计划为完成") < LINK);
        assert!(alike_("改造危桥", "改造农村公路桥梁") < LINK);
        // An intensity per unit of GDP is not GDP.
        assert_eq!(alike_("单位国内生产总值二氧化碳排放", "国内生产总值"), 0.0);
        assert!(alike_("数字经济总量占GDP的比重", "数字经济核心产业增加值占GDP比重") < LINK);
        // A share is never the quantity it is a share of.
        assert!(alike_("产业投资占比", "产业投资") < LINK);
        // A capacity is not the output.
        assert_eq!(alike_("全市新能源汽车产能", "全市新能源汽车产量"), 0.0);
    }

    #[test]
    fn keys_alike_link() {
        assert!(likeness(&key("生物医药产业营收"), &key("医药产业营收")) >= LINK);
        assert!(likeness(&key("新能源汽车产量"), &key("上市企业")) < LINK);
        assert!(likeness(&key("企业数量"), &key("全区医药健康企业累计")) >= LINK);
        assert!(likeness(&key("医药健康产业营收"), &key("产值")) < LINK);
        assert!(likeness(&key("产业集群"), &key("营收")) < LINK);
        assert!(likeness(&key("产业集群"), &key("协议达产产值")) < LINK);
        assert!(likeness(&key("旅游接待总人数"), &key("云南省接待的海内外游客")) >= LINK);
        // A noise word taken out may join a synonym's parts; 数字经济 stays one word.
        assert!(likeness(&key("接待游客人次"), &key("全省接待的游客人次")) >= LINK);
        assert!(likeness(&key("医药健康产业集群"), &key("医药健康产业营收")) >= LINK);
        assert!(likeness(&key("企业数量"), &key("新增")) < LINK);
        // The economy in other words; a part of it is not the economy.
        assert!(likeness(&key("经济"), &key("全区地区生产总值")) >= LINK);
        assert!(likeness(&key("GDP增长目标定"), &key("我国GDP")) >= LINK);
        assert!(likeness(&key("数字经济总量占GDP的比重"), &key("生产总值")) < LINK);
        assert!(likeness(&key("人均生产总值"), &key("生产总值")) < LINK);
        assert!(likeness(&key("预测成长"), &key("经济成长率")) >= LINK);
        assert!(likeness(&key("国内生产总值预期"), &key("我国平均增速只")) >= LINK);
        assert!(likeness(&key("工业增速"), &key("增速")) < LINK);
        // Hong Kong's words for its economy.
        assert!(likeness(&key("香港经济"), &key("实质本地生产总值")) >= LINK);
    }
}
