//! The exchange file (ITA.md §8, `docs/exchange-format.md`): how results are shared as JSON
//! between agencies, their supervisors and next year's self.

mod common;
pub mod error;
pub mod merge;
pub mod read;
pub mod write;

pub use error::{FieldPath, ImportError, Problem};
pub use merge::{merge, MergePlan};
pub use read::{read, ImportNote, Imported};
pub use write::{write, ExportOptions};

/// The value of the `format` field.
pub const FORMAT: &str = "ita-selfcheck";
/// The version this app writes, and the latest it reads.
pub const VERSION: u64 = 1;
/// The largest file read: 20 MB.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// A JSON object of `pairs`, inserted one by one (a later key replaces an earlier one):
/// `collect()` into a map would sort them first, with a copy of the standard sort of its own
/// ([`crate::sort`]).
pub(crate) fn object(
    pairs: impl IntoIterator<Item = (String, serde_json::Value)>,
) -> serde_json::Map<String, serde_json::Value> {
    let mut object = serde_json::Map::new();
    object.extend(pairs);
    object
}

/// The file name for a workbook's export: organisation, fiscal years and date, safe
/// characters only.
pub fn file_name(book: &crate::workbook::Workbook, anonymise: bool, date: &str) -> String {
    let years = match (book.years.first(), book.years.last()) {
        (Some(first), Some(last)) if first.fiscal_year != last.fiscal_year => {
            format!("{}-{}", first.fiscal_year, last.fiscal_year)
        }
        (Some(only), _) => only.fiscal_year.to_string(),
        _ => String::new(),
    };
    let name = if anonymise {
        "anonymous"
    } else {
        book.organisation.name.as_str()
    };
    crate::filename::safe_filename(&["ita", name, &years, date], "json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::{FrameworkChoice, Workbook};
    use crate::{Lang, PlannedMeasure, RoundReport, Status};

    fn sample() -> Workbook {
        let mut book = Workbook::default();
        book.organisation.name = "เทศบาลตำบล \"บ้านใหม่\" <ทดสอบ>".into();
        book.organisation.province = "เชียงใหม่".into();
        book.organisation.prepared_by.name = "นางสาวสมใจ ใจดี".into();
        book.organisation.prepared_by.position = "นักวิเคราะห์นโยบายและแผน".into();
        book.thresholds.strength = "86".into();
        let _ = book.add_year(2568, false);
        {
            let year = book.current_mut();
            year.scores = [
                "90.5", "88", "99.45", "91", "86.2", "92", "84.1", "80", "95", "abc",
            ]
            .map(String::from);
            year.ceilings[0] = "95".into();
            let mut measure = PlannedMeasure {
                id: "m1".into(),
                name: "มาตรการ ก".into(),
                ..Default::default()
            };
            measure.progress.insert(
                6,
                RoundReport {
                    status: Status::Done,
                    outputs: "3 ครั้ง".into(),
                    ..Default::default()
                },
            );
            year.measures.push(measure);
        }
        let _ = book.add_year(2560, false);
        book.current_mut().framework = FrameworkChoice::Custom;
        book.current_mut().scores[0] = "๘๓,๖๕".into();
        book
    }

    #[test]
    fn a_workbook_survives_the_round_trip_exactly() {
        let mut book = sample();
        book.lang = Lang::Th;
        let text = write(&book, &ExportOptions::default());
        let back = read(text.as_bytes()).expect("reads back");
        assert!(back.notes.is_empty());
        let mut expected = book.clone();
        expected.open_year = 2569;
        assert_eq!(back.book, expected);
        assert!(
            text.contains("\"scores\": {\n        \"i1\": 83.65"),
            "{text}"
        );
    }

    #[test]
    fn custom_weights_not_yet_valid_still_make_a_readable_file() {
        let mut book = Workbook::default();
        book.current_mut().framework = FrameworkChoice::Custom;
        book.current_mut().custom.weights[0] = "7".into();
        let text = write(&book, &ExportOptions::default());
        assert!(text.contains("\"framework\": \"ita-2566\""));
        let back = read(text.as_bytes()).expect("reads back");
        assert_eq!(back.book, book);
        let mut orphan = book.clone();
        orphan.years[0].fiscal_year = 2575;
        orphan.open_year = 2575;
        let back = read(write(&orphan, &ExportOptions::default()).as_bytes()).expect("reads back");
        assert_eq!(back.book, orphan);
    }

    #[test]
    fn anonymising_drops_names_but_keeps_the_rest() {
        let text = write(
            &sample(),
            &ExportOptions {
                anonymise: true,
                exported_at: None,
            },
        );
        assert!(!text.contains("บ้านใหม่") && !text.contains("สมใจ"));
        assert!(text.contains("นักวิเคราะห์นโยบายและแผน") && text.contains("เชียงใหม่"));
        let back = read(text.as_bytes()).expect("reads back");
        assert_eq!(back.book.organisation.name, "");
    }

    #[test]
    fn file_names_are_safe_and_say_whose_and_when() {
        let book = sample();
        assert_eq!(
            file_name(&book, false, "2026-11-22"),
            "ita-เทศบาลตำบล-บ้านใหม่-ทดสอบ-2560-2569-2026-11-22.json"
        );
        assert_eq!(
            file_name(&book, true, "2026-11-22"),
            "ita-anonymous-2560-2569-2026-11-22.json"
        );
    }
}
