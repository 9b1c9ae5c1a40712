//! Comparing two fiscal years of one organisation: each indicator's change, the change in
//! total and result, and which measures were in place in the earlier year beside the
//! indicators they served.

use crate::scoring::Outcome;
use crate::workbook::Assessment;
use crate::{Fixed, Indicator};

/// Which way a number moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Higher in the later year.
    Up,
    /// Lower in the later year.
    Down,
    /// The same.
    Same,
}

/// A change between two years, in hundredths (of a point, or of a total point).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// Later minus earlier, in hundredths.
    pub hundredths: i32,
}

impl Change {
    /// Up, down or the same.
    pub fn direction(self) -> Direction {
        match self.hundredths {
            0 => Direction::Same,
            h if h > 0 => Direction::Up,
            _ => Direction::Down,
        }
    }

    /// `+3.50`, `−1.20`, `0.00` (a true minus sign).
    pub fn signed(self) -> String {
        let size = Fixed::new(u64::from(self.hundredths.unsigned_abs()), 2);
        match self.direction() {
            Direction::Up => format!("+{size}"),
            Direction::Down => format!("−{size}"),
            Direction::Same => size.to_string(),
        }
    }

    /// ▲, ▼ or ＝: the direction without colour.
    pub fn arrow(self) -> &'static str {
        match self.direction() {
            Direction::Up => "▲",
            Direction::Down => "▼",
            Direction::Same => "＝",
        }
    }
}

/// One indicator in both years.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorChange {
    /// Which indicator.
    pub indicator: Indicator,
    /// Its score in the earlier year.
    pub before: Option<crate::Score>,
    /// Its score in the later year.
    pub after: Option<crate::Score>,
    /// The change, when both are entered.
    pub change: Option<Change>,
    /// Names of the earlier year's measures that served it.
    pub measures_before: Vec<String>,
}

/// Two years side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The earlier fiscal year.
    pub earlier: u16,
    /// The later fiscal year.
    pub later: u16,
    /// The ten indicators.
    pub indicators: Vec<IndicatorChange>,
    /// Totals (rounded), when complete.
    pub totals: (Option<Fixed>, Option<Fixed>),
    /// The change in rounded total.
    pub total_change: Option<Change>,
    /// Results under each year's framework.
    pub outcomes: (Option<Outcome>, Option<Outcome>),
}

/// Compares `earlier` with `later` (each under its own framework).
pub fn compare(earlier: &Assessment, later: &Assessment) -> Comparison {
    let (before, after) = (earlier.accepted_scores(), later.accepted_scores());
    let diff = |a: u64, b: u64| Change {
        hundredths: b as i32 - a as i32,
    };
    let indicators = Indicator::ALL
        .iter()
        .map(|&indicator| {
            let (b, a) = (before[indicator.index()], after[indicator.index()]);
            IndicatorChange {
                indicator,
                before: b,
                after: a,
                change: b
                    .zip(a)
                    .map(|(b, a)| diff(u64::from(b.hundredths()), u64::from(a.hundredths()))),
                measures_before: earlier
                    .measures
                    .iter()
                    .filter(|m| m.indicators.contains(&indicator))
                    .map(|m| m.name.clone())
                    .collect(),
            }
        })
        .collect();
    let total = |a: &Assessment| a.evaluation().ok().and_then(|e| e.total_rounded());
    let outcome = |a: &Assessment| a.evaluation().ok().and_then(|e| e.outcome());
    let totals = (total(earlier), total(later));
    Comparison {
        earlier: earlier.fiscal_year,
        later: later.fiscal_year,
        indicators,
        total_change: totals
            .0
            .zip(totals.1)
            .map(|(b, a)| diff(b.units(), a.units())),
        totals,
        outcomes: (outcome(earlier), outcome(later)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PlannedMeasure;

    fn year(fiscal_year: u16, scores: [&str; 10]) -> Assessment {
        let mut a = Assessment::new(fiscal_year);
        a.scores = scores.map(String::from);
        a
    }

    #[test]
    fn each_indicator_and_the_total_move_with_a_direction() {
        let mut before = year(
            2567,
            ["80", "80", "80", "80", "80", "80", "80", "80", "80", "80"],
        );
        before.measures.push(PlannedMeasure {
            name: "มาตรการเผยแพร่ข้อมูล".into(),
            indicators: vec![Indicator::I9, Indicator::I7],
            ..PlannedMeasure::default()
        });
        let after = year(
            2568,
            ["83.5", "80", "78.8", "80", "80", "80", "80", "80", "95", ""],
        );
        let c = compare(&before, &after);
        assert_eq!(
            c.indicators[0].change.map(Change::signed).as_deref(),
            Some("+3.50")
        );
        assert_eq!(
            c.indicators[2].change.map(|x| (x.arrow(), x.signed())),
            Some(("▼", "−1.20".into()))
        );
        assert_eq!(c.indicators[1].change.map(Change::arrow), Some("＝"));
        assert_eq!(c.indicators[9].change, None, "i10 not entered in 2568");
        assert_eq!(c.indicators[8].measures_before, ["มาตรการเผยแพร่ข้อมูล"]);
        assert_eq!(c.indicators[6].measures_before, ["มาตรการเผยแพร่ข้อมูล"]);
        assert!(c.indicators[0].measures_before.is_empty());
        assert_eq!(c.totals.0.map(|t| t.to_string()).as_deref(), Some("80.00"));
        assert_eq!(c.totals.1, None);
        assert_eq!(c.total_change, None);
    }

    #[test]
    fn totals_and_results_change_under_each_years_framework() {
        // 2564 (levels): all 80 → B. 2568 (pass mark): all 86 → ผ่าน. +6.00.
        let c = compare(&year(2564, ["80"; 10]), &year(2568, ["86"; 10]));
        assert_eq!(c.total_change.map(Change::signed).as_deref(), Some("+6.00"));
        assert_eq!(c.outcomes.0.map(|o| o.label(crate::Lang::Th)), Some("B"));
        assert_eq!(c.outcomes.1.map(|o| o.label(crate::Lang::Th)), Some("ผ่าน"));
    }
}
