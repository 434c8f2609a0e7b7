//! Text set as a typesetter would on raster charts. plotters' own glyph drawing puts each
//! glyph's ink at the pen position and drops its left side bearing, so glyphs with wide
//! bearings (（ ） ： 医 目 …) sat at the left of their cell and left gaps ("医 药", "亿元(   缺口").
//! [`Typeset`] wraps a backend, passes every other call through, and draws text itself: each
//! glyph placed at its pen position plus its bearing, advanced by its advance and kerning.

use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// A backend whose text is drawn glyph by glyph with ab_glyph, with bearings.
pub struct Typeset<B>(pub B);

/// The embedded font for ab_glyph.
fn font() -> &'static ab_glyph::FontRef<'static> {
    static FONT: std::sync::OnceLock<Option<ab_glyph::FontRef<'static>>> =
        std::sync::OnceLock::new();
    FONT.get_or_init(|| ab_glyph::FontRef::try_from_slice(super::FONT).ok())
        .as_ref()
        .expect("the embedded font parses (checked by the chart tests)")
}

/// Calls `pixel(x, y, coverage)` for every inked pixel of `text` at `size` px, pen starting at
/// (0, 0) with the baseline at `size / 2` below, as plotters lays text out.
pub(crate) fn glyphs<E>(
    text: &str,
    size: f32,
    mut pixel: impl FnMut(i32, i32, f32) -> Result<(), E>,
) -> Result<(), E> {
    use ab_glyph::{Font, ScaleFont};
    let font = font().as_scaled(size);
    let (mut pen, mut prev) = (0f32, None);
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = prev {
            pen += font.kern(p, id);
        }
        prev = Some(id);
        let glyph = id.with_scale_and_position(size, ab_glyph::point(pen, size / 2.0));
        if let Some(q) = font.outline_glyph(glyph) {
            let b = q.px_bounds();
            let mut cells = Vec::new();
            q.draw(|x, y, c| cells.push((x as i32 + b.min.x as i32, y as i32 + b.min.y as i32, c)));
            for (x, y, c) in cells {
                pixel(x, y, c)?;
            }
        }
        pen += font.h_advance(id);
    }
    Ok(())
}

impl<B: DrawingBackend> DrawingBackend for Typeset<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.present()
    }
    fn draw_pixel(
        &mut self,
        p: BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_pixel(p, c)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_line(a, b, s)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_rect(a, b, s, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_path(path, s)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_circle(c, r, s, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.fill_polygon(vert, s)
    }
    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        (w, h): (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.blit_bitmap(pos, (w, h), src)
    }

    /// As plotters' default (layout box, anchor, rotation, clipping), with the glyphs set by
    /// [`glyphs`].
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (w, h) = self.get_size();
        placed(text, style, pos, |x, y, coverage| {
            if x >= 0 && x < w as i32 && y >= 0 && y < h as i32 {
                let c = BackendColor {
                    alpha: color.alpha * f64::from(coverage.min(1.0)),
                    rgb: color.rgb,
                };
                self.0.draw_pixel((x, y), c)
            } else {
                Ok(())
            }
        })
    }
}

/// Calls `pixel(x, y, coverage)` for every inked pixel of `text` drawn in `style` at `pos`,
/// unclipped: plotters' layout box, anchor and rotation, glyphs set by [`glyphs`]. The one
/// place text is positioned, for drawing ([`Typeset`]) and for measuring ([`ink_box`]).
pub(crate) fn placed<T: BackendTextStyle, E>(
    text: &str,
    style: &T,
    pos: BackendCoord,
    mut pixel: impl FnMut(i32, i32, f32) -> Result<(), DrawingErrorKind<E>>,
) -> Result<(), DrawingErrorKind<E>>
where
    E: std::error::Error + Send + Sync,
{
    let ((min_x, min_y), (max_x, max_y)) = style
        .layout_box(text)
        .map_err(|e| DrawingErrorKind::FontError(Box::new(e)))?;
    let (width, height) = (max_x - min_x, max_y - min_y);
    let dx = match style.anchor().h_pos {
        HPos::Left => 0,
        HPos::Right => -width,
        HPos::Center => -width / 2,
    };
    let dy = match style.anchor().v_pos {
        VPos::Top => 0,
        VPos::Center => -height / 2,
        VPos::Bottom => -height,
    };
    let trans = style.transform();
    glyphs(text, style.size() as f32, |x, y, coverage| {
        let (x, y) = trans.transform(x + dx - min_x, y + dy - min_y);
        pixel(pos.0 + x, pos.1 + y, coverage)
    })
}

