//! Periods: the time each figure is of — years, months, days, spans, fiscal years, dates
//! inferred for undated texts, times carried across sentences and paragraphs.

use super::*;

#[test]
fn stop_31_periods() {
    let k = |kind: &str, period: &str, value: f64| (kind.to_string(), period.to_string(), value);
    // What is already so, in a text of January to March, is so at the end of the year it
    // reviews.
    let v = candidates_of("2026-01-26\n2025年，全省经济稳中有进。\n联络群已覆盖21万家企业。\n");
    assert_eq!(kpv(&v, "21万家").1, "2025");
    // A release's paragraph with no time of its own goes on with the months to date that open
    // a sentence of the one before, for its rates (not its amounts).
    let v = candidates_of(
        "2022-01-25\n消费增长较快。去年1-11月，社会消费品零售总额为8641.70亿元。\n\n\
         网上零售额同比增长52.2%，实现零售额300亿元。\n",
    );
    assert_eq!(kpv(&v, "52.2%").1, "2021M1-M11");
    assert_ne!(kpv(&v, "300亿元").1, "2021M1-M11");
    // The whole year's level a figure is compared with is not its time.
    let v = candidates_of("2025-09-09\n累计前8月，对美出口更已提前超过全年水准，年增55.3%。\n");
    assert_eq!(kpv(&v, "55.3%").1, "2025M1-M8");
    // So does a progress report's date (至9月底) opening a sentence, past a heading.
    let v = candidates_of(
        "2017-10-19\n续建项目一共118个。至9月底累计完成投资213.3亿元。\n二、按行业看进展\n\
         科技项目推进较快，投资完成率高于总体进度9.8个百分点。\n",
    );
    assert_eq!(kpv(&v, "9.8个百分点").1, "2017-09-30");
    // …or after a short lead-in (其实，).
    let v = candidates_of(
        "2021-11-08\n其实，今年前三季度杭州经济结构也在优化。\n\
         高新制造业发展较快：战略性新兴产业增加值同比增长18.4%。\n",
    );
    assert_eq!(kpv(&v, "18.4%").1, "2021Q1-Q3");
    // A year's plan or task named right before a figure is the whole year's, whatever part of
    // it the sentence reports on; a share of the plan is not.
    let v = candidates_of(
        "2021-08-10\n截至7月底，列入市重大项目的有17个，年度计划投资24.19亿元；\
         1-7月完成投资14.9亿元，为年度投资计划的61.62%。\n",
    );
    assert_eq!(kpv(&v, "24.19亿元"), k("target", "2021", 24.19));
    assert_eq!(kpv(&v, "61.62%").1, "2021M1-M7");
}

#[test]
fn stop_32_periods() {
    // A report on 2025 saying 年均增长 with no years of its own: the five years it closes; a
    // year's average level (年均浓度) is no pace, and a forecast keeps its own period.
    let v = candidates_of(
        "2026-02-03\n地区生产总值跨越5000亿元大关，年均增长5.7%。\
         PM2.5年均浓度为26.3微克/立方米、下降7.4%。\n",
    );
    assert_eq!(kpv(&v, "5.7%").1, "2021/2025");
    assert_eq!(kpv(&v, "7.4%").1, "2025");
    // The year of a goal a share is of dates neither the share nor the clauses after it.
    let v = candidates_of(
        "9月13日，自治区召开2006年全区工业园区建设工作会议。\n1~8月，全区工业园区工业总产值\
         达到640亿元，完成今年目标的74.4%；工业增加值为190亿元，比上年同期增长34.3%。\n",
    );
    assert_eq!(kpv(&v, "74.4%").1, "2006M1-M8");
    assert_eq!(
        kpv(&v, "34.3%"),
        ("growth".into(), "2006M1-M8".into(), 34.3)
    );
}

#[test]
fn stop_33_periods() {
    // A review of five years opening a paragraph (after a short heading sentence) goes on in
    // the paragraphs after it: a count of what was done spans the years, a level is the
    // last year's; a paragraph opening with a year of its own ends it, and so does an
    // elision (……) joining excerpts.
    let text = "2026-01-27\n——综合实力上了新台阶。五年里，我们扛住了冲击，经济稳中向上。\n\
                ——民生持续改善。完成改造的老旧小区有1.84万个，养老床位增至52.4万张。\n\
                2025年刚刚过去。全年新建5G基站3万个。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "1.84万个").1, "2021/2025");
    assert_eq!(kpv(&v, "52.4万张").1, "2025");
    assert_eq!(kpv(&v, "3万个").1, "2025");
    // In a review of five years, a level reached (总量达474万户) is the last year's even
    // where its clause counts (累计净增); what the clause adds spans the years.
    let v = candidates_of("2026-01-27\n这五年，各类经营主体累计净增155万户、总量达474万户。\n");
    assert_eq!(kpv(&v, "155万户").1, "2021/2025");
    assert_eq!(kpv(&v, "474万户").1, "2025");
    // 累计 within the year the text is of: that year.
    let v = candidates_of("2025-12-20\n2025年，全年累计拜访企业305家。\n");
    assert_eq!(kpv(&v, "305家").1, "2025");
    let v = candidates_of("2026-01-27\n这五年，农业的根基不断夯实。\n……\n城镇新增就业21万人。\n");
    assert_eq!(kpv(&v, "21万人").1, "2025");
    // A plan still to come (“十五五”时期的主要目标) is no review.
    let v = candidates_of(
        "2026-03-05\n二、“十五五”时期的主要目标\n居民收入增长和经济增长同步\n\
         三、2026年的总体要求\n城镇新增就业1200万人以上\n",
    );
    assert_eq!(kpv(&v, "1200万人以上").1, "2026");
    // A release's paragraph with no time: an amount followed by its rate goes on with the
    // months to date of the paragraph before, as the rate does.
    let v = candidates_of(
        "2025-09-30\n1-8月份，全市固定资产投资完成256.6亿元，同比增长0.6%。\n\n\
         （一）分产业：第一产业投资21.8亿元，同比下降7.9%；第二产业投资124.5亿元，增长2.0%。\n",
    );
    assert_eq!(kpv(&v, "21.8亿元").1, "2025M1-M8");
    assert_eq!(kpv(&v, "124.5亿元").1, "2025M1-M8");
    assert_eq!(kpv(&v, "2.0%").1, "2025M1-M8");
    // A year's forecast is of that year; a month's is when it was made.
    let v = candidates_of(
        "2013-11-01\n主计总处昨日发布预测，今年的预测下修至1.74%；明年的预测下修至2.59%。\n\
         由8月预测的2.31%下修至1.74%。\n",
    );
    assert_eq!(kpv(&v, "2.59%").1, "2014");
    // 上一季 is the quarter before the one named last in the paragraph; as a base compared
    // with, it dates its own figure only, not those after a ；.
    let v = candidates_of(
        "2025-11-14\n香港经济在第3季表现蓬勃。季内生产总值按年增长3.8%，比上一季的3.1%增幅明显\
         加快；经季节性调整后按季比较，再上升0.7%。\n",
    );
    assert_eq!(kpv(&v, "3.1%").1, "2025Q2");
    assert_eq!(kpv(&v, "0.7%").1, "2025Q3");
}

#[test]
fn stop_34_periods() {
    // A quarter compared with (比上年四季度) is no time of the figures after it.
    let v = candidates_of(
        "2025-04-20\n一季度，工业增加值同比增长8.0%，增速比上年四季度提高0.9个百分点，\
         拉动经济增长2.0个百分点，在GDP中的比重为26.2%。\n",
    );
    assert_eq!(kpv(&v, "0.9个百分点").1, "2025Q1");
    assert_eq!(kpv(&v, "26.2%").1, "2025Q1");
    // 全年 after months of a year opening the paragraph is that year; a goal's year written
    // before its figure (完成全年80亿目标任务的125.64%) dates the goal, not the figures after.
    let v = candidates_of(
        "2007-10-05\n2006年1-10月，实际到位资金1005136万元，同比增长125%，\
         完成全年80亿目标任务的125.64%，超进度42.31%。\n",
    );
    assert_eq!(kpv(&v, "80亿"), ("target".into(), "2006".into(), 80.0));
    assert_eq!(kpv(&v, "125.64%").1, "2006M1-M10");
    assert_eq!(kpv(&v, "42.31%").1, "2006M1-M10");
    // 以来台观光 is taking visitors to Taiwan, not since; a goal set (目标设定在) is a goal.
    let v = candidates_of(
        "2026-02-07\n2026年以来台观光达900万人次为目标。\n\
         2025年来台观光人次目标设定在900万人次，确定无法达标。\n",
    );
    assert_eq!(v[0]["period"], "2026");
    assert_eq!(v[1]["kind"], "target");
    // 零增长 is a growth rate of 0 %.
    let v = candidates_of("2022-03-01\n2021年蚌埠GDP罕见出现零增长。\n");
    assert_eq!(kpv(&v, "零增长"), ("growth".into(), "2021".into(), 0.0));
    // The base compared with is of the year named with it.
    let v = candidates_of(
        "2026-02-07\n2025年来台旅客857.4万人次，比2024年的785.7万人次增加71.7万人次。\n",
    );
    assert_eq!(kpv(&v, "785.7万人次").1, "2024");
    assert_eq!(kpv(&v, "71.7万人次").1, "2025");
    // The start of a change with no time of its own: the year before the one reviewed.
    let v = candidates_of("2026-01-20\n中心城区绿色出行比例由75.6%提升至76.5%。\n");
    assert_eq!(kpv(&v, "75.6%").1, "2024");
    assert_eq!(kpv(&v, "76.5%").1, "2025");
}

#[test]
fn stop_36_macau_and_hong_kong() {
    let k = |kind: &str, period: &str, value: f64| (kind.to_string(), period.to_string(), value);
    // Chinese numerals with 多 before the scale, 廿, 七成四; the year's budget a goal.
    let v = candidates_of(
        "2007-05-17\n特區政府今年前四月的總收入達一百二十一億二千多萬元，賭稅幾佔總收入的七成四。\
         首四月累計一百二十一億二千二百六十萬元，相當於今年三百○八億九千二百多萬元總預算的百分之三十九點二。\
         經常開支縮減了百分之七點六，為廿九億六千五百七十萬元。\n",
    );
    assert_eq!(
        kpv(&v, "一百二十一億二千多萬元"),
        k("actual", "2007M1-M4", 1_212_000.0)
    );
    assert_eq!(written(&v, "一百二十一億二千多萬元")["qualifier"], "about");
    assert_eq!(kpv(&v, "七成四").2, 74.0);
    assert_eq!(kpv(&v, "三百○八億九千二百多萬元").0, "target");
    assert_eq!(kpv(&v, "百分之七點六").0, "growth");
    assert_eq!(kpv(&v, "百分之七點六").2, -7.6);
    assert_eq!(kpv(&v, "廿九億六千五百七十萬元").2, 296_570.0);
    // Hong Kong in January: 本財政年度 is 2017/18, and an estimate of it then is its out-turn.
    let v = candidates_of(
        "2018-01-17\n本財政年度的財政盈餘將遠高於預測的163億;安永估計,本財政年度的盈餘可高達1600億元。\n",
    );
    assert_eq!(kpv(&v, "1600億元"), k("actual", "2017/2018-03-31", 1600.0));
}

#[test]
fn stop_38_the_day_a_source_gave_the_figures() {
    // 昨天通报 (记者2月23日从…了解到) in the first paragraph with figures: what the text says
    // with no time of its own holds on that day, not on the day of publication.
    let v = candidates_of(
        "2017-01-06\n市林业局昨天通报了造林进展：我市规划造林21.2万亩，目前已完成18.6万亩。\n\
         其中荒山绿化已完成8.9万亩。\n",
    );
    assert_eq!(kpv(&v, "18.6万亩").1, "2017-01-05");
    assert_eq!(kpv(&v, "8.9万亩").1, "2017-01-05");
    let v = candidates_of(
        "2017-09-24\n记者9月23日从省林业厅了解到，我省已造林129万多亩。\n平顶山市已造林18万亩。\n",
    );
    assert_eq!(kpv(&v, "18万亩").1, "2017-09-23");
    // A day long before the publication is no source's day.
    let v = candidates_of(
        "2017-09-24\n记者8月3日从省林业厅了解到，我省已造林129万多亩。\n平顶山市已造林18万亩。\n",
    );
    assert_eq!(kpv(&v, "18万亩").1, "2017-09-24");
}

