//! Years counted rather than named: a review of years (这五年, 五年来, 两年平均), a horizon
//! (未来五年, 经过3年攻坚, 用五年时间), and a fiscal year (20/21年度).

use super::months::{months, range_mark};
use super::scan::{ends, starts};
use super::time::{digits, role_after, role_before, sp, Role, TimeExpr, When, YearRef};

/// A count of years written in digits or one Chinese numeral (5, 五, 十).
fn year_count(t: &[char], i: usize) -> Option<(i32, usize)> {
    if let Some((n, j)) = digits(t, i, 2) {
        return Some((n as i32, j));
    }
    let n = crate::model::numeral::digit(*t.get(i)?)
        .map(|d| d as i32)
        .or_else(|| (t.get(i) == Some(&'十')).then_some(10))?;
    Some((n, i + 1))
}

/// 未来五年 (a deadline `n` years on) or 这五年, 过去五年, 近五年, 五年来, 五年里 (the `n` years
/// a text reviews), starting at `i`.
pub(super) fn years_around(t: &[char], i: usize) -> Option<(When, Role, usize)> {
    // “十三五”这五年: the plan's years, which the plan's name dates.
    if super::time::plan_ends_before(t, i) {
        return None;
    }
    for (w, future) in [
        ("未来", true),
        ("过去", false),
        ("近", false),
        ("这", false),
    ] {
        if starts(t, i, w) {
            // (Taiwan's 未來 4 年, 過去 8 年來: the count between spaces.)
            let (n, j) = year_count(t, sp(t, i + w.chars().count()))?;
            let j = sp(t, j);
            if t.get(j) != Some(&'年') || !(2..=20).contains(&n) {
                return None;
            }
            let end = j + 1 + usize::from(matches!(t.get(j + 1), Some('来' | '里' | '间' | '中')));
            return Some(if future {
                (When::Year(YearRef::Ahead(n)), Role::End, end)
            } else {
                (When::PastYears(n), Role::Plain, end)
            });
        }
    }
    // 经过3年攻坚, 用五年时间, 再用三年: a deadline, the year under way counted as the first.
    // (Not 费用, 使用, 利用 …: 用 opens the phrase or follows a word of intent.)
    let opens = |i: usize| {
        i == 0
            || !super::indicator::is_word(t[i - 1])
            || ["要", "将", "拟", "力争", "争取", "计划", "提出", "决定"]
                .iter()
                .any(|w| ends(t, i, w))
    };
    for w in ["经过", "再用", "用"] {
        if starts(t, i, w) && (w != "用" || opens(i)) {
            let (n, j) = year_count(t, i + w.chars().count())?;
            if t.get(j) != Some(&'年') || !(2..=10).contains(&n) {
                return None;
            }
            let rest = ["左右时间", "时间", "左右", "的时间"]
                .iter()
                .find(|r| starts(t, j + 1, r))
                .map_or(0, |r| r.chars().count());
            return Some((When::Year(YearRef::Rel(n - 1)), Role::End, j + 1 + rest));
        }
    }
    let (n, j) = year_count(t, i)?;
    // 三年内建成百个示范区: a deadline, the year under way counted as the first (not 三年内建成了,
    // done).
    if t.get(j) == Some(&'年') && t.get(j + 1) == Some(&'内') && (2..=10).contains(&n) {
        let k = j + 2;
        let aimed = HORIZON_VERBS
            .iter()
            .find(|w| starts(t, k, w))
            .is_some_and(|w| t.get(k + w.chars().count()) != Some(&'了'));
        if aimed {
            return Some((When::Year(YearRef::Rel(n - 1)), Role::End, k));
        }
    }
    let after = t.get(j + 1).copied();
    // 五年来, 五年累计, 五年年均增长13.1%, 两年平均增长4.2%.
    let counted = ["累计", "年均", "平均"].iter().any(|w| starts(t, j + 1, w));
    // 15年来最高, 10年来的新高, 20年来首次: a record, not a time.
    let record = ["最", "的最", "新高", "新低", "的新", "首次", "首度"]
        .iter()
        .any(|w| starts(t, j + 2, w));
    if t.get(j) == Some(&'年')
        && (2..=20).contains(&n)
        && (matches!(after, Some('来' | '里' | '间')) || counted)
        && !(after == Some('来') && record)
    {
        let end = j + 1 + usize::from(!counted);
        return Some((When::PastYears(n), Role::Plain, end));
    }
    None
}

