//! The words of what someone means to do before a figure: 将 before a verb (将新建), 预期
//! before one (预期增长), 拟 planning (拟安排), 力争 striving (力争新增就业5000人).

use super::super::scan::{is_ideograph, starts, Hit};

/// Whether the figure's clause strives for it (力争, 力求, 力拚) with nothing said done or now
/// between (已, 实际, 目前, 但): 2019年，山西力争培训100万人 is a goal of a year gone by, not
/// what it saw. Only in the figure's own clause: 力争新增就业5000人，全年新增就业5200人 tells
/// the goal, then what came of it; 在力争上游的氛围中，地区生产总值增长7.2% strives for no
/// figure. (Not 争取, also won: 争取到国家“两重”建设任务162项; nor 确保, also what a work
/// ensures: 可確保…保護約350公頃.)
pub(crate) fn striven(t: &[char], h: &Hit, sent: (usize, usize)) -> bool {
    const STRIVE: &[&str] = &["力争", "力求", "力拚", "力拼"];
    let (a, _) = super::super::sentence::clause(t, h.start, h.end, sent);
    (a..h.start)
        // (力争目标 names a goal a share is of: 为年度力争目标(606.5亿元)的137.9%.)
        .rfind(|&k| {
            STRIVE
                .iter()
                .any(|w| starts(t, k, w) && !starts(t, k + 2, "目标"))
        })
        .is_some_and(|k| {
            !(k..h.start).any(|i| {
                t[i] == '已'
                    || ["实际", "完成了", "超额", "目前", "但"]
                        .iter()
                        .any(|w| starts(t, i, w))
            })
        })
}

/// Whether `t[i..]` is 将 before a verb of what is to be done: will do, not put.
pub(super) fn will(t: &[char], i: usize) -> bool {
    const VERBS: &[&str] = &[
        "新建",
        "建成",
        "建设",
        "培育",
        "达到",
        "实现",
        "完成",
        "新增",
        "突破",
        "提高",
        "增加",
        "扩大",
        "开工",
        "新开工",
        "举办",
        "实施",
        "推出",
        "带动",
        "增至",
        "提升",
        "于",
        "从",
        "由",
        "发放",
        "投放",
        "安排",
        "投入",
    ];
    // (将再发放, 将继续投入, 將持續辦理: again, still, further.)
    let after = ["再", "继续", "持续", "进一步", "陆续", ""]
        .iter()
        .find(|w| starts(t, i + 1, w))
        .map_or(i + 1, |w| i + 1 + w.chars().count());
    // (将继续以西部地区为重点，…开展62个大示范区建设, 將持續辦理…13項重大工程: going on is to
    // be done, whatever verb.)
    starts(t, i, "将")
        && (VERBS.iter().any(|v| starts(t, after, v))
            || ["继续", "持续"].iter().any(|w| starts(t, i + 1, w)))
}

/// Whether 将 before a verb of what is to be done ([`will`]) stands in `t[a..b]`.
pub(crate) fn will_in(t: &[char], a: usize, b: usize) -> bool {
    (a..b).any(|i| will(t, i))
}

/// 预期增长5.5%, 预期目标, 预期全年…为: an expectation set; not 好于预期 (an outcome
/// against one).
pub(super) fn expected(t: &[char], i: usize) -> bool {
    // (Also 预期培育数位人才60名以上, 预期带动: expected before a verb of what is to be done;
    // not an outcome against expectations, 超预期, 符合预期, nor 预期寿命, life expectancy.)
    const VERBS: &[&str] = &[
        "培育", "带动", "新增", "达到", "完成", "实现", "可以", "将", "创造",
    ];
    let against = i > 0 && matches!(t[i - 1], '于' | '超' | '及' | '合' | '出' | '到' | '乎');
    starts(t, i, "预期")
        && !against
        && ["增长", "目标", "增速", "为", "是", "全年", "今年", "明年"]
            .iter()
            .chain(VERBS)
            .any(|w| starts(t, i + 2, w))
}

/// 今年赤字率拟按3%安排, 拟安排地方政府专项债券3.65万亿元, 今年福建拟举办…赛事活动200项: 拟
/// before what is planned; not 模拟, 虚拟, 草拟, 比拟 (a simulation, something virtual,
/// drafted, likened), nor 拟定, 拟合, 拟人 (drawn up, fitted, personified), nor 拟 naming a
/// kind of thing (拟上市企业36家, 拟建项目, 拟任干部, 拟录用人员), nor the name of what projects
/// plan (正在洽谈的项目有9个，拟投资总额75.66亿元: reported as it stands). A skip list names
/// it by `PLANNED`.
pub(super) fn planned(t: &[char], i: usize) -> bool {
    const KINDS: &[&str] = &["上市", "挂牌", "任", "录"];
    // (Read at every character of every goal look-up: nothing more unless it is 拟.)
    if t[i] != '拟' {
        return false;
    }
    // (拟建项目 names projects; 拟建成, 拟建设, 今年拟建30多座 build.)
    let to_build = starts(t, i + 1, "建")
        && t.get(i + 2)
            .is_some_and(|c| is_ideograph(*c) && !matches!(c, '成' | '设'));
    // (拟投资总额, 拟投资额: a name; 拟新增额度 plans.)
    let amount_named =
        starts(t, i + 3, "总额") || (t.get(i + 3) == Some(&'额') && t.get(i + 4) != Some(&'度'));
    let not_a_plan = (i > 0 && matches!(t[i - 1], '模' | '虚' | '草' | '比'))
        || KINDS.iter().any(|w| starts(t, i + 1, w))
        || to_build
        || amount_named;
    !not_a_plan
        && t.get(i + 1).is_some_and(|c| {
            is_ideograph(*c) && !matches!(c, '定' | '合' | '人' | '态' | '声' | '稿')
        })
}
