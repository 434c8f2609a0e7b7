//! Places a text names: the region it is about (the most frequent district, county or city)
//! and, in a text on several places, where each is named, so that a figure can be read as
//! about the place named last before it.

use std::collections::HashMap;

/// Words ending in 区, 县 or 市 that are no place (园区, 上市, 城市 …).
/// Development zones, named by a text mostly without the city they belong to (经开区 for
/// 遂宁经开区).
const ZONES: &[&str] = &["经开区", "高新区", "开发区"];

pub(super) const REGION_STOPS: &[&str] = &[
    "全区",
    "该区",
    "本区",
    "我区",
    "各区",
    "园区",
    "城区",
    "片区",
    "社区",
    "辖区",
    "市区",
    "景区",
    "校区",
    "院区",
    "小区",
    "街区",
    "矿区",
    "湾区",
    "全市",
    "上市",
    "都市",
    "本市",
    "该市",
    "城市",
    "地区",
    "全县",
    "全州",
    "超市",
    "夜市",
    "股市",
    "楼市",
    "车市",
    "欧元区",
];

/// Characters that begin no place name (各区, 全县, 一大市, 元的区 …).
const NOT_FIRST: &str = "实已自各全本该我其这那每两多一二三四五六七八九十百千万亿元的有在为是年月大小老省市县区设个等和与及或也都";

/// Characters after 市, 区 or 县 that make a word (市场, 区域, 县域, 市民, 区间): no place.
const NOT_AFTER: &str = "场民值面况容井级域块间别长委";

/// Characters that may stand right before a place name: a boundary, a place of a higher
/// level (江苏省南京市), or a word that leads a place (在, 的, 对 …).
const BEFORE: &str =
    "年月日的在于和与及对至从到省市县区、，。：；（）“”「」《》 \n向让使把给将据全由";

/// Words ending in 旗 that are no banner (五星红旗, 国旗).
const NOT_BANNERS: &[&str] = &["红旗", "国旗", "彩旗", "锦旗", "党旗", "队旗", "会旗"];

/// Characters after 旗 that make a word (旗舰, 旗下, 旗帜, 旗袍, 旗级 banner-level): no banner.
const NOT_AFTER_BANNER: &str = "舰下帜袍杆手号级";

/// Where the name of an Inner Mongolian banner (乌拉特后旗, 伊金霍洛旗) ending at `i` (its 旗)
/// begins: two to four characters after a boundary, the shortest that fits.
fn banner_start(t: &[char], i: usize, han: impl Fn(char) -> bool) -> Option<usize> {
    if t.get(i + 1).is_some_and(|c| NOT_AFTER_BANNER.contains(*c)) {
        return None;
    }
    (2..=4).filter(|&k| k <= i).map(|k| i - k).find(|&a| {
        (a..i).all(|j| han(t[j]))
            && (a == 0 || BEFORE.contains(t[a - 1]) || !han(t[a - 1]))
            && !NOT_FIRST.contains(t[a])
            && !NOT_BANNERS
                .iter()
                .any(|w| t[a..=i].ends_with(&w.chars().collect::<Vec<_>>()))
    })
}

/// Place names of two characters and 区, 县 or 市 (温江区, 通辽市), and banners of two to four
/// and 旗 (乌拉特后旗), where each ends.
fn place_names(t: &[char]) -> Vec<(usize, String)> {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let mut out = Vec::new();
    for i in 2..t.len() {
        if t[i] == '旗' {
            if let Some(a) = banner_start(t, i, han) {
                out.push((i, t[a..=i].iter().collect()));
            }
            continue;
        }
        if matches!(t[i], '区' | '县' | '市') && han(t[i - 1]) && han(t[i - 2]) {
            let stem: String = t[i - 2..=i].iter().collect();
            let late = "业城园聚范点能务";
            let lead = i < 3 || !han(t[i - 3]) || BEFORE.contains(t[i - 3]);
            // 遂宁经开区, 高邮高新区: a zone after its city's two characters is named whole.
            let lead_at = |k: usize| k == 0 || !han(t[k - 1]) || BEFORE.contains(t[k - 1]);
            if ZONES.contains(&stem.as_str())
                && !lead
                && i >= 4
                && han(t[i - 3])
                && han(t[i - 4])
                && !NOT_FIRST.contains(t[i - 4])
                && lead_at(i - 4)
            {
                out.push((i, t[i - 4..=i].iter().collect()));
                continue;
            }
            if REGION_STOPS.iter().any(|s| stem.ends_with(s))
                || late.contains(t[i - 1])
                || NOT_FIRST.contains(t[i - 2])
                || t.get(i + 1).is_some_and(|c| NOT_AFTER.contains(*c))
                || !lead
            {
                continue;
            }
            out.push((i, stem));
        }
    }
    out
}

/// Provinces, municipalities, autonomous regions, Taiwan, Hong Kong and Macau: the name a
/// text uses, and the full name.
pub(super) const PROVINCES: &[(&str, &str)] = &[
    ("北京", "北京市"),
    ("天津", "天津市"),
    ("上海", "上海市"),
    ("重庆", "重庆市"),
    ("河北", "河北省"),
    ("山西", "山西省"),
    ("辽宁", "辽宁省"),
    ("吉林", "吉林省"),
    ("黑龙江", "黑龙江省"),
    ("江苏", "江苏省"),
    ("浙江", "浙江省"),
    ("安徽", "安徽省"),
    ("福建", "福建省"),
    ("江西", "江西省"),
    ("山东", "山东省"),
    ("河南", "河南省"),
    ("湖北", "湖北省"),
    ("湖南", "湖南省"),
    ("广东", "广东省"),
    ("海南", "海南省"),
    ("四川", "四川省"),
    ("贵州", "贵州省"),
    ("云南", "云南省"),
    ("陕西", "陕西省"),
    ("甘肃", "甘肃省"),
    ("青海", "青海省"),
    ("内蒙古", "内蒙古自治区"),
    ("广西", "广西壮族自治区"),
    ("西藏", "西藏自治区"),
    ("宁夏", "宁夏回族自治区"),
    ("新疆", "新疆维吾尔自治区"),
    ("台湾", "台湾"),
    ("台灣", "台湾"),
    ("臺灣", "台湾"),
    ("本港", "香港"),
    ("本澳", "澳门"),
    ("香港", "香港"),
    ("澳门", "澳门"),
];

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

/// Where a text names each of its places, with or without 区/县/市 (通辽市 … 通辽), by the
/// place's first two characters, in text order.
pub(super) fn mentions(t: &[char]) -> Vec<(usize, String)> {
    // By first character, so that a long text is read once.
    let mut stems: HashMap<char, Vec<Vec<char>>> = HashMap::new();
    for (_, name) in place_names(t) {
        let stem: Vec<char> = name.chars().take(2).collect();
        let same = stems.entry(stem[0]).or_default();
        if !same.contains(&stem) {
            same.push(stem);
        }
    }
    let mut out = Vec::new();
    for i in 0..t.len() {
        for stem in stems.get(&t[i]).into_iter().flatten() {
            if t[i..].starts_with(stem) {
                out.push((i, stem.iter().collect()));
            }
        }
    }
    out
}

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
