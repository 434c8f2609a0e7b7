//! One self-contained HTML page: the report table, the notes and every chart as inline SVG.
//! Readable offline: no script, no external file, fonts fall back to the reader's own.

use super::text::{cells, notes, HEADERS};
use super::Report;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:'WenQuanYi Micro Hei','Noto Sans SC','Microsoft YaHei','PingFang SC',sans-serif;margin:2em auto;max-width:1200px;color:#212529;padding:0 1em}\
table{border-collapse:collapse;font-size:13px;width:100%}th,td{border:1px solid #dee2e6;padding:4px 6px;text-align:left;vertical-align:top}\
th{background:#f1f3f5}td.n{text-align:right;white-space:nowrap}section{margin:2em 0}svg{max-width:100%;height:auto}\
.v{font-weight:bold}.reason{color:#495057}td.verdict{color:#fff;font-weight:bold}footer{margin-top:3em;border-top:1px solid #dee2e6;padding-top:.5em;color:#6c757d;font-size:12px}\
@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none;padding:0}section.target{break-before:page}table{font-size:9pt}tr,blockquote,svg{break-inside:avoid}a{color:inherit;text-decoration:none}}";

/// The verdict's chart colour as CSS.
fn css_colour(v: crate::assess::Verdict) -> String {
    let c = crate::chart::verdict_colour(v);
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The page.
pub fn page(r: &Report<'_>) -> String {
    let mut h = String::from("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<title>reach · 目标可达性报告</title>\n");
    h.push_str(&format!(
        "<style>{STYLE}</style></head><body>\n<h1>reach · 目标可达性报告</h1>\n"
    ));
    let (on_track, acceleration, limited) = r.scheme.cutoffs();
    h.push_str(&format!(
        "<p>共 {} 个目标。结论阈值 {:?}：进度比率 ≥ {on_track} 为进度正常，≥ {acceleration} 为需加速，≥ {limited} 为进展有限，其下为偏离。<br><small>{} targets; verdict cut-offs {:?} (on track / acceleration needed / limited progress lower bounds: {on_track} / {acceleration} / {limited}).</small></p>\n",
        r.rows.len(),
        r.scheme,
        r.rows.len(),
        r.scheme,
    ));
    if let Some((_, svg)) = r.charts.iter().find(|(n, _)| n == "dashboard") {
        h.push_str(&format!("<section id=\"dashboard\">{svg}</section>\n"));
    }
    h.push_str("<table><thead><tr>");
    for head in HEADERS {
        h.push_str(&format!("<th>{}</th>", escape(head)));
    }
    h.push_str("</tr></thead><tbody>\n");
    for a in r.rows {
        h.push_str("<tr>");
        for (i, c) in cells(a).iter().enumerate() {
            let class = if (3..10).contains(&i) {
                " class=\"n\""
            } else {
                ""
            };
            if i == 0 {
                h.push_str(&format!("<td><a href=\"#t-{0}\">{0}</a></td>", escape(c)));
            } else if i == HEADERS.len() - 1 {
                h.push_str(&format!(
                    "<td class=\"verdict\" style=\"background:{}\">{}</td>",
                    css_colour(a.verdict),
                    escape(c)
                ));
            } else {
                h.push_str(&format!("<td{class}>{}</td>", escape(c)));
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    for a in r.rows {
        // The heading names the target itself: two targets of one indicator read apart.
        let target = match (a.form, a.target_year) {
            (crate::model::Form::Trend, _) => format!("趋势 trend ({})", a.direction_zh()),
            (_, Some(y)) => format!("{} → {y}", a.target_as_written),
            (_, None) => format!("{} (无年份 no year)", a.target_as_written),
        };
        h.push_str(&format!(
            "<section class=\"target\" id=\"t-{}\"><h2>{} · {}：{}</h2><p class=\"v\" style=\"color:{}\">{} {}</p>",
            escape(&a.id),
            escape(&a.region),
            escape(&a.indicator),
            escape(&target),
            css_colour(a.verdict),
            escape(a.verdict.label_zh()),
            escape(a.verdict.name())
        ));
        for n in notes(a) {
            h.push_str(&format!("<p class=\"reason\">{}</p>", escape(&n)));
        }
        // Nothing empty: a quote block only with a quote, its source only when there is one.
        match (a.quote.trim(), a.source.trim()) {
            ("", "") => {}
            ("", source) => h.push_str(&format!(
                "<p class=\"reason\">来源 source: {}</p>",
                escape(source)
            )),
            (quote, "") => h.push_str(&format!("<blockquote>{}</blockquote>", escape(quote))),
            (quote, source) => h.push_str(&format!(
                "<blockquote>{} <small>({})</small></blockquote>",
                escape(quote),
                escape(source)
            )),
        }
        if let Some((_, svg)) = r.charts.iter().find(|(n, _)| n == &a.id) {
            h.push_str(svg);
        }
        h.push_str("</section>\n");
    }
    h.push_str(&format!(
        "<footer>reach {} · 生成于 generated {} · 输入 inputs: {}</footer>\n",
        env!("CARGO_PKG_VERSION"),
        crate::model::Date::today(),
        escape(&r.inputs.join("; "))
    ));
    h.push_str("</body></html>\n");
    // The embedded font, cut to the page's own characters, so Chinese reads without a system
    // font (the charts' SVG text asks for the same family).
    let face = crate::chart::webfont::font_face(&h);
    h.replacen("<style>", &format!("<style>{face}"), 1)
}
