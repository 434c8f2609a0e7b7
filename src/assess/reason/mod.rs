//! The sentences for people, in Chinese and English, all here: one writer per target form
//! turns an outcome of the [`kernel`](super::kernel) into words, for the reference and the
//! batch engine alike, and the notes beside (baselines, annualised values, what is missing).
//! Numbers are appended in place (no `String` per number), so the batch engine can write a
//! million reasons cheaply.

use crate::model::fixed::push_digits;
use crate::model::{Lang, Period};
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

mod forms;
mod level;
pub(crate) mod note;

pub(crate) use forms::{rate, trend, Cumulative, CumulativeBefore};
pub(crate) use level::Level;
