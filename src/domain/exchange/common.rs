//! What reading a file means, apart from where the values come from: shared by the careful
//! reader (a JSON tree, with field paths for refusals) and the fast one (typed, for the
//! files this app and tools like it write), so that both build exactly the same work.

use crate::domain::analysis::Thresholds;
use crate::domain::exchange::read::ImportNote;
use crate::domain::workbook::{Assessment, Organisation, ThresholdInputs, Workbook};
use crate::domain::{Indicator, Lang, OrgType, ResultRule, Score, Weights};

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
        organisation,
        thresholds,
        open_year: years
            .iter()
            .map(|a| a.fiscal_year)
            .max()
            .unwrap_or_default(),
        years,
        extra,
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
        match typed.custom_rule {
            Some("levels") => assessment.custom.rule = ResultRule::Levels,
            Some("pass-mark") => assessment.custom.rule = ResultRule::PassMark,
            _ => {}
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
