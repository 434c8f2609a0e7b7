//! The phrase right around a figure, read to the stop words on either side: the noun phrase
//! after a counted figure (164家 | 存量企业 | 通过), the words before it back to their last verb
//! or function word (实现 | 营收 | 350亿元). Which phrase becomes the subject is `mod.rs`'s.

use super::super::scan::{starts, Hit};
use super::super::trim;

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
    // 今年订下来台旅客650万人次的目标: the verb that sets a goal.
    "订下",
    "订出",
    "定下",
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
    "合计",
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
    // 希望尽快把住宅每日人均用水量降到…: what 把 takes is the indicator (not 把握, 把关).
    "把",
    // 2020年，其普惠小微企业贷款实际增长50%以上: the pronoun is no part of it (not 其他, 其余,
    // 尤其, 极其).
    "其",
    "年",
    // 在2020至2022年间升至约150公升: the years' span, not the indicator.
    "年间",
    // 到7月31日为止仍生产油气当量: the day a level is as of.
    "为止仍",
    "为止",
    // 2026年底绿能占比: the year's end, not the indicator; 年内计划投资.
    "年底",
    "年内",
    "年末",
    // 下一年度赤字, 20/21年度是: a fiscal year, not the indicator.
    "年度",
    // “十二五”期间要转移农业劳动力: a plan's years and the will after them.
    "期间要",
    "期间将",
    "期间",
    "时期",
    "已",
    // 预期目标是接待国内外游客4100万人次: what the goal is of comes after (not 增长目标是5%,
    // where nothing does).
    "目标是",
    "目标为",
    // 今年全市招商引资的目标任务是实际到位资金660亿元.
    "任务是",
    "任务为",
    // 实事内容为新建成保障性住房1700套.
    "内容为",
];
/// Words that end the phrase only when right before the figure (上市公司达 | 9家).
pub(super) const TRAILING: &[char] = &[
    '达', '为', '有', '至', '到', '超', '约', '近', '逾', '将', '要', '是', '只', '仅', '已', '共',
    '都', '了', '可', '仍', '也', '在', '须', '需', '做', '約',
];
/// Words that end an indicator phrase read forwards (164家 | 存量企业 | 通过 …).
const RIGHT_STOPS: &[&str] = &[
    "通过", "进入", "已", "正", "顺利", "开展", "动工", "签订", "合作", "参与", "的", "和", "在",
    "为", "上市", "落地", "竣工", "实现", "领域", "建设", "增长", "提高", "下降", "达到", "增至",
    "增加", "提升", "跃升", "上升", "减少", "降低", "缩小", "扩大", "升至", "降至", "分别", "依次",
];

pub(crate) fn is_word(c: char) -> bool {
    super::super::scan::is_ideograph(c) || c.is_ascii_alphabetic() || c == '/'
}

/// Whether `t[i]` belongs to a word: a word character, or a digit inside a Latin name (5G,
/// IPv6).
pub(super) fn word_at(t: &[char], i: usize) -> bool {
    let latin = |k: Option<usize>| {
        k.and_then(|k| t.get(k))
            .is_some_and(char::is_ascii_alphabetic)
    };
    is_word(t[i]) || (t[i].is_ascii_digit() && (latin(Some(i + 1)) || latin(i.checked_sub(1))))
}

pub(super) fn text(t: &[char], a: usize, b: usize) -> String {
    t[a..b].iter().collect()
}

/// The phrase right around a figure: the noun phrase after a counted figure, else the words
/// before it back to its last verb or function word.
/// Whether `t[k]` is the 日 closing a news day written in brackets (昨(10/3)日, 今（24）日), not
/// one after any bracket (地铁（含有轨电车）日均客运量).
fn news_day_end(t: &[char], k: usize) -> bool {
    (k.saturating_sub(8)..k)
        .rev()
        .find(|&i| matches!(t[i], '(' | '（'))
        .and_then(|o| o.checked_sub(1))
        .and_then(|d| super::super::time::news_day(t, d))
        .is_some_and(|(_, end)| end == k + 1)
}

