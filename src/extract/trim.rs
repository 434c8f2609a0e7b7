//! The words cut from the end of an indicator phrase: change verbs and revisions (比重从,
//! GDP成长率上修至), a goal's verb and the will before it (产业规模要迈上), adverbs of a change
//! (规模不断扩大) and currencies written before the number (产值新台币).

/// Adverbs of a change (规模不断扩大, 收入持续增长).
pub(super) const ADVERBS: &[&str] = &[
    "不断",
    "持续",
    "稳步",
    "逐步",
    "进一步",
    "继续",
    "快速",
    "大幅",
    "稳定",
];

/// Verbs of a change that end an indicator phrase (比重从, 经济成长率也从), with the
/// revisions (GDP成长率上修至): not part of the indicator.
const CHANGE_WORDS: &[&str] = &[
    "稳定在",
    "保持在",
    "控制在",
    "维持在",
    // 产量稳定在13亿吨: 在 is trimmed first.
    "稳定",
    "保持",
    "维持",
    "修正",
    "提升",
    "提高",
    "增加",
    "跃升",
    "上升",
    "下降",
    "降低",
    "缩小",
    "扩大",
    "增长",
    // 贷款实际增长50%以上: what came true, an adverb of the change.
    "实际",
    // CPI涨幅定为3%左右, 投资目标定为: the verb setting a goal (not 设定: 目标设定为 keeps its
    // words, 目标 alone names nothing).
    "定",
    // 降到低于135公升的水平: a bound written before the figure.
    "低于",
    "高于",
    "不足",
    "不到",
    // 出口负增长2.9%: the sign of the growth.
    "负",
    // 博彩毛收入会回升至1,300亿元 (before 升 and 落 alone).
    "回升",
    "回落",
    "升",
    "降",
    // 2021年GDP预计增至9500亿元; not 新增, 净增.
    "增",
    "减",
    "从",
    "由",
    // 兴办户数各为14万户、17万户: each of a list.
    "各",
    "也",
    "则",
    "将",
    "预测",
    "预估",
    "预计",
    "全年",
    "同比",
    "按年",
    "按月",
    "比上年",
    "较上年",
    "比去年",
    "当年",
];

/// The verbs of a goal, cut as the change words are; the will before them (要, 再, 将) goes
/// too (产业规模要迈上, 辽宁优品再打造).
const GOAL_VERBS: &[&str] = &[
    "迈上", "迈进", "冲刺", "冲击", "跨越", "跨上", "站上", "登上", "打造", "瞄准",
    // 全年汽车销量将有望超过2700万辆: a forecast's words, with the will before them.
    "有望", "可望", "预计",
];

/// Currencies written before the number (产值新台币2兆元, 人民币500亿元): not the indicator.
const CURRENCIES: &[&str] = &[
    "新台币",
    "人民币",
    "港币",
    "港元",
    "澳门元",
    "澳门币",
    "澳币",
    "美元",
    "欧元",
    "日元",
    "英镑",
];

pub(super) fn strip_currency(t: &[char], a: usize, e: usize) -> usize {
    CURRENCIES
        .iter()
        .find(|w| e >= a + w.chars().count() && super::scan::ends(t, e, w))
        .map_or(e, |w| e - w.chars().count())
}

/// `t[a..e]` without the change verbs and 从/由 at its end.
pub(super) fn strip_change_verbs(t: &[char], a: usize, mut e: usize) -> usize {
    loop {
        while e > a && matches!(t[e - 1], '至' | '到' | '为' | '是') {
            e -= 1;
        }
        match CHANGE_WORDS
            .iter()
            .chain(super::context::REVISIONS)
            // 产业规模要迈上万亿元台阶, 科技产业是海淀冲刺万亿的主力: the verb of a goal.
            .chain(GOAL_VERBS)
            .find(|w| e >= a + w.chars().count() + 2 && super::scan::ends(t, e, w))
        {
            Some(&"增") if matches!(t[e - 2], '新' | '净') => return e,
            Some(&"负") if t.get(e) != Some(&'增') => return e,
            Some(&"定") if t[e - 2] == '设' => return e,
            // (Only a bound reached, 降到低于: 明显低于3.5%左右的预期目标 compares.)
            Some(&("低于" | "高于")) if !matches!(t[e - 3], '到' | '至') => return e,
            Some(w) => {
                e -= w.chars().count();
                if GOAL_VERBS.contains(w) {
                    while e > a + 2 && matches!(t[e - 1], '要' | '再' | '将' | '是' | '也') {
                        e -= 1;
                    }
                } else {
                    // 播种面积要保持稳定在, 毛收入会回升至: the will before a change goes with it.
                    while e > a + 2 && matches!(t[e - 1], '要' | '将' | '会') {
                        e -= 1;
                    }
                }
            }
            None => return e,
        }
    }
}
