//! The app's one state, the actions that change it and the reducer.
//!
//! The state keeps what the user typed, as typed: a refused score stays in its field with
//! its message, and nothing is lost. Everything shown (scores, framework, total, result)
//! is derived from it by domain functions on every render, never stored beside it.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use thiserror::Error;
use yew::Reducible;

use crate::domain::analysis::ThresholdError;
use crate::domain::framework::{framework_for_year, latest_fiscal_year, CustomWeightsError};
use crate::domain::plan::next_measure_id;
use crate::domain::{
    analyse, evaluate, Analysis, CatalogueMeasure, Evaluation, Framework, FrameworkEntry,
    Indicator, Lang, MeasureEdit, OrgType, PlannedMeasure, ResultRule, RoundEdit, Score,
    ScoreError, Thresholds, Weights,
};

/// The organisation being assessed, as entered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organisation {
    /// Its name.
    pub name: String,
    /// Its kind, once chosen.
    #[serde(rename = "type")]
    pub org_type: Option<OrgType>,
    /// The province as typed (it may not match a province yet).
    pub province: String,
}

/// Whether the year's framework applies or the user's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FrameworkChoice {
    /// The framework of the fiscal year (ITA.md §3).
    #[default]
    ByYear,
    /// The user's own weights and rule.
    Custom,
}

/// The user's own framework, as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomFramework {
    /// Ten weights as typed, `i1` first.
    pub weights: [String; 10],
    /// How the result is decided.
    pub rule: ResultRule,
}

impl CustomFramework {
    /// A starting point copied from a published framework.
    pub fn from_entry(entry: &FrameworkEntry) -> CustomFramework {
        CustomFramework {
            weights: entry.weights.map(|w| w.to_string()),
            rule: entry.rule,
        }
    }
}

impl Default for CustomFramework {
    fn default() -> CustomFramework {
        CustomFramework {
            weights: Weights::STANDARD.as_array().map(|w| w.to_string()),
            rule: ResultRule::PassMark,
        }
    }
}

/// The analysis thresholds as typed in the settings panel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ThresholdInputs {
    /// Strength line (default 85).
    pub strength: String,
    /// Excellent line (default 95).
    pub excellent: String,
    /// Urgent line (default 75).
    pub urgent: String,
    /// Whether the lowest indicator is always urgent (default yes).
    pub lowest_is_urgent: bool,
}

impl Default for ThresholdInputs {
    fn default() -> ThresholdInputs {
        let t = Thresholds::default();
        ThresholdInputs {
            strength: t.strength.to_string(),
            excellent: t.excellent.to_string(),
            urgent: t.urgent.to_string(),
            lowest_is_urgent: t.lowest_is_urgent,
        }
    }
}

/// Which threshold a field sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ThresholdField {
    /// จุดแข็ง
    Strength,
    /// ดีเยี่ยม
    Excellent,
    /// เร่งด่วน
    Urgent,
}

/// Why the thresholds as typed cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ThresholdProblem {
    /// One field is not a valid score (empty counts as not valid here).
    #[error("{0:?}: {1}")]
    Field(ThresholdField, ScoreError),
    /// The three lines are out of order.
    #[error(transparent)]
    Order(#[from] ThresholdError),
}

impl ThresholdInputs {
    /// The text of one field.
    pub fn get(&self, field: ThresholdField) -> &str {
        match field {
            ThresholdField::Strength => &self.strength,
            ThresholdField::Excellent => &self.excellent,
            ThresholdField::Urgent => &self.urgent,
        }
    }

    fn set(&mut self, field: ThresholdField, text: String) {
        match field {
            ThresholdField::Strength => self.strength = text,
            ThresholdField::Excellent => self.excellent = text,
            ThresholdField::Urgent => self.urgent = text,
        }
    }

    /// One field read as a score; an empty field is refused like any non-number.
    pub fn field(&self, field: ThresholdField) -> Result<Score, ScoreError> {
        let text = self.get(field);
        Score::parse(text)?.ok_or_else(|| ScoreError::NotANumber(text.to_owned()))
    }

    /// The thresholds, if every field is valid and they are in order.
    pub fn thresholds(&self) -> Result<Thresholds, ThresholdProblem> {
        let read = |f| self.field(f).map_err(|e| ThresholdProblem::Field(f, e));
        Ok(Thresholds::new(
            read(ThresholdField::Strength)?,
            read(ThresholdField::Excellent)?,
            read(ThresholdField::Urgent)?,
            self.lowest_is_urgent,
        )?)
    }
}

