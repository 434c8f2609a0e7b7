//! Changes and rates: from one level to another, growth and its bases, paces over spans,
//! lists of levels, signs of a fall.

use super::*;

#[test]
fn stop_38_budgets_months_to_date_and_fiscal_changes() {
    let k = |kind: &str, period: &str, value: f64| (kind.to_string(), period.to_string(), value);
    // A budget with the share of it done after it is the year's goal; 4月 with 累计 in its
    // clause counts from January; 减收 and 减支 are falls, 增收 a rise.
    let v = candidates_of(
        "2024-05-16\n4月，全县税收收入累计完成5000万元，完成年初预算数20000万元的25%，\
         比上年减收300万元。其中契税2000万元，比上年增收120万元。\n\
         4月，全县支出累计完成9000万元，占年预算30000万元的30%，减支450万元。\n",
    );
    assert_eq!(kpv(&v, "5000万元"), k("actual", "2024M1-M4", 5000.0));
    assert_eq!(kpv(&v, "20000万元"), k("target", "2024", 20000.0));
    assert_eq!(kpv(&v, "25%"), k("actual", "2024M1-M4", 25.0));
    assert_eq!(kpv(&v, "300万元"), k("growth", "2024M1-M4", -300.0));
    assert_eq!(kpv(&v, "120万元"), k("growth", "2024M1-M4", 120.0));
    assert_eq!(kpv(&v, "30000万元"), k("target", "2024", 30000.0));
    assert_eq!(kpv(&v, "450万元").2, -450.0);
    assert_eq!(
        written(&v, "20000万元")["subject"],
        written(&v, "5000万元")["subject"]
    );
    // A month alone (当月) stays the month.
    let v = candidates_of("2024-05-16\n4月当月，全县累计完成投资800万元。\n");
    assert_eq!(kpv(&v, "800万元").1, "2024M4");
    // A goal named after its amount, a few words between, with the share done after it.
    let v = candidates_of(
        "2014-04-20\n一季度全区到位资金1344亿元，完成全年5360亿元招商引资目标任务的25.07%，同比增长15.95%。\n",
    );
    assert_eq!(kpv(&v, "5360亿元"), k("target", "2014", 5360.0));
    assert_eq!(kpv(&v, "15.95%"), k("growth", "2014Q1", 15.95));
    // A task with the share of it done after it (占任务100万亩的120.8%): the year's goal.
    let v = candidates_of("2019-01-14\n去年全省完成植树造林120.8万亩，占任务100万亩的120.8%。\n");
    assert_eq!(kpv(&v, "100万亩"), k("target", "2018", 100.0));
}

#[test]
fn stop_39_falls_narrowed_to_and_tenths_with_hundredths() {
    // 跌幅收窄至17.4% is a fall of 17.4 %; 降幅收窄2个百分点 a rise in points. 近1成7 is about
    // 17 %, 减少3成4 a fall of 34 %; 1月份赌收 names 赌收.
    let v = candidates_of(
        "2015-02-16\n1月份赌收237.4亿元，跌幅收窄至17.4%。\
         开支按年上升近1成7，结余减少3成4。\n",
    );
    assert_eq!(kpv(&v, "17.4%"), ("growth".into(), "2015M1".into(), -17.4));
    assert_eq!(written(&v, "237.4亿元")["subject"], "赌收");
    assert_eq!(kpv(&v, "近1成7").2, 17.0);
    assert_eq!(written(&v, "近1成7")["qualifier"], "about");
    assert_eq!(kpv(&v, "3成4").2, -34.0);
}

#[test]
fn stop_40_a_years_list_of_key_projects_and_deadlines_to_come() {
    // 共安排百大项目145个，年度投资115亿元: the year's list and its planned investment; the
    // count again before its progress (145个百大项目中已开复工92个) is the list's; a deadline
    // later in the month (预计到5月底…将达122个, 8 May) is that month's end, a goal.
    let v = candidates_of(
        "2020-05-08\n预计到5月底，全市可开复工的百大项目将达122个。\
         今年全市共安排百大项目145个，年度投资115亿元，较上年增长17%。\
         截至目前，全市145个百大项目中已开复工92个，完成投资8.3亿元。\n",
    );
    assert_eq!(
        kpv(&v, "122个"),
        ("target".into(), "2020-05-31".into(), 122.0)
    );
    assert_eq!(kpv(&v, "115亿元").0, "target");
    let lists: Vec<&Value> = v.iter().filter(|c| c["as_written"] == "145个").collect();
    assert_eq!(lists.len(), 2);
    assert!(lists.iter().all(|c| c["kind"] == "target"));
    assert_eq!(kpv(&v, "92个").0, "actual");
    assert_eq!(kpv(&v, "8.3亿元").0, "actual");
}

#[test]
fn stop_40_months_told_and_bases_above_or_below() {
    // 1—8月 after who tells it (…向记者介绍，) dates the paragraphs after it; 高于去年同期 is
    // the base a figure is above, not its time (高于2024年的2.6% is that year's figure).
    let v = candidates_of(
        "2023-10-12\n自治区商务厅向记者介绍，1—8月，新疆区外到位资金引进6262.18亿元，完成全年目标任务8000亿元的78.28%。\n\
         分区域看，北疆地区引进到位资金3821.9亿元，同比增长14.75%。\n\
         截至目前，开复工率63.4%，高于去年同期33.4个百分点；完成投资8.3亿元。\
         全年经济增长3.5%，高于2024年的2.6%。\n",
    );
    assert_eq!(kpv(&v, "3821.9亿元").1, "2023M1-M8");
    assert_eq!(kpv(&v, "14.75%").1, "2023M1-M8");
    assert_eq!(kpv(&v, "33.4个百分点").1, "2023-10-12");
    assert_eq!(kpv(&v, "8.3亿元").1, "2023-10-12");
    assert_eq!(kpv(&v, "2.6%").1, "2024");
}

#[test]
fn stop_40_a_list_of_public_pledges_and_plans_of_a_month_gone() {
    // Under a title naming 民生实事, a numbered item's first sentence promises (the year's
    // goal); what it reports done (已培训188人) is an actual; 4月计划…65人, in May, is still
    // the month's plan.
    let v = candidates_of(
        "2024-05-11\n2024年4月省政府民生实事项目进展汇总\n\
         1. 培训应急救护人员235人。4月计划完成应急救护人员培训65人；已完成，已培训188人，完成进度80%。\n\
         2. 持有居住证的随迁子女就读公办学校的比例达90%。\n",
    );
    assert_eq!(kpv(&v, "235人"), ("target".into(), "2024".into(), 235.0));
    assert_eq!(kpv(&v, "65人"), ("target".into(), "2024M4".into(), 65.0));
    assert_eq!(kpv(&v, "188人").0, "actual");
    assert_eq!(kpv(&v, "80%").0, "actual");
    assert_eq!(kpv(&v, "90%"), ("target".into(), "2024".into(), 90.0));
    // Without such a title, a numbered line reports.
    let v = candidates_of("2024-05-11\n工作进展\n1. 培训应急救护人员235人。\n");
    assert_eq!(kpv(&v, "235人").0, "actual");
}

