//! Time expressions in Chinese text (2021年, 2020年上半年, 1-6月, 前三季度, 到2026年,
//! 2016年至今, 截至目前, 今年8月, 十四五) and the document's own date.

use super::months::{self, months};
pub(super) use super::resolve::{date, resolve};
use super::scan::{ends, starts};
use super::years::{fiscal_year, roc_expr, two_years, years_around};

/// A year written absolutely (2021年) or relative to the document's date (今年 = 0, 明年 = 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// A calendar year.
    Abs(i32),
    /// Years after the document's year.
    Rel(i32),
    /// No year written (1-8月): the document's year, or the year before when those months
    /// are still to come at the document's date (1-12月 in a release of January).
    Implied,
    /// The year a text reviews (全年, 过去一年): the year before in a text dated January to
    /// March, when reports review the year just ended, else the document's year.
    Reviewed,
}

/// What a time expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A whole year.
    Year(YearRef),
    /// Months `from..=to` of a year (上半年, 前三季度, 1-6月).
    Part(YearRef, u32, u32),
    /// A month (2021年9月份): the month as a part of its year; with 到/截至 before it, its
    /// last day.
    Month(YearRef, u32),
    /// The end of a month (9月底, 9月末): its last day.
    MonthEnd(YearRef, u32),
    /// The `n` years a text reviews, up to the reviewed year (这五年, 五年来, 过去五年).
    PastYears(i32),
    /// A day (7月22日).
    Day(YearRef, u32, u32),
    /// From a year to another (2016-2020年).
    Years(i32, i32),
    /// The document's date (目前, 截至目前, 迄今).
    Present,
    /// A month counted back from the document's (本月 = 0, 上月 = 1).
    MonthsAgo(u32),
    /// The day before the document's (昨日, 昨天): news of a release the day before.
    Yesterday,
    /// A five-year plan (十四五), by its last year.
    Plan(i32),
    /// A fiscal year from April of a year to March of the next (20/21年度), by its first year.
    FiscalYear(i32),
    /// The year to come (来年): in a budget, the fiscal year it proposes for; else the year
    /// after the document's.
    Coming,
}

/// How the expression relates to what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// As stated (2021年实现…).
    Plain,
    /// A deadline or an end (到2026年, 截至2021年9月).
    End,
    /// The start of a span up to the present (2016年至今, 自2018年以来).
    Start,
}

/// One time expression, by character offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeExpr {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// What it denotes.
    pub when: When,
    /// Its role.
    pub role: Role,
}

pub(super) fn digits(t: &[char], i: usize, max: usize) -> Option<(u32, usize)> {
    let mut j = i;
    while j < t.len() && j - i < max && t[j].is_ascii_digit() {
        j += 1;
    }
    if j == i || t.get(j).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let v: String = t[i..j].iter().collect();
    v.parse().ok().map(|v| (v, j))
}

pub(super) fn sp(t: &[char], mut i: usize) -> usize {
    while t.get(i) == Some(&' ') {
        i += 1;
    }
    i
}

const PRESENT: &[&str] = &[
    "截至目前",
    "截止目前",
    "到目前为止",
    "目前",
    "迄今",
    "至今",
    "现已",
    "当前",
    "如今",
    // Hong Kong's 目前.
    "现时",
];
/// Words after a plan's name for its first year (“十五五”的开局之年, 确保“十五五”开好局).
const FIRST_YEAR: &[&str] = &[
    "开局之年",
    "开局年",
    "开好局",
    "开局",
    "起好步",
    "起步之年",
    "起步年",
    "第一年",
    "首年",
];
const PLANS: &[(&str, i32)] = &[("十三五", 2020), ("十四五", 2025), ("十五五", 2030)];
const RELATIVE: &[(&str, i32)] = &[
    ("今年", 0),
    ("本年", 0),
    ("明年", 1),
    ("去年", -1),
    ("前年", -2),
    ("当年", 0),
];
/// Words for the year a text reviews.
const REVIEWED: &[&str] = &["过去一年", "一年来", "全年"];

/// Words that date a level (截至2021年9月): an end that is no deadline.
const AS_OF: &[&str] = &["截至", "截止", "截止到"];

