//! The dashboard: every assessed target on one page as a bar of its growth ratio, coloured by
//! verdict, with the scheme's cut-offs drawn, so a reader sees the whole data set at once.

use super::layout::{fit, measure, put, text_width, Layout, Rect};
use super::{clean, font, header, verdict_colour, Chart, DrawResult, Look};
use crate::assess::{Assessment, Scheme, Verdict};
use crate::model::Form;
use crate::model::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;

/// One dashboard row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Label: region · indicator and deadline.
    pub label: String,
    /// Verdict.
    pub verdict: Verdict,
    /// Growth ratio, if any.
    pub ratio: Option<f64>,
    /// Why there is no ratio, in a few words.
    pub note: String,
}

/// All targets, sorted by verdict then ratio.
#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    /// Rows, top to bottom.
    pub rows: Vec<Row>,
    /// Cut-offs drawn as vertical lines.
    pub scheme: Scheme,
    /// Title.
    pub title: String,
    /// Targets per verdict, of every row (the rows drawn are at most [`MAX_ROWS`]).
    pub counts: Vec<(Verdict, usize)>,
    /// Rows not drawn.
    pub hidden: usize,
    /// The language of labels.
    pub lang: Lang,
}

/// Most rows drawn: 3,000 targets made a 1100 × 102,130 px raster.
pub const MAX_ROWS: usize = 120;

const LO: f64 = -0.6;
const HI: f64 = 1.6;

