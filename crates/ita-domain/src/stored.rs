//! The work kept on the device: an exchange file of the workbook ([`crate::exchange`]) inside
//! an envelope that adds what only the device keeps (the language, Thai digits, the open year).
//!
//! One format for a shared file and for the device: what is saved is written by the exchange
//! writer and read back by the exchange reader, so it reads back exactly as an import
//! of the same work would. Work saved by earlier versions still reads ([`legacy`]).

mod legacy;

use thiserror::Error;

use crate::exchange::read::{Json, Object};
use crate::exchange::{self, ExportOptions};
use crate::workbook::Workbook;
use crate::Lang;

/// The envelope's `format`.
pub const FORMAT: &str = "ita-selfcheck-state";
/// 1: one assessment (the first release); 2: one assessment per fiscal year, the workbook's
/// fields as the app held them; 3: the workbook as an exchange file.
pub const VERSION: u32 = 3;

/// Why stored text could not be read back.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    /// Not JSON, or not the shape of saved work.
    #[error("not readable as saved work: {0}")]
    Malformed(String),
    /// JSON of some other program.
    #[error("saved by another program (format “{0}”)")]
    OtherFormat(String),
    /// Saved by a later version of this app.
    #[error("saved by a later version of ITA Self-Check (version {0})")]
    LaterVersion(u32),
}

impl DecodeError {
    /// The reason in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, error) => error.to_string(),
            (Lang::Th, DecodeError::Malformed(detail)) => {
                format!("ข้อมูลไม่อยู่ในรูปแบบงานที่บันทึกไว้: {detail}")
            }
            (Lang::Th, DecodeError::OtherFormat(format)) => {
                format!("เป็นข้อมูลของโปรแกรมอื่น (รูปแบบ “{format}”)")
            }
            (Lang::Th, DecodeError::LaterVersion(version)) => {
                format!("บันทึกโดย ITA Self-Check รุ่นที่ใหม่กว่า (รุ่นข้อมูล {version})")
            }
        }
    }
}

type Decoded<T> = Result<T, DecodeError>;

fn malformed(detail: impl ToString) -> DecodeError {
    DecodeError::Malformed(detail.to_string())
}

/// The work as it is saved on the device.
pub fn encode(book: &Workbook) -> String {
    let doc = exchange::write(book, &ExportOptions::default());
    format!(
        "{{\"format\":\"{FORMAT}\",\"version\":{VERSION},\"lang\":\"{}\",\"thai_digits\":{},\"open_year\":{},\"doc\":{}}}",
        book.lang.code(),
        book.thai_digits,
        book.open_year,
        doc.trim_end()
    )
}

/// Reads saved work back (from any version so far), refusing anything not exactly ours.
pub fn decode(text: &str) -> Decoded<Workbook> {
    let Json::Object(mut top) = exchange::read::tree(text).map_err(malformed)? else {
        return Err(malformed("not an object"));
    };
    match top.get("format") {
        Some(Json::String(format)) if format == FORMAT => {}
        Some(Json::String(format)) => {
            return Err(DecodeError::OtherFormat(format.as_ref().to_owned()))
        }
        _ => return Err(malformed("no format")),
    }
    let version = top
        .get("version")
        .and_then(Json::as_u64)
        .ok_or_else(|| malformed("no version"))?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > VERSION {
        return Err(DecodeError::LaterVersion(version));
    }
    let doc = top.remove("doc").ok_or_else(|| malformed("no doc"))?;
    let mut book = match version {
        VERSION => current(doc, &top)?,
        1 => legacy::first_release(&doc.to_value())?,
        _ => legacy::workbook(&doc.to_value())?,
    };
    book.normalise();
    Ok(book)
}

