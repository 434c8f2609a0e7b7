//! What an indicator phrase names, read from the phrase alone: nothing but growth words (同比
//! 增长), forecast words (全年预估值) or a comparison (低于去年的), or a rate (经济成长率).

/// Whether an indicator phrase is only forecast words (全年预估值为4.55%, “主计总处”预估值4.45%):
/// the forecast is of the figure before it.
pub fn names_only_a_forecast(subject: &str) -> bool {
    let words = [
        "预估值",
        "预测值",
        "估计值",
        "预估",
        "预测",
        "估计",
        "全年",
        "为",
        "是",
    ];
    super::key::without(subject, words).chars().count() < 2
}

/// Whether an indicator phrase is only growth and comparison words (同比增长, 比上年增长):
/// the rate is of the figure before it.
pub fn names_no_indicator(subject: &str) -> bool {
    let filler = [
        "比上年",
        "较上年",
        "比去年同期",
        "同期",
        "按可比价格计算",
        "按可比价格算",
        "按可比口径",
        // 同口径较去年增长9%, 按同口径计算增长7%, 剔除减税因素同口径增长8.1%: on a like-for-like
        // basis, how the rise is counted.
        "按同口径计算",
        "剔除减税因素",
        "同口径",
        "较去年",
        "比去年",
        "扣除价格因素",
        "初步统计",
        "初步核算",
        "分别",
        "依次",
        "保持",
        "复合",
        "约",
        "为",
        "是",
        "了",
        "在",
    ];
    let words = super::context::growth_words()
        .chain(super::context::PACE_CUES.iter().chain(&filler).copied());
    super::key::without(subject, words).chars().count() < 2
}

/// Whether an indicator phrase is only a comparison (低过去年的, 同样低于去年的, 与去年).
pub fn names_a_comparison(subject: &str) -> bool {
    let words = [
        "同样", "也", "低于", "高于", "低过", "高过", "少于", "多于", "比", "较", "与", "去年",
        "上年", "前年", "的", "明显", "远", "略",
    ];
    // …高于二〇二四年的: a year in Chinese numerals is a time, not an indicator.
    let rest = super::key::without(subject, words);
    rest.chars()
        .all(|c| c == '年' || super::numbers::cn_digit(c))
        && subject.chars().count() >= 2
}

/// Whether an indicator phrase names a growth rate (经济成长率, 增速).
pub fn names_a_rate(subject: &str) -> bool {
    // 整体投资开支的增长加快至4.3%: growth that speeds up or slows to a rate; 跌幅收窄至17.4%: a
    // fall's rate (negative: see `context::falling`).
    [
        "成长",
        "增速",
        "增长率",
        // CPI年增率 (Taiwan).
        "增率",
        "增幅",
        "涨幅",
        "增长加快",
        "增长放缓",
        "增长放慢",
    ]
    .iter()
    .chain(super::context::FALL_RATES)
    .any(|w| subject.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_that_name_nothing_or_a_rate() {
        assert!(names_a_comparison("同样低于去年的"));
        assert!(names_a_comparison("高于二二四年的"));
        assert!(!names_a_comparison("低于全国的工业增速"));
    }
}
