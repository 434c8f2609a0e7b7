//! Every chart of a report: one trajectory chart per target and the dashboard, rendered in
//! memory (the CLI writes them; the HTML report inlines them; the benchmark times them).

use super::{png, svg, Dashboard, Look, TrajectoryChart, YScale};
use crate::assess::trajectory::trajectory;
use crate::assess::{Assessment, Scheme};
use crate::error::Result;
use crate::model::Fact;

/// The charts of a set of assessments.
#[derive(Debug, Clone)]
pub struct Gallery {
    /// The overview.
    pub dashboard: Dashboard,
    /// One per target that has something to draw.
    pub trajectories: Vec<TrajectoryChart>,
}

impl Gallery {
    /// Builds the charts; `known` are the facts the assessments were made from.
    pub fn new(
        rows: &[Assessment],
        known: &[&Fact],
        scheme: Scheme,
        y_scale: YScale,
        lang: crate::model::Lang,
    ) -> Self {
        Gallery {
            dashboard: Dashboard::new(rows, scheme, lang),
            trajectories: rows
                .iter()
                .filter_map(|a| trajectory(a, known, lang))
                .map(|data| TrajectoryChart { data, y_scale })
                .collect(),
        }
    }

    fn dashboard_look(&self, look: &Look) -> Look {
        Look {
            height: self.dashboard.natural_height(look.width),
            ..*look
        }
    }

    /// Every chart as `(name, SVG text)`, dashboard first.
    pub fn svgs(&self, look: &Look) -> Result<Vec<(String, String)>> {
        let mut out = vec![(
            "dashboard".to_string(),
            svg(&self.dashboard, &self.dashboard_look(look))?,
        )];
        for c in &self.trajectories {
            out.push((c.data.id.clone(), svg(c, look)?));
        }
        Ok(out)
    }

    /// Every chart as `(file name, bytes)` in the formats asked for.
    pub fn files(
        &self,
        look: &Look,
        want_png: bool,
        want_svg: bool,
    ) -> Result<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::new();
        let dash = self.dashboard_look(look);
        if want_png {
            out.push(("dashboard.png".to_string(), png(&self.dashboard, &dash)?));
        }
        if want_svg {
            out.push((
                "dashboard.svg".to_string(),
                svg(&self.dashboard, &dash)?.into_bytes(),
            ));
        }
        for (c, name) in self.trajectories.iter().zip(self.file_names()) {
            if want_png {
                out.push((format!("{name}.png"), png(c, look)?));
            }
            if want_svg {
                out.push((format!("{name}.svg"), svg(c, look)?.into_bytes()));
            }
        }
        Ok(out)
    }
}

/// Longest chart file name before its extension, in bytes (file systems allow 255).
const MAX_NAME: usize = 80;

impl Gallery {
    /// The trajectory charts' file names (without extension): each id's [`safe_name`], at
    /// most [`MAX_NAME`] bytes, made unique — a name already taken (`dashboard` among them, or
    /// `x_y` from both `x/y` and `x_y`) gets `-2`, `-3` ….
    pub fn file_names(&self) -> Vec<String> {
        file_names(
            self.trajectories.iter().map(|c| c.data.id.as_str()),
            &["dashboard"],
        )
    }
}

/// File names (without extension) for ids: each id's [`safe_name`], at most [`MAX_NAME`]
/// bytes, made unique — a name already taken (one of `reserved`, or `x_y` from both `x/y` and
/// `x_y`) gets `-2`, `-3` ….
pub fn file_names<'a>(ids: impl Iterator<Item = &'a str>, reserved: &[&str]) -> Vec<String> {
    let mut taken: std::collections::HashSet<String> =
        reserved.iter().map(|r| r.to_string()).collect();
    ids.map(|id| {
        let mut base = safe_name(id);
        while base.len() > MAX_NAME {
            base.pop();
        }
        let mut name = base.clone();
        let mut k = 2;
        while !taken.insert(name.clone()) {
            name = format!("{base}-{k}");
            k += 1;
        }
        name
    })
    .collect()
}

/// A file name from an id: letters, digits, `-` and `_` kept, anything else `_`.
pub fn safe_name(id: &str) -> String {
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
