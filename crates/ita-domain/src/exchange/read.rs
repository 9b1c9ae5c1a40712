//! Reading an exchange file: check everything, and build the workbook only if all is well.
//!
//! The file is parsed into a JSON tree and walked field by field, so that a refusal names
//! the exact place (`assessments[0].scores.i3: 105 is above 100`). Nothing in the app is
//! touched here: the caller gets a complete [`Workbook`] or an [`ImportError`].

mod parse;
mod tree;

pub(crate) use tree::{Json, Object};

use crate::documents::DocumentInputs;
use crate::exchange::common::{
    add_document_date, add_document_text, imported_book, is_document, org_type, report_round,
    restore, round_month, threshold_inputs, with_typed_thresholds, TypedInputs, TypedThresholds,
    ASSESSMENT_FIELDS, DOCUMENT_CODES, ORGANISATION_FIELDS, REPORT_ROUND_CODES,
};
use crate::exchange::error::{short, short_json, At, ImportError, Problem};
use crate::exchange::{FORMAT, MAX_BYTES, VERSION};
use crate::framework::{CUSTOM_ID, FRAMEWORKS};
use crate::plan::next_measure_id;
use crate::workbook::{
    Assessment, CustomFramework, FrameworkChoice, Organisation, Person, ThresholdInputs, Workbook,
    YEAR_RANGE,
};
use crate::{
    Indicator, Lang, PlannedMeasure, ResultRule, Rhythm, RoundReport, Score, Status, Thresholds,
};

type Read<T> = Result<T, ImportError>;

/// The most values (lists, objects, texts, numbers, `true`, `false`, `null`) a file may hold:
/// far more than any real file (fifty years of full plans is about a hundred thousand), and
/// few enough that reading a hostile one stays within some tens of MB.
pub const MAX_VALUES: usize = 500_000;
/// The deepest nesting of lists and objects (the JSON parser's own limit).
pub const MAX_DEPTH: usize = 127;
/// The most measures in one year's plan.
pub const MAX_MEASURES: usize = 1_000;

/// What an import found besides the work itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportNote {
    /// An organisation type the app does not know; the type is left unset.
    UnknownOrgType(String),
}

impl ImportNote {
    /// The note in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportNote::UnknownOrgType(kind) => lang.pick(
                format!("ไม่รู้จักประเภทหน่วยงาน “{kind}” จึงเว้นว่างไว้ เลือกใหม่ได้หลังนำเข้า"),
                format!("The organisation type “{kind}” is unknown, so it is left unset: choose it after importing"),
            ),
        }
    }
}

/// A file that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The work in the file.
    pub book: Workbook,
    /// Things worth telling the user before they confirm.
    pub notes: Vec<ImportNote>,
    /// Whether the file gave thresholds (otherwise the app keeps its own).
    pub thresholds_given: bool,
}

/// Reads and checks an exchange file: the JSON tree first, then every field of it, naming the
/// field of any refusal.
pub fn read(bytes: &[u8]) -> Read<Imported> {
    let root = At::Root;
    if bytes.len() > MAX_BYTES {
        let mb = format!("{:.1}", bytes.len() as f64 / (1024.0 * 1024.0));
        return Err(ImportError::at(&root, Problem::TooLarge(mb)));
    }
    let text = parse::decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ImportError::at(&root, Problem::Empty));
    }
    read_tree(parse::parse(text)?)
}

/// Text as a JSON tree, as the reader parses a file: bounded, no key twice in an
/// object, and a refusal that names the place.
pub(crate) fn tree(text: &str) -> Read<Json<'_>> {
    parse::parse(text)
}

/// The reader over a JSON tree already parsed by [`tree()`].
pub(crate) fn read_tree(value: Json<'_>) -> Read<Imported> {
    let Json::Object(top) = value else {
        return Err(ImportError::at(&At::Root, Problem::NotAnObject));
    };
    Reader::default().file(top)
}

#[derive(Default)]
struct Reader {
    notes: Vec<ImportNote>,
}

/// A whole number, even one too large for 64 bits (`18446744073709551616`, which the parser
/// holds as a float). `2568.0` is not: a whole number is written without a decimal point.
fn is_whole(value: &Json) -> bool {
    value.as_number().is_some_and(|n| {
        n.is_u64()
            || n.is_i64()
            || n.as_f64()
                .is_some_and(|f| f.fract() == 0.0 && f.abs() >= 9_223_372_036_854_775_808.0)
    })
}

