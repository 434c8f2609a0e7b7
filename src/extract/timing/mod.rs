//! Which written time dates a figure: its list's place (一季度、上半年…分别), a deadline after
//! it, the nearest before it in its sentence, else one earlier in its paragraph, the sentence
//! before's (同一时期), or the months to date opening the paragraph before.

mod after;
mod before;
mod naming;
mod serves;

pub(super) use before::told_before;
pub(super) use serves::{change_base, since_year_start};

use super::figure::At;
use super::{context, goal, scan, sentence, time};
use after::{year_task_after, years_in_brackets_after};
use before::{
    done_before, months_to_date_before, opened_before, own_sentence_only, share_of_goal_next,
    to_date, LONG_LINE, PROGRESS_TIMES,
};
use time::{Role, TimeExpr, When};

/// The time expression that dates the figure `h` in the sentence `sent`, and, when it was
/// carried from outside that sentence, a note saying from where.
pub(super) fn time_of<'e>(
    t: &[char],
    h: &scan::Hit,
    exprs: &'e [TimeExpr],
    at: &'e At<'_>,
    sent: (usize, usize),
) -> Option<(&'e TimeExpr, Option<&'static str>)> {
    // The nearest time expression before the figure in its sentence, else earlier in its
    // paragraph (2025年，…。规上工业增加值增长6%: the year carries over).
    let mut k = exprs.partition_point(|e| e.end <= h.start);
    // 由去年11月预测的3.54%上修为7.71%, 由10月的预估值5.2%: when a forecast was made, not
    // what it is of; the time before it is.
    // (今年的預測下修至1.74%, 明年的预测: a year's forecast is of that year.)
    while k > 0
        && exprs[k - 1].start >= sent.0
        && !matches!(exprs[k - 1].when, When::Year(_))
        && goal::forecast_made(t, exprs[k - 1].end, h.start)
    {
        k -= 1;
    }
    // The years of an average (两年平均增长8.6%；进口为14476.04亿元): they are that rate's,
    // not the clauses' after it (but 五年年均增长13.1%；…累计新增4504家 reviews the five
    // years).
    let pace_years = |e: &&TimeExpr| {
        matches!(e.when, When::PastYears(_))
            && scan::starts(t, e.end, "平均")
            && t[e.end..h.start]
                .iter()
                .any(|c| matches!(c, '，' | '；' | '。'))
    };
    let goal_year = |e: &&TimeExpr| naming::goal_year(t, h, exprs, at.paragraph, sent.1, e);
    // A year owning the figure right after it (已超越104年的97万2968人) dates that figure
    // only.
    // So does one a change starts from (目标自去年50亿元增至90亿元，成长8成).
    // (“十一五”末的8203件: past a plan's closing quote and 末. But 2015年的26046件、16125件:
    // the list the time owns runs on to the figure.)
    let owns_another = |e: &&TimeExpr| {
        let mut d = e.end;
        while d < h.start && matches!(t[d], '”' | '"' | '」' | '末') {
            d += 1;
        }
        let list_to_figure = t[d..h.start].contains(&'、')
            && !t[d..h.start]
                .iter()
                .any(|c| matches!(c, '，' | ',' | '；' | ';' | '。'));
        let owned = t.get(d) == Some(&'的')
            && d + 1 < h.start
            && t.get(d + 1).is_some_and(char::is_ascii_digit)
            && !list_to_figure;
        let from = e.start > 0
            && matches!(t[e.start - 1], '自' | '从' | '由')
            && e.end < h.start
            && t.get(e.end).is_some_and(char::is_ascii_digit);
        owned || from
    };
    // 到6月底，省市两级今年开工建设的重点项目有3114个: 今年 describing what is counted, after
    // a nearer date in the sentence, leaves the figure to that date.
    // So for the clauses after it (开工率达87.8%).
    let describing = |e: &&TimeExpr| {
        let end = (e.end..h.start)
            .find(|&i| matches!(t[i], '，' | ',' | '；'))
            .unwrap_or(h.start);
        // (Not a 的 right before an amount: 今年访港旅客能达到估算的4600万人次 is of 今年; but
        // a share, 占今年任务数的15.23%, is of the task.)
        let from = e.end.min(end);
        let share = h.base == Some("%");
        e.when == When::Year(time::YearRef::Rel(0))
            && (from..end).any(|i| t[i] == '的' && (i + 1 < h.start || share))
            // (Not the day of a meeting, 5月14日，…召开会议，会上透露，今年全市住房公积金的归集额
            // 计划为7亿元, where 今年 dates the plan.)
            && exprs[..k].iter().any(|x| {
                let meeting = || {
                    (x.end..e.start).any(|i| {
                        ["召开", "举行", "会议", "会上"]
                            .iter()
                            .any(|w| scan::starts(t, i, w))
                    })
                };
                x.start >= sent.0
                    && x.end <= e.start
                    && (matches!(x.when, When::MonthEnd(..) | When::Part(..))
                        || (matches!(x.when, When::Day(..)) && !meeting()))
            })
    };
    let deadline_before = |e: &&TimeExpr| serves::deadline_before(t, h, e, sent, at.frame.date);
    // 2024年我区力争…；全年新建成高速公路约900公里 (in January): 全年 is the whole of the year
    // its sentence names, not the year a January text reviews.
    let named_year = |e: &'e TimeExpr| -> &'e TimeExpr {
        // (Opening its clause: not 将超过去年全年, the year before's whole, a base.)
        // (Or anywhere after a year from which a measure holds: 明年起，租屋青年全年所得在…以下.)
        let opens = e.start > 0 && matches!(t[e.start - 1], '，' | '；' | ',' | ';');
        let onward = |x: &TimeExpr| {
            x.role == Role::Onward || (x.role == Role::Plain && t.get(x.end) == Some(&'起'))
        };
        if e.when != When::Year(time::YearRef::Reviewed) || t[e.start] != '全' {
            return e;
        }
        exprs
            .iter()
            .filter(|x| x.start >= sent.0 && x.end <= e.start)
            // (Not a year compared with, 超过去年全年，全年将突破100亿美元: its 全年 is a base.)
            .rfind(|x| {
                matches!(
                    x.when,
                    When::Year(time::YearRef::Abs(_) | time::YearRef::Rel(_))
                ) && (x.role == Role::Plain && opens || onward(x))
                    && t.get(x.end) != Some(&'全')
                    && !(x.start.saturating_sub(2)..x.start)
                        .any(|k| matches!(t[k], '过' | '比' | '较' | '于'))
            })
            .unwrap_or(e)
    };
    let te = at
        .listed
        .as_ref()
        .map(|l| &l.when)
        .or_else(|| goal::deadline_after(t, h, exprs))
        .or_else(|| year_task_after(t, h, exprs))
        .or_else(|| years_in_brackets_after(t, h, exprs))
        .or_else(|| {
            exprs[..k]
                .iter()
                .rev()
                .take_while(|e| e.start >= sent.0)
                .find(|e| {
                    !pace_years(e)
                        && !goal_year(e)
                        && !serves::base_before(t, h, e)
                        && !serves::present_before_future(t, h, e, sent)
                        && !owns_another(e)
                        && !describing(e)
                        && !deadline_before(e)
                        && !serves::bracketed(t, h, e)
                        && !naming::in_document_name(t, e, h.start)
                        && !naming::names_projects(t, e, sent.0)
                })
                .map(named_year)
        });
    if let Some(e) = te {
        return Some((e, None));
    }
    // Not a start (自2006年以来): that span belongs to its own sentence; nor an
    // average's years.
    // Nor a list of times (2027年、2028年分别建成…): it serves its own sentence.
    let listed =
        |e: &&TimeExpr| t.get(e.end) == Some(&'、') || (e.start > 0 && t[e.start - 1] == '、');
    // Nor a time naming a campaign (开展一季度良好开局、夏季攻势等行动).
    let campaign = |e: &&TimeExpr| {
        let end = (e.end..t.len())
            .find(|&i| matches!(t[i], '，' | '。' | '；' | '\n'))
            .unwrap_or(t.len());
        (e.end..end).any(|i| {
            ["行动", "活动", "攻势"]
                .iter()
                .any(|w| scan::starts(t, i, w))
        })
    };
    // 1—6月，…。今年市政府先后出台文件…。…接待游客123万人次: 今年 in a sentence before,
    // after the months to date opening the paragraph, is the year so far, not the whole year.
    let paragraph_times = exprs.partition_point(|x| x.start < at.paragraph).min(k);
    // (Not for a goal, …同比下降4%的改善目标 after 全年力争…: the year's.)
    let goal_here = std::cell::OnceCell::new();
    let so_far = |e: &&TimeExpr| {
        e.when == When::Year(time::YearRef::Rel(0))
            && e.start < sent.0
            && exprs[paragraph_times..k]
                .iter()
                .any(|x| x.end <= e.start && to_date(x))
            && !*goal_here.get_or_init(|| goal::target_cue(t, h, sent, &[]))
    };
    let onward_now = |e: &&TimeExpr| {
        e.role == Role::Onward
            && match e.when {
                When::Year(time::YearRef::Rel(0)) => true,
                When::Year(time::YearRef::Abs(y)) => at.frame.date.is_some_and(|d| y >= d.year),
                _ => false,
            }
    };
    let te = exprs[..k]
        .iter()
        .rev()
        .find(|e| {
            !pace_years(e)
                && !listed(e)
                && !campaign(e)
                && !goal_year(e)
                && !serves::base_before(t, h, e)
                && !so_far(e)
                && !deadline_before(e)
                && !serves::present_before_future(t, h, e, sent)
                && !naming::in_document_name(t, e, h.start)
                && !(e.start < sent.0 && own_sentence_only(t, exprs, e))
        })
        // (A start from the year under way, 自今年起 opening a paragraph of goals, does date
        // the paragraph: its figures are of the years from then on.)
        .filter(|e| e.start >= at.paragraph && (!e.role.starts() || onward_now(e)));
    if let Some(e) = te {
        return Some((e, Some("period from earlier in the paragraph")));
    }
    // 同一时期，…: the period of the sentence before, wherever its time was written (not
    // 近10年, a review of years, nor a pace's 两年); so for every sentence of a paragraph
    // opening so.
    if context::same_period(t, sent)
        || context::same_period(t, (at.paragraph, sent.1))
        || context::clause_same_period(t, sent.0, h.start)
    {
        let te = exprs[..k].iter().rev().find(|e| {
            e.role == Role::Plain
                && matches!(
                    e.when,
                    When::Part(..)
                        | When::Month(..)
                        | When::Year(_)
                        | When::Years(..)
                        | When::YearsFromNow(..)
                        | When::FiscalMonths { .. }
                )
        });
        if let Some(e) = te {
            return Some((e, Some("同一时期: the period of the sentence before")));
        }
    }
    // ——五年里，…。\n——战略支点的功能实质性增强…建成1819个: the paragraphs after one opening
    // a review of several years go on with it until one opens with a time of its own.
    // (A line running on past LONG_LINE characters opens no review for its figures: each
    // figure's search stays bounded, and a line of 400,000 characters is read in linear time.)
    let line_end = (h.end..t.len().min(h.end + LONG_LINE)).find(|&i| t[i] == '\n');
    let line_end = line_end.or((h.end + LONG_LINE >= t.len()).then_some(t.len()));
    if let Some(e) = line_end
        .and_then(|end| opened_before(t, exprs, end + 1, at.frame.reviewed, None))
        .filter(|_| !at.frame.in_tasks(h.start))
    {
        return Some((
            e,
            Some("a review of several years opened by a paragraph before"),
        ));
    }
    // 规划要求，到2025年，…。\n基础设施更趋完善。…布局建设100个左右国家骨干冷链物流基地: the
    // paragraphs after a plan's goals are opened go on listing them, until one opens with a
    // time of its own.
    let goals = Some(before::Goals { before: h.start });
    if let Some(e) = line_end.and_then(|end| opened_before(t, exprs, end + 1, None, goals)) {
        return Some((e, Some("a plan's goals opened by a paragraph before")));
    }
    // 1-11月，全市进出口…。\n贸易结构…增长15.7%: a release's paragraph with no time of its
    // own goes on with the months to date that open the one before, for its rates.
    // So does an amount followed by its rate (第一产业投资21.8亿元，同比下降7.9%;
    // 第二产业投资124.5亿元，增长2.0%).
    let (_, clause_end) = sentence::clause(t, h.start, h.end, sent);
    // So do amounts whose rates follow in a list (接待游客301.6万人次，营业收入5473万元，分别
    // 同比增长23.1%和17.2%).
    let beside_rate = ["同比", "增长", "下降", "年增", "年减"]
        .iter()
        .any(|w| scan::starts(t, (clause_end + 1).min(t.len()), w))
        || (h.end..sent.1).any(|i| scan::starts(t, i, "分别同比"))
        // 工业项目投资717.14亿元，占43.18%: an amount and its share.
        || (h.base != Some("%") && scan::starts(t, (clause_end + 1).min(t.len()), "占"))
        // 税收收入1035万元，为年初预算2400万元的43.1%: an amount and the share of its
        // budget done.
        || (h.base != Some("%") && share_of_goal_next(t, clause_end, sent.1));
    if matches!(h.base, Some("%" | "个百分点")) || beside_rate {
        if let Some(e) = months_to_date_before(t, exprs, at.paragraph) {
            return Some((e, Some("the months to date opening the paragraph before")));
        }
    }
    // 1-9月累计完成投资229.68亿元…。\n续建项目完成投资144.77亿元: in a progress report, an
    // amount done with no time of its own is done over the months to date it last named.
    // (…投资完成640.5亿元，同比增长7.9%。其中高速公路投资195.1亿元，同比增长16.8%: so is an
    // amount with its rate, or a rate, after a sentence of its paragraph reporting one done.)
    let done_earlier = || {
        (matches!(h.base, Some("%")) || beside_rate)
            && (at.paragraph..sent.0).any(|i| scan::starts(t, i, "完成"))
    };
    // (Not months named inside an earlier item of a numbered list the figure's line is an
    // item of: 五、…；2019年1至7月，农村低保标准为3600元/年 serves item 五 only.)
    let item = super::layout::numbered_item(t, h.start);
    let other_item = |e: &TimeExpr| {
        item.is_some_and(|i| e.start < i && super::layout::numbered_item(t, e.start).is_some())
    };
    if done_before(t, h, sent) || done_earlier() {
        if let Some(e) = exprs[..k]
            .iter()
            .rev()
            // (Bounded: a long numbered list is not read back to its start for each figure.)
            .take(4 * PROGRESS_TIMES)
            .filter(|e| !other_item(e))
            .take(PROGRESS_TIMES)
            .find(|e| to_date(e))
        {
            return Some((e, Some("done over the months to date named before")));
        }
    }
    // 保障性住房开工建设44253套，…。今年以来，…上半年全市…: a lead paragraph with no time
    // before its figures reports the months to date it names later (the first time in it).
    // (Not a goal's figure: a goal with no time is the year's.)
    let first_in_paragraph = exprs.partition_point(|e| e.start < at.paragraph);
    if first_in_paragraph == k && !goal::target_cue(t, h, sent, &[]) {
        // (When nothing before it in the text names a time, the lines of a lead in short
        // sentences (GDP增速8.7%。\n…\n年初定下的15件民生实事已完成8件。…前三季度…) go on to
        // the first months to date within a few hundred characters.)
        let line_end = if k == 0 {
            t.len().min(h.end + LEAD)
        } else {
            (h.end..t.len().min(h.end + LONG_LINE))
                .find(|&i| t[i] == '\n')
                .unwrap_or(t.len().min(h.end + LONG_LINE))
        };
        // (The next few times in its line, up to a year named: 2023年全年… dates what follows.)
        if let Some(e) = exprs[k..]
            .iter()
            .take(3)
            .take_while(|e| {
                e.start < line_end
                    && !matches!(e.when, When::Year(time::YearRef::Abs(_)) | When::Years(..))
            })
            .find(|e| to_date(e))
        {
            return Some((e, Some("the months to date its paragraph names after it")));
        }
    }
    None
}