/// What the user has entered: the part of the state saved on the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Doc {
    /// Interface language.
    pub lang: Lang,
    /// The organisation.
    pub organisation: Organisation,
    /// Fiscal year in พ.ศ.
    pub fiscal_year: u16,
    /// Which framework applies.
    pub framework: FrameworkChoice,
    /// The user's own framework, kept even while the year's framework is in use.
    pub custom: CustomFramework,
    /// Ten scores as typed, `i1` first; empty means not entered yet.
    pub scores: [String; 10],
    /// The analysis thresholds as typed.
    pub thresholds: ThresholdInputs,
    /// This fiscal year's measures plan.
    pub measures: Vec<PlannedMeasure>,
    /// Per-indicator ceilings for target plans as typed; empty means 100.
    pub ceilings: [String; 10],
    /// What-if target scores as typed; empty means "as now".
    pub whatif: [String; 10],
}

impl Default for Doc {
    fn default() -> Doc {
        Doc {
            lang: Lang::Th,
            organisation: Organisation::default(),
            fiscal_year: latest_fiscal_year(),
            framework: FrameworkChoice::ByYear,
            custom: CustomFramework::default(),
            scores: Default::default(),
            thresholds: ThresholdInputs::default(),
            measures: Vec::new(),
            ceilings: Default::default(),
            whatif: Default::default(),
        }
    }
}

/// Why no framework is in effect, so no total can be worked out.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum FrameworkProblem {
    /// The app has no framework for the fiscal year.
    #[error("no framework for fiscal year {0}")]
    NoFrameworkForYear(u16),
    /// The custom weights are refused.
    #[error(transparent)]
    CustomWeights(#[from] CustomWeightsError),
}

impl Doc {
    /// What each score field holds: a score, nothing yet, or the reason it is refused.
    pub fn score_input(&self, indicator: Indicator) -> Result<Option<Score>, ScoreError> {
        Score::parse(&self.scores[indicator.index()])
    }

    /// The ten accepted scores; a refused one counts as not entered.
    pub fn accepted_scores(&self) -> [Option<Score>; 10] {
        Indicator::ALL.map(|i| self.score_input(i).ok().flatten())
    }

    /// The published framework of the fiscal year, if the app has one.
    pub fn year_framework(&self) -> Option<&'static FrameworkEntry> {
        framework_for_year(self.fiscal_year)
    }

    /// The framework in effect, or why there is none.
    pub fn framework(&self) -> Result<Framework, FrameworkProblem> {
        match self.framework {
            FrameworkChoice::ByYear => self
                .year_framework()
                .map(Framework::from)
                .ok_or(FrameworkProblem::NoFrameworkForYear(self.fiscal_year)),
            FrameworkChoice::Custom => Ok(Framework::custom(
                Weights::parse(&self.custom.weights)?,
                self.custom.rule,
            )),
        }
    }

    /// The weight to show beside an indicator: the framework's, or while custom weights are
    /// being fixed, the typed one if that one field is valid.
    pub fn shown_weight(&self, indicator: Indicator) -> Option<u8> {
        match (self.framework(), self.framework) {
            (Ok(framework), _) => Some(framework.weights.of(indicator)),
            (Err(_), FrameworkChoice::Custom) => {
                Weights::parse_field(&self.custom.weights[indicator.index()]).ok()
            }
            (Err(_), FrameworkChoice::ByYear) => None,
        }
    }

    /// The scores under the framework in effect.
    pub fn evaluation(&self) -> Result<Evaluation, FrameworkProblem> {
        self.framework()
            .map(|framework| evaluate(&framework, &self.accepted_scores()))
    }

    /// The reading of the scores, once all ten are in and the thresholds are valid.
    pub fn analysis(&self) -> Option<Analysis> {
        let thresholds = self.thresholds.thresholds().ok()?;
        analyse(&self.evaluation().ok()?, &thresholds)
    }

    /// One ceiling: the typed score, or 100 when empty.
    pub fn ceiling(&self, indicator: Indicator) -> Result<Score, ScoreError> {
        Score::parse(&self.ceilings[indicator.index()]).map(|s| s.unwrap_or(Score::MAX))
    }

    /// One what-if field: a typed target, nothing yet, or why it is refused.
    pub fn whatif_input(&self, indicator: Indicator) -> Result<Option<Score>, ScoreError> {
        Score::parse(&self.whatif[indicator.index()])
    }

    /// The scores with every valid what-if target in place of the current score.
    pub fn whatif_scores(&self) -> [Option<Score>; 10] {
        let current = self.accepted_scores();
        Indicator::ALL.map(|i| match self.whatif_input(i) {
            Ok(Some(target)) => Some(target),
            _ => current[i.index()],
        })
    }

    /// The planned measure with this id.
    pub fn measure(&self, id: &str) -> Option<&PlannedMeasure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// Whether a catalogue measure is already in the plan.
    pub fn has_adopted(&self, catalogue_id: &str) -> bool {
        self.measures
            .iter()
            .any(|m| m.catalogue_id.as_deref() == Some(catalogue_id))
    }
}

