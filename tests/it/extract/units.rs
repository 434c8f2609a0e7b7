//! Figures and units: how a figure is written — numerals, scales, counted words, units,
//! per-mille and points.

use super::*;

#[test]
fn stop_30_periods_kinds_signs_and_forms() {
    let k = |kind: &str, period: &str, value: f64| (kind.to_string(), period.to_string(), value);
    // In December a forecast of the whole year is its estimate; 兆 inside Chinese numerals.
    let v = candidates_of(
        "2007-12-26\n根据主计处的最新预测，台湾今年的经济成长率达百分之五点四六。\
         另外，全年民间投资金额可望达到二兆六百六十七亿元。\n",
    );
    assert_eq!(kpv(&v, "百分之五点四六"), k("growth", "2007", 5.46));
    assert_eq!(kpv(&v, "二兆六百六十七亿元"), k("actual", "2007", 20667.0));
    // A paragraph opening with 同一时期 carries that period to every sentence.
    let v = candidates_of(
        "2021-10-18\n前三季度，规上工业增加值同比增长11.8%。\n\
         同一时期，制造业投资同比增长14.8%。值得关注的是，高技术制造业投资同比增长25.4%。\n",
    );
    assert_eq!(kpv(&v, "25.4%"), k("growth", "2021Q1-Q3", 25.4));
    // An average's years stay with its rate; 800至900万 is a range.
    let v = candidates_of(
        "2022-01-25\n去年1-11月，进出口总额增长15.1%；两年平均增长8.6%；进口为14476.04亿元。\
         每年800至900万观光客最为合适。\n",
    );
    assert_eq!(kpv(&v, "14476.04亿元").1, "2021M1-M11");
    assert_eq!(written(&v, "800至900万")["value_high"], 900.0);
    // A time naming a campaign does not date its paragraph; 安排 in a year under way plans.
    let v = candidates_of(
        "2026-01-28\n2025年，全省经济稳步前进。\n\
         接连开展一季度良好开局、夏季攻势等行动。推介项目325个。\n",
    );
    assert_eq!(kpv(&v, "325个"), k("actual", "2025", 325.0));
    let v = candidates_of("2022-04-12\n2022年重大项目共安排883个。\n");
    assert_eq!(kpv(&v, "883个"), k("target", "2022", 883.0));
    // A 、 list shares the points written after its last item; 低于 them is a shortfall;
    // 衰退 is a fall.
    let v = candidates_of(
        "2017-10-19\n截至9月底，社会事业项目分别低于总体进度4.0、8.3、15.4个百分点。\
         电脑产业营业额衰退14.55%。\n",
    );
    let values: Vec<f64> = v.iter().map(|c| c["value"].as_f64().unwrap()).collect();
    assert_eq!(values, [-4.0, -8.3, -15.4, -14.55]);
    // 当年 is the year named last before it; 年内 the text's year; 任务 names a goal.
    let v = candidates_of(
        "2022-01-21\n2021年，本县共有重点项目30个。\n这些项目当年计划投资63.27亿元。\n",
    );
    assert_eq!(kpv(&v, "63.27亿元"), k("target", "2021", 63.27));
    let v = candidates_of("2017-10-19\n新建项目185个，年内计划投资246.5亿元。\n");
    assert_eq!(kpv(&v, "246.5亿元"), k("target", "2017", 246.5));
    let v = candidates_of(
        "2016-05-10\n一季度，园区工业总产值为17.78亿元，完成全年任务75亿元的23.7%。\n",
    );
    assert_eq!(kpv(&v, "75亿元").0, "target");
    // What a project is to give once built: a goal with no year.
    let v = candidates_of("2021-03-01\n2020年，该项目开工建设，达产后年产值500亿元。\n");
    assert_eq!(kpv(&v, "500亿元"), k("target", "", 500.0));
    // Forms: a number after GDP; 台阶 and 人民币; 增长加快至; a rate compared with a rate.
    let v = candidates_of(
        "2025-02-20\n肇庆2024年完成GDP2917.85亿元。深圳站上3万亿台阶，存款超过12万亿人民币。\
         整体投资开支的增长加快至4.3%。全年经济增长3.5%，高于二○二三年的2.6%。\n",
    );
    assert_eq!(
        written(&v, "GDP2917.85亿元".trim_start_matches("GDP"))["unit"],
        "亿元"
    );
    assert_eq!(written(&v, "站上3万亿")["unit"], "万亿元");
    assert_eq!(written(&v, "超过12万亿人民币")["unit"], "万亿元");
    assert_eq!(kpv(&v, "4.3%").0, "growth");
    assert_eq!(kpv(&v, "2.6%"), k("growth", "2023", 2.6));
}

#[test]
fn stop_37_units_and_changes() {
    // Flats (伙) sharing their unit past a space; 平方千米 is 平方公里; 环比扩大 is a change.
    let v = candidates_of("2022-03-31\n预计2022及2023年的私楼落成量分别为22,850 及21,850 伙。\n");
    assert_eq!(written(&v, "22,850")["unit"], "伙");
    assert_eq!(written(&v, "21,850 伙")["value"], 21850.0);
    // 2022及2023年: two years, spread over the 分别 list.
    assert_eq!(written(&v, "22,850")["period"], "2022");
    assert_eq!(written(&v, "21,850 伙")["period"], "2023");
    let v = candidates_of(
        "2012-11-23\n1-10月，全市规模以上工业增加值达到139.4亿元，环比扩大4.1亿元；园区建成面积11.46平方千米。\n",
    );
    assert_eq!(written(&v, "4.1亿元")["kind"], "growth");
    assert_eq!(written(&v, "11.46平方千米")["unit"], "平方公里");
    // A list of 50,000 bare numbers before a unit: no stack overflow (each number used to
    // read the next one's unit by a call, 50,000 deep), and only the last items share it.
    let long = format!("2022-01-01\n{}6个。\n", "5、".repeat(50_000));
    let v = candidates_of(&long);
    assert!(
        (1..=40).contains(&v.len()) && v.iter().all(|c| c["unit"] == "个"),
        "{}",
        v.len()
    );
}

#[test]
fn stop_38_rates_compared_in_brackets_and_days_counted() {
    // The rates of other places in brackets after a growth rate are growth rates, a minus
    // written stays; days are counted after 天数, not as a duration.
    let v = candidates_of(
        "2016-02-01\n去年全市社会消费品零售总额增长11.0%(全国10.7%、全省10.1%)；\
         进口3271.7亿元，下降8%(全国-13.2%,全省-10.8%)；占全国比重（全省12%）。\n\
         全市空气优良天数332天，比上年增加12天；活动首15天游客增长8%。\n",
    );
    let kv = |w: &str| {
        (
            written(&v, w)["kind"].clone(),
            written(&v, w)["value"].clone(),
        )
    };
    assert_eq!(
        kv("10.7%"),
        (serde_json::json!("growth"), serde_json::json!(10.7))
    );
    assert_eq!(
        kv("10.1%"),
        (serde_json::json!("growth"), serde_json::json!(10.1))
    );
    assert_eq!(
        kv("-13.2%"),
        (serde_json::json!("growth"), serde_json::json!(-13.2))
    );
    assert_eq!(
        kv("-10.8%"),
        (serde_json::json!("growth"), serde_json::json!(-10.8))
    );
    assert_eq!(
        kv("8%"),
        (serde_json::json!("growth"), serde_json::json!(-8.0))
    );
    assert_eq!(written(&v, "12%")["kind"], serde_json::json!("actual"));
    assert_eq!(written(&v, "332天")["unit"], serde_json::json!("天"));
    assert!(v
        .iter()
        .all(|c| c["as_written"] != serde_json::json!("15天")));
}

#[test]
fn stop_38_cases_days_summed_mixed_scales_and_kinds_of_goal() {
    // 案 and 天次 are counts; 56億6,184萬元 is one amount in 万元.
    let v = candidates_of(
        "2026-01-10\n目前列管的施政計畫共計33案，整體總預算約為新臺幣56億6,184萬元。\n",
    );
    assert_eq!(written(&v, "33案")["unit"], serde_json::json!("案"));
    let amount = v
        .iter()
        .find(|c| {
            c["as_written"]
                .as_str()
                .is_some_and(|w| w.contains("56億6,184萬元"))
        })
        .expect("one amount");
    assert_eq!(amount["value"], serde_json::json!(566184.0));
    // Goals listed before 的改善目标 are goals, whatever was done against them.
    let v = candidates_of(
        "2020-04-24\n2019年10月—2020年3月，重污染共发生395天次，同比下降36.2%，\
         超额完成了PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善目标。\n",
    );
    assert_eq!(written(&v, "395天次")["unit"], serde_json::json!("天次"));
    assert_eq!(kpv(&v, "6%").0, "target");
    assert_eq!(kpv(&v, "4%").0, "target");
    assert_eq!(kpv(&v, "36.2%").0, "growth");
}

#[test]
fn stop_38_public_projects_promised_and_rates_per_thousand() {
    // 实事内容为… is a goal of the year, named by the words after 内容为; cases (例) are
    // counted; 每千人口 is what a rate is per, no figure of a thousand people.
    let v = candidates_of(
        "2022-11-03\n2022年区政府民生实事项目进展\n\
         实事内容为开展胃肠癌联合筛查1万例以上，已完成筛查10111例。\n\
         每千人口执业医师数为3.15人。\n",
    );
    assert_eq!(kpv(&v, "1万例以上").0, "target");
    assert_eq!(kpv(&v, "1万例以上").1, "2022");
    // (Its words, 开展胃肠癌联合筛查, stay in the note: it takes the indicator of the
    // screening done right after it, 已完成筛查10111例, to be assessed against it.)
    let goal = written(&v, "1万例以上");
    assert_eq!(goal["subject"], written(&v, "10111例")["subject"]);
    assert!(goal["note"]
        .as_str()
        .unwrap()
        .contains("开展胃肠癌联合筛查"));
    assert_eq!(kpv(&v, "10111例").0, "actual");
    assert!(v
        .iter()
        .all(|c| c["as_written"] != serde_json::json!("千人")));
}

