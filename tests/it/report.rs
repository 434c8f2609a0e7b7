//! `reach report` on the embedded seed data: the worked example, formats, options.

use super::{by_id, reach, report_json};

#[test]
fn worked_example_wenjiang_pharma() {
    let rows = report_json(&[]);
    let r = by_id(&rows, "wj-pharma-rev-2026");
    // By hand: 350 × 1.2⁵ = 870.912; (1000/350)^(1/5) − 1 = 0.23363; ln(1000/350)/ln(1.2) = 5.758.
    assert!((r["projected_value"].as_f64().unwrap() - 870.912).abs() < 1e-6);
    assert!((r["required_growth"].as_f64().unwrap() - 0.233634).abs() < 1e-6);
    assert!((r["reach_year_exact"].as_f64().unwrap() - 2026.758).abs() < 1e-3);
    assert_eq!(r["reach_year"], 2027);
    assert!((r["growth_ratio"].as_f64().unwrap() - 0.856).abs() < 5e-4);
    assert_eq!(r["verdict"], "acceleration_needed");
    assert_eq!(r["pace_source"], "claimed");
    assert_eq!(r["revises"], "wj-2018-cluster-1000-2022");
    assert_eq!(r["slippage_years"], 4);
}

#[test]
fn json_keys_are_stable() {
    let rows = report_json(&[]);
    for key in [
        "id",
        "region",
        "indicator",
        "unit",
        "base_period",
        "base_value",
        "target_year",
        "target_value",
        "pace",
        "pace_source",
        "required_growth",
        "projected_value",
        "gap",
        "gap_pct",
        "reach_year",
        "reach_year_exact",
        "growth_ratio",
        "verdict",
        "reason",
        "source",
    ] {
        for r in rows.as_array().unwrap() {
            assert!(r.get(key).is_some(), "{} lacks {key}", r["id"]);
            assert!(
                !r["reason"].as_str().unwrap().is_empty(),
                "{} has no reason",
                r["id"]
            );
        }
    }
}

#[test]
fn every_seed_target_is_assessed() {
    let rows = report_json(&[]);
    let facts = reach::load::seed_facts().unwrap();
    let targets = facts
        .iter()
        .filter(|f| f.kind == reach::model::Kind::Target)
        .count();
    assert_eq!(rows.as_array().unwrap().len(), targets);
    // Banan: no year; annualised pro rata and reached in 2035 at the stated 17.01 %.
    let b = by_id(&rows, "bn-cluster-1000");
    assert_eq!(b["reach_year"], 2035);
    assert!((b["base_value"].as_f64().unwrap() - 85.42 * 12.0 / 9.0).abs() < 1e-9);
    assert!(b["base_note"].as_str().unwrap().contains("按比例年化"));
    // The 2018 plan's 8 firms by 2020 against the 11 reported in 2022.
    assert_eq!(
        by_id(&rows, "wj-2018-top-firms-2020")["verdict"],
        "achieved"
    );
    // National path 8 → 16 万亿 over 2020–2030 implies 7.18 %/yr.
    let p = by_id(&rows, "cn-health-services-2030")["path_growth"]
        .as_f64()
        .unwrap();
    assert!((p - (2f64.powf(0.1) - 1.0)).abs() < 1e-12);
}

#[test]
fn as_of_judges_with_what_was_known_then() {
    let rows = report_json(&["--as-of", "2018-01-12"]);
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"wj-2018-cluster-1000-2022"));
    assert!(!ids.contains(&"wj-pharma-rev-2026"), "announced in 2022");
    assert_eq!(
        by_id(&rows, "wj-2018-cluster-1000-2022")["verdict"],
        "not_assessable"
    );
}

