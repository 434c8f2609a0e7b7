//! Framed boxes a chart lays over its plot: the legend (each entry the mark the plot draws
//! beside its words) and the panel of notes. Both take the corner of the [`Layout`] that covers
//! the fewest lines and no label, and draw nothing when no corner is free.

use super::layout::{dashed, fit, measure, put, text_width, wrap, Layout, Px, Rect};
use super::Look;
use plotters::coord::Shift;
use plotters::prelude::*;

/// What a legend entry shows beside its words: the mark the plot uses.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// A filled band.
    Band(RGBAColor),
    /// A line: colour, width, dash pattern (`None` = solid).
    Line(RGBColor, u32, Option<(i32, i32)>),
    /// A line with a filled circle on it (data points joined).
    LineDot(RGBColor, u32),
    /// A filled triangle.
    Triangle(RGBColor),
    /// A cross.
    Cross(RGBColor),
}

const SAMPLE: i32 = 36;

fn swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: Swatch,
    (x, y): Px,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (bx, by) = area.get_base_pixel();
    let (lx, ly) = (x - bx, y - by);
    let mid = (lx + SAMPLE / 2, ly);
    match s {
        Swatch::Band(c) => area.draw(&Rectangle::new(
            [(lx, ly - 6), (lx + SAMPLE, ly + 6)],
            c.filled(),
        )),
        Swatch::Line(c, w, None) => area.draw(&PathElement::new(
            vec![(lx, ly), (lx + SAMPLE, ly)],
            c.stroke_width(w),
        )),
        Swatch::Line(c, w, Some(p)) => dashed(area, (x, y), (x + SAMPLE, y), p, c.stroke_width(w)),
        Swatch::LineDot(c, w) => {
            area.draw(&PathElement::new(
                vec![(lx, ly), (lx + SAMPLE, ly)],
                c.stroke_width(w),
            ))?;
            area.draw(&Circle::new(mid, 5, c.filled()))
        }
        Swatch::Triangle(c) => area.draw(&TriangleMarker::new(mid, 7, c.filled())),
        Swatch::Cross(c) => area.draw(&Cross::new(mid, 6, c.stroke_width(3))),
    }
}

/// Legend text size.
const LEGEND_SIZE: f64 = 13.0;

/// Draws a legend of `entries` where it covers the fewest lines and no label (a corner or an
/// edge's middle of the layout's bounds); entries that do not fit the width are shortened.
pub(crate) fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &mut Layout,
    look: &Look,
    entries: &[(Swatch, String)],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    if entries.is_empty() {
        return Ok(());
    }
    let b = layout.bounds;
    let row = look.room(20) as i32;
    let size = look.px(LEGEND_SIZE);
    let max_text = (b.width() - SAMPLE - 40).max(0);
    let texts: Vec<String> = entries
        .iter()
        .map(|(_, t)| fit(t, size, max_text))
        .collect();
    let w = 8 + SAMPLE + 8 + texts.iter().map(|t| text_width(t, size)).max().unwrap_or(0) + 10;
    let h = 8 + row * entries.len() as i32;
    let Some(r) = layout.corner(w, h) else {
        return Ok(());
    };
    frame(area, r, look)?;
    for (k, ((s, _), t)) in entries.iter().zip(&texts).enumerate() {
        let cy = r.y0 + 4 + row * k as i32 + row / 2;
        swatch(area, *s, (r.x0 + 8, cy))?;
        if let Some(ink) = measure(t, size) {
            let pen = (r.x0 + 8 + SAMPLE + 8, cy - ink.y0 - ink.height() / 2);
            put(area, t, (size, look.theme.ink()), pen)?;
        }
    }
    Ok(())
}

/// A box's background and border.
fn frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: Rect,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (bx, by) = area.get_base_pixel();
    let corners = [(r.x0 - bx, r.y0 - by), (r.x1 - bx, r.y1 - by)];
    area.draw(&Rectangle::new(
        corners,
        look.theme.background().mix(0.92).filled(),
    ))?;
    area.draw(&Rectangle::new(corners, look.theme.grid().stroke_width(1)))
}

/// Panel text size.
const PANEL_SIZE: f64 = 14.0;

/// Words in a framed box where the layout has room (as a legend): each of `paragraphs`
/// wrapped to the box; nothing drawn if no spot is free.
pub(crate) fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &mut Layout,
    look: &Look,
    paragraphs: &[String],
    colour: RGBColor,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let size = look.px(PANEL_SIZE);
    let width = (layout.bounds.width() - 40).clamp(0, look.room(560) as i32);
    for k in (1..=3).rev() {
        // Wider boxes first; narrower ones fit beside more lines.
        let wk = width * k / 3;
        if wk < 120 {
            continue;
        }
        let lines: Vec<String> = paragraphs
            .iter()
            .flat_map(|p| wrap(p, " · ", size, wk))
            .collect();
        let row = look.room(20) as i32;
        let w = lines.iter().map(|l| text_width(l, size)).max().unwrap_or(0) + 20;
        let h = row * lines.len() as i32 + 10;
        if let Some(r) = layout.corner(w, h) {
            frame(area, r, look)?;
            for (i, l) in lines.iter().enumerate() {
                if let Some(ink) = measure(l, size) {
                    let cy = r.y0 + 5 + row * i as i32 + row / 2;
                    put(
                        area,
                        l,
                        (size, colour),
                        (r.x0 + 10, cy - ink.y0 - ink.height() / 2),
                    )?;
                }
            }
            return Ok(());
        }
    }
    Ok(())
}
