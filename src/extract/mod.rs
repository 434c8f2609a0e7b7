//! `reach extract`: candidate facts read from Chinese policy and news text, each with its
//! quote and character offsets, in the fact-file format, for a person to review and keep.
//!
//! The text is scanned once for figures (`scan`) and once for time expressions (`time`);
//! each figure is then read in its sentence (`context`): the period is the nearest time
//! expression before it in the sentence (累计 after a year makes a span up to the document's
//! date), the kind follows from that period against the document's date (later: target;
//! earlier: actual; otherwise goal words such as 力争, 目标, 打造, 将 decide), and a % after a
//! growth word is a growth rate. Pure: text in, candidates out.

mod borrowed;
mod ceiling;
mod compound;
pub(crate) mod context;
mod counted;
mod dated;
mod figure;
mod frame;
mod fromto;
mod goal;
mod indicator;
mod key;
mod layout;
pub(crate) mod link;
mod listed;
mod months;
mod names;
mod neighbours;
mod numbers;
mod phrase;
mod place;
mod plan;
mod region;
pub(crate) mod render;
mod repeats;
mod resolve;
mod restated;
pub(crate) mod scan;
pub(crate) mod script;
pub(crate) mod sentence;
mod synonyms;
mod table;
mod threshold;
pub(crate) mod time;
mod timing;
mod trim;
mod years;

pub use proposed::{Candidate, DateSource, Document, Options};
pub use render::csv as fact_file;
pub use script::to_simplified;

mod proposed;
#[cfg(test)]
mod props;

use crate::model::{Date, Kind, Period, Qualifier};
use figure::{read, At};
use listed::respectively;
use std::collections::HashMap;

#[derive(PartialEq)]
enum Relation {
    Past,
    Current,
    Future,
}

fn relation(p: &Period, d: Option<Date>) -> Relation {
    let Some(d) = d else {
        return Relation::Current;
    };
    let ym = (d.year, d.month);
    let (future, past) = match *p {
        Period::Year(y) => (y > d.year, y < d.year),
        Period::Part { year, from, to } => ((year, from) > ym, (year, to) < ym),
        Period::AsOf(x) => (x > d, x <= d),
        // A fiscal year under way (a budget's revised estimate) is no goal; one to come is.
        Period::Span { from, to } if p.is_fiscal_year() => ((from, 4) > ym, to <= d),
        // A count over a span not yet over (十四五期间新增, in 2022) is a goal.
        Period::Span { to, .. } => (to > d, to <= d),
        Period::Open => (false, false),
    };
    match (future, past) {
        (true, _) => Relation::Future,
        (_, true) => Relation::Past,
        _ => Relation::Current,
    }
}

