//! One indicator score: a number from 0 to 100 with at most two decimals, read from
//! what an officer types (`83.65`, `83,65`, `๘๓.๖๕`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use crate::{Fixed, Lang};

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

    /// A whole-point score (`from_points(85)` is 85.00); above 100 is capped at 100.
    pub const fn from_points(points: u16) -> Score {
        let hundredths = points.saturating_mul(100);
        Score(if hundredths > Score::MAX.0 {
            Score::MAX.0
        } else {
            hundredths
        })
    }

    /// The score in hundredths of a point.
    pub fn hundredths(self) -> u16 {
        self.0
    }

    /// The score as an exact two-decimal number.
    pub fn to_fixed(self) -> Fixed {
        Fixed::new(u64::from(self.0), 2)
    }

    /// The common case, read byte by byte: ASCII digits with at most two decimals after a
    /// point or comma, 100 or less. Anything else (spaces, Thai digits, signs, errors) is left
    /// to [`Score::parse`]'s general path.
    fn parse_plain(bytes: &[u8]) -> Option<Score> {
        if bytes.is_empty() || bytes.len() > 6 {
            return None;
        }
        let mut whole: u16 = 0;
        let mut cents: u16 = 0;
        let mut decimals: Option<u8> = None;
        for &b in bytes {
            match (b, decimals) {
                (b'0'..=b'9', None) => {
                    whole = whole.checked_mul(10)?.checked_add(u16::from(b - b'0'))?;
                }
                (b'0'..=b'9', Some(0)) => {
                    cents = u16::from(b - b'0') * 10;
                    decimals = Some(1);
                }
                (b'0'..=b'9', Some(1)) => {
                    cents += u16::from(b - b'0');
                    decimals = Some(2);
                }
                (b'.' | b',', None) => decimals = Some(0),
                _ => return None,
            }
        }
        let hundredths = whole.checked_mul(100)?.checked_add(cents)?;
        // "85." and ".5" and "1000" take the general path (rare, and it decides).
        let shaped = bytes[0] != b'.' && bytes[0] != b',' && decimals != Some(0);
        (shaped && hundredths <= Score::MAX.0).then_some(Score(hundredths))
    }

    /// The score as short as it can be written: `88`, `90.5`, `99.45` (how files write it).
    pub fn to_short_string(self) -> String {
        // Written digit by digit: this runs for every score of every imported file.
        let digit = |d: u16| char::from(b'0' + d as u8);
        let (whole, cents) = (self.0 / 100, self.0 % 100);
        let mut text = String::with_capacity(6);
        if whole >= 100 {
            text.push(digit(whole / 100));
        }
        if whole >= 10 {
            text.push(digit(whole / 10 % 10));
        }
        text.push(digit(whole % 10));
        if cents != 0 {
            text.push('.');
            text.push(digit(cents / 10));
            if cents % 10 != 0 {
                text.push(digit(cents % 10));
            }
        }
        text
    }

    /// The score of a JSON number, if it is one from 0 to 100 with at most two decimals
    /// (`Err(false)`: more decimals; `Err(true)`: out of range).
    pub fn from_f64(value: f64) -> Result<Score, bool> {
        if !(0.0..=100.0).contains(&value) {
            return Err(true);
        }
        // A number written with two decimals reads back as the double nearest to h / 100,
        // which is exactly what h / 100.0 computes (division is correctly rounded).
        let hundredths = (value * 100.0).round();
        if hundredths / 100.0 == value {
            Ok(Score(hundredths as u16))
        } else {
            Err(false)
        }
    }

    /// Reads what the user typed. `Ok(None)` means the field is empty: not entered yet.
    ///
    /// Accepts a decimal point or a decimal comma, Thai digits and surrounding spaces;
    /// trailing zeros beyond two decimals are harmless (`83.650`).
    pub fn parse(input: &str) -> Result<Option<Score>, ScoreError> {
        if let Some(score) = Score::parse_plain(input.as_bytes()) {
            return Ok(Some(score));
        }
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

/// Scores are JSON numbers with at most two decimals, written as short as possible:
/// `88`, `90.5`, `99.45`.
impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            serializer.serialize_u64(u64::from(self.0 / 100))
        } else {
            // Division is correctly rounded, so this is the double nearest to the score, whose
            // shortest representation is the score's own two-decimal text.
            serializer.serialize_f64(f64::from(self.0) / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Score, D::Error> {
        struct ScoreVisitor;
        impl serde::de::Visitor<'_> for ScoreVisitor {
            type Value = Score;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number from 0 to 100 with at most two decimals")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Score, E> {
                match u16::try_from(v).ok().and_then(|p| p.checked_mul(100)) {
                    Some(h) if h <= Score::MAX.0 => Ok(Score(h)),
                    _ => Err(E::custom(format!("{v} is above 100"))),
                }
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Score, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(format!("{v} is below 0"))),
                }
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Score, E> {
                match Score::from_f64(v) {
                    Ok(score) => Ok(score),
                    Err(_) if !v.is_finite() => Err(E::custom("not a finite number")),
                    Err(_) if v < 0.0 => Err(E::custom(format!("{v} is below 0"))),
                    Err(true) => Err(E::custom(format!("{v} is above 100"))),
                    Err(false) => Err(E::custom(format!("{v} has more than two decimals"))),
                }
            }
        }
        deserializer.deserialize_any(ScoreVisitor)
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_fixed().fmt(f)
    }
}

/// A plain unsigned decimal number as typed, read without allocating: its whole part, its
/// first two decimals, and whether any later decimal is not zero.
pub(crate) struct DecimalText {
    whole: u64,
    /// The whole part has more than nine digits (far above any score or weight).
    whole_overflows: bool,
    /// The first two decimals as hundredths (`.5` is 50).
    cents: u64,
    /// A digit other than 0 after the second decimal.
    finer: bool,
}

