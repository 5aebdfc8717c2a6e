//! Speed of the core analysis (segmentation, syllables, formulas), of the dictionary
//! pass and the plan analysis on top, of a whole check, and of one `score` row, on
//! generated plan-like text of 20 KB and 1 MB.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use plainplan::registry::Needs;
use plainplan::{input, parse, Analysis, Checker, Config, Format, Source};

/// Plan-like Markdown of about `size` bytes: headings, paragraphs, bullets and a table.
fn plan(size: usize) -> String {
    let chunk = "## What needs to change\n\n\
        Zoë’s mum will make sure Zoë goes to school every day, and the school will ring \
        Mrs. Łukasz Nowak by 9.30am if she is not there. We are worried that the children \
        have been left without an adult on several occasions since 14.03.2027.\n\n\
        - Mum will take Zoë to the dentist by 30 April 2027.\n\
        - Siobhán, the health visitor, will visit every 2 weeks and weigh the baby.\n\
        - Dad to engage with services and demonstrate improved parenting capacity.\n\n\
        | Action | Who | By when |\n|---|---|---|\n| Ring the GP | Mum | Friday |\n\n";
    let mut s = String::with_capacity(size + chunk.len());
    while s.len() < size {
        s.push_str(chunk);
    }
    s
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    for (name, size) in [("20KB", 20_000), ("1MB", 1_000_000)] {
        let text = plan(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let config = Config::default();
        // The core alone; then the word lists on top; then the plan analysis too.
        for (stage, needs) in [
            ("core", Needs::TEXT),
            ("core+word-lists", Needs::TERMS),
            ("core+word-lists+plan", Needs::ALL),
        ] {
            group.bench_with_input(BenchmarkId::new(stage, name), &text, |b, t| {
                b.iter(|| {
                    let doc = parse::parse(t, Format::Markdown);
                    let a = Analysis::new(&doc, &config, needs, None);
                    std::hint::black_box(a.scores);
                })
            });
        }
        group.bench_with_input(BenchmarkId::new("check", name), &text, |b, t| {
            b.iter(|| {
                // A new checker each time: no syllable counts kept from the last run.
                let mut checker = Checker::new(config.clone());
                let report = checker.check(&Source::new(t, Format::Markdown)).unwrap();
                std::hint::black_box(report)
            })
        });
        // What `plainplan score` does for one row: read the bytes, count, build no report,
        // with the worker thread's checker keeping syllable counts from plan to plan.
        let mut checker = Checker::new(config.clone());
        group.bench_with_input(BenchmarkId::new("score-row", name), &text, |b, t| {
            b.iter(|| {
                let limits = input::Limits::default();
                let source = input::read(Some("plan.md"), t.as_bytes(), None, &limits).unwrap();
                std::hint::black_box(checker.summarise(&source).unwrap())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
