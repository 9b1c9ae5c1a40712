//! What reading a file means, apart from walking its JSON tree: the fields the format knows
//! (which the writer shares) and how the values read become the work.

use crate::analysis::Thresholds;
use crate::documents::{Date, DocKind, DocumentInputs, REPORT_ROUNDS};
use crate::exchange::read::ImportNote;
use crate::workbook::{Assessment, Organisation, ThresholdInputs, Workbook};
use crate::{Indicator, Lang, OrgType, ResultRule, Score, Weights};

/// The fields of `organisation` this app reads; any other is kept as it is and written back.
pub(super) const ORGANISATION_FIELDS: [&str; 6] = [
    "name",
    "type",
    "province",
    "district",
    "prepared_by",
    "approved_by",
];

/// The fields of an assessment this app reads or works out again; any other is kept as it is
/// and written back.
pub(super) const ASSESSMENT_FIELDS: [&str; 10] = [
    "fiscal_year",
    "framework",
    "custom_framework",
    "scores",
    "total",
    "result",
    "level",
    "measures",
    "documents",
    "selfcheck",
];

/// The fields of `map` that are not among `known`: when writing, those kept from a file less
/// any the app now writes itself. (The reader keeps them the same way from its own tree,
/// [`super::read::Object::unknown`].)
pub(super) fn unknown_fields(
    map: &serde_json::Map<String, serde_json::Value>,
    known: &[&str],
) -> serde_json::Map<String, serde_json::Value> {
    super::object(
        map.iter()
            .filter(|(key, _)| !known.contains(&key.as_str()))
            .map(|(key, value)| (key.clone(), value.clone())),
    )
}

/// The documents a date may be given for, as a refusal lists them ([`DocKind::code`]).
pub(super) const DOCUMENT_CODES: &str = "analysis, announcement, declaration, report";

/// The rounds an implementation report may cover, as a refusal lists them ([`REPORT_ROUNDS`]).
pub(super) const REPORT_ROUND_CODES: &str = "6, 12";

/// A rewritten draft as the file gives it (a `null` is no rewrite and never comes here). An
/// empty text is kept: the user emptied the paragraph, and the document leaves blanks there to
/// fill in by hand. Ids the app does not know are kept: a later version may have more drafts.
pub(super) fn add_document_text(documents: &mut DocumentInputs, id: &str, text: String) {
    documents.texts.insert(id.to_owned(), text);
}

/// A document's date as the file gives it: an empty text is no date. `false` when the text is
/// not a date written `yyyy-mm-dd` (the code is one of [`DocKind::ALL`]'s, checked before).
pub(super) fn add_document_date(documents: &mut DocumentInputs, code: &str, date: &str) -> bool {
    if date.is_empty() {
        return true;
    }
    if Date::parse_iso(date).is_none() {
        return false;
    }
    documents.dates.insert(code.to_owned(), date.to_owned());
    true
}

/// Whether a key of `dates` names a document.
pub(super) fn is_document(code: &str) -> bool {
    DocKind::from_code(code).is_some()
}

/// The round an implementation report covers, from the file's number, if it is one.
pub(super) fn report_round(number: u64) -> Option<u8> {
    REPORT_ROUNDS
        .into_iter()
        .find(|&round| u64::from(round) == number)
}

/// The organisation type written as a code or a Thai or English label; an unknown one is
/// noted for the user and left unset.
pub(super) fn org_type(typed: &str, notes: &mut Vec<ImportNote>) -> Option<OrgType> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let found = OrgType::from_code(typed).or_else(|| {
        OrgType::ALL.into_iter().find(|t| {
            [Lang::Th, Lang::En].iter().any(|&l| {
                let label = t.label(l);
                label == typed || label.split(" (").next() == Some(typed)
            })
        })
    });
    if found.is_none() {
        notes.push(ImportNote::UnknownOrgType(typed.to_owned()));
    }
    found
}

/// The work a file holds, opened at its latest year, in Thai (the language is the user's,
/// not the file's).
pub(super) fn imported_book(
    organisation: Organisation,
    thresholds: ThresholdInputs,
    years: Vec<Assessment>,
    extra: serde_json::Map<String, serde_json::Value>,
) -> Workbook {
    let mut book = Workbook {
        lang: Lang::Th,
        thai_digits: false,
        organisation,
        thresholds,
        open_year: years
            .iter()
            .map(|a| a.fiscal_year)
            .max()
            .unwrap_or_default(),
        years,
        extra,
        example: false,
    };
    book.normalise();
    book
}

