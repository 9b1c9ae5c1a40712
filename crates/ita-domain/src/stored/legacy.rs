//! Work saved by versions 1 and 2, read as they wrote it: each struct's fields by name, a
//! missing field at the struct's default, an unknown one ignored (or kept, in the
//! organisation), and a value of the wrong type refused, so that nothing is dropped silently.

use serde_json::{Map, Value};

use super::{malformed, Decoded};
use crate::documents::{DocumentInputs, TextMap};
use crate::workbook::{
    Assessment, CustomFramework, FrameworkChoice, Organisation, Person, ThresholdInputs, Workbook,
};
use crate::{Indicator, Lang, OrgType, PlannedMeasure, ResultRule, Rhythm, RoundReport, Status};

fn wrong(at: &str, expected: &str) -> super::DecodeError {
    malformed(format!("{at}: expected {expected}"))
}

fn object<'a>(value: &'a Value, at: &str) -> Decoded<&'a Map<String, Value>> {
    value.as_object().ok_or_else(|| wrong(at, "an object"))
}

fn list<'a>(value: &'a Value, at: &str) -> Decoded<&'a [Value]> {
    value
        .as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| wrong(at, "a list"))
}

fn text(value: &Value, at: &str) -> Decoded<String> {
    value
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| wrong(at, "text"))
}

/// A list, each item read by `read`.
fn each<T>(value: &Value, at: &str, read: fn(&Value, &str) -> Decoded<T>) -> Decoded<Vec<T>> {
    let mut items = Vec::new();
    for item in list(value, at)? {
        items.push(read(item, at)?);
    }
    Ok(items)
}

fn texts(value: &Value, at: &str) -> Decoded<Vec<String>> {
    each(value, at, text)
}

fn ten(value: &Value, at: &str) -> Decoded<[String; 10]> {
    texts(value, at)?
        .try_into()
        .map_err(|_| wrong(at, "ten texts"))
}

fn text_map(value: &Value, at: &str) -> Decoded<TextMap> {
    let mut map = TextMap::default();
    for (key, v) in object(value, at)? {
        map.insert(key.clone(), text(v, at)?);
    }
    Ok(map)
}

/// A code of `T`, by the function that reads it.
fn code<T>(value: &Value, at: &str, from_code: fn(&str) -> Option<T>) -> Decoded<T> {
    value
        .as_str()
        .and_then(from_code)
        .ok_or_else(|| wrong(at, "a known code"))
}

/// A yes or no, `default` when missing.
pub(super) fn flag(value: Option<&Value>, at: &str, default: bool) -> Decoded<bool> {
    value.map_or(Ok(default), |v| {
        v.as_bool().ok_or_else(|| wrong(at, "true or false"))
    })
}

/// A whole number that fits `T`, `default` when missing.
pub(super) fn number<T: TryFrom<u64>>(value: Option<&Value>, at: &str, default: T) -> Decoded<T> {
    value.map_or(Ok(default), |v| {
        v.as_u64()
            .and_then(|n| T::try_from(n).ok())
            .ok_or_else(|| wrong(at, "a whole number in range"))
    })
}

/// A language code, `default` when missing.
pub(super) fn lang(value: Option<&Value>, at: &str, default: Lang) -> Decoded<Lang> {
    value.map_or(Ok(default), |v| code(v, at, Lang::from_code))
}

/// Version 2: the workbook.
pub(super) fn workbook(doc: &Value) -> Decoded<Workbook> {
    let mut book = Workbook::default();
    for (key, value) in object(doc, "doc")? {
        match key.as_str() {
            "lang" => book.lang = lang(Some(value), key, book.lang)?,
            "thai_digits" => book.thai_digits = flag(Some(value), key, false)?,
            "organisation" => book.organisation = organisation(value)?,
            "thresholds" => book.thresholds = thresholds(value)?,
            "years" => book.years = each(value, key, assessment)?,
            "open_year" => book.open_year = number(Some(value), key, 0)?,
            "extra" => book.extra = object(value, key)?.clone(),
            _ => {}
        }
    }
    Ok(book)
}

/// Version 1: one assessment, its fields beside the organisation's.
pub(super) fn first_release(doc: &Value) -> Decoded<Workbook> {
    let mut book = Workbook::default();
    let mut year = Assessment::default();
    for (key, value) in object(doc, "doc")? {
        match key.as_str() {
            "lang" => book.lang = lang(Some(value), key, book.lang)?,
            "organisation" => book.organisation = organisation(value)?,
            "thresholds" => book.thresholds = thresholds(value)?,
            _ => assessment_field(&mut year, key, value)?,
        }
    }
    book.open_year = year.fiscal_year;
    book.years = vec![year];
    Ok(book)
}

fn organisation(value: &Value) -> Decoded<Organisation> {
    let mut org = Organisation::default();
    for (key, value) in object(value, "organisation")? {
        match key.as_str() {
            "name" => org.name = text(value, key)?,
            "type" if value.is_null() => org.org_type = None,
            "type" => org.org_type = Some(code(value, key, OrgType::from_code)?),
            "province" => org.province = text(value, key)?,
            "district" => org.district = text(value, key)?,
            "prepared_by" => org.prepared_by = person(value, key)?,
            "approved_by" => org.approved_by = person(value, key)?,
            _ => {
                org.extra.insert(key.clone(), value.clone());
            }
        }
    }
    Ok(org)
}