pub(super) fn phrase(t: &[char], h: &Hit, floor: usize) -> String {
    let mut return_after_nothing = false;
    let after = {
        // 千亿规模”医药健康产业集群: the class word and a closing quote come before the indicator.
        let mut from = h.end;
        // 1兆元大关, 1.2兆元大关挑战: a threshold; what follows names nothing.
        // (保持在700亿斤水平: the level it stands at.)
        if ["大关", "关口", "水平"].iter().any(|w| starts(t, from, w)) {
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
        // 已有43所(占比48%)开工: an aside with its own figure stands between.
        if t.get(from).is_some_and(|c| matches!(c, '(' | '（')) {
            let close = (from + 1..t.len().min(from + 16)).find(|&k| matches!(t[k], ')' | '）'));
            if let Some(k) = close.filter(|&k| t[from..k].iter().any(char::is_ascii_digit)) {
                from = k + 1;
            }
        }
        // 110处“口袋公园”建设任务: a counted name in quotes right after the figure is what is
        // counted; the quote marks are no part of it.
        let quoted = t.get(from).is_some_and(|c| matches!(c, '“' | '「'))
            && h.base.is_some_and(|b| !matches!(b, "元" | "美元" | "%"));
        if quoted {
            from += 1;
        }
        let mut e = from;
        // 升百分之四点八至八十一点五五亿元: what follows 至 is the level changed to.
        let changed_to =
            return_after_nothing || t.get(from).is_some_and(|c| matches!(c, '至' | '到'));
        let mut closed = !quoted;
        while !changed_to
            && e < t.len()
            && e - from < 12
            && (is_word(t[e]) || (!closed && matches!(t[e], '”' | '」')))
            && !RIGHT_STOPS.iter().any(|w| starts(t, e, w))
        {
            closed |= matches!(t[e], '”' | '」');
            e += 1;
        }
        // (An unclosed quote is a title or a speech, not a name.)
        if closed {
            t[from..e]
                .iter()
                .filter(|c| !matches!(c, '”' | '」'))
                .collect()
        } else {
            String::new()
        }
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
                    "把" => matches!(t.get(e), Some('握' | '关' | '控' | '手')),
                    "其" => {
                        matches!(t.get(e), Some('他' | '余' | '它' | '次' | '实' | '中'))
                            || (i > 0 && matches!(t[i - 1], '尤' | '极' | '与' | '及'))
                    }
                    // 公共图书馆, 共享单车, 共同富裕: not 共 (in all).
                    "共" => (i > 0 && t[i - 1] == '公') || matches!(t.get(e), Some('享' | '同')),
                    // 普及率, 涉及, 及时: not the conjunction 及.
                    "及" => {
                        (i > 0 && matches!(t[i - 1], '普' | '涉' | '波'))
                            || matches!(t.get(e), Some('时' | '格'))
                    }
                    _ => false,
                };
                let noun = part_of_word
                    || (*w == "增加" && t.get(e) == Some(&'值'))
                    || (*w == "年" && i > 0 && t[i - 1] == '按')
                    || (*w == "年" && t.get(e) == Some(&'均'))
                    // CPI年增率 (Taiwan): the year-on-year rate, a noun.
                    || (*w == "年" && starts(t, e, "增率"));
                // 目标是 cuts only with words of what after it.
                let of_what = !super::super::goal::GOALS_NAMED.contains(w) || h.start >= e + 2;
                if e <= h.start && starts(t, i, w) && !noun && of_what {
                    cut = cut.max(e);
                }
            }
        }
        // 3月整体赌收, 昨(10/3)日流感疫苗接种: the rest of a date written before the words is no
        // part of them.
        if cut > 0
            && (t[cut - 1].is_ascii_digit()
                && matches!(t.get(cut), Some('月' | '日' | '号' | '天'))
                || news_day_end(t, cut))
        {
            cut += 1;
            // 1月份赌收.
            if t[cut - 1] == '月' && t.get(cut) == Some(&'份') {
                cut += 1;
            }
        }
        // 较“十三五”末下降20%: the words after a quoted base's close are of the base; the
        // clause names the indicator.
        let quoted_base = cut == a
            && a >= 2
            && matches!(t[a - 1], '”' | '」' | '"')
            && (a.saturating_sub(12)..a - 1)
                .rev()
                .find(|&k| matches!(t[k], '“' | '「' | '"'))
                .is_some_and(|o| o > 0 && matches!(t[o - 1], '比' | '较'));
        if quoted_base {
            cut = h.start;
        }
        let mut end = h.start;
        while end > cut && TRAILING.contains(&t[end - 1]) {
            end -= 1;
        }
        end = trim::strip_currency(t, cut, end);
        text(t, cut, trim::strip_change_verbs(t, cut, end))
    };
    let counted = h.base.is_some_and(|b| !matches!(b, "元" | "美元" | "%"));
    // 540万目标任务: the goal's words after a figure name no quantity.
    let goal_words = ["目标", "任务"].iter().any(|w| after.starts_with(w));
    // (A rate's 目标 is read by `mod.rs`: 原先设定的4.6%目标 is of what comes before.)
    let after = if goal_words && h.base != Some("%") {
        String::new()
    } else {
        after
    };
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
