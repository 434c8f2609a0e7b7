//! The sentences for people, in Chinese and English, all here: one writer per target form
//! turns an outcome of the [`kernel`](super::kernel) into words, for the reference and the
//! batch engine alike, and the notes beside (baselines, annualised values, what is missing).
//! Numbers are appended in place (no `String` per number), so the batch engine can write a
//! million reasons cheaply.

use super::kernel::{Case, Outcome, MIN_OBSERVED_SPAN};
use super::{push_rate, rate_words, PaceSource, RateUnit};
use crate::model::fixed::{push_digits, push_fixed};
use crate::model::{fmt_num, push_num, Direction, Lang, Period};
use crate::project::Model;
use std::fmt::Write;

/// A time as reasons name it: a year, or a period as written.
pub(crate) trait When {
    /// Appends the label.
    fn push_to(&self, out: &mut String);
}

impl When for i32 {
    fn push_to(&self, out: &mut String) {
        push_year(out, *self);
    }
}

impl When for Period {
    fn push_to(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

/// Appends a year as `{y}` would, without the formatting machinery.
pub(crate) fn push_year(out: &mut String, y: i32) {
    if y < 0 {
        out.push('-');
    }
    push_digits(out, u64::from(y.unsigned_abs()), 1);
}

/// "no baseline: no actual value of 医药产业营收 (亿元) in the data as of 2022-02-14".
pub(crate) fn no_baseline(out: &mut String, indicator: &str, unit: &str, as_of: &str, lang: Lang) {
    let _ = match lang {
        Lang::Zh => write!(
            out,
            "无基数：数据中没有{indicator}（{unit}）的实际值{as_of}"
        ),
        Lang::En => write!(
            out,
            "no baseline: no actual value of {indicator} ({unit}) in the data{as_of}"
        ),
    };
}

/// The target as stated: "千亿 by 2026" / "千亿（2026年）", "(no year)" / "（无年份）".
pub(crate) fn push_stated(out: &mut String, written: &str, year: Option<i32>, lang: Lang) {
    out.push_str(written);
    match (year, lang) {
        (Some(y), Lang::En) => {
            out.push_str(" by ");
            push_year(out, y);
        }
        (Some(y), Lang::Zh) => {
            out.push('（');
            push_year(out, y);
            out.push_str("年）");
        }
        (None, _) => out.push_str(lang.pick("（无年份）", " (no year)")),
    }
}

/// The model's name in sentences.
fn model_name(model: Model, lang: Lang) -> &'static str {
    match (model, lang) {
        (_, Lang::En) => model.name(),
        (Model::Compound, Lang::Zh) => "复合增长",
        (Model::Linear, Lang::Zh) => "线性",
        (Model::Logistic, Lang::Zh) => "逻辑斯蒂",
    }
}

/// Notes and short reasons, each in both languages.
pub(crate) mod note {
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

    /// A rate target measured by the latest reported growth rate.
    pub(crate) fn latest_reported_rate(lang: Lang) -> String {
        lang.pick("最近公布的增速", "latest reported growth rate")
            .into()
    }

    /// A rate target with no rate to measure.
    pub(crate) fn no_observed_rate(indicator: &str, as_of: &str, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("无实测增速：{indicator}的实际值不足两个，也无公布的增速{as_of}"),
            Lang::En => format!("no observed rate: fewer than two actuals of {indicator} and no reported growth rate{as_of}"),
        }
    }

