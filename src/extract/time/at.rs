//! One time expression at a position (2021年, 1-6月, 到2026年, 截至目前, 十四五): its words,
//! the year it names and its role.

use super::super::months::{self, months};
use super::super::scan::{ends, starts};
use super::super::years::{fiscal_year, years_around};
use super::year::year_at;
use super::{Role, TimeExpr, When, YearRef};

pub(crate) fn digits(t: &[char], i: usize, max: usize) -> Option<(u32, usize)> {
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

pub(crate) fn sp(t: &[char], mut i: usize) -> usize {
    while t.get(i) == Some(&' ') {
        i += 1;
    }
    i
}

/// Words for the year a text reviews.
pub(crate) const REVIEWED: &[&str] = &["过去一年", "一年来", "全年"];

/// Words that date a level (截至2021年9月): an end that is no deadline.
const AS_OF: &[&str] = &["截至", "截止", "截止到"];

/// Whether an end at `i` dates a level (截至…, 到5月份为止) rather than setting a deadline (到…).
pub(crate) fn as_of(t: &[char], i: usize) -> bool {
    let k = if i > 0 && t[i - 1] == ' ' { i - 1 } else { i };
    let closed = || {
        let e = (i..t.len().min(i + 14))
            .find(|&j| !(t[j].is_ascii_digit() || "年月日号號份底末零点點时時 ".contains(t[j])));
        e.is_some_and(|e| e > i && ["为止", "為止", "爲止"].iter().any(|w| starts(t, e, w)))
    };
    AS_OF.iter().any(|w| ends(t, k, w)) || (ends(t, k, "到") && closed())
}

/// Whether the time at `i` is one something is set for (預訂下半年報請行政院核定, 定于9月
/// 开工): still to come, and the time of that act alone, not of the figures after it.
pub(crate) fn set_for(t: &[char], i: usize) -> bool {
    ["预订", "预定", "定于", "拟于", "计划于"]
        .iter()
        .any(|w| ends(t, i, w))
}

/// Whether 起 at `i` says from then on (2018年起, 1月1日起), not 起草 or 起步.
pub(crate) fn onward(t: &[char], i: usize) -> bool {
    starts(t, i, "起") && !["起草", "起步"].iter().any(|w| starts(t, i, w))
}

pub(crate) fn role_before(t: &[char], i: usize) -> Role {
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
pub(crate) fn role_after(t: &[char], j: usize, role: Role) -> (Role, usize) {
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
    // 从2018年起: from that year on.
    if role == Role::Start && onward(t, k) {
        return (Role::Onward, k + 1);
    }
    (role, j)
}

/// Fiscal years named relative to the one under way.
const FISCAL_RELATIVE: &[(&str, i32)] = &[
    ("本财政年度", 0),
    ("今个财政年度", 0),
    ("本财年", 0),
    ("上个财政年度", -1),
    ("上一财政年度", -1),
    ("上财政年度", -1),
    ("上一个财政年度", -1),
    ("下个财政年度", 1),
    ("下一个财政年度", 1),
    ("下一财政年度", 1),
    ("下财政年度", 1),
];

/// Months with no year written (1-8月, 10月): the document's year or the year before (see
/// `resolve`), but the document's year when what follows says they are to come (10月将开始
/// 试生产, 9月底前完成, 五月起升至), or a goal word right before (力争8月全面开工).
fn implied_months(t: &[char], i: usize) -> Option<(When, usize)> {
    let (w, e) = months(t, i, YearRef::Implied)?;
    let to_come = ["将", "前", "底前", "份将", "起"]
        .iter()
        .any(|f| starts(t, e, f))
        || [
            "力争",
            "争取",
            "确保",
            "计划于",
            "将于",
            "力争在",
            "争取在",
            "计划在",
        ]
        .iter()
        .any(|f| ends(t, i, f));
    if !to_come {
        return Some((w, e));
    }
    let this = YearRef::Rel(0);
    let w = match w {
        When::Part(YearRef::Implied, a, b) => When::Part(this, a, b),
        When::Month(YearRef::Implied, m) => When::Month(this, m),
        When::MonthEnd(YearRef::Implied, m) => When::MonthEnd(this, m),
        When::Day(YearRef::Implied, m, d) => When::Day(this, m, d),
        other => other,
    };
    Some((w, e))
}

/// Whether 全年 at `i` (ending at `e`) names the year's task in its clause (已把全年150万亩的
/// 营造林任务分解到各县, 全年营造林任务为150万亩): a task set, so the year under way, not one
/// reviewed; unless the clause says it was done (全年完成造林任务150万亩).
fn year_task(t: &[char], i: usize, e: usize) -> bool {
    let end = (e..t.len().min(e + 24))
        .find(|&k| crate::extract::sentence::clause_break(t[k]))
        .unwrap_or(t.len().min(e + 24));
    let clause: String = t[e..end].iter().collect();
    // (Nor 13个市州都超额完成了全年收入预算任务: the task done.)
    let verb_end = if ends(t, i, "了") { i - 1 } else { i };
    clause.contains("任务")
        && !["完成", "超额", "实现", "达到", "超过"]
            .iter()
            .any(|w| clause.contains(w) || ends(t, verb_end, w))
}

pub(super) fn expr_at(t: &[char], i: usize) -> Option<TimeExpr> {
    let mk = |end, when, role| TimeExpr {
        start: i,
        end,
        when,
        role,
    };
    if let Some((a, end)) = fiscal_year(t, i) {
        return Some(mk(end, When::FiscalYear(a), Role::Plain));
    }
    // 本财政年度的盈余 (Hong Kong): the fiscal year under way, or one before or after it.
    if let Some((w, r)) = FISCAL_RELATIVE.iter().find(|(w, _)| starts(t, i, w)) {
        return Some(mk(
            i + w.chars().count(),
            When::FiscalYearRel(*r),
            Role::Plain,
        ));
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
    // (高于去年同期: so are the same months a year before a figure is above or below; not
    // 高于2024年的2.6%, that year's figure.)
    let compared = (k > 0 && matches!(t[k - 1], '比' | '较'))
        || ([
            "高于", "低于", "多于", "少于", "快于", "慢于", "好于", "优于",
        ]
        .iter()
        .any(|w| ends(t, k, w))
            && ["去年同期", "上年同期"].iter().any(|w| starts(t, i, w)));
    if compared && (k == i || months::range_mark(t[i - 1])) {
        return None;
    }
    // (是去年同期的18倍, 恢复到上年同期的85%, 达到2020年的6倍以上: the base of a ratio, not
    // the ratio's time.)
    let ratio_to = |from: usize, times: bool| {
        let after = (from..t.len())
            .find(|&k| !(t[k].is_ascii_digit() || t[k] == '.'))
            .unwrap_or(t.len());
        after > from && (!times || starts(t, after, "倍"))
    };
    let year_end = match year_at(t, i, false) {
        Some((YearRef::Abs(_), e)) if t.get(e) == Some(&'的') => Some(e),
        _ => None,
    };
    let ratio_base = ((["去年同期的", "上年同期的"].iter().any(|w| starts(t, i, w))
        && ratio_to(i + 5, false))
        || year_end.is_some_and(|e| ratio_to(e + 1, true)))
        && ["是", "为", "為", "到", "于", "於"]
            .iter()
            .any(|w| ends(t, i, w));
    if ratio_base {
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
    // 与2019年同期相比, 和去年同期的125.11亿元相比, Macau's 与2022年相若, 同去年同期比 are
    // bases; 2023年与2024年 a list.
    // (Not the 同 ending a word: 合同去年同期仅有12份, 共同, 相同.)
    let word_ends = i > 1 && t[i - 1] == '同' && "合共相如协连会陪认赞等不".contains(t[i - 2]);
    if i > 0 && matches!(t[i - 1], '与' | '和' | '跟' | '同') && !word_ends {
        let hi = (i + 12).min(t.len());
        if (i..hi).any(|k| {
            ["相比", "同期", "比较", "持平", "相若"]
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
        // (So is 恢复到二○一九年运量的四至六成: a short noun of what between, numerals.)
        let of = (j..t.len().min(j + 5))
            .find(|&k| t[k] == '的')
            .filter(|&k| {
                t[j..k]
                    .iter()
                    .all(|c| super::super::indicator::is_word(*c) && *c != '的')
            });
        let numeral = |c: char| {
            c.is_ascii_digit()
                || matches!(c, '.' | '至' | '约')
                || crate::model::numeral::digit(c).is_some()
                || c == '十'
        };
        // (是去年开工数的2.2倍: so is last year's, after 是, 为 or 达 only: 低过去年的3% is
        // last year's figure.)
        let share_of = i > 0
            && match y {
                YearRef::Abs(_) => true,
                YearRef::Rel(_) => matches!(t[i - 1], '为' | '是' | '达'),
                _ => false,
            }
            // (到 only with a noun between: 提升到2025年的57.7% ends a change in 2025.)
            && (matches!(t[i - 1], '为' | '是' | '过' | '达')
                || (t[i - 1] == '到' && of.is_some_and(|of| of > j)))
            && of.is_some_and(|of| {
                let k = (of + 1..t.len().min(of + 9)).find(|&k| !numeral(t[k]));
                k.is_some_and(|k| k > of + 1 && matches!(t[k], '%' | '％' | '成' | '倍'))
            });
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
            if t.get(k).copied().is_some_and(months::range_mark) {
                if let Some((YearRef::Abs(b), e)) = year_at(t, sp(t, k + 1), false) {
                    // 2021年至2025年8月: the years, to that month of the last.
                    let e = months(t, sp(t, e), YearRef::Abs(b)).map_or(e, |(_, m)| m);
                    return Some(mk(e, When::Years(a, b), Role::Plain));
                }
            }
        }
        let k = sp(t, j);
        if let Some((when, e)) = months(t, k, y) {
            // 2019年10月—2020年3月 (an autumn and winter): a season across two years, the
            // span of both years.
            if let (When::Month(YearRef::Abs(a), _), Some('至' | '-' | '—' | '到' | '～')) =
                (when, t.get(sp(t, e)))
            {
                let b = sp(t, sp(t, e) + 1);
                if let Some((YearRef::Abs(b), f)) =
                    year_at(t, b, false).filter(|(y, _)| *y == YearRef::Abs(a + 1))
                {
                    if let Some((When::Month(_, m), g)) = months(t, sp(t, f), YearRef::Abs(b)) {
                        return Some(mk(g, When::Season(a, m), Role::Plain));
                    }
                }
            }
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
        // 2016-2020年, 2021至2023年
        if let (Some((a, j)), true) = (digits(t, i, 4), i == 0 || !t[i - 1].is_ascii_digit()) {
            if j - i == 4 && t.get(j).copied().is_some_and(months::range_mark) {
                if let Some((YearRef::Abs(b), e)) = year_at(t, j + 1, false) {
                    if (1900..=2100).contains(&a) && (a as i32) < b {
                        return Some(mk(e, When::Years(a as i32, b), Role::Plain));
                    }
                }
            }
            // 2017~2018冰雪季, 2018/2019雪季: a season across the turn of two years, no 年
            // written, to the month it ends in.
            if let Some((e, m)) = (j - i == 4).then(|| season_of_two_years(t, j, a)).flatten() {
                return Some(mk(e, When::Season(a as i32, m), Role::Plain));
            }
        }
        if i > 0 && (t[i - 1].is_ascii_alphanumeric() || t[i - 1] == '-') {
            return None;
        }
        if let Some((w, r, e)) = years_around(t, i) {
            return Some(mk(e, w, r));
        }
        return implied_months(t, i).map(|(w, e)| mk(e, w, role_before(t, i)));
    }
    if let Some((w, r, e)) = years_around(t, i) {
        return Some(mk(e, w, r));
    }
    // 年底目标为18GW with no year before it: the end of the year under way (not the rest of
    // 去年底 after 比, a base dropped).
    let rest_of_year = i > 0 && matches!(t[i - 1], '去' | '上' | '前' | '今' | '明' | '本');
    if ["年底", "年末"].iter().any(|w| starts(t, i, w)) && !rest_of_year {
        return Some(mk(i + 2, When::Year(YearRef::Rel(0)), role_before(t, i)));
    }
    if let Some(w) = REVIEWED.iter().find(|w| starts(t, i, w)) {
        let e = i + w.chars().count();
        // 完成全年目标的95%: the year's goal, not the time of the figure; so 超过全年水准,
        // the whole year's level it is compared with.
        // (But 按全年计划，粮食播种面积746万亩: the plan's figures follow, the year's.)
        let goal = ["目标", "任务", "计划", "预期"]
            .iter()
            .find(|g| starts(t, e, g))
            .map(|_| e + 2);
        let plan_follows = goal.is_some_and(|k| {
            t.get(k) == Some(&'，') && starts(t, e, "计划") && super::super::goal::by_plan(t, e)
        });
        // (Nor 全年计划新创建示范家庭农场80个: 计划 plans what follows, a verb with its object,
        // not a plan that something done is a share of: 完成全年计划的95%.)
        let plans_to = starts(t, e, "计划")
            && ["新", "实施", "改造", "建设", "创建", "培育", "引进", "开工"]
                .iter()
                .any(|w| starts(t, e + 2, w))
            && !["完成", "占", "超", "达到", "实现"]
                .iter()
                .any(|w| ends(t, i, w));
        let plan_follows = plan_follows || plans_to;
        if ["水准", "水平"].iter().any(|g| starts(t, e, g)) || (goal.is_some() && !plan_follows)
        {
            return None;
        }
        // 力争全年完成投资2300亿元: the year under way, whatever year the text reviews (but
        // 预计全年接待游客9.6亿人次, in January, estimates the year just ended).
        // (So is 全年仍力争归集…24亿元, in February: the goal word after it, past 仍, 还, 将,
        // 也; not 争取, which a review writes of funds won, 全年争取上级资金15亿元.)
        let sought_after = ["", "仍", "还", "将", "仍将", "也"]
            .iter()
            .filter(|w| starts(t, e, w))
            .map(|w| e + w.chars().count())
            .any(|k| ["力争", "确保"].iter().any(|g| starts(t, k, g)));
        if ["力争", "确保", "争取"].iter().any(|g| ends(t, i, g))
            || sought_after
            || year_task(t, i, e)
        {
            return Some(mk(e, When::Year(YearRef::Rel(0)), Role::Plain));
        }
        return Some(mk(e, When::Year(YearRef::Reviewed), Role::Plain));
    }
    if let Some((when, end, role)) = super::now::now_at(t, i) {
        return Some(mk(end, when, role));
    }
    if let Some((when, end)) = super::plan::plan_at(t, i) {
        return Some(mk(end, when, Role::Plain));
    }
    if matches!(t[i], '上' | '下' | '前' | '首' | '头' | '第' | '元')
        || crate::model::numeral::digit(t[i]).is_some()
        || t[i] == '十'
    {
        return implied_months(t, i).map(|(w, e)| mk(e, w, role_before(t, i)));
    }
    None
}

/// Where the second year of a season across two years ends (2017~2018冰雪季, 2018/2019雪季,
/// 2023-2024赛季), and the month the season ends in: the year after `a` right after a range
/// mark or / at `j`, then a word of a season. (Not a school year, 2019/2020学年: its counts
/// of pupils are taken as it opens.)
fn season_of_two_years(t: &[char], j: usize, a: u32) -> Option<(usize, u32)> {
    const SEASONS: &[(&str, u32)] = &[
        ("冰雪季", 3),
        ("雪季", 3),
        ("采暖季", 3),
        ("供暖季", 3),
        ("榨季", 4),
        ("赛季", 6),
    ];
    let mark = t
        .get(j)
        .is_some_and(|c| months::range_mark(*c) || *c == '/');
    let (b, e) = digits(t, j + 1, 4).filter(|(_, e)| mark && *e == j + 5)?;
    let (_, m) = SEASONS.iter().find(|(w, _)| starts(t, e, w))?;
    (b == a + 1).then_some((e, *m))
}
