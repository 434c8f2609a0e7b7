//! The batch engine against the reference engine on random fact files: the same frame, cell
//! for cell, bit for bit.

use super::report_frame;
use crate::assess::{assess_all, Options, Scheme};
use crate::report::{to_frame, Col};
use proptest::prelude::*;

/// Series per chunk here: small, so that merging and stacking chunks is exercised.
const CHUNK: usize = 3;

#[derive(Debug, Clone)]
struct Series {
    region: &'static str,
    indicator: u8,
    target: (i32, f64),
    /// Actuals by year (distinct years).
    actuals: Vec<(i32, f64)>,
    growth: Option<(f64, &'static str)>,
    /// Further targets (milestones), each its own row of the report.
    more: Vec<(i32, f64)>,
    written: bool,
}

fn series() -> impl Strategy<Value = Series> {
    (
        prop::sample::select(vec![
            "区0",
            "区1",
            "Zone",
            "b区",
            "温江区",
            "区10",
            "成都市温江区医学城生命科技园",
            "成都市温江区医学城生命科技园A",
            // 23 bytes: the separator is the key's last byte.
            "温江区医学城园AB",
            "温江区医学城园A",
        ]),
        0u8..20,
        (2000i32..2040, prop_oneof![Just(0.0), 0.0..2000.0f64]),
        // Mostly one actual; some series with none, some with a history (the observed rate).
        prop_oneof![
            1 => Just(0usize),
            4 => Just(1usize),
            3 => 2usize..5,
        ]
        .prop_flat_map(|n| {
            prop::collection::btree_map(
                2000i32..2040,
                prop_oneof![Just(0.0), Just(100.0), 0.0..2000.0f64],
                n..=n,
            )
        }),
        prop::option::weighted(
            0.6,
            (
                prop_oneof![Just(0.0), -60.0..80.0f64],
                prop::sample::select(vec![
                    "at_least",
                    "exact",
                    "about",
                    "at_most",
                    "",
                    "以上",
                    "近",
                    "控制在",
                    "AT_LEAST",
                ]),
            ),
        ),
        prop_oneof![
            3 => Just(Vec::new()),
            1 => prop::collection::vec((2000i32..2040, prop_oneof![Just(0.0), 0.0..2000.0f64]), 1..4),
        ],
        any::<bool>(),
    )
        .prop_map(
            |(region, indicator, target, actuals, growth, more, written)| Series {
                region,
                indicator,
                target,
                actuals: actuals.into_iter().collect(),
                growth,
                more,
                written,
            },
        )
}

fn file(all: &[Series]) -> String {
    let mut s =
        String::from("id,kind,region,indicator,period,value,unit,qualifier,as_written,source\n");
    let mut seen = std::collections::HashSet::new();
    for (i, x) in all.iter().enumerate() {
        if !seen.insert((x.region, x.indicator)) {
            continue;
        }
        let ind = format!("指标{}", x.indicator);
        let w = if x.written {
            format!("{:.1}亿元", x.target.1)
        } else {
            String::new()
        };
        // Qualifiers in English and Chinese: "about" targets are met within 5 %, "at most"
        // ones are decreases; on actuals a qualifier changes nothing.
        let tq = [
            "",
            "exact",
            "at_least",
            "以上",
            "突破",
            "约",
            "about",
            "控制在",
            "at_most",
        ][i % 9];
        // Some targets have no year (written empty or "-").
        let year = match i % 13 {
            0 => String::new(),
            6 => "-".into(),
            _ => x.target.0.to_string(),
        };
        s += &format!(
            "t{i},target,{},{ind},{year},{:.2},亿元,{tq},{w},src{i}\n",
            x.region, x.target.1
        );
        // Milestones' ids start with their own letters too.
        for (k, ((y, v), letter)) in x.more.iter().zip(["u", "v", "w"]).enumerate() {
            let tq = ["", "以上", "以内"][k % 3];
            s += &format!(
                "{letter}{i},target,{},{ind},{y},{v:.2},亿元,{tq},,src{i}\n",
                x.region
            );
        }
        // Each actual's id starts with its own letter, so sorting the lines by id puts
        // a series' actuals in separate runs.
        for (j, ((y, v), letter)) in x.actuals.iter().zip(["a", "b", "c", "d", "e"]).enumerate() {
            let aq = ["", "约", "exact"][(i + j) % 3];
            s += &format!(
                "{letter}{i},actual,{},{ind},{y},{v:.2},亿元,{aq},,\n",
                x.region
            );
        }
        if let Some((g, q)) = x.growth {
            s += &format!("g{i},growth,{},{ind},2021,{g:.2},%,{q},,\n", x.region);
        }
        // Rows the batch engine leaves to the reference engine, with their whole series:
        // a half-year actual, an actual dated by a day in another unit.
        let v = x.target.1 / 3.0;
        if i % 5 == 2 {
            s += &format!("h{i},actual,{},{ind},2019H1,{v:.2},亿元,,,\n", x.region);
        }
        if i % 7 == 4 {
            s += &format!(
                "k{i},actual,{},{ind},2018-06-30,{:.1},万元,,,\n",
                x.region,
                v * 1e4
            );
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn batch_and_reference_frames_are_identical(all in prop::collection::vec(series(), 1..40), unsd in any::<bool>(), shape in 0u8..4, subset in prop::sample::subsequence(Col::ALL.to_vec(), 1..=Col::ALL.len()).prop_shuffle()) {
        // Plain files take the batch engine's own reader; a comment line or a quoted cell
        // sends the file through polars' reader instead.
        // Sorting the lines by id splits each series into runs far apart.
        let csv = match shape {
            0 => file(&all),
            1 => format!("# generated\n{}", file(&all)),
            2 => file(&all).replacen(",src0\n", ",\"src0\"\n", 1),
            _ => {
                let text = file(&all);
                let (head, body) = text.split_once('\n').unwrap();
                let mut lines: Vec<&str> = body.lines().collect();
                lines.sort();
                format!("{head}\n{}\n", lines.join("\n"))
            }
        };
        // The two schemes are run in the two languages: both engines write both.
        let opts = Options {
            scheme: if unsd { Scheme::Unsd } else { Scheme::Eurostat },
            lang: if unsd { crate::model::Lang::En } else { crate::model::Lang::Zh },
            ..Options::default()
        };
        let fast = report_frame("t.csv", csv.as_bytes(), &opts, (&Col::ALL, CHUNK)).unwrap();
        // polars' reader leaves a file with series for the reference engine to it whole.
        let foreign = csv.contains("H1,")
            || csv.contains("-30,")
            || all.iter().any(|x| x.actuals.len() > 1 && x.actuals[0].1 == 0.0);
        let plain = shape == 0 || shape == 3;
        prop_assert!(fast.is_some() || (foreign && !plain), "the batch engine refused an eligible file:\n{}", csv);
        let Some(fast) = fast else { return Ok(()) };
        let facts = crate::load::csv::read_facts("t.csv", csv.as_bytes()).unwrap();
        let reference = to_frame(&assess_all(&facts, &opts)).unwrap();
        // A selection of columns, in any order, is the same selection of the whole frame.
        let some = report_frame("t.csv", csv.as_bytes(), &opts, (&subset, CHUNK)).unwrap().unwrap();
        prop_assert!(some.equals_missing(&fast.select(subset.iter().map(|c| c.name())).unwrap()), "{:?}", subset);
        prop_assert_eq!(fast.shape(), reference.shape());
        for (a, b) in fast.columns().iter().zip(reference.columns()) {
            prop_assert_eq!(a.name(), b.name());
            prop_assert_eq!(a.dtype(), b.dtype(), "{}", a.name());
            for i in 0..a.len() {
                let (x, y) = (a.get(i).unwrap(), b.get(i).unwrap());
                prop_assert!(x == y, "column {} row {}: batch {:?}, reference {:?}\n{}", a.name(), i, x, y, csv);
            }
        }
    }
}

/// The generator above draws every verdict and every step of the verdict order (each with
/// its own reason words), so the equivalence test compares them all.
#[test]
fn the_generator_draws_every_verdict_and_every_case() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = prop::collection::vec(series(), 1..40);
    let (mut verdicts, mut reasons, mut zh) =
        (std::collections::BTreeSet::new(), Vec::new(), Vec::new());
    let en = Options {
        lang: crate::model::Lang::En,
        ..Options::default()
    };
    for _ in 0..64 {
        let all = strategy.new_tree(&mut runner).unwrap().current();
        let facts = crate::load::csv::read_facts("t.csv", file(&all).as_bytes()).unwrap();
        for a in assess_all(&facts, &en) {
            verdicts.insert(a.verdict.name());
            reasons.push(a.reason);
        }
        zh.extend(
            assess_all(&facts, &Options::default())
                .into_iter()
                .map(|a| a.reason),
        );
    }
    // Every case in Chinese too, and no English word in a Chinese reason (data aside).
    for words in [
        "无基数：",
        "已达到",
        "无目标年份。从",
        "无目标年份，也无速度",
        "年期限之时或之后仍未达到",
        "无速度：",
        "：缺口",
        "：超出",
        "按此速度永远达不到",
        "（实测）",
        "（声称）",
        "与声称的",
    ] {
        assert!(
            zh.iter().any(|r| r.contains(words)),
            "no reason says {words:?}"
        );
    }
    for r in &zh {
        let english = r
            .split(|c: char| !c.is_ascii_alphabetic())
            .find(|w| w.len() > 2 && !["linear", "model"].contains(w));
        assert!(english.is_none(), "{english:?} in {r}");
    }
    let all_verdicts = [
        "achieved",
        "on_track",
        "acceleration_needed",
        "limited_progress",
        "deterioration",
        "missed",
        "not_assessable",
    ];
    assert_eq!(verdicts.len(), all_verdicts.len(), "{verdicts:?}");
    for words in [
        "no baseline: ",
        " already meets ",
        "No target year. From ",
        "No target year and no pace",
        " deadline, falls short of ",
        "No pace: ",
        " short (",
        " beyond the target (",
        "never reached at this pace",
        " (observed)",
        " (stated)",
        " disagrees with the stated ",
    ] {
        assert!(
            reasons.iter().any(|r| r.contains(words)),
            "no reason says {words:?}"
        );
    }
}

#[test]
fn series_the_batch_engine_leaves_to_the_reference_engine() {
    let head = "id,kind,region,indicator,period,value,unit,form,base_period\n";
    // Series of the batch engine before and after, so the reference engine's rows are
    // merged in between.
    let around = |body: &str| {
        format!(
            "{head}x,target,a,i,2026,9,亿元,,\ny,actual,a,i,2021,5,亿元,,\n{body}z,target,s,i,2026,9,亿元,,\nw,actual,s,i,2021,5,亿元,,\n"
        )
    };
    for body in [
        "t,target,r,i,2026,2,倍,relative,2020\na,actual,r,i,2020,5,亿元,,\n", // relative
        "t,target,r,i,2026,9,亿元,,\nu,target,r,i,2030,19,万元,,\n", // targets in two units
        "t,target,r,i,2026,9,亿元,,\na,actual,r,i,2021,5,亿元,,\nb,actual,r,i,2021,5,亿元,,\n", // a year twice
        "t,target,r,i,2026,9,亿元,,\na,actual,r,i,2021H1,5,亿元,,\n", // part year
        "t,target,r,i,2026,9,亿元,,\na,actual,r,i,2021,5,万元,,\n",   // another unit
    ] {
        let csv = around(body);
        let opts = Options::default();
        let fast = report_frame("t.csv", csv.as_bytes(), &opts, (&Col::ALL, CHUNK))
            .unwrap()
            .unwrap_or_else(|| panic!("the batch engine refused the file:\n{csv}"));
        let facts = crate::load::csv::read_facts("t.csv", csv.as_bytes()).unwrap();
        let reference = to_frame(&assess_all(&facts, &opts)).unwrap();
        assert!(
            fast.equals_missing(&reference),
            "{csv}\n{fast}\n{reference}"
        );
        assert!(fast.height() >= 3, "{csv}");
    }
    // A bad cell is the reference engine's to name, with the file and line.
    let bad = around("t,target,r,i,2026,x,亿元,,\n");
    let e = report_frame(
        "t.csv",
        bad.as_bytes(),
        &Options::default(),
        (&Col::ALL, CHUNK),
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("t.csv:4: field `value`"), "{e}");
    // A repeated id sends the whole file there.
    let twice = around("t,target,r,i,2026,9,亿元,,\nx,actual,r,i,2021,5,亿元,,\n");
    assert!(report_frame(
        "t.csv",
        twice.as_bytes(),
        &Options::default(),
        (&Col::ALL, CHUNK)
    )
    .unwrap()
    .is_none());
}

#[test]
fn chunked_outputs_are_the_stacked_frame_s_bytes() {
    // 40 series, every fifth without a target: 14 chunks of 3 (in tests), more than one
    // window of chunks, some chunks with fewer rows.
    let mut csv = String::from("id,kind,region,indicator,period,value,unit,qualifier\n");
    for i in 0..40 {
        csv.push_str(&format!(
            "a{i},actual,区{},指标{i},2021,{}.5,亿元,\n",
            i % 4,
            100 + i
        ));
        csv.push_str(&format!(
            "g{i},growth,区{},指标{i},2021,{},%,at_least\n",
            i % 4,
            i % 25
        ));
        if i % 5 != 0 {
            csv.push_str(&format!(
                "t{i},target,区{},指标{i},2026,{},亿元,\n",
                i % 4,
                300 + 7 * i
            ));
        }
    }
    let opts = Options::default();
    let (mut csv_out, mut parquet_out) = (Vec::new(), Vec::new());
    super::with_chunks("t.csv", csv.as_bytes(), &opts, (&Col::ALL, CHUNK), |c| {
        assert!(c.len() > 8, "{} chunks", c.len());
        c.write_csv(&mut csv_out)?;
        c.write_parquet(&mut parquet_out)
    })
    .unwrap()
    .expect("the batch engine takes the file");
    let mut stacked = report_frame("t.csv", csv.as_bytes(), &opts, (&Col::ALL, CHUNK))
        .unwrap()
        .unwrap();
    assert_eq!(stacked.height(), 32);
    assert_eq!(csv_out, crate::output::csv::csv_of(&mut stacked).unwrap());
    assert_eq!(
        parquet_out,
        crate::output::parquet::parquet_of(&mut stacked).unwrap()
    );
}
