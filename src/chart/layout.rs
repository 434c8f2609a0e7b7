//! Where labels go. A chart measures each label's ink with the embedded font (the same
//! placement [`super::typeset`] draws with), then [`Layout`] tries spots around the point the
//! label names — right, above, below, left, the corners, further out, then shifted inwards —
//! and takes the first that stays inside the plot and touches no label, marker or line placed
//! before it. A label with no free spot is dropped (or shortened by its caller), never drawn
//! over another. Legends and panels ([`super::boxes`]) take their corner from the same layout.

use super::{font, typeset};
use plotters::coord::Shift;
use plotters::prelude::*;

/// A pixel on the canvas (backend coordinates).
pub(crate) type Px = (i32, i32);

/// `p` brought within a million pixels of the canvas: a value far past an axis maps to a
/// saturated `i32`, and arithmetic on it must not overflow.
pub(crate) fn near(p: Px) -> Px {
    const FAR: i32 = 1_000_000;
    (p.0.clamp(-FAR, FAR), p.1.clamp(-FAR, FAR))
}

/// A box in backend pixels, ends exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl Rect {
    pub(crate) fn new(x0: i32, y0: i32, x1: i32, y1: i32) -> Self {
        Rect { x0, y0, x1, y1 }
    }
    /// The square of half-side `r` around `c`.
    pub(crate) fn around(c: Px, r: i32) -> Self {
        let c = near(c);
        Rect::new(c.0 - r, c.1 - r, c.0 + r + 1, c.1 + r + 1)
    }
    pub(crate) fn width(&self) -> i32 {
        self.x1 - self.x0
    }
    pub(crate) fn height(&self) -> i32 {
        self.y1 - self.y0
    }
    pub(crate) fn shift(&self, dx: i32, dy: i32) -> Self {
        Rect::new(self.x0 + dx, self.y0 + dy, self.x1 + dx, self.y1 + dy)
    }
    pub(crate) fn grow(&self, m: i32) -> Self {
        Rect::new(self.x0 - m, self.y0 - m, self.x1 + m, self.y1 + m)
    }
    /// Whether the two boxes share a pixel.
    pub(crate) fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
    /// Whether `o` lies wholly inside.
    pub(crate) fn contains(&self, o: &Rect) -> bool {
        o.x0 >= self.x0 && o.y0 >= self.y0 && o.x1 <= self.x1 && o.y1 <= self.y1
    }
    /// Whether the segment a–b passes through the box (Liang–Barsky clipping).
    pub(crate) fn crosses(&self, a: Px, b: Px) -> bool {
        let (x0, y0) = (f64::from(a.0), f64::from(a.1));
        let (dx, dy) = (f64::from(b.0) - x0, f64::from(b.1) - y0);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, x0 - f64::from(self.x0)),
            (dx, f64::from(self.x1) - x0),
            (-dy, y0 - f64::from(self.y0)),
            (dy, f64::from(self.y1) - y0),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
    /// Shifted the least distance that brings it inside `b` (if it fits).
    pub(crate) fn inside(&self, b: &Rect) -> Rect {
        let dx = if self.x0 < b.x0 {
            b.x0 - self.x0
        } else if self.x1 > b.x1 {
            b.x1 - self.x1
        } else {
            0
        };
        let dy = if self.y0 < b.y0 {
            b.y0 - self.y0
        } else if self.y1 > b.y1 {
            b.y1 - self.y1
        } else {
            0
        };
        self.shift(dx, dy)
    }
}

/// The ink box of `text` at `size` px with its pen at (0, 0), anchored at its top left.
pub(crate) fn measure(text: &str, size: f64) -> Option<Rect> {
    typeset::ink_box(text, &font(size, BLACK), (0, 0)).map(|(a, b, c, d)| Rect::new(a, b, c, d))
}

/// Width of `text`'s ink at `size` px (0 for none).
pub(crate) fn text_width(text: &str, size: f64) -> i32 {
    measure(text, size).map_or(0, |r| r.x1.max(0))
}

/// `text` cut (with …) to at most `width` px at `size`; empty if not even one character fits.
pub(crate) fn fit(text: &str, size: f64, width: i32) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    // The longest prefix that fits with its ellipsis.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let t: String = chars[..mid].iter().collect::<String>() + "…";
        if text_width(&t, size) <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo == 0 {
        String::new()
    } else {
        chars[..lo]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…"
    }
}