#[test]
fn table_markdown_csv_and_parquet() {
    let out = reach().args(["report"]).output().unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("医药健康产业营收") && table.contains("需加速") && table.contains("870.9")
    );
    let md = reach().args(["report", "-f", "markdown"]).output().unwrap();
    assert!(String::from_utf8(md.stdout)
        .unwrap()
        .starts_with("| 编号 |"));
    let csv = reach()
        .args(["report", "-f", "csv", "--id", "wj-pharma-rev-2026"])
        .output()
        .unwrap();
    let text = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("acceleration_needed"));
    let dir = tempfile::tempdir().unwrap();
    let pq = dir.path().join("r.parquet");
    reach()
        .args(["report", "-o", pq.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(&std::fs::read(&pq).unwrap()[..4], b"PAR1");
}

#[test]
fn output_file_is_written_whole_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    std::fs::write(&out, "old").unwrap();
    reach()
        .args(["report", "-o", out.to_str().unwrap()])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(v.as_array().unwrap().len() > 10);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".reach-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn markdown_report_snapshot() {
    let out = reach().args(["report", "-f", "markdown"]).output().unwrap();
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

#[test]
fn markdown_report_snapshot_in_english() {
    let out = reach()
        .args(["report", "-f", "markdown", "--lang", "en"])
        .output()
        .unwrap();
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

#[test]
fn a_restated_figure_wins_whatever_the_row_order() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("restated.csv");
    // The restatement (360, announced later) comes first in the file; it must still be the baseline.
    std::fs::write(
        &data,
        "id,kind,region,indicator,period,value,unit,announced\n\
         a2,actual,R,营收,2021,360,亿元,2022-06-01\n\
         a1,actual,R,营收,2021,350,亿元,2022-01-01\n\
         t,target,R,营收,2026,1000,亿元,\n",
    )
    .unwrap();
    let rows = super::report_json(&["--data", data.to_str().unwrap()]);
    assert_eq!(by_id(&rows, "t")["base_value"], 360.0);
    let early = super::report_json(&["--data", data.to_str().unwrap(), "--as-of", "2022-03-01"]);
    assert_eq!(by_id(&early, "t")["base_value"], 350.0);
}

#[test]
fn the_reference_point_is_the_latest_actual_or_a_fixed_base_year() {
    // 100 growing 3 %/yr 2015–2024, 200 by 2030 (docs/rules.md, reference point).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.csv");
    let mut csv = String::from("id,kind,region,indicator,period,value,unit\n");
    for (i, y) in (2015..=2024).enumerate() {
        csv += &format!(
            "a{y},actual,R,I,{y},{:.4},亿元\n",
            100.0 * 1.03f64.powi(i as i32)
        );
    }
    csv += "t,target,R,I,2030,200,亿元\n";
    std::fs::write(&file, csv).unwrap();
    let path = file.to_str().unwrap();
    for (args, ratio, verdict) in [
        (vec![], 0.407, "limited_progress"),
        (vec!["--reference", "latest"], 0.407, "limited_progress"),
        (vec!["--reference", "base"], 0.634, "acceleration_needed"),
        (
            vec!["--reference-year", "2015"],
            0.634,
            "acceleration_needed",
        ),
        (vec!["--reference-year", "2020"], 0.535, "limited_progress"),
    ] {
        let rows = report_json(&[&["--data", path][..], &args].concat());
        let t = by_id(&rows, "t");
        let got = t["growth_ratio"].as_f64().unwrap();
        assert!((got - ratio).abs() < 1e-3, "{args:?}: {got}");
        assert_eq!(t["verdict"], verdict, "{args:?}");
    }
}

#[test]
fn indicators_without_a_target_get_trend_rows_in_every_output() {
    let data = super::fixture("trends.csv");
    let path = data.to_str().unwrap();
    let rows = report_json(&["--data", path]);
    let rd = by_id(&rows, "a1~trend");
    assert_eq!(rd["form"], "trend");
    assert_eq!(rd["verdict"], "substantial_progress");
    assert_eq!(by_id(&rows, "p2~trend")["verdict"], "moderate_progress");
    let eu = report_json(&["--data", path, "--trend-scheme", "eurostat"]);
    assert_eq!(by_id(&eu, "a1~trend")["verdict"], "significant_progress");
    // Both engines write the same rows; every format names them.
    let csv = |engine: &str| {
        let out = reach()
            .args(["report", "-f", "csv", "--engine", engine, "--data", path])
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    assert_eq!(csv("batch"), csv("reference"));
    for format in ["table", "markdown", "html"] {
        let out = reach()
            .args(["report", "-f", format, "--data", path])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("a1~trend") && text.contains("显著进展"),
            "{format}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let out = reach()
        .args(["chart", "--data", path, "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.path().join("a1_trend.svg").exists());
}

#[test]
fn the_question_in_one_line() {
    // 350亿 in 2021 growing 20 %/yr: 600亿 by 2026? and 千亿?
    let rows = report_json(&[
        "--actual",
        "350亿@2021",
        "--growth",
        "20%",
        "--target",
        "600亿@2026",
        "--target",
        "千亿@2026",
    ]);
    assert_eq!(
        rows.as_array().unwrap().len(),
        2,
        "only the series asked about"
    );
    let six = by_id(&rows, "t1");
    assert_eq!(six["verdict"], "on_track");
    assert!((six["growth_ratio"].as_f64().unwrap() - 1.757).abs() < 1e-3);
    let thousand = by_id(&rows, "t2");
    assert_eq!(thousand["verdict"], "acceleration_needed");
    assert!((thousand["projected_value"].as_f64().unwrap() - 870.912).abs() < 1e-3);
    assert!((thousand["reach_year_exact"].as_f64().unwrap() - 2026.758).abs() < 1e-3);
    assert_eq!(thousand["unit"], "亿元");
    // A history of actuals and no stated rate: the observed pace.
    let rows = report_json(&[
        "--actual",
        "300亿@2019",
        "--actual",
        "350亿@2021",
        "--target",
        "突破600亿元@2026",
        "--region",
        "温江区",
        "--indicator",
        "营收",
    ]);
    let t = by_id(&rows, "t1");
    assert_eq!(t["pace_source"], "observed");
    assert_eq!(t["region"], "温江区");
    assert_eq!(t["target_qualifier"], "at_least");
    // Beside --data they join its facts.
    let data = super::fixture("forms.csv");
    let rows = report_json(&[
        "--data",
        data.to_str().unwrap(),
        "--actual",
        "350亿@2021",
        "--target",
        "千亿@2026",
    ]);
    assert!(rows.as_array().unwrap().len() > 10);
    // Bad figures name their flag.
    for (args, flag) in [
        (
            vec!["--target", "600@2026", "--actual", "350亿@2021"],
            "--target",
        ),
        (
            vec!["--actual", "350亿@20x1", "--target", "600亿@2026"],
            "--actual",
        ),
        (
            vec!["--actual", "350亿", "--target", "600亿@2026"],
            "--actual",
        ),
        (vec!["--growth", "20", "--actual", "350亿@2021"], "--growth"),
    ] {
        let out = reach().arg("report").args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(flag),
            "{args:?}"
        );
    }
}

#[test]
fn every_example_in_the_readme_runs_from_a_fresh_clone() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    // A fresh clone's files, in a directory of its own (outputs land there).
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("examples")).unwrap();
    for f in ["article.txt", "facts.csv"] {
        std::fs::copy(
            root.join("examples").join(f),
            dir.path().join("examples").join(f),
        )
        .unwrap();
    }
    let mut ran = 0;
    let mut in_sh = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = line == "```sh";
            continue;
        }
        let Some(command) = line.strip_prefix("reach ").filter(|_| in_sh) else {
            continue;
        };
        let command = command.split(" #").next().unwrap().trim();
        let args: Vec<&str> = command.split_whitespace().collect();
        let out = assert_cmd::Command::cargo_bin("reach")
            .unwrap()
            .current_dir(dir.path())
            .args(&args)
            .timeout(std::time::Duration::from_secs(300))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "reach {command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        ran += 1;
    }
    assert!(ran >= 8, "{ran} examples");
}