fn wrong(path: &At, expected: &'static str, found: &Json) -> ImportError {
    ImportError::at(
        path,
        Problem::WrongType {
            expected,
            found: short_json(found),
        },
    )
}

fn object<'v, 'a>(path: &At, value: &'v Json<'a>) -> Read<&'v Object<'a>> {
    value
        .as_object()
        .ok_or_else(|| wrong(path, "an object", value))
}

fn text(path: &At, value: &Json) -> Read<String> {
    match value {
        Json::String(s) => Ok(s.as_ref().to_owned()),
        Json::Null => Ok(String::new()),
        other => Err(wrong(path, "text", other)),
    }
}

fn optional_text(map: &Object, path: &At, key: &str) -> Read<String> {
    map.get(key)
        .map_or(Ok(String::new()), |v| text(&path.key(key), v))
}

/// A score: a JSON number from 0 to 100 with at most two decimals; `null` is "not entered".
fn score(path: &At, value: &Json) -> Read<Option<Score>> {
    let number = match value {
        Json::Null => return Ok(None),
        Json::Number(n) => n,
        other => return Err(wrong(path, "a number", other)),
    };
    let checked = match (number.as_u64(), number.as_f64()) {
        (Some(whole), _) if whole <= 100 => Ok(Score::from_points(whole as u16)),
        (Some(_), _) => Err(true),
        (None, Some(f)) => Score::from_f64(f),
        (None, None) => Err(true),
    };
    checked.map(Some).map_err(|out_of_range| {
        let shown = number.to_string();
        let below = number.as_f64().is_some_and(|f| f < 0.0);
        let problem = match (out_of_range, below) {
            (true, true) => Problem::BelowZero(shown),
            (true, false) => Problem::AboveMaximum(shown),
            (false, _) => Problem::TooManyDecimals(shown),
        };
        ImportError::at(path, problem)
    })
}

/// An indicator named by its code or, as agencies sometimes write, by its Thai name.
fn indicator(path: &At, key: &str) -> Read<Indicator> {
    if let Some(found) = Indicator::from_code(key) {
        return Ok(found);
    }
    let name = key.trim();
    Indicator::from_code(&name.to_ascii_lowercase())
        .or_else(|| {
            Indicator::ALL
                .into_iter()
                .find(|i| i.name(Lang::Th) == name)
        })
        .or_else(|| (name == "การปรับปรุงการทำงาน").then_some(Indicator::I8))
        .ok_or_else(|| ImportError::at(path, Problem::UnknownIndicator(short(key))))
}

/// A list of ten typed texts (the app's own record of what was typed).
fn typed_ten(path: &At, value: &Json) -> Read<Option<[String; 10]>> {
    let Json::Array(items) = value else {
        return Err(wrong(path, "a list", value));
    };
    if items.len() != 10 {
        return Ok(None);
    }
    let mut out: [String; 10] = Default::default();
    for (n, (slot, item)) in out.iter_mut().zip(items).enumerate() {
        *slot = text(&path.index(n), item)?;
    }
    Ok(Some(out))
}

