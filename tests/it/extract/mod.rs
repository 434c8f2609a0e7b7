//! `reach extract` against the hand annotation of all five seed texts
//! (`tests/fixtures/extract/*.tsv`, rules in its README), and its output contracts.

use super::{fixture, reach, shared_seeds};
use reach::model::Period;
use serde_json::Value;

mod changes;
mod goals;
mod periods;
mod subjects;
mod units;

/// One hand-annotated figure, located in the text.
struct Gold {
    start: usize,
    end: usize,
    value: f64,
    unit: String,
    qualifier: String,
    kind: String,
    period: Option<Period>,
}

fn gold(seed: &str, text: &str) -> Vec<Gold> {
    let tsv = std::fs::read_to_string(fixture(&format!("extract/{seed}.tsv"))).unwrap();
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 7, "{seed}.tsv:{}: 7 columns", n + 1);
        // The fixture states its own expectation: the anchor occurs exactly once.
        assert_eq!(
            text.matches(c[0]).count(),
            1,
            "{seed}.tsv:{}: anchor {:?} not unique",
            n + 1,
            c[0]
        );
        let at = text.find(c[0]).unwrap();
        let within = c[0]
            .find(c[1])
            .unwrap_or_else(|| panic!("{seed}.tsv:{}: figure not in anchor", n + 1));
        let start = text[..at + within].chars().count();
        out.push(Gold {
            start,
            end: start + c[1].chars().count(),
            value: c[2].parse().unwrap(),
            unit: c[3].to_string(),
            qualifier: c[4].to_string(),
            kind: c[5].to_string(),
            period: match c[6] {
                "" => None,
                p => Some(Period::parse(p).unwrap()),
            },
        });
    }
    out
}

#[derive(Default, Debug)]
struct Score {
    gold: usize,
    found: usize,
    matched: usize,
    kind: usize,
    period: usize,
    qualifier: usize,
}

fn score(seed: &str, text: &str, cands: &[Value]) -> Score {
    let gold = gold(seed, text);
    let mut used = vec![false; cands.len()];
    let mut s = Score {
        gold: gold.len(),
        found: cands.len(),
        ..Score::default()
    };
    for g in &gold {
        let hit = cands.iter().enumerate().find(|(i, c)| {
            let (a, b) = (
                c["figure_start"].as_u64().unwrap() as usize,
                c["figure_end"].as_u64().unwrap() as usize,
            );
            !used[*i]
                && a < g.end
                && g.start < b
                && (c["value"].as_f64().unwrap() - g.value).abs() < 1e-9
                && c["unit"] == g.unit.as_str()
        });
        let Some((i, c)) = hit else {
            eprintln!(
                "  missed {seed} {}..{} {} {}",
                g.start, g.end, g.value, g.unit
            );
            continue;
        };
        used[i] = true;
        s.matched += 1;
        s.kind += usize::from(c["kind"] == g.kind.as_str());
        let period = c["period"].as_str().map(|p| Period::parse(p).unwrap());
        s.period += usize::from(period == g.period);
        s.qualifier += usize::from(c["qualifier"] == g.qualifier.as_str());
        if c["kind"] != g.kind.as_str() || period != g.period {
            eprintln!(
                "  {seed} {}: kind {} period {:?}, annotated {} {:?}",
                c["as_written"], c["kind"], period, g.kind, g.period
            );
        }
    }
    for (c, u) in cands.iter().zip(&used) {
        if !u {
            eprintln!("  extra {seed} {} {}", c["as_written"], c["quote"]);
        }
    }
    s
}

fn extract_json(path: &std::path::Path) -> Vec<Value> {
    let v = super::json_of("extract", &[path.to_str().unwrap()]);
    v.as_array().unwrap().clone()
}

#[test]
fn recall_and_precision_on_the_five_hand_annotated_seeds() {
    let Some(dir) = shared_seeds() else {
        eprintln!("../shared/seeds not present: extraction scoring skipped");
        return;
    };
    let mut total = Score::default();
    for entry in std::fs::read_dir(fixture("extract")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().and_then(|e| e.to_str()) != Some("tsv") {
            continue;
        }
        let seed = p.file_stem().unwrap().to_str().unwrap().to_string();
        let src = dir.join(format!("{seed}.txt"));
        let text = std::fs::read_to_string(&src).unwrap();
        let cands = extract_json(&src);
        // Offsets count characters: start..end is exactly the quote, and the figure is in it.
        let chars: Vec<char> = text.chars().collect();
        for c in &cands {
            let at = |k: &str| c[k].as_u64().unwrap() as usize;
            assert_eq!(
                chars[at("start")..at("end")].iter().collect::<String>(),
                c["quote"].as_str().unwrap()
            );
            assert_eq!(
                chars[at("figure_start")..at("figure_end")]
                    .iter()
                    .collect::<String>(),
                c["as_written"].as_str().unwrap()
            );
            assert!(at("start") <= at("figure_start") && at("figure_end") <= at("end"));
        }
        let s = score(&seed, &text, &cands);
        eprintln!("{seed}: {s:?}");
        total.gold += s.gold;
        total.found += s.found;
        total.matched += s.matched;
        total.kind += s.kind;
        total.period += s.period;
        total.qualifier += s.qualifier;
    }
    let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let recall = r(total.matched, total.gold);
    let precision = r(total.matched, total.found);
    let kind = r(total.kind, total.matched);
    let period = r(total.period, total.matched);
    let qualifier = r(total.qualifier, total.matched);
    eprintln!(
        "extract on 5 seeds: {} annotated, {} proposed, {} matched; recall {recall:.3}, precision {precision:.3}; of the matched: kind {kind:.3}, period {period:.3}, qualifier {qualifier:.3}",
        total.gold, total.found, total.matched
    );
    assert_eq!(total.gold, 123, "the annotation has 123 figures");
    // In-sample figures (0.992 and 0.953): a rule that loses a few seed figures fails here
    // (a quoted list of goals, “千家企业、千亿规模”, read as a slogan cost eight).
    assert!(recall >= 0.97, "recall {recall:.3} < 0.97");
    assert!(precision >= 0.93, "precision {precision:.3} < 0.93");
    assert!(kind >= 0.85, "kind accuracy {kind:.3} < 0.85");
    assert!(period >= 0.80, "period accuracy {period:.3} < 0.80");
}

