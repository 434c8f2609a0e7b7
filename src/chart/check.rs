//! The layout check: every chart kind drawn at several widths in both themes on a backend that
//! records where each text's ink lands (the placement the PNG backend draws with), and every
//! box checked against the canvas and against every other text.

use super::layout::Rect;
use super::{typeset, Chart, Dashboard, FanChart, Gallery, Heatmap, Look, Theme, YScale};
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use std::cell::RefCell;
use std::rc::Rc;

/// What a chart drew: every text with its ink box, every line of 2 px or more (data lines,
/// the required path, projections, boundaries: grid and axis lines are 1 px).
#[derive(Debug, Default)]
struct Drawn {
    texts: Vec<(String, Rect)>,
    lines: Vec<((i32, i32), (i32, i32))>,
}

/// A backend that draws nothing and records what would be drawn.
struct Record {
    size: (u32, u32),
    drawn: Rc<RefCell<Drawn>>,
}

impl DrawingBackend for Record {
    type ErrorType = std::fmt::Error;
    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<std::fmt::Error>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<std::fmt::Error>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<std::fmt::Error>> {
        Ok(())
    }
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<std::fmt::Error>> {
        if let Some((a, b, c, d)) = typeset::ink_box(text, style, pos) {
            self.drawn
                .borrow_mut()
                .texts
                .push((text.to_string(), Rect::new(a, b, c, d)));
        }
        Ok(())
    }
    fn draw_line<S: plotters_backend::BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
    ) -> Result<(), DrawingErrorKind<std::fmt::Error>> {
        if s.stroke_width() >= 2 && s.color().alpha > 0.0 {
            self.drawn.borrow_mut().lines.push((a, b));
        }
        Ok(())
    }
    fn draw_path<S: plotters_backend::BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<std::fmt::Error>> {
        let p: Vec<BackendCoord> = path.into_iter().collect();
        for w in p.windows(2) {
            self.draw_line(w[0], w[1], s)?;
        }
        Ok(())
    }
}

/// What `chart` draws at `look`, with the look.
fn texts<C: Chart>(chart: &C, look: &Look) -> (Look, Drawn) {
    super::register_font().unwrap();
    let drawn = Rc::new(RefCell::new(Drawn::default()));
    {
        let root = Record {
            size: (look.width, look.height),
            drawn: drawn.clone(),
        }
        .into_drawing_area();
        chart.draw(&root, look).unwrap();
    }
    (*look, Rc::try_unwrap(drawn).unwrap().into_inner())
}

/// What is wrong with the texts of one chart: a text outside the canvas, two texts
/// overlapping, a line of 2 px or more through a text.
fn faults(name: &str, look: &Look, d: &Drawn) -> Vec<String> {
    let canvas = Rect::new(0, 0, look.width as i32, look.height as i32);
    let at = format!("{name} {}×{} {:?}", look.width, look.height, look.theme);
    let mut out = Vec::new();
    for (k, (t, r)) in d.texts.iter().enumerate() {
        if !canvas.contains(r) {
            out.push(format!("{at}: {t:?} {r:?} leaves the canvas"));
        }
        for (u, s) in &d.texts[k + 1..] {
            // The same text at the same place (a tick plotters lists twice) is one text.
            if r.overlaps(s) && (t, r) != (u, s) {
                out.push(format!("{at}: {t:?} {r:?} overlaps {u:?} {s:?}"));
            }
        }
        if let Some(l) = d.lines.iter().find(|(a, b)| r.crosses(*a, *b)) {
            out.push(format!("{at}: {t:?} {r:?} is crossed by a line {l:?}"));
        }
    }
    out
}

