//! The fan chart of a simulation: P5–P95 and P25–P75 bands, the median, the target and the odds.

use super::boxes::{legend, Swatch};
use super::layout::{Layout, Rect};
use super::{axis_title, clean, font, header, year_label, Chart, DrawResult, Look};
use crate::model::fmt_num;
use crate::simulate::{Outcome, Spec};
use plotters::coord::Shift;
use plotters::prelude::*;

/// (t, P5, P25, P50, P75, P95).
pub type Q6 = (f64, f64, f64, f64, f64, f64);

/// A fan chart.
#[derive(Debug, Clone, PartialEq)]
pub struct FanChart {
    /// Title (region and indicator).
    pub title: String,
    /// Unit of the y axis.
    pub unit: String,
    /// Baseline (t, value).
    pub base: (f64, f64),
    /// Target (t, value).
    pub target: (f64, f64),
    /// (t, P5, P25, P50, P75, P95).
    pub quantiles: Vec<Q6>,
    /// The headline: the probability, by both methods.
    pub headline: String,
}

/// Years the fan chart runs past the deadline.
const FAN_YEARS_AFTER: f64 = 3.0;

impl FanChart {
    /// From a simulation.
    pub fn new(title: &str, unit: &str, s: &Spec, o: &Outcome) -> Self {
        FanChart {
            title: title.to_string(),
            unit: unit.to_string(),
            base: (s.base_t, s.base),
            target: (s.target_t, s.target),
            quantiles: std::iter::once((s.base_t, s.base, s.base, s.base, s.base, s.base))
                .chain(
                    o.quantiles
                        .iter()
                        // The question is the deadline: the fan ends a few years after it (the
                        // reach-year distribution keeps every simulated year).
                        .filter(|q| q.t <= s.target_t + FAN_YEARS_AFTER + 1e-9)
                        .map(|q| (q.t, q.p5, q.p25, q.p50, q.p75, q.p95)),
                )
                .collect(),
            headline: format!(
                "达成概率 P(reach) = {:.1}%（蒙特卡洛 {} 条路径 ±{:.1}%；解析解 {:.1}%）",
                o.p_reach * 100.0,
                o.paths,
                o.standard_error * 100.0,
                o.p_reach_closed_form * 100.0
            ),
        }
    }
}

impl Chart for FanChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        look: &Look,
    ) -> DrawResult<DB> {
        let theme = look.theme;
        let ink = theme.ink();
        let blue = RGBColor(50, 100, 190);
        let unit = if self.unit.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.unit)
        };
        let title = format!("{}{unit} · 模拟 simulation", self.title);
        let body = header(root, look, &title, &self.headline, blue)?;
        let t0 = self.base.0;
        let t1 = self.quantiles.last().map(|q| q.0).unwrap_or(t0 + 1.0);
        let hi = self
            .quantiles
            .iter()
            .map(|q| q.5)
            .fold(self.target.1, f64::max);
        let (w, _) = body.dim_in_pixel();
        let years = ((t1 - t0).ceil() as usize + 1)
            .clamp(2, ((w as usize).saturating_sub(100) / 48).clamp(2, 16));
        let mut chart = ChartBuilder::on(&body)
            .margin_left(12)
            .margin_right(28)
            .margin_top(look.room(26))
            .x_label_area_size(look.room(36))
            .y_label_area_size(look.room(72))
            .build_cartesian_2d((t0 - 0.3)..(t1 + 0.3), 0f64..hi * 1.12)?;
        chart
            .configure_mesh()
            .light_line_style(theme.background())
            .bold_line_style(theme.grid())
            .axis_style(ink)
            .label_style(font(look.px(14.0), ink))
            .x_labels(years)
            .x_label_formatter(&year_label)
            .y_label_formatter(&|v| fmt_num(*v))
            .draw()?;
        let mut layout = Layout::of(&chart);
        axis_title(&body, &layout, look, &clean(&self.unit, 12), ink)?;
        let band = |lo: fn(&Q6) -> f64, hi: fn(&Q6) -> f64| {
            let mut p: Vec<(f64, f64)> = self.quantiles.iter().map(|q| (q.0, lo(q))).collect();
            p.extend(self.quantiles.iter().rev().map(|q| (q.0, hi(q))));
            p
        };
        chart.draw_series(std::iter::once(Polygon::new(
            band(|q| q.1, |q| q.5),
            blue.mix(theme.band(0.15)).filled(),
        )))?;
        chart.draw_series(std::iter::once(Polygon::new(
            band(|q| q.2, |q| q.4),
            blue.mix(theme.band(0.32)).filled(),
        )))?;
        let median: Vec<(f64, f64)> = self.quantiles.iter().map(|q| (q.0, q.3)).collect();
        // The median lightened on the dark theme, to stand out from its band.
        let median_colour = theme.text(blue);
        chart.draw_series(LineSeries::new(
            median.clone(),
            median_colour.stroke_width(3),
        ))?;
        // The question: the target level (a red dashed line, its square at the deadline) and
        // the deadline (a vertical line), drawn over the fan.
        let red = RGBColor(207, 34, 46);
        let (x0, x1) = (t0 - 0.3, t1 + 0.3);
        let level = vec![(x0, self.target.1), (x1, self.target.1)];
        chart.draw_series(DashedLineSeries::new(
            level.clone(),
            8,
            6,
            red.stroke_width(2),
        ))?;
        let deadline = vec![(self.target.0, 0.0), (self.target.0, hi * 1.12)];
        chart.draw_series(std::iter::once(PathElement::new(
            deadline.clone(),
            ink.mix(0.8).stroke_width(2),
        )))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at(self.target) + Rectangle::new([(-7, -7), (7, 7)], red.filled()),
        ))?;
        let px =
            |v: &[(f64, f64)]| -> Vec<_> { v.iter().map(|p| chart.backend_coord(p)).collect() };
        for line in [&median, &level, &deadline] {
            layout.path(&px(line));
        }
        for q in &self.quantiles {
            layout.path(&px(&[(q.0, q.1), (q.0, q.5)]));
        }
        let target = chart.backend_coord(&self.target);
        layout.block(Rect::around(target, 8));
        let text = format!("目标 {} ({:.0})", fmt_num(self.target.1), self.target.0);
        layout.label(&body, &text, (look.px(15.0), theme.text(red)), target, 12)?;
        let top = chart.backend_coord(&(self.target.0, hi * 1.12));
        let text = format!("期限 deadline {:.0}", self.target.0);
        layout.label(&body, &text, (look.px(14.0), ink), (top.0, top.1 + 12), 6)?;
        // The square at the deadline is named where it is drawn (目标 1000 (2026)).
        legend(
            &body,
            &mut layout,
            look,
            &[
                (
                    Swatch::Band(blue.mix(theme.band(0.15))),
                    "P5–P95".to_string(),
                ),
                (
                    Swatch::Band(blue.mix(theme.band(0.32))),
                    "P25–P75".to_string(),
                ),
                (
                    Swatch::Line(median_colour, 3, None),
                    "中位数 median".to_string(),
                ),
                (
                    Swatch::Line(red, 2, Some((8, 6))),
                    "目标 target".to_string(),
                ),
            ],
        )
    }
}
