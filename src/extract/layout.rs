//! The layout of a document's lines: which lines are headlines, where a paragraph goes on
//! past a line break (a line ending in ；, a breakdown such as 按行业分，), and which line heads a
//! bulleted list.

use super::scan::starts;

/// Where the paragraph of the figure being read starts, and the line heading its list.
#[derive(Default)]
pub(super) struct Paragraph {
    /// The first character of the paragraph.
    pub(super) start: usize,
    /// The line heading the list the figure is an item of.
    pub(super) list_head: Option<(usize, usize)>,
}

impl Paragraph {
    /// Reads on past the line breaks in `t[from..to]` (from the last figure to the next).
    /// A paragraph goes on past a line break, and a bulleted list belongs to its heading's
    /// paragraph. Of the breaks the last decides, and one before a heading (一季度…。\n总体目标
    /// \n…目标是…。\n重点有：\n一是…: the items are not of the first line's paragraph).
    pub(super) fn read_past(&mut self, t: &[char], from: usize, to: usize) {
        let breaks: Vec<usize> = (from..to).filter(|&i| t[i] == '\n').collect();
        for (n, &end) in breaks.iter().enumerate() {
            let last = n + 1 == breaks.len();
            if !last && !heading(t, end + 1) {
                continue;
            }
            self.list_head = list_heading(t, end + 1);
            if !goes_on(t, end) && self.list_head.is_none() && !labelled_item(t, end + 1) {
                self.start = end + 1;
            }
        }
        // Under a numbered heading (三、2026年…的总体要求), its section is the paragraph.
        if let Some((a, _)) = self.list_head.filter(|&(a, b)| numbered_heading(t, a, b)) {
            self.start = self.start.max(a);
        }
    }
}

/// Whether the paragraph before the line break at `end` goes on in the next line: the line
/// ends in ； ， or ：, or the next opens by detailing it (具体来看, 其中, 当中, 按行业分，).
fn goes_on(t: &[char], end: usize) -> bool {
    let last = t[..end].iter().rposition(|c| !c.is_whitespace());
    let open = last.is_some_and(|l| matches!(t[l], '；' | ';' | '，' | ',' | '：'));
    let details = ["具体来看", "具体看", "其中", "当中"]
        .iter()
        .any(|w| starts(t, end + 1, w));
    open || details || breakdown(t, end + 1)
}

/// Whether the line at `i` opens with a breakdown (分行业看, 按行业分，, 分产品看): it details
/// the paragraph before it.
fn breakdown(t: &[char], i: usize) -> bool {
    let head = &t[i..t.len().min(i + 8)];
    let at = |c: char| head.iter().position(|x| *x == c);
    match head.first() {
        Some('分') => at('看').is_some_and(|k| k <= 5),
        Some('按') => at('分').is_some_and(|k| k <= 6),
        _ => false,
    }
}

/// Whether the line at `start` opens with a short label and a colon (贵阳市：目标1027.0亿元…,
/// 合计：…) under a line ending in ： that introduces such items (各地区的完成情况如下：), the
/// labelled lines between them too (at most 30): the items go on the paragraph introducing
/// them.
fn labelled_item(t: &[char], start: usize) -> bool {
    let labelled = |a: usize| {
        let colon = t[a..t.len().min(a + 9)]
            .iter()
            .position(|c| matches!(c, '：' | ':'));
        colon.is_some_and(|k| k >= 2 && t[a..a + k].iter().all(|c| super::scan::is_ideograph(*c)))
    };
    if start >= t.len() || !labelled(start) {
        return false;
    }
    lines_before(t, start)
        .take(30)
        .find(|&(a, _)| !labelled(a))
        .is_some_and(|(a, end)| t[a..end].iter().rev().find(|c| !c.is_whitespace()) == Some(&'：'))
}

/// Characters that open an item of a bulleted list.
const BULLETS: &[char] = &['◆', '●', '•', '·', '▪', '■', '★', '☆', '◇', '○', '-', '*'];

/// For a line starting at `start` with a bullet, the line heading its list: the nearest line
/// before it that is neither empty nor an item (at most 30 lines back).
fn list_heading(t: &[char], start: usize) -> Option<(usize, usize)> {
    // ——规模效益再上台阶：…, a dash of two, heads an item only after a line ending in ：
    // (a report's paragraphs may open with one too).
    let first = |a: usize| a + t[a..].iter().take_while(|c| c.is_whitespace()).count();
    let dash = |a: usize| starts(t, first(a), "——");
    let bullet = |a: usize| t.get(first(a)).is_some_and(|c| BULLETS.contains(c)) || dash(a);
    if start >= t.len() {
        return None;
    }
    if !bullet(start) {
        return goal_heading(t, start);
    }
    let introduces = |(a, b): (usize, usize)| {
        !dash(start) || t[a..b].iter().rev().find(|c| !c.is_whitespace()) == Some(&'：')
    };
    lines_before(t, start)
        .take(30)
        .find(|&(a, end)| t[a..end].iter().any(|c| !c.is_whitespace()) && !bullet(a))
        .filter(|&l| introduces(l))
}

/// The lines before the one starting at `start`, nearest first, as (first character, end).
fn lines_before(t: &[char], start: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut end = start.checked_sub(1); // the '\n' before the line
    std::iter::from_fn(move || {
        let e = end?;
        let a = t[..e].iter().rposition(|c| *c == '\n').map_or(0, |k| k + 1);
        end = a.checked_sub(1);
        Some((a, e))
    })
}