/// `text` broken at `sep` into lines no wider than `width` px at `size`; a piece wider than a
/// line is broken between characters.
pub(crate) fn wrap(text: &str, sep: &str, size: f64, width: i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for piece in text.split(sep) {
        match lines.last_mut() {
            Some(l) if text_width(&format!("{l}{sep}{piece}"), size) <= width => {
                l.push_str(sep);
                l.push_str(piece);
            }
            _ => {
                let mut line = String::new();
                for c in piece.chars() {
                    line.push(c);
                    if text_width(&line, size) > width && line.chars().count() > 1 {
                        line.pop();
                        // Break after punctuation or a space among the last few characters,
                        // so "（2022-02-14）" is not cut in the middle.
                        let chars: Vec<char> = line.chars().collect();
                        let cut = (chars.len().saturating_sub(10)..chars.len())
                            .rev()
                            .find(|&i| "，。；：、）) ".contains(chars[i]))
                            .map_or(chars.len(), |i| i + 1);
                        lines.push(chars[..cut].iter().collect());
                        line = chars[cut..].iter().collect();
                        line.push(c);
                    }
                }
                lines.push(line);
            }
        }
    }
    lines
}

/// Labels, markers and lines placed so far in one plot.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    /// Where labels may go.
    pub bounds: Rect,
    boxes: Vec<Rect>,
    segments: Vec<(Px, Px)>,
}

/// Clear space kept around a label.
const PAD: i32 = 2;