impl Reader {
    fn file(mut self, top: Object) -> Read<Imported> {
        let root = At::Root;
        match top.get("format") {
            None => return Err(ImportError::at(&root.key("format"), Problem::MissingFormat)),
            Some(Json::String(f)) if f == FORMAT => {}
            Some(Json::String(f)) => {
                return Err(ImportError::at(
                    &root.key("format"),
                    Problem::OtherFormat(short(f)),
                ))
            }
            Some(other) => return Err(wrong(&root.key("format"), "text", other)),
        }
        let version_path = root.key("version");
        match top.get("version") {
            None => return Err(ImportError::at(&version_path, Problem::Missing)),
            Some(v) => match v.as_u64() {
                Some(version) if version > VERSION => {
                    return Err(ImportError::at(
                        &version_path,
                        Problem::LaterVersion(version),
                    ))
                }
                Some(version) if version >= 1 => {}
                _ if is_whole(v) => {
                    return Err(ImportError::at(
                        &version_path,
                        Problem::NoSuchVersion(v.to_string()),
                    ))
                }
                _ => return Err(wrong(&version_path, "a whole number", v)),
            },
        }
        let organisation = match top.get("organisation") {
            None | Some(Json::Null) => Organisation::default(),
            Some(value) => self.organisation(&root.key("organisation"), value)?,
        };
        let selfcheck = top.get("selfcheck").and_then(Json::as_object);
        let thresholds_given = top.get("thresholds").is_some_and(|v| !v.is_null())
            || selfcheck.is_some_and(|s| s.contains_key("thresholds"));
        let thresholds = self.thresholds(&root, top.get("thresholds"), selfcheck)?;
        let assessments_path = root.key("assessments");
        let items = match top.get("assessments") {
            None => return Err(ImportError::at(&assessments_path, Problem::Missing)),
            Some(Json::Array(items)) => items,
            Some(other) => return Err(wrong(&assessments_path, "a list", other)),
        };
        if items.is_empty() {
            return Err(ImportError::at(&assessments_path, Problem::NoAssessments));
        }
        let mut years: Vec<Assessment> = Vec::with_capacity(items.len());
        for (n, item) in items.iter().enumerate() {
            let path = assessments_path.index(n);
            let assessment = self.assessment(&path, item)?;
            if years
                .iter()
                .any(|a| a.fiscal_year == assessment.fiscal_year)
            {
                let year = assessment.fiscal_year;
                return Err(ImportError::at(
                    &path.key("fiscal_year"),
                    Problem::DuplicateYear(year),
                ));
            }
            years.push(assessment);
        }
        let extra = top.unknown(&[
            "format",
            "version",
            "organisation",
            "thresholds",
            "assessments",
            "selfcheck",
            "exported_at",
            "generator",
        ]);
        let book = imported_book(organisation, thresholds, years, extra);
        Ok(Imported {
            book,
            notes: self.notes,
            thresholds_given,
        })
    }

    fn organisation(&mut self, path: &At, value: &Json) -> Read<Organisation> {
        let map = object(path, value)?;
        let kind = optional_text(map, path, "type")?;
        let org_type = org_type(&kind, &mut self.notes);
        let person = |key: &str| -> Read<Person> {
            match map.get(key) {
                None | Some(Json::Null) => Ok(Person::default()),
                Some(value) => {
                    let path = path.key(key);
                    let person = object(&path, value)?;
                    Ok(Person {
                        name: optional_text(person, &path, "name")?,
                        position: optional_text(person, &path, "position")?,
                    })
                }
            }
        };
        Ok(Organisation {
            name: optional_text(map, path, "name")?,
            org_type,
            province: optional_text(map, path, "province")?,
            district: optional_text(map, path, "district")?,
            prepared_by: person("prepared_by")?,
            approved_by: person("approved_by")?,
            extra: map.unknown(&ORGANISATION_FIELDS),
        })
    }

    fn thresholds(
        &self,
        root: &At,
        value: Option<&Json>,
        selfcheck: Option<&Object>,
    ) -> Read<ThresholdInputs> {
        let mut inputs = ThresholdInputs::default();
        if let Some(value) = value.filter(|v| !v.is_null()) {
            let path = root.key("thresholds");
            let map = object(&path, value)?;
            let defaults = Thresholds::default();
            let line = |key: &str, default: Score| -> Read<Score> {
                match map.get(key) {
                    None => Ok(default),
                    Some(v) => score(&path.key(key), v)?
                        .ok_or_else(|| wrong(&path.key(key), "a number", v)),
                }
            };
            let lowest = match map.get("lowest_is_urgent") {
                None => defaults.lowest_is_urgent,
                Some(Json::Bool(b)) => *b,
                Some(other) => {
                    return Err(wrong(&path.key("lowest_is_urgent"), "true or false", other))
                }
            };
            let thresholds = Thresholds::new(
                line("strength", defaults.strength)?,
                line("excellent", defaults.excellent)?,
                line("urgent", defaults.urgent)?,
                lowest,
            )
            .map_err(|e| ImportError::at(&path, Problem::ThresholdOrder(e)))?;
            inputs = threshold_inputs(&thresholds);
        }
        if let Some(typed) = selfcheck
            .and_then(|s| s.get("thresholds"))
            .and_then(Json::as_object)
        {
            let text = |key: &str| typed.get(key).and_then(Json::as_str);
            let typed = TypedThresholds {
                strength: text("strength"),
                excellent: text("excellent"),
                urgent: text("urgent"),
                lowest_is_urgent: typed.get("lowest_is_urgent").and_then(Json::as_bool),
            };
            inputs = with_typed_thresholds(inputs, value.is_some_and(|v| !v.is_null()), &typed);
        }
        Ok(inputs)
    }

