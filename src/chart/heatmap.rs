//! The sweep heatmap: growth rate × target year, coloured by the gap at the target year, with
//! the feasibility boundary (the required growth for each year) drawn over it.

use super::boxes::{legend, Swatch};
use super::layout::Layout;
use super::{axis_title, font, header, year_label, Chart, DrawResult, Look};
use crate::project::Model;
use crate::sweep::Grid;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Most cells drawn along an axis; larger grids are strided.
pub const MAX_SIDE: usize = 300;

/// A heatmap of one slice of a sweep grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Heatmap {
    /// Title.
    pub title: String,
    /// Growth rates (x), sorted.
    pub growth: Vec<f64>,
    /// Target years (y), sorted.
    pub years: Vec<f64>,
    /// Gap as a fraction of the target, `gap[y][x]`.
    pub gap: Vec<Vec<Option<f64>>>,
    /// (year, required growth): where the gap crosses zero.
    pub boundary: Vec<(f64, f64)>,
}

fn strided(v: &[f64]) -> Vec<f64> {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.dedup();
    let step = v.len().div_ceil(MAX_SIDE).max(1);
    v.into_iter().step_by(step).collect()
}

impl Heatmap {
    /// The slice at the first baseline value, baseline year and target of `grid`.
    pub fn new(grid: &Grid, title: &str) -> Self {
        let (b, by, t) = (grid.base[0], grid.base_year[0], grid.target[0]);
        let growth = strided(&grid.growth);
        let years = strided(&grid.target_year);
        let m = Model::Compound;
        let gap = years
            .iter()
            .map(|ty| {
                growth
                    .iter()
                    .map(|g| {
                        m.project((by, b), *g, *ty)
                            .filter(|_| *ty >= by)
                            .map(|p| p / t - 1.0)
                    })
                    .collect()
            })
            .collect();
        let boundary = years
            .iter()
            .filter_map(|ty| m.pace_between((by, b), (*ty, t)).map(|r| (*ty, r)))
            .collect();
        Heatmap {
            title: format!("{title} · 从 {b} ({by}) 到 {t}"),
            growth,
            years,
            gap,
            boundary,
        }
    }
}

/// Red below the target, white at it, green above; saturating at ±50 %.
fn colour(gap: f64) -> RGBColor {
    let x = (gap / 0.5).clamp(-1.0, 1.0);
    let mix =
        |a: u8, b: u8, k: f64| (f64::from(a) + (f64::from(b) - f64::from(a)) * k).round() as u8;
    if x < 0.0 {
        RGBColor(mix(255, 207, -x), mix(255, 34, -x), mix(255, 46, -x))
    } else {
        RGBColor(mix(255, 26, x), mix(255, 127, x), mix(255, 55, x))
    }
}

impl Chart for Heatmap {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        look: &Look,
    ) -> DrawResult<DB> {
        let theme = look.theme;
        let ink = theme.ink();
        let body = header(
            root,
            look,
            &self.title,
            "颜色 = 目标年预测值相对目标的缺口（红：不足，绿：超出）；黑线 = 所需增速（可行边界）",
            ink,
        )?;
        let half = |v: &[f64]| {
            if v.len() > 1 {
                (v[1] - v[0]) / 2.0
            } else {
                0.5
            }
        };
        let (hx, hy) = (half(&self.growth), half(&self.years));
        let (x0, x1) = (self.growth[0] - hx, self.growth[self.growth.len() - 1] + hx);
        let (y0, y1) = (self.years[0] - hy, self.years[self.years.len() - 1] + hy);
        let mut chart = ChartBuilder::on(&body)
            .margin_right(24)
            .margin_top(look.room(26))
            .margin_bottom(8)
            .x_label_area_size(look.room(44))
            .y_label_area_size(look.room(84))
            .build_cartesian_2d(x0..x1, y0..y1)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .axis_style(ink)
            .label_style(font(look.px(14.0), ink))
            .axis_desc_style(font(look.px(15.0), ink))
            .x_desc("年均增速 growth rate")
            .x_label_formatter(&|g| format!("{:.0}%", g * 100.0))
            .y_label_formatter(&year_label)
            .draw()?;
        let mut layout = Layout::of(&chart);
        axis_title(&body, &layout, look, "目标年 target year", ink)?;
        for (j, ty) in self.years.iter().enumerate() {
            chart.draw_series(self.growth.iter().enumerate().filter_map(|(i, g)| {
                self.gap[j][i].map(|gap| {
                    Rectangle::new([(g - hx, ty - hy), (g + hx, ty + hy)], colour(gap).filled())
                })
            }))?;
        }
        let boundary: Vec<(f64, f64)> = self
            .boundary
            .iter()
            .filter(|(_, r)| *r >= x0 && *r <= x1)
            .map(|(y, r)| (*r, *y))
            .collect();
        chart.draw_series(LineSeries::new(boundary.clone(), ink.stroke_width(3)))?;
        chart.draw_series(boundary.iter().map(|p| Circle::new(*p, 4, ink.filled())))?;
        let px: Vec<_> = boundary.iter().map(|p| chart.backend_coord(p)).collect();
        layout.path(&px);
        for p in &px {
            layout.block(super::layout::Rect::around(*p, 5));
        }
        legend(
            &body,
            &mut layout,
            look,
            &[(
                Swatch::LineDot(ink, 3),
                "可行边界 required growth".to_string(),
            )],
        )
    }
}