#[test]
fn stop_40_the_parts_of_a_goal_listed_after_it() {
    // 具体包括：… after a sentence setting a goal lists its parts, goals too; what is done
    // after it (已完成投资4.46亿元) stays an actual.
    let v = candidates_of(
        "2011-11-28\n今年省政府下达给我市的目标任务，是新建各类城镇保障性住房10872套，计划总投资8.48亿元。\
         具体包括：新建城镇廉租住房3372套，建筑面积17.09万平方米；新增廉租住房租赁补贴3500户。\
         截至11月15日，已完成投资4.46亿元。\n",
    );
    assert_eq!(kpv(&v, "3372套"), ("target".into(), "2011".into(), 3372.0));
    assert_eq!(kpv(&v, "17.09万平方米").0, "target");
    assert_eq!(kpv(&v, "3500户").0, "target");
    assert_eq!(kpv(&v, "4.46亿元").0, "actual");
    // Not after a sentence that reports.
    let v = candidates_of("2011-11-28\n今年全市建成住房10872套。具体包括：廉租住房3372套。\n");
    assert_eq!(kpv(&v, "3372套").0, "actual");
}

#[test]
fn stop_40_transport_work_and_paces_that_quicken() {
    // 亿人公里 and 亿吨公里 are units of their own; 加快 and 放缓 right before a change in
    // points say its sign; 回落1.6个和加快1.2个百分点 shares the points.
    let v = candidates_of(
        "2013-11-20\n10月份旅客周转量1788亿人公里，货物周转量14069亿吨公里，\
         增速比去年同期回落1.6个和加快1.2个百分点，比前三季度放缓0.8个百分点，比上月放缓了0.5个百分点。\
         要加快推进100个项目。\n",
    );
    assert_eq!(written(&v, "1788亿人公里")["unit"], "亿人公里");
    assert_eq!(written(&v, "14069亿吨公里")["unit"], "亿吨公里");
    let points = |w: &str| {
        let c = written(&v, w);
        (
            c["unit"].as_str().unwrap().to_string(),
            c["value"].as_f64().unwrap(),
        )
    };
    assert_eq!(points("1.6个"), ("个百分点".into(), -1.6));
    assert_eq!(points("1.2个百分点"), ("个百分点".into(), 1.2));
    assert_eq!(points("0.8个百分点"), ("个百分点".into(), -0.8));
    assert_eq!(points("0.5个百分点"), ("个百分点".into(), -0.5));
    assert_ne!(kpv(&v, "100个").0, "growth");
}

#[test]
fn stop_41_required_levels_and_goals_revised() {
    // 2020年太阳光电要达到6.5GW: a level required, a goal. 由原先17GW下修至14GW and
    // 从目标的3GW提升至6GW revise a goal: both figures are goals. Not a change reported done
    // (已由…下调至), nor 一般公共预算收入从X增长到Y (预算 names the revenue), nor a budget
    // revised to its outturn (由预算1922亿增加至2090亿, no revision word between).
    let v = candidates_of(
        "2020-08-11\n依能源局的规划，2020年太阳光电要达到6.5GW的设置量。\
         地面型太阳光电方面，设置量则由原先17GW下修至14GW。\
         能源局近日已调整发电量，其中屋顶型装置容量从目标的3GW提升至6GW，到目前为止已完成3.57GW设置。\
         排放量已由120万吨下调至100万吨。一般公共预算收入从3826.5亿元增长到4398.6亿元。\n",
    );
    for w in ["6.5GW", "17GW", "14GW", "3GW", "6GW"] {
        assert_eq!(kpv(&v, w).0, "target", "{w}");
    }
    for w in ["3.57GW", "120万吨", "100万吨", "3826.5亿元", "4398.6亿元"] {
        assert_eq!(kpv(&v, w).0, "actual", "{w}");
    }
}

#[test]
fn stop_41_a_harvest_cut_and_a_cap_after_a_cut() {
    // 减产87.8% is a fall (增产12% a rise); 降低3.4%以上、能耗总量控制在45亿吨标准煤以内: the
    // cap after the cut is a level kept within, not an amount cut.
    let v = candidates_of("2010-12-20\n全年夏季粮油减产87.8%，秋粮增产12%。\n");
    assert_eq!(kpv(&v, "87.8%").2, -87.8);
    assert_eq!(kpv(&v, "12%").2, 12.0);
    let v = candidates_of(
        "2017-11-10\n预计能够完成能耗强度降低3.4%以上、能耗总量控制在45亿吨标准煤以内的年度目标。\n",
    );
    assert_eq!(kpv(&v, "3.4%以上").2, -3.4);
    assert_eq!(kpv(&v, "控制在45亿吨标准煤以内").2, 45.0);
}

#[test]
fn stop_43_negative_growth_price_cuts_and_cuts_adjusted() {
    // 是8%的负增长 and 负增长2.9% are falls; so is a price cut (降价幅度) and an area cut by
    // adjustment (调减); the sign is not part of the indicator (出口, not 出口负).
    let v = candidates_of(
        "2016-01-20\n去年全年按美元计算，我国进出口是8%的负增长，其中出口负增长2.9%。\n\
         大宗产品的降价幅度在20%-50%之间。全省累计调减籽粒玉米560万亩，资产负债率为50%。\n",
    );
    assert_eq!(kpv(&v, "8%"), ("growth".into(), "2015".into(), -8.0));
    assert_eq!(kpv(&v, "2.9%").2, -2.9);
    assert_eq!(written(&v, "2.9%")["subject"], "出口");
    assert_eq!(kpv(&v, "20%-50%").2, -20.0);
    assert_eq!(kpv(&v, "560万亩").2, -560.0);
    assert_eq!(kpv(&v, "50%"), ("actual".into(), "2015".into(), 50.0));
}

