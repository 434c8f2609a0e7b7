//! Lists of times and figures: 一季度、上半年和全年…分别为5.1%、5.3%和5.0% gives each figure the
//! time of its place.

use super::{scan, sentence, time};
use std::collections::HashMap;

/// A figure's place in a list of times and figures.
#[derive(Debug, Clone)]
pub(super) struct Listed {
    /// The time of its place.
    pub(super) when: time::TimeExpr,
    /// The list's first figure: what it is (a growth rate …) they all are.
    pub(super) first: scan::Hit,
    /// In brackets after the figure it goes with (原为5.45%): an earlier estimate of it.
    pub(super) bracketed: bool,
}

/// Whether 分别, 依次 or 各为 (each in its place) stands at `i`.
fn marks_respectively(t: &[char], i: usize) -> bool {
    ["分别", "依次", "各为"]
        .iter()
        .any(|w| scan::starts(t, i, w))
}

/// 一季度、上半年、前三季度和全年，GDP分别增长5.1%、5.3%、5.2%和5.0%: each figure after a
/// list of times (after 分别 or 依次 when it follows) takes the time of its place in the list,
/// when the counts agree. A figure in brackets (原为5.45%) goes with the figure before it.
pub(super) fn respectively(
    t: &[char],
    exprs: &[time::TimeExpr],
    hits: &[scan::Hit],
) -> HashMap<usize, Listed> {
    let mut out = HashMap::new();
    // Joined only by 、 和 及 与.
    let joined = |a: &time::TimeExpr, b: &time::TimeExpr| {
        (a.end..b.start).all(|k| matches!(t[k], '、' | '和' | '及' | '与' | ' '))
    };
    let mut k = 0;
    while k < exprs.len() {
        let mut e = k;
        while e + 1 < exprs.len() && joined(&exprs[e], &exprs[e + 1]) {
            e += 1;
        }
        let quarters;
        let list = match quarters_of(t, &exprs[k]).or_else(|| years_of(t, &exprs[k])) {
            // 前3季分别为5.45%、8.01%及7.64%: one figure a quarter.
            // 2006年至2009年…降低率分别为2.74%、5.04%、5.20%、3.61%: one a year.
            Some(q) if e == k => {
                quarters = q;
                &quarters[..]
            }
            _ => &exprs[k..=e],
        };
        k = e + 1;
        if list.len() < 2 {
            continue;
        }
        let sent = sentence::sentence(t, list[0].start, list[list.len() - 1].end);
        let end = list[list.len() - 1].end;
        // The figures after the list (after 分别 or 依次 when it follows), up to the next time
        // written or the next ；. A clause after ； with 分别 or 依次 and as many figures takes
        // the same times (7、8、9三个月，失业率依次为…；其中大城市依次为…).
        let to = exprs.get(k).map_or(sent.1, |x| x.start.min(sent.1));
        let marker = |a: usize, b: usize| (a..b).find(|&i| marks_respectively(t, i));
        let mut clause_from = end;
        while clause_from < to {
            let clause_to = (clause_from..to)
                .find(|&i| matches!(t[i], '；' | ';'))
                .unwrap_or(to);
            let first_clause = clause_from == end;
            let from = match marker(clause_from, clause_to) {
                Some(m) => m,
                None if first_clause => clause_from,
                None => break,
            };
            clause_from = clause_to + 1;
            if !place_list(t, list, hits, (from, clause_to), sent, &mut out) {
                // (…分别安装44 000、40 000 及23 000个，总数将不少于14万个: the figures after
                // 分别 up to its comma, when the sentence goes on.)
                // (Not the , inside 1,330亿元.)
                let comma = |a: usize| {
                    (a..clause_to).find(|&i| {
                        t[i] == '，'
                            || (t[i] == ','
                                && !(i > 0
                                    && t[i - 1].is_ascii_digit()
                                    && t.get(i + 1).is_some_and(char::is_ascii_digit)))
                    })
                };
                let placed = marks_respectively(t, from)
                    && comma(from)
                        .is_some_and(|c| place_list(t, list, hits, (from, c), sent, &mut out));
                // (…分别完成236.3亿元、314.5亿元、365亿元，预计年均增长24.5%；工业开票销售分别
                // 完成…: the clauses after go on with the list; so do the next 分别 of the same
                // clause: 104年度及105年度总产值分别为…，出口值分别为18.23亿元及18.32亿元.)
                if placed {
                    let mut at = comma(from).map_or(clause_to, |c| c + 1);
                    while let Some(m) = marker(at, clause_to) {
                        let c = comma(m).unwrap_or(clause_to);
                        if !place_list(t, list, hits, (m, c), sent, &mut out) {
                            break;
                        }
                        at = c + 1;
                    }
                    continue;
                }
                if first_clause && clause_to < to {
                    // The list may run on past a ；: read it as before, to the time or sentence end.
                    place_list(t, list, hits, (from, to), sent, &mut out);
                }
                break;
            }
        }
    }
    out
}

