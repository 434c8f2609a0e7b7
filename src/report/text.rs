//! Human formats: the terminal table and Markdown share one set of cells.

use crate::assess::RateUnit;
use crate::assess::{Assessment, PaceSource};
use crate::model::{fmt_num, fmt_pct, Lang};
use crate::output::visible;
use comfy_table::{presets, Cell, CellAlignment, ContentArrangement, Table};

/// The table's column headings in each language.
pub(crate) fn headers(lang: Lang) -> [&'static str; 11] {
    match lang {
        Lang::Zh => [
            "编号",
            "地区 · 指标 (单位)",
            "目标",
            "基期值",
            "速度",
            "所需增速",
            "目标年预测",
            "缺口",
            "达成年份",
            "比率",
            "结论",
        ],
        Lang::En => [
            "id",
            "region · indicator (unit)",
            "target",
            "baseline",
            "pace",
            "required",
            "projected",
            "gap",
            "reached",
            "ratio",
            "verdict",
        ],
    }
}

/// Number of columns in the table.
pub(crate) const COLUMNS: usize = 11;

fn rate(a: &Assessment, r: Option<f64>, lang: Lang) -> String {
    match r {
        None => "—".into(),
        Some(r) => match a.rate_unit {
            RateUnit::Yearly => fmt_pct(r),
            RateUnit::LogitYearly => format!("{r:.3} logit"),
            RateUnit::Flow(_) => format!("{}{}", fmt_num(r), lang.pick("/年", "/yr")),
        },
    }
}

fn opt(v: Option<f64>) -> String {
    v.map(fmt_num).unwrap_or_else(|| "—".into())
}

/// The cells of one row.
pub(crate) fn cells(a: &Assessment, lang: Lang) -> [String; COLUMNS] {
    let base = match (a.base_value, &a.base_period) {
        (Some(v), Some(p)) => format!(
            "{} ({p}){}",
            fmt_num(v),
            if a.base_note.is_some() { "*" } else { "" }
        ),
        _ => "—".into(),
    };
    let pace = match a.pace_source {
        Some(PaceSource::Claimed) => {
            format!("{} {}", rate(a, a.pace, lang), lang.pick("声称", "stated"))
        }
        Some(PaceSource::Observed) => format!(
            "{} {}",
            rate(a, a.pace, lang),
            lang.pick("实测", "observed")
        ),
        None => "—".into(),
    } + if a.pace_conflict { " ⚠" } else { "" };
    let gap = match (a.gap, a.gap_pct) {
        (Some(g), Some(p)) => format!(
            "{}{} ({:+.1}%)",
            if g > 0.0 { "+" } else { "" },
            fmt_num(g),
            p * 100.0
        ),
        _ => "—".into(),
    };
    let reach = match (a.reach_year, a.reach_year_exact) {
        (Some(y), Some(x)) => format!("{y} ({x:.2})"),
        _ => "—".into(),
    };
    [
        a.id.clone(),
        format!("{} · {} ({})", a.region, a.indicator, a.unit),
        target_words(a, lang),
        base,
        pace,
        rate(a, a.required_growth, lang),
        opt(a.projected_value),
        gap,
        reach,
        a.growth_ratio
            .map(|r| format!("{r:.3}"))
            .unwrap_or_else(|| "—".into()),
        a.verdict.label(lang).into_owned(),
    ]
}

/// The target in a cell or heading: "千亿 → 2026", "千亿（无年份）", a trend's direction.
pub(crate) fn target_words(a: &Assessment, lang: Lang) -> String {
    match (a.form, a.target_year, lang) {
        (crate::model::Form::Trend, _, Lang::Zh) => {
            format!("趋势：期望{}（无目标）", a.direction_zh())
        }
        (crate::model::Form::Trend, _, Lang::En) => {
            format!("trend: {} wanted (no target)", a.direction)
        }
        // 220億元 → 2026M3: a goal for part of its year says which part.
        (_, Some(y), _) => match &a.target_part {
            Some(part) => format!("{} → {part}", a.target_as_written),
            None => format!("{} → {y}", a.target_as_written),
        },
        (_, None, lang) => format!(
            "{}{}",
            a.target_as_written,
            lang.pick("（无年份）", " (no year)")
        ),
    }
}

/// Notes under the table: the reason, the baseline's derivation, the plan's links.
pub(crate) fn notes(a: &Assessment, lang: Lang) -> Vec<String> {
    use crate::assess::reason::note;
    let mut n = vec![a.reason.clone()];
    if let Some(b) = &a.base_note {
        n.push(format!("* {b}"));
    }
    if let Some(by) = &a.revised_by {
        n.push(note::restated_later(by, a.slippage_years, lang));
    }
    if let (Some(r), Some(s)) = (&a.revises, a.slippage_years) {
        n.push(note::restates(r, s, lang));
    }
    if let Some(p) = a.path_growth {
        n.push(note::path_growth(&fmt_pct(p), lang));
    }
    // Each note a sentence, so notes run on cleanly when joined.
    for s in &mut n {
        if !s.ends_with(['.', '。', '！', '!']) {
            s.push_str(lang.pick("。", "."));
        }
    }
    n
}

