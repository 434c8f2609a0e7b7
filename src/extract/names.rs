//! Names that hold numbers but state no figure: a programme's or policy's name (“十百千亿级产业
//!集群培育行动计划”, 产业新政50条), a slogan of several numbers (“3个100万”), a set of tasks
//! named by its count (“25件民生实事”), a group of people named by their age (3岁以下婴幼儿,
//! 16-24岁劳动力) or by the speed they are sold (100Mbps及以上的用户), and a round size in
//! words naming the kind of a thing (百万亩规模化林场).

use super::numbers::cn_numeral;
use super::scan::ends;

/// Words that end the name of a policy or programme.
const NAME_ENDS: &[&str] = &[
    "行动计划",
    "计划",
    "方案",
    "工程",
    "行动",
    "战略",
    "政策",
    "条",
];

/// Whether the figure `[i, j)` is part of a name: inside quotes or 《》 whose words end with a
/// programme word (“十百千亿级产业集群培育行动计划”), or a policy's count of articles (新政50条).
pub(super) fn in_a_name(t: &[char], i: usize, j: usize) -> bool {
    if t.get(j.wrapping_sub(1)) == Some(&'条') && (ends(t, i, "新政") || ends(t, i, "政策")) {
        return true;
    }
    let lo = i.saturating_sub(30);
    let open = (lo..i)
        .rev()
        .find(|&k| matches!(t[k], '“' | '《' | '"' | '」' | '「'));
    let Some(open) = open.filter(|&k| t[k] != '」') else {
        return false;
    };
    if (open + 1..i).any(|k| matches!(t[k], '”' | '》' | '。' | '，')) {
        return false;
    }
    let hi = (j + 30).min(t.len());
    let Some(close) = (j..hi).find(|&k| matches!(t[k], '”' | '》' | '"' | '」')) else {
        return false;
    };
    if (j..close).any(|k| matches!(t[k], '。' | '，' | '；')) {
        return false;
    }
    // “3个100万”, “两个10亿元”: a slogan of several numbers in one item is a name; a list of
    // goals (“千家企业、千亿规模”) is not.
    let number = |c: char| c.is_ascii_digit() || c == '.' || cn_numeral(c);
    let runs = |a: usize, b: usize| {
        (a..b)
            .filter(|&k| number(t[k]) && (k == a || !number(t[k - 1])))
            .count()
    };
    let item_ends = (open + 1..close)
        .filter(|&k| t[k] == '、')
        .chain(std::iter::once(close));
    let mut item = open + 1;
    let mut slogan = false;
    for k in item_ends {
        slogan |= runs(item, k) >= 2;
        item = k + 1;
    }
    (close - open <= 13 && (slogan || counted_name(t, open, i, j, close)))
        || NAME_ENDS.iter().any(|w| ends(t, close, w))
}

/// Whether a quote holding one count and no list opens with it and goes on naming what is
/// counted (“25件民生实事”, “5个牢牢把握”): the name of a set of tasks, not an amount.
fn counted_name(t: &[char], open: usize, i: usize, j: usize, close: usize) -> bool {
    let count = t
        .get(j.wrapping_sub(1))
        .is_some_and(|c| "件个项条大".contains(*c));
    let words_after = (j..close)
        .filter(|&k| super::scan::is_ideograph(t[k]))
        .count();
    count
        && i == open + 1
        && words_after >= 2
        && !(open + 1..close).any(|k| t[k] == '、' || (k >= j && t[k].is_ascii_digit()))
}

/// Whether a round size written in words only (百万亩, 千亩) is followed by 规模化: it names the
/// kind of the thing after it (湟水百万亩规模化林场建设试点), states no amount.
pub(super) fn size_of_a_kind(t: &[char], h: &super::scan::Hit) -> bool {
    super::scan::starts(t, h.end, "规模化") && !t[h.start..h.end].iter().any(|c| c.is_ascii_digit())
}

