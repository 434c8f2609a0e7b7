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

criterion_group!(benches, assess_seeds, gallery);
criterion_main!(benches);
