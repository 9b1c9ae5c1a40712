//! The fast reader: the files ITA Self-Check and tools like it write, read straight into typed
//! fields with no JSON tree in between. It refuses nothing: anything it does not model (an
//! unknown field, a `null` where a number belongs, a Thai indicator name as a key, a value out
//! of range…) hands the file to the careful reader, which decides and says why. Where it
//! accepts, it builds exactly what the careful reader builds (a property test checks this).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde::de::{Error as _, MapAccess, SeqAccess};
use serde::Deserialize;
use serde_json::Map;

use crate::documents::DocumentInputs;
use crate::exchange::common::{
    add_document_date, add_document_text, imported_book, is_document, org_type, report_round,
    restore, round_month, threshold_inputs, with_typed_thresholds, TypedInputs, TypedThresholds,
};
use crate::exchange::read::{Imported, MAX_MEASURES, MAX_VALUES};
use crate::exchange::{FORMAT, VERSION};
use crate::framework::{CUSTOM_ID, FRAMEWORKS};
use crate::plan::next_measure_id;
use crate::workbook::{
    Assessment, CustomFramework, FrameworkChoice, Organisation, Person, ThresholdInputs, YEAR_RANGE,
};
use crate::{
    Indicator, PlannedMeasure, ResultRule, Rhythm, RoundReport, Score, Status, Thresholds, Weights,
};

/// A string borrowed from the file when it has no escapes, owned when it has. (serde borrows
/// a bare `Cow` field but not one inside an `Option` or a list.)
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Txt<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Txt<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Txt<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("text")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Txt<'de>, E> {
                Ok(Txt(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Txt<'de>, E> {
                Ok(Txt(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Txt<'de>, E> {
                Ok(Txt(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl std::ops::Deref for Txt<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

type Text<'a> = Option<Txt<'a>>;

/// The largest file read the fast way. Each value after the first takes at least two bytes
/// (`0,`), so a file this size holds far fewer than [`MAX_VALUES`] values and the careful
/// reader never refuses it for its size; and what the fast reader builds from it stays small.
const MAX_BYTES_FAST: usize = MAX_VALUES;

/// One assessment per fiscal year at most.
const MOST_YEARS: usize = (*YEAR_RANGE.end() - *YEAR_RANGE.start()) as usize + 1;

/// A list of at most `N` items: a longer one leaves the file to the careful reader (which
/// refuses it) before it is built.
struct Bounded<T, const N: usize>(Vec<T>);

impl<'de, T: Deserialize<'de>, const N: usize> Deserialize<'de> for Bounded<T, N> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T, const N: usize>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>, const N: usize> serde::de::Visitor<'de> for Visitor<T, N> {
            type Value = Bounded<T, N>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "a list of at most {N}")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    if items.len() == N {
                        return Err(A::Error::custom("too many"));
                    }
                    items.push(item);
                }
                Ok(Bounded(items))
            }
        }
        deserializer.deserialize_seq(Visitor(std::marker::PhantomData))
    }
}

impl<T, const N: usize> std::ops::Deref for Bounded<T, N> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

/// A JSON object read into `T`. serde lets a struct be written as a list of its fields in
/// order (`[85, 95, 75]` for the thresholds), which the careful reader refuses: this does too.
struct Obj<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
            type Value = Obj<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Obj<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Obj)
            }
        }
        deserializer.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

impl<T> std::ops::Deref for Obj<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A measure's rounds in file order: at most four, none twice (the careful reader refuses a
/// key given twice; a map would quietly keep the last).
struct Rounds<'a>(Vec<(Txt<'a>, Obj<Round<'a>>)>);

impl<'de: 'a, 'a> Deserialize<'de> for Rounds<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Rounds<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("rounds")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Rounds<'de>, A::Error> {
                let mut rounds: Vec<(Txt<'de>, Obj<Round<'de>>)> = Vec::new();
                while let Some((key, round)) = map.next_entry::<Txt<'de>, Obj<Round<'de>>>()? {
                    if rounds.len() == 4 || rounds.iter().any(|(k, _)| *k == key) {
                        return Err(A::Error::custom("not a round"));
                    }
                    rounds.push((key, round));
                }
                Ok(Rounds(rounds))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// An object of texts by key (`documents.texts`, `documents.dates`), `null` values kept as
