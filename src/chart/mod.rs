//! Charts, drawn once per kind and generic over plotters' `DrawingBackend`, so PNG and SVG
//! come from the same code. Chinese text renders from the embedded font (no system font
//! needed). A new chart kind is one type implementing [`Chart`].

mod boxes;
#[cfg(test)]
mod check;
mod dashboard;
mod fan;
mod gallery;
mod heatmap;
mod layout;
mod trajectory;
mod typeset;
pub(crate) mod webfont;

pub use dashboard::Dashboard;
pub use fan::FanChart;
pub use gallery::{file_names, safe_name, Gallery};
pub use heatmap::Heatmap;
pub use trajectory::{TrajectoryChart, YScale};

use crate::assess::Verdict;
use crate::error::{Error, Result};
use plotters::coord::Shift;
use plotters::prelude::*;
use std::sync::OnceLock;

/// The embedded font: a GB2312 subset of WenQuanYi Micro Hei (Apache-2.0), see `assets/fonts`.
pub static FONT: &[u8] = include_bytes!("../../assets/fonts/wqy-microhei-gb2312.ttf");

/// The font family charts ask for: the embedded font first, then common Chinese fonts for SVG
/// viewers. plotters lays text out with the embedded font under this name.
pub const FAMILY: &str =
    "WenQuanYi Micro Hei, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif";

/// Registers the embedded font with plotters (once per process).
pub fn register_font() -> Result<()> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        ["sans-serif", FAMILY]
            .iter()
            .all(|name| plotters::style::register_font(name, FontStyle::Normal, FONT).is_ok())
    });
    if ok {
        Ok(())
    } else {
        Err(Error::Internal(
            "the embedded chart font could not be registered".into(),
        ))
    }
}

/// Colours for a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on white.
    Light,
    /// Light text on near-black.
    Dark,
}

impl Theme {
    /// Background.
    pub fn background(self) -> RGBColor {
        match self {
            Theme::Light => WHITE,
            Theme::Dark => RGBColor(24, 26, 31),
        }
    }
    /// Text and axes.
    pub fn ink(self) -> RGBColor {
        match self {
            Theme::Light => RGBColor(33, 37, 41),
            Theme::Dark => RGBColor(230, 232, 235),
        }
    }
    /// A colour made readable as text on the background: the verdicts' dark reds and greens
    /// are lightened on the dark theme (a third of the way to white).
    pub fn text(self, c: RGBColor) -> RGBColor {
        match self {
            Theme::Light => c,
            Theme::Dark => {
                let up = |v: u8| v + ((255 - u16::from(v)) / 3) as u8;
                RGBColor(up(c.0), up(c.1), up(c.2))
            }
        }
    }
    /// The opacity of a band of `light` opacity on a white background, on this theme: bands
    /// over near-black need more to be seen (×1.6).
    pub fn band(self, light: f64) -> f64 {
        match self {
            Theme::Light => light,
            Theme::Dark => (light * 1.6).min(0.8),
        }
    }
    /// Grid lines.
    pub fn grid(self) -> RGBColor {
        match self {
            Theme::Light => RGBColor(225, 228, 232),
            Theme::Dark => RGBColor(58, 62, 70),
        }
    }
}

/// The colour of a verdict, the same in every chart.
pub fn verdict_colour(v: Verdict) -> RGBColor {
    match v {
        Verdict::Achieved => RGBColor(26, 127, 55),
        Verdict::OnTrack => RGBColor(46, 160, 67),
        Verdict::AccelerationNeeded => RGBColor(212, 160, 23),
        Verdict::LimitedProgress => RGBColor(230, 110, 20),
        Verdict::Deterioration => RGBColor(207, 34, 46),
        Verdict::Missed => RGBColor(140, 20, 30),
        Verdict::NotAssessable => RGBColor(140, 145, 150),
        Verdict::SubstantialProgress | Verdict::SignificantProgress => RGBColor(46, 160, 67),
        Verdict::ModerateProgress => RGBColor(120, 170, 60),
        Verdict::InsufficientProgress => RGBColor(230, 110, 20),
        Verdict::ModerateMovementAway => RGBColor(220, 80, 40),
        Verdict::SignificantMovementAway => RGBColor(207, 34, 46),
    }
}

/// Size and look of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Colours.
    pub theme: Theme,
}

impl Look {
    /// How much larger text and the room for it are than at the default 1,100 px width: 1
    /// up to 1,100 px, then in proportion to the width (at most 2.2), so a 2,400 px chart is
    /// not a page of tiny print.
    pub fn scale(&self) -> f64 {
        (f64::from(self.width) / 1100.0).clamp(1.0, 2.2)
    }
    /// `size` px at this chart's [`Look::scale`].
    pub fn px(&self, size: f64) -> f64 {
        size * self.scale()
    }
    /// `n` px of room at this chart's [`Look::scale`].
    pub fn room(&self, n: u32) -> u32 {
        (f64::from(n) * self.scale()).round() as u32
    }
}

impl Default for Look {
    fn default() -> Self {
        Look {
            width: 1100,
            height: 680,
            theme: Theme::Light,
        }
    }
}

/// Drawing failures, whatever the backend.
pub type DrawResult<DB> =
    std::result::Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A chart kind: drawn once, on any backend.
pub trait Chart {
    /// Draws the chart on `root`.
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        look: &Look,
    ) -> DrawResult<DB>;
}

fn draw_error(e: impl std::fmt::Display) -> Error {
    Error::encode("the chart", e.to_string())
}