#[test]
fn stop_38_what_a_year_is_to_bring() {
    // 今年要增10%、达60亿美元: goals of the year, linked to last year's amount.
    let v = candidates_of("2019-03-08\n去年台湾农产外销为54.7亿美元，今年要增10%、达60亿美元。\n");
    assert_eq!(kpv(&v, "60亿美元").0, "target");
    assert_eq!(kpv(&v, "60亿美元").1, "2019");
    assert_eq!(kpv(&v, "54.7亿美元").0, "actual");
}

#[test]
fn stop_38_years_waited() {
    // 5.8年 after a waiting time is years waited; PM2.5年均浓度 and 1．2022年 are not.
    let v = candidates_of(
        "2025-09-17\n一般申请者平均轮候时间为5.8年，目标是由6.1年降至4.5年。\n\
         PM2.5年均浓度为26.3微克/立方米。\n1．2022年新增学位800个。\n",
    );
    assert_eq!(written(&v, "5.8年")["unit"], serde_json::json!("年"));
    assert_eq!(written(&v, "4.5年")["unit"], serde_json::json!("年"));
    assert!(v.iter().all(
        |c| !c["as_written"].as_str().unwrap_or("").contains("2.5年")
            && !c["as_written"].as_str().unwrap_or("").contains("2022年")
    ));
}

#[test]
fn stop_38_review_cases_stay_what_they_are() {
    // An actual before 占 and the plan is no goal; this year's ratio to last year's same
    // months is this year's; 实事求是 names no public project; 比去年要高 voices no goal; rates
    // in brackets after a fall fall, with or without a minus.
    let v = candidates_of(
        "2023-10-20\n1-9月，完成投资50亿元占年度计划的80%。收入恢复到上年同期的85%。\n\
         坚持实事求是，全年新增企业20家。今年比去年要高出5%。\n\
         进口下降8%(全国13.2%、全省10.8%)。\n",
    );
    assert_eq!(kpv(&v, "50亿元").0, "actual");
    assert_eq!(kpv(&v, "85%").1, "2023Q1-Q3");
    assert_ne!(kpv(&v, "5%").0, "target");
    assert_eq!(kpv(&v, "13.2%").2, -13.2);
    assert_eq!(kpv(&v, "10.8%").2, -10.8);
}

#[test]
fn stop_39_a_months_release_goes_on_in_the_paragraphs_after() {
    // A paragraph with no time after one opening with a month and its figure (after a short
    // lead-in) is that month's release: its rates, and amounts beside them, are the month's.
    let v = candidates_of(
        "2025-12-23\n统计处说明，11月接单729.2亿美元，月增5.1%。\n\
         依货品别来看，资讯通信接单年增69.4%。\n美国284.5亿美元，年增56.1%。\n",
    );
    assert_eq!(kpv(&v, "69.4%").1, "2025M11");
    assert_eq!(kpv(&v, "284.5亿美元").1, "2025M11");
    // A month naming when a forecast was made, with no figure in its clause, is no release.
    let v = candidates_of(
        "2026-02-13\n主计总处表示，去年11月之所以作保守预测，是因为关税。\n关税降至15%不叠加。\n",
    );
    assert_ne!(kpv(&v, "15%").1, "2025M11");
}

#[test]
fn stop_39_a_season_across_two_years() {
    // 2019年10月—2020年3月 is one season, to March 2020, and the paragraph after goes on
    // with it; 2019年10月至12月 stays a quarter.
    let v = candidates_of(
        "2020-04-24\n2019年10月—2020年3月期间，PM2.5平均浓度同比下降14.9%。\n\
         长三角地区PM2.5平均浓度为46微克/立方米，同比下降16.4%。\n2019年10月至12月，产值5亿元。\n",
    );
    assert_eq!(
        kpv(&v, "14.9%"),
        ("growth".into(), "2019/2020-03-31".into(), -14.9)
    );
    assert_eq!(kpv(&v, "16.4%").1, "2019/2020-03-31");
    assert_eq!(kpv(&v, "5亿元").1, "2019Q4");
}

#[test]
fn stop_39_a_deadline_serves_its_own_part_of_the_sentence() {
    // 计划12月底前完成 dates nothing after the ；: the next goal is the year's, its actual
    // the progress report's.
    let v = candidates_of(
        "2022-11-03\n2022年民生实事项目进展(截至9月底)\n实事内容为新建成保障性住房1700套,\
         已完成总工程量的90%,计划12月底前完成;实事内容为完成公共租赁住房保障家庭800户,已完成872户。\n",
    );
    assert_eq!(kpv(&v, "800户"), ("target".into(), "2022".into(), 800.0));
    assert_ne!(kpv(&v, "872户").1, "2022-12-31");
}

#[test]
fn stop_39_nights_scores_and_standard_coal() {
    // 3.2晚 counts nights, 8.7分 is a score (not 3.5分钟), 26.6万吨标煤 is 吨标准煤.
    let v = candidates_of(
        "2024-03-18\n平均逗留3.2晚，满意度预测为8.7分，能耗控制目标26.6万吨标煤，用时3.5分钟，举办3晚会。\n",
    );
    assert_eq!(unit_of(&v, "3.2晚"), "晚");
    assert_eq!(unit_of(&v, "8.7分"), "分");
    assert_eq!(unit_of(&v, "26.6万吨标煤"), "万吨标准煤");
    assert_eq!(v.len(), 3, "{v:?}");
}

#[test]
fn stop_39_review_cases_stay_what_they_are() {
    // An actual after a plan of the same funds is an actual; a list after 目标任务是 is goals;
    // 车主, 早7晚9, 下调1.5分 and 从5000万到1.2亿元 are not this stop's units or ranges; a count's
    // class needs a size's words (开工3个总投资50亿元的重大项目 keeps 50亿元).
    let v = candidates_of(
        "2024-03-18\n全年计划利用外资5亿美元，实际利用外资6亿美元。\
         今年目标任务是实际到位资金660亿元，实际利用外资3.6亿美元。\
         100万车主，早7晚9开放，每千瓦时下调1.5分。营业收入从5000万到1.2亿元。\
         今年开工3个总投资50亿元的重大项目。\n",
    );
    assert_eq!(kpv(&v, "6亿美元").0, "actual");
    assert_eq!(kpv(&v, "3.6亿美元").0, "target");
    assert_ne!(written(&v, "100万")["unit"], "万车");
    assert!(v.iter().all(|c| c["unit"] != "晚" && c["unit"] != "分"));
    assert!(v.iter().all(|c| c["value_high"].is_null()));
    assert_eq!(kpv(&v, "50亿元").2, 50.0);
}

#[test]
fn stop_40_four_seasons_and_deadlines_of_other_parts() {
    // 四季 alone is the four seasons, not the fourth quarter (四季度, 第四季, 上一季 and
    // 第二、三季 are quarters); a deadline of a goal in an earlier part of the sentence (到年底
    // 将建成111万千瓦；) does not date what a later part reports done (已并网发电9.03万千瓦).
    let v = candidates_of(
        "2016-03-21\n过去一年，打响“吉祥行 四季行”旅游品牌，全市旅游收入达到542.14亿元。\
         去年第二、三季的财赤分别为17%和24%。\n",
    );
    assert_eq!(kpv(&v, "542.14亿元").1, "2015");
    assert_eq!(kpv(&v, "24%").1, "2015Q3");
    let v = candidates_of(
        "2011-04-12\n截至目前，其中风电已并网投运77万千瓦，到年底将建成111万千瓦；\
         光伏发电已并网发电9.03万千瓦，到年底将建成11万千瓦。\n",
    );
    assert_eq!(
        kpv(&v, "9.03万千瓦"),
        ("actual".into(), "2011-04-12".into(), 9.03)
    );
    assert_eq!(kpv(&v, "11万千瓦"), ("target".into(), "2011".into(), 11.0));
}

#[test]
fn stop_40_reviewed_edges_of_this_stops_rules() {
    // A plan's time after the figure (前4月计划) no longer panics; 小学6所 after a goal is a
    // noun, not what was done; a day drafted (起草) is still a byline; a URL keeps its colon.
    let v = candidates_of("2023-05-10\n全县完成投资12亿元，前4月计划投资20亿元。\n");
    assert_eq!(kpv(&v, "12亿元").0, "actual");
    let out = reach()
        .args([
            "report",
            "--text",
            "-",
            "--date",
            "2023-05-10",
            "-f",
            "json",
        ])
        .write_stdin("今年新建学校目标10所，小学6所。\n")
        .assert()
        .code(predicates::ord::le(2));
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(!text.contains("\"base_value\": 6"), "{text}");
    let v = candidates_of("2023年5月8日起草\n详见http://example.cn，今年产值增长5%。\n");
    assert_eq!(kpv(&v, "5%").1, "2023");
    assert!(v
        .iter()
        .all(|c| !c["quote"].as_str().unwrap().contains("：//")));
}

#[test]
fn stop_41_a_span_of_years_respectively() {
    // 2006年至2009年…分别为a、b、c、d: one figure a year, in order; with a count that does
    // not agree, the span stays the figures' time as before.
    let v = candidates_of(
        "2010-08-03\n2006年至2009年全国单位GDP能耗降低率分别为2.74%、5.04%、5.20%、3.61%。\
         2011年至2013年全市新增企业分别为12家和15家。\n",
    );
    for (w, y) in [
        ("2.74%", "2006"),
        ("5.04%", "2007"),
        ("5.20%", "2008"),
        ("3.61%", "2009"),
    ] {
        assert_eq!(kpv(&v, w).1, y, "{w}");
    }
    assert_ne!(kpv(&v, "12家").1, "2011");
}

#[test]
fn stop_41_a_range_between_two_figures() {
    // 落在45亿余元及194亿余元之间: one figure, a range 45–194 亿元 (not two); 在20和30家之间 too.
    // Two figures joined by 和 with no 之间 stay two.
    let v = candidates_of(
        "2019-06-01\n近4年度的决算数落在45亿余元及194亿余元之间。企业数在20家和30家之间。新增企业20家和30家。\n",
    );
    let c = written(&v, "45亿余元及194亿余元之间");
    assert_eq!(
        (c["value"].as_f64(), c["value_high"].as_f64()),
        (Some(45.0), Some(194.0))
    );
    assert_eq!(
        written(&v, "20家和30家之间")["value_high"].as_f64(),
        Some(30.0)
    );
    assert_eq!(written(&v, "20家和30家之间")["subject"], "企业数");
    assert_eq!(v.iter().filter(|c| c["as_written"] == "30家").count(), 1);
}

#[test]
fn stop_41_a_years_total_reviewed_early_in_the_next() {
    // 2018年…累计完成投资666亿元 in January 2019 is 2018's total; in a text of 2020 it still
    // counts from 2018 to the document's date.
    let v = candidates_of(
        "2019-01-25\n2018年全省重点项目建设累计完成投资666亿元，超额完成年度投资计划。\n",
    );
    assert_eq!(kpv(&v, "666亿元").1, "2018");
    let v = candidates_of("2020-06-25\n2018年全省重点项目建设累计完成投资666亿元。\n");
    assert_eq!(kpv(&v, "666亿元").1, "2018/2020-06-25");
}

#[test]
fn stop_41_a_programmes_years_in_brackets() {
    // 三年行动计划（2018-2020年） names the programme's years, not the time of the figure after
    // it, and its 计划 plans nothing: 2018年…到位资金共7959.3亿元 is 2018's actual.
    let v = candidates_of(
        "2019-01-20\n2018年我区深入推进产业大招商三年行动计划（2018-2020年），全区引进招商引资到位资金共7959.3亿元。\n",
    );
    assert_eq!(
        kpv(&v, "7959.3亿元"),
        ("actual".into(), "2018".into(), 7959.3)
    );
}

