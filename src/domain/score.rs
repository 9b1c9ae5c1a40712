//! One indicator score: a number from 0 to 100 with at most two decimals, read from
//! what an officer types (`83.65`, `83,65`, `๘๓.๖๕`).

use std::fmt;

use thiserror::Error;

use crate::domain::{Fixed, Lang};

/// An indicator score in hundredths of a point, 0 to 10 000 (0.00 to 100.00).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u16);

/// Why a typed score was refused. Each variant carries a message in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ScoreError {
    /// Letters, two decimal points, a thousands separator, a percent sign…
    #[error("“{0}” is not a number: type a score from 0 to 100, such as 83.65")]
    NotANumber(String),
    /// A minus sign in front of a number.
    #[error("A score cannot be negative: type a score from 0 to 100")]
    Negative,
    /// A number above 100.
    #[error("A score cannot be above 100")]
    AboveMaximum,
    /// More than two significant decimals, such as 83.655.
    #[error("Use at most two decimals, such as 83.65")]
    TooManyDecimals,
}

impl ScoreError {
    /// The message to show beside the field, in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Th => match self {
                ScoreError::NotANumber(text) => {
                    format!("“{text}” ไม่ใช่ตัวเลข กรุณากรอกคะแนน 0 ถึง 100 เช่น 83.65")
                }
                ScoreError::Negative => "คะแนนติดลบไม่ได้ กรุณากรอกคะแนน 0 ถึง 100".to_owned(),
                ScoreError::AboveMaximum => "คะแนนต้องไม่เกิน 100".to_owned(),
                ScoreError::TooManyDecimals => "ใส่ทศนิยมได้ไม่เกิน 2 ตำแหน่ง เช่น 83.65".to_owned(),
            },
        }
    }
}

impl Score {
    /// 100.00, the highest score.
    pub const MAX: Score = Score(10_000);

    /// The score of `hundredths / 100` points, if it is within 0–100.
    pub fn from_hundredths(hundredths: u16) -> Option<Score> {
        (hundredths <= Score::MAX.0).then_some(Score(hundredths))
    }

    /// The score in hundredths of a point.
    pub fn hundredths(self) -> u16 {
        self.0
    }

    /// The score as an exact two-decimal number.
    pub fn to_fixed(self) -> Fixed {
        Fixed::new(u64::from(self.0), 2)
    }

    /// Reads what the user typed. `Ok(None)` means the field is empty: not entered yet.
    ///
    /// Accepts a decimal point or a decimal comma, Thai digits and surrounding spaces;
    /// trailing zeros beyond two decimals are harmless (`83.650`).
    pub fn parse(input: &str) -> Result<Option<Score>, ScoreError> {
        let text = input.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let not_a_number = || ScoreError::NotANumber(text.to_owned());
        let (negative, magnitude) = match text.strip_prefix(['-', '−']) {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text),
        };
        let number = DecimalText::read(magnitude).ok_or_else(not_a_number)?;
        if negative && !number.is_zero() {
            return Err(ScoreError::Negative);
        }
        let hundredths = number.hundredths()?;
        match hundredths {
            Some(h) if h <= u64::from(Score::MAX.0) => Ok(Some(Score(h as u16))),
            _ => Err(ScoreError::AboveMaximum),
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_fixed().fmt(f)
    }
}

/// Digits typed by a user, split at the one decimal separator, in ASCII.
pub(crate) struct DecimalText {
    whole: String,
    fraction: String,
}

impl DecimalText {
    /// Splits `text` into its whole and fractional digits, or `None` when it is not a plain
    /// unsigned decimal number. Thai digits become ASCII; `.` and `,` both mark decimals.
    pub(crate) fn read(text: &str) -> Option<DecimalText> {
        let mut whole = String::new();
        let mut fraction = String::new();
        let mut seen_separator = false;
        for c in text.chars() {
            let digit = match c {
                '0'..='9' => c,
                '๐'..='๙' => char::from_digit(c as u32 - '๐' as u32, 10)?,
                '.' | ',' if !seen_separator => {
                    seen_separator = true;
                    continue;
                }
                _ => return None,
            };
            let part = if seen_separator {
                &mut fraction
            } else {
                &mut whole
            };
            part.push(digit);
        }
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        Some(DecimalText { whole, fraction })
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.whole
            .chars()
            .chain(self.fraction.chars())
            .all(|c| c == '0')
    }

