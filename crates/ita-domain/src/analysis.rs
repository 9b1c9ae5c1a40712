//! Reading the scores (ITA.md §4): rank the ten indicators, mark strengths, indicators to
//! develop and urgent weaknesses, and name for each tool the indicator that most needs work.
//!
//! The rule is explicit and configurable ([`Thresholds`]); [`Thresholds::describe`] states it
//! in words for the page. Weaknesses are ordered by their *weighted gap*,
//! `weight × (strength line − score)`: the points the total loses there.

use crate::sort::sort_small_by_key;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::scoring::Evaluation;
use crate::{Fixed, Indicator, Lang, Score, Tool};

/// The lines that mark indicators. Defaults: strength 85, excellent 95, urgent below 75, and
/// the lowest indicator always urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Thresholds {
    /// A score at or above this is a strength; below it, the indicator is to develop.
    pub strength: Score,
    /// A score at or above this is an excellent strength.
    pub excellent: Score,
    /// A score below this is urgent.
    pub urgent: Score,
    /// Whether the lowest-scoring indicator (all of them, when tied) is urgent whatever its score.
    pub lowest_is_urgent: bool,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds {
            strength: Score::from_points(85),
            excellent: Score::from_points(95),
            urgent: Score::from_points(75),
            lowest_is_urgent: true,
        }
    }
}

/// Why a set of thresholds is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ThresholdError {
    /// The urgent line is above the strength line.
    #[error("The urgent line must not be above the strength line")]
    UrgentAboveStrength,
    /// The excellent line is below the strength line.
    #[error("The excellent line must not be below the strength line")]
    ExcellentBelowStrength,
}

impl ThresholdError {
    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, e) => e.to_string(),
            (Lang::Th, ThresholdError::UrgentAboveStrength) => {
                "เกณฑ์เร่งด่วนต้องไม่สูงกว่าเกณฑ์จุดแข็ง".to_owned()
            }
            (Lang::Th, ThresholdError::ExcellentBelowStrength) => {
                "เกณฑ์ดีเยี่ยมต้องไม่ต่ำกว่าเกณฑ์จุดแข็ง".to_owned()
            }
        }
    }
}

impl Thresholds {
    /// Checks that urgent ≤ strength ≤ excellent.
    pub fn new(
        strength: Score,
        excellent: Score,
        urgent: Score,
        lowest_is_urgent: bool,
    ) -> Result<Thresholds, ThresholdError> {
        if urgent > strength {
            return Err(ThresholdError::UrgentAboveStrength);
        }
        if excellent < strength {
            return Err(ThresholdError::ExcellentBelowStrength);
        }
        Ok(Thresholds {
            strength,
            excellent,
            urgent,
            lowest_is_urgent,
        })
    }

    /// The rule in words, one sentence per mark.
    pub fn describe(&self, lang: Lang) -> Vec<String> {
        let Thresholds {
            strength,
            excellent,
            urgent,
            ..
        } = self;
        let mut rule = vec![
            lang.pick(
                format!("จุดแข็ง: ตัวชี้วัดที่ได้ {strength} ขึ้นไป (ตั้งแต่ {excellent} ขึ้นไปถือว่าดีเยี่ยม)"),
                format!("Strength: an indicator scoring {strength} or more ({excellent} or more is excellent)"),
            ),
            lang.pick(
                format!("ควรพัฒนา: ตัวชี้วัดที่ได้ต่ำกว่า {strength}"),
                format!("To develop: an indicator scoring below {strength}"),
            ),
        ];
        rule.push(match self.lowest_is_urgent {
            true => lang.pick(
                format!("เร่งด่วน: ตัวชี้วัดที่ได้คะแนนต่ำสุด (ทุกตัวที่เท่ากัน) และทุกตัวที่ได้ต่ำกว่า {urgent}"),
                format!("Urgent: the lowest-scoring indicator (all of them when tied) and every indicator below {urgent}"),
            ),
            false => lang.pick(
                format!("เร่งด่วน: ทุกตัวชี้วัดที่ได้ต่ำกว่า {urgent}"),
                format!("Urgent: every indicator below {urgent}"),
            ),
        });
        rule.push(lang.pick(
            format!(
                "เรียงจุดอ่อนตามคะแนนที่เสียไป = น้ำหนัก × ({strength} − คะแนน) ÷ 100 ตัวชี้วัดน้ำหนักมาก (เช่น OIT 20) จึงมาก่อนตัวที่น้ำหนักน้อย (เช่น IIT 6)"
            ),
            format!(
                "Weaknesses are ordered by the points the total loses there = weight × ({strength} − score) ÷ 100, so a heavy indicator (OIT, 20) comes before a light one (IIT, 6)"
            ),
        ));
        rule
    }
}

