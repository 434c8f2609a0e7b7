//! The sweep's terminal table: per target and target year, the required growth and the
//! smallest growth on the grid that reaches it.

use crate::model::fmt_num;
use crate::sweep::{min_growth, min_growth_rows, Grid};

/// Most rows the terminal table shows (the rest is for `-f csv` or `parquet`).
const MAX_ROWS: usize = 1000;
use comfy_table::{presets, Table};

/// The table for `grid`, and its cell count.
pub fn table(grid: &Grid) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED).set_header(vec![
        "基数 base",
        "基年",
        "目标 target",
        "目标年",
        "所需增速 required",
        "网格最低可达增速 min grid growth",
    ]);
    for m in min_growth(grid).take(MAX_ROWS) {
        let pct = |x: Option<f64>, none: &str| {
            x.map(|r| format!("{:.2}%", r * 100.0))
                .unwrap_or_else(|| none.into())
        };
        t.add_row(vec![
            fmt_num(m.base),
            fmt_num(m.base_year),
            fmt_num(m.target),
            fmt_num(m.target_year),
            pct(m.required, "—"),
            pct(m.min_grid_growth, "none on the grid"),
        ]);
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
    format!("{t}\n{more}{} cells\n", grid.cells())
}
