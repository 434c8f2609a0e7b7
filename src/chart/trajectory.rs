//! The trajectory chart: actuals, projection at the pace (dashed), the required path (dotted),
//! the target, the crossing year, milestones, an earlier deadline and a simulated band.

use super::{clean, font, header, legend, verdict_colour, year_label, Chart, DrawResult, Look};
use crate::assess::trajectory::Trajectory;
use crate::model::fmt_num;
use plotters::coord::ranged1d::{AsRangedCoord, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

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
        let theme = look.theme;
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
        if pts.is_empty() {
            body.draw(&Text::new(
                "没有可绘制的数据 no data to draw",
                (16, 20),
                font(18.0, theme.ink()),
            ))?;
            return Ok(());
        }
        let (t0, t1) = pts
            .iter()
            .filter(|(t, _)| t.is_finite())
            .fold((f64::MAX, f64::MIN), |(a, b), (t, _)| {
                (a.min(*t), b.max(*t))
            });
        if t0 > t1 {
            body.draw(&Text::new(
                "没有可绘制的数据 no data to draw",
                (16, 20),
                font(18.0, theme.ink()),
            ))?;
            return Ok(());
        }
        let (v0, v1) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), (_, v)| {
            (a.min(*v), b.max(*v))
        });
        // Room on the right for the crossing label.
        let x = (t0 - 0.6)..(t1 + (0.16 * (t1 - t0)).max(0.6));
        if self.log_y() {
            // At most twelve decades: a figure of 1e-300 beside 1e9 would otherwise ask for
            // ~300 decades of ticks. Values below sit on the axis.
            let hi = (v1 * 1.25).min(f64::MAX / 2.0);
            let y = (v0 / 1.25).max(hi / 1e12)..hi;
            plot(&body, x, y.log_scale(), self, look)
        } else {
            let span = (v1 - v0).max(v1.abs() * 0.05).max(1e-9);
            let lo = if v0 >= 0.0 && v0 < 0.5 * v1 {
                0.0
            } else {
                v0 - 0.08 * span
            };
            plot(&body, x, lo..(v1 + 0.12 * span), self, look)
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
    // One tick per whole year (at most 16), labelled only where it falls on a year.
    let years = ((x.end.floor() - x.start.ceil()) as usize + 1).clamp(2, 16);
    let mut chart = ChartBuilder::on(area)
        .margin_left(12)
        .margin_right(28)
        .margin_bottom(8)
        .x_label_area_size(36)
        .y_label_area_size(72)
        .build_cartesian_2d::<RangedCoordf64, Y>(x.into(), y)?;
    chart
        .configure_mesh()
        .light_line_style(theme.background())
        .bold_line_style(theme.grid())
        .axis_style(ink)
        .label_style(font(14.0, ink))
        .axis_desc_style(font(15.0, ink))
        .y_desc(clean(&d.unit, 12))
        .x_labels(years)
        .x_label_formatter(&year_label)
        .y_label_formatter(&|v| fmt_num(*v))
        .draw()?;
    let paints = Paints {
        ink,
        colour,
        required: RGBColor(70, 110, 200),
    };
    lines(&mut chart, d, paints)?;
    marks(&mut chart, d, paints)?;
    // The legend goes in the corner the lines leave free: curves that end high leave the
    // lower right empty, falling ones the upper right.
    let ends_high = d
        .projection
        .last()
        .or(d.required.last())
        .zip(d.actuals.first())
        .is_none_or(|((_, end), (_, start, _))| end >= start);
    let corner = if ends_high {
        SeriesLabelPosition::LowerRight
    } else {
        SeriesLabelPosition::UpperRight
    };
    if !d.band.is_empty() || d.required.len() > 1 || d.projection.len() > 1 || !d.actuals.is_empty()
    {
        legend(&mut chart, look, corner)?;
    }
    Ok(())
}

/// The colours of a trajectory chart: text and actuals, the verdict's, the required path's.
#[derive(Clone, Copy)]
struct Paints {
    ink: RGBColor,
    colour: RGBColor,
    required: RGBColor,
}