/// Where an indicator stands against the strength lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// At or above the excellent line.
    Excellent,
    /// At or above the strength line.
    Strength,
    /// Below the strength line.
    ToDevelop,
}

impl Standing {
    /// ดีเยี่ยม, จุดแข็ง or ควรพัฒนา.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Standing::Excellent => lang.pick("ดีเยี่ยม", "Excellent"),
            Standing::Strength => lang.pick("จุดแข็ง", "Strength"),
            Standing::ToDevelop => lang.pick("ควรพัฒนา", "To develop"),
        }
    }
}

/// Why an indicator is urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UrgentReasons {
    /// It has the lowest score (and the rule marks the lowest).
    pub lowest: bool,
    /// It is below the urgent line.
    pub below_line: bool,
}

/// One indicator's place in the reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// Which indicator.
    pub indicator: Indicator,
    /// Its score.
    pub score: Score,
    /// Its weight in percent.
    pub weight: u8,
    /// 1 for the highest score; tied scores share a rank.
    pub rank: usize,
    /// Strength, excellent or to develop.
    pub standing: Standing,
    /// Why it is urgent, if it is.
    pub urgent: Option<UrgentReasons>,
    /// `weight × (strength line − score)` in 1/10 000 points; 0 for strengths.
    gap_units: u64,
}

impl Reading {
    /// The points the total loses against the strength line here (0 for strengths).
    pub fn weighted_gap(&self) -> Fixed {
        Fixed::new(self.gap_units, 4)
    }
}

/// For one tool, the indicator that most needs development: its lowest score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToolFocus {
    /// Which tool.
    pub tool: Tool,
    /// Its lowest-scoring indicator (the heavier one, then the first, when tied).
    pub indicator: Indicator,
    /// Whether that indicator is below the strength line.
    pub needs_development: bool,
}

/// The whole reading of ten scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The ten indicators, highest score first (ties in code order).
    pub ranking: Vec<Reading>,
    /// One focus per tool, IIT first.
    pub tool_focus: Vec<ToolFocus>,
    /// The lines used.
    pub thresholds: Thresholds,
}

/// Reads a complete score sheet; `None` until all ten scores are entered.
pub fn analyse(evaluation: &Evaluation, thresholds: &Thresholds) -> Option<Analysis> {
    let scored: Vec<(Indicator, Score, u8)> = evaluation
        .lines
        .iter()
        .map(|l| l.score.map(|s| (l.indicator, s, l.weight)))
        .collect::<Option<_>>()?;
    let lowest = scored.iter().map(|&(_, s, _)| s).min()?;
    let mut ranking: Vec<Reading> = scored
        .iter()
        .map(|&(indicator, score, weight)| {
            let rank = 1 + scored
                .iter()
                .filter(|&&(_, other, _)| other > score)
                .count();
            let standing = if score >= thresholds.excellent {
                Standing::Excellent
            } else if score >= thresholds.strength {
                Standing::Strength
            } else {
                Standing::ToDevelop
            };
            let reasons = UrgentReasons {
                lowest: thresholds.lowest_is_urgent && score == lowest,
                below_line: score < thresholds.urgent,
            };
            let gap = thresholds
                .strength
                .hundredths()
                .saturating_sub(score.hundredths());
            Reading {
                indicator,
                score,
                weight,
                rank,
                standing,
                urgent: (reasons.lowest || reasons.below_line).then_some(reasons),
                gap_units: u64::from(weight) * u64::from(gap),
            }
        })
        .collect();
    sort_small_by_key(&mut ranking, |r| (r.rank, r.indicator));
    let tool_focus = Tool::ALL
        .iter()
        .filter_map(|&tool| {
            let focus = ranking
                .iter()
                .filter(|r| r.indicator.tool() == tool)
                .min_by_key(|r| (r.score, std::cmp::Reverse(r.weight), r.indicator))?;
            Some(ToolFocus {
                tool,
                indicator: focus.indicator,
                needs_development: focus.standing == Standing::ToDevelop,
            })
        })
        .collect();
    Some(Analysis {
        ranking,
        tool_focus,
        thresholds: *thresholds,
    })
}

