//! The app's one state, the actions that change it and the reducer.
//!
//! The state holds the [`Workbook`] (everything the user entered, saved on the device) and
//! what belongs to this session only: how saving goes and what one click can undo.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::documents::{DocKind, REPORT_ROUNDS};
use crate::domain::example;
use crate::domain::exchange::{merge, Imported};
use crate::domain::measures::texts;
use crate::domain::paste::read_paste;
use crate::domain::plan::next_measure_id;
pub use crate::domain::stored::{decode, encode, DecodeError};
pub use crate::domain::workbook::{
    Assessment, CustomFramework, FrameworkChoice, FrameworkProblem, Organisation, Person,
    ThresholdField, ThresholdInputs, ThresholdProblem, Workbook,
};
use crate::domain::{
    CatalogueMeasure, Indicator, Lang, MeasureEdit, OrgType, PlannedMeasure, ResultRule, RoundEdit,
    Score,
};

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

/// Why the work is not being saved on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveFault {
    /// The browser's storage for this site is full.
    Full,
    /// The browser offers no storage to this page (a private window, a setting, a policy),
    /// with the browser's own words.
    Unavailable(String),
    /// Any other failure, in the browser's words.
    Failed(String),
}

impl SaveFault {
    /// Why, in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveFault::Full => lang
                .pick(
                    "พื้นที่เก็บข้อมูลของเบราว์เซอร์สำหรับหน้านี้เต็ม",
                    "the browser's storage for this page is full",
                )
                .to_owned(),
            SaveFault::Unavailable(detail) => lang.pick(
                format!("เบราว์เซอร์ไม่อนุญาตให้หน้านี้เก็บข้อมูลในเครื่อง (เช่น หน้าต่างส่วนตัว หรือการตั้งค่าความเป็นส่วนตัว): {detail}"),
                format!("the browser does not let this page keep data on the device (a private window or a privacy setting, say): {detail}"),
            ),
            SaveFault::Failed(detail) => detail.clone(),
        }
    }
}

/// Another tab of the app saved work this tab had not seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OtherTab {
    /// Its work was taken in here: nothing of this tab's was unsaved (said once).
    TakenIn,
    /// Both tabs have changes: this tab stops saving until the user chooses whose work to keep.
    Conflict,
    /// It saved work this version cannot read (a newer version of the app, most likely): this
    /// tab stops saving so as not to overwrite it.
    Unreadable(DecodeError),
}

/// How saving on the device is going: session-only, never saved itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageStatus {
    /// Stored data that could not be read, oldest first.
    pub unreadable: Vec<Unreadable>,
    /// Why the last save failed, if it did.
    pub save_error: Option<SaveFault>,
    /// What another tab did to the saved work, while the user has not yet dealt with it.
    pub other_tab: Option<OtherTab>,
}

impl StorageStatus {
    /// Saving waits while unreadable data is kept only in the slot saving would overwrite, and
    /// while another tab's work and this tab's are in conflict.
    pub fn saving_paused(&self) -> bool {
        self.unreadable.iter().any(|u| u.key.is_none())
            || matches!(
                self.other_tab,
                Some(OtherTab::Conflict | OtherTab::Unreadable(_))
            )
    }

    /// Whether everything in this tab is saved (so another tab's work can be taken in safely).
    pub fn all_saved(&self) -> bool {
        self.save_error.is_none() && !self.saving_paused()
    }
}

/// A measure just removed from a year's plan, kept so that one click brings it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedMeasure {
    /// The fiscal year whose plan it was in.
    pub fiscal_year: u16,
    /// Where it was in the plan.
    pub position: usize,
    /// The measure, with everything recorded for it.
    pub measure: PlannedMeasure,
}

/// A fiscal year just deleted, kept so that one click brings it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedYear {
    /// The assessment, with everything in it.
    pub assessment: Assessment,
}

/// The whole state of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// What the user entered (saved).
    pub doc: Workbook,
    /// How saving is going (not saved).
    pub storage: StorageStatus,
    /// The last measure removed, until it is restored or another is removed.
    pub removed: Option<RemovedMeasure>,
    /// The last fiscal year deleted, until it is restored or another is deleted.
    pub removed_year: Option<RemovedYear>,
    /// The work as it was before the last import, until the import is undone or dismissed.
    pub before_import: Option<Box<ImportUndo>>,
    /// How many times the user has changed the doc: saving follows this count, so that work
    /// taken in from another tab is not written back (two versions of the app open in two tabs
    /// would otherwise rewrite each other's saves for ever).
    pub edits: u64,
    /// While the example to try is open, the user's own work, kept aside (and not saved over:
    /// nothing is saved while the example is open).
    pub example: Option<Box<Workbook>>,
    /// Text pasted to fill the scores, while its reading is previewed.
    pub paste: Option<String>,
    /// The open year's scores as they were before the last paste, until undone or dismissed.
    pub before_paste: Option<PasteUndo>,
    /// Where the catalogue's long texts are (not saved): the page loads them after its first
    /// paint (`domain::measures::texts`).
    pub catalogue: Catalogue,
}

