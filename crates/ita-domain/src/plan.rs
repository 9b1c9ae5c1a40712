//! The year's measures plan: measures adopted from the catalogue or written by the agency,
//! every field editable, with a progress report per monitoring round.
//!
//! These are the two documents agencies publish (ITA.md §1): the measures table
//! (มาตรการ · แนวทาง · ขั้นตอน · ผู้รับผิดชอบ · ระยะเวลา · การกำกับติดตาม) and the report on
//! carrying them out (ผลผลิต · ผลลัพธ์ · หมายเหตุ). Field names match the exchange file.

use crate::list_map::ListMap;
use crate::sort::sort_small_by_key;

use serde::Serialize;

use crate::{CatalogueMeasure, Indicator, Lang, Rhythm};

/// Where a measure stands in a round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// ยังไม่เริ่ม
    #[default]
    NotStarted,
    /// อยู่ระหว่างดำเนินการ
    InProgress,
    /// ดำเนินการแล้ว
    Done,
}

impl Status {
    /// Every status, for pickers.
    pub const ALL: [Status; 3] = [Status::NotStarted, Status::InProgress, Status::Done];

    /// The status in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::NotStarted => lang.pick("ยังไม่เริ่ม", "Not started"),
            Status::InProgress => lang.pick("อยู่ระหว่างดำเนินการ", "In progress"),
            Status::Done => lang.pick("ดำเนินการแล้ว", "Done"),
        }
    }

    /// A stable code, for `<select>` values.
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Done => "done",
        }
    }

    /// The status with this code.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What was reported for one round (3, 6, 9 or 12 months into the fiscal year).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct RoundReport {
    /// Where the measure stands.
    pub status: Status,
    /// What was done (รายละเอียดการดำเนินงาน).
    pub done: String,
    /// Outputs (ผลผลิต).
    pub outputs: String,
    /// Outcomes (ผลลัพธ์).
    pub outcomes: String,
    /// Notes (หมายเหตุ).
    pub notes: String,
}

impl RoundReport {
    /// Whether nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        *self == RoundReport::default()
    }
}

/// One measure of the year's plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct PlannedMeasure {
    /// Unique within the plan.
    pub id: String,
    /// The catalogue measure it was adopted from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalogue_id: Option<String>,
    /// มาตรการ
    pub name: String,
    /// The indicators it serves, the main one first.
    pub indicators: Vec<Indicator>,
    /// แนวทางการปฏิบัติ
    pub guideline: String,
    /// ขั้นตอน/วิธีการปฏิบัติ, one per line.
    pub steps: Vec<String>,
    /// ผู้รับผิดชอบ
    pub responsible: String,
    /// ระยะเวลาดำเนินการ
    pub period: String,
    /// การกำกับติดตาม: when progress is reported.
    pub rhythm: Rhythm,
    /// Expected outputs (ผลผลิตที่คาดว่าจะได้รับ).
    pub outputs: String,
    /// Expected outcomes (ผลลัพธ์ที่คาดว่าจะได้รับ).
    pub outcomes: String,
    /// Progress by round, keyed by months into the fiscal year.
    pub progress: Progress,
}

/// A measure's reports by round (months into the fiscal year), in the order of the rounds: a
/// measure has at most a few rounds. Written as a JSON object keyed by the month
/// (`{"6": {…}}`).
pub type Progress = ListMap<u8, RoundReport>;

impl PlannedMeasure {
    /// A catalogue measure written out in `lang` for `fiscal_year`, ready to edit; none until
    /// the catalogue's texts are loaded (`measures::texts`).
    pub fn adopt(
        measure: &CatalogueMeasure,
        id: String,
        lang: Lang,
        fiscal_year: u16,
    ) -> Option<PlannedMeasure> {
        let texts = measure.texts()?;
        Some(PlannedMeasure {
            id,
            catalogue_id: Some(measure.id.to_owned()),
            name: measure.name.get(lang).to_owned(),
            indicators: measure.serves.to_vec(),
            guideline: texts.guideline.get(lang).to_owned(),
            steps: texts.steps.iter().map(|s| s.get(lang).to_owned()).collect(),
            responsible: texts.responsible.get(lang).to_owned(),
            period: measure.period.describe(lang, fiscal_year),
            rhythm: measure.rhythm,
            outputs: texts.outputs.get(lang).to_owned(),
            outcomes: texts.outcomes.get(lang).to_owned(),
            progress: Progress::default(),
        })
    }

