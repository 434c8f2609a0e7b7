//! What a trajectory chart shows, as plain numbers: the actuals, the projection at the pace,
//! the path the target requires, the target, the crossing, milestones and an earlier deadline.
//! Built from an assessment and the facts it was made from; no drawing here.

use super::series::{self, Obs};
use super::sums;
use super::{Assessment, Verdict};
use crate::model::{fmt_num, fmt_pct, Fact, Form, Kind, Period, Unit};
use crate::project::Model;

/// A labelled point: time, value, label.
pub type Mark = (f64, f64, String);

/// Everything one trajectory chart draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Trajectory {
    /// Target id.
    pub id: String,
    /// Region and indicator, e.g. `温江区 医药健康产业营收`.
    pub title: String,
    /// Unit of the y axis, e.g. `亿元`.
    pub unit: String,
    /// Verdict.
    pub verdict: Verdict,
    /// One line that says the answer in words and numbers.
    pub headline: String,
    /// Actual values (running totals for a cumulative target).
    pub actuals: Vec<Mark>,
    /// The projection at the pace from the baseline.
    pub projection: Vec<(f64, f64)>,
    /// The path the target requires from the reference point.
    pub required: Vec<(f64, f64)>,
    /// The target: deadline, level, label.
    pub target: Option<Mark>,
    /// A target level with no deadline, drawn as a horizontal line: level, label.
    pub level_line: Option<(f64, String)>,
    /// Where the projection crosses the target.
    pub reach: Option<(f64, f64)>,
    /// Milestones of this target: other targets on the indicator with an earlier deadline.
    pub milestones: Vec<Mark>,
    /// Other targets on the indicator that are not milestones of this one (later ones, the
    /// one that restates it), labelled as such.
    pub others: Vec<Mark>,
    /// The gap at the deadline: deadline, projected value, and its words (缺口 for a
    /// shortfall, 超出 for a surplus).
    pub gap: Option<(f64, f64, String)>,
    /// Why a target cannot be assessed, in words (for a target that cannot).
    pub note: Option<String>,
    /// For a trend row (an indicator without a target): that there is no target, and the
    /// direction wanted.
    pub trend: Option<String>,
    /// The deadline of the target this one restates.
    pub earlier_deadline: Option<Mark>,
    /// The language of the chart's words.
    pub lang: crate::model::Lang,
    /// A quantile band (time, low, high) from a simulation, when there is one.
    pub band: Vec<(f64, f64, f64)>,
}

fn sample(model: Model, from: (f64, f64), pace: f64, until: f64, k: f64) -> Vec<(f64, f64)> {
    if until <= from.0 {
        return Vec::new();
    }
    let n = 48;
    (0..=n)
        .filter_map(|i| {
            let t = from.0 + (until - from.0) * f64::from(i) / f64::from(n);
            model
                .project((from.0, from.1 / k), pace, t)
                .map(|v| (t, v * k))
        })
        .collect()
}