    /// A relative target without the actual it counts from.
    pub(crate) fn relative_without_base(
        base: Option<Period>,
        indicator: &str,
        lang: Lang,
    ) -> String {
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
            Lang::En => format!("no actual for the base period {p}: measured from {from}, the first actual after it"),
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
    pub(crate) fn pro_rata(value: f64, period: &Period, months: f64, lang: Lang) -> String {
        let value = fmt_num(value);
        match lang {
            Lang::Zh => format!("按比例年化：{period}的{value} × 12/{months}"),
            Lang::En => format!("annualised pro rata: {value} in {period} × 12/{months}"),
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
        let span = super::MIN_OBSERVED_SPAN;
        match lang {
            Lang::Zh => format!("无趋势：{indicator}相隔{span}年以上的正实际值不足两个{as_of}"),
            Lang::En => format!("no trend: fewer than two positive actuals of {indicator} {span} years apart{as_of}"),
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
}

/// The words a level target's reason needs beside its [`Outcome`] (values in shown units,
/// paces as shown rates).
pub(crate) struct Level<'a, W: When> {
    /// The baseline value.
    pub(crate) base_value: f64,
    /// Its unit.
    pub(crate) unit: &'a str,
    /// Its period.
    pub(crate) base_when: &'a W,
    /// There is a pace in model terms (even where it cannot be shown as a rate).
    pub(crate) has_pace: bool,
    /// The first and the latest actual (in the target's unit) when they are far enough apart
    /// to observe a rate: without a pace, the model's rate is undefined between them (a zero
    /// level, a share of 0 % or 100 %).
    pub(crate) observed_between: Option<(f64, f64)>,
    /// The pace as shown.
    pub(crate) pace: Option<f64>,
    /// Where it came from.
    pub(crate) source: Option<PaceSource>,
    /// The unit of paces ("/yr", "logit/yr").
    pub(crate) rate_unit: &'a RateUnit,
    /// The required pace as shown.
    pub(crate) required: Option<f64>,
    /// The observed and the stated rate, when they disagree.
    pub(crate) conflict: Option<(f64, f64)>,
    /// The target as stated.
    pub(crate) stated: &'a str,
    /// The target level.
    pub(crate) level: f64,
    /// The target's deadline.
    pub(crate) deadline: &'a W,
    /// Increase or decrease: which side of the target is short.
    pub(crate) direction: Direction,
    /// The growth model (named when it cannot reach the target).
    pub(crate) model: Model,
    /// The language.
    pub(crate) lang: Lang,
}

impl<W: When> Level<'_, W> {
    /// Why there is no pace: no stated rate, and no observed one (too few actuals, or a rate
    /// undefined between the first and the latest).
    fn why_no_pace(&self, out: &mut String) {
        let model = model_name(self.model, self.lang);
        match (self.observed_between, self.lang) {
            (Some((first, last)), lang) => {
                let _ = match lang {
                    Lang::Zh => write!(out, "无声称增速，且从"),
                    Lang::En => write!(
                        out,
                        "no stated growth rate, and no {model} rate can be observed from "
                    ),
                };
                push_num(out, first);
                out.push_str(lang.pick("到", " to "));
                push_num(out, last);
                out.push_str(self.unit);
                if lang == Lang::Zh {
                    let _ = write!(out, "无法观测{model}增速");
                }
            }
            (None, Lang::Zh) => {
                let _ = write!(
                    out,
                    "无声称增速，且相隔{MIN_OBSERVED_SPAN}年以上的实际值不足两个"
                );
            }
            (None, Lang::En) => {
                let _ = write!(
                    out,
                    "no stated growth rate and fewer than two actuals {MIN_OBSERVED_SPAN} years apart"
                );
            }
        }
    }

    /// Writes the reason for `o` into `out` (appended).
    pub(crate) fn write(&self, out: &mut String, o: &Outcome) {
        match self.lang {
            Lang::Zh => self.write_zh(out, o),
            Lang::En => self.write_en(out, o),
        }
    }

    fn write_zh(&self, out: &mut String, o: &Outcome) {
        match o.case {
            Case::Achieved => {
                self.base_words(out);
                let _ = write!(out, "已达到{}。", self.stated);
            }
            Case::NoYear if !self.has_pace => {
                out.push_str("无目标年份，也无速度：");
                self.why_no_pace(out);
                out.push('。');
            }
            Case::NoYear => {
                out.push_str("无目标年份。从");
                self.base_words(out);
                self.pace_words(out, "按");
                out.push('：');
                self.reach_words(out, o);
            }
            Case::Missed => {
                self.base_words(out);
                out.push('在');
                self.deadline.push_to(out);
                out.push_str("年期限之时或之后仍未达到");
                push_num(out, self.level);
                out.push_str(self.unit);
                out.push('。');
            }
            Case::NoPace => {
                out.push_str("无速度：");
                self.why_no_pace(out);
                out.push_str("。从");
                self.base_words(out);
                out.push('到');
                self.deadline.push_to(out);
                out.push_str("年达到");
                push_num(out, self.level);
                out.push_str(self.unit);
                out.push_str("需要");
                self.need(out);
                out.push('。');
            }
            Case::Unreachable => {
                out.push('从');
                self.base_words(out);
                self.pace_words(out, "按");
                let _ = write!(out, "，{}路径到", model_name(self.model, Lang::Zh));
                self.deadline.push_to(out);
                out.push_str("年永远达不到");
                push_num(out, self.level);
                out.push_str(self.unit);
                out.push('。');
                match self.model {
                    Model::Compound => out.push_str("可用 `--model linear` 评估。"),
                    Model::Logistic if self.level >= 100.0 => out.push_str(
                        "占比只能趋近100%而达不到：请把目标设在100%以下（如99.5%），或按水平值评估。",
                    ),
                    _ => {}
                }
            }
            Case::Paced => {
                let gap = o.gap.unwrap_or_default();
                self.pace_words(out, "按");
                out.push('，');
                self.base_words(out);
                out.push('到');
                self.deadline.push_to(out);
                out.push_str("年达到");
                push_num(out, o.projected.unwrap_or_default());
                out.push_str(self.unit);
                let short = (gap < 0.0) == (self.direction == Direction::Increase);
                out.push_str(if short { "：缺口" } else { "：超出" });
                push_num(out, gap.abs());
                out.push_str(self.unit);
                out.push('（');
                push_fixed(out, o.gap_pct.unwrap_or_default() * 100.0, 1, true);
                out.push_str("%）；需要");
                self.need(out);
                out.push_str("，比率");
                push_fixed(out, o.ratio.unwrap_or_default(), 3, false);
                out.push('；');
                self.reach_words(out, o);
            }
        }
    }

    fn write_en(&self, out: &mut String, o: &Outcome) {
        match o.case {
            Case::Achieved => {
                self.base_words(out);
                let _ = write!(out, " already meets {}.", self.stated);
            }
            Case::NoYear if !self.has_pace => {
                out.push_str("No target year and no pace: ");
                self.why_no_pace(out);
                out.push('.');
            }
            Case::NoYear => {
                out.push_str("No target year. From ");
                self.base_words(out);
                out.push(' ');
                self.pace_words(out, "at");
                out.push_str(": ");
                self.reach_words(out, o);
            }
            Case::Missed => {
                self.base_words(out);
                out.push_str(", at or after the ");
                self.deadline.push_to(out);
                out.push_str(" deadline, falls short of ");
                push_num(out, self.level);
                out.push('.');
            }
            Case::NoPace => {
                out.push_str("No pace: ");
                self.why_no_pace(out);
                out.push_str(". From ");
                self.base_words(out);
                out.push_str(", ");
                self.need(out);
                out.push_str(" is needed to reach ");
                push_num(out, self.level);
                out.push_str(" by ");
                self.deadline.push_to(out);
                out.push('.');
            }
            Case::Unreachable => {
                out.push_str("From ");
                self.base_words(out);
                out.push(' ');
                self.pace_words(out, "at");
                let _ = write!(out, ", a {} path never reaches ", self.model.name());
                push_num(out, self.level);
                out.push_str(" by ");
                self.deadline.push_to(out);
                out.push('.');
                match self.model {
                    Model::Compound => out.push_str(" `--model linear` assesses it."),
                    Model::Logistic if self.level >= 100.0 => out.push_str(
                        " A share approaches 100% but never reaches it: state the target below 100% (99.5%), or assess it as a level.",
                    ),
                    _ => {}
                }
            }
            Case::Paced => {
                let gap = o.gap.unwrap_or_default();
                self.pace_words(out, "At");
                out.push(' ');
                self.base_words(out);
                out.push_str(" reaches ");
                push_num(out, o.projected.unwrap_or_default());
                out.push_str(" by ");
                self.deadline.push_to(out);
                out.push_str(": ");
                push_num(out, gap.abs());
                let short = (gap < 0.0) == (self.direction == Direction::Increase);
                out.push_str(if short {
                    " short ("
                } else {
                    " beyond the target ("
                });
                push_fixed(out, o.gap_pct.unwrap_or_default() * 100.0, 1, true);
                out.push_str("%); ");
                self.need(out);
                out.push_str(" needed, ratio ");
                push_fixed(out, o.ratio.unwrap_or_default(), 3, false);
                out.push_str("; ");
                self.reach_words(out, o);
            }
        }
    }

    /// "350亿元 (2021)" / "350亿元（2021）".
    fn base_words(&self, out: &mut String) {
        push_num(out, self.base_value);
        out.push_str(self.unit);
        out.push_str(self.lang.pick("（", " ("));
        self.base_when.push_to(out);
        out.push_str(self.lang.pick("）", ")"));
    }

    /// "23.36%/yr" or "—".
    fn need(&self, out: &mut String) {
        match self.required {
            Some(q) => push_rate(out, q, self.rate_unit, self.lang),
            None => out.push('—'),
        }
    }

    /// "at 20.00%/yr (stated)" led by `at`, or "按20.00%/年（声称）"; nothing without a shown
    /// pace.
    fn pace_words(&self, out: &mut String, at: &str) {
        if let (Some(p), Some(s)) = (self.pace, self.source) {
            out.push_str(at);
            if self.lang == Lang::En {
                out.push(' ');
            }
            push_rate(out, p, self.rate_unit, self.lang);
            out.push_str(match (s, self.lang) {
                (PaceSource::Claimed, Lang::En) => " (stated)",
                (PaceSource::Observed, Lang::En) => " (observed)",
                (PaceSource::Claimed, Lang::Zh) => "（声称）",
                (PaceSource::Observed, Lang::Zh) => "（实测）",
            });
        }
    }

    /// "reached in 2027 (2026.76)." or "never reached at this pace.", and the conflict between
    /// the observed and the stated rate, if any.
    fn reach_words(&self, out: &mut String, o: &Outcome) {
        let zh = self.lang == Lang::Zh;
        match (o.reach_year, o.reach_exact) {
            (Some(y), Some(x)) => {
                out.push_str(if zh { "" } else { "reached in " });
                push_year(out, y);
                out.push_str(if zh { "年达成（" } else { " (" });
                push_fixed(out, x, 2, false);
                out.push_str(if zh { "）。" } else { ")." });
            }
            _ => out.push_str(if zh {
                "按此速度永远达不到。"
            } else {
                "never reached at this pace."
            }),
        }
        if let Some((observed, claimed)) = self.conflict {
            out.push_str(if zh { "实测" } else { " Observed " });
            push_rate(out, observed, &RateUnit::Yearly, self.lang);
            out.push_str(if zh {
                "与声称的"
            } else {
                " disagrees with the stated "
            });
            push_rate(out, claimed, &RateUnit::Yearly, self.lang);
            out.push_str(if zh { "不一致。" } else { "." });
        }
    }
}

/// The words a cumulative target's reason needs beside its [`Outcome`].
pub(crate) struct Cumulative<'a> {
    /// The sum of the flows so far.
    pub(crate) done: f64,
    /// The flows' unit.
    pub(crate) unit: &'a str,
    /// When the sum was last known.
    pub(crate) last_t: f64,
    /// The window's first and last year.
    pub(crate) window: (i32, i32),
    /// The target sum.
    pub(crate) level: f64,
    /// The target as stated.
    pub(crate) stated: &'a str,
    /// "2021/2023": the window so far.
    pub(crate) done_over: &'a str,
    /// The mean yearly flow so far.
    pub(crate) pace: Option<f64>,
    /// "亿元/yr".
    pub(crate) rate_unit: &'a RateUnit,
    /// The language.
    pub(crate) lang: Lang,
}

impl Cumulative<'_> {
    /// Writes the reason for `o` into `out` (appended).
    pub(crate) fn write(&self, out: &mut String, o: &Outcome) {
        let (from, to) = self.window;
        let (done, level, unit, stated) = (
            fmt_num(self.done),
            fmt_num(self.level),
            self.unit,
            self.stated,
        );
        let last = fmt_num(self.last_t);
        let rate = |r: f64| rate_words(r, self.rate_unit, self.lang);
        let _ = match (o.case, self.lang) {
            (Case::Achieved, Lang::En) => {
                write!(out, "{done} {unit} done by {last}: meets {stated}.")
            }
            (Case::Achieved, Lang::Zh) => {
                write!(out, "截至{last}已完成{done}{unit}：达到{stated}。")
            }
            (Case::Missed, Lang::En) => write!(
                out,
                "Window {from}–{to} is over with {done} of {level} done."
            ),
            (Case::Missed, Lang::Zh) => {
                write!(out, "{from}–{to}年期间已结束，完成{done}，目标{level}。")
            }
            (Case::NoYear | Case::NoPace | Case::Unreachable, Lang::En) => {
                write!(
                    out,
                    "no elapsed years in the window to observe a yearly flow"
                )
            }
            (Case::NoYear | Case::NoPace | Case::Unreachable, Lang::Zh) => {
                write!(out, "期间内尚无已过去的年份，无法观测年度流量")
            }
            (Case::Paced, lang) => {
                let (required, pace) = (
                    rate(o.required.unwrap_or_default()),
                    rate(self.pace.unwrap_or_default()),
                );
                let (left, years) = (
                    fmt_num(self.level - self.done),
                    fmt_num(f64::from(to) - self.last_t),
                );
                let (over, ratio) = (self.done_over, o.ratio.unwrap_or_default());
                match lang {
                    Lang::En => write!(
                        out,
                        "{done} of {level} done over {over}; {left} left over {years} years needs {required} against an observed {pace}; ratio {ratio:.3}."
                    ),
                    Lang::Zh => write!(
                        out,
                        "{over}已完成{done}（目标{level}）；余下{left}需在{years}年内完成，需要{required}，实测{pace}；比率{ratio:.3}。"
                    ),
                }
            }
        };
    }
}

