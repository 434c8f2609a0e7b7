//! What a project is to give once built (达产后年产值500亿元, 全部建成后，年发电量…): an
//! expected effect, a goal with no year of its own.

use super::super::scan::{starts, Hit};

/// What a project is to give once built (项目建成投产后可实现年产值120亿元, 达产后年产值
/// 500亿元, 完工以后约可释出48.37公顷…，引进137家厂商): an expected effect, a goal with no
/// year of its own. At full capacity (达产, 满产, 达效) it is always to come; after 建成, 投产,
/// 完工 only with a word of what may or will be (可, 将, 预计): 高速建成后，通车里程达1.2万公里
/// reports it done. Returns where the words after 后 begin.
pub(crate) fn expected_effect(t: &[char], h: &Hit, sent: (usize, usize)) -> Option<usize> {
    const DONE: &[&str] = &[
        "达产", "满产", "达效", "投产", "建成", "完工", "竣工", "运营",
    ];
    const AFTER: &[&str] = &["以后", "之后", "后"];
    const MAY: &[&str] = &["可", "将", "预计", "可望", "有望", "能"];
    (sent.0..h.start).find_map(|i| {
        let w = DONE.iter().find(|w| starts(t, i, w))?;
        let k = i + w.chars().count();
        let k = k + AFTER.iter().find(|a| starts(t, k, a))?.chars().count();
        let between = t.get(k..h.start)?;
        if between.iter().any(|c| matches!(c, '；' | ';' | '。')) {
            return None;
        }
        let capacity = matches!(*w, "达产" | "满产" | "达效")
            && !between.iter().any(|c| matches!(c, '，' | ','));
        let may = (k..h.start).any(|j| MAY.iter().any(|m| starts(t, j, m)));
        // (So is what a year will then give, after all are built: 这些项目全部建成后，年发电量近
        // 200亿千瓦时，相当于节约标煤600万吨.)
        let all = i >= 2 && starts(t, i - 2, "全部");
        let yearly = (k..h.start)
            .find(|&j| !matches!(t[j], '，' | ',' | ' '))
            .is_some_and(|j| t[j] == '年' && t.get(j + 1).is_some_and(|c| !c.is_ascii_digit()));
        (capacity || may || (all && yearly)).then_some(k)
    })
}

#[cfg(test)]
mod tests {
    use super::super::named::tests::figure_in;

    #[test]
    fn what_a_project_is_to_give() {
        let effect = |s: &str, fig: &str| {
            let (t, h) = figure_in(s, fig);
            super::expected_effect(&t, &h, (0, t.len())).is_some()
        };
        assert!(effect("项目建成投产后可实现年产值120亿元", "120亿元"));
        assert!(effect("达产后年产值500亿元", "500亿元"));
        assert!(effect(
            "完工以后，约可释出48.37公顷产业用地，引进137家厂商",
            "137家"
        ));
        // Done: no word of what may be, or the capacity clause is over.
        assert!(!effect(
            "高速建成后，全省高速公路通车里程达1.2万公里",
            "1.2万公里"
        ));
        assert!(!effect("三期投产后总装机达386万千瓦", "386万千瓦"));
        assert!(!effect("达产后，全年完成产值80亿元", "80亿元"));
    }
}