/// The box of the ink of `text` drawn in `style` at `pos` (the pixels [`Typeset`] draws,
/// before clipping), as `(x0, y0, x1, y1)` with the end exclusive; `None` for no ink.
pub(crate) fn ink_box<T: BackendTextStyle>(
    text: &str,
    style: &T,
    pos: BackendCoord,
) -> Option<(i32, i32, i32, i32)> {
    let mut b: Option<(i32, i32, i32, i32)> = None;
    placed::<_, std::fmt::Error>(text, style, pos, |x, y, c| {
        if c > 0.05 {
            b = Some(match b {
                None => (x, y, x + 1, y + 1),
                Some((x0, y0, x1, y1)) => (x0.min(x), y0.min(y), x1.max(x + 1), y1.max(y + 1)),
            });
        }
        Ok(())
    })
    .ok()?;
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where each character's ink starts: the leftmost pixel a prefix adds.
    fn ink_starts(text: &str, size: f32) -> Vec<i32> {
        let ink = |t: &str| {
            let mut px = std::collections::BTreeSet::new();
            glyphs::<()>(t, size, |x, y, c| {
                if c > 0.3 {
                    px.insert((x, y));
                }
                Ok(())
            })
            .unwrap();
            px
        };
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len())
            .map(|k| {
                let (before, with): (String, String) =
                    (chars[..k].iter().collect(), chars[..=k].iter().collect());
                let old = ink(&before);
                ink(&with).difference(&old).map(|p| p.0).min().unwrap()
            })
            .collect()
    }

    #[test]
    fn glyphs_sit_at_their_pen_position_plus_bearing() {
        let face = ttf_parser::Face::parse(crate::chart::FONT, 0).unwrap();
        let size = 48.0;
        // ab_glyph's pixel scale is per (ascent − descent), as plotters asks for it.
        let px = size / f32::from(face.ascender() - face.descender());
        for text in ["医药", "目标", "（缺", "亿元（"] {
            let mut pen = 0.0;
            let mut want = Vec::new();
            for c in text.chars() {
                let g = face.glyph_index(c).unwrap();
                let bearing = face.glyph_bounding_box(g).unwrap().x_min;
                want.push((pen + f32::from(bearing) * px).floor() as i32);
                pen += f32::from(face.glyph_hor_advance(g).unwrap()) * px;
            }
            let got = ink_starts(text, size);
            assert_eq!(got.len(), want.len(), "{text}: {got:?}");
            for (g, w) in got.iter().zip(&want) {
                assert!(
                    (g - w).abs() <= 1,
                    "{text}: ink at {got:?}, metrics say {want:?}"
                );
            }
            // Two CJK characters are two em wide: the second starts one advance after the first
            // (bearings aside), and the gap between their ink is only their bearings.
            let em = f32::from(
                face.glyph_hor_advance(face.glyph_index('医').unwrap())
                    .unwrap(),
            ) * px;
            assert!(em > 40.0 && em < 42.0, "{em}");
        }
    }

    #[test]
    fn full_width_punctuation_is_not_pushed_to_the_left_of_its_cell() {
        // （ has its ink at the right of its em box (a left bearing of 0.38 em): plotters'
        // own drawing put it at the pen, leaving a wide gap after it.
        let face = ttf_parser::Face::parse(crate::chart::FONT, 0).unwrap();
        let paren = face
            .glyph_bounding_box(face.glyph_index('（').unwrap())
            .unwrap();
        assert!(paren.x_min > 700, "{paren:?}");
        let starts = ink_starts("（", 48.0);
        assert!(starts[0] >= 14, "{starts:?}");
    }
}
