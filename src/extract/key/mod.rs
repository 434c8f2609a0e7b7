//! The comparison key of an indicator phrase: region words (全市, 全省 …) and verbs (实现,
//! 达到) dropped, synonyms read as one word (`synonyms.rs`); and phrases that name no
//! quantity (goal words, a time alone). How alike two keys are is in `alike.rs`.

mod alike;

pub(super) use alike::{alike, Key, CLOSE, LINK, WEAK_LINK};

use super::synonyms::{NOISE, SYNONYMS};

/// Where a place name ends (云南省, 海淀区): the key reads on after it.
pub(super) const PLACE_ENDS: &[char] = &['省', '市', '区', '县', '州'];

/// `subject` without a place name leading it (云南省接待的海内外游客 → 接待的海内外游客): a
/// text speaks of its own place, so the place says nothing of the quantity.
fn without_place(subject: &str) -> &str {
    &subject[place_len(subject)..]
}

/// The length in bytes of the place name leading `subject` (0 when none).
pub(super) fn place_len(subject: &str) -> usize {
    let lead: Vec<(usize, char)> = subject.char_indices().take(5).collect();
    let place = (2..lead.len()).find(|&k| PLACE_ENDS.contains(&lead[k].1));
    match place {
        // 上市企业, 城市, 园区: words, not places.
        Some(k)
            if !super::place::REGION_STOPS.iter().any(|w| {
                let two: String = [lead[k - 1].1, lead[k].1].iter().collect();
                two == *w
            }) =>
        {
            lead[k].0 + lead[k].1.len_utf8()
        }
        _ => 0,
    }
}

/// The comparison key of an indicator phrase: read left to right, the longest synonym at
/// each place becomes the first word of its row; noise words and a leading place name are
/// dropped.
pub(crate) fn key(subject: &str) -> String {
    // GDP@830 tells two figures of one indicator apart; the words are GDP.
    let subject = subject.split('@').next().unwrap_or(subject);
    // (使森林覆盖率, 将造林: a verb leading the words, not what is measured.)
    let subject = without_place(subject);
    // (年底前全国98%贫困村通宽带: a deadline's 前 before 全国, not 前沿 or 前海.)
    let subject = ["使", "将", "让", "拟"]
        .iter()
        .find_map(|w| subject.strip_prefix(w))
        .or_else(|| {
            subject
                .strip_prefix('前')
                .filter(|rest| rest.starts_with('全'))
        })
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(subject);
    let t: Vec<char> = subject.chars().collect();
    // The synonyms and noise words, longest first, built once.
    static WORDS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words: Vec<(&str, &str)> = SYNONYMS
            .iter()
            .flat_map(|row| row.iter().map(move |w| (*w, row[0])))
            .chain(NOISE.iter().map(|w| (*w, "")))
            .collect();
        words.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
        words
    });
    // Again while it changes: a noise word taken out may join a synonym's parts (接待的游客人次
    // → 接待游客人次 → 游客人次 → 游客).
    // (Each pass only shortens or canonicalises; four are plenty, and bound the work.)
    let mut out = replace(&t, words);
    for _ in 0..4 {
        let again = replace(&out.chars().collect::<Vec<char>>(), words);
        if again == out {
            break;
        }
        out = again;
    }
    // 专利授权完成134件: the verb of what was done ends the words, not the quantity (专利授权
    // as 专利授权量 names it); so does the amount of what was done (国土绿化完成量).
    let done = ["完成量", "完成数", "完成额", "完成"]
        .iter()
        .find_map(|w| out.strip_suffix(w));
    match done {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => out,
    }
}

/// `t` with each of `words` (longest first) read as its replacement, in one pass.
fn replace(t: &[char], words: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < t.len() {
        match words.iter().find(|(w, _)| super::scan::starts(t, i, w)) {
            Some((w, canonical)) => {
                out.push_str(canonical);
                i += w.chars().count();
            }
            None => {
                out.push(t[i]);
                i += 1;
            }
        }
    }
    out
}

/// Words of a goal that name no quantity: how it is reached (迈进, 冲刺, 站上), when, and
/// which goal (这一目标).
const NO_QUANTITY: &str = "迈进 跨进 跨过 迈上 站上 冲上 冲刺 冲击 盼能 率先 接近 可望 有望 力争 争取 这一 这项 目标 今年 明年 年底 台阶 大关 发展 \
     首次 将 能 会 要 是 里 年 度 更 再 接 到 的 在 为 政府工作报告 预期 把 设 定 订 \
     下一 俱乐部 却 不太可能 很有希望 有希望 还是 能否 挤进 突破 破 达到 超过 它 其 恐怕 \
     没问题 不成问题 很困难 都 困难 有难度 难度 结果不如预期 不如预期 结果不如 不如 而 仍缺 要达标 达标 \
     增加 提高 提升 实际 仍 朝 前进 任务";

/// `phrase` with each of `words` taken out, in the order given (list a longer word before
/// a word inside it): what is left names something, or nothing.
pub(super) fn without<'a>(phrase: &str, words: impl IntoIterator<Item = &'a str>) -> String {
    let mut rest = phrase.to_string();
    for w in words {
        if rest.contains(w) {
            rest = rest.replace(w, "");
        }
    }
    rest
}

