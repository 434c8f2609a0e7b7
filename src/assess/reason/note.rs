//! Notes and short reasons, each in both languages: baselines, annualised values, relative
//! targets, trends, what is missing, restatements.

use crate::model::{fmt_num, Lang, Period};

/// Why a cumulative target cannot be assessed without its window.
pub(crate) fn no_window(lang: Lang) -> String {
    lang.pick(
        "累计目标需要一个期间：base_period（首年）和 period（末年）",
        "cumulative target needs a window: base_period (first year) and period (last year)",
    )
    .into()
}

/// No yearly flows in a cumulative target's window.
pub(crate) fn no_flows(indicator: &str, from: i32, to: i32, as_of: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("数据中{from}–{to}年没有{indicator}的年度流量{as_of}"),
        Lang::En => format!("no yearly flows of {indicator} in {from}–{to} in the data{as_of}"),
    }
}

/// How a cumulative target's sum so far was made.
pub(crate) fn flow_sum(from: i32, last_t: f64, figures: usize, lang: Lang) -> String {
    let last = fmt_num(last_t);
    match lang {
        Lang::Zh => format!("{from}–{last}年流量之和（{figures}个年度数）"),
        Lang::En => format!("sum of flows {from}–{last} ({figures} yearly figures)"),
    }
}

/// How a cumulative target with no flow of its own was measured: an earlier span's total.
pub(crate) fn span_before(from: i32, to: i32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("此前{from}–{to}年的累计，按年均计"),
        Lang::En => format!("the total over {from}–{to} before, as a yearly mean"),
    }
}

/// How a cumulative target's sum so far was read: a running total written as such (累计).
pub(crate) fn running_total(from: i32, last: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{from}年以来累计至{last}"),
        Lang::En => format!("running total from {from} to {last}"),
    }
}

/// A rate target measured by the latest reported growth rate.
pub(crate) fn latest_reported_rate(lang: Lang) -> String {
    lang.pick("最近公布的增速", "latest reported growth rate")
        .into()
}

/// A rate goal that is a ceiling (涨幅控制在3.5%左右): kept while the rate seen stays under it.
pub(crate) fn rate_ceiling(ceiling: f64, lang: Lang) -> String {
    let c = fmt_num(ceiling * 100.0);
    match lang {
        Lang::Zh => format!("上限目标：实测增速不高于{c}%即为达成"),
        Lang::En => format!("a ceiling: kept while the rate seen is at most {c}%"),
    }
}

/// A level or a sum due within a year (3月整体赌收220亿元): reach measures levels by the year.
pub(crate) fn part_year_goal(period: &Period, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "年内一段的水平目标（{period}）：reach 按年比较水平，会把年内流量折成全年，不宜与之相比；请对照同期实际值自行判断"
        ),
        Lang::En => format!(
            "a level goal for part of a year ({period}): reach compares levels by the year and annualises part-year flows, which such a goal is not; compare it with the same part's actual"
        ),
    }
}

/// A goal for part of a year against the actual of that very part (一季度2500亿元目标,
/// 一季度实际2593亿元): met or missed, as the share of it reached.
pub(crate) fn part_year_closed(
    period: &Period,
    (actual, goal): (f64, f64),
    unit: &str,
    met: bool,
    lang: Lang,
) -> String {
    let mut out = format!("{period}{}", lang.pick("实际", " actual "));
    crate::model::push_num(&mut out, actual);
    out.push_str(unit);
    out.push_str(match (met, lang) {
        (true, Lang::Zh) => "，已达到同期目标",
        (false, Lang::Zh) => "，未达到同期目标",
        (true, Lang::En) => " meets the same period's goal of ",
        (false, Lang::En) => " falls short of the same period's goal of ",
    });
    crate::model::push_num(&mut out, goal);
    out.push_str(unit);
    if goal != 0.0 {
        let share = actual / goal * 100.0;
        out.push_str(&lang.pick(
            format!("（完成{share:.1}%）"),
            format!(" ({share:.1}% of it)"),
        ));
    }
    out.push_str(lang.pick("。", "."));
    out
}

/// A rate target with no rate to measure.
pub(crate) fn no_observed_rate(indicator: &str, as_of: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("无实测增速：{indicator}的实际值不足两个，也无公布的增速{as_of}"),
        Lang::En => format!("no observed rate: fewer than two actuals of {indicator} and no reported growth rate{as_of}"),
    }
}

/// A relative target without the actual it counts from.
pub(crate) fn relative_without_base(base: Option<Period>, indicator: &str, lang: Lang) -> String {
    let base = base.map(|p| p.to_string());
    match lang {
        Lang::Zh => format!(
            "相对目标需要{indicator}在{}的实际值，数据中没有",
            base.unwrap_or_else(|| "基期".into())
        ),
        Lang::En => format!(
            "relative target needs the {} actual of {indicator} and the data has none",
            base.unwrap_or_else(|| "base-period".into())
        ),
    }
}

/// A relative target in % with no actual level of its base year, judged by the yearly pace
/// that compounds to its change over the years from the base to the deadline.
pub(crate) fn relative_as_pace(
    written: &str,
    (base, end): (i32, i32),
    pace: f64,
    lang: Lang,
) -> String {
    let pace = fmt_num(pace * 100.0);
    match lang {
        Lang::Zh => format!(
            "没有{base}年的实际值：{written}（{base}→{end}）折合每年{pace}%，与实测增速比较"
        ),
        Lang::En => format!(
            "no actual of {base}: {written} ({base}→{end}) is {pace}% a year, compared with the observed rate"
        ),
    }
}

