//! Exact non-negative decimal numbers: an integer count of `10^-scale` units.
//!
//! Scores are hundredths and weights whole percents, so every total is an exact
//! integer count of 1/10 000 points (ITA.md §3). Nothing here touches floating point:
//! rounding is half up on integers, and only for display and banding.

use std::fmt;

/// `units × 10^-scale`, for example `Fixed::new(804_235, 4)` is 80.4235.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fixed {
    units: u64,
    scale: u32,
}

impl Fixed {
    /// The value `units × 10^-scale`.
    pub const fn new(units: u64, scale: u32) -> Fixed {
        Fixed { units, scale }
    }

    /// The integer count of `10^-scale` units.
    pub fn units(self) -> u64 {
        self.units
    }

    /// How many decimals one unit is.
    pub fn scale(self) -> u32 {
        self.scale
    }

    /// The same value rounded half up to `decimals` places (exact when widening).
    pub fn rounded(self, decimals: u32) -> Fixed {
        if decimals >= self.scale {
            let widen = 10u64.pow(decimals - self.scale);
            return Fixed::new(self.units * widen, decimals);
        }
        let step = 10u64.pow(self.scale - decimals);
        Fixed::new(div_round_half_up(self.units, step), decimals)
    }

    /// The nearest `f64`, for JSON written for other tools. The division of two exact integers
    /// is correctly rounded, so this is the double that parsing the decimal text would give,
    /// without pulling the float parser's tables into the app.
    pub fn to_f64(self) -> f64 {
        self.units as f64 / 10f64.powi(self.scale as i32)
    }

    /// The value without trailing zeros, but with at least `min_decimals` decimals:
    /// `5.0190` gives `5.019`, `5.4000` gives `5.40` (for `min_decimals = 2`).
    pub fn to_trimmed(self, min_decimals: u32) -> String {
        let mut text = self.to_string();
        if self.scale <= min_decimals {
            return text;
        }
        let keep_at_least = text.len() - (self.scale - min_decimals) as usize;
        while text.len() > keep_at_least && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
        text
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.units);
        }
        let one = 10u64.pow(self.scale);
        write!(
            f,
            "{}.{:0width$}",
            self.units / one,
            self.units % one,
            width = self.scale as usize
        )
    }
}

/// `numerator / denominator` rounded half up to an integer.
///
/// # Panics
/// When `denominator` is zero; callers divide only by a positive weight or power of ten.
pub fn div_round_half_up(numerator: u64, denominator: u64) -> u64 {
    assert!(denominator > 0, "division by zero");
    numerator / denominator + u64::from(numerator % denominator * 2 >= denominator)
}

#[cfg(test)]
mod f64_tests {
    use super::*;

    #[test]
    fn to_f64_is_the_double_the_text_parses_to() {
        for units in (0..=1_000_000u64)
            .step_by(7)
            .chain([8942, 9999, 10_000, 84_995])
        {
            for scale in [2, 4] {
                let fixed = Fixed::new(units, scale);
                let parsed: f64 = fixed.to_string().parse().unwrap_or(f64::NAN);
                assert_eq!(fixed.to_f64(), parsed, "{fixed}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_every_decimal() {
        assert_eq!(Fixed::new(804_235, 4).to_string(), "80.4235");
        assert_eq!(Fixed::new(8500, 2).to_string(), "85.00");
        assert_eq!(Fixed::new(5, 2).to_string(), "0.05");
        assert_eq!(Fixed::new(7, 0).to_string(), "7");
    }

    #[test]
    fn rounds_half_up_only_at_the_half() {
        assert_eq!(Fixed::new(849_950, 4).rounded(2), Fixed::new(8500, 2));
        assert_eq!(Fixed::new(849_949, 4).rounded(2), Fixed::new(8499, 2));
        assert_eq!(Fixed::new(849_900, 4).rounded(2), Fixed::new(8499, 2));
        assert_eq!(Fixed::new(8500, 2).rounded(4), Fixed::new(850_000, 4));
    }

    #[test]
    fn trims_trailing_zeros_down_to_a_minimum() {
        assert_eq!(Fixed::new(50_190, 4).to_trimmed(2), "5.019");
        assert_eq!(Fixed::new(54_000, 4).to_trimmed(2), "5.40");
        assert_eq!(Fixed::new(54_000, 4).to_trimmed(0), "5.4");
        assert_eq!(Fixed::new(200_000, 4).to_trimmed(0), "20");
        assert_eq!(Fixed::new(12, 2).to_trimmed(2), "0.12");
    }

    #[test]
    fn integer_division_rounds_half_up() {
        assert_eq!(div_round_half_up(5, 2), 3);
        assert_eq!(div_round_half_up(4, 3), 1);
        assert_eq!(div_round_half_up(5, 3), 2);
        assert_eq!(div_round_half_up(0, 7), 0);
    }
}
