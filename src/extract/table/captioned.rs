//! Tables written as lines under a caption naming their unit (…完成情况（单位:万元）：, then
//! 总计：年度计划708033，中央资金199033，…).

use super::{lines, number, Cell, Column};
use crate::extract::scan::{number_at, Hit};

/// The cells of tables written as lines under a caption naming their unit (…完成情况（单位:万元）：
/// then 总计：年度计划708033，中央资金199033，完成投资计划655920，…): in each line after the
/// caption, up to one with no label and colon, a bare number ending a part (between ， or ；)
/// takes the caption's unit; the words before it in its part are its column, the line's label
/// its row. Numbers with a unit of their own (完成率92.6%) are read as written.
pub(crate) fn captioned_cells(t: &[char]) -> Vec<Cell> {
    let mut out = Vec::new();
    let lines = lines(t);
    let mut unit: Option<Hit> = None;
    for &(a, b) in &lines {
        if let Some(u) = caption_unit(t, a, b) {
            unit = Some(u);
            continue;
        }
        let Some(u) = &unit else { continue };
        let Some(colon) = (a..b).find(|&i| matches!(t[i], '：' | ':')) else {
            unit = None;
            continue;
        };
        let label: String = t[a..colon].iter().filter(|c| !c.is_whitespace()).collect();
        let mut s = colon + 1;
        for i in colon + 1..=b {
            let end_of_part = i == b || matches!(t[i], '，' | ',' | '；' | ';' | '。');
            if !end_of_part {
                continue;
            }
            let digits = (s..i)
                .rev()
                .take_while(|&k| t[k].is_ascii_digit() || t[k] == '.')
                .count();
            let n = i - digits;
            if digits > 0 && n > s && !t[n - 1].is_ascii_digit() {
                if let Some(value) = number(t, n, i, false) {
                    let hit = Hit {
                        start: n,
                        end: i,
                        num_start: n,
                        num_end: i,
                        value,
                        high: None,
                        ..u.clone()
                    };
                    let column = Column {
                        name: t[s..n].iter().filter(|c| !c.is_whitespace()).collect(),
                        start: s,
                        end: n,
                    };
                    out.push(Cell {
                        hit,
                        label: label.clone(),
                        column,
                        left: Vec::new(),
                    });
                }
            }
            s = i + 1;
        }
    }
    out
}

/// The unit a caption line names (…完成情况（单位:万元）：, 單位：萬元), when the line ends with it.
fn caption_unit(t: &[char], a: usize, b: usize) -> Option<Hit> {
    let at = (a..b).find(|&i| {
        matches!(t[i], '单' | '單')
            && matches!(t.get(i + 1), Some('位'))
            && matches!(t.get(i + 2), Some('：' | ':'))
    })?;
    let from = at + 3;
    let to = (from..b)
        .find(|&i| matches!(t[i], '）' | ')' | '；' | ';'))
        .unwrap_or(b);
    let rest = &t[to..b];
    if !rest
        .iter()
        .all(|c| matches!(c, '）' | ')' | '：' | ':' | ' '))
    {
        return None;
    }
    let mut one: Vec<char> = vec!['1'];
    one.extend(&t[from..to]);
    match number_at(&one, 0, false) {
        Ok(h) if h.end == one.len() && h.base.is_some() => Some(h),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::table::tests::{chars, rows};

    #[test]
    fn lines_under_a_caption_take_its_unit() {
        let t = chars(
            "完成情况（单位:万元）：\n总计：年度计划708033，中央资金199033，完成率92.6%。\n\
             说明文字。\n其后：计划5000。\n",
        );
        let c = captioned_cells(&t);
        let got = rows(&c);
        assert_eq!(
            got,
            vec![
                ("总计".into(), 708033.0, "年度计划".into()),
                ("总计".into(), 199033.0, "中央资金".into()),
            ]
        );
        assert_eq!(c[0].hit.scale.prefix(), "万");
        // A caption must end its line: 单位 inside a sentence names no table.
        assert!(captioned_cells(&chars(
            "责任单位：市卫健局，新增托位1155个。\n甲：计划5000。\n"
        ))
        .is_empty());
    }
}
