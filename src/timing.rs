//! Stage timings of large jobs on stderr, for the benchmarks in docs/performance.md.

/// Prints how long a stage of a large job took since `start` to stderr when the environment
/// variable `REACH_TIMINGS` is set (for the benchmarks in docs/performance.md); otherwise nothing.
pub(crate) fn timing(stage: &str, start: std::time::Instant) {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *ON.get_or_init(|| std::env::var_os("REACH_TIMINGS").is_some()) {
        // The process's CPU time so far (user + system, Linux only), to see how busy the
        // cores were between two stages.
        let cpu = std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|s| {
                let f: Vec<&str> = s.rsplit_once(')')?.1.split_whitespace().collect();
                Some((f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?) / 100.0)
            })
            .map_or(String::new(), |c| format!("  (CPU {c:.2} s)"));
        crate::output::say(&format!(
            "timing: {stage:<12} {:>8.3} s{cpu}",
            start.elapsed().as_secs_f64()
        ));
    }
}
