//! Excel workbooks: any frame as a sheet people can use as it is — numbers as numbers with
//! formats (percent for rates, one decimal for values, whole years), verdict cells in the
//! charts' colours, a frozen header, an autofilter, column widths that fit Chinese text — and a
//! second sheet with the sources.

use crate::error::{Error, Result};
use crate::model::Lang;
use polars::prelude::*;
use rust_xlsxwriter::{Color, Format as Cell, FormatBorder, Workbook, Worksheet};

/// Most rows a sheet holds (Excel's limit less the header).
pub const MAX_ROWS: usize = 1_048_575;

/// How a column's numbers are shown.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shown {
    /// 0.00 % (fractions: 0.2336 → 23.36 %).
    Percent,
    /// One decimal with thousands separators.
    Value,
    /// A whole year.
    Year,
    /// Two decimals (a time on the year axis).
    Time,
    /// Three decimals (ratios, logit rates).
    Ratio,
    /// As it comes.
    General,
}

/// The rule for each column name, for reports, sweeps and simulations alike.
fn shown(column: &str) -> Shown {
    match column {
        "required_growth"
        | "required_growth_remaining"
        | "pace"
        | "claimed_growth"
        | "observed_growth"
        | "gap_pct"
        | "growth"
        | "path_growth"
        | "p_reach" => Shown::Percent,
        "target_value" | "base_value" | "projected_value" | "gap" | "base" | "target"
        | "projected" | "p5" | "p25" | "p50" | "p75" | "p95" | "p50_closed_form" => Shown::Value,
        "target_year" | "reach_year" | "year" | "base_year" | "slippage_years" => Shown::Year,
        "reach_year_exact" | "t" => Shown::Time,
        "growth_ratio" | "ratio" => Shown::Ratio,
        _ => Shown::General,
    }
}

/// A column's heading for people (the machine key where there is no better one).
fn heading(column: &str, lang: Lang) -> &str {
    let zh = match column {
        "id" => "编号",
        "region" => "地区",
        "indicator" => "指标",
        "unit" => "单位",
        "form" => "目标形式",
        "direction" => "方向",
        "target_stated" => "目标",
        "target_year" => "目标年",
        "target_value" => "目标值",
        "base_period" => "基期",
        "base_value" => "基期值",
        "pace" => "速度",
        "pace_source" => "速度来源",
        "claimed_growth" => "声称增速",
        "observed_growth" => "实测增速",
        "rate_unit" => "速度单位",
        "required_growth" => "所需增速",
        "projected_value" => "目标年预测",
        "gap" => "缺口",
        "gap_pct" => "缺口比例",
        "reach_year" => "达成年份",
        "reach_year_exact" => "达成时点",
        "growth_ratio" => "比率",
        "verdict" => "结论",
        "reason" => "说明",
        "source" => "来源",
        "base" => "基数",
        "base_year" => "基年",
        "growth" => "增速",
        "target" => "目标",
        "projected" => "预测",
        "year" => "年份",
        "p50_closed_form" => "P50 解析解",
        _ => column,
    };
    lang.pick(zh, column)
}

/// The cell format of a number in a column.
fn number_format(s: Shown) -> Cell {
    let f = Cell::new();
    match s {
        Shown::Percent => f.set_num_format("0.00%"),
        Shown::Value => f.set_num_format("#,##0.0"),
        Shown::Year => f.set_num_format("0"),
        Shown::Time => f.set_num_format("0.00"),
        Shown::Ratio => f.set_num_format("0.000"),
        Shown::General => f,
    }
}

use super::display_width as width;

fn xlsx_err(e: rust_xlsxwriter::XlsxError) -> Error {
    Error::encode("the Excel workbook", e)
}