fn run_forms(format: &str) -> std::process::Output {
    reach()
        .arg("extract")
        .arg(fixture("extract/forms.txt"))
        .args(["--date", "2022-02-14", "--region", "测试区", "-f", format])
        .output()
        .unwrap()
}

#[test]
fn every_form_the_issue_lists_is_read() {
    let out = run_forms("json");
    crate::succeeded(&out);
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let find = |w: &str| written(&v, w);
    // (as written, value, unit, qualifier, kind, period)
    let expect = [
        (
            "7796.99亩",
            7796.99,
            "亩",
            "exact",
            "actual",
            Some("2016/2022-02-14"),
        ),
        (
            "1,200个",
            1200.0,
            "个",
            "exact",
            "actual",
            Some("2022-02-14"),
        ),
        (
            "两千家",
            2000.0,
            "家",
            "exact",
            "actual",
            Some("2022-02-14"),
        ),
        ("十余所", 10.0, "所", "about", "actual", Some("2022-02-14")),
        (
            "突破千亿",
            1000.0,
            "亿元",
            "at_least",
            "target",
            Some("2026"),
        ),
        ("2个", 2.0, "个", "exact", "target", Some("2026")),
        ("五百亿", 500.0, "亿元", "exact", "target", Some("2026")),
        (
            "超过八万亿元",
            8.0,
            "万亿元",
            "at_least",
            "actual",
            Some("2020"),
        ),
        (
            "1.2万亿美元",
            1.2,
            "万亿美元",
            "exact",
            "target",
            Some("2030"),
        ),
        (
            "85.42亿元",
            85.42,
            "亿元",
            "exact",
            "actual",
            Some("2021Q1-Q3"),
        ),
        ("17.01%", 17.01, "%", "exact", "growth", Some("2021Q1-Q3")),
        ("24个", 24.0, "个", "exact", "actual", Some("2020H1")),
        (
            "约112亿元",
            112.0,
            "亿元",
            "about",
            "actual",
            Some("2020H1"),
        ),
        (
            "76.41亿元",
            76.41,
            "亿元",
            "exact",
            "actual",
            // 1-6月 with no year in a text of 2022-02-14: those months of 2022 are yet to
            // come, so the figure is 2021's.
            Some("2021H1"),
        ),
        ("90余个", 90.0, "个", "about", "actual", Some("2022-02-14")),
        (
            "逾千亿元",
            1000.0,
            "亿元",
            "at_least",
            "actual",
            Some("2022-02-14"),
        ),
        (
            "近50亿元",
            50.0,
            "亿元",
            "about",
            "actual",
            Some("2022-02-14"),
        ),
        (
            "超1000个",
            1000.0,
            "个",
            "at_least",
            "actual",
            Some("2022-02-14"),
        ),
        ("3000余名", 3000.0, "名", "about", "actual", Some("2021")),
        ("10余名", 10.0, "名", "about", "actual", Some("2021")),
        (
            "超过7000人",
            7000.0,
            "人",
            "at_least",
            "actual",
            Some("2021"),
        ),
        (
            "25万平米",
            25.0,
            "万平方米",
            "exact",
            "target",
            // 十四五期间新增: a sum over the plan's years.
            Some("2021/2025"),
        ),
        ("4.4公里", 4.4, "公里", "exact", "target", Some("2021/2025")),
        (
            "约44平方公里",
            44.0,
            "平方公里",
            "about",
            "target",
            Some("2025"),
        ),
        ("12项", 12.0, "项", "exact", "target", Some("2025")),
        ("350亿元", 350.0, "亿元", "exact", "actual", Some("2021")),
        ("20%以上", 20.0, "%", "at_least", "growth", Some("2021")),
    ];
    for (w, value, unit, q, kind, period) in expect {
        let c = find(w);
        assert_eq!(c["value"].as_f64(), Some(value), "{w}");
        assert_eq!(c["unit"], unit, "{w}");
        assert_eq!(c["qualifier"], q, "{w}");
        assert_eq!(c["kind"], kind, "{w}");
        assert_eq!(c["period"].as_str(), period, "{w}");
        assert_eq!(c["region"], "测试区");
    }
    assert_eq!(
        v.len(),
        expect.len(),
        "nothing from the last line (ordinals, determiners, codes)"
    );
}

#[test]
fn the_csv_is_a_fact_file_report_loads() {
    let out = run_forms("csv");
    assert!(out.status.success());
    insta::assert_snapshot!(
        "extract_forms_csv",
        String::from_utf8(out.stdout.clone()).unwrap()
    );
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("facts.csv");
    std::fs::write(&p, &out.stdout).unwrap();
    let rows = super::report_json(&["--data", p.to_str().unwrap()]);
    assert!(
        !rows.as_array().unwrap().is_empty(),
        "the extracted targets are assessed"
    );
}