/// Text found in storage that could not be read. It is kept until the user discards it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The storage key it is kept under, or `None` if it could only be kept in memory.
    pub key: Option<String>,
    /// The text exactly as it was stored.
    pub text: String,
    /// Why it could not be read.
    pub reason: UnreadableReason,
}

/// Why stored text is kept aside as unreadable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnreadableReason {
    /// It failed to read just now.
    Decode(DecodeError),
    /// An earlier visit found it unreadable and the user has not discarded it yet.
    EarlierVisit,
}

impl UnreadableReason {
    /// The reason in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            UnreadableReason::Decode(error) => error.message(lang),
            UnreadableReason::EarlierVisit => lang
                .pick("เก็บไว้ตั้งแต่การเปิดครั้งก่อน", "kept from an earlier visit")
                .to_owned(),
        }
    }
}

/// How saving on the device is going: session-only, never saved itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageStatus {
    /// Stored data that could not be read, oldest first.
    pub unreadable: Vec<Unreadable>,
    /// Why the last save failed, if it did.
    pub save_error: Option<String>,
}

impl StorageStatus {
    /// Saving waits while unreadable data is kept only in the slot saving would overwrite.
    pub fn saving_paused(&self) -> bool {
        self.unreadable.iter().any(|u| u.key.is_none())
    }
}

/// A measure just removed from the plan, kept so that one click brings it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedMeasure {
    /// Where it was in the plan.
    pub position: usize,
    /// The measure, with everything recorded for it.
    pub measure: PlannedMeasure,
}