/// A rate target's reason: "Observed 4.10%/yr over 2015→2019 against a target of
/// 5.00%/yr, ratio 0.820."
pub(crate) fn rate(
    out: &mut String,
    (observed, over): (f64, &str),
    wanted: f64,
    ratio: Option<f64>,
    closed: bool,
    lang: Lang,
) {
    let (observed, wanted) = (
        rate_words(observed, &RateUnit::Yearly, lang),
        rate_words(wanted, &RateUnit::Yearly, lang),
    );
    let _ = match lang {
        Lang::En => write!(
            out,
            "Observed {observed} over {over} against a target of {wanted}{}{}.",
            ratio.map(|r| format!(", ratio {r:.3}")).unwrap_or_default(),
            if closed { "; the window is closed" } else { "" }
        ),
        Lang::Zh => write!(
            out,
            "{over}实测{observed}，目标{wanted}{}{}。",
            ratio.map(|r| format!("，比率{r:.3}")).unwrap_or_default(),
            if closed { "；期间已结束" } else { "" }
        ),
    };
}

/// A trend's reason: "Observed +2.10%/yr over 2015→2024 in the wanted direction (increase):
/// substantial progress (Statistics Canada: ≥ 1.50%/yr substantial, ≥ 0.50%/yr moderate)."
pub(crate) fn trend(
    out: &mut String,
    a: &super::Assessment,
    (first, last): (&super::series::Obs, &super::series::Obs),
    wanted: f64,
    scheme: super::TrendScheme,
    lang: Lang,
) {
    let c = a.cutoff_scale.unwrap_or(1.0);
    let r = |x: f64| rate_words(x, &RateUnit::Yearly, lang);
    let (pace, (from, to)) = (r(a.pace.unwrap_or_default()), (&first.period, &last.period));
    let _ = match lang {
        Lang::En => write!(
            out,
            "Observed {pace} over {from}→{to} ({} wanted): {} the wanted way, {}",
            a.direction,
            r(wanted),
            a.verdict.name().replace('_', " ")
        ),
        Lang::Zh => write!(
            out,
            "{from}→{to}实测{pace}（{}）：按期望方向{}，{}",
            a.direction_zh(),
            r(wanted),
            a.verdict.label_zh()
        ),
    };
    let scaled = a.cutoff_scale.map(|c| match lang {
        Lang::En => format!(", scaled by C = {c:.3} for a share"),
        Lang::Zh => format!("，占比按 C = {c:.3} 缩放"),
    });
    let _ = match (scheme, lang) {
        (super::TrendScheme::Statcan, Lang::En) => write!(
            out,
            " (Statistics Canada: ≥ {} substantial, ≥ {} moderate{}).",
            r(0.015 * c),
            r(0.005 * c),
            scaled.unwrap_or_default()
        ),
        (super::TrendScheme::Statcan, Lang::Zh) => write!(
            out,
            "（加拿大统计局：≥ {} 为显著进展，≥ {} 为温和进展{}）。",
            r(0.015 * c),
            r(0.005 * c),
            scaled.unwrap_or_default()
        ),
        (super::TrendScheme::Eurostat, Lang::En) => write!(
            out,
            " (Eurostat: above 1.00%/yr significant progress, 0 to −1.00%/yr moderate movement away)."
        ),
        (super::TrendScheme::Eurostat, Lang::Zh) => write!(
            out,
            "（Eurostat：高于1.00%/年为显著进展，0至−1.00%/年为温和偏离）。"
        ),
    };
}