impl DecimalText {
    /// Reads `text`, or `None` when it is not a plain unsigned decimal number. Thai digits
    /// count as digits; `.` and `,` both mark the decimals.
    pub(crate) fn read(text: &str) -> Option<DecimalText> {
        let mut number = DecimalText {
            whole: 0,
            whole_overflows: false,
            cents: 0,
            finer: false,
        };
        let mut decimals: Option<usize> = None;
        let mut digits = 0;
        for c in text.chars() {
            let digit = match c {
                '0'..='9' => c as u64 - '0' as u64,
                '๐'..='๙' => c as u64 - '๐' as u64,
                '.' | ',' if decimals.is_none() => {
                    decimals = Some(0);
                    continue;
                }
                _ => return None,
            };
            digits += 1;
            match decimals.as_mut() {
                None => {
                    number.whole = number.whole * 10 + digit;
                    if number.whole > 999_999_999 {
                        number.whole_overflows = true;
                        number.whole = 999_999_999;
                    }
                }
                Some(place) => {
                    match place {
                        0 => number.cents += digit * 10,
                        1 => number.cents += digit,
                        _ => number.finer |= digit != 0,
                    }
                    *place += 1;
                }
            }
        }
        (digits > 0).then_some(number)
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.whole == 0 && !self.whole_overflows && !self.has_fraction()
    }

    /// Whether there are significant digits after the decimal separator.
    pub(crate) fn has_fraction(&self) -> bool {
        self.cents != 0 || self.finer
    }

    /// The whole part, or `None` when it is too large to matter (more than 9 digits).
    pub(crate) fn whole_value(&self) -> Option<u64> {
        (!self.whole_overflows).then_some(self.whole)
    }

    /// The value in hundredths, or `Ok(None)` when the number is too large to count.
    fn hundredths(&self) -> Result<Option<u64>, ScoreError> {
        if self.finer {
            return Err(ScoreError::TooManyDecimals);
        }
        Ok(self.whole_value().map(|whole| whole * 100 + self.cents))
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

    /// Found by fuzzing: six digits overflowed the fast path's `u16`, so in a release build
    /// "655360" wrapped round to 0 and was taken for a score of 0.00.
    #[test]
    fn every_whole_number_above_100_is_refused_however_many_digits() {
        for n in 101..=999_999u32 {
            assert_eq!(
                Score::parse(&n.to_string()),
                Err(ScoreError::AboveMaximum),
                "{n}"
            );
        }
        assert_eq!(Score::parse("65536"), Err(ScoreError::AboveMaximum));
        assert_eq!(Score::parse("655360"), Err(ScoreError::AboveMaximum));
        assert_eq!(Score::parse("655,36"), Err(ScoreError::AboveMaximum));
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
    fn scores_are_json_numbers_as_short_as_written() {
        let json = |h: u16| serde_json::to_string(&Score::from_hundredths(h)).unwrap_or_default();
        assert_eq!(json(8800), "88");
        assert_eq!(json(9050), "90.5");
        assert_eq!(json(9945), "99.45");
        assert_eq!(json(1), "0.01");
        for h in (0..=10_000).step_by(7) {
            let back: Result<Score, _> = serde_json::from_str(&json(h));
            assert_eq!(back.ok(), Score::from_hundredths(h));
        }
        let read = |text: &str| serde_json::from_str::<Score>(text).map_err(|e| e.to_string());
        assert_eq!(read("1e2").ok(), Some(Score::MAX));
        assert!(read("100.01").is_err_and(|e| e.contains("above 100")));
        assert!(read("105").is_err_and(|e| e.contains("above 100")));
        assert!(read("-1").is_err_and(|e| e.contains("below 0")));
        assert!(read("83.655").is_err_and(|e| e.contains("more than two decimals")));
        assert!(read("\"83\"").is_err());
    }

    #[test]
    fn the_quick_path_reads_exactly_what_the_general_one_does() {
        let cases = [
            "0", "7", "85", "100", "83.65", "83,65", "83.6", "100.00", "100.01", "101", "999",
            "85.", ".5", "1.234", "0.05", "05", "-1", "๘๕", " 85", "8a", "", "1e2",
        ];
        for text in cases {
            let quick = Score::parse_plain(text.as_bytes());
            if let Some(score) = quick {
                // Compare with the general path, bypassing the quick one.
                let number = DecimalText::read(text).expect("a number");
                assert_eq!(
                    number.hundredths().ok().flatten(),
                    Some(u64::from(score.0)),
                    "{text}"
                );
            }
        }
        assert_eq!(Score::parse_plain(b"83.65"), Some(Score(8365)));
        assert_eq!(Score::parse_plain(b"100.01"), None);
        assert_eq!(Score::parse_plain(b"1.234"), None);
    }

    #[test]
    fn short_text_and_json_numbers_agree_for_every_score() {
        for h in 0..=10_000u16 {
            let score = Score(h);
            let short = score.to_short_string();
            assert_eq!(Score::parse(&short), Ok(Some(score)), "{short}");
            let value: f64 = short.parse().unwrap_or(f64::NAN);
            assert_eq!(Score::from_f64(value), Ok(score), "{short}");
        }
        assert_eq!(Score(9050).to_short_string(), "90.5");
        assert_eq!(Score::from_f64(83.655), Err(false));
        assert_eq!(Score::from_f64(100.01), Err(true));
        assert_eq!(Score::from_f64(-0.5), Err(true));
        assert_eq!(Score::from_f64(1e-7), Err(false));
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