#[test]
fn stdin_and_offsets_in_characters() {
    let out = reach()
        .args(["extract", "-", "-f", "json", "--date", "2021-10-25"])
        .write_stdin("前言。巴南区生物城累计实现规上工业总产值85.42亿元。")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0]["start"].as_u64(), v[0]["end"].as_u64()),
        (Some(3), Some(27))
    );
    assert_eq!(
        (v[0]["figure_start"].as_u64(), v[0]["figure_end"].as_u64()),
        (Some(20), Some(27))
    );
    assert_eq!(v[0]["source"], "stdin");
    assert_eq!(v[0]["region"], "巴南区");
}

#[test]
fn a_gbk_text_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let gbk = dir.path().join("gbk.txt");
    // 营收350亿元 in GBK.
    std::fs::write(&gbk, b"2021\xc4\xea\xd3\xaa\xca\xd5350\xd2\xda\xd4\xaa").unwrap();
    let out = reach()
        .arg("extract")
        .arg(&gbk)
        .args(["-f", "json"])
        .output()
        .unwrap();
    crate::succeeded(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("read as GB18030"));
    let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["as_written"], "350亿元");
}

#[test]
fn bad_input_is_named_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let utf16 = dir.path().join("utf16.txt");
    std::fs::write(&utf16, b"\xff\xfe\x25\x84\x36\x65").unwrap();
    let undated = dir.path().join("undated.txt");
    std::fs::write(&undated, "目前已聚集企业480家。").unwrap();
    let cases: [(Vec<&str>, &str); 5] = [
        (vec![utf16.to_str().unwrap()], "UTF-16"),
        (vec!["/no/such/file.txt"], "cannot read"),
        (
            vec![undated.to_str().unwrap(), "--date", "2022-13-01"],
            "--date",
        ),
        (vec![undated.to_str().unwrap(), "-f", "xml"], "--format"),
        (vec![undated.to_str().unwrap(), "-f", "csv"], "pass --date"),
    ];
    for (args, frag) in cases {
        let out = reach().arg("extract").args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(frag), "{args:?}: {err}");
    }
}

#[test]
fn texts_with_one_file_stem_get_ids_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    for (sub, text) in [
        ("a", "2021年实现营收350亿元，到2026年达到1000亿元。"),
        ("b", "2021年实现利润35亿元。"),
    ] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("news.txt"), text).unwrap();
    }
    let facts = dir.path().join("facts.csv");
    let out = super::reach()
        .arg("extract")
        .arg(dir.path().join("a/news.txt"))
        .arg(dir.path().join("b/news.txt"))
        .args(["-f", "csv", "-o"])
        .arg(&facts)
        .output()
        .unwrap();
    crate::succeeded(&out);
    let csv = std::fs::read_to_string(&facts).unwrap();
    assert!(csv.contains("\nnews-2-x001,news-2,"), "{csv}");
    // The fact file loads, as the README promises.
    let out = super::reach()
        .args(["report", "--data"])
        .arg(&facts)
        .output()
        .unwrap();
    crate::succeeded(&out);
}

#[test]
fn conflicting_figures_from_two_texts_are_marked_and_the_file_loads() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, value) in [("a.txt", "350"), ("b.txt", "360"), ("c.txt", "350")] {
        let p = dir.path().join(name);
        std::fs::write(&p, format!("2021年，某区医药健康产业实现营收{value}亿元。")).unwrap();
        paths.push(p);
    }
    let facts = dir.path().join("facts.csv");
    let out = super::reach()
        .arg("extract")
        .args(&paths)
        .args(["--region", "某区", "-f", "csv", "-o"])
        .arg(&facts)
        .output()
        .unwrap();
    crate::succeeded(&out);
    let csv = std::fs::read_to_string(&facts).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    // 350 is kept; 360 is a comment naming 350; the repeated 350 is no conflict.
    assert!(
        lines[1].starts_with("a-x001,") && lines[1].contains("conflicts with b-x001 (360亿元)"),
        "{csv}"
    );
    assert!(
        lines[2].starts_with("# b-x001,") && lines[2].contains("conflicts with a-x001 (350亿元)"),
        "{csv}"
    );
    assert!(
        lines[3].starts_with("c-x001,") && !lines[3].contains("conflicts"),
        "{csv}"
    );
    let out = super::reach()
        .args(["report", "--data"])
        .arg(&facts)
        .output()
        .unwrap();
    crate::succeeded(&out);
}

#[test]
fn text_with_characters_the_loader_refuses_still_makes_a_fact_file_that_loads() {
    // Found by the extract fuzz target: "0%\02" made a quote holding a NUL.
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("t.txt");
    std::fs::write(
        &text,
        "0%\u{0}2\n2021年营收350亿元\u{ffff}，增长20%\u{1b}。",
    )
    .unwrap();
    let facts = dir.path().join("facts.csv");
    let out = reach()
        .arg("extract")
        .arg(&text)
        .args(["--date", "2022-02-14", "-f", "csv", "-o"])
        .arg(&facts)
        .output()
        .unwrap();
    crate::succeeded(&out);
    let csv = std::fs::read_to_string(&facts).unwrap();
    assert!(!csv.contains(['\u{0}', '\u{ffff}', '\u{1b}']), "{csv:?}");
    assert!(csv.contains("350亿元"));
    let out = reach()
        .args(["report", "--data"])
        .arg(&facts)
        .output()
        .unwrap();
    crate::succeeded(&out);
}