#[test]
fn stop_44_a_years_plan_of_listed_goals_answered_item_by_item() {
    // 全年计划新创建… is the year's plan of what follows (a time, not a plan something is a share
    // of); 实际分别完成 answers the goals in order, each linked to its own result.
    let text = "2020-12-17\n家庭农场工程，全年计划新创建示范家庭农场80个、新增农户家庭农场271个、\
                新纳入名录系统家庭农场6581个，实际分别完成95个、310个、7397个。完成全年计划的95%。\n";
    let v = candidates_of(text);
    for (goal, done) in [("80个", "95个"), ("271个", "310个"), ("6581个", "7397个")] {
        assert_eq!(
            kpv(&v, goal),
            ("target".into(), "2020".into(), kpv(&v, goal).2)
        );
        assert_eq!(
            written(&v, done)["subject"],
            written(&v, goal)["subject"],
            "{done}"
        );
    }
    // Each of the three goals is assessed against its own result, and reached.
    let (rows, _) = report_text_of(text);
    let reached = rows
        .iter()
        .filter(|r| r.to_string().contains("家庭农场") && r.to_string().contains("achieved"))
        .count();
    assert_eq!(reached, 3, "{rows:?}");
}

#[test]
fn stop_46_since_a_plan_began_runs_to_the_documents_date() {
    // “十三五”以来, in a story of August 2023: from 2016 to the day of the story, not the plan's
    // five years; 十三五期间 keeps them.
    let text = "2023-08-24\n“十三五”以来，全国累计建设安全防护工程99万公里。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "99万公里").1, "2016/2023-08-24");
    let v = candidates_of(&text.replace("以来", "期间"));
    assert_eq!(kpv(&v, "99万公里").1, "2016/2020");
}

#[test]
fn stop_47_a_list_of_the_years_tasks_aims_its_changes() {
    // 2024年，云南的任务是：…；林草产业总产值同比增长20%以上: a task, though written 同比.
    let text = "2024-01-31\n2024年,云南的任务是:营造林260万亩,种草改良25万亩以上;\
                林草产业总产值同比增长20%以上。\n";
    assert_eq!(
        kpv(&candidates_of(text), "20%以上"),
        ("target".into(), "2024".into(), 20.0)
    );
}

#[test]
fn stop_50_a_base_year_does_not_date_the_goals_after_it() {
    // 到2027年，…在2022年的基础上实现“双倍增”，分别超过90家和870家: 2022 is the base, the goals
    // are 2027's.
    let text = "2023-05-10\n到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，\
                分别超过90家和870家；全区专精特新企业突破8家。\n";
    let v = candidates_of(text);
    for (fig, value) in [("超过90家", 90.0), ("870家", 870.0), ("突破8家", 8.0)] {
        assert_eq!(
            kpv(&v, fig),
            ("target".into(), "2027".into(), value),
            "{fig}"
        );
    }
}

#[test]
fn stop_50_more_output_is_a_change() {
    // 比上年增产4.1亿斤: the output added, a change in the unit of the level.
    let text = "2020-09-21\n今年江西早稻总产量达到129.3亿斤，比上年增产4.1亿斤。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "4.1亿斤").0, "growth");
    assert_eq!(kpv(&v, "129.3亿斤").0, "actual");
}

#[test]
fn stop_50_a_list_of_plans_and_what_was_started_in_fact() {
    // 进展表(截至2022年12月末)…：北京计划小区400个、实开411个；天津计划小区177个、实开177个:
    // each plan is the year's goal, measured by the 实开 right after it, done by the day.
    let text = "2023-02-10\n所附的2022年各省城镇老旧小区改造进展表（截至2022年12月末）列出了各地的计划任务数和\
                开工数，前两行依次为：北京计划小区400个、实开411个；天津计划小区177个、实开178个。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "400个"), ("target".into(), "2022".into(), 400.0));
    assert_eq!(kpv(&v, "177个"), ("target".into(), "2022".into(), 177.0));
    assert_eq!(
        kpv(&v, "411个"),
        ("actual".into(), "2022-12-31".into(), 411.0)
    );
    assert_eq!(
        kpv(&v, "178个"),
        ("actual".into(), "2022-12-31".into(), 178.0)
    );
    let out = reach()
        .args(["extract", "-", "-f", "csv"])
        .write_stdin(text)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.csv");
    std::fs::write(&facts, csv).unwrap();
    let report = reach()
        .args(["report", "--data", facts.to_str().unwrap(), "-f", "json"])
        .output()
        .unwrap();
    let rows: Vec<Value> = serde_json::from_slice(&report.stdout).unwrap();
    let base = |target: f64| {
        rows.iter()
            .find(|r| r["target_value"] == target)
            .map(|r| r["base_value"].clone())
    };
    assert_eq!(base(400.0), Some(Value::from(411.0)), "{rows:?}");
    assert_eq!(base(177.0), Some(Value::from(178.0)), "{rows:?}");
}

#[test]
fn stop_50_a_plans_first_years_and_a_falls_rate() {
    // “十一五”前4年 is 2006–2009; 全国2.2%的下降率 is a fall, and 高出3.84个百分点 a gap above.
    let text =
        "2010-02-28\n2009年宁夏万元GDP能耗比上年下降6.04%，比全国2.2%的下降率高出3.84个百分点。\
                “十一五”前4年，宁夏万元GDP能耗累计下降16.36%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "2.2%").2, -2.2);
    assert_eq!(kpv(&v, "3.84个百分点").2, 3.84);
    assert_eq!(
        kpv(&v, "16.36%"),
        ("growth".into(), "2006/2009".into(), -16.36)
    );
    // (A fall of at least 12%, 下降比例高于12%, stays a fall.)
    let floor = "2020-12-01\n浓度比2015年下降17.1%，达到下降比例高于12%的年度目标要求。\n";
    assert_eq!(kpv(&candidates_of(floor), "12%").2, -12.0);
}

#[test]
fn stop_51_an_increase_with_le_is_a_change() {
    // 比去年增加了3.1万人: 了 after the verb, still the change, not a level.
    let text = "2023-08-18\n2023年新疆高校毕业生15.67万人，比去年增加了3.1万人。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "3.1万人").0, "growth");
    assert_eq!(kpv(&v, "15.67万人").0, "actual");
}

#[test]
fn stop_51_a_change_since_a_base_is_over_the_years_after_it() {
    // 截至2020年底…，较“十二五”末增加46.87万辆: the increase is over 2016/2020; the figures after
    // it stay at the end of 2020. A goal's change on a base year keeps its deadline.
    let text = "2023-07-28\n截至2020年底，全省电动汽车保有量达到50.16万辆，\
                较“十二五”末增加46.87万辆，其中纯电动汽车40万辆。\n\
                2025年本澳二氧化碳排放率要比2005年下降55%以上。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "46.87万辆").1, "2016/2020");
    assert_eq!(kpv(&v, "40万辆").1, "2020-12-31");
    assert_eq!(kpv(&v, "55%以上").1, "2025");
}

