//! The indicator a figure belongs to: the noun phrase after a counted figure, else the phrase
//! before it cut at its last verb, widened to its clause when it is a bare generic word; the
//! words before a change's 从. Imperfect by nature: a person checks every subject.

use super::scan::{ends, starts, Hit};
use super::sentence::{clause, sentence};
use super::trim;

/// Verbs and function words that end an indicator phrase read backwards (… 实现 | 营收 350亿元).
const LEFT_STOPS: &[&str] = &[
    // 在昆明率先让工业总产值…, 则朝产值…, 则是光电…, 苏州成为…: what the goal is of comes after.
    "让",
    "使",
    "朝着",
    "朝",
    "则是",
    "就是",
    "成为",
    // 全国第二个进入“万亿俱乐部”: a class entered, not what it is of.
    "进入",
    "迈入",
    "跻身",
    "介绍",
    "评出",
    "当中",
    "实现",
    "达到",
    "完成",
    "引进",
    "聚集",
    "汇聚",
    "汇集",
    "建成",
    "拥有",
    "新建",
    "累计",
    "支持",
    "推动",
    "提供",
    "培育",
    "形成",
    "签订",
    "启动",
    "举办",
    "组建",
    "落户",
    "突破",
    "超过",
    "增加",
    "盘活",
    "其中",
    "包括",
    "增长到",
    "提高到",
    "力争",
    "努力",
    "打造",
    "达产",
    "的",
    "了",
    "等",
    "共",
    "和",
    "及",
    "与",
    "由",
    "年",
    // 2026年底绿能占比: the year's end, not the indicator; 年内计划投资.
    "年底",
    "年内",
    "年末",
    // 下一年度赤字, 20/21年度是: a fiscal year, not the indicator.
    "年度",
    "已",
    // 预期目标是接待国内外游客4100万人次: what the goal is of comes after (not 增长目标是5%,
    // where nothing does).
    "目标是",
    "目标为",
];
/// Words that end the phrase only when right before the figure (上市公司达 | 9家).
const TRAILING: &[char] = &[
    '达', '为', '有', '至', '到', '超', '约', '近', '逾', '将', '要', '是', '只', '仅', '已', '共',
    '都', '了', '可', '仍', '也', '在', '须', '需', '做',
];
/// Words that end an indicator phrase read forwards (164家 | 存量企业 | 通过 …).
const RIGHT_STOPS: &[&str] = &[
    "通过", "进入", "已", "正", "顺利", "开展", "动工", "签订", "合作", "参与", "的", "和", "在",
    "为", "上市", "落地", "竣工", "实现", "领域", "建设", "增长", "提高", "下降", "达到", "增至",
    "增加", "提升", "跃升", "上升", "减少", "降低", "缩小", "扩大", "升至", "降至", "分别", "依次",
];

pub(super) fn is_word(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || c.is_ascii_alphabetic() || c == '/'
}

/// Whether `t[i]` belongs to a word: a word character, or a digit inside a Latin name (5G,
/// IPv6).
fn word_at(t: &[char], i: usize) -> bool {
    let latin = |k: Option<usize>| {
        k.and_then(|k| t.get(k))
            .is_some_and(char::is_ascii_alphabetic)
    };
    is_word(t[i]) || (t[i].is_ascii_digit() && (latin(Some(i + 1)) || latin(i.checked_sub(1))))
}

