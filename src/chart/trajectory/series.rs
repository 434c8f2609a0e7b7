//! What a trajectory chart draws in data coordinates — the simulated band, the required path,
//! the projection, the actuals, the level line, the crossing, the gap at the deadline and the
//! markers — each returning the legend entries of what it drew.

use crate::assess::trajectory::{Mark, Trajectory};
use crate::chart::boxes::Swatch;
use plotters::prelude::*;

/// The colours of a trajectory chart: text and actuals, the verdict's, the required path's,
/// the grey of other targets.
#[derive(Clone, Copy)]
pub(super) struct Paints {
    pub(super) ink: RGBColor,
    pub(super) colour: RGBColor,
    pub(super) required: RGBColor,
    pub(super) grey: RGBColor,
    /// The simulated band's opacity on this theme.
    pub(super) band: f64,
}

/// The lines (the simulated band, the required path, the projection at the pace, the actuals,
/// the level line, the crossing's drop line, the gap at the deadline); returns their legend
/// entries.
pub(super) fn lines<'a, DB, X, Y>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    d: &Trajectory,
    p: Paints,
) -> Result<Vec<(Swatch, String)>, DrawingAreaErrorKind<DB::ErrorType>>
where
    DB: DrawingBackend + 'a,
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    let (ink, colour, required_colour) = (p.ink, p.colour, p.required);
    let mut entries = Vec::new();
    if !d.band.is_empty() {
        let mut poly: Vec<(f64, f64)> = d.band.iter().map(|(t, lo, _)| (*t, *lo)).collect();
        poly.extend(d.band.iter().rev().map(|(t, _, hi)| (*t, *hi)));
        chart.draw_series(std::iter::once(Polygon::new(
            poly,
            colour.mix(p.band).filled(),
        )))?;
        entries.push((
            Swatch::Band(colour.mix(p.band)),
            d.lang
                .pick("模拟 P5–P95 区间", "simulated P5–P95")
                .to_string(),
        ));
    }
    if d.required.len() > 1 {
        chart.draw_series(DashedLineSeries::new(
            d.required.clone(),
            REQUIRED_DASH.0,
            REQUIRED_DASH.1,
            required_colour.stroke_width(2),
        ))?;
        entries.push((
            Swatch::Line(
                required_colour,
                2,
                Some((REQUIRED_DASH.0 as i32, REQUIRED_DASH.1 as i32)),
            ),
            d.lang
                .pick("所需路径 required path", "required path")
                .to_string(),
        ));
    }
    if d.projection.len() > 1 {
        chart.draw_series(DashedLineSeries::new(
            d.projection.clone(),
            PROJECTION_DASH.0,
            PROJECTION_DASH.1,
            colour.stroke_width(3),
        ))?;
        entries.push((
            Swatch::Line(
                colour,
                3,
                Some((PROJECTION_DASH.0 as i32, PROJECTION_DASH.1 as i32)),
            ),
            d.lang
                .pick("按当前速度预测 projection at pace", "projection at pace")
                .to_string(),
        ));
    }
    if !d.actuals.is_empty() {
        let line: Vec<(f64, f64)> = d.actuals.iter().map(|(t, v, _)| (*t, *v)).collect();
        chart.draw_series(LineSeries::new(line.clone(), ink.stroke_width(2)))?;
        chart.draw_series(line.iter().map(|q| Circle::new(*q, 5, ink.filled())))?;
        entries.push((
            Swatch::LineDot(ink, 2),
            d.lang.pick("实际值 actual", "actual").to_string(),
        ));
    }
    if let Some((v, _)) = &d.level_line {
        let (x0, x1) = (chart.x_range().start, chart.x_range().end);
        chart.draw_series(DashedLineSeries::new(
            vec![(x0, *v), (x1, *v)],
            8,
            6,
            colour.stroke_width(2),
        ))?;
    }
    if let Some((t, v)) = d.reach {
        let lo = chart.y_range().start;
        chart.draw_series(DashedLineSeries::new(
            vec![(t, lo), (t, v)],
            4,
            4,
            colour.mix(0.7).stroke_width(1),
        ))?;
    }
    if let (Some((t, p, _)), Some((_, l, _))) = (&d.gap, &d.target) {
        // The gap at the deadline: a bracket from the projection to the target.
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(*t, *p), (*t, *l)],
            colour.stroke_width(2),
        )))?;
        chart.draw_series([*p, *l].into_iter().map(|v| {
            EmptyElement::at((*t, v))
                + PathElement::new(vec![(-5, 0), (5, 0)], colour.stroke_width(2))
        }))?;
    }
    Ok(entries)
}

/// The required path's dots and the projection's dashes (drawn and in the legend).
const REQUIRED_DASH: (u32, u32) = (3, 5);
const PROJECTION_DASH: (u32, u32) = (10, 6);

/// The markers (milestones, other targets, an earlier deadline, the target, the crossing);
/// returns the legend entries of those not named by their own label.
pub(super) fn marks<'a, DB, X, Y>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    d: &Trajectory,
    p: Paints,
) -> Result<Vec<(Swatch, String)>, DrawingAreaErrorKind<DB::ErrorType>>
where
    DB: DrawingBackend + 'a,
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    let (colour, required_colour, grey) = (p.colour, p.required, p.grey);
    let mut entries = Vec::new();
    let at = |m: &Mark| (m.0, m.1);
    chart.draw_series(
        d.milestones
            .iter()
            .map(|m| TriangleMarker::new(at(m), 7, required_colour.filled())),
    )?;
    if !d.milestones.is_empty() {
        entries.push((
            Swatch::Triangle(required_colour),
            d.lang.pick("里程碑 milestone", "milestone").to_string(),
        ));
    }
    chart.draw_series(
        d.others
            .iter()
            .map(|m| TriangleMarker::new(at(m), 7, grey.filled())),
    )?;
    if !d.others.is_empty() {
        entries.push((
            Swatch::Triangle(grey),
            d.lang
                .pick("同指标其他目标 other target", "other target")
                .to_string(),
        ));
    }
    if let Some(m) = &d.earlier_deadline {
        chart.draw_series(std::iter::once(Cross::new(at(m), 7, grey.stroke_width(3))))?;
        entries.push((
            Swatch::Cross(grey),
            d.lang
                .pick("原期限 earlier deadline", "earlier deadline")
                .to_string(),
        ));
    }
    if let Some(m) = &d.target {
        chart.draw_series(std::iter::once(
            EmptyElement::at(at(m)) + Rectangle::new([(-7, -7), (7, 7)], colour.filled()),
        ))?;
    }
    if let Some(q) = d.reach {
        chart.draw_series(std::iter::once(Circle::new(q, 6, colour.stroke_width(2))))?;
    }
    Ok(entries)
}