#[test]
fn stop_52_a_list_of_bases_dates_none_of_the_figures_after() {
    // 分别比3月末和4月末提高3.36和1.25个百分点: both month ends are bases compared with; the
    // points and the clauses after them are of 1月至5月, which opens the sentence.
    let text = "2011-06-19\n1月至5月全省财政收支运行呈现以下特点：财政收入增幅持续提高，\
                分别比3月末和4月末提高3.36和1.25个百分点；全省有110个县财政总收入实现正增长；\
                税收收入完成847.64亿元。\n";
    let v = candidates_of(text);
    for fig in ["3.36", "1.25个百分点", "110个", "847.64亿元"] {
        assert_eq!(kpv(&v, fig).1, "2011M1-M5", "{fig}");
    }
}

#[test]
fn stop_52_a_share_of_an_added_value_is_a_level() {
    // 约分别占各产业增加值的11%、9%、22%: 占…的 makes each a share, though 增加值 holds 增加.
    let text = "2017-12-12\n2016年，旅游业带动的一、二、三产业增加值，\
                约分别占各产业增加值的11%、9%、22%。工业增加值增长11%。\n";
    let v = candidates_of(text);
    for fig in ["11%、", "9%", "22%"] {
        let fig = fig.trim_end_matches('、');
        let c = v
            .iter()
            .find(|c| c["as_written"] == fig && c["kind"] == "actual")
            .unwrap_or_else(|| panic!("{fig} as a level: {v:?}"));
        assert_eq!(c["period"], "2016");
    }
    assert!(v
        .iter()
        .any(|c| c["as_written"].as_str().unwrap().contains("11%") && c["kind"] == "growth"));
}

#[test]
fn stop_52_each_amount_of_a_list_after_a_change_verb_is_a_change() {
    // 综合所得税及关税分别增加126亿元及8亿元: both are increases (the words before 分别 name
    // the items); so 52亿元、30亿元及13亿元 after 分别减少.
    let text = "2025-05-06\n主要因綜合所得稅及關稅分別增加126億元及8億元，\
                而證券交易稅、貨物稅及營利事業所得稅分別減少52億元、30億元及13億元。\n";
    let v = candidates_of(text);
    for (fig, value) in [
        ("126億元", 126.0),
        ("8億元", 8.0),
        ("52億元", -52.0),
        ("13億元", -13.0),
    ] {
        assert_eq!(
            kpv(&v, fig),
            ("growth".into(), "2025-05-06".into(), value),
            "{fig}"
        );
    }
}

#[test]
fn stop_52_about_the_same_as_a_year_is_a_base_not_a_time() {
    // Macau's （23.7万人次，与2022年相若）及内科（22.5万人次，增加4.3%）: 2022 is compared with;
    // the figures after it stay in 2023.
    let text = "2024-05-01\n2023年医院门诊求诊人次按年增加1.3%至195.7万，其次是物理治疗\
                （23.7万人次，与2022年相若）及内科（22.5万人次，增加4.3%）。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "22.5万人次").1, "2023");
    assert_eq!(kpv(&v, "4.3%").1, "2023");
}

#[test]
fn stop_52_an_amount_added_year_on_year_is_a_change() {
    // Macau's 本澳住院病床按年增加161张至1,882张: 161 is the change over the year, 1,882 the level.
    let text = "2024-05-01\n2023年，本澳住院病床按年增加161张至1,882张。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "161张"), ("growth".into(), "2023".into(), 161.0));
    assert_eq!(kpv(&v, "1,882张").0, "actual");
}

#[test]
fn stop_54_a_year_since_which_is_no_date_of_the_text() {
    // 自2006年以来 (since 2006, to now) says the text is of 2006 at the earliest, not of 2006:
    // alone it dates nothing, and 今年 stays unresolved until --date is given.
    let text = "西华县自2006年以来年年收大于支，今年1至6月征缴养老保险费2956万元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "2956万元").1, "", "{v:?}");
    let v = candidates_of(&format!("2008-07-21\n{text}"));
    assert_eq!(kpv(&v, "2956万元").1, "2008H1");
    // With a year of its own it is a floor only (2015年以来 … 2016年1至6月: of 2016).
    let v = candidates_of("2015年以来，全县征缴养老保险费2956万元。2016年1至6月征缴3000万元。\n");
    assert_eq!(kpv(&v, "3000万元").1, "2016H1");
}

#[test]
fn stop_54_a_plans_completion_rate_sets_no_goal() {
    // 年度计划投资完成率89.1%；今年已新开工项目44个: 计划 naming the plan whose completion rate
    // is given is no goal word for the rest of the sentence.
    let text = "2023-07-10\n截至6月底实际完成投资419亿元，年度计划投资完成率89.1%；\
                今年已新开工项目44个。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "44个").0, "actual");
    assert_eq!(kpv(&v, "89.1%").0, "actual");
}

#[test]
fn stop_54_fewer_than_last_year_and_figures_a_fall_is_not_of() {
    // 死亡3152人，比上年少死亡192人: 192 fewer than last year, a fall; 较控制指标减少230人（不含
    // 水上交通事故死亡33人）: the aside's 33 deaths are a count, not cut; 下降幅度超过5%的23个
    // 省份: the fall is of the 5%, not of the 23 provinces.
    let text = "2006-02-26\n全省死亡3152人，比上年少死亡192人，下降5.7%，较国家下达的控制指标\
                （3349人）减少230人（不含水上交通事故死亡33人），是全国下降幅度超过5%的23个省份之一。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "192人"), ("growth".into(), "2005".into(), -192.0));
    assert_eq!(kpv(&v, "230人").2, -230.0);
    assert_eq!(kpv(&v, "33人").2, 33.0);
    assert_eq!(kpv(&v, "23个").2, 23.0);
    // (A gap to another figure stays as written: 比106年的115万532人还少7万2899人.)
    let v = candidates_of("2018-11-10\n今年前10月来台旅客比106年的115万532人还少7万2899人。\n");
    assert!(kpv(&v, "7万2899人").2 > 0.0);
}

#[test]
fn stop_54_a_growth_forecast_revised_is_a_rate() {
    // 把今年的预期出口增长由去年12月预测的4至6%上调至9至11%: both ends are growth rates, not
    // shares (the growth word stands before 由, not in the words the change names).
    let text = "2024-06-28\n贸发局把今年的预期出口增长由去年12月预测的4至6%上调至9至11%。\n";
    let v = candidates_of(text);
    for fig in ["4至6%", "9至11%"] {
        assert_eq!(written(&v, fig)["form"], "rate", "{fig}");
    }
    // (A change of a level stays a level.)
    let v = candidates_of("2024-06-28\n全年出口值由400亿元增至500亿元。\n");
    assert_eq!(written(&v, "500亿元")["form"], "level");
}

