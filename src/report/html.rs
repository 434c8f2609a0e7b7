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
.v{font-weight:bold}.reason{color:#495057}";

/// The page.
pub fn page(r: &Report<'_>) -> String {
    let mut h = String::from("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<title>reach · 目标可达性报告</title>\n");
    h.push_str(&format!(
        "<style>{STYLE}</style></head><body>\n<h1>reach · 目标可达性报告</h1>\n"
    ));
    h.push_str(&format!(
        "<p>{} targets, verdict cut-offs {:?} (on track / acceleration needed / limited progress lower bounds: {:?}).</p>\n",
        r.rows.len(),
        r.scheme,
        r.scheme.cutoffs()
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
            } else {
                h.push_str(&format!("<td{class}>{}</td>", escape(c)));
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    for a in r.rows {
        h.push_str(&format!(
            "<section id=\"t-{}\"><h2>{} · {}</h2><p class=\"v\">{} {}</p>",
            escape(&a.id),
            escape(&a.region),
            escape(&a.indicator),
            escape(a.verdict.label_zh()),
            escape(a.verdict.name())
        ));
        for n in notes(a) {
            h.push_str(&format!("<p class=\"reason\">{}</p>", escape(&n)));
        }
        h.push_str(&format!(
            "<blockquote>{} <small>({})</small></blockquote>",
            escape(&a.quote),
            escape(&a.source)
        ));
        if let Some((_, svg)) = r.charts.iter().find(|(n, _)| n == &a.id) {
            h.push_str(svg);
        }
        h.push_str("</section>\n");
    }
    h.push_str("</body></html>\n");
    h
}