impl Layout {
    pub(crate) fn new(bounds: Rect) -> Self {
        Layout {
            bounds,
            boxes: Vec::new(),
            segments: Vec::new(),
        }
    }
    /// The plotting area of a chart.
    pub(crate) fn of<DB: DrawingBackend, CT: plotters::coord::CoordTranslate>(
        chart: &ChartContext<'_, DB, CT>,
    ) -> Self {
        let (x, y) = chart.plotting_area().get_pixel_range();
        Layout::new(Rect::new(x.start, y.start, x.end, y.end))
    }
    /// Marks a box as taken (a marker, a label, a legend).
    pub(crate) fn block(&mut self, r: Rect) {
        self.boxes.push(r);
    }
    /// Marks a polyline as taken.
    pub(crate) fn path(&mut self, pts: &[Px]) {
        self.segments.extend(pts.windows(2).map(|w| (w[0], w[1])));
    }
    /// How many things `r` would touch (0: free), counting a box as many as `box_weight`.
    fn hits(&self, r: &Rect, box_weight: usize) -> usize {
        let g = r.grow(PAD);
        box_weight * self.boxes.iter().filter(|b| b.overlaps(&g)).count()
            + self
                .segments
                .iter()
                .filter(|(a, b)| g.crosses(*a, *b))
                .count()
    }
    /// Whether `r` is inside the bounds and touches nothing.
    pub(crate) fn free(&self, r: &Rect) -> bool {
        self.bounds.contains(r) && self.hits(r, 1) == 0
    }
    /// Boxes of size `w` × `h` around `at`, nearest first, each also shifted inside.
    fn candidates(&self, w: i32, h: i32, at: Px, gap: i32) -> Vec<Rect> {
        let at = near(at);
        let mut out = Vec::new();
        for d in [gap, gap + 6, gap + 16, gap + 32, gap + 56] {
            let (x, y) = at;
            for (x0, y0) in [
                (x + d, y - h / 2),
                (x + d / 2, y - d - h),
                (x + d / 2, y + d),
                (x - w / 2, y - d - h),
                (x - w / 2, y + d),
                (x - d - w, y - h / 2),
                (x - d / 2 - w, y - d - h),
                (x - d / 2 - w, y + d),
            ] {
                let r = Rect::new(x0, y0, x0 + w, y0 + h);
                out.push(r);
                out.push(r.inside(&self.bounds));
            }
        }
        out
    }
    /// A free `w` × `h` box in a corner or at an edge's middle of the bounds: the one touching
    /// the fewest lines, never a label when a spot without one exists; `None` if none fits.
    /// The box is then taken.
    pub(crate) fn corner(&mut self, w: i32, h: i32) -> Option<Rect> {
        let (b, m) = (self.bounds, 8);
        let spots = [
            (b.x1 - m - w, b.y1 - m - h),
            (b.x1 - m - w, b.y0 + m),
            (b.x0 + m, b.y0 + m),
            (b.x0 + m, b.y1 - m - h),
            ((b.x0 + b.x1 - w) / 2, b.y0 + m),
            ((b.x0 + b.x1 - w) / 2, b.y1 - m - h),
        ];
        let r = spots
            .iter()
            .map(|(x, y)| Rect::new(*x, *y, x + w, y + h))
            .filter(|r| b.contains(r))
            .min_by_key(|r| self.hits(r, 1000))?;
        if self.hits(&r, 1000) >= 1000 {
            return None;
        }
        self.block(r);
        Some(r)
    }
    /// Where the ink box `ink` (measured at pen (0, 0)) can go near `at`, `gap` px away; the
    /// box is then taken. Returns the pen position.
    pub(crate) fn spot(&mut self, ink: Rect, at: Px, gap: i32) -> Option<Px> {
        let r = self
            .candidates(ink.width(), ink.height(), at, gap)
            .into_iter()
            .find(|r| self.free(r))?;
        self.block(r);
        Some((r.x0 - ink.x0, r.y0 - ink.y0))
    }
    /// Draws `text` near `at` where it is free; `false` (nothing drawn) when nowhere is.
    pub(crate) fn label<DB: DrawingBackend>(
        &mut self,
        area: &DrawingArea<DB, Shift>,
        text: &str,
        style: (f64, RGBColor),
        at: Px,
        gap: i32,
    ) -> Result<bool, DrawingAreaErrorKind<DB::ErrorType>> {
        let Some(ink) = measure(text, style.0) else {
            return Ok(false);
        };
        match self.spot(ink, at, gap) {
            Some(pen) => {
                put(area, text, style, pen)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }
}

/// Draws `text` with its pen at backend pixel `pen` on `area`.
pub(crate) fn put<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    (size, colour): (f64, RGBColor),
    pen: Px,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (bx, by) = area.get_base_pixel();
    area.draw(&Text::new(
        text.to_string(),
        (pen.0 - bx, pen.1 - by),
        font(size, colour),
    ))
}

/// A dashed line from `a` to `b` in backend pixels: `dash` px drawn, `gap` px left.
pub(crate) fn dashed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: Px,
    b: Px,
    (dash, gap): (i32, i32),
    style: ShapeStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (bx, by) = area.get_base_pixel();
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let len = dx.hypot(dy);
    if len < 1.0 {
        return Ok(());
    }
    let at = |s: f64| {
        (
            a.0 - bx + (dx * s / len).round() as i32,
            a.1 - by + (dy * s / len).round() as i32,
        )
    };
    let mut s = 0.0;
    while s < len {
        let e = (s + f64::from(dash)).min(len);
        area.draw(&PathElement::new(vec![at(s), at(e)], style))?;
        s = e + f64::from(gap);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_far_off_the_canvas_do_not_overflow() {
        crate::chart::register_font().unwrap();
        let mut l = Layout::new(Rect::new(0, 0, 200, 100));
        l.path(&[(i32::MIN, i32::MAX), (i32::MAX, i32::MIN)]);
        l.block(Rect::around((i32::MAX, i32::MIN), 8));
        let ink = measure("目标", 14.0).unwrap();
        assert!(l.spot(ink, (i32::MAX, 50), 8).is_some());
    }

    #[test]
    fn segments_crossing_boxes() {
        let r = Rect::new(10, 10, 20, 20);
        assert!(r.crosses((0, 15), (30, 15)));
        assert!(r.crosses((15, 0), (15, 30)));
        assert!(r.crosses((12, 12), (13, 13)), "inside");
        assert!(!r.crosses((0, 0), (30, 5)));
        assert!(!r.crosses((0, 30), (30, 30)));
        assert!(r.crosses((0, 0), (30, 30)), "diagonal");
        assert!(!r.crosses((21, 0), (40, 30)));
    }

    #[test]
    fn a_label_avoids_lines_labels_and_edges() {
        crate::chart::register_font().unwrap();
        let mut l = Layout::new(Rect::new(0, 0, 200, 100));
        // A line along y = 50 through the point: right and left of it are taken.
        l.path(&[(0, 50), (200, 50)]);
        let ink = measure("达成 2026.76 → 2027年", 14.0).unwrap();
        assert!(ink.width() > 100 && ink.width() < 200, "{ink:?}");
        let pen = l.spot(ink, (190, 50), 8).expect("a spot");
        let placed = ink.shift(pen.0, pen.1);
        assert!(Rect::new(0, 0, 200, 100).contains(&placed), "{placed:?}");
        assert!(!placed.grow(PAD).crosses((0, 50), (200, 50)), "{placed:?}");
        // The same label again goes elsewhere, not over the first.
        let again = l.spot(ink, (190, 50), 8).map(|p| ink.shift(p.0, p.1));
        assert!(again.is_none_or(|r| !r.overlaps(&placed)), "{again:?}");
    }

    #[test]
    fn fit_and_wrap_stay_in_width() {
        crate::chart::register_font().unwrap();
        let t = "温江区 · 医药健康产业营收 → 2026";
        let cut = fit(t, 14.0, 120);
        assert!(cut.ends_with('…') && text_width(&cut, 14.0) <= 120, "{cut}");
        assert_eq!(fit(t, 14.0, 2000), t);
        let lines = wrap(
            "需加速 · 2026年预测 870.9 亿元 · 按年增 20.00%",
            " · ",
            17.0,
            200,
        );
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(
            lines.iter().all(|l| text_width(l, 17.0) <= 200),
            "{lines:?}"
        );
    }
}