/// The whole state of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// What the user entered (saved).
    pub doc: Doc,
    /// How saving is going (not saved).
    pub storage: StorageStatus,
    /// The last measure removed, until it is restored or another is removed.
    pub removed: Option<RemovedMeasure>,
}

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch Thai ⇄ English.
    ToggleLang,
    /// The organisation's name as typed.
    SetOrgName(String),
    /// The organisation's kind, or none.
    SetOrgType(Option<OrgType>),
    /// The province as typed.
    SetProvince(String),
    /// Pick a fiscal year (พ.ศ.).
    SetFiscalYear(u16),
    /// Use the year's framework or the user's own.
    SetFrameworkChoice(FrameworkChoice),
    /// One custom weight as typed.
    SetCustomWeight(Indicator, String),
    /// The custom framework's result rule.
    SetCustomRule(ResultRule),
    /// One score as typed.
    SetScore(Indicator, String),
    /// One analysis threshold as typed.
    SetThreshold(ThresholdField, String),
    /// Whether the lowest indicator is always urgent.
    SetLowestIsUrgent(bool),
    /// Back to 85 / 95 / 75 and the lowest urgent.
    ResetThresholds,
    /// Add a catalogue measure to the plan (once).
    AdoptMeasure(&'static str),
    /// Add a blank measure for the agency to write.
    AddOwnMeasure,
    /// Change a planned measure.
    EditMeasure(String, MeasureEdit),
    /// Change one round's report of a planned measure.
    EditRound(String, u8, RoundEdit),
    /// Remove a planned measure (it can be brought back).
    RemoveMeasure(String),
    /// Bring back the measure removed last.
    UndoRemoveMeasure,
    /// One target ceiling as typed.
    SetCeiling(Indicator, String),
    /// One what-if target as typed.
    SetWhatIf(Indicator, String),
    /// Put these targets into the what-if fields (from a target plan).
    FillWhatIf(Vec<(Indicator, Score)>),
    /// Empty every what-if field.
    ClearWhatIf,
    /// The last save succeeded.
    Saved,
    /// The last save failed, and why.
    SaveFailed(String),
    /// The user discarded the unreadable data at this position.
    DiscardUnreadable(usize),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let doc = &mut next.doc;
        match action {
            Action::ToggleLang => doc.lang = doc.lang.toggled(),
            Action::SetOrgName(name) => doc.organisation.name = name,
            Action::SetOrgType(kind) => doc.organisation.org_type = kind,
            Action::SetProvince(province) => doc.organisation.province = province,
            Action::SetFiscalYear(year) => doc.fiscal_year = year,
            Action::SetFrameworkChoice(choice) => {
                // The first switch to custom starts from the year's framework, not a blank.
                if choice == FrameworkChoice::Custom && doc.custom == CustomFramework::default() {
                    if let Some(entry) = doc.year_framework() {
                        doc.custom = CustomFramework::from_entry(entry);
                    }
                }
                doc.framework = choice;
            }
            Action::SetCustomWeight(indicator, text) => {
                doc.custom.weights[indicator.index()] = text;
            }
            Action::SetCustomRule(rule) => doc.custom.rule = rule,
            Action::SetScore(indicator, text) => doc.scores[indicator.index()] = text,
            Action::SetThreshold(field, text) => doc.thresholds.set(field, text),
            Action::SetLowestIsUrgent(on) => doc.thresholds.lowest_is_urgent = on,
            Action::ResetThresholds => doc.thresholds = ThresholdInputs::default(),
            Action::AdoptMeasure(catalogue_id) => {
                if let Some(measure) = CatalogueMeasure::find(catalogue_id) {
                    if !doc.has_adopted(catalogue_id) {
                        let id = next_measure_id(&doc.measures);
                        let adopted = PlannedMeasure::adopt(measure, id, doc.lang, doc.fiscal_year);
                        doc.measures.push(adopted);
                    }
                }
            }
            Action::AddOwnMeasure => {
                let id = next_measure_id(&doc.measures);
                doc.measures.push(PlannedMeasure {
                    id,
                    ..PlannedMeasure::default()
                });
            }
            Action::EditMeasure(id, edit) => {
                if let Some(measure) = doc.measures.iter_mut().find(|m| m.id == id) {
                    measure.apply(edit);
                }
            }
            Action::EditRound(id, month, edit) => {
                if let Some(measure) = doc.measures.iter_mut().find(|m| m.id == id) {
                    measure.apply_round(month, edit);
                }
            }
            Action::RemoveMeasure(id) => {
                if let Some(position) = doc.measures.iter().position(|m| m.id == id) {
                    let measure = doc.measures.remove(position);
                    next.removed = Some(RemovedMeasure { position, measure });
                }
            }
            Action::UndoRemoveMeasure => {
                if let Some(RemovedMeasure { position, measure }) = next.removed.take() {
                    let position = position.min(doc.measures.len());
                    doc.measures.insert(position, measure);
                }
            }
            Action::SetCeiling(indicator, text) => doc.ceilings[indicator.index()] = text,
            Action::SetWhatIf(indicator, text) => doc.whatif[indicator.index()] = text,
            Action::FillWhatIf(targets) => {
                for (indicator, score) in targets {
                    doc.whatif[indicator.index()] = score.to_string();
                }
            }
            Action::ClearWhatIf => doc.whatif = Default::default(),
            Action::Saved => next.storage.save_error = None,
            Action::SaveFailed(reason) => next.storage.save_error = Some(reason),
            Action::DiscardUnreadable(position) => {
                if position < next.storage.unreadable.len() {
                    next.storage.unreadable.remove(position);
                }
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The storage key of the saved work.
pub const STORAGE_KEY: &str = "ita-selfcheck.v1";

/// What is stored: the doc inside a labelled, versioned envelope.
#[derive(Serialize)]
pub struct Envelope<'a> {
    format: &'static str,
    version: u32,
    doc: &'a Doc,
}

const ENVELOPE_FORMAT: &str = "ita-selfcheck-state";
const ENVELOPE_VERSION: u32 = 1;

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

/// The doc as it is saved on the device.
pub fn envelope(doc: &Doc) -> Envelope<'_> {
    Envelope {
        format: ENVELOPE_FORMAT,
        version: ENVELOPE_VERSION,
        doc,
    }
}

/// Reads saved work back, refusing anything that is not exactly ours.
pub fn decode(text: &str) -> Result<Doc, DecodeError> {
    #[derive(Deserialize)]
    struct Header {
        format: String,
        version: u32,
    }
    let malformed = |e: serde_json::Error| DecodeError::Malformed(e.to_string());
    let header: Header = serde_json::from_str(text).map_err(malformed)?;
    if header.format != ENVELOPE_FORMAT {
        return Err(DecodeError::OtherFormat(header.format));
    }
    if header.version > ENVELOPE_VERSION {
        return Err(DecodeError::LaterVersion(header.version));
    }
    #[derive(Deserialize)]
    struct Stored {
        doc: Doc,
    }
    let stored: Stored = serde_json::from_str(text).map_err(malformed)?;
    Ok(stored.doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{MeasureEdit, RoundEdit};

    fn apply(state: State, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions
            .into_iter()
            .fold(Rc::new(state), |state, action| state.reduce(action))
    }

    #[test]
    fn a_no_op_returns_the_same_state() {
        let state = Rc::new(State::default());
        let same = state.clone().reduce(Action::SetOrgName(String::new()));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn refused_scores_stay_as_typed_and_count_as_not_entered() {
        let state = apply(
            State::default(),
            [
                Action::SetScore(Indicator::I1, "105".into()),
                Action::SetScore(Indicator::I2, "๘๓,๖๕".into()),
            ],
        );
        assert_eq!(state.doc.scores[0], "105");
        assert!(state.doc.score_input(Indicator::I1).is_err());
        assert_eq!(state.doc.accepted_scores()[0], None);
        assert_eq!(state.doc.accepted_scores()[1], Score::from_hundredths(8365));
    }

    #[test]
    fn the_year_picks_the_framework_until_custom_is_chosen() {
        let mut state = apply(State::default(), [Action::SetFiscalYear(2563)]);
        assert_eq!(state.doc.framework().map(|f| f.id), Ok("ita-2562".into()));
        state = apply(
            (*state).clone(),
            [Action::SetFrameworkChoice(FrameworkChoice::Custom)],
        );
        let framework = state.doc.framework();
        assert_eq!(framework.as_ref().map(|f| f.id.as_ref()), Ok("custom"));
        // Started from the 2563 framework: its rule is levels.
        assert_eq!(framework.map(|f| f.rule), Ok(ResultRule::Levels));
        state = apply(
            (*state).clone(),
            [Action::SetCustomWeight(Indicator::I1, "7".into())],
        );
        assert_eq!(
            state.doc.framework(),
            Err(FrameworkProblem::CustomWeights(CustomWeightsError::Sum {
                sum: 101
            }))
        );
        state = apply(
            (*state).clone(),
            [
                Action::SetFiscalYear(2570),
                Action::SetFrameworkChoice(FrameworkChoice::ByYear),
            ],
        );
        assert_eq!(
            state.doc.framework(),
            Err(FrameworkProblem::NoFrameworkForYear(2570))
        );
        // The custom weights are kept for later.
        assert_eq!(state.doc.custom.weights[0], "7");
    }

    #[test]
    fn saved_work_round_trips_and_foreign_text_is_refused() {
        let state = apply(
            State::default(),
            [
                Action::SetOrgName("เทศบาลตำบล <b>บ้านใหม่</b> \"ทดสอบ\"".into()),
                Action::SetOrgType(Some(OrgType::SubdistrictMunicipality)),
                Action::SetProvince("เชียงใหม่".into()),
                Action::SetScore(Indicator::I10, "abc".into()),
                Action::ToggleLang,
            ],
        );
        let text = serde_json::to_string(&envelope(&state.doc)).expect("serialises");
        assert_eq!(decode(&text), Ok(state.doc.clone()));
        assert!(matches!(
            decode("{not json"),
            Err(DecodeError::Malformed(_))
        ));
        assert!(matches!(decode("[1,2]"), Err(DecodeError::Malformed(_))));
        assert_eq!(
            decode(r#"{"format":"other","version":1}"#),
            Err(DecodeError::OtherFormat("other".into()))
        );
        assert_eq!(
            decode(r#"{"format":"ita-selfcheck-state","version":2,"doc":{}}"#),
            Err(DecodeError::LaterVersion(2))
        );
        assert!(DecodeError::LaterVersion(2)
            .message(Lang::Th)
            .contains("รุ่นที่ใหม่กว่า"));
        assert!(DecodeError::LaterVersion(2)
            .message(Lang::En)
            .contains("later version"));
        // Missing fields take their defaults: older saves still load.
        let old =
            decode(r#"{"format":"ita-selfcheck-state","version":1,"doc":{"fiscal_year":2564}}"#);
        assert_eq!(old.map(|d| d.fiscal_year), Ok(2564));
    }

    #[test]
    fn a_measure_is_adopted_once_edited_removed_and_brought_back() {
        let state = apply(
            State::default(),
            [
                Action::AdoptMeasure("public-disclosure"),
                Action::AdoptMeasure("public-disclosure"),
                Action::AdoptMeasure("no-such-measure"),
                Action::AddOwnMeasure,
            ],
        );
        let ids: Vec<_> = state.doc.measures.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["m1", "m2"]);
        assert!(state.doc.has_adopted("public-disclosure"));
        assert_eq!(
            state.doc.measures[0].indicators,
            [Indicator::I9, Indicator::I7]
        );
        assert!(state.doc.measures[0].period.contains("2569"));
        let state = apply(
            (*state).clone(),
            [
                Action::EditMeasure("m2".into(), MeasureEdit::Name("ประชุมประจำเดือน".into())),
                Action::EditRound("m2".into(), 6, RoundEdit::Done("จัดแล้ว 6 ครั้ง".into())),
                Action::RemoveMeasure("m1".into()),
            ],
        );
        assert_eq!(state.doc.measures.len(), 1);
        assert!(!state.doc.has_adopted("public-disclosure"));
        let state = apply((*state).clone(), [Action::UndoRemoveMeasure]);
        assert_eq!(state.doc.measures[0].id, "m1");
        assert_eq!(state.doc.measures[1].name, "ประชุมประจำเดือน");
        assert_eq!(state.doc.measures[1].round(6).done, "จัดแล้ว 6 ครั้ง");
        assert_eq!(state.removed, None);
    }

    #[test]
    fn thresholds_refuse_bad_text_and_disorder() {
        let state = apply(
            State::default(),
            [Action::SetThreshold(ThresholdField::Urgent, "90".into())],
        );
        assert_eq!(
            state.doc.thresholds.thresholds(),
            Err(ThresholdProblem::Order(ThresholdError::UrgentAboveStrength))
        );
        let state = apply(
            (*state).clone(),
            [Action::SetThreshold(ThresholdField::Strength, "".into())],
        );
        assert!(matches!(
            state.doc.thresholds.thresholds(),
            Err(ThresholdProblem::Field(ThresholdField::Strength, _))
        ));
        let state = apply((*state).clone(), [Action::ResetThresholds]);
        assert_eq!(state.doc.thresholds.thresholds(), Ok(Thresholds::default()));
    }

    #[test]
    fn what_if_targets_replace_current_scores_only_where_valid() {
        let mut actions: Vec<Action> = Indicator::ALL
            .iter()
            .map(|&i| Action::SetScore(i, "80".into()))
            .collect();
        actions.push(Action::SetWhatIf(Indicator::I9, "100".into()));
        actions.push(Action::SetWhatIf(Indicator::I10, "abc".into()));
        let state = apply(State::default(), actions);
        let whatif = state.doc.whatif_scores();
        assert_eq!(whatif[8], Score::from_hundredths(10_000));
        assert_eq!(whatif[9], Score::from_hundredths(8000));
        let state = apply(
            (*state).clone(),
            [Action::FillWhatIf(vec![(
                Indicator::I1,
                Score::from_points(90),
            )])],
        );
        assert_eq!(state.doc.whatif[0], "90.00");
        let state = apply((*state).clone(), [Action::ClearWhatIf]);
        assert!(state.doc.whatif.iter().all(String::is_empty));
        assert_eq!(state.doc.ceiling(Indicator::I1), Ok(Score::MAX));
    }

    #[test]
    fn discarding_unreadable_data_is_by_position_and_bounded() {
        let mut state = State::default();
        state.storage.unreadable.push(Unreadable {
            key: None,
            text: "x".into(),
            reason: UnreadableReason::EarlierVisit,
        });
        assert!(state.storage.saving_paused());
        let state = apply(
            state,
            [Action::DiscardUnreadable(5), Action::DiscardUnreadable(0)],
        );
        assert!(state.storage.unreadable.is_empty());
        assert!(!state.storage.saving_paused());
    }
}
