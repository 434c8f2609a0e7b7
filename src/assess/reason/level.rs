//! The words of a level target's reason: its outcome (met, missed, paced, no pace, a part of
//! the year under way) with the numbers, in Chinese and English.

use super::{model_name, push_year, When};
use crate::assess::kernel::{Case, Outcome, MIN_OBSERVED_SPAN};
use crate::assess::{push_rate, PaceSource, RateUnit};
use crate::model::fixed::push_fixed;
use crate::model::{push_num, Direction, Lang};
use crate::project::Model;
use std::fmt::Write;

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
                self.achieved_words(out, o);
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
                if self.required.is_some() {
                    out.push_str("需要");
                    self.need(out);
                } else {
                    // Under a month left, or a compound path from 0.
                    out.push_str("，所需年速度无法算出");
                }
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
            Case::PartYear => {
                let gap = o.gap.unwrap_or_default();
                let short = (gap < 0.0) == (self.direction == Direction::Increase);
                self.base_words(out);
                out.push_str("是年度未结束时对全年的估计：");
                if short {
                    let _ = write!(out, "距{}尚缺", self.stated);
                    push_num(out, gap.abs());
                    out.push_str(self.unit);
                } else {
                    let _ = write!(out, "可达到{}", self.stated);
                }
                out.push_str("，估计值与目标之比");
                push_fixed(out, o.ratio.unwrap_or_default(), 3, false);
                out.push('。');
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
                self.achieved_words(out, o);
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
                if self.required.is_some() {
                    out.push_str(", ");
                    self.need(out);
                    out.push_str(" is needed to reach ");
                } else {
                    out.push_str(", no yearly pace can be computed to reach ");
                }
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
            Case::PartYear => {
                let gap = o.gap.unwrap_or_default();
                let short = (gap < 0.0) == (self.direction == Direction::Increase);
                self.base_words(out);
                out.push_str(" estimates a year not yet over: ");
                if short {
                    let _ = write!(out, "short of {} by ", self.stated);
                    push_num(out, gap.abs());
                } else {
                    let _ = write!(out, "meets {}", self.stated);
                }
                out.push_str("; estimate ÷ target ");
                push_fixed(out, o.ratio.unwrap_or_default(), 3, false);
                out.push('.');
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
    /// The baseline that meets the target: a part-year flow as stated, not its estimate.
    fn achieved_words(&self, out: &mut String, o: &Outcome) {
        self.value_when(out, o.seen.unwrap_or(self.base_value));
    }

    fn base_words(&self, out: &mut String) {
        self.value_when(out, self.base_value);
    }

    /// "350亿元（2021）": a value of the baseline's time.
    fn value_when(&self, out: &mut String, value: f64) {
        push_num(out, value);
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
