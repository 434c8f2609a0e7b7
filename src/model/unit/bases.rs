//! The base units reach knows: each accepted spelling (平米, 平方千米, kWh), its canonical
//! spelling and what it measures. Units outside the table are kept as written (`mod.rs`).

use serde::Serialize;

/// What a base unit measures; only used to group units for display and checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Money (元).
    Money,
    /// A count of things (家, 个, 所, 项, 名, 人 …).
    Count,
    /// Area (亩, 平方米, 平方公里).
    Area,
    /// Length (公里).
    Length,
    /// Mass (吨, 吨标准煤).
    Mass,
    /// Energy (千瓦时, 度).
    Energy,
    /// Power (千瓦).
    Power,
    /// A percentage (%) or a rate per mille (‰).
    Percent,
    /// A multiple (倍), as in 翻一番 = 2倍.
    Multiple,
    /// A rank (名次): smaller is better.
    Rank,
    /// An age or a time waited, in years (岁; 轮候时间5.8年).
    Age,
    /// Volume (立方米).
    Volume,
    /// A content or concentration (PM2.5 26.3微克/立方米, 有机质27克/千克).
    Concentration,
    /// A data rate (下行速率9340.22Mbps, 接入速率12Mbps以上).
    DataRate,
    /// Computing power (算力总规模达280EFLOPS).
    Compute,
    /// Stored data (存储容量达到800EB).
    Storage,
}

