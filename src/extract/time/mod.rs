//! Time expressions in Chinese text (2021年, 2020年上半年, 1-6月, 前三季度, 到2026年,
//! 2016年至今, 截至目前, 今年8月, 十四五) and the document's own date: what they denote, and
//! the passes over all of a text's times (fiscal years, two years listed, restatements in
//! brackets). One expression at a position is read by [`at`].

mod at;
mod dropped;
mod now;
mod plan;
mod year;

pub(super) use super::resolve::{date, resolve};
pub(super) use at::{as_of, digits, onward, role_after, role_before, set_for, sp, REVIEWED};

/// Whether 以来 follows the time `e` (“十三五”以来: past a plan's closing quote): since then.
pub(super) fn since_after(t: &[char], e: &TimeExpr) -> bool {
    (e.end..(e.end + 2).min(t.len())).any(|i| crate::extract::scan::starts(t, i, "以来"))
}
pub(super) use now::news_day;
pub(super) use plan::{plan_ends_before, plan_named_in, plan_opens};

use super::months;
use super::years::{roc_expr, two_years};
use at::expr_at;
pub use year::comparison_base;
pub(super) use year::{base_year_after, year_after, year_at};

/// A year written absolutely (2021年) or relative to the document's date (今年 = 0, 明年 = 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// A calendar year.
    Abs(i32),
    /// Years after the document's year.
    Rel(i32),
    /// The last of `n` years ahead (未来五年): the year under way counts as the first in a
    /// text dated January to March, when work reports set out the years ahead (a plan
    /// presented in February 2022 runs to 2026), else they begin the year after (未来10年 in
    /// May 2018 runs to 2028).
    Ahead(i32),
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
    /// From a year to another counted from the document's (今明两年 = 0 to 1, 明后两年 = 1 to 2).
    YearsFromNow(i32, i32),
    /// From a month of a year to a month of the next (2019年10月—2020年3月: an autumn and
    /// winter), by the first year and the last month.
    Season(i32, u32),
    /// The document's date (目前, 截至目前, 迄今).
    Present,
    /// A month counted back from the document's (本月 = 0, 上月 = 1).
    MonthsAgo(u32),
    /// The last day of a month counted back from the document's (月底, 本月底 = 0, 上月底 = 1).
    MonthEndAgo(u32),
    /// The day before the document's (昨日, 昨天): news of a release the day before.
    Yesterday,
    /// A five-year plan (十四五), by its last year.
    Plan(i32),
    /// A fiscal year from April of a year to March of the next (20/21年度), by its first year.
    FiscalYear(i32),
    /// A fiscal year counted from the one under way at the document's date (本财政年度 = 0,
    /// 上个财政年度 = -1), April to March.
    FiscalYearRel(i32),
    /// The year to come (来年): in a budget, the fiscal year it proposes for; else the year
    /// after the document's.
    Coming,
    /// The first `months` of a fiscal year (本财政年度的首9个月, Hong Kong's accounts), from
    /// April: of the fiscal year `year`, or of the one `year` after the one under way when
    /// `relative`.
    FiscalMonths {
        /// The fiscal year by its first year, or counted from the one under way.
        year: i32,
        /// Whether `year` counts from the fiscal year under way.
        relative: bool,
        /// How many months, from April.
        months: u32,
    },
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
    /// From a year on (从2018年起): the start of a span up to the present, as [`Role::Start`],
    /// but of the year under way or one to come, that year, the first of those after it.
    Onward,
}