/// Whether two keys name quantities of the synonym table (地区生产总值, 居民消费价格), and the
/// target's is not among the actual's: two quantities, however near their figures stand.
pub(super) fn names_another_quantity(target: &Key, actual: &Key) -> bool {
    let names = |k: &Key, row: &[&str]| k.text.contains(row[0]);
    SYNONYMS.iter().any(|row| names(actual, row))
        && SYNONYMS
            .iter()
            .any(|row| names(target, row) && !names(actual, row))
}

/// Whether an indicator phrase names no quantity: only goal words (迈进, 这一目标), the
/// region, or nothing.
pub(super) fn names_no_quantity(subject: &str, region: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words: Vec<&str> = NO_QUANTITY.split_whitespace().collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        words
    });
    without(&key(subject), words.iter().copied())
        .chars()
        .all(|c| region.contains(c) || "区市省县州".contains(c))
}

/// Words of time that may stand alone before a figure (2025年上半年达到5005.66亿元).
const TIME_WORDS: &[&str] = &[
    "全年", "今年", "去年", "上年", "当年", "同期", "年初", "年底", "年末", "年",
];

/// Whether an indicator phrase is only a time (上半年, 全年, 前三季度): it names no quantity,
/// the figure is of the one named before it.
pub(super) fn names_only_time(subject: &str) -> bool {
    let parts = super::months::QUARTERS.iter().map(|(w, _, _)| *w);
    let rest = without(subject, parts.chain(TIME_WORDS.iter().copied()));
    rest.is_empty() && !subject.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_judging_a_goal_name_no_quantity() {
        for s in [
            "没问题",
            "不成问题",
            "都很困难",
            "有难度",
            "目标任务",
            "结果不如预期而",
            "增加",
        ] {
            assert!(names_no_quantity(s, "台湾"), "{s}");
        }
        assert!(!names_no_quantity("外国旅客来台", "台湾"));
    }

    #[test]
    fn goal_words_name_no_quantity() {
        assert!(names_no_quantity("迈进", "北京市海淀区"));
        assert!(names_no_quantity("这一目标", ""));
        assert!(names_no_quantity("发展目标是冲击", ""));
        assert!(names_no_quantity("海淀", "北京市海淀区"));
        assert!(!names_no_quantity("粮食产量继续", ""));
        assert!(!names_no_quantity("数字经济规模", ""));
        assert!(names_only_time("上半年"));
        assert!(names_only_time("前三季度"));
        assert!(!names_only_time("上半年出口"));
        assert!(!names_only_time(""));
    }

    #[test]
    fn a_done_verb_ending_the_words_is_no_part_of_the_key() {
        assert_eq!(key("专利授权完成"), "专利授权");
        assert_eq!(key("全年投资完成"), key("全年投资"));
        assert_eq!(key("国土绿化完成量"), key("国土绿化"));
        // Not a completion rate, nor 完成 alone.
        assert_eq!(key("投资完成率"), "投资完成率");
        assert_eq!(key("完成"), "完成");
    }

    #[test]
    fn synonyms_share_a_key() {
        assert_eq!(key("医药产业产值"), key("医药产业营收"));
        assert_eq!(key("生物医药产业规模"), key("生物医药产业营收"));
        assert_eq!(key("有上市企业"), key("上市企业"));
        assert_eq!(key("全市GDP"), key("地区生产总值"));
        assert_eq!(key("规模以上工业增加值"), key("规上工业增加值"));
        assert_eq!(key("招商引资任务"), key("到位资金"));
        // Hope and earliness say how, not what (明年人均GDP也有望提早达成).
        assert_eq!(key("人均GDP有望提早"), key("人均GDP"));
        // A leading place says nothing of the quantity; 游客 and 旅游接待总人数 are one.
        assert_eq!(key("云南省地区生产总值"), key("GDP"));
        assert_eq!(key("全市数字经济产业的总量跃过"), "数字经济规模跃过");
        assert_eq!(key("园区工业增加值"), "园区工业增加值");
        assert_eq!(key("经济成长率"), key("GDP增速"));
        // Consumer prices, their index or its rise, however named (fresh149).
        assert_eq!(key("居民消费价格涨幅"), key("CPI同比上涨"));
        assert_eq!(key("消费者物价指数"), key("CPI"));
        // A task, what is ensured and the whole year's done are one quantity.
        assert_eq!(key("营造林任务"), key("营造林全年完成"));
        assert_eq!(key("营造林确保完成"), "营造林");
        assert_eq!(key("沿河污水处理池要建"), "沿河污水处理池");
        assert_eq!(key("使森林覆盖率"), key("森林覆盖率"));
        assert_eq!(key("将造林"), "造林");
        // A plan's verb (拟新增), a deadline's 前 (年底前全国…) and a doubt (恐怕) are no part
        // of what is measured (最终消费率 keeps its 最终: the final use of goods).
        assert_eq!(key("拟新增造林面积"), key("新增造林面积"));
        assert_eq!(key("前全国贫困村通宽带比例"), key("全国贫困村通宽带比例"));
        assert_eq!(key("赴台旅客人次恐怕"), key("赴台旅客人次"));
        assert_ne!(key("最终消费率"), key("消费率"));
        assert!(key("前沿产业规模").starts_with("前沿"));
        assert_eq!(key("全省接待总人数"), key("接待游客"));
        assert_eq!(key("全省旅游接待游客"), key("旅游接待总人数"));
    }
}
