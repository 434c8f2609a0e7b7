//! The unit written at a place in a text: the longest base spelling there (平方公里 before 公里),
//! unless its character begins another word (个人, 车主, 列入, 口岸), with the readings that depend on
//! the number or words before it (5.8年 waited, 8.7分 a score, 天 counted after 天数), the
//! units a price is quoted per (元/亩, 每亩补助2000元), and points shared down a list.

use super::at::is_ideograph;
use super::starts;
use crate::model::numeral::BOUND_SUFFIXES;
use crate::model::unit::BASES;

/// The longest base-unit spelling at `i` (平方公里 before 公里, 名次 before 名): its canonical
/// spelling and where it ends.
pub(crate) fn unit_at(t: &[char], i: usize) -> Option<(&'static str, usize)> {
    // 3万亿台阶, 个人所得税, 百度, 10家头部企业: a unit's character beginning a word is no unit.
    if [
        "台阶", "个人", "度假", "头部", "头条", "车道", "车间", "车位", "车型", "车站", "车厢",
        "列入", "列为", "列出", "列支", "列车", "晚上", "晚会", "晚间", "晚饭", "支持", "支出",
        "支付", "支援", "支柱", "支撑", "支部", "支行", "支线", "支流", "支配", "支票", "支取",
        "支应", "支用", "株洲", "口岸", "口径", "口徑", "口气", "口氣", "口罩", "口号", "口號",
        "口腔", "口碑", "口味", "口袋", "口头", "口頭", "口感", "口子", "口令", "口服", "班车",
        "班列", "班子", "班组", "班长", "箱包", "箱子",
    ]
    .iter()
    .any(|w| starts(t, i, w))
        // (Nor 县 before 市场: 11县市场监管局 is no 县市.)
        || starts(t, i, "县市场")
    {
        return None;
    }
    BASES
        .iter()
        .filter(|(w, _, _)| starts(t, i, w))
        // 研发人员572万人年: person-years; not 完成4600人年计划 (people against a yearly plan)
        // nor 带动500人年增收, 1000人年收入超5万元 (people, each year).
        .filter(|(w, _, _)| {
            *w != "人年"
                || ![
                    "计划", "目标", "任务", "度", "均", "底", "初", "内", "增收", "收入", "工资",
                    "薪",
                ]
                .iter()
                .any(|a| starts(t, i + 2, a))
        })
        // 135.7萬小時, 288亿片: hours and chips only with a scale (not 24小时服务, 3片区); 700
        // 瓦: watts only right after a number (not the 瓦 of 千瓦 after 7千); 慢充1,653槍: a
        // charging pile's guns, with a word of charging not far before, or a count of guns just
        // before in a list (台北市1,198槍、新北市5槍), not 连开3枪, shots.
        .filter(|(w, _, _)| {
            let before = i.checked_sub(1).map(|k| t[k]);
            match *w {
                "小时" | "片" => matches!(before, Some('万' | '亿')),
                "瓦" => before.is_some_and(|c| c.is_ascii_digit() || c == ' '),
                "枪" => {
                    (i.saturating_sub(40)..i).any(|k| matches!(t[k], '充' | '桩'))
                        || (i.saturating_sub(30)..i.saturating_sub(1))
                            .any(|k| t[k].is_ascii_digit() && t[k + 1] == '枪')
                }
                _ => true,
            }
        })
        .max_by_key(|(w, _, _)| w.chars().count())
        .filter(|(_, c, _)| *c != "天" || days_counted(t, i))
        .filter(|(_, c, _)| *c != "年" || years_waited(t, i))
        .filter(|(_, c, _)| *c != "分" || score(t, i))
        .filter(|(_, c, _)| *c != "起" || incidents(t, i))
        .filter(|(_, c, _)| *c != "点" || index_points(t, i))
        // (1056笔, 1.2万笔, 3.2亿笔; not 一笔资金, a sum, nor 笔者, 笔记; 11万份, 82份 copies,
        // not 一份, 份额, 月份.)
        .filter(|(_, c, _)| {
            // (5万余份, 500多份: about so many copies.)
            let k = if i > 1 && *c == "份" && matches!(t[i - 1], '余' | '多') {
                i - 1
            } else {
                i
            };
            !matches!(*c, "笔" | "份")
                || (k > 0
                    && (t[k - 1].is_ascii_digit() || "百千万萬亿億".contains(t[k - 1]))
                    && !(*c == "份" && t.get(i + 1) == Some(&'额')))
        })
        // 每度电144.3仙 (Hong Kong's cents), not 八仙, 仙桃, 仙居.
        .filter(|(_, c, _)| *c != "仙" || cents(t, i))
        // 日均装车1657车，开行3144列，逗留3.2晚，105.3床，1666867方: counted at a word's end
        // only (not 万车主, 车企, 早7晚9, 500床位, 3方面).
        .filter(|(w, _, _)| {
            let bound = BOUND_SUFFIXES.iter().any(|(b, _)| starts(t, i + 1, b));
            !matches!(*w, "车" | "列" | "晚" | "床" | "方")
                || bound
                || !t
                    .get(i + 1)
                    .is_some_and(|c| is_ideograph(*c) || c.is_ascii_digit())
        })
        .map(|(w, c, _)| (*c, i + w.chars().count()))
}