    /// The rounds to show: those of the rhythm, and any other round that has a report (so
    /// that changing the rhythm never hides what was written).
    pub fn rounds(&self) -> Vec<u8> {
        let mut rounds: Vec<u8> = self.rhythm.rounds().to_vec();
        for (&month, report) in self.progress.iter() {
            if !report.is_empty() && !rounds.contains(&month) {
                rounds.push(month);
            }
        }
        sort_small_by_key(&mut rounds, |&m| m);
        rounds
    }

    /// The report of a round (empty if none yet).
    pub fn round(&self, month: u8) -> RoundReport {
        self.progress.get(&month).cloned().unwrap_or_default()
    }

    /// The steps as one text, one step per line, for a text area.
    pub fn steps_text(&self) -> String {
        self.steps.join("\n")
    }

    /// Sets the steps from a text area's text, one per line, keeping blank lines so that
    /// typing is never disturbed.
    pub fn set_steps_text(&mut self, text: &str) {
        self.steps = text.split('\n').map(str::to_owned).collect();
    }
}

/// One change to a planned measure, as the user makes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeasureEdit {
    /// มาตรการ
    Name(String),
    /// แนวทางการปฏิบัติ
    Guideline(String),
    /// ขั้นตอน, as the text area's text (one step per line).
    Steps(String),
    /// ผู้รับผิดชอบ
    Responsible(String),
    /// ระยะเวลาดำเนินการ
    Period(String),
    /// การกำกับติดตาม
    Rhythm(Rhythm),
    /// ผลผลิตที่คาดว่าจะได้รับ
    Outputs(String),
    /// ผลลัพธ์ที่คาดว่าจะได้รับ
    Outcomes(String),
    /// Serve or stop serving an indicator.
    ToggleIndicator(Indicator),
}

/// One change to a round's report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundEdit {
    /// สถานะ
    Status(Status),
    /// รายละเอียดการดำเนินงาน
    Done(String),
    /// ผลผลิต
    Outputs(String),
    /// ผลลัพธ์
    Outcomes(String),
    /// หมายเหตุ
    Notes(String),
}

impl PlannedMeasure {
    /// Applies one edit.
    pub fn apply(&mut self, edit: MeasureEdit) {
        match edit {
            MeasureEdit::Name(text) => self.name = text,
            MeasureEdit::Guideline(text) => self.guideline = text,
            MeasureEdit::Steps(text) => self.set_steps_text(&text),
            MeasureEdit::Responsible(text) => self.responsible = text,
            MeasureEdit::Period(text) => self.period = text,
            MeasureEdit::Rhythm(rhythm) => self.rhythm = rhythm,
            MeasureEdit::Outputs(text) => self.outputs = text,
            MeasureEdit::Outcomes(text) => self.outcomes = text,
            MeasureEdit::ToggleIndicator(indicator) => {
                if let Some(position) = self.indicators.iter().position(|&i| i == indicator) {
                    self.indicators.remove(position);
                } else {
                    self.indicators.push(indicator);
                }
            }
        }
    }

    /// Applies one edit to the report of the round `month` months into the year.
    pub fn apply_round(&mut self, month: u8, edit: RoundEdit) {
        let report = self.progress.get_or_default(month);
        match edit {
            RoundEdit::Status(status) => report.status = status,
            RoundEdit::Done(text) => report.done = text,
            RoundEdit::Outputs(text) => report.outputs = text,
            RoundEdit::Outcomes(text) => report.outcomes = text,
            RoundEdit::Notes(text) => report.notes = text,
        }
        if report.is_empty() {
            self.progress.remove(&month);
        }
    }
}

