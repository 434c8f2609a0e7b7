//! `reach chart` and the HTML report: files that decode, parse and show Chinese.

use super::{fixture, reach};
use reach::model::Kind;

fn png_size_and_colours(bytes: &[u8]) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut r = decoder.read_info().unwrap();
    let mut buf = vec![0; r.output_buffer_size()];
    let info = r.next_frame(&mut buf).unwrap();
    let px = &buf[..info.buffer_size()];
    let colours: std::collections::HashSet<&[u8]> = px.chunks(3).collect();
    let non_white = px.chunks(3).filter(|c| *c != [255, 255, 255]).count();
    assert!(non_white * 50 > px.len() / 3, "chart is nearly blank");
    (info.width, info.height, colours.len())
}

#[test]
fn trajectory_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    reach()
        .args([
            "chart",
            "--id",
            "wj-pharma-rev-2026",
            "--width",
            "800",
            "--height",
            "500",
            "--out",
        ])
        .arg(dir.path())
        .assert()
        .success();
    let (w, h, colours) =
        png_size_and_colours(&std::fs::read(dir.path().join("wj-pharma-rev-2026.png")).unwrap());
    assert_eq!((w, h), (800, 500));
    assert!(colours > 20, "{colours} colours");
    let svg = std::fs::read_to_string(dir.path().join("wj-pharma-rev-2026.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("SVG is XML");
    let text: String = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(
        text.contains("温江区 医药健康产业营收") && text.contains("亿元"),
        "{text}"
    );
    assert!(text.contains("需加速"));
    assert!(dir.path().join("dashboard.png").exists() && dir.path().join("dashboard.svg").exists());
}

#[test]
fn every_seed_chart_renders_and_parses() {
    let dir = tempfile::tempdir().unwrap();
    reach()
        .args(["chart", "--format", "svg", "--theme", "dark", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let targets = reach::load::seed_facts()
        .unwrap()
        .iter()
        .filter(|f| f.kind == Kind::Target)
        .count();
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), targets + 1);
    for f in files {
        let svg = std::fs::read_to_string(&f).unwrap();
        let doc =
            roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        // No tick or label reads "-0.0" or "-0".
        for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let text = t.text().unwrap_or("").trim();
            assert!(text != "-0.0" && text != "-0", "{}: {text}", f.display());
        }
    }
}

#[test]
fn labels_from_data_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("odd.csv");
    std::fs::write(
        &data,
        "id,kind,region,indicator,period,value,unit\na,actual,\"A<B & \"\"C\"\"\",产值 <script>,2020,100,亿元\nb,actual,\"A<B & \"\"C\"\"\",产值 <script>,2021,110,亿元\nt,target,\"A<B & \"\"C\"\"\",产值 <script>,2025,200,亿元\n",
    )
    .unwrap();
    let out = dir.path().join("c");
    reach()
        .args(["chart", "--format", "svg", "--data"])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let svg = std::fs::read_to_string(out.join("t.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("escaped SVG is XML");
    let text: String = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(text.contains("A<B & \"C\""), "{text}");
    let html = reach()
        .args(["report", "-f", "html", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
}

#[test]
fn html_report_is_self_contained() {
    let out = reach().args(["report", "-f", "html"]).output().unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.matches("<svg").count() >= 10);
    assert!(html.contains("医药健康产业营收") && html.contains(">需加速<"));
    assert!(!html.contains(" src=") && !html.contains("<link") && !html.contains("<script"));
}

#[test]
fn html_report_is_fit_to_print_and_hand_on() {
    let (_dir, file) = super::facts_file(
        "id,kind,region,indicator,period,value,unit,qualifier,source,quote\n\
         a,actual,某区,营收,2021,350,亿元,,,\n\
         g,growth,某区,营收,2021,20,%,,,\n\
         t1,target,某区,营收,2026,600,亿元,,,\n\
         t2,target,某区,营收,2026,1000,亿元,,区政府,到2026年达到千亿\n",
    );
    let out = reach()
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .args(["report", "-f", "html", "--data"])
        .arg(&file)
        .output()
        .unwrap();
    super::succeeded(&out);
    let html = String::from_utf8(out.stdout).unwrap();
    // Two targets of one indicator have headings that tell them apart.
    assert!(
        html.contains("<h2>某区 · 营收：600亿元 → 2026</h2>"),
        "{html}"
    );
    assert!(html.contains("<h2>某区 · 营收：1000亿元 → 2026</h2>"));
    // Nothing empty: t1 has no quote and no source, t2 both.
    assert!(!html.contains("<small>()</small>") && !html.contains("<blockquote></blockquote>"));
    assert_eq!(html.matches("<blockquote>").count(), 1);
    // Sources are cited by number and listed at the end, as written for a user's fact.
    assert!(html.contains("到2026年达到千亿 <small>[<a href=\"#src-1\">1</a>]</small>"));
    assert!(html.contains("<h2>来源</h2><ol><li id=\"src-1\">区政府</li></ol>"));
    // Verdict colours (as in the charts) in the table; print CSS; the footer.
    assert!(html.contains("class=\"verdict\" style=\"background:#2ea043\">进度正常<"));
    assert!(html.contains("@page{size:A4 landscape") && html.contains("break-before:page"));
    assert!(html.contains("生成于 2026-01-01"), "the footer's date");
    assert!(html.contains(&format!("输入：{}", file.display())));
    // The embedded font, cut to the page's characters, so no system font is needed.
    let face = "@font-face{font-family:'WenQuanYi Micro Hei';src:url(data:font/ttf;base64,";
    assert!(html.contains(face));
    let size = html
        .split(face)
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap()
        .len();
    assert!((100_000..400_000).contains(&size), "{size} base64 bytes");
}

#[test]
fn every_character_the_seed_charts_draw_is_in_the_font() {
    use ab_glyph::{Font, FontRef};
    let font = FontRef::try_from_slice(reach::chart::FONT).unwrap();
    let facts = reach::load::seed_facts().unwrap();
    let mut text: String = facts
        .iter()
        .map(|f| format!("{}{}{}{}", f.region, f.indicator, f.as_written, f.unit))
        .collect();
    text.push_str("所需路径按当前速度预测实际值里程碑原期限目标达成年份无法评估已实现进度正常需加速进展有限背离未实现模拟区间缺口增速比总览年化无基数速度");
    text.push_str("同指标其他目标后被重申为超出期限中位数趋势，无目标：期望上升下降有限正常…");
    let missing: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && font.glyph_id(*c).0 == 0)
        .collect();
    assert!(missing.is_empty(), "characters without a glyph: {missing}");
}

#[test]
fn bad_chart_flags() {
    for args in [
        vec!["chart", "--width", "10"],
        vec!["chart", "--format", "gif"],
        vec!["chart", "--theme", "pink"],
    ] {
        let out = reach().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let _ = fixture("forms.csv");
}

#[test]
fn chart_file_names_are_unique_and_short() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("facts.csv");
    let long = "医".repeat(100);
    std::fs::write(
        &data,
        format!(
            "id,kind,region,indicator,period,value,unit\na,actual,R,I,2021,350,亿元\n\
             dashboard,target,R,I,2026,1000,亿元\nx/y,target,R,I,2027,1100,亿元\n\
             x_y,target,R,I,2028,1200,亿元\n{long},target,R,I,2029,1300,亿元\n"
        ),
    )
    .unwrap();
    let out_dir = dir.path().join("charts");
    let out = super::reach()
        .args(["chart", "-f", "svg", "--data"])
        .arg(&data)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    super::succeeded(&out);
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    // Four targets and the overview: five files, none overwritten, none too long.
    assert_eq!(names.len(), 5, "{names:?}");
    assert!(
        names.contains(&"dashboard.svg".to_string())
            && names.contains(&"dashboard-2.svg".to_string())
    );
    assert!(names.contains(&"x_y.svg".to_string()) && names.contains(&"x_y-2.svg".to_string()));
    assert!(names.iter().all(|n| n.len() <= 84), "{names:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrote 5 chart files"));
    // The target named dashboard did not overwrite the overview.
    let overview = std::fs::read(out_dir.join("dashboard.svg")).unwrap();
    let target = std::fs::read(out_dir.join("dashboard-2.svg")).unwrap();
    assert_ne!(overview, target);
}

