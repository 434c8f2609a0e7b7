//! Periods and dates on one time axis.
//!
//! **Time axis.** `t = Y` is the *end* of calendar year `Y`. An annual figure for 2021 sits at
//! `t = 2021`; a stock counted on 2022-02-14 sits at `t = 2021 + 45/365 ≈ 2021.12`; a target
//! "by 2026" is due at `t = 2026`. A projection from 350 (2021) at 20 %/yr therefore crosses
//! 1000 at `t = 2026.76`, i.e. during 2027.
//!
//! Written forms (CSV `period` column): `2021`, `2020H1`, `2021Q1-Q3`, `2021Q3`, `2020M1-M6`,
//! `2022-02-14`, `2021-09`, `2016/2021` (a span: flows summed over whole years), `2016/2022-02-14`,
//! and the empty string (a target with no year).

use serde::Serialize;
use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year (1000..=3000).
    pub year: i32,
    /// Month 1..=12.
    pub month: u32,
    /// Day 1..=31.
    pub day: u32,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The number of days in month `m` of year `y`.
pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// Years reach accepts; outside this range a year is surely a typo.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

fn parse_year(s: &str) -> Result<i32, String> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{s:?} is not a four-digit year"));
    }
    let y: i32 = s.parse().map_err(|_| format!("{s:?} is not a year"))?;
    if !YEARS.contains(&y) {
        return Err(format!(
            "year {y} is outside {}..={}",
            YEARS.start(),
            YEARS.end()
        ));
    }
    Ok(y)
}

fn parse_small(s: &str, what: &str, range: std::ops::RangeInclusive<u32>) -> Result<u32, String> {
    // Digits only: "+2" parses as a number but is no month (2021-+2-03 was 2021-02-03).
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{s:?} is not a {what} number (one or two digits)"));
    }
    let n: u32 = s
        .parse()
        .map_err(|_| format!("{s:?} is not a {what} number"))?;
    if !range.contains(&n) {
        return Err(format!("{what} {n} is outside {range:?}"));
    }
    Ok(n)
}

impl Date {
    /// Parses `YYYY-MM-DD`, `YYYY-MM` (last day of the month) or `YYYY` (31 December).
    pub fn parse(s: &str) -> Result<Date, String> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let year = parse_year(parts[0])?;
        let month = match parts.get(1) {
            Some(m) => parse_small(m, "month", 1..=12)?,
            None => 12,
        };
        let day = match parts.get(2) {
            Some(d) => parse_small(d, "day", 1..=days_in_month(year, month))?,
            None => days_in_month(year, month),
        };
        if parts.len() > 3 {
            return Err(format!("{s:?} is not a date (YYYY-MM-DD)"));
        }
        Ok(Date { year, month, day })
    }

    /// The civil date `days` days after 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today (UTC), or the day of `SOURCE_DATE_EPOCH` when it is set (reproducible builds).
    pub fn today() -> Date {
        let secs = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64)
            });
        Date::from_unix_days(secs.div_euclid(86_400))
    }

    /// Day of the year, 1-based.
    pub fn ordinal(&self) -> u32 {
        (1..self.month)
            .map(|m| days_in_month(self.year, m))
            .sum::<u32>()
            + self.day
    }

    /// Position on the time axis (end of year `Y` = `Y`).
    pub fn t(&self) -> f64 {
        let days = if is_leap(self.year) { 366.0 } else { 365.0 };
        f64::from(self.year - 1) + f64::from(self.ordinal()) / days
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The period a figure refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// A whole calendar year.
    Year(i32),
    /// Months `from..=to` of one year (H1 = 1..=6, Q1-Q3 = 1..=9); a flow over part of a year.
    Part {
        /// Calendar year.
        year: i32,
        /// First month, 1-based.
        from: u32,
        /// Last month, inclusive.
        to: u32,
    },
    /// A point in time: a stock counted "as of" this date (截至, 目前).
    AsOf(Date),
    /// A span from the start of `from` to `to`: a cumulative flow (累计, 2016年至今).
    Span {
        /// First year of the span.
        from: i32,
        /// End of the span.
        to: Date,
    },
    /// No period stated (a target with no year).
    Open,
}