/// Whether an end at `i` dates a level (截至…) rather than setting a deadline (到…).
pub(super) fn as_of(t: &[char], i: usize) -> bool {
    let k = if i > 0 && t[i - 1] == ' ' { i - 1 } else { i };
    AS_OF.iter().any(|w| ends(t, k, w))
}

pub(super) fn role_before(t: &[char], i: usize) -> Role {
    let k = if i > 0 && t[i - 1] == ' ' { i - 1 } else { i };
    if as_of(t, i) || ["到", "至"].iter().any(|w| ends(t, k, w)) {
        Role::End
    } else if ["自", "从"].iter().any(|w| ends(t, k, w)) {
        Role::Start
    } else {
        Role::Plain
    }
}

/// After a year: 至今, 以来 and 开始 make it the start of a span.
pub(super) fn role_after(t: &[char], j: usize, role: Role) -> (Role, usize) {
    let k = sp(t, j);
    for w in ["至今", "以来", "开始"] {
        // 2026年以来台观光达900万人次为目标: 以 (taking) and 来台 (visiting Taiwan), not since.
        let visit = w == "以来"
            && ["台观光", "台旅客", "台旅游", "台人次"]
                .iter()
                .any(|v| starts(t, k + 2, v));
        if starts(t, k, w) && !visit {
            return (Role::Start, k + w.chars().count());
        }
    }
    (role, j)
}

fn year_at(t: &[char], i: usize, guard: bool) -> Option<(YearRef, usize)> {
    if i >= t.len() {
        return None;
    }
    if t[i].is_ascii_digit() {
        if guard && i > 0 && (t[i - 1].is_ascii_alphanumeric() || t[i - 1] == '-') {
            return None;
        }
        let (y, j) = digits(t, i, 4)?;
        if j - i != 4 || !(1900..=2100).contains(&y) {
            return None;
        }
        let j = sp(t, j);
        return (t.get(j) == Some(&'年')).then_some((YearRef::Abs(y as i32), j + 1));
    }
    // 二〇二四年, 二零二五年: a year in Chinese digits, one per place.
    let cn = |k: usize| t.get(k).and_then(|c| crate::model::numeral::digit(*c));
    if cn(i).is_some() && (i == 0 || cn(i - 1).is_none()) && t.get(i + 4) == Some(&'年') {
        let y = (i..i + 4).try_fold(0.0, |y, k| Some(y * 10.0 + cn(k)?))? as i32;
        return (1900..=2100)
            .contains(&y)
            .then_some((YearRef::Abs(y), i + 5));
    }
    // 年内计划投资246.5亿元: within the year the text is of, as 全年 (not 5年内, a span).
    if starts(t, i, "年内") && (i == 0 || !(t[i - 1].is_ascii_digit() || cn(i - 1).is_some())) {
        return Some((YearRef::Reviewed, i + 2));
    }
    RELATIVE
        .iter()
        .find(|(w, _)| starts(t, i, w))
        .map(|(_, r)| (YearRef::Rel(*r), i + 2))
}

