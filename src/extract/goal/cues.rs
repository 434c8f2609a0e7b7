//! The words of goals: those that set one, those that also tell what was done, and those that
//! forecast.

/// Words that set a goal.
pub(in crate::extract) const TARGET_CUES: &[&str] = &[
    "力争",
    // Taiwan's 力拚 (力拚普及率9成).
    "力拚",
    "力拼",
    // 力求遏制…特别重大瓦斯事故: strive to.
    "力求",
    "目标",
    "打造",
    "培育形成",
    "争取",
    "确保",
    "将",
    "计划",
    "预计",
    "预料",
    "预测",
    "预估",
    "推估",
    "估算",
    "估计",
    "有望",
    "可望",
    "有信心",
    "盼能",
    // 盼在全县增设五十八所 (Taiwan): hoped for, a goal.
    "盼在",
    // 盼尽快把每日人均用水量降回疫情前135公升, 希望尽快把…降到…的水平: hoped for soon (not
    // 希望 alone, 希望小学, 希望工程: names).
    "盼尽快",
    "希望尽快",
    "希望能",
    // 交通部则希望今年观光外汇收入可达到4300亿元, 希望让累积的电动机车数量增加至20万台: hoped
    // for a time or a change named right after it (not 希望把这1000万元用在…, a sum there is,
    // nor the firm 新希望: see `goal_words`).
    "希望今年",
    "希望明年",
    "希望全年",
    "希望到",
    "希望让",
    // 粗估上看915萬箱, 上看2万亿: what it could reach, a forecast.
    "上看",
    "粗估",
    "冲刺",
    // 今年软件业收入瞄准1500亿元: aimed at.
    "瞄准",
    "迈向",
    // A forecast revised (上修为7.71%), a threshold in doubt (能否挤进, 不太可能突破).
    "上修",
    "下修",
    "能否",
    "能不能",
    "不太可能",
    // 全年出口规模可能达到6000亿美元: what a year may reach, a forecast.
    "可能达到",
    "可能突破",
    "可能超过",
    "努力",
    "建成为",
    "规划到",
    // 投资比例应完成25%: what should be done by now, a benchmark.
    "应完成",
    "应达到",
    // 今年须完成投资38.62亿元: what must be done.
    "须完成",
    "须达到",
    "需完成",
    "需达到",
    // 本市为2009年定下了三项市政府实事项目，分别是：…: what a year is set.
    "定下",
    // 省级考核指标共有四项，分别是专利申请量280件…: what a year is assessed against; 下达控制
    // 指标为32人: a ceiling set.
    "考核指标",
    "控制指标",
    // 全年剩余日控制值为56μg/m3: the level the days left must keep to.
    "控制值",
    // 交通部原定今年吸引1000万名: a goal set before, met or not.
    "原定",
    "原订",
    // 预定在113年底前完成直接兴建12万户, 预定的累计兴办户数: what is scheduled.
    "预定",
    // 实事内容为新建成保障性住房1700套，已新建成1721套: what a public project list promises.
    "实事内容",
    // 今年要增10%、达60亿美元: what a year is to bring (not 比去年要高).
    "今年要",
    "明年要",
    // 2020年太阳光电要达到6.5GW的设置量: what is required by then.
    "要达到",
    // 2010年…全国要有96.1%的乡镇通上油路: a share required.
    "要有",
    // 我建议把子女免税额由现时每名40,000元提高至50,000元 (a budget speech): a proposal.
    PROPOSALS[0],
    PROPOSALS[1],
    PROPOSALS[2],
    "要建成",
    "要实现",
    // 到2020年要做到：1、… (the goals listed after it).
    "要做到",
    "要完成",
    // 2019年全国粮食播种面积要稳定在16.5亿亩: a level to hold.
    "要稳定在",
    "要保持在",
    // 存栏要比上年增长2%以上, 生猪生产要继续巩固发展，存栏比上年增长2%以上: what is asked of
    // the year (not 比去年要高: 要 after the comparison).
    "要比上年",
    "要比去年",
    "要继续",
    // 补助标准要从每人每年120元提高到200元: a level to be raised to (or cut to, held under).
    "要从",
    "要提高",
    "要增加",
    "要扩大",
    "要降低",
    "要减少",
    "要下降",
    "要控制在",
    // 年初定下的15件民生实事已完成8件: what the year set out at its start.
    YEAR_START_GOALS[0],
    YEAR_START_GOALS[1],
    YEAR_START_GOALS[2],
    YEAR_START_GOALS[3],
    YEAR_START_GOALS[4],
];

/// Words proposing a measure (a budget speech's 我建议把…由…提高至…): a goal, and a change to
/// come; what is proposed follows 建议把 or 建议将 (the last two).
pub(crate) const PROPOSALS: [&str; 3] = ["我建议", "建议把", "建议将"];

/// What a year set out at its start (年初定下的15件民生实事, 远超年初所定…达到185元的基本标准): a
/// goal, of that year.
pub(crate) const YEAR_START_GOALS: [&str; 5] =
    ["年初定下", "年初确定", "年初制定", "年初提出", "年初所定"];

/// Goal words that also describe what was done (打造了, 将…纳入, 建成为): in a review they
/// make no target on their own.
pub(in crate::extract) const WEAK: &[&str] =
    &["打造", "培育形成", "将", "建成为", "预计", "预料", "估计"];

/// Words that forecast rather than set a goal: in the last month of a year, what they say of
/// the whole year is its estimate, an actual (十二月：今年经济成长率预测达5.46%).
pub(in crate::extract) const FORECASTS: &[&str] = &[
    "预计", "预料", "预测", "预估", "推估", "估算", "估计", "可望", "有望",
];
