//! The trajectory chart: actuals, projection at the pace (dashed), the required path (dotted),
//! the target, the crossing year, milestones, an earlier deadline and a simulated band.

use super::boxes::{legend, panel};
use super::layout::{Layout, Px, Rect};
use super::{axis_title, clean, font, header, verdict_colour, year_label, Chart, DrawResult, Look};
use crate::assess::trajectory::{Mark, Trajectory};
use crate::model::{fmt_num, Lang};
use plotters::coord::ranged1d::{AsRangedCoord, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use series::{lines, marks, Paints};

mod series;

/// Y-axis scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum YScale {
    /// Logarithmic when the values span more than a factor of 30.
    #[default]
    Auto,
    /// Always linear.
    Linear,
    /// Always logarithmic.
    Log,
}

/// A trajectory chart for one target.
#[derive(Debug, Clone)]
pub struct TrajectoryChart {
    /// The numbers to draw.
    pub data: Trajectory,
    /// Y-axis scale.
    pub y_scale: YScale,
}

impl TrajectoryChart {
    /// Adds a simulation's P5–P95 band over the chart's own span: the baseline to the later of
    /// the deadline and the projection's end.
    pub fn add_band(&mut self, spec: &crate::simulate::Spec, outcome: &crate::simulate::Outcome) {
        let end = self
            .data
            .projection
            .last()
            .map(|p| p.0)
            .unwrap_or(spec.target_t)
            .max(spec.target_t)
            + 1e-9;
        self.data.band = std::iter::once((spec.base_t, spec.base, spec.base))
            .chain(
                outcome
                    .quantiles
                    .iter()
                    .filter(|q| q.t <= end)
                    .map(|q| (q.t, q.p5, q.p95)),
            )
            .collect();
    }

    fn values(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        let d = &self.data;
        d.actuals
            .iter()
            .map(|(t, v, _)| (*t, *v))
            .chain(d.projection.iter().copied())
            .chain(d.required.iter().copied())
            .chain(d.target.iter().map(|(t, v, _)| (*t, *v)))
            .chain(d.level_line.iter().map(|(v, _)| (f64::NAN, *v)))
            .chain(d.milestones.iter().map(|(t, v, _)| (*t, *v)))
            .chain(d.others.iter().map(|(t, v, _)| (*t, *v)))
            .chain(d.earlier_deadline.iter().map(|(t, v, _)| (*t, *v)))
            .chain(d.band.iter().flat_map(|(t, lo, hi)| [(*t, *lo), (*t, *hi)]))
            .filter(|(_, v)| v.is_finite())
    }

    /// Whether the y axis is logarithmic.
    pub fn log_y(&self) -> bool {
        let (lo, hi) = self
            .values()
            .fold((f64::MAX, f64::MIN), |(a, b), (_, v)| (a.min(v), b.max(v)));
        match self.y_scale {
            YScale::Linear => false,
            YScale::Log => lo > 0.0,
            YScale::Auto => lo > 0.0 && hi / lo > 30.0,
        }
    }
}

impl Chart for TrajectoryChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        look: &Look,
    ) -> DrawResult<DB> {
        let d = &self.data;
        let colour = verdict_colour(d.verdict);
        let body = header(
            root,
            look,
            &format!("{} ({})", d.title, d.unit),
            &d.headline,
            colour,
        )?;
        let pts: Vec<(f64, f64)> = self.values().collect();
        let (t0, t1) = pts
            .iter()
            .filter(|(t, _)| t.is_finite())
            .fold((f64::MAX, f64::MIN), |(a, b), (t, _)| {
                (a.min(*t), b.max(*t))
            });
        if pts.is_empty() || t0 > t1 {
            // Nothing to plot: say so, and why.
            let mut words = vec![d
                .lang
                .pick("没有可绘制的数据", "no data to draw")
                .to_string()];
            words.extend(d.note.iter().cloned());
            let (w, h) = body.dim_in_pixel();
            let (bx, by) = body.get_base_pixel();
            let mut layout = Layout::new(Rect::new(
                bx + 12,
                by + 12,
                bx + w as i32 - 12,
                by + h as i32 - 12,
            ));
            return panel(&body, &mut layout, look, &words, look.theme.ink());
        }
        let (v0, v1) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), (_, v)| {
            (a.min(*v), b.max(*v))
        });
        let x = (t0 - 0.6)..(t1 + (0.06 * (t1 - t0)).max(0.5));
        if self.log_y() {
            // At most twelve decades: a figure of 1e-300 beside 1e9 would otherwise ask for
            // ~300 decades of ticks. Values below sit on the axis.
            let hi = (v1 * 1.4).min(f64::MAX / 2.0);
            let y = (v0 / 1.25).max(hi / 1e12)..hi;
            plot(&body, x, y.log_scale(), self, look)
        } else {
            // From zero when the values are positive and far from it, or a lone value (a
            // target alone on a 598–603 axis says nothing).
            let lone = v1 - v0 <= 0.05 * v1.abs();
            let (lo, span) = if v0 >= 0.0 && (v0 < 0.5 * v1 || lone) {
                (0.0, v1.max(1e-9))
            } else {
                let span = (v1 - v0).max(v1.abs() * 0.05).max(1e-9);
                (v0 - 0.08 * span, span)
            };
            plot(&body, x, lo..(v1 + 0.15 * span), self, look)
        }
    }
}