#[test]
fn stop_39_port_units_berth_classes_and_years_ahead() {
    // TEU is 标箱; 车, 列, 个航次 and 自然箱/小时 count what a port moves; 5车道 and 列入 are
    // no figures, nor are berth and channel classes (30万吨级航道, 40万吨矿石码头).
    let v = candidates_of(
        "2022-02-24\n集装箱为46.2万TEU，日均装车1657车，开行国际班列3144列，运行了30个航次，\
         平均船时量为63自然箱/小时。建设5车道公路，3项列入计划。\n\
         建成30万吨级航道和40万吨矿石码头。未来五年，港口吞吐量将完成4亿吨。\n",
    );
    assert_eq!(unit_of(&v, "46.2万TEU"), "万标箱");
    assert_eq!(unit_of(&v, "1657车"), "车");
    assert_eq!(unit_of(&v, "3144列"), "列");
    assert_eq!(unit_of(&v, "30个航次"), "航次");
    assert_eq!(unit_of(&v, "63自然箱/小时"), "自然箱/小时");
    assert_eq!(unit_of(&v, "3项"), "项");
    let read = |w: &str| {
        v.iter()
            .any(|c| c["as_written"].as_str().unwrap().contains(w))
    };
    assert!(!read("5车") && !read("30万吨") && !read("40万吨"));
    // 未来五年 in a February work report counts the year under way as the first.
    assert_eq!(kpv(&v, "4亿吨"), ("target".into(), "2026".into(), 4.0));
}

#[test]
fn stop_39_months_before_the_words_are_no_part_of_them() {
    // 今年前11月外销订单累计 and 1-11月外销订单 name 外销订单, as the year's forecast does: the
    // two link.
    let v = candidates_of(
        "2025-12-23\n今年前11月外销订单累计6666.5亿美元，年增24.2%。\n1-11月外销订单累计6666.5亿美元。\n",
    );
    assert!(v.iter().all(|c| c["subject"] == "外销订单"), "{v:?}");
}

#[test]
fn stop_39_the_year_of_a_goal_with_words_between() {
    // 完成全年出口目标任务的60.5%: 全年 is the goal's year, the share is of the half year.
    let v = candidates_of(
        "2010-07-20\n上半年出口48583万美元，同比增长24.1%，完成全年出口目标任务的60.5%，\
         超任务进度10.5个百分点。\n",
    );
    assert_eq!(kpv(&v, "60.5%").1, "2010H1");
    assert_eq!(kpv(&v, "10.5个百分点").1, "2010H1");
}

#[test]
fn stop_39_goals_passed_by_and_written_with_a_scale_alone() {
    // 超年度540万目标任务2.7万标箱: the year's goal in the unit of the amount before it, the
    // amount after the goal's word what was done beyond it; 超过原订目标95% is the goal.
    let v = candidates_of(
        "2013-08-10\n1-7月，集装箱完成317.7万标箱，超年度540万目标任务2.7万标箱，增幅11.5%。\n\
         经费达成率达95.68%，超过原订目标95%。\n",
    );
    assert_eq!(kpv(&v, "540万"), ("target".into(), "2013".into(), 540.0));
    assert_eq!(written(&v, "540万")["unit"], "万标箱");
    assert_eq!(
        written(&v, "540万")["subject"],
        written(&v, "317.7万标箱")["subject"]
    );
    assert_eq!(
        kpv(&v, "2.7万标箱"),
        ("actual".into(), "2013M1-M7".into(), 2.7)
    );
    assert_eq!(kpv(&v, "95%").0, "target");
}

#[test]
fn stop_41_a_stock_at_a_years_end_and_thousands_after_wan() {
    // 截至2016年底 / 到107年底 (Taiwan) / 截至去年底 date what stood then to the year's last
    // day; a goal 到2025年底 stays the year's, and 2018年底 with no 截至 or 到 the year's.
    // 76萬5千餘人 is one figure, about 765,000 people (not 76萬 and 5千).
    let v = candidates_of(
        "2019-06-01\n截至2016年底已累计完成投资309.9亿元。到2025年底，力争完成投资500亿元。\
         截至去年底，我市新能源发电装机容量495万千瓦。2018年底，全市有企业5家。\n",
    );
    assert_eq!(kpv(&v, "309.9亿元").1, "2016-12-31");
    assert_eq!(kpv(&v, "500亿元"), ("target".into(), "2025".into(), 500.0));
    assert_eq!(kpv(&v, "495万千瓦").1, "2018-12-31");
    assert_eq!(kpv(&v, "5家").1, "2018");
    let v = candidates_of(
        "2019-06-01\n到107年底,全國推估的失能人口合計已達76萬5千餘人,然而真正使用長照服務的人只有18萬餘人。\
         新台幣1兆1千億元的投資計畫。\n",
    );
    assert_eq!(
        kpv(&v, "76萬5千餘人"),
        ("actual".into(), "2018-12-31".into(), 76.5)
    );
    assert_eq!(written(&v, "76萬5千餘人")["qualifier"], "about");
    assert_eq!(kpv(&v, "18萬餘人").1, "2018-12-31");
    assert_eq!(kpv(&v, "1兆1千億元").2, 11000.0);
}

#[test]
fn stop_41_projects_planned_are_measured_by_the_count_started() {
    // 续建项目75项 is measured by 已复工47项, 新建项目75项 by 已开工17个, 计划竣工的项目70项 by
    // 已竣工投产14项; all 150 projects by neither (no 开复工 count).
    let v = candidates_of(
        "2012-10-09\n今年自治区计划实施的工业重点项目有150项,其中续建项目75项、新建项目75项。\
         截至3月底,工业重点项目中的新建项目已开工17个,开工率为22.67%;续建项目已复工47项。\n\
         本年度省重点工程计划竣工的项目70项，到9月底已竣工投产14项。\n",
    );
    let subject = |w: &str| written(&v, w)["subject"].as_str().unwrap().to_string();
    let goals: Vec<&Value> = v.iter().filter(|c| c["as_written"] == "75项").collect();
    assert_eq!(goals[0]["subject"], written(&v, "47项")["subject"]);
    assert_eq!(goals[1]["subject"], written(&v, "17个")["subject"]);
    assert_eq!(subject("70项"), subject("14项"));
    assert_ne!(subject("150项"), subject("17个"));
    assert_ne!(subject("150项"), subject("47项"));
}

#[test]
fn stop_42_a_day_after_the_sources_words_opens_the_text() {
    // 据记者20日从市政府办公厅了解，截至10月底，…: the report is as of 31 October, and so is
    // what it says is done 目前; a time after a clause that is not the source's stays its own.
    let v = candidates_of(
        "2012-11-21\n据记者20日从市政府办公厅了解，截至10月底，今年确定的20件实事进展顺利。\n\
         今年我市计划建成200公里农村公路，目前路面已铺设216公里。\n",
    );
    assert_eq!(kpv(&v, "216公里").1, "2012-10-31");
    assert_eq!(kpv(&v, "200公里"), ("target".into(), "2012".into(), 200.0));
    let v = candidates_of(
        "2012-11-21\n全市经济运行平稳，截至10月底，完成投资80亿元。\n\
         今年我市计划建成200公里农村公路，目前路面已铺设216公里。\n",
    );
    assert_eq!(kpv(&v, "216公里").1, "2012-11-21");
}

#[test]
fn stop_42_a_task_measured_by_the_first_figure_in_its_unit_after_it() {
    // 全年10万人的搬迁任务 is a task; 已动工2.65万户9.95万人 measures it by its 9.95万人, the first
    // figure after it in its unit.
    let (rows, _) = report_text_of(
        "2017-07-10\n截至6月底，易地扶贫搬迁完成全年10万人的搬迁任务，已动工2.65万户9.95万人。\n",
    );
    let base = row_of(&rows, "10万人")["base_value"].as_f64().unwrap();
    assert!(
        (base - 9.95).abs() < 1e-9 || (base - 9.95 * 365.0 / 181.0).abs() < 1e-6,
        "{rows:?}"
    );
    // Across a sentence of the same line: the plan's 85.9亿元 by 累计完成投资75.33亿元.
    let (rows, _) = report_text_of(
        "2017-10-20\n我旗2017年的固定资产投资计划为完成85.9亿元、增速12%。到9月底为止,全旗已开工的固定资产投资项目有162项,累计完成投资75.33亿元。\n",
    );
    let r = row_of(&rows, "85.9亿元");
    assert!(
        r["base_note"].as_str().unwrap_or("").contains("75.33"),
        "{r}"
    );
    // A share of a task done measures no goal of another share.
    let (rows, _) = report_text_of(
        "2021-07-10\n今年公办义务教育学位占比的目标为95%以上；新增学位工作目标600个，已完成600个，完成占比100%。\n",
    );
    let r = row_of(&rows, "95%");
    assert_ne!(r["base_value"], 100.0, "{r}");
    assert!(
        row_of(&rows, "600个")["base_value"].as_f64().is_some(),
        "{rows:?}"
    );
}

#[test]
fn stop_43_spans_written_short_lists_each_in_its_year_and_the_same_year() {
    // 2021至2023年 and Taiwan's 111至113年度 are spans; with 分别 or 各为, their figures are
    // one a year. What was scheduled (预定) is a goal, also of a year gone by.
    let v = candidates_of("2024-03-01\n2021至2023年全市新增就业分别为10万人、12万人和13万人。\n");
    for (w, y) in [("10万人", "2021"), ("12万人", "2022"), ("13万人", "2023")] {
        assert_eq!(kpv(&v, w), ("actual".into(), y.into(), kpv(&v, w).2), "{w}");
    }
    let v = candidates_of(
        "2023-10-01\n行政院核定社會住宅計畫，111至113年度預定的累計興辦戶數各為14萬戶、17萬戶及20萬戶。\
         第一階段(106至109年)目標定為8萬戶。第2次修正於111年4月獲核定；到同年9月底，累計已興辦11萬2,175戶。\n",
    );
    for (w, y) in [("14萬戶", "2022"), ("17萬戶", "2023"), ("20萬戶", "2024")] {
        assert_eq!(kpv(&v, w).0, "target", "{w}");
        assert_eq!(kpv(&v, w).1, y, "{w}");
        assert_eq!(written(&v, w)["subject"], "兴办户数", "{w}");
    }
    assert_eq!(kpv(&v, "8萬戶").1, "2017/2020");
    // 同年 is the year named last, also when named with its month.
    assert_eq!(kpv(&v, "11萬2,175戶").1, "2022-09-30");
    // Not the start of a span to now (2003年以来): 当年 goes on with the year before it.
    let v = candidates_of(
        "2007-03-01\n2006年全国万元GDP能耗是2003年以来第一次下降。当年上半年单位GDP能耗上升了0.8%。\n",
    );
    assert_eq!(kpv(&v, "0.8%").1, "2006H1");
}