/// The columns a narrow terminal drops first, in order (their facts are in the notes too):
/// 比率, 基期值, 速度, 缺口.
const LOW_PRIORITY: [usize; 4] = [9, 3, 4, 7];

/// Display columns a table column needs to read well when wrapped.
const COLUMN_BUDGET: usize = 14;

/// The columns shown within `width`: all, less the low-priority ones until the rest have
/// [`COLUMN_BUDGET`] each.
fn shown(width: Option<u16>) -> Vec<usize> {
    let mut keep: Vec<usize> = (0..COLUMNS).collect();
    if let Some(w) = width {
        for drop in LOW_PRIORITY {
            if keep.len() * COLUMN_BUDGET <= usize::from(w) {
                break;
            }
            keep.retain(|&i| i != drop);
        }
    }
    keep
}

/// The terminal table followed by one note block per target; within `width` columns when
/// given (low-priority columns dropped and named under the table, cells wrapped, Chinese text
/// by its display width), else every column at its full width.
pub fn table(rows: &[Assessment], width: Option<u16>, lang: Lang) -> String {
    let keep = shown(width);
    let headers = headers(lang);
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_header(keep.iter().map(|&i| Cell::new(headers[i])));
    match width {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    for a in rows {
        let c = cells(a, lang);
        t.add_row(keep.iter().map(|&i| {
            let cell = Cell::new(visible(&c[i]));
            if (3..10).contains(&i) {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    let mut out = format!("{t}\n");
    if keep.len() < COLUMNS {
        let hidden: Vec<&str> = (0..COLUMNS)
            .filter(|i| !keep.contains(i))
            .map(|i| headers[i])
            .collect();
        out.push_str(&match lang {
            Lang::Zh => format!("未显示：{}（--wide 显示全部列）\n", hidden.join("、")),
            Lang::En => format!(
                "hidden: {} (--wide shows every column)\n",
                hidden.join(", ")
            ),
        });
    }
    for a in rows {
        out.push_str(&format!(
            "\n{} — {}\n",
            visible(&a.id),
            a.verdict.label(lang)
        ));
        for n in notes(a, lang) {
            out.push_str(&format!("  {}\n", visible(&n)));
        }
    }
    out
}

/// A Markdown cell or list item from data: no raw HTML (`<script>`), no row or line of its own
/// (`|`, newlines), no control characters.
fn md_escape(s: &str) -> String {
    visible(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// A Markdown table followed by the notes as a list.
pub(crate) fn markdown(rows: &[Assessment], lang: Lang, cites: &super::cite::Citations) -> String {
    let mut out = format!(
        "| {} |\n|{}\n",
        headers(lang).join(" | "),
        "---|".repeat(COLUMNS)
    );
    for a in rows {
        let c: Vec<String> = cells(a, lang).iter().map(|c| md_escape(c)).collect();
        out.push_str(&format!("| {} |\n", c.join(" | ")));
    }
    out.push('\n');
    for a in rows {
        let (id, label) = (md_escape(&a.id).replace('*', "\\*"), a.verdict.label(lang));
        let notes = md_escape(&notes(a, lang).join(lang.pick("", " ")));
        let cite = cites
            .number(a)
            .map(|n| format!(" [{n}]"))
            .unwrap_or_default();
        out.push_str(&match lang {
            Lang::Zh => format!("- **{id}**（{label}）：{notes}{cite}\n"),
            Lang::En => format!("- **{id}** ({label}): {notes}{cite}\n"),
        });
    }
    let mut entries = cites.entries().peekable();
    if entries.peek().is_some() {
        out.push_str(&format!(
            "\n## {}\n\n",
            super::cite::Citations::heading(lang)
        ));
        for (n, c) in entries {
            out.push_str(&format!("{n}. {}\n", md_escape(c)));
        }
    }
    out
}

#[cfg(test)]
mod width {
    use crate::output::display_width as columns;

    #[test]
    fn the_table_fits_the_terminal_it_is_given() {
        let facts = crate::load::seed_facts().unwrap();
        let rows = crate::assess::assess_all(&facts, &crate::assess::Options::default());
        let wide = super::table(&rows, None, crate::model::Lang::Zh);
        let widest = wide.lines().map(columns).max().unwrap();
        assert!(widest > 160, "{widest}");
        assert_eq!(super::shown(Some(200)).len(), 11);
        assert_eq!(super::shown(Some(80)).len(), 7);
        for width in [80u16, 100, 120] {
            let t = super::table(&rows, Some(width), crate::model::Lang::Zh);
            assert!(t.contains("（--wide 显示全部列）"), "{width}");
            let keep = super::shown(Some(width));
            assert!(
                [0, 1, 2, 5, 6, 8, 10].iter().all(|i| keep.contains(i)),
                "{width}"
            );
            let table_lines = t.lines().take_while(|l| !l.is_empty());
            for line in table_lines {
                assert!(
                    columns(line) <= usize::from(width),
                    "{width}: {} columns: {line}",
                    columns(line)
                );
            }
            // Every target is still there.
            for a in &rows {
                assert!(t.contains(&format!("\n{} — ", a.id)), "{}", a.id);
            }
        }
    }
}