/// Whether 仙 at `i` counts cents: right after digits, ending its word (4仙，, 144.3仙的).
fn cents(t: &[char], i: usize) -> bool {
    let after = t.get(i + 1).copied();
    i > 0
        && t[i - 1].is_ascii_digit()
        && !after.is_some_and(|c| is_ideograph(c) && !"的左以及和至到，。、".contains(c))
}

/// Whether 点 at `i` counts an index's points (综合指数升至189点，同比提高37点): right after
/// digits, with 指数 and then a verb of a level or a change within 16 characters before it in
/// its sentence, and ending its word (not 指数在凌晨3点达到峰值, a time of day, nor 指数提出3点
/// 建议, 8点半).
fn index_points(t: &[char], i: usize) -> bool {
    const MOVED: &[&str] = &[
        "升至", "升到", "降至", "降到", "达到", "收于", "报", "提高", "下降", "上升", "回落",
        "上涨", "下跌", "增加", "减少", "为",
    ];
    let Some(k) = (i.saturating_sub(16)..i)
        .rev()
        .take_while(|&k| !matches!(t[k], '。' | '；' | '\n'))
        .find(|&k| starts(t, k, "指数"))
    else {
        return false;
    };
    let moved = (k + 2..i).any(|m| MOVED.iter().any(|w| starts(t, m, w)));
    let word_ends = !t
        .get(i + 1)
        .is_some_and(|c| "半钟多前后左整位建意要".contains(*c));
    i > 0 && t[i - 1].is_ascii_digit() && moved && word_ends
}

/// Whether 起 at `i` counts incidents (事故265起, 发生一起较大事故), not a start (起草, 起步) nor
/// 一起 (together: 大家一起努力), which counts only before a word of an incident.
fn incidents(t: &[char], i: usize) -> bool {
    const INCIDENTS: &[&str] = &[
        "事故", "案", "火灾", "较大", "重大", "特大", "一般", "生产", "交通", "死亡", "伤亡",
    ];
    let numeral = |c: char| c.is_ascii_digit() || crate::model::numeral::digit(c).is_some();
    let Some(&before) = i.checked_sub(1).and_then(|k| t.get(k)) else {
        return false;
    };
    let together = before == '一' && !(i >= 2 && (numeral(t[i - 2]) || t[i - 2] == '十'));
    let start = t
        .get(i + 1)
        .is_some_and(|c| "草步点飞源诉航跑来身床色码".contains(*c));
    numeral(before) && !start && (!together || INCIDENTS.iter().any(|w| starts(t, i + 1, w)))
}