#[test]
fn stop_43_popularised_is_a_word_not_the_conjunction() {
    // 普及率 is one noun (及 is no conjunction there), so the goal keeps its whole indicator
    // and meets its actual.
    let v = candidates_of(
        "2024-01-11\n2023年全国农村自来水普及率达到90%。2024年全国农村自来水普及率将提升至92%。\n",
    );
    assert_eq!(written(&v, "92%")["subject"], "全国农村自来水普及率");
    assert_eq!(kpv(&v, "92%").0, "target");
}

#[test]
fn stop_44_projects_planned_counted_with_li_you_and_dong_gong() {
    // 6个新开工项目里，已有3个项目动工: the set (里 as 中) is the plan, what broke ground (动工, as 开工)
    // what was done; so with 中有 (10个计划投产项目中有7个实现投产). Each plan links to its count.
    let text = "2018-04-20\n一季度，全市25个省重点工业项目共完成投资35.9亿元。其中6个新开工项目里，已有3个项目动工建设，\
                开工率达50%。10个计划投产项目中有7个实现投产，投产率达70%。\n";
    let v = candidates_of(text);
    for (w, done) in [("6个", "3个"), ("10个", "7个")] {
        assert_eq!(kpv(&v, w).0, "target", "{w}");
        assert_eq!(kpv(&v, done).0, "actual", "{done}");
    }
    let (_, said) = report_text_of(text);
    for w in [" 6个: indicator", " 10个: indicator"] {
        assert!(said.contains(w), "{w}: {said}");
    }
    // A count of indicators is no set of projects.
    let v = candidates_of("2018-04-20\n20项重大指标中，已有6项提前达到。\n");
    assert_eq!(kpv(&v, "20项").0, "actual");
}

#[test]
fn stop_44_thousands_after_wan_in_yi_and_points_behind_schedule() {
    // 7億580萬4千元 is one figure (70580.4万元), as 1,236萬5千元 is; 慢了6.6个百分点 is a shortfall.
    let v = candidates_of(
        "2018-08-01\n決算數包括實現數7億580萬4千元、應付數1,236萬5千元與保留數6億5,983萬1千元。\
         比去年同期快了2个百分点，却仍比时间进度慢了6.6个百分点。\n",
    );
    assert_eq!(kpv(&v, "7億580萬4千元").2, 70580.4);
    assert_eq!(written(&v, "7億580萬4千元")["unit"], "万元");
    assert_eq!(kpv(&v, "6億5,983萬1千元").2, 65983.1);
    assert!(v.iter().all(|c| c["as_written"] != "4千元"));
    assert_eq!(kpv(&v, "2个百分点").2, 2.0);
    assert_eq!(kpv(&v, "6.6个百分点").2, -6.6);
}

#[test]
fn stop_45_air_quality_units_days_trees_and_no_month_in_pm25() {
    // μg/m3 is 微克/立方米; 优良天 and 污染天气 count days; 考核得3.5分 is a score; trees (株),
    // charging points (支) and bridge lengths (延米) are counted; PM2.5月均值 names no May.
    let text = "2026-02-04\n1月份优良天为15天，重度及以上污染天气2天，PM10平均浓度106μg/m3，\
                PM2.5月均值84µg/m3；环境空气质量考核得3.5分。全年义务植树1500万株，充电桩增至2万支，\
                建成桥梁40255延米。他们提前20天完成，各方支持有力。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "106μg/m3")["unit"], "微克/立方米");
    assert_eq!(kpv(&v, "84µg/m3"), ("actual".into(), "2026M1".into(), 84.0));
    assert_eq!(kpv(&v, "15天").2, 15.0);
    assert_eq!(kpv(&v, "2天").2, 2.0);
    assert_eq!(written(&v, "3.5分")["unit"], "分");
    let v2 = candidates_of("2026-02-04\n2026年2月PM10月均值不高于75μg/m3，优良天不低于18天。\n");
    assert_eq!(written(&v2, "不高于75μg/m3")["qualifier"], "at_most");
    assert_eq!(written(&v2, "不低于18天")["qualifier"], "at_least");
    assert_eq!(written(&v, "1500万株")["unit"], "万株");
    assert_eq!(written(&v, "2万支")["unit"], "万支");
    assert_eq!(written(&v, "40255延米")["unit"], "延米");
    // A duration (提前20天) is no count, and 支持 no unit.
    assert!(v.iter().all(|c| c["as_written"] != "20天"));
}

#[test]
fn stop_45_a_change_written_tongbi_is_observed_unless_aimed_at() {
    // In April, 本年实际到位资金同比增长19.3% is what the year so far shows, not a goal of the
    // year; 力争同比增长10% and 同比下降4%…的改善目标 are goals.
    let text = "2025-04-24\n一季度，全省固定资产投资同比增长5.6%。全省固定资产投资本年实际到位资金同比增长19.3%。\
                全年力争投资同比增长10%。各城市超额完成了PM2.5浓度同比下降4%的改善目标。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "19.3%").0, "growth");
    assert_eq!(kpv(&v, "10%").0, "target");
    assert_eq!(kpv(&v, "4%"), ("target".into(), "2025".into(), -4.0));
}

#[test]
fn stop_45_a_rate_per_hundred_thousand_is_a_unit() {
    // 孕产妇死亡率从19.6/10万下降到18.3/10万: two levels of a rate per 100,000, and the goal of
    // 2020 in the same unit is measured by the later one.
    let text = "2019-05-27\n2018年我国孕产妇死亡率从19.6/10万下降到18.3/10万。\
                到2020年孕产妇死亡率应小于18/10万。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "19.6/10万")["unit"], "/10万");
    assert_eq!(kpv(&v, "18.3/10万").2, 18.3);
    assert_eq!(kpv(&v, "18/10万"), ("target".into(), "2020".into(), 18.0));
}

#[test]
fn stop_46_years_in_brackets_after_a_task_and_wells_counted() {
    // A task followed by its years in brackets (…7.4万口(2013—2017年)) is of those years, a goal
    // in a text of 2015; 口 counts wells and ponds, but not in 口岸 or 一口气.
    let text = "2015-07-15\n让2606个撤并村通上公路(2013—2017年)。上半年建成道路4022公里；\
                累计解决了2585个撤并村通公路。整治山坪塘7.4万口(2013—2017年)。新增口岸3个。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "2606个"),
        ("target".into(), "2013/2017".into(), 2606.0)
    );
    assert_eq!(
        kpv(&v, "7.4万口"),
        ("target".into(), "2013/2017".into(), 7.4)
    );
    assert_eq!(written(&v, "7.4万口")["unit"], "万口");
    assert_eq!(kpv(&v, "2585个").0, "actual");
    assert!(v.iter().all(|c| c["as_written"] != "3个口岸"), "{v:?}");
    // Brackets that do not close the clause name no years of it.
    let v = candidates_of(&text.replace("(2013—2017年)。上半年", "(2013—2017年)的任务。上半年"));
    assert_ne!(kpv(&v, "2606个").1, "2013/2017");
}

#[test]
fn stop_46_a_table_written_as_lines_under_a_unit_caption() {
    // A table flattened into lines, its unit in the caption (（单位:万元）): each bare number ending
    // a part takes the unit; the year's plan is a goal, measured by the amount done.
    let text = "2023-11-20\n截至10月底，水利投资进展顺利。\n\
                2023年中央水利投资计划分类型完成情况（单位:万元）：\n\
                中小河流治理：年度计划181700，中央资金45659，已完成176828，完成率97.3%。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "181700")["unit"], "万元");
    assert_eq!(
        kpv(&v, "181700"),
        ("target".into(), "2023".into(), 181700.0)
    );
    assert_eq!(kpv(&v, "45659").0, "actual");
    assert_eq!(kpv(&v, "97.3%").2, 97.3);
    // Without the caption the bare numbers are no figures.
    let v = candidates_of(&text.replace("（单位:万元）", ""));
    assert!(v.iter().all(|c| c["as_written"] != "181700"), "{v:?}");
}

#[test]
fn stop_47_a_harvest_named_bare_is_the_crop_sown_before_it() {
    // 总产量 after 粮食播种面积 in its sentence is the grain's, so the 2008 goal is measured by
    // the 2007 grain output.
    let text =
        "2008-02-29\n2008年全省粮食播种面积确保稳定在4550万亩以上,总产量稳定在1150万吨左右。\
                回顾2007年,贵州粮食产量为1170.7万吨。\n";
    let v = candidates_of(text);
    assert!(written(&v, "1150万吨左右")["subject"]
        .as_str()
        .is_some_and(|s| s.contains("粮食")));
    let (rows, _) = report_text_of(text);
    assert!(
        rows.iter()
            .any(|r| r["target_value"].as_f64() == Some(1150.0)
                && r["base_value"].as_f64() == Some(1170.7)),
        "{rows:?}"
    );
}

#[test]
fn stop_47_a_range_of_two_chinese_digits() {
    // 三至四成 is one range, 30 % to 40 %, not a stray 四成.
    let v = candidates_of("2025-06-01\n廚餘佔城市固體廢物的三至四成。\n");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(written(&v, "三至四成")["value"].as_f64(), Some(30.0));
    // Months and quarters are no range of figures.
    assert!(candidates_of("2025-06-01\n一至三月产值增长5%。\n")
        .iter()
        .all(|c| c["value"].as_f64() == Some(5.0)));
}

#[test]
fn stop_47_a_density_keeps_its_unit() {
    // 58公里/百平方公里 is one figure, a road density, not 58公里 and a stray 百平方公里.
    let v = candidates_of("2021-11-29\n公路密度达到58公里/百平方公里。\n");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0]["unit"], "公里/百平方公里");
}

#[test]
fn stop_47_a_plan_naming_projects_counted_to_a_date() {
    // 截至目前，…已储备“十四五”重大项目7600多个: counted as of the document's date, not a
    // goal of 2025.
    let text =
        "2023-10-23\n截至目前,自治区重大项目库已储备“十四五”重大项目7600多个、总投资约10万亿元。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "7600多个"),
        ("actual".into(), "2023-10-23".into(), 7600.0)
    );
    // With no date counted to, “十四五”重大项目 is the plan's.
    let plan = "2023-10-23\n“十四五”重大项目计划完成投资10万亿元。\n";
    assert_eq!(kpv(&candidates_of(plan), "10万亿元").0, "target");
}

