//! `reach simulate`: the check case, the closed form, determinism, outputs, bad flags.

use super::reach;

fn sim_json(args: &[&str]) -> serde_json::Value {
    super::json_of("simulate", args)
}

const CHECK: [&str; 12] = [
    "--base",
    "350",
    "--base-year",
    "2021",
    "--growth",
    "0.20",
    "--sigma",
    "0.05",
    "--target",
    "1000",
    "--target-year",
    "2026",
];

#[test]
fn check_case_closed_form_and_monte_carlo() {
    let v = sim_json(&[&CHECK[..], &["--paths", "200000", "--seed", "9"]].concat());
    let closed = v["p_reach_closed_form"].as_f64().unwrap();
    assert!((closed - 0.0629).abs() < 5e-5, "{closed}");
    let (p, se) = (
        v["p_reach"].as_f64().unwrap(),
        v["standard_error"].as_f64().unwrap(),
    );
    assert!((p - closed).abs() < 4.0 * se, "{p} vs {closed} ± {se}");
    for key in [
        "p_reach",
        "p_reach_closed_form",
        "paths",
        "seed",
        "quantiles",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["paths"], 200000);
    let q = v["quantiles"].as_array().unwrap();
    let y2026 = q.iter().find(|x| x["year"] == 2026).unwrap();
    // The median at the deadline is 350·exp(5m) = 867.1 by hand (m = 0.181454).
    assert!((y2026["p50"].as_f64().unwrap() - 867.1).abs() < 3.0);
}

#[test]
fn same_seed_same_bytes_across_thread_counts() {
    let run = |threads: &str| {
        let out = reach()
            .env("RAYON_NUM_THREADS", threads)
            .arg("simulate")
            .args(CHECK)
            .args(["--paths", "70000", "--seed", "5", "-f", "csv"])
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("3"));
}

#[test]
fn from_a_target_in_the_data() {
    let v = sim_json(&["--id", "wj-pharma-rev-2026", "--paths", "20000"]);
    assert_eq!(v["growth_mean"], 0.2);
    assert_eq!(
        v["growth_sd"], 0.05,
        "fewer than three yearly actuals: the default sd"
    );
    assert_eq!(v["target"], 1000.0);
    let dir = tempfile::tempdir().unwrap();
    reach()
        .args([
            "simulate",
            "--id",
            "wj-pharma-rev-2026",
            "--paths",
            "5000",
            "-q",
            "--chart",
        ])
        .arg(dir.path())
        .assert()
        .success();
    for f in [
        "wj-pharma-rev-2026-fan.png",
        "wj-pharma-rev-2026-fan.svg",
        "wj-pharma-rev-2026.png",
        "wj-pharma-rev-2026.svg",
    ] {
        assert!(dir.path().join(f).exists(), "{f}");
    }
}

#[test]
fn student_t_runs_and_says_the_closed_form_is_approximate() {
    let v = sim_json(
        &[
            &CHECK[..],
            &["--dist", "t", "--df", "4", "--paths", "20000"],
        ]
        .concat(),
    );
    assert_eq!(v["closed_form_exact"], false);
}