/// For a line with no bullet, the line heading it when the lines before it, up to 10, lead
/// back to a line ending in ： that voices a goal (2022年重大项目计划主要投向三大领域：), each
/// of them an item (not itself ending in ：).
/// So does a numbered heading (二、“十五五”时期的主要目标和重大任务, 三、2026年…的总体要求和
/// 政策取向) over the short lines of its section.
fn goal_heading(t: &[char], start: usize) -> Option<(usize, usize)> {
    // Items under a numbered heading are short lines with no sentence of their own.
    let item = |a: usize, end: usize| end - a <= 60 && !t[a..end].contains(&'。');
    let mut items = start >= t.len() || {
        let end = t[start..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(t.len(), |k| start + k);
        item(start, end)
    };
    // (Blank lines between the items, as web pages set lists, do not count.)
    let lines =
        lines_before(t, start).filter(|&(a, end)| t[a..end].iter().any(|c| !c.is_whitespace()));
    for (a, end) in lines.take(10) {
        let last = t[a..end].iter().rev().find(|c| !c.is_whitespace())?;
        if matches!(last, '：' | ':') {
            if super::goal::goal_words(t, a, end, &[]) {
                return Some((a, end));
            }
            // 今年…的总体目标是…。\n重点有四个方面：, a short line introducing the items of
            // the goal in the line before it: the two head the list.
            let goal_before = lines_before(t, a)
                .find(|&(p, e)| t[p..e].iter().any(|c| !c.is_whitespace()))
                .filter(|&(p, e)| super::goal::goal_words(t, p, e, &[]));
            return goal_before
                .filter(|_| end - a <= 12 && !t[a..end].contains(&'，'))
                .map(|(p, _)| (p, end));
        }
        if items && numbered_heading(t, a, end) {
            return (names_tasks(t, a, end) || super::goal::goal_words(t, a, end, &[]))
                .then_some((a, end));
        }
        items &= item(a, end);
    }
    None
}

/// Whether a heading `t[a..end]` names tasks or the coming year's aims (工作任务, 总体要求和
/// 政策取向): its items are goals.
pub(super) fn names_tasks(t: &[char], a: usize, end: usize) -> bool {
    ["任务", "总体要求", "政策取向"]
        .iter()
        .any(|w| (a..end).any(|i| starts(t, i, w)))
}

/// Whether the line starting at `a` is a short heading (总体目标, 二、重点任务): at most 20
/// characters, no punctuation.
fn heading(t: &[char], a: usize) -> bool {
    let end = t[a..]
        .iter()
        .position(|c| *c == '\n')
        .map_or(t.len(), |k| a + k);
    let line = &t[a..end];
    let words = line.iter().filter(|c| !c.is_whitespace()).count();
    (2..=20).contains(&words)
        && !line
            .iter()
            .any(|c| "。，,；;：:！？!?（）()".contains(*c) || c.is_ascii_digit())
}

/// Whether `t[a..end]` is a numbered heading: 二、 or （二） first, at most 40 characters, no
/// sentence end.
fn numbered_heading(t: &[char], a: usize, end: usize) -> bool {
    let line = &t[a..end];
    ordinal(line) && line.len() <= 40 && !line.contains(&'。')
}

/// Whether `line` opens with an ordinal in Chinese numerals: 二、 or （二）.
fn ordinal(line: &[char]) -> bool {
    let numeral = |c: &char| "一二三四五六七八九十".contains(*c);
    match line {
        ['（', rest @ ..] => {
            let n = rest.iter().take_while(|c| numeral(c)).count();
            n > 0 && rest.get(n) == Some(&'）')
        }
        _ => {
            let n = line.iter().take_while(|c| numeral(c)).count();
            n > 0 && line.get(n) == Some(&'、')
        }
    }
}

/// The start of the line holding `at` when the line is an item of a numbered list (七、改建
/// 农村用户厕所：目标任务3980个，实际完成1290个): its first 400 characters at most are looked
/// back over.
pub(super) fn numbered_item(t: &[char], at: usize) -> Option<usize> {
    let start = line_start_within(t, at, 400)?;
    ordinal(&t[start..t.len().min(start + 6)]).then_some(start)
}

/// Where the line holding `at` starts: just after the line break before it, or 0.
pub(super) fn line_start(t: &[char], at: usize) -> usize {
    t[..at]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |k| k + 1)
}

/// Where the line holding `at` starts, when at most `back` characters back: a figure on a
/// line of a million characters is read in linear time.
pub(super) fn line_start_within(t: &[char], at: usize, back: usize) -> Option<usize> {
    let from = at.saturating_sub(back);
    t[from..at]
        .iter()
        .rposition(|&c| c == '\n')
        .map(|k| from + k + 1)
        .or((from == 0).then_some(0))
}

/// Whether line `n` (1-based) of `t` is a headline: at most 80 characters outside markup
/// (`<p><strong>…</strong></p>`), with no sentence end.
pub(super) fn headline_lines(t: &[char]) -> Vec<bool> {
    let mut out = vec![false]; // line numbers start at 1
    for line in t.split(|c| *c == '\n') {
        let ends = line
            .iter()
            .any(|c| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';'));
        let mut inside = false;
        let visible = line
            .iter()
            .filter(|c| match c {
                '<' => {
                    inside = true;
                    false
                }
                '>' => {
                    inside = false;
                    false
                }
                _ => !inside,
            })
            .count();
        out.push(!ends && visible <= 80);
    }
    out
}
