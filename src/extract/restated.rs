//! A report's quantity stated again: in a report reviewing the year before, a figure with no
//! time of its own whose indicator an earlier figure of the reviewed year already gave, with
//! another value, is the coming year's goal (城镇新增就业21.5万人 in the review, 城镇新增就业
//! 21万人 among the tasks, when no heading marks where the tasks begin).

use super::figure::REVIEWED_YEAR_NOTE as UNDATED;
use super::{join_note, key, Candidate};
use crate::model::{Date, Form, Kind, Period};
use std::collections::HashMap;

/// Makes each restated figure a goal of `date`'s year, measured against the figure before it.
pub(super) fn restated_goals(
    cs: &mut [Candidate],
    keys: &[key::Key],
    date: Option<Date>,
    reviewed: Option<i32>,
) {
    let (Some(date), Some(y)) = (date, reviewed) else {
        return;
    };
    if y >= date.year {
        return;
    }
    let undated = |c: &Candidate| {
        matches!(c.kind, Kind::Actual | Kind::Growth)
            && c.period == Some(Period::Year(y))
            && c.repeat_of.is_none()
            && c.note.contains(UNDATED)
    };
    let places: Vec<String> = cs.iter().map(super::link::place_of).collect();
    // The figures of the reviewed year seen so far, by key (a text has thousands of figures
    // at most; each looks only at those of its own key).
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in 0..cs.len() {
        // The economy's size is given for many places in one report (a metropolitan area's
        // after the province's), places a text may name in words not known as places.
        let restates = undated(&cs[i]) && keys[i].chars >= 3 && !keys[i].economy;
        let before = seen
            .get(keys[i].text.as_str())
            .filter(|_| restates)
            .and_then(|earlier| {
                earlier.iter().rev().copied().find(|&j| {
                    cs[j].kind == cs[i].kind
                        && cs[j].line < cs[i].line
                        && cs[j].period == Some(Period::Year(y))
                        && places[j] == places[i]
                        && cs[j].unit == cs[i].unit
                })
            });
        if cs[i].period == Some(Period::Year(y)) {
            seen.entry(keys[i].text.as_str()).or_default().push(i);
        }
        let Some(j) = before else { continue };
        if (cs[j].value - cs[i].value).abs() <= 1e-9 * cs[i].value.abs().max(1.0) {
            continue;
        }
        let (line, subject) = (cs[j].line, cs[j].subject.clone());
        let c = &mut cs[i];
        c.form = if c.kind == Kind::Growth {
            Form::Rate
        } else {
            Form::Level
        };
        c.kind = Kind::Target;
        c.period = Some(Period::Year(date.year));
        c.note = join_note(
            &c.note.replace(UNDATED, "no time stated"),
            &format!(
                "its indicator given for {y} before (line {}): a goal of {}",
                line, date.year
            ),
        );
        c.subject = subject.split('@').next().unwrap_or_default().to_string();
    }
}
