//! Frameworks: which weights and which result rule apply to a fiscal year (ITA.md §3).
//!
//! The frameworks are rows of [`FRAMEWORKS`]: when NACC publishes a new one, it is a new
//! row, not new code. A user who knows better weights picks a custom framework.

use std::borrow::Cow;
use std::ops::RangeInclusive;

use thiserror::Error;

use crate::score::DecimalText;
use crate::{Indicator, Lang, Tool};

/// How a total becomes a result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ResultRule {
    /// A level from AA to F.
    #[default]
    Levels,
    /// Pass (ผ่าน) at 85.00 or more, otherwise not passed; the level band is shown for reference.
    PassMark,
}

impl ResultRule {
    /// Both rules, for pickers.
    pub const ALL: [ResultRule; 2] = [ResultRule::Levels, ResultRule::PassMark];

    /// The code written into files: `levels` or `pass-mark`.
    pub fn code(self) -> &'static str {
        match self {
            ResultRule::Levels => "levels",
            ResultRule::PassMark => "pass-mark",
        }
    }

    /// The rule with this code.
    pub fn from_code(code: &str) -> Option<ResultRule> {
        ResultRule::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The rule in a few words.
    pub fn describe(self, lang: Lang) -> &'static str {
        match self {
            ResultRule::Levels => lang.pick(
                "ผลเป็นระดับ AA, A, B, C, D, E หรือ F ตามช่วงคะแนน",
                "The result is a level, AA, A, B, C, D, E or F, by score band",
            ),
            ResultRule::PassMark => lang.pick(
                "ผ่าน เมื่อคะแนนรวมตั้งแต่ 85.00 ขึ้นไป ไม่ผ่าน เมื่อต่ำกว่า (แสดงระดับไว้อ้างอิง)",
                "Pass at a total of 85.00 or more, not passed below (the level is shown for reference)",
            ),
        }
    }
}

/// The weights of a framework as it is printed, in percent: IIT 6 × 5, EIT 10 × 3, OIT 20 × 2.
pub const STANDARD_WEIGHTS: [u8; 10] = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20];

/// The id a user-defined framework carries.
pub const CUSTOM_ID: &str = "custom";

/// One published framework, valid for a range of fiscal years.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameworkEntry {
    /// `ita-2562`, `ita-2566`, …: written into files and shown in the app.
    pub id: &'static str,
    /// First fiscal year (พ.ศ.) the framework applies to.
    pub first_year: u16,
    /// Last fiscal year (พ.ศ.) the framework applies to.
    pub last_year: u16,
    /// Weight of each indicator in whole percent, `i1` first; they sum to 100.
    pub weights: [u8; 10],
    /// How the total becomes a result.
    pub rule: ResultRule,
    /// Whether a published source confirms these weights for these years.
    pub weights_confirmed: bool,
    /// Where the weights come from, in Thai.
    pub source_th: &'static str,
    /// Where the weights come from, in English.
    pub source_en: &'static str,
}

/// Every framework the app knows, oldest first, in non-overlapping year ranges.
pub static FRAMEWORKS: &[FrameworkEntry] = &[
    FrameworkEntry {
        id: "ita-2562",
        first_year: 2562,
        last_year: 2565,
        weights: STANDARD_WEIGHTS,
        rule: ResultRule::Levels,
        weights_confirmed: true,
        source_th: "น้ำหนักนี้ให้ผลตรงกับผลการประเมินที่สำนักงาน ป.ป.ช. เผยแพร่ (ตรวจกับผลปี 2564)",
        source_en: "These weights reproduce the results NACC published (checked against 2564)",
    },
    FrameworkEntry {
        id: "ita-2566",
        first_year: 2566,
        last_year: 2569,
        weights: STANDARD_WEIGHTS,
        rule: ResultRule::PassMark,
        weights_confirmed: false,
        source_th: "ยังไม่พบแหล่งที่เผยแพร่ยืนยันน้ำหนักของปี 2566–2569 จึงใช้น้ำหนักเดิมของปี 2562–2565 \
                    (ยังไม่ยืนยัน) หากหน่วยงานทราบน้ำหนักที่ต่างไป ให้เลือก “กำหนดเอง” แล้วแก้น้ำหนัก",
        source_en: "No published source confirms the weights for 2566–2569, so the weights of 2562–2565 \
                    are carried over (unconfirmed). If you know different weights, choose “Custom” and edit them",
    },
];

impl FrameworkEntry {
    /// Whether the framework applies to this fiscal year.
    pub fn covers(&self, fiscal_year: u16) -> bool {
        (self.first_year..=self.last_year).contains(&fiscal_year)
    }

    /// Where the weights come from, in the user's language.
    pub fn source(&self, lang: Lang) -> &'static str {
        lang.pick(self.source_th, self.source_en)
    }
}

