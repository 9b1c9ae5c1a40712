//! Hostile input: every file in `tests/fixtures/exchange/malformed/` is refused with its own
//! message (in English and Thai), every file in `accepted/` is read to its expected summary,
//! and the big cases made on the fly (`generated.rs`: 50 MB, 10,000 years, a million levels
//! of nesting, millions of values) are refused by a limit that does not depend on how fast
//! the machine is. Reading is pure: the same bytes give the same answer, and a refused file
//! leaves the work in the app as it was. (Times and memory are measured by `examples/bench_hostile.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ita_selfcheck::domain::documents::DocumentInputs;
use ita_selfcheck::domain::exchange::{
    merge, read, write, ExportOptions, Imported, Problem, MAX_BYTES,
};
use ita_selfcheck::domain::workbook::Workbook;
use ita_selfcheck::domain::Lang;
use serde_json::{json, Value};

#[path = "fixtures/exchange/generated.rs"]
mod generated;

fn folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exchange")
        .join(name)
}

fn files(name: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(folder(name))
        .expect("fixtures folder")
        .flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, fs::read(e.path()).expect("readable fixture"))
        })
        .collect();
    files.sort();
    files
}

fn expected<T: serde::de::DeserializeOwned>(name: &str) -> BTreeMap<String, T> {
    let text = fs::read_to_string(folder(name)).expect("expectations");
    serde_json::from_str(&text).expect("expectations are JSON")
}

