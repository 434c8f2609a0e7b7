//! The indicator a figure belongs to: the noun phrase after a counted figure, else the phrase
//! before it cut at its last verb, widened to its clause when it is a bare generic word; the
//! words before a change's 从. Imperfect by nature: a person checks every subject.

use super::scan::{ends, starts, Hit};
use super::sentence::{clause, sentence};
pub(super) use around::is_word;
use around::{phrase, text};
use clause::clause_words;
pub use clause::words_before;

mod around;
mod clause;

/// Words that name no quantity without their owner (比重 of what?).
const GENERIC: &[&str] = &[
    "比重",
    "占比",
    "规模",
    "总量",
    "数量",
    "增速",
    "总额",
    "比例",
    "收入",
    "营收",
    "产值",
    "营业收入",
];

/// The indicator phrase a figure belongs to: the noun phrase after a counted figure
/// (164家存量企业 → 存量企业), else the phrase before it (医药健康产业营收350亿元 → 医药健康产业营收).
/// A bare generic word (比重, 规模) or nothing at all widens to the words of the figure's clause
/// before it (数字产业在GDP中的比重). Imperfect by nature; a person checks it.
pub fn subject(t: &[char], h: &Hit, floor: usize) -> String {
    let s = phrase(t, h, floor);
    // 城镇登记失业人员中有826人实现就业: those of them who did what follows the figure.
    if let Some(did) = did_after(t, h).filter(|_| ends(t, h.start, "中有")) {
        return format!("{}{did}", s.trim_end_matches('中'));
    }
    // 去年新台币1.2兆元的民间新增投资目标: with only a time before it, the words between 的
    // and 目标 name what the goal is of.
    if s.is_empty() || super::key::names_only_time(&s) {
        if let Some(of) = goal_after(t, h) {
            return of;
        }
    }
    // 地区生产总值的增长目标定为5%, 公积金提取的计划为1.3亿元: words naming only the goal; it is
    // of what comes before 的.
    if let Some(of) = goal_of(t, h, &s, floor) {
        return of;
    }
    // 美丽村庄建设，全年任务为282个村: a task named only as the year's task is of the clause
    // before it.
    if let Some(of) = task_of(t, h, &s, floor) {
        return of;
    }
    // 发放个人公积金贷款1056笔，金额1.86亿元: an amount named only as 金额 is of the words of the
    // clause before, up to its figure.
    if let Some(of) = amount_of(t, h, &s) {
        return of;
    }
    // 社会消费品零售总额全年增长3.9%: 增长 alone names nothing; read the clause.
    let bare = super::phrase::names_no_indicator(&s);
    if !s.is_empty() && !GENERIC.contains(&s.as_str()) && !bare {
        return s;
    }
    let sent = sentence(t, h.start, h.end);
    let (a, _) = clause(t, h.start, h.end, sent);
    let wide = clause_words(t, a.max(floor.min(h.start)), h.start);
    // (GDP（地区生产总值）要增长5%: any words of the clause name more than 要增长.)
    if wide.chars().count() > s.chars().count() || (bare && wide.chars().count() >= 2) {
        return wide;
    }
    if !s.is_empty() {
        return s;
    }
    // Nothing before the figure in its clause: the sentence's words before it.
    clause_words(t, sent.0.max(floor.min(h.start)), h.start)
}

/// What an amount named only as such (金额, 总额, 资金) is of: the words of the clause before,
/// up to its figure (发放个人公积金贷款1056笔，金额1.86亿元 → 发放个人公积金贷款金额).
fn amount_of(t: &[char], h: &Hit, s: &str) -> Option<String> {
    let bare = s.trim_end_matches(['为', '达', '是']);
    if !["金额", "总额", "总金额", "资金"].contains(&bare) {
        return None;
    }
    let (b, a) = clause_before(t, h)?;
    // (Its last number: not a year opening it, 2023年发放贷款1056笔.)
    let last = (b..a - 1).rev().find(|&k| t[k].is_ascii_digit())?;
    let figure = (b..=last)
        .rev()
        .find(|&k| !(t[k].is_ascii_digit() || matches!(t[k], '.' | ',')))
        .map_or(b, |k| k + 1);
    let of = clause_words(t, b, figure);
    (!of.is_empty()).then(|| format!("{of}{bare}"))
}