#[test]
fn stop_55_a_change_a_budget_arranges_is_its_goal() {
    // 收入安排116059万元，较上年增加6570万元，增长6%: the budget's increase over last year is
    // part of the year's plan, like its rate, not a change observed in the year before.
    let text = "2024-01-20\n地方一般公共预算收入安排116059万元，较上年增加6570万元，增长6%。\n";
    let v = candidates_of(text);
    for w in ["116059万元", "6570万元", "6%"] {
        assert_eq!(kpv(&v, w).0, "target", "{w}: {v:?}");
        assert_eq!(kpv(&v, w).1, "2024", "{w}: {v:?}");
    }
    // (What was collected, against the year before, stays an observed change.)
    let v =
        candidates_of("2024-01-20\n2023年地方一般公共预算收入109489万元，较上年增加6570万元。\n");
    assert_eq!(kpv(&v, "6570万元").0, "growth", "{v:?}");
}

#[test]
fn stop_55_a_list_of_projects_measured_in_its_own_sentence() {
    // 全年一共安排盟级重点项目190项 … 在190个盟级重点项目中已开复工164项: the year's list of
    // projects is measured by the count started in its own sentence.
    let text = "2016-09-20\n今年全盟全年一共安排盟级重点项目190项，当年计划投资658亿元。\
                截至8月底，在190个盟级重点项目中已开复工164项，开复工率为86%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "190个").0, "target", "{v:?}");
    same_subject(&v, "190个", "164项");
}

#[test]
fn stop_56_a_change_from_now_to_a_goal_year() {
    // 期望在2035年把…占比由目前的约25%增加至约60%至70% (Hong Kong): the level now, and a goal of
    // 2035 (a range after 约 is still the level changed to; 目前 dates the start only).
    let text =
        "2025-11-18\n期望在2035年把零碳能源在发电燃料组合中的占比由目前的约25%增加至约60%至70%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "约25%").0, "actual", "{v:?}");
    assert_eq!(kpv(&v, "约60%至70%").0, "target", "{v:?}");
    assert_eq!(kpv(&v, "约60%至70%").1, "2035", "{v:?}");
    // (With no later year named, a change from now to come stays of the document's year.)
    let v = candidates_of("2025-11-18\n零碳能源的占比将由目前的25%增加至60%。\n");
    assert_eq!(kpv(&v, "60%").1, "2025", "{v:?}");
}

#[test]
fn stop_56_a_multiple_of_a_years_level_is_of_the_goal_year() {
    // 到2035年，…总装机容量达到2020年的6倍以上: 2020 is the base of the multiple, which is a
    // goal of 2035.
    let text =
        "2025-12-01\n到2035年，风电和太阳能发电总装机容量达到2020年的6倍以上、力争达到36亿千瓦。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "6倍以上").0, "target", "{v:?}");
    assert_eq!(kpv(&v, "6倍以上").1, "2035", "{v:?}");
    // (A level of that year stays of it: 达到2020年的水平 names no multiple.)
    let v = candidates_of("2025-12-01\n2020年的装机容量为6亿千瓦。\n");
    assert_eq!(kpv(&v, "6亿千瓦").1, "2020", "{v:?}");
}

#[test]
fn stop_56_halving_is_a_multiple_of_a_half() {
    // 在2035年前将碳排放量减半、2050年前实现碳中和: a goal of 0.5 times the base, like 翻一番's 2.
    let text = "2025-11-18\n本港订有在2035年前将碳排放量减半、2050年前实现碳中和的长远策略。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "减半"),
        ("target".into(), "2035".into(), 0.5),
        "{v:?}"
    );
    // (Not a measure, 购置税减半征收, nor a change whose two levels are written.)
    let v = candidates_of("2025-11-18\n购置税减半征收。受益人数则自18人减半至9人。\n");
    assert!(v.iter().all(|c| c["as_written"] != "减半"), "{v:?}");
    assert_eq!(kpv(&v, "18人").0, "actual", "{v:?}");
}

#[test]
fn stop_56_more_than_a_time_before_is_a_change() {
    // 比年初新增125.5亿元, 比前年多出2153亿元, 比上年少30亿元: a change against a time before.
    let text = "2013-07-20\n存款余额1439.8亿元，比年初新增125.5亿元。\
                营业额为19664亿元，比前年多出2153亿元。出口为500亿元，比上年少30亿元。\n";
    let v = candidates_of(text);
    for w in ["125.5亿元", "2153亿元", "30亿元"] {
        assert_eq!(kpv(&v, w).0, "growth", "{w}: {v:?}");
    }
    assert_eq!(kpv(&v, "30亿元").2, -30.0, "{v:?}");
    // (Not a gap to another place or to a forecast: 比重庆多出337亿元, 比原先预计多57亿元.)
    let v = candidates_of("2022-02-01\n广州GDP比重庆多出337亿元。税收会较原先预计多57亿元。\n");
    for w in ["337亿元", "57亿元"] {
        assert_ne!(kpv(&v, w).0, "growth", "{w}: {v:?}");
    }
}

#[test]
fn stop_56_an_amount_added_each_year_is_a_change() {
    // 年均增加1000亿元, 每年平均增加500亿元: what is added each year, a change, not a level.
    let text = "2011-12-31\n2006年以来，全市GDP年均增加1000亿元，税收每年平均增加500亿元。\n";
    let v = candidates_of(text);
    for w in ["1000亿元", "500亿元"] {
        assert_eq!(kpv(&v, w).0, "growth", "{w}: {v:?}");
    }
}

#[test]
fn stop_56_growth_that_reached_a_rate_is_that_rate() {
    // 同比增长分别达到26.4%和19.4%, 同比增长达到12%: the rates of growth themselves; 增长到15%
    // is the level grown to, and 连续五年均达到100% no growth at all.
    let text = "2019-01-20\n2018年业务收入完成7904.7亿元，同比增长分别达到26.4%和19.4%。\
                收入同比增长达到12%。占比增长到15%。合格率已连续五年均达到100%。\n";
    let v = candidates_of(text);
    for w in ["26.4%", "19.4%", "12%"] {
        assert_eq!(kpv(&v, w).0, "growth", "{w}: {v:?}");
    }
    for w in ["15%", "100%"] {
        assert_eq!(kpv(&v, w).0, "actual", "{w}: {v:?}");
    }
}