#[test]
fn stop_41_a_release_says_which_part_of_the_year_it_publishes() {
    // 住房城乡建设部5日发布了22个省…上半年保障房建设的数据: figures after it with no time of their
    // own are the first half's, not the release's day.
    let v = candidates_of(
        "2011-08-05\n住建部:上半年保障房建设开工率达56.6%\n\
         新华网北京8月5日电 住房城乡建设部5日发布了22个省、市、自治区上半年保障房建设的数据。\n\
         在保障房建设任务量40万套以上的地方中,陕西、重庆、黑龙江的开工率分别为101.1%、65%和48%。\n",
    );
    assert_eq!(kpv(&v, "101.1%").1, "2011H1");
    assert_eq!(kpv(&v, "48%").1, "2011H1");
}

#[test]
fn stop_41_an_undated_figure_compared_with_last_year_is_the_years() {
    // 秋糧面積落實550.05萬畝，比去年增加2.38萬畝 in December: the year's, not the day's; with
    // 比去年同期 it stays the day's (what the months to date reached).
    let v = candidates_of(
        "2023-12-18\n秋粮面积落实550.05万亩，比去年增加2.38万亩。生猪存栏159.77万头，比去年同期减少4%。\n",
    );
    assert_eq!(kpv(&v, "550.05万亩").1, "2023");
    assert_eq!(kpv(&v, "159.77万头").1, "2023-12-18");
}

#[test]
fn stop_42_a_years_figure_told_before_the_year_is_out_is_the_year_so_far() {
    // On 20 August 2023, 已开工44253套 is the year so far (day 232 of 365), whether written
    // 今年以来 or with no time: 44253 × 365/232 = 69622.2 for the year against the 50000
    // planned, on track; never missed while the year is under way.
    for text in [
        "2023-08-20\n今年全市计划新开工保障性住房50000套。今年以来，全市保障性住房已开工44253套。\n",
        "2023-08-20\n今年全市计划新开工保障性住房50000套，全市已开工44253套。\n",
    ] {
        let (rows, _) = report_text_of(text);
        let r = row_of(&rows, "50000");
        assert_ne!(r["verdict"], "missed", "{text}: {r}");
        assert_ne!(r["verdict"], "not_assessable", "{text}: {r}");
        let base = r["base_value"].as_f64().unwrap();
        assert!((base - 44253.0 * 365.0 / 232.0).abs() < 0.1, "{text}: {r}");
        assert_eq!(r["verdict"], "on_track", "{text}: {r}");
        assert_eq!(r["base_period"], "2023/2023-08-20", "{text}: {r}");
    }
    // Told after the year was out, the same figure is the year's: missed.
    let (rows, _) = report_text_of(
        "2024-01-20\n2023年，全市保障性住房开工目标为50000套，全年已开工44253套。\n",
    );
    assert_eq!(row_of(&rows, "50000")["verdict"], "missed", "{rows:?}");
    // A year's plan to do something, reviewed after the year, is the plan all the same;
    // done as planned (按计划) or a plan for months (1至11月份计划) is not the year's.
    let v = candidates_of(
        "2024-01-20\n2023年全市计划新开工保障性住房50000套，全年全市已开工44253套。\n\
         2023年上半年各县按计划开展了160名特派员的选派。1至11月份计划开工39项，实际开工37项。\n",
    );
    assert_eq!(
        kpv(&v, "50000套"),
        ("target".into(), "2023".into(), 50000.0)
    );
    assert_eq!(kpv(&v, "160名").0, "actual");
    assert_ne!(kpv(&v, "39项").1, "2023");
}

#[test]
fn stop_43_a_programmes_year_after_the_day_reported_as_of() {
    // 截至5月10日，2020年省重点项目…: the year names the programme; the figures, and those
    // after them in the paragraph, are as of the day. Not a base of comparison (2019年同期).
    let v = candidates_of(
        "2020-05-11\n截至5月10日，2020年省重点项目已累计完成投资180亿元，完成率为27%。新开工项目11个，开工率为55%。\n",
    );
    for w in ["180亿元", "27%", "11个", "55%"] {
        assert_eq!(kpv(&v, w).1, "2020-05-10", "{w}");
    }
    let v = candidates_of(
        "2020-05-11\n2020年全省经济平稳。截至5月10日，2019年省重点项目完成投资150亿元。\n",
    );
    assert_eq!(kpv(&v, "150亿元").1, "2019");
}

#[test]
fn stop_44_a_section_heading_reviewing_a_year_dates_its_figures() {
    // A work report of May whose section heading reviews 2019 (2019年工作回顾): its 全年 and its
    // undated figures are 2019's, and its rates are growth, not goals of 2020.
    let text = "2020-05-13\n某旗政府工作报告\n一、2019年工作回顾\n过去一年，较好完成了年度主要目标任务。\
                全年地区生产总值完成26.8亿元，增长6.1%。\n——脱贫攻坚成效明显。投入1.93亿元，实施扶贫项目297个。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "26.8亿元"), ("actual".into(), "2019".into(), 26.8));
    assert_eq!(kpv(&v, "6.1%"), ("growth".into(), "2019".into(), 6.1));
    assert_eq!(kpv(&v, "297个").1, "2019");
    // Without the heading, a text of May reads 全年 as its own year.
    let v = candidates_of(&text.replace("一、2019年工作回顾\n", ""));
    assert_eq!(kpv(&v, "26.8亿元").1, "2020");
}

#[test]
fn stop_44_a_pasted_table_reads_each_cell_by_its_row_and_column() {
    // Rows between bars under a heading naming units: bare numbers take their column's unit,
    // a 目标 column holds the year's goals, a column with 1-6月 that period, a 增速 column
    // growth (a minus is a fall), a rank column no figure; each goal links to its row's amount.
    let text = "2020-07-23\n2020年1-6月重点项目完成情况\n表1:\n县 | 1-6月投资增速(%) | 增速排位\n\
                甲县 | 5.5 | 2\n乙县 | -11.8 | 9\n表2:\n\
                性质 | 年度投资目标(万元) | 1-6月底累计完成投资(万元) | 完成比例(%)\n\
                新建项目 | 2954712 | 1422596 | 48.15%\n续建项目 | 7629583 | 4356017 | 57.09%\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "-11.8"), ("growth".into(), "2020H1".into(), -11.8));
    assert_eq!(written(&v, "-11.8")["unit"], "%");
    assert!(
        v.iter().all(|c| c["as_written"] != "9"),
        "a rank is no figure"
    );
    assert_eq!(
        kpv(&v, "2954712"),
        ("target".into(), "2020".into(), 2954712.0)
    );
    assert_eq!(written(&v, "2954712")["unit"], "万元");
    assert_eq!(
        kpv(&v, "4356017"),
        ("actual".into(), "2020H1".into(), 4356017.0)
    );
    assert_eq!(written(&v, "4356017")["subject"], "续建项目累计完成投资");
    assert_eq!(kpv(&v, "48.15%"), ("actual".into(), "2020H1".into(), 48.15));
    let (_, said) = report_text_of(text);
    for w in [" 2954712: indicator", " 7629583: indicator"] {
        assert!(said.contains(w), "{w}: {said}");
    }
}

#[test]
fn stop_45_a_day_something_began_does_not_date_the_text() {
    // Undated: 自7月1日起 is the day a standard began, not the day of writing. The text reports to
    // the end of September of 2021 (截至9月底), so it is of October 2021, not of 1 July, which
    // would have put 9月底 in the year before.
    let text = "前三季度，把我市2021年15项重点民生工程所含的24个项目逐项落实。\n\
                低保项目：自7月1日起按新标准发放保障金，受益6.22万人；截至9月底，累计发放保障金23520.84万元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "23520.84万元").1, "2021-09-30");
    // A day named without 自…起 near the top is the day of writing.
    let v = candidates_of(&text.replace("自7月1日起", "10月8日起"));
    assert_eq!(kpv(&v, "23520.84万元").1, "2021-09-30");
    let v = candidates_of(&text.replace("自7月1日起", "7月1日"));
    assert_eq!(kpv(&v, "23520.84万元").1, "2020-09-30");
}

#[test]
fn stop_45_a_year_compared_with_dates_only_its_own_clause() {
    // 与疫情前的2019年同期(82.0%)相比 names a base; after the ； the figures are the year's again
    // (1—12月, in a text of January 2024: 2023).
    let text = "2024-01-26\n1—12月，全国优良天数比例平均为85.5%，与疫情前的2019年同期(82.0%)相比上升3.5个百分点；\
                重度及以上污染天数比例平均为1.6%；PM2.5平均浓度为30微克/立方米，比疫情前的2019年同期改善16.7%；\
                O3平均浓度为144微克/立方米。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "85.5%").1, "2023");
    assert_eq!(kpv(&v, "1.6%").1, "2023");
    assert_eq!(kpv(&v, "30微克/立方米").1, "2023");
    assert_eq!(kpv(&v, "144微克/立方米").1, "2023");
    // The base itself is of its year.
    assert_eq!(kpv(&v, "82.0%").1, "2019");
}

#[test]
fn stop_46_the_year_opening_a_paragraph_and_the_three_sectors() {
    // 2005年 opens the paragraph and 当年 restates it, so 全年 after them is 2005's, not the
    // plan's year; 三次产业 and 一、二、三产业 before 分别 name the three sectors in order, so
    // each 2006 rate goal is measured by the same sector's 2005 growth.
    let text = "2006-05-25\n2006年是“十一五”规划起步的头一年。\n\
                2005年,全省统揽全局,当年的各项目标任务完成得较好:全年生产总值6473.61亿元,增长11.6%,\
                其中三次产业分别增长5.7%、13.9%和11.8%。\n\
                2006年的主要预期目标是:经济增长率10%,其中一、二、三产业分别增长5%、13%、10%。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "6473.61亿元"),
        ("actual".into(), "2005".into(), 6473.61)
    );
    assert_eq!(kpv(&v, "13.9%"), ("growth".into(), "2005".into(), 13.9));
    assert_eq!(written(&v, "13.9%")["subject"], "第二产业");
    assert_eq!(written(&v, "13%")["subject"], "第二产业");
    assert_eq!(kpv(&v, "13%"), ("target".into(), "2006".into(), 13.0));
    let (rows, _) = report_text_of(text);
    let second = rows
        .iter()
        .find(|r| r.to_string().contains("第二产业"))
        .expect("the second sector's goal is assessed");
    assert_eq!(second["observed_growth"].as_f64(), Some(0.139), "{second}");
    // A year later in the paragraph is not restated: 全年 is the document's year again.
    let v = candidates_of(&text.replace("当年的各项", "2006年的各项"));
    assert_ne!(kpv(&v, "6473.61亿元").1, "2005");
}

#[test]
fn stop_46_a_comparison_closed_before_the_figure_dates_nothing() {
    // 和去年同期比较，…同比增长26.3%: last year's same months are the base compared with, so the
    // change is of this year's first quarter, named earlier in the paragraph.
    let text = "2022-04-21\n今年一季度，全省交通建设完成投资447亿元。\
                和去年同期比较，高速公路增长最快，同比增长26.3%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "26.3%"), ("growth".into(), "2022Q1".into(), 26.3));
    assert_eq!(kpv(&v, "447亿元").1, "2022Q1");
}

#[test]
fn stop_47_from_this_year_on_is_this_year() {
    // 从2018年起 in a text of January 2018 starts the years to come: a yearly task of 2018,
    // not a span of thirty days up to the document's date.
    let text =
        "2018-01-30\n他表示:从2018年起的今后一段时间,青海每年要完成400万亩以上的植树造林任务。\n";
    assert_eq!(
        kpv(&candidates_of(text), "400万亩以上"),
        ("target".into(), "2018".into(), 400.0)
    );
    // From a year gone by, it is still a span up to the document's date.
    let past = "2018-06-30\n从2016年起,全省累计完成造林1200万亩。\n";
    assert_eq!(kpv(&candidates_of(past), "1200万亩").1, "2016/2018-06-30");
}