/// Verbs of what years ahead are to bring (三年内建成, 五年内实现).
const HORIZON_VERBS: &[&str] = &[
    "建成", "实现", "完成", "达到", "新增", "培育", "打造", "建设", "创建", "新建", "引进", "改造",
];

/// The count of years of a horizon at `e` (用三年时间, 经过3年, 再用三年, 三年内建成): a deadline
/// that many years on, the year under way the first.
pub(super) fn horizon(t: &[char], e: &TimeExpr) -> Option<i32> {
    if e.role != Role::End || !matches!(e.when, When::Year(YearRef::Rel(_))) {
        return None;
    }
    let from = ["经过", "再用", "用"]
        .iter()
        .find(|w| starts(t, e.start, w))
        .map_or(e.start, |w| e.start + w.chars().count());
    let (n, j) = year_count(t, from)?;
    (t.get(j) == Some(&'年')).then_some(n)
}

/// A fiscal year (20/21年度, 2021/22财政年度, 2021-2022年度) at `i`: its first calendar year
/// and where it ends.
pub(super) fn fiscal_year(t: &[char], i: usize) -> Option<(i32, usize)> {
    if i > 0 && t[i - 1].is_ascii_digit() {
        return None;
    }
    let year = |n: u32, len: usize| match len {
        2 => Some(if n < 50 { 2000 + n } else { 1900 + n } as i32),
        4 => Some(n as i32),
        _ => None,
    };
    let (a, j) = digits(t, i, 4)?;
    let a = year(a, j - i)?;
    // (2008 - 09年度: spaces around a dash.)
    let spaced = |k: usize| if t.get(k) == Some(&' ') { k + 1 } else { k };
    let dash = matches!(t.get(spaced(j)), Some('-' | '–'));
    let j = if dash { spaced(j) } else { j };
    if !matches!(t.get(j), Some('/' | '／' | '-' | '–')) {
        return None;
    }
    let from = if dash { spaced(j + 1) } else { j + 1 };
    let (b, k) = digits(t, from, 4)?;
    // 2021/22: the second year in two digits is in the first one's century.
    let b = match k - from {
        2 => a / 100 * 100 + b as i32,
        4 => b as i32,
        _ => return None,
    };
    // 2026/27年 (Hong Kong's short form) too, with a slash and a short second year.
    let short = matches!(t[j], '/' | '／') && k - from == 2;
    // 上年度(2021/22), 今年度（2022/23）: the fiscal year a 年度 names, in brackets after it.
    let bracketed = i >= 3
        && matches!(t[i - 1], '(' | '（')
        && ends(t, i - 1, "年度")
        && matches!(t.get(k), Some(')' | '）'));
    // (2018/19的预算623亿: the short form before 的, with no word for the year.)
    let before_of = short && t.get(k) == Some(&'的');
    let k = ["财政年度", "財政年度", "年度"]
        .iter()
        .chain(if short { &["年"][..] } else { &[][..] })
        .find(|w| starts(t, k, w))
        .map(|w| k + w.chars().count())
        .or((bracketed || before_of).then_some(k))?;
    (b == a + 1).then_some((a, k))
}

/// Fiscal years named by 年度 alone, counted from the one under way in a text on fiscal years.
const FISCAL_WORDS: &[(&str, i32)] = &[
    ("下一个年度", 1),
    ("下一年度", 1),
    ("下个年度", 1),
    ("下年度", 1),
    ("上一个年度", -1),
    ("上一年度", -1),
    ("上年度", -1),
    ("本年度", 0),
    ("今年度", 0),
];