#[test]
fn stop_57_changes_listed_with_their_rates_in_brackets() {
    // 與112年底相比分別減少1家(-2.7%)及增加78家(2.0%), 增加0.4家(2.8%)、8.4人(3.3%): a minus
    // sign after a bracket, each listed amount and the rate in brackets after it are changes;
    // 105.3床 counts beds (not 500床位).
    let text = "2025-03-01\n113年底全市醫院36家，與112年底相比減少1家(-2.7%)。\
                每萬人醫療院所15.9家、執業醫事人員262.6人，分別比112年底增加0.4家(2.8%)、8.4人(3.3%)。\
                每萬人病床數為105.3床，年減0.2床(-0.2%)。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "-2.7%"), ("growth".into(), "2024".into(), -2.7));
    for w in ["8.4人", "3.3%"] {
        assert_eq!(kpv(&v, w).0, "growth", "{w}: {v:?}");
    }
    assert_eq!(written(&v, "105.3床")["unit"], "床", "{v:?}");
    assert_eq!(kpv(&v, "-0.2%").2, -0.2, "{v:?}");
    assert!(candidates_of("新增500床位。\n")
        .iter()
        .all(|c| c["unit"] != "床"));
}

#[test]
fn stop_57_goals_listed_under_yao_zuo_dao() {
    // 到2020年要做到: and numbered lines under it: each line's figure is a goal of 2020; 千人
    // in 千人床位数 is what the rate is per, no figure.
    let text = "到2020年要做到:\n1、新建市级三级公立医院12家\n2、全市常住人口千人床位数达到4.3张\n\
                3、千人医生数达到2.8名\n";
    let v = candidates_of(text);
    for w in ["12家", "4.3张", "2.8名"] {
        assert_eq!(kpv(&v, w).0, "target", "{w}: {v:?}");
        assert_eq!(kpv(&v, w).1, "2020", "{w}: {v:?}");
    }
    assert!(v.iter().all(|c| c["as_written"] != "千人"), "{v:?}");
}

#[test]
fn stop_57_a_change_by_an_amount_between_its_levels() {
    // 將從現行9.7萬元調升4,000元至10.1萬元: a change from 9.7萬元 (what is so) to 10.1萬元 (the
    // goal), the amount between; 调升 revises no estimate here (no forecast or goal named).
    let text = "2025-11-28\n明年綜所稅免稅額將從現行9.7萬元調升4,000元至10.1萬元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "9.7萬元"), ("actual".into(), "2025".into(), 9.7));
    assert_eq!(kpv(&v, "10.1萬元"), ("target".into(), "2026".into(), 10.1));
    same_subject(&v, "9.7萬元", "10.1萬元");
    // (A forecast revised stays a revision: both ends are goals.)
    let v = candidates_of("2025-11-28\n今年经济成长预测从4.45%上修至7.37%。\n");
    assert_eq!(kpv(&v, "4.45%").0, kpv(&v, "7.37%").0, "{v:?}");
}

#[test]
fn stop_58_a_list_of_levels_changed_to_a_list_from_now() {
    // 将分别由现在的5%、15%、23%提高至20%、30%、36%以上: each start is the level now (现在,
    // like 目前), of its place's indicator, and changes to the figure at its place.
    let text = "2010-06-01\n到2015年，果蔬、肉类、水产品冷链流通率将分别由现在的5%、15%、23%\
                提高至20%、30%、36%以上。\n";
    let v = candidates_of(text);
    for w in ["5%", "15%", "23%"] {
        assert_eq!(kpv(&v, w).0, "actual", "{w} {v:?}");
        assert_eq!(kpv(&v, w).1, "2010-06-01", "{w} {v:?}");
    }
    for w in ["20%", "30%", "36%以上"] {
        assert_eq!(kpv(&v, w).0, "target", "{w} {v:?}");
        assert_eq!(kpv(&v, w).1, "2015", "{w} {v:?}");
    }
    same_subject(&v, "15%", "30%");
    same_subject(&v, "23%", "36%以上");
    // (Not 体现在, 实现在: 现在 ends another word there.)
    let v = candidates_of("2010-06-01\n成效主要体现在2009年增长5%。\n");
    assert_eq!(kpv(&v, "5%").1, "2009", "{v:?}");
}

#[test]
fn stop_58_a_net_gain_since_a_quoted_plans_end() {
    // 较“十二五”末净增31家: a change since the plan's end (past its closing quote, 净增), over
    // the years after it, not of 2015.
    let text =
        "2021-03-12\n“十三五”时期，高新区聚集的世界500强企业有130家，较“十二五”末净增31家。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "31家"), ("growth".into(), "2016/2020".into(), 31.0));
}

#[test]
fn stop_58_paragraphs_listing_a_plans_goals() {
    // 规划要求，到2025年，…: the paragraphs after it, each headed by a short sentence, go on
    // listing the plan's goals for 2025.
    let text = "2021-12-14\n国务院办公厅日前印发《“十四五”冷链物流发展规划》。规划要求，到2025年，\
                基本形成冷链物流网络。\n基础设施更趋完善。布局建设100个左右国家骨干冷链物流基地。\n\
                发展质量明显提高。肉类产地低温处理率达到85%。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "100个左右"),
        ("target".into(), "2025".into(), 100.0)
    );
    assert_eq!(kpv(&v, "85%"), ("target".into(), "2025".into(), 85.0));
    // (Not a speech reported after it: 他还提到，…比重接近90% is what is so.)
    let text = "2024-11-28\n《行动方案》要求，到2027年，社会物流总费用与国内生产总值的比率力争降至\
                13.5%左右。\n他还提到，制造业物流总额占社会物流总额的比重接近90%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "接近90%").0, "actual", "{v:?}");
}

#[test]
fn stop_58_a_growth_after_a_change_is_over_its_years() {
    // 冷链物流需求：由 2020 年的 2.65 亿吨增至 2025 年的 3.81 亿吨，增幅达 43.8%: the change is
    // read with spaces around its numbers, named by the words before the colon, and the
    // growth in the clause after it is over 2021 to 2025.
    let text = "2026-01-13\n冷链物流需求：由 2020 年的 2.65 亿吨增至 2025 年的 3.81 亿吨，增幅达 43.8%。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "43.8%"),
        ("growth".into(), "2021/2025".into(), 43.8)
    );
    same_subject(&v, "2.65 亿吨", "43.8%");
    assert!(v.iter().all(|c| c["subject"] == "冷链物流需求"), "{v:?}");
    // (A change of one year: the growth is of its end year.)
    let v = candidates_of(
        "2015-03-01\n经济部今年把民间投资目标上调至1.4兆元；其中电力供应业目标自去年50亿元增至90亿元，\
         成长8成。\n",
    );
    assert_eq!(kpv(&v, "8成").1, "2015", "{v:?}");
}