/// Facts for the states the seed data lacks: on track, deterioration, missed, achieved, not
/// assessable with and without a baseline, a trend, two targets that read alike.
pub(crate) const STATES: &str = "\
id,kind,region,indicator,period,value,unit,direction
a1,actual,某区,医药产业营收,2021,350,亿元,
a2,actual,某区,医药产业营收,2022,430,亿元,
a3,actual,某区,医药产业营收,2023,520,亿元,
t1,target,某区,医药产业营收,2026,800,亿元,
t2,target,某区,医药产业营收,2026,1200,亿元,
b1,actual,某区,企业数,2020,120,家,
b2,actual,某区,企业数,2021,110,家,
b3,actual,某区,企业数,2022,100,家,
tb,target,某区,企业数,2025,200,家,
c1,actual,某区,园区产值,2019,50,亿元,
c2,actual,某区,园区产值,2021,60,亿元,
c3,actual,某区,园区产值,2022,70,亿元,
tc,target,某区,园区产值,2022,100,亿元,
d1,actual,某区,平台数,2019,5,个,
d2,actual,某区,平台数,2021,9,个,
td,target,某区,平台数,2021,8,个,
te,target,某区,新药数,2026,600,个,
f1,actual,某区,床位数,2023-06,480,张,
tf,target,某区,床位数,2026,1000,张,
g1,actual,某区,出口额,2020,80,亿元,increase
g2,actual,某区,出口额,2021,90,亿元,
g3,actual,某区,出口额,2022,100,亿元,
h1,actual,某区,专利数,2021,100,件,
h2,actual,某区,专利数,2022,200,件,
th,target,某区,专利数,2026,250,件,
";

/// Every chart kind: a trajectory chart per seed target and per state, the dashboards, the
/// sweep heatmaps (one target year and a range) and the simulation's fan and band.
fn every_chart(look: &Look) -> Vec<(String, (Look, Drawn))> {
    use crate::assess::{assess_all, Options};
    let mut out = Vec::new();
    let seeds = crate::load::seed_facts().unwrap();
    let states = crate::load::csv::read_facts("states.csv", STATES.as_bytes()).unwrap();
    use crate::model::Lang;
    for (set, facts, lang) in [
        ("seed", seeds, Lang::Zh),
        ("states", states.clone(), Lang::Zh),
        ("states-en", states, Lang::En),
    ] {
        let opts = Options {
            lang,
            ..Options::default()
        };
        let rows = assess_all(&facts, &opts);
        let known: Vec<_> = facts.iter().collect();
        let g = Gallery::new(&rows, &known, opts.scheme, YScale::Auto, opts.lang);
        let dash = Look {
            height: g.dashboard.natural_height(look.width),
            ..*look
        };
        out.push((format!("{set}/dashboard"), texts(&g.dashboard, &dash)));
        for c in &g.trajectories {
            out.push((format!("{set}/{}", c.data.id), texts(c, look)));
        }
    }
    let grid = |years: Vec<f64>| crate::sweep::Grid {
        base: vec![350.0],
        base_year: vec![2021.0],
        growth: (10..=30).map(|g| f64::from(g) / 100.0).collect(),
        target: vec![1000.0],
        target_year: years,
        model: crate::project::Model::Compound,
    };
    let title = "温江区 医药健康产业营收 (亿元)";
    out.push((
        "sweep-heatmap".into(),
        texts(&Heatmap::new(&grid(vec![2026.0]), title), look),
    ));
    out.push((
        "sweep-heatmap-years".into(),
        texts(
            &Heatmap::new(&grid((2024..=2030).map(f64::from).collect()), title),
            look,
        ),
    ));
    let spec = crate::simulate::Spec {
        extra_years: 10,
        ..crate::simulate::wenjiang(4096, 1)
    };
    let o = crate::simulate::simulate(&spec, &|_| {});
    out.push((
        "fan".into(),
        texts(
            &FanChart::new("温江区 医药健康产业营收", "亿元", &spec, &o),
            look,
        ),
    ));
    let facts = crate::load::seed_facts().unwrap();
    let rows = assess_all(&facts, &Options::default());
    let known: Vec<_> = facts.iter().collect();
    let row = rows.iter().find(|r| r.id == "wj-pharma-rev-2026").unwrap();
    let mut band = super::TrajectoryChart {
        data: crate::assess::trajectory::trajectory(row, &known, Default::default()).unwrap(),
        y_scale: YScale::Auto,
    };
    band.add_band(&spec, &o);
    out.push(("simulation/band".into(), texts(&band, look)));
    out
}

