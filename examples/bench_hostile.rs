//! How long reading each hostile file takes, and how much memory it needs: every fixture in
//! `tests/fixtures/exchange/` and the big cases made on the fly
//! (`tests/fixtures/exchange/generated.rs`):
//! `cargo run --release --example bench_hostile`.
//!
//! Each file is read in a fresh process (this program run again with `--one`), so that the
//! peak memory of one file is not hidden by what another left behind. The peak is the growth
//! of the process's resident memory (Linux `VmHWM`, reset before reading) over what it held
//! with the file's bytes loaded: the crate forbids `unsafe`, so a counting allocator is not
//! an option. Times are the median of up to 15 reads.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use ita_selfcheck::domain::exchange::read;
use ita_selfcheck::domain::Lang;

#[path = "../tests/fixtures/exchange/generated.rs"]
mod generated;

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange");
    let mut files = Vec::new();
    for folder in ["malformed", "accepted", "v1"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        found.sort();
        files.extend(found);
    }
    files
}

/// A number from `/proc/self/status`, in kB.
fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Reads one case in this process and prints `name<TAB>micros<TAB>peak kB<TAB>verdict`.
fn one(which: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut expected = None;
    let (name, bytes) = match which.strip_prefix("generated:") {
        Some(n) => {
            let case = generated::CASES[n.parse::<usize>()?]();
            expected = Some(case.refused_with);
            (case.name.to_owned(), case.bytes)
        }
        None => {
            let path = Path::new(which);
            let parent = path
                .parent()
                .and_then(Path::file_name)
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let file = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            (format!("{parent}/{file}"), std::fs::read(path)?)
        }
    };
    // Start the high-water mark again from what the process holds now.
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let before = status_kb("VmRSS:");
    let result = read(&bytes);
    let peak = status_kb("VmHWM:");
    let message = result.as_ref().err().map(|e| e.message(Lang::En));
    let mut verdict = match (&result, &message) {
        (Ok(imported), _) => format!("accepted, {} years", imported.book.years.len()),
        (Err(_), Some(message)) => {
            let short: String = message.chars().take(70).collect();
            format!("refused: {short}")
        }
        (Err(_), None) => String::new(),
    };
    if expected.is_some_and(|want| want != message) {
        verdict.push_str(" (NOT AS EXPECTED)");
    }
    drop(result);
    let mut times = Vec::new();
    let budget = Instant::now();
    while times.len() < 15 && (times.is_empty() || budget.elapsed() < Duration::from_secs(2)) {
        let started = Instant::now();
        std::hint::black_box(read(std::hint::black_box(&bytes)).is_ok());
        times.push(started.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    let peak = match (reset, before, peak) {
        (true, Some(before), Some(peak)) => peak.saturating_sub(before).to_string(),
        _ => "n/a".to_owned(),
    };
    println!(
        "{name}\t{}\t{peak}\t{}\t{verdict}",
        median.as_micros(),
        bytes.len()
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if let (Some("--one"), Some(which)) = (args.get(1).map(String::as_str), args.get(2)) {
        return one(which);
    }
    let me = std::env::current_exe()?;
    let mut cases: Vec<String> = fixtures()
        .into_iter()
        .map(|p| p.display().to_string())
        .collect();
    cases.extend((0..generated::CASES.len()).map(|n| format!("generated:{n}")));
    println!(
        "{:<52} {:>10} {:>10} {:>11}  verdict",
        "file", "bytes", "time µs", "peak kB"
    );
    let mut rows = Vec::new();
    for case in &cases {
        let output = Command::new(&me).args(["--one", case]).output()?;
        let line = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        let fields: Vec<&str> = line.splitn(5, '\t').collect();
        let [name, micros, peak, size, verdict] = fields[..] else {
            println!(
                "{case}: failed ({}) {}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
            continue;
        };
        println!("{name:<52} {size:>10} {micros:>10} {peak:>11}  {verdict}");
        rows.push((
            name.to_owned(),
            micros.parse::<u64>().unwrap_or(0),
            peak.parse::<u64>().unwrap_or(0),
        ));
    }
    let total: u64 = rows.iter().map(|r| r.1).sum();
    if let Some(slowest) = rows.iter().max_by_key(|r| r.1) {
        println!(
            "\n{} cases; all together {:.1} ms; slowest {} ({:.1} ms)",
            rows.len(),
            total as f64 / 1000.0,
            slowest.0,
            slowest.1 as f64 / 1000.0
        );
    }
    if let Some(largest) = rows.iter().max_by_key(|r| r.2) {
        println!(
            "largest peak memory: {} ({:.1} MB over the file's own bytes)",
            largest.0,
            largest.2 as f64 / 1024.0
        );
    }
    Ok(())
}
