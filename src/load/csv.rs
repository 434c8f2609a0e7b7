//! Reading one fact file: bytes → checked structure → polars frame → typed, validated facts.

use crate::error::{Error, Result};
use crate::model::{Date, Direction, Fact, Form, Kind, Period, Qualifier, Unit};
use polars::prelude::*;
use std::io::Cursor;

use crate::model::schema::{
    nfc, text_problem, within_limits, MAX_VALUE, MIN_VALUE, OPTIONAL, REQUIRED,
};

/// Reads a fact file's bytes into a frame of string columns with a checked header, and the
/// 1-based line each row starts on. `file` names it in errors.
pub fn read_frame(file: &str, bytes: &[u8]) -> Result<(DataFrame, Vec<usize>)> {
    let t0 = std::time::Instant::now();
    header_width(file, bytes)?;
    let (text, starts) = super::structure::structure(file, bytes)?;
    crate::timing("checked", t0);
    let mut df = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .into_reader_with_file_handle(Cursor::new(text))
        .finish()
        .map_err(|e| Error::input(file, format!("not a readable CSV file: {e}")))?;
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|s| s.to_string())
        .collect();
    if let [only] = names.as_slice() {
        if let Some(sep) = [';', '\t', '|'].into_iter().find(|c| only.contains(*c)) {
            return Err(Error::input(
                file,
                format!("the header is one column; its fields look separated by {sep:?}, but reach reads comma-separated CSV"),
            ));
        }
    }
    for n in &names {
        if !REQUIRED.contains(&n.as_str()) && !OPTIONAL.contains(&n.as_str()) {
            return Err(Error::input(
                file,
                format!(
                    "unknown column {n:?}; expected columns {} (optional: {})",
                    REQUIRED.join(","),
                    OPTIONAL.join(",")
                ),
            ));
        }
    }
    for r in REQUIRED {
        if !names.iter().any(|n| n == r) {
            return Err(Error::input(
                file,
                format!(
                    "missing column {r:?}; the header must name {}",
                    REQUIRED.join(",")
                ),
            ));
        }
    }
    if df.height() == 0 {
        return Err(Error::input(file, "header only: no facts in the file"));
    }
    df.rechunk_mut_par();
    // Row i of the frame starts on lines[i + 1] of the file.
    let lines: Vec<usize> = starts.into_iter().skip(1).collect();
    Ok((df, lines))
}

/// Judges the header by its first line before anything else is read: a header wider than
/// every column a fact file may have (a million unknown columns took 1.5 GB and 5 s before the
/// error) is refused at once.
fn header_width(file: &str, bytes: &[u8]) -> Result<()> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let header = bytes
        .split(|b| *b == b'\n')
        .find(|l| !l.iter().all(u8::is_ascii_whitespace) && !l.starts_with(b"#"))
        .unwrap_or_default();
    let width = memchr::memchr_iter(b',', header).count() + 1;
    let most = REQUIRED.len() + OPTIONAL.len();
    if width > most {
        return Err(Error::input(
            file,
            format!(
                "the header has {width} columns; a fact file has at most {most}: {} (optional: {})",
                REQUIRED.join(","),
                OPTIONAL.join(",")
            ),
        ));
    }
    Ok(())
}

/// Reads a fact file's bytes. `file` names it in errors.
pub fn read_facts(file: &str, bytes: &[u8]) -> Result<Vec<Fact>> {
    let (df, lines) = read_frame(file, bytes)?;
    let columns: Vec<Option<&StringChunked>> = REQUIRED
        .iter()
        .chain(OPTIONAL)
        .map(|n| df.column(n).ok().and_then(|c| c.str().ok()))
        .collect();
    let mut facts = Vec::with_capacity(df.height());
    let mut cache = Cache::default();
    for i in 0..df.height() {
        let fields = Fields {
            columns: &columns,
            i,
        };
        let line = lines.get(i).copied().unwrap_or(i + 2);
        facts.push(row(file, line, &fields, &mut cache)?);
    }
    Ok(facts)
}

/// One row's trimmed fields by column name ("" when absent or empty).
struct Fields<'a> {
    columns: &'a [Option<&'a StringChunked>],
    i: usize,
}

