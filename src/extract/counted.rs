//! What a bare scale counts (人口302.55万 → 万人, 76万群众 → 万人, 营收350亿 → 亿元): the unit of a
//! figure written with only 万 or 亿, read from the words around it.

use super::scan::{starts, Hit};
use super::sentence::clause;

/// Words before a bare scale (人口302.55万) that say what it counts.
const COUNTED: &[(&str, &str)] = &[
    ("人次", "人次"),
    ("人口", "人"),
    ("人数", "人"),
    ("就业", "人"),
    ("游客", "人次"),
    // 今年访港旅客4600万: visits, counted as trips are.
    ("旅客", "人次"),
    ("人才", "人"),
    ("职工", "人"),
    ("户数", "户"),
    ("辆", "辆"),
    ("网民", "人"),
    ("用户", "人"),
    // 快递业单月业务量突破10亿: parcels.
    ("快递", "件"),
];

/// Words right after a bare scale that say what it counts (76万群众).
const COUNTED_AFTER: &[(&str, &str)] = &[
    ("群众", "人"),
    ("居民", "人"),
    ("农民", "人"),
    ("职工", "人"),
    ("人口", "人"),
    // 7449万农村人口, 389万城镇人口: people of a kind.
    ("农村人口", "人"),
    ("城镇人口", "人"),
    ("贫困人口", "人"),
    ("户籍人口", "人"),
    ("常住人口", "人"),
    ("游客", "人次"),
    ("青年", "人"),
    ("农民工", "人"),
    ("学生", "人"),
    ("人才", "人"),
    ("劳动力", "人"),
    // 900万国际旅客: visits, counted as trips are; 800至900万观光客: travellers by head.
    ("旅客", "人次"),
    ("观光客", "人"),
    ("访客", "人"),
    ("师生", "人"),
    // 120余万婴幼儿享受到育儿补贴，43万儿童, 约23万产业工人: people of an age or a trade.
    ("婴幼儿", "人"),
    ("儿童", "人"),
    ("老人", "人"),
    ("老年人", "人"),
    ("工人", "人"),
    ("市民", "人"),
    ("村民", "人"),
    ("患者", "人"),
    ("观众", "人"),
    ("乘客", "人次"),
    ("毕业生", "人"),
    ("新生儿", "人"),
    ("残疾人", "人"),
];

/// Words of what kind, between a bare scale and the people it counts (2.66亿农村居民,
/// 1800万农村学校师生, 6.43万农村饮水人口).
/// (And 105万建档立卡贫困人口, 约800万富余劳动力, 约23万产业工人, 7.6萬AI人才, 30万高校毕业生.)
const KINDS_OF_PEOPLE: &[&str] = &[
    "农村学校",
    "农村饮水",
    "农村",
    "城镇",
    "城乡",
    "学校",
    "建档立卡",
    "富余",
    "产业",
    "AI",
    "高校",
    // 900万国际旅客, 800万过境旅客: travellers of a kind.
    "国际",
    "境外",
    "过境",
    "入境",
    "出境",
];

/// Money or a place for people, named right after them (工人工资, 残疾人补助资金, 儿童医院,
/// 市民消费券, 老人生日礼金: at most two characters between).
const FOR_PEOPLE: &[&str] = &[
    "资金",
    "经费",
    "补贴",
    "补助",
    "工资",
    "分红",
    "礼金",
    "慰问金",
    "消费券",
    "负担",
    "待遇",
    "医院",
    "文化宫",
    "宿舍",
    "中心",
    "图书",
    "资助",
    "救助",
    "基金",
    "项目",
];

/// Verbs of money right before a bare scale (投资2亿, 下达500万, 捐赠价值50万).
const MONEY_VERBS: &[&str] = &[
    "投资", "拨付", "下达", "发放", "投入", "捐赠", "价值", "追回", "减轻", "安排", "筹集", "奖励",
    "拨款", "支付", "兑现", "支出", "补贴",
];

