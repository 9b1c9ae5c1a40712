//! Scoring: each indicator's weighted contribution, each tool's subtotal, the total and
//! its result, all exact (ITA.md §3).
//!
//! A total is `Σ weightᵢ × scoreᵢ / 100`. With scores in hundredths and weights in whole
//! percents, `Σ weightᵢ × hundredthsᵢ` is the total as an integer count of 1/10 000 points.
//! It is rounded half up to two decimals only to show it and to band it.

use serde::{Deserialize, Serialize};

use crate::fixed::div_round_half_up;
use crate::{Fixed, Framework, Indicator, Lang, ResultRule, Score, Tool};

/// The pass mark, 85.00, in hundredths.
pub const PASS_MARK_CENTS: u64 = 8500;

/// An ITA level, AA (best) to F.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    AA,
    A,
    B,
    C,
    D,
    E,
    F,
}

/// Each level with the lowest rounded total (in hundredths) that reaches it, best first.
const BANDS: [(Level, u64); 7] = [
    (Level::AA, 9500),
    (Level::A, 8500),
    (Level::B, 7500),
    (Level::C, 6500),
    (Level::D, 5500),
    (Level::E, 5000),
    (Level::F, 0),
];

impl Level {
    /// All levels, best first.
    pub const ALL: [Level; 7] = [
        Level::AA,
        Level::A,
        Level::B,
        Level::C,
        Level::D,
        Level::E,
        Level::F,
    ];

    /// The level of a total already rounded to hundredths (8499 is 84.99).
    pub fn from_cents(cents: u64) -> Level {
        BANDS
            .iter()
            .find(|(_, min)| cents >= *min)
            .map_or(Level::F, |(level, _)| *level)
    }

    /// `AA`, `A`, … `F`.
    pub fn label(self) -> &'static str {
        match self {
            Level::AA => "AA",
            Level::A => "A",
            Level::B => "B",
            Level::C => "C",
            Level::D => "D",
            Level::E => "E",
            Level::F => "F",
        }
    }

    /// The lowest and highest rounded totals of the band, e.g. 85.00 and 94.99 for A.
    pub fn band(self) -> (Fixed, Fixed) {
        let position = BANDS
            .iter()
            .position(|(level, _)| *level == self)
            .unwrap_or(0);
        let min = BANDS[position].1;
        let max = match position {
            0 => 10_000,
            _ => BANDS[position - 1].1 - 1,
        };
        (Fixed::new(min, 2), Fixed::new(max, 2))
    }
}

/// The result of a complete assessment under a framework's rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The rule that produced it.
    pub rule: ResultRule,
    /// The level band of the total (the result under [`ResultRule::Levels`], a reference otherwise).
    pub level: Level,
    /// Whether the rounded total is 85.00 or more.
    pub passed: bool,
}

impl Outcome {
    /// The outcome of a total rounded to hundredths.
    pub fn from_cents(rule: ResultRule, cents: u64) -> Outcome {
        Outcome {
            rule,
            level: Level::from_cents(cents),
            passed: cents >= PASS_MARK_CENTS,
        }
    }

    /// What the result is called: the level, or ผ่าน / ไม่ผ่าน (Pass / Not passed).
    pub fn label(&self, lang: Lang) -> &'static str {
        match (self.rule, self.passed) {
            (ResultRule::Levels, _) => self.level.label(),
            (ResultRule::PassMark, true) => lang.pick("ผ่าน", "Pass"),
            (ResultRule::PassMark, false) => lang.pick("ไม่ผ่าน", "Not passed"),
        }
    }
}

/// One indicator's line of the score sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndicatorLine {
    /// Which indicator.
    pub indicator: Indicator,
    /// Its weight in percent.
    pub weight: u8,
    /// Its score, if entered.
    pub score: Option<Score>,
}