#[test]
fn stop_47_a_report_on_a_year_comes_out_after_it() {
    // An undated text on 《二○二四年澳門環境狀況報告》: the report is out, so 去年 is 2024.
    let text = "環境保護局昨日發表《二○二四年澳門環境狀況報告》,據報告,去年城市固體廢物總量\
                按年增加百分之五點一,共五十二點六萬公噸。\n";
    assert_eq!(kpv(&candidates_of(text), "五十二點六萬公噸").1, "2024");
    // A policy address of a year is read out before or in it: no later year.
    let address = "行政長官在《2025年財政年度施政報告》中表示,今年首四個月稅收為298.4億澳門元。\n";
    assert_eq!(kpv(&candidates_of(address), "298.4億澳門元").1, "2025M1-M4");
}

#[test]
fn stop_48_a_years_sum_told_at_its_end_is_the_years() {
    // 截至2021年底 dates a stock (企业共2055家) to the year's last day; the revenue it then
    // 实现 is a sum over the year, the year's.
    let text =
        "2022-08-24\n截至2021年底，云南省有效期内高新技术企业共2055家，实现营业收入6152.26亿元、\
                工业总产值4236.75亿元；新增就业29247人。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "2055家").1, "2021-12-31");
    assert_eq!(kpv(&v, "6152.26亿元").1, "2021");
    assert_eq!(kpv(&v, "29247人").1, "2021");
    // A total to date stays at the day.
    let to_date = "2017-01-20\n截至2016年底，累计完成投资309.9亿元。\n";
    assert_eq!(kpv(&candidates_of(to_date), "309.9亿元").1, "2016-12-31");
}

#[test]
fn stop_48_whole_years_waited_are_years() {
    // 年 after a whole number is a calendar year unless a wait is being told: 輪候 within
    // its sentence makes 6年 six years (not the year 6), but not the years of a record.
    let text = "2024-03-06\n最新公屋平均輪候時間升到5.8年，但重申平均輪候時間6年封頂的目標不變。\n\
                平均輪候時間為5.8年，是逾20年來最長。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "6年").0, "target");
    assert!(v.iter().all(|c| c["as_written"] != "逾20年"), "{v:?}");
}

#[test]
fn stop_48_from_this_year_on_dates_its_paragraph() {
    // 自今年起 opening a paragraph, in a text of early January, dates the goals after it in
    // the paragraph to this year, not to the year the text reviews.
    let text = "2018-01-02\n去年科技进步贡献率达到46%。\n自今年起，自治区将科技创新纳入考核体系。\
                宁东基地研发投入占GDP的比重预计将达到1.8%，国家高新技术企业达到2家。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "1.8%"), ("target".into(), "2018".into(), 1.8));
    assert_eq!(kpv(&v, "2家"), ("target".into(), "2018".into(), 2.0));
    // A start gone by (自2016年起) still serves its own sentence only.
    let past = "2018-06-30\n自2016年起，全省累计完成造林1200万亩。森林覆盖率达到30%。\n";
    assert_eq!(kpv(&candidates_of(past), "30%").1, "2018-06-30");
}

#[test]
fn stop_48_a_programmes_year_after_an_as_of_day_leaves_the_day() {
    // 2023年中央资金 names the year's funds; the amount allotted stands 截至10月底.
    let text = "2023-11-10\n截至10月底，省级已分解下达2023年中央资金19.9亿元和省级资金90.9亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "19.9亿元").1, "2023-10-31");
    assert_eq!(kpv(&v, "90.9亿元").1, "2023-10-31");
}

#[test]
fn stop_48_years_looked_back_on_are_seen() {
    // 推行的10年间 in the tenth year looks back: the rise is seen, though the year is not over.
    let text = "2025-11-24\n卓揆表示，「长照2.0」推行的10年间，投入经费从49.5亿元增至926亿元，增加18.7倍。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "18.7倍").0, "growth");
    // A goal over those years is still a goal.
    let goal = "2025-11-24\n五年来，全市力争新增企业500家。\n";
    assert_eq!(kpv(&candidates_of(goal), "500家").0, "target");
}

#[test]
fn stop_49_the_first_months_of_a_fiscal_year_run_from_april() {
    // Hong Kong's accounts count the months of the fiscal year (April to March): 首9个月 of
    // 本财政年度 are April to December; 首10个月 run into January of the next year; 首9个月
    // again later, and 同期, are the same months.
    let text = "2025-02-27\n政府公布，本財政年度的首9個月錄得705億元赤字。\n\
                首9個月政府整體開支5242億元。\n\
                政府其後公布，今個財政年度首10個月的赤字為599億元。\n同期整體開支5972億元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "705億元").1, "2024Q2-Q4");
    assert_eq!(kpv(&v, "5242億元").1, "2024Q2-Q4");
    assert_eq!(kpv(&v, "599億元").1, "2024/2025-01-31");
    assert_eq!(kpv(&v, "5972億元").1, "2024/2025-01-31");
    // A calendar year's first months stay the year's.
    let calendar = "2025-02-27\n去年首9個月，出口增長5%。\n";
    assert_eq!(kpv(&candidates_of(calendar), "5%").1, "2024Q1-Q3");
}

#[test]
fn stop_49_the_same_months_a_year_before_compared_with_和() {
    // 和去年同期的125.11亿元相比 is the base of a comparison as 与…相比 is: the same months a
    // year before, and the rate after it is of this year's months. 以…政府预算全年的…达
    // 497.58亿元计算: what the budget puts the year at, a goal.
    let text = "2022-05-19\n今年首四個月來自幸運博彩的稅收僅有102.06億元，和去年同期的125.11億元相比，\
                按年減少18.4%。以今年初政府預算全年的幸運博彩稅收收入達497.58億元計算，執行率約20.5%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "125.11億元").1, "2021M1-M4");
    assert_eq!(kpv(&v, "18.4%").1, "2022M1-M4");
    assert_eq!(
        kpv(&v, "497.58億元"),
        ("target".into(), "2022".into(), 497.58)
    );
    // (A list of two years stays two years.)
    let list = "2024-05-19\n2022年和2023年的收入分别为5亿元和6亿元。\n";
    assert_eq!(kpv(&candidates_of(list), "5亿元").1, "2022");
}

#[test]
fn stop_49_the_same_period_a_year_before_a_whole_year() {
    // 与上年同期99895万元相比 after a year's figure is the year before's, whether the year is
    // named in the sentence or only by the text's review.
    let text =
        "2025-03-01\n2024年全县财政收入累计完成67955万元，与上年同期99895万元相比下降32.0%。\n\
                财政总支出为450432万元，与上年同期526499万元相比减支76067万元，下降14.4%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "99895万元").1, "2023");
    assert_eq!(kpv(&v, "526499万元").1, "2023");
    assert_eq!(kpv(&v, "450432万元").1, "2024");
    assert_eq!(kpv(&v, "32.0%").1, "2024");
    // (A ratio to it is this year's.)
    let ratio = "2025-03-01\n2024年全县收入为上年同期的1.5倍。\n";
    assert_eq!(kpv(&candidates_of(ratio), "1.5倍").1, "2024");
}

#[test]
fn stop_50_a_time_in_brackets_serves_the_brackets() {
    // 比例为70.0%（2017年目标为68.3%），同比上升1.2个百分点；…8.8%: the bracket's 2017 dates its
    // goal only; the figures after it are of the first half.
    let text = "2017-08-15\n2017年上半年，全国水质优良水体比例为70.0%（2017年目标为68.3%），同比上升1.2个百分点；\
                劣Ⅴ类水体比例为8.8%（2017年目标为8.4%），同比下降1.7个百分点。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "68.3%"), ("target".into(), "2017".into(), 68.3));
    assert_eq!(kpv(&v, "1.2个百分点").1, "2017H1");
    assert_eq!(kpv(&v, "8.8%"), ("actual".into(), "2017H1".into(), 8.8));
    // (A bracket with no figure of its own dates what follows: 进展表（截至2022年12月末）列出了….)
    let table = "2023-02-10\n进展表（截至2022年12月末）列出了各地开工数：北京实开411个。\n";
    assert_eq!(kpv(&candidates_of(table), "411个").1, "2022-12-31");
}

#[test]
fn stop_51_a_half_year_report_with_the_rest_to_come() {
    // An undated report on 上半年, whose 下半年 is still to come and whose goal month 力争8月
    // is this year's: of July, not of January after a review.
    let text = "据了解，今年计划实施的47个项目里，上半年23个项目已全部复工，完成投资106亿元。\n\
                下半年，西藏会继续加大项目建设力度，力争8月全面开工建设30条边防公路。\n\
                2017年，西藏要建成4个高等级公路项目。2016年，西藏交通投资完成400亿元。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "106亿元"),
        ("actual".into(), "2017H1".into(), 106.0)
    );
    assert_eq!(kpv(&v, "30条"), ("target".into(), "2017M8".into(), 30.0));
    assert_eq!(kpv(&v, "4个"), ("target".into(), "2017".into(), 4.0));
}

#[test]
fn stop_51_now_in_january_looking_back_is_the_year_reviewed() {
    // 目前 in a text of 10 January reviewing 2011 speaks as of the year's end; in March it is
    // the document's day.
    let text = |d: &str| {
        format!("{d}\n2011年全省城镇新增就业141.1万人。目前，全省家庭服务企业已达1.3万多家。\n")
    };
    assert_eq!(
        kpv(&candidates_of(&text("2012-01-10")), "1.3万多家").1,
        "2011"
    );
    assert_eq!(
        kpv(&candidates_of(&text("2012-03-20")), "1.3万多家").1,
        "2012-03-20"
    );
}

#[test]
fn stop_51_what_a_year_was_set_down() {
    // 本市为2009年定下了三项市政府实事项目，分别是：… : every item is a goal of the year.
    let text = "2009-06-10\n今年1-5月，全市新增就业岗位28.85万个。\n\
                本市为2009年定下了三项市政府实事项目，分别是：新增就业岗位50万个，\
                其中农村富余劳动力非农就业岗位10万个；完成外来农民工职业技能培训10万人；\
                农村户籍人员养老保险覆盖面达到98%。\n";
    let v = candidates_of(text);
    for (fig, value) in [("10万个", 10.0), ("10万人", 10.0), ("98%", 98.0)] {
        assert_eq!(
            kpv(&v, fig),
            ("target".into(), "2009".into(), value),
            "{fig}"
        );
    }
    assert_eq!(kpv(&v, "28.85万个").0, "actual");
}

#[test]
fn stop_51_this_one_year_is_the_year_reviewed() {
    // 回看2024年，…。这一年，湖南万亿级产业增加到6个 (in January 2025): the year looked back on,
    // not the document's; so in a 2026 work report opening with 这一年.
    let text = "2025-01-14\n报告提出，今年地区生产总值增长5.5%左右。\n\
                回看2024年，湖南经济总量为5.3万亿元左右。这一年，湖南万亿级产业增加到6个，\
                电子信息产业增速超20%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "6个"), ("actual".into(), "2024".into(), 6.0));
    assert_eq!(kpv(&v, "超20%").1, "2024");
    let report =
        "2026-01-27\n2026年辽宁省政府工作报告（摘编）\n这一年，全省地区生产总值增长3.7%。\n";
    assert_eq!(kpv(&candidates_of(report), "3.7%").1, "2025");
}

#[test]
fn stop_52_news_of_a_day_early_in_a_year_is_of_its_date() {
    // 水利署今（24）日说明 in a story of 24 February: the figures with no time of their own are
    // of that day, not of the year before (no whole year before is named near the top).
    let text = "2026-02-24\n〔记者／台北报导〕去年11月步入枯水期后，降雨偏少。\
                水利署今（24）日说明，目前全台供水稳定。\n\
                在枯水期应变上，整体节水调度成效已达7.3亿吨以上。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "7.3亿吨以上").1, "2026-02-24");
    // A story of the day that names the year it reviews stays a review of that year.
    let review = "2024-02-27\n2月26日甘肃省统计局发布的消息称，2012年我省超额完成预算任务。\
                  这一年，全省大口径财政收入达到1080.38亿元。\n";
    let review = review.replace("2012年", "2023年");
    assert_eq!(kpv(&candidates_of(&review), "1080.38亿元").1, "2023");
    // Taiwan's 去（2025）年 is the year 2025.
    let taiwan = "2026-02-05\n台湾去（2025）年缴出一张成绩单，全年GDP成长率高达8.63%。\n";
    assert_eq!(kpv(&candidates_of(taiwan), "8.63%").1, "2025");
}