fn expr_at(t: &[char], i: usize) -> Option<TimeExpr> {
    let mk = |end, when, role| TimeExpr {
        start: i,
        end,
        when,
        role,
    };
    if let Some((a, end)) = fiscal_year(t, i) {
        return Some(mk(end, When::FiscalYear(a), Role::Plain));
    }
    // 来年 as a word of its own (来年全球经济…, 登记税来年可达89亿), not parts of others
    // (原来年度, 未来年, 以来年均增长).
    let part_of_word = (i > 0
        && matches!(t[i - 1], '原' | '未' | '近' | '以' | '从' | '后' | '将'))
        || matches!(t.get(i + 2), Some('均' | '度' | '份'));
    if starts(t, i, "来年") && !part_of_word {
        return Some(mk(i + 2, When::Coming, role_before(t, i)));
    }
    // 比去年, 较7月份, 与2019年同期相比: the base of a comparison, not the figure's time;
    // nor the rest of it (the 9月份 of 比1—9月份).
    let mut k = i;
    while k > 0 && (t[k - 1].is_ascii_digit() || t[k - 1] == '月' || months::range_mark(t[k - 1]))
    {
        k -= 1;
    }
    if k > 0 && matches!(t[k - 1], '比' | '较') && (k == i || months::range_mark(t[i - 1])) {
        return None;
    }
    // 比上年四季度, 较去年同期: the rest of a base named by its year.
    if ["上年", "去年", "前年", "上年同期"].iter().any(|w| {
        ends(t, i, w)
            && i > w.chars().count()
            && matches!(t[i - w.chars().count() - 1], '比' | '较')
    }) {
        return None;
    }
    // 与2019年同期相比 is a base; 2023年与2024年 a list.
    if i > 0 && t[i - 1] == '与' {
        let hi = (i + 12).min(t.len());
        if (i..hi).any(|k| {
            ["相比", "同期", "比较", "持平"]
                .iter()
                .any(|w| starts(t, k, w))
        }) {
            return None;
        }
    }
    if let Some((y, j)) = year_at(t, i, true) {
        // 基准年（2005 年）: a year in brackets glosses the word before it.
        let closes = |k: usize| matches!(t.get(sp(t, k)), Some('）' | ')'));
        if i > 0 && matches!(t[i - 1], '（' | '(') && closes(j) {
            return None;
        }
        // 约为2019年的10%, 已超过2019年的70%: the base a share is of, not a time.
        // (低于去年的3% compares with last year's figure: that one is of its year.)
        let share_of = i > 0
            && matches!(y, YearRef::Abs(_))
            && matches!(t[i - 1], '为' | '是' | '过' | '达')
            && t.get(j) == Some(&'的')
            && {
                let k =
                    (j + 1..t.len().min(j + 9)).find(|&k| !(t[k].is_ascii_digit() || t[k] == '.'));
                k.is_some_and(|k| k > j + 1 && matches!(t[k], '%' | '％' | '成' | '倍'))
            };
        if share_of {
            return None;
        }
        let mut role = role_before(t, i);
        // 从2021年的7617亿元增长至…, 从2020年640万户: the year of the figure after it, not
        // a span's start.
        if role == Role::Start
            && t.get(sp(t, j))
                .is_some_and(|c| *c == '的' || c.is_ascii_digit())
        {
            role = Role::Plain;
        }
        // 2016-2020年 is caught below as two years; here 2016年至2020年.
        if let YearRef::Abs(a) = y {
            let k = sp(t, j);
            if matches!(t.get(k), Some('至' | '-' | '—' | '到')) {
                if let Some((YearRef::Abs(b), e)) = year_at(t, sp(t, k + 1), false) {
                    // 2021年至2025年8月: the years, to that month of the last.
                    let e = months(t, sp(t, e), YearRef::Abs(b)).map_or(e, |(_, m)| m);
                    return Some(mk(e, When::Years(a, b), Role::Plain));
                }
            }
        }
        let k = sp(t, j);
        if let Some((when, e)) = months(t, k, y) {
            return Some(mk(e, when, role));
        }
        for w in ["年底", "年末", "底", "末", "度", "全年"] {
            if starts(t, k, w) {
                return Some(mk(k + w.chars().count(), When::Year(y), role));
            }
        }
        let (role, e) = role_after(t, j, role);
        return Some(mk(e, When::Year(y), role));
    }
    if t[i].is_ascii_digit() {
        // 2016-2020年
        if let (Some((a, j)), true) = (digits(t, i, 4), i == 0 || !t[i - 1].is_ascii_digit()) {
            if j - i == 4 && matches!(t.get(j), Some('-' | '—')) {
                if let Some((YearRef::Abs(b), e)) = year_at(t, j + 1, false) {
                    if (1900..=2100).contains(&a) {
                        return Some(mk(e, When::Years(a as i32, b), Role::Plain));
                    }
                }
            }
        }
        if i > 0 && (t[i - 1].is_ascii_alphanumeric() || t[i - 1] == '-') {
            return None;
        }
        if let Some((w, r, e)) = years_around(t, i) {
            return Some(mk(e, w, r));
        }
        return months(t, i, YearRef::Implied).map(|(w, e)| mk(e, w, role_before(t, i)));
    }
    if let Some((w, r, e)) = years_around(t, i) {
        return Some(mk(e, w, r));
    }
    // 年底目标为18GW with no year before it: the end of the year under way.
    if ["年底", "年末"].iter().any(|w| starts(t, i, w)) {
        return Some(mk(i + 2, When::Year(YearRef::Rel(0)), role_before(t, i)));
    }
    if let Some(w) = REVIEWED.iter().find(|w| starts(t, i, w)) {
        let e = i + w.chars().count();
        // 完成全年目标的95%: the year's goal, not the time of the figure; so 超过全年水准,
        // the whole year's level it is compared with.
        if ["目标", "任务", "计划", "预期", "水准", "水平"]
            .iter()
            .any(|g| starts(t, e, g))
        {
            return None;
        }
        // 力争全年完成投资2300亿元: the year under way, whatever year the text reviews (but
        // 预计全年接待游客9.6亿人次, in January, estimates the year just ended).
        if ["力争", "确保", "争取"].iter().any(|g| ends(t, i, g)) {
            return Some(mk(e, When::Year(YearRef::Rel(0)), Role::Plain));
        }
        return Some(mk(e, When::Year(YearRef::Reviewed), Role::Plain));
    }
    // 截至昨日, 昨天: the day before the document's (not 昨(8)日, a weekday written out).
    if let Some(w) = ["昨日", "昨天"].iter().find(|w| starts(t, i, w)) {
        return Some(mk(
            i + w.chars().count(),
            When::Yesterday,
            role_before(t, i),
        ));
    }
    for (w, n) in [("本月", 0), ("上月", 1), ("上个月", 1)] {
        if starts(t, i, w) {
            return Some(mk(i + w.chars().count(), When::MonthsAgo(n), Role::Plain));
        }
    }
    if let Some(w) = PRESENT.iter().find(|w| starts(t, i, w)) {
        return Some(mk(i + w.chars().count(), When::Present, Role::Plain));
    }
    if let Some((w, y)) = PLANS.iter().find(|(w, _)| starts(t, i, w)) {
        let e = i + w.chars().count();
        // “十五五”的开局之年: the plan's first year, not its end.
        let mut k = e;
        while t
            .get(k)
            .is_some_and(|c| matches!(c, '”' | '"' | '’' | '」' | '的'))
        {
            k += 1;
        }
        if let Some(first) = FIRST_YEAR.iter().find(|f| starts(t, k, f)) {
            let when = When::Year(YearRef::Abs(y - 4));
            return Some(mk(k + first.chars().count(), when, Role::Plain));
        }
        return Some(mk(e, When::Plan(*y), Role::Plain));
    }
    if matches!(t[i], '上' | '下' | '前' | '首' | '第')
        || crate::model::numeral::digit(t[i]).is_some()
        || t[i] == '十'
    {
        return months(t, i, YearRef::Implied).map(|(w, e)| mk(e, w, role_before(t, i)));
    }
    None
}