    fn assessment(&mut self, path: &At, value: &Json) -> Read<Assessment> {
        let map = object(path, value)?;
        let year_path = path.key("fiscal_year");
        let fiscal_year = match map.get("fiscal_year") {
            None => return Err(ImportError::at(&year_path, Problem::Missing)),
            Some(v) => match v.as_u64() {
                Some(y)
                    if y >= u64::from(*YEAR_RANGE.start()) && y <= u64::from(*YEAR_RANGE.end()) =>
                {
                    y as u16
                }
                _ if is_whole(v) => {
                    return Err(ImportError::at(
                        &year_path,
                        Problem::YearOutOfRange(v.to_string()),
                    ))
                }
                _ => return Err(wrong(&year_path, "a whole number", v)),
            },
        };
        let mut assessment = Assessment::new(fiscal_year);
        let selfcheck = match map.get("selfcheck") {
            None | Some(Json::Null) => None,
            Some(v) => Some(object(&path.key("selfcheck"), v)?),
        };
        let chose_custom = selfcheck
            .and_then(|s| s.get("framework_choice"))
            .and_then(Json::as_str)
            == Some("custom");
        self.framework(path, map, chose_custom, &mut assessment)?;
        if let Some(value) = map.get("scores").filter(|v| !v.is_null()) {
            let scores_path = path.key("scores");
            let mut seen = [false; 10];
            for (key, value) in object(&scores_path, value)?.sorted() {
                let field = scores_path.key(key);
                let indicator = indicator(&field, key)?;
                if std::mem::replace(&mut seen[indicator.index()], true) {
                    return Err(ImportError::at(
                        &field,
                        Problem::DuplicateIndicator(indicator.code().to_owned()),
                    ));
                }
                if let Some(score) = score(&field, value)? {
                    assessment.scores[indicator.index()] = score.to_short_string();
                }
            }
        }
        if let Some(value) = map.get("measures").filter(|v| !v.is_null()) {
            let measures_path = path.key("measures");
            let Json::Array(items) = value else {
                return Err(wrong(&measures_path, "a list", value));
            };
            if items.len() > MAX_MEASURES {
                return Err(ImportError::at(
                    &measures_path,
                    Problem::TooManyMeasures(items.len()),
                ));
            }
            for (n, item) in items.iter().enumerate() {
                let measure = measure(&measures_path.index(n), item, &assessment.measures)?;
                assessment.measures.push(measure);
            }
        }
        if let Some(selfcheck) = selfcheck {
            let custom_in_file = map.get("framework").and_then(Json::as_str) == Some(CUSTOM_ID);
            restore_typed(
                &path.key("selfcheck"),
                selfcheck,
                custom_in_file,
                &mut assessment,
            )?;
        }
        if let Some(value) = map.get("documents").filter(|v| !v.is_null()) {
            assessment.documents = documents(&path.key("documents"), value)?;
        }
        assessment.extra = map.unknown(&ASSESSMENT_FIELDS);
        Ok(assessment)
    }

    /// The framework; `chose_custom` is the app's record that the user chose custom weights
    /// that were not yet valid when the file was written (they come back as typed).
    fn framework(
        &self,
        path: &At,
        map: &Object,
        chose_custom: bool,
        assessment: &mut Assessment,
    ) -> Read<()> {
        let field = path.key("framework");
        let year = assessment.fiscal_year;
        if chose_custom && map.get("framework").and_then(Json::as_str) != Some(CUSTOM_ID) {
            assessment.framework = FrameworkChoice::Custom;
        }
        let id = match map.get("framework") {
            // No framework named: the year's own applies; a year without one comes in all the
            // same, and the app asks for custom weights there, as it does for a year typed in.
            None | Some(Json::Null) => return Ok(()),
            Some(Json::String(id)) => id.as_ref(),
            Some(other) => return Err(wrong(&field, "text", other)),
        };
        if id == CUSTOM_ID {
            assessment.framework = FrameworkChoice::Custom;
            assessment.custom =
                custom_framework(&path.key("custom_framework"), map.get("custom_framework"))?;
            return Ok(());
        }
        match FRAMEWORKS.iter().find(|f| f.id == id) {
            Some(entry) if entry.covers(year) => Ok(()),
            Some(_) => Err(ImportError::at(
                &field,
                Problem::FrameworkYear(id.to_owned(), year),
            )),
            None => {
                let mut known: Vec<&str> = FRAMEWORKS.iter().map(|f| f.id).collect();
                known.push(CUSTOM_ID);
                Err(ImportError::at(
                    &field,
                    Problem::UnknownFramework(short(id), known.join(", ")),
                ))
            }
        }
    }
}

