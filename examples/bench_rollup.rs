//! Native timing of checking, scoring and summarising many exchange files, next to
//! `serde_json`'s bare parse of the same bytes:
//! `node scripts/synthetic.mjs 8317 /tmp/synth && cargo run --release --example bench_rollup -- /tmp/synth`.

use std::time::Instant;

use ita_selfcheck::domain::exchange::read;
use ita_selfcheck::domain::rollup::{rows, summarise};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = std::env::args().nth(1).ok_or("give the folder of files")?;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&folder)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push((path.display().to_string(), std::fs::read(&path)?));
        }
    }
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let started = Instant::now();
    let mut all = Vec::new();
    let mut refused = 0;
    for (name, content) in &files {
        match read(content) {
            Ok(imported) => all.extend(rows(&imported.book, name)),
            Err(_) => refused += 1,
        }
    }
    let checked = started.elapsed();
    let summary = summarise(&all);
    let total = started.elapsed();
    let floor_start = Instant::now();
    for (_, content) in &files {
        let value: serde_json::Value = serde_json::from_slice(content)?;
        std::hint::black_box(value);
    }
    let floor = floor_start.elapsed();
    println!(
        "{} files, {} KiB: checked and scored in {:.1} ms, summarised by {:.1} ms ({} rows, {} refused, {} passed); serde_json Value parse alone {:.1} ms",
        files.len(),
        bytes / 1024,
        checked.as_secs_f64() * 1000.0,
        total.as_secs_f64() * 1000.0,
        all.len(),
        refused,
        summary.passed,
        floor.as_secs_f64() * 1000.0
    );
    Ok(())
}