#[test]
fn stop_48_taiwans_metre_and_micrograms_of_air_are_units() {
    // 公尺 is Taiwan's metre; PM2.5 is told in 微克 per cubic metre, often with the metre
    // written before the number (每立方公尺為12.6微克) or left out (目標值14微克).
    let text = "2025-12-31\n今年的PM2.5平均濃度是每立方公尺12.6微克，在目標值14微克之下。\
                每人居住面積11.42平方公尺，水庫蓄水20萬立方公尺。今年臭氧紅色警示日數為88天。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "12.6微克"), "微克/立方米");
    assert_eq!(kpv(&v, "14微克"), ("target".into(), "2025".into(), 14.0));
    assert_eq!(unit_of(&v, "11.42平方公尺"), "平方米");
    assert_eq!(unit_of(&v, "20萬立方公尺"), "万立方米");
    assert_eq!(unit_of(&v, "88天"), "天");
}

#[test]
fn stop_48_the_count_of_names_just_listed_is_no_figure() {
    // 南宁、柳州、桂林、北海4家国家级高新区: 4家 counts the names before it, a determiner.
    let text = "2017-11-25\n除南宁、柳州、桂林、北海4家国家级高新区外，还有8家自治区级高新区。\
                桂林、南宁和柳州3个高新区完成工业总产值5444.97亿元。全市新建学校、医院5所。\n";
    let v = candidates_of(text);
    let written = as_written(&v);
    assert!(
        !written.contains(&"4家") && !written.contains(&"3个"),
        "{written:?}"
    );
    // A count that is not the list's length, or at a clause's end, stays a figure.
    assert!(
        written.contains(&"8家") && written.contains(&"5所"),
        "{written:?}"
    );
}

#[test]
fn stop_48_taiwans_strive_is_a_goal_word() {
    // 力拚 (力拼), Taiwan's 力争: what the county strives for is a goal.
    let text = "2024-04-16\n縣長表示，要力拚4年讓自來水普及率破9成。\n";
    assert_eq!(kpv(&candidates_of(text), "破9成").0, "target");
}

#[test]
fn stop_48_a_bare_scale_before_a_kind_of_people_counts_people() {
    // 7449万农村人口, 800多万常住人口: a bare 万 before people of a kind counts people.
    let text =
        "2022-12-14\n已完工的农村供水工程有16196处，7449万农村人口的供水保障水平由此提升。\n";
    let v = candidates_of(text);
    let c = v.iter().find(|c| c["value"] == 7449.0).expect("7449万");
    assert_eq!(c["unit"], "万人");
}

#[test]
fn stop_49_a_month_in_numerals_alone_is_a_month() {
    // Taiwan writes months in numerals with no year: 十一月外销订单, 九月首度跨越.
    let text = "2025-12-24\n經濟部昨日公布，十一月外銷訂單金額達729.2億美元，年增率高達39.5%。\
                接單金額是九月首度跨越700億美元。預計十二月底將有800家廠商量產。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "729.2億美元").1, "2025M11");
    assert_eq!(kpv(&v, "39.5%").1, "2025M11");
    assert_eq!(kpv(&v, "700億美元").1, "2025M9");
    // Not when a forecast was made (八月预测的), nor a name in quotes, nor 一月 (一月内).
    let not = "2013-11-30\n今年全年方面，由八月預測的2.31%下修到1.74%。\n\
               培育“新十二月市”等消費品牌，帶動消費184億元。\n";
    let v = candidates_of(not);
    assert_ne!(kpv(&v, "1.74%").1, "2013M8");
    assert_ne!(kpv(&v, "184億元").1, "2013M12");
}

#[test]
fn stop_49_a_range_in_numerals_is_one_figure() {
    // 七二○億至七四○億美元 is a range as 720億至740億美元 is: one figure, its low end kept,
    // the unit of its high end.
    let text = "2025-12-24\n經濟部估計，十二月接單金額為七二○億至七四○億美元。\
                第四季接單預估為二一四三億至二一六三億美元。\n";
    let v = candidates_of(text);
    assert_eq!(v.len(), 2, "{v:?}");
    let range = v.iter().find(|c| c["as_written"] == "七二○億至七四○億美元");
    let range = range.unwrap_or_else(|| panic!("no range: {v:?}"));
    assert_eq!(range["unit"], "亿美元");
    assert_eq!(range["value"], 720.0);
    // (Two amounts of different scales are two figures: 五千万至一亿元 is no range here.)
    let apart = "2025-12-24\n投資七千萬至一億元不等。\n";
    assert!(candidates_of(apart).len() >= 2);
}

#[test]
fn stop_50_a_price_per_a_measure_named_before_it() {
    // 每亩补助2000元, 按每头10元, 每公斤平均增长了0.2元: 元 per the measure after 每.
    let text = "2020-09-21\n全县对新建茶园每亩补助2000元，对出栏生猪按每头10元给予补助，\
                蔬菜单价每公斤平均增长了0.2元。全县农民人均增收300元，低保标准为每人每月75元。\n";
    let v = candidates_of(text);
    for (fig, unit) in [
        ("2000元", "元/亩"),
        ("10元", "元/头"),
        ("0.2元", "元/公斤"),
        ("300元", "元"),
        ("75元", "元"),
    ] {
        assert_eq!(written(&v, fig)["unit"], unit, "{fig}");
    }
}

#[test]
fn stop_50_a_share_of_the_years_goal_reached_and_a_long_list_in_points() {
    // 1月至10月…达到全年目标97%: the share of the year's goal reached by October, an actual of
    // the months; 回升20.4个、18.7个、21.7个、26.9个百分点: every item is in points.
    let text = "2021-12-03\n年初预增产值10亿元以上的43个重大增长点，1月至10月累计新增产值1249.1亿元，\
                达到全年目标97%。\n黄石市、鄂州市、荆州市、仙桃市增加值较9月份分别回升20.4个、18.7个、21.7个、\
                26.9个百分点。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "97%"), ("actual".into(), "2021M1-M10".into(), 97.0));
    let first = v.iter().find(|c| c["value"] == 20.4).expect("20.4");
    assert_eq!(first["unit"], "个百分点");
    // (A goal written after the year's goal stays one: 全年目标15%.)
    let goal = "2021-03-03\n今年全年目标15%。\n";
    assert_eq!(kpv(&candidates_of(goal), "15%").0, "target");
}

#[test]
fn stop_50_a_range_between_ends_written_high_to_low() {
    // 通膨更压在2%到1%之间: one range, 1 to 2 %, not signed by 下滑 in the clause before.
    let text = "2026-02-05\n今年失业率稳定下滑，通膨更压在2%到1%之间。\n";
    let v = candidates_of(text);
    let c = written(&v, "2%到1%");
    assert_eq!(c["value"], 1.0);
    assert_eq!(c["value_high"], 2.0);
    assert_eq!(v.len(), 1, "{v:?}");
    // (Two ends low to high, or high to low with no 之间, are read as before.)
    let change = "2026-02-05\n今年增速由2%到1%。\n";
    assert!(candidates_of(change)
        .iter()
        .all(|c| c["value_high"].is_null()));
}

#[test]
fn stop_51_a_wage_per_hour_raised_from_now() {
    // 每小时43.1元 is per hour; 从现时每小时42.1港元上调至43.1港元 carries the hour to the level
    // changed to. 将从/将由 is a change to come in a February text looking back on last year:
    // its end is a goal of this year, and 现时 in the sentence before is not its time.
    // 五月起 is this May, not last.
    let text = "2026-02-20\n法定最低工资五月起升至每小时43.1元。\n\
                最低工资水平将从现时每小时42.1港元上调至43.1港元。月薪将由约8,757元增至约8,965元。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "42.1港元")["unit"], "港元/小时");
    assert_eq!(written(&v, "43.1港元")["unit"], "港元/小时");
    assert_eq!(written(&v, "43.1元")["unit"], "元/小时");
    assert_eq!(kpv(&v, "43.1港元"), ("target".into(), "2026".into(), 43.1));
    assert_eq!(kpv(&v, "约8,965元").0, "target");
    assert_eq!(kpv(&v, "约8,965元").1, "2026");
    assert_eq!(kpv(&v, "43.1元").1, "2026M5");
    // A change with no 将 keeps the year reviewed.
    let past = "2026-02-20\n月薪由约8,000元增至约8,757元。\n";
    assert_eq!(
        kpv(&candidates_of(past), "约8,757元"),
        ("actual".into(), "2025".into(), 8757.0)
    );
}

#[test]
fn stop_51_a_list_after_respectively_shares_its_count_unit_and_years() {
    // 预计2025、2026、2027年会再分别安装44 000、40 000 及23 000个，总数将不少于14万个: the
    // first items share 个, each takes its year, the total after the comma its own.
    let text = "2025-01-13\n「EV屋苑充电易资助计划」已为约33 000个停车位装好设施，\
                预计2025、2026、2027年会再分别安装44 000、40 000 及23 000个，总数将不少于14万个。\n";
    let v = candidates_of(text);
    for (fig, year, value) in [
        ("44 000", "2025", 44000.0),
        ("40 000", "2026", 40000.0),
        ("23 000个", "2027", 23000.0),
    ] {
        assert_eq!(kpv(&v, fig), ("target".into(), year.into(), value), "{fig}");
    }
    assert_eq!(written(&v, "44 000")["unit"], "个");
    // Without 分别, a list joined by 、 shares only a rate's unit (2025、2026年 are years).
    let plain = "2025-01-13\n今年安装44000、40000及23000个。\n";
    assert!(candidates_of(plain)
        .iter()
        .all(|c| c["as_written"] != "44000"));
}

#[test]
fn stop_51_the_base_a_change_counts_from_dates_nothing_after_it() {
    // 截至2020年底…，较“十二五”末增加46.87万辆，其中纯电动汽车40万辆: the base compared with
    // is not the time of the figures after it; they stay at the end of 2020.
    let text = "2023-07-28\n截至2020年底，全省电动汽车保有量达到50.16万辆，\
                较“十二五”末增加46.87万辆，其中纯电动汽车40万辆，占比79.74%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "40万辆").1, "2020-12-31");
    assert_eq!(kpv(&v, "79.74%").1, "2020-12-31");
    assert_eq!(kpv(&v, "46.87万辆").0, "growth");
    assert_ne!(kpv(&v, "46.87万辆").1, "2015");
}

