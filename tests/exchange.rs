//! The exchange file: fixtures of every earlier version import, exports validate against the
//! JSON Schema, and random valid workbooks survive the round trip exactly, as a file and as
//! the work saved on the device. (The malformed and hostile corpus is in `hostile.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use ita_selfcheck::domain::documents::{Date, DocKind, DocumentInputs};
use ita_selfcheck::domain::exchange::{read, write, ExportOptions, Problem};
use ita_selfcheck::domain::stored;
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

/// The schema with no field beyond those it describes, for work without fields from other
/// tools: every field the app writes must be in the schema.
fn strict_schema() -> jsonschema::Validator {
    fn close(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                    map.insert("additionalProperties".into(), Value::Bool(false));
                }
                map.values_mut().for_each(close);
            }
            Value::Array(items) => items.iter_mut().for_each(close),
            _ => {}
        }
    }
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/exchange-format.schema.json"),
    )
    .expect("schema file");
    let mut schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    close(&mut schema);
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

/// Of two wrong fields in one object, the one refused is the first in key order, whatever
/// order the file gives them in: the same file, its fields shuffled, gets the same message.
#[test]
fn of_two_wrong_fields_the_first_by_key_is_refused_in_any_order() {
    let file = |scores: &str| {
        format!(
            r#"{{"format":"ita-selfcheck","version":1,"assessments":[{{"fiscal_year":2568,"scores":{{{scores}}}}}]}}"#
        )
    };
    for scores in [
        r#""i2":101,"i10":-1,"i1":50"#,
        r#""i1":50,"i10":-1,"i2":101"#,
        r#""i10":-1,"i2":101,"i1":50"#,
    ] {
        assert_eq!(
            read(file(scores).as_bytes())
                .map_err(|e| e.to_string())
                .err()
                .as_deref(),
            Some("assessments[0].scores.i10: -1 is below 0"),
            "{scores}"
        );
    }
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

/// A date as a date picker gives it: a real day, `yyyy-mm-dd`.
fn iso_date() -> BoxedStrategy<String> {
    (1i32..=9999, 1u8..=12, 1u8..=31)
        .prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d).map(Date::iso))
        .boxed()
}

/// A year's document settings as the app keeps them: rewritten drafts (the app's own ids and
/// any other, with any text but an empty one), dates of the four documents, the round.
fn documents() -> BoxedStrategy<DocumentInputs> {
    let id = prop_oneof![
        proptest::sample::select(vec![
            "analysis.foreword",
            "analysis.rationale",
            "announcement.preamble",
            "declaration.transparency",
        ])
        .prop_map(str::to_owned),
        any_text(),
    ];
    let codes: Vec<&str> = DocKind::ALL.iter().map(|k| k.code()).collect();
    prop_oneof![
        1 => Just(DocumentInputs::default()),
        3 => (
            proptest::collection::btree_map(
                id,
                any_text().prop_filter("a rewrite is not empty", |t| !t.is_empty()),
                0..4,
            ),
            proptest::collection::btree_map(
                proptest::sample::select(codes).prop_map(str::to_owned),
                iso_date(),
                0..4,
            ),
            prop_oneof![Just(6u8), Just(12)],
            any::<bool>(),
        )
            .prop_map(|(texts, dates, report_round, announcement_table)| DocumentInputs {
                texts: texts.into_iter().collect(),
                dates: dates.into_iter().collect(),
                report_round,
                announcement_table,
            }),
    ]
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
        documents(),
    )
        .prop_map(
            move |(framework, weights, scores, ceilings, whatif, measures, documents)| {
                let mut a = Assessment::new(year);
                a.framework = framework;
                a.custom.weights = weights;
                a.scores = scores;
                a.ceilings = ceilings;
                a.whatif = whatif;
                a.measures = measures;
                a.documents = documents;
                a
            },
        )
        .boxed()
}