impl<'a> Fields<'a> {
    fn get(&self, name: &str) -> &'a str {
        REQUIRED
            .iter()
            .chain(OPTIONAL)
            .position(|n| *n == name)
            .and_then(|k| self.columns[k])
            .and_then(|c| c.get(self.i))
            .unwrap_or("")
            .trim()
    }
}

/// Parsed periods and units by their text: a file repeats a few of each many times.
#[derive(Default)]
struct Cache {
    periods: std::collections::HashMap<String, Result<Period, String>>,
    units: std::collections::HashMap<String, Result<Unit, String>>,
}

impl Cache {
    fn period(&mut self, s: &str) -> Result<Period, String> {
        if let Some(p) = self.periods.get(s) {
            return p.clone();
        }
        let p = Period::parse(s);
        self.periods.insert(s.to_string(), p.clone());
        p
    }

    fn unit(&mut self, s: &str) -> Result<Unit, String> {
        if let Some(u) = self.units.get(s) {
            return u.clone();
        }
        let u = Unit::parse(s).map_err(|e| e.to_string());
        self.units.insert(s.to_string(), u.clone());
        u
    }
}

/// One row being read: where it is (for errors) and its fields.
struct At<'r, 'f> {
    file: &'r str,
    line: usize,
    fields: &'r Fields<'f>,
}

impl At<'_, '_> {
    fn get(&self, name: &str) -> &str {
        self.fields.get(name)
    }

    fn err(&self, field: &str, message: impl Into<String>) -> Error {
        Error::Field {
            file: self.file.to_string(),
            line: self.line,
            field: field.to_string(),
            message: message.into(),
        }
    }

    fn nonempty(&self, field: &str) -> Result<String> {
        match self.get(field) {
            "" => Err(self.err(field, "is empty; a value is required")),
            v => Ok(nfc(v).into_owned()),
        }
    }

