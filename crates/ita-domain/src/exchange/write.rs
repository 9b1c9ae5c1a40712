//! Writing an exchange file: one organisation with all its years, thresholds, measures and
//! document settings, pretty-printed UTF-8 JSON with the fields in a readable order.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::documents::{Date, DocumentInputs};
use crate::exchange::common::{
    is_document, unknown_fields, ASSESSMENT_FIELDS, ORGANISATION_FIELDS,
};
use crate::exchange::{FORMAT, VERSION};
use crate::framework::CUSTOM_ID;
use crate::workbook::{Assessment, FrameworkChoice, Organisation, Person, Workbook};
use crate::{Indicator, PlannedMeasure, ResultRule, Weights};

/// How to write the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Leave out the organisation's name and the names of people.
    pub anonymise: bool,
    /// When it was written (an ISO 8601 date or time), if known.
    pub exported_at: Option<String>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<&'a str>,
    generator: String,
    organisation: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    thresholds: Option<ThresholdsOut>,
    assessments: Vec<AssessmentOut<'a>>,
    selfcheck: SelfcheckTop<'a>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

#[derive(Serialize)]
struct ThresholdsOut {
    strength: crate::Score,
    excellent: crate::Score,
    urgent: crate::Score,
    lowest_is_urgent: bool,
}

#[derive(Serialize)]
struct SelfcheckTop<'a> {
    thresholds: TypedThresholds<'a>,
}

#[derive(Serialize)]
struct TypedThresholds<'a> {
    strength: &'a str,
    excellent: &'a str,
    urgent: &'a str,
    lowest_is_urgent: bool,
}

/// The exchange file of a workbook, as pretty-printed JSON.
pub fn write(book: &Workbook, options: &ExportOptions) -> String {
    let thresholds = book.thresholds.thresholds().ok().map(|t| ThresholdsOut {
        strength: t.strength,
        excellent: t.excellent,
        urgent: t.urgent,
        lowest_is_urgent: t.lowest_is_urgent,
    });
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        exported_at: options.exported_at.as_deref(),
        generator: format!("ITA Self-Check {}", env!("CARGO_PKG_VERSION")),
        organisation: organisation(&book.organisation, options.anonymise),
        thresholds,
        assessments: book
            .years
            .iter()
            .map(|year| assessment(year, options.anonymise))
            .collect(),
        selfcheck: SelfcheckTop {
            thresholds: TypedThresholds {
                strength: &book.thresholds.strength,
                excellent: &book.thresholds.excellent,
                urgent: &book.thresholds.urgent,
                lowest_is_urgent: book.thresholds.lowest_is_urgent,
            },
        },
        extra: &book.extra,
    };
    // Serialising strings, numbers and maps with string keys cannot fail.
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

fn organisation(org: &Organisation, anonymise: bool) -> Value {
    let mut out = Map::new();
    if !anonymise {
        out.insert("name".into(), org.name.clone().into());
    }
    if let Some(kind) = org.org_type {
        out.insert("type".into(), kind.code().into());
    }
    out.insert("province".into(), org.province.clone().into());
    if !org.district.is_empty() {
        out.insert("district".into(), org.district.clone().into());
    }
    for (key, person) in [
        ("prepared_by", &org.prepared_by),
        ("approved_by", &org.approved_by),
    ] {
        if let Some(value) = person_out(person, anonymise) {
            out.insert(key.into(), value);
        }
    }
    // Fields kept from an imported file, less any the app now writes itself (an older version
    // kept them unchecked, not knowing them): the app's own value stands.
    out.extend(unknown_fields(&org.extra, &ORGANISATION_FIELDS));
    Value::Object(out)
}

fn person_out(person: &Person, anonymise: bool) -> Option<Value> {
    let mut out = Map::new();
    if !anonymise && !person.name.is_empty() {
        out.insert("name".into(), person.name.clone().into());
    }
    if !person.position.is_empty() {
        out.insert("position".into(), person.position.clone().into());
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

/// An assessment, its fields in the order the format describes them.
#[derive(Serialize)]
struct AssessmentOut<'a> {
    fiscal_year: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    framework: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_framework: Option<Value>,
    scores: Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<&'static str>,
    measures: Vec<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    documents: Option<DocumentsOut<'a>>,
    selfcheck: Map<String, Value>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// A year's document settings as the app reads them back.
#[derive(Serialize)]
struct DocumentsOut<'a> {
    #[serde(skip_serializing_if = "Pairs::is_empty")]
    texts: Pairs<'a>,
    #[serde(skip_serializing_if = "Pairs::is_empty")]
    dates: Pairs<'a>,
    report_round: u8,
    announcement_table: bool,
}

/// Texts by key, written as a JSON object in the order given (the order of the maps they come
/// from): no map of their own, which would add its own copy of the B-tree code to the wasm.
struct Pairs<'a>(Vec<(&'a str, &'a str)>);

impl Pairs<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Pairs<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().copied())
    }
}

