//! Places a text names: districts, counties, cities, banners and zones (经开区), and where
//! each is named, so that a figure can be read as about the place named last before it; the
//! region a text is about is guessed from them in `region.rs`.

use std::collections::HashMap;

/// Words ending in 区, 县 or 市 that are no place (园区, 上市, 城市 …).
/// Development zones, named by a text mostly without the city they belong to (经开区 for
/// 遂宁经开区).
pub(super) const ZONES: &[&str] = &["经开区", "高新区", "开发区"];

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
    // 棚户区 (shanty towns): a kind of housing, not a place.
    "户区",
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
pub(super) fn place_names(t: &[char]) -> Vec<(usize, String)> {
    let han = super::scan::is_ideograph;
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
            // (Not after a number: 约120家门市 counts stores.)
            let lead = i < 3
                || (!han(t[i - 3]) && !t[i - 3].is_ascii_digit())
                || BEFORE.contains(t[i - 3]);
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