/// Widths checked, each with a height of 62 % of it (at least 400 px).
pub(crate) const WIDTHS: [u32; 4] = [640, 800, 1200, 2400];

#[test]
fn no_text_leaves_the_canvas_or_covers_another() {
    let mut all = Vec::new();
    let mut charts = 0;
    for theme in [Theme::Light, Theme::Dark] {
        for w in WIDTHS {
            let look = Look {
                width: w,
                height: (w * 62 / 100).max(400),
                theme,
            };
            for (name, (look, d)) in every_chart(&look) {
                charts += 1;
                assert!(!d.texts.is_empty(), "{name}: no text recorded");
                all.extend(faults(&name, &look, &d));
            }
        }
    }
    eprintln!("layout check: {charts} renders, {} faults", all.len());
    assert!(charts > 300, "{charts} charts drawn");
    assert!(
        all.is_empty(),
        "{} faults in {charts} charts:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn the_check_sees_an_overlap_and_a_clipped_text() {
    struct Bad;
    impl Chart for Bad {
        fn draw<DB: DrawingBackend>(
            &self,
            root: &DrawingArea<DB, plotters::coord::Shift>,
            _: &Look,
        ) -> super::DrawResult<DB> {
            root.draw(&Text::new("目标 千亿", (10, 10), super::font(15.0, BLACK)))?;
            root.draw(&Text::new(
                "达成 2027年",
                (30, 14),
                super::font(15.0, BLACK),
            ))?;
            root.draw(&Text::new("右边", (590, 100), super::font(15.0, BLACK)))?;
            root.draw(&PathElement::new(
                vec![(0, 60), (600, 30)],
                BLACK.stroke_width(2),
            ))?;
            root.draw(&Text::new("线上", (300, 40), super::font(15.0, BLACK)))?;
            root.draw(&PathElement::new(
                vec![(0, 200), (600, 200)],
                BLACK.stroke_width(1),
            ))?;
            root.draw(&Text::new("细线", (300, 194), super::font(15.0, BLACK)))?;
            Ok(())
        }
    }
    let look = Look {
        width: 600,
        height: 400,
        theme: Theme::Light,
    };
    let f = faults("bad", &look, &texts(&Bad, &look).1);
    assert_eq!(f.len(), 3, "{f:#?}");
    // The overlap, the text off the right edge, the text on the 2 px line (not the 1 px one).
    assert!(
        f[0].contains("目标 千亿") && f[0].contains("overlaps"),
        "{f:#?}"
    );
    assert!(
        f[1].contains("右边") && f[1].contains("leaves the canvas"),
        "{f:#?}"
    );
    assert!(
        f[2].contains("线上") && f[2].contains("crossed by a line"),
        "{f:#?}"
    );
}

/// The dashboard's axis end.
const HI: f64 = 1.6;

#[test]
fn the_states_render_as_their_verdicts() {
    use crate::assess::{assess_all, Options, Verdict};
    let facts = crate::load::csv::read_facts("states.csv", STATES.as_bytes()).unwrap();
    let rows = assess_all(&facts, &Options::default());
    let v = |id: &str| rows.iter().find(|r| r.id == id).map(|r| r.verdict);
    let got: Vec<_> = rows.iter().map(|r| (r.id.clone(), r.verdict)).collect();
    // What the trajectory charts say about each state.
    let known: Vec<_> = facts.iter().collect();
    let tr = |id: &str| {
        let a = rows.iter().find(|r| r.id == id).unwrap();
        crate::assess::trajectory::trajectory(a, &known, Default::default()).unwrap()
    };
    let achieved = tr("td");
    assert!(
        !achieved.headline.contains("无法达成"),
        "{}",
        achieved.headline
    );
    assert!(achieved
        .gap
        .as_ref()
        .is_some_and(|g| g.2.starts_with("超出")));
    assert!(tr("tb")
        .gap
        .as_ref()
        .is_some_and(|g| g.2.starts_with("缺口")));
    // Another target of the same indicator and year is not a milestone.
    let t2 = tr("t2");
    assert!(t2.milestones.is_empty(), "{:?}", t2.milestones);
    assert_eq!(t2.others[0].2, "同指标其他目标 800亿元 (2026)");
    // Not assessable: the reason in words; with a baseline, the required path too.
    assert!(tr("te").note.as_ref().is_some_and(|n| n.contains("无基数")));
    let tf = tr("tf");
    assert!(tf.note.is_some() && tf.required.len() > 1);
    assert!(tr("g1~trend")
        .trend
        .as_ref()
        .is_some_and(|t| t.contains("无目标")));
    // Seed data: the later target that restates one is named so, an earlier one is a milestone.
    let seeds = crate::load::seed_facts().unwrap();
    let seed_rows = assess_all(&seeds, &Options::default());
    let seed_known: Vec<_> = seeds.iter().collect();
    let seed = |id: &str| {
        let a = seed_rows.iter().find(|r| r.id == id).unwrap();
        crate::assess::trajectory::trajectory(a, &seed_known, Default::default()).unwrap()
    };
    let c = seed("wj-2018-cluster-1000-2022");
    assert!(
        c.milestones.is_empty() && c.others[0].2.starts_with("后被重申为"),
        "{:?}",
        c.others
    );
    let f = seed("wj-2018-top-firms-2022");
    assert!(
        f.milestones[0].2.starts_with("里程碑"),
        "{:?}",
        f.milestones
    );
    // In English the chart's own words are English.
    let a = rows.iter().find(|r| r.id == "t2").unwrap();
    let en = super::TrajectoryChart {
        data: crate::assess::trajectory::trajectory(a, &known, crate::model::Lang::En).unwrap(),
        y_scale: YScale::Auto,
    };
    let look = Look::default();
    let said: Vec<String> = texts(&en, &look).1.texts.into_iter().map(|t| t.0).collect();
    for zh in ["目标", "达成", "缺口", "所需路径", "实际值", "同指标"] {
        assert!(!said.iter().any(|t| t.contains(zh)), "{zh} in {said:?}");
    }
    assert!(said.iter().any(|t| t.starts_with("short ")), "{said:?}");
    // Two rows of one indicator and year read apart on the dashboard.
    let d = Dashboard::new(&rows, Options::default().scheme, Default::default());
    let twins: Vec<_> = d
        .rows
        .iter()
        .filter(|r| r.label.contains("医药产业营收"))
        .collect();
    assert_eq!(twins.len(), 2);
    assert_ne!(twins[0].label, twins[1].label);
    assert!(
        twins.iter().any(|r| r.label.ends_with("800亿元"))
            && twins.iter().any(|r| r.label.ends_with("1200亿元")),
        "{twins:?}"
    );
    assert_eq!(v("tb"), Some(Verdict::Deterioration), "{got:?}");
    assert_eq!(v("tc"), Some(Verdict::Missed), "{got:?}");
    assert_eq!(v("td"), Some(Verdict::Achieved), "{got:?}");
    assert_eq!(v("t1"), Some(Verdict::OnTrack), "{got:?}");
    assert_eq!(v("t2"), Some(Verdict::AccelerationNeeded), "{got:?}");
    assert!(
        rows.iter().any(|r| r.form == crate::model::Form::Trend),
        "{got:?}"
    );
    // A ratio past the dashboard's axis.
    assert!(
        rows.iter().any(|r| r.growth_ratio.is_some_and(|x| x > HI)),
        "{got:?}"
    );
    assert_eq!(v("te"), Some(Verdict::NotAssessable), "{got:?}");
    assert_eq!(v("tf"), Some(Verdict::NotAssessable), "{got:?}");
}