#[test]
fn a_missing_pace_names_its_real_cause() {
    let (_dir, file) = super::facts_file(
        "id,kind,form,region,indicator,period,value,unit,qualifier
a1,actual,,甲,产值,2021,0,亿元,
g1,growth,,甲,产值,2021,20,%,
t1,target,,甲,产值,2026,100,亿元,
s1,actual,,乙,占比,2020,0,%,
s2,actual,,乙,占比,2021,5,%,
st,target,share,乙,占比,2026,30,%,
s3,actual,,丙,占比,2020,40,%,
s4,actual,,丙,占比,2021,50,%,
su,target,share,丙,占比,2026,100,%,
",
    );
    let rows = super::report_json(&["--data", file.to_str().unwrap(), "--lang", "en"]);
    let reason = |id: &str| {
        super::by_id(&rows, id)["reason"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // A zero base with a stated rate: the compound path is the cause, not a missing rate.
    let t1 = reason("t1");
    assert!(
        t1.contains("20.00%/yr (stated)") && t1.contains("--model linear"),
        "{t1}"
    );
    assert!(super::by_id(&rows, "t1")["base_note"].is_null());
    // A share series starting at 0 %: two actuals, but the logit rate is undefined from 0 %.
    let st = reason("st");
    assert!(
        st.contains("no logistic rate can be observed from 0 to 5%") && !st.contains("fewer than"),
        "{st}"
    );
    // A share target of 100 %: the logistic path's limit.
    let su = reason("su");
    assert!(
        su.contains("never reaches it: state the target below 100%"),
        "{su}"
    );
}

/// The example fact file as an Excel workbook (sheet 事实), numbers as numbers.
fn workbook_twin(csv: &str, path: &std::path::Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("事实").unwrap();
    for (r, line) in csv.lines().enumerate() {
        for (c, v) in line.split(',').enumerate() {
            let (r, c) = (r as u32, c as u16);
            match v.parse::<f64>() {
                Ok(x) => sheet.write_number(r, c, x).map(|_| ()),
                Err(_) => sheet.write_string(r, c, v).map(|_| ()),
            }
            .unwrap();
        }
    }
    book.save(path).unwrap();
}

#[test]
fn gbk_and_excel_fact_files_give_the_report_of_their_utf8_twin() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let csv = std::fs::read_to_string(root.join("examples/facts.csv")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (gbk, xlsx) = (dir.path().join("gbk.csv"), dir.path().join("facts.xlsx"));
    std::fs::write(&gbk, encoding_rs::GBK.encode(&csv).0).unwrap();
    workbook_twin(&csv, &xlsx);
    let report = |data: &std::path::Path| {
        let out = reach()
            .args(["report", "-f", "csv", "--data"])
            .arg(data)
            .output()
            .unwrap();
        super::succeeded(&out);
        (out.stdout, String::from_utf8(out.stderr).unwrap())
    };
    let (want, _) = report(&root.join("examples/facts.csv"));
    let (from_gbk, said) = report(&gbk);
    assert!(from_gbk == want, "the GBK file's report differs");
    assert!(said.contains("read as GB18030"), "{said}");
    let (from_xlsx, _) = report(&xlsx);
    assert!(from_xlsx == want, "the workbook's report differs");
    // A bad cell is named by sheet, row and column.
    let bad = dir.path().join("bad.xlsx");
    workbook_twin(&csv.replacen(",350,", ",x,", 1), &bad);
    let out = reach()
        .args(["report", "--data"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.xlsx[事实]:2: field `value`"), "{err}");
}

#[test]
fn excel_output_has_numbers_formats_colours_and_sources() {
    use calamine::{Data, Reader};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.xlsx");
    let out = reach().args(["report", "-o"]).arg(&path).output().unwrap();
    super::succeeded(&out);
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["目标".to_string(), "来源".to_string()]
    );
    let range = book.worksheet_range("目标").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|d| d.to_string())
        .collect();
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    let row = range
        .rows()
        .find(|r| r[col("编号")] == Data::String("wj-pharma-rev-2026".into()))
        .unwrap();
    // Numbers are numbers: 0.2336 (shown as 23.36 %), 870.9, the year 2027.
    assert!(matches!(row[col("所需增速")], Data::Float(x) if (x - 0.233634).abs() < 1e-6));
    assert!(matches!(row[col("目标年预测")], Data::Float(x) if (x - 870.912).abs() < 1e-6));
    assert!(matches!(row[col("达成年份")], Data::Float(x) if x == 2027.0));
    assert_eq!(row[col("结论")], Data::String("需加速".into()));
    let sources = book.worksheet_range("来源").unwrap();
    assert!(sources
        .rows()
        .any(|r| r[1].to_string().starts_with("四川经济网，《")));
    // Formats and colours are in the workbook's styles: percent, one decimal, the verdict fill.
    let file = std::fs::File::open(&path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(styles.contains("formatCode=\"0.00%\"") && styles.contains("formatCode=\"#,##0.0\""));
    assert!(
        styles.contains("FFD4A017"),
        "the acceleration-needed colour"
    );
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    assert!(
        sheet.contains("<pane ySplit=\"1\"") && sheet.contains("<autoFilter"),
        "frozen header, autofilter"
    );
}

#[test]
fn a_year_on_year_change_is_observed_never_a_claimed_pace() {
    let file = |form: &str| {
        format!(
            "id,kind,form,region,indicator,period,value,unit,qualifier\n\
             a,actual,,某区,营收,2021,350,亿元,\n\
             g,growth,{form},某区,营收,2021,20,%,\n\
             t,target,,某区,营收,2026,1000,亿元,\n"
        )
    };
    let run = |form: &str| {
        let (_dir, f) = super::facts_file(&file(form));
        let rows = report_json(&["--data", f.to_str().unwrap()]);
        by_id(&rows, "t").clone()
    };
    // 同比增长20%: the rate observed over 2021 (350 / 1.2 → 350), the same projection.
    let yoy = run("yoy");
    assert_eq!(yoy["pace_source"], "observed");
    assert!(yoy["claimed_growth"].is_null());
    assert!((yoy["projected_value"].as_f64().unwrap() - 870.912).abs() < 1e-6);
    // 年均增长20%: a stated pace.
    let pace = run("");
    assert_eq!(pace["pace_source"], "claimed");
    assert!((pace["claimed_growth"].as_f64().unwrap() - 0.2).abs() < 1e-12);
    // yoy belongs to growth rows only.
    let (_dir, f) = super::facts_file(&file("").replace("a,actual,,", "a,actual,yoy,"));
    reach()
        .args(["report", "--data"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "yoy (同比) applies to growth rows only",
        ));
}

#[test]
fn a_share_over_part_of_a_year_is_not_annualised() {
    let (_dir, f) = super::facts_file(
        "id,kind,form,region,indicator,period,value,unit,qualifier\n\
         a,actual,,某市,数字经济占比,2021H1,40,%,\n\
         b,actual,,某市,营收,2021H1,40,亿元,\n\
         t,target,share,某市,数字经济占比,2025,50,%,\n\
         u,target,,某市,营收,2025,100,亿元,\n",
    );
    let rows = report_json(&["--data", f.to_str().unwrap()]);
    // 40 % in the first half is 40 %, not 80 %; 40亿元 in a half-year is 80亿元 a year.
    assert_eq!(by_id(&rows, "t")["base_value"].as_f64(), Some(40.0));
    assert_eq!(by_id(&rows, "u")["base_value"].as_f64(), Some(80.0));
}

#[test]
fn a_part_year_after_a_passed_deadline_does_not_judge_it() {
    // 1300亿 by 2023; 1830亿 in 2023, then 573.26亿 in 2024Q1 (2293亿 a year, annualised):
    // the goal of 2023 is judged by 2023, not by an estimate of 2024.
    let q = |extra: &[&str]| {
        let mut args = vec!["--indicator", "博彩毛收入", "--unit", "亿元"];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--actual", "573.26@2024Q1"]);
        report_json(&args)
    };
    let rows = q(&["--actual", "1830@2023", "--target", "1300@2023"]);
    let t = by_id(&rows, "t1");
    assert_eq!(t["verdict"], "achieved");
    assert_eq!(t["base_value"].as_f64(), Some(1830.0));
    assert!(t["base_note"].as_str().unwrap().contains("2024Q1"), "{t}");
    // Missed in 2023, whatever the estimate of 2024 says.
    let t = by_id(
        &q(&["--actual", "1200@2023", "--target", "1300@2023"]),
        "t1",
    )
    .clone();
    assert_eq!(t["verdict"], "missed");
    // With nothing up to 2023, nothing to judge by.
    let t = by_id(&q(&["--target", "1300@2023"]), "t1").clone();
    assert_eq!(t["verdict"], "not_assessable");
    // A goal of 2024 is still judged by the estimate of 2024.
    let t = by_id(
        &q(&["--actual", "1830@2023", "--target", "2500@2024"]),
        "t1",
    )
    .clone();
    assert_eq!(t["verdict"], "acceleration_needed");
    assert!((t["base_value"].as_f64().unwrap() - 2293.04).abs() < 1e-6);
}