#[test]
fn stop_58_a_level_in_force_from_a_day_on() {
    // 明年一月一日起 (a day in numerals, Taiwan): the minimum wage in force from then is of
    // 2026; the level it is raised from is the document's.
    let text = "2025-09-27\n最低工資審議會議昨日定案：明年一月一日起，月薪達到二萬九五〇〇元；\
                時薪則由一九〇元調升至一九六元。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "二萬九五〇〇元").1, "2026", "{v:?}");
    assert_eq!(kpv(&v, "一九六元").1, "2026", "{v:?}");
    // (A day to come in the document's own year stays a day.)
    let v = candidates_of(
        "2020-04-20\n将再发放2000万元消费券。自4月22日起，经支付宝发放其中的1500万元。\n",
    );
    assert_eq!(kpv(&v, "1500万元").1, "2020-04-22", "{v:?}");
    // (And 十月二十五日 is a day, not the month.)
    let v = candidates_of("2025-12-27\n今年十月二十五日，全市产值达到100亿元。\n");
    assert_eq!(kpv(&v, "100亿元").1, "2025-10-25", "{v:?}");
}

#[test]
fn stop_58_a_record_broken_dates_only_its_own_figure() {
    // 4月份…达到117.02万人次，打破了3月份114.22万人次的纪录，同比增长20.59%: the rate is April's.
    let text = "2010-05-19\n4月份，厦门机场单月旅客吞吐量达到117.02万人次，再创新高，\
                打破了3月份114.22万人次的纪录，同比增长20.59%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "114.22万人次").1, "2010M3", "{v:?}");
    assert_eq!(kpv(&v, "20.59%").1, "2010M4", "{v:?}");
}

#[test]
fn stop_58_as_of_a_month_this_year_and_a_list_changed_by_then() {
    // 截至今年7月 is 截至 + 今年7月 (not 至今 + 年7月): the lists changed by then end on 31 July.
    let text = "2017-08-28\n通报称，截至今年7月，劣Ⅴ类断面的数量分别由2016年的6个、27个和25个\
                减少到2个、11个和8个。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "6个"), ("actual".into(), "2016".into(), 6.0));
    assert_eq!(
        kpv(&v, "11个"),
        ("actual".into(), "2017-07-31".into(), 11.0)
    );
}

#[test]
fn stop_59_a_change_since_a_year_up_to_now() {
    // 自2011年至今，…由5184万亩增加到7000万亩: from 2011's level to the document's day.
    let text = "2023-11-24\n自2011年至今，全国油茶种植面积由5184万亩增加到7000万亩、增加了35%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "5184万亩").1, "2011", "{v:?}");
    assert_eq!(kpv(&v, "7000万亩").1, "2023-11-24", "{v:?}");
}

#[test]
fn stop_59_review_an_end_written_and_a_one_year_pace() {
    // 从2011年开始，到2015年底，…由…增加到…: the end written is the change's, not today.
    let text = "2023-11-24\n从2011年开始，到2015年底，全国油茶种植面积由5184万亩增加到7000万亩。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "7000万亩").1, "2015-12-31", "{v:?}");
    // A pace over one year's change is of that year, not a span 2019/2019.
    let text = "2020-03-01\n产值由2018年的10亿元增加到2019年的12亿元，年均增长20%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "20%").1, "2019", "{v:?}");
}

#[test]
fn stop_60_a_change_from_now_reaches_a_goal() {
    // 到2020年，…具体指标：人才资源总量从现在的1.14亿人增加到1.8亿: the start is now, the
    // end a goal of the deadline its paragraph set (its unit written once, at the start);
    // 把回收点由现时约500个增至800个: the end is to come, though no year is written.
    let text = "2010-06-06\n纲要提出,到2020年,我国人才发展的总体目标是:跻身世界人才强国行列。\
                具体指标:人才资源总量从现在的1.14亿人增加到1.8亿。\n\
                政府会把公共回收物收集点由现时约500个增至800个。\n";
    let v = candidates_of(text);
    assert_eq!(
        kpv(&v, "1.14亿人"),
        ("actual".into(), "2010-06-06".into(), 1.14)
    );
    assert_eq!(kpv(&v, "1.8亿"), ("target".into(), "2020".into(), 1.8));
    assert_eq!(kpv(&v, "800个").0, "target");
    assert_eq!(kpv(&v, "约500个").0, "actual");
}

#[test]
fn stop_60_a_rate_compared_with_or_revised_to_keeps_its_sign() {
    // fresh136/05 …實際上是負增長,與去年全年12.8%的增速相比大幅下滑: the rate compared with is
    // +12.8 %; fresh136/09 年均成長率從2.8%下修為1.7%: the rate revised to is +1.7 %; 同比下降
    // 3.2% is still a fall.
    let text = "2011-04-20\n用电量同比增长0.8%,实际上是负增长,与去年全年12.8%的增速相比大幅下滑。\
                需求年均增长率从2.8%下修为1.7%。产量同比下降3.2%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "12.8%").2, 12.8);
    assert_eq!(kpv(&v, "1.7%").2, 1.7);
    assert_eq!(kpv(&v, "3.2%").2, -3.2);
}

#[test]
fn stop_61_a_comparison_opening_the_sentence_makes_changes() {
    // 與去年同期相比,賽事數量增加5600場,增幅為230.26% (fresh134/05): the comparison opening
    // the sentence makes each amount after it a change, and the rate after one is of the
    // quantity it names; with no base (2024年赛事数量增加5600场) the amount stays a level, and
    // an amount that names only its base (较“十二五”末增加107家) lends no name.
    let text = "2025-09-16\n與去年同期相比,賽事數量增加5600場,增幅為230.26%;\
                參賽者和觀眾人數增加1337.5萬人次。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "5600場").0, "growth", "{v:?}");
    assert_eq!(kpv(&v, "1337.5萬人次").0, "growth", "{v:?}");
    let rate = written(&v, "230.26%")["subject"].as_str().unwrap_or("");
    assert!(rate.starts_with("赛事数量"), "{v:?}");
    let v = candidates_of("2025-09-16\n2024年赛事数量增加5600场。\n");
    assert_eq!(kpv(&v, "5600场").0, "actual", "{v:?}");
    let text = "2019-05-01\n截止2018年底，全市高新技术企业达285家，较“十二五”末增加107家，\
                年均增长20%以上。\n";
    same_subject(&candidates_of(text), "285家", "20%以上");
}