/// Version 3: the exchange reader, then the device's own fields. What the reader
/// would only note and leave out (an organisation type it does not know) is refused instead:
/// the app wrote it, so it is kept for the user rather than dropped at the next save.
fn current(doc: Json, top: &Object) -> Decoded<Workbook> {
    let imported = exchange::read::read_tree(doc).map_err(malformed)?;
    if let Some(note) = imported.notes.first() {
        return Err(malformed(note.message(Lang::En)));
    }
    // The reader leaves the device's own fields at their defaults.
    let mut book = imported.book;
    let field = |key: &str| top.get(key).map(Json::to_value);
    book.lang = legacy::lang(field("lang").as_ref(), "lang", book.lang)?;
    book.thai_digits = legacy::flag(
        field("thai_digits").as_ref(),
        "thai_digits",
        book.thai_digits,
    )?;
    book.open_year = legacy::number(field("open_year").as_ref(), "open_year", book.open_year)?;
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::{Assessment, FrameworkChoice};
    use crate::{Indicator, OrgType, PlannedMeasure, RoundReport, Status};
    use serde_json::Value;

    /// Work with every field set: three years, measures with rounds, document settings,
    /// custom weights, a refused score, and fields of an imported file the app does not know.
    fn rich() -> Workbook {
        let mut book = crate::example::workbook(Lang::En, true).expect("the texts compiled in");
        // The example itself is never saved: this is work made from it.
        book.example = false;
        book.organisation.district = "เมือง".into();
        book.organisation.approved_by.name = "นายใหญ่ ใจกว้าง".into();
        book.organisation
            .extra
            .insert("website".into(), serde_json::json!("https://example.go.th"));
        book.extra.insert(
            "source".into(),
            serde_json::json!({"tool": "other", "precise": 0.30000000000000004, "list": [1, "ก", null, true]}),
        );
        book.thresholds.strength = "86".into();
        book.thresholds.lowest_is_urgent = false;
        book.open_year = 2566;
        let year = book.current_mut();
        year.framework = FrameworkChoice::Custom;
        year.custom.weights =
            ["5", "5", "5", "5", "5", "5", "10", "10", "20", "30.5"].map(String::from);
        year.scores[9] = "abc".into();
        year.ceilings[0] = "95".into();
        year.whatif[4] = "90.25".into();
        year.documents.texts.insert(
            "analysis.foreword".into(),
            "คำนำ <ของเรา> \"ทดสอบ\"\nบรรทัดสอง".into(),
        );
        year.documents
            .dates
            .insert("announcement".into(), "2026-10-01".into());
        year.documents.report_round = 6;
        year.documents.announcement_table = true;
        year.extra
            .insert("committee".into(), serde_json::json!(["ก", "ข"]));
        year.measures.push(PlannedMeasure {
            id: "own-1".into(),
            name: "มาตรการของเราเอง".into(),
            indicators: vec![Indicator::I2, Indicator::I10],
            steps: vec!["ขั้นที่ 1".into(), String::new(), "ขั้นที่ 3".into()],
            responsible: "สำนักปลัด".into(),
            period: "ต.ค. – ธ.ค.".into(),
            outputs: "คู่มือ 1 ฉบับ".into(),
            progress: [(
                3,
                RoundReport {
                    status: Status::NotStarted,
                    notes: "รองบประมาณ".into(),
                    ..Default::default()
                },
            )]
            .into_iter()
            .collect(),
            ..Default::default()
        });
        book
    }

    #[test]
    fn saved_work_reads_back_exactly() {
        let mut example = crate::example::workbook(Lang::Th, false).expect("the texts compiled in");
        example.example = false;
        for book in [rich(), Workbook::default(), example] {
            let text = encode(&book);
            assert!(
                text.starts_with("{\"format\":\"ita-selfcheck-state\",\"version\":3,\"lang\":\"")
            );
            assert!(decode(&text) == Ok(book), "{text}");
        }
    }

    #[test]
    fn the_saved_work_is_an_exchange_file_in_an_envelope() {
        let text = encode(&rich());
        let Ok(Value::Object(mut top)) = serde_json::from_str::<Value>(&text) else {
            panic!("an object: {text}");
        };
        assert_eq!(top.get("lang"), Some(&Value::from("en")));
        assert_eq!(top.get("thai_digits"), Some(&Value::Bool(true)));
        assert_eq!(top.get("open_year"), Some(&Value::from(2566)));
        let doc = serde_json::to_string(&top.remove("doc")).expect("JSON");
        let imported = exchange::read(doc.as_bytes()).expect("an exchange file");
        assert_eq!(imported.book.organisation, rich().organisation);
        assert_eq!(imported.book.years, rich().years);
    }

    #[test]
    fn work_saved_by_version_2_reads_as_it_was() {
        // Written by the version 2 code (serde's derived fields of the workbook) from `rich`.
        let v2 = include_str!("../tests/fixtures/stored-v2.json");
        assert!(decode(v2) == Ok(rich()));
        // Missing fields take their defaults: older saves still load.
        let partial =
            decode(r#"{"format":"ita-selfcheck-state","version":2,"doc":{"open_year":2564}}"#)
                .expect("reads");
        assert_eq!(partial.years, Workbook::default().years);
        assert_eq!(partial.open_year, Workbook::default().open_year);
        let typed = decode(
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"lang":"en",
            "organisation":{"name":"ก","type":null,"note":7},
            "years":[{"fiscal_year":2560,"measures":[{"name":"ข","progress":{"12":{"status":"done"}}}]}]}}"#,
        )
        .expect("reads");
        assert_eq!(typed.lang, Lang::En);
        assert_eq!(typed.organisation.org_type, None);
        assert_eq!(typed.organisation.extra.get("note"), Some(&Value::from(7)));
        let year: &Assessment = typed.current();
        assert_eq!(year.fiscal_year, 2560);
        assert_eq!(year.measures[0].progress[&12].status, Status::Done);
        assert_eq!(year.scores, Assessment::default().scores);
    }

    #[test]
    fn work_saved_by_the_first_release_becomes_one_year_of_the_workbook() {
        let v1 = r#"{"format":"ita-selfcheck-state","version":1,"doc":{
            "lang":"en","organisation":{"name":"อบต. ทดสอบ","type":"subdistrict-administration","province":"น่าน"},
            "fiscal_year":2564,"framework":"by-year","scores":["90","","abc","","","","","","","80"],
            "thresholds":{"strength":"80.00","excellent":"95.00","urgent":"70.00","lowest_is_urgent":false},
            "measures":[{"id":"m1","name":"มาตรการ ก","indicators":["i9"],"rhythm":"quarterly"}]}}"#;
        let doc = decode(v1).expect("a first-release save reads");
        assert_eq!(doc.lang, Lang::En);
        assert_eq!(doc.organisation.name, "อบต. ทดสอบ");
        assert_eq!(
            doc.organisation.org_type,
            Some(OrgType::SubdistrictAdministration)
        );
        assert_eq!(doc.years.len(), 1);
        assert_eq!(doc.open_year, 2564);
        let year = doc.current();
        assert_eq!(year.scores[0], "90");
        assert_eq!(year.scores[2], "abc", "refused text is kept as typed");
        assert_eq!(year.measures[0].name, "มาตรการ ก");
        assert_eq!(year.measures[0].indicators, [Indicator::I9]);
        assert_eq!(doc.thresholds.strength, "80.00");
        assert!(!doc.thresholds.lowest_is_urgent);
    }

    #[test]
    fn foreign_broken_and_later_text_is_refused() {
        for text in [
            "{not json",
            "[1,2]",
            r#"{"format":"ita-selfcheck-state"}"#,
            r#"{"format":"ita-selfcheck-state","version":2}"#,
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"years":{}}}"#,
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"lang":"fr"}}"#,
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"years":[{"scores":["1"]}]}}"#,
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"organisation":{"name":null}}}"#,
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"years":[{"measures":[{"indicators":["i11"]}]}]}}"#,
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"years":[{"measures":[{"progress":{"x":{}}}]}]}}"#,
            r#"{"format":"ita-selfcheck-state","version":2,"doc":{"open_year":70000}}"#,
            r#"{"format":"ita-selfcheck-state","version":3,"doc":{"format":"ita-selfcheck"}}"#,
            r#"{"format":"ita-selfcheck-state","version":3,"lang":1,"doc":{}}"#,
            r#"{"format":"ita-selfcheck-state","version":3,"doc":{"format":"ita-selfcheck","version":1,
                "organisation":{"type":"ministry"},"assessments":[{"fiscal_year":2568}]}}"#,
        ] {
            assert!(
                matches!(decode(text), Err(DecodeError::Malformed(_))),
                "{text}: {:?}",
                decode(text)
            );
        }
        // That last file reads as an import, with a note: saved work takes no notes.
        let import = r#"{"format":"ita-selfcheck","version":1,"organisation":{"type":"ministry"},"assessments":[{"fiscal_year":2568}]}"#;
        assert!(exchange::read(import.as_bytes()).is_ok_and(|i| !i.notes.is_empty()));
        assert_eq!(
            decode(r#"{"format":"other","version":1}"#),
            Err(DecodeError::OtherFormat("other".into()))
        );
        assert_eq!(
            decode(r#"{"format":"ita-selfcheck-state","version":4,"doc":{}}"#),
            Err(DecodeError::LaterVersion(4))
        );
        assert!(DecodeError::LaterVersion(4)
            .message(Lang::Th)
            .contains("รุ่นที่ใหม่กว่า"));
        assert!(DecodeError::LaterVersion(4)
            .message(Lang::En)
            .contains("later version"));
    }
}