impl Dashboard {
    /// Builds the dashboard from assessments.
    pub fn new(rows: &[Assessment], scheme: Scheme, lang: Lang) -> Self {
        let mut out: Vec<Row> = rows
            .iter()
            .map(|a| Row {
                label: match (a.form, a.target_year) {
                    (Form::Trend, _) => {
                        format!(
                            "{} · {} · {}",
                            a.region,
                            a.indicator,
                            lang.pick("趋势", "trend")
                        )
                    }
                    (_, Some(y)) => format!("{} · {} → {y}", a.region, a.indicator),
                    (_, None) => format!(
                        "{} · {} → {}",
                        a.region,
                        a.indicator,
                        lang.pick("无年份", "no year")
                    ),
                },
                verdict: a.verdict,
                ratio: a.growth_ratio,
                note: a.short_note(lang),
            })
            .collect();
        // Rows that would read the same are told apart by the target, then by the id.
        for by_id in [false, true] {
            let twins: Vec<bool> = out
                .iter()
                .map(|r| out.iter().filter(|o| o.label == r.label).count() > 1)
                .collect();
            for ((row, a), twin) in out.iter_mut().zip(rows).zip(twins) {
                let extra = if by_id { &a.id } else { &a.target_as_written };
                if twin && !extra.is_empty() {
                    row.label = format!("{} · {extra}", row.label);
                }
            }
        }
        out.sort_by(|a, b| {
            a.verdict.cmp(&b.verdict).then(
                b.ratio
                    .unwrap_or(f64::MIN)
                    .total_cmp(&a.ratio.unwrap_or(f64::MIN)),
            )
        });
        let counts = Verdict::ALL
            .iter()
            .map(|v| (*v, out.iter().filter(|r| r.verdict == *v).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        let hidden = out.len().saturating_sub(MAX_ROWS);
        out.truncate(MAX_ROWS);
        Dashboard {
            rows: out,
            scheme,
            title: lang
                .pick("reach · 目标可达性总览", "reach · targets at a glance")
                .to_string(),
            counts,
            hidden,
            lang,
        }
    }

    /// A height that fits every row at `width` px (rows grow with the text, see
    /// [`Look::scale`]).
    pub fn natural_height(&self, width: u32) -> u32 {
        let look = Look {
            width,
            ..Look::default()
        };
        look.room(130 + 34 * self.rows.len().max(1) as u32)
    }
}

impl Chart for Dashboard {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        look: &Look,
    ) -> DrawResult<DB> {
        let theme = look.theme;
        let ink = theme.ink();
        let mut counts: Vec<String> = self
            .counts
            .iter()
            .map(|(v, n)| format!("{} {n}", v.label(self.lang)))
            .collect();
        if self.hidden > 0 {
            let (shown, hidden) = (self.rows.len(), self.hidden);
            counts.push(match self.lang {
                Lang::Zh => format!("仅显示前 {shown} 个，另有 {hidden} 个见报告"),
                Lang::En => format!("the first {shown} shown; {hidden} more in the report"),
            });
        }
        let body = header(root, look, &self.title, &counts.join(" · "), ink)?;
        let n = self.rows.len().max(1);
        // Row labels get up to 36 % of the width (390 px at most), cut to fit it.
        let label_area = (look.width as f64 * 0.36).clamp(150.0, look.px(390.0)) as u32;
        let small = look.px(13.0);
        let labels: Vec<String> = self
            .rows
            .iter()
            .map(|r| fit(&clean(&r.label, 80), look.px(14.0), label_area as i32 - 16))
            .collect();
        let mut chart = ChartBuilder::on(&body)
            .margin_right(24)
            .margin_top(look.room(40))
            .margin_bottom(8)
            .x_label_area_size(look.room(40))
            .y_label_area_size(label_area)
            .build_cartesian_2d(LO..HI, 0f64..n as f64)?;
        let (plot_w, _) = chart.plotting_area().dim_in_pixel();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(theme.background())
            .bold_line_style(theme.grid())
            .axis_style(ink)
            .label_style(font(look.px(14.0), ink))
            .axis_desc_style(font(look.px(15.0), ink))
            .x_desc(fit(
                self.lang.pick(
                    "增速比 = 实际或声称增速 ÷ 所需增速",
                    "growth ratio = actual or stated growth ÷ required growth",
                ),
                look.px(15.0),
                plot_w as i32,
            ))
            .x_labels(((plot_w / 45) as usize).clamp(3, 12))
            // Ticks rounded before they are written: never "-0.0".
            .x_label_formatter(&|x| format!("{:.1}", (x * 10.0).round() / 10.0 + 0.0))
            .y_labels(n * 2 + 1)
            .y_label_formatter(&|y| {
                let i = y - 0.5;
                if (i - i.round()).abs() < 1e-6 && i >= 0.0 {
                    labels
                        .get(n - 1 - i.round() as usize)
                        .cloned()
                        .unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .draw()?;
        let plot = Layout::of(&chart);
        let b = plot.bounds;
        // The cut-offs: reference lines (1 px) named above the plot, where their names do not
        // meet.
        let (bx, by) = body.get_base_pixel();
        let mut names = Layout::new(Rect::new(b.x0 - 40, by + 2, b.x1 + 20, b.y0 - 2));
        let (on, acc, lim) = self.scheme.cutoffs();
        let cut = ink.mix(0.45);
        for (x, name) in [(lim, "有限"), (acc, "需加速"), (on, "正常")] {
            chart.draw_series(DashedLineSeries::new(
                vec![(x, 0.0), (x, n as f64)],
                5,
                5,
                cut.stroke_width(1),
            ))?;
            let top = chart.backend_coord(&(x, n as f64));
            let name = match self.lang {
                Lang::Zh => format!("{name} {x}"),
                Lang::En => format!("{} {x}", cutoff_en(name)),
            };
            names.label(&body, &name, (look.px(12.0), ink), top, 3)?;
        }
        for (i, r) in self.rows.iter().enumerate() {
            let y = (n - 1 - i) as f64;
            let c = verdict_colour(r.verdict);
            let (bar, text) = match (r.verdict, r.ratio) {
                (Verdict::Achieved, _) => (Some(1.0), r.verdict.label(self.lang).into_owned()),
                (_, Some(x)) => (Some(x), format!("{:.2} {}", x, r.verdict.label(self.lang))),
                (_, None) if r.note.is_empty() => (None, r.verdict.label(self.lang).into_owned()),
                (_, None) => (None, format!("{} · {}", r.verdict.label(self.lang), r.note)),
            };
            let mut text_at = chart.backend_coord(&(0.0, y + 0.5)).0 + 6;
            if let Some(x) = bar {
                let end = x.clamp(LO, HI);
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(0.0, y + 0.18), (end, y + 0.82)],
                    c.filled(),
                )))?;
                let (ex, ey) = chart.backend_coord(&(end, y + 0.5));
                let bar_start = chart.backend_coord(&(0.0, y + 0.5)).0;
                text_at = text_at.max(ex + 6);
                if !(LO..=HI).contains(&x) {
                    // Beyond the axis: cut at the edge with an arrow, the value written inside.
                    let s = if x > HI { 1 } else { -1 };
                    let half = (chart.backend_coord(&(0.0, y + 0.18)).1 - ey).abs();
                    body.draw(&Polygon::new(
                        vec![
                            (ex - bx - s * 2, ey - by - half - 3),
                            (ex - bx + s * 10, ey - by),
                            (ex - bx - s * 2, ey - by + half + 3),
                        ],
                        theme.background().filled(),
                    ))?;
                    body.draw(&Polygon::new(
                        vec![
                            (ex - bx - s * 10, ey - by - half - 2),
                            (ex - bx + s * 2, ey - by),
                            (ex - bx - s * 10, ey - by + half + 2),
                        ],
                        c.filled(),
                    ))?;
                    if x > HI {
                        inside(&body, &text, (ex - 14, ey), (small, theme.background()))?;
                        continue;
                    }
                }
                // No room after the bar: the words go inside its end.
                let room = b.x1 - 4 - text_at;
                if text_width(&text, small) > room && ex - bar_start > text_width(&text, small) + 12
                {
                    inside(&body, &text, (ex - 6, ey), (small, theme.background()))?;
                    continue;
                }
            }
            // After the bar (or from zero), cut to the plot's width, on the background so the
            // cut-off lines do not run through the words.
            let text = fit(&text, small, b.x1 - 4 - text_at);
            if let Some(ink_box) = measure(&text, small) {
                let cy = chart.backend_coord(&(0.0, y + 0.5)).1;
                let pen = (text_at - ink_box.x0, cy - ink_box.y0 - ink_box.height() / 2);
                let r = ink_box.shift(pen.0, pen.1).grow(2);
                body.draw(&Rectangle::new(
                    [(r.x0 - bx, r.y0 - by), (r.x1 - bx, r.y1 - by)],
                    theme.background().filled(),
                ))?;
                put(&body, &text, (look.px(13.0), theme.text(c)), pen)?;
            }
        }
        Ok(())
    }
}

/// `text` right-aligned at `end` (its middle at `end`'s height), inside a bar.
fn inside<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    end: (i32, i32),
    (size, colour): (f64, RGBColor),
) -> DrawResult<DB> {
    if let Some(b) = measure(text, size) {
        let pen = (end.0 - b.x1, end.1 - b.y0 - b.height() / 2);
        put(area, text, (size, colour), pen)?;
    }
    Ok(())
}

/// A cut-off's name in English.
fn cutoff_en(zh: &str) -> &'static str {
    match zh {
        "正常" => "on track",
        "需加速" => "accelerate",
        _ => "limited",
    }
}
