//! Extreme values through assessment and every chart kind (trajectories, dashboard, fan): an
//! error or charts, never a panic or a hang (libFuzzer's -timeout finds hangs).
//!
//! Input: a width byte, a fan-chart byte (extra years, up to 400), then 9-byte records of
//! (kind and year byte, f64 bits) — actuals, growth rates and targets of one series.
#![no_main]
use libfuzzer_sys::fuzz_target;
use reach::chart::{svg, FanChart, Gallery, Look, YScale};

fuzz_target!(|data: &[u8]| {
    let [w, extra, rest @ ..] = data else { return };
    let mut csv = String::from("id,kind,region,indicator,period,value,unit,qualifier\n");
    for (i, r) in rest.chunks_exact(9).take(12).enumerate() {
        let v = f64::from_le_bytes(r[1..9].try_into().unwrap());
        let year = 1990 + u32::from(r[0] % 64);
        let (kind, unit) = match r[0] >> 6 {
            0 | 1 => ("actual", "亿元"),
            2 => ("growth", "%"),
            _ => ("target", "亿元"),
        };
        csv += &format!("r{i},{kind},甲,乙,{year},{v},{unit},\n");
    }
    let Ok(facts) = reach::load::read_facts("fuzz.csv", csv.as_bytes()) else { return };
    if reach::load::check_conflicts(&facts).is_err() {
        return;
    }
    let opts = reach::assess::Options::default();
    let rows = reach::assess::assess_all(&facts, &opts);
    let known: Vec<&reach::model::Fact> = facts.iter().collect();
    let look = Look { width: 320 + u32::from(*w) * 8, height: 640, ..Look::default() };
    for y in [YScale::Auto, YScale::Log] {
        let _ = Gallery::new(&rows, &known, opts.scheme, y, opts.lang).svgs(&look);
    }
    // The fan chart of the first target with a baseline and a pace.
    if let Some(a) = rows.iter().find(|a| a.base_value.is_some() && a.pace.is_some()) {
        let (Some(base), Some(base_t), Some(mu), Some(target), Some(target_t)) =
            (a.base_value, a.base_t, a.pace, a.target_value, a.target_t)
        else {
            return;
        };
        let spec = reach::simulate::Spec {
            base,
            base_t,
            mu,
            sigma: 0.05,
            target,
            target_t,
            extra_years: u32::from(*extra) * 400 / 255,
            paths: 64,
            seed: 1,
            dist: reach::simulate::Dist::Normal,
        };
        if spec.target_t > spec.base_t && spec.target_t + f64::from(spec.extra_years) - spec.base_t <= 1000.0 && mu > -1.0 && mu <= 100.0 {
            let o = reach::simulate::simulate(&spec, &|_| {});
            let _ = svg(&FanChart::new("fuzz", "亿元", &spec, &o), &look);
        }
    }
});
