//! One self-contained HTML page: the report table, the notes and every chart as inline SVG.
//! Readable offline: no script, no external file, fonts fall back to the reader's own.

use super::text::{cells, headers, notes, target_words, COLUMNS};
use super::Report;
use crate::model::Lang;

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
@page{size:A4 landscape;margin:12mm}@media print{body{margin:0;max-width:none;padding:0}section.target{break-before:page}table{font-size:8pt}td,th{padding:2px 4px}td.n{white-space:normal}td.verdict,th{white-space:nowrap}tr,blockquote,svg{break-inside:avoid}a{color:inherit;text-decoration:none}svg{width:auto;height:auto;max-width:100%;max-height:115mm}#dashboard{break-inside:avoid;break-after:page}#dashboard svg{max-height:150mm}}";

/// The verdict's chart colour as CSS.
fn css_colour(v: crate::assess::Verdict) -> String {
    let c = crate::chart::verdict_colour(v);
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The page.
pub fn page(r: &Report<'_>) -> String {
    let lang = r.lang;
    let cites = super::cite::Citations::new(r.rows, &r.sources, lang);
    let title = lang.pick(
        "reach · 目标可达性报告",
        "reach · will the targets be reached?",
    );
    let mut h = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{STYLE}</style></head><body>\n<h1>{title}</h1>\n",
        lang.pick("zh-CN", "en")
    );
    let (on_track, acceleration, limited) = r.scheme.cutoffs();
    let (n, scheme) = (r.rows.len(), r.scheme);
    h.push_str(&match lang {
        Lang::Zh => format!("<p>共 {n} 个目标。结论阈值 {scheme:?}：进度比率 ≥ {on_track} 为进度正常，≥ {acceleration} 为需加速，≥ {limited} 为进展有限，其下为背离目标。</p>\n"),
        Lang::En => format!("<p>{n} targets; verdict cut-offs {scheme:?}: a growth ratio of at least {on_track} is on track, at least {acceleration} acceleration needed, at least {limited} limited progress, below that deterioration.</p>\n"),
    });
    if let Some((_, svg)) = r.charts.iter().find(|(n, _)| n == "dashboard") {
        h.push_str(&format!("<section id=\"dashboard\">{svg}</section>\n"));
    }
    h.push_str("<table><thead><tr>");
    for head in headers(lang) {
        h.push_str(&format!("<th>{}</th>", escape(head)));
    }
    h.push_str("</tr></thead><tbody>\n");
    for a in r.rows {
        h.push_str("<tr>");
        for (i, c) in cells(a, lang).iter().enumerate() {
            let class = if (3..10).contains(&i) {
                " class=\"n\""
            } else {
                ""
            };
            if i == 0 {
                h.push_str(&format!("<td><a href=\"#t-{0}\">{0}</a></td>", escape(c)));
            } else if i == COLUMNS - 1 {
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
        h.push_str(&format!(
            "<section class=\"target\" id=\"t-{}\"><h2>{} · {}{}{}</h2><p class=\"v\" style=\"color:{}\">{}</p>",
            escape(&a.id),
            escape(&a.region),
            escape(&a.indicator),
            lang.pick("：", ": "),
            escape(&target_words(a, lang)),
            css_colour(a.verdict),
            escape(&a.verdict.label(lang)),
        ));
        for n in notes(a, lang) {
            h.push_str(&format!("<p class=\"reason\">{}</p>", escape(&n)));
        }
        // Nothing empty: a quote block only with a quote, its source only when there is one.
        let cite = cites
            .number(a)
            .map(|n| format!("<small>[<a href=\"#src-{n}\">{n}</a>]</small>"));
        match (a.quote.trim(), cite) {
            ("", None) => {}
            ("", Some(cite)) => h.push_str(&format!(
                "<p class=\"reason\">{}{cite}</p>",
                lang.pick("来源：", "Source: ")
            )),
            (quote, cite) => h.push_str(&format!(
                "<blockquote>{}{}</blockquote>",
                escape(quote),
                cite.map(|c| format!(" {c}")).unwrap_or_default()
            )),
        }
        if let Some((_, svg)) = r.charts.iter().find(|(n, _)| n == &a.id) {
            h.push_str(svg);
        }
        h.push_str("</section>\n");
    }
    let mut entries = cites.entries().peekable();
    if entries.peek().is_some() {
        h.push_str(&format!(
            "<section id=\"sources\"><h2>{}</h2><ol>",
            super::cite::Citations::heading(lang)
        ));
        for (n, c) in entries {
            h.push_str(&format!("<li id=\"src-{n}\">{}</li>", escape(c)));
        }
        h.push_str("</ol></section>\n");
    }
    h.push_str(&format!(
        "<footer>reach {} · {}{} · {}{}</footer>\n",
        env!("CARGO_PKG_VERSION"),
        lang.pick("生成于 ", "generated "),
        crate::model::Date::today(),
        lang.pick("输入：", "inputs: "),
        escape(&r.inputs.join("; "))
    ));
    h.push_str("</body></html>\n");
    // The embedded font, cut to the page's own characters, so Chinese reads without a system
    // font (the charts' SVG text asks for the same family).
    let face = crate::chart::webfont::font_face(&h);
    h.replacen("<style>", &format!("<style>{face}"), 1)
}
