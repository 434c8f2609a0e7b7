//! Runs of consecutive rows of one series: what each run's rows say, read in file order,
//! and a series made of its runs.

use super::rows::{Key, Parsed};
use super::series::{Cell, Rate, Series};
use crate::model::Kind;
use crate::model::Qualifier;

/// No row in this slot.
const NONE: u32 = u32::MAX;

/// Most actuals one run of rows may have (more: the reference engine).
const MAX_ACTUALS: usize = 16;

/// Most targets one series may have (more: the reference engine).
const MAX_TARGETS: u8 = 16;

/// What a run of rows (or a series) knows: its target and rate rows ([`NONE`] when absent)
/// and their numbers, and its earliest and latest actual (by year) and how many it has.
#[derive(Clone, Copy, Default)]
pub(super) struct Slots<'a> {
    t: u32,
    /// How many targets (all in the first's unit).
    targets: u8,
    g: u32,
    target: Cell,
    /// The (first) target's qualifier.
    tq: Qualifier,
    rate: Rate,
    first: Cell,
    last: Cell,
    actuals: u32,
    id: &'a str,
    /// The run needs the reference engine (see [`run`]).
    pub(super) foreign: bool,
}

impl Slots<'_> {
    /// Takes in `other`'s actuals (earliest, latest, count); `false` when the two differ in
    /// unit (the reference engine converts).
    fn add_actuals(&mut self, other: &Self) -> bool {
        if other.actuals == 0 {
            return true;
        }
        if self.actuals == 0 {
            (self.first, self.last) = (other.first, other.last);
        } else {
            if self.last.unit != other.last.unit {
                return false;
            }
            if other.first.year < self.first.year {
                self.first = other.first;
            }
            if other.last.year > self.last.year {
                self.last = other.last;
            }
        }
        self.actuals += other.actuals;
        true
    }
}

/// The years of a series' actuals as its runs know them: a run of one or two actuals knows
/// their years, a longer run only its earliest and latest. Disjoint spans mean no year
/// repeats across runs; otherwise the reference engine decides which figure counts.
#[derive(Default)]
struct Years {
    spans: [(i32, i32); MAX_ACTUALS],
    n: usize,
}

impl Years {
    fn push(&mut self, span: (i32, i32)) -> Option<()> {
        *self.spans.get_mut(self.n)? = span;
        self.n += 1;
        Some(())
    }

    /// Adds a run's actuals; `None` when there are too many spans to check.
    fn add(&mut self, s: &Slots) -> Option<()> {
        let (a, b) = (s.first.year, s.last.year);
        match s.actuals {
            0 => Some(()),
            1 => self.push((a, a)),
            2 => self.push((a, a)).and_then(|_| self.push((b, b))),
            _ => self.push((a, b)),
        }
    }

    /// True when no two spans share a year.
    fn disjoint(&mut self) -> bool {
        let spans = &mut self.spans[..self.n];
        spans.sort_unstable();
        spans.windows(2).all(|w| w[0].1 < w[1].0)
    }
}

/// A run of consecutive rows of one series: what its rows say (its key and first row are in
/// its `RunKey`).
pub(super) type Run<'a> = Slots<'a>;

/// A run the batch engine does not take: its series goes to the reference engine.
pub(super) fn foreign<'a>() -> Run<'a> {
    Slots {
        foreign: true,
        ..Slots::default()
    }
}

/// The run of rows `from..to`, read in file order (so its rows are read where they lie);
/// `None` when the run has two rates, two actuals of one year or in two units, targets in
/// two units, or more than [`MAX_ACTUALS`] actuals or [`MAX_TARGETS`] targets.
pub(super) fn run<'a>(p: &'a Parsed, from: u32, to: u32) -> Option<Run<'a>> {
    let mut slots = Slots {
        t: NONE,
        g: NONE,
        ..Slots::default()
    };
    let mut years = [0i32; MAX_ACTUALS];
    for r in from..to {
        let row = &p.rows[r as usize];
        let cell = Cell::from(row);
        match row.kind {
            Some(Kind::Target) if slots.t == NONE => {
                (slots.t, slots.target, slots.id) = (r, cell, p.id(r as usize));
                (slots.tq, slots.targets) = (row.qualifier, 1);
            }
            Some(Kind::Target) if cell.unit == slots.target.unit => {
                slots.targets = slots.targets.checked_add(1).filter(|n| *n <= MAX_TARGETS)?;
            }
            Some(Kind::Growth) if slots.g == NONE => {
                slots.g = r;
                slots.rate = Rate {
                    value: row.value,
                    qualifier: row.qualifier,
                };
            }
            Some(Kind::Actual) => {
                *years.get_mut(slots.actuals as usize)? = row.year;
                if slots.actuals > 0 && slots.last.unit != cell.unit {
                    return None;
                }
                // A repeated year is caught below; here only the span is kept.
                if slots.actuals == 0 || cell.year < slots.first.year {
                    slots.first = cell;
                }
                if slots.actuals == 0 || cell.year > slots.last.year {
                    slots.last = cell;
                }
                slots.actuals += 1;
            }
            _ => return None,
        }
    }
    let years = &mut years[..slots.actuals as usize];
    if years.len() > 1 {
        years.sort_unstable();
        if years.windows(2).any(|w| w[0] == w[1]) {
            return None;
        }
    }
    Some(slots)
}

/// One series from its runs: `Some(None)` for a series without a target, `None` when it
/// needs the reference engine (a run it does not take, several rates, targets in two units
/// or more than [`MAX_TARGETS`], actuals in two units or in another unit than the target's,
/// or runs whose actuals may share a year).
pub(super) fn group<'a, 'r>(
    key: Key,
    mut runs: impl Iterator<Item = &'r Run<'a>>,
) -> Option<Option<Series<'a>>>
where
    'a: 'r,
{
    let mut all = *runs.next()?;
    if all.foreign {
        return None;
    }
    let mut targets = all.targets;
    let mut years = Years::default();
    years.add(&all)?;
    let mut several = false;
    for s in runs {
        if s.foreign {
            return None;
        }
        several = true;
        years.add(s)?;
        targets = targets
            .checked_add(s.targets)
            .filter(|n| *n <= MAX_TARGETS)?;
        if s.t != NONE {
            if all.t == NONE {
                (all.t, all.target, all.id, all.tq) = (s.t, s.target, s.id, s.tq);
            } else if s.target.unit != all.target.unit {
                return None;
            }
        }
        if s.g != NONE {
            if all.g != NONE {
                return None;
            }
            (all.g, all.rate) = (s.g, s.rate);
        }
        if !all.add_actuals(s) {
            return None;
        }
    }
    if several && !years.disjoint() {
        return None;
    }
    if all.t != NONE && all.actuals > 0 && all.last.unit != all.target.unit {
        return None; // an actual in another unit is converted by the reference engine
    }
    if all.actuals > 1 && all.first.value == 0.0 {
        return None; // the observed rate starts at the first positive actual
    }

    let mut bytes = [0u8; 24];
    for (b, w) in bytes.chunks_exact_mut(8).zip(key) {
        b.copy_from_slice(&w.to_be_bytes());
    }
    Some((all.t != NONE).then(|| Series {
        t: all.t,
        key: bytes,
        id: all.id,
        target: all.target,
        a: (all.actuals > 0).then_some(all.last),
        first: (all.actuals > 1).then_some((all.first.value, all.first.year)),
        g: (all.g != NONE).then_some(all.rate),
        targets,
        tq: all.tq,
    }))
}