fn parse_part(year: i32, spec: &str) -> Result<Period, String> {
    let part = |from, to| Ok(Period::Part { year, from, to });
    if let Some(h) = spec.strip_prefix('H') {
        return match h {
            "1" => part(1, 6),
            "2" => part(7, 12),
            _ => Err(format!("half {h:?} must be H1 or H2")),
        };
    }
    let (unit, months) = match spec.chars().next() {
        Some('Q') => ('Q', 3),
        Some('M') => ('M', 1),
        _ => return Err(format!("{spec:?}: expected H1, H2, Qn, Qa-Qb, Mn or Ma-Mb")),
    };
    let max = if unit == 'Q' { 4 } else { 12 };
    let mut ends = spec.split('-').map(|p| {
        let n = p.strip_prefix(unit).unwrap_or(p);
        parse_small(n, if unit == 'Q' { "quarter" } else { "month" }, 1..=max)
    });
    let a = ends.next().ok_or("empty part")??;
    let b = ends.next().transpose()?.unwrap_or(a);
    if ends.next().is_some() || b < a {
        return Err(format!(
            "{spec:?}: expected an increasing range such as Q1-Q3"
        ));
    }
    part((a - 1) * months + 1, b * months)
}

/// Whether a change counted from `base` counts from a month or a quarter before its own
/// (6月CPI比5月下降1%, 环比上涨0.5%): no change on a year, nor a yearly pace.
pub fn counts_from_months(base: Option<Period>) -> bool {
    matches!(base, Some(Period::Part { .. }))
}

impl Period {
    /// Parses the written forms listed in the module docs.
    pub fn parse(s: &str) -> Result<Period, String> {
        let s = s.trim();
        if s.is_empty() || s == "-" {
            return Ok(Period::Open);
        }
        if let Some((a, b)) = s.split_once('/') {
            let from = parse_year(a)?;
            let to = Date::parse(b)?;
            if to.year < from {
                return Err(format!("span {s:?} ends before it starts"));
            }
            return Ok(Period::Span { from, to });
        }
        if s.len() > 4 && s.is_char_boundary(4) {
            let (y, rest) = s.split_at(4);
            if let Ok(year) = parse_year(y) {
                if let Some(r) = rest.strip_prefix('-') {
                    // 2016-2021 is a span of years; 2021-09 and 2022-02-14 are dates.
                    if r.len() == 4 {
                        return Period::parse(&format!("{y}/{r}"));
                    }
                    return Date::parse(s).map(Period::AsOf);
                }
                return parse_part(year, rest);
            }
        }
        parse_year(s).map(Period::Year).map_err(|e| {
            format!("{e}; expected e.g. 2021, 2020H1, 2021Q1-Q3, 2022-02-14, 2016/2021")
        })
    }

    /// Whether the period is a fiscal year of April to March (20/21年度, 2021/2022-03-31): one
    /// year's flow, a level like a calendar year's, not a sum over years.
    pub fn is_fiscal_year(&self) -> bool {
        matches!(self, Period::Span { from, to } if to.year == from + 1 && (to.month, to.day) == (3, 31))
    }

    /// The end of the period on the time axis; `None` for [`Period::Open`].
    pub fn t(&self) -> Option<f64> {
        match *self {
            Period::Year(y) => Some(f64::from(y)),
            Period::Part { year, to, .. } => Some(f64::from(year - 1) + f64::from(to) / 12.0),
            Period::AsOf(d) => Some(d.t()),
            Period::Span { to, .. } => Some(to.t()),
            Period::Open => None,
        }
    }

    /// The calendar year the period ends in.
    pub fn year(&self) -> Option<i32> {
        match *self {
            Period::Year(y) | Period::Part { year: y, .. } => Some(y),
            Period::AsOf(d) | Period::Span { to: d, .. } => Some(d.year),
            Period::Open => None,
        }
    }

    /// Whether a figure over the period can stand for a level: anything but a sum over years
    /// (累计, 2016年至今) or no period; a fiscal year, or a part of one year (今年以来), is one.
    pub fn is_level(&self) -> bool {
        match self {
            p @ Period::Span { .. } => p.is_fiscal_year() || p.part_of_year().is_some(),
            Period::Open => false,
            _ => true,
        }
    }