#[test]
fn stop_52_a_year_opening_its_clause_dates_what_accrued_by_then() {
    // 2016年，…累计直接从业人员45.34万人 (in December 2017): what had accrued by 2016, not a span
    // from 2016 to the document's date; 自2016年累计 still is such a span.
    let text = "2017-12-12\n2016年，乡村旅游投资达到180.8亿元，累计直接从业人员45.34万人。\n\
                2016年累计新增企业300家。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "45.34万人").1, "2016");
    assert_eq!(kpv(&v, "300家").1, "2016/2017-12-12");
}

#[test]
fn stop_52_a_year_a_share_is_of_with_a_noun_between() {
    // 可望恢复到二○一九年运量的四至六成 (May 2023): 2019 is what the share is of; the goal is
    // this year's. 提升到2025年的57.7% ends a change in 2025.
    let text = "2023-05-22\n民航局估计，今年国际航线客运量可望恢复到二○一九年运量的四至六成，\
                明年恢复到二○一九年运量的约八成。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "四至六成").1, "2023");
    assert_eq!(kpv(&v, "约八成"), ("target".into(), "2024".into(), 80.0));
    let change = "2026-01-27\n常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。\n";
    assert_eq!(kpv(&candidates_of(change), "57.7%").1, "2025");
}

#[test]
fn stop_52_years_joined_by_a_tilde() {
    // Taiwan's 预计在113~116年投入151亿元 is the span 2024/2027 (not 116年 alone, which made an
    // undated text of 2027); 2016~2020年 is a span too.
    let text = "2022-12-27\n這項四年計畫預計在113~116年投入151億元。\n";
    assert_eq!(kpv(&candidates_of(text), "151億元").1, "2024/2027");
    let west = "2021-03-01\n2016~2020年，全市新增就业10万人。\n";
    assert_eq!(kpv(&candidates_of(west), "10万人").1, "2016/2020");
    // An undated text naming only a span ahead infers no year from it.
    let undated = "觀光局衝刺國旅。這項四年計畫預計在113~116年投入151億元。\n";
    let v = candidates_of(undated);
    assert!(!written(&v, "151億元")["note"]
        .as_str()
        .unwrap()
        .contains("document date inferred"));
}

#[test]
fn stop_52_a_titles_months_to_date_date_the_report() {
    // 宿松县50项民生实事1-7月落实情况 (published 14 August): what its paragraphs say with no time
    // of their own is as of the end of July, not of the day it was published.
    let text = "2024-08-14\n宿松县50项民生实事1-7月落实情况\n\
                在50项民生实事中，我县涉及的任务有47项；截至7月底，已启动实施41项。\n\
                一、工程类民生实事。在16项工程类民生实事里，已开工建设13项。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "13项").1, "2024-07-31");
}

#[test]
fn stop_53_a_state_as_of_a_year_dates_an_undated_text() {
    // No date line; 截至2015年，全国已有体育场地超过170万个, then the goals of 《全民健身计划
    // (2011-2015年)》 met: the text is of 2015 (not of the plan's first year), and its figures
    // as of 2015 are what was seen.
    let text = "全国体育场地超170万个\n记者了解到：截至2015年，全国已有体育场地超过170万个。\
                局长说，已超额完成《全民健身计划(2011-2015年)》中“全国各类体育场地达到120万个以上”的目标。\n";
    let v = candidates_of(text);
    assert_eq!(v[0]["announced"], "2015-12-31");
    assert_eq!(
        kpv(&v, "超过170万个"),
        ("actual".into(), "2015".into(), 170.0)
    );
}

#[test]
fn stop_54_within_the_year_sought_and_this_years_estimate() {
    // 郑州力争年内养老床位增加3000张以上, in February: 年内 after 力争 is the year under way, not
    // the year a January-to-March text reviews.
    let v = candidates_of("2014-02-12\n郑州力争年内养老床位增加3000张以上。\n");
    assert_eq!(
        kpv(&v, "3000张以上"),
        ("target".into(), "2014".into(), 3000.0)
    );
    // 截至5月底…已达1800万人次，…有信心今年访港旅客能达到估算的4600万人次: 的 right before the
    // amount leaves it to 今年, a goal; 占今年任务数的15.23% stays the share of the day.
    let text = "2024-07-03\n截至5月底，访港旅客已达1800万人次，他有信心今年访港旅客能达到估算的\
                4600万人次。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "4600万人次"),
        ("target".into(), "2024".into(), 4600.0)
    );
    assert_eq!(kpv(&v, "1800万人次").1, "2024-05-31");
    let text = "2011-06-01\n2011年5月27日，全州已竣工13498户，占今年任务数的15.23%。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "15.23%"),
        ("actual".into(), "2011-05-27".into(), 15.23)
    );
}

#[test]
fn stop_55_taiwan_school_years() {
    // 115學年度 is the school year starting in 2026 (ROC 115); 108至111學年度 spans 2019 to 2022.
    let text = "2025-12-20\n台中市政府教育局表示，115學年度公共化幼兒園將再增13班。\
                108至111學年度推動計畫，結果增加了214班。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "13班"), ("target".into(), "2026".into(), 13.0));
    assert_eq!(kpv(&v, "214班").1, "2019/2022");
}

#[test]
fn stop_56_a_work_report_reviewing_a_year_is_of_the_next() {
    // 一、2012年工作回顾 … 去年共完成固定资产投资额36.59亿元: with no date written, the review
    // is read out early in 2013, so 去年 is 2012 (not 2011) and 1-11月份 are 2012's.
    let text =
        "一、2012年工作回顾\n去年，街道获评省级文明街道。去年共完成固定资产投资额36.59亿元，\
                占年度计划的94.5%。1-11月份地税收入19543万元，同比上升10.5%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "36.59亿元").1, "2012", "{v:?}");
    assert_eq!(kpv(&v, "19543万元").1, "2012M1-M11", "{v:?}");
    // (A year named without its review keeps the latest year as the text's: 2012年 alone.)
    let v = candidates_of("2012年，全市完成固定资产投资额36.59亿元。去年完成30亿元。\n");
    assert_eq!(kpv(&v, "30亿元").1, "2011", "{v:?}");
}

#[test]
fn stop_56_a_ratio_to_last_years_same_months_is_of_this_year() {
    // 1-10月，…到位资金11.91亿元，是去年同期的18倍；新开工项目36个: 去年同期 is the base of the
    // ratio, not its time, nor the time of the figures after it.
    let text = "2011-11-30\n1-10月，全县到位资金11.91亿元，是去年同期的18倍；新开工项目36个。\n";
    let v = candidates_of(text);
    for w in ["18倍", "36个"] {
        assert_eq!(kpv(&v, w).1, "2011M1-M10", "{w}: {v:?}");
    }
    // (A comparison with a figure of its own keeps last year's: 去年同期为8亿元.)
    let v = candidates_of("2011-11-30\n1-10月，全县到位资金11.91亿元，去年同期为8亿元。\n");
    assert!(kpv(&v, "8亿元").1.starts_with("2010"), "{v:?}");
}

#[test]
fn stop_56_up_to_a_day_closed_by_wei_zhi_reports_as_of_it() {
    // 到5月份为止，…完成74.5亿元 (到6月19日為止): as of that month, like 截至, not a deadline, even
    // when no date says which year.
    for text in [
        "到5月份为止，全县固定资产投资完成74.5亿元，完成年度任务的35.48%。\n",
        "到6月19日為止，全县固定资产投资完成74.5亿元，完成年度任务的35.48%。\n",
    ] {
        let v = candidates_of(text);
        assert_eq!(kpv(&v, "74.5亿元").0, "actual", "{v:?}");
    }
    // (到2025年 with no 为止 stays a deadline.)
    let v = candidates_of("2023-01-01\n到2025年，全县固定资产投资达到74.5亿元。\n");
    assert_eq!(kpv(&v, "74.5亿元").0, "target", "{v:?}");
}

#[test]
fn stop_56_macau_writes_a_point_as_a_dot_and_zero_as_a_letter_o() {
    // 四百七十六‧六億元, 增幅三十五‧五%, 近五百O七億元, 增幅一成半 (Macau's 中央帳目).
    let text =
        "2013-06-10\n今年一至五月，特區政府公共財政盈餘達四百七十六‧六億元，增幅三十五‧五%。\
                當中博彩稅收近五百O七億元，增幅一成半。約翰‧史密斯出席。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "四百七十六‧六億元").2, 476.6, "{v:?}");
    assert_eq!(kpv(&v, "三十五‧五%").2, 35.5, "{v:?}");
    assert_eq!(kpv(&v, "近五百O七億元").2, 507.0, "{v:?}");
    assert_eq!(kpv(&v, "一成半").2, 15.0, "{v:?}");
    // (A dot between names is no point.)
    assert_eq!(v.len(), 4, "{v:?}");
}

#[test]
fn stop_57_same_period_opening_a_clause() {
    // 2015年…比重是73%。\n\n…方面，同期大陆比重为10.3%: 同期 opening a clause is the period of
    // the sentence before, across a paragraph break.
    let text = "2017-03-11\n王培安说，2015年大陆劳动人口的比重是73%。\n\n\
                65岁以上老年人口方面，同期大陆比重为10.3%，美国15%。\n";
    let v = candidates_of(text);
    for w in ["10.3%", "15%"] {
        assert_eq!(kpv(&v, w).1, "2015", "{w}: {v:?}");
    }
}

#[test]
fn stop_58_a_span_reported_year_by_year() {
    // 2016年至2018年，…分别完成A、B、C opening its sentence: one figure a year, and an undated
    // text reporting them is of 2018 at the earliest (not 2016, which made them goals).
    let text = "今年以来，累计引进外资项目12个。2016年至2018年，国内生产总值分别完成236.3亿元、\
                314.5亿元、365亿元；工业开票销售分别完成506亿元、639.4亿元、785亿元。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "236.3亿元"),
        ("actual".into(), "2016".into(), 236.3)
    );
    assert_eq!(kpv(&v, "365亿元").1, "2018", "{v:?}");
    assert_eq!(kpv(&v, "639.4亿元").1, "2017", "{v:?}");
    assert!(kpv(&v, "12个").1.starts_with("2018"), "{v:?}");
    // (A pace after the first list, before the ；, does not end the lists: 分别完成…，预计
    // 年均增长24.5%；工业开票销售分别完成….)
    let text = "2018-12-20\n2016年至2018年，国内生产总值分别完成236.3亿元、314.5亿元、365亿元，\
                预计年均增长24.5%；工业开票销售分别完成506亿元、639.4亿元、785亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "365亿元").1, "2018", "{v:?}");
    assert_eq!(kpv(&v, "639.4亿元").1, "2017", "{v:?}");
}

#[test]
fn stop_59_a_dateline_and_what_a_figure_exceeds() {
    // The half year opening the paragraph before, after a dateline and who tells it, dates
    // the next paragraph's figures with their rates; 超过去年全年 dates its own clause only.
    let text = "浙江在线07月31日讯 国家知识产权局的最新统计显示，2013年上半年，绍兴市专利申请\
                11801件，比去年同期增长83.6%。\n诸暨市专利申请量达到4193件，同比增长215.26%，\
                半年的申请量已超过去年全年；新昌县和嵊州市的增幅分别为107.39%、104.18%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "4193件").1, "2013H1", "{v:?}");
    assert_eq!(kpv(&v, "215.26%").1, "2013H1", "{v:?}");
    assert_eq!(kpv(&v, "107.39%").1, "2013H1", "{v:?}");
    // (A figure in the clause of 超过 keeps that time.)
    let text = "2013年上半年，全市专利申请11801件，已超过2012年全年的10000件。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "10000件").1, "2012", "{v:?}");
}