/// Every time expression in `t`, in order, non-overlapping.
pub fn expressions(t: &[char]) -> Vec<TimeExpr> {
    expressions_in(t, false)
}

/// Every time expression in `t`, in order, non-overlapping; `roc` when the text is written in
/// traditional script, where 112年 is a year of the Republic of China calendar.
pub fn expressions_in(t: &[char], roc: bool) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // 112年 (2023), 104年至108年 (2015–2019) in Taiwan.
        if let Some(e) = (roc && t[i] == '1').then(|| roc_expr(t, i)).flatten() {
            i = e.end;
            // 比106年的同期: the base of a comparison, not a figure's time (as 比2017年).
            if !(e.start > 0 && matches!(t[e.start - 1], '比' | '较')) {
                out.push(e);
            }
            continue;
        }
        // 下一年度 after 20/21年度: the fiscal year after it.
        let next = ["下一年度", "下一个年度", "下个年度", "下年度"]
            .iter()
            .find(|w| starts(t, i, w));
        let fiscal = || {
            out.iter().rev().find_map(|e| match e.when {
                When::FiscalYear(a) => Some(a + 1),
                _ => None,
            })
        };
        if let Some((w, b)) = next.and_then(|w| Some((w, fiscal()?))) {
            let end = i + w.chars().count();
            out.push(TimeExpr {
                start: i,
                end,
                when: When::FiscalYear(b),
                role: Role::Plain,
            });
            i = end;
            continue;
        }
        // 今、明两年…目标为18GW、20GW: two years, this one and the next, listed.
        if let Some(pair) = matches!(t[i], '今' | '明')
            .then(|| two_years(t, i))
            .flatten()
        {
            i = pair[1].end;
            out.extend(pair);
            continue;
        }
        match expr_at(t, i) {
            Some(mut e) => {
                i = e.end.max(i + 1);
                super::neighbours::read_after(t, &out, &mut e);
                out.push(e);
            }
            None => i += 1,
        }
    }
    months::previous_quarters(t, &mut out);
    restatements_dropped(t, &mut out);
    out
}