    /// For a part of a year, how much of it the period covers, as `(part, whole)`: months
    /// of twelve (Q1-Q3 = 9 of 12), or, for a span from a year's start to a day before its
    /// end (今年以来, to 2023-08-20), days of the year (232 of 365). `None` otherwise.
    pub fn part_of_year(&self) -> Option<(f64, f64)> {
        match *self {
            Period::Part { from, to, .. } => Some((f64::from(to - from + 1), 12.0)),
            Period::Span { from, to } if to.year == from && to.t() < f64::from(from) => {
                let days = if is_leap(from) { 366.0 } else { 365.0 };
                Some((f64::from(to.ordinal()), days))
            }
            _ => None,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Part { year, from, to } => match (from, to) {
                (1, 6) => write!(f, "{year}H1"),
                (7, 12) => write!(f, "{year}H2"),
                _ if (from - 1) % 3 == 0 && to % 3 == 0 => {
                    let (a, b) = ((from - 1) / 3 + 1, to / 3);
                    if a == b {
                        write!(f, "{year}Q{a}")
                    } else {
                        write!(f, "{year}Q{a}-Q{b}")
                    }
                }
                _ if from == to => write!(f, "{year}M{from}"),
                _ => write!(f, "{year}M{from}-M{to}"),
            },
            Period::AsOf(d) => write!(f, "{d}"),
            Period::Span { from, to } if to.month == 12 && to.day == 31 => {
                write!(f, "{from}/{}", to.year)
            }
            Period::Span { from, to } => write!(f, "{from}/{to}"),
            Period::Open => Ok(()),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Period::Open => s.serialize_none(),
            p => s.collect_str(p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_round_trip() {
        for s in [
            "2021",
            "2020H1",
            "2020H2",
            "2021Q1-Q3",
            "2021Q3",
            "2020M1-M5",
            "2022-02-14",
            "2016/2021",
            "2016/2022-02-14",
        ] {
            assert_eq!(Period::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(Period::parse("2016-2021").unwrap().to_string(), "2016/2021");
        assert_eq!(Period::parse("2021-09").unwrap().to_string(), "2021-09-30");
        assert_eq!(Period::parse("").unwrap(), Period::Open);
    }

    #[test]
    fn time_axis() {
        assert_eq!(Period::parse("2021").unwrap().t(), Some(2021.0));
        assert_eq!(Period::parse("2021Q1-Q3").unwrap().t(), Some(2020.75));
        let t = Period::parse("2022-02-14").unwrap().t().unwrap();
        assert!((t - (2021.0 + 45.0 / 365.0)).abs() < 1e-12);
        let part = |s: &str| Period::parse(s).unwrap().part_of_year();
        assert_eq!(part("2021Q1-Q3"), Some((9.0, 12.0)));
        assert_eq!(part("2023/2023-08-20"), Some((232.0, 365.0)));
        assert_eq!(part("2024/2024-03-01"), Some((61.0, 366.0)));
        // A whole year, a span over years and a fiscal year are no part of one year.
        assert_eq!(part("2023/2023-12-31"), None);
        assert_eq!(part("2021/2023-08-20"), None);
        assert_eq!(part("2020/2021-03-31"), None);
        assert_eq!(part("2021"), None);
    }

    #[test]
    fn civil_dates_from_days() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(19_358).to_string(), "2023-01-01");
        assert_eq!(Date::from_unix_days(11_016).to_string(), "2000-02-29");
        assert_eq!(Date::from_unix_days(-1).to_string(), "1969-12-31");
        // Every day of 1999–2001 follows the one before.
        for d in 10_592..11_688 {
            let (a, b) = (Date::from_unix_days(d), Date::from_unix_days(d + 1));
            assert_eq!(
                b.ordinal() as i64 - a.ordinal() as i64
                    + if b.year > a.year {
                        365 + i64::from(is_leap(a.year))
                    } else {
                        0
                    },
                1
            );
        }
    }

    #[test]
    fn bad_periods() {
        for s in [
            "21",
            "0",
            "99999",
            "2021Q5",
            "2021Q3-Q1",
            "2021-13",
            "2021-02-30",
            "2022/2016",
            "20x1",
            "2021H3",
        ] {
            assert!(Period::parse(s).is_err(), "{s}");
        }
    }
}