/// Whether an age or a broadband speed names a group of people rather than stating one: an
/// age before the people it names (3岁以下婴幼儿, 18岁以上市民, 16-24岁劳动力, 60歲及以上老年人口,
/// 2歲專班) or an age group alone (介乎18至30歲, 61歲或以上), not 预期寿命提升至82.5岁 nor
/// 人均预期寿命77岁以上; a speed tier before the users sold it (100Mbps及以上的用户).
pub(super) fn names_a_group(t: &[char], h: &super::scan::Hit) -> bool {
    let after = |w: &&str| super::scan::starts(t, h.end, w);
    let joined_bound = ["或以上", "或以下", "及以上", "及以下"];
    // 接入速率100Mbps及以上的固定宽带用户, 达到或超过1000Mbps的用户: a class of users by the
    // speed they are sold, not a speed measured (nor 达到100Mbps的目标, a goal).
    if matches!(h.base, Some("Mbps" | "Gbps")) {
        let users = t.get(h.end) == Some(&'的')
            && (h.end + 1..t.len().min(h.end + 8)).any(|k| super::scan::starts(t, k, "用户"));
        return users || joined_bound.iter().any(after);
    }
    if h.base != Some("岁") {
        return false;
    }
    let name_after = t
        .get(h.end)
        .is_some_and(|&c| super::scan::is_ideograph(c) && !"的是为".contains(c));
    // A range of ages (not 从80.2岁提升至82.5岁, two figures; nor one a change is by,
    // 人均预期寿命提高1-2岁), or an age with its bound joined by 或 or 及: a group.
    let by = ["提高", "增加", "延长", "提升", "增长"]
        .iter()
        .any(|w| super::scan::ends(t, h.start, w));
    if (h.high.is_some() && !by) || joined_bound.iter().any(after) {
        return true;
    }
    // An age bound then a name (not 岁以上的, 岁以上。); an age then people or a class of
    // them (not 从80.2岁提升至…, 岁左右, 岁目标).
    let bound = ["以上", "以下"]
        .iter()
        .any(|w| super::scan::ends(t, h.end, w));
    const GROUPS: &[&str] = &[
        "专班", "班", "生日", "儿童", "幼儿", "婴", "青年", "少年", "老人", "老年", "长者", "人口",
        "人群", "女性", "男性", "学生", "学童", "孩童", "孩子", "居民", "市民", "民众", "子女",
        "员工", "群体", "组",
    ];
    // (Or through 的, 3岁的人口, 5歲的幼兒人口; and an age paired with the next, 2015年约2岁而
    // 未满3岁的人口, 2歲至5歲的幼兒人口: a band.)
    let of_group =
        t.get(h.end) == Some(&'的') && GROUPS.iter().any(|w| super::scan::starts(t, h.end + 1, w));
    // (Not a change, 从80.2岁到82.5岁.)
    let from = h.start > 0 && matches!(t[h.start - 1], '从' | '由');
    let paired = !from
        && t.get(h.end).is_some_and(|c| "而至到".contains(*c))
        && (h.end + 1..t.len().min(h.end + 7)).any(|k| t[k] == '岁');
    (bound && name_after) || GROUPS.iter().any(after) || of_group || paired
}

#[cfg(test)]
mod tests {
    use super::super::scan::written_figures;

    #[test]
    fn a_quoted_list_of_goals_is_no_slogan() {
        assert_eq!(
            written_figures("围绕培育“千家企业、千亿规模”医药健康产业集群目标"),
            ["千家", "千亿"]
        );
    }

    #[test]
    fn a_quoted_count_naming_tasks_is_no_figure() {
        assert_eq!(
            written_figures("依据“25件民生实事”的任务分解，完成“千家企业、千亿规模”，建成“10个”。"),
            ["千家", "千亿", "10个"]
        );
    }

    #[test]
    fn an_age_naming_a_group_is_no_figure() {
        assert_eq!(
            written_figures(
                "3岁以下婴幼儿托育，16-24岁劳动力失业率，预期寿命从80.2岁提升至82.5岁。\
                 介乎18至30歲，225人為61歲或以上，增加2歲專班，寿命77岁以上，提高3.1岁目标。"
            ),
            ["80.2岁", "82.5岁", "225人", "77岁以上", "3.1岁"]
        );
    }

    #[test]
    fn an_age_band_through_de_or_paired_names_a_group() {
        // 2015年约2岁而未满3岁的人口, 2歲至5歲的幼兒人口 (fresh169): bands of people; a change
        // from one age to another stays two figures.
        assert_eq!(
            written_figures(
                "2015年约2岁而未满3岁的人口，每学年度2岁至5岁的幼儿人口，预期寿命从80.2岁到82.5岁。"
            ),
            ["80.2岁", "82.5岁"]
        );
    }
}