#[test]
fn stop_52_an_intensity_per_ten_thousand_yuan_keeps_its_unit() {
    // 万元GDP用水量60.6立方米/万元: water per 10,000 yuan of output, not 60.6 cubic metres;
    // the subject is the whole indicator.
    let text = "2017-05-01\n2016年万元国内生产总值用水量60.6立方米/万元，\
                比2015年的65.67立方米/万元下降7.72%；单位能耗1.713吨标煤/万元。\n";
    let v = candidates_of(text);
    for (fig, value) in [
        ("60.6立方米/万元", 60.6),
        ("65.67立方米/万元", 65.67),
        ("1.713吨标煤/万元", 1.713),
    ] {
        assert_eq!(kpv(&v, fig).2, value, "{fig}");
    }
    let row = written(&v, "60.6立方米/万元");
    assert_eq!(row["unit"], "立方米/万元");
    assert_eq!(row["subject"], "万元国内生产总值用水量");
}

#[test]
fn stop_52_yesterday_in_brackets_and_years_counted_between_spaces() {
    // Macau's 截至昨(9)日 is the day before the document's; Taiwan's 未來 4 年 is four years
    // ahead, as 未來4年 is.
    let text = "2023-12-10\n截至昨(9)日，劳工事务局已协助12,000人次成功就业。\n";
    assert_eq!(kpv(&candidates_of(text), "12,000人次").1, "2023-12-09");
    let taiwan = "2024-11-27\n他以此为目标，期望经济成长率未来 4 年平均3%。\n";
    assert_eq!(
        kpv(&candidates_of(taiwan), "3%"),
        ("target".into(), "2028".into(), 3.0)
    );
}

#[test]
fn stop_52_cubic_metres_written_m3_with_a_space() {
    // 近1500万m 3: m³ flattened by a copy from a PDF; also m³ itself.
    let text = "2017-05-13\n全县每年节约水量近1500万m 3 。日供水能力2万m³。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "近1500万m 3")["unit"], "万立方米");
    assert_eq!(written(&v, "2万m³")["unit"], "万立方米");
}

#[test]
fn stop_52_quarters_written_as_codes() {
    // Taiwan's 112Q1 (ROC 112 = 2023) and 2023Q1 are first quarters; not 5G or a model name.
    let text = "2025-05-06\n今年第一季預算達成率15.1%，次低為112Q1 的15.9%，\
                最高為110Q1 的19.38%；相較2024Q1 的116.5%明顯偏低。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "15.9%").1, "2023Q1");
    assert_eq!(kpv(&v, "19.38%").1, "2021Q1");
    assert_eq!(kpv(&v, "116.5%").1, "2024Q1");
}

#[test]
fn stop_53_rows_naming_their_unit_are_a_table() {
    // A plan's indicator table pasted without bars: each row names its unit in brackets, its
    // numbers fill the heading's last columns (2010年实绩, 2015年目标), section lines between.
    let text = "2011-03-01\n“十二五”现代农业主要经济指标表\n类别 指标 2010年实绩 2015年目标\n\
                一、经济增长\n农业增加值(亿元) 81.53 163\n二、结构\n\
                农业适度规模经营占比(%) 40.45 60\n";
    let v = candidates_of(text);
    let read = |w: &str| {
        let c = written(&v, w);
        let k = kpv(&v, w);
        (
            k.0,
            k.1,
            c["unit"].as_str().unwrap().to_string(),
            c["subject"].as_str().unwrap().to_string(),
        )
    };
    let row = |k: &str, p: &str, u: &str, s: &str| (k.into(), p.into(), u.into(), s.into());
    assert_eq!(read("81.53"), row("actual", "2010", "亿元", "农业增加值"));
    assert_eq!(read("163"), row("target", "2015", "亿元", "农业增加值"));
    assert_eq!(
        read("40.45"),
        row("actual", "2010", "%", "农业适度规模经营占比")
    );
    assert_eq!(
        read("60"),
        row("target", "2015", "%", "农业适度规模经营占比")
    );
    // Written out as sentences, the words before each number are its column, and they take
    // the year they were named with (每项先列2010年实绩).
    let text = "2011-03-01\n主要指标如下（每项先列2010年实绩，后列2015年目标）：\n\
                一、经济增长：农业增加值（亿元）实绩81.53、目标163；粮食总产(万吨)实绩119.6、目标100。\n";
    let v = candidates_of(text);
    assert_eq!(
        read_in(&v, "119.6"),
        ("actual".into(), "2010".into(), "万吨".into())
    );
    assert_eq!(
        read_in(&v, "100"),
        ("target".into(), "2015".into(), "万吨".into())
    );
    // Prose after a bracketed unit is no table: its bare number stays unread.
    let v = candidates_of("2011-03-01\n产值(亿元)比上年增长较快，全年达到81.53。\n");
    assert!(v.iter().all(|c| c["as_written"] != "81.53"), "{v:?}");
}

#[test]
fn stop_53_a_small_percent_sign_and_the_goals_value() {
    // 27.72﹪ (the small percent sign), 14,990.6仟元 (the formal thousand), and the goal's value
    // after 目标值, passed or not; a multiple of it (超越目标值1.46倍) is by how much.
    let text = "2007-03-01\n95年度全國資源回收率為27.72﹪，已超過95年度的目標值26﹪；\
                補助金額合計14,990.6仟元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "27.72﹪"), ("actual".into(), "2006".into(), 27.72));
    assert_eq!(kpv(&v, "26﹪").0, "target");
    assert_eq!(written(&v, "27.72﹪")["unit"], "%");
    assert_eq!(kpv(&v, "14,990.6仟元").2, 14_990_600.0);
    assert_eq!(written(&v, "14,990.6仟元")["unit"], "元");
    let v = candidates_of("2022-03-01\n去年出口额超越目标值1.46倍。\n");
    assert_ne!(kpv(&v, "1.46倍").0, "target");
}

#[test]
fn stop_53_the_tenth_plan_named_as_a_number_is_a_plan() {
    // “十五”时期 and 十五期间 are 2001—2005, and what they built over it is a count over the
    // span; 十五个县 and 二十五个 stay numbers. What is to be spent over 十一五 is too.
    let v = candidates_of("2006-02-13\n“十五”时期全省新建和改建的农村油路共5.1万公里。\n");
    assert_eq!(kpv(&v, "5.1万公里").1, "2001/2005");
    let v = candidates_of("2006-02-13\n十五期间全省新建农村油路共5.1万公里。\n");
    assert_eq!(kpv(&v, "5.1万公里").1, "2001/2005");
    let v =
        candidates_of("2006-02-13\n河北省打算在“十一五”期间把170亿元资金用在农村公路建设上。\n");
    assert_eq!(
        kpv(&v, "170亿元"),
        ("target".into(), "2006/2010".into(), 170.0)
    );
    let v = candidates_of("2006-02-13\n全省有十五个县、二十五个乡新建农村油路。\n");
    assert_eq!(kpv(&v, "十五个").2, 15.0);
    assert_eq!(kpv(&v, "二十五个").2, 25.0);
}

#[test]
fn stop_53_flows_per_second_and_station_days_are_units() {
    // 573.2立方米/秒 is a capacity per second, not 573.2 cubic metres; 176站日 counts
    // station-days over a limit.
    let v = candidates_of(
        "2021-12-28\n排水泵站的排水能力新增573.2立方米/秒。今年PM2.5红害站日合计176站日。\n",
    );
    assert_eq!(written(&v, "573.2立方米/秒")["unit"], "立方米/秒");
    assert_eq!(written(&v, "176站日")["unit"], "站日");
    // 1亿头只: head of cattle and sheep together.
    let v = candidates_of(
        "2013-02-26
牧业年度牲畜存栏已连续8年保持在1亿头只以上。
",
    );
    assert_eq!(written(&v, "1亿头只以上")["unit"], "亿头只");
}

#[test]
fn stop_54_a_years_goal_named_after_what_it_counts() {
    // 完成引进3900亿元国内到位资金的年度目标: the year's goal, named a few words after its
    // figure, is the whole year's, whatever months the paragraph reported before it.
    let text = "2023年以来，第一季度全区完成招商引资国内到位资金432.3亿元，同比增长52%。\
                下一步将全力完成引进3900亿元国内到位资金的年度目标。\n";
    for date in ["2023-03-20", "2023-05-04", "2023-12-31"] {
        let v = candidates_of(&format!("{date}\n{text}"));
        assert_eq!(
            kpv(&v, "3900亿元"),
            ("target".into(), "2023".into(), 3900.0),
            "{date}"
        );
        assert_eq!(kpv(&v, "432.3亿元").1, "2023Q1");
    }
}

#[test]
fn stop_54_a_count_listed_among_the_years_public_projects() {
    // 新建改建60座口袋公园已列入…2024年为民办实事项目: a project promised, a goal of the year
    // the list is named for, measured by what was built by the end of June.
    let text = "2024-07-05\n口袋公园是上海推进公园城市建设的重要一环，新建改建60座口袋公园已列入市委市政府\
                2024年为民办实事项目。截至6月底，全市已建成并开放口袋公园36座。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "60座"), ("target".into(), "2024".into(), 60.0));
    assert_eq!(
        written(&v, "60座")["subject"],
        written(&v, "36座")["subject"]
    );
    // In December, the year's promise stays a goal (not the year's estimate).
    let text = "2022-12-27\n今年，“新建改建60个口袋公园”项目列入了市委、市政府为民办实事项目。\
                截至12月20日，今年全市已建成口袋公园80个。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "60个"), ("target".into(), "2022".into(), 60.0));
    // (Not a result reported before the listing: 已建成80个，列入…)
    let v = candidates_of("2022-12-27\n全市已建成口袋公园80个，列入为民办实事项目。\n");
    assert_eq!(kpv(&v, "80个").0, "actual");
}