/// Thresholds as the settings panel writes them.
pub(super) fn threshold_inputs(thresholds: &Thresholds) -> ThresholdInputs {
    ThresholdInputs {
        strength: thresholds.strength.to_string(),
        excellent: thresholds.excellent.to_string(),
        urgent: thresholds.urgent.to_string(),
        lowest_is_urgent: thresholds.lowest_is_urgent,
    }
}

/// The thresholds as typed, from the app's `selfcheck` block.
pub(super) struct TypedThresholds<'a> {
    pub strength: Option<&'a str>,
    pub excellent: Option<&'a str>,
    pub urgent: Option<&'a str>,
    pub lowest_is_urgent: Option<bool>,
}

/// The thresholds as typed replace the numbers where they mean the same, or where the file
/// gave no numbers (typed but not valid yet).
pub(super) fn with_typed_thresholds(
    inputs: ThresholdInputs,
    file_gave_numbers: bool,
    typed: &TypedThresholds,
) -> ThresholdInputs {
    let mut candidate = inputs.clone();
    if let (Some(s), Some(e), Some(u)) = (typed.strength, typed.excellent, typed.urgent) {
        candidate.strength = s.to_owned();
        candidate.excellent = e.to_owned();
        candidate.urgent = u.to_owned();
    }
    if let Some(lowest) = typed.lowest_is_urgent {
        candidate.lowest_is_urgent = lowest;
    }
    if !file_gave_numbers || candidate.thresholds() == inputs.thresholds() {
        candidate
    } else {
        inputs
    }
}

/// What was typed in an assessment, from the app's `selfcheck` block.
pub(super) struct TypedInputs<'a> {
    pub scores: Option<[String; 10]>,
    pub ceilings: Option<[String; 10]>,
    pub whatif: Option<[String; 10]>,
    pub custom_weights: Option<[String; 10]>,
    pub custom_rule: Option<&'a str>,
}

/// Restores what was typed: a typed score replaces the number only where it means the same
/// (so the data always wins), and a refused entry that was never a number comes back as it
/// was; ceilings and what-if come back as typed; custom weights come back unless the file's
/// own valid custom framework says otherwise.
pub(super) fn restore(assessment: &mut Assessment, custom_in_file: bool, typed: TypedInputs) {
    if let Some(scores) = typed.scores {
        for indicator in Indicator::ALL {
            let n = indicator.index();
            let from_data = Score::parse(&assessment.scores[n]).ok().flatten();
            match Score::parse(&scores[n]) {
                Ok(parsed) if parsed == from_data => assessment.scores[n] = scores[n].clone(),
                Err(_) if from_data.is_none() => assessment.scores[n] = scores[n].clone(),
                _ => {}
            }
        }
    }
    if let Some(ceilings) = typed.ceilings {
        assessment.ceilings = ceilings;
    }
    if let Some(whatif) = typed.whatif {
        assessment.whatif = whatif;
    }
    let weights = typed
        .custom_weights
        .unwrap_or_else(|| assessment.custom.weights.clone());
    if !custom_in_file || Weights::parse(&weights) == Weights::parse(&assessment.custom.weights) {
        assessment.custom.weights = weights;
        if let Some(rule) = typed.custom_rule.and_then(ResultRule::from_code) {
            assessment.custom.rule = rule;
        }
    }
}

/// The round of a `progress` key.
pub(super) fn round_month(key: &str) -> Option<u8> {
    match key {
        "3" => Some(3),
        "6" => Some(6),
        "9" => Some(9),
        "12" => Some(12),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listed_codes_are_the_apps_own() {
        let codes: Vec<&str> = DocKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(DOCUMENT_CODES, codes.join(", "));
        let rounds: Vec<String> = REPORT_ROUNDS.iter().map(u8::to_string).collect();
        assert_eq!(REPORT_ROUND_CODES, rounds.join(", "));
    }

    #[test]
    fn emptied_texts_are_kept_empty_dates_are_not_and_a_date_must_exist() {
        let mut documents = DocumentInputs::default();
        add_document_text(&mut documents, "analysis.foreword", String::new());
        add_document_text(&mut documents, "later.draft", "ข้อความ".into());
        assert_eq!(documents.texts.len(), 2);
        assert_eq!(documents.texts["analysis.foreword"], "");
        assert!(add_document_date(&mut documents, "report", ""));
        assert!(!add_document_date(&mut documents, "report", "2025-02-30"));
        assert!(!add_document_date(&mut documents, "report", "1/10/2025"));
        assert!(documents.dates.is_empty());
        assert!(add_document_date(&mut documents, "report", "2024-02-29"));
        assert_eq!(documents.dates["report"], "2024-02-29");
        assert_eq!(report_round(12), Some(12));
        assert_eq!(report_round(9), None);
        assert_eq!(report_round(6 + (1 << 32)), None);
    }
}