/// The chart data for assessment `a`; `facts` are those known at the as-of date.
pub fn trajectory(a: &Assessment, facts: &[&Fact], lang: crate::model::Lang) -> Option<Trajectory> {
    // A trend row stands on the actual that asked for it.
    let t = facts
        .iter()
        .find(|f| f.id == a.id && f.kind == Kind::Target)
        .or_else(|| {
            let id = super::trend::actual_id(&a.id)?;
            facts.iter().find(|f| f.id == id && f.kind == Kind::Actual)
        })?;
    let unit = Unit::parse(&a.unit).ok()?;
    let key = t.series_key();
    let deadline = a.target_t;
    let mut tr = Trajectory {
        id: a.id.clone(),
        title: format!("{} {}", a.region, a.indicator),
        unit: a.unit.clone(),
        verdict: a.verdict,
        headline: headline(a, lang),
        actuals: Vec::new(),
        projection: Vec::new(),
        required: Vec::new(),
        target: None,
        level_line: None,
        reach: None,
        milestones: Vec::new(),
        others: Vec::new(),
        gap: None,
        note: (a.verdict == Verdict::NotAssessable && !a.reason.is_empty())
            .then(|| a.reason.clone()),
        trend: (a.form == Form::Trend).then(|| match lang {
            crate::model::Lang::Zh => format!("趋势，无目标：期望{}", a.direction_zh()),
            crate::model::Lang::En => format!("trend, no target: {} wanted", a.direction),
        }),
        earlier_deadline: None,
        lang,
        band: Vec::new(),
    };
    if t.form == Form::Cumulative {
        let from = t.base_period.and_then(|p| p.year()).unwrap_or(i32::MIN);
        let (yearly, _) = sums::flows(key, facts, &unit, from, t.period.year().unwrap_or(i32::MAX));
        let mut sum = 0.0;
        for (y, v) in yearly {
            sum += v;
            tr.actuals.push((f64::from(y), sum, format!("{y}")));
        }
    } else {
        let obs: Vec<Obs> = series::levels(key, facts, &unit, series::one_year_goal(t));
        tr.actuals = obs
            .iter()
            .map(|o| {
                // (The year so far to a day is written short, 2023至08-20: a chart's label.)
                let period = match o.period {
                    Period::Span { from, to } if o.period.part_of_year().is_some() => {
                        format!("{from}至{:02}-{:02}", to.month, to.day)
                    }
                    p => p.to_string(),
                };
                let label = if o.note.is_some() {
                    format!("{period} 年化")
                } else {
                    period
                };
                (o.t, o.value, label)
            })
            .collect();
    }
    let last = tr.actuals.last().map(|(t, v, _)| (*t, *v));
    let level = a.target_value;
    match (deadline, level) {
        (Some(d), Some(l)) => {
            tr.target = Some((d, l, format!("{} ({})", a.target_as_written, t.period)))
        }
        (None, Some(l)) => {
            tr.level_line = Some((
                l,
                match lang {
                    crate::model::Lang::Zh => format!("目标 {} (无年份)", a.target_as_written),
                    crate::model::Lang::En => format!("target {} (no year)", a.target_as_written),
                },
            ))
        }
        _ => {}
    }
    let k = if a.model == Model::Logistic {
        100.0
    } else {
        1.0
    };
    let horizon = {
        // A trend looks five years ahead; a level without a year ten (its crossing may be far).
        let ahead = if a.form == Form::Trend { 5.0 } else { 10.0 };
        let base = deadline.or(last.map(|l| l.0 + ahead)).unwrap_or(2030.0);
        let crossing = a
            .reach_year_exact
            .filter(|r| *r > base)
            .map(|r| r.min(base + 12.0));
        crossing
            .unwrap_or(base)
            .max(last.map(|l| l.0).unwrap_or(base))
    };
    if let (Some(from), Some(p)) = (last, a.pace) {
        let internal = match a.model {
            Model::Linear if t.form != Form::Cumulative => p * from.1,
            _ => p,
        };
        tr.projection = sample(a.model, from, internal, horizon, k);
    }
    if let (Some(l), Some(x)) = (level, a.reach_year_exact) {
        tr.reach = Some((x, l));
    }
    // The required path: from the reference point (base-period actual, else the baseline).
    let reference = match (t.form, t.base_period) {
        (Form::Cumulative, _) => last,
        (_, Some(p)) => tr
            .actuals
            .iter()
            .find(|(tt, _, lab)| lab.starts_with(&p.to_string()) || Some(*tt) == p.t())
            .map(|(tt, v, _)| (*tt, *v)),
        _ => last,
    };
    if let (Some(r), Some(d), Some(l)) = (reference, deadline, level) {
        let model = if t.form == Form::Cumulative {
            Model::Linear
        } else {
            a.model
        };
        if let Some(req) = model.pace_between((r.0, r.1 / k), (d, l / k)) {
            tr.required = sample(model, r, req, d, k);
        }
    }
    if t.form == Form::Rate {
        if let (Some(first), Some(r)) = (
            tr.actuals.first().map(|(t, v, _)| (*t, *v)),
            a.required_growth,
        ) {
            tr.required = sample(Model::Compound, first, r, deadline.unwrap_or(horizon), 1.0);
        }
    }
    for m in facts
        .iter()
        .filter(|f| f.kind == Kind::Target && f.id != t.id && f.series_key() == key)
    {
        if let (Some(mt), Some(kf)) = (m.period.t(), m.unit.factor_to(&unit)) {
            let written = if m.as_written.trim().is_empty() {
                format!("{}{}", fmt_num(m.value), m.unit)
            } else {
                m.as_written.clone()
            };
            let what = format!("{written} ({})", m.period);
            let mark = |words: &str| (mt, m.value * kf, format!("{words} {what}"));
            // A milestone of this target is a step before it; a later target (or the one that
            // restates it) is another target of the indicator, not a milestone.
            if a.revises.as_deref() == Some(m.id.as_str()) {
                tr.earlier_deadline = Some((mt, m.value * kf, what));
            } else if a.revised_by.as_deref() == Some(m.id.as_str()) {
                tr.others.push(mark(lang.pick("后被重申为", "restated as")));
            } else if m.form == Form::Level && deadline.is_some_and(|d| mt < d) {
                tr.milestones.push(mark(lang.pick("里程碑", "milestone")));
            } else if m.form == Form::Level {
                tr.others
                    .push(mark(lang.pick("同指标其他目标", "other target")));
            }
        }
    }
    if let (Some(d), Some(p), Some(l), Some(g)) = (deadline, a.projected_value, level, a.gap_pct) {
        let short = (g < 0.0) == (a.direction == crate::model::Direction::Increase);
        let words = match (lang, short) {
            (crate::model::Lang::Zh, true) => "缺口",
            (crate::model::Lang::Zh, false) => "超出",
            (crate::model::Lang::En, true) => "short",
            (crate::model::Lang::En, false) => "beyond",
        };
        if (p - l).abs() > 0.0 && a.form != Form::Trend {
            tr.gap = Some((
                d,
                p,
                format!(
                    "{words} {} {} ({:+.1}%)",
                    fmt_num((p - l).abs()),
                    a.unit,
                    g * 100.0
                ),
            ));
        }
    }
    // No actuals but earlier milestones: the path the plan itself implies to this target.
    if tr.actuals.is_empty() && tr.required.is_empty() {
        if let (Some((d, l, _)), Some(prev)) = (
            tr.target.clone(),
            tr.milestones
                .iter()
                .filter(|m| m.0 < deadline.unwrap_or(f64::MIN))
                .max_by(|x, y| x.0.total_cmp(&y.0)),
        ) {
            if let Some(r) = Model::Compound.pace_between((prev.0, prev.1), (d, l)) {
                tr.required = sample(Model::Compound, (prev.0, prev.1), r, d, 1.0);
            }
        }
    }
    Some(tr)
}