#[test]
fn bad_simulation_flags_exit_2() {
    for extra in [
        vec!["--paths", "0"],
        vec!["--sigma", "0"],
        vec!["--sigma", "-0.1"],
        vec!["--growth", "-1.5"],
        vec!["--dist", "t", "--df", "2"],
        vec!["--target-year", "2020"],
        vec!["--paths", "1000000000"],
        vec!["-f", "xml"],
    ] {
        let mut args: Vec<&str> = CHECK.to_vec();
        for pair in extra.chunks(2) {
            if let Some(i) = args.iter().position(|a| *a == pair[0]) {
                args[i + 1] = pair[1];
            } else {
                args.extend(pair);
            }
        }
        let out = reach().arg("simulate").args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{extra:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = reach()
        .args(["simulate", "--base", "350"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--base-year"));
}

#[test]
fn simulate_says_where_mu_and_sigma_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("s.csv");
    std::fs::write(
        &data,
        "id,kind,region,indicator,period,value,unit\na,actual,R,I,2019,100,亿元\nb,actual,R,I,2020,110,亿元\nc,actual,R,I,2021,125,亿元\nt,target,R,I,2026,300,亿元\n",
    )
    .unwrap();
    let out = super::reach()
        .args([
            "simulate", "--id", "t", "-f", "json", "--paths", "2000", "--data",
        ])
        .arg(&data)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("μ = 11.80%/年：由实际值测得的增速"), "{err}");
    assert!(
        err.contains("由数据中 2 个年度变化估计") && err.contains("警告：σ 仅依据 2 个"),
        "{err}"
    );
    let out = super::reach()
        .args([
            "simulate",
            "--base",
            "350",
            "--base-year",
            "2021",
            "--growth",
            "20%",
            "--target",
            "1000",
            "--target-year",
            "2026",
            "-f",
            "json",
            "--paths",
            "2000",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("μ = 20.00%/yr from --growth") && err.contains("σ = 5.00%/yr: the default"),
        "{err}"
    );
}

#[test]
fn the_fan_chart_ends_a_few_years_after_the_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let out = super::reach()
        .args([
            "simulate",
            "--base",
            "350",
            "--base-year",
            "2021",
            "--growth",
            "20%",
            "--target",
            "1000",
            "--target-year",
            "2026",
            "--extra-years",
            "30",
            "--paths",
            "2000",
            "-q",
            "-f",
            "json",
            "--chart",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    super::succeeded(&out);
    let svg = std::fs::read_to_string(dir.path().join("simulation-fan.svg")).unwrap();
    // Years labelled on the axis: up to 2029 (deadline + 3), none of the 30 simulated after.
    assert!(
        svg.contains("2029") && !svg.contains("2035"),
        "the fan runs past 2029"
    );
}

#[test]
fn facts_on_the_command_line_and_repeated_ids_simulate_each_target() {
    let v = sim_json(&[
        "--actual",
        "350亿@2021",
        "--growth",
        "20%",
        "--target",
        "600亿@2026",
        "--target",
        "千亿@2026",
        "--paths",
        "20000",
    ]);
    let runs = v.as_array().expect("several targets give an array");
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["id"], "t1");
    assert_eq!(runs[1]["target"], 1000.0);
    // 1000 by 2026 at 20 % ± 5 %: the closed form gives 0.0629; Monte Carlo agrees within 4 se.
    let p = runs[1]["p_reach"].as_f64().unwrap();
    let cf = runs[1]["p_reach_closed_form"].as_f64().unwrap();
    let se = runs[1]["standard_error"].as_f64().unwrap();
    assert!(
        (cf - 0.0629).abs() < 5e-4 && (p - cf).abs() < 4.0 * se,
        "{p} {cf} {se}"
    );
    assert!(runs[0]["p_reach"].as_f64().unwrap() > 0.99);
    // One figure with a plain target level: the latest actual is the baseline.
    let one = sim_json(&[
        "--actual",
        "300亿@2020",
        "--actual",
        "350亿@2021",
        "--growth",
        "20%",
        "--target",
        "1000",
        "--target-year",
        "2026",
        "--paths",
        "2000",
    ]);
    assert_eq!(
        (one["base"].as_f64(), one["base_t"].as_f64()),
        (Some(350.0), Some(2021.0))
    );
    // --id is repeatable: the CSV frame gets an id column, charts one set per target.
    let dir = tempfile::tempdir().unwrap();
    let out = reach()
        .args([
            "simulate",
            "--id",
            "wj-pharma-rev-2026",
            "--id",
            "wj-2018-cluster-1000-2022",
        ])
        .args(["--paths", "2000", "-q", "-f", "csv", "--chart"])
        .arg(dir.path())
        .output()
        .unwrap();
    super::succeeded(&out);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("id,t,year,"), "{text}");
    assert!(
        text.contains("\nwj-pharma-rev-2026,") && text.contains("\nwj-2018-cluster-1000-2022,")
    );
    let mut files: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(files.len(), 8, "{files:?}");
}

#[test]
fn a_fan_chart_over_four_hundred_years_of_fast_growth_finishes() {
    // The hostile run's case: 500 %/yr for 400 years spun in the fan chart's axis code.
    let dir = tempfile::tempdir().unwrap();
    let out = reach()
        .args([
            "simulate",
            "--base",
            "350",
            "--base-year",
            "2021",
            "--target",
            "1000",
        ])
        .args(["--target-year", "2026", "--growth", "500%", "--sigma", "5%"])
        .args(["--extra-years", "395", "--paths", "2000", "-q", "--chart"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    super::succeeded(&out);
    let svg = std::fs::read_to_string(dir.path().join("simulation-fan.svg")).unwrap();
    assert!(roxmltree::Document::parse(&svg).is_ok());
}