/// Where the catalogue's long texts are: until they are loaded, no catalogue measure can be
/// adopted, the example cannot open and no document is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Catalogue {
    /// Being fetched.
    Loading,
    /// Loaded: every measure has its texts.
    Loaded,
    /// The fetch failed; the user can try again.
    Failed,
}

impl Default for Catalogue {
    /// Loaded where the texts are built in (the native and browser tests), else loading.
    fn default() -> Catalogue {
        if texts::loaded() {
            Catalogue::Loaded
        } else {
            Catalogue::Loading
        }
    }
}

/// What one click can undo after a paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteUndo {
    /// The year the paste filled.
    pub fiscal_year: u16,
    /// Its ten score fields as they were.
    pub scores: [String; 10],
    /// How many scores the paste put in.
    pub filled: usize,
}

/// What one click can undo after an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportUndo {
    /// The work as it was.
    pub before: Workbook,
    /// Years the import added.
    pub added: Vec<u16>,
    /// Years the import replaced.
    pub replaced: Vec<u16>,
}

/// A person field of the organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonField {
    /// ผู้จัดทำ: name.
    PreparerName,
    /// ผู้จัดทำ: position.
    PreparerPosition,
    /// ผู้บริหาร: name.
    ApproverName,
    /// ผู้บริหาร: position.
    ApproverPosition,
}

impl PersonField {
    /// The text of this field in an organisation.
    pub fn get(self, organisation: &Organisation) -> &str {
        match self {
            PersonField::PreparerName => &organisation.prepared_by.name,
            PersonField::PreparerPosition => &organisation.prepared_by.position,
            PersonField::ApproverName => &organisation.approved_by.name,
            PersonField::ApproverPosition => &organisation.approved_by.position,
        }
    }

