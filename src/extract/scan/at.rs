//! One figure read at a position: its number (Arabic, Chinese or mixed), its 万/亿 scale, 余/多,
//! a unit or classifier, the qualifier written around it, and the forms that make it no figure
//! (a rank, a duration, a radius, a name, the text's structure).

use super::super::compound::{mixed_number, number_replacing, range_at};
use super::super::numbers::{arabic, chinese_end, cn_digit, cn_numeral, cn_small, skip_spaces};
use super::list::{names_counted, shared_unit};
use super::unit::{per_measure_before, per_unit, points_after, points_listed, unit_at};
use super::{ends, starts, Hit};
use crate::model::numeral::{eval_number, BOUND_SUFFIXES, PREFIX_QUALIFIERS};
use crate::model::schema::MAX_VALUE;
use crate::model::unit::Scale;
use crate::model::Qualifier;

/// Words after a count that make it the text's own structure, not a statistic (四个方面).
const STRUCTURE: &[&str] = &["方面", "层面", "环节", "步走", "之城"];

/// Characters after 成 that make it a word (成立, 成为, 成交), not tenths.
const NOT_TENTHS: &str = "立为交本果功员都效绩长熟型品片套就了";

/// Tries to read a figure whose number starts at `i`. Returns the hit, or `None` with the
/// position scanning should resume from.
pub(super) fn figure_at(t: &[char], i: usize) -> Result<Hit, usize> {
    if let Some(h) = range_at(t, i) {
        return Ok(h);
    }
    // 同比增长-8.92%, 自然增长率为-3.93‰: a minus sign after a word, before a rate; so after
    // a bracket or a comma (减少1家(-2.7%)).
    let minus = i >= 2
        && t[i - 1] == '-'
        && (is_ideograph(t[i - 2]) || matches!(t[i - 2], '(' | '（' | '，' | '、' | '：'));
    if minus && t[i].is_ascii_digit() {
        if let Ok(h) = number_at(t, i, true) {
            if matches!(h.base, Some("%" | "‰" | "个百分点")) && h.high.is_none() {
                return Ok(Hit {
                    start: i - 1,
                    value: -h.value,
                    ..h
                });
            }
        }
    }
    number_at(t, i, false)
}

/// Whether 人 (or 人口) at `k` names the people a rate is per: the words after it, before any
/// mark or digit, name a count or a rate (千人床位数, 万人拥有量, 千人口医生数).
fn per_people(t: &[char], k: usize) -> bool {
    if t.get(k) != Some(&'人') {
        return false;
    }
    let words = t[k + 1..]
        .iter()
        .take(8)
        .take_while(|c| is_ideograph(**c))
        .collect::<String>();
    ["数", "率", "拥有", "平均"]
        .iter()
        .any(|w| words.contains(w))
}

/// Whether a currency is written at `k` (元, 美元, 新台币, 台币 …): after 兆 it is 万亿 of
/// money, not a unit (兆瓦).
fn money_at(t: &[char], k: usize) -> bool {
    use crate::model::unit::{base_lookup, Dimension};
    unit_at(t, k).is_some_and(|(b, _)| base_lookup(b).is_some_and(|(_, d)| d == Dimension::Money))
}

/// Whether `c` is a CJK ideograph (a word's character, not a letter, digit or mark).
pub(crate) fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The scale and currency of an amount written USD$28.1B, US$7.9B, HK$3.2M or NT$1.5bn: a
/// dollar sign right before the digits at `i`, the currency's letters before it (a bare $ is
/// not read: Taiwan's and Hong Kong's are both written so), and B or bn (billions, 十亿), M or
/// mn (millions, 百万) at `j`, with no letter after. Returns where the scale ends.
fn dollar_scale(t: &[char], i: usize, j: usize) -> Option<(Scale, &'static str, usize)> {
    // (Only a number right after a $ is read further: no text is gathered for the others.)
    if i == 0 || t[i - 1] != '$' {
        return None;
    }
    let before: String = t[i.saturating_sub(4)..i].iter().collect();
    let base = [
        ("USD$", "美元"),
        ("US$", "美元"),
        ("HK$", "港元"),
        ("NT$", "新台币"),
    ]
    .iter()
    .find(|(w, _)| before.ends_with(w))?
    .1;
    let (scale, e) = [("bn", 9), ("B", 9), ("mn", 6), ("M", 6)]
        .iter()
        .find(|(w, _)| starts(t, j, w))
        .map(|(w, p)| (Scale(*p), j + w.chars().count()))?;
    (!t.get(e).is_some_and(char::is_ascii_alphabetic)).then_some((scale, base, e))
}