/// Writes `df` into `sheet`: header, formatted cells, verdicts coloured by `verdict_colour`.
fn fill(sheet: &mut Worksheet, df: &DataFrame, lang: Lang) -> Result<()> {
    if df.height() > MAX_ROWS {
        return Err(Error::usage(
            "--format",
            format!(
                "{} rows are more than an Excel sheet holds ({MAX_ROWS}); write csv or parquet",
                df.height()
            ),
        ));
    }
    let head = Cell::new()
        .set_bold()
        .set_background_color(Color::RGB(0xF1F3F5))
        .set_border_bottom(FormatBorder::Thin);
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    // A row's rates are percentages only when its rate unit is yearly (%/yr): a logit or a
    // flow rate keeps three decimals.
    let yearly: Option<Vec<bool>> = df.column("rate_unit").ok().and_then(|c| {
        c.str()
            .ok()
            .map(|s| (0..s.len()).map(|i| s.get(i) == Some("/yr")).collect())
    });
    for (j, name) in names.iter().enumerate() {
        let col = j as u16;
        let title = heading(name, lang);
        sheet
            .write_string_with_format(0, col, title, &head)
            .map_err(xlsx_err)?;
        let mut widest = width(title);
        let kind = shown(name);
        let series = df
            .column(name)
            .map_err(|e| Error::encode("the Excel workbook", e))?
            .as_materialized_series()
            .clone();
        if series.dtype().is_primitive_numeric() {
            let values = series
                .cast(&DataType::Float64)
                .map_err(|e| Error::encode("the Excel workbook", e))?;
            let values = values
                .f64()
                .map_err(|e| Error::encode("the Excel workbook", e))?;
            let (main, ratio) = (number_format(kind), number_format(Shown::Ratio));
            for (i, v) in (0..values.len()).map(|i| (i, values.get(i))) {
                if let Some(v) = v.filter(|v| v.is_finite()) {
                    let f = match (&yearly, kind, name.as_str()) {
                        (
                            Some(y),
                            Shown::Percent,
                            "pace" | "required_growth" | "required_growth_remaining",
                        ) if !y[i] => &ratio,
                        _ => &main,
                    };
                    sheet
                        .write_number_with_format(i as u32 + 1, col, v, f)
                        .map_err(xlsx_err)?;
                    widest = widest.max(12);
                }
            }
        } else {
            let text = series
                .cast(&DataType::String)
                .map_err(|e| Error::encode("the Excel workbook", e))?;
            let text = text
                .str()
                .map_err(|e| Error::encode("the Excel workbook", e))?;
            for (i, s) in (0..text.len()).map(|i| (i, text.get(i))) {
                let Some(s) = s else { continue };
                let row = i as u32 + 1;
                if name == "verdict" {
                    if let Some(v) = crate::assess::Verdict::parse(s) {
                        let c = crate::chart::verdict_colour(v);
                        let f = Cell::new()
                            .set_background_color(Color::RGB(
                                (u32::from(c.0) << 16) | (u32::from(c.1) << 8) | u32::from(c.2),
                            ))
                            .set_font_color(Color::White)
                            .set_bold();
                        let label = v.label(lang);
                        sheet
                            .write_string_with_format(row, col, label.as_ref(), &f)
                            .map_err(xlsx_err)?;
                        widest = widest.max(width(&label));
                        continue;
                    }
                }
                // Text is text (a leading = is not a formula in a string cell).
                sheet.write_string(row, col, s).map_err(xlsx_err)?;
                widest = widest.max(width(s));
            }
        }
        sheet
            .set_column_width(col, (widest.min(60) + 2) as f64)
            .map_err(xlsx_err)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_err)?;
    if !names.is_empty() {
        sheet
            .autofilter(0, 0, df.height() as u32, names.len() as u16 - 1)
            .map_err(xlsx_err)?;
    }
    Ok(())
}

/// A workbook: `df` on a first sheet named `name`, and, when there are any, the numbered
/// `sources` on a second.
pub fn workbook(
    df: &DataFrame,
    name: &str,
    sources: &[(usize, String)],
    lang: Lang,
) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(name).map_err(xlsx_err)?;
    fill(sheet, df, lang)?;
    if !sources.is_empty() {
        let s = book.add_worksheet();
        s.set_name(lang.pick("来源", "Sources")).map_err(xlsx_err)?;
        let head = Cell::new().set_bold();
        s.write_string_with_format(0, 0, "#", &head)
            .map_err(xlsx_err)?;
        s.write_string_with_format(0, 1, lang.pick("来源", "source"), &head)
            .map_err(xlsx_err)?;
        let mut widest = 10;
        for (i, (n, text)) in sources.iter().enumerate() {
            s.write_number(i as u32 + 1, 0, *n as f64)
                .map_err(xlsx_err)?;
            s.write_string(i as u32 + 1, 1, text).map_err(xlsx_err)?;
            widest = widest.max(width(text));
        }
        s.set_column_width(1, widest.min(120) as f64 + 2.0)
            .map_err(xlsx_err)?;
    }
    book.save_to_buffer().map_err(xlsx_err)
}
