//! Places a text names: the region it is about (the most frequent district, county or city)
//! and, in a text on several places, where each is named, so that a figure can be read as
//! about the place named last before it.

use std::collections::HashMap;

/// Words ending in 区, 县 or 市 that are no place (园区, 上市, 城市 …).
pub(super) const REGION_STOPS: &[&str] = &[
    "全区", "该区", "本区", "我区", "各区", "园区", "城区", "片区", "社区", "辖区", "市区", "景区",
    "校区", "院区", "小区", "街区", "矿区", "湾区", "全市", "上市", "都市", "本市", "该市", "城市",
    "地区", "全县", "全州", "超市", "夜市", "股市", "楼市", "车市",
];

/// Place names of two characters and 区, 县 or 市 (温江区, 通辽市), where each ends.
fn place_names(t: &[char]) -> Vec<(usize, String)> {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let mut out = Vec::new();
    for i in 2..t.len() {
        if matches!(t[i], '区' | '县' | '市') && han(t[i - 1]) && han(t[i - 2]) {
            let stem: String = t[i - 2..=i].iter().collect();
            let late = "业城园聚范点能务";
            if REGION_STOPS.iter().any(|s| stem.ends_with(s)) || late.contains(t[i - 1]) {
                continue;
            }
            out.push((i, stem));
        }
    }
    out
}

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

/// The most frequent place name ending in 区, 县 or 市 (温江区, 巴南区, 高新区).
pub(super) fn guess_region(t: &[char]) -> Option<String> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, stem) in place_names(t) {
        let e = counts.entry(stem).or_insert((0, i));
        e.0 += 1;
    }
    // A district or county named at least twice beats a city (成都市温江区 → 温江区); then the
    // most frequent, ties to the first mentioned.
    let local = |k: &str| !k.ends_with('市');
    let rank = |(k, (n, at)): &(String, (usize, usize))| (local(k) && *n >= 2, *n, usize::MAX - at);
    counts.into_iter().max_by_key(rank).map(|(k, _)| k)
}