/// `None`; a key given twice leaves the file to the careful reader, which refuses it.
struct Entries<'a>(BTreeMap<Txt<'a>, Text<'a>>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("texts by key")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'de>, A::Error> {
                let mut entries = BTreeMap::new();
                while let Some((key, text)) = map.next_entry::<Txt<'de>, Text<'de>>()? {
                    if entries.insert(key, text).is_some() {
                        return Err(A::Error::custom("a key appears twice"));
                    }
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// A value that is read and dropped (`total`, `generator`…), checked as the careful reader
/// checks every value: valid JSON with numbers in range, no key twice in an object, nesting
/// within the parser's limit (which `IgnoredAny` would not check).
struct Skipped;

impl<'de> Deserialize<'de> for Skipped {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Skipped;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_bool<E>(self, _: bool) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_str<E>(self, _: &str) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_unit<E>(self) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skipped, A::Error> {
                while seq.next_element::<Skipped>()?.is_some() {}
                Ok(Skipped)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skipped, A::Error> {
                let mut keys = BTreeSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !keys.insert(key) {
                        return Err(A::Error::custom("a key appears twice"));
                    }
                    map.next_value::<Skipped>()?;
                }
                Ok(Skipped)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

fn owned(text: &Text) -> String {
    text.as_deref().unwrap_or_default().to_owned()
}

/// A value that must be there if its key is: `null` is not accepted (the careful reader
/// refuses it for numbers and flags).
struct Strict<T>(Option<T>);

impl<T> Default for Strict<T> {
    fn default() -> Self {
        Strict(None)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Strict<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(|v| Strict(Some(v)))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File<'a> {
    #[serde(borrow)]
    format: Txt<'a>,
    version: u64,
    // Accepted and not kept, as the careful reader does.
    #[serde(default, rename = "exported_at")]
    _exported_at: Option<Skipped>,
    #[serde(default, rename = "generator")]
    _generator: Option<Skipped>,
    #[serde(default, borrow)]
    organisation: Option<Obj<Org<'a>>>,
    #[serde(default)]
    thresholds: Option<Obj<Lines>>,
    #[serde(borrow)]
    assessments: Bounded<Obj<Year<'a>>, MOST_YEARS>,
    #[serde(default, borrow)]
    selfcheck: Option<Obj<TopSelfcheck<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Org<'a> {
    #[serde(default, borrow)]
    name: Text<'a>,
    #[serde(default, borrow, rename = "type")]
    kind: Text<'a>,
    #[serde(default, borrow)]
    province: Text<'a>,
    #[serde(default, borrow)]
    district: Text<'a>,
    #[serde(default, borrow)]
    prepared_by: Option<Obj<Someone<'a>>>,
    #[serde(default, borrow)]
    approved_by: Option<Obj<Someone<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Someone<'a> {
    #[serde(default, borrow)]
    name: Text<'a>,
    #[serde(default, borrow)]
    position: Text<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Lines {
    #[serde(default)]
    strength: Strict<f64>,
    #[serde(default)]
    excellent: Strict<f64>,
    #[serde(default)]
    urgent: Strict<f64>,
    #[serde(default)]
    lowest_is_urgent: Strict<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopSelfcheck<'a> {
    #[serde(default, borrow)]
    thresholds: Strict<Obj<TypedLines<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TypedLines<'a> {
    #[serde(default, borrow)]
    strength: Strict<Txt<'a>>,
    #[serde(default, borrow)]
    excellent: Strict<Txt<'a>>,
    #[serde(default, borrow)]
    urgent: Strict<Txt<'a>>,
    #[serde(default)]
    lowest_is_urgent: Strict<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Year<'a> {
    fiscal_year: u64,
    #[serde(default, borrow)]
    framework: Text<'a>,
    #[serde(default, borrow)]
    custom_framework: Option<Obj<Custom<'a>>>,
    #[serde(default)]
    scores: Option<Obj<Scores>>,
    // Worked out again on import, as the careful reader does.
    #[serde(default, rename = "total")]
    _total: Option<Skipped>,
    #[serde(default, rename = "result")]
    _result: Option<Skipped>,
    #[serde(default, rename = "level")]
    _level: Option<Skipped>,
    #[serde(default, borrow)]
    measures: Option<Bounded<Obj<Measure<'a>>, MAX_MEASURES>>,
    #[serde(default, borrow)]
    documents: Option<Obj<Documents<'a>>>,
    #[serde(default, borrow)]
    selfcheck: Option<Obj<YearSelfcheck<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Documents<'a> {
    #[serde(default, borrow)]
    texts: Option<Entries<'a>>,
    #[serde(default, borrow)]
    dates: Option<Entries<'a>>,
    #[serde(default)]
    report_round: Strict<u64>,
    #[serde(default)]
    announcement_table: Strict<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scores {
    #[serde(default)]
    i1: Option<f64>,
    #[serde(default)]
    i2: Option<f64>,
    #[serde(default)]
    i3: Option<f64>,
    #[serde(default)]
    i4: Option<f64>,
    #[serde(default)]
    i5: Option<f64>,
    #[serde(default)]
    i6: Option<f64>,
    #[serde(default)]
    i7: Option<f64>,
    #[serde(default)]
    i8: Option<f64>,
    #[serde(default)]
    i9: Option<f64>,
    #[serde(default)]
    i10: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Custom<'a> {
    weights: Obj<Weights10>,
    #[serde(default, borrow)]
    rule: Text<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Weights10 {
    i1: u64,
    i2: u64,
    i3: u64,
    i4: u64,
    i5: u64,
    i6: u64,
    i7: u64,
    i8: u64,
    i9: u64,
    i10: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Measure<'a> {
    #[serde(default, borrow)]
    id: Text<'a>,
    #[serde(default, borrow)]
    catalogue_id: Text<'a>,
    #[serde(default, borrow)]
    name: Text<'a>,
    #[serde(default, borrow)]
    indicators: Option<Vec<Txt<'a>>>,
    #[serde(default, borrow)]
    guideline: Text<'a>,
    #[serde(default, borrow)]
    steps: Option<Vec<Txt<'a>>>,
    #[serde(default, borrow)]
    responsible: Text<'a>,
    #[serde(default, borrow)]
    period: Text<'a>,
    #[serde(default, borrow)]
    rhythm: Text<'a>,
    #[serde(default, borrow)]
    outputs: Text<'a>,
    #[serde(default, borrow)]
    outcomes: Text<'a>,
    #[serde(default, borrow)]
    progress: Option<Rounds<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Round<'a> {
    #[serde(default, borrow)]
    status: Text<'a>,
    #[serde(default, borrow)]
    done: Text<'a>,
    #[serde(default, borrow)]
    outputs: Text<'a>,
    #[serde(default, borrow)]
    outcomes: Text<'a>,
    #[serde(default, borrow)]
    notes: Text<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YearSelfcheck<'a> {
    #[serde(default, borrow)]
    framework_choice: Strict<Txt<'a>>,
    #[serde(default, borrow)]
    scores: Strict<Vec<Txt<'a>>>,
    #[serde(default, borrow)]
    ceilings: Strict<Vec<Txt<'a>>>,
    #[serde(default, borrow)]
    whatif: Strict<Vec<Txt<'a>>>,
    #[serde(default, borrow)]
    custom_weights: Strict<Vec<Txt<'a>>>,
    #[serde(default, borrow)]
    custom_rule: Strict<Txt<'a>>,
}

fn ten(list: &Strict<Vec<Txt>>) -> Option<[String; 10]> {
    let list = list.0.as_ref()?;
    (list.len() == 10).then(|| std::array::from_fn(|n| list[n].to_owned()))
}

/// Reads a file the fast way, or `None` to leave it to the careful reader.
pub(super) fn try_read(bytes: &[u8]) -> Option<Imported> {
    if bytes.len() > MAX_BYTES_FAST {
        return None;
    }
    // One pass checks the UTF-8 first: reading from a `str` is the same serde_json code the
    // careful reader and the saved work use, where a reader over bytes would be a second copy
    // of the parser in the app (4 KiB gzipped, measured).
    let text = std::str::from_utf8(bytes).ok()?;
    let file: Obj<File> = serde_json::from_str(text).ok()?;
    let file = file.0;
    if &*file.format != FORMAT
        || !(1..=VERSION).contains(&file.version)
        || file.assessments.is_empty()
    {
        return None;
    }
    let mut notes = Vec::new();
    let organisation = file.organisation.map_or_else(Organisation::default, |org| {
        let person = |p: &Option<Obj<Someone>>| {
            p.as_ref().map_or_else(Person::default, |p| Person {
                name: owned(&p.name),
                position: owned(&p.position),
            })
        };
        Organisation {
            name: owned(&org.name),
            org_type: org_type(org.kind.as_deref().unwrap_or_default(), &mut notes),
            province: owned(&org.province),
            district: owned(&org.district),
            prepared_by: person(&org.prepared_by),
            approved_by: person(&org.approved_by),
            extra: Map::new(),
        }
    });
    let typed_lines = file
        .selfcheck
        .as_ref()
        .and_then(|s| s.thresholds.0.as_ref());
    let thresholds_given = file.thresholds.is_some() || typed_lines.is_some();
    let mut thresholds = ThresholdInputs::default();
    if let Some(lines) = &file.thresholds {
        let defaults = Thresholds::default();
        let line = |l: &Strict<f64>, default: Score| {
            l.0.map_or(Some(default), |f| Score::from_f64(f).ok())
        };
        let checked = Thresholds::new(
            line(&lines.strength, defaults.strength)?,
            line(&lines.excellent, defaults.excellent)?,
            line(&lines.urgent, defaults.urgent)?,
            lines
                .lowest_is_urgent
                .0
                .unwrap_or(defaults.lowest_is_urgent),
        )
        .ok()?;
        thresholds = threshold_inputs(&checked);
    }
    if let Some(typed) = typed_lines {
        let typed = TypedThresholds {
            strength: typed.strength.0.as_deref(),
            excellent: typed.excellent.0.as_deref(),
            urgent: typed.urgent.0.as_deref(),
            lowest_is_urgent: typed.lowest_is_urgent.0,
        };
        thresholds = with_typed_thresholds(thresholds, file.thresholds.is_some(), &typed);
    }
    let mut years: Vec<Assessment> = Vec::with_capacity(file.assessments.len());
    for year in file.assessments.iter() {
        let assessment = assessment(year)?;
        if years
            .iter()
            .any(|a| a.fiscal_year == assessment.fiscal_year)
        {
            return None;
        }
        years.push(assessment);
    }
    let book = imported_book(organisation, thresholds, years, Map::new());
    Some(Imported {
        book,
        notes,
        thresholds_given,
    })
}

fn assessment(year: &Year) -> Option<Assessment> {
    let fiscal_year = u16::try_from(year.fiscal_year)
        .ok()
        .filter(|y| YEAR_RANGE.contains(y))?;
    let mut assessment = Assessment::new(fiscal_year);
    let selfcheck = year.selfcheck.as_ref();
    let chose_custom = selfcheck.and_then(|s| s.framework_choice.0.as_deref()) == Some("custom");
    let custom_in_file = year.framework.as_deref() == Some(CUSTOM_ID);
    if chose_custom && !custom_in_file {
        assessment.framework = FrameworkChoice::Custom;
    }
    match year.framework.as_deref() {
        None => {}
        Some(CUSTOM_ID) => {
            let custom = year.custom_framework.as_ref()?;
            let w = &custom.weights;
            let weights = [w.i1, w.i2, w.i3, w.i4, w.i5, w.i6, w.i7, w.i8, w.i9, w.i10];
            let weights: [u8; 10] = weights.map(|w| {
                u8::try_from(w)
                    .ok()
                    .filter(|w| *w <= 100)
                    .unwrap_or(u8::MAX)
            });
            if weights.contains(&u8::MAX) {
                return None;
            }
            Weights::new(weights).ok()?;
            let rule = match custom.rule.as_deref() {
                None => ResultRule::PassMark,
                Some(code) => ResultRule::from_code(code)?,
            };
            assessment.framework = FrameworkChoice::Custom;
            assessment.custom = CustomFramework {
                weights: weights.map(|w| w.to_string()),
                rule,
            };
        }
        Some(id) => {
            FRAMEWORKS
                .iter()
                .find(|f| f.id == id)
                .filter(|f| f.covers(fiscal_year))?;
        }
    }
    if !custom_in_file && year.custom_framework.is_some() {
        // A custom framework beside a published one is not written by this app.
        return None;
    }
    if let Some(scores) = &year.scores {
        let all = [
            scores.i1, scores.i2, scores.i3, scores.i4, scores.i5, scores.i6, scores.i7, scores.i8,
            scores.i9, scores.i10,
        ];
        for (indicator, value) in Indicator::ALL.into_iter().zip(all) {
            if let Some(value) = value {
                assessment.scores[indicator.index()] =
                    Score::from_f64(value).ok()?.to_short_string();
            }
        }
    }
    for measure in year.measures.iter().flat_map(|m| m.iter()) {
        let planned = planned(measure, &assessment.measures)?;
        assessment.measures.push(planned);
    }
    if let Some(documents) = &year.documents {
        assessment.documents = document_inputs(documents)?;
    }
    if let Some(selfcheck) = selfcheck {
        let typed = TypedInputs {
            scores: ten(&selfcheck.scores),
            ceilings: ten(&selfcheck.ceilings),
            whatif: ten(&selfcheck.whatif),
            custom_weights: ten(&selfcheck.custom_weights),
            custom_rule: selfcheck.custom_rule.0.as_deref(),
        };
        restore(&mut assessment, custom_in_file, typed);
    }
    Some(assessment)
}

fn document_inputs(documents: &Documents) -> Option<DocumentInputs> {
    let mut inputs = DocumentInputs::default();
    for (id, text) in documents.texts.iter().flat_map(|t| t.0.iter()) {
        // A `null` is no rewrite; an empty text is a paragraph the user emptied.
        if text.is_some() {
            add_document_text(&mut inputs, id, owned(text));
        }
    }
    for (code, date) in documents.dates.iter().flat_map(|d| d.0.iter()) {
        if !is_document(code)
            || !add_document_date(&mut inputs, code, date.as_deref().unwrap_or_default())
        {
            return None;
        }
    }
    if let Some(number) = documents.report_round.0 {
        inputs.report_round = report_round(number)?;
    }
    if let Some(on) = documents.announcement_table.0 {
        inputs.announcement_table = on;
    }
    Some(inputs)
}

fn planned(measure: &Measure, earlier: &[PlannedMeasure]) -> Option<PlannedMeasure> {
    let mut id = owned(&measure.id);
    if id.trim().is_empty() || earlier.iter().any(|m| m.id == id) {
        id = next_measure_id(earlier);
    }
    let mut indicators = Vec::new();
    for code in measure.indicators.iter().flatten() {
        let found = Indicator::from_code(code)?;
        if !indicators.contains(&found) {
            indicators.push(found);
        }
    }
    let rhythm = match measure.rhythm.as_deref() {
        None => Rhythm::default(),
        Some(code) => Rhythm::from_code(code)?,
    };
    let mut progress = BTreeMap::new();
    for (key, round) in measure.progress.iter().flat_map(|r| r.0.iter()) {
        let month = round_month(key)?;
        let status = match round.status.as_deref() {
            None => Status::default(),
            Some(code) => Status::from_code(code)?,
        };
        let report = RoundReport {
            status,
            done: owned(&round.done),
            outputs: owned(&round.outputs),
            outcomes: owned(&round.outcomes),
            notes: owned(&round.notes),
        };
        if !report.is_empty() {
            progress.insert(month, report);
        }
    }
    Some(PlannedMeasure {
        id,
        catalogue_id: measure
            .catalogue_id
            .as_deref()
            .filter(|c| !c.is_empty())
            .map(str::to_owned),
        name: owned(&measure.name),
        indicators,
        guideline: owned(&measure.guideline),
        steps: measure
            .steps
            .iter()
            .flatten()
            .map(|s| s.to_string())
            .collect(),
        responsible: owned(&measure.responsible),
        period: owned(&measure.period),
        rhythm,
        outputs: owned(&measure.outputs),
        outcomes: owned(&measure.outcomes),
        progress,
    })
}
