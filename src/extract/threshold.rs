//! Thresholds and classes written as a bare scale or a figure: 突破万亿, 跨进万亿, 进入“万亿俱乐部”,
//! 迈入4万亿之城. A class entered is reached at least. A threshold that names the class a count
//! is of (年营业收入超1000亿元的达2个) is no figure.

use super::scan::{ends, starts, Hit};
use crate::model::Qualifier;

/// Verbs before a bare scale (跨进万亿, 冲刺万亿) that make it a threshold of one.
const THRESHOLD_VERBS: &[&str] = &[
    "跨进", "跨入", "迈进", "迈入", "迈上", "迈过", "跨越", "冲刺", "站上", "达到", "突破", "进入",
    "跻身", "挤进", "加入", "迈向",
];

/// Whether a figure is a class entered (迈入4万亿之城, 进入“万亿俱乐部”, 跻身万亿级城市): a
/// verb of entering before it, or a class word after it. Entering a class is reaching at
/// least its threshold.
pub(super) fn class_entered(t: &[char], h: &Hit) -> bool {
    const CLASS: &[&str] = &["之城", "俱乐部", "级", "时代", "行列"];
    after(t, h.start, ENTER) || (h.base.is_none() && CLASS.iter().any(|w| starts(t, h.end, w)))
}

/// Verbs of entering a class (进入, 跻身 …), the ones of [`THRESHOLD_VERBS`] that reach at least.
const ENTER: &[&str] = &[
    "进入", "跻身", "挤进", "加入", "迈入", "跨入", "跨进", "迈进",
];

/// Whether one of `words` stands right before `i`, or before a quote opening there (进入“万亿).
fn after(t: &[char], i: usize, words: &[&str]) -> bool {
    let at = if i > 0 && matches!(t[i - 1], '“' | '「') {
        i - 1
    } else {
        i
    };
    words.iter().any(|w| ends(t, at, w)) || words.iter().any(|w| ends(t, i, w))
}

/// Whether the bare scale (万, 亿) at `i` is a figure of one: after a bound (突破万亿元, 破万亿,
/// not 超万亿级), or a threshold reached or entered (跨进万亿, 进入“万亿俱乐部”, 进入万亿级规模).
pub(super) fn bare_scale(t: &[char], i: usize) -> bool {
    let bound = !starts(t, i + 1, "级")
        && ["破", "超过", "超", "逾", "近"]
            .iter()
            .any(|w| ends(t, i, w));
    bound || after(t, i, THRESHOLD_VERBS)
}

/// Counters of things and firms a class is counted in (达2个, 有5家).
const COUNTED_IN: &[&str] = &["个", "家", "户", "项", "所", "座", "处", "条", "只"];

/// Whether `hits[k]` names the class a count is of: a bound before the count in its clause
/// (年营业收入超1000亿元的达2个, 产值超百亿企业达到20户), or a class in 级 right after it (形成5个
/// 千亿级产业集群): the count is the figure.
pub(super) fn class_label(t: &[char], hits: &[Hit], k: usize) -> bool {
    let counter = |h: &Hit| h.base.is_some_and(|b| COUNTED_IN.contains(&b));
    let h = &hits[k];
    // (A class without 级, 打造2个五百亿产业集群, is each one's goal: it stays.)
    let class = matches!(h.base, None | Some("元")) && starts(t, h.end, "级");
    // 3个过三千亿元城市: a count, then a bound naming the class.
    let passed = h.start >= 1 && matches!(t[h.start - 1], '过' | '超');
    let before = k > 0 && counter(&hits[k - 1]);
    if before && (hits[k - 1].end == h.start && class || hits[k - 1].end + 1 == h.start && passed) {
        return true;
    }
    // 形成2至3家年产50万辆的整车企业, 新增10家百亿规模的零部件企业: a size right after a
    // count (past 年产, 年营收), then 的, names the class of what is counted.
    // (Only a size's own words between: not 开工3个总投资50亿元的重大项目.)
    const SIZE_WORDS: &[&str] = &["", "年产", "年产值", "年营收", "产值", "营收", "年销售"];
    let sized = before
        && hits[k - 1].end <= h.start
        && SIZE_WORDS
            .iter()
            .any(|w| t[hits[k - 1].end..h.start].iter().copied().eq(w.chars()))
        && ["的", "规模", "级的"].iter().any(|w| starts(t, h.end, w));
    if sized {
        return true;
    }
    // 三大千亿级产业赛道: a count written 三大 before the class.
    if class && h.start >= 2 && t[h.start - 1] == '大' && super::numbers::cn_digit(t[h.start - 2])
    {
        return true;
    }
    let bound = matches!(h.qualifier, Qualifier::AtLeast | Qualifier::AtMost);
    // 千万元以上项目的推进情况 (a heading): a bound in money right before the projects or
    // firms it sorts names their class, with or without a count after it.
    if bound
        && h.base == Some("元")
        && ["项目", "的项目", "企业", "的企业"]
            .iter()
            .any(|w| starts(t, h.end, w))
    {
        return true;
    }
    let Some(next) = hits.get(k + 1) else {
        return false;
    };
    let counted = counter(next) && !counter(h);
    let near = next.start >= h.end
        && next.start - h.end <= 12
        && !t[h.end..next.start]
            .iter()
            .any(|c| matches!(c, '，' | ',' | '。' | '；' | '、' | '：'));
    // 千亿元级企业1家: a class in 级 named before its count.
    (bound || class) && counted && near
}

#[cfg(test)]
mod tests {
    use super::super::scan::written_figures as written;

    #[test]
    fn a_bound_naming_the_class_counted_is_no_figure() {
        assert_eq!(
            written("年营业收入超1000亿元的达2个，产值超百亿企业达到20户"),
            ["2个", "20户"]
        );
        assert_eq!(
            written("形成5个千亿级产业集群，第4个千亿级产业"),
            ["5个", "千亿"]
        );
        assert_eq!(
            written("形成2至3家年产50万辆的整车企业，新增10家百亿规模的零部件企业"),
            ["2至3家", "10家"]
        );
        // A class named by 级 before its count, a count written 三大, a bound after a count.
        assert_eq!(
            written("培育出千亿元级企业1家、百亿元级企业8家"),
            ["1家", "8家"]
        );
        assert_eq!(written("三大千亿级产业赛道活力迸发"), Vec::<String>::new());
        assert_eq!(written("新晋为3个过三千亿元城市"), ["3个"]);
        // A bound in money right before the projects it sorts, with no count: a heading.
        assert!(written("一、千万元以上项目的推进情况").is_empty());
        assert!(written("亿元以上企业的营收").is_empty());
        // A bound that is a figure of its own stays one.
        assert_eq!(
            written("营收突破600亿元，企业达到50家"),
            ["突破600亿元", "50家"]
        );
    }
}
