//! `reach chart`.

use super::common::{AssessArgs, Assessed};
use super::values::{ChartFormat, ThemeArg, YScaleArg};
use crate::chart::{Gallery, Look, YScale};
use crate::error::{Error, Result};
use crate::output::write_atomic;
use std::path::PathBuf;

/// Arguments of `reach chart`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    assess: AssessArgs,
    #[command(flatten)]
    facts: super::facts::FactArgs,
    /// png, svg or both.
    #[arg(long, short = 'f', value_enum, default_value_t = ChartFormat::Both)]
    format: ChartFormat,
    /// Directory for the charts (created if missing; its parent must exist).
    #[arg(
        long,
        short = 'o',
        visible_alias = "output",
        default_value = "charts",
        value_name = "DIR"
    )]
    out: PathBuf,
    #[command(flatten)]
    look: LookArgs,
    /// Y axis: auto (log when values span more than 30×), linear, log.
    #[arg(long, value_enum, default_value_t = YScaleArg::Auto)]
    y_scale: YScaleArg,
}

/// Size and colours of charts: `reach chart`, and `--chart` of simulate and sweep.
#[derive(Debug, Clone, clap::Args)]
pub struct LookArgs {
    /// Width in pixels (400–4000).
    #[arg(long, default_value_t = 1100)]
    width: u32,
    /// Height of a chart in pixels (300–4000); the dashboard grows with its rows.
    #[arg(long, default_value_t = 680)]
    height: u32,
    /// light or dark.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    theme: ThemeArg,
}

impl LookArgs {
    /// The look asked for, checked.
    pub fn look(&self) -> Result<Look> {
        for (flag, v, lo) in [("--width", self.width, 400), ("--height", self.height, 300)] {
            if !(lo..=4000).contains(&v) {
                return Err(Error::usage(
                    flag,
                    format!("{v}: expected {lo} to 4000 pixels"),
                ));
            }
        }
        Ok(Look {
            width: self.width,
            height: self.height,
            theme: self.theme.into(),
        })
    }
}

/// Chart settings after validation.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChartOpts {
    /// Size and theme.
    pub look: Look,
    /// Y scale.
    pub y_scale: YScale,
}

fn validate(a: &Args) -> Result<ChartOpts> {
    Ok(ChartOpts {
        look: a.look.look()?,
        y_scale: a.y_scale.into(),
    })
}

/// The gallery of the assessed targets.
pub fn gallery(x: &Assessed, o: &ChartOpts) -> Gallery {
    Gallery::new(
        &x.rows,
        &x.known(),
        x.options.scheme,
        o.y_scale,
        x.options.lang,
    )
}

/// Runs `reach chart`.
pub fn run(a: Args) -> Result<()> {
    let o = validate(&a)?;
    let x = a.assess.run_with(a.facts.facts()?)?;
    let files = gallery(&x, &o).files(
        &o.look,
        a.format != ChartFormat::Svg,
        a.format != ChartFormat::Png,
    )?;
    crate::output::ensure_dir(&a.out)?;
    for (name, bytes) in &files {
        write_atomic(&a.out.join(name), bytes)?;
    }
    crate::output::say(&format!(
        "wrote {} chart files to {}",
        files.len(),
        a.out.display()
    ));
    Ok(())
}