/// The framework in effect for a fiscal year (พ.ศ.), if the app knows one.
pub fn framework_for_year(fiscal_year: u16) -> Option<&'static FrameworkEntry> {
    FRAMEWORKS.iter().find(|f| f.covers(fiscal_year))
}

/// The fiscal years some framework covers: what the year picker offers.
pub fn fiscal_years() -> RangeInclusive<u16> {
    let first = FRAMEWORKS.iter().map(|f| f.first_year).min().unwrap_or(0);
    let last = FRAMEWORKS.iter().map(|f| f.last_year).max().unwrap_or(0);
    first..=last
}

/// The latest fiscal year a framework covers: the default for a new assessment.
pub fn latest_fiscal_year() -> u16 {
    *fiscal_years().end()
}

/// Ten weights in whole percent that sum to exactly 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Weights([u8; 10]);

/// Why one typed weight was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WeightError {
    /// The field is empty.
    #[error("Enter a weight from 0 to 100")]
    Empty,
    /// Not a whole number (letters, decimals, a sign).
    #[error("“{0}” is not a whole number from 0 to 100")]
    NotAWholeNumber(String),
    /// A whole number above 100.
    #[error("A weight cannot be above 100")]
    AboveMaximum,
}

impl WeightError {
    /// The message to show beside the field.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Th => match self {
                WeightError::Empty => "กรุณากรอกน้ำหนัก 0 ถึง 100".to_owned(),
                WeightError::NotAWholeNumber(text) => {
                    format!("“{text}” ไม่ใช่จำนวนเต็ม 0 ถึง 100")
                }
                WeightError::AboveMaximum => "น้ำหนักต้องไม่เกิน 100".to_owned(),
            },
        }
    }
}

/// Why a set of custom weights was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CustomWeightsError {
    /// One field is not a valid weight.
    #[error("{}: {error}", indicator.code())]
    Field {
        /// The indicator whose weight is wrong.
        indicator: Indicator,
        /// What is wrong with it.
        error: WeightError,
    },
    /// Every field is valid but together they do not make 100.
    #[error("The weights add up to {sum}, not 100: change them so that they sum to exactly 100")]
    Sum {
        /// What the weights add up to.
        sum: u32,
    },
}

impl CustomWeightsError {
    /// The message to show by the weights.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (_, CustomWeightsError::Field { indicator, error }) => {
                format!("{}: {}", indicator.code(), error.message(lang))
            }
            (Lang::Th, CustomWeightsError::Sum { sum }) => {
                format!("น้ำหนักรวมกันได้ {sum} ไม่ใช่ 100 กรุณาแก้ให้รวมกันได้ 100 พอดี")
            }
            (Lang::En, error) => error.to_string(),
        }
    }
}

impl Weights {
    /// The standard weights (ITA.md §3).
    pub const STANDARD: Weights = Weights(STANDARD_WEIGHTS);

    /// Checks that the ten weights sum to exactly 100.
    pub fn new(weights: [u8; 10]) -> Result<Weights, CustomWeightsError> {
        let sum: u32 = weights.iter().map(|&w| u32::from(w)).sum();
        if sum == 100 {
            Ok(Weights(weights))
        } else {
            Err(CustomWeightsError::Sum { sum })
        }
    }

    /// Reads one typed weight: a whole number from 0 to 100, Thai digits allowed.
    pub fn parse_field(input: &str) -> Result<u8, WeightError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(WeightError::Empty);
        }
        let number = DecimalText::read(text)
            .filter(|n| !n.has_fraction())
            .ok_or_else(|| WeightError::NotAWholeNumber(text.to_owned()))?;
        match number.whole_value() {
            Some(w) if w <= 100 => Ok(w as u8),
            _ => Err(WeightError::AboveMaximum),
        }
    }

    /// Reads ten typed weights, refusing the first bad field or a sum other than 100.
    pub fn parse(inputs: &[String; 10]) -> Result<Weights, CustomWeightsError> {
        let mut weights = [0u8; 10];
        for (indicator, (slot, text)) in Indicator::ALL
            .into_iter()
            .zip(weights.iter_mut().zip(inputs))
        {
            *slot = Weights::parse_field(text)
                .map_err(|error| CustomWeightsError::Field { indicator, error })?;
        }
        Weights::new(weights)
    }

    /// The weight of one indicator, in percent.
    pub fn of(&self, indicator: Indicator) -> u8 {
        self.0[indicator.index()]
    }

    /// The weight of a whole tool, in percent.
    pub fn of_tool(&self, tool: Tool) -> u8 {
        tool.indicators().map(|i| self.of(i)).sum()
    }

    /// The ten weights, `i1` first.
    pub fn as_array(&self) -> [u8; 10] {
        self.0
    }
}

