//! The work as the user entered it: one organisation, its thresholds, and one assessment per
//! fiscal year, each with its framework, scores, measures plan and targets.
//!
//! Everything is kept as typed: a refused score stays in its field with its message, and
//! nothing is lost. Everything shown (scores, framework, total, result) is derived from it by
//! the domain's functions, never stored beside it.

use crate::sort::sort_small_by_key;
use serde_json::{Map, Value};
use thiserror::Error;

use crate::analysis::ThresholdError;
use crate::documents::DocumentInputs;
use crate::framework::{framework_for_year, latest_fiscal_year, CustomWeightsError};
use crate::{
    analyse, evaluate, Analysis, CatalogueMeasure, Evaluation, Framework, FrameworkEntry,
    Indicator, Lang, OrgType, PlannedMeasure, ResultRule, Score, ScoreError, Thresholds, Weights,
};

/// The fiscal years a file may hold (พ.ศ.).
pub const YEAR_RANGE: std::ops::RangeInclusive<u16> = 2550..=2600;

/// The organisation being assessed, as entered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Organisation {
    /// Its name.
    pub name: String,
    /// Its kind, once chosen.
    pub org_type: Option<OrgType>,
    /// The province as typed (it may not match a province yet).
    pub province: String,
    /// The district (อำเภอ / เขต) as typed, for the documents' heading.
    pub district: String,
    /// Who prepared the self-assessment (ผู้จัดทำ).
    pub prepared_by: Person,
    /// The executive who approves it (ผู้บริหาร / ผู้อนุมัติ).
    pub approved_by: Person,
    /// Fields of an imported file this app does not know, kept for re-export.
    pub extra: Map<String, Value>,
}

/// A person named on the documents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Person {
    /// ชื่อ-สกุล
    pub name: String,
    /// ตำแหน่ง
    pub position: String,
}

impl Person {
    /// Whether nothing is entered.
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.position.trim().is_empty()
    }
}

/// Whether the year's framework applies or the user's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FrameworkChoice {
    /// The framework of the fiscal year (ITA.md §3).
    #[default]
    ByYear,
    /// The user's own weights and rule.
    Custom,
}

/// The user's own framework, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
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

impl CustomFramework {
    /// The standard weights (6 × 5, 10 × 3, 20 × 2) to start from.
    pub fn standard() -> CustomFramework {
        CustomFramework {
            weights: Weights::STANDARD.as_array().map(|w| w.to_string()),
            rule: ResultRule::PassMark,
        }
    }

    /// Whether no weight has been typed (a year that never used custom weights).
    pub fn is_blank(&self) -> bool {
        self.weights.iter().all(|w| w.is_empty())
    }
}

/// Blank: nothing typed yet. Choosing custom weights fills them from the year's framework
/// (or the standard weights); a blank costs nothing to create for every year of every file.
impl Default for CustomFramework {
    fn default() -> CustomFramework {
        CustomFramework {
            weights: Default::default(),
            rule: ResultRule::PassMark,
        }
    }
}