#[test]
fn stop_59_a_plans_first_years() {
    // “十一五”的头三年 in a text of 2009: the years 2006 to 2008, done (not the plan's goal).
    let text =
        "2009-04-20\n“十一五”的头三年，全国新建和改建农村公路共118万公里，投入资金5484亿元。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "118万公里"),
        ("actual".into(), "2006/2008".into(), 118.0)
    );
    assert_eq!(kpv(&v, "5484亿元").1, "2006/2008", "{v:?}");
}

#[test]
fn stop_59_the_whole_of_last_year() {
    // 去年…势头良好…：全年新改建39.3万公里 in 2009: the whole of 2008, the sentence's topic.
    let text =
        "2009-04-20\n据副部长介绍，去年农村公路建设势头良好，投资大、里程多、质量稳、效益好：\
                全年新改建农村公路39.3万公里。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "39.3万公里").1, "2008", "{v:?}");
    // (Not after 去年同期 in brackets, a base: 全年 stays the year under review.)
    let text = "2015-09-28\n今年1-8月，累计到位资金4766.22亿元（去年同期到位资金3878.66亿元），\
                完成了全年到位资金7000亿元目标任务的68.09%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "7000亿元").1, "2015", "{v:?}");
}

#[test]
fn stop_59_a_goal_told_exceeded_and_the_year_after_it() {
    // …2008年农村公路建设的预计目标被超额完成。全年全社会投入…2052亿元: the goal is told met
    // (the figures before it are done, not goals), and 全年 opening the next sentence is 2008.
    let text = "2009-04-20\n全国新增约60个乡（镇）和19811个建制村通了公路，2008年农村公路建设的\
                预计目标被超额完成。全年全社会投入农村公路建设的资金为2052亿元，较2007年增加216亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "19811个").0, "actual", "{v:?}");
    assert_eq!(
        kpv(&v, "2052亿元"),
        ("actual".into(), "2008".into(), 2052.0)
    );
    // (A goal set to be done still is one: 目标完成投资50亿元.)
    let text = "2024-03-01\n今年全县目标完成投资50亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "50亿元").0, "target", "{v:?}");
}

#[test]
fn stop_59_since_a_plan_began_and_its_first_years() {
    // “十四五”以来…累计安排2200亿元 in August 2025: done since the plan began (not its goal);
    // “十四五”前4年，…总里程达到464.4万公里: a level at the end of those years, 2024.
    let text =
        "2025-08-21\n“十四五”以来，中央累计安排车购税资金2200亿元。“十四五”前4年，全国新改建\
                农村公路71.6万公里，总里程达到464.4万公里。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "2200亿元"),
        ("actual".into(), "2021/2025".into(), 2200.0)
    );
    assert_eq!(kpv(&v, "71.6万公里").1, "2021/2024", "{v:?}");
    assert_eq!(kpv(&v, "464.4万公里").1, "2024", "{v:?}");
}

#[test]
fn stop_59_a_list_owned_by_its_time() {
    // 分别从“十一五”末的8203件、5677件增长到2015年的26046件、16125件: 2015年 owns the list
    // after it, and the plan's end owns only its own (past its quote and 末).
    let text = "2016-06-30\n全市专利申请量、授权量分别从“十一五”末的8203件、5677件增长到2015年的\
                26046件、16125件。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "5677件").1, "2010", "{v:?}");
    assert_eq!(kpv(&v, "26046件").1, "2015", "{v:?}");
    assert_eq!(kpv(&v, "16125件").1, "2015", "{v:?}");
}

#[test]
fn stop_59_a_pace_after_a_change_is_over_the_years_after_its_start() {
    // 分别从“十一五”末的…增长到2015年的…，年均分别增长26.1%和23.2%: compounded over 2011 to
    // 2015, as a plan's years are (and as a growth after a change already was).
    let text = "2016-06-30\n全市专利申请量、授权量分别从“十一五”末的8203件、5677件增长到2015年的\
                26046件、16125件，年均分别增长26.1%和23.2%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "26.1%").1, "2011/2015", "{v:?}");
    assert_eq!(kpv(&v, "23.2%").1, "2011/2015", "{v:?}");
}

#[test]
fn stop_59_a_base_compared_with_and_a_multiple_of_it() {
    // 2015年…与“十一五”末的1.9件相比年均增长29.3%，是“十一五”末的3.6倍: the pace is over the
    // years after the base (2011 to 2015), and the multiple is of 2015, not of its base.
    let text = "2016-06-30\n2015年全市万人发明专利拥有量为6.87件，与“十一五”末的1.9件相比年均增长\
                29.3%，是“十一五”末的3.6倍。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "1.9件").1, "2010", "{v:?}");
    assert_eq!(kpv(&v, "29.3%").1, "2011/2015", "{v:?}");
    assert_eq!(kpv(&v, "3.6倍").1, "2015", "{v:?}");
}

#[test]
fn stop_59_a_change_since_the_years_start() {
    // 到10月底，…比去年底增长4710件: over January to October, not a level of 31 October; 去年底
    // after 比 is a base dropped, not 年底 of the year under way.
    let text = "2023-11-20\n到10月底，全市有效发明专利为42673件，比去年底增长4710件。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "42673件").1, "2023-10-31", "{v:?}");
    assert_eq!(
        kpv(&v, "4710件"),
        ("growth".into(), "2023M1-M10".into(), 4710.0)
    );
    // (A rate's gap in points stays of its date.)
    let text = "2007-10-20\n三季度末全国城镇登记失业率为4.0%，9月底比去年底下降0.1个百分点。\n";
    let v = candidates_of(text);
    assert!(!kpv(&v, "0.1个百分点").1.contains('M'), "{v:?}");
}

#[test]
fn stop_59_what_a_plans_years_solve() {
    // “十二五”期间，…要全面解决2.98亿农村人口…的饮水安全问题: a count over the plan's years.
    let text = "2012-10-30\n“十二五”期间，农村饮水安全工程将是重点之一，要全面解决2.98亿农村人口\
                以及11.4万所农村学校师生的饮水安全问题。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "2.98亿").1, "2011/2015", "{v:?}");
    assert_eq!(kpv(&v, "11.4万所").1, "2011/2015", "{v:?}");
}

#[test]
fn stop_59_a_part_of_a_count_over_a_plans_years() {
    // 十一五期间，…全区共治理水土流失面积3860万亩，其中建设基本农田66万亩: the part is counted
    // over the same years as the whole (not a level of 2010).
    let text =
        "2011-03-01\n十一五期间，内蒙古先后实施了9项重点工程，全区共治理水土流失面积3860万亩，\
                其中建设基本农田66万亩，营造水土保持林草1785万亩。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "3860万亩").1, "2006/2010", "{v:?}");
    assert_eq!(kpv(&v, "66万亩").1, "2006/2010", "{v:?}");
    assert_eq!(kpv(&v, "1785万亩").1, "2006/2010", "{v:?}");
}

#[test]
fn stop_59_public_is_no_count_over_a_span() {
    // 一般公共预算收入 in a review of the plan's years is a level of its last year: the 共 of
    // 公共 counts nothing (but 共治理…, 共有…人次参与 do).
    let text = "2021-02-01\n“十三五”期间，全市一般公共预算收入为120亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "120亿元").1, "2020", "{v:?}");
}

#[test]
fn stop_60_the_end_of_this_month_and_the_last() {
    // 預估月底可達450萬人次 (fresh132/10): the end of the document's month, to come, a goal;
    // 截至上月底: the last day of the month before; 各月末 names no month.
    let text = "2025-10-28\n統計到昨天已累積接種396.5萬人次,預估月底可達450萬人次。\
                截至上月底已完成申请80%。各月末的累计增幅维持在19%左右。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "450萬人次"),
        ("target".into(), "2025-10-31".into(), 450.0)
    );
    assert_eq!(kpv(&v, "80%").1, "2025-09-30");
    assert_ne!(kpv(&v, "19%左右").1, "2025-10-31");
}

#[test]
fn stop_60_a_news_day_written_with_its_month() {
    // 昨(10/3)日流感疫苗接種318,003劑 (fresh132/09, Taiwan): the day written whole, not the
    // day before the document's; the 日 closing it is no part of the indicator.
    let v = candidates_of("2025-10-05\n疾管署今天發布最新數據:昨(10/3)日流感疫苗接種318,003劑。\n");
    let c = written(&v, "318,003劑");
    assert_eq!(c["period"], "2025-10-03");
    assert_eq!(c["subject"], "流感疫苗接种");
}

#[test]
fn stop_61_this_year_and_next_as_one_span() {
    // 今明兩年四川省體育局還將投入資金3.6億元，建設…12310個 (fresh134/06): both years, one span,
    // for every figure; with 分别 (or written 今、明两年) the two years go to two figures in turn.
    let text =
        "2014-08-17\n按照計劃，今明兩年四川省體育局還將投入資金3.6億元，建設農民體育健身工程\
                12310個。\n今明两年光电并网目标分别为18GW、20GW。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "3.6億元").1, "2014/2015", "{v:?}");
    assert_eq!(kpv(&v, "12310個").1, "2014/2015", "{v:?}");
    assert_eq!(kpv(&v, "18GW").1, "2014", "{v:?}");
    assert_eq!(kpv(&v, "20GW").1, "2015", "{v:?}");
}

#[test]
fn stop_61_the_base_a_goal_is_compared_with_is() {
    // 2025年實現體育場地人均2平米，比目前人均1.46平方米有所提升 (fresh134/07): the base is now's,
    // an actual of the goal's quantity; 比2024年的 dates it to its year; 比2024年增长27% is a
    // change, no base.
    let text =
        "2014-12-27\n更長遠的目標是2025年實現體育場地人均2平米，比目前人均1.46平方米有所提升。\n\
                到2027年旅客达到1000万人次，比2013年的785.7万人次增长27%。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "1.46平方米"),
        ("actual".into(), "2014-12-27".into(), 1.46)
    );
    same_subject(&v, "2平米", "1.46平方米");
    assert_eq!(
        kpv(&v, "785.7万人次"),
        ("actual".into(), "2013".into(), 785.7)
    );
    assert_eq!(kpv(&v, "27%").0, "target");
}

#[test]
fn stop_61_a_comparison_with_a_plan_end_spans_the_years_since() {
    // 截至2024年底，…場地面積42.3億平方米，與“十三五”末相比均增長超30% (fresh134/10): each grew
    // over the years since the base, 2021 to 2024.
    let text = "2025-09-01\n截至2024年底，全國體育場地數量達484.17萬個，體育場地面積42.3億平方米，\
                與“十三五”末相比均增長超30%。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "超30%"),
        ("growth".into(), "2021/2024".into(), 30.0)
    );
}

#[test]
fn stop_61_at_present_is_now() {
    // 2025年装机规模目标合计5480万千瓦。眼下国网经营区在运的新型储能电站有421个 (fresh142/01):
    // 眼下 is now, not the goal's year carried on.
    let text = "2023-04-09\n16个省份出台了新型储能规划，2025年装机规模目标合计5480万千瓦。\
                眼下国网经营区在运的新型储能电站有421个，装机规模773.8万千瓦。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "5480万千瓦"),
        ("target".into(), "2025".into(), 5480.0)
    );
    assert_eq!(
        kpv(&v, "421个"),
        ("actual".into(), "2023-04-09".into(), 421.0)
    );
    assert_eq!(kpv(&v, "773.8万千瓦").0, "actual", "{v:?}");
}

