//! The sweep's terminal table: per target and target year, the required growth and the
//! smallest growth on the grid that reaches it.

use crate::assess::Scheme;
use crate::model::{fmt_num, Lang};
use crate::sweep::{compute, min_growth, min_growth_rows, Grid};

/// Most rows the terminal table shows (the rest is for `-f csv` or `parquet`).
const MAX_ROWS: usize = 1000;
use comfy_table::{presets, Table};

/// Most cells the table lists one by one; a larger grid gets the summary per target year.
const CELL_ROWS: u64 = 200;

/// The table for `grid`: every cell with its projection and verdict when there are at most
/// [`CELL_ROWS`], else the required and the smallest grid growth per target year (also when
/// no growth is given); and the cell count.
pub fn table(grid: &Grid, scheme: Scheme, lang: Lang) -> String {
    let cells = grid.cells();
    if cells == 0 || cells > CELL_ROWS {
        return summary(grid, lang);
    }
    let c = compute(grid, 0, cells, scheme);
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_header(lang.pick(
            vec![
                "基数",
                "基年",
                "增速",
                "目标",
                "目标年",
                "预测",
                "缺口",
                "所需增速",
                "达成年份",
                "结论",
            ],
            vec![
                "base",
                "base year",
                "growth",
                "target",
                "target year",
                "projected",
                "gap",
                "required",
                "reached",
                "verdict",
            ],
        ));
    let num = |x: Option<f64>| x.map_or_else(|| "—".to_string(), fmt_num);
    let pct = |x: Option<f64>| x.map_or_else(|| "—".to_string(), |r| format!("{:.2}%", r * 100.0));
    for i in 0..c.base.len() {
        t.add_row(vec![
            fmt_num(c.base[i]),
            fmt_num(c.base_year[i]),
            pct(Some(c.growth[i])),
            fmt_num(c.target[i]),
            fmt_num(c.target_year[i]),
            num(c.projected[i]),
            num(c.gap[i]),
            pct(c.required_growth[i]),
            c.reach_year_exact[i]
                .map_or_else(|| "—".into(), |x| format!("{} ({x:.2})", (x - 1e-9).ceil())),
            c.verdict[i].label(lang).into_owned(),
        ]);
    }
    format!("{t}\n{}\n", cell_count(cells, lang))
}

/// The required and the smallest grid growth per target year.
fn summary(grid: &Grid, lang: Lang) -> String {
    let mut t = Table::new();
    let paced = !grid.growth.is_empty();
    let mut header = lang.pick(
        vec!["基数", "基年", "目标", "目标年", "所需增速"],
        vec!["base", "base year", "target", "target year", "required"],
    );
    if paced {
        header.push(lang.pick("网格最低可达增速", "lowest grid growth that reaches"));
    }
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_header(header);
    for m in min_growth(grid).take(MAX_ROWS) {
        let pct = |x: Option<f64>, none: &str| {
            x.map(|r| format!("{:.2}%", r * 100.0))
                .unwrap_or_else(|| none.into())
        };
        let mut row = vec![
            fmt_num(m.base),
            fmt_num(m.base_year),
            fmt_num(m.target),
            fmt_num(m.target_year),
            pct(m.required, "—"),
        ];
        if paced {
            row.push(pct(
                m.min_grid_growth,
                lang.pick("网格内无", "none on the grid"),
            ));
        }
        t.add_row(row);
    }
    let rows = min_growth_rows(grid);
    let more = if rows > MAX_ROWS as u64 {
        let more = rows - MAX_ROWS as u64;
        lang.pick(
            format!("……另有 {more} 行：用 -f csv 或 parquet 写出整个网格\n"),
            format!("… {more} more rows: write the grid with -f csv or parquet\n"),
        )
    } else {
        String::new()
    };
    if paced {
        format!("{t}\n{more}{}\n", cell_count(grid.cells(), lang))
    } else {
        format!(
            "{t}\n{more}{}\n",
            lang.pick(
                "给出 --growth（20%，或区间 10%:30%:1%）可得按该速度的预测与结论",
                "give --growth (20%, or a range 10%:30%:1%) for the projection and verdict at a pace"
            )
        )
    }
}

/// "567 cells" / "共 567 个组合".
fn cell_count(cells: u64, lang: Lang) -> String {
    lang.pick(format!("共 {cells} 个组合"), format!("{cells} cells"))
}