/// A fresh id for a new measure: `m1`, `m2`, … never reusing one in `plan`.
pub fn next_measure_id(plan: &[PlannedMeasure]) -> String {
    let highest = plan
        .iter()
        .filter_map(|m| m.id.strip_prefix('m')?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("m{}", highest + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_keeps_one_report_per_round_in_the_order_of_the_rounds() {
        let report = |notes: &str| RoundReport {
            notes: notes.into(),
            ..Default::default()
        };
        let mut progress = Progress::default();
        for (month, notes) in [(12, "d"), (3, "a"), (9, "c"), (6, "b"), (9, "c2")] {
            progress.insert(month, report(notes));
        }
        let shown = |progress: &Progress| {
            progress
                .iter()
                .map(|(month, r)| format!("{month}:{}", r.notes))
                .collect::<Vec<_>>()
        };
        assert_eq!(shown(&progress), ["3:a", "6:b", "9:c2", "12:d"]);
        assert_eq!(progress.get(&6), Some(&report("b")));
        assert_eq!(progress.get(&7), None);
        assert_eq!(
            progress.up_to(&9).map(|(m, _)| *m).collect::<Vec<_>>(),
            [3, 6, 9]
        );
        assert_eq!(progress.up_to(&2).count(), 0);
        progress.remove(&6);
        progress.get_or_default(1).notes = "first".into();
        assert_eq!(shown(&progress), ["1:first", "3:a", "9:c2", "12:d"]);
        let json = serde_json::to_string(&progress).unwrap_or_default();
        assert!(
            json.starts_with(r#"{"1":{"status":"not-started""#),
            "{json}"
        );
        assert!(json.find(r#""3":"#) < json.find(r#""12":"#), "{json}");
        progress.clear();
        assert!(progress.is_empty());
    }

    fn sample() -> PlannedMeasure {
        PlannedMeasure {
            id: "m1".into(),
            name: "มาตรการทดสอบ".into(),
            indicators: vec![Indicator::I9, Indicator::I7],
            rhythm: Rhythm::HalfYearly,
            ..PlannedMeasure::default()
        }
    }

    #[test]
    fn rounds_follow_the_rhythm_but_never_hide_a_report() {
        let mut measure = sample();
        assert_eq!(measure.rounds(), [6, 12]);
        measure.progress.insert(
            3,
            RoundReport {
                done: "ประชุมแล้ว".into(),
                ..RoundReport::default()
            },
        );
        measure.progress.insert(9, RoundReport::default());
        assert_eq!(measure.rounds(), [3, 6, 12]);
        measure.rhythm = Rhythm::Quarterly;
        assert_eq!(measure.rounds(), [3, 6, 9, 12]);
        assert_eq!(measure.round(3).done, "ประชุมแล้ว");
        assert!(measure.round(12).is_empty());
    }

    #[test]
    fn steps_edit_as_lines_without_losing_blank_ones() {
        let mut measure = sample();
        measure.set_steps_text("ขั้นที่ 1\n\nขั้นที่ 3\n");
        assert_eq!(measure.steps, ["ขั้นที่ 1", "", "ขั้นที่ 3", ""]);
        assert_eq!(measure.steps_text(), "ขั้นที่ 1\n\nขั้นที่ 3\n");
    }

    #[test]
    fn edits_change_one_field_and_indicators_keep_their_order() {
        let mut measure = sample();
        measure.apply(MeasureEdit::ToggleIndicator(Indicator::I9));
        measure.apply(MeasureEdit::ToggleIndicator(Indicator::I2));
        assert_eq!(measure.indicators, [Indicator::I7, Indicator::I2]);
        measure.apply(MeasureEdit::Steps("ก\nข".into()));
        assert_eq!(measure.steps, ["ก", "ข"]);
        measure.apply(MeasureEdit::Rhythm(Rhythm::Quarterly));
        assert_eq!(measure.rounds(), [3, 6, 9, 12]);
        measure.apply_round(3, RoundEdit::Status(Status::InProgress));
        measure.apply_round(3, RoundEdit::Notes("รอผลสำรวจ".into()));
        assert_eq!(measure.round(3).status, Status::InProgress);
        // Back to an empty report: nothing is kept for the round.
        measure.apply_round(3, RoundEdit::Status(Status::NotStarted));
        measure.apply_round(3, RoundEdit::Notes(String::new()));
        assert!(measure.progress.is_empty());
    }

    #[test]
    fn ids_are_never_reused() {
        assert_eq!(next_measure_id(&[]), "m1");
        let mut plan = vec![sample()];
        plan.push(PlannedMeasure {
            id: "m7".into(),
            ..PlannedMeasure::default()
        });
        assert_eq!(next_measure_id(&plan), "m8");
    }

    #[test]
    fn a_measure_is_written_with_codes() {
        let mut measure = sample();
        measure.progress.insert(
            6,
            RoundReport {
                status: Status::Done,
                outputs: "<b>3 ครั้ง</b>".into(),
                ..RoundReport::default()
            },
        );
        let json = serde_json::to_string(&measure).unwrap_or_default();
        assert!(json.contains("\"indicators\":[\"i9\",\"i7\"]"));
        assert!(json.contains("\"status\":\"done\""));
        // Reading it back is the exchange reader's (tests/exchange.rs round-trips whole plans).
    }
}