#[test]
fn stop_54_a_quoted_name_after_a_count_is_what_it_counts() {
    // 省里给邢台定下的110处“口袋公园”建设任务: what is counted is in quotes after the count,
    // not the words before it (定下的); the goal links to 累计完成139处口袋公园.
    let text = "2022-10-24\n今年，省里给邢台定下的110处“口袋公园”建设任务已经全部完成。\
                目前全市累计完成口袋公园139处。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "110处")["subject"], "口袋公园");
    assert_eq!(kpv(&v, "110处").0, "target");
    // (An unclosed quote names nothing: 共3个“十佳 stays read from the words before.)
    let v = candidates_of("2022-10-24\n全市评出示范园区3个“十佳。\n");
    assert_ne!(written(&v, "3个")["subject"], "十佳");
}

#[test]
fn stop_55_a_fall_written_降_or_削减() {
    // 单位GDP能耗降5.2% (a headline's 降 alone) and 削减目标分别为1%、2.5% are falls; 降本
    // and 降碳 are words of their own.
    let v = candidates_of("2016-08-19\n上半年我国单位GDP能耗降5.2%，发电结构优化。\n");
    assert_eq!(kpv(&v, "5.2%"), ("growth".into(), "2016H1".into(), -5.2));
    let v =
        candidates_of("2015-08-01\n我省今年化学需氧量、氨氮排放量的年度削减目标分别为1%和2.5%。\n");
    assert_eq!(kpv(&v, "1%"), ("target".into(), "2015".into(), -1.0));
    assert_eq!(kpv(&v, "2.5%"), ("target".into(), "2015".into(), -2.5));
    let v = candidates_of("2016-08-19\n企业降本增效，利润增长5.2%。\n");
    assert_eq!(kpv(&v, "5.2%").2, 5.2);
}

#[test]
fn stop_55_people_counted_after_words_of_their_kind() {
    // 2.66亿农村居民, 1460多万农村学校师生, 6.43万农村饮水人口: a bare scale counts the people
    // named after a word of their kind.
    let text =
        "2012-04-27\n截至2011年年底，已解决2.66亿农村居民和1460多万农村学校师生的饮水安全问题，\
                可让6.43万农村饮水人口受益。\n";
    let v = candidates_of(text);
    for (w, unit) in [("2.66亿", "亿人"), ("1460多万", "万人"), ("6.43万", "万人")] {
        assert_eq!(written(&v, w)["unit"], unit, "{w}: {v:?}");
    }
}

#[test]
fn stop_55_public_is_part_of_the_words() {
    // 公共图书馆, 公共化幼儿园: 共 inside 公共 is no 共 (in all) that ends the words before it.
    let v = candidates_of("2025-12-20\n今年公共化幼儿园再增13班，全县共有图书馆20个。\n");
    let subject = |w: &str| written(&v, w)["subject"].as_str().unwrap().to_string();
    assert!(subject("13班").starts_with("公共化幼儿园"), "{v:?}");
    assert!(!subject("20个").contains('共'), "{v:?}");
}

#[test]
fn stop_56_short_of_a_goal_by_points_said_ta_mubiao() {
    // 同比增长3.2%，塌目标1.8个百分点 (Kunming): fallen short of the goal, a negative gap, like
    // 低于目标; 高于目标2.1个百分点 stays positive.
    let text = "2023-08-01\n2023年上半年，全区地区生产总值同比增长3.2%，塌目标1.8个百分点；\
                规模以上工业增加值同比增长10.1%，高于目标2.1个百分点。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "1.8个百分点").2, -1.8, "{v:?}");
    assert_eq!(kpv(&v, "2.1个百分点").2, 2.1, "{v:?}");
}

#[test]
fn stop_56_hong_kong_cents_are_a_unit() {
    // 中电的平均净电费为每度电144.3仙: Hong Kong's cents, a unit of their own; 每度电减约3仙 a cut.
    let text = "2025-11-18\n今年1月，中电的平均净电费为每度电144.3仙，港灯则为每度电167仙。\
                两电平均净电费每度电减约3仙。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "144.3仙")["unit"], "仙", "{v:?}");
    assert_eq!(written(&v, "167仙")["unit"], "仙", "{v:?}");
    assert_eq!(kpv(&v, "约3仙").2, -3.0, "{v:?}");
    // (Not 八仙 nor a place: 仙桃市.)
    let v = candidates_of("2025-11-18\n湖北省3仙桃市项目。八仙过海。\n");
    assert!(v.iter().all(|c| c["unit"] != "仙"), "{v:?}");
}

#[test]
fn stop_56_times_and_as_of_words_are_no_part_of_an_indicator() {
    // 到7月31日为止仍生产油气当量1808万吨 … 其油气产量当量将在2020年和2025年分别达到3000万吨、
    // 3500万吨: neither 为止仍 nor the list's years and 分别 are words of the quantity, so the
    // goals are linked to the output to date.
    let text = "2020-08-07\n塔里木油田公司到7月31日为止仍生产油气当量1808万吨。\
                其油气产量当量将在2020年和2025年分别达到3000万吨、3500万吨。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "1808万吨")["subject"], "生产油气当量", "{v:?}");
    same_subject(&v, "3000万吨", "1808万吨");
    same_subject(&v, "3500万吨", "1808万吨");
}

#[test]
fn stop_56_a_bare_scale_takes_the_unit_of_the_nearer_words() {
    // 投资教育培育竹县人才 115年教育预算突破201亿: 预算, nearer than 人才, says 元.
    let v = candidates_of("2025-12-15\n投资教育培育竹县人才 115年教育预算突破201亿创新高\n");
    assert_eq!(written(&v, "突破201亿")["unit"], "亿元", "{v:?}");
    // (People named nearer than money stay people: 财政收入增加，就业3万.)
    let v = candidates_of("2025-12-15\n全县财政收入增加，带动财政性就业3万。\n");
    assert_eq!(written(&v, "3万")["unit"], "万人", "{v:?}");
}

#[test]
fn stop_56_a_bare_zhao_before_money_is_one_trillion_and_parcels_are_counted() {
    // 电子商务将成兆元产业 (Taiwan): one 兆 (万亿) yuan, like 破万亿; 快递业单月业务量突破10亿:
    // parcels, not yuan.
    let text = "2012-01-05\n预期2015年电子商务将跻身兆元产业。\
                2013年12月，快递业单月业务量突破10亿。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "兆元").2, 1.0, "{v:?}");
    assert_eq!(written(&v, "兆元")["unit"], "万亿元", "{v:?}");
    assert_eq!(written(&v, "突破10亿")["unit"], "亿件", "{v:?}");
    // (兆瓦 stays a unit of power: 装机100兆瓦.)
    let v = candidates_of("2012-01-05\n装机100兆瓦。\n");
    assert_eq!(written(&v, "100兆瓦")["unit"], "兆瓦", "{v:?}");
}

#[test]
fn stop_56_forecast_words_are_no_part_of_an_indicator() {
    // 全年汽车销量将有望超过2700万辆: the indicator is 汽车销量, not 汽车销量将有望.
    let text = "2022-07-15\n据中国汽车工业协会预测，全年汽车销量将有望超过2700万辆，\
                新能源汽车销量可望达到550万辆。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "超过2700万辆")["subject"], "汽车销量", "{v:?}");
    assert_eq!(written(&v, "550万辆")["subject"], "新能源汽车销量", "{v:?}");
}

#[test]
fn stop_57_a_multiple_of_last_years_count_is_of_this_year() {
    // 是去年开工数的2.2倍: last year's count is the multiple's base, not its time; 低過去年的3%
    // is last year's figure, of last year.
    let v = candidates_of("2014-10-20\n到9月底，全省合计开工48.3万套，是去年开工数的2.2倍。\n");
    assert_eq!(kpv(&v, "2.2倍").1, "2014-09-30", "{v:?}");
    let v = candidates_of("2016-02-24\n曾俊華預計本年整體通脹率為2.3%，低過去年的3%。\n");
    assert_eq!(kpv(&v, "3%").1, "2015", "{v:?}");
}

#[test]
fn stop_57_aimed_at_and_points_per_thousand() {
    // 今年軟件業收入瞄準1500億元: a goal, of 软件业收入; 下降0.02个千分点: points of a rate per
    // thousand, a figure of its own.
    let v = candidates_of("2016-03-23\n今年軟件業收入瞄準1500億元。\n");
    assert_eq!(kpv(&v, "1500億元").0, "target", "{v:?}");
    assert_eq!(written(&v, "1500億元")["subject"], "软件业收入", "{v:?}");
    let v = candidates_of("2012-07-20\n上半年出生率4.49‰，比去年同期下降0.02个千分点。\n");
    assert_eq!(written(&v, "0.02个千分点")["unit"], "个千分点", "{v:?}");
    // 負成長百分之十二點五二, 出口3%负成长: Taiwan's 负成长 is a fall, as 负增长.
    let v = candidates_of(
        "2012-12-20
內政部統計顯示，十一月出生數負成長百分之十二點五二，較去年減少。
",
    );
    assert_eq!(kpv(&v, "百分之十二點五二").2, -12.52, "{v:?}");
}

#[test]
fn stop_57_a_bare_scale_takes_the_unit_of_the_figure_before() {
    // 預計達14.5億人；2050年會降到14億左右: no counted or money word in the clause, so the unit of
    // the scaled figure before it in its sentence (人, not 元 assumed).
    let text = "2017-03-11\n王培安預測，2030年大陸人口預計達14.5億人；2050年會降到14億左右。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "14億左右")["unit"], "亿人", "{v:?}");
    // (A money word still makes it 元.)
    let v = candidates_of("2017-03-11\n去年收入14.5億人民幣；今年預算會升到16億左右。\n");
    assert_eq!(written(&v, "16億左右")["unit"], "亿元", "{v:?}");
}

#[test]
fn stop_58_the_first_months_written_tou() {
    // Hong Kong's 今年頭七個月 is 前七个月: the year's first seven months, so its 按年增長 is
    // what they saw, not a goal of the year under way.
    let text = "2024-08-20\n今年頭七個月全國社會物流總額201.9萬億元，按年增長5.2%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "201.9萬億元").1, "2024M1-M7", "{v:?}");
    assert_eq!(kpv(&v, "5.2%"), ("growth".into(), "2024M1-M7".into(), 5.2));
}

#[test]
fn stop_58_a_list_of_bare_amounts_ending_in_a_cost() {
    // 分别增加14.41億、253.52億及14.79億成本: the word after the list names them all, in 元.
    let text = "2024-09-19\n勞方、資方與政府分別增加14.41億、253.52億及14.79億成本。\n";
    let v = candidates_of(text);
    for w in ["14.41億", "253.52億", "14.79億"] {
        assert_eq!(written(&v, w)["unit"], "亿元", "{w} {v:?}");
    }
}