/// Base units: accepted spelling, canonical spelling, dimension.
pub(crate) const BASES: &[(&str, &str, Dimension)] = &[
    ("元", "元", Dimension::Money),
    // 12万亿人民币: the currency written after the number.
    ("人民币", "元", Dimension::Money),
    ("个百分点", "个百分点", Dimension::Percent),
    ("百分点", "个百分点", Dimension::Percent),
    // 出生率下降0.02个千分点: points of a rate per thousand.
    ("个千分点", "个千分点", Dimension::Percent),
    ("千分点", "个千分点", Dimension::Percent),
    ("美元", "美元", Dimension::Money),
    ("美金", "美元", Dimension::Money),
    // Other currencies, each its own base (never compared with 元).
    ("港元", "港元", Dimension::Money),
    ("港币", "港元", Dimension::Money),
    ("澳门元", "澳门元", Dimension::Money),
    ("澳门币", "澳门元", Dimension::Money),
    ("新台币", "新台币", Dimension::Money),
    // 約4.05兆台幣: the 新 left out.
    ("台币", "新台币", Dimension::Money),
    // Hong Kong's cents (每度电144.3仙), after digits only (see `scan::unit_at`).
    ("仙", "仙", Dimension::Money),
    ("欧元", "欧元", Dimension::Money),
    ("日元", "日元", Dimension::Money),
    ("英镑", "英镑", Dimension::Money),
    ("家", "家", Dimension::Count),
    // 間 (Hong Kong's 家: 12間獨角獸企業).
    ("间", "间", Dimension::Count),
    ("个", "个", Dimension::Count),
    ("所", "所", Dimension::Count),
    ("项", "项", Dimension::Count),
    ("名", "名", Dimension::Count),
    // 旅客周转量1788亿人公里, 货物周转量14069亿吨公里: transport work, its own unit.
    ("人公里", "人公里", Dimension::Count),
    ("吨公里", "吨公里", Dimension::Count),
    ("人", "人", Dimension::Count),
    ("位", "位", Dimension::Count),
    ("场", "场", Dimension::Count),
    ("栋", "栋", Dimension::Count),
    ("条", "条", Dimension::Count),
    ("件", "件", Dimension::Count),
    ("种", "种", Dimension::Count),
    ("款", "款", Dimension::Count),
    ("台", "台", Dimension::Count),
    ("届", "届", Dimension::Count),
    ("亩", "亩", Dimension::Area),
    ("平方米", "平方米", Dimension::Area),
    ("平米", "平方米", Dimension::Area),
    ("m2", "平方米", Dimension::Area),
    // Taiwan's metre is 公尺 (11.42平方公尺, 20萬立方公尺).
    ("平方公尺", "平方米", Dimension::Area),
    ("平方公里", "平方公里", Dimension::Area),
    ("平方千米", "平方公里", Dimension::Area),
    ("km2", "平方公里", Dimension::Area),
    // The symbols as typeset (3959.1h㎡, 12万m², 30km²): hm² is the hectare.
    ("㎡", "平方米", Dimension::Area),
    ("m²", "平方米", Dimension::Area),
    ("km²", "平方公里", Dimension::Area),
    ("k㎡", "平方公里", Dimension::Area),
    ("㎢", "平方公里", Dimension::Area),
    ("hm²", "公顷", Dimension::Area),
    ("hm2", "公顷", Dimension::Area),
    ("h㎡", "公顷", Dimension::Area),
    ("公里", "公里", Dimension::Length),
    ("km", "公里", Dimension::Length),
    ("%", "%", Dimension::Percent),
    ("％", "%", Dimension::Percent),
    // Rates per mille (人口自然增长率为1.64‰).
    ("‰", "‰", Dimension::Percent),
    ("辆", "辆", Dimension::Count),
    ("套", "套", Dimension::Count),
    ("次", "次", Dimension::Count),
    // 红害站日合计176站日: monitoring stations times days over a limit.
    ("站日", "站日", Dimension::Count),
    // 优良天数332天: days counted (only shortly after 天数: see `scan::unit_at`).
    ("天", "天", Dimension::Count),
    ("吨标准煤", "吨标准煤", Dimension::Mass),
    // 能耗控制目标26.6万吨标煤: the short form.
    ("吨标煤", "吨标准煤", Dimension::Mass),
    // Greenhouse gases (265.62百萬公噸二氧化碳當量): a mass of its own, not of 吨.
    ("吨二氧化碳当量", "吨二氧化碳当量", Dimension::Mass),
    ("公吨二氧化碳当量", "吨二氧化碳当量", Dimension::Mass),
    ("吨", "吨", Dimension::Mass),
    // 80萬公噸 (Taiwan): a metric ton.
    ("公吨", "吨", Dimension::Mass),
    // Ships: 造船完工量531.4万载重吨 (deadweight), 海洋工程完工量389万综合吨, 合计1196万总吨位
    // (gross tonnage), 新接订单1200万修正总吨 (compensated gross): each its own measure.
    ("载重吨", "载重吨", Dimension::Mass),
    ("综合吨", "综合吨", Dimension::Mass),
    ("总吨", "总吨", Dimension::Mass),
    ("总吨位", "总吨", Dimension::Mass),
    ("修正总吨", "修正总吨", Dimension::Mass),
    ("千瓦时", "千瓦时", Dimension::Energy),
    // 工业用电量2.61亿千瓦小时: the kilowatt-hour spelled out (not 千瓦, power).
    ("千瓦小时", "千瓦时", Dimension::Energy),
    ("度", "度", Dimension::Energy),
    ("千瓦", "千瓦", Dimension::Power),
    // Taiwan's 瓩 (460萬瓩).
    ("瓩", "千瓦", Dimension::Power),
    ("兆瓦", "兆瓦", Dimension::Power),
    ("吉瓦", "吉瓦", Dimension::Power),
    // Latin symbols (Taiwan, Hong Kong): 4.4GW, 660MW, 1.2TWh.
    ("kW", "千瓦", Dimension::Power),
    ("MW", "兆瓦", Dimension::Power),
    ("GW", "吉瓦", Dimension::Power),
    ("kWh", "千瓦时", Dimension::Energy),
    ("MWh", "兆瓦时", Dimension::Energy),
    ("GWh", "吉瓦时", Dimension::Energy),
    ("TWh", "太瓦时", Dimension::Energy),
    ("兆瓦时", "兆瓦时", Dimension::Energy),
    ("吉瓦时", "吉瓦时", Dimension::Energy),
    ("太瓦时", "太瓦时", Dimension::Energy),
    ("户", "户", Dimension::Count),
    // 私人住宅落成量 (Hong Kong): flats.
    ("伙", "伙", Dimension::Count),
    ("人次", "人次", Dimension::Count),
    // 接种新冠疫苗11469.0万剂次, 採購668萬劑: vaccine doses given or bought.
    ("剂次", "剂次", Dimension::Count),
    ("剂", "剂", Dimension::Count),
    // 研发人员总量为572万人年: researchers counted in full-time years of work.
    ("人年", "人年", Dimension::Count),
    // 胃肠癌联合筛查1万例: cases (screenings, patients).
    ("例", "例", Dimension::Count),
    // 重污染共发生395天次: days summed over cities.
    ("天次", "天次", Dimension::Count),
    // 列管的施政计画共计33案 (Taiwan): cases, plans or bills counted.
    ("案", "案", Dimension::Count),
    ("辆次", "辆次", Dimension::Count),
    ("架次", "架次", Dimension::Count),
    ("艘次", "艘次", Dimension::Count),
    ("标箱", "标箱", Dimension::Count),
    // 集装箱为46.2万TEU: twenty-foot equivalent units, the 标箱.
    ("TEU", "标箱", Dimension::Count),
    // 集装箱吞吐量1600万标准箱, 119.7万个标准货柜 (Hong Kong): the 标箱 spelled out.
    ("标准箱", "标箱", Dimension::Count),
    ("个标准箱", "标箱", Dimension::Count),
    ("标准货柜", "标箱", Dimension::Count),
    ("个标准货柜", "标箱", Dimension::Count),
    // 货柜装卸量888.6万箱 (Taiwan), 3万箱: boxes or cases counted.
    ("箱", "箱", Dimension::Count),
    // 累计开办29园33班: classes (not 班车, 班列, 班子: see `scan::unit_at`).
    ("班", "班", Dimension::Count),
    // 平均船时量为63自然箱/小时: boxes as handled, whatever their size.
    ("自然箱", "自然箱", Dimension::Count),
    // 日均装车1657车: wagons loaded (not 5车道, 车间: see `scan::unit_at`).
    ("车", "车", Dimension::Count),
    // 累计开行国际班列3144列: trains run (not 列入, 列为).
    ("列", "列", Dimension::Count),
    // 运行了30个航次: the classifier before a counted unit belongs to it.
    ("个航次", "航次", Dimension::Count),
    ("张", "张", Dimension::Count),
    // 每万人病床数为105.3床 (Taiwan): hospital beds (not 床位: see `scan::unit_at`).
    ("床", "床", Dimension::Count),
    // 提供逾3萬4千格汽車位 (Taiwan): parking spaces (停車格), counted as marked out (not
    // 价格, 合格: a unit only right after a number).
    ("格", "格", Dimension::Count),
    // 发生生产安全事故265起: accidents, cases (not 一起, together; 起草: see `scan::unit_at`).
    ("起", "起", Dimension::Count),
    ("轮", "轮", Dimension::Count),
    ("部", "部", Dimension::Count),
    ("座", "座", Dimension::Count),
    // 慢充1,653槍 (Taiwan): charging guns, a charging pile's plugs.
    ("枪", "枪", Dimension::Count),
    // 已受理19縣市 (Taiwan): counties and cities counted together.
    ("县市", "县市", Dimension::Count),
    ("类", "类", Dimension::Count),
    ("颗", "颗", Dimension::Count),
    ("块", "块", Dimension::Count),
    // 种质资源达到了11万份, 收回有效问卷82份 (copies, accessions): only right after a number
    // or its scale (see `scan::unit_at`).
    ("份", "份", Dimension::Count),
    // 集成电路产量为288亿片 (chips, wafers): only after 万 or 亿 (see `scan::unit_at`).
    ("片", "片", Dimension::Count),
    ("只", "只", Dimension::Count),
    // Livestock (生猪存栏43764万头), and head of cattle and of sheep counted together
    // (牲畜存栏1亿头只).
    ("头只", "头只", Dimension::Count),
    ("头", "头", Dimension::Count),
    // Trees (义务植树1500万株) and teams, funds, charging points (2萬支; not 支持: see
    // `scan::unit_at`).
    ("株", "株", Dimension::Count),
    // Wells and ponds (整治山坪塘7.4万口; not 口岸, 一口气: see `scan::unit_at`).
    ("口", "口", Dimension::Count),
    ("支", "支", Dimension::Count),
    ("批次", "批次", Dimension::Count),
    ("批", "批", Dimension::Count),
    ("架", "架", Dimension::Count),
    ("艘", "艘", Dimension::Count),
    ("篇", "篇", Dimension::Count),
    ("斤", "斤", Dimension::Mass),
    ("成", "成", Dimension::Percent),
    ("公斤", "公斤", Dimension::Mass),
    ("千克", "公斤", Dimension::Mass),
    ("倍", "倍", Dimension::Multiple),
    ("名次", "名次", Dimension::Rank),
    ("公顷", "公顷", Dimension::Area),
    ("场次", "场次", Dimension::Count),
    ("宗", "宗", Dimension::Count),
    ("岁", "岁", Dimension::Age),
    // 平均轮候时间为5.8年: years waited (only after a decimal number: see `scan::unit_at`).
    ("年", "年", Dimension::Age),
    ("处", "处", Dimension::Count),
    // 平均逗留3.2晚: nights stayed (not 晚上, 晚会).
    ("晚", "晚", Dimension::Count),
    // 满意度预测为8.7分: a score (only after a number with decimals: see `scan::unit_at`).
    ("分", "分", Dimension::Count),
    // 发放个人公积金贷款1056笔, 贷款笔数123191笔: loans or deals counted (not 一笔资金, 笔者:
    // see `scan::unit_at`).
    ("笔", "笔", Dimension::Count),
    // 经济效益综合指数升至189点，同比提高37点: an index's points (only after a word of an
    // index: see `scan::unit_at`).
    ("点", "点", Dimension::Count),
    ("兆瓦时", "兆瓦时", Dimension::Energy),
    ("车次", "车次", Dimension::Count),
    ("班次", "班次", Dimension::Count),
    ("航次", "航次", Dimension::Count),
    ("立方米", "立方米", Dimension::Volume),
    // 每日人均用水量约150公升 (Hong Kong's water, by the litre): not 升 alone, a verb after
    // an index's level (从105升至110).
    ("公升", "升", Dimension::Volume),
    ("毫升", "毫升", Dimension::Volume),
    ("立方公尺", "立方米", Dimension::Volume),
    // 再生混凝土58余万方, 建筑废弃物1666867方: builders' 方 is a cubic metre.
    ("方", "立方米", Dimension::Volume),
    ("m3", "立方米", Dimension::Volume),
    // m³, and its superscript flattened by a copy from a PDF (近1500万m 3).
    ("m³", "立方米", Dimension::Volume),
    ("m 3", "立方米", Dimension::Volume),
    // Transformers (变压器2828.08万千伏安) and cable (电力电缆42748千米).
    ("千伏安", "千伏安", Dimension::Power),
    ("千米", "公里", Dimension::Length),
    // Cloth (布51.36亿米).
    ("米", "米", Dimension::Length),
    // 年降水量仅有33毫米: rain and snow, by their depth.
    ("毫米", "毫米", Dimension::Length),
    ("公尺", "米", Dimension::Length),
    // Bridges and culverts measured along their length (桥梁40255延米).
    ("延米", "延米", Dimension::Length),
    // Broadband: 下行速率高达9340.22Mbps, 接入速率达到12Mbps以上.
    ("Mbps", "Mbps", Dimension::DataRate),
    ("Gbps", "Gbps", Dimension::DataRate),
    // 算力总规模达280EFLOPS: computing power, in floating-point operations a second.
    ("EFLOPS", "EFLOPS", Dimension::Compute),
    ("PFLOPS", "PFLOPS", Dimension::Compute),
    ("TFLOPS", "TFLOPS", Dimension::Compute),
    // 存储容量达到800EB: stored data.
    ("EB", "EB", Dimension::Storage),
    ("PB", "PB", Dimension::Storage),
    // 数据中心机架总规模超过810萬標準機架: racks, counted as standard ones or as built.
    ("标准机架", "标准机架", Dimension::Count),
    ("机架", "机架", Dimension::Count),
    // 全年作業飛行135.7萬小時: hours flown or worked (only after 万 or 亿: see
    // `scan::unit_at`).
    ("小时", "小时", Dimension::Count),
    // 單機櫃功率已達700瓦: watts (only right after a number: see `scan::unit_at`).
    ("瓦", "瓦", Dimension::Power),
    ("微克/立方米", "微克/立方米", Dimension::Concentration),
    ("微克/立方公尺", "微克/立方米", Dimension::Concentration),
    // PM2.5平均濃度每立方公尺為12.6微克, 降到10微克: micrograms of air, per cubic metre.
    ("微克", "微克/立方米", Dimension::Concentration),
    // PM10月均值不高于99μg/m3: the Latin symbol, with the Greek mu or the micro sign.
    ("μg/m3", "微克/立方米", Dimension::Concentration),
    ("µg/m3", "微克/立方米", Dimension::Concentration),
    ("μg/m³", "微克/立方米", Dimension::Concentration),
    ("µg/m³", "微克/立方米", Dimension::Concentration),
    ("ug/m3", "微克/立方米", Dimension::Concentration),
    ("毫克/立方米", "毫克/立方米", Dimension::Concentration),
    ("克/千克", "克/千克", Dimension::Concentration),
    ("毫克/升", "毫克/升", Dimension::Concentration),
    // 孕产妇死亡率从19.6/10万下降到18.3/10万: a rate per hundred thousand.
    ("/10万", "/10万", Dimension::Concentration),
    ("/十万", "/10万", Dimension::Concentration),
];

/// The canonical base symbols reach understands.
pub fn known_bases() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = BASES.iter().map(|(_, c, _)| *c).collect();
    v.dedup();
    v
}

/// The canonical spelling and dimension of a base unit written as `s` (平米 → 平方米).
pub fn base_lookup(s: &str) -> Option<(&'static str, Dimension)> {
    BASES
        .iter()
        .find(|(a, _, _)| *a == s)
        .map(|(_, c, d)| (*c, *d))
}
