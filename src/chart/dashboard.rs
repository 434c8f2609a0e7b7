//! The dashboard: every assessed target on one page as a bar of its growth ratio, coloured by
//! verdict, with the scheme's cut-offs drawn, so a reader sees the whole data set at once.

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

    /// A height that fits every row.
    pub fn natural_height(&self) -> u32 {
        130 + 34 * self.rows.len().max(1) as u32
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
        let labels: Vec<String> = self.rows.iter().map(|r| clean(&r.label, 34)).collect();
        let mut chart = ChartBuilder::on(&body)
            .margin_right(24)
            .margin_bottom(8)
            .x_label_area_size(40)
            .y_label_area_size(390)
            .build_cartesian_2d(LO..HI, 0f64..n as f64)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(theme.background())
            .bold_line_style(theme.grid())
            .axis_style(ink)
            .label_style(font(14.0, ink))
            .axis_desc_style(font(15.0, ink))
            .x_desc(self.lang.pick(
                "增速比 = 实际或声称增速 ÷ 所需增速",
                "growth ratio = actual or stated growth ÷ required growth",
            ))
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
        let (on, acc, lim) = self.scheme.cutoffs();
        for (x, name) in [(on, "正常"), (acc, "需加速"), (lim, "有限")] {
            chart.draw_series(DashedLineSeries::new(
                vec![(x, 0.0), (x, n as f64)],
                5,
                5,
                theme.grid().stroke_width(2),
            ))?;
            chart.draw_series(std::iter::once(Text::new(
                format!("{name} {x}"),
                (x, n as f64),
                font(12.0, ink),
            )))?;
        }
        for (i, r) in self.rows.iter().enumerate() {
            let y = (n - 1 - i) as f64;
            let c = verdict_colour(r.verdict);
            let (bar, text) = match (r.verdict, r.ratio) {
                (Verdict::Achieved, _) => (Some(1.0), r.verdict.label(self.lang).into_owned()),
                (_, Some(x)) => (
                    Some(x.clamp(LO, HI)),
                    format!("{:.2} {}", x, r.verdict.label(self.lang)),
                ),
                (_, None) => (None, format!("{} · {}", r.verdict.label(self.lang), r.note)),
            };
            if let Some(x) = bar {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(0.0, y + 0.18), (x, y + 0.82)],
                    c.filled(),
                )))?;
            }
            let at = bar.unwrap_or(0.0).max(0.0) + 0.03;
            chart.draw_series(std::iter::once(Text::new(
                text,
                (at.min(HI - 0.3), y + 0.72),
                font(13.0, c),
            )))?;
        }
        Ok(())
    }
}