/// Extracts candidate facts from one document.
pub fn extract(text: &str, source: &str, opts: &Options) -> Document {
    let written: Vec<char> = text.chars().collect();
    // Read in simplified characters; quotes and offsets stay in the text as written.
    let traditional = script::is_traditional(&written);
    let t = script::simplified(&written, traditional);
    let t = &t[..];
    let exprs = time::expressions_in(t, traditional);
    // Whether an inferred date is known to the month (a progress report's).
    let mut month_known = false;
    let (date, date_source) = match opts.date {
        Some(d) => (Some(d), DateSource::Flag),
        None => match dated::written_date(t) {
            Some(d) => (Some(d), DateSource::Written),
            None => match dated::inferred_date(t, &exprs) {
                Some((d, known)) => {
                    month_known = known;
                    (Some(d), DateSource::Inferred)
                }
                None => (None, DateSource::None),
            },
        },
    };
    let mut frame = frame::Frame {
        year_only: date_source == DateSource::Inferred
            && !month_known
            && !date.is_some_and(|d| d.month == 12 && dated::written_in_december(&exprs, d)),
        ..frame::Frame::of(t, &exprs, date)
    };
    // An undated progress report is as of the end of the last month it reports (目前已履约
    // 16个, after 到6月底止).
    if month_known {
        frame.as_of = frame
            .as_of
            .or_else(|| date.and_then(|d| time::date(d.year, d.month - 1, None)));
    }
    let (region, region_guessed) = match &opts.region {
        Some(r) => (r.clone(), false),
        None => (
            region::guess_region(t).unwrap_or_else(|| "未注明".into()),
            true,
        ),
    };
    let mut line = 1;
    let mut line_pos = 0;
    let mut para = layout::Paragraph::default();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut last_sentence = None;
    // Where the candidates of the sentence being read begin.
    let mut sentence_from = 0;
    let mut floor = 0;
    let mut cells = table::cells(t);
    cells.extend(table::captioned_cells(t));
    cells.extend(table::labelled_cells(t));
    // (One cell a place: a number two readers take is the first reader's.)
    cells.sort_by_key(|c| c.hit.start);
    cells.dedup_by_key(|c| c.hit.start);
    let hits = table::with_cells(scan::figures(t), &cells);
    let places = place::mentions(t);
    let listed = respectively(t, &exprs, &hits);
    let changes = fromto::changes(t, &exprs, &hits, &frame);
    let named = listed::subjects(t, &exprs, &hits, &changes);
    for h in hits {
        let gap = &t[line_pos..h.start];
        line += gap.iter().filter(|c| **c == '\n').count();
        para.read_past(t, line_pos, h.start);
        let (paragraph, list_head) = (para.start, para.list_head);
        line_pos = h.start;
        // 从A提高到B: B measures what A does.
        // (The amount changed by may stand between: 从现行9.7万元调升4,000元至10.1万元; so
        // may the rest of a list: 由5%、15%提高至20%、30%.)
        let from_subject = fromto::at_end(&changes, h.start).and_then(|x| {
            let p = candidates
                .iter()
                .rev()
                .take_while(|p| p.figure_start >= x.from)
                .find(|p| p.figure_start == x.from)?;
            Some(p.subject.clone())
        });
        let at = At {
            paragraph,
            list_head,
            floor,
            frame,
            listed: listed.get(&h.start).cloned(),
            changes: &changes,
            from_subject,
        };
        let (mut c, sent) = read(t, &written, &h, &exprs, &at, source);
        // (The cells are in text order.)
        if let Ok(k) = cells.binary_search_by_key(&h.start, |x| x.hit.start) {
            table::read_cell(&mut c, &cells[k], t, &exprs, &frame);
        }
        floor = h.end;
        if last_sentence != Some(sent) {
            sentence_from = candidates.len();
        }
        borrowed::indicator(
            &mut c,
            &candidates[sentence_from..],
            candidates.last(),
            named.get(&h.start),
            listed.get(&h.start).is_some_and(|l| l.bracketed),
        );
        last_sentence = Some(sent);
        c.line = line;
        c.region = region.clone();
        let k = places.partition_point(|(at, _)| *at < c.figure_start);
        if let Some((at, place)) = k.checked_sub(1).map(|k| &places[k]) {
            if *at >= paragraph {
                c.place = place.clone();
            }
        }
        if region_guessed {
            c.check.insert(0, "region");
        }
        if date_source == DateSource::Inferred {
            if !c.note.is_empty() {
                c.note.push_str("; ");
            }
            c.note.push_str("document date inferred from the text");
        }
        // A value the loader refuses (0.000000000000005, 10^20) is no figure to propose: the
        // fact file must load.
        if crate::model::schema::within_limits(c.value) {
            candidates.push(c);
        }
    }
    borrowed::places_of_a_list_before(&mut candidates);
    borrowed::parts_of_goals(t, &mut candidates);
    borrowed::answers_to_goals(&mut candidates);
    repeats::headline_repeats(t, &mut candidates);
    repeats::goal_repeats(&mut candidates);
    unique_subjects(&mut candidates);
    ceiling::price_goals_are_rates(&mut candidates);
    // Keys of the indicators, computed once: restating and linking change only targets'.
    let keys: Vec<key::Key> = candidates
        .iter()
        .map(|c| key::Key::of(&c.subject))
        .collect();
    restated::restated_goals(&mut candidates, &keys, date, frame.reviewed);
    link::link(&mut candidates, &keys);
    repeats::headline_links(&mut candidates);
    ceiling::prices_kept_under(&mut candidates);
    Document {
        source: source.to_string(),
        date,
        date_source,
        region,
        region_guessed,
        candidates,
    }
}

/// `note` with `more` after it.
pub(super) fn join_note(note: &str, more: &str) -> String {
    if note.is_empty() {
        more.to_string()
    } else {
        format!("{note}; {more}")
    }
}