fn assessment(year: &Assessment, anonymise: bool) -> AssessmentOut<'_> {
    // Custom weights that are not valid yet cannot be written as a framework: the year's own
    // framework stands in, and `selfcheck.framework_choice` brings the choice back.
    let custom = Weights::parse(&year.custom.weights)
        .ok()
        .filter(|_| year.framework == FrameworkChoice::Custom);
    let framework = match custom {
        Some(_) => Some(CUSTOM_ID),
        None => year.year_framework().map(|f| f.id),
    };
    let scores = super::object(Indicator::ALL.iter().filter_map(|&i| {
        let score = year.score_input(i).ok().flatten()?;
        Some((i.code().to_owned(), serde_json::to_value(score).ok()?))
    }));
    // Derived values, for people and tools reading the file; recomputed when imported.
    let (mut total, mut result, mut level) = (None, None, None);
    if let Ok(evaluation) = year.evaluation() {
        if let (Some(rounded), Some(outcome)) = (evaluation.total_rounded(), evaluation.outcome()) {
            total = Some(rounded.to_f64());
            result = Some(match (outcome.rule, outcome.passed) {
                (ResultRule::Levels, _) => outcome.level.label(),
                (ResultRule::PassMark, true) => "pass",
                (ResultRule::PassMark, false) => "not-passed",
            });
            level = Some(outcome.level.label());
        }
    }
    let mut selfcheck = Map::new();
    let choice = match year.framework {
        FrameworkChoice::ByYear => "by-year",
        FrameworkChoice::Custom => "custom",
    };
    selfcheck.insert("framework_choice".into(), choice.into());
    selfcheck.insert("scores".into(), strings(&year.scores));
    selfcheck.insert("ceilings".into(), strings(&year.ceilings));
    selfcheck.insert("whatif".into(), strings(&year.whatif));
    selfcheck.insert("custom_weights".into(), strings(&year.custom.weights));
    selfcheck.insert("custom_rule".into(), year.custom.rule.code().into());
    AssessmentOut {
        fiscal_year: year.fiscal_year,
        framework,
        custom_framework: custom.map(|weights| custom_framework(weights, year.custom.rule)),
        scores,
        total,
        result,
        level,
        measures: year.measures.iter().map(measure).collect(),
        documents: documents(&year.documents, anonymise),
        selfcheck,
        extra: unknown_fields(&year.extra, &ASSESSMENT_FIELDS),
    }
}

/// The year's document settings as they mean in the app, or `None` when they are the
/// defaults: rewritten drafts, emptied ones included (left out by *anonymise*: they usually
/// name the organisation and people), the dates that are real dates of known documents, and the
/// round the report covers (6 unless 12).
fn documents(inputs: &DocumentInputs, anonymise: bool) -> Option<DocumentsOut<'_>> {
    let texts = Pairs(
        inputs
            .texts
            .iter()
            .filter(|_| !anonymise)
            .map(|(id, text)| (id.as_str(), text.as_str()))
            .collect(),
    );
    let dates = Pairs(
        inputs
            .dates
            .iter()
            .filter(|(code, date)| is_document(code) && Date::parse_iso(date).is_some())
            .map(|(code, date)| (code.as_str(), date.as_str()))
            .collect(),
    );
    let out = DocumentsOut {
        texts,
        dates,
        report_round: inputs.round(),
        announcement_table: inputs.announcement_table,
    };
    let default = DocumentInputs::default();
    let is_default = out.texts.is_empty()
        && out.dates.is_empty()
        && out.report_round == default.report_round
        && out.announcement_table == default.announcement_table;
    (!is_default).then_some(out)
}

fn custom_framework(weights: Weights, rule: ResultRule) -> Value {
    let by_code = super::object(
        Indicator::ALL
            .iter()
            .map(|&i| (i.code().to_owned(), weights.of(i).into())),
    );
    serde_json::json!({ "weights": by_code, "rule": rule.code() })
}

fn measure(measure: &PlannedMeasure) -> Value {
    serde_json::to_value(measure).unwrap_or(Value::Null)
}

fn strings(texts: &[String; 10]) -> Value {
    Value::Array(texts.iter().map(|t| Value::String(t.clone())).collect())
}