fn text(t: &[char], a: usize, b: usize) -> String {
    t[a..b].iter().collect()
}

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
    // 去年新台币1.2兆元的民间新增投资目标: with only a time before it, the words between 的
    // and 目标 name what the goal is of.
    if s.is_empty() || super::key::names_only_time(&s) {
        if let Some(of) = goal_after(t, h) {
            return of;
        }
    }
    // 地区生产总值的增长目标定为5%: words naming only the goal; it is of what comes before 的.
    if let Some(of) = goal_of(t, h, &s, floor) {
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
    if wide.chars().count() > s.chars().count() {
        return wide;
    }
    if !s.is_empty() {
        return s;
    }
    // Nothing before the figure in its clause: the sentence's words before it.
    clause_words(t, sent.0.max(floor.min(h.start)), h.start)
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

/// Words that name a goal and not what it is of (增长目标定, 增速目标).
fn names_goal(s: &str) -> bool {
    let s = s.trim_end_matches(['定', '设', '是', '为']);
    let s = s.strip_suffix("目标").unwrap_or("-");
    ["增长", "增速", "增长预期"].contains(&s)
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
    let sent = sentence(t, h.start, h.end);
    let (a, _) = clause(t, k - 1, k - 1, sent);
    Some(clause_words(t, a.max(floor.min(k)), k - 1)).filter(|w| !w.is_empty())
}

/// The indicator written in the clause before `at` (the 从 of a change), not before `floor`.
pub fn words_before(t: &[char], at: usize, sent: (usize, usize), floor: usize) -> String {
    let (a, _) = clause(t, at, at, sent);
    clause_words(t, a.max(floor.min(at)), at)
}

/// The words between `a` and `b`: leading verbs and function words and a trailing 达/为 cut,
/// digits and punctuation dropped, at most the last 16 characters.
fn clause_words(t: &[char], a: usize, b: usize) -> String {
    let mut a = a;
    let lead = [
        "其中",
        "力争",
        "努力",
        "争取",
        "增长至",
        "增长到",
        "提高到",
        "增至",
        "到",
        "全年",
        "预计",
        "目标",
        "实现",
        "要",
        "将",
        "年",
        "底",
        "末",
        "的",
        "大关",
        "关口",
    ];
    loop {
        while a < b && !word_at(t, a) {
            a += 1;
        }
        match lead.iter().find(|w| starts(t, a, w)) {
            Some(w) => a += w.chars().count(),
            None => break,
        }
    }
    let mut e = b;
    // 地区生产总值比2020年翻一番: the comparison's base is not part of the indicator.
    if let Some(k) = (a..e).rev().find(|&k| {
        matches!(t[k], '比' | '较' | '从') && t.get(k + 1).is_some_and(char::is_ascii_digit)
    }) {
        e = k;
    }
    while e > a && (TRAILING.contains(&t[e - 1]) || !is_word(t[e - 1]) || t[e - 1] == '要') {
        e -= 1;
    }
    e = trim::strip_currency(t, a, e);
    for w in [
        "达到",
        "超过",
        "突破",
        "增长到",
        "提高到",
        "保持在",
        "保持",
        "力争",
        "争取",
    ] {
        if e >= a + w.chars().count() && super::scan::ends(t, e, w) {
            e -= w.chars().count();
            break;
        }
    }
    e = trim::strip_change_verbs(t, a, e);
    // 规模不断扩大: the adverb of the change is not the indicator either.
    if let Some(w) = trim::ADVERBS
        .iter()
        .find(|w| e >= a + w.chars().count() + 2 && ends(t, e, w))
    {
        e -= w.chars().count();
    }
    // 科委对外介绍，上海生物医药产业规模不断扩大，从…: the last clause that names something.
    if let Some(k) = (a..e).rev().find(|&k| matches!(t[k], '，' | ',')) {
        if (k + 1..e).filter(|&i| word_at(t, i)).count() >= 2 {
            a = k + 1;
        }
    }
    let words: String = (a..e).filter(|&i| word_at(t, i)).map(|i| t[i]).collect();
    let n = words.chars().count();
    words.chars().skip(n.saturating_sub(16)).collect()
}

fn phrase(t: &[char], h: &Hit, floor: usize) -> String {
    let mut return_after_nothing = false;
    let after = {
        // 千亿规模”医药健康产业集群: the class word and a closing quote come before the indicator.
        let mut from = h.end;
        // 1兆元大关, 1.2兆元大关挑战: a threshold; what follows names nothing.
        if ["大关", "关口"].iter().any(|w| starts(t, from, w)) {
            return_after_nothing = true;
        }
        for w in ["级", "规模"] {
            if starts(t, from, w) {
                from += w.chars().count();
            }
        }
        if from > h.end && t.get(from).is_some_and(|c| matches!(c, '”' | '」' | '’')) {
            from += 1;
        }
        let mut e = from;
        // 升百分之四点八至八十一点五五亿元: what follows 至 is the level changed to.
        let changed_to =
            return_after_nothing || t.get(from).is_some_and(|c| matches!(c, '至' | '到'));
        while !changed_to
            && e < t.len()
            && e - from < 12
            && is_word(t[e])
            && !RIGHT_STOPS.iter().any(|w| starts(t, e, w))
        {
            e += 1;
        }
        text(t, from, e)
    };
    let before = {
        // 旅游产业“破百亿”的目标: the words before a figure in quotes.
        let start = match h.start.checked_sub(1) {
            Some(k) if k > floor && matches!(t[k], '“' | '「' | '‘') => k,
            _ => h.start,
        };
        let h = &Hit { start, ..h.clone() };
        let mut a = h.start;
        while a > floor && h.start - a < 16 && word_at(t, a - 1) {
            a -= 1;
        }
        // Cut after the last verb or function word inside the phrase.
        let mut cut = a;
        for i in a..h.start {
            for w in LEFT_STOPS {
                let e = i + w.chars().count();
                // 增加值 is a noun, not the verb 增加.
                // 按年 (year on year), 年均 (a yearly average) and 年增率 are no time.
                // 转让, 出让, 使用, 朝阳: not the verbs 让, 使, 朝.
                let part_of_word = match *w {
                    "让" => i > 0 && matches!(t[i - 1], '转' | '出' | '退'),
                    "使" => {
                        matches!(t.get(e), Some('用' | '馆' | '命')) || (i > 0 && t[i - 1] == '大')
                    }
                    "朝" => matches!(t.get(e), Some('阳' | '鲜')),
                    _ => false,
                };
                let noun = part_of_word
                    || (*w == "增加" && t.get(e) == Some(&'值'))
                    || (*w == "年" && i > 0 && t[i - 1] == '按')
                    || (*w == "年" && t.get(e) == Some(&'均'))
                    // CPI年增率 (Taiwan): the year-on-year rate, a noun.
                    || (*w == "年" && starts(t, e, "增率"));
                // 目标是 cuts only with words of what after it.
                let of_what = !matches!(*w, "目标是" | "目标为") || h.start >= e + 2;
                if e <= h.start && starts(t, i, w) && !noun && of_what {
                    cut = cut.max(e);
                }
            }
        }
        // 3月整体赌收: the rest of a date written before the words is no part of them.
        if cut > 0
            && t[cut - 1].is_ascii_digit()
            && matches!(t.get(cut), Some('月' | '日' | '号' | '天'))
        {
            cut += 1;
        }
        let mut end = h.start;
        while end > cut && TRAILING.contains(&t[end - 1]) {
            end -= 1;
        }
        end = trim::strip_currency(t, cut, end);
        text(t, cut, trim::strip_change_verbs(t, cut, end))
    };
    let counted = h.base.is_some_and(|b| !matches!(b, "元" | "美元" | "%"));
    let pick = if counted && after.chars().count() >= 2 {
        after
    } else if before.chars().count() >= 2 {
        before
    } else if after.chars().count() >= 2 {
        after
    } else {
        String::new()
    };
    // 地区生产总值分别增长, 失业率依次为: 分别 and 依次 belong to the list, not the indicator.
    pick.trim_matches(|c: char| c == '/' || c.is_whitespace())
        .replace("分别", "")
        .replace("依次", "")
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

/// A bare quantity in a clause opening 实现 or 完成 after its sentence's first
/// (2022年，全省纺织服装产业有规上企业1651家，实现营业收入3358.6亿元) is the topic's: the words
/// opening the sentence (past a time alone in its clause) up to their verb (有, 实现, 完成).
pub(super) fn with_topic(t: &[char], h: &Hit, sent: (usize, usize), subject: String) -> String {
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
        assert_eq!(subj("去年产值已129亿元"), "去年产值");
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
        assert_eq!(subj("常住人口城镇化率从72%提升至76%"), "常住人口城镇化率");
        assert_eq!(subj("社会消费品零售总额全年增长3.9%"), "社会消费品零售总额");
        assert_eq!(subj("粮食产量稳定在1200万吨以上"), "粮食产量");
    }
}
