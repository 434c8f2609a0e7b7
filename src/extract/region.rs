//! The region a text is about: the most frequent place it names, of the level it speaks of
//! itself at (全省, 我市), else named by its institutions (港府, 本澳) or the nation.

use super::place::{mentions, place_names, PROVINCES, ZONES};
use std::collections::HashMap;

/// Provincial capitals and other large cities, often named without 市.
const CITIES: &[&str] = &[
    "石家庄",
    "太原",
    "呼和浩特",
    "沈阳",
    "大连",
    "长春",
    "哈尔滨",
    "南京",
    "苏州",
    "无锡",
    "杭州",
    "宁波",
    "温州",
    "合肥",
    "福州",
    "厦门",
    "泉州",
    "南昌",
    "济南",
    "青岛",
    "郑州",
    "武汉",
    "长沙",
    "广州",
    "深圳",
    "东莞",
    "佛山",
    "珠海",
    "南宁",
    "海口",
    "成都",
    "贵阳",
    "昆明",
    "拉萨",
    "西安",
    "兰州",
    "西宁",
    "银川",
    "乌鲁木齐",
];

/// Words by which a text speaks of its own place, by level (全省, 我市, 本区 …).
const OWN_PLACE: &[(&str, char)] = &[
    ("全省", '省'),
    ("我省", '省'),
    ("本省", '省'),
    ("全市", '市'),
    ("我市", '市'),
    ("本市", '市'),
    ("全区", '区'),
    ("我区", '区'),
    ("本区", '区'),
    ("全县", '县'),
    ("我县", '县'),
    ("本县", '县'),
    ("全旗", '旗'),
    ("我旗", '旗'),
    ("本旗", '旗'),
];

/// The place a text is about: of the level it speaks of itself at (全省, 我市, 本区: the
/// most frequent place of that level), else the most frequent place it names (a province, a
/// city, district or county), ties to the first named; a text naming none but the nation
/// (全国, 我国) is about the nation.
pub(super) fn guess_region(t: &[char]) -> Option<String> {
    // Each place: (full name, level, times named, first named).
    let mut counts: HashMap<String, (char, usize, usize)> = HashMap::new();
    let mut count = |name: String, level: char, at: usize, n: usize| {
        let e = counts.entry(name).or_insert((level, 0, at));
        e.1 += n;
    };
    // A district, county or city: each time its first two characters are named (宁德市 …
    // 宁德), as `mentions` finds them.
    let named = place_names(t);
    let mut mentioned: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, stem) in mentions(t) {
        mentioned.entry(stem).or_insert((0, i)).0 += 1;
    }
    let mut seen = std::collections::HashSet::new();
    for (i, stem) in &named {
        let two: String = stem.chars().take(2).collect();
        // 北京市, 上海市: the province's own row; a name counted once.
        if PROVINCES.iter().any(|(p, _)| *p == two) || !seen.insert(two.clone()) {
            continue;
        }
        let level = stem.chars().last().unwrap_or('市');
        let (n, first) = mentioned.get(&two).copied().unwrap_or((1, *i));
        count(stem.clone(), level, first, n);
    }
    // Names, words of the text's own place, institutions and the nation, read in one pass.
    let mut own = HashMap::new();
    let mut institutions = Vec::new();
    let mut national = false;
    for i in 0..t.len() {
        for (w, word) in words_at(t[i]) {
            if !t[i..].starts_with(w) {
                continue;
            }
            match word {
                // 北京, 上海 … are cities as much as provinces.
                Word::Province(full) => {
                    let level = if full.ends_with('市') { '市' } else { '省' };
                    count(full.to_string(), level, i, 1);
                }
                // 杭州, 深圳: large cities are often named without 市.
                Word::City(c) if !seen.contains(*c) => count(format!("{c}市"), '市', i, 1),
                Word::City(_) => {}
                Word::Own(level) => *own.entry(*level).or_insert(0) += 1,
                Word::Institution(place) => institutions.push(*place),
                Word::National => national = true,
            }
        }
    }
    // A zone named once with its city (遂宁经开区) and otherwise bare (经开区): the bare
    // mentions are of the named one.
    let zones: Vec<String> = counts
        .keys()
        .filter(|n| n.chars().count() == 5 && ZONES.iter().any(|z| n.ends_with(z)))
        .cloned()
        .collect();
    for full in zones {
        let bare: String = full.chars().skip(2).collect();
        if let Some((_, n, _)) = counts.remove(&bare) {
            if let Some(e) = counts.get_mut(&full) {
                e.1 += n;
            }
        }
    }
    // The level the text speaks of itself at (全省 at least twice, and more than twice as
    // often as any other level): the most named place of that level, if named a third as
    // often as the most named place; else the most named place, ties to the first named.
    let mut levels: Vec<(usize, char)> = ['省', '市', '区', '县', '旗']
        .into_iter()
        .map(|l| (own.get(&l).copied().unwrap_or(0), l))
        .collect();
    levels.sort_unstable_by(|a, b| b.cmp(a));
    let spoken = (levels[0].0 >= 2 && levels[0].0 > 2 * levels[1].0).then_some(levels[0].1);
    let best = |of: Option<char>| {
        counts
            .iter()
            .filter(|(_, (level, _, _))| of.is_none_or(|l| *level == l))
            .max_by_key(|(_, (_, n, at))| (*n, usize::MAX - at))
            .map(|(name, (_, n, _))| (name.clone(), *n))
    };
    if let Some((name, m)) = best(None) {
        let own_level = spoken
            .and_then(|l| best(Some(l)))
            .filter(|(_, n)| 3 * n >= m);
        return Some(own_level.map_or(name, |(own, _)| own));
    }
    // Named by its institutions alone (行政院, 港府, 本澳): Taiwan, Hong Kong, Macau, in
    // the table's order.
    if let Some((_, place)) = INSTITUTIONS
        .iter()
        .find(|(_, place)| institutions.contains(place))
    {
        return Some(place.to_string());
    }
    national.then(|| "全国".to_string())
}