#[test]
fn stop_59_builders_cubic_metres() {
    // 再生混凝土58余万方，…建筑废弃物共1666867方: 方 is a cubic metre, at a word's end only
    // (not 3方面, nor 双方).
    let text =
        "2018-04-20\n再生混凝土58余万方。全市产生建筑废弃物共1666867方，双方签约落实3方面措施。\n";
    let v = candidates_of(text);
    let units: Vec<(String, String)> = v
        .iter()
        .map(|c| {
            (
                c["as_written"].as_str().unwrap().to_string(),
                c["unit"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        units.contains(&("58余万方".into(), "万立方米".into())),
        "{units:?}"
    );
    assert!(
        units.contains(&("1666867方".into(), "立方米".into())),
        "{units:?}"
    );
    assert!(!units.iter().any(|(w, _)| w.contains("3方")), "{units:?}");
}

#[test]
fn stop_60_vaccine_doses_and_person_years() {
    // 接种新冠疫苗11469.0万剂次, 採購668萬劑: doses are counted; 研发人员572万人年 counts
    // person-years, but 完成4600人年计划的61.78% is 4600 people against a yearly plan.
    let text = "2021-04-06\n全省累计接种新冠疫苗11469.0万剂次，今年共采购668万剂疫苗。\
                研发人员总量为572万人年。城镇新增就业2842人，完成4600人年计划的61.78%。\n";
    let v = candidates_of(text);
    let units = pairs(&v, "as_written", "unit");
    for (w, u) in [
        ("11469.0万剂次", "万剂次"),
        ("668万剂", "万剂"),
        ("572万人年", "万人年"),
        ("4600人", "人"),
    ] {
        assert!(units.contains(&(w, u)), "{w} in {u}: {units:?}");
    }
}

#[test]
fn stop_60_age_groups_are_no_figures() {
    // 16815人介乎18至30歲，225人為61歲或以上 (fresh133/01), 2歲專班 (fresh107/05): ages that
    // name a group; 人均预期寿命达到79岁 states one.
    let text = "2023-12-16\n16815人介乎18至30歲,225人為61歲或以上。\
                增加2歲專班10班。人均预期寿命达到79岁。\n";
    let v = candidates_of(text);
    let written = as_written(&v);
    assert!(
        written.contains(&"16815人") && written.contains(&"225人"),
        "{written:?}"
    );
    assert!(written.contains(&"79岁"), "{written:?}");
    assert!(!written.iter().any(|w| w.contains("歲")), "{written:?}");
}

#[test]
fn stop_60_broadband_speeds_and_taiwan_dollars() {
    // 下行速率高達9340.22Mbps (fresh135/03): a speed measured; 接入速率100Mbps及以上的用户 names
    // a class of users; 約4.05兆台幣 is in 新台币.
    let text =
        "2025-06-01\n下行速率高达9340.22Mbps。接入速率100Mbps及以上的固定宽带用户达6.48亿户。\n";
    let v = candidates_of(text);
    let units = pairs(&v, "as_written", "unit");
    assert!(units.contains(&("9340.22Mbps", "Mbps")), "{units:?}");
    assert!(units.contains(&("6.48亿户", "亿户")), "{units:?}");
    assert!(
        !units.iter().any(|(w, _)| w.starts_with("100Mbps")),
        "{units:?}"
    );
    let v = candidates_of("2025-06-01\n鐵路投資完成人民幣9015億元(約4.05兆台幣)。\n");
    let units = pairs(&v, "as_written", "unit");
    assert!(units.contains(&("約4.05兆台幣", "万亿新台币")), "{units:?}");
}

#[test]
fn stop_60_what_the_review_found_misread() {
    // The stop's review: a change made today is no goal (1年期LPR由当前的3.65%下调至3.55%);
    // a bracket before 日均 is no news day; a change by an age range states one; a speed
    // before 的目标 is a goal, not a class of users; 500人年增收 counts people.
    let text = "2025-10-28\n今日，1年期LPR由当前的3.65%下调至3.55%。\
                地铁（含有轨电车）日均客运量150万人次。人均预期寿命提高1-2岁。\
                宽带接入能力达到100Mbps的目标。带动500人年增收2000元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "3.55%").0, "actual");
    assert_eq!(written(&v, "150万人次")["subject"], "日均客运量");
    assert_eq!(kpv(&v, "1-2岁").2, 1.0);
    assert_eq!(kpv(&v, "100Mbps").0, "target");
    assert_eq!(written(&v, "500人")["unit"], "人");
}

#[test]
fn stop_61_full_width_points_and_dashes() {
    // 佔國內生產總值的比重為１﹒１５％；２０２１－２０２３年，…年均增速１１﹒６％ (fresh134/04): a
    // small full stop between digits is their point, a full-width hyphen between years a range.
    let text = "2025-09-09\n２０２３年全國體育產業增加值達到１４９１５億元，佔國內生產總值的比重為\
                １﹒１５％；２０２１－２０２３年，體育產業增加值年均增速１１﹒６％。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "１﹒１５％").2, 1.15);
    assert_eq!(
        kpv(&v, "１１﹒６％"),
        ("growth".into(), "2021/2023".into(), 11.6)
    );
}

#[test]
fn stop_61_fractions_in_words_are_percentages() {
    // 所占比重達到五分之一 (fresh134/03), 經濟總量占全國的十分之一以上 (fresh138/06), 下降三分之一:
    // fractions in words, as percentages with their bounds; a rank's bound (前五分之一) is none.
    let text = "2023-05-01\n广东体育产业在全国总规模中所占比重达到五分之一。\
                高新区经济总量占全国的十分之一以上。单位成本下降三分之一。\
                进入前五分之一的学校有12所。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "五分之一").2, 20.0);
    assert_eq!(written(&v, "十分之一以上")["unit"], "%");
    assert_eq!(kpv(&v, "十分之一以上").2, 10.0);
    assert_eq!(kpv(&v, "三分之一").2, -33.33, "{v:?}");
    assert!(
        !as_written(&v).iter().any(|w| w.contains("前五分之一")),
        "{v:?}"
    );
}

#[test]
fn stop_62_ship_tonnages_and_index_points() {
    // 造船完工量達到755萬載重噸 (fresh143/02), 海洋工程完工量389萬綜合噸，兩者合計1196萬總噸位
    // (fresh143/10): ships' own measures, not money; 指數升至189點，同比提高37點: an index's
    // points, where 8點 with no index is a time of day.
    let text =
        "2011-11-09\n今年前三季度南通造船完工量達到531.4萬載重噸，海洋工程完工量389萬綜合噸，\
                兩者合計1196萬總噸位。全行業經濟效益綜合指數升至189點，同比提高37點。\
                會議於上午8點召開，新增企業12家。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "531.4萬載重噸"), "万载重吨");
    assert_eq!(unit_of(&v, "389萬綜合噸"), "万综合吨");
    assert_eq!(unit_of(&v, "1196萬總噸位"), "万总吨");
    assert_eq!(kpv(&v, "189點").2, 189.0);
    assert_eq!(kpv(&v, "37點").0, "growth");
    assert!(v.iter().all(|c| c["as_written"] != "8點"), "{v:?}");
}

#[test]
fn stop_62_loans_counted_in_bi() {
    // 發放個人公積金貸款1056筆 (fresh141/01, 08): loans counted; 一笔资金 is a sum, 笔者 a writer.
    let text =
        "2013-05-15\n2012年全市發放個人公積金貸款1056筆，金額1.86億元；累計發放貸款筆數12.3萬筆。\
                笔者认为这是一笔资金。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "1056筆")["unit"], "笔");
    assert_eq!(written(&v, "12.3萬筆")["unit"], "万笔");
    assert_eq!(v.len(), 3, "{v:?}");
}

#[test]
fn stop_62_one_hundred_per_cent_in_words_and_a_ranges_scale() {
    // 開工率百分百, 基本建成率超百分百 (fresh144/01): 100%, not in a quoted name (三个“百分百”);
    // 約3至4百萬元, 3至5千萬 (fresh146/08, 10): the 百 or 千 after the high end multiplies the
    // low end too (300 to 400 万元, 3000 to 5000 万); 800至900万 stays 800 to 900 万.
    let text = "2025-09-02\n开工率百分百，基本建成率超百分百，实现了三个“百分百”。\
                业者实际要出的钱已降至约3至4百万元，站场平均要花3至5千万，每年800至900万观光客。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "百分百")["value"], 100.0);
    assert_eq!(written(&v, "超百分百")["qualifier"], "at_least");
    assert_eq!(v.iter().filter(|c| c["unit"] == "%").count(), 2, "{v:?}");
    let range = |w: &str| {
        let c = written(&v, w);
        (
            c["value"].as_f64().unwrap(),
            c["value_high"].as_f64().unwrap(),
            c["unit"].clone(),
        )
    };
    assert_eq!(range("约3至4百万元"), (300.0, 400.0, "万元".into()));
    assert_eq!(range("3至5千万").0, 3000.0);
    assert_eq!(range("800至900万").0, 800.0);
}

#[test]
fn stop_62_area_symbols_as_typeset() {
    // 完成水土流失綜合治理面積3959.1h㎡ (fresh147/04): hm² is the hectare; ㎡, m², km² the
    // square metre and kilometre.
    let text =
        "2024-03-01\n去年完成水土流失综合治理面积3959.1h㎡，新建广场1.2万㎡，恢复湿地30km²，\
                造林500hm²。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "3959.1h㎡"), "公顷");
    assert_eq!(unit_of(&v, "1.2万㎡"), "万平方米");
    assert_eq!(unit_of(&v, "30km²"), "平方公里");
    assert_eq!(unit_of(&v, "500hm²"), "公顷");
}

#[test]
fn stop_62_points_only_of_an_index_moved_and_loans_in_yi() {
    // (Review of stop 62's rules.) 指数在凌晨3点达到峰值 is a time of day, 指数提出3点建议 a count
    // of points made, 8点半 a time; 3.2亿笔 counts deals, not money.
    let text = "2024-11-20\n全市空气质量指数在凌晨3点达到峰值。围绕营商环境指数提出3点建议。\
                空气质量指数每天8点半发布。全市移动支付业务3.2亿笔。\n";
    let v = candidates_of(text);
    assert!(v.iter().all(|c| c["unit"] != "点"), "{v:?}");
    assert_eq!(written(&v, "3.2亿笔")["unit"], "亿笔");
}

#[test]
fn stop_62_a_count_named_with_shu_before_chinese_numerals() {
    // 占公車總數十六％ (fresh146/09): 数 ends the name 总数, so 十六％ is 16%; 企业数十家 is
    // vague (dozens), no figure.
    let text =
        "2025-10-21\n到今年底，全市電動公車將達到四百輛，占公車總數十六％。另有企业数十家。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "十六％")["value"], 16.0);
    assert!(v.iter().all(|c| c["as_written"] != "十家"), "{v:?}");
}

#[test]
fn stop_62_about_before_a_range() {
    // 業者實際要出的錢已降至約3至4百萬元 (fresh146/08): 约 before the low end makes the whole
    // range about; 3至4百万元 alone is exact.
    let text = "2025-09-02\n业者实际要出的钱已降至约3至4百万元，另一家要3至4百万元。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "约3至4百万元")["qualifier"], "about");
    assert_eq!(written(&v, "3至4百万元")["qualifier"], "exact");
}

#[test]
fn stop_63_kilowatt_hours_spelled_out_litres_and_millimetres() {
    // 全縣工業用電量2.61億千瓦小時 (fresh148/09): energy, not 亿千瓦 of power; 每日人均用水量約150
    // 公升 (fresh145/11): litres; 年降水量仅有33毫米 (fresh145/04): a depth. 升 alone after a
    // level stays a verb (指数从105升至110).
    let text = "2024-06-02\n全县工业用电量2.61亿千瓦小时，同比增长18.5%。本港住宅每日人均用水量\
                约150公升。和田地区年降水量仅有33毫米。综合指数从105升至110点。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "2.61亿千瓦小时"), "亿千瓦时");
    assert_eq!(unit_of(&v, "约150公升"), "升");
    assert_eq!(unit_of(&v, "33毫米"), "毫米");
    assert!(
        v.iter().all(|c| c["unit"] != "升" || c["value"] == 150.0),
        "{v:?}"
    );
}

#[test]
fn stop_67_charging_guns_and_counties_are_counted() {
    // 已受理19縣市，已核定7縣市，補助慢充1,653槍 (fresh168/05): counties and cities, and a
    // charging pile's guns, are counts.
    let text = "2023-08-01\n經濟部表示,已受理19縣市申請,已核定7縣市,補助慢充1,653槍、快充199槍;\
                目前已達12,334槍,力拚年底突破1.5萬槍。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "19縣市"), "县市");
    assert_eq!(unit_of(&v, "1,653槍"), "枪");
    assert_eq!(written(&v, "1,653槍")["value"], 1653.0);
    assert_eq!(unit_of(&v, "突破1.5萬槍"), "万枪");
    assert_eq!(written(&v, "突破1.5萬槍")["kind"], "target");
    // Not shots (连开3枪), nor 县 before 市场 (11县市场监管局).
    let shots = "2023-10-01\n警方通报,嫌疑人连开3枪后逃离现场,造成2人受伤。\n";
    assert!(candidates_of(shots).iter().all(|c| c["unit"] != "枪"));
    let market = "2023-10-01\n全省11县市场监管局开展专项检查,查处案件320件。\n";
    assert!(candidates_of(market).iter().all(|c| c["unit"] != "县市"));
}

#[test]
fn stop_67_a_bare_scale_before_people_of_an_age_or_trade_counts_them() {
    // 120余万婴幼儿享受到育儿补贴，43万儿童 (fresh18/05), 约23万产业工人 (fresh67/09), 105万建档
    // 立卡贫困人口 (fresh96/04): people, not 元 assumed.
    let text = "2025-01-10\n120余万婴幼儿享受到育儿补贴,43万儿童享受到学前一年免费教育。\
                山西每天有约23万产业工人在井下。广西计划今年完成105万建档立卡贫困人口脱贫。\n";
    let v = candidates_of(text);
    for w in ["120余万", "43万", "约23万", "105万"] {
        assert_eq!(written(&v, w)["unit"], "万人", "{w}");
    }
    // Money stays money (补贴资金120万).
    let money = "2025-01-10\n发放育儿补贴资金120万。\n";
    assert_eq!(written(&candidates_of(money), "120万")["unit"], "万元");
    // Money for people (工人工资, 残疾人补助资金) or after a verb of money (投资2亿) is money.
    let v = candidates_of(
        "2024-03-01\n劳动监察部门共追回拖欠的50万工人工资。区财政拨付3000万残疾人补助资金,\
         惠及1.2万残疾人。市里投资2亿工人文化宫改造项目已开工。\n",
    );
    assert_eq!(written(&v, "50万")["unit"], "万元");
    assert_eq!(written(&v, "3000万")["unit"], "万元");
    assert_eq!(written(&v, "1.2万")["unit"], "万人");
    assert_eq!(written(&v, "2亿")["unit"], "亿元");
}

#[test]
fn stop_67_hours_flown_racks_computing_power_storage_and_watts() {
    // 全年作業飛行135.7萬小時 (fresh170/02), 810萬標準機架, 280EFLOPS, 800EB, 已達 700 瓦
    // (fresh171): units of their own; not 24小时服务 (no scale), nor the 瓦 of 7千瓦.
    let text =
        "2024-05-01\n全年作業飛行135.7萬小時,提供24小时服务。數據中心機架總規模超過810萬標準機架,\
                算力总规模达280EFLOPS,存储容量达到800EB。單機櫃功率已達 700 瓦,装机7千瓦。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "135.7萬小時"), "万小时");
    assert_eq!(unit_of(&v, "超過810萬標準機架"), "万标准机架");
    assert_eq!(unit_of(&v, "280EFLOPS"), "EFLOPS");
    assert_eq!(unit_of(&v, "800EB"), "EB");
    assert_eq!(unit_of(&v, "700 瓦"), "瓦");
    assert_eq!(unit_of(&v, "7千瓦"), "千瓦");
    assert!(v.iter().all(|c| c["unit"] != "小时"), "{v:?}");
}

#[test]
fn stop_68_dollars_with_a_latin_scale_after_the_digits() {
    // 新台幣8,670億元(USD$28.1B) (fresh174/05): billions of US dollars, the same amount again,
    // of the figure before it; M is millions; a bare $ (whose dollar?) or a word after the
    // digits (US$3Bond) is not read.
    let text = "2020-11-20\n2020年第三季台灣IC設計業產值為新台幣2,435億元(USD$7.9B),\
                香港基金規模為HK$3.2M。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "7.9B"), "十亿美元");
    assert_eq!(written(&v, "7.9B")["value"], 7.9);
    let subject = written(&v, "7.9B")["subject"].as_str().unwrap().to_string();
    assert!(subject.contains("IC设计业产值"), "{subject}");
    assert_eq!(written(&v, "3.2M")["unit"], "百万港元");
    let bare = "2020-11-20\n募得$5B,發行US$3Bond。\n";
    assert!(candidates_of(bare).is_empty(), "{bare}");
}

#[test]
fn stop_68_chips_are_counted_after_a_scale() {
    // 6月份全国当月集成电路产量为288亿片 (fresh174/09): chips, counted; 3片区 is three districts.
    let text = "2022-07-20\n6月份全国当月集成电路产量为288亿片,上半年合计1661亿片。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "288亿片"), "亿片");
    assert_eq!(unit_of(&v, "1661亿片"), "亿片");
    let districts = "2022-07-20\n全市3片区共有企业12家。\n";
    assert!(candidates_of(districts).iter().all(|c| c["unit"] != "片"));
}

#[test]
fn stop_69_copies_are_counted_right_after_a_number() {
    // 我国新收集的农作物种质资源达到了11万份 (fresh177/05): accessions, counted; not 元 assumed.
    let text = "2022-09-24\n我国新收集的农作物种质资源达到了11万份,收回有效问卷82份。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "11万份"), "万份");
    assert_eq!(unit_of(&v, "82份"), "份");
    // (About so many: 5万余份.)
    assert_eq!(
        unit_of(&candidates_of("2024-06-03\n收回问卷5万余份。\n"), "5万余份"),
        "万份"
    );
    // 份额 is a share, 省份 a province: no copies.
    let share = "2022-09-24\n市场份额30%,26个省份。\n";
    assert!(candidates_of(share).iter().all(|c| c["unit"] != "份"));
}

#[test]
fn stop_69_a_whole_ge_listed_straight_on_to_points_is_points() {
    // 分别较上年上升了4个和5个百分点 (fresh177/06): both are changes in points.
    let text = "2014-03-01\n制种面积和产量分别占全国的42%和48%,分别较上年上升了4个和5个百分点。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "4个"), "个百分点");
    // Counts of things joined to another count stay counts.
    let counts = "2014-03-01\n新建4个和改造5个项目。\n";
    assert_eq!(unit_of(&candidates_of(counts), "4个"), "个");
}

#[test]
fn stop_69_travellers_with_a_bare_scale_are_visits() {
    // 今年访港旅客4600万 (fresh38/02), 达成4900万访港旅客人次的目标: visits counted as trips,
    // in 人次 like the actuals they are compared with (来台外国旅客803万人次).
    let text = "2018-03-01\n今年訪港旅客4600萬,交通部訂下600萬旅客來台的目標。\n";
    let v = candidates_of(text);
    assert_eq!(unit_of(&v, "4600萬"), "万人次");
    assert_eq!(unit_of(&v, "600萬"), "万人次");
    // Money for travellers stays money (near-misses from the second review of this stop's
    // rules), and travellers of a kind are visits too.
    let money = "2018-03-01\n投入5000萬旅客服務經費。\n";
    assert_eq!(unit_of(&candidates_of(money), "5000萬"), "万元");
    for (text, w, unit) in [
        ("2024-03-01\n为旅客节省出行费用3000万。\n", "3000万", "万元"),
        (
            "2024-03-01\n为过境旅客提供免费住宿补贴500万。\n",
            "500万",
            "万元",
        ),
        ("2024-03-01\n向旅客退款1.2億。\n", "1.2億", "亿元"),
    ] {
        assert_eq!(unit_of(&candidates_of(text), w), unit, "{text}");
    }
    let kinds = "2024-03-01\n今年吸引900万国际旅客。\n";
    assert_eq!(unit_of(&candidates_of(kinds), "900万"), "万人次");
}