/// The framework in effect for an assessment: published or the user's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framework {
    /// `ita-2562`, `ita-2566` or `custom`.
    pub id: Cow<'static, str>,
    /// The weights in effect.
    pub weights: Weights,
    /// How the total becomes a result.
    pub rule: ResultRule,
    /// Whether the weights are confirmed (always true for the user's own).
    pub weights_confirmed: bool,
}

impl Framework {
    /// The user's own weights and rule.
    pub fn custom(weights: Weights, rule: ResultRule) -> Framework {
        Framework {
            id: Cow::Borrowed(CUSTOM_ID),
            weights,
            rule,
            weights_confirmed: true,
        }
    }

    /// Whether this is the user's own framework.
    pub fn is_custom(&self) -> bool {
        self.id == CUSTOM_ID
    }
}

impl From<&FrameworkEntry> for Framework {
    fn from(entry: &FrameworkEntry) -> Framework {
        Framework {
            id: Cow::Borrowed(entry.id),
            // Every row of FRAMEWORKS sums to 100: a unit test checks it.
            weights: Weights(entry.weights),
            rule: entry.rule,
            weights_confirmed: entry.weights_confirmed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_framework_row_is_valid_and_the_rows_do_not_overlap() {
        for entry in FRAMEWORKS {
            assert_eq!(
                Weights::new(entry.weights),
                Ok(Weights(entry.weights)),
                "{}",
                entry.id
            );
            assert!(entry.first_year <= entry.last_year, "{}", entry.id);
            assert_ne!(entry.id, CUSTOM_ID);
        }
        for pair in FRAMEWORKS.windows(2) {
            assert!(pair[0].last_year < pair[1].first_year);
        }
    }

    #[test]
    fn the_year_picks_the_framework() {
        assert_eq!(framework_for_year(2561), None);
        assert_eq!(framework_for_year(2562).map(|f| f.id), Some("ita-2562"));
        assert_eq!(framework_for_year(2565).map(|f| f.id), Some("ita-2562"));
        assert_eq!(framework_for_year(2566).map(|f| f.id), Some("ita-2566"));
        assert_eq!(framework_for_year(2569).map(|f| f.id), Some("ita-2566"));
        assert_eq!(framework_for_year(2570), None);
        assert_eq!(fiscal_years(), 2562..=2569);
        assert_eq!(latest_fiscal_year(), 2569);
    }

    #[test]
    fn only_2566_carries_unconfirmed_weights() {
        assert!(framework_for_year(2564).is_some_and(|f| f.weights_confirmed));
        assert!(framework_for_year(2568).is_some_and(|f| !f.weights_confirmed));
    }

    #[test]
    fn tool_weights_are_30_30_40() {
        let w = Weights::STANDARD;
        assert_eq!(
            [Tool::Iit, Tool::Eit, Tool::Oit].map(|t| w.of_tool(t)),
            [30, 30, 40]
        );
        assert_eq!(w.of(Indicator::I9), 20);
    }

    #[test]
    fn custom_weights_must_sum_to_exactly_100() {
        let text = |ws: [&str; 10]| ws.map(str::to_owned);
        assert_eq!(
            Weights::parse(&text([
                "10", "10", "10", "10", "10", "10", "10", "10", "10", "10"
            ])),
            Ok(Weights([10; 10]))
        );
        assert_eq!(
            Weights::parse(&text([
                "10", "10", "10", "10", "10", "10", "10", "10", "10", "9"
            ])),
            Err(CustomWeightsError::Sum { sum: 99 })
        );
        assert_eq!(
            Weights::parse(&text(["๑๐๐", "0", "0", "0", "0", "0", "0", "0", "0", "0"])),
            Ok(Weights([100, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
        );
        assert_eq!(
            Weights::parse(&text([
                "6", "6", "6.5", "6", "6", "10", "10", "10", "20", "20"
            ])),
            Err(CustomWeightsError::Field {
                indicator: Indicator::I3,
                error: WeightError::NotAWholeNumber("6.5".into())
            })
        );
        assert_eq!(Weights::parse_field(" "), Err(WeightError::Empty));
        assert_eq!(Weights::parse_field("101"), Err(WeightError::AboveMaximum));
        assert_eq!(
            Weights::parse_field("-1"),
            Err(WeightError::NotAWholeNumber("-1".into()))
        );
        assert_eq!(Weights::parse_field("20.0"), Ok(20));
    }

    #[test]
    fn sum_message_names_the_sum_in_both_languages() {
        let error = CustomWeightsError::Sum { sum: 95 };
        assert!(error.message(Lang::Th).contains("95"));
        assert!(error.message(Lang::En).contains("95"));
    }
}