/// How far after a figure, with no time before it in the text, the months to date of its
/// lead are looked for.
const LEAD: usize = 400;

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Options};

    /// The periods of `s`'s figures, dated `date`.
    fn periods(s: &str, date: &str) -> Vec<String> {
        let opts = Options {
            date: crate::model::Date::parse(date).ok(),
            region: None,
        };
        extract(s, "t", &opts)
            .candidates
            .iter()
            .map(|c| c.period.map(|p| p.to_string()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn this_year_describing_what_is_counted_leaves_the_date() {
        let s = "到6月底，省市两级今年开工建设的重点项目有3114个，开工率达87.8%。";
        assert_eq!(periods(s, "2022-08-03"), ["2022-06-30", "2022-06-30"]);
        // With no nearer date, 今年 dates it.
        assert_eq!(
            periods("今年开工建设的重点项目有3114个。", "2022-08-03"),
            ["2022"]
        );
    }

    #[test]
    fn the_year_of_a_goal_before_its_amount_dates_the_goal_alone() {
        let s = "1至9月，三资企业出口创汇23.5亿美元，为全年工作目标21亿美元的111.8%，\
                 占郊区出口总额的比重达86%。";
        let p = periods(s, "2003-10-20");
        assert_eq!(p, ["2003Q1-Q3", "2003", "2003Q1-Q3", "2003Q1-Q3"]);
    }

    #[test]
    fn a_deadline_earlier_in_the_paragraph_bounds_a_pace() {
        let s = "过去五年，全镇完成了“十三五”的目标任务，部署“十四五”的工作。\n力争到2025年，全镇实现工农业总产值556.36亿元，\
                 年均增长8.33%。其中，工业总产值548.03亿元，年均增长8%。";
        let p = periods(s, "2021-06-04");
        assert_eq!(p, ["2025", "2021/2025", "2025", "2021/2025"]);
    }
}