/// Whether `t` is about fiscal years running April to March (Hong Kong's): it names a budget
/// bill (预算案) or a fiscal year (财政年度, 2008-09年度), and not Macau or Taiwan, whose fiscal
/// years are calendar years.
pub(super) fn names_fiscal_years(t: &[char]) -> bool {
    let any = |words: &[&str]| (0..t.len()).any(|i| words.iter().any(|w| starts(t, i, w)));
    let fiscal = any(&["预算案", "财政年度"])
        || (0..t.len()).any(|i| t[i].is_ascii_digit() && fiscal_year(t, i).is_some());
    fiscal && !any(&["澳门", "台湾", "行政院", "立法院"])
}

/// The fiscal year named by 年度 alone at `i` (`before`: the expressions read so far): 下一年度
/// after 20/21年度 is the one after it; in a text on fiscal years (`fiscal_text`), 上年度, 本年度
/// and 下年度 (Hong Kong's 政府预计下年度…的经常开支) count from the one under way.
pub(super) fn fiscal_word(
    t: &[char],
    i: usize,
    before: &[TimeExpr],
    fiscal_text: bool,
) -> Option<TimeExpr> {
    let &(w, r) = FISCAL_WORDS.iter().find(|(w, _)| starts(t, i, w))?;
    let named = before.iter().rev().find_map(|e| match e.when {
        When::FiscalYear(a) => Some(a),
        _ => None,
    });
    let when = match named {
        Some(a) if r == 1 => When::FiscalYear(a + 1),
        _ => fiscal_text.then_some(When::FiscalYearRel(r))?,
    };
    Some(TimeExpr {
        start: i,
        end: i + w.chars().count(),
        when,
        role: Role::Plain,
    })
}

/// Two years named at once, as a list of two (今、明两年 is this year and the next).
const TWO_YEARS: &[(&str, i32, i32)] = &[
    ("今、明两年", 0, 1),
    ("今明两年", 0, 1),
    ("明、后两年", 1, 2),
    ("明后两年", 1, 2),
];

/// 今、明两年: this year and the next, as two expressions listed (so too 今明两年 with 分别 before
/// figures after it in its sentence, two figures in turn); 今明两年 alone is one span of both
/// years.
pub(super) fn two_years(t: &[char], i: usize) -> Option<Vec<TimeExpr>> {
    let (w, a, b) = TWO_YEARS.iter().find(|(w, ..)| starts(t, i, w))?;
    let end = i + w.chars().count();
    // (分别 before figures: 分别为18GW、20GW; not 分别用于道路和管网.)
    let listed = t[i + 1] == '、'
        || (end..t.len())
            .take_while(|&k| !matches!(t[k], '。' | '；' | '\n'))
            .any(|k| {
                starts(t, k, "分别") && (k + 2..(k + 6).min(t.len())).any(|j| t[j].is_ascii_digit())
            });
    let expr = |start, end, when| TimeExpr {
        start,
        end,
        when,
        role: Role::Plain,
    };
    Some(if listed {
        let second = if t[i + 1] == '、' { i + 2 } else { i + 1 };
        vec![
            expr(i, i + 1, When::Year(YearRef::Rel(*a))),
            expr(second, end, When::Year(YearRef::Rel(*b))),
        ]
    } else {
        vec![expr(i, end, When::YearsFromNow(*a, *b))]
    })
}

