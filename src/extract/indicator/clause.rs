//! The words of a clause before a figure or a change's opening, read as its indicator: verbs,
//! function words, times, a multiple's base year and a proposal's words cut (力争 | 营收,
//! 例如陈茂波建议把 | 股票印花税, 其油气产量当量 | 将在2020年和2025年分别达到).

use super::super::scan::{ends, starts};
use super::super::sentence::clause;
use super::super::trim;
use super::around::{word_at, TRAILING};
use super::is_word;

/// The indicator written in the clause before `at` (the 从 of a change), not before `floor`.
pub fn words_before(t: &[char], at: usize, sent: (usize, usize), floor: usize) -> String {
    let (a, _) = clause(t, at, at, sent);
    clause_words(t, a.max(floor.min(at)), at)
}

/// The words between `a` and `b`: leading verbs and function words and a trailing 达/为 cut,
/// digits and punctuation dropped, at most the last 16 characters.
pub(super) fn clause_words(t: &[char], a: usize, b: usize) -> String {
    let mut a = a;
    let lead = [
        "其中",
        "而",
        "力争",
        "努力",
        "争取",
        "增长至",
        "增长到",
        "提高到",
        "增至",
        "到",
        "全年",
        // 今年居民消费价格涨幅的预期目标: a year named by its distance is no part of the words.
        "今年以来",
        "今年度",
        "本年度",
        "上年度",
        "今年",
        "去年",
        "明年",
        "本年",
        "上年",
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
        // 今年前11月外销订单, 1-11月外销订单: the months before the words are no part of them.
        let months = (a > 0 && t[a - 1].is_ascii_digit())
            .then(|| ["月份", "月"].into_iter().find(|w| starts(t, a, w)))
            .flatten();
        let before_months = ["今年前", "去年前", "今年", "去年", "前"]
            .into_iter()
            .find(|w| {
                starts(t, a, w)
                    && t.get(a + w.chars().count())
                        .is_some_and(char::is_ascii_digit)
            });
        // 1至10月: the word between a range's digits.
        let between = (a > 0
            && t[a - 1].is_ascii_digit()
            && matches!(t[a], '至' | '到')
            && t.get(a + 1).is_some_and(char::is_ascii_digit))
        .then_some("至");
        match lead
            .iter()
            .copied()
            .find(|w| starts(t, a, w))
            .or(months)
            .or(before_months)
            .or(between)
        {
            Some(w) => a += w.chars().count(),
            None => break,
        }
    }
    let mut e = b;
    // 地区生产总值比2020年翻一番: the comparison's base is not part of the indicator.
    // (So is a plan's end: 用水量较“十三五”末下降20%.)
    if let Some(k) = (a..e).rev().find(|&k| {
        matches!(t[k], '比' | '较' | '从')
            && t.get(k + 1)
                .is_some_and(|&c| c.is_ascii_digit() || matches!(c, '“' | '「' | '"'))
    }) {
        e = k;
    }
    // 总装机容量达到2020年的6倍: nor is the year of a multiple's base.
    let base_year = (e >= a + 6)
        .then(|| crate::extract::time::year_at(t, e - 6, false))
        .flatten()
        .is_some_and(|(y, end)| matches!(y, crate::extract::time::YearRef::Abs(_)) && end + 1 == e);
    if base_year && t[e - 1] == '的' {
        e -= 6;
    }
    while e > a && (TRAILING.contains(&t[e - 1]) || !is_word(t[e - 1]) || t[e - 1] == '要') {
        e -= 1;
    }
    e = trim::strip_currency(t, a, e);
    for w in [
        "达到",
        "累计",
        "合计",
        "超过",
        "突破",
        "增长到",
        "提高到",
        "保持在",
        "保持",
        "力争",
        "争取",
    ] {
        if e >= a + w.chars().count() && ends(t, e, w) {
            e -= w.chars().count();
            break;
        }
    }
    // 其油气产量当量将在2020年和2025年分别达到: the times of a list's figures, and its 分别,
    // end no indicator's words.
    if let Some(w) = ["分别", "依次"].iter().find(|w| ends(t, e, w)) {
        e -= w.chars().count();
        let run = (a..e)
            .rev()
            .take_while(|&k| t[k].is_ascii_digit() || "年月日份度和、至到及与前底末".contains(t[k]))
            .last();
        if let Some(k) = run.filter(|&k| (k..e).any(|i| t[i].is_ascii_digit())) {
            e = k;
        }
        while e > a && (TRAILING.contains(&t[e - 1]) || !is_word(t[e - 1])) {
            e -= 1;
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
    // 例如陈茂波建议把股票印花税由…: what is proposed, after the proposal's words.
    if let Some(k) = (a..e).rev().find(|&k| {
        crate::extract::goal::PROPOSALS[1..]
            .iter()
            .any(|w| starts(t, k, w))
    }) {
        if k + 5 <= e {
            a = k + 3;
        }
    }
    // 科委对外介绍，上海生物医药产业规模不断扩大，从…: the last clause that names something.
    if let Some(k) = (a..e).rev().find(|&k| matches!(t[k], '，' | ',')) {
        if (k + 1..e).filter(|&i| word_at(t, i)).count() >= 2 {
            a = k + 1;
        }
    }
    // 广东省1月—7月公路水路固定资产投资完成: a time inside the words (its digits dropped
    // above) is no part of them either.
    let dated = |i: usize| {
        let unit = match t[i] {
            '年' | '月' | '日' => i,
            // (98年度重大职灾死亡人数, 1-7月份: the year's or month's word after it.)
            '份' if i > 0 && t[i - 1] == '月' => i - 1,
            '度' if i > 0 && t[i - 1] == '年' => i - 1,
            _ => return false,
        };
        unit > 0 && t[unit - 1].is_ascii_digit()
    };
    // (用水量在2020至2022年间升至: 在 before the time, 至 inside it and 间 after its 年 too.)
    let in_time = |i: usize| {
        let digit = |k: Option<usize>| k.and_then(|k| t.get(k)).is_some_and(char::is_ascii_digit);
        (t[i] == '在' && digit(Some(i + 1)))
            || (matches!(t[i], '至' | '到') && digit(i.checked_sub(1)) && digit(Some(i + 1)))
            || (t[i] == '间' && i > 0 && t[i - 1] == '年' && dated(i - 1))
    };
    // 全省工业机器人产业(全产业链)主营业务收入: an aside in brackets glosses the words; it
    // is no part of them (nor of the 16 characters they keep).
    let mut depth = 0usize;
    let aside: Vec<bool> = (a..e)
        .map(|i| match t[i] {
            '(' | '（' if (i + 1..e).any(|k| matches!(t[k], ')' | '）')) => {
                depth += 1;
                true
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                true
            }
            _ => depth > 0,
        })
        .collect();
    let words: String = (a..e)
        .filter(|&i| word_at(t, i) && !dated(i) && !in_time(i) && !aside[i - a])
        .map(|i| t[i])
        .collect();
    let n = words.chars().count();
    words.chars().skip(n.saturating_sub(16)).collect()
}