fn is_thai(text: &str) -> bool {
    text.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

/// The same bytes give the same answer.
fn check_pure(name: &str, bytes: &[u8]) {
    assert_eq!(read(bytes), read(bytes), "{name}: reading twice");
}

/// The reader's refusal of `file` (`None` if it accepts).
fn refused(file: &str) -> Option<String> {
    read(file.as_bytes()).err().map(|e| e.to_string())
}

/// What a test checks of an accepted file.
fn summary(imported: &Imported) -> Value {
    let book = &imported.book;
    let mut kept: Vec<String> = book.extra.keys().cloned().collect();
    kept.extend(
        book.organisation
            .extra
            .keys()
            .map(|k| format!("organisation.{k}")),
    );
    for year in &book.years {
        kept.extend(
            year.extra
                .keys()
                .map(|k| format!("{}.{k}", year.fiscal_year)),
        );
    }
    let totals: BTreeMap<String, Option<String>> = book
        .years
        .iter()
        .map(|a| {
            let total = a
                .evaluation()
                .ok()
                .and_then(|e| e.total_rounded())
                .map(|t| t.to_string());
            (a.fiscal_year.to_string(), total)
        })
        .collect();
    let open = book
        .year(book.open_year)
        .expect("the open year is in the book");
    // Document settings of the years that have any.
    let documents: BTreeMap<String, Value> = book
        .years
        .iter()
        .filter(|a| a.documents != DocumentInputs::default())
        .map(|a| {
            let d = &a.documents;
            let settings = json!({
                "texts": d.texts.keys().collect::<Vec<_>>(),
                "dates": d.dates.iter().collect::<std::collections::BTreeMap<_, _>>(),
                "report_round": d.report_round,
                "announcement_table": d.announcement_table,
            });
            (a.fiscal_year.to_string(), settings)
        })
        .collect();
    json!({
        "organisation": book.organisation.name,
        "district": book.organisation.district,
        "documents": documents,
        "years": book.years.iter().map(|a| a.fiscal_year).collect::<Vec<_>>(),
        "totals": totals,
        "open_year_scores": open.scores,
        "measures": book.years.iter().map(|a| a.measures.len()).sum::<usize>(),
        "kept": kept,
    })
}

#[test]
fn every_refused_file_is_refused_purely_with_a_short_message_in_both_languages() {
    let messages: BTreeMap<String, String> = expected("malformed.expected.json");
    let files = files("malformed");
    assert!(
        files.len() >= 100,
        "the corpus keeps growing, not shrinking"
    );
    for (name, bytes) in &files {
        assert!(bytes.len() < 300 * 1024, "{name}: keep fixtures small");
        let error = read(bytes).expect_err(name);
        let english = error.message(Lang::En);
        assert_eq!(Some(&english), messages.get(name), "{name}");
        let thai = error.message(Lang::Th);
        assert!(is_thai(&thai), "{name}: {thai}");
        assert!(thai.starts_with(&error.path.to_string()), "{name}: {thai}");
        assert!(
            english.chars().count() <= 250 && thai.chars().count() <= 250,
            "{name}: a message fits on the screen: {english}"
        );
        assert!(
            !english.chars().chain(thai.chars()).any(char::is_control),
            "{name}: no control characters in {english:?} or {thai:?}"
        );
        check_pure(name, bytes);
    }
}

#[test]
fn every_accepted_file_reads_to_its_summary_and_survives_the_round_trip() {
    let summaries: BTreeMap<String, Value> = expected("accepted.expected.json");
    let files = files("accepted");
    assert_eq!(
        files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        summaries.keys().cloned().collect::<Vec<_>>(),
        "every accepted file has a summary, and every summary a file"
    );
    for (name, bytes) in &files {
        let imported = read(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(Some(&summary(&imported)), summaries.get(name), "{name}");
        check_pure(name, bytes);
        let again = write(&imported.book, &ExportOptions::default());
        let back = read(again.as_bytes()).unwrap_or_else(|e| panic!("{name} again: {e}"));
        assert_eq!(back.book, imported.book, "{name}: the round trip");
    }
}

#[test]
fn a_refused_file_leaves_the_work_in_the_app_as_it_was() {
    let mut current = Workbook::default();
    let _ = current.add_year(2567, false);
    current.current_mut().scores[0] = "77".into();
    current.organisation.name = "อบต.เดิม".into();
    let before = current.clone();
    for (name, bytes) in files("malformed") {
        assert!(read(&bytes).is_err(), "{name}");
        assert_eq!(current, before);
    }
    for (name, bytes) in files("accepted") {
        let plan = merge(&current, read(&bytes).expect("accepted"));
        assert_eq!(current, before, "{name}: planning changes nothing");
        assert!(
            plan.result.year(2567).is_some(),
            "{name}: the app's year is kept"
        );
    }
}

#[test]
fn big_generated_files_are_stopped_by_limits() {
    for make in generated::CASES {
        let case = make();
        let result = read(&case.bytes);
        match (&case.refused_with, &result) {
            (Some(want), Err(error)) => {
                assert_eq!(&error.message(Lang::En), want, "{}", case.name);
                assert!(is_thai(&error.message(Lang::Th)), "{}", case.name);
            }
            (None, Ok(_)) => {}
            _ => panic!("{}: {:?}", case.name, result.map(|i| i.book.years.len())),
        }
        match case.name {
            // Refused by its size alone: the rest of it is valid.
            "size-50mb" => {
                assert!(case.bytes.len() > MAX_BYTES);
                assert!(matches!(
                    result.as_ref().map_err(|e| &e.problem),
                    Err(Problem::TooLarge(_))
                ));
            }
            name if name.starts_with("nesting") => assert!(matches!(
                result.as_ref().map_err(|e| &e.problem),
                Err(Problem::TooDeep { .. })
            )),
            _ => {}
        }
        if case.bytes.len() <= MAX_BYTES {
            check_pure(case.name, &case.bytes);
        }
    }
}

/// serde lets a struct be written as a list of its fields; an exchange file may not. (The
/// typed reader the app once had for roll-ups accepted these.)
#[test]
fn objects_written_as_lists_are_refused() {
    let cases = [
        (
            r#"["ita-selfcheck",1,null,null,null,null,[{"fiscal_year":2568}]]"#,
            "this is not an ITA Self-Check results file (the file is not a JSON object)",
        ),
        (
            r#"{"format":"ita-selfcheck","version":1,"thresholds":[85,95,75],"assessments":[{"fiscal_year":2568}]}"#,
            "thresholds: [85,95,75] is not an object",
        ),
        (
            r#"{"format":"ita-selfcheck","version":1,"assessments":[{"fiscal_year":2568,"scores":[90,80,70]}]}"#,
            "assessments[0].scores: [90,80,70] is not an object",
        ),
        (
            r#"{"format":"ita-selfcheck","version":1,"assessments":[[2568]]}"#,
            "assessments[0]: [2568] is not an object",
        ),
        (
            r#"{"format":"ita-selfcheck","version":1,"organisation":["ทดสอบ"],"assessments":[{"fiscal_year":2568}]}"#,
            r#"organisation: ["ทดสอบ"] is not an object"#,
        ),
    ];
    for (file, message) in cases {
        assert_eq!(refused(file).as_deref(), Some(message), "{file}");
    }
}

/// Fields the app reads and drops (`total`, `generator` and the like) are checked all the
/// same: numbers in range, no key twice, nesting within the limit. (The typed reader the app
/// once had for roll-ups skipped them unchecked.)
#[test]
fn skipped_fields_are_checked_like_the_rest() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let cases = [
        (
            r#""total":1e400"#.to_owned(),
            "assessments[0].total: not valid JSON (number out of range, line 1, column 86)",
        ),
        (
            r#""level":{"a":1,"a":2}"#.to_owned(),
            r#"assessments[0].level: "a" appears twice"#,
        ),
        (
            format!(r#""result":{deep}"#),
            "assessments[0].result[0][0][0][0][0][0]…[0]: lists and objects are nested more than 127 deep (line 1, column 207)",
        ),
        (
            r#""total":"\ud800""#.to_owned(),
            r"assessments[0].total: \ud800 is half of a character (a lone UTF-16 surrogate), so the text is damaged (line 1, column 89)",
        ),
    ];
    for (field, message) in cases {
        let file = format!(
            r#"{{"format":"ita-selfcheck","version":1,"assessments":[{{"fiscal_year":2568,{field}}}]}}"#
        );
        assert_eq!(refused(&file).as_deref(), Some(message), "{file}");
    }
}

/// A round given twice is refused, not quietly replaced by the last. (A map did that in the
/// typed reader the app once had for roll-ups.)
#[test]
fn a_round_given_twice_is_refused() {
    let file = r#"{"format":"ita-selfcheck","version":1,"assessments":[{"fiscal_year":2568,"measures":[{"name":"ก","progress":{"6":{"status":"done"},"6":{"status":"in-progress"}}}]}]}"#;
    assert_eq!(
        refused(file).as_deref(),
        Some(r#"assessments[0].measures[0].progress: "6" appears twice"#)
    );
}

/// Giving every measure its own id compared each with all the earlier ones: millions of
/// measures took minutes. A year has at most 1,000.
#[test]
fn a_year_has_at_most_a_thousand_measures() {
    let measures = |n: usize| vec!["{}"; n].join(",");
    let file = |n: usize| {
        format!(
            r#"{{"format":"ita-selfcheck","version":1,"assessments":[{{"fiscal_year":2568,"measures":[{}]}}]}}"#,
            measures(n)
        )
    };
    let read_ids = |n: usize| {
        read(file(n).as_bytes()).map(|i| {
            i.book.years[0]
                .measures
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let ids = read_ids(1000).expect("a thousand measures");
    assert_eq!(ids.len(), 1000);
    assert_eq!(ids.last().map(String::as_str), Some("m1000"));
    assert_eq!(
        read_ids(1001).map_err(|e| e.to_string()),
        Err("assessments[0].measures: 1001 measures; a year has at most 1,000".to_owned())
    );
}