impl IndicatorLine {
    /// Points it adds to the total: `weight × score / 100`, exact to 1/10 000.
    pub fn contribution(&self) -> Option<Fixed> {
        self.score
            .map(|s| Fixed::new(u64::from(self.weight) * u64::from(s.hundredths()), 4))
    }

    /// Points it loses against a score of 100: `weight × (100 − score) / 100`.
    pub fn lost(&self) -> Option<Fixed> {
        self.score.map(|s| {
            let missing = u64::from(Score::MAX.hundredths() - s.hundredths());
            Fixed::new(u64::from(self.weight) * missing, 4)
        })
    }

    /// The most the indicator can add: its weight.
    pub fn maximum(&self) -> Fixed {
        Fixed::new(u64::from(self.weight), 0)
    }
}

/// One tool's part of the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToolSummary {
    /// Which tool.
    pub tool: Tool,
    /// Its weight in percent: the most it can add to the total.
    pub weight: u8,
    /// How many of its indicators are entered.
    pub entered: usize,
    /// How many indicators it has.
    pub count: usize,
    /// `Σ weight × hundredths` over the entered indicators (1/10 000 points).
    weighted_sum: u64,
}

impl ToolSummary {
    /// Whether every indicator of the tool is entered.
    pub fn is_complete(&self) -> bool {
        self.entered == self.count
    }

    /// The tool's weighted subtotal, exact to 1/10 000, once every indicator is entered.
    pub fn subtotal(&self) -> Option<Fixed> {
        self.is_complete()
            .then_some(Fixed::new(self.weighted_sum, 4))
    }

    /// The tool's weighted average score (subtotal ÷ weight × 100), rounded half up to
    /// two decimals; `None` until complete or when the tool weighs nothing.
    pub fn average(&self) -> Option<Fixed> {
        (self.is_complete() && self.weight > 0).then(|| {
            Fixed::new(
                div_round_half_up(self.weighted_sum, u64::from(self.weight)),
                2,
            )
        })
    }

    /// Whether the tool's average is known and below 85.00.
    pub fn below_pass_mark(&self) -> bool {
        self.average().is_some_and(|a| a.units() < PASS_MARK_CENTS)
    }
}

/// Everything shown about a score sheet, derived from the framework and the scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The framework applied.
    pub framework: Framework,
    /// The ten indicator lines, `i1` first.
    pub lines: [IndicatorLine; 10],
    /// The three tools, IIT first.
    pub tools: [ToolSummary; 3],
}

/// Applies a framework to ten scores, any of which may be missing.
pub fn evaluate(framework: &Framework, scores: &[Option<Score>; 10]) -> Evaluation {
    let lines = Indicator::ALL.map(|indicator| IndicatorLine {
        indicator,
        weight: framework.weights.of(indicator),
        score: scores[indicator.index()],
    });
    let tools = Tool::ALL.map(|tool| {
        // Walked three times rather than collected: a roll-up evaluates thousands of sheets.
        let of_tool = || lines.iter().filter(move |l| l.indicator.tool() == tool);
        ToolSummary {
            tool,
            weight: framework.weights.of_tool(tool),
            entered: of_tool().filter(|l| l.score.is_some()).count(),
            count: of_tool().count(),
            weighted_sum: of_tool()
                .filter_map(IndicatorLine::contribution)
                .map(Fixed::units)
                .sum(),
        }
    });
    Evaluation {
        framework: framework.clone(),
        lines,
        tools,
    }
}

impl Evaluation {
    /// How many of the ten scores are entered.
    pub fn entered(&self) -> usize {
        self.lines.iter().filter(|l| l.score.is_some()).count()
    }

    /// Whether all ten scores are entered.
    pub fn is_complete(&self) -> bool {
        self.entered() == self.lines.len()
    }

    /// The total, exact to 1/10 000 point, once all ten scores are entered.
    pub fn total(&self) -> Option<Fixed> {
        let lines = self.lines.iter().map(IndicatorLine::contribution);
        lines
            .map(|c| c.map(Fixed::units))
            .sum::<Option<u64>>()
            .map(|units| Fixed::new(units, 4))
    }

