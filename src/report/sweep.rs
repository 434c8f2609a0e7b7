//! The sweep's terminal table: per target and target year, the required growth and the
//! smallest growth on the grid that reaches it.

use crate::assess::Scheme;
use crate::model::fmt_num;
use crate::sweep::{compute, min_growth, min_growth_rows, Grid};

/// Most rows the terminal table shows (the rest is for `-f csv` or `parquet`).
const MAX_ROWS: usize = 1000;
use comfy_table::{presets, Table};

/// Most cells the table lists one by one; a larger grid gets the summary per target year.
const CELL_ROWS: u64 = 200;

/// The table for `grid`: every cell with its projection and verdict when there are at most
/// [`CELL_ROWS`], else the required and the smallest grid growth per target year (also when
/// no growth is given); and the cell count.
pub fn table(grid: &Grid, scheme: Scheme) -> String {
    let cells = grid.cells();
    if cells == 0 || cells > CELL_ROWS {
        return summary(grid);
    }
    let c = compute(grid, 0, cells, scheme);
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED).set_header(vec![
        "基数 base",
        "基年",
        "增速 growth",
        "目标 target",
        "目标年",
        "预测 projected",
        "缺口 gap",
        "所需增速 required",
        "达成年份 reach",
        "结论 verdict",
    ]);
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
            format!("{} {}", c.verdict[i].label_zh(), c.verdict[i].name()),
        ]);
    }
    format!("{t}\n{cells} cells\n")
}

/// The required and the smallest grid growth per target year.
fn summary(grid: &Grid) -> String {
    let mut t = Table::new();
    let paced = !grid.growth.is_empty();
    let mut header = vec![
        "基数 base",
        "基年",
        "目标 target",
        "目标年",
        "所需增速 required",
    ];
    if paced {
        header.push("网格最低可达增速 min grid growth");
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
            row.push(pct(m.min_grid_growth, "none on the grid"));
        }
        t.add_row(row);
    }
    let rows = min_growth_rows(grid);
    let more = if rows > MAX_ROWS as u64 {
        format!(
            "… {} more rows: write the grid with -f csv or parquet\n",
            rows - MAX_ROWS as u64
        )
    } else {
        String::new()
    };
    if paced {
        format!("{t}\n{more}{} cells\n", grid.cells())
    } else {
        format!("{t}\n{more}give --growth (20%, or a range 10%:30%:1%) for the projection and verdict at a pace\n")
    }
}