    fn slot(self, organisation: &mut Organisation) -> &mut String {
        let (person, name): (&mut Person, bool) = match self {
            PersonField::PreparerName => (&mut organisation.prepared_by, true),
            PersonField::PreparerPosition => (&mut organisation.prepared_by, false),
            PersonField::ApproverName => (&mut organisation.approved_by, true),
            PersonField::ApproverPosition => (&mut organisation.approved_by, false),
        };
        if name {
            &mut person.name
        } else {
            &mut person.position
        }
    }
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
    /// The district (อำเภอ/เขต) as typed.
    SetDistrict(String),
    /// A person's name or position as typed.
    SetPerson(PersonField, String),
    /// Change the open assessment's fiscal year (พ.ศ.); refused if another year has it.
    SetFiscalYear(u16),
    /// Open another year's assessment.
    OpenYear(u16),
    /// Add an assessment for a year, carrying the previous year's measures forward or not.
    AddYear(u16, bool),
    /// Delete a year's assessment (it can be brought back).
    DeleteYear(u16),
    /// Bring back the year deleted last.
    UndoDeleteYear,
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
    /// Add a catalogue measure to the open year's plan (once).
    AdoptMeasure(&'static str),
    /// Add a blank measure for the agency to write.
    AddOwnMeasure,
    /// Change a planned measure of the open year.
    EditMeasure(String, MeasureEdit),
    /// Change one round's report of a planned measure of the open year.
    EditRound(String, u8, RoundEdit),
    /// Remove a planned measure from the open year (it can be brought back).
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
    /// Merge a checked file into the work (confirmed by the user); the work as it was is kept
    /// for one-click undo.
    ApplyImport(Box<Imported>),
    /// Go back to the work as it was before the last import.
    UndoImport,
    /// Forget the work as it was before the last import.
    DismissImportUndo,
    /// The last save succeeded.
    Saved,
    /// The last save failed, and why.
    SaveFailed(SaveFault),
    /// Saving found work another tab saved since this tab last read or wrote it.
    SaveConflict,
    /// Another tab saved this work: take it in if everything here is saved, else a conflict.
    OtherTabSaved(Box<Workbook>),
    /// Another tab saved work this version cannot read.
    OtherTabUnreadable(DecodeError),
    /// Another tab removed the saved work: save this tab's again.
    OtherTabCleared,
    /// The user chose the other tab's work (read again from storage).
    UseOtherTab(Box<Workbook>),
    /// The user chose this tab's work: save it over the other tab's.
    KeepThisTab,
    /// The user has read that another tab's work was taken in.
    DismissOtherTab,
    /// The user discarded the unreadable data at this position.
    DiscardUnreadable(usize),
    /// A drafted paragraph of the open year's documents, as the user rewrote it.
    SetDocText(String, String),
    /// Back to the app's own draft of a paragraph.
    ResetDocText(String),
    /// The date written on a document of the open year (`yyyy-mm-dd`, or empty for blanks).
    SetDocDate(DocKind, String),
    /// Which round (6 or 12 months) the implementation report covers.
    SetReportRound(u8),
    /// Whether the announcement carries its measures as a table too.
    SetAnnouncementTable(bool),
    /// Whether the documents write their numbers in Thai digits (remembered).
    SetThaiDigits(bool),
    /// Show the reading of pasted text before anything changes.
    PreviewPaste(String),
    /// Leave the pasted text unused.
    CancelPaste,
    /// Put the previewed paste's accepted scores into the open year (one click undoes it).
    ApplyPaste,
    /// Put the scores back as they were before the last paste.
    UndoPaste,
    /// Forget the scores as they were before the last paste.
    DismissPasteUndo,
    /// The catalogue's texts are loaded, failed to load, or are to be fetched again.
    SetCatalogue(Catalogue),
    /// Open the example to try, keeping the user's work aside.
    OpenExample,
    /// Close the example and bring back the user's work as it was.
    CloseExample,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The save after every edit went well, as the one before it did: nothing to show, and
        // no copy of the whole work to make and compare.
        if matches!(action, Action::Saved) && self.storage.save_error.is_none() {
            return self;
        }
        // Choices that must be saved again though the doc does not change.
        let resave = matches!(action, Action::KeepThisTab | Action::OtherTabCleared);
        let mut next = (*self).clone();
        let doc = &mut next.doc;
        match action {
            Action::ToggleLang => doc.lang = doc.lang.toggled(),
            Action::SetOrgName(name) => doc.organisation.name = name,
            Action::SetOrgType(kind) => doc.organisation.org_type = kind,
            Action::SetProvince(province) => doc.organisation.province = province,
            Action::SetDistrict(district) => doc.organisation.district = district,
            Action::SetPerson(field, text) => *field.slot(&mut doc.organisation) = text,
            Action::SetFiscalYear(year) => {
                // A year another assessment holds is refused (the picker disables it).
                let _ = doc.relabel_open_year(year);
            }
            Action::OpenYear(year) => {
                if doc.year(year).is_some() {
                    doc.open_year = year;
                }
            }
            Action::AddYear(year, carry_forward) => {
                let _ = doc.add_year(year, carry_forward);
            }
            Action::DeleteYear(year) => {
                if let Some((_, assessment)) = doc.remove_year(year) {
                    next.removed_year = Some(RemovedYear { assessment });
                }
            }
            Action::UndoDeleteYear => {
                if let Some(RemovedYear { assessment }) = next.removed_year.take() {
                    let year = assessment.fiscal_year;
                    if doc.restore_year(assessment.clone()).is_err() {
                        // The year was taken meanwhile: keep the deleted one for another try.
                        next.removed_year = Some(RemovedYear { assessment });
                    } else {
                        doc.open_year = year;
                    }
                }
            }
            Action::SetFrameworkChoice(choice) => {
                let year = doc.current_mut();
                // The first switch to custom starts from the year's framework, not a blank.
                if choice == FrameworkChoice::Custom && year.custom.is_blank() {
                    year.custom = year
                        .year_framework()
                        .map_or_else(CustomFramework::standard, CustomFramework::from_entry);
                }
                year.framework = choice;
            }
            Action::SetCustomWeight(indicator, text) => {
                doc.current_mut().custom.weights[indicator.index()] = text;
            }
            Action::SetCustomRule(rule) => doc.current_mut().custom.rule = rule,
            Action::SetScore(indicator, text) => doc.current_mut().scores[indicator.index()] = text,
            Action::SetThreshold(field, text) => doc.thresholds.set(field, text),
            Action::SetLowestIsUrgent(on) => doc.thresholds.lowest_is_urgent = on,
            Action::ResetThresholds => doc.thresholds = ThresholdInputs::default(),
            Action::AdoptMeasure(catalogue_id) => adopt_measure(doc, catalogue_id),
            Action::AddOwnMeasure => {
                let year = doc.current_mut();
                let id = next_measure_id(&year.measures);
                year.measures.push(PlannedMeasure {
                    id,
                    ..PlannedMeasure::default()
                });
            }
            Action::EditMeasure(id, edit) => edit_measure(doc, &id, edit),
            Action::EditRound(id, month, edit) => edit_round(doc, &id, month, edit),
            Action::RemoveMeasure(id) => next.remove_measure(&id),
            Action::UndoRemoveMeasure => next.undo_remove_measure(),
            Action::SetCeiling(indicator, text) => {
                doc.current_mut().ceilings[indicator.index()] = text
            }
            Action::SetWhatIf(indicator, text) => {
                doc.current_mut().whatif[indicator.index()] = text
            }
            Action::FillWhatIf(targets) => {
                let year = doc.current_mut();
                for (indicator, score) in targets {
                    year.whatif[indicator.index()] = score.to_string();
                }
            }
            Action::ClearWhatIf => doc.current_mut().whatif = Default::default(),
            Action::ApplyImport(imported) => next.apply_import(*imported),
            Action::UndoImport => {
                if let Some(undo) = next.before_import.take() {
                    let lang = doc.lang;
                    *doc = undo.before;
                    doc.lang = lang;
                }
            }
            Action::DismissImportUndo => next.before_import = None,
            Action::Saved => next.storage.save_error = None,
            Action::SaveFailed(fault) => next.storage.save_error = Some(fault),
            Action::SaveConflict => next.storage.other_tab = Some(OtherTab::Conflict),
            Action::OtherTabSaved(other) if next.example.is_some() => {
                // The example is open: the other tab's work becomes the work kept aside (this
                // tab saved nothing meanwhile), and comes back when the example is closed.
                next.example = Some(other);
                return Rc::new(next);
            }
            Action::OtherTabSaved(other) => {
                if self.storage.all_saved() {
                    next.take_in(*other);
                    next.storage.other_tab = Some(OtherTab::TakenIn);
                } else {
                    next.storage.other_tab = Some(OtherTab::Conflict);
                }
                return Rc::new(next);
            }
            Action::OtherTabUnreadable(error) => {
                next.storage.other_tab = Some(OtherTab::Unreadable(error));
            }
            Action::OtherTabCleared => {}
            Action::UseOtherTab(other) => {
                next.take_in(*other);
                next.storage.other_tab = None;
                return Rc::new(next);
            }
            Action::KeepThisTab => next.storage.other_tab = None,
            Action::DismissOtherTab => {
                if next.storage.other_tab == Some(OtherTab::TakenIn) {
                    next.storage.other_tab = None;
                }
            }
            Action::DiscardUnreadable(position) => {
                if position < next.storage.unreadable.len() {
                    next.storage.unreadable.remove(position);
                }
            }
            Action::SetDocText(id, text) => doc.current_mut().documents.set_text(&id, text),
            Action::ResetDocText(id) => {
                doc.current_mut().documents.texts.remove(&id);
            }
            Action::SetDocDate(kind, date) => {
                let dates = &mut doc.current_mut().documents.dates;
                if date.is_empty() {
                    dates.remove(kind.code());
                } else {
                    dates.insert(kind.code().to_owned(), date);
                }
            }
            Action::SetReportRound(round) => {
                if REPORT_ROUNDS.contains(&round) {
                    doc.current_mut().documents.report_round = round;
                }
            }
            Action::SetAnnouncementTable(on) => doc.current_mut().documents.announcement_table = on,
            Action::SetThaiDigits(on) => doc.thai_digits = on,
            Action::PreviewPaste(text) => next.paste = Some(text),
            Action::CancelPaste => next.paste = None,
            Action::ApplyPaste => next.apply_paste(),
            Action::UndoPaste => next.undo_paste(),
            Action::DismissPasteUndo => next.before_paste = None,
            Action::SetCatalogue(catalogue) => next.catalogue = catalogue,
            Action::OpenExample => next.open_example(),
            Action::CloseExample => next.close_example(),
        }
        // Saving follows the user's changes; a choice that must be saved again counts as one.
        if next.doc != self.doc || resave {
            next.edits += 1;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

// The reducer's actions that change more than a field, each out of line: a first visit's
// typing never dispatches them, and the release build's split, which goes by whole functions,
// then leaves their code to the later WebAssembly module (see src/components.rs).

/// Puts a measure of the catalogue into the open year's plan, once.
#[inline(never)]
fn adopt_measure(doc: &mut Workbook, catalogue_id: &str) {
    let lang = doc.lang;
    let year = doc.current_mut();
    if let Some(measure) = CatalogueMeasure::find(catalogue_id) {
        if !year.has_adopted(catalogue_id) {
            let id = next_measure_id(&year.measures);
            let plan_year = year.plan_year();
            // None until the catalogue's texts are loaded (the button waits).
            if let Some(adopted) = PlannedMeasure::adopt(measure, id, lang, plan_year) {
                year.measures.push(adopted);
            }
        }
    }
}

/// Changes a planned measure of the open year.
#[inline(never)]
fn edit_measure(doc: &mut Workbook, id: &str, edit: MeasureEdit) {
    if let Some(measure) = doc.current_mut().measures.iter_mut().find(|m| m.id == id) {
        measure.apply(edit);
    }
}

/// Changes what a planned measure of the open year reports for a round.
#[inline(never)]
fn edit_round(doc: &mut Workbook, id: &str, month: u8, edit: RoundEdit) {
    if let Some(measure) = doc.current_mut().measures.iter_mut().find(|m| m.id == id) {
        measure.apply_round(month, edit);
    }
}

impl State {
    /// Takes a measure out of the open year's plan, keeping it for one click's undo.
    #[inline(never)]
    fn remove_measure(&mut self, id: &str) {
        let year = self.doc.current_mut();
        if let Some(position) = year.measures.iter().position(|m| m.id == id) {
            let measure = year.measures.remove(position);
            self.removed = Some(RemovedMeasure {
                fiscal_year: year.fiscal_year,
                position,
                measure,
            });
        }
    }

    /// Puts the measure just removed back where it was.
    #[inline(never)]
    fn undo_remove_measure(&mut self) {
        let Some(removed) = self.removed.take() else {
            return;
        };
        let doc = &mut self.doc;
        match doc
            .years
            .iter_mut()
            .find(|a| a.fiscal_year == removed.fiscal_year)
        {
            Some(year) => {
                let position = removed.position.min(year.measures.len());
                year.measures.insert(position, removed.measure);
                doc.open_year = removed.fiscal_year;
            }
            // Its year is gone too: keep it for when the year comes back.
            None => self.removed = Some(removed),
        }
    }

    /// Merges an imported file into the work, keeping the work as it was for one click's undo.
    #[inline(never)]
    fn apply_import(&mut self, imported: Imported) {
        let plan = merge(&self.doc, imported);
        let before = std::mem::replace(&mut self.doc, plan.result);
        self.before_import = Some(Box::new(ImportUndo {
            before,
            added: plan.added,
            replaced: plan.replaced,
        }));
        self.removed = None;
        self.removed_year = None;
    }

    /// Puts the previewed paste's accepted scores into the open year (one click undoes it).
    #[inline(never)]
    fn apply_paste(&mut self) {
        let Some(text) = self.paste.take() else {
            return;
        };
        let accepted = read_paste(&text).accepted();
        if accepted.is_empty() {
            return;
        }
        let year = self.doc.current_mut();
        self.before_paste = Some(PasteUndo {
            fiscal_year: year.fiscal_year,
            scores: year.scores.clone(),
            filled: accepted.len(),
        });
        for (indicator, score) in accepted {
            year.scores[indicator.index()] = score.to_string();
        }
    }

    /// Puts the scores back as they were before the last paste.
    #[inline(never)]
    fn undo_paste(&mut self) {
        let Some(undo) = self.before_paste.take() else {
            return;
        };
        let doc = &mut self.doc;
        if let Some(year) = doc
            .years
            .iter_mut()
            .find(|a| a.fiscal_year == undo.fiscal_year)
        {
            year.scores = undo.scores;
            doc.open_year = undo.fiscal_year;
        }
    }

    /// Opens the example to try, keeping the user's work aside.
    #[inline(never)]
    fn open_example(&mut self) {
        if self.example.is_some() {
            return;
        }
        // None until the catalogue's texts are loaded (the offer waits for them).
        if let Some(example) = example::workbook(self.doc.lang, self.doc.thai_digits) {
            let own = std::mem::replace(&mut self.doc, example);
            self.example = Some(Box::new(own));
            self.forget_undo();
        }
    }

    /// Closes the example and brings back the user's work as it was.
    #[inline(never)]
    fn close_example(&mut self) {
        if let Some(own) = self.example.take() {
            let (lang, digits) = (self.doc.lang, self.doc.thai_digits);
            self.doc = *own;
            self.doc.lang = lang;
            self.doc.thai_digits = digits;
            self.forget_undo();
        }
    }
}

impl State {
    /// Whether saving on the device waits: while unreadable data or another tab's work needs
    /// the user, and while the example is open (it is never saved).
    pub fn saving_paused(&self) -> bool {
        self.storage.saving_paused() || self.example.is_some()
    }

    /// Forgets what one click could undo: it applied to work no longer on the page.
    fn forget_undo(&mut self) {
        self.removed = None;
        self.removed_year = None;
        self.before_import = None;
        self.before_paste = None;
        self.paste = None;
    }

    /// Takes in work another tab saved: it replaces this tab's (which was saved, or which the
    /// user chose to give up), and what one click could undo here no longer applies to it.
    fn take_in(&mut self, other: Workbook) {
        let lang = self.doc.lang;
        self.doc = other;
        // The language is this tab's own choice.
        self.doc.lang = lang;
        self.removed = None;
        self.removed_year = None;
        self.before_import = None;
    }
}

/// The storage key of the saved work.
pub const STORAGE_KEY: &str = "ita-selfcheck.v1";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analysis::ThresholdError;
    use crate::domain::plan::{MeasureEdit, RoundEdit};
    use crate::domain::{CustomWeightsError, Thresholds};

    fn apply(state: State, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions
            .into_iter()
            .fold(Rc::new(state), |state, action| state.reduce(action))
    }

    fn named(name: &str) -> Box<Workbook> {
        let mut doc = Workbook::default();
        doc.organisation.name = name.into();
        Box::new(doc)
    }

    #[test]
    fn saving_follows_the_users_edits_not_work_taken_in_from_another_tab() {
        let state = apply(State::default(), [Action::SetOrgName("ก".into())]);
        assert_eq!(state.edits, 1);
        let state = apply(
            (*state).clone(),
            [Action::ToggleLang, Action::OtherTabSaved(named("ข"))],
        );
        assert_eq!(
            state.edits, 2,
            "taking in is not an edit: it is not written back"
        );
        assert_eq!(state.doc.organisation.name, "ข");
        assert_eq!(state.doc.lang, Lang::En, "the language stays this tab's");
        assert_eq!(state.storage.other_tab, Some(OtherTab::TakenIn));
        assert!(!state.storage.saving_paused());
        let state = state.reduce(Action::DismissOtherTab);
        assert_eq!(state.storage.other_tab, None);
    }

    #[test]
    fn work_taken_in_from_another_tab_drops_undo_that_no_longer_applies() {
        let state = apply(
            State::default(),
            [
                Action::AdoptMeasure("ita-results"),
                Action::RemoveMeasure("m1".into()),
            ],
        );
        assert!(state.removed.is_some());
        let state = state.reduce(Action::OtherTabSaved(named("ข")));
        assert_eq!(state.removed, None);
    }

    #[test]
    fn a_good_save_after_a_good_one_keeps_the_state_and_one_after_a_failure_clears_it() {
        let edited = apply(State::default(), [Action::SetOrgName("ก".into())]);
        let saved = edited.clone().reduce(Action::Saved);
        assert!(
            Rc::ptr_eq(&edited, &saved),
            "no new state: nothing re-renders"
        );
        let failed = saved.reduce(Action::SaveFailed(SaveFault::Full));
        assert_eq!(failed.storage.save_error, Some(SaveFault::Full));
        let recovered = failed.reduce(Action::Saved);
        assert_eq!(recovered.storage.save_error, None);
        assert_eq!(recovered.doc.organisation.name, "ก");
    }

    #[test]
    fn another_tabs_work_is_a_conflict_while_this_tab_has_unsaved_work() {
        let failing = apply(
            State::default(),
            [
                Action::SetOrgName("ก".into()),
                Action::SaveFailed(SaveFault::Full),
                Action::OtherTabSaved(named("ข")),
            ],
        );
        assert_eq!(failing.doc.organisation.name, "ก", "nothing is taken over");
        assert_eq!(failing.storage.other_tab, Some(OtherTab::Conflict));
        assert!(failing.storage.saving_paused());

        // Choosing this tab's work saves it again; choosing the other's takes it in.
        let kept = apply((*failing).clone(), [Action::KeepThisTab]);
        assert!(!kept.storage.saving_paused());
        assert_eq!(kept.edits, failing.edits + 1);
        let theirs = apply((*failing).clone(), [Action::UseOtherTab(named("ข"))]);
        assert_eq!(theirs.doc.organisation.name, "ข");
        assert!(!theirs.storage.saving_paused());
    }

    #[test]
    fn a_save_that_meets_another_tabs_write_pauses_saving_until_the_user_chooses() {
        let state = apply(
            State::default(),
            [Action::SetOrgName("ก".into()), Action::SaveConflict],
        );
        assert!(state.storage.saving_paused());
        assert!(!state.storage.all_saved());
        let unreadable = apply(
            State::default(),
            [Action::OtherTabUnreadable(DecodeError::LaterVersion(3))],
        );
        assert!(unreadable.storage.saving_paused());
        // Work the other tab cleared away is saved again from this tab.
        let cleared = apply(State::default(), [Action::OtherTabCleared]);
        assert_eq!(cleared.edits, 1);
    }

    #[test]
    fn document_settings_are_kept_with_the_open_year_and_drafts_go_back_to_the_default() {
        let state = apply(
            State::default(),
            [
                Action::SetDistrict("เมือง".into()),
                Action::SetDocText("analysis.foreword".into(), "คำนำของเรา".into()),
                Action::SetDocDate(DocKind::Announcement, "2025-10-01".into()),
                Action::SetReportRound(12),
                Action::SetReportRound(9),
                Action::SetAnnouncementTable(false),
                Action::SetThaiDigits(true),
            ],
        );
        let documents = &state.doc.current().documents;
        assert_eq!(state.doc.organisation.district, "เมือง");
        assert_eq!(documents.texts["analysis.foreword"], "คำนำของเรา");
        assert_eq!(documents.dates["announcement"], "2025-10-01");
        assert_eq!(
            documents.report_round, 12,
            "9 is not a round a report covers"
        );
        assert!(!documents.announcement_table);
        assert!(state.doc.thai_digits);
        let state = apply(
            (*state).clone(),
            [
                Action::ResetDocText("analysis.foreword".into()),
                Action::SetDocDate(DocKind::Announcement, String::new()),
            ],
        );
        assert!(state.doc.current().documents.texts.is_empty());
        assert!(state.doc.current().documents.dates.is_empty());
        // Saved and read back.
        let text = encode(&state.doc);
        assert_eq!(decode(&text), Ok(state.doc.clone()));
    }

    #[test]
    fn a_paste_fills_only_what_it_accepts_and_one_click_undoes_it() {
        let state = apply(
            State::default(),
            [
                Action::SetScore(Indicator::I2, "70".into()),
                Action::PreviewPaste("การใช้อำนาจ 95.20\nการเปิดเผยข้อมูล 105\ni1 ๙๒".into()),
            ],
        );
        assert_eq!(
            state.doc.current().scores[2],
            "",
            "nothing changes while previewed"
        );
        let state = apply((*state).clone(), [Action::ApplyPaste]);
        let scores = &state.doc.current().scores;
        assert_eq!((scores[0].as_str(), scores[2].as_str()), ("92.00", "95.20"));
        assert_eq!(scores[8], "", "a refused value never enters the form");
        assert_eq!(scores[1], "70", "what the paste does not give is kept");
        assert_eq!(state.paste, None);
        assert_eq!(state.before_paste.as_ref().map(|u| u.filled), Some(2));
        let state = apply((*state).clone(), [Action::UndoPaste]);
        assert_eq!(state.doc.current().scores[0], "");
        assert_eq!(state.doc.current().scores[1], "70");
        // Garbage changes nothing.
        let same = apply(
            (*state).clone(),
            [Action::PreviewPaste("สวัสดี".into()), Action::ApplyPaste],
        );
        assert_eq!(same.doc, state.doc);
        assert_eq!(same.before_paste, None);
    }

    #[test]
    fn the_example_keeps_the_users_work_aside_and_brings_it_back_exactly() {
        let own = apply(
            State::default(),
            [
                Action::SetOrgName("งานของฉัน".into()),
                Action::SetScore(Indicator::I1, "77".into()),
            ],
        );
        let open = apply((*own).clone(), [Action::OpenExample]);
        assert!(open.doc.example);
        assert_eq!(open.doc.organisation.name, crate::domain::example::NAME);
        assert!(open.saving_paused(), "the example is never saved");
        // Working in the example, and another tab saving the user's work meanwhile.
        let mut theirs = own.doc.clone();
        theirs.organisation.name = "งานจากอีกแท็บ".into();
        let open = apply(
            (*open).clone(),
            [
                Action::SetScore(Indicator::I1, "99".into()),
                Action::OtherTabSaved(Box::new(theirs.clone())),
            ],
        );
        assert!(open.doc.example, "the example stays on the page");
        let closed = apply((*open).clone(), [Action::CloseExample]);
        assert_eq!(closed.doc, theirs, "the user's latest work comes back");
        assert!(!closed.saving_paused());
        let closed = apply((*own).clone(), [Action::OpenExample, Action::CloseExample]);
        assert_eq!(closed.doc, own.doc);
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
        assert_eq!(state.doc.current().scores[0], "105");
        assert!(state.doc.current().score_input(Indicator::I1).is_err());
        assert_eq!(state.doc.current().accepted_scores()[0], None);
        assert_eq!(
            state.doc.current().accepted_scores()[1],
            Score::from_hundredths(8365)
        );
    }

    #[test]
    fn the_year_picks_the_framework_until_custom_is_chosen() {
        let mut state = apply(State::default(), [Action::SetFiscalYear(2563)]);
        assert_eq!(
            state.doc.current().framework().map(|f| f.id),
            Ok("ita-2562".into())
        );
        state = apply(
            (*state).clone(),
            [Action::SetFrameworkChoice(FrameworkChoice::Custom)],
        );
        let framework = state.doc.current().framework();
        assert_eq!(framework.as_ref().map(|f| f.id.as_ref()), Ok("custom"));
        // Started from the 2563 framework: its rule is levels.
        assert_eq!(framework.map(|f| f.rule), Ok(ResultRule::Levels));
        state = apply(
            (*state).clone(),
            [Action::SetCustomWeight(Indicator::I1, "7".into())],
        );
        assert_eq!(
            state.doc.current().framework(),
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
            state.doc.current().framework(),
            Err(FrameworkProblem::NoFrameworkForYear(2570))
        );
        // The custom weights are kept for later.
        assert_eq!(state.doc.current().custom.weights[0], "7");
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
        let text = encode(&state.doc);
        assert_eq!(decode(&text), Ok(state.doc.clone()));
        // Refusals and earlier versions: `crate::domain::stored`'s tests.
        assert!(matches!(
            decode("{not json"),
            Err(DecodeError::Malformed(_))
        ));
    }

    #[test]
    fn years_are_added_carried_forward_deleted_and_brought_back() {
        let state = apply(
            State::default(),
            [
                Action::SetFiscalYear(2567),
                Action::SetScore(Indicator::I1, "80".into()),
                Action::AdoptMeasure("public-disclosure"),
                Action::EditRound("m1".into(), 6, RoundEdit::Done("ทำแล้ว".into())),
                Action::AddYear(2568, true),
            ],
        );
        assert_eq!(state.doc.open_year, 2568);
        let new = state.doc.current();
        assert_eq!(new.scores[0], "", "scores start empty");
        assert_eq!(new.measures.len(), 1, "measures carried forward");
        assert!(new.measures[0].progress.is_empty(), "with no progress");
        assert_eq!(
            new.measures[0].period, "ตลอดปีงบประมาณ พ.ศ. 2569",
            "and the new plan year's period (the year after the results)"
        );
        // A year that is taken cannot be added again or relabelled onto.
        let same = apply(
            (*state).clone(),
            [Action::AddYear(2567, false), Action::SetFiscalYear(2567)],
        );
        assert_eq!(same.doc, state.doc);

        let state = apply((*state).clone(), [Action::DeleteYear(2567)]);
        assert_eq!(state.doc.years.len(), 1);
        assert!(state.removed_year.is_some());
        let state = apply(
            (*state).clone(),
            [Action::UndoDeleteYear, Action::OpenYear(2567)],
        );
        assert_eq!(state.doc.years.len(), 2);
        assert_eq!(state.doc.current().measures[0].round(6).done, "ทำแล้ว");
        // The last year left cannot be deleted.
        let one = apply(State::default(), [Action::DeleteYear(2569)]);
        assert_eq!(one.doc.years.len(), 1);
    }

    #[test]
    fn an_import_merges_into_the_work_and_one_click_undoes_it() {
        let before = apply(
            State::default(),
            [
                Action::SetOrgName("ของเดิม".into()),
                Action::SetScore(Indicator::I1, "70".into()),
                Action::ToggleLang,
            ],
        );
        let file = r#"{"format":"ita-selfcheck","version":1,"organisation":{"name":"จากไฟล์"},
            "assessments":[{"fiscal_year":2568,"scores":{"i1":90}}]}"#;
        let imported = crate::domain::exchange::read(file.as_bytes()).expect("a valid file");
        let state = apply((*before).clone(), [Action::ApplyImport(Box::new(imported))]);
        assert_eq!(state.doc.organisation.name, "จากไฟล์");
        assert_eq!(
            state.doc.lang,
            Lang::En,
            "the language is the user's, not the file's"
        );
        let years: Vec<u16> = state.doc.years.iter().map(|a| a.fiscal_year).collect();
        assert_eq!(years, [2568, 2569], "2569 had a score, so it is kept");
        assert_eq!(
            state.before_import.as_ref().map(|u| u.added.clone()),
            Some(vec![2568])
        );
        let state = apply((*state).clone(), [Action::UndoImport]);
        assert_eq!(state.doc, before.doc);
        assert_eq!(state.before_import, None);
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
        let ids: Vec<_> = state
            .doc
            .current()
            .measures
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(ids, ["m1", "m2"]);
        assert!(state.doc.current().has_adopted("public-disclosure"));
        assert_eq!(
            state.doc.current().measures[0].indicators,
            [Indicator::I9, Indicator::I7]
        );
        // The 2569 results lead to the 2570 plan.
        assert!(state.doc.current().measures[0].period.contains("2570"));
        let state = apply(
            (*state).clone(),
            [
                Action::EditMeasure("m2".into(), MeasureEdit::Name("ประชุมประจำเดือน".into())),
                Action::EditRound("m2".into(), 6, RoundEdit::Done("จัดแล้ว 6 ครั้ง".into())),
                Action::RemoveMeasure("m1".into()),
            ],
        );
        assert_eq!(state.doc.current().measures.len(), 1);
        assert!(!state.doc.current().has_adopted("public-disclosure"));
        let state = apply((*state).clone(), [Action::UndoRemoveMeasure]);
        assert_eq!(state.doc.current().measures[0].id, "m1");
        assert_eq!(state.doc.current().measures[1].name, "ประชุมประจำเดือน");
        assert_eq!(state.doc.current().measures[1].round(6).done, "จัดแล้ว 6 ครั้ง");
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
        let whatif = state.doc.current().whatif_scores();
        assert_eq!(whatif[8], Score::from_hundredths(10_000));
        assert_eq!(whatif[9], Score::from_hundredths(8000));
        let state = apply(
            (*state).clone(),
            [Action::FillWhatIf(vec![(
                Indicator::I1,
                Score::from_points(90),
            )])],
        );
        assert_eq!(state.doc.current().whatif[0], "90.00");
        let state = apply((*state).clone(), [Action::ClearWhatIf]);
        assert!(state.doc.current().whatif.iter().all(String::is_empty));
        assert_eq!(state.doc.current().ceiling(Indicator::I1), Ok(Score::MAX));
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