fn plot<DB, Y>(
    area: &DrawingArea<DB, Shift>,
    x: std::ops::Range<f64>,
    y: Y,
    c: &TrajectoryChart,
    look: &Look,
) -> DrawResult<DB>
where
    DB: DrawingBackend,
    Y: AsRangedCoord<Value = f64>,
    Y::CoordDescType: ValueFormatter<f64>,
{
    let d = &c.data;
    let theme = look.theme;
    let ink = theme.ink();
    let colour = verdict_colour(d.verdict);
    // One tick per whole year, labelled only where it falls on a year; fewer on a narrow chart.
    let (w, _) = area.dim_in_pixel();
    let most = ((w as usize).saturating_sub(100) / 48).clamp(2, 16);
    let years = ((x.end.floor() - x.start.ceil()) as usize + 1).clamp(2, most);
    let mut chart = ChartBuilder::on(area)
        .margin_left(12)
        .margin_right(20)
        .margin_top(look.room(26))
        .margin_bottom(8)
        .x_label_area_size(look.room(36))
        .y_label_area_size(look.room(72))
        .build_cartesian_2d::<RangedCoordf64, Y>(x.into(), y)?;
    chart
        .configure_mesh()
        .light_line_style(theme.background())
        .bold_line_style(theme.grid())
        .axis_style(ink)
        .label_style(font(look.px(14.0), ink))
        .x_labels(years)
        .x_label_formatter(&year_label)
        .y_label_formatter(&|v| y_tick(*v, c.log_y()))
        .draw()?;
    let mut layout = Layout::of(&chart);
    axis_title(area, &layout, look, &clean(&d.unit, 12), ink)?;
    let p = Paints {
        ink,
        colour,
        required: RGBColor(70, 110, 200),
        grey: RGBColor(128, 128, 128),
        band: theme.band(0.18),
    };
    let mut entries = lines(&mut chart, d, p)?;
    entries.extend(marks(&mut chart, d, p)?);
    let to_px =
        |pts: &[(f64, f64)]| -> Vec<Px> { pts.iter().map(|q| chart.backend_coord(q)).collect() };
    let (x0, x1) = (chart.x_range().start, chart.x_range().end);
    let y_lo = chart.y_range().start;
    // What the labels must keep off: every line and marker.
    let actual: Vec<(f64, f64)> = d.actuals.iter().map(|(t, v, _)| (*t, *v)).collect();
    for path in [&actual, &d.projection, &d.required] {
        layout.path(&to_px(path));
    }
    if let Some((v, _)) = &d.level_line {
        layout.path(&to_px(&[(x0, *v), (x1, *v)]));
    }
    if let Some((t, v)) = d.reach {
        layout.path(&to_px(&[(t, y_lo), (t, v)]));
        layout.block(Rect::around(chart.backend_coord(&(t, v)), 8));
    }
    if let (Some((t, p, _)), Some((_, l, _))) = (&d.gap, &d.target) {
        layout.path(&to_px(&[(*t, *p), (*t, *l)]));
    }
    for q in &actual {
        layout.block(Rect::around(chart.backend_coord(q), 6));
    }
    let marks: Vec<&Mark> = d
        .target
        .iter()
        .chain(&d.milestones)
        .chain(&d.others)
        .chain(&d.earlier_deadline)
        .collect();
    for (t, v, _) in &marks {
        layout.block(Rect::around(chart.backend_coord(&(*t, *v)), 8));
    }
    if !d.band.is_empty() {
        let lo: Vec<(f64, f64)> = d.band.iter().map(|(t, l, _)| (*t, *l)).collect();
        let hi: Vec<(f64, f64)> = d.band.iter().map(|(t, _, h)| (*t, *h)).collect();
        layout.path(&to_px(&lo));
        layout.path(&to_px(&hi));
    }
    // The labels, the most telling first: each goes where it is free, or is left out.
    let at = |t: f64, v: f64| chart.backend_coord(&(t, v));
    let (said, required_said, grey_said) = (
        theme.text(colour),
        theme.text(p.required),
        theme.text(p.grey),
    );
    if let Some((t, v, lab)) = &d.target {
        let text = format!(
            "{} {} = {}",
            d.lang.pick("目标", "target"),
            clean(lab, 24),
            fmt_num(*v)
        );
        layout.label(area, &text, (look.px(15.0), said), at(*t, *v), 10)?;
    }
    if let Some((t, v)) = d.reach {
        let text = match d.lang {
            Lang::Zh => format!("达成 {:.2} → {}年", t, (t - 1e-9).ceil()),
            Lang::En => format!("reached {:.2} → {}", t, (t - 1e-9).ceil()),
        };
        layout.label(area, &text, (look.px(14.0), said), at(t, v), 10)?;
    }
    if let (Some((t, p, words)), Some((_, l, _))) = (&d.gap, &d.target) {
        let mid = at(*t, (p + l) / 2.0);
        layout.label(area, words, (look.px(14.0), said), mid, 8)?;
    }
    if let Some((v, lab)) = &d.level_line {
        let text = format!("{} = {}", clean(lab, 30), fmt_num(*v));
        layout.label(
            area,
            &text,
            (look.px(15.0), said),
            at(x0 + 0.25 * (x1 - x0), *v),
            6,
        )?;
    }
    if let (Some(words), Some(end)) = (&d.trend, d.projection.last().or(actual.last())) {
        layout.label(area, words, (look.px(15.0), said), at(end.0, end.1), 12)?;
    }
    if let Some(note) = &d.note {
        panel(area, &mut layout, look, std::slice::from_ref(note), said)?;
    }
    for (t, v, lab) in &d.milestones {
        layout.label(
            area,
            &clean(lab, 30),
            (look.px(13.0), required_said),
            at(*t, *v),
            10,
        )?;
    }
    for (t, v, lab) in d.others.iter() {
        layout.label(
            area,
            &clean(lab, 34),
            (look.px(13.0), grey_said),
            at(*t, *v),
            10,
        )?;
    }
    if let Some((t, v, lab)) = &d.earlier_deadline {
        let text = format!(
            "{} {}",
            d.lang.pick("原期限 earlier deadline", "earlier deadline"),
            clean(lab, 24)
        );
        if !layout.label(area, &text, (look.px(13.0), grey_said), at(*t, *v), 10)? {
            layout.label(
                area,
                &format!("{} {}", d.lang.pick("原期限", "earlier"), clean(lab, 24)),
                (look.px(13.0), grey_said),
                at(*t, *v),
                10,
            )?;
        }
    }
    // Actuals: the last and the first, then the others where there is room.
    let n = d.actuals.len();
    let order = (0..n)
        .rev()
        .take(1)
        .chain((0..n.saturating_sub(1)).take(1))
        .chain(1..n.saturating_sub(1));
    for k in order {
        let (t, v, lab) = &d.actuals[k];
        let text = format!("{} {}", fmt_num(*v), clean(lab, 16));
        layout.label(area, &text, (look.px(13.0), ink), at(*t, *v), 8)?;
    }
    legend(area, &mut layout, look, &entries)
}

/// A y tick's label. On a log axis plotters puts ticks at 1–10 × each decade, which crowd
/// at its top (600, 700, 800, 900 within a few pixels): only 1, 2 and 5 × 10ⁿ are written.
fn y_tick(v: f64, log: bool) -> String {
    if log && v > 0.0 {
        let m = v / 10f64.powf(v.log10().floor());
        if ![1.0, 2.0, 5.0, 10.0]
            .iter()
            .any(|k| (m - k).abs() < 1e-6 * k)
        {
            return String::new();
        }
    }
    fmt_num(v)
}