    /// The total rounded half up to two decimals: what is shown and banded.
    pub fn total_rounded(&self) -> Option<Fixed> {
        self.total().map(|t| t.rounded(2))
    }

    /// The result, once all ten scores are entered.
    pub fn outcome(&self) -> Option<Outcome> {
        self.total_rounded()
            .map(|t| Outcome::from_cents(self.framework.rule, t.units()))
    }

    /// The tool summary for one tool.
    pub fn tool(&self, tool: Tool) -> &ToolSummary {
        &self.tools[tool.index()]
    }

    /// Tools averaging below 85 although the total passes: NACC rated such agencies lower
    /// in 2568 (the exact rule is unconfirmed), so the app warns about them.
    pub fn tools_below_pass_mark_despite_pass(&self) -> Vec<&ToolSummary> {
        if !self.outcome().is_some_and(|o| o.passed) {
            return Vec::new();
        }
        self.tools.iter().filter(|t| t.below_pass_mark()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Weights;

    fn scores(hundredths: [u16; 10]) -> [Option<Score>; 10] {
        hundredths.map(Score::from_hundredths)
    }

    fn standard() -> Framework {
        Framework::custom(Weights::STANDARD, ResultRule::Levels)
    }

    #[test]
    fn bands_have_the_published_edges() {
        assert_eq!(Level::from_cents(10_000), Level::AA);
        assert_eq!(Level::from_cents(9500), Level::AA);
        assert_eq!(Level::from_cents(9499), Level::A);
        assert_eq!(Level::from_cents(8500), Level::A);
        assert_eq!(Level::from_cents(8499), Level::B);
        assert_eq!(Level::from_cents(5000), Level::E);
        assert_eq!(Level::from_cents(4999), Level::F);
        assert_eq!(Level::from_cents(0), Level::F);
        assert_eq!(Level::A.band(), (Fixed::new(8500, 2), Fixed::new(9499, 2)));
        assert_eq!(
            Level::AA.band(),
            (Fixed::new(9500, 2), Fixed::new(10_000, 2))
        );
        assert_eq!(Level::F.band(), (Fixed::new(0, 2), Fixed::new(4999, 2)));
    }

    #[test]
    fn nothing_is_totalled_until_all_ten_are_entered() {
        let mut partial = scores([9000; 10]);
        partial[4] = None;
        let evaluation = evaluate(&standard(), &partial);
        assert_eq!(evaluation.entered(), 9);
        assert_eq!(evaluation.total(), None);
        assert_eq!(evaluation.outcome(), None);
        assert_eq!(evaluation.tool(Tool::Iit).subtotal(), None);
        assert_eq!(
            evaluation.tool(Tool::Eit).subtotal(),
            Some(Fixed::new(270_000, 4))
        );
    }

    #[test]
    fn contribution_and_loss_add_up_to_the_weight() {
        let line = IndicatorLine {
            indicator: Indicator::I1,
            weight: 6,
            score: Score::from_hundredths(8365),
        };
        assert_eq!(
            line.contribution().map(|c| c.to_string()),
            Some("5.0190".into())
        );
        assert_eq!(line.lost().map(|c| c.to_string()), Some("0.9810".into()));
    }

    #[test]
    fn outcome_labels_follow_the_rule() {
        let pass = Outcome::from_cents(ResultRule::PassMark, 8500);
        assert_eq!(pass.label(Lang::Th), "ผ่าน");
        assert_eq!(pass.label(Lang::En), "Pass");
        assert_eq!(pass.level, Level::A);
        let fail = Outcome::from_cents(ResultRule::PassMark, 8499);
        assert_eq!(fail.label(Lang::Th), "ไม่ผ่าน");
        assert_eq!(fail.label(Lang::En), "Not passed");
        assert_eq!(
            Outcome::from_cents(ResultRule::Levels, 8499).label(Lang::Th),
            "B"
        );
    }
}