#[test]
fn stop_63_a_change_seen_since_a_base_year_keeps_its_base() {
    // 2025年全市单位GDP能耗比2020年下降20% (fresh145/03's 较“十三五”末 alike): its base is
    // written to the fact, so that report reads it as -4.36 % a year over five years; 比上年
    // has none.
    let text = "2026-03-01\n2025年，全市单位GDP能耗比2020年下降20%，比上年下降3.5%。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "20%")["base_period"], "2020");
    assert_eq!(kpv(&v, "20%"), ("growth".into(), "2025".into(), -20.0));
    assert!(written(&v, "3.5%")["base_period"].is_null());
}

#[test]
fn stop_64_a_change_on_the_month_before_is_no_yearly_rate() {
    // 6月CPI比5月下降1% (fresh149/05): a change on the month before, not the year's; a price
    // goal in % (全年CPI控制在3%以内的目标) is of the rise, judged by the change on a year only.
    let text = "2010-07-15\n上半年，北京CPI同比上涨1.4%。从环比看，6月CPI比5月下降1%，7月CPI环比上涨0.5%。\
                全年CPI控制在3%以内的目标应当不会被突破。\n";
    let v = candidates_of(text);
    assert_eq!(written(&v, "1%")["base_period"], "2010M5");
    assert_eq!(written(&v, "0.5%")["base_period"], "2010M6");
    assert!(written(&v, "1.4%")["base_period"].is_null());
    assert_eq!(written(&v, "控制在3%以内")["form"], "rate");
    let (rows, _) = report_text_of(text);
    let row = row_of(&rows, "控制在3%以内");
    assert_ne!(row["observed_growth"].as_f64(), Some(-0.01), "{row}");
    assert_ne!(row["observed_growth"].as_f64(), Some(0.005), "{row}");
    // It is judged by the half year's 1.4 % on a year: under its ceiling.
    assert_eq!(row["observed_growth"].as_f64(), Some(0.014), "{row}");
    assert_eq!(row["verdict"], "on_track", "{row}");
}

#[test]
fn stop_66_a_rate_signed_in_brackets_after_an_amount_is_its_change() {
    // 前七月各港貨量依序如下:高雄2.36億噸(+5.21%)、台北3951.66萬噸(-23.12%) (fresh162/07): a
    // signed rate in brackets right after an amount is that amount's change on the year.
    let text = "2024-08-20\n統計指出,今年一至七月我國七港貨量合計3.98億噸。\
                前七月各港貨量依序如下:高雄2.36億噸(+5.21%)、台北3951.66萬噸(-23.12%)。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "5.21%").0, "growth");
    assert_eq!(
        kpv(&v, "-23.12%"),
        ("growth".into(), "2024M1-M7".into(), -23.12)
    );
    same_subject(&v, "5.21%", "2.36億噸");
    // Unsigned, a bracket after an amount is no change (a share or another reading).
    let share = "2024-08-20\n全市服务业增加值1200亿元(45%)。\n";
    assert_ne!(kpv(&candidates_of(share), "45%").0, "growth");
}

#[test]
fn stop_69_the_rate_of_a_change_told_right_before_it_is_observed() {
    // 今年…较去年制种面积减少10.6万亩，减幅为26.4% (fresh177/03, in September): the rate of
    // the amount just changed against last year is observed, as the amount is.
    let text = "2018-09-28\n今年全市企业共落实制种面积29.6万亩,较去年制种面积减少10.6万亩,\
                减幅为26.4%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "10.6万亩").0, "growth");
    assert_eq!(kpv(&v, "26.4%"), ("growth".into(), "2018".into(), -26.4));
    // A year's rate with no change told before it stays the year's goal.
    let goal = "2018-03-01\n今年全市制种面积29.6万亩,增幅为5%。\n";
    assert_eq!(kpv(&candidates_of(goal), "5%").0, "target");
    // Nor a rate a budget arranges.
    let budget = "2023-09-01\n113年度預算案編列95.24億元,較112年度預算增加42億餘元,增幅逾7成。\n";
    assert_eq!(kpv(&candidates_of(budget), "逾7成").0, "target");
    // Nor one its sentence aims at (near-misses from the review of this stop's rules).
    for (aimed, rate) in [
        ("2024-03-01\n力争今年全市地区生产总值比上年增加300亿元,增幅达到7%以上。\n", "7%以上"),
        ("2024-02-20\n2024年预期目标是全市规上工业增加值比上年增加60亿元,增幅为8%。\n", "8%"),
        ("2024-10-28\n預計今年全港零售業總銷貨價值較去年增加200億元,增幅達5%。\n", "5%"),
        (
            "2024-01-25\n2024年全市一般公共预算收入预算安排350亿元,比上年执行数增加12亿元,增幅为3.5%。\n",
            "3.5%",
        ),
    ] {
        assert_eq!(kpv(&candidates_of(aimed), rate).0, "target", "{aimed}");
    }
}

#[test]
fn stop_69_the_change_a_plan_makes_on_the_year_before_is_planned() {
    // 今年全国杂交玉米计划制种面积342万亩，比去年实际制种面积294万亩增加48万亩，增长16% (fresh177/02,
    // in April): the plan's change on last year's actual is planned too.
    let text = "2018-04-01\n今年全国杂交玉米计划制种面积342万亩,比去年实际制种面积294万亩增加48万亩,增长16%。\n";
    let v = candidates_of(text);
    assert_eq!(kpv(&v, "342万亩").0, "target");
    assert_eq!(kpv(&v, "48万亩").0, "target");
    assert_eq!(kpv(&v, "16%").0, "target");
    // Its change and rate are of the plan's quantity, not of the base they name (the second
    // review of this stop's rules).
    let pigs = "2024-02-14\n今年全市生猪出栏计划800万头,比去年实际出栏增加40万头,增长5.3%。\n";
    let v = candidates_of(pigs);
    assert_eq!(written(&v, "40万头")["subject"], "全市生猪出栏计划");
    assert_eq!(written(&v, "5.3%")["subject"], "全市生猪出栏计划");
    // So is a firm goal's (确保货物发送量39.7亿吨，同比增加3.5亿吨, fresh122/04).
    let firm = "2020-01-10\n确保货物发送量39.7亿吨,同比增加3.5亿吨,增长9.7%。\n";
    assert_eq!(kpv(&candidates_of(firm), "3.5亿吨").0, "target");
    // What was done against the year before stays observed, after a plan or against it.
    let done = "2018-12-01\n今年计划投资100亿元,实际完成120亿元,比上年增加20亿元。\n";
    assert_eq!(kpv(&candidates_of(done), "20亿元").0, "growth");
    let against = "2018-12-01\n今年计划投资100亿元,比计划增加20亿元。\n";
    assert_ne!(kpv(&candidates_of(against), "20亿元").0, "target");
}
