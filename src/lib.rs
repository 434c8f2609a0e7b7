//! # reach
//!
//! Will a stated growth target be reached? reach loads sourced figures (actuals, targets,
//! stated growth rates) from CSV fact files into polars frames, validates them into typed
//! [`model::Fact`]s whose values know their unit and scale (8万亿元 = 80000亿元), and assesses
//! every target with pure arithmetic: the required growth rate, the projection at the
//! deadline, the gap, the year the target is reached at the pace, and a verdict.
//!
//! ```
//! use reach::project::{first_whole_year, Model};
//! // 医药健康产业 350亿元 in 2021 growing 20 % a year: 870.9亿 in 2026, not 1000.
//! let m = Model::Compound;
//! let projected = m.project((2021.0, 350.0), 0.20, 2026.0).unwrap();
//! assert!((projected - 870.9).abs() < 0.05);
//! let required = m.pace_between((2021.0, 350.0), (2026.0, 1000.0)).unwrap();
//! assert!((required - 0.2336).abs() < 5e-5);
//! let t = m.reach_time((2021.0, 350.0), 0.20, 1000.0).unwrap();
//! assert_eq!(first_whole_year(t), Some(2027)); // t = 2026.76
//! ```
//!
//! The same question over the embedded seed data, through the assessment every report reads:
//!
//! ```
//! use reach::assess::{assess_all, Options, Verdict};
//! let facts = reach::load::seed_facts().unwrap();
//! let rows = assess_all(&facts, &Options::default());
//! let a = rows.iter().find(|a| a.id == "wj-pharma-rev-2026").unwrap();
//! assert_eq!((a.base_value, a.target_value), (Some(350.0), Some(1000.0)));
//! assert!((a.projected_value.unwrap() - 870.9).abs() < 0.05);
//! assert!((a.required_growth.unwrap() - 0.2336).abs() < 5e-5);
//! assert_eq!(a.reach_year, Some(2027));
//! assert_eq!(a.verdict, Verdict::AccelerationNeeded);
//! ```
//!
//! Data flows one way: [`load`] (files → facts) → [`assess`] (facts → assessments, using
//! [`project`]) → [`report`] (assessments → bytes) → [`output`]. [`cli`] is the only module
//! that knows about clap.
#![warn(missing_docs)]

pub mod assess;
pub mod batch;
pub mod chart;
pub mod cli;
pub mod error;
pub mod extract;
pub mod load;
pub mod model;
pub mod output;
pub mod project;
pub mod report;
pub mod simulate;
pub mod sweep;
mod timing;

pub use error::{Error, Result};
pub(crate) use timing::timing;