/// A relative target in a unit it cannot count in.
pub(crate) fn relative_unit(unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("相对目标的单位是{unit}：应为 倍、% 或 个百分点"),
        Lang::En => format!("relative target in {unit}: expected 倍, % or 个百分点"),
    }
}

/// A relative target as stated: "翻一番 vs 2020 = 700亿元 by 2025".
pub(crate) fn relative_stated(
    written: &str,
    base: &str,
    level: f64,
    unit: &str,
    deadline: &Period,
    lang: Lang,
) -> String {
    let level = fmt_num(level);
    match lang {
        Lang::Zh => format!("{written}（相对{base}）= {deadline}年{level}{unit}"),
        Lang::En => format!("{written} vs {base} = {level}{unit} by {deadline}"),
    }
}

/// Actuals in a unit that does not compare with the target's.
pub(crate) fn other_unit(other: &str, unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("；其实际值的单位是{other}，与{unit}不可比"),
        Lang::En => format!("; its actuals are in {other}, which does not compare with {unit}"),
    }
}

/// No actual for the base period: measured from the first after it.
pub(crate) fn base_after(p: &Period, from: &Period, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("基期{p}无实际值：从其后第一个实际值{from}起算"),
        Lang::En => format!(
            "no actual for the base period {p}: measured from {from}, the first actual after it"
        ),
    }
}

/// The deadline has passed; a later year's part-year figure says nothing of its year, so the
/// baseline is the last actual up to the deadline.
pub(crate) fn part_year_after_deadline(later: &Period, base: &Period, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{later}为目标年之后的年内数据，不反映目标年：以{base}的实际值为基数"),
        Lang::En => format!(
            "{later} is part of a year after the deadline and says nothing of it: measured at {base}"
        ),
    }
}

/// The deadline has passed and the only actuals are part-year figures of later years.
pub(crate) fn only_part_years_after(later: &Period, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("无基数：目标年已过，只有其后{later}的年内数据，不反映目标年"),
        Lang::En => format!(
            "no baseline: the deadline has passed and the only actual, {later}, is part of a \
             later year"
        ),
    }
}

/// The observed rate starts at the first positive actual.
pub(crate) fn first_positive(first: &Period, zero: &Period, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("实测增速从{first}（第一个正值）起算（{zero}为0）"),
        Lang::En => {
            format!("observed rate from {first}, the first positive actual ({zero} is 0)")
        }
    }
}

/// A part-year value annualised by the year-on-year change.
pub(crate) fn annualised(
    prior_year: i32,
    prior: f64,
    yoy: f64,
    period: &Period,
    lang: Lang,
) -> String {
    let (prior, yoy) = (fmt_num(prior), fmt_num(yoy));
    match lang {
        Lang::Zh => format!("年化：{prior_year}年值{prior} ×（1 + {period}同比{yoy}%）"),
        Lang::En => format!(
            "annualised: {prior_year} value {prior} × (1 + {yoy}% year-on-year for {period})"
        ),
    }
}

/// A part-year value annualised pro rata.
pub(crate) fn pro_rata(value: f64, period: &Period, share: (f64, f64), lang: Lang) -> String {
    let value = fmt_num(value);
    let (part, whole) = (fmt_num(share.0), fmt_num(share.1));
    match lang {
        Lang::Zh => format!("按比例年化：{period}的{value} × {whole}/{part}"),
        Lang::En => format!("annualised pro rata: {value} in {period} × {whole}/{part}"),
    }
}

/// A trend row's "target": the wanted direction.
pub(crate) fn trend_stated(direction: crate::model::Direction, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "{}（趋势，无目标）",
            if direction == crate::model::Direction::Increase {
                "期望上升"
            } else {
                "期望下降"
            }
        ),
        Lang::En => format!("{direction} (trend, no target)"),
    }
}

/// No actual for a trend.
pub(crate) fn no_trend_actual(indicator: &str, as_of: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("无趋势：没有{indicator}的实际值{as_of}"),
        Lang::En => format!("no trend: no actual of {indicator}{as_of}"),
    }
}

/// Too few actuals for a trend.
pub(crate) fn no_trend_rate(indicator: &str, as_of: &str, lang: Lang) -> String {
    let span = super::super::kernel::MIN_OBSERVED_SPAN;
    match lang {
        Lang::Zh => format!("无趋势：{indicator}相隔{span}年以上的正实际值不足两个{as_of}"),
        Lang::En => format!(
            "no trend: fewer than two positive actuals of {indicator} {span} years apart{as_of}"
        ),
    }
}

/// Notes under a report's row: a restatement and the plan's path.
pub(crate) fn restated_later(by: &str, slip: Option<i32>, lang: Lang) -> String {
    match (slip, lang) {
        (Some(s), Lang::Zh) => format!("后被{by}重申（期限{s:+}年）"),
        (Some(s), Lang::En) => format!("restated later as {by} ({s:+} years)"),
        (None, Lang::Zh) => format!("后被{by}重申"),
        (None, Lang::En) => format!("restated later as {by}"),
    }
}

/// This target restates an earlier one.
pub(crate) fn restates(earlier: &str, slip: i32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("重申{earlier}：期限推迟{slip}年"),
        Lang::En => format!("restates {earlier}: the deadline slipped {slip} years"),
    }
}

/// The growth the plan's path from the previous milestone implies.
pub(crate) fn path_growth(rate: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("规划从上一里程碑起的路径意味着年均{rate}"),
        Lang::En => format!("the plan's path from the previous milestone implies {rate}/yr"),
    }
}
