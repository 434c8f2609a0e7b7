//! Milestone paths (several targets on one indicator) and revisions (the same goal restated
//! later with a later deadline, reported as slippage in years).

use super::Assessment;
use crate::model::{Fact, Form, Kind};
use crate::project::Model;

/// Two target levels are the same goal when they agree to one part in a million.
fn same_level(a: &Fact, b: &Fact) -> bool {
    match a.unit.factor_to(&b.unit) {
        Some(k) => {
            let (x, y) = (a.value * k, b.value);
            (x - y).abs() <= 1e-6 * x.abs().max(y.abs())
        }
        None => false,
    }
}

/// Whether `later` restates `earlier` with a later deadline.
pub fn is_revision(earlier: &Fact, later: &Fact) -> bool {
    earlier.kind == Kind::Target
        && later.kind == Kind::Target
        && earlier.series_key() == later.series_key()
        && earlier.form == later.form
        && same_level(earlier, later)
        && matches!((earlier.announced, later.announced), (Some(x), Some(y)) if y > x)
        && matches!((earlier.period.year(), later.period.year()), (Some(x), Some(y)) if y > x)
}

/// Fills `milestones`, `path_growth`, `revises`, `revised_by` and `slippage_years`
/// (`targets` are those of one series, or any set: peers are matched by series).
pub fn link(out: &mut [Assessment], targets: &[&Fact]) {
    for a in out.iter_mut() {
        let Some(me) = targets.iter().find(|t| t.id == a.id) else {
            continue;
        };
        let peers: Vec<&&Fact> = targets
            .iter()
            .filter(|t| t.id != me.id && t.series_key() == me.series_key())
            .collect();
        a.milestones = peers.iter().map(|t| t.id.clone()).collect();
        if let Some(later) = peers.iter().find(|t| is_revision(me, t)) {
            a.revised_by = Some(later.id.clone());
            a.slippage_years = later
                .period
                .year()
                .zip(me.period.year())
                .map(|(y, x)| y - x);
        }
        if let Some(earlier) = peers.iter().find(|t| is_revision(t, me)) {
            a.revises = Some(earlier.id.clone());
            a.slippage_years = me
                .period
                .year()
                .zip(earlier.period.year())
                .map(|(y, x)| y - x);
        }
        // The implied path: from the previous milestone (not a revision of this one) in time.
        let prev = peers
            .iter()
            .filter(|t| t.form == Form::Level && me.form == Form::Level)
            .filter(|t| !is_revision(t, me) && !is_revision(me, t))
            .filter(|t| matches!((t.period.t(), me.period.t()), (Some(x), Some(y)) if x < y))
            .max_by(|x, y| {
                x.period
                    .t()
                    .partial_cmp(&y.period.t())
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        if let Some(p) = prev {
            if let (Some(k), Some(t0), Some(t1)) =
                (p.unit.factor_to(&me.unit), p.period.t(), me.period.t())
            {
                a.path_growth = Model::Compound.pace_between((t0, p.value * k), (t1, me.value));
            }
        }
    }
}