/// Makes the subject of every candidate non-empty, and unique where two actuals or rates of
/// the same period would otherwise conflict (the fact loader refuses such pairs).
fn unique_subjects(cs: &mut [Candidate]) {
    let mut seen: HashMap<(String, Kind, String), (f64, &'static str, usize)> = HashMap::new();
    for i in 0..cs.len() {
        let c = &mut cs[i];
        if c.subject.is_empty() {
            // No word at all before the figure in its sentence: its unit names it.
            c.subject = format!("{}（第{}字处）", c.unit, c.figure_start);
        }
        if c.kind == Kind::Target {
            continue;
        }
        let abs = (c.value * c.unit.scale.factor(), c.unit.base, i);
        let period = c.period.map(|p| p.to_string()).unwrap_or_default();
        let key = (c.subject.clone(), c.kind, period.clone());
        match seen.get(&key).copied() {
            Some(v) if v.1 == abs.1 && (v.0 - abs.0).abs() <= 1e-9 * abs.0.abs().max(1.0) => {}
            // 由2110公里增至3055公里 with no years: the end is the indicator's own figure; so
            // is the exact figure after a bound it meets (突破1兆元大关，达到1.1兆元).
            Some(v)
                if (cs[v.2].undated_start && !cs[i].undated_start)
                    || bound_met(&cs[v.2], v.0, &cs[i], abs.0) =>
            {
                let start = &mut cs[v.2];
                start.subject = format!("{}@{}", start.subject, start.figure_start);
                seen.insert((start.subject.clone(), start.kind, period), v);
                seen.insert(key, abs);
            }
            Some(_) => {
                let c = &mut cs[i];
                c.subject = format!("{}@{}", c.subject, c.figure_start);
                seen.insert((c.subject.clone(), c.kind, period), abs);
            }
            None => {
                seen.insert(key, abs);
            }
        }
    }
}

/// Whether `first`, a bound (突破1兆元, 不足5%), is met by `later`, an exact figure of the same
/// indicator and period (达到1.1兆元): the bound only leads up to it. Values in base units.
fn bound_met(first: &Candidate, first_value: f64, later: &Candidate, later_value: f64) -> bool {
    later.qualifier == Qualifier::Exact
        && match first.qualifier {
            Qualifier::AtLeast => later_value >= first_value,
            Qualifier::AtMost => later_value <= first_value,
            _ => false,
        }
}

/// The facts a set of extracted documents give, as the fact file `reach extract -f csv`
/// writes and the loader reads it back (conflicts and rows the loader refuses stay out, as
/// comments there): what `reach report --text` assesses.
pub fn facts(docs: &[Document]) -> crate::error::Result<Vec<crate::model::Fact>> {
    let csv = render::csv(docs);
    // Every row a comment (points, repeats): no facts, which is not an error here.
    if !csv.lines().skip(1).any(|l| !l.starts_with('#')) {
        return Ok(Vec::new());
    }
    crate::load::csv::read_facts("--text", csv.as_bytes())
}

/// What extraction assumed, for a person to check, one line each: the date and region it
/// used, and every target it linked to an actual.
pub fn assumptions(docs: &[Document]) -> Vec<String> {
    let mut out = Vec::new();
    for d in docs {
        let date = match (d.date, d.date_source) {
            (Some(day), DateSource::Flag) => format!("dated {day} (--date)"),
            (Some(day), DateSource::Written) => format!("dated {day} (written in the text)"),
            (Some(day), _) => format!("dated {day} (inferred from the latest year named)"),
            (None, _) => "no date".to_string(),
        };
        let region = if d.region_guessed {
            format!("region {} (guessed; --region sets it)", d.region)
        } else {
            format!("region {}", d.region)
        };
        let targets = d
            .candidates
            .iter()
            .filter(|c| c.kind == Kind::Target)
            .count();
        out.push(format!(
            "{}: {} figures, {targets} targets; {date}; {region}",
            d.source,
            d.candidates.len()
        ));
        for (n, c) in d.candidates.iter().enumerate() {
            if c.kind == Kind::Target {
                if let Some(link) = c.note.split("; ").find(|s| s.starts_with("indicator ")) {
                    out.push(format!(
                        "  {}-x{:03} {}: {link}",
                        d.source,
                        n + 1,
                        c.as_written
                    ));
                }
            }
        }
    }
    out
}