#[test]
fn a_dashboard_of_many_targets_stays_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("facts.csv");
    let mut csv = String::from("id,kind,region,indicator,period,value,unit\n");
    // Past the 120 rows drawn (more would only slow the test: each target is a chart too).
    for i in 0..150 {
        csv += &format!(
            "a{i},actual,R,I{i},2021,{},亿元\nt{i},target,R,I{i},2026,1000,亿元\n",
            100 + i % 500
        );
    }
    std::fs::write(&data, csv).unwrap();
    let out_dir = dir.path().join("charts");
    let out = super::reach()
        .args([
            "chart", "-f", "png", "--width", "400", "--height", "300", "--data",
        ])
        .arg(&data)
        .arg("--out")
        .arg(&out_dir)
        .timeout(std::time::Duration::from_secs(300))
        .output()
        .unwrap();
    super::succeeded(&out);
    let png = std::fs::read(out_dir.join("dashboard.png")).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let info = decoder.read_info().unwrap();
    let (w, h) = (info.info().width, info.info().height);
    assert!(h <= 130 + 34 * 120, "{w} × {h}");
}

#[test]
fn simulate_and_sweep_draw_at_the_size_and_theme_asked() {
    let dir = tempfile::tempdir().unwrap();
    reach()
        .args([
            "sweep",
            "--id",
            "wj-pharma-rev-2026",
            "--growth",
            "0.1:0.3:0.05",
            "--width",
            "640",
            "--height",
            "400",
            "--theme",
            "dark",
            "--chart",
        ])
        .arg(dir.path())
        .assert()
        .success();
    reach()
        .args([
            "simulate",
            "--id",
            "wj-pharma-rev-2026",
            "--paths",
            "2000",
            "--width",
            "700",
            "--height",
            "450",
            "--chart",
        ])
        .arg(dir.path())
        .assert()
        .success();
    for (file, size) in [
        ("sweep-heatmap.png", (640, 400)),
        ("wj-pharma-rev-2026-fan.png", (700, 450)),
        ("wj-pharma-rev-2026.png", (700, 450)),
    ] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let info = decoder.read_info().unwrap();
        assert_eq!((info.info().width, info.info().height), size, "{file}");
    }
    // The dark theme's background, not white.
    let svg = std::fs::read_to_string(dir.path().join("sweep-heatmap.svg")).unwrap();
    assert!(svg.contains("fill=\"#181A1F\""), "{}", &svg[..300]);
    // A bad size is refused before the simulation runs.
    let out = reach()
        .args([
            "simulate",
            "--id",
            "wj-pharma-rev-2026",
            "--width",
            "10",
            "--chart",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--width"));
}
