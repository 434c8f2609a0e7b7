//! Criterion benchmarks: `cargo bench`. Figures and how to read them are in README.md.

use criterion::{criterion_group, criterion_main, Criterion};
use reach::assess::{assess_all, Options, Scheme};
use reach::chart::{Gallery, Look, YScale};
use std::hint::black_box;

fn assess_seeds(c: &mut Criterion) {
    let facts = reach::load::seed_facts().unwrap();
    c.bench_function("load seed facts (CSV via polars)", |b| {
        b.iter(|| black_box(reach::load::seed_facts().unwrap()))
    });
    c.bench_function("assess seed targets", |b| {
        b.iter(|| black_box(assess_all(&facts, &Options::default())))
    });
}

fn gallery(c: &mut Criterion) {
    let facts = reach::load::seed_facts().unwrap();
    let rows = assess_all(&facts, &Options::default());
    let known: Vec<_> = facts.iter().collect();
    let look = Look::default();
    let mut g = c.benchmark_group("seed gallery");
    g.sample_size(10);
    g.bench_function("all charts, PNG and SVG", |b| {
        b.iter(|| {
            let gallery = Gallery::new(&rows, &known, Scheme::Eurostat, YScale::Auto);
            black_box(gallery.files(&look, true, true).unwrap())
        })
    });
    g.bench_function("all charts, SVG only", |b| {
        b.iter(|| {
            let gallery = Gallery::new(&rows, &known, Scheme::Eurostat, YScale::Auto);
            black_box(gallery.files(&look, false, true).unwrap())
        })
    });
    g.finish();
}

fn monte_carlo(c: &mut Criterion) {
    use rand::SeedableRng;
    use rand_distr::{Distribution, StandardNormal};
    let mut g = c.benchmark_group("monte carlo");
    g.sample_size(10);
    // The ceiling: raw normal draws from the same generator, one core, 10^7 draws.
    g.bench_function("rng ceiling: 10^7 normal draws (1 core)", |b| {
        b.iter(|| {
            let mut rng = rand_xoshiro::Xoshiro256PlusPlus::seed_from_u64(1);
            let mut acc = 0.0f64;
            for _ in 0..10_000_000 {
                let z: f64 = StandardNormal.sample(&mut rng);
                acc += z;
            }
            black_box(acc)
        })
    });
    let spec = reach::simulate::Spec {
        base: 350.0,
        base_t: 2021.0,
        mu: 0.2,
        sigma: 0.05,
        target: 1000.0,
        target_t: 2031.0,
        extra_years: 0,
        paths: 1_000_000,
        seed: 1,
        dist: reach::simulate::Dist::Normal,
    };
    g.bench_function("simulate 10^6 paths x 10 years (all cores)", |b| {
        b.iter(|| black_box(reach::simulate::simulate(&spec, &|_| {})))
    });
    g.finish();
}

fn sweep(c: &mut Criterion) {
    use reach::sweep::{frame, Grid};
    let grid = Grid {
        base: (300..400).map(f64::from).collect(),
        base_year: vec![2021.0],
        growth: (0..1000).map(|i| f64::from(i) / 1000.0).collect(),
        target: vec![1000.0],
        target_year: (2021..2031).map(f64::from).collect(),
    };
    let mut g = c.benchmark_group("sweep");
    g.sample_size(10);
    g.bench_function("10^6 cells to Parquet in memory", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(32 << 20);
            frame::write(
                &grid,
                Scheme::Eurostat,
                frame::SweepFormat::Parquet,
                &mut out,
            )
            .unwrap();
            black_box(out.len())
        })
    });
    g.finish();
}

/// About 1 MB of policy text: the seed excerpts and the issue-form fixture, repeated.
fn megabyte() -> String {
    let mut unit: String = reach::load::seed_sources()
        .unwrap()
        .iter()
        .flat_map(|s| s.excerpts.iter().map(|e| format!("{e}\n")))
        .collect();
    unit.push_str(include_str!("../tests/fixtures/extract/forms.txt"));
    unit.repeat((1 << 20) / unit.len() + 1)
}

fn extract(c: &mut Criterion) {
    let text = megabyte();
    let opts = reach::extract::Options::default();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(criterion::Throughput::Bytes(text.len() as u64));
    g.bench_function("1 MB of policy text", |b| {
        b.iter(|| black_box(reach::extract::extract(&text, "bench", &opts)))
    });
    g.finish();
}

criterion_group!(benches, assess_seeds, gallery, monte_carlo, sweep, extract);
criterion_main!(benches);