/// The verb phrase right after a counted figure, up to its clause's end (826人|实现就业|，), at
/// most eight characters.
fn did_after(t: &[char], h: &Hit) -> Option<String> {
    let e = (h.end..t.len().min(h.end + 9))
        .find(|&i| !is_word(t[i]))
        .unwrap_or(t.len());
    (e > h.end + 1 && e - h.end <= 8).then(|| text(t, h.end, e))
}

/// The words naming what a goal is of, between the figure's 的 and 目标 (1.2兆元的民间新增
/// 投资目标 → 民间新增投资), at least two characters and no figure.
fn goal_after(t: &[char], h: &Hit) -> Option<String> {
    if t.get(h.end) != Some(&'的') {
        return None;
    }
    let from = h.end + 1;
    let k = (from..t.len().min(from + 12))
        .take_while(|&k| is_word(t[k]))
        .find(|&k| starts(t, k, "目标"))?;
    (k >= from + 2).then(|| text(t, from, k))
}

/// Words that name a goal and not what it is of (增长目标定, 增速目标, 预期目标被设定, 目标
/// alone after 的, 计划 alone as in 公积金提取的计划为1.3亿元).
fn names_goal(s: &str) -> bool {
    if s.trim_end_matches(['是', '为']) == "计划" {
        return true;
    }
    let s = s.trim_end_matches(['定', '设', '是', '为', '被', '在']);
    let s = s.strip_suffix("目标").unwrap_or("-");
    ["", "增长", "增速", "增长预期", "预期", "年度"].contains(&s)
}

/// What a goal named only as a goal (地区生产总值的增长目标定为) is of: the words before its 的.
fn goal_of(t: &[char], h: &Hit, s: &str, floor: usize) -> Option<String> {
    if s.is_empty() || !names_goal(s) {
        return None;
    }
    let n = s.chars().count();
    let k = (floor..h.start.saturating_sub(n - 1))
        .rev()
        .take(8)
        .find(|&k| t[k..].iter().take(n).copied().eq(s.chars()))?;
    if k == 0 || t[k - 1] != '的' {
        return None;
    }
    // 今年的目标, 2019年设定的目标: a time or the verb that set it before 的 names no owner.
    let unnamed = [
        "年", "设定", "制定", "确定", "提出", "定下", "订下", "订", "定", "设",
    ]
    .iter()
    .any(|w| ends(t, k - 1, w));
    if unnamed {
        return None;
    }
    let sent = sentence(t, h.start, h.end);
    let (a, _) = clause(t, k - 1, k - 1, sent);
    Some(clause_words(t, a.max(floor.min(k)), k - 1)).filter(|w| !w.is_empty())
}

/// The clause before the figure's own, in its sentence, when a comma parts them: its first
/// character and the first of the figure's clause (美丽村庄建设|，|全年任务为282个村).
fn clause_before(t: &[char], h: &Hit) -> Option<(usize, usize)> {
    let sent = sentence(t, h.start, h.end);
    let (a, _) = clause(t, h.start, h.end, sent);
    if a < sent.0 + 2 || !matches!(t[a - 1], '，' | ',') {
        return None;
    }
    Some((clause(t, a - 2, a - 2, sent).0, a))
}

/// What a figure named only as a task or goal (全年任务为, 目标为, 年度计划) is of: the name that
/// makes up the clause before it (美丽村庄建设，全年任务为282个村), with no figure in it.
fn task_of(t: &[char], h: &Hit, s: &str, floor: usize) -> Option<String> {
    let bare = s
        .trim_start_matches("全年")
        .trim_start_matches("年度")
        .trim_end_matches(['为', '是']);
    if !["任务", "目标", "计划"].contains(&bare) {
        return None;
    }
    let (b, a) = clause_before(t, h)?;
    if a - 1 <= floor || b < floor {
        return None;
    }
    let name = clause_words(t, b, a - 1);
    let n = name.chars().count();
    ((2..=16).contains(&n) && !name.chars().any(|c| c.is_ascii_digit())).then_some(name)
}

/// Quantities named with no holder of their own (营业收入, 产值).
const BARE: &[&str] = &[
    "营业收入",
    "营收",
    "产值",
    "总产值",
    "主营业务收入",
    "销售收入",
    "增加值",
    "利润",
    "利税",
];