#[test]
fn a_fall_is_a_negative_rate() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("fall.txt");
    std::fs::write(
        &text,
        "2021年，某区工业产值同比下降3.2%，利润减少5%，出口增长8%，下降后回升增长2%。",
    )
    .unwrap();
    let v = super::json_of("extract", &[text.to_str().unwrap(), "--date", "2022-02-14"]);
    let values: Vec<f64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, vec![-3.2, -5.0, 8.0, 2.0], "{v}");
}

#[test]
fn report_text_extracts_links_and_assesses_in_one_run() {
    let article = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/article.txt");
    let (rows, said) = report_text(&article, &["--region", "某区"]);
    let row = |w: &str| row_of(&rows, w);
    // The worked example, from the article's own words: 350 × 1.2⁵ = 870.9 in 2026.
    let k = row("千亿");
    assert!((k["projected_value"].as_f64().unwrap() - 870.912).abs() < 1e-3);
    assert!((k["required_growth"].as_f64().unwrap() - 0.233635).abs() < 1e-5);
    assert_eq!(k["reach_year"].as_i64(), Some(2027));
    assert_eq!(k["verdict"], "acceleration_needed");
    // 1000家以上 is measured against the 480 firms, not the 40 new ones.
    assert_eq!(row("1000家")["base_value"].as_f64(), Some(480.0));
    assert!(
        said.contains("read as") && said.contains("region 某区"),
        "{said}"
    );
    // A text with no target is an error that says so.
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.txt");
    std::fs::write(&plain, "2021年，某区营收350亿元。").unwrap();
    reach()
        .args(["report", "--text"])
        .arg(&plain)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no target"));
}

/// The forms issue #20 names, one sentence each, with what each must read as.
#[test]
fn the_forms_of_new_text_are_read_as_the_issue_says() {
    let text = "2025-06-30\n\
        全市常住人口302.55万。\n\
        2024年芯片产量70亿颗，显示面板20.82亿块。\n\
        2024年装机容量1580.70万千瓦，工业用地均价4-13.6万元/亩。\n\
        2024年新增上市企业1—2家，培育独角兽2-3家。\n\
        到2030年，地区生产总值比2020年翻一番以上，产值破万亿。\n\
        2024年，工业增加值同比增长18.5%，出口下降3.2%，降幅收窄2.1个百分点。\n\
        营收从2021年的7617亿元增长至2024年的9847亿元。\n\
        全市位列全国前20位，排名第3位，召开第1次全体会议，落实产业新政50条。\n\
        2024年全年產值達1.2萬億元，同比增長6.9%。\n";
    let v = candidates_of(text);
    let find = |w: &str| written(&v, w);
    // (as written, value, unit, kind, form, period)
    type Expect<'a> = (&'a str, f64, &'a str, &'a str, &'a str, Option<&'a str>);
    let expect: &[Expect] = &[
        (
            "302.55万",
            302.55,
            "万人",
            "actual",
            "level",
            Some("2025-06-30"),
        ),
        ("70亿颗", 70.0, "亿颗", "actual", "level", Some("2024")),
        ("20.82亿块", 20.82, "亿块", "actual", "level", Some("2024")),
        (
            "1580.70万千瓦",
            1580.7,
            "万千瓦",
            "actual",
            "level",
            Some("2024"),
        ),
        (
            "4-13.6万元/亩",
            4.0,
            "万元/亩",
            "actual",
            "level",
            Some("2024"),
        ),
        ("1—2家", 1.0, "家", "actual", "level", Some("2024")),
        ("2-3家", 2.0, "家", "actual", "level", Some("2024")),
        ("翻一番以上", 2.0, "倍", "target", "relative", Some("2030")),
        ("破万亿", 1.0, "万亿元", "target", "level", Some("2030")),
        ("18.5%", 18.5, "%", "growth", "yoy", Some("2024")),
        ("3.2%", -3.2, "%", "growth", "yoy", Some("2024")),
        (
            "2.1个百分点",
            2.1,
            "个百分点",
            "growth",
            "yoy",
            Some("2024"),
        ),
        ("7617亿元", 7617.0, "亿元", "actual", "level", Some("2021")),
        ("9847亿元", 9847.0, "亿元", "actual", "level", Some("2024")),
        ("1.2萬億元", 1.2, "万亿元", "actual", "level", Some("2024")),
        ("6.9%", 6.9, "%", "growth", "yoy", Some("2024")),
    ];
    for (w, value, unit, kind, form, period) in expect {
        let c = find(w);
        assert_eq!(c["value"].as_f64(), Some(*value), "{w}");
        assert_eq!(c["unit"], *unit, "{w}");
        assert_eq!(c["kind"], *kind, "{w}");
        assert_eq!(c["form"], *form, "{w}");
        assert_eq!(c["period"].as_str(), *period, "{w}");
    }
    assert_eq!(find("4-13.6万元/亩")["value_high"].as_f64(), Some(13.6));
    assert_eq!(find("翻一番以上")["base_period"], "2020");
    assert_eq!(find("翻一番以上")["qualifier"], "at_least");
    // Ranks, ordinals and a policy's name are not figures.
    for w in ["前20位", "20位", "3位", "1次", "50条"] {
        assert!(
            !v.iter().any(|c| c["as_written"] == w),
            "{w} read as a figure"
        );
    }
    assert_eq!(v.len(), expect.len(), "{v:?}");
    // The fact file loads: points and relative targets without a deadline become comments
    // with the loader's reason, the rest are rows.
    let csv = reach()
        .args(["extract", "-", "-f", "csv"])
        .write_stdin(text)
        .output()
        .unwrap();
    let (_dir, f) = super::facts_file(std::str::from_utf8(&csv.stdout).unwrap());
    reach()
        .args(["report", "--data"])
        .arg(&f)
        .assert()
        .success();
}