    /// A word column (kind, form, qualifier, direction) read by `parse`.
    fn word<T>(&self, field: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<T> {
        let v = self.get(field);
        parse(v).map_err(|w| self.err(field, format!("{v:?}: expected one of {w}")))
    }

    /// The kind and form, which must fit together.
    fn kind_and_form(&self) -> Result<(Kind, Form)> {
        let kind = self.word("kind", Kind::parse)?;
        let form = self.word("form", Form::parse)?;
        if form == Form::Trend {
            return Err(self.err(
                "form",
                "trend rows are reach's own: give an indicator's actuals a `direction` instead",
            ));
        }
        let fits = match form {
            Form::Level => true,
            Form::YearOnYear => kind == Kind::Growth,
            _ => kind == Kind::Target,
        };
        if !fits && form == Form::YearOnYear {
            return Err(self.err(
                "form",
                format!("yoy (同比) applies to growth rows only; this row is {kind}"),
            ));
        }
        if !fits {
            return Err(self.err(
                "form",
                format!("{form} applies to targets only; this row is {kind}"),
            ));
        }
        Ok((kind, form))
    }

    /// The value and its unit, checked against the kind and form.
    fn figure(&self, kind: Kind, form: Form, cache: &mut Cache) -> Result<(f64, Unit)> {
        let raw = self.get("value");
        let value: f64 = raw.parse().map_err(|_| {
            self.err(
                "value",
                format!("{raw:?} is not a number (write 350, not 350亿; the scale goes in `unit`)"),
            )
        })?;
        if !value.is_finite() {
            return Err(self.err("value", format!("{raw:?} is not a finite number")));
        }
        if !within_limits(value) {
            return Err(self.err(
                "value",
                format!("{raw:?} is outside the limits: 0, or a magnitude from {MIN_VALUE:e} to {MAX_VALUE:e}"),
            ));
        }
        let unit = cache
            .unit(&nfc(self.get("unit")))
            .map_err(|e| self.err("unit", e))?;
        match kind {
            Kind::Growth if !unit.is_percent() => return Err(self.err("unit", format!("a growth rate is in %, not {unit}"))),
            Kind::Growth if value <= -100.0 => {
                return Err(self.err("value", format!("growth of {value}% would take the value to zero or below; expected more than -100")))
            }
            Kind::Actual | Kind::Target if value < 0.0 => {
                return Err(self.err("value", format!("{value} is negative; levels and targets must be 0 or more (a fall is a `direction` of decrease)")))
            }
            _ => {}
        }
        let unit_ok = match form {
            Form::Rate | Form::Share => unit.is_percent(),
            Form::Relative => unit.is_percent() || matches!(unit.base, "倍" | "个百分点"),
            _ => true,
        };
        if !unit_ok {
            return Err(self.err(
                "unit",
                format!(
                    "a {form} target is written in % {}",
                    if form == Form::Relative {
                        "(or 倍, 个百分点)"
                    } else {
                        ""
                    }
                ),
            ));
        }
        if form == Form::Share && value > 100.0 {
            return Err(self.err("value", format!("a share of {value}% is above 100%")));
        }
        Ok((value, unit))
    }

    /// The base period: required by a relative target, never after the target's year.
    fn base_period(&self, form: Form, period: Period) -> Result<Option<Period>> {
        let base_period = match self.get("base_period") {
            "" => None,
            p => Some(Period::parse(p).map_err(|e| self.err("base_period", e))?),
        };
        if form == Form::Relative && base_period.is_none() {
            return Err(self.err(
                "base_period",
                "a relative target needs the base period it counts from",
            ));
        }
        if let (Some(b), Some(t)) = (base_period.and_then(|b| b.year()), period.year()) {
            if b > t {
                return Err(self.err(
                    "base_period",
                    format!("base period {b} is after the target year {t}"),
                ));
            }
        }
        Ok(base_period)
    }
}

fn row(file: &str, line: usize, fields: &Fields<'_>, cache: &mut Cache) -> Result<Fact> {
    let at = At { file, line, fields };
    for column in REQUIRED.iter().chain(OPTIONAL) {
        if let Some(why) = text_problem(column, at.get(column)) {
            return Err(at.err(column, why));
        }
    }
    let id = at.nonempty("id")?;
    let (kind, form) = at.kind_and_form()?;
    let region = at.nonempty("region")?;
    let indicator = at.nonempty("indicator")?;
    let period = cache
        .period(at.get("period"))
        .map_err(|e| at.err("period", e))?;
    if kind != Kind::Target && period == Period::Open {
        return Err(at.err(
            "period",
            format!("is empty; an {kind} needs a period such as 2021 or 2022-02-14"),
        ));
    }
    let (value, unit) = at.figure(kind, form, cache)?;
    let qualifier = at.word("qualifier", Qualifier::parse)?;
    let direction = match at.get("direction") {
        "" if qualifier == Qualifier::AtMost => Direction::Decrease,
        _ => at.word("direction", Direction::parse)?,
    };
    let base_period = at.base_period(form, period)?;
    let announced = match at.get("announced") {
        "" => None,
        d => Some(Date::parse(d).map_err(|e| at.err("announced", e))?),
    };
    Ok(Fact {
        id,
        source: at.get("source").to_string(),
        kind,
        form,
        region,
        indicator,
        period,
        value,
        unit,
        qualifier,
        direction,
        direction_given: !at.get("direction").is_empty(),
        base_period,
        announced,
        as_written: at.get("as_written").to_string(),
        quote: at.get("quote").to_string(),
        note: at.get("note").to_string(),
        origin: format!("{file}:{line}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn a_large_file_names_its_first_bad_line() {
        let mut csv = String::from("id,kind,region,indicator,period,value,unit\n");
        for i in 0..40_000 {
            let value = match i {
                35_000 => "x".to_string(),
                20_000 => "-5".to_string(),
                _ => format!("{}", i % 97),
            };
            csv.push_str(&format!("a{i},actual,r,i{i},2021,{value},亿元\n"));
        }
        // Row i is on line i + 2: of the two bad rows the error names the earlier.
        let e = read_facts("big.csv", csv.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(e.contains("big.csv") && e.contains("20002"), "{e}");
        let good = csv.replace(",x,", ",1,").replace(",-5,", ",5,");
        let facts = read_facts("big.csv", good.as_bytes()).unwrap();
        assert_eq!(facts.len(), 40_000);
        assert_eq!(facts[39_999].id, "a39999");
        assert_eq!(facts[39_999].origin, "big.csv:40001");
    }
}