/// What a word of [`guess_region`]'s tables says of the text's place.
enum Word {
    Province(&'static str),
    City(&'static str),
    Own(char),
    Institution(&'static str),
    National,
}

/// [`guess_region`]'s words by their first character.
type Table = HashMap<char, Vec<(Vec<char>, Word)>>;

/// The words of [`guess_region`]'s tables that begin with `c`, built once.
fn words_at(c: char) -> &'static [(Vec<char>, Word)] {
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut all: Vec<(&str, Word)> = Vec::new();
        all.extend(PROVINCES.iter().map(|(w, full)| (*w, Word::Province(full))));
        all.extend(CITIES.iter().map(|c| (*c, Word::City(c))));
        all.extend(OWN_PLACE.iter().map(|(w, l)| (*w, Word::Own(*l))));
        for (ws, place) in INSTITUTIONS {
            all.extend(ws.iter().map(|w| (*w, Word::Institution(place))));
        }
        all.extend(["全国", "我国", "中国"].map(|w| (w, Word::National)));
        let mut table = Table::new();
        for (w, word) in all {
            let chars: Vec<char> = w.chars().collect();
            table.entry(chars[0]).or_default().push((chars, word));
        }
        table
    });
    table.get(&c).map_or(&[], Vec::as_slice)
}

/// Words only Taiwan's, Hong Kong's or Macau's texts use, for a text that names no place.
const INSTITUTIONS: &[(&[&str], &str)] = &[
    (&["澳门元", "澳门币", "博彩", "氹仔"], "澳门"),
    (
        &[
            "行政院",
            "立法院",
            "国发会",
            "主计",
            "新台币",
            "台币",
            "经济部",
        ],
        "台湾",
    ),
    (
        &["港府", "港元", "港币", "财政司", "立法会", "特区政府"],
        "香港",
    ),
];

#[cfg(test)]
mod tests {
    use super::guess_region;

    fn region(s: &str) -> Option<String> {
        guess_region(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn a_zone_named_once_with_its_city() {
        assert_eq!(
            region("遂宁经开区召开会议。经开区1-8月完成投资。经开区项目进展顺利。").as_deref(),
            Some("遂宁经开区")
        );
        assert_eq!(
            region("2025年，高新区实现GDP115.5亿元。高邮高新区位于城南。高新区企业").as_deref(),
            Some("高邮高新区")
        );
    }

    #[test]
    fn the_place_a_text_is_about() {
        // Words ending in 市 or 区 that are no place: 市场, 欧元区, 各设区市, 实施市政.
        assert_eq!(
            region("可惜市场不振，欧元区放缓。各设区市要实施市政工程。"),
            None
        );
        // A district named more often than its city.
        assert_eq!(
            region("北京市海淀区GDP增长。海淀区企业…海淀的科技产业，北京全市。").as_deref(),
            Some("海淀区")
        );
        // A province's report: 全省 more than twice as often as 全市, its cities named
        // once each beside it.
        assert_eq!(
            region("湖南省全省经济增长，全省就业稳定。长沙市、株洲市…全省。").as_deref(),
            Some("湖南省")
        );
        // A large city named without 市.
        assert_eq!(
            region("杭州GDP突破2万亿，杭州数字经济").as_deref(),
            Some("杭州市")
        );
        // Named only by its institutions; a national text.
        assert_eq!(region("行政院会通过预算").as_deref(), Some("台湾"));
        assert_eq!(region("我国经济总量").as_deref(), Some("全国"));
        // An Inner Mongolian banner; a flag is none.
        assert_eq!(
            region("伊金霍洛旗2017年重点项目。全旗实施重大项目，伊金霍洛旗…").as_deref(),
            Some("伊金霍洛旗")
        );
        assert_eq!(region("升起五星红旗，集团旗下企业，列入旗级重点项目"), None);
    }
}