fn custom_framework(path: &At, value: Option<&Json>) -> Read<CustomFramework> {
    let value = value.ok_or_else(|| ImportError::at(path, Problem::Missing))?;
    let map = object(path, value)?;
    let weights_path = path.key("weights");
    let weights_value = map
        .get("weights")
        .ok_or_else(|| ImportError::at(&weights_path, Problem::Missing))?;
    let mut weights: [Option<u8>; 10] = [None; 10];
    for (key, value) in object(&weights_path, weights_value)?.sorted() {
        let field = weights_path.key(key);
        let indicator = indicator(&field, key)?;
        let weight = value
            .as_u64()
            .filter(|w| *w <= 100)
            .ok_or_else(|| ImportError::at(&field, Problem::BadWeight(short_json(value))))?;
        if weights[indicator.index()].replace(weight as u8).is_some() {
            return Err(ImportError::at(
                &field,
                Problem::DuplicateIndicator(indicator.code().to_owned()),
            ));
        }
    }
    for indicator in Indicator::ALL {
        if weights[indicator.index()].is_none() {
            return Err(ImportError::at(
                &weights_path.key(indicator.code()),
                Problem::Missing,
            ));
        }
    }
    let weights = weights.map(|w| w.unwrap_or(0));
    let sum: u32 = weights.iter().map(|&w| u32::from(w)).sum();
    if sum != 100 {
        return Err(ImportError::at(&weights_path, Problem::WeightsSum(sum)));
    }
    let rule = match map.get("rule") {
        None | Some(Json::Null) => ResultRule::PassMark,
        Some(other) => match other.as_str().and_then(ResultRule::from_code) {
            Some(rule) => rule,
            None => {
                let shown = other.as_str().map_or_else(|| short_json(other), short);
                return Err(ImportError::at(
                    &path.key("rule"),
                    Problem::NotOneOf(shown, "levels, pass-mark"),
                ));
            }
        },
    };
    Ok(CustomFramework {
        weights: weights.map(|w| w.to_string()),
        rule,
    })
}

fn measure(path: &At, value: &Json, earlier: &[PlannedMeasure]) -> Read<PlannedMeasure> {
    let map = object(path, value)?;
    let mut id = optional_text(map, path, "id")?;
    if id.trim().is_empty() || earlier.iter().any(|m| m.id == id) {
        id = next_measure_id(earlier);
    }
    let catalogue_id = match map.get("catalogue_id") {
        None | Some(Json::Null) => None,
        Some(v) => Some(text(&path.key("catalogue_id"), v)?).filter(|s| !s.is_empty()),
    };
    let mut indicators = Vec::new();
    if let Some(value) = map.get("indicators").filter(|v| !v.is_null()) {
        let list_path = path.key("indicators");
        let Json::Array(items) = value else {
            return Err(wrong(&list_path, "a list", value));
        };
        for (n, item) in items.iter().enumerate() {
            let code = text(&list_path.index(n), item)?;
            let found = indicator(&list_path.index(n), &code)?;
            if !indicators.contains(&found) {
                indicators.push(found);
            }
        }
    }
    let steps = match map.get("steps") {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::String(one)) => one.split('\n').map(str::to_owned).collect(),
        Some(Json::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(n, item)| text(&path.key("steps").index(n), item))
            .collect::<Read<_>>()?,
        Some(other) => return Err(wrong(&path.key("steps"), "a list", other)),
    };
    let rhythm = match map.get("rhythm") {
        None | Some(Json::Null) => Rhythm::default(),
        Some(v) => {
            let code = text(&path.key("rhythm"), v)?;
            Rhythm::from_code(&code).ok_or_else(|| {
                ImportError::at(
                    &path.key("rhythm"),
                    Problem::NotOneOf(short(&code), "quarterly, half-yearly, yearly"),
                )
            })?
        }
    };
    let mut measure = PlannedMeasure {
        id,
        catalogue_id,
        name: optional_text(map, path, "name")?,
        indicators,
        guideline: optional_text(map, path, "guideline")?,
        steps,
        responsible: optional_text(map, path, "responsible")?,
        period: optional_text(map, path, "period")?,
        rhythm,
        outputs: optional_text(map, path, "outputs")?,
        outcomes: optional_text(map, path, "outcomes")?,
        progress: Default::default(),
    };
    if let Some(value) = map.get("progress").filter(|v| !v.is_null()) {
        let progress_path = path.key("progress");
        for (key, value) in object(&progress_path, value)?.sorted() {
            let field = progress_path.key(key);
            let month = match round_month(key) {
                Some(month) => month,
                None => {
                    let other = key;
                    return Err(ImportError::at(
                        &field,
                        Problem::NotOneOf(short(other), "3, 6, 9, 12"),
                    ));
                }
            };
            let report = round(&field, value)?;
            if !report.is_empty() {
                measure.progress.insert(month, report);
            }
        }
    }
    Ok(measure)
}