fn workbook() -> impl Strategy<Value = Workbook> {
    (
        any_text(),
        proptest::option::of(proptest::sample::select(OrgType::ALL.to_vec())),
        (any_text(), any_text()),
        any_text(),
        (typed_score(), typed_score(), typed_score(), any::<bool>()),
        proptest::collection::btree_set(2550u16..=2600, 1..4),
    )
        .prop_flat_map(|(name, org_type, place, person, thresholds, years)| {
            let years: Vec<_> = years.into_iter().map(assessment).collect();
            (Just((name, org_type, place, person, thresholds)), years)
        })
        .prop_map(
            |(
                (
                    name,
                    org_type,
                    (province, district),
                    person,
                    (strength, excellent, urgent, lowest),
                ),
                years,
            )| {
                let mut book = Workbook::default();
                book.organisation.name = name;
                book.organisation.org_type = org_type;
                book.organisation.province = province;
                book.organisation.district = district;
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
        prop_assert!(strict_schema().is_valid(&value), "{text}");
    }

    #[test]
    fn random_workbooks_saved_on_the_device_read_back_exactly(
        mut book in workbook(),
        english in any::<bool>(),
        thai_digits in any::<bool>(),
        open in any::<proptest::sample::Index>(),
    ) {
        book.lang = if english { Lang::En } else { Lang::Th };
        book.thai_digits = thai_digits;
        book.open_year = book.years[open.index(book.years.len())].fiscal_year;
        let text = stored::encode(&book);
        prop_assert_eq!(stored::decode(&text), Ok(book), "{}", text);
    }
}

/// A workbook with a district and, in 2568, every document setting; 2569 keeps the defaults
/// and is open, as it is after an import.
fn with_documents() -> Workbook {
    let mut book = Workbook::default();
    book.organisation.name = "เทศบาลตำบลบ้านใหม่".into();
    book.organisation.province = "เชียงใหม่".into();
    book.organisation.district = "สันทราย".into();
    let _ = book.add_year(2568, false);
    let documents = &mut book.current_mut().documents;
    documents.set_text("analysis.foreword", "คำนำของเทศบาลตำบลบ้านใหม่".into());
    documents.set_text("later.draft", "a draft of a later version".into());
    documents
        .dates
        .insert("announcement".into(), "2025-10-01".into());
    documents.report_round = 12;
    documents.announcement_table = false;
    book.open_year = 2569;
    book
}

#[test]
fn districts_and_document_settings_travel_in_the_file() {
    let book = with_documents();
    let text = write(&book, &ExportOptions::default());
    assert!(text.contains("\"district\": \"สันทราย\""), "{text}");
    assert!(
        text.contains(concat!(
            "      \"documents\": {\n",
            "        \"texts\": {\n",
            "          \"analysis.foreword\": \"คำนำของเทศบาลตำบลบ้านใหม่\",\n",
            "          \"later.draft\": \"a draft of a later version\"\n",
            "        },\n",
            "        \"dates\": {\n",
            "          \"announcement\": \"2025-10-01\"\n",
            "        },\n",
            "        \"report_round\": 12,\n",
            "        \"announcement_table\": false\n",
            "      },"
        )),
        "written in the order the format describes: {text}"
    );
    assert_eq!(
        text.matches("\"documents\"").count(),
        1,
        "a year with the default settings has none: {text}"
    );
    assert_valid(&strict_schema(), &text);
    let back = read(text.as_bytes()).expect("reads back");
    assert_eq!(back.book, book);
}

#[test]
fn anonymising_leaves_out_rewritten_drafts_and_keeps_the_other_settings() {
    let book = with_documents();
    let options = ExportOptions {
        anonymise: true,
        exported_at: None,
    };
    let text = write(&book, &options);
    assert!(
        !text.contains("บ้านใหม่") && !text.contains("\"texts\""),
        "{text}"
    );
    assert_valid(&schema(), &text);
    let back = read(text.as_bytes()).expect("reads back").book;
    let documents = &back.year(2568).expect("2568").documents;
    assert!(documents.texts.is_empty());
    assert_eq!(documents.dates["announcement"], "2025-10-01");
    assert_eq!(
        (documents.report_round, documents.announcement_table),
        (12, false)
    );
    assert_eq!(
        back.organisation.district, "สันทราย",
        "a district names no one"
    );
    // Rewritten drafts alone: nothing is left to write.
    let mut only_texts = Workbook::default();
    only_texts
        .current_mut()
        .documents
        .set_text("analysis.foreword", "คำนำ".into());
    assert!(!write(&only_texts, &options).contains("\"documents\""));
    assert!(write(&only_texts, &ExportOptions::default()).contains("\"documents\""));
}

/// Settings the app holds but does not use (a date that is no day, a round no report covers)
/// are written as what they mean, so that the app's own file is accepted; an emptied draft is
/// a choice the user made, and travels.
#[test]
fn settings_the_app_does_not_use_are_written_as_what_they_mean() {
    let mut book = Workbook::default();
    let documents = &mut book.current_mut().documents;
    documents.dates.insert("report".into(), "2025-02-30".into());
    documents.dates.insert("memo".into(), "2025-01-01".into());
    documents.dates.insert("analysis".into(), String::new());
    documents.report_round = 9;
    let text = write(&book, &ExportOptions::default());
    assert!(
        !text.contains("\"documents\""),
        "all of it means the defaults: {text}"
    );
    book.current_mut()
        .documents
        .dates
        .insert("declaration".into(), "2024-02-29".into());
    let text = write(&book, &ExportOptions::default());
    assert_valid(&schema(), &text);
    let back = read(text.as_bytes()).expect("reads back").book;
    let documents = &back.current().documents;
    assert!(documents.texts.is_empty());
    assert_eq!(
        documents.dates.iter().collect::<Vec<_>>(),
        [(&"declaration".to_owned(), &"2024-02-29".to_owned())]
    );
    assert_eq!(documents.report_round, 6);

    let mut emptied = Workbook::default();
    emptied
        .current_mut()
        .documents
        .set_text("analysis.foreword", String::new());
    let text = write(&emptied, &ExportOptions::default());
    assert_valid(&schema(), &text);
    let back = read(text.as_bytes()).expect("reads back").book;
    assert_eq!(back.current().documents.texts["analysis.foreword"], "");
}

/// An older version kept `district` and `documents` of a newer file as fields it did not
/// know; the app's own values are written, never a second field of the same name.
#[test]
fn fields_kept_by_an_older_version_do_not_shadow_the_apps_own() {
    let mut book = with_documents();
    book.organisation
        .extra
        .insert("district".into(), Value::from(5));
    book.years[0]
        .extra
        .insert("documents".into(), Value::from("old"));
    let text = write(&book, &ExportOptions::default());
    let back = read(text.as_bytes()).expect("reads back").book;
    let mut expected = book.clone();
    expected.organisation.extra.clear();
    expected.years[0].extra.clear();
    assert_eq!(back, expected);
}

#[test]
fn document_settings_are_read_leniently_where_the_format_allows() {
    let file = |documents: &str| {
        format!(
            r#"{{"format":"ita-selfcheck","version":1,"organisation":{{"district":null}},"assessments":[{{"fiscal_year":2568,"documents":{documents}}}]}}"#
        )
    };
    let read_documents = |documents: &str| {
        read(file(documents).as_bytes())
            .map(|i| i.book.years[0].documents.clone())
            .map_err(|e| e.to_string())
    };
    assert_eq!(read_documents("null"), Ok(DocumentInputs::default()));
    assert_eq!(read_documents("{}"), Ok(DocumentInputs::default()));
    let lenient = r#"{"texts":{"analysis.foreword":null,"a":"","b":"ข"},"dates":{"report":null,"analysis":""},"x_later":[1]}"#;
    let read = read_documents(lenient).expect("accepted");
    // A null is no rewrite; an empty text is a paragraph emptied on purpose.
    assert_eq!(read.texts.keys().collect::<Vec<_>>(), ["a", "b"]);
    assert!(read.dates.is_empty());
    for (documents, refusal) in [
        (
            r#"{"report_round":"12"}"#,
            r#"assessments[0].documents.report_round: "12" is not a whole number"#,
        ),
        (
            r#"{"report_round":6.0}"#,
            r#"assessments[0].documents.report_round: "6.0" is not one of 6, 12"#,
        ),
        (
            r#"{"report_round":null}"#,
            "assessments[0].documents.report_round: null is not a whole number",
        ),
        (
            r#"{"announcement_table":"no"}"#,
            r#"assessments[0].documents.announcement_table: "no" is not true or false"#,
        ),
        (
            r#"{"texts":{"analysis.foreword":5}}"#,
            "assessments[0].documents.texts.\"analysis.foreword\": 5 is not text",
        ),
        (
            r#"{"dates":{"report":20251001}}"#,
            "assessments[0].documents.dates.report: 20251001 is not text",
        ),
        (
            r#"{"dates":{"report":"2568-10-1"}}"#,
            r#"assessments[0].documents.dates.report: "2568-10-1" is not a date written as yyyy-mm-dd"#,
        ),
        (
            r#"{"dates":"2025-10-01"}"#,
            r#"assessments[0].documents.dates: "2025-10-01" is not an object"#,
        ),
    ] {
        assert_eq!(
            read_documents(documents),
            Err(refusal.to_owned()),
            "{documents}"
        );
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

    /// A damaged file (a field removed, nulled, retyped…) is refused with a message that
    /// starts with the place it is about, or accepted as work that writes out and reads back
    /// the same.
    #[test]
    fn a_damaged_file_is_refused_at_a_place_or_reads_back_the_same(
        book in workbook(),
        changes in proptest::collection::vec((0usize..400, mutation()), 0..3),
    ) {
        let written = write(&book, &ExportOptions::default());
        let mut value: Value = serde_json::from_str(&written).expect("JSON");
        for (pick, change) in &changes {
            let mut pick = *pick;
            mutate(&mut value, &mut pick, change);
        }
        let damaged = value.to_string();
        match read(damaged.as_bytes()) {
            Err(error) => {
                let path = error.path.to_string();
                prop_assert!(error.message(Lang::En).starts_with(&path), "{}", error);
                prop_assert!(error.message(Lang::Th).starts_with(&path), "{}", error);
            }
            Ok(imported) => {
                let again = write(&imported.book, &ExportOptions::default());
                let back = read(again.as_bytes()).map(|i| i.book);
                prop_assert_eq!(back.as_ref(), Ok(&imported.book), "{}", damaged);
            }
        }
    }
}
