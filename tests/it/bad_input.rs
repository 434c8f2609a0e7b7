//! Bad input: every fixture in `tests/fixtures/bad` states on its first line the exit code and
//! a message fragment it must produce (`# expect: exit=2 <fragment>`). No run may panic.

use super::{fixture, reach};

fn expectation(path: &std::path::Path) -> (i32, String) {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let line = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    let rest = line
        .strip_prefix("# expect: exit=")
        .unwrap_or_else(|| panic!("{}: no expectation line", path.display()));
    let (code, frag) = rest.split_once(' ').unwrap_or((rest, ""));
    (code.parse().unwrap(), frag.trim().to_string())
}

#[test]
fn every_bad_fixture_fails_as_stated() {
    let dir = fixture("bad");
    let mut n = 0;
    let mut failures = Vec::new();
    // Each through the reference engine and through the batch engine's path (which hands
    // what it does not take to the reference engine).
    for (entry, engine) in std::fs::read_dir(&dir).unwrap().flat_map(|e| {
        let p = e.unwrap().path();
        [(p.clone(), "reference"), (p, "auto")]
    }) {
        let path = entry;
        let (code, frag) = expectation(&path);
        let out = reach()
            .args(["report", "-f", "csv", "--engine", engine, "--data"])
            .arg(&path)
            .output()
            .unwrap();
        let got = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let name_engine = format!("{name} ({engine})");
        if got != code {
            failures.push(format!(
                "{name_engine}: exit {got}, expected {code}: {stderr}"
            ));
        } else if code != 0 && !(stderr.contains(&frag) && stderr.contains(&name)) {
            failures.push(format!(
                "{name_engine}: stderr lacks {frag:?} or the file name: {stderr}"
            ));
        }
        n += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(n >= 50, "{n} runs");
}

#[test]
fn errors_name_the_line() {
    let out = reach()
        .args(["report", "--data"])
        .arg(fixture("bad/negative.csv"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("negative.csv:3: field `value`"), "{stderr}");
}

#[test]
fn bad_flags_exit_2() {
    for args in [
        vec!["report", "--as-of", "2021-13-01"],
        vec!["report", "--format", "pdf"],
        vec!["report", "--scheme", "imf"],
        vec!["report", "--id", "no-such-target"],
        vec!["report", "--data", "/no/such/file.csv"],
        vec!["frobnicate"],
    ] {
        let out = reach().args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn output_problems_exit_1_and_inputs_are_never_overwritten() {
    let out = reach()
        .args(["report", "-o", "/no/such/dir/r.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("facts.csv");
    std::fs::write(&input, std::fs::read(fixture("forms.csv")).unwrap()).unwrap();
    let before = std::fs::read(&input).unwrap();
    let out = reach()
        .args(["report", "--data"])
        .arg(&input)
        .arg("-o")
        .arg(&input)
        .args(["-f", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn a_directory_of_fact_files_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("forms.csv"), dir.path().join("a.csv")).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "ignored").unwrap();
    reach()
        .args(["report", "--data"])
        .arg(dir.path())
        .assert()
        .success();
}

/// Command-line fixtures: `tests/fixtures/cli/*.txt` hold an expectation line and the
/// arguments (`{tmp}` is a fresh directory, `{fixtures}` the fixtures directory).
#[test]
fn every_command_line_fixture_fails_as_stated() {
    let dir = fixture("cli");
    let mut failures = Vec::new();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let (code, frag) = expectation(&path);
        let tmp = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let args_line = text.lines().nth(1).unwrap_or("");
        let args: Vec<String> = args_line
            .split_whitespace()
            .map(|a| {
                a.replace("{tmp}", tmp.path().to_str().unwrap()).replace(
                    "{fixtures}",
                    fixture("").to_str().unwrap().trim_end_matches('/'),
                )
            })
            .collect();
        let out = reach().args(&args).output().unwrap();
        let got = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if got != code || !stderr.contains(&frag) {
            failures.push(format!(
                "{name}: exit {got} (expected {code}), stderr lacks {frag:?}? {stderr}"
            ));
        }
        let leftovers = std::fs::read_dir(tmp.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .any(|e| e.file_name().to_string_lossy().starts_with(".reach-"));
        if leftovers {
            failures.push(format!("{name}: left a temporary file behind"));
        }
        n += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(n >= 15, "{n} fixtures");
}

#[test]
fn quiet_on_a_closed_pipe() {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("reach"))
        .args([
            "sweep",
            "--base",
            "350",
            "--base-year",
            "2021",
            "--target",
            "1000",
            "--target-year",
            "2021:2030:1",
            "--growth",
            "0:0.999:0.001",
            "-f",
            "csv",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("base,"));
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn no_colour_codes_in_any_output() {
    for args in [vec!["report"], vec!["report", "-f", "markdown"]] {
        let out = reach().args(&args).env("NO_COLOR", "1").output().unwrap();
        assert!(
            !out.stdout.contains(&0x1b),
            "{args:?} printed an escape sequence"
        );
    }
}

#[test]
fn a_closed_stderr_is_no_panic() {
    // The error message meets a closed pipe: exit 2 as always, not a panic (101).
    let bin = assert_cmd::cargo::cargo_bin("reach");
    for script in [
        "\"$0\" report --id nope 2>&1 | true; exit ${PIPESTATUS[0]}",
        "\"$0\" report --id nope 2>&1 >/dev/null | true; exit ${PIPESTATUS[0]}",
        "\"$0\" chart --out \"$(mktemp -d)/c\" 2>&1 >/dev/null | true; exit ${PIPESTATUS[0]}",
    ] {
        let out = std::process::Command::new("bash")
            .args(["-c", script])
            .arg(&bin)
            .output()
            .unwrap();
        let code = out.status.code();
        assert!(code == Some(2) || code == Some(0), "{script}: {code:?}");
    }
}

#[test]
fn control_characters_in_messages_are_escaped() {
    let out = reach()
        .args(["report", "--data", "/no/such/x\u{1b}[31m.csv"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !err.contains('\u{1b}') && err.contains("\\u{1b}"),
        "{err:?}"
    );
}

#[test]
fn output_files_get_the_mode_the_umask_gives() {
    use std::os::unix::fs::PermissionsExt;
    let bin = assert_cmd::cargo::cargo_bin("reach");
    let dir = tempfile::tempdir().unwrap();
    for (umask, mode) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let out = dir.path().join(format!("r{umask}.csv"));
        let charts = dir.path().join(format!("c{umask}"));
        let status = std::process::Command::new("bash")
            .args([
                "-c",
                &format!(
                    "umask {umask} && \"$0\" report -o \"$1\" && \"$0\" chart -f svg --out \"$2\""
                ),
            ])
            .arg(&bin)
            .arg(&out)
            .arg(&charts)
            .output()
            .unwrap();
        assert!(status.status.success(), "{status:?}");
        let got = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(got, mode, "umask {umask}: {got:o}");
        let chart = charts.join("dashboard.svg");
        let got = std::fs::metadata(&chart).unwrap().permissions().mode() & 0o777;
        assert_eq!(got, mode, "umask {umask}, chart: {got:o}");
    }
}

#[test]
fn csv_cells_that_spreadsheets_would_run_are_neutralised() {
    let (dir, file) = super::facts_file(
        "id,kind,region,indicator,period,value,unit,source\n\
         =HYPERLINK(1),actual,+cmd|' /C calc'!A0,@SUM(1),2021,350,亿元,-2+3\n\
         t,target,+cmd|' /C calc'!A0,@SUM(1),2026,1000,亿元,=1+1\n",
    );
    for engine in ["batch", "reference"] {
        let out = reach()
            .args(["report", "-f", "csv", "--engine", engine, "--data"])
            .arg(&file)
            .output()
            .unwrap();
        super::succeeded(&out);
        let csv = String::from_utf8(out.stdout).unwrap();
        for line in csv.lines().skip(1) {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                let risky = cell.starts_with(['=', '+', '@']);
                let number = cell.parse::<f64>().is_ok();
                assert!(
                    !risky && (!cell.starts_with('-') || number),
                    "{engine}: {cell:?} in {line}"
                );
            }
        }
        assert!(
            csv.contains("'+cmd|") && csv.contains("'@SUM(1)") && csv.contains("'=1+1"),
            "{csv}"
        );
        // Numbers stay numbers.
        assert!(csv.contains(",350.0,") || csv.contains(",350,"), "{csv}");
    }
    // extract's fact file too.
    let text = dir.path().join("a.txt");
    std::fs::write(&text, "2021年实现营收350亿元。").unwrap();
    let out = reach()
        .args(["extract", "-f", "csv", "--region", "=HYPERLINK(1)"])
        .arg(&text)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(
        csv.contains("'=HYPERLINK(1)") && !csv.contains(",=HYPERLINK"),
        "{csv}"
    );
}

#[test]
fn markdown_and_the_table_carry_no_html_forged_rows_or_escapes() {
    let (_dir, file) = super::facts_file("id,kind,region,indicator,period,value,unit,as_written\n\
         a,actual,\"R| x | y\",<img src=x onerror=alert(1)>,2021,350,亿元,\n\
         t<script>alert(1)</script>,target,\"R| x | y\",<img src=x onerror=alert(1)>,2026,1000,亿元,\"1000亿\nforged | row\"\n");
    let run = |format: &str| {
        let out = reach()
            .args(["report", "-f", format, "--data"])
            .arg(&file)
            .output()
            .unwrap();
        super::succeeded(&out);
        String::from_utf8(out.stdout).unwrap()
    };
    let md = run("markdown");
    assert!(!md.contains("<script>") && !md.contains("<img"), "{md}");
    let rows = md.lines().filter(|l| l.starts_with('|')).count();
    assert_eq!(rows, 3, "header, rule and one target:\n{md}");
    assert!(!md.lines().any(|l| l.starts_with("forged")), "{md}");
    for text in [md, run("table")] {
        assert!(!text.contains('\u{1b}'), "{text}");
    }
}

#[test]
fn negative_zero_is_written_zero() {
    let (_dir, file) = super::facts_file(
        "id,kind,region,indicator,period,value,unit,direction\n\
         a,actual,R,I,2020,-0,亿元,\nb,actual,R,I,2024,-0.0,亿元,\n\
         t,target,R,I,2030,-0,亿元,decrease\nr,target,R,J,2030,0,%,decrease\n\
         c,actual,R,J,2020,5,%,\nd,actual,R,J,2024,5,%,\n",
    );
    for args in [
        vec!["-f", "csv", "--engine", "batch"],
        vec!["-f", "csv", "--engine", "reference"],
        vec!["-f", "json"],
        vec!["-f", "markdown"],
    ] {
        let out = reach()
            .arg("report")
            .args(&args)
            .arg("--data")
            .arg(&file)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(out.status.success() && !text.is_empty(), "{args:?}");
        assert!(
            !text.contains("-0.0,") && !text.contains("-0,") && !text.contains(": -0.0"),
            "{args:?}\n{text}"
        );
    }
}

#[test]
fn extreme_figures_neither_hang_the_charts_nor_overflow() {
    let dir = tempfile::tempdir().unwrap();
    // 1e-9 beside 1e9: eighteen decades on a log axis (drawn in twelve).
    let ok = dir.path().join("wide.csv");
    std::fs::write(
        &ok,
        "id,kind,region,indicator,period,value,unit\na,actual,R,I,2020,1e-9,亿元\nb,actual,R,I,2022,2e-9,亿元\nt,target,R,I,2030,1e9,亿元\n",
    )
    .unwrap();
    for args in [vec!["chart", "--out"], vec!["report", "-f", "html", "-o"]] {
        let target = dir.path().join(format!("{}.out", args[0]));
        let out = reach()
            .args(&args)
            .arg(&target)
            .arg("--data")
            .arg(&ok)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // 1e-300 would overflow the arithmetic: refused, naming the field.
    let tiny = dir.path().join("tiny.csv");
    std::fs::write(
        &tiny,
        "id,kind,region,indicator,period,value,unit\na,actual,R,I,2020,1e-300,亿元\nt,target,R,I,2030,1e9,亿元\n",
    )
    .unwrap();
    let out = reach()
        .args(["report", "--data"])
        .arg(&tiny)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("tiny.csv:2: field `value`"));
}

#[test]
fn no_output_is_an_input_by_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let facts = data.join("facts.csv");
    let text = "id,kind,region,indicator,period,value,unit\na,actual,R,I,2021,350,亿元\nt,target,R,I,2026,1000,亿元\n";
    std::fs::write(&facts, text).unwrap();
    let hard = dir.path().join("hard.csv");
    std::fs::hard_link(&facts, &hard).unwrap();
    let soft = dir.path().join("soft.csv");
    std::os::unix::fs::symlink(&facts, &soft).unwrap();
    for (input, output) in [
        (&data, &facts),                // through the directory
        (&data, &data.join("new.csv")), // a new fact file in the input directory
        (&facts, &hard),                // a hard link
        (&facts, &soft),                // a symbolic link
        (&hard, &facts),
    ] {
        let out = reach()
            .args(["report", "-f", "csv", "--data"])
            .arg(input)
            .arg("-o")
            .arg(output)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{input:?} -> {output:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--output"));
        assert_eq!(std::fs::read_to_string(&facts).unwrap(), text);
    }
    assert!(!data.join("new.csv").exists());
    let elsewhere = dir.path().join("report.csv");
    let out = reach()
        .args(["report", "-f", "csv", "--data"])
        .arg(&data)
        .arg("-o")
        .arg(&elsewhere)
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn outputs_go_through_links_and_into_fifos_and_devices() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    std::fs::create_dir(&real).unwrap();
    // A link to a file that exists, and one to a file not made yet: the link stays a link.
    std::fs::write(real.join("old.csv"), "old").unwrap();
    for (link, to) in [("a.csv", "real/old.csv"), ("b.csv", "real/new.csv")] {
        let link = dir.path().join(link);
        std::os::unix::fs::symlink(to, &link).unwrap();
        let out = reach()
            .args(["report", "-f", "csv", "-o"])
            .arg(&link)
            .output()
            .unwrap();
        super::succeeded(&out);
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(std::fs::read_to_string(dir.path().join(to))
            .unwrap()
            .starts_with("id,region"));
    }
    // A link to /dev/stdout streams to standard output.
    let so = dir.path().join("so.csv");
    std::os::unix::fs::symlink("/dev/stdout", &so).unwrap();
    let out = reach()
        .args(["report", "-f", "csv", "-o"])
        .arg(&so)
        .output()
        .unwrap();
    super::succeeded(&out);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("id,region"));
    // A FIFO is streamed to, and stays a FIFO.
    let fifo = dir.path().join("pipe");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = reach()
        .args(["report", "-f", "csv", "-o"])
        .arg(&fifo)
        .output()
        .unwrap();
    super::succeeded(&out);
    assert!(reader.join().unwrap().starts_with("id,region"));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn an_interrupted_run_leaves_no_temporary_file() {
    for signal in ["INT", "TERM"] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("cells.csv");
        // A sweep of 2×10⁷ cells to CSV takes seconds: long enough to be interrupted.
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("reach"))
            .args([
                "sweep",
                "--base",
                "1:2000:1",
                "--base-year",
                "2021",
                "--target",
                "1000",
                "--target-year",
                "2022:2031:1",
                "--growth",
                "0:0.999:0.001",
                "--force",
                "-o",
            ])
            .arg(&out)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the temporary file exists, then interrupt.
        let temporary = || {
            std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(|e| e.ok())
                .any(|e| e.file_name().to_string_lossy().starts_with(".reach-"))
        };
        let start = std::time::Instant::now();
        while !temporary() && start.elapsed() < std::time::Duration::from_secs(20) {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(temporary(), "no temporary file appeared");
        std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "{signal}: {status:?}");
        assert!(!temporary(), "{signal}: a temporary file is left");
        assert!(!out.exists());
    }
}

#[test]
fn text_no_output_can_show_is_refused_where_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    for (cell, field) in [
        ("a\u{0}b", "id"),
        ("R\u{1b}[31m", "region"),
        ("I\u{fffe}", "indicator"),
        ("x\u{ffff}", "source"),
    ] {
        let file = dir.path().join("facts.csv");
        let (id, region, indicator, source) = match field {
            "id" => (cell, "R", "I", ""),
            "region" => ("a", cell, "I", ""),
            "indicator" => ("a", "R", cell, ""),
            _ => ("a", "R", "I", cell),
        };
        std::fs::write(
            &file,
            format!("id,kind,region,indicator,period,value,unit,source\n{id},actual,{region},{indicator},2021,350,亿元,{source}\n"),
        )
        .unwrap();
        for engine in ["auto", "reference"] {
            let out = reach()
                .args(["report", "-f", "csv", "--engine", engine, "--data"])
                .arg(&file)
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{field}: {err}");
            assert!(
                err.contains(&format!("facts.csv:2: field `{field}`")),
                "{field}: {err}"
            );
            assert!(out.stdout.is_empty());
        }
    }
}

#[test]
fn help_has_examples_columns_exit_codes_and_completions() {
    let help = |args: &[&str]| {
        let out = reach().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let top = help(&["--help"]);
    assert!(
        top.contains("Exit codes") && top.contains("REACH_TIMINGS"),
        "{top}"
    );
    for verb in ["report", "chart", "simulate", "sweep", "extract"] {
        assert!(
            help(&[verb, "--help"]).contains("Examples:\n  reach "),
            "{verb}"
        );
    }
    // --help of report names every column --columns takes.
    let report = help(&["report", "--help"]).replace(['\n', ' '], "");
    for c in reach::report::Col::ALL {
        assert!(report.contains(c.name()), "{}", c.name());
    }
    for shell in ["bash", "zsh", "fish"] {
        let script = help(&["completions", shell]);
        assert!(
            script.contains("reach") && script.contains("simulate"),
            "{shell}"
        );
    }
}
