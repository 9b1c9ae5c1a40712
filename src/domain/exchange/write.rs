//! Writing an exchange file: one organisation with all its years, thresholds and measures,
//! pretty-printed UTF-8 JSON with the fields in a readable order.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::exchange::{FORMAT, VERSION};
use crate::domain::framework::CUSTOM_ID;
use crate::domain::workbook::{Assessment, FrameworkChoice, Organisation, Person, Workbook};
use crate::domain::{Indicator, PlannedMeasure, ResultRule, Weights};

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
    assessments: Vec<Value>,
    selfcheck: SelfcheckTop<'a>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

#[derive(Serialize)]
struct ThresholdsOut {
    strength: crate::domain::Score,
    excellent: crate::domain::Score,
    urgent: crate::domain::Score,
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
        assessments: book.years.iter().map(assessment).collect(),
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
    for (key, person) in [
        ("prepared_by", &org.prepared_by),
        ("approved_by", &org.approved_by),
    ] {
        if let Some(value) = person_out(person, anonymise) {
            out.insert(key.into(), value);
        }
    }
    for (key, value) in &org.extra {
        out.insert(key.clone(), value.clone());
    }
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

fn assessment(year: &Assessment) -> Value {
    let mut out = Map::new();
    out.insert("fiscal_year".into(), year.fiscal_year.into());
    // Custom weights that are not valid yet cannot be written as a framework: the year's own
    // framework stands in, and `selfcheck.framework_choice` brings the choice back.
    let custom = Weights::parse(&year.custom.weights)
        .ok()
        .filter(|_| year.framework == FrameworkChoice::Custom);
    let framework = match custom {
        Some(_) => Some(CUSTOM_ID),
        None => year.year_framework().map(|f| f.id),
    };
    if let Some(id) = framework {
        out.insert("framework".into(), id.into());
    }
    if let Some(weights) = custom {
        out.insert(
            "custom_framework".into(),
            custom_framework(weights, year.custom.rule),
        );
    }
    let scores: Map<String, Value> = Indicator::ALL
        .iter()
        .filter_map(|&i| {
            let score = year.score_input(i).ok().flatten()?;
            Some((i.code().to_owned(), serde_json::to_value(score).ok()?))
        })
        .collect();
    out.insert("scores".into(), Value::Object(scores));
    // Derived values, for people and tools reading the file; recomputed when imported.
    if let Ok(evaluation) = year.evaluation() {
        if let (Some(total), Some(outcome)) = (evaluation.total_rounded(), evaluation.outcome()) {
            let total: f64 = total.to_string().parse().unwrap_or_default();
            out.insert("total".into(), total.into());
            let result = match (outcome.rule, outcome.passed) {
                (ResultRule::Levels, _) => outcome.level.label(),
                (ResultRule::PassMark, true) => "pass",
                (ResultRule::PassMark, false) => "not-passed",
            };
            out.insert("result".into(), result.into());
            out.insert("level".into(), outcome.level.label().into());
        }
    }
    out.insert(
        "measures".into(),
        Value::Array(year.measures.iter().map(measure).collect()),
    );
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
    let rule = match year.custom.rule {
        ResultRule::Levels => "levels",
        ResultRule::PassMark => "pass-mark",
    };
    selfcheck.insert("custom_rule".into(), rule.into());
    out.insert("selfcheck".into(), Value::Object(selfcheck));
    for (key, value) in &year.extra {
        out.insert(key.clone(), value.clone());
    }
    Value::Object(out)
}

fn custom_framework(weights: Weights, rule: ResultRule) -> Value {
    let weights: Map<String, Value> = Indicator::ALL
        .iter()
        .map(|&i| (i.code().to_owned(), weights.of(i).into()))
        .collect();
    let rule = match rule {
        ResultRule::Levels => "levels",
        ResultRule::PassMark => "pass-mark",
    };
    serde_json::json!({ "weights": weights, "rule": rule })
}

fn measure(measure: &PlannedMeasure) -> Value {
    serde_json::to_value(measure).unwrap_or(Value::Null)
}

fn strings(texts: &[String; 10]) -> Value {
    Value::Array(texts.iter().map(|t| Value::String(t.clone())).collect())
}