/// Words before a bare scale that make it money (营收350亿, GDP 1.2万亿).
const MONEY: &[&str] = &[
    "元",
    "收入",
    "营收",
    "产值",
    "投资",
    "总值",
    "GDP",
    "资金",
    "金额",
    "额",
    "规模",
    "效益",
    "税",
    "利润",
    "融资",
    "消费",
    "资产",
    "财政",
    "预算",
    "贷款",
    "存款",
    "增加值",
    "生产总值",
    "经济",
    // 收取旅客服务费3000万, 为旅客节省出行费用3000万, 补贴500万, 退款1.2亿: sums paid or saved
    // for travellers, not travellers.
    "费",
    "款",
    "补贴",
    "节省",
];

/// The base unit of a figure written with only a scale, read from its clause: the amount's
/// before a goal written so (540万目标任务), counted words (76万群众, 人口302.55万 → 人), then
/// money words (→ 元); `None` when the clause names neither.
pub fn bare_scale_unit(t: &[char], h: &Hit, sent: (usize, usize)) -> Option<&'static str> {
    // 集装箱完成317.7万标箱，超年度540万目标任务: a goal written with its scale alone is in the
    // unit of the amount before it in its sentence.
    let unit_before = |scaled: bool| {
        (sent.0 + 1..h.start).rev().find_map(|i| {
            // (Scaled: 14.5亿 before 人; else any number, 317.7万 or 540 before 标箱.)
            let scale = matches!(t[i - 1], '万' | '亿');
            let after_number = if scaled {
                scale && i > 1 && t[i - 2].is_ascii_digit()
            } else {
                scale || t[i - 1].is_ascii_digit()
            };
            super::scan::unit_at(t, i)
                .filter(|(u, _)| after_number && !matches!(*u, "%" | "‰" | "个百分点"))
                .map(|(u, _)| u)
        })
    };
    if super::goal::MEASURED_AGAINST[..3]
        .iter()
        .any(|w| starts(t, h.end, w))
    {
        if let Some(u) = unit_before(false) {
            return Some(u);
        }
    }
    let (a, _) = clause(t, h.start, h.end, sent);
    let last = |w: &str| (a..h.start).rev().find(|&i| starts(t, i, w));
    let after = KINDS_OF_PEOPLE
        .iter()
        .find(|w| starts(t, h.end, w))
        .map_or(h.end, |w| h.end + w.chars().count());
    // (Not when the people name what money is for, 50万工人工资, 3000万残疾人补助资金, 5亿儿童
    // 医院, 1亿市民消费券; nor after a verb of money, 投资2亿, 下达500万, 价值50万.)
    let people = COUNTED_AFTER.iter().find_map(|(w, u)| {
        [h.end, after]
            .into_iter()
            .find(|&i| starts(t, i, w))
            .map(|i| (i + w.chars().count(), *u))
    });
    if let Some((end, u)) = people {
        let money_after = (end..t.len().min(end + 3))
            .take_while(|&i| !matches!(t[i], '，' | '。' | '；' | '、' | ',' | ';'))
            .any(|i| FOR_PEOPLE.iter().any(|w| starts(t, i, w)));
        let money_before = MONEY_VERBS.iter().any(|w| super::scan::ends(t, h.start, w));
        return Some(if money_after || money_before {
            "元"
        } else {
            u
        });
    }
    // 分别增加14.41億、253.52億及14.79億成本: a list of amounts ending in a word of money or
    // cost names them all.
    let list_end = (h.end..t.len().min(h.end + 40))
        .find(|&i| !(t[i].is_ascii_digit() || "．.、及和与万亿 ".contains(t[i])))
        .unwrap_or(h.end);
    if ["成本", "支出", "经费", "补贴"]
        .iter()
        .chain(MONEY)
        .any(|w| starts(t, list_end, w))
    {
        return Some("元");
    }
    // Of counted and money words, the nearer (培育人才 115年教育预算突破201亿: 元).
    let counted = COUNTED.iter().find_map(|(w, u)| last(w).map(|i| (i, *u)));
    let money = MONEY.iter().filter_map(|w| last(w)).max();
    match (counted, money) {
        (Some((c, _)), Some(m)) if m > c => Some("元"),
        (Some((_, u)), _) => Some(u),
        (None, Some(_)) => Some("元"),
        // 预计达14.5亿人；2050年会降到14亿左右: with no word of either, the unit of a figure
        // written with a scale before it in its sentence.
        (None, None) => unit_before(true),
    }
}