/// Whether `c` may stand before a number (not part of a code such as ICG-17 or P3).
pub(crate) fn lone_before(c: char) -> bool {
    !(c.is_ascii_alphanumeric() || "-_./:#".contains(c))
}

/// Reads one number and what is written around it; `after_separator` for the high end of a
/// range (4-13.6万元/亩), whose character before is the separator.
pub(crate) fn number_at(t: &[char], i: usize, after_separator: bool) -> Result<Hit, usize> {
    let prev = i.checked_sub(1).map(|p| t[p]);
    let arabic_start = t[i].is_ascii_digit();
    let mut j = if arabic_start {
        // ICG-17, P3, NW2022…, 1.5: part of a code or a larger token; 第3位, 第1次: ordinals.
        // (完成GDP2917.85亿元: an indicator's abbreviation right before the number.)
        let named = ["GDP", "GNP", "CPI", "PPI", "PMI"]
            .iter()
            .any(|w| ends(t, i, w));
        if !after_separator && !named && prev.is_some_and(|p| !lone_before(p) || p == '第') {
            return Err(arabic(t, i).unwrap_or(i + 1).max(i + 1));
        }
        let j = arabic(t, i).ok_or(i + 1)?;
        // 2400多亿元: about 2400亿, the 多 before the scale.
        if matches!(t.get(j), Some('多' | '余')) && matches!(t.get(j + 1), Some('万' | '亿')) {
            let mut h = number_replacing(t, i, j, "")?;
            h.qualifier = Qualifier::About;
            return Ok(h);
        }
        // 14.7兆元 (Taiwan): 兆 before money is 万亿; 兆瓦 stays a unit. 10兆3700亿 is
        // 10万3700亿.
        if t.get(j) == Some(&'兆') && money_at(t, j + 1) {
            return number_replacing(t, i, j, "万亿");
        }
        if t.get(j) == Some(&'兆') && t.get(j + 1).is_some_and(char::is_ascii_digit) {
            if let Some(h) = number_replacing(t, i, j, "万")
                .ok()
                .filter(|h| h.scale == Scale::YI)
            {
                return Ok(h);
            }
        }
        // 3萬8748美元: a scale with the rest written after it, one number.
        if matches!(t.get(j), Some('万' | '亿')) {
            if let Some(h) = mixed_number(t, i, j) {
                return Ok(h);
            }
        }
        // 5千万, 1.2万亿: Chinese scale characters after the digits.
        // 1900万千瓦: 千 begins the unit, not the scale.
        let mut k = j;
        while t
            .get(k)
            .is_some_and(|c| cn_small(*c) || matches!(c, '万' | '亿'))
            && unit_at(t, k).is_none_or(|(_, e)| e <= k + 1)
        {
            k += 1;
        }
        // 1万1千亿 (Taiwan's 1兆1千億元, 兆 read as 万 before 亿): digits and a small unit
        // after 万, up to 亿, are the rest of the number.
        if k > j && t[k - 1] == '万' && t.get(k).is_some_and(char::is_ascii_digit) {
            let e = (k..t.len())
                .find(|&e| !(t[e].is_ascii_digit() || cn_small(t[e])))
                .unwrap_or(t.len());
            if t.get(e) == Some(&'亿') && t[k..e].iter().any(|c| cn_small(*c)) {
                k = e + 1;
            }
        }
        let k2 = skip_spaces(t, j, 1);
        // 8 万亿, 265.62 百萬公噸: a space before the scale (not 12 千瓦, a unit).
        let small = (k2..t.len()).find(|&m| !cn_small(t[m])).unwrap_or(t.len());
        if k == j && matches!(t.get(small), Some('万' | '亿')) {
            k = small;
            while t.get(k).is_some_and(|c| matches!(c, '万' | '亿')) {
                k += 1;
            }
        }
        k
    } else {
        // 第十七届, 数十台, 几百家: ordinals and vague amounts; 百度 is a name; 每千人口 is
        // what a rate is per.
        // (But 数 ending a count's name, 占公车总数十六％, 人数三百: not vague.)
        let count_named =
            prev == Some('数') && i >= 2 && "总人户次件个家台辆座项笔".contains(t[i - 2]);
        if (prev.is_some_and(|p| matches!(p, '第' | '数' | '几' | '前' | '周' | '星' | '每'))
            && !count_named)
            || starts(t, i, "百度")
        {
            return Err(chinese_end(t, i));
        }
        let k = chinese_end(t, i);
        // 常住人口千人床位数, 千人医生数, 万人拥有量: what a rate is per, as after 每.
        if k == i + 1 && matches!(t[i], '百' | '千' | '万') && per_people(t, k) {
            return Err(k);
        }
        // 三千多万元, 一百二十一亿二千多万元: about, the 多 before the scale.
        if k > i
            && matches!(t.get(k), Some('多' | '余'))
            && matches!(t.get(k + 1), Some('万' | '亿'))
        {
            let mut h = number_replacing(t, i, k, "")?;
            h.qualifier = Qualifier::About;
            return Ok(h);
        }
        // 二兆元, 二兆六百六十七亿元 (Taiwan): 兆 in a number before money is 10¹²; 三兆瓦
        // stays a unit.
        if k > i && t.get(k) == Some(&'兆') {
            let e = chinese_end(t, k + 1);
            if e > k + 1 && t[e - 1] == '亿' {
                e
            } else if money_at(t, k + 1) {
                return number_replacing(t, i, k, "万亿");
            } else {
                k
            }
        } else {
            k
        }
    };
    let num_end = j;
    let mut num: String = t[i..num_end].iter().filter(|c| **c != ' ').collect();
    if num.starts_with(['万', '亿']) {
        num.insert(0, '一'); // 破万亿: one 万亿
    }
    let (mut abs, scale) = eval_number(&num)
        .filter(|(v, s)| v.is_finite() && *v / s.factor() <= MAX_VALUE)
        .ok_or(num_end.max(i + 1))?;
    let mut qualifier = None;
    // 90余个, 百余位, 20多家
    let k = skip_spaces(t, j, 1);
    if matches!(t.get(k), Some('余' | '多')) {
        qualifier = Some(Qualifier::About);
        j = k + 1;
    }
    let k = skip_spaces(t, j, 1);
    let mut base = None;
    // 成 is tenths (9成) only when it does not begin a word (100成立).
    let tenths_word =
        t.get(k) == Some(&'成') && t.get(k + 1).is_some_and(|c| NOT_TENTHS.contains(*c));
    if let Some((b, e)) = unit_at(t, k).filter(|_| !tenths_word) {
        base = Some(b);
        j = e;
        // A price per unit keeps its unit (615元/月, 4万元/亩, 0.45元/千瓦时); so does a
        // capacity a year (10万吨/年).
        if t.get(j) == Some(&'/') {
            if let Some(per) = per_unit(t, j + 1) {
                let written: String = t[k..per].iter().collect();
                if let Ok(u) = crate::model::Unit::parse(&written) {
                    base = Some(u.base);
                    j = per;
                }
            }
        } else if b.ends_with('元') {
            // 每亩补助2000元, 按每头10元, 每公斤平均增长了0.2元: a price per a measure named
            // before it.
            if let Some(per) = per_measure_before(t, i) {
                let written: String = t[k..e].iter().chain(['/'].iter()).collect();
                if let Ok(u) = crate::model::Unit::parse(&(written + per)) {
                    base = Some(u.base);
                }
            }
        }
    }
    // 三成多, 1倍多: more than tenths or times, about.
    if matches!(base, Some("成" | "倍")) && matches!(t.get(j), Some('多' | '余')) {
        qualifier = Some(Qualifier::About);
        j += 1;
    }
    let cn_only = !arabic_start && !num.chars().any(|c| c.is_ascii_digit());
    // 七成四 (Hong Kong, Macau): a digit after 成 is hundredths, 74%; not a count of its own
    // (七成四家企业).
    // So is one after a whole number in digits (近1成7, 减少3成4), not a second number.
    let whole = arabic_start && !num.contains('.') && scale == Scale::ONE;
    // (两倍三 (Macau) is 2.3 times, the same way.)
    if matches!(base, Some("成" | "倍")) && (cn_only || whole) && qualifier.is_none() {
        let d = t.get(j).and_then(|c| {
            if cn_only {
                crate::model::numeral::digit(*c)
            } else {
                c.to_digit(10).map(f64::from)
            }
        });
        // (一成半, 五成半: and a half tenth, 15%, 55%; not 一成半数.)
        let half = (t.get(j) == Some(&'半')
            && !t.get(j + 1).is_some_and(|c| matches!(c, '数' | '以')))
        .then_some(5.0);
        if let Some(d) = d.or(half) {
            let counted = t.get(j + 1).is_some_and(|c| {
                cn_numeral(*c) || c.is_ascii_digit() || *c == '.' || unit_at(t, j + 1).is_some()
            });
            if !counted {
                abs += d / 10.0;
                j += 1;
            }
        }
    }
    // USD$28.1B, HK$3.2M: a dollar sign named before the digits, a Latin scale after them.
    let (scale, base) =
        match dollar_scale(t, i, j).filter(|_| base.is_none() && scale == Scale::ONE) {
            Some((s, b, e)) => {
                abs *= s.factor();
                j = e;
                (s, Some(b))
            }
            None => (scale, base),
        };
    if base.is_none() && scale == Scale::ONE {
        // 分别回落2.16和1.66个百分点: a list of two sharing the unit written after the last.
        if let Some(last) = shared_unit(t, num_end).filter(|_| arabic_start && qualifier.is_none())
        {
            let (start, qualifier) = prefix_qualifier(t, skip_spaces_back(t, i))
                .map_or((i, Qualifier::Exact), |(s, q)| (s, q));
            return Ok(Hit {
                start,
                end: num_end,
                num_start: i,
                num_end,
                value: abs,
                scale: last.scale,
                base: last.base,
                qualifier,
                high: None,
                relative: false,
            });
        }
        return Err(num_end.max(i + 1)); // a bare number is not a figure
    }
    if arabic_start && base.is_none() && t.get(j).is_some_and(char::is_ascii_alphabetic) {
        return Err(j); // 5G, 4F
    }
    if cn_only && scale == Scale::ONE {
        // 一个, 两个, 三个做优做强: a lone Chinese digit before a classifier is a determiner
        // (not before 成 or 倍: 八成, 两成 are tenths, 急增八倍 a multiple); 十四届五次全会 is an
        // ordinal.
        // (Nor 零倍: 破零倍增 is a plan's name.)
        let lone = num.chars().count() == 1
            && num.chars().all(cn_digit)
            && (!matches!(base, Some("成" | "倍")) || num == "零");
        if lone || matches!(base, Some("届" | "次")) {
            return Err(j);
        }
    }
    // 2023届高校毕业生: a year's cohort, not 2023 of anything.
    if arabic_start
        && scale == Scale::ONE
        && base == Some("届")
        && num.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
    {
        return Err(j);
    }
    // (4万亿之城 is a threshold: a scale before 之城 keeps the figure.)
    if STRUCTURE.iter().any(|w| starts(t, j, w)) && (scale == Scale::ONE || base.is_some()) {
        return Err(j);
    }
    // 30万吨级航道, 500千伏级电网, 40万吨矿石码头: the class or size of what is built, not a
    // figure (千亿元级 and 万亿级, classes of money reached, are read as thresholds).
    let berth = ["码头", "矿石码头", "原油码头", "泊位", "航道", "油轮"]
        .iter()
        .any(|w| starts(t, j, w));
    if base.is_some_and(|b| !matches!(b, "元" | "美元"))
        && (t.get(j) == Some(&'级') || base == Some("吨") && berth)
    {
        return Err(j);
    }
    // 50米内换乘, 1公里范围内: a radius in a criterion's words, not a figure.
    if matches!(base, Some("米" | "公里")) && ["内", "以内", "范围"].iter().any(|w| starts(t, j, w))
    {
        return Err(j);
    }
    // 3个月, 前8个月, 近10个年度 (Hong Kong's fiscal years): a duration or a time, not a
    // count (176个年度计划新开项目 counts projects of the year's plan).
    let of_the_year = ["计划", "目标", "任务", "重点"]
        .iter()
        .any(|w| starts(t, j + 2, w));
    if base == Some("个") && (t.get(j) == Some(&'月') || starts(t, j, "年度") && !of_the_year) {
        return Err(j);
    }
    // 回落1.6个和加快1.2个百分点: a decimal 个 joined to a change in points after it shares
    // its unit (a count has no decimals); so does a whole one in a list running straight on
    // to it (上升了4个和5个百分点).
    let points = (num.contains('.') && points_after(t, j)) || points_listed(t, j);
    let base = if base == Some("个") && points {
        Some("个百分点")
    } else {
        base
    };
    // 新开工5类8项: the kinds a count is sorted into, before the count.
    if base == Some("类") && t.get(j).is_some_and(char::is_ascii_digit) {
        return Err(j);
    }
    // 前20位, 前10名, 前3强: a rank, not a count.
    if prev == Some('前') && (matches!(base, Some("位" | "名")) || t.get(j) == Some(&'强')) {
        return Err(j);
    }
    // 南宁、柳州、桂林、北海4家国家级高新区: the count of the names listed right before it,
    // a determiner, not a figure.
    if matches!(base, Some("个" | "家" | "座" | "所"))
        && scale == Scale::ONE
        && t.get(j).copied().is_some_and(is_ideograph)
        && names_counted(t, i, abs)
    {
        return Err(j);
    }
    // 产业新政50条, “百千亿级…行动计划”: the name of a policy or programme.
    if super::super::names::in_a_name(t, i, j) {
        return Err(j);
    }
    for (w, q) in BOUND_SUFFIXES {
        if starts(t, j, w) {
            qualifier = qualifier.or(Some(*q));
            j += w.chars().count();
            break;
        }
    }
    let mut start = i;
    // 突破新台币1兆元, 超过人民币100亿元: the bound before the currency's name.
    let named = super::super::trim::strip_currency(t, 0, skip_spaces_back(t, i));
    if let Some((s, q)) = prefix_qualifier(t, skip_spaces_back(t, i))
        .or_else(|| prefix_qualifier(t, named).filter(|_| named < i))
    {
        start = s;
        qualifier = Some(q);
    }
    Ok(Hit {
        start,
        end: j,
        num_start: i,
        num_end,
        value: abs / scale.factor(),
        scale,
        base,
        qualifier: qualifier.unwrap_or(Qualifier::Exact),
        high: None,
        relative: false,
    })
}

/// A bound written right before `i` (突破, 超过, 近, 约 …): where it starts, and what it says.
/// 达到 is a verb there, not a bound.
pub(crate) fn prefix_qualifier(t: &[char], i: usize) -> Option<(usize, Qualifier)> {
    PREFIX_QUALIFIERS
        .iter()
        .filter(|(w, _)| *w != "达到")
        .find(|(w, _)| ends(t, i, w))
        .map(|(w, q)| (i - w.chars().count(), *q))
}

fn skip_spaces_back(t: &[char], mut i: usize) -> usize {
    if i > 0 && t[i - 1] == ' ' {
        i -= 1;
    }
    i
}