/// The quarters of the months from January to a quarter's end (前3季, 前三季度, 上半年) written
/// right before 分别 or 依次: a list of them, each where the months are written.
fn quarters_of(t: &[char], e: &time::TimeExpr) -> Option<Vec<time::TimeExpr>> {
    let time::When::Part(year, 1, to) = e.when else {
        return None;
    };
    if !(matches!(to, 6 | 9 | 12) && marks_respectively(t, e.end)) {
        return None;
    }
    let quarter = |q: u32| time::TimeExpr {
        when: time::When::Part(year, 3 * q - 2, 3 * q),
        ..*e
    };
    Some((1..=to / 3).map(quarter).collect())
}

/// The years of a span (2006年至2009年, two to ten of them) with 分别 or 依次 later in its
/// clause (or in the next, when the span opens its sentence: 2016年至2018年，国内生产总值分别
/// 完成…): a list of them, each where the span is written.
pub(super) fn years_of(t: &[char], e: &time::TimeExpr) -> Option<Vec<time::TimeExpr>> {
    let time::When::Years(a, b) = e.when else {
        return None;
    };
    if !(1..=9).contains(&(b - a)) {
        return None;
    }
    let opens = (e.start == 0 || matches!(t[e.start - 1], '。' | '\n' | '；'))
        && matches!(t.get(e.end), Some('，' | ','));
    let from = e.end + usize::from(opens);
    let clause_end = (from..t.len().min(from + 30))
        .find(|&i| matches!(t[i], '，' | '。' | '；' | ',' | ';' | '\n'))
        .unwrap_or(t.len().min(from + 30));
    (from..clause_end).find(|&i| marks_respectively(t, i))?;
    let year = |y: i32| time::TimeExpr {
        when: time::When::Year(time::YearRef::Abs(y)),
        ..*e
    };
    Some((a..=b).map(year).collect())
}

/// Gives each figure between `from` and `to` the time of its place in `list`, when the counts
/// agree (a figure in brackets goes with the one before it); whether they did.
fn place_list(
    t: &[char],
    list: &[time::TimeExpr],
    hits: &[scan::Hit],
    (from, to): (usize, usize),
    sent: (usize, usize),
    out: &mut HashMap<usize, Listed>,
) -> bool {
    let after: Vec<&scan::Hit> = hits
        .iter()
        .filter(|h| h.start > from && h.end <= to)
        .collect();
    if after.iter().filter(|h| !bracketed(t, h, sent.0)).count() != list.len() {
        return false;
    }
    let mut place = 0usize;
    let first = after[0].clone();
    for h in after {
        let inside = bracketed(t, h, sent.0);
        let at = if inside {
            place.checked_sub(1)
        } else {
            Some(place)
        };
        if let Some(e) = at.and_then(|p| list.get(p)) {
            let listed = Listed {
                when: *e,
                first: first.clone(),
                bracketed: inside,
            };
            out.insert(h.start, listed);
        }
        place += usize::from(!inside);
    }
    true
}

/// Whether the figure stands inside brackets opened in its sentence (原为5.45%).
fn bracketed(t: &[char], h: &scan::Hit, lo: usize) -> bool {
    (lo..h.start)
        .rev()
        .find(|&i| matches!(t[i], '（' | '(' | '）' | ')'))
        .is_some_and(|i| matches!(t[i], '（' | '('))
}