/// Whether the baseline (an estimate of the year under way, 69622.2 against 50000) already
/// meets the target.
fn past_it(a: &Assessment) -> bool {
    a.base_value
        .zip(a.target_value)
        .is_some_and(|(b, t)| super::meets(b, t, a.target_qualifier, a.direction))
}

/// The answer in one line with its numbers, in `lang`.
pub fn headline(a: &Assessment, lang: crate::model::Lang) -> String {
    use crate::model::Lang;
    let mut s = a.verdict.label(lang).into_owned();
    if a.verdict == Verdict::NotAssessable && a.base_value.is_none() {
        return format!("{s} · {}", a.short_note(lang));
    }
    if let (Some(p), Some(y)) = (a.projected_value, a.target_year) {
        s.push_str(&match lang {
            Lang::Zh => format!(" · {y}年预测 {} {}", fmt_num(p), a.unit),
            Lang::En => format!(" · {} {} projected for {y}", fmt_num(p), a.unit),
        });
        if let Some(g) = a.gap_pct {
            // A surplus is 超出, a shortfall 缺口.
            let short = (g < 0.0) == (a.direction == crate::model::Direction::Increase);
            s.push_str(&match (lang, short) {
                (Lang::Zh, true) => format!("（缺口 {:+.1}%）", g * 100.0),
                (Lang::Zh, false) => format!("（超出 {:+.1}%）", g * 100.0),
                (Lang::En, true) => format!(" ({:+.1}% short)", g * 100.0),
                (Lang::En, false) => format!(" ({:+.1}% beyond)", g * 100.0),
            });
        }
    }
    if let (Some(p), true) = (a.pace, a.rate_unit == super::RateUnit::Yearly) {
        s.push_str(&match lang {
            Lang::Zh => format!(" · 按年增 {}", fmt_pct(p)),
            Lang::En => format!(" · at {}/yr", fmt_pct(p)),
        });
        match (a.form, a.reach_year, lang) {
            (Form::Trend, _, Lang::Zh) => {
                s.push_str(&format!("（趋势，期望{}，无目标）", a.direction_zh()))
            }
            (Form::Trend, _, Lang::En) => {
                s.push_str(&format!(" (trend, {} wanted, no target)", a.direction))
            }
            (_, Some(y), Lang::Zh) => s.push_str(&format!(" {y}年达成")),
            (_, Some(y), Lang::En) => s.push_str(&format!(" reached in {y}")),
            // Reached already, or estimated past it for the year under way: no year ahead to
            // name, and not "never".
            (_, None, _) if a.verdict == Verdict::Achieved || past_it(a) => {}
            (_, None, lang) => s.push_str(lang.pick(" 无法达成", " never reached")),
        }
    }
    if let Some(r) = a
        .required_growth
        .filter(|_| a.rate_unit == super::RateUnit::Yearly)
    {
        s.push_str(&match lang {
            Lang::Zh => format!(" · 需年增 {}", fmt_pct(r)),
            Lang::En => format!(" · needs {}/yr", fmt_pct(r)),
        });
    }
    s
}
