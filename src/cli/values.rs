//! The closed sets of values flags take, as clap `ValueEnum`s: clap checks them, lists them
//! in `--help`, and each maps to its library type in one `From`.

use crate::assess::{PacePref, Scheme};
use crate::chart::{Theme, YScale};
use crate::project::Model;
use clap::ValueEnum;

/// `--scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemeArg {
    /// Eurostat / Statistics Canada cut-offs: 0.95 / 0.60 / 0.
    Eurostat,
    /// UN SDG progress chart cut-offs: 0.95 / 0.50 / −0.10.
    Unsd,
}

impl From<SchemeArg> for Scheme {
    fn from(a: SchemeArg) -> Self {
        match a {
            SchemeArg::Eurostat => Scheme::Eurostat,
            SchemeArg::Unsd => Scheme::Unsd,
        }
    }
}

/// `--model`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModelArg {
    /// A constant yearly rate.
    Compound,
    /// A constant yearly amount.
    Linear,
}

impl From<ModelArg> for Model {
    fn from(a: ModelArg) -> Self {
        match a {
            ModelArg::Compound => Model::Compound,
            ModelArg::Linear => Model::Linear,
        }
    }
}

/// `--pace`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaceArg {
    /// The stated rate, else the observed one.
    Auto,
    /// Only a stated rate.
    Claimed,
    /// Only the rate observed from the actuals.
    Observed,
}

impl From<PaceArg> for PacePref {
    fn from(a: PaceArg) -> Self {
        match a {
            PaceArg::Auto => PacePref::Auto,
            PaceArg::Claimed => PacePref::Claimed,
            PaceArg::Observed => PacePref::Observed,
        }
    }
}

/// `--theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Dark text on white.
    Light,
    /// Light text on a dark background.
    Dark,
}

impl From<ThemeArg> for Theme {
    fn from(a: ThemeArg) -> Self {
        match a {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        }
    }
}

/// `--y-scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum YScaleArg {
    /// Logarithmic when the values span more than 30×.
    Auto,
    /// Always linear.
    Linear,
    /// Always logarithmic.
    Log,
}

impl From<YScaleArg> for YScale {
    fn from(a: YScaleArg) -> Self {
        match a {
            YScaleArg::Auto => YScale::Auto,
            YScaleArg::Linear => YScale::Linear,
            YScaleArg::Log => YScale::Log,
        }
    }
}

/// `reach chart --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChartFormat {
    /// PNG only.
    Png,
    /// SVG only.
    Svg,
    /// PNG and SVG.
    Both,
}

/// `--dist`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DistArg {
    /// Normal log-growth (exact closed form).
    Normal,
    /// Student-t log-growth (fat tails), `--df` degrees of freedom.
    T,
}

/// `reach report --engine` (hidden: for tests and benchmarks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Engine {
    /// The batch engine for one fact file to CSV or Parquet, the reference engine otherwise.
    Auto,
    /// Only the reference engine.
    Reference,
    /// The batch engine, or an error when it leaves the file to the reference engine.
    Batch,
}

/// `--reference`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReferenceArg {
    /// Required growth from the latest actual, the observed rate from the earliest.
    Latest,
    /// Both from a fixed base year (the Eurostat method): the first actual, or the first in
    /// or after --reference-year.
    Base,
}

/// `--trend-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrendArg {
    /// Statistics Canada: ≥ 1.5 %/yr substantial, 0.5–1.5 % moderate, 0–0.5 % insufficient
    /// progress, the wrong way deterioration.
    Statcan,
    /// Eurostat: above 1 %/yr significant progress, 0–1 % moderate progress, 0 to −1 %
    /// moderate movement away, below −1 % significant movement away.
    Eurostat,
}

impl From<TrendArg> for crate::assess::TrendScheme {
    fn from(a: TrendArg) -> Self {
        match a {
            TrendArg::Statcan => crate::assess::TrendScheme::Statcan,
            TrendArg::Eurostat => crate::assess::TrendScheme::Eurostat,
        }
    }
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// 中文 (default).
    Zh,
    /// English.
    En,
}

impl From<LangArg> for crate::model::Lang {
    fn from(a: LangArg) -> Self {
        match a {
            LangArg::Zh => crate::model::Lang::Zh,
            LangArg::En => crate::model::Lang::En,
        }
    }
}