#[test]
fn stop_62_the_year_under_way_after_an_as_of_month_end_is_the_year_so_far() {
    // 截至9月底，…其中今年歸集的42.70億元同比增長28.42%。…其中今年新增…單位1949個 (fresh141/10):
    // 今年 after 截至9月底 in its paragraph is January to September, an observed flow; what all
    // the years gave (歷年累計) is as of the day; 截至12月底 leaves the whole year; 今年 opening
    // what someone says is the year itself, a goal of 新增.
    let text = "2008-11-18\n截至9月底，西安地區住房公積金歸集總額達到233.43億元，其中今年歸集的\
                42.70億元同比增長28.42%。西安地區已有9468個單位被納入，其中今年新增繳存住房公積金\
                的單位1949個；歷年累計發放公積金貸款61.23億元。\n\
                截至11月30日，全市累計歸集額達到71.61億元；本年度歸集額達7.75億元。\n\
                截至6月底，全省完成投資50億元。副部長說，今年國務院仍把新增2000萬畝節水灌溉面積\
                作為考核指標。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "42.70億元"),
        ("actual".into(), "2008Q1-Q3".into(), 42.7)
    );
    assert_eq!(
        kpv(&v, "1949個"),
        ("actual".into(), "2008Q1-Q3".into(), 1949.0)
    );
    assert_eq!(kpv(&v, "61.23億元").1, "2008-09-30");
    assert_eq!(kpv(&v, "233.43億元").1, "2008-09-30");
    assert_eq!(kpv(&v, "7.75億元").1, "2008M1-M11");
    assert_eq!(kpv(&v, "2000萬畝").0, "target");
    assert_eq!(kpv(&v, "2000萬畝").1, "2008");
}

#[test]
fn stop_62_the_whole_year_before_a_goal_word_is_the_year_under_way() {
    // 全年仍力争歸集住房公積金24億元 (fresh141/02, in February): 全年 before 力争 (past 仍) is
    // the year ahead, as 力争全年 is; 全年实现 in February reviews the year just ended.
    let text =
        "2016-02-25\n尽管市场并不乐观，全年仍力争归集住房公积金24亿元，资金使用率达到86%。\n\
                全年实现地区生产总值3000亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "24亿元"), ("target".into(), "2016".into(), 24.0));
    assert_eq!(kpv(&v, "86%").1, "2016");
    assert_eq!(
        kpv(&v, "3000亿元"),
        ("actual".into(), "2015".into(), 3000.0)
    );
}

#[test]
fn stop_62_the_day_of_a_meeting_leaves_this_year_to_the_plan() {
    // 5月14日，…召開會議，會上透露，今年全市住房公積金的歸集額計劃為7億元，公積金提取的計劃為
    // 1.3億元，個人貸款計劃發放2.2億元 (fresh141/01): 今年 dates the plans, the meeting's day
    // none of them; a plan named only as 的计划 is of the words before 的. As of a day (截至
    // 20日), 今年…的 still describes what is counted by then.
    let text =
        "2013-07-01\n5月14日，天水市住房公積金管委會召開會議，會上透露，今年全市住房公積金的\
                歸集額計劃為7億元，公積金提取的計劃為1.3億元，個人貸款計劃發放2.2億元。\n\
                截至6月20日，今年新开工的项目有120个。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "2.2億元"), ("target".into(), "2013".into(), 2.2));
    assert_eq!(kpv(&v, "1.3億元").1, "2013");
    assert_eq!(written(&v, "1.3億元")["subject"], "公积金提取");
    assert_eq!(kpv(&v, "120个").1, "2013-06-20");
}

#[test]
fn stop_62_review_funds_won_a_running_total_and_hearsay() {
    // (Review of stop 62's rules.) 全年争取上级资金15亿元 in January reviews the year just ended
    // (funds won); 2016年全市累计发放贷款45亿元，当年发放5亿元，同比增长10%: the 同比 is the
    // year's flow's, the 累计 runs to the document's date; 总的来说 is no one speaking.
    let v = candidates_of("2024-01-20\n全年争取上级资金15亿元。\n");
    assert_eq!(kpv(&v, "15亿元"), ("actual".into(), "2023".into(), 15.0));
    let v =
        candidates_of("2019-01-20\n2016年全市累计发放贷款45亿元，当年发放5亿元，同比增长10%。\n");
    assert_eq!(kpv(&v, "45亿元").1, "2016/2019-01-20");
    let text = "2024-11-20\n截至9月底，归集总额达到233.43亿元，总的来说，今年归集的42.70亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "42.70亿元").1, "2024Q1-Q3");
}

#[test]
fn stop_63_a_breakdown_and_a_month_alone_date_only_their_own_sentence() {
    // 2012年1-11月份，…其中一季度增長11.6%，…四季度增速接近10%。按輕重工業分，… (fresh148/05): the
    // quarters take the year of the months before 其中, and the next sentence goes on with those
    // months, not the last quarter listed. 1-8月份，…。8月当月，…。分三大门类看，… (fresh148/07):
    // the month alone is an aside; 8月当月 as the paragraph's topic dates what follows.
    let text = "2013-09-20\n2012年1-11月份，全国规模以上工业增加值同比增长10%，其中一季度增长\
                11.6%，四季度增速接近10%。按轻重工业分，轻工业增长10.2%。\n\
                1-8月份，全区规上工业增加值同比增长7.5%。8月当月，全区规上工业增速为9.7%。\
                分三大门类看，全区采矿业增加值同比增长3.7%。\n\
                今年以来，8月当月部分指标出现好转迹象。从生产端看，规上工业当月增速较7月加快\
                0.3个百分点。\n\
                截至去年12月25日，全省建设幼儿园1108所，其中纳入项目库的1000所主体已完工，今年即可\
                投用。据测算，全省学前教育毛入园率将达到90%左右。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "11.6%").1, "2012Q1");
    assert_eq!(kpv(&v, "接近10%").1, "2012Q4");
    assert_eq!(kpv(&v, "10.2%").1, "2012M1-M11");
    assert_eq!(kpv(&v, "9.7%").1, "2013M8");
    assert_eq!(kpv(&v, "3.7%").1, "2013M1-M8");
    assert_eq!(kpv(&v, "0.3个百分点").1, "2013M8");
    // (Not a time after 其中 a few words on: 今年 dates what follows.)
    assert_eq!(kpv(&v, "90%左右"), ("target".into(), "2013".into(), 90.0));
}

#[test]
fn stop_63_a_level_a_span_of_years_changed_to_is_of_its_last_year() {
    // 2020年至2024年，…比重分别提升至34.6%和16.3% (fresh148/06): the shares in 2024, while the
    // paces (年均增长7.9%) are the span's; 在2020至2022年间升至约150公升 (fresh145/11) stays a
    // level through those years.
    let text = "2025-10-09\n2020年至2024年，我国装备制造业和高技术制造业增加值分别年均增长7.9%和\
                8.7%，在规上工业中的比重分别提升至34.6%和16.3%。\n\
                本港住宅每日人均用水量在2020至2022年间升至约150公升。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "34.6%").1, "2024");
    assert_eq!(kpv(&v, "16.3%").1, "2024");
    assert_eq!(kpv(&v, "7.9%").1, "2020/2024");
    assert_eq!(kpv(&v, "约150公升").1, "2020/2022");
}

#[test]
fn stop_64_a_holidays_figure_is_of_its_year_not_the_half_year_before() {
    // 上半年…。…元旦小长假，全省接待游客853.79万人次 (fresh155/06): the holiday is what the figure
    // is of, with no period of its own but its year; the half year named before is not its
    // period. A holiday named as a cause (受春节假期带动) leaves the months alone.
    let text = "2017-07-20\n上半年全省接待游客3.51亿人次，同比增长36.6%。\
                数据还显示，元旦小长假，全省接待游客853.79万人次，同比增长30.9%。\n\
                1-2月，饮料类受春节假期带动，增长13.0%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "3.51亿人次").1, "2017H1");
    assert_eq!(
        kpv(&v, "853.79万人次"),
        ("actual".into(), "2017".into(), 853.79)
    );
    assert_eq!(kpv(&v, "30.9%").0, "growth");
    assert_eq!(kpv(&v, "13.0%").1, "2017M1-M2");
}

#[test]
fn stop_65_a_report_on_a_years_tasks_dates_its_undated_figures_to_that_year() {
    // 2017年全省耕地保护任务完成情况 (fresh158/11, published in August 2018): a report on what
    // 2017's tasks came to; its figures with no time of their own, and its 全年, are 2017's.
    let text = "2018-08-17\n2017年全省耕地保护任务完成情况和资金管理信息\n\n\
                耕地保护任务全面完成，全省耕地保有量5984.23万亩。\
                全年实施治沟造地子项目154个，完成目标任务的168%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "5984.23万亩").1, "2017");
    assert_eq!(kpv(&v, "154个").1, "2017");
    assert_eq!(kpv(&v, "168%").1, "2017");
    // A title naming a year but not reporting on it leaves the document's date alone.
    let other = "2018-08-17\n2017年耕地保护工作经验交流\n\n全省耕地保有量5984.23万亩。\n";
    assert_eq!(kpv(&candidates_of(other), "5984.23万亩").1, "2018-08-17");
    // The year written before 完成情况, not the plan's year before it; and a report early in
    // its own year (2024年…执行情况 in March 2024) is a progress report, not a review of it.
    let two = "2025-02-14\n2025年重点项目计划及2024年完成情况公示\n\n\
               全市重点项目完成投资1560亿元，完成年度计划的105%。\n";
    assert_eq!(kpv(&candidates_of(two), "1560亿元").1, "2024");
    let own = "2024-03-20\n2024年政府工作报告重点任务分工及执行情况\n\n\
               全县地区生产总值达到268亿元，增长6.5%。\n";
    assert_eq!(kpv(&candidates_of(own), "268亿元").1, "2023");
}

#[test]
fn stop_65_a_plans_years_opening_a_paragraph_date_its_goals() {
    // “十三五”期间我国将大力推进土地整治。…补充耕地2000万亩 (fresh158/03): the plan's years,
    // opening the paragraph, are what its goals add up over, not only the plan's last year.
    // A plan named as a year's place (过去一年是“十四五”的收官年) dates nothing after it.
    let text = "2017-02-17\n据介绍，“十三五”期间我国将大力推进土地整治。\
                规划司司长表示，要通过土地整治补充耕地2000万亩。\n\
                过去一年是“十四五”的收官年。城镇新增就业44.1万人。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "2000万亩").1, "2016/2020");
    assert_ne!(kpv(&v, "44.1万人").1, "2021/2025");
    // Nor does a plan whose years are the subject of a review (目标任务圆满完成), nor one
    // compared with (较“十三五”期间).
    let done =
        "2025-12-20\n“十四五”时期目标任务圆满完成。全市新增城镇就业12万人，完成年度目标的110%。\n\
                较“十三五”期间年均水平有所提高。全市新增城镇就业8.2万人。\n";
    let v = candidates_of(done);
    assert_eq!(kpv(&v, "12万人"), ("actual".into(), "2025".into(), 12.0));
    assert_ne!(kpv(&v, "8.2万人").1, "2016/2020");
}

#[test]
fn stop_65_years_in_a_documents_name_date_only_the_documents_own_figures() {
    // 形成了《辽阳市2016-2020年…期中检查自查工作报告》，…入库新增耕地347.3642公顷 (fresh158/09):
    // the span names the report; the land added is last year's, not a goal over 2016–2020.
    let text = "2019-02-26\n去年，市国土资源局落实耕地保护责任，形成了《辽阳市2016-2020年市级政府\
                耕地保护责任目标期中检查自查工作报告》，入库新增耕地347.3642公顷。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "347.3642公顷"),
        ("actual".into(), "2018".into(), 347.3642)
    );
}

#[test]
fn stop_66_a_time_an_act_is_set_for_dates_that_act_alone() {
    // 今年…共編列34項…,預訂下半年報請行政院核定;另將持續辦理…13項重大工程 (fresh162/06, in
    // February): the second half is when the plan goes for approval, still to come; the works
    // after the ; are this year's goals, not figures of the half.
    let text = "2026-02-10\n港務公司10日指出,今年國際商港整體規劃共編列34項計畫,\
                預訂下半年報請行政院核定;另將持續辦理高雄港改建等13項重大工程,\
                合計68.46億元,目標執行率100%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "13項"), ("target".into(), "2026".into(), 13.0));
    assert_eq!(kpv(&v, "68.46億元").1, "2026");
    assert_eq!(kpv(&v, "100%"), ("target".into(), "2026".into(), 100.0));
    // A half set for, with its figure in its own clause, is that figure's deadline, this
    // year's in February; and it still dates a figure restated after the ; (fresh82/09).
    let own = "2026-02-10\n港務公司指出,預定下半年要完成13項重大工程。\n";
    assert_eq!(kpv(&candidates_of(own), "13項").1, "2026H2");
    let deadline = "2025-09-16\n目標兩度延後,目前預定2026年11月要達到20%;\
                    然而外界估計,再生能源占比達20%的目標恐怕還會再延。\n";
    let v = candidates_of(deadline);
    assert!(v.iter().all(|c| c["period"] == "2026M11"), "{v:?}");
}