impl Role {
    /// Whether the expression starts a span (至今, 以来, 从…起).
    pub fn starts(self) -> bool {
        matches!(self, Role::Start | Role::Onward)
    }
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

/// Every time expression in `t`, in order, non-overlapping.
pub fn expressions(t: &[char]) -> Vec<TimeExpr> {
    expressions_in(t, false)
}

/// Every time expression in `t`, in order, non-overlapping; `roc` when the text is written in
/// traditional script, where 112年 is a year of the Republic of China calendar.
pub fn expressions_in(t: &[char], roc: bool) -> Vec<TimeExpr> {
    let fiscal_text = super::years::names_fiscal_years(t);
    let mut out: Vec<TimeExpr> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // 2023Q1, Taiwan's 112Q1.
        if let Some(e) = t[i]
            .is_ascii_digit()
            .then(|| super::years::quarter_code(t, i, roc))
            .flatten()
        {
            i = e.end;
            out.push(e);
            continue;
        }
        // 112年 (2023), 104年至108年 (2015–2019) in Taiwan.
        if let Some(e) = (roc && t[i] == '1').then(|| roc_expr(t, i)).flatten() {
            i = e.end;
            // 比106年的同期: the base of a comparison, not a figure's time (as 比2017年).
            if !(e.start > 0 && matches!(t[e.start - 1], '比' | '较')) {
                out.push(e);
            }
            continue;
        }
        // 下一年度 after 20/21年度, Hong Kong's 下年度 in a text on its budget.
        if let Some(e) = super::years::fiscal_word(t, i, &out, fiscal_text) {
            i = e.end;
            out.push(e);
            continue;
        }
        // 今、明两年…目标为18GW、20GW: two years, this one and the next, listed; 今明两年还将
        // 投入资金3.6亿元: both years, one span.
        if let Some(two) = matches!(t[i], '今' | '明')
            .then(|| two_years(t, i))
            .flatten()
        {
            i = two.last().map_or(i + 1, |e| e.end);
            out.extend(two);
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
    months::counted_to_month(t, &mut out);
    dropped::restatements_dropped(t, &mut out);
    // (以2005年价格计, 按2020年不变价: the prices a figure is valued at, not its time.)
    out.retain(|e| !dropped::price_base(t, e) && !dropped::programme_years(t, e));
    dropped::as_of_programme_years(t, &mut out);
    out
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
    fn a_year_of_this_century_in_two_digits() {
        assert_eq!(first("09年全国有6000万农村人口", "2009-12-28").0, "2009");
        // (Not the decimals of a count of years.)
        let t: Vec<char> = "轮候时间为0.09年".chars().collect();
        assert!(expressions(&t).is_empty());
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
        // The fiscal year under way at the document's date, April to March.
        assert_eq!(
            first("本财政年度的财政盈余", "2018-01-30").0,
            "2017/2018-03-31"
        );
        assert_eq!(
            first("本财政年度的财政盈余", "2018-05-02").0,
            "2018/2019-03-31"
        );
        assert_eq!(
            first("上个财政年度的赤字", "2018-05-02").0,
            "2017/2018-03-31"
        );
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
        assert_eq!(first("“十一五”的头三年，全国", d).0, "2006/2008");
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
        // 元 is January: 元-4月, 2016年元至5月, 元月份; after a number or scale it is money.
        assert_eq!(first("全县元-4月累计完成", "2016-05-18").0, "2016M1-M4");
        assert_eq!(first("2016年元至5月", "2016-07-01").0, "2016M1-M5");
        assert_eq!(first("元月份,全市", "2016-03-01").0, "2016M1");
        let none = |s: &str| expressions(&s.chars().collect::<Vec<_>>()).is_empty();
        assert!(none("投资5000万元-4月"));
        assert!(none("百亿元至千亿元"));
        assert!(none("提前三个月完成了全年任务"));
        assert!(none("双方计划提前一季度完成建设"));
        // A month to come is this year's, though not begun at the document's date.
        assert_eq!(first("10月将开始试生产", "2022-08-10").0, "2022M10");
        assert_eq!(first("10月,开始试生产", "2022-08-10").0, "2021M10");
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
        assert_eq!(first("未来五年，港口吞吐量", "2022-02-24").0, "2026");
        assert_eq!(first("未来10年拚", "2018-05-09").0, "2028");
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
        // A month, then 累计 in its clause: from January.
        assert_eq!(
            first("4月，收入累计完成24627万元", "2024-05-16").0,
            "2024M1-M4"
        );
        assert_eq!(first("4月份当月累计完成", "2024-05-16").0, "2024M4");
        assert_eq!(first("4月，收入完成2万元，累计", "2024-05-16").0, "2024M4");
        assert_eq!(first("今年前七个月", "2025-09-09").0, "2025M1-M7");
        assert_eq!(first("二零二五年财政年度预算", "2025-07-20").0, "2025");
        let t: Vec<char> = "2025年第1、2季成长率".chars().collect();
        let doc = Date::parse("2026-11-28").ok();
        let ps: Vec<String> = expressions(&t)
            .iter()
            .filter_map(|e| resolve(e, &Frame::dated(doc)).map(|p| p.to_string()))
            .collect();
        assert_eq!(ps, ["2025Q1", "2025Q2"]);
        // 一是, 三个: no month; 15年来最高: a record, no time; 最后1季: a count of quarters.
        for s in [
            "一是三个方面",
            "为15年来最高",
            "创20年来的新高",
            "宽免最后1季差饷",
        ] {
            let t: Vec<char> = s.chars().collect();
            assert!(expressions(&t).is_empty(), "{s}");
        }
    }
}