/// A year of the Republic of China calendar (112年 is 2023), as Taiwan writes them: three
/// digits from 100 to 130 before 年, not a duration (100年来, 100年一遇, 建党100年).
pub(super) fn roc_year(t: &[char], i: usize) -> Option<(i32, usize)> {
    if i > 0 && (t[i - 1].is_ascii_alphanumeric() || matches!(t[i - 1], '.' | '党' | '第')) {
        return None;
    }
    let (y, j) = digits(t, i, 3)?;
    // 115学年度, 108至111学年度 (Taiwan's school years, named by the ROC year they start in).
    let school = starts(t, j, "学年");
    let after = if school { j + 2 } else { j + 1 };
    // 100年的历史 is a duration; 105年的108万人, 106年的同期 are the year's.
    let of_year = starts(t, after, "的")
        && (t.get(after + 1).is_some_and(char::is_ascii_digit) || starts(t, after + 1, "同期"));
    let duration = ["来", "间", "一遇", "前", "后", "历史", "的"]
        .iter()
        .any(|w| starts(t, after, w))
        && !of_year;
    let year = t.get(j) == Some(&'年') || school;
    (j == i + 3 && (100..=130).contains(&y) && year && !duration)
        .then_some((y as i32 + 1911, after))
}

/// A ROC year as a time expression: 112年, 104年至108年 or 111至113年度 (a span), 112年3月.
/// A quarter written as a code: 2023Q1, or in Taiwan 112Q1 (ROC year 112, 2023) when `roc`.
pub(super) fn quarter_code(t: &[char], i: usize, roc: bool) -> Option<TimeExpr> {
    if i > 0 && (t[i - 1].is_ascii_alphanumeric() || t[i - 1] == '.') {
        return None;
    }
    let (y, j) = digits(t, i, 4)?;
    let year = match j - i {
        4 if (1900..=2100).contains(&y) => y as i32,
        3 if roc && (100..=130).contains(&y) => y as i32 + 1911,
        _ => return None,
    };
    if !matches!(t.get(j), Some('Q' | 'q')) {
        return None;
    }
    let q = t.get(j + 1)?.to_digit(10).filter(|q| (1..=4).contains(q))?;
    if t.get(j + 2).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(TimeExpr {
        start: i,
        end: j + 2,
        when: When::Part(YearRef::Abs(year), 3 * q - 2, 3 * q),
        role: role_before(t, i),
    })
}

pub(super) fn roc_expr(t: &[char], i: usize) -> Option<TimeExpr> {
    if let Some((a, b, end)) = roc_span_bare(t, i) {
        return Some(TimeExpr {
            start: i,
            end,
            when: When::Years(a, b),
            role: Role::Plain,
        });
    }
    let (a, j) = roc_year(t, i)?;
    let k = sp(t, j);
    let to = t
        .get(k)
        .copied()
        .is_some_and(range_mark)
        .then(|| roc_year(t, sp(t, k + 1)))
        .flatten();
    let (when, role, end) = match to {
        Some((b, e)) => (When::Years(a, b), Role::Plain, e),
        None => match months(t, k, YearRef::Abs(a)) {
            Some((when, e)) => (when, role_before(t, i), e),
            // 截至107年底: the year's end is part of the expression.
            None if matches!(t.get(j), Some('底' | '末' | '度')) => {
                (When::Year(YearRef::Abs(a)), role_before(t, i), j + 1)
            }
            None => {
                let (role, e) = role_after(t, j, role_before(t, i));
                (When::Year(YearRef::Abs(a)), role, e)
            }
        },
    };
    Some(TimeExpr {
        start: i,
        end,
        when,
        role,
    })
}

/// 106至109年, 111至113年度: a span of ROC years whose first is written without 年 (three
/// digits, then 至 or a dash, then a later ROC year).
fn roc_span_bare(t: &[char], i: usize) -> Option<(i32, i32, usize)> {
    if i > 0 && (t[i - 1].is_ascii_alphanumeric() || t[i - 1] == '.') {
        return None;
    }
    let (a, j) = digits(t, i, 3)?;
    if j != i + 3 || !(100..=130).contains(&a) || !t.get(j).copied().is_some_and(range_mark) {
        return None;
    }
    let (b, e) = roc_year(t, j + 1)?;
    (b > a as i32 + 1911 && b - (a as i32 + 1911) <= 10).then_some((a as i32 + 1911, b, e))
}