/// A harvest named bare (总产量, 产量, 单产) in a clause after one of the same sentence naming
/// the area sown of a crop (粮食播种面积稳定在4550万亩以上，总产量稳定在1150万吨左右), or its
/// growing (全国粮食生产保持稳定，总产量达到13158亿斤): that crop's.
fn crop_sown(t: &[char], h: &Hit, sent: (usize, usize), subject: &str) -> Option<String> {
    if !["总产量", "产量", "单产"].contains(&subject) {
        return None;
    }
    let (a, _) = clause(t, h.start, h.end, sent);
    let sown = (sent.0..a).rev().find(|&i| {
        ["播种面积", "种植面积", "生产"]
            .iter()
            .any(|w| starts(t, i, w))
    })?;
    // The crop: the words before the area, after a place or a time (全省粮食 → 粮食).
    let crop: String = t[sown.saturating_sub(4)..sown]
        .iter()
        .rev()
        .take_while(|c| is_word(**c) && !"省市县区州国年，、".contains(**c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (crop.chars().count() >= 2).then_some(crop)
}

/// A bare quantity in a clause opening 实现 or 完成 after its sentence's first
/// (2022年，全省纺织服装产业有规上企业1651家，实现营业收入3358.6亿元) is the topic's: the words
/// opening the sentence (past a time alone in its clause) up to their verb (有, 实现, 完成).
/// Also the quantity an anaphor (该比率, 这一比例) names: the one the sentence before opens with.
pub(super) fn with_topic(t: &[char], h: &Hit, sent: (usize, usize), subject: String) -> String {
    if let Some(crop) = crop_sown(t, h, sent, &subject) {
        return format!("{crop}{subject}");
    }
    if let Some(named) = anaphor(t, sent, &subject) {
        return named;
    }
    if !BARE.contains(&subject.as_str()) {
        return subject;
    }
    let (a, _) = clause(t, h.start, h.end, sent);
    if a <= sent.0 || !["实现", "完成"].iter().any(|w| starts(t, a, w)) {
        return subject;
    }
    let clause_end = |from: usize| (from..a).find(|&i| super::sentence::clause_break(t[i]));
    let Some(first) = clause_end(sent.0) else {
        return subject;
    };
    let only_time = t[sent.0..first]
        .iter()
        .all(|c| c.is_ascii_digit() || "年月上下半全季度前一二三四至-—".contains(*c));
    let from = if only_time { first + 1 } else { sent.0 };
    let Some(end) = clause_end(from) else {
        return subject;
    };
    let verb = (from..end).find(|&i| {
        ["有", "实现", "完成", "拥有"]
            .iter()
            .any(|w| starts(t, i, w))
    });
    match verb {
        Some(v) if (2..=12).contains(&(v - from)) => {
            format!("{}{subject}", t[from..v].iter().collect::<String>())
        }
        _ => subject,
    }
}

/// 户籍人口城镇化率同样上升。去年年末该比率为42.35%: a subject naming its quantity by an
/// anaphor (该, 此, 这一 before 比率, 比例, 比重, 指标, 数字…) names what the sentence before
/// opens with, up to its verb, when that sentence states no figure.
fn anaphor(t: &[char], sent: (usize, usize), subject: &str) -> Option<String> {
    const POINTERS: &[&str] = &["该", "此", "这一", "这个"];
    const NOUNS: &[&str] = &[
        "比率", "比例", "比重", "占比", "指标", "数字", "数据", "数值", "规模", "总量",
    ];
    let named = POINTERS
        .iter()
        .any(|p| NOUNS.iter().any(|n| subject.ends_with(&format!("{p}{n}"))));
    if !named || sent.0 < 2 {
        return None;
    }
    let end = sent.0 - 1;
    let start = t[..end]
        .iter()
        .rposition(|&c| matches!(c, '。' | '\n' | '！' | '？'))
        .map_or(0, |i| i + 1);
    const VERBS: &[&str] = &[
        "同样",
        "也",
        "继续",
        "持续",
        "上升",
        "下降",
        "提高",
        "增长",
        "有所",
        "稳步",
        "进一步",
    ];
    if t[start..end].iter().any(char::is_ascii_digit) {
        return None;
    }
    let verb = (start..end).find(|&i| VERBS.iter().any(|w| starts(t, i, w)))?;
    let words: String = t[start..verb].iter().collect();
    let words = words.trim();
    let plain = words.chars().all(|c| !"，,：:；（）".contains(c));
    (plain && (2..=16).contains(&words.chars().count())).then(|| words.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::figures;

    fn subj(s: &str) -> String {
        let t: Vec<char> = s.chars().collect();
        subject(&t, &figures(&t)[0], 0)
    }

    #[test]
    fn words_before_the_figure_that_are_not_the_indicator() {
        assert_eq!(subj("原煤产量稳定在13亿吨左右"), "原煤产量");
        assert_eq!(subj("毕业生就业率在95%以上"), "毕业生就业率");
        assert_eq!(subj("太阳光电须达20GW"), "太阳光电");
        assert_eq!(subj("去年产值已129亿元"), "产值");
        // The verb of a goal and the will before it.
        assert_eq!(subj("今年产业规模要迈上万亿元台阶"), "产业规模");
        assert_eq!(subj("新能源产业规模迈上万亿元"), "新能源产业规模");
        assert_eq!(subj("辽宁优品再打造50个"), "辽宁优品");
        // A goal named only as a goal: of what comes before its 的.
        assert_eq!(
            subj("扩大内需：地区生产总值的增长目标定为5.5%。"),
            "地区生产总值"
        );
    }

    #[test]
    fn subjects() {
        assert_eq!(
            subj("2021年实现医药健康产业营收350亿元，连年"),
            "医药健康产业营收"
        );
        assert_eq!(subj("其中：164家存量企业通过提质增效"), "存量企业");
        // 而 and the months after it open the clause; they are no part of its words.
        assert_eq!(subj("而1月~11月累计完成43.29亿元"), "累计完成");
        // A time inside the words is no part of them (not 东省月月公路水路…, cut at 16).
        assert_eq!(
            subj("广东省1月—7月公路水路固定资产投资完成1062.7亿元"),
            "广东省公路水路固定资产投资完成"
        );
        assert_eq!(subj("98年度重大职灾死亡人数达239人"), "重大职灾死亡人数");
        assert_eq!(subj("聚集了百裕药业等重点企业159家，在产"), "重点企业");
        assert_eq!(subj("新签约项目24个，协议"), "新签约项目");
        assert_eq!(subj("推动5家企业顺利上市"), "企业");
        assert_eq!(subj("总投资超1200亿元"), "总投资");
        assert_eq!(subj("今年GDP成长率上修至7.37%"), "GDP成长率");
        assert_eq!(subj("2026年底绿能占比2成"), "绿能占比");
        assert_eq!(subj("在昆明率先让工业总产值突破3000亿元"), "工业总产值");
        assert_eq!(subj("技术转让合同额达到50亿元"), "技术转让合同额");
        // The last clause before 从, without the change's adverb (不断).
        let opts = crate::extract::Options {
            date: crate::model::Date::parse("2025-09-01").ok(),
            region: None,
        };
        let s = "科委对外介绍，上海生物医药产业规模不断扩大，从2021年7617.14亿元增长至2024年9847.02亿元。";
        let doc = crate::extract::extract(s, "t", &opts);
        assert_eq!(doc.candidates[0].subject, "上海生物医药产业规模");
        assert_eq!(subj("5G用户的普及率从2020年的15%"), "5G用户的普及率");
        // 普及 is one word: 及 is no conjunction there (城乡及农村 it is).
        assert_eq!(
            subj("全国农村自来水普及率将提升至92%"),
            "全国农村自来水普及率"
        );
        assert_eq!(subj("城乡及农村供水人口比例63%"), "农村供水人口比例");
        // 水平 after the figure names no quantity; the will before a change goes with it.
        assert_eq!(subj("粮食总产量保持在700亿斤水平"), "粮食总产量");
        assert_eq!(subj("粮食播种面积要保持稳定在8000万亩以上"), "粮食播种面积");
        assert_eq!(subj("常住人口城镇化率从72%提升至76%"), "常住人口城镇化率");
        assert_eq!(subj("社会消费品零售总额全年增长3.9%"), "社会消费品零售总额");
        assert_eq!(subj("粮食产量稳定在1200万吨以上"), "粮食产量");
    }
}