    /// Whether there are significant digits after the decimal separator.
    pub(crate) fn has_fraction(&self) -> bool {
        self.fraction.chars().any(|c| c != '0')
    }

    /// The whole part, or `None` when it is too large to matter (more than 9 digits).
    pub(crate) fn whole_value(&self) -> Option<u64> {
        let digits = self.whole.trim_start_matches('0');
        if digits.len() > 9 {
            return None;
        }
        Some(digits.parse::<u64>().unwrap_or(0))
    }

    /// The value in hundredths, or `Ok(None)` when the number is too large to count.
    fn hundredths(&self) -> Result<Option<u64>, ScoreError> {
        let significant = self.fraction.trim_end_matches('0');
        if significant.len() > 2 {
            return Err(ScoreError::TooManyDecimals);
        }
        let cents = format!("{significant:0<2}").parse::<u64>().unwrap_or(0);
        Ok(self.whole_value().map(|whole| whole * 100 + cents))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Option<u16> {
        Score::parse(text).expect("valid").map(Score::hundredths)
    }

    #[test]
    fn reads_points_commas_and_thai_digits() {
        assert_eq!(parsed("83.65"), Some(8365));
        assert_eq!(parsed("83,65"), Some(8365));
        assert_eq!(parsed("๘๓.๖๕"), Some(8365));
        assert_eq!(parsed("๘๓,๖๕"), Some(8365));
        assert_eq!(parsed("  100 "), Some(10_000));
        assert_eq!(parsed("0"), Some(0));
        assert_eq!(parsed("7.5"), Some(750));
        assert_eq!(parsed(".5"), Some(50));
        assert_eq!(parsed("85."), Some(8500));
        assert_eq!(parsed("083.650"), Some(8365));
        assert_eq!(parsed("100.00"), Some(10_000));
        assert_eq!(parsed("-0"), Some(0));
    }

    #[test]
    fn empty_means_not_entered() {
        assert_eq!(Score::parse(""), Ok(None));
        assert_eq!(Score::parse("   "), Ok(None));
    }

    #[test]
    fn refuses_what_is_not_a_score() {
        let nan = |t: &str| ScoreError::NotANumber(t.trim().to_owned());
        assert_eq!(Score::parse("abc"), Err(nan("abc")));
        assert_eq!(Score::parse("8 5"), Err(nan("8 5")));
        assert_eq!(Score::parse("1,000.5"), Err(nan("1,000.5")));
        assert_eq!(Score::parse("85%"), Err(nan("85%")));
        assert_eq!(Score::parse("."), Err(nan(".")));
        assert_eq!(Score::parse("1e2"), Err(nan("1e2")));
        assert_eq!(Score::parse("+85"), Err(nan("+85")));
        assert_eq!(Score::parse("-5"), Err(ScoreError::Negative));
        assert_eq!(Score::parse("100.01"), Err(ScoreError::AboveMaximum));
        assert_eq!(Score::parse("105"), Err(ScoreError::AboveMaximum));
        assert_eq!(
            Score::parse("99999999999999999999"),
            Err(ScoreError::AboveMaximum)
        );
        assert_eq!(Score::parse("83.655"), Err(ScoreError::TooManyDecimals));
        assert_eq!(Score::parse("1000.001"), Err(ScoreError::TooManyDecimals));
    }

    #[test]
    fn messages_exist_in_both_languages() {
        let error = ScoreError::AboveMaximum;
        assert_eq!(error.message(Lang::Th), "คะแนนต้องไม่เกิน 100");
        assert_eq!(error.message(Lang::En), "A score cannot be above 100");
        assert!(ScoreError::NotANumber("x".into())
            .message(Lang::Th)
            .contains("“x”"));
    }

    #[test]
    fn displays_two_decimals() {
        assert_eq!(
            Score::from_hundredths(8365).map(|s| s.to_string()),
            Some("83.65".into())
        );
        assert_eq!(Score::from_hundredths(10_001), None);
        assert_eq!(Score::MAX.to_string(), "100.00");
    }
}