/// Drops the times in brackets right after a fiscal year, which restate it (2021/22年度(上年
/// 4月至今年3月)): the figures after them are of the year they explain. (A fiscal year in
/// brackets, 今年（2025/26年度）, says more than the time before it and stays.)
fn restatements_dropped(t: &[char], out: &mut Vec<TimeExpr>) {
    // The bracket opening right after the last fiscal year kept.
    let mut open: Option<usize> = None;
    out.retain(|e| {
        let inside = open
            .is_some_and(|o| e.start > o && !t[o..e.start].iter().any(|c| matches!(c, ')' | '）')));
        if !inside {
            open = (matches!(e.when, When::FiscalYear(_))
                && matches!(t.get(e.end), Some('(' | '（')))
            .then_some(e.end);
        }
        !inside
    });
}

/// The year a comparison counts from (比2020年, 较2010年, Taiwan's 比106年) between `a`
/// and `b`.
pub fn comparison_base(t: &[char], a: usize, b: usize) -> Option<i32> {
    (a..b).rev().find_map(|i| {
        if !matches!(t[i], '比' | '较') {
            return None;
        }
        match year_at(t, sp(t, i + 1), false) {
            Some((YearRef::Abs(y), _)) => Some(y),
            Some(_) => None,
            None => super::years::roc_year(t, sp(t, i + 1)).map(|(y, _)| y),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::frame::Frame;
    use crate::model::Date;

    fn first(s: &str, doc: &str) -> (String, Role) {
        let t: Vec<char> = s.chars().collect();
        let e = *expressions(&t).first().unwrap_or_else(|| panic!("{s}"));
        let p = resolve(&e, &Frame::dated(Some(Date::parse(doc).unwrap())));
        (p.map(|p| p.to_string()).unwrap_or_default(), e.role)
    }

    #[test]
    fn the_year_to_come() {
        assert_eq!(first("来年全球经济前景风险不少", "2016-02-24").0, "2017");
        assert_eq!(first("登记税来年可达89亿", "2016-02-24").0, "2017");
        // Parts of other words: no year to come.
        let none = |s: &str| {
            let t: Vec<char> = s.chars().collect();
            expressions(&t).iter().all(|e| e.when != When::Coming)
        };
        assert!(none("2015年以来年均增长10%"));
        assert!(none("原来年度预算为50亿元"));
        assert!(none("未来年产值"));
    }

    #[test]
    fn fiscal_years_in_brackets() {
        let whens = |s: &str| {
            let t: Vec<char> = s.chars().collect();
            expressions(&t).iter().map(|e| e.when).collect::<Vec<_>>()
        };
        // A fiscal year in brackets after 年度 is that year.
        assert!(whens("上年度(2021/22)建屋量为25,814个").contains(&When::FiscalYear(2021)));
        // Months in brackets restating a fiscal year are dropped.
        assert_eq!(
            whens("2021/22年度(上年4月至今年3月)的实质建屋量"),
            vec![When::FiscalYear(2021)]
        );
        // A fiscal year in brackets after a vaguer time stays.
        assert!(whens("今年（2025/26年度）从土地基金回拨").contains(&When::FiscalYear(2025)));
    }

    #[test]
    fn a_comparison_base_is_no_time_of_the_figure() {
        for s in [
            "增速比1—9月份加快0.5个百分点",
            "较1-7月收窄0.3个百分点",
            "比去年提高",
        ] {
            let t: Vec<char> = s.chars().collect();
            assert!(expressions(&t).is_empty(), "{s}");
        }
        assert_eq!(first("1—10月份，全市", "2022-11-20").0, "2022M1-M10");
    }

    #[test]
    fn issue_forms() {
        let d = "2022-02-14";
        assert_eq!(first("2021年实现", d), ("2021".into(), Role::Plain));
        assert_eq!(first("“十五五”的开局之年", d).0, "2026");
        assert_eq!(first("明年十一月达到", "2025-09-27").0, "2026M11");
        assert_eq!(first("年底目标为18GW", "2025-09-27").0, "2025");
        assert_eq!(first("去年年底达到", "2025-09-27").0, "2024");
        assert_eq!(first("以前年末季最严重", "2021-01-18").0, "2019Q4");
        assert_eq!(
            first("2025年首三季度澳门本地生产总值", "2025-11-18").0,
            "2025Q1-Q3"
        );
        assert_eq!(first("确保“十五五”开好局。", d).0, "2026");
        assert_eq!(first("“十五五”时期", d).0, "2030");
        assert_eq!(first("2020年上半年新签约", d).0, "2020H1");
        assert_eq!(first("1-6月,该区", "2020-07-25").0, "2020H1");
        assert_eq!(first("今(2024)年1至 3月，博彩", "2024-04-01").0, "2024Q1");
        assert_eq!(first("2021年前三季度", d).0, "2021Q1-Q3");
        assert_eq!(first("到 2026 年,实现", d), ("2026".into(), Role::End));
        assert_eq!(
            first("2016年至今,通过", d),
            ("2016/2022-02-14".into(), Role::Start)
        );
        assert_eq!(
            first("自2018年以来", d).0,
            "2016/2022-02-14".replace("2016", "2018")
        );
        assert_eq!(first("截至目前,已聚集", d).0, "2022-02-14");
        assert_eq!(first("到2021年9月,园区", d).0, "2021-09-30");
        assert_eq!(first("今年8月,举行", "2022-11-04").0, "2022M8");
        assert_eq!(first("今年8月底,建成", "2022-11-04").0, "2022-08-31");
        assert_eq!(first("预计于今年11月竣工", "2020-07-25").0, "2020M11");
        // A month range still to come at the document's date is last year's.
        assert_eq!(first("1-12月,全市", "2026-01-20").0, "2025");
        assert_eq!(first("1-8月份,全市", "2026-09-15").0, "2026M1-M8");
        assert_eq!(first("8月份,全国", "2014-09-13").0, "2014M8");
        // Fiscal years, April to March; 下一年度 is the one after the last named.
        let d = "2021-02-24";
        assert_eq!(first("20/21年度是2576亿", d).0, "2020/2021-03-31");
        assert_eq!(first("2021/22财政年度", d).0, "2021/2022-03-31");
        assert_eq!(first("2021-2022年度", d).0, "2021/2022-03-31");
        let t: Vec<char> = "20/21年度是2576亿，下一年度是1016亿".chars().collect();
        let next = resolve(&expressions(&t)[1], &Frame::dated(Date::parse(d).ok()));
        assert_eq!(next.unwrap().to_string(), "2021/2022-03-31");
        assert!(expressions(&"2021/23年度".chars().collect::<Vec<_>>()).is_empty());
        // 当年 is the year named before it in its sentence.
        let t: Vec<char> = "2019年设定的目标是6%，当年实际增长是6.1%".chars().collect();
        let that = resolve(&expressions(&t)[1], &Frame::dated(Date::parse(d).ok()));
        assert_eq!(that.unwrap().to_string(), "2019");
        // What a text reviews.
        assert_eq!(first("全年实际使用外资", "2026-01-26").0, "2025");
        assert_eq!(first("全年实际使用外资", "2026-07-26").0, "2026");
        let t: Vec<char> = "失業率由上一季的3.5%升至第3季的3.9%".chars().collect();
        let f = Frame::dated(Some(Date::parse("2025-11-14").unwrap()));
        let e = expressions(&t);
        assert_eq!(resolve(&e[0], &f).unwrap().to_string(), "2025Q2");
        assert!(expressions(&"比上一季加快".chars().collect::<Vec<_>>()).is_empty());
        assert_eq!(first("今年首3季3.3%", "2025-11-14").0, "2025Q1-Q3");
        // After a year opening its paragraph, 全年 is that year's, past sentences.
        let t: Vec<char> =
            "2023年，发展形势复杂。据初步核算，全市地区生产总值3347.6亿元；全年粮食总产量93亿斤"
                .chars()
                .collect();
        let e = expressions(&t);
        let f = Frame::dated(Some(Date::parse("2024-04-02").unwrap()));
        assert_eq!(resolve(&e[1], &f).unwrap().to_string(), "2023");
        let t: Vec<char> = "2021年深圳全年地区生产总值".chars().collect();
        let e = expressions(&t);
        let doc = Frame::dated(Date::parse("2022-04-12").ok());
        assert_eq!(
            resolve(&e[1], &doc).map(|p| p.to_string()),
            Some("2021".into())
        );
        assert_eq!(first("五年累计新开工", "2026-01-27").0, "2021/2025");
        assert_eq!(first("五年年均增长13.1%", "2022-01-14").0, "2017/2021");
        assert_eq!(first("两年平均增长4.2%", "2022-01-25").0, "2020/2021");
        // 约为2019年的10%: the base a share is of, no time; 低于去年的3% is last year's figure.
        let none = |s: &str| expressions(&s.chars().collect::<Vec<_>>()).is_empty();
        assert!(none("日均人数约为2019年的10%"));
        assert!(!none("低于去年的3%"));
        assert_eq!(
            first("经过3年攻坚，全省", "2021-11-05"),
            ("2023".into(), Role::End)
        );
        assert_eq!(first("力争用5年时间，", "2021-11-05").0, "2025");
        assert!(none("研发费用2年内翻番"));
        assert_eq!(first("本月初升到183.68点", "2021-05-28").0, "2021M5");
        assert_eq!(first("上月公布", "2021-01-28").0, "2020M12");
        assert_eq!(first("这五年，群众生活", "2026-02-04").0, "2021/2025");
        assert_eq!(first("过去五年", "2026-06-04").0, "2022/2026");
        assert_eq!(
            first("未来五年数字经济", "2021-09-24"),
            ("2026".into(), Role::End)
        );
        assert_eq!(first("未来5年的方向", "2021-09-24").0, "2026");
        assert_eq!(first("“十四五”期间", d).0, "2025");
        assert_eq!(first("2017 年 12 月 25 日,区委", d).0, "2017-12-25");
        assert_eq!(first("2016-2020年", d).0, "2016/2020");
        // Quarters by number, a list of them, Chinese month ranges.
        assert_eq!(first("第4季預測成長", "2025-11-28").0, "2025Q4");
        assert_eq!(first("今年第四季度", "2025-11-28").0, "2025Q4");
        assert_eq!(first("三季度末生猪存栏", "2021-10-18").0, "2021-09-30");
        assert_eq!(first("上半年末", "2021-10-18").0, "2021-06-30");
        assert_eq!(first("一至七月主营业务收入", "2016-08-20").0, "2016M1-M7");
        assert_eq!(first("单看六月份，赌税", "2025-07-20").0, "2025M6");
        assert_eq!(first("二〇二四年全市", "2025-07-20").0, "2024");
        assert_eq!(first("截至昨日上午11时", "2025-07-09").0, "2025-07-08");
        assert_eq!(first("截至昨日", "2025-03-01").0, "2025-02-28");
        assert_eq!(first("累计前8月，对美出口", "2025-09-09").0, "2025M1-M8");
        assert_eq!(first("今年前七个月", "2025-09-09").0, "2025M1-M7");
        assert_eq!(first("二零二五年财政年度预算", "2025-07-20").0, "2025");
        let t: Vec<char> = "2025年第1、2季成长率".chars().collect();
        let doc = Date::parse("2026-11-28").ok();
        let ps: Vec<String> = expressions(&t)
            .iter()
            .filter_map(|e| resolve(e, &Frame::dated(doc)).map(|p| p.to_string()))
            .collect();
        assert_eq!(ps, ["2025Q1", "2025Q2"]);
        // 一是, 三个: no month; 15年来最高: a record, no time.
        for s in ["一是三个方面", "为15年来最高", "创20年来的新高"] {
            let t: Vec<char> = s.chars().collect();
            assert!(expressions(&t).is_empty(), "{s}");
        }
    }
}
