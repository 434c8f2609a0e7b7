//! The reasons of cumulative, rate and trend targets.

use super::super::kernel::{Case, Outcome};
use super::super::{rate_words, RateUnit};
use crate::model::{fmt_num, Lang};
use std::fmt::Write;

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
            (Case::NoYear | Case::NoPace | Case::Unreachable | Case::PartYear, Lang::En) => {
                write!(
                    out,
                    "no elapsed years in the window to observe a yearly flow"
                )
            }
            (Case::NoYear | Case::NoPace | Case::Unreachable | Case::PartYear, Lang::Zh) => {
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

/// A cumulative target's reason when only an earlier span's total is known.
pub(crate) struct CumulativeBefore<'a> {
    /// The earlier span's total.
    pub(crate) total: f64,
    /// The flows' unit.
    pub(crate) unit: &'a str,
    /// The earlier span's first and last year.
    pub(crate) before: (i32, i32),
    /// The window's first and last year.
    pub(crate) window: (i32, i32),
    /// The target sum.
    pub(crate) level: f64,
    /// The earlier span's mean yearly flow.
    pub(crate) pace: f64,
    /// "万人/yr".
    pub(crate) rate_unit: &'a RateUnit,
    /// The language.
    pub(crate) lang: Lang,
}

impl CumulativeBefore<'_> {
    /// Writes the reason for `o` into `out` (appended).
    pub(crate) fn write(&self, out: &mut String, o: &Outcome) {
        let ((s, e), (from, to)) = (self.before, self.window);
        let (total, level, unit) = (fmt_num(self.total), fmt_num(self.level), self.unit);
        let rate = |r: f64| rate_words(r, self.rate_unit, self.lang);
        let pace = rate(self.pace);
        let needs = match (o.required, self.lang) {
            (Some(r), Lang::Zh) => {
                format!("需要{}；比率{:.3}", rate(r), o.ratio.unwrap_or_default())
            }
            (Some(r), Lang::En) => format!(
                "needs {}; ratio {:.3}",
                rate(r),
                o.ratio.unwrap_or_default()
            ),
            (None, Lang::Zh) => "无法计算所需年均".into(),
            (None, Lang::En) => "no yearly need can be computed".into(),
        };
        let _ = match self.lang {
            Lang::Zh => write!(
                out,
                "{from}–{to}年尚无流量数据；此前{s}–{e}年累计{total}{unit}，平均{pace}；{from}–{to}年完成{level}{unit}{needs}。"
            ),
            Lang::En => write!(
                out,
                "No flows of {from}–{to} known yet; {s}–{e} totalled {total} {unit}, {pace} on average; {level} over {from}–{to} {needs}."
            ),
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
    a: &crate::assess::Assessment,
    (first, last): (&crate::assess::series::Obs, &crate::assess::series::Obs),
    wanted: f64,
    scheme: crate::assess::TrendScheme,
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
        (crate::assess::TrendScheme::Statcan, Lang::En) => write!(
            out,
            " (Statistics Canada: ≥ {} substantial, ≥ {} moderate{}).",
            r(0.015 * c),
            r(0.005 * c),
            scaled.unwrap_or_default()
        ),
        (crate::assess::TrendScheme::Statcan, Lang::Zh) => write!(
            out,
            "（加拿大统计局：≥ {} 为显著进展，≥ {} 为温和进展{}）。",
            r(0.015 * c),
            r(0.005 * c),
            scaled.unwrap_or_default()
        ),
        (crate::assess::TrendScheme::Eurostat, Lang::En) => write!(
            out,
            " (Eurostat: above 1.00%/yr significant progress, 0 to −1.00%/yr moderate movement away)."
        ),
        (crate::assess::TrendScheme::Eurostat, Lang::Zh) => write!(
            out,
            "（Eurostat：高于1.00%/年为显著进展，0至−1.00%/年为温和偏离）。"
        ),
    };
}