/// A headline repeating a body figure is one fact; a 分别 list spreads its periods in order;
/// 实现倍增目标 reports a goal met.
#[test]
fn headlines_lists_and_goals_met() {
    let text = "2026-01-20\n\
        某市医药产业营收突破350亿元\n\n\
        2025年，某市医药产业营收突破350亿元。\n\
        一季度、上半年、前三季度和全年，全市地区生产总值分别增长5.1%、5.3%、5.2%和5.0%。\n\
        全市实现倍增目标，高新技术企业达到1.2万家。\n";
    let v = candidates_of(text);
    let periods: Vec<&str> = v
        .iter()
        .filter(|c| c["unit"] == "%")
        .map(|c| c["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods, ["2025Q1", "2025H1", "2025Q1-Q3", "2025"]);
    let firms = written(&v, "1.2万家");
    assert_eq!(firms["kind"], "actual");
    assert_eq!(v[0]["repeat_of"].as_u64(), v[1]["figure_start"].as_u64());
    assert!(v[1]["repeat_of"].is_null());
    let csv = reach()
        .args(["extract", "-", "-f", "csv"])
        .write_stdin(text)
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    let rows: Vec<&str> = csv.lines().filter(|l| l.contains(",350,")).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows[0].starts_with("# ") && !rows[1].starts_with('#'),
        "{csv}"
    );
}

/// Numbers in words with 点 decimals and 百分之 (Macau and Hong Kong), 按年升/跌, a list
/// sharing its unit across 和, 1到4月, an estimate (估算) as a goal; and a text with no date
/// whose figures take the year it reviews, not an invented 31 December.
#[test]
fn numbers_in_words_and_a_dateless_bulletin() {
    let text = "2025-07-20\n\
        立法会把今年全年赌收的估算由二千四百亿元调低至二千二百八十亿元。\n\
        今年上半年经常性收入约五百二十三点六亿元，按年跌百分之零点九五；\
        博彩税收约四百五十二点六亿元，按年升百分之一。\n\
        今年1到4月出口值87亿美元，比去年同期增长15%。\n\
        2024年一产比重上升3.82个百分点，二产和三产比重分别回落2.16和1.66个百分点。\n\
        2024年对美贸易下降超3成。\n";
    let v = candidates_of(text);
    let find = |w: &str| written(&v, w);
    // (as written, value, unit, kind, period)
    let expect: &[(&str, f64, &str, &str, &str)] = &[
        ("二千四百亿元", 2400.0, "亿元", "target", "2025"),
        ("二千二百八十亿元", 2280.0, "亿元", "target", "2025"),
        ("约五百二十三点六亿元", 523.6, "亿元", "actual", "2025H1"),
        ("百分之零点九五", -0.95, "%", "growth", "2025H1"),
        ("约四百五十二点六亿元", 452.6, "亿元", "actual", "2025H1"),
        ("百分之一", 1.0, "%", "growth", "2025H1"),
        ("87亿美元", 87.0, "亿美元", "actual", "2025M1-M4"),
        ("15%", 15.0, "%", "growth", "2025M1-M4"),
        ("3.82个百分点", 3.82, "个百分点", "growth", "2024"),
        ("2.16", -2.16, "个百分点", "growth", "2024"),
        ("1.66个百分点", -1.66, "个百分点", "growth", "2024"),
        // Tenths of a change are a rate: 3成 = 30 %.
        ("超3成", -30.0, "%", "growth", "2024"),
    ];
    for (w, value, unit, kind, period) in expect {
        let c = find(w);
        assert_eq!(c["value"].as_f64(), Some(*value), "{w}");
        assert_eq!(c["unit"], *unit, "{w}");
        assert_eq!(c["kind"], *kind, "{w}");
        assert_eq!(c["period"].as_str(), Some(*period), "{w}");
    }
    assert_eq!(find("百分之一")["subject"], "博彩税收");

    // What a year under way is to add, with no time of its own, is that year's goal; what
    // it has added (已) is observed.
    let plan =
        "2022-04-12\n要着力提升市场主体质量：新增国家高新技术企业500家。全市已新增企业300家。\n";
    let v = candidates_of(plan);
    let kinds = pairs(&v, "kind", "period");
    assert_eq!(kinds, [("target", "2022"), ("actual", "2022-04-12")]);

    // Taiwan's 年增/年减 and 增/减 alone: rates and amounts of change, a fall negative; 减到
    // is the level reached.
    let v = candidates_of(
        "2025-09-09\n8月出口584.9億美元，年增34.1%；運輸工具減 1.1 億美元(年減28.7%)，\
         對歐洲則減6.7%，差距减到3.5个百分点。\n",
    );
    let read: Vec<(&str, f64)> = v
        .iter()
        .map(|c| (c["kind"].as_str().unwrap(), c["value"].as_f64().unwrap()))
        .collect();
    assert_eq!(
        read,
        [
            ("actual", 584.9),
            ("growth", 34.1),
            ("growth", -1.1),
            ("growth", -28.7),
            ("growth", -6.7),
            ("growth", 3.5)
        ]
    );

    // A goal with no time in a report reviewing the year before is of the report's year.
    let report = "2026-01-27\n2025年全省生产总值增长5.2%。\n\
        经济社会发展的主要预期目标：生产总值增长5%左右。\n今年要重点做好9个方面的工作。\n";
    let v = candidates_of(report);
    let goal = v.iter().find(|c| c["as_written"] == "5%左右").unwrap();
    assert_eq!(
        (goal["kind"].as_str(), goal["period"].as_str()),
        (Some("target"), Some("2026"))
    );

    // No date written: the year named is the year reviewed, and undated figures are of it.
    let bulletin = "2015年，全县经济保持平稳发展。\n\
        农业增加值32586万元，同比增长9.9%。木材产量1868立方米，跨境班车开行1.2万车次，新增40.8万青年。\n";
    let v = candidates_of(bulletin);
    let units = pairs(&v, "unit", "period");
    assert_eq!(
        units,
        [
            ("万元", "2015"),
            ("%", "2015"),
            ("立方米", "2015"),
            ("万车次", "2015"),
            ("万人", "2015")
        ]
    );
}

#[test]
fn periods_carried_over_and_cuts_planned() {
    // 同一时期 opens a sentence on the period of the one before, though it is in another
    // paragraph; 近10年 between them is a review of years, not that period.
    let v = candidates_of(
        "2021-09-17\n1-8月，全省进出口增长24.3%。\n近10年的数据显示，差距在缩小。\n\
         同一时期，对欧盟进出口达8314.8亿元，增长21.9%。\n",
    );
    let periods: Vec<&str> = v.iter().map(|c| c["period"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2021M1-M8", "2021M1-M8", "2021M1-M8"]);
    // 2021年至2025年8月 is one span, not a span and a month.
    let v =
        candidates_of("2025-09-20\n2021年至2025年8月，获批创新药30个。同一时期获批器械45个。\n");
    let periods: Vec<&str> = v.iter().map(|c| c["period"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2021/2025", "2021/2025"]);

    // A plan's goals listed under a heading ending in ：, one per ——: the plan's years; what
    // they add or cut is over all five. A past plan's 年均 is over its five years.
    let v = candidates_of(
        "2022-03-04\n回看“十三五”，规上工业增加值年均增长7.4%。\n《规划》为“十四五”列出五大重点目标：\n\
         ——规模效益再上台阶：规上工业增加值年均增长7%；全部工业开票销售达9000亿元。\n\
         ——企业培育实现新突破：专精特新企业新增20家。\n\
         ——绿色发展取得新成效：单位工业增加值能源消耗降低17%。\n",
    );
    let read: Vec<(&str, &str, &str)> = v
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap();
            (s("kind"), s("form"), s("period"))
        })
        .collect();
    assert_eq!(
        read,
        [
            ("growth", "level", "2016/2020"),
            ("target", "rate", "2021/2025"),
            ("target", "level", "2025"),
            ("target", "cumulative", "2021/2025"),
            // (降低17% over the plan's years is a change since 2020, not 17 % a year: stop 63.)
            ("target", "relative", "2021/2025"),
        ]
    );
    assert_eq!(v[4]["base_period"], "2020");

    // 经过3年攻坚 is a deadline counting the year under way; a goal to cut an amount is a
    // negative change (800 with direction decrease in the fact file), a level after 但仍有 not.
    let v = candidates_of(
        "2021-11-05\n方案提出，经过3年攻坚，全省腾出用能400万吨标准煤，减少碳排放800万吨。\n\
         预计盈余虽然减少，但仍有2.9亿元。\n",
    );
    let read: Vec<(&str, &str, &str, f64)> = v
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap_or("none");
            (
                s("kind"),
                s("form"),
                s("period"),
                c["value"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("target", "level", "2023", 400.0),
            ("target", "cumulative", "2023", -800.0),
            ("target", "level", "none", 2.9),
        ]
    );

    // 7、8、9三个月 are three months, and each 依次 list after them, past a ；, takes them in order.
    let v = candidates_of(
        "2021-10-18\n7、8、9三个月，失业率依次为5.1%、5.1%和4.9%；\
         其中大城市的失业率依次为5.2%、5.3%和5%。\n",
    );
    let periods: Vec<&str> = v.iter().map(|c| c["period"].as_str().unwrap()).collect();
    assert_eq!(
        periods,
        ["2021M7", "2021M8", "2021M9", "2021M7", "2021M8", "2021M9"]
    );
    assert_eq!(v[0]["subject"], "失业率");

    // 两年平均 is the years of that average, not of the paragraph's next figures.
    let v = candidates_of(
        "2022-01-25\n去年1-11月，进出口总额为31579.51亿元，两年平均增长8.6%。\
         其中出口为17103.48亿元，同比增长12.6%。\n",
    );
    let periods: Vec<&str> = v.iter().map(|c| c["period"].as_str().unwrap()).collect();
    assert_eq!(
        periods,
        ["2021M1-M11", "2020/2021", "2021M1-M11", "2021M1-M11"]
    );

    // A whole year's rate, in a text of April that year, cannot have been observed: a goal.
    // 首10个月 and 1月—10月 are month ranges; 全年目标 is no time of the figure's.
    let v = candidates_of(
        "2022-04-12\n今年的政府工作报告提出，2022年规模以上工业增加值增长5%。\n\
         今年首10个月收入1484.5亿元。\n今年1月—10月，总产值1034.22亿元，已完成全年任务的89.93%。\n",
    );
    let read = pairs(&v, "kind", "period");
    assert_eq!(
        read,
        [
            ("target", "2022"),
            ("actual", "2022M1-M10"),
            ("actual", "2022M1-M10"),
            ("actual", "2022M1-M10"),
        ]
    );

    // Latin power units; a contribution that pulls a rate down (下拉) and a fall that widened
    // (降幅较1-9月扩大) are negative.
    let v = candidates_of(
        "2023-11-20\n1-10月，光伏装置容量为4.4GW，每年新增660MW。\n\
         农产品加工业产值下降3.3%，下拉规上工业产值增速1.1个百分点。\n\
         1-10月，固定资产投资下降10.9%，降幅较1-9月扩大0.8个百分点。\n",
    );
    let read: Vec<(f64, &str)> = v
        .iter()
        .map(|c| (c["value"].as_f64().unwrap(), c["unit"].as_str().unwrap()))
        .collect();
    assert_eq!(
        read,
        [
            (4.4, "吉瓦"),
            (660.0, "兆瓦"),
            (-3.3, "%"),
            (-1.1, "个百分点"),
            (-10.9, "%"),
            (-0.8, "个百分点"),
        ]
    );

    // A report of early 2026: 力争全年 is the year under way, 预计全年 the year reviewed.
    let v =
        candidates_of("2026-01-27\n预计全年接待游客9.6亿人次。\n力争全年完成交通投资2300亿元。\n");
    let read = pairs(&v, "kind", "period");
    assert_eq!(read, [("actual", "2025"), ("target", "2026")]);
    // With no date known, 到2027年 is a deadline.
    let v = candidates_of("方案提出，到2027年，年营业收入超1000亿元的集群达2个。\n");
    assert!(v.iter().all(|c| c["kind"] == "target"), "{v:?}");

    // 盼能冲上 and 有信心 voice goals that name no quantity: they take the level before them.
    let v = candidates_of(
        "2023-12-10\n去年产值已达129亿元，今年盼能冲上150亿元。\n\
         今年前11个月访澳旅客已达2500万人次，他有信心全年可达2800万人次。\n",
    );
    for pair in v.chunks(2) {
        assert_eq!(pair[1]["kind"], "target", "{pair:?}");
        assert_eq!(pair[1]["subject"], pair[0]["subject"], "{pair:?}");
    }

    // Currencies other than 元 are their own units; 已达 in February is last year's; 全年 after
    // 今年 in its sentence is this year.
    let v = candidates_of(
        "2026-02-05\n博彩税收已达1,644亿澳门元，出口额1.2万亿港元。\n\
         今年可望达成4.56%，失业率3.35%、全年CPI为1.67%。\n",
    );
    let read = pairs(&v, "unit", "period");
    assert_eq!(
        read,
        [
            ("亿澳门元", "2025"),
            ("万亿港元", "2025"),
            ("%", "2026"),
            ("%", "2026"),
            ("%", "2026"),
        ]
    );

    // A list of years serves its own sentence's 分别, not the paragraph's next figures.
    let v = candidates_of(
        "2026-01-27\n今年建成雄商高铁，高铁里程突破3400公里，2027年、2028年分别建成津潍、潍宿高铁。\
         公路上，高速公路里程突破9500公里。\n",
    );
    let periods: Vec<&str> = v.iter().map(|c| c["period"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2026", "2026"]);

    // 增长5.4倍 adds 5.4 times the base: a rate of +540 %; a ratio (是广东的1.3倍) stays 倍.
    let v = candidates_of("2025-09-20\n今年上半年再融资增长5.4倍，规模是广东的1.3倍。\n");
    let read: Vec<(&str, f64, &str)> = v
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap();
            (s("kind"), c["value"].as_f64().unwrap(), s("unit"))
        })
        .collect();
    assert_eq!(read, [("growth", 540.0, "%"), ("actual", 1.3, "倍")]);
}

/// Two string fields of each candidate, in order.
/// Stop 29's forms: a plan's first year, two years listed at once, a month after a relative
/// year, a year's end, tenths of a share, digits written one by one, 现时 and 間.
#[test]
fn first_years_listed_years_and_digits_one_by_one() {
    // “十五五”的开局之年 and 开好局 are 2026, not the plan's end.
    let v = candidates_of(
        "2026-01-26\n今年是“十五五”的开局之年，确保“十五五”开好局。主要预期目标是：\
         地区生产总值增长5%以上，一般公共预算收入增长2%左右。\n",
    );
    assert_eq!(
        pairs(&v, "kind", "period"),
        [("target", "2026"), ("target", "2026")]
    );
    // 今、明两年 lists this year and the next; 明年十一月 is a month; 年底 not the indicator.
    let v = candidates_of(
        "2025-09-27\n今、明两年光电并网目标为18GW、20GW。\n\
         年底目标为18GW，并力拚明年十一月达到20GW。\n2026年底绿能占比2成。\n",
    );
    let periods: Vec<&str> = v.iter().map(|c| c["period"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2025", "2026", "2025", "2026M11", "2026"]);
    // A deadline written after the figure (要在明年十一月完成) makes it a goal of that month.
    let v2 = candidates_of("2025-09-27\n为配合政策，绿能占比二十%要在明年十一月完成。\n");
    assert_eq!(pairs(&v2, "kind", "period"), [("target", "2026M11")]);
    // An amount cut, done, is a negative change (not a level), as a goal of one is.
    let v3 = candidates_of("2026-01-26\n去年企业数量减少12家，压减地下水开采量21.5亿立方米。\n");
    let got: Vec<(&str, f64)> = v3
        .iter()
        .map(|c| (c["kind"].as_str().unwrap(), c["value"].as_f64().unwrap()))
        .collect();
    assert_eq!(got, [("growth", -12.0), ("growth", -21.5)]);
    // 城镇、农村…收入分别增长: each figure the name of its place, for actuals and goals alike.
    let v4 = candidates_of(
        "2026-02-01\n2025年，城镇、农村常住居民人均可支配收入分别增长3.9%和5.7%，\
         进口、出口分别增长5%和8%。2026年目标：城镇、农村常住居民人均可支配收入分别增长4%左右和6%左右。\n",
    );
    let subjects: Vec<&str> = v4.iter().map(|c| c["subject"].as_str().unwrap()).collect();
    let (town, village) = ("城镇常住居民人均可支配收入", "农村常住居民人均可支配收入");
    assert_eq!(subjects, [town, village, "进口", "出口", town, village]);
    // A budget's measures with no time are goals for the fiscal year it proposes for; its
    // growth forecast is the calendar year's.
    let v5 = candidates_of(
        "2021-02-28\n预算案分五期派消费券，每期一千元。推出95亿元支援企业。本地生产总值预测增长3.5%。\n",
    );
    let got: Vec<(&str, &str)> = v5
        .iter()
        .map(|c| (c["kind"].as_str().unwrap(), c["period"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("target", "2021/2022-03-31"),
            ("target", "2021/2022-03-31"),
            ("target", "2021")
        ]
    );
    // Lines after a heading ending in ： that voices a goal are its items, bullets or not.
    let v6 = candidates_of(
        "2022-04-12\n2022年重大项目计划主要投向三大领域：\n现代产业类项目250个，总投资10373.3亿元。\n\
         基础设施类项目276个，总投资15491.9亿元。\n",
    );
    let got: Vec<(&str, &str)> = v6
        .iter()
        .map(|c| (c["kind"].as_str().unwrap(), c["period"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("target", "2022"); 4]);
    let share = written(&v, "2成");
    assert_eq!(
        (share["subject"].as_str(), share["value"].as_f64()),
        (Some("绿能占比"), Some(20.0))
    );
    // Digits one by one and a full-width point; 現時 dates a level; 間 counts.
    let v = candidates_of(
        "2022-12-22\n去年全國總發電量是二八九一億度，綠能所占比重約十一．七％。\n\
         本港現時有12間獨角獸企業，製造業比重由現時的1%，到2025年增至1.5%。\n",
    );
    let got: Vec<(f64, &str, &str)> = v
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap();
            (c["value"].as_f64().unwrap(), s("unit"), s("period"))
        })
        .collect();
    assert_eq!(
        got,
        [
            (2891.0, "亿度", "2021"),
            (11.7, "%", "2021"),
            (12.0, "间", "2022-12-22"),
            (1.0, "%", "2022-12-22"),
            (1.5, "%", "2025"),
        ]
    );
}

/// What each candidate wrote, in order.
pub(super) fn as_written(v: &[Value]) -> Vec<&str> {
    v.iter()
        .map(|c| c["as_written"].as_str().unwrap())
        .collect()
}

pub(super) fn pairs<'a>(v: &'a [Value], a: &str, b: &str) -> Vec<(&'a str, &'a str)> {
    v.iter()
        .map(|c| (c[a].as_str().unwrap(), c[b].as_str().unwrap()))
        .collect()
}

/// Runs `reach extract - -f json` on `text` (it must succeed) and parses the candidates.
pub(super) fn candidates_of(text: &str) -> Vec<Value> {
    let out = reach()
        .args(["extract", "-", "-f", "json"])
        .write_stdin(text)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The candidate written `w` (its `as_written`); panics naming it when there is none.
pub(super) fn written<'a>(v: &'a [Value], w: &str) -> &'a Value {
    v.iter()
        .find(|c| c["as_written"] == w)
        .unwrap_or_else(|| panic!("{w} not read: {v:?}"))
}

/// The unit of the candidate written `w`.
pub(super) fn unit_of(v: &[Value], w: &str) -> String {
    written(v, w)["unit"].as_str().unwrap().to_string()
}

/// Asserts that the candidates written `a` and `b` have one indicator (a goal and the actual
/// that measures it).
pub(super) fn same_subject(v: &[Value], a: &str, b: &str) {
    assert_eq!(
        written(v, a)["subject"],
        written(v, b)["subject"],
        "{a}, {b}: {v:?}"
    );
}

/// `(kind, period or "", value)` of the candidate written `w`.
pub(super) fn kpv(v: &[Value], w: &str) -> (String, String, f64) {
    let c = written(v, w);
    (
        c["kind"].as_str().unwrap().to_string(),
        c["period"].as_str().unwrap_or("").to_string(),
        c["value"].as_f64().unwrap(),
    )
}

/// `reach report --text FILE [ARGS] -f json`, which must succeed: its rows and what it said on
/// stderr.
pub(super) fn report_text(file: &std::path::Path, args: &[&str]) -> (Vec<Value>, String) {
    let out = reach()
        .args(["report", "--text"])
        .arg(file)
        .args(args)
        .args(["-f", "json"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{said}");
    (serde_json::from_slice(&out.stdout).unwrap(), said)
}

/// The row of the target stated first as `w`.
pub(super) fn row_of<'a>(rows: &'a [Value], w: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["target_stated"].as_str().unwrap().starts_with(w))
        .unwrap_or_else(|| panic!("{w}: {rows:?}"))
}

/// `reach report --text - -f json` on `text`, which must succeed: its rows and its stderr.
pub(super) fn report_text_of(text: &str) -> (Vec<Value>, String) {
    let out = reach()
        .args(["report", "--text", "-", "-f", "json"])
        .write_stdin(text)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{said}");
    (serde_json::from_slice(&out.stdout).unwrap(), said)
}

/// `(kind, period, unit)` of the candidate written `w`.
pub(super) fn read_in(v: &[Value], w: &str) -> (String, String, String) {
    let (k, p, _) = kpv(v, w);
    (k, p, written(v, w)["unit"].as_str().unwrap().to_string())
}