/// 城镇、农村常住居民人均可支配收入分别增长3.9%和5.7%: each figure after 分别 (依次) takes the
/// indicator of its place in the list of names before it, when the counts agree. Names that
/// share their noun (城镇、农村…收入) each take it; names whole in themselves (进口、出口)
/// stand as they are. So do figures listed right after the names with no 分别
/// (改造供热、燃气、排水管网800公里、600公里、300公里), and each list of a change of lists in
/// `changes` (分别由5%、15%提高至20%、30%). Lists of times are `respectively`'s.
pub(super) fn subjects(
    t: &[char],
    exprs: &[time::TimeExpr],
    hits: &[scan::Hit],
    changes: &[super::fromto::Change],
) -> HashMap<usize, String> {
    let mut out = HashMap::new();
    for m in (0..t.len()).filter(|&i| marks_respectively(t, i)) {
        // The figures after 分别, up to the clause's end after the first of them.
        let Some(first) = hits.iter().find(|h| h.start > m) else {
            continue;
        };
        let sent = sentence::sentence(t, m, m);
        let to = (first.end..sent.1)
            .find(|&i| matches!(t[i], '，' | ',' | '；' | ';' | '。'))
            .unwrap_or(sent.1);
        let after: Vec<&scan::Hit> = hits.iter().filter(|h| h.start > m && h.end <= to).collect();
        // (…流通率分别由5%、15%、23%提高至20%、30%、36%: each half of a change's lists.)
        let half = after.len() / 2;
        let changed = half >= 2
            && after.len() % 2 == 0
            && super::fromto::at_end(changes, after[half].start)
                .is_some_and(|c| c.from == after[0].start);
        if changed {
            name_in_order(t, exprs, m, &after[..half], false, &mut out);
            name_in_order(t, exprs, m, &after[half..], false, &mut out);
        } else {
            name_in_order(t, exprs, m, &after, false, &mut out);
        }
    }
    // Figures joined by 、 or 和 alone, right after the last name (not after 分别).
    let mut i = 0;
    while i < hits.len() {
        let mut j = i + 1;
        while j < hits.len() && joined(t, hits[j - 1].end, hits[j].start) {
            j += 1;
        }
        let m = hits[i].start;
        if j - i >= 2 && m > 0 && is_name_char(t[m - 1]) && !out.contains_key(&m) {
            let run: Vec<&scan::Hit> = hits[i..j].iter().collect();
            name_in_order(t, exprs, m, &run, true, &mut out);
        }
        i = j;
    }
    out
}

/// The three sectors a phrase names at once (三次产业增加值, 一、二、三产业, 第一、二、三产业),
/// each with what follows (第一产业增加值, 第二产业增加值, 第三产业增加值).
fn three_sectors(phrase: &str) -> Option<Vec<String>> {
    let forms = [
        "第一、二、三产业",
        "第一、第二、第三产业",
        "一、二、三产业",
        "一二三产业",
        "一、二、三次产业",
        "三次产业",
    ];
    let (at, form) = forms.iter().find_map(|f| phrase.find(f).map(|i| (i, f)))?;
    let rest = &phrase[at + form.len()..];
    Some(
        ["第一产业", "第二产业", "第三产业"]
            .iter()
            .map(|s| format!("{s}{rest}"))
            .collect(),
    )
}

/// Whether only 、, 和 or 及 stands between two figures.
pub(super) fn joined(t: &[char], a: usize, b: usize) -> bool {
    b == a + 1 && matches!(t[a], '、' | '和' | '及')
}

/// Whether `c` can end a name (not punctuation, a digit or a space).
fn is_name_char(c: char) -> bool {
    !c.is_ascii_digit()
        && !c.is_whitespace()
        && !c.is_ascii_punctuation()
        && !"，、；：。（）“”《》".contains(c)
}

