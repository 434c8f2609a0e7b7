//! How a time expression reads from the ones before it: 全年 after a year (2021年深圳全年…)
//! or the months of one, 当年 after the year named last, the second quarter of a list
//! (2025年第1、2季). The expressions themselves are found in `time.rs`.

use super::scan;
use super::time::{Role, TimeExpr, When, YearRef};

/// Gives `e` what the expressions before it (`out`, in text order) say of its year.
pub(super) fn read_after(t: &[char], out: &[TimeExpr], e: &mut TimeExpr) {
    fiscal_months(t, out, e);
    // 2021年深圳全年地区生产总值: 全年 is that year's; so is it after 今年 in its
    // sentence (今年可望达成4.56%，失业率3.35%、全年CPI为1.67%), and after a year
    // opening its paragraph (2023年，…。据初步核算，…；全年粮食总产量93亿斤; 对于2019年，…).
    if let (Some(prev), When::Year(YearRef::Reviewed)) = (out.last(), e.when) {
        let between = &t[prev.end..e.start];
        let same_sentence = !between.iter().any(|c| matches!(c, '。' | '\n'));
        let line = super::layout::line_start(t, prev.start);
        // 对于2019年，…: a word or two before it still opens the paragraph.
        let lead = &t[line..prev.start];
        let opens_paragraph = (lead.len() <= 3
            && lead.iter().all(|&c| super::indicator::is_word(c))
            && prev.role == Role::Plain
            && !between.contains(&'\n'))
            || same_year_since_opening(t, out, line, e.start);
        // 2008年农村公路建设的预计目标被超额完成。全年全社会投入…: a sentence opening with 全年
        // goes on with the year the sentence before named last.
        let compared = (prev.start.saturating_sub(2)..prev.start)
            .any(|k| matches!(t[k], '过' | '比' | '较' | '于' | '与' | '同'));
        let sentence_after = e.start > 0
            && t[e.start] == '全'
            && t[e.start - 1] == '。'
            && between.iter().filter(|&&c| c == '。').count() == 1
            && !between.contains(&'\n')
            && prev.role == Role::Plain
            && !compared;
        match prev.when {
            When::Year(y @ YearRef::Abs(_))
                if (between.len() <= 10 && same_sentence && !between.contains(&'；'))
                    || opens_paragraph
                    || sentence_after =>
            {
                e.when = When::Year(y);
            }
            // 2006年1-10月，…完成全年80亿目标任务: the year of those months.
            When::Part(y @ YearRef::Abs(_), ..)
                if (same_sentence && !between.contains(&'；')) || opens_paragraph =>
            {
                e.when = When::Year(y);
            }
            When::Year(y @ YearRef::Rel(0)) if same_sentence => e.when = When::Year(y),
            // 去年农村公路建设势头良好…：全年新改建农村公路39.3万公里: the year before's
            // whole, when it is the sentence's topic (not 比去年, a base, nor （去年同期…）).
            When::Year(y @ YearRef::Rel(-1))
                if same_sentence
                    && !between.contains(&'；')
                    && opens_clause(t, prev.start)
                    && !scan::starts(t, prev.end, "同期") =>
            {
                e.when = When::Year(y)
            }
            _ => {}
        }
    }
    // 2019年设定的目标是…，当年实际增长是6.1%; 2021年，本县…。…当年计划投资19亿元:
    // 当年 is the year named last before it.
    // So is 同年, and their months (到同年9月底).
    if matches!(t[e.start], '当' | '同') {
        // (Of a year or of its months: 于111年4月获核定；到同年9月底.)
        // (Not the start of a span to now: 是2003年以来…。当年上半年.)
        let mut named = out.iter().rev().filter(|p| !p.role.starts());
        let last_year = named.find_map(|p| match p.when {
            When::Year(y) | When::Month(y, _) | When::MonthEnd(y, _) | When::Day(y, ..) => Some(y),
            _ => None,
        });
        if let Some(YearRef::Abs(y)) = last_year {
            let y = YearRef::Abs(y);
            e.when = match e.when {
                When::Year(YearRef::Rel(0)) => When::Year(y),
                When::Month(YearRef::Rel(0), m) => When::Month(y, m),
                When::MonthEnd(YearRef::Rel(0), m) => When::MonthEnd(y, m),
                When::Part(YearRef::Rel(0), a, b) => When::Part(y, a, b),
                When::Day(YearRef::Rel(0), m, d) => When::Day(y, m, d),
                w => w,
            };
        }
    }
    // 2012年1-11月份，…同比增长10%，其中一季度增长11.6%，二季度增长9.5%: months or a quarter
    // with no year of their own, after a year's months named plainly earlier in their
    // sentence, are of that year.
    implied_year_of_sentence(t, out, e);
    // 預訂下半年報請核定 in February: months something is set for are still to come, this
    // year's (not the year before's, as months with no year still to come are). Not when a
    // year is named before them in their sentence (2019年，该项目原定于下半年…: that year's),
    // nor a plan as it first stood (原定于, 原计划于: a plan gone by).
    if let When::Part(YearRef::Implied, a, b) = e.when {
        if super::time::set_for(t, e.start) {
            let (sentence, _) = super::sentence::sentence(t, e.start, e.end);
            let year_named = out.iter().any(|p| {
                p.start >= sentence
                    && matches!(
                        p.when,
                        When::Year(YearRef::Abs(_) | YearRef::Rel(_))
                            | When::Part(YearRef::Abs(_), ..)
                    )
            });
            let first_plan = (e.start.saturating_sub(4)..e.start).any(|k| t[k] == '原');
            if !year_named && !first_plan {
                e.when = When::Part(YearRef::Rel(0), a, b);
            }
        }
    }
    // 2025年第1、2季: the second quarter of a list shares the first one's year.
    if let (Some(prev), When::Part(YearRef::Implied, a, b)) = (out.last(), e.when) {
        if let When::Part(y, ..) = prev.when {
            if t.get(prev.end) == Some(&'、') && prev.end + 1 == e.start {
                e.when = When::Part(y, a, b);
            }
        }
    }
}

