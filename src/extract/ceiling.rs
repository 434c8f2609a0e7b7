//! Goals that are ceilings by what they measure: a rise in consumer prices (居民消费价格涨幅3%
//! 左右, CPI涨幅控制在3.5%左右) is a line to stay under, whatever its written qualifier says,
//! so a rise of 2.5 % meets a goal of 3 % and one of 4 % misses it. The candidate keeps the
//! qualifier as written; the fact it gives is at most.

use super::Candidate;
use crate::model::Qualifier;

/// Marks every rate goal of a rise in consumer prices written about (3%左右), not one to strive
/// for (力争使…上涨2%), a ceiling (its fact at most), and says so in its note.
pub(super) fn prices_kept_under(cs: &mut [Candidate]) {
    for c in cs.iter_mut() {
        if c.kind == crate::model::Kind::Target
            && c.form == crate::model::Form::Rate
            && c.value > 0.0
            && names_prices(&c.subject)
            && c.qualifier == Qualifier::About
            // (力争使消费者物价指数同比上涨2%: an aim to reach, a central bank's.)
            && !["力争", "争取", "努力"].iter().any(|w| c.quote.contains(w))
        {
            c.ceiling = true;
            c.note = super::join_note(
                &c.note,
                "a goal for the rise of consumer prices is a ceiling: at most",
            );
        }
    }
}

/// Makes every goal in % of consumer prices (全年CPI控制在3%以内的目标, read as a share) a rate
/// goal: what a price index's goal bounds is its rise.
pub(super) fn price_goals_are_rates(cs: &mut [Candidate]) {
    for c in cs.iter_mut() {
        if c.kind == crate::model::Kind::Target
            && c.form == crate::model::Form::Share
            && c.unit.is_percent()
            && names_prices(&c.subject)
        {
            c.form = crate::model::Form::Rate;
            c.note = super::join_note(&c.note, "a goal in % of consumer prices: of their rise");
        }
    }
}

/// Whether words name consumer prices, their index or its rise: their key holds the first
/// word of the synonym table's row for them (CPI).
fn names_prices(subject: &str) -> bool {
    super::key::key(subject).contains("CPI")
}
