//! A report's quantity stated again: in a report reviewing the year before, a figure with no
//! time of its own whose indicator an earlier figure of the reviewed year already gave, with
//! another value, is the coming year's goal (城镇新增就业21.5万人 in the review, 城镇新增就业
//! 21万人 among the tasks, when no heading marks where the tasks begin). A round or floored
//! figure may name it a little longer (肉牛屠宰加工量突破100万头 after 屠宰加工量突破80万头).

use super::figure::REVIEWED_YEAR_NOTE as UNDATED;
use super::{join_note, key, Candidate};
use crate::model::{Date, Form, Kind, Period, Qualifier};
use std::collections::HashMap;

/// Whether a figure is written as goals are (1000万亩, 900亿斤以上, 突破100万头): a floor or
/// an about, or a round value (two significant digits at most).
fn goal_like(c: &Candidate) -> bool {
    if matches!(c.qualifier, Qualifier::AtLeast | Qualifier::About) {
        return true;
    }
    let v = c.value.abs();
    if v == 0.0 {
        return false;
    }
    let scale = 10f64.powi(v.log10().floor() as i32 - 1);
    ((v / scale).round() * scale - v).abs() <= 1e-9 * v
}

/// How many earlier figures of its unit an undated figure compares its indicator with.
const LOOK_BACK: usize = 64;

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
    // The figures of the reviewed year seen so far, by unit; each undated figure looks at
    // the latest few of its unit for an indicator alike (屠宰加工量 for 肉牛屠宰加工量).
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for i in 0..cs.len() {
        // The economy's size is given for many places in one report (a metropolitan area's
        // after the province's), places a text may name in words not known as places.
        // (Nor a share named by its whole only, 占规模以上工业增加值的比重为19.4%: its part is
        // the clause before's, another industry each time.)
        let restates = undated(&cs[i])
            && keys[i].chars >= 3
            && !keys[i].economy
            && !cs[i].subject.starts_with('占');
        let before = seen
            .get(&cs[i].unit.to_string())
            .filter(|_| restates)
            .and_then(|earlier| {
                earlier
                    .iter()
                    .rev()
                    .take(LOOK_BACK)
                    .copied()
                    .filter(|&j| {
                        cs[j].kind == cs[i].kind
                            && cs[j].line < cs[i].line
                            && places[j] == places[i]
                    })
                    .find(|&j| {
                        let (a, b) = (keys[i].text.as_str(), keys[j].text.as_str());
                        let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
                        a == b
                            || (goal_like(&cs[i])
                                && short.chars().count() >= 5
                                && long.ends_with(short))
                    })
            });
        if cs[i].period == Some(Period::Year(y)) {
            seen.entry(cs[i].unit.to_string()).or_default().push(i);
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