/// Gives months or a quarter written with no year (一季度, 11月份) the year of the nearest time
/// before them in their sentence, when that time names a year's months plainly (2012年1-11月份，
/// …，其中一季度…), not as a base (比2011年同期) nor across a ；.
fn implied_year_of_sentence(t: &[char], out: &[TimeExpr], e: &mut TimeExpr) {
    let Some(prev) = out.last() else {
        return;
    };
    let between = &t[prev.end..e.start];
    if prev.role != Role::Plain
        || between
            .iter()
            .any(|c| matches!(c, '。' | '\n' | '；' | ';'))
    {
        return;
    }
    // (Not after a year alone: 在2022年增长12%的基础上，1-10月再增长5% is this year's.)
    let y = match prev.when {
        When::Part(y @ YearRef::Abs(_), ..) | When::Month(y @ YearRef::Abs(_), _) => y,
        _ => return,
    };
    e.when = match e.when {
        When::Part(YearRef::Implied, a, b) => When::Part(y, a, b),
        When::Month(YearRef::Implied, m) => When::Month(y, m),
        w => w,
    };
}

/// Whether the paragraph beginning at `line` (and holding `at`) opens with a year (a word or two before it at
/// most) and every time named in it since is that year (2005年，…，当年的各项任务完成得较好：全年
/// 生产总值…: 当年 restates it).
fn same_year_since_opening(t: &[char], out: &[TimeExpr], line: usize, at: usize) -> bool {
    if t[line..at].contains(&'\n') {
        return false;
    }
    let mut own = out.iter().filter(|p| p.start >= line);
    let Some(first) = own.next() else {
        return false;
    };
    let lead = &t[line..first.start];
    let opens = lead.len() <= 3
        && lead.iter().all(|&c| super::indicator::is_word(c))
        && first.role == Role::Plain;
    match first.when {
        When::Year(y @ YearRef::Abs(_)) if opens => {
            own.all(|p| p.when == When::Year(y) && p.role == Role::Plain)
        }
        _ => false,
    }
}

/// Whether a time at `i` opens its clause: first in the text or right after a stop, a comma
/// or a colon (据…介绍，去年…; not 比去年, nor （去年同期…）).
fn opens_clause(t: &[char], i: usize) -> bool {
    i == 0 || matches!(t[i - 1], '，' | ',' | '。' | '；' | '：' | '\n')
}

/// 本财政年度的首9个月, 今个财政年度首10个月 (Hong Kong's accounts): the first months of the
/// fiscal year named right before, from April; and 首9个月 again later in the text, of the same
/// fiscal year.
fn fiscal_months(t: &[char], out: &[TimeExpr], e: &mut TimeExpr) {
    let When::Part(YearRef::Implied, 1, months) = e.when else {
        return;
    };
    if !matches!(t[e.start], '首' | '前') {
        return;
    }
    let fiscal = |p: &TimeExpr| match p.when {
        When::FiscalYear(year) => Some((year, false)),
        When::FiscalYearRel(year) => Some((year, true)),
        When::FiscalMonths { year, relative, .. } => Some((year, relative)),
        _ => None,
    };
    let right_before = out
        .last()
        .filter(|p| matches!(&t[p.end..e.start], [] | ['的']))
        .and_then(fiscal);
    let earlier = || {
        out.iter().rev().find_map(|p| match p.when {
            When::FiscalMonths { .. } => fiscal(p),
            _ => None,
        })
    };
    if let Some((year, relative)) = right_before.or_else(earlier) {
        e.when = When::FiscalMonths {
            year,
            relative,
            months,
        };
    }
}
