//! The scanner on written figures: what is read as one figure, with what value, scale, unit
//! and qualifier, and what is no figure at all.

use super::*;

fn one(s: &str) -> Option<(String, f64, u8, Option<&'static str>, Qualifier)> {
    let t: Vec<char> = s.chars().collect();
    let h = figures(&t).into_iter().next()?;
    let w: String = t[h.start..h.end].iter().collect();
    Some((w, h.value, h.scale.0, h.base, h.qualifier))
}

#[test]
fn issue_forms() {
    use Qualifier::*;
    let q = |s: &str, w: &str, v: f64, sc: u8, b: Option<&'static str>, ql| {
        assert_eq!(one(s), Some((w.to_string(), v, sc, b, ql)), "{s}");
    };
    q(
        "累计盘活7796.99亩工业",
        "7796.99亩",
        7796.99,
        0,
        Some("亩"),
        Exact,
    );
    q("引进1,200个项目", "1,200个", 1200.0, 0, Some("个"), Exact);
    // Per mille, metres of cloth, batches; a radius is no figure.
    q("自然增长率为1.64‰", "1.64‰", 1.64, 0, Some("‰"), Exact);
    q("布51.36亿米", "51.36亿米", 51.36, 8, Some("米"), Exact);
    q("接待60多批次", "60多批次", 60.0, 0, Some("批次"), About);
    assert_eq!(one("公交与轨道50米内换乘比例"), None);
    assert_eq!(one("为近10个年度以来的新高"), None);
    // (破零倍增 names a plan.)
    assert_eq!(one("推行企业上市“破零倍增”计划"), None);
    q("当月新开工5类8项，", "8项", 8.0, 0, Some("项"), Exact);
    q(
        "目标金额为新台币1兆1千亿元；",
        "1兆1千亿元",
        11000.0,
        8,
        Some("元"),
        Exact,
    );
    q(
        "176个年度计划新开项目中",
        "176个",
        176.0,
        0,
        Some("个"),
        Exact,
    );
    // A minus sign before a rate; a code or a range is no sign.
    q("同比增长-8.92%", "-8.92%", -8.92, 0, Some("%"), Exact);
    q("自然增长率为-3.93‰", "-3.93‰", -3.93, 0, Some("‰"), Exact);
    q("(-2.7%)", "-2.7%", -2.7, 0, Some("%"), Exact);
    q("医院，-2.7%", "-2.7%", -2.7, 0, Some("%"), Exact);
    assert_eq!(one("ICG-17%"), None);
    // 千人床位数: what a rate is per, no figure; 吸引千人参加 is one.
    assert_eq!(one("常住人口千人床位数"), None);
    q("吸引千人参加", "千人", 1000.0, 0, Some("人"), Exact);
    q("千亿规模", "千亿", 1000.0, 8, None, Exact);
    q("2个五百亿产业", "2个", 2.0, 0, Some("个"), Exact);
    q("总规模八万亿元", "八万亿元", 8.0, 12, Some("元"), Exact);
    // Chinese decimals and percentages in words (Macau, Hong Kong).
    q(
        "调低至六十八点四亿元",
        "六十八点四亿元",
        68.4,
        8,
        Some("元"),
        Exact,
    );
    q(
        "收入约五百二十三点亿元",
        "约五百二十三点亿元",
        523.0,
        8,
        Some("元"),
        About,
    );
    q(
        "按年跌百分之零点九五；",
        "百分之零点九五",
        0.95,
        0,
        Some("%"),
        Exact,
    );
    q(
        "占百分之八十六点四七",
        "百分之八十六点四七",
        86.47,
        0,
        Some("%"),
        Exact,
    );
    q(
        "增长百分之五以上",
        "百分之五以上",
        5.0,
        0,
        Some("%"),
        AtLeast,
    );
    q("超过百分之20", "超过百分之20", 20.0, 0, Some("%"), AtLeast);
    q(
        "人口成长率千分之6左右",
        "千分之6左右",
        6.0,
        0,
        Some("‰"),
        About,
    );
    q(
        "出生率千分之十二点五",
        "千分之十二点五",
        12.5,
        0,
        Some("‰"),
        Exact,
    );
    assert_eq!(one("进入ESI前千分之一的学科"), None);
    q("一点二万亿元", "一点二万亿元", 1.2, 12, Some("元"), Exact);
    q("恢复到疫情前的八成", "八成", 8.0, 0, Some("成"), Exact);
    q("几占总收入的七成四。", "七成四", 7.4, 0, Some("成"), Exact);
    q("占七成四家企业", "七成", 7.0, 0, Some("成"), Exact);
    q("增幅一成半；", "一成半", 1.5, 0, Some("成"), Exact);
    q("较2018年急增八倍。", "八倍", 8.0, 0, Some("倍"), Exact);
    q("较十二月增两倍三。", "两倍三", 2.3, 0, Some("倍"), Exact);
    q("约为五成半，", "五成半", 5.5, 0, Some("成"), Exact);
    q(
        "分别回落2.16和1.66个百分点",
        "2.16",
        2.16,
        0,
        Some("个百分点"),
        Exact,
    );
    q("达1.2万亿元", "1.2万亿元", 1.2, 12, Some("元"), Exact);
    q("十余家企业", "十余家", 10.0, 0, Some("家"), About);
    q("项目90余个,", "90余个", 90.0, 0, Some("个"), About);
    q("提供近50亿元融资", "近50亿元", 50.0, 8, Some("元"), About);
    q("服务超1000个", "超1000个", 1000.0, 0, Some("个"), AtLeast);
    q("产值逾千亿元", "逾千亿元", 1000.0, 8, Some("元"), AtLeast);
    q("人才3000余名", "3000余名", 3000.0, 0, Some("名"), About);
    q("超过 8 万亿,", "超过 8 万亿", 8.0, 12, None, AtLeast);
    q("增长20%以上", "20%以上", 20.0, 0, Some("%"), AtLeast);
    q("投资2400多亿元", "2400多亿元", 2400.0, 8, Some("元"), About);
    q(
        "收入达三千多万元",
        "三千多万元",
        3000.0,
        4,
        Some("元"),
        About,
    );
    q(
        "总收入达一百二十一亿二千多万元，",
        "一百二十一亿二千多万元",
        1_212_000.0,
        4,
        Some("元"),
        About,
    );
    q(
        "为廿九亿六千五百七十万元",
        "廿九亿六千五百七十万元",
        296_570.0,
        4,
        Some("元"),
        Exact,
    );
    q(
        "每人GDP为3万8748美元",
        "3万8748美元",
        38748.0,
        0,
        Some("美元"),
        Exact,
    );
    q(
        "将是首度破4万美元",
        "破4万美元",
        4.0,
        4,
        Some("美元"),
        AtLeast,
    );
    q("共有25.38万宗", "25.38万宗", 25.38, 4, Some("宗"), Exact);
    q("有望跨进万亿", "万亿", 1.0, 12, None, AtLeast);
    q("总额达14.7兆元", "14.7兆元", 14.7, 12, Some("元"), Exact);
    q("产值已达10兆3700亿", "10兆3700亿", 103700.0, 8, None, Exact);
    // A space as thousands separator (Hong Kong), a metric ton.
    q("访港旅客人次近5 000万", "近5 000万", 5000.0, 4, None, About);
    // A space before a scale of two characters; tons of CO2 equivalent are no tons.
    q(
        "排放量为 265.62 百万公吨二氧化碳当量",
        "265.62 百万公吨二氧化碳当量",
        26562.0,
        4,
        Some("吨二氧化碳当量"),
        Exact,
    );
    q("增加 12 千万元", "12 千万元", 12000.0, 4, Some("元"), Exact);
    q("装机 12 千瓦", "12 千瓦", 12.0, 0, Some("千瓦"), Exact);
    q(
        "调度水量每月达80万公吨",
        "80万公吨",
        80.0,
        4,
        Some("吨"),
        Exact,
    );
    q(
        "肇庆完成GDP2917.85亿元",
        "2917.85亿元",
        2917.85,
        8,
        Some("元"),
        Exact,
    );
    q(
        "民间投资二兆六百六十七亿元",
        "二兆六百六十七亿元",
        20667.0,
        8,
        Some("元"),
        Exact,
    );
    // A class entered: at least its threshold.
    q("京沪一同迈入4万亿之城", "4万亿", 4.0, 12, None, AtLeast);
    q("喊出进入“万亿俱乐部”的目标", "万亿", 1.0, 12, None, AtLeast);
    q("举办近万场活动", "近万场", 1.0, 4, Some("场"), About);
    q(
        "创新载体184万平米",
        "184万平米",
        184.0,
        4,
        Some("平方米"),
        Exact,
    );
    q(
        "面积277平方公里",
        "277平方公里",
        277.0,
        0,
        Some("平方公里"),
        Exact,
    );
    q("道路4.4公里", "4.4公里", 4.4, 0, Some("公里"), Exact);
    q("两千家", "两千家", 2000.0, 0, Some("家"), Exact);
    q(
        "装机1900万千瓦,",
        "1900万千瓦",
        1900.0,
        4,
        Some("千瓦"),
        Exact,
    );
    q(
        "发电量4959亿千瓦时",
        "4959亿千瓦时",
        4959.0,
        8,
        Some("千瓦时"),
        Exact,
    );
    q(
        "电价0.45元/千瓦时",
        "0.45元/千瓦时",
        0.45,
        0,
        Some("元/千瓦时"),
        Exact,
    );
    q(
        "4-13.6万元/亩",
        "4-13.6万元/亩",
        4.0,
        4,
        Some("元/亩"),
        Exact,
    );
    q("新增1—2家", "1—2家", 1.0, 0, Some("家"), Exact);
    q("占60~70%的", "60~70%", 60.0, 0, Some("%"), Exact);
    q("2.5%~2.6%", "2.5%~2.6%", 2.5, 0, Some("%"), Exact);
    q("9成以上", "9成以上", 9.0, 0, Some("成"), AtLeast);
    q("游客70亿颗", "70亿颗", 70.0, 8, Some("颗"), Exact);
    q("产值破万亿元,", "破万亿元", 1.0, 12, Some("元"), AtLeast);
    q(
        "比2020年翻一番以上",
        "翻一番以上",
        2.0,
        0,
        Some("倍"),
        AtLeast,
    );
    q("实现翻两番", "翻两番", 4.0, 0, Some("倍"), Exact);
    // Parking spaces (格), in a mixed number; a digit of 千万 after 亿.
    q(
        "总数达4万8966格与",
        "4万8966格",
        48966.0,
        0,
        Some("格"),
        Exact,
    );
    q(
        "提供逾3万4千格汽车位",
        "逾3万4千格",
        3.4,
        4,
        Some("格"),
        AtLeast,
    );
    q("投资3亿5千万元。", "3亿5千万元", 3.5, 8, Some("元"), Exact);
    // Accidents (起), not a start nor 一起 (together).
    q(
        "共发生各类伤亡事故22045起，",
        "22045起",
        22045.0,
        0,
        Some("起"),
        Exact,
    );
    assert_eq!(one("大家一起努力"), None);
    assert_eq!(one("起草了3起草案"), None);
    // Containers as 标箱 spelled out, boxes (箱) and classes (班); not 班列, 班子.
    q(
        "吞吐量1600万标准箱。",
        "1600万标准箱",
        1600.0,
        4,
        Some("标箱"),
        Exact,
    );
    q(
        "达119.7万个标准货柜。",
        "119.7万个标准货柜",
        119.7,
        4,
        Some("标箱"),
        Exact,
    );
    q(
        "装卸量888.6万箱，",
        "888.6万箱",
        888.6,
        4,
        Some("箱"),
        Exact,
    );
    q("开办29园33班，", "33班", 33.0, 0, Some("班"), Exact);
    assert_eq!(one("开行中欧100班列"), None);
    q(
        "收入也突破万亿元。",
        "突破万亿元",
        1.0,
        12,
        Some("元"),
        AtLeast,
    );
}

#[test]
fn not_figures() {
    for s in [
        "2021年",
        "第十七届大会",
        "十四届五次全会",
        "2023届高校毕业生",
        "一个产业类别",
        "两个活动",
        "四个方面",
        "数十台塔吊",
        "ICG-17在",
        "双4F国际机场",
        "白介素-17、",
        "023-85238885",
        "上午九点三十分开幕",
        "三点一线",
        "前8个月出口",
        "重点项目",
        "1.2.3个",
        "亿元以上产业化项目",
        "万物",
        "1+3+8+N",
        "100成立",
        "全国第3位",
        "第1次全体会议",
        "进入全国前20位",
        "产业新政50条",
        "“十百千亿级产业集群培育行动计划”",
        "“3个100万”深入推进",
        "“两个10亿元”省级资金",
        "“16個10”世界級精品",
        "“十百千万”工程",
        "百度、阿里",
    ] {
        assert_eq!(one(s), None, "{s}");
    }
}