/// The number written right before `i` when it has one or two decimals (5.8, 8.75), and where
/// it starts; at most 20 characters back.
fn decimals_before(t: &[char], i: usize) -> Option<usize> {
    let digits = t[i.saturating_sub(20)..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    let number = &t[i - digits..i];
    let decimals = number
        .iter()
        .position(|c| *c == '.')
        .is_some_and(|k| (2..=3).contains(&(number.len() - k)));
    (decimals && number.first().is_some_and(char::is_ascii_digit)).then_some(i - digits)
}

/// Whether 年 at `i` ends a number of years (轮候时间为5.8年, 由6.1年降至5.1年), not a
/// calendar year: only after a number with one or two decimals, not one of a name
/// (PM2.5年均浓度) nor a list number before a year (1．2022年: not 1.2022 years).
/// So is one after a word of waiting within 16 characters back in its sentence (平均輪候時間
/// 以6年封頂, 輪候公屋何時可以由五年減至四年), not the years of a record (逾20年来最长).
fn years_waited(t: &[char], i: usize) -> bool {
    const WAITING: &[&str] = &["轮候", "輪候"];
    decimals_before(t, i).is_some_and(|s| !(s > 0 && t[s - 1].is_ascii_alphabetic()))
        || (t.get(i + 1) != Some(&'来') && named_back(t, i, WAITING))
}

/// Whether one of `words` begins within 16 characters before `i` in its sentence.
fn named_back(t: &[char], i: usize, words: &[&str]) -> bool {
    (i.saturating_sub(16)..i)
        .rev()
        .take_while(|&k| !matches!(t[k], '。' | '；' | '\n'))
        .any(|k| words.iter().any(|w| starts(t, k, w)))
}

/// Whether 分 at `i` ends a score (满意度8.7分, 评分为4.5分): after a number with one or two
/// decimals, with a word of a score within twelve characters before it, at a word's end (not
/// 下调1.5分, 2.5分钱, 53.5分贝).
fn score(t: &[char], i: usize) -> bool {
    const SCORES: &[&str] = &[
        "满意度",
        "得分",
        "评分",
        "分值",
        "满分",
        "打分",
        "指数",
        "考核得",
    ];
    let scored = (i.saturating_sub(12)..i).any(|k| SCORES.iter().any(|w| starts(t, k, w)));
    decimals_before(t, i).is_some() && scored && !t.get(i + 1).copied().is_some_and(is_ideograph)
}

/// Whether days at `i` are a count of days (优良天数332天, 优良天数不低于317天, 优良天数增加25天,
/// 优良天不低于20天, 重度及以上污染天气2天, 紅色警示日數為88天: 天数 or a kind of day within 16 characters back in its
/// sentence), not a duration (首15天, 提前20天, 365天不落幕).
fn days_counted(t: &[char], i: usize) -> bool {
    const DAYS: &[&str] = &[
        "天数",
        "天數",
        "日数",
        "日數",
        "优良天",
        "污染天",
        "达标天",
        "超标天",
    ];
    named_back(t, i, DAYS)
}

/// Units a price is quoted per (元/亩, 元/月, 元/千瓦时), a density (公里/百平方公里) or an
/// intensity (立方米/万元, 吨标煤/万元) is of: where the unit ends.
pub(super) fn per_unit(t: &[char], i: usize) -> Option<usize> {
    const PER: &[&str] = &[
        "百平方公里",
        "平方公里",
        "千瓦时",
        // 每公升比柴油车省7元 (Hong Kong's fuel, by the litre).
        "公升",
        "平方米",
        "平米",
        "吨",
        "亩",
        "月",
        "年",
        "人",
        "天",
        "日",
        "度",
        "公斤",
        "斤",
        "户",
        "件",
        "台",
        "辆",
        "次",
        "小时",
        // 573.2立方米/秒 (a pump's capacity, a river's flow).
        "秒",
        // 60.6立方米/万元 (water used per 10,000 yuan of output), 85元/百元.
        "万元",
        "百元",
        "亿元",
    ];
    PER.iter()
        .filter(|w| starts(t, i, w))
        .map(|w| i + w.chars().count())
        .max()
}

/// Whether, right after a figure ending at `j`, 和, 与 or 、 joins it to another in points in
/// the same clause (1.6个和加快1.2个百分点), a few words between.
/// So is one of a longer list of such (回升20.4个、18.7个、21.7个、26.9个百分点: see
/// [`points_listed`]).
pub(super) fn points_after(t: &[char], j: usize) -> bool {
    let near = (j + 1..t.len().min(j + 12))
        .take_while(|&k| !matches!(t[k], '，' | '；' | '。'))
        .any(|k| starts(t, k, "个百分点") && t[k - 1].is_ascii_digit());
    t.get(j).is_some_and(|c| joined(*c)) && (near || points_listed(t, j))
}

/// Whether a list of numbers each written with 个 runs from `j` straight on to 个百分点
/// (分别上升了4个和5个百分点): the 个 before `j` is of points too, a whole number or not.
pub(super) fn points_listed(t: &[char], j: usize) -> bool {
    let run = (j..t.len().min(j + 80))
        .find(|&k| !(t[k].is_ascii_digit() || matches!(t[k], '.' | '个') || joined(t[k])))
        .unwrap_or(t.len());
    t.get(j).is_some_and(|c| joined(*c))
        && run > j + 1
        && t[run - 1] == '个'
        && starts(t, run, "百分点")
}

fn joined(c: char) -> bool {
    matches!(c, '和' | '与' | '、')
}

/// The measure a price before `i` is quoted per (每亩补助2000元, 每头10元, 每公斤平均增长了
/// 0.2元, 每小时43.1元): 每 and the measure, then at most six characters with no number or
/// stop; or, for the level a price is changed to (从每小时42.1港元上调至43.1港元), anywhere
/// before in its clause. Not 每人, 每户, 每月: what is paid a person or a month is written in
/// 元 alone as often as not.
pub(super) fn per_measure_before(t: &[char], i: usize) -> Option<&'static str> {
    const MEASURES: &[&str] = &[
        "平方米",
        "公斤",
        "千克",
        "亩",
        "头",
        "吨",
        "瓩",
        "斤",
        "小时",
        "小時",
    ];
    let changed_to = i > 0 && matches!(t[i - 1], '至' | '到');
    let from = if changed_to {
        (0..i)
            .rev()
            .find(|&k| matches!(t[k], '，' | ',' | '。' | '；' | '\n'))
            .map_or(0, |k| k + 1)
    } else {
        i.saturating_sub(9)
    };
    let p = (from..i).rev().find(|&p| t[p] == '每')?;
    let w = MEASURES.iter().find(|w| starts(t, p + 1, w))?;
    let gap = p + 1 + w.chars().count()..i;
    let near = gap.len() <= 6 && t[gap].iter().all(|c| is_ideograph(*c));
    (near || changed_to).then_some(if *w == "小時" { "小时" } else { *w })
}