fn round(path: &At, value: &Json) -> Read<RoundReport> {
    let map = object(path, value)?;
    let status = match map.get("status") {
        None | Some(Json::Null) => Status::default(),
        Some(v) => {
            let code = text(&path.key("status"), v)?;
            Status::from_code(&code).ok_or_else(|| {
                ImportError::at(
                    &path.key("status"),
                    Problem::NotOneOf(short(&code), "not-started, in-progress, done"),
                )
            })?
        }
    };
    Ok(RoundReport {
        status,
        done: optional_text(map, path, "done")?,
        outputs: optional_text(map, path, "outputs")?,
        outcomes: optional_text(map, path, "outcomes")?,
        notes: optional_text(map, path, "notes")?,
    })
}

/// A year's document settings: rewritten drafts (an empty one is no rewrite), dates by
/// document (an empty one is no date), the report's round and whether the announcement has
/// its table. Fields this app does not know are ignored.
fn documents(path: &At, value: &Json) -> Read<DocumentInputs> {
    let map = object(path, value)?;
    let mut documents = DocumentInputs::default();
    if let Some(value) = map.get("texts").filter(|v| !v.is_null()) {
        let texts_path = path.key("texts");
        for (id, value) in object(&texts_path, value)?.sorted() {
            if !value.is_null() {
                add_document_text(&mut documents, id, text(&texts_path.key(id), value)?);
            }
        }
    }
    if let Some(value) = map.get("dates").filter(|v| !v.is_null()) {
        let dates_path = path.key("dates");
        for (code, value) in object(&dates_path, value)?.sorted() {
            let field = dates_path.key(code);
            if !is_document(code) {
                return Err(ImportError::at(
                    &field,
                    Problem::NotOneOf(short(code), DOCUMENT_CODES),
                ));
            }
            let date = text(&field, value)?;
            if !add_document_date(&mut documents, code, &date) {
                return Err(ImportError::at(&field, Problem::BadDate(short(&date))));
            }
        }
    }
    if let Some(value) = map.get("report_round") {
        let field = path.key("report_round");
        let Json::Number(number) = value else {
            return Err(wrong(&field, "a whole number", value));
        };
        documents.report_round = number.as_u64().and_then(report_round).ok_or_else(|| {
            ImportError::at(
                &field,
                Problem::NotOneOf(short(&number.to_string()), REPORT_ROUND_CODES),
            )
        })?;
    }
    match map.get("announcement_table") {
        None => {}
        Some(Json::Bool(on)) => documents.announcement_table = *on,
        Some(other) => {
            return Err(wrong(
                &path.key("announcement_table"),
                "true or false",
                other,
            ))
        }
    }
    Ok(documents)
}

/// Reads the `selfcheck` block of an assessment and restores what was typed from it.
fn restore_typed(
    path: &At,
    map: &Object,
    custom_in_file: bool,
    assessment: &mut Assessment,
) -> Read<()> {
    let ten = |key: &str| -> Read<Option<[String; 10]>> {
        map.get(key)
            .map(|v| typed_ten(&path.key(key), v))
            .transpose()
            .map(Option::flatten)
    };
    let typed = TypedInputs {
        scores: ten("scores")?,
        ceilings: ten("ceilings")?,
        whatif: ten("whatif")?,
        custom_weights: ten("custom_weights")?,
        custom_rule: map.get("custom_rule").and_then(Json::as_str),
    };
    restore(assessment, custom_in_file, typed);
    Ok(())
}