impl Analysis {
    /// Strengths (including excellent ones), highest score first.
    pub fn strengths(&self) -> Vec<&Reading> {
        self.ranking
            .iter()
            .filter(|r| r.standing != Standing::ToDevelop)
            .collect()
    }

    /// Indicators to develop, the largest weighted gap first.
    pub fn to_develop(&self) -> Vec<&Reading> {
        self.by_weighted_gap(|r| r.standing == Standing::ToDevelop)
    }

    /// Urgent weaknesses, the largest weighted gap first (then the lowest score).
    pub fn urgent(&self) -> Vec<&Reading> {
        self.by_weighted_gap(|r| r.urgent.is_some())
    }

    /// The reading of one indicator.
    pub fn reading(&self, indicator: Indicator) -> Option<&Reading> {
        self.ranking.iter().find(|r| r.indicator == indicator)
    }

    fn by_weighted_gap(&self, keep: impl Fn(&Reading) -> bool) -> Vec<&Reading> {
        let mut found: Vec<&Reading> = self.ranking.iter().filter(|r| keep(r)).collect();
        sort_small_by_key(&mut found, |r| {
            (std::cmp::Reverse(r.gap_units), r.score, r.indicator)
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, Framework, ResultRule, Weights};

    fn read(scores: [u16; 10]) -> Analysis {
        read_with(scores, Thresholds::default())
    }

    fn read_with(scores: [u16; 10], thresholds: Thresholds) -> Analysis {
        let framework = Framework::custom(Weights::STANDARD, ResultRule::PassMark);
        let scores = scores.map(|p| Score::from_hundredths(p * 100));
        analyse(&evaluate(&framework, &scores), &thresholds).expect("complete")
    }

    fn codes(readings: Vec<&Reading>) -> Vec<&'static str> {
        readings.iter().map(|r| r.indicator.code()).collect()
    }

    #[test]
    fn a_typical_sheet_is_marked_and_weaknesses_ordered_by_weighted_gap() {
        //            i1  i2  i3  i4  i5  i6  i7  i8  i9  i10
        let a = read([90, 80, 99, 96, 70, 92, 84, 80, 82, 95]);
        assert_eq!(codes(a.strengths()), ["i3", "i4", "i10", "i6", "i1"]);
        // Gaps (weight × points below 85): i9 20×3 = 60, i8 10×5 = 50, i5 6×15 = 90,
        // i2 6×5 = 30, i7 10×1 = 10.
        assert_eq!(codes(a.to_develop()), ["i5", "i9", "i8", "i2", "i7"]);
        assert_eq!(
            a.reading(Indicator::I9)
                .map(|r| r.weighted_gap().to_string())
                .as_deref(),
            Some("0.6000")
        );
        // i5 is both the lowest and below 75.
        assert_eq!(codes(a.urgent()), ["i5"]);
        let i5 = a.reading(Indicator::I5).and_then(|r| r.urgent);
        assert_eq!(
            i5,
            Some(UrgentReasons {
                lowest: true,
                below_line: true
            })
        );
        assert_eq!(
            a.reading(Indicator::I3).map(|r| r.standing),
            Some(Standing::Excellent)
        );
        assert_eq!(a.reading(Indicator::I3).map(|r| r.rank), Some(1));
        let focus: Vec<_> = a
            .tool_focus
            .iter()
            .map(|f| (f.indicator.code(), f.needs_development))
            .collect();
        assert_eq!(focus, [("i5", true), ("i8", true), ("i9", true)]);
    }

    #[test]
    fn ties_share_a_rank_and_every_tied_lowest_is_urgent() {
        let a = read([80, 90, 90, 80, 95, 95, 80, 90, 95, 95]);
        let ranks: Vec<_> = a
            .ranking
            .iter()
            .map(|r| (r.indicator.code(), r.rank))
            .collect();
        assert_eq!(
            ranks,
            [
                ("i5", 1),
                ("i6", 1),
                ("i9", 1),
                ("i10", 1),
                ("i2", 5),
                ("i3", 5),
                ("i8", 5),
                ("i1", 8),
                ("i4", 8),
                ("i7", 8)
            ]
        );
        // i1, i4 and i7 tie lowest at 80; gaps 6×5 = 30, 6×5 = 30, 10×5 = 50.
        assert_eq!(codes(a.urgent()), ["i7", "i1", "i4"]);
        // IIT's lowest: i1 and i4 tie at 80 with equal weights, so the first.
        assert_eq!(a.tool_focus[0].indicator, Indicator::I1);
    }

    #[test]
    fn all_equal_marks_everything_alike() {
        let a = read([80; 10]);
        assert!(a.strengths().is_empty());
        assert_eq!(a.to_develop().len(), 10);
        // All ten share the lowest score; the heaviest gaps (OIT) come first.
        assert_eq!(codes(a.urgent())[..2], ["i9", "i10"]);
        assert_eq!(a.urgent().len(), 10);
        assert!(a.ranking.iter().all(|r| r.rank == 1));
        let no_lowest = Thresholds {
            lowest_is_urgent: false,
            ..Thresholds::default()
        };
        assert!(read_with([80; 10], no_lowest).urgent().is_empty());
    }

    #[test]
    fn all_above_85_leaves_only_the_lowest_urgent() {
        let a = read([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
        assert_eq!(a.strengths().len(), 10);
        assert!(a.to_develop().is_empty());
        assert_eq!(codes(a.urgent()), ["i1"]);
        let reasons = a.reading(Indicator::I1).and_then(|r| r.urgent);
        assert_eq!(
            reasons,
            Some(UrgentReasons {
                lowest: true,
                below_line: false
            })
        );
        assert_eq!(
            a.reading(Indicator::I1).map(|r| r.weighted_gap().units()),
            Some(0)
        );
        assert!(a.tool_focus.iter().all(|f| !f.needs_development));
        let no_lowest = Thresholds {
            lowest_is_urgent: false,
            ..Thresholds::default()
        };
        assert!(
            read_with([90, 91, 92, 93, 94, 95, 96, 97, 98, 99], no_lowest)
                .urgent()
                .is_empty()
        );
    }

    #[test]
    fn all_below_75_are_all_urgent_heaviest_gap_first() {
        let a = read([70, 60, 74, 50, 65, 72, 71, 40, 74, 73]);
        assert_eq!(a.urgent().len(), 10);
        // Gaps: i8 10×45 = 450, i9 20×11 = 220, i10 20×12 = 240, i4 6×35 = 210, i6 10×13 = 130,
        // i7 10×14 = 140, i2 6×25 = 150, i5 6×20 = 120, i1 6×15 = 90, i3 6×11 = 66.
        assert_eq!(
            codes(a.urgent()),
            ["i8", "i10", "i9", "i4", "i2", "i7", "i6", "i5", "i1", "i3"]
        );
        assert_eq!(codes(a.urgent()), codes(a.to_develop()));
    }

    #[test]
    fn thresholds_are_checked_and_stated_in_words() {
        let p = Score::from_points;
        assert_eq!(
            Thresholds::new(p(85), p(95), p(90), true),
            Err(ThresholdError::UrgentAboveStrength)
        );
        assert_eq!(
            Thresholds::new(p(85), p(80), p(75), true),
            Err(ThresholdError::ExcellentBelowStrength)
        );
        assert!(Thresholds::new(p(80), p(90), p(70), false).is_ok());
        let words = Thresholds::default().describe(Lang::Th).join(" ");
        assert!(words.contains("85.00") && words.contains("95.00") && words.contains("75.00"));
        assert!(words.contains("ต่ำสุด"));
        let custom = Thresholds::new(p(80), p(90), p(70), false).expect("valid");
        let words = custom.describe(Lang::En).join(" ");
        assert!(words.contains("below 70.00") && !words.contains("lowest-scoring"));
    }

    #[test]
    fn custom_thresholds_move_the_marks() {
        let strict = Thresholds::new(
            Score::from_points(90),
            Score::from_points(98),
            Score::from_points(85),
            false,
        )
        .expect("valid");
        let a = read_with([90, 89, 98, 85, 84, 90, 90, 90, 90, 90], strict);
        // Gaps against 90: i5 6×6 = 36, i4 6×5 = 30, i2 6×1 = 6. Only i5 is below 85.
        assert_eq!(codes(a.to_develop()), ["i5", "i4", "i2"]);
        assert_eq!(codes(a.urgent()), ["i5"]);
        assert_eq!(
            a.reading(Indicator::I3).map(|r| r.standing),
            Some(Standing::Excellent)
        );
        assert_eq!(
            a.reading(Indicator::I1).map(|r| r.standing),
            Some(Standing::Strength)
        );
    }
}