/// Renders a chart as SVG text.
pub fn svg<C: Chart>(chart: &C, look: &Look) -> Result<String> {
    register_font()?;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (look.width, look.height)).into_drawing_area();
        chart.draw(&root, look).map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    Ok(out)
}

/// Renders a chart as PNG bytes.
pub fn png<C: Chart>(chart: &C, look: &Look) -> Result<Vec<u8>> {
    register_font()?;
    let (w, h) = (look.width, look.height);
    let mut rgb = vec![0u8; w as usize * h as usize * 3];
    {
        let root =
            typeset::Typeset(BitMapBackend::with_buffer(&mut rgb, (w, h))).into_drawing_area();
        chart.draw(&root, look).map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().map_err(draw_error)?;
    writer.write_image_data(&rgb).map_err(draw_error)?;
    writer.finish().map_err(draw_error)?;
    Ok(out)
}

/// Text from data made safe for any backend: control characters dropped (they are not
/// allowed in XML), length capped.
pub fn clean(s: &str, max_chars: usize) -> String {
    let t: String = s.chars().filter(|c| !c.is_control()).collect();
    if t.chars().count() > max_chars {
        t.chars()
            .take(max_chars.saturating_sub(1))
            .collect::<String>()
            + "…"
    } else {
        t
    }
}

/// Fills the background, writes a title and the line under it (cut and wrapped at " · " to
/// the width, two lines at most); returns the area below.
pub fn header<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    look: &Look,
    title: &str,
    line: &str,
    line_colour: RGBColor,
) -> std::result::Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&look.theme.background())?;
    let width = look.width as i32 - 32;
    let (big, small) = (look.px(24.0), look.px(17.0));
    let mut lines = layout::wrap(&clean(line, 200), " · ", small, width);
    if lines.len() > 2 {
        let rest = lines[1..].join(" · ");
        lines = vec![lines[0].clone(), layout::fit(&rest, small, width)];
    }
    let line_h = look.room(24) as i32;
    let (head, body) =
        root.split_vertically(look.room(54) + line_h as u32 * lines.len().max(1) as u32);
    // Each line placed by its ink's top (large type's ink rises above its pen).
    let top = |size: f64| layout::measure("目标Ag", size).map_or(0, |r| r.y0);
    head.draw(&Text::new(
        layout::fit(&clean(title, 200), big, width),
        (16, look.room(8) as i32 - top(big)),
        font(big, look.theme.ink()),
    ))?;
    for (k, l) in lines.into_iter().enumerate() {
        head.draw(&Text::new(
            l,
            (16, look.room(44) as i32 + line_h * k as i32 - top(small)),
            font(small, look.theme.text(line_colour)),
        ))?;
    }
    Ok(body)
}

/// Writes an axis's title (its unit) level above the y axis, left of the plot's top: read
/// without turning the head, and never cut at the canvas edge as a turned title was.
pub(crate) fn axis_title<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &layout::Layout,
    look: &Look,
    text: &str,
    ink: RGBColor,
) -> DrawResult<DB> {
    let size = look.px(14.0);
    let Some(box_) = layout::measure(text, size) else {
        return Ok(());
    };
    let (bx, _) = area.get_base_pixel();
    let x = (plot.bounds.x0 - 8 - box_.width()).min(bx + 12).max(bx + 8);
    layout::put(
        area,
        text,
        (size, ink),
        (x - box_.x0, plot.bounds.y0 - 10 - box_.y1),
    )
}

/// An axis label for a whole year, empty between years (ticks can fall on fractions).
pub fn year_label(t: &f64) -> String {
    if (t - t.round()).abs() < 0.02 {
        format!("{:.0}", t)
    } else {
        String::new()
    }
}

/// A font of `size` pixels in the chart family and colour.
pub fn font(size: f64, colour: RGBColor) -> TextStyle<'static> {
    (FAMILY, size).into_font().color(&colour)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chart that draws one string, to compare glyph renderings.
    struct TextChart(String);

    impl Chart for TextChart {
        fn draw<DB: DrawingBackend>(
            &self,
            root: &DrawingArea<DB, Shift>,
            _: &Look,
        ) -> DrawResult<DB> {
            root.fill(&WHITE)?;
            root.draw(&Text::new(self.0.clone(), (4, 4), font(40.0, BLACK)))?;
            Ok(())
        }
    }

    fn raster(s: &str) -> Vec<u8> {
        let look = Look {
            width: 60,
            height: 60,
            theme: Theme::Light,
        };
        png(&TextChart(s.to_string()), &look).unwrap()
    }

    #[test]
    fn chinese_glyphs_are_not_tofu() {
        // A character the font lacks (private use area) draws its missing glyph (empty here).
        let tofu = raster("\u{E000}");
        let blank = raster(" ");
        let mut seen = std::collections::HashSet::new();
        for c in "温江区医药健康产业营收亿元千家需加速目标达成".chars() {
            let r = raster(&c.to_string());
            assert_ne!(r, tofu, "{c} renders as the missing glyph");
            assert_ne!(r, blank, "{c} renders as nothing");
            assert!(
                seen.insert(r),
                "{c} renders like another character (a box?)"
            );
        }
    }

    #[test]
    fn clean_drops_control_characters_and_caps_length() {
        assert_eq!(clean("a\u{1}b\nc", 10), "abc");
        assert_eq!(clean("温江区医药健康产业营收", 5), "温江区医…");
    }
}