/// The analysis thresholds as typed in the settings panel.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// The defaults of [`Thresholds`], as the settings panel writes them (a test checks they
    /// agree).
    fn default() -> ThresholdInputs {
        ThresholdInputs {
            strength: "85.00".into(),
            excellent: "95.00".into(),
            urgent: "75.00".into(),
            lowest_is_urgent: true,
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

    /// Sets the text of one field.
    pub fn set(&mut self, field: ThresholdField, text: String) {
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

/// One fiscal year's self-assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Fiscal year in พ.ศ.
    pub fiscal_year: u16,
    /// Which framework applies.
    pub framework: FrameworkChoice,
    /// The user's own framework, kept even while the year's framework is in use.
    pub custom: CustomFramework,
    /// Ten scores as typed, `i1` first; empty means not entered yet.
    pub scores: [String; 10],
    /// The measures planned from this year's results, carried out in the next fiscal year
    /// ([`Assessment::plan_year`]), with their progress round by round.
    pub measures: Vec<PlannedMeasure>,
    /// Per-indicator ceilings for target plans as typed; empty means 100.
    pub ceilings: [String; 10],
    /// What-if target scores as typed; empty means "as now".
    pub whatif: [String; 10],
    /// What the user set for this year's documents: rewritten drafts, dates, the report round.
    pub documents: DocumentInputs,
    /// Fields of an imported file this app does not know, kept for re-export.
    pub extra: Map<String, Value>,
}

impl Assessment {
    /// An empty assessment of a fiscal year, under that year's framework.
    pub fn new(fiscal_year: u16) -> Assessment {
        Assessment {
            fiscal_year,
            framework: FrameworkChoice::ByYear,
            custom: CustomFramework::default(),
            scores: Default::default(),
            measures: Vec::new(),
            ceilings: Default::default(),
            whatif: Default::default(),
            documents: DocumentInputs::default(),
            extra: Map::new(),
        }
    }

    /// The fiscal year whose measures this year's results lead to (ITA.md §1): the results of
    /// year N are analysed after they arrive in N, and the measures planned from them, with
    /// their rounds, are carried out in N + 1. The year's plan ([`Assessment::measures`]) is
    /// that plan.
    pub fn plan_year(&self) -> u16 {
        self.fiscal_year.saturating_add(1)
    }

    /// Whether nothing has been entered for the year.
    pub fn is_blank(&self) -> bool {
        self.scores.iter().all(|s| s.trim().is_empty()) && self.measures.is_empty()
    }
}

impl Default for Assessment {
    fn default() -> Assessment {
        Assessment::new(latest_fiscal_year())
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

impl Assessment {
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

    /// The reading of the scores under `thresholds`, once all ten are in.
    pub fn analysis(&self, thresholds: &ThresholdInputs) -> Option<Analysis> {
        analyse(&self.evaluation().ok()?, &thresholds.thresholds().ok()?)
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

/// Everything the user has entered: the part of the state saved on the device and shared as
/// an exchange file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workbook {
    /// Interface language (a preference: not written into exchange files).
    pub lang: Lang,
    /// Whether the documents write their numbers in Thai digits (a preference, like the
    /// language: remembered on the device, not written into exchange files).
    pub thai_digits: bool,
    /// The organisation.
    pub organisation: Organisation,
    /// The analysis thresholds as typed.
    pub thresholds: ThresholdInputs,
    /// One assessment per fiscal year, oldest first, years unique, never empty.
    pub years: Vec<Assessment>,
    /// The fiscal year open on the page.
    pub open_year: u16,
    /// Top-level fields of an imported file this app does not know, kept for re-export.
    pub extra: Map<String, Value>,
    /// Whether this is the example to try (`crate::example`), never the user's work:
    /// marked as such on every screen and document, and never saved.
    pub example: bool,
}

impl Default for Workbook {
    fn default() -> Workbook {
        let first = Assessment::default();
        Workbook {
            lang: Lang::Th,
            thai_digits: false,
            organisation: Organisation::default(),
            thresholds: ThresholdInputs::default(),
            open_year: first.fiscal_year,
            years: vec![first],
            extra: Map::new(),
            example: false,
        }
    }
}

/// Why a fiscal year cannot be used for an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum YearError {
    /// Another assessment already has that year.
    #[error("fiscal year {0} already has an assessment")]
    Taken(u16),
    /// The year is outside 2550–2600.
    #[error("fiscal year {0} is outside 2550–2600")]
    OutOfRange(u16),
}

impl Workbook {
    /// Whether nothing has been entered at all: no organisation and no year with anything in
    /// it (the first screen then offers the example to try).
    pub fn is_blank(&self) -> bool {
        self.organisation.name.trim().is_empty() && self.years.iter().all(Assessment::is_blank)
    }

    /// Restores the invariants after reading saved or imported work: years sorted and unique
    /// (the first of a duplicate wins), at least one, and the open year one of them.
    pub fn normalise(&mut self) {
        sort_small_by_key(&mut self.years, |a| a.fiscal_year);
        self.years.dedup_by_key(|a| a.fiscal_year);
        if self.years.is_empty() {
            self.years.push(Assessment::default());
        }
        if !self.years.iter().any(|a| a.fiscal_year == self.open_year) {
            self.open_year = self.years.last().map_or(self.open_year, |a| a.fiscal_year);
        }
    }

    /// The assessment open on the page.
    pub fn current(&self) -> &Assessment {
        static BLANK: std::sync::LazyLock<Assessment> =
            std::sync::LazyLock::new(Assessment::default);
        // `normalise` keeps the open year among the years; fall back to the latest, then a blank.
        self.years
            .iter()
            .find(|a| a.fiscal_year == self.open_year)
            .or(self.years.last())
            .unwrap_or(&BLANK)
    }

    /// The assessment open on the page, to change it.
    pub fn current_mut(&mut self) -> &mut Assessment {
        self.normalise();
        let open = self.open_year;
        let position = self
            .years
            .iter()
            .position(|a| a.fiscal_year == open)
            .unwrap_or(0);
        &mut self.years[position]
    }

    /// The assessment of a fiscal year.
    pub fn year(&self, fiscal_year: u16) -> Option<&Assessment> {
        self.years.iter().find(|a| a.fiscal_year == fiscal_year)
    }

    /// The latest assessment before `fiscal_year`.
    pub fn year_before(&self, fiscal_year: u16) -> Option<&Assessment> {
        self.years
            .iter()
            .rev()
            .find(|a| a.fiscal_year < fiscal_year)
    }

    /// The open year's reading under the workbook's thresholds.
    pub fn analysis(&self) -> Option<Analysis> {
        self.current().analysis(&self.thresholds)
    }

    /// Checks that `fiscal_year` is free for an assessment and in range.
    pub fn check_new_year(&self, fiscal_year: u16) -> Result<(), YearError> {
        if !YEAR_RANGE.contains(&fiscal_year) {
            return Err(YearError::OutOfRange(fiscal_year));
        }
        if self.year(fiscal_year).is_some() {
            return Err(YearError::Taken(fiscal_year));
        }
        Ok(())
    }

    /// Changes the open assessment's fiscal year (the year picks the framework).
    pub fn relabel_open_year(&mut self, fiscal_year: u16) -> Result<(), YearError> {
        if fiscal_year == self.open_year {
            return Ok(());
        }
        self.check_new_year(fiscal_year)?;
        self.current_mut().fiscal_year = fiscal_year;
        self.open_year = fiscal_year;
        self.normalise();
        Ok(())
    }

    /// Adds an assessment for `fiscal_year` and opens it. With `carry_forward`, the measures
    /// of the latest earlier year come along, their progress cleared and catalogue periods
    /// moved to the new year; a custom framework comes along where the year has no framework.
    pub fn add_year(&mut self, fiscal_year: u16, carry_forward: bool) -> Result<(), YearError> {
        self.check_new_year(fiscal_year)?;
        let mut new = Assessment::new(fiscal_year);
        if let Some(previous) = self.year_before(fiscal_year).or_else(|| self.years.first()) {
            if framework_for_year(fiscal_year).is_none()
                || previous.framework == FrameworkChoice::Custom
            {
                new.framework = previous.framework;
                new.custom = previous.custom.clone();
            }
            if carry_forward {
                let moved = fiscal_year.saturating_sub(previous.fiscal_year);
                new.measures = previous
                    .measures
                    .iter()
                    .map(|m| carried_forward(m, previous.plan_year(), moved))
                    .collect();
            }
        }
        self.years.push(new);
        self.open_year = fiscal_year;
        self.normalise();
        Ok(())
    }

    /// Removes the assessment of `fiscal_year`, returning it and where it was (for undo).
    /// The last remaining year cannot be removed.
    pub fn remove_year(&mut self, fiscal_year: u16) -> Option<(usize, Assessment)> {
        if self.years.len() <= 1 {
            return None;
        }
        let position = self
            .years
            .iter()
            .position(|a| a.fiscal_year == fiscal_year)?;
        let removed = self.years.remove(position);
        if self.open_year == fiscal_year {
            let next = position.min(self.years.len().saturating_sub(1));
            self.open_year = self
                .years
                .get(next)
                .map_or(self.open_year, |a| a.fiscal_year);
        }
        Some((position, removed))
    }

    /// Puts back a removed assessment, unless its year was taken meanwhile.
    pub fn restore_year(&mut self, assessment: Assessment) -> Result<(), YearError> {
        self.check_new_year(assessment.fiscal_year)?;
        self.open_year = assessment.fiscal_year;
        self.years.push(assessment);
        self.normalise();
        Ok(())
    }
}

/// A measure copied into a later year's plan: same fields, no progress, and a catalogue
/// period written for the new plan year if it was the catalogue's own wording for the old one.
/// `plan_year` is the year the old plan ran in, `moved` how many years later the new one runs.
/// (Plans saved before the plan year was the year after the results named the results' year
/// itself; their wording moves by the same number of years.)
fn carried_forward(measure: &PlannedMeasure, plan_year: u16, moved: u16) -> PlannedMeasure {
    let mut copy = measure.clone();
    copy.progress.clear();
    if let Some(entry) = measure
        .catalogue_id
        .as_deref()
        .and_then(CatalogueMeasure::find)
    {
        for lang in [Lang::Th, Lang::En] {
            for year in [plan_year, plan_year.saturating_sub(1)] {
                if measure.period == entry.period.describe(lang, year) {
                    copy.period = entry.period.describe(lang, year.saturating_add(moved));
                }
            }
        }
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_thresholds_as_typed_are_the_default_thresholds() {
        assert_eq!(
            ThresholdInputs::default().thresholds(),
            Ok(Thresholds::default())
        );
    }

    #[test]
    fn a_blank_custom_framework_is_not_a_valid_one_until_filled() {
        assert!(CustomFramework::default().is_blank());
        assert!(Weights::parse(&CustomFramework::standard().weights).is_ok());
    }
}
