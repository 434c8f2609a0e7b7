//! Properties of extraction on generated text.

use super::{extract, render, Options};
use crate::model::numeral::format_chinese;
use crate::model::Date;
use proptest::prelude::*;

/// Characters that make figures, periods and sentences likely.
const ALPHABET: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    ".",
    ",",
    " ",
    "一",
    "两",
    "三",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "余",
    "近",
    "超",
    "突破",
    "以上",
    "元",
    "家",
    "个",
    "%",
    "平方米",
    "亩",
    "名",
    "年",
    "月",
    "日",
    "-",
    "2021年",
    "到2026年",
    "截至目前",
    "今年",
    "1-6月",
    "前三季度",
    "十四五",
    "累计",
    "同比增长",
    "力争",
    "实现",
    "企业",
    "营收",
    "温江区",
    "，",
    "。",
    "；",
    "\n",
    "“",
    "”",
    "<p>",
    // Stop 38's constructions: budgets and shares of them, months to date, fiscal changes,
    // rates compared in brackets, days, mixed scales, a source's day.
    "年初预算数",
    "的",
    "4月",
    "减收",
    "减支",
    "(全国",
    ")",
    "天数",
    "天次",
    "億",
    "萬元",
    "案",
    "例",
    "每千人口",
    "上年同期的",
    "昨天通报",
    "了解到",
    "实事内容为",
    "目标任务是",
    "规划面积",
    "均衡进度慢",
    // Stop 39's constructions: ranges with scales, lines to cross, port units, classes,
    // years ahead, falls narrowed to a rate, forecasts, revisions, gaps to a budget, seasons,
    // deadlines, scores.
    "至",
    "年增",
    "站上",
    "大关",
    "可望",
    "TEU",
    "车",
    "列",
    "个航次",
    "自然箱/小时",
    "级",
    "码头",
    "未来五年",
    "跌幅收窄至",
    "成",
    "预计",
    "实际到资",
    "已下修至",
    "超年度",
    "目标任务",
    "较预算减少",
    "晚",
    "满意度",
    "分",
    "吨标煤",
    "2019年10月—2020年3月",
    "12月底前",
    "到11月底",
    "已",
    // Stop 40's: ASCII punctuation, plans by 按 and 安排, pledges under a title, parts of a
    // goal, budgets revised, quarters, transport units, paces, bases above.
    ",",
    ";",
    ".",
    "1.",
    "\n1. ",
    "按全年计划",
    "共安排",
    "计划数",
    "的",
    "民生实事",
    "具体包括：",
    "调低",
    "预算",
    "下调",
    "自2023年1月1日起",
    "预期全年",
    "到5月底",
    "向记者介绍，",
    "高于去年同期",
    "四季",
    "上一季",
    "第二、三季",
    "亿人公里",
    "亿吨公里",
    "加快",
    "放缓",
    "个和",
    "个百分点",
    "年初定下的",
    "的任务是",
    "已开工",
    "澳门币",
    // Stop 41: year ends, ranges between, projects started, programmes, revisions.
    "截至",
    "年底",
    "107年底",
    "万5千",
    "要达到",
    "下修至",
    "目标的",
    "项目中",
    "计划新开工项目",
    "续建项目",
    "开复工",
    "复工",
    "之间",
    "及",
    "分别为",
    "2006年至2009年",
    "以2005年价格计",
    "行动计划（",
    "）",
    "减产",
    "控制在",
    "市：",
    "目标是：",
    "9月份进展",
    "合计",
    // Stop 42: sources' words, progress rows, tasks and plans of a year.
    "据记者20日从市政府了解，",
    "10月底，",
    "3月份各县区行动进展表",
    "已完成",
    "目前完成",
    "目前已超额完成",
    "目前建成",
    "完成率",
    "任务目标为",
    "计划新开工",
    "按计划",
    "1至11月份计划开工",
    "力争",
    "标准,",
    // Stop 53: rows naming their unit, written out or spaced, and their headings.
    "农业增加值(亿元)",
    "（万吨）",
    "(%)",
    "实绩",
    "、目标",
    " ",
    "类别 指标 2010年实绩 2015年目标\n",
    "每项先列2010年实绩",
    "“25件民生实事”",
    "27.72﹪",
    "14,990.6仟元",
    "“十五”时期",
    "立方米/秒",
    "1亿头只",
    "成效显著：",
    "a",
    "é",
    "𠀀",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..200).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn any_text_gives_exact_offsets_and_a_loadable_fact_file(s in text()) {
        let opts = Options { date: Some(Date::parse("2022-02-14").unwrap()), region: None };
        let doc = extract(&s, "prop", &opts);
        let chars: Vec<char> = s.chars().collect();
        for c in &doc.candidates {
            let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
            prop_assert_eq!(slice(c.start, c.end), c.quote.clone());
            prop_assert_eq!(slice(c.figure_start, c.figure_end), c.as_written.clone());
            prop_assert!(c.start <= c.figure_start && c.figure_end <= c.end);
            // Negative only when written with a minus sign (增长-8.92%) or after the
            // alphabet's words of a fall (减收, 减支, 均衡进度慢, 跌幅收窄至; 调低, 下调, 放缓).
            prop_assert!(c.value.is_finite());
            let fall = ["减收", "减支", "慢", "跌幅", "减少", "调低", "下调", "放缓", "减产"]
                .iter()
                .any(|w| s.contains(w));
            prop_assert!(c.value >= 0.0 || fall || c.as_written.starts_with(['-', '－']), "{:?}", c.as_written);
        }
        if doc.candidates.is_empty() {
            return Ok(());
        }
        // Every row a comment (a change in 个百分点 or in 平方米) is no facts, not an error.
        let facts = super::facts(std::slice::from_ref(&doc));
        prop_assert!(facts.is_ok(), "{:?}\n{}", facts.err(), render::csv(std::slice::from_ref(&doc)));
        let facts = facts.unwrap();
        prop_assert!(crate::load::check_unique(&facts).is_ok());
        prop_assert!(crate::load::check_conflicts(&facts).is_ok());
    }

    #[test]
    fn a_chinese_numeral_figure_is_read_back(n in 10u64..(1u64 << 40), unit in prop::sample::select(vec!["家", "个", "亿元", "人"])) {
        let s = format!("截至目前，已聚集企业{}{unit}。", format_chinese(n));
        let doc = extract(&s, "prop", &Options::default());
        prop_assert_eq!(doc.candidates.len(), 1, "{}", s);
        let c = &doc.candidates[0];
        let abs = c.value * c.unit.scale.factor();
        let want = n as f64 * if unit == "亿元" { 1e8 } else { 1.0 };
        prop_assert!((abs - want).abs() <= 1e-9 * want, "{} read as {} {}", s, c.value, c.unit);
    }
}
