//! The exchange file: fixtures of every earlier version import, exports validate against the
//! JSON Schema, and random valid workbooks survive the round trip exactly. (The malformed and
//! hostile corpus is in `hostile.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use ita_selfcheck::domain::exchange::{read, write, ExportOptions, Problem};
use ita_selfcheck::domain::workbook::{Assessment, FrameworkChoice, Workbook};
use ita_selfcheck::domain::{
    Indicator, Lang, OrgType, PlannedMeasure, Rhythm, RoundReport, Status,
};
use proptest::prelude::*;
use serde_json::Value;

fn fixtures(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exchange")
        .join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("fixtures folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

fn schema() -> jsonschema::Validator {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/exchange-format.schema.json"),
    )
    .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn assert_valid(validator: &jsonschema::Validator, text: &str) {
    let value: Value = serde_json::from_str(text).expect("export is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "export does not validate: {errors:?}\n{text}"
    );
}

#[test]
fn a_file_over_20_mb_is_refused_before_it_is_parsed() {
    let mut big = br#"{"format":"ita-selfcheck","version":1,"assessments":[],"padding":""#.to_vec();
    big.resize(20 * 1024 * 1024 + 1, b' ');
    let error = read(&big).expect_err("too large");
    assert_eq!(error.problem, Problem::TooLarge("20.0".into()));
    assert_eq!(
        error.message(Lang::En),
        "the file is 20.0 MB; files up to 20 MB can be read"
    );
}

#[test]
fn deep_nesting_is_refused_at_the_parser_depth_limit() {
    let deep = "[".repeat(100_000);
    let error = read(deep.as_bytes()).expect_err("refused");
    assert!(
        matches!(
            error.problem,
            Problem::TooDeep {
                line: 1,
                column: 128
            }
        ),
        "{error}"
    );
}

#[test]
fn files_of_every_earlier_version_import() {
    let files = fixtures("v1");
    assert!(files.len() >= 4);
    for file in &files {
        let imported = read(&fs::read(file).expect("readable"))
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(!imported.book.years.is_empty());
    }
    let full = read(
        &fs::read(
            fixtures("v1")
                .into_iter()
                .find(|f| f.ends_with("app-0.1.0-full.json"))
                .expect("fixture"),
        )
        .expect("readable"),
    )
    .expect("imports");
    let book = full.book;
    assert_eq!(book.organisation.name, "เทศบาลตำบลบ้านใหม่");
    assert_eq!(
        book.organisation.org_type,
        Some(OrgType::SubdistrictMunicipality)
    );
    assert_eq!(
        book.organisation.approved_by.position,
        "นายกเทศมนตรีตำบลบ้านใหม่"
    );
    let years: Vec<u16> = book.years.iter().map(|a| a.fiscal_year).collect();
    assert_eq!(years, [2560, 2567, 2568]);
    assert_eq!(book.open_year, 2568);
    let y2567 = book.year(2567).expect("2567");
    assert_eq!(
        y2567.measures[0].catalogue_id.as_deref(),
        Some("public-disclosure")
    );
    assert_eq!(y2567.measures[0].round(6).status, Status::Done);
    assert_eq!(
        y2567.measures[0].round(6).outcomes,
        "ข้อมูลเป็นปัจจุบัน 38 จาก 42 รายการ"
    );
    assert_eq!(y2567.measures[1].rhythm, Rhythm::Quarterly);
    let y2568 = book.year(2568).expect("2568");
    assert_eq!(
        y2568
            .evaluation()
            .ok()
            .and_then(|e| e.total_rounded())
            .map(|t| t.to_string())
            .as_deref(),
        Some("89.42")
    );
    assert_eq!(y2568.whatif[7], "90");
    assert_eq!(y2568.measures.len(), 2, "carried forward from 2567");
    let y2560 = book.year(2560).expect("2560");
    assert_eq!(y2560.framework, FrameworkChoice::Custom);
    assert_eq!(
        y2560
            .evaluation()
            .ok()
            .and_then(|e| e.total_rounded())
            .map(|t| t.to_string())
            .as_deref(),
        Some("67.80")
    );

    let other = read(
        &fs::read(
            fixtures("v1")
                .into_iter()
                .find(|f| f.ends_with("other-tool-minimal.json"))
                .expect("fixture"),
        )
        .expect("readable"),
    )
    .expect("imports");
    let book = other.book;
    assert_eq!(
        book.organisation.org_type,
        Some(OrgType::TownMunicipality),
        "the Thai label is understood"
    );
    let y2567 = book.year(2567).expect("2567");
    assert_eq!(
        y2567.scores[0], "88.12",
        "Thai indicator names are understood"
    );
    assert_eq!(y2567.scores[7], "84", "and the other name of i8");
    assert_eq!(y2567.scores[8], "", "null is not entered");
    assert_eq!(
        book.year(2564).expect("2564").measures[0].steps,
        ["ขั้นที่หนึ่ง", "ขั้นที่สอง"]
    );
    // Fields this app does not know come back out on export.
    let again = write(&book, &ExportOptions::default());
    assert!(again.contains("\"source\": \"provincial office spreadsheet\""));
    assert!(again.contains("\"code\": \"5520501\""));
    assert!(again.contains("\"note\": \"i9 not published yet\""));
}

#[test]
fn exports_validate_against_the_schema_and_the_schema_knows_every_framework() {
    let validator = schema();
    for file in fixtures("v1") {
        let book = read(&fs::read(&file).expect("readable"))
            .expect("imports")
            .book;
        assert_valid(&validator, &write(&book, &ExportOptions::default()));
        assert_valid(
            &validator,
            &write(
                &book,
                &ExportOptions {
                    anonymise: true,
                    exported_at: Some("2026-11-22".into()),
                },
            ),
        );
    }
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/exchange-format.schema.json"),
    )
    .expect("schema");
    let schema: Value = serde_json::from_str(&text).expect("JSON");
    let listed: Vec<&str> = schema["$defs"]["assessment"]["properties"]["framework"]["enum"]
        .as_array()
        .expect("an enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut known: Vec<&str> = ita_selfcheck::domain::FRAMEWORKS
        .iter()
        .map(|f| f.id)
        .collect();
    known.push("custom");
    assert_eq!(listed, known, "a new framework is added to the schema too");
}

/// Any text, including markup, Thai, quotes and control characters.
fn any_text() -> BoxedStrategy<String> {
    prop_oneof![
        Just(String::new()),
        "[ก-๙a-zA-Z0-9 <>&\"'/\\\\.,-]{0,24}",
        any::<String>(),
    ]
    .boxed()
}

fn typed_score() -> BoxedStrategy<String> {
    prop_oneof![
        Just(String::new()),
        (0u16..=10_000).prop_map(|h| format!("{}.{:02}", h / 100, h % 100)),
        (0u16..=100).prop_map(|p| p.to_string()),
        (0u16..=10_000).prop_map(|h| format!("{},{:02}", h / 100, h % 100)),
        any_text(),
    ]
    .boxed()
}

fn ten(s: BoxedStrategy<String>) -> BoxedStrategy<[String; 10]> {
    proptest::collection::vec(s, 10)
        .prop_map(|v| std::array::from_fn(|n| v[n].clone()))
        .boxed()
}

fn measure(n: usize) -> BoxedStrategy<PlannedMeasure> {
    (
        any_text(),
        proptest::sample::subsequence(Indicator::ALL.to_vec(), 0..=3),
        proptest::collection::vec(any_text(), 0..4),
        any_text(),
        prop_oneof![
            Just(Rhythm::Quarterly),
            Just(Rhythm::HalfYearly),
            Just(Rhythm::Yearly)
        ],
        proptest::collection::btree_map(
            prop_oneof![Just(3u8), Just(6), Just(9), Just(12)],
            (
                prop_oneof![Just(Status::InProgress), Just(Status::Done)],
                any_text(),
                any_text(),
            ),
            0..3,
        ),
        prop_oneof![Just(None), Just(Some("public-disclosure".to_owned()))],
    )
        .prop_map(
            move |(name, indicators, steps, responsible, rhythm, progress, catalogue_id)| {
                PlannedMeasure {
                    id: format!("m{}", n + 1),
                    catalogue_id,
                    name,
                    indicators,
                    steps,
                    responsible,
                    rhythm,
                    progress: progress
                        .into_iter()
                        .map(|(month, (status, done, notes))| {
                            (
                                month,
                                RoundReport {
                                    status,
                                    done,
                                    notes,
                                    ..RoundReport::default()
                                },
                            )
                        })
                        .collect(),
                    ..PlannedMeasure::default()
                }
            },
        )
        .boxed()
}

fn assessment(year: u16) -> BoxedStrategy<Assessment> {
    (
        prop_oneof![Just(FrameworkChoice::ByYear), Just(FrameworkChoice::Custom)],
        ten(prop_oneof![
            Just("10".to_owned()),
            (0u8..=100).prop_map(|w| w.to_string()),
            any_text()
        ]
        .boxed()),
        ten(typed_score()),
        ten(typed_score()),
        ten(typed_score()),
        (0usize..3).prop_flat_map(|n| (0..n).map(measure).collect::<Vec<_>>()),
    )
        .prop_map(
            move |(framework, weights, scores, ceilings, whatif, measures)| {
                let mut a = Assessment::new(year);
                a.framework = framework;
                a.custom.weights = weights;
                a.scores = scores;
                a.ceilings = ceilings;
                a.whatif = whatif;
                a.measures = measures;
                a
            },
        )
        .boxed()
}

fn workbook() -> impl Strategy<Value = Workbook> {
    (
        any_text(),
        proptest::option::of(proptest::sample::select(OrgType::ALL.to_vec())),
        any_text(),
        any_text(),
        (typed_score(), typed_score(), typed_score(), any::<bool>()),
        proptest::collection::btree_set(2550u16..=2600, 1..4),
    )
        .prop_flat_map(|(name, org_type, province, person, thresholds, years)| {
            let years: Vec<_> = years.into_iter().map(assessment).collect();
            (Just((name, org_type, province, person, thresholds)), years)
        })
        .prop_map(
            |((name, org_type, province, person, (strength, excellent, urgent, lowest)), years)| {
                let mut book = Workbook::default();
                book.organisation.name = name;
                book.organisation.org_type = org_type;
                book.organisation.province = province;
                book.organisation.prepared_by.name = person;
                book.thresholds.strength = strength;
                book.thresholds.excellent = excellent;
                book.thresholds.urgent = urgent;
                book.thresholds.lowest_is_urgent = lowest;
                book.open_year = years
                    .iter()
                    .map(|a| a.fiscal_year)
                    .max()
                    .unwrap_or_default();
                book.years = years;
                book
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_valid_workbooks_round_trip_exactly_and_validate(book in workbook()) {
        let text = write(&book, &ExportOptions::default());
        let back = read(text.as_bytes());
        prop_assert!(back.is_ok(), "{:?}\n{text}", back.err());
        prop_assert_eq!(back.map(|b| b.book).ok(), Some(book));
        let value: Value = serde_json::from_str(&text).expect("JSON");
        prop_assert!(schema().is_valid(&value), "{text}");
    }
}

/// One random change to a JSON document, anywhere in it.
#[derive(Clone, Debug)]
enum Mutation {
    Remove,
    Null,
    Text,
    Number(f64),
    UnknownKey,
    RenameKey(&'static str),
    Bool,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::Remove),
        Just(Mutation::Null),
        Just(Mutation::Text),
        prop_oneof![
            Just(-1.0),
            Just(105.0),
            Just(83.655),
            Just(2568.0),
            Just(0.5),
            Just(1e300),
            Just(7.0)
        ]
        .prop_map(Mutation::Number),
        Just(Mutation::UnknownKey),
        prop_oneof![Just("I3"), Just("การใช้อำนาจ"), Just("i11"), Just("i1")]
            .prop_map(Mutation::RenameKey),
        Just(Mutation::Bool),
    ]
}

/// Applies `mutation` at the `pick`-th node (depth first) of `value`.
fn mutate(value: &mut Value, pick: &mut usize, mutation: &Mutation) -> bool {
    if *pick == 0 {
        match mutation {
            Mutation::Null => *value = Value::Null,
            Mutation::Text => *value = Value::String("90.5".into()),
            Mutation::Number(n) => *value = serde_json::json!(n),
            Mutation::Bool => *value = Value::Bool(true),
            Mutation::UnknownKey | Mutation::Remove | Mutation::RenameKey(_) => match value {
                Value::Object(map) => match mutation {
                    Mutation::UnknownKey => {
                        map.insert("x_unknown".into(), Value::from(1));
                    }
                    Mutation::Remove => {
                        if let Some(key) = map.keys().next().cloned() {
                            map.remove(&key);
                        }
                    }
                    Mutation::RenameKey(to) => {
                        if let Some(key) = map.keys().next().cloned() {
                            if let Some(v) = map.remove(&key) {
                                map.insert((*to).to_owned(), v);
                            }
                        }
                    }
                    _ => {}
                },
                Value::Array(items) if matches!(mutation, Mutation::Remove) => {
                    items.pop();
                }
                _ => *value = Value::Null,
            },
        }
        return true;
    }
    *pick -= 1;
    match value {
        Value::Object(map) => map.values_mut().any(|v| mutate(v, pick, mutation)),
        Value::Array(items) => items.iter_mut().any(|v| mutate(v, pick, mutation)),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// The fast reader accepts every file the app writes, and whenever it accepts a file, even
    /// a damaged one, it builds exactly what the careful reader builds.
    #[test]
    fn the_fast_reader_agrees_with_the_careful_one(
        book in workbook(),
        changes in proptest::collection::vec((0usize..400, mutation()), 0..3),
    ) {
        use ita_selfcheck::domain::exchange::{read_careful, read_fast};
        let written = write(&book, &ExportOptions::default());
        prop_assert!(read_fast(written.as_bytes()).is_some(), "the fast reader takes the app's own files");
        let mut value: Value = serde_json::from_str(&written).expect("JSON");
        for (pick, change) in &changes {
            let mut pick = *pick;
            mutate(&mut value, &mut pick, change);
        }
        let damaged = value.to_string();
        if let Some(fast) = read_fast(damaged.as_bytes()) {
            let careful = read_careful(damaged.as_bytes());
            prop_assert_eq!(careful.as_ref().ok(), Some(&fast), "careful: {:?}\n{}", careful.as_ref().err(), damaged);
        }
    }
}