#[test]
fn stop_66_a_total_of_the_sentence_before_leaves_the_next_figure_its_year() {
    // 2019年,山东港航建设…累计完成投资106亿元。全省沿海港口吞吐量达到16.16亿吨 (fresh162/01, in
    // January 2020): the 累计 is the investment's; the throughput is 2019's, not a level
    // reached by the document's date.
    let text = "2020-01-08\n2019年,山东港航建设步伐持续加快,累计完成投资106亿元。\
                全省沿海港口吞吐量达到16.16亿吨,同比增长9%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "16.16亿吨").1, "2019");
    // A 累计 in the figure's own sentence still reads as the level reached.
    let own = "2021-06-08\n2019年,全省企业累计达到480家。\n";
    assert_eq!(kpv(&candidates_of(own), "480家").1, "2021-06-08");
}

#[test]
fn stop_66_a_goal_set_after_a_plans_name_is_of_the_plans_year() {
    // （中央社…台北27日電）…今天…提出報告，把今年國家建設計畫的失業率目標訂為4.9% (fresh163/02,
    // January 2011): 今年…計畫的 names the plan the goal is set in; the goal is 2011's, not the
    // year a January text reviews.
    let text =
        "2011-01-27\n經建會今天向行政院會提出報告，把今年國家建設計畫的失業率目標訂為4.9%。\n";
    assert_eq!(kpv(&candidates_of(text), "4.9%").1, "2011");
    // A share of the months' goal, in the clauses after, is still of those months' goal's
    // progress (fresh26/10).
    let share = "2018-08-30\n1-7月,全市重点项目完成投资291.5亿元,占前三季度目标任务的78.5%;\
                 建成投运项目完成投资83.1亿元,占前三季度目标任务的96.9%。\n";
    assert_eq!(kpv(&candidates_of(share), "96.9%").1, "2018M1-M7");
}

#[test]
fn stop_66_a_time_set_for_in_a_year_named_is_that_years() {
    // 2019年，该项目原定于下半年完成投资5亿元，实际完成3亿元 (review of this stop's rules, in
    // January 2020): the year named in the sentence, and a plan as it first stood (原定于), keep
    // the half 2019's; the 3亿元 done stays an actual.
    let text = "2020-01-10\n2019年，该项目原定于下半年完成投资5亿元，实际完成3亿元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "5亿元").1, "2019H2");
    assert_eq!(kpv(&v, "3亿元"), ("actual".into(), "2019H2".into(), 3.0));
    let named = "2020-01-10\n2019年，市里拟于下半年推出10项惠民举措。\n";
    assert_eq!(kpv(&candidates_of(named), "10项").1, "2019H2");
}

#[test]
fn stop_67_a_plans_year_leaves_what_is_there_now_after_it() {
    // 按2012年的数据，贵州现有茶园面积520万亩，计划十二五末达到1000万亩；湖北现有面积410万亩；
    // 河南信阳面积210万亩。我省现有茶园332万亩 (fresh167/01, in 2013): the plan's 2015 is the
    // goal's; the areas after it that say what is there now are 2012's, actuals.
    let text = "2013-05-10\n按2012年的数据,贵州现有茶园面积520万亩,计划十二五末达到1000万亩;\
                湖北现有面积410万亩;河南信阳面积210万亩。我省现有茶园332万亩,居全国第五位。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "1000万亩"),
        ("target".into(), "2015".into(), 1000.0)
    );
    for w in ["410万亩", "210万亩", "332万亩"] {
        assert_eq!(
            kpv(&v, w),
            ("actual".into(), "2012".into(), w[..3].parse().unwrap())
        );
    }
    // A plan's year still dates the goals listed after it.
    let goals = "2013-05-10\n计划十二五末茶园面积达到1000万亩;茶叶产量达到60万吨。\n";
    assert_eq!(kpv(&candidates_of(goals), "60万吨").1, "2015");
    // The plan's year when it is this year's is the year of what is done so far; 已 describing
    // (已批复的二期工程) leaves the figure the plan's.
    let this_year = "2023-05-16\n计划今年完成投资50亿元;已完成投资15亿元。\n";
    assert_eq!(kpv(&candidates_of(this_year), "15亿元").1, "2023");
    let describing =
        "2023-03-01\n规划2030年建成轨道交通线路8条;已批复的二期工程总投资将达到500亿元。\n";
    assert_eq!(kpv(&candidates_of(describing), "500亿元").1, "2030");
}

#[test]
fn stop_67_the_same_months_a_year_before_are_a_base() {
    // 2022年一季度，…采摘面积达到157万亩，去年同期增6万亩。毛茶产量1.26万吨，比去年同期增0.49万吨
    // (fresh167/05): 去年同期 with what was added since is what the quarter is compared with;
    // the amounts added and the figures after it are the quarter's.
    let text = "2022-05-16\n2022年一季度,全市茶园种植面积173.4万亩,采摘面积达到157万亩,\
                去年同期增6万亩。毛茶产量1.26万吨,比去年同期增0.49万吨。农业产值实现6.93亿元,\
                去年同期增2.61亿元。\n";
    let v = candidates_of(text);
    for w in ["6万亩", "1.26万吨", "0.49万吨", "6.93亿元", "2.61亿元"] {
        assert_eq!(kpv(&v, w).1, "2022Q1", "{w}");
    }
    // A rate of those months a year before is still theirs (read as the year before's).
    let rate = "2022-05-16\n今年一季度茶叶产值增长8%,去年同期增长5%。\n";
    assert!(kpv(&candidates_of(rate), "5%").1.starts_with("2021"));
    // 去年同期增4.5%, a rate, is the year before's own.
    let own = "2023-05-16\n一季度全省GDP 1.2万亿元,去年同期增4.5%,今年一季度增长5.1%。\n";
    assert!(kpv(&candidates_of(own), "4.5%").1.starts_with("2022"));
}

#[test]
fn stop_68_each_figure_of_a_listed_base_is_of_its_year() {
    // 化学需氧量、氨氮排放总量分别控制在123.1万吨、13.31万吨以内,较2010年的132.4万吨、14.56万吨
    // 分别减少7.0%、8.6% (fresh111/05): both bases are 2010's levels, each of its own quantity.
    let text = "2012-01-01\n到2015年,化学需氧量、氨氮排放总量分别控制在123.1万吨、13.31万吨以内,\
                较2010年的132.4万吨、14.56万吨分别减少7.0%、8.6%。\n";
    let v = candidates_of(text);
    for w in ["132.4万吨", "14.56万吨"] {
        assert_eq!(
            kpv(&v, w),
            ("actual".into(), "2010".into(), kpv(&v, w).2),
            "{w}"
        );
    }
    assert_eq!(written(&v, "14.56万吨")["subject"], "氨氮排放总量");
    // The changes listed after the bases are not bases (比2023年的120亿元、80亿元分别增长6%、5%),
    // nor is what changed since the year (比2020年新增的12万户、8万户).
    let goals = "2024-03-01\n今年两项收入目标比2023年的120亿元、80亿元分别增长6%、5%。\n";
    let v = candidates_of(goals);
    assert_eq!(kpv(&v, "80亿元").1, "2023");
    assert_eq!(kpv(&v, "5%").1, "2024");
    let added = "2023-12-01\n比2020年新增的12万户、8万户均已接通天然气。\n";
    assert_ne!(kpv(&candidates_of(added), "8万户").1, "2020");
    // A list with no 的 before it is no base: 较2010年减少7.0%、8.6% are the goals' changes.
    let changes = "2012-01-01\n到2015年,两项排放总量较2010年分别减少7.0%、8.6%。\n";
    assert_eq!(kpv(&candidates_of(changes), "8.6%").1, "2015");
}

#[test]
fn stop_68_a_figure_between_yu_and_xiangbi_is_a_base() {
    // 到2015年全国集成电路产业销售收入超过3500亿元,与2013年的2508亿元相比,增长近千亿元
    // (fresh174/01): the base is 2013's level of the quantity compared, and the target links to it.
    let text = "2014-06-25\n纲要提出,到2015年全国集成电路产业销售收入超过3500亿元,\
                与2013年的2508亿元相比,增长近千亿元。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "2508亿元"),
        ("actual".into(), "2013".into(), 2508.0)
    );
    assert_eq!(
        written(&v, "2508亿元")["subject"],
        "全国集成电路产业销售收入"
    );
    // 与 with no word of comparing after the figure is no base.
    let level = "2014-06-25\n今年销售收入与2013年的2508亿元持平。\n";
    let note = written(&candidates_of(level), "2508亿元")["note"].to_string();
    assert!(!note.contains("the base of a comparison"), "{note}");
}

#[test]
fn stop_69_a_year_after_tong_then_bi_is_a_base() {
    // 同去年同期比，在28家可比对企业中 (fresh177/03): last year is what is compared with, not the
    // time of the firms counted.
    let text = "2018-09-28\n同去年同期比,在28家可比对企业中,有15家企业减少制种面积。\n";
    assert_ne!(kpv(&candidates_of(text), "28家").1, "2017");
    // 同年 is a time of its own.
    let same = "2018-09-28\n2016年开工,同年建成厂房28家。\n";
    assert_eq!(kpv(&candidates_of(same), "28家").1, "2016");
    // The 同 ending 合同 is no 同 of comparing (the review of this stop's rules).
    let contract = "2024-06-03\n今年1-5月全市新签合同去年同期仅有12份,今年增至30份。\n";
    assert_eq!(kpv(&candidates_of(contract), "12份").1, "2023");
}

#[test]
fn stop_69_a_season_across_two_years_is_its_span() {
    // 2017~2018冰雪季我国冰雪旅游人数达到1.97亿人次 (fresh179/01, read after its end scoring):
    // the ice-and-snow season of winter 2017/18, no 年 written; the forecast for 2021~2022 is
    // of that season too.
    let text = "2018-12-28\n据报告,2017~2018冰雪季我国冰雪旅游人数达到1.97亿人次。\
                报告预计到2021~2022冰雪季,我国冰雪旅游人数将达到3.4亿人次。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "1.97亿人次").0, "actual");
    assert!(kpv(&v, "1.97亿人次").1.starts_with("2017/2018"), "{v:?}");
    assert_eq!(kpv(&v, "3.4亿人次").0, "target");
    assert!(kpv(&v, "3.4亿人次").1.starts_with("2021/2022"), "{v:?}");
    // A school year is no season: its pupils are counted as it opens.
    let school = "2019-09-05\n2019/2020學年就讀的學生合共81,766人。\n";
    assert_eq!(kpv(&candidates_of(school), "81,766人").0, "actual");
}

#[test]
fn stop_69_roc_fiscal_years_listed_and_each_respectively_after_them() {
    // 104年度及105年度電視產業總產值預期分別為1,330億元及1,335億元,出口值預期分別為18.23億元及
    // 18.32億元 (fresh110/04): two ROC years written with 度, and each 分別 of the clause takes
    // them in order (the , inside 1,330 is no clause's end).
    let text =
        "2017-03-01\n依旗艦計畫,104年度及105年度電視產業總產值預期分別為1,330億元及1,335億元,\
                出口值預期分別為18.23億元及18.32億元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "1,330億元").1, "2015");
    assert_eq!(kpv(&v, "1,335億元").1, "2016");
    assert_eq!(kpv(&v, "18.23億元").1, "2015");
    assert_eq!(kpv(&v, "18.32億元").1, "2016");
}
