//! What a time expression stands for in a document's frame: 今年 in a text of 2022 is 2022,
//! 1-12月 in January is last year's, 这五年 the years a report reviews, 到2021年9月 its last day.

use super::frame::Frame;
use super::time::{Role, TimeExpr, When, YearRef};
use crate::model::{Date, Period};

/// The year of `y`, for months `from..=to` when they are given.
fn resolve_year(y: YearRef, frame: &Frame, months: Option<(u32, u32)>) -> Option<i32> {
    let doc = frame.date;
    match y {
        YearRef::Abs(y) => Some(y),
        YearRef::Rel(r) => doc.map(|d| d.year + r),
        YearRef::Ahead(n) => doc.map(|d| d.year + n - i32::from(d.month <= 3)),
        // Months not yet over are last year's when they run from January (1-12月 in a
        // release of January: data exist only for months that ended); a single month or
        // quarter only when it has not begun (第4季 in November is this year's).
        YearRef::Implied => doc.map(|d| {
            let later = months.is_some_and(|(a, b)| if a == 1 { b > d.month } else { a > d.month });
            d.year - i32::from(later)
        }),
        YearRef::Reviewed => frame.reviewed,
    }
}

/// The year and month `n` months before `d`'s.
fn months_ago(d: Date, n: u32) -> (i32, u32) {
    let months = d.year * 12 + d.month as i32 - 1 - n as i32;
    (months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
}

/// The first year of the fiscal year (April to March) under way on `d`.
fn fiscal_under_way(d: Date) -> i32 {
    if d.month >= 4 {
        d.year
    } else {
        d.year - 1
    }
}

pub(super) fn date(y: i32, m: u32, d: Option<u32>) -> Option<Date> {
    let s = match d {
        Some(d) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("{y:04}-{m:02}"),
    };
    Date::parse(&s).ok()
}

/// The period an expression stands for in a document's frame (`None` when it needs a date
/// that is unknown, or names an impossible day).
pub fn resolve(e: &TimeExpr, frame: &Frame) -> Option<Period> {
    let doc = frame.date;
    let p = match e.when {
        When::Year(y) => {
            let y = resolve_year(y, frame, None)?;
            // (从2018年起 in a text of 2018: that year, the first of those to come.)
            if e.role == Role::Onward && doc.is_some_and(|d| d.year <= y) {
                return Some(Period::Year(y));
            }
            if e.role.starts() {
                return doc
                    .filter(|d| d.year >= y)
                    .map(|to| Period::Span { from: y, to });
            }
            Period::Year(y)
        }
        When::Part(y, 1, 12) => Period::Year(resolve_year(y, frame, Some((1, 12)))?),
        When::Part(y, from, to) => Period::Part {
            year: resolve_year(y, frame, Some((from, to)))?,
            from,
            to,
        },
        When::Month(y, m) if e.role != Role::End => Period::Part {
            year: resolve_year(y, frame, Some((m, m)))?,
            from: m,
            to: m,
        },
        // 截至3月下旬 in a text of 29 March: as of that day, not of a month's end to come.
        When::Month(y, m) | When::MonthEnd(y, m) => {
            let end = date(resolve_year(y, frame, Some((m, m)))?, m, None)?;
            Period::AsOf(match doc {
                Some(d) if d < end && (d.year, d.month) == (end.year, end.month) => d,
                _ => end,
            })
        }
        When::Day(y, m, d) => {
            Period::AsOf(date(resolve_year(y, frame, Some((m, m)))?, m, Some(d))?)
        }
        When::PastYears(n) => {
            let last = frame.reviewed?;
            Period::Span {
                from: last - n + 1,
                to: date(last, 12, Some(31))?,
            }
        }
        When::Years(a, b) if b >= a => Period::Span {
            from: a,
            to: date(b, 12, Some(31))?,
        },
        When::Years(..) => return None,
        When::YearsFromNow(a, b) => Period::Span {
            from: doc?.year + a,
            to: date(doc?.year + b, 12, Some(31))?,
        },
        When::Season(a, m) => Period::Span {
            from: a,
            to: date(a + 1, m, None)?,
        },
        When::FiscalYear(a) => Period::Span {
            from: a,
            to: date(a + 1, 3, Some(31))?,
        },
        When::FiscalYearRel(r) => {
            let from = fiscal_under_way(doc?) + r;
            Period::Span {
                from,
                to: date(from + 1, 3, Some(31))?,
            }
        }
        // 首9个月 of a fiscal year: April to December; 首10个月 runs into the next year.
        When::FiscalMonths {
            year,
            relative,
            months,
        } => {
            let from = if relative {
                fiscal_under_way(doc?) + year
            } else {
                year
            };
            match months + 3 {
                last @ 4..=12 => Period::Part {
                    year: from,
                    from: 4,
                    to: last,
                },
                last => Period::Span {
                    from,
                    to: date(from + 1, last - 12, None)?,
                },
            }
        }
        When::Coming => match frame.budget {
            Some(b) => Period::Span {
                from: b,
                to: date(b + 1, 3, Some(31))?,
            },
            None => Period::Year(doc?.year + 1),
        },
        // 目前…已达1.3万多家 in January, in a text looking back on the year just ended: the
        // year reviewed's end, as of which the review speaks (later, the document's day).
        When::Present
            if frame.as_of.is_none()
                && frame.reviews_back()
                && doc.is_some_and(|d| d.month == 1) =>
        {
            Period::Year(frame.reviewed?)
        }
        When::Present => Period::AsOf(frame.as_of.or(doc)?),
        When::MonthsAgo(n) => {
            let (year, month) = months_ago(doc?, n);
            Period::Part {
                year,
                from: month,
                to: month,
            }
        }
        // 到本月底，…预计接待游客235万人次: the month's last day, to come (not the document's
        // day, as 截至3月下旬 is read in a text of 29 March).
        When::MonthEndAgo(n) => {
            let (year, month) = months_ago(doc?, n);
            Period::AsOf(date(year, month, None)?)
        }
        When::Plan(y) => Period::Year(y),
        When::Yesterday => {
            let d = doc?;
            // The 1st's yesterday is the last day of the month before (YYYY-MM: its end).
            Period::AsOf(match (d.month, d.day) {
                (1, 1) => date(d.year - 1, 12, None)?,
                (m, 1) => date(d.year, m - 1, None)?,
                (m, day) => date(d.year, m, Some(day - 1))?,
            })
        }
    };
    p.year().filter(|y| (1900..=2100).contains(y)).map(|_| p)
}
