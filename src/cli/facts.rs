//! Facts on the command line: one series asked about in one line, e.g.
//! `reach report --actual 350亿@2021 --growth 20% --target 600亿@2026 --target 千亿@2026`.

use crate::error::{Error, Result};
use crate::model::{parse_figure, Fact};

/// Figures as people write them, each with its year (`350亿@2021`, `千亿@2026`, `突破600亿元@2026`):
/// they become ordinary facts of one series, alone or beside `--data`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FactArgs {
    #[command(flatten)]
    pub series: SeriesArgs,
    /// A target with its year: 600亿@2026, 千亿@2026, 突破600亿元@2026 (repeatable).
    #[arg(long = "target", value_name = "FIGURE@YEAR")]
    pub target: Vec<String>,
    /// The stated yearly growth of the series: 20% or 0.2.
    #[arg(long, value_name = "RATE", value_parser = crate::model::parse_rate)]
    pub growth: Option<f64>,
}

/// The series a command line's figures belong to, for every verb that assesses (`sweep` and
/// `simulate` take their targets and growth in their own flags).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SeriesArgs {
    /// An actual with its period: 350亿@2021 (repeatable: several make a history).
    #[arg(long = "actual", value_name = "FIGURE@PERIOD")]
    pub actual: Vec<String>,
    /// The series' region (default 命令行).
    #[arg(long, value_name = "NAME")]
    pub region: Option<String>,
    /// The series' indicator (default 指标).
    #[arg(long, value_name = "NAME")]
    pub indicator: Option<String>,
    /// The unit of figures written with only a scale or none (350亿 → 亿元 by default: 元).
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,
}

/// Whether a `--target` value is a figure with its year (`千亿@2026`) rather than a number or
/// a range.
pub fn is_figure(s: &str) -> bool {
    s.contains(['@', '＠'])
}

impl FactArgs {
    /// Whether any fact was given.
    pub fn any(&self) -> bool {
        !self.series.actual.is_empty() || !self.target.is_empty() || self.growth.is_some()
    }

    /// The facts, read by the loader itself (so every rule of a fact file applies), with
    /// errors naming the flag and the figure.
    pub fn facts(&self) -> Result<Vec<Fact>> {
        self.series.facts(&self.target, self.growth)
    }
}

impl SeriesArgs {
    /// The facts of the series: its actuals, these targets (`FIGURE@YEAR`) and a stated growth,
    /// read by the loader itself (so every rule of a fact file applies), with errors naming the
    /// flag and the figure. No figure at all gives no fact.
    pub fn facts(&self, targets: &[String], growth: Option<f64>) -> Result<Vec<Fact>> {
        if self.actual.is_empty() && targets.is_empty() && growth.is_none() {
            return Ok(Vec::new());
        }
        let region = self.region.as_deref().unwrap_or("命令行");
        let indicator = self.indicator.as_deref().unwrap_or("指标");
        let cell = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        let mut csv = String::from(
            "id,kind,region,indicator,period,value,unit,qualifier,as_written,source\n",
        );
        let mut flags: Vec<String> = Vec::new();
        let mut latest: Option<String> = None;
        for (kind, list, flag) in [
            ("actual", self.actual.as_slice(), "--actual"),
            ("target", targets, "--target"),
        ] {
            for (i, given) in list.iter().enumerate() {
                let (figure, period) = given.split_once(['@', '＠']).ok_or_else(|| {
                    Error::usage(
                        flag,
                        format!("{given:?}: write FIGURE@YEAR, e.g. 350亿@2021"),
                    )
                })?;
                let f = parse_figure(figure).map_err(|e| Error::usage(flag, e))?;
                let unit = match (f.base, self.unit.as_deref()) {
                    (Some(base), _) => format!("{}{base}", f.scale.prefix()),
                    (None, Some(u)) => format!("{}{u}", f.scale.prefix()),
                    (None, None) if f.scale != crate::model::Scale::ONE => {
                        format!("{}元", f.scale.prefix())
                    }
                    (None, None) => {
                        return Err(Error::usage(
                            flag,
                            format!(
                                "{given:?} has no unit: write it (350亿元@2021) or give --unit"
                            ),
                        ))
                    }
                };
                if kind == "actual" {
                    latest = Some(period.trim().to_string());
                }
                csv += &format!(
                    "{}{},{kind},{},{},{},{},{},{},{},command line\n",
                    &kind[..1],
                    i + 1,
                    cell(region),
                    cell(indicator),
                    cell(period.trim()),
                    f.value,
                    cell(&unit),
                    f.qualifier.name(),
                    cell(figure.trim())
                );
                flags.push(format!("{flag} {given}"));
            }
        }
        if let Some(g) = growth {
            let period = latest
                .or_else(|| {
                    targets
                        .first()
                        .and_then(|t| t.split_once(['@', '＠']))
                        .map(|(_, p)| p.trim().to_string())
                })
                .ok_or_else(|| {
                    Error::usage("--growth", "needs an --actual or a --target to belong to")
                })?;
            csv += &format!(
                "g1,growth,{},{},{},{},%,,,command line\n",
                cell(region),
                cell(indicator),
                cell(&period),
                g * 100.0
            );
            flags.push(format!("--growth {}%", g * 100.0));
        }
        crate::load::csv::read_facts("command line", csv.as_bytes()).map_err(|e| match e {
            Error::Field {
                line,
                field,
                message,
                ..
            } => {
                // Line n + 2 of the CSV is flags[n]: name the flag and the figure as given.
                let given = flags.get(line.wrapping_sub(2)).map_or("", String::as_str);
                let flag = given.split(' ').next().filter(|f| !f.is_empty());
                Error::usage(
                    flag.unwrap_or("--actual"),
                    format!("{given}: {field} {message}"),
                )
            }
            e => e,
        })
    }
}

/// What the command line asked of a verb whose `--target` takes either its own numbers (a
/// level or a range) or figures with their year: the facts of the series, the targets to work
/// on, and the one plain value.
pub struct Asked {
    /// The facts written on the command line.
    pub facts: Vec<Fact>,
    /// `--id`s, else the command line's targets (t1, t2, … as [`SeriesArgs::facts`] names them).
    pub ids: Vec<String>,
    /// The one `--target` that is not a figure.
    pub plain: Option<String>,
    /// The latest `--actual`: its value and time.
    pub latest: Option<(f64, f64)>,
}

impl SeriesArgs {
    /// Splits `--target` into figures and one plain value (`what` names it in the error: "one
    /// level (1000)") and reads the series.
    pub fn asked(&self, targets: &[String], ids: &[String], what: &str) -> Result<Asked> {
        let figures: Vec<String> = targets.iter().filter(|t| is_figure(t)).cloned().collect();
        let plain = match targets.iter().filter(|t| !is_figure(t)).collect::<Vec<_>>()[..] {
            [] => None,
            [p] if figures.is_empty() => Some(p.clone()),
            _ => {
                return Err(Error::usage(
                    "--target",
                    format!(
                        "give {what} or targets with their year (千亿@2026, repeatable), not both"
                    ),
                ))
            }
        };
        let facts = self.facts(&figures, None)?;
        let ids = if ids.is_empty() {
            (1..=figures.len()).map(|i| format!("t{i}")).collect()
        } else {
            ids.to_vec()
        };
        let latest = facts
            .iter()
            .filter(|f| f.kind == crate::model::Kind::Actual)
            .filter_map(|f| f.period.t().map(|t| (f.value, t)))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        Ok(Asked {
            facts,
            ids,
            plain,
            latest,
        })
    }
}