/// The lines, each with its legend entry: the simulated band, the required path, the
/// projection at the pace and the actuals.
fn lines<'a, DB, X, Y>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    d: &Trajectory,
    p: Paints,
) -> DrawResult<DB>
where
    DB: DrawingBackend + 'a,
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    let (ink, colour, required_colour) = (p.ink, p.colour, p.required);
    if !d.band.is_empty() {
        let mut poly: Vec<(f64, f64)> = d.band.iter().map(|(t, lo, _)| (*t, *lo)).collect();
        poly.extend(d.band.iter().rev().map(|(t, _, hi)| (*t, *hi)));
        chart
            .draw_series(std::iter::once(Polygon::new(
                poly,
                colour.mix(0.18).filled(),
            )))?
            .label("模拟 P5–P95 区间")
            .legend(move |(x, y)| {
                Rectangle::new([(x, y - 5), (x + 22, y + 5)], colour.mix(0.18).filled())
            });
    }
    if d.required.len() > 1 {
        chart
            .draw_series(DashedLineSeries::new(
                d.required.clone(),
                3,
                5,
                required_colour.stroke_width(2),
            ))?
            .label("所需路径 required path")
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 22, y)], required_colour.stroke_width(2))
            });
    }
    if d.projection.len() > 1 {
        chart
            .draw_series(DashedLineSeries::new(
                d.projection.clone(),
                10,
                6,
                colour.stroke_width(3),
            ))?
            .label("按当前速度预测 projection at pace")
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 22, y)], colour.stroke_width(3))
            });
    }
    if !d.actuals.is_empty() {
        let line: Vec<(f64, f64)> = d.actuals.iter().map(|(t, v, _)| (*t, *v)).collect();
        chart
            .draw_series(LineSeries::new(line.clone(), ink.stroke_width(2)))?
            .label("实际值 actual")
            .legend(move |(x, y)| Circle::new((x + 11, y), 4, ink.filled()));
        chart.draw_series(d.actuals.iter().map(|(t, v, lab)| {
            EmptyElement::at((*t, *v))
                + Circle::new((0, 0), 5, ink.filled())
                + Text::new(
                    format!("{} {}", fmt_num(*v), clean(lab, 16)),
                    (8, -18),
                    font(13.0, ink),
                )
        }))?;
    }
    Ok(())
}

/// The marks: milestones, an earlier deadline, the target, the level line and the crossing.
fn marks<'a, DB, X, Y>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    d: &Trajectory,
    p: Paints,
) -> DrawResult<DB>
where
    DB: DrawingBackend + 'a,
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    let (colour, required_colour) = (p.colour, p.required);
    for (t, v, lab) in &d.milestones {
        chart.draw_series(std::iter::once(
            EmptyElement::at((*t, *v))
                + TriangleMarker::new((0, 0), 7, required_colour.filled())
                + Text::new(
                    format!("里程碑 {}", clean(lab, 24)),
                    (10, 4),
                    font(13.0, required_colour),
                ),
        ))?;
    }
    if let Some((t, v, lab)) = &d.earlier_deadline {
        let grey = RGBColor(120, 120, 120);
        chart.draw_series(std::iter::once(
            EmptyElement::at((*t, *v))
                + Cross::new((0, 0), 7, grey.stroke_width(3))
                + Text::new(
                    format!("原期限 earlier deadline {}", clean(lab, 24)),
                    (10, 6),
                    font(13.0, grey),
                ),
        ))?;
    }
    if let Some((t, v, lab)) = &d.target {
        chart.draw_series(std::iter::once(
            EmptyElement::at((*t, *v))
                + Rectangle::new([(-7, -7), (7, 7)], colour.filled())
                + Text::new(
                    format!("目标 {} = {}", clean(lab, 24), fmt_num(*v)),
                    (-150, -30),
                    font(15.0, colour),
                ),
        ))?;
    }
    if let Some((v, lab)) = &d.level_line {
        let (x0, x1) = (chart.x_range().start, chart.x_range().end);
        chart.draw_series(DashedLineSeries::new(
            vec![(x0, *v), (x1, *v)],
            8,
            6,
            colour.stroke_width(2),
        ))?;
        chart.draw_series(std::iter::once(Text::new(
            format!("{} = {}", clean(lab, 30), fmt_num(*v)),
            (x0 + 0.1 * (x1 - x0), *v),
            font(15.0, colour),
        )))?;
    }
    if let Some((t, v)) = d.reach {
        let lo = chart.y_range().start;
        chart.draw_series(DashedLineSeries::new(
            vec![(t, lo), (t, v)],
            4,
            4,
            colour.mix(0.7).stroke_width(1),
        ))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((t, v))
                + Circle::new((0, 0), 6, colour.stroke_width(2))
                + Text::new(
                    format!("达成 {:.2} → {}年", t, (t - 1e-9).ceil()),
                    (8, 14),
                    font(14.0, colour),
                ),
        ))?;
    }
    Ok(())
}