/// Gives each figure of `after` the name of its place in the list of names written from its
/// clause's start up to `m`, when the counts agree. With `trim`, the first name keeps only as
/// many characters as the second (改造老旧供热 → 供热): the words before it are the clause's.
fn name_in_order(
    t: &[char],
    exprs: &[time::TimeExpr],
    m: usize,
    after: &[&scan::Hit],
    trim: bool,
    out: &mut HashMap<usize, String>,
) {
    let sent = sentence::sentence(t, m, m);
    // The names: back from 分别 to the clause's start.
    let a = (sent.0..m)
        .rev()
        .find(|&i| matches!(t[i], '，' | ',' | '；' | '：' | '。'))
        .map_or(sent.0, |i| i + 1);
    // 我省今年化学需氧量、二氧化硫…的年度削减目标分别为: a time opening the clause (after
    // the place it speaks for at most) comes before the names.
    let opening = |e: &&time::TimeExpr| {
        let before: String = t[a..e.start].iter().collect();
        [
            "", "我省", "我市", "我区", "全省", "全市", "全区", "本市", "全国",
        ]
        .contains(&before.as_str())
    };
    let a = exprs
        .iter()
        .filter(|e| e.start >= a && e.end < m)
        .find(opening)
        .map_or(a, |e| e.end);
    if exprs.iter().any(|e| e.start < m && e.end > a) {
        return; // a list of times, or names with a time among them
    }
    let phrase: String = t[a..m].iter().collect();
    let phrase = phrase.strip_prefix("其中").unwrap_or(&phrase);
    // 四项排放量——化学需氧量、氨氮、二氧化硫和氮氧化物——最终分别下降: the names are the
    // part between dashes that lists them.
    let phrase = phrase
        .split("——")
        .max_by_key(|p| {
            p.chars()
                .filter(|c| matches!(c, '、' | '和' | '及'))
                .count()
        })
        .unwrap_or(phrase);
    if let Some(names) = three_sectors(phrase).filter(|_| after.len() == 3) {
        for (h, name) in after.iter().zip(names) {
            out.insert(h.start, name);
        }
        return;
    }
    let mut names: Vec<String> = phrase
        .split(['、', '和', '及'])
        .map(|n| n.trim().to_string())
        .collect();
    if trim && names.len() >= 2 {
        let keep = names[1].chars().count();
        let first: Vec<char> = names[0].chars().collect();
        names[0] = first[first.len().saturating_sub(keep)..].iter().collect();
    }
    if names.len() < 2 || names.len() != after.len() || names.iter().any(|n| n.chars().count() < 2)
    {
        return;
    }
    // The shared noun: what the last name has beyond a head as long as the one before, not
    // starting with a suffix of the head (工业、制造业投资: 制造业 and 投资).
    // (水产品冷链流通率: a head ending 品, as 食品 and 药品 do.)
    let last: Vec<char> = names[names.len() - 1].chars().collect();
    let mut head = names[names.len() - 2].chars().count();
    // (Not 品 of a noun it opens: 家电、服装品牌的销售额.)
    while head + 2 < last.len()
        && "业类型性化级品".contains(last[head])
        && !(last[head] == '品' && matches!(last[head + 1], '牌' | '种' | '质'))
    {
        head += 1;
    }
    // (江苏果蔬、肉类: the place the clause speaks for leads the first name.)
    let short = names[..names.len() - 1].iter().all(|n| {
        let n = &n[super::key::place_len(n)..];
        let n = ["全省", "全市", "全区", "全县", "全国"]
            .iter()
            .find_map(|w| n.strip_prefix(w))
            .unwrap_or(n);
        let province = super::place::PROVINCES
            .iter()
            .find(|(w, _)| n.starts_with(w));
        n[province.map_or(0, |(w, _)| w.len())..].chars().count() <= 3
    });
    let noun: String = if short && last.len() >= head + 2 {
        // 食品、石化、医药、信息等产业的增加值: 产业的增加值.
        last[head..].iter().skip_while(|c| **c == '等').collect()
    } else {
        String::new()
    };
    for (i, (h, name)) in after.iter().zip(&names).enumerate() {
        let whole = if i + 1 == names.len() {
            name.to_string()
        } else {
            format!("{name}{noun}")
        };
        out.insert(h.start, whole);
    }
}
