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
            let gallery = Gallery::new(
                &rows,
                &known,
                Scheme::Eurostat,
                YScale::Auto,
                reach::model::Lang::Zh,
            );
            black_box(gallery.files(&look, true, true).unwrap())
        })
    });
    g.bench_function("all charts, SVG only", |b| {
        b.iter(|| {
            let gallery = Gallery::new(
                &rows,
                &known,
                Scheme::Eurostat,
                YScale::Auto,
                reach::model::Lang::Zh,
            );
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
    use reach::sweep::{write, Grid, SweepFormat};
    let grid = Grid {
        base: (300..400).map(f64::from).collect(),
        base_year: vec![2021.0],
        growth: (0..1000).map(|i| f64::from(i) / 1000.0).collect(),
        target: vec![1000.0],
        target_year: (2021..2031).map(f64::from).collect(),
        model: reach::project::Model::Compound,
    };
    let mut g = c.benchmark_group("sweep");
    g.sample_size(10);
    g.bench_function("10^6 cells to Parquet in memory", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(32 << 20);
            write(&grid, Scheme::Eurostat, SweepFormat::Parquet, &mut out).unwrap();
            black_box(out.len())
        })
    });
    g.finish();
}

/// A fact file of `n` level targets shaped as `benches/gen_batch.py` writes them (one actual,
/// one stated rate and one target per series), from a fixed linear congruential sequence.
fn batch_file(n: u32) -> String {
    let mut x: u64 = 1;
    let mut uniform = |lo: f64, hi: f64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        lo + (hi - lo) * ((x >> 11) as f64 / (1u64 << 53) as f64)
    };
    let mut s = String::from("id,kind,region,indicator,period,value,unit,qualifier\n");
    for i in 0..n {
        let base = uniform(50.0, 500.0);
        let g = uniform(0.0, 0.3) * 100.0;
        let target = base * uniform(1.2, 4.0);
        let (r, k) = (i % 1000, i);
        s.push_str(&format!("a{i},actual,区{r},指标{k},2021,{base:.2},亿元,\n"));
        s.push_str(&format!(
            "g{i},growth,区{r},指标{k},2021,{g:.2},%,at_least\n"
        ));
        s.push_str(&format!(
            "t{i},target,区{r},指标{k},2026,{target:.2},亿元,\n"
        ));
    }
    s
}

fn batch(c: &mut Criterion) {
    let csv = batch_file(100_000);
    let opts = reach::assess::Options::default();
    use reach::report::Col;
    let columns = [
        Col::Id,
        Col::Region,
        Col::Indicator,
        Col::TargetYear,
        Col::TargetValue,
        Col::BaseValue,
        Col::Pace,
        Col::RequiredGrowth,
        Col::ProjectedValue,
        Col::Gap,
        Col::ReachYearExact,
        Col::GrowthRatio,
        Col::Verdict,
    ];
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    for (name, cols) in [
        (
            "10^5 targets, 13 columns to Parquet in memory",
            &columns[..],
        ),
        (
            "10^5 targets, whole report to Parquet in memory",
            &Col::ALL[..],
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut out = Vec::new();
                reach::batch::with_chunks(
                    "b.csv",
                    csv.as_bytes(),
                    &opts,
                    (cols, reach::batch::CHUNK),
                    |c| c.write_parquet(&mut out),
                )
                .unwrap()
                .expect("the batch engine takes the file");
                black_box(out.len())
            })
        });
    }
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
    // The same bytes per second at four times the length: no step of extraction looks at
    // every figure for every figure (linking did until stop 34: 13.8 s for 20,000 lines).
    for lines in [5_000, 20_000] {
        let text: String = (0..lines)
            .map(|i| {
                format!(
                    "2022年全市规上工业增加值增长{}%，完成投资{i}亿元。\n",
                    i % 90
                )
            })
            .collect();
        g.throughput(criterion::Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{lines} lines of two figures each"), |b| {
            b.iter(|| black_box(reach::extract::extract(&text, "bench", &opts)))
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    assess_seeds,
    gallery,
    monte_carlo,
    sweep,
    batch,
    extract
);
criterion_main!(benches);
