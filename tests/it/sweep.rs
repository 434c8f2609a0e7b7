//! `reach sweep`: the grid, its outputs, streaming size, bad ranges.

use super::reach;

const GRID: [&str; 10] = [
    "--base",
    "350",
    "--base-year",
    "2021",
    "--target",
    "1000",
    "--target-year",
    "2024:2030:1",
    "--growth",
    "0.10:0.30:0.0025",
];

#[test]
fn summary_gives_the_minimum_growth_per_year() {
    let out = reach().arg("sweep").args(GRID).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // 2026 needs 23.36 %; the first grid rate at or above it is 23.50 %.
    assert!(text.contains("23.36%") && text.contains("23.50%"), "{text}");
    assert!(text.contains("共 567 个组合"));
}

#[test]
fn csv_json_and_parquet_hold_every_cell() {
    let csv = reach()
        .arg("sweep")
        .args(GRID)
        .args(["-f", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(text.lines().count(), 568);
    let row = text
        .lines()
        .find(|l| l.starts_with("350.0,2021.0,0.2,1000.0,2026.0,"))
        .expect("the worked-example cell");
    assert!(
        row.contains("870.91") && row.ends_with("acceleration_needed"),
        "{row}"
    );
    let json = reach()
        .arg("sweep")
        .args(GRID)
        .args(["-f", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 567);
    let dir = tempfile::tempdir().unwrap();
    let pq = dir.path().join("s.parquet");
    reach()
        .arg("sweep")
        .args(GRID)
        .arg("-o")
        .arg(&pq)
        .assert()
        .success();
    assert_eq!(&std::fs::read(&pq).unwrap()[..4], b"PAR1");
}

#[test]
fn a_million_cells_stream_to_parquet() {
    let dir = tempfile::tempdir().unwrap();
    let pq = dir.path().join("big.parquet");
    reach()
        .args([
            "sweep",
            "--base",
            "300:399:1",
            "--base-year",
            "2021",
            "--target",
            "1000",
            "--target-year",
            "2021:2030:1",
            "--growth",
            "0:0.999:0.001",
            "-o",
        ])
        .arg(&pq)
        .assert()
        .success();
    assert!(std::fs::metadata(&pq).unwrap().len() > 100_000);
}

#[test]
fn sweep_around_a_target_and_draw_the_heatmap() {
    let dir = tempfile::tempdir().unwrap();
    let out = reach()
        .args([
            "sweep",
            "--id",
            "wj-pharma-rev-2026",
            "--growth",
            "0.1:0.3:0.01",
            "--target-year",
            "2025:2030:1",
            "-f",
            "csv",
            "--chart",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    super::succeeded(&out);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().lines().count(),
        21 * 6 + 1
    );
    let svg = std::fs::read_to_string(dir.path().join("sweep-heatmap.svg")).unwrap();
    roxmltree::Document::parse(&svg).unwrap();
    assert!(dir.path().join("sweep-heatmap.png").exists());
}

#[test]
fn bad_ranges_name_their_flag() {
    for (flag, value, fragment) in [
        ("--growth", "0.1:0.3:0", "positive step"),
        ("--target-year", "2030:2024:1", "starts above"),
        ("--growth", "a:b:c", "not a rate"),
        ("--growth", "20", "write 20% for 20 percent"),
        ("--base", "-5", "positive"),
    ] {
        let mut args: Vec<&str> = GRID.to_vec();
        let i = args.iter().position(|a| *a == flag).unwrap();
        args[i + 1] = value;
        let out = reach().arg("sweep").args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{flag} {value}");
        assert!(err.contains(flag) && err.contains(fragment), "{err}");
    }
    let out = reach()
        .args([
            "sweep",
            "--base",
            "1:1000:1",
            "--base-year",
            "2021",
            "--target",
            "1:1000:1",
            "--target-year",
            "2022:2031:1",
            "--growth",
            "0:0.2:0.01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
}

#[test]
fn the_default_table_of_a_huge_forced_grid_stays_small() {
    // 10^7 × 10^7 × … cells: the table shows its first thousand rows and says how many more.
    let out = super::reach()
        .args([
            "sweep",
            "--base",
            "1:10000000:1",
            "--base-year",
            "2021",
            "--target",
            "1:10000000:1",
            "--target-year",
            "2026",
            "--growth",
            "0.1",
            "--force",
        ])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    super::succeeded(&out);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("行：用 -f csv 或 parquet 写出整个网格"),
        "{}",
        &text[text.len().saturating_sub(300)..]
    );
    assert!(text.lines().count() < 1100);
}

#[test]
fn rates_on_the_command_line_are_20_percent_or_0_2() {
    let run = |verb: &str, args: &[&str]| {
        let out = reach()
            .arg(verb)
            .args(args)
            .args(["-f", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let grid = |g: &str| {
        run(
            "sweep",
            &[
                "--base",
                "350",
                "--base-year",
                "2021",
                "--target",
                "1000",
                "--target-year",
                "2026",
                "--growth",
                g,
            ],
        )
    };
    assert_eq!(grid("20%"), grid("0.2"));
    assert_eq!(grid("10%:30%:5%"), grid("0.1:0.3:0.05"));
    let sim = |g: &str, s: &str| {
        run(
            "simulate",
            &[
                "--base",
                "350",
                "--base-year",
                "2021",
                "--target",
                "1000",
                "--target-year",
                "2026",
                "--growth",
                g,
                "--sigma",
                s,
                "--paths",
                "2000",
                "-q",
            ],
        )
    };
    assert_eq!(sim("20%", "5%"), sim("0.2", "0.05"));
    let out = reach()
        .args([
            "simulate",
            "--base",
            "350",
            "--base-year",
            "2021",
            "--target",
            "1000",
            "--target-year",
            "2026",
            "--growth",
            "20",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--growth") && err.contains("write 20% for 20 percent"),
        "{err}"
    );
}

#[test]
fn sweep_model_linear_sweeps_the_linear_model() {
    let out = reach()
        .args([
            "sweep",
            "--base",
            "350",
            "--base-year",
            "2021",
            "--target",
            "1000",
            "--target-year",
            "2026",
            "--growth",
            "20%",
            "--model",
            "linear",
            "-f",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // 350 + 5 × 20 % × 350 = 700, as report --model linear says; (1000 − 350)/5/350 = 37.14 %/yr.
    assert!(
        (v[0]["projected"].as_f64().unwrap() - 700.0).abs() < 1e-9,
        "{v}"
    );
    assert!(
        (v[0]["required_growth"].as_f64().unwrap() - 0.371428).abs() < 1e-5,
        "{v}"
    );
    let report = super::report_json(&[
        "--actual",
        "350亿@2021",
        "--growth",
        "20%",
        "--target",
        "1000亿@2026",
        "--model",
        "linear",
    ]);
    assert!((report[0]["projected_value"].as_f64().unwrap() - 700.0).abs() < 1e-9);
}

#[test]
fn chart_takes_dash_o_like_every_verb() {
    let dir = tempfile::tempdir().unwrap();
    let out = reach()
        .args(["chart", "-f", "svg", "-o"])
        .arg(dir.path().join("c"))
        .output()
        .unwrap();
    super::succeeded(&out);
    assert!(dir.path().join("c/dashboard.svg").exists());
}

#[test]
fn a_small_grid_shows_each_cell_and_no_growth_shows_what_is_needed() {
    let run = |args: &[&str]| {
        let out = reach().arg("sweep").args(args).output().unwrap();
        super::succeeded(&out);
        String::from_utf8(out.stdout).unwrap()
    };
    let base = [
        "--base",
        "350",
        "--base-year",
        "2021",
        "--target",
        "600,1000",
        "--target-year",
        "2026",
    ];
    let cells = run(&[&base[..], &["--growth", "20%"]].concat());
    assert!(
        cells.contains("870.9") && cells.contains("进度正常") && cells.contains("需加速"),
        "{cells}"
    );
    let needed = run(&base);
    assert!(
        needed.contains("23.36%")
            && needed.contains("11.38%")
            && needed.contains("给出 --growth")
            && !needed.contains("组合"),
        "{needed}"
    );
    // Cells without growth rates cannot be written.
    let out = reach()
        .arg("sweep")
        .args(base)
        .args(["-f", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--growth"));
}

#[test]
fn facts_on_the_command_line_answer_the_question_in_one_line() {
    let run = |args: &[&str]| reach().arg("sweep").args(args).output().unwrap();
    // 350亿 in 2021 at 20 %/yr: 600亿 by 2026 is on track, 千亿 needs 23.36 %/yr.
    let out = run(&[
        "--actual",
        "350亿@2021",
        "--growth",
        "20%",
        "--target",
        "600亿@2026",
        "--target",
        "千亿@2026",
    ]);
    super::succeeded(&out);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("870.9")
            && text.contains("进度正常")
            && text.contains("23.36%")
            && text.contains("2027 (2026.76)"),
        "{text}"
    );
    // An actual alone gives the baseline for a range of targets; the years come from the flag.
    let out = run(&[
        "--actual",
        "350亿@2021",
        "--target",
        "600:1000:400",
        "--target-year",
        "2026",
        "-f",
        "csv",
        "--growth",
        "20%",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        text.lines()
            .all(|l| l.starts_with("base") || l.starts_with("350.0,2021.0,")),
        "{text}"
    );
    // A range and figures together, or targets of two series, are refused with the reason.
    let out = run(&[
        "--target",
        "600:1000:100",
        "--target",
        "千亿@2026",
        "--actual",
        "350亿@2021",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not both"));
}