fn person(value: &Value, at: &str) -> Decoded<Person> {
    let mut person = Person::default();
    for (key, value) in object(value, at)? {
        match key.as_str() {
            "name" => person.name = text(value, key)?,
            "position" => person.position = text(value, key)?,
            _ => {}
        }
    }
    Ok(person)
}

fn thresholds(value: &Value) -> Decoded<ThresholdInputs> {
    let mut inputs = ThresholdInputs::default();
    for (key, value) in object(value, "thresholds")? {
        match key.as_str() {
            "strength" => inputs.strength = text(value, key)?,
            "excellent" => inputs.excellent = text(value, key)?,
            "urgent" => inputs.urgent = text(value, key)?,
            "lowest_is_urgent" => inputs.lowest_is_urgent = flag(Some(value), key, true)?,
            _ => {}
        }
    }
    Ok(inputs)
}

fn indicator(value: &Value, at: &str) -> Decoded<Indicator> {
    code(value, at, Indicator::from_code)
}

fn assessment(value: &Value, at: &str) -> Decoded<Assessment> {
    let mut year = Assessment::default();
    for (key, value) in object(value, at)? {
        match key.as_str() {
            "documents" => year.documents = documents(value)?,
            "extra" => year.extra = object(value, key)?.clone(),
            _ => assessment_field(&mut year, key, value)?,
        }
    }
    Ok(year)
}

/// A field the two versions share; others are ignored.
fn assessment_field(year: &mut Assessment, key: &str, value: &Value) -> Decoded<()> {
    match key {
        "fiscal_year" => year.fiscal_year = number(Some(value), key, 0)?,
        "framework" => year.framework = code(value, key, framework)?,
        "custom" => year.custom = custom(value)?,
        "scores" => year.scores = ten(value, key)?,
        "measures" => year.measures = each(value, key, measure)?,
        "ceilings" => year.ceilings = ten(value, key)?,
        "whatif" => year.whatif = ten(value, key)?,
        _ => {}
    }
    Ok(())
}

fn framework(code: &str) -> Option<FrameworkChoice> {
    match code {
        "by-year" => Some(FrameworkChoice::ByYear),
        "custom" => Some(FrameworkChoice::Custom),
        _ => None,
    }
}

fn custom(value: &Value) -> Decoded<CustomFramework> {
    let mut custom = CustomFramework::default();
    for (key, value) in object(value, "custom")? {
        match key.as_str() {
            "weights" => custom.weights = ten(value, key)?,
            "rule" => {
                custom.rule = code(value, key, ResultRule::from_code)?;
            }
            _ => {}
        }
    }
    Ok(custom)
}

fn documents(value: &Value) -> Decoded<DocumentInputs> {
    let mut inputs = DocumentInputs::default();
    for (key, value) in object(value, "documents")? {
        match key.as_str() {
            "texts" => inputs.texts = text_map(value, key)?,
            "dates" => inputs.dates = text_map(value, key)?,
            "report_round" => inputs.report_round = number(Some(value), key, 0)?,
            "announcement_table" => inputs.announcement_table = flag(Some(value), key, true)?,
            _ => {}
        }
    }
    Ok(inputs)
}

fn measure(value: &Value, at: &str) -> Decoded<PlannedMeasure> {
    let mut measure = PlannedMeasure::default();
    for (key, value) in object(value, at)? {
        match key.as_str() {
            "id" => measure.id = text(value, key)?,
            "catalogue_id" if value.is_null() => measure.catalogue_id = None,
            "catalogue_id" => measure.catalogue_id = Some(text(value, key)?),
            "name" => measure.name = text(value, key)?,
            "indicators" => measure.indicators = each(value, key, indicator)?,
            "guideline" => measure.guideline = text(value, key)?,
            "steps" => measure.steps = texts(value, key)?,
            "responsible" => measure.responsible = text(value, key)?,
            "period" => measure.period = text(value, key)?,
            "rhythm" => measure.rhythm = code(value, key, Rhythm::from_code)?,
            "outputs" => measure.outputs = text(value, key)?,
            "outcomes" => measure.outcomes = text(value, key)?,
            "progress" => {
                for (month, report) in object(value, key)? {
                    let month = month.parse().map_err(|_| wrong(key, "months as keys"))?;
                    measure.progress.insert(month, round(report)?);
                }
            }
            _ => {}
        }
    }
    Ok(measure)
}

fn round(value: &Value) -> Decoded<RoundReport> {
    let mut report = RoundReport::default();
    for (key, value) in object(value, "progress")? {
        match key.as_str() {
            "status" => report.status = code(value, key, Status::from_code)?,
            "done" => report.done = text(value, key)?,
            "outputs" => report.outputs = text(value, key)?,
            "outcomes" => report.outcomes = text(value, key)?,
            "notes" => report.notes = text(value, key)?,
            _ => {}
        }
    }
    Ok(report)
}
