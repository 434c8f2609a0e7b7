//! `reach chart`.

use super::common::{AssessArgs, Assessed};
use crate::assess::trajectory::trajectory;
use crate::chart::{png, svg, Dashboard, Look, Theme, TrajectoryChart, YScale};
use crate::error::{Error, Result};
use crate::output::write_atomic;
use std::path::PathBuf;

/// Arguments of `reach chart`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    assess: AssessArgs,
    /// png, svg or both.
    #[arg(long, short = 'f', default_value = "both", value_parser = ["png", "svg", "both"])]
    format: String,
    /// Directory for the charts (created if missing; its parent must exist).
    #[arg(long, default_value = "charts", value_name = "DIR")]
    out: PathBuf,
    /// Width in pixels (400–4000).
    #[arg(long, default_value_t = 1100)]
    width: u32,
    /// Height of a trajectory chart in pixels (300–4000); the dashboard grows with its rows.
    #[arg(long, default_value_t = 680)]
    height: u32,
    /// light or dark.
    #[arg(long, default_value = "light", value_parser = ["light", "dark"])]
    theme: String,
    /// Y axis: auto (log when values span more than 30×), linear, log.
    #[arg(long, default_value = "auto", value_parser = ["auto", "linear", "log"])]
    y_scale: String,
}

/// Chart settings after validation.
#[derive(Debug, Clone, Copy)]
pub struct ChartOpts {
    /// Size and theme.
    pub look: Look,
    /// Y scale.
    pub y_scale: YScale,
}

impl Default for ChartOpts {
    fn default() -> Self {
        ChartOpts {
            look: Look {
                width: 1100,
                height: 680,
                theme: Theme::Light,
            },
            y_scale: YScale::Auto,
        }
    }
}

fn validate(a: &Args) -> Result<ChartOpts> {
    for (flag, v, lo) in [("--width", a.width, 400), ("--height", a.height, 300)] {
        if !(lo..=4000).contains(&v) {
            return Err(Error::usage(
                flag,
                format!("{v}: expected {lo} to 4000 pixels"),
            ));
        }
    }
    Ok(ChartOpts {
        look: Look {
            width: a.width,
            height: a.height,
            theme: if a.theme == "dark" {
                Theme::Dark
            } else {
                Theme::Light
            },
        },
        y_scale: match a.y_scale.as_str() {
            "linear" => YScale::Linear,
            "log" => YScale::Log,
            _ => YScale::Auto,
        },
    })
}

/// The trajectory charts of every assessed target plus the dashboard, as `(name, chart)`.
fn charts(x: &Assessed, o: &ChartOpts) -> (Vec<(String, TrajectoryChart)>, Dashboard) {
    let known = x.known();
    let trajectories = x
        .rows
        .iter()
        .filter_map(|a| trajectory(a, &known))
        .map(|data| {
            (
                data.id.clone(),
                TrajectoryChart {
                    data,
                    y_scale: o.y_scale,
                },
            )
        })
        .collect();
    (
        trajectories,
        Dashboard::new(&x.rows, x.options.scheme, "reach · 目标可达性总览"),
    )
}

/// Every chart as SVG text, dashboard first (for the HTML report).
pub fn svgs(x: &Assessed, o: &ChartOpts) -> Result<Vec<(String, String)>> {
    let (traj, dash) = charts(x, o);
    let dash_look = Look {
        height: dash.natural_height(),
        ..o.look
    };
    let mut out = vec![("dashboard".to_string(), svg(&dash, &dash_look)?)];
    for (name, c) in &traj {
        out.push((name.clone(), svg(c, &o.look)?));
    }
    Ok(out)
}

/// Runs `reach chart`.
pub fn run(a: Args) -> Result<()> {
    let o = validate(&a)?;
    let x = a.assess.run()?;
    if !a.out.is_dir() {
        std::fs::create_dir(&a.out).map_err(|e| Error::Output {
            path: a.out.display().to_string(),
            message: format!("cannot create the chart directory: {e}"),
        })?;
    }
    let (traj, dash) = charts(&x, &o);
    let dash_look = Look {
        height: dash.natural_height(),
        ..o.look
    };
    let file = |name: &str, ext: &str| a.out.join(format!("{}.{ext}", safe_name(name)));
    let (want_png, want_svg) = (a.format != "svg", a.format != "png");
    let mut written = 0;
    if want_png {
        write_atomic(&file("dashboard", "png"), &png(&dash, &dash_look)?)?;
        written += 1;
    }
    if want_svg {
        write_atomic(
            &file("dashboard", "svg"),
            svg(&dash, &dash_look)?.as_bytes(),
        )?;
        written += 1;
    }
    for (name, c) in &traj {
        if want_png {
            write_atomic(&file(name, "png"), &png(c, &o.look)?)?;
            written += 1;
        }
        if want_svg {
            write_atomic(&file(name, "svg"), svg(c, &o.look)?.as_bytes())?;
            written += 1;
        }
    }
    eprintln!("reach: wrote {written} chart files to {}", a.out.display());
    Ok(())
}

/// A file name from an id: letters, digits, `-` and `_` kept, anything else `_`.
fn safe_name(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
