//! The catalogue of measures (มาตรการ) an agency can adopt, each mapped to the indicators it
//! raises (ITA.md §6), and the suggestions drawn from it for a set of scores.

mod catalogue;
pub mod texts;

use crate::sort::sort_small_by_key;
use serde::Serialize;

use crate::analysis::{Analysis, Reading};
use crate::text::Text;
use crate::{Fixed, Indicator, Lang};

pub use catalogue::CATALOGUE;
pub use texts::MeasureTexts;

/// How often progress on a measure is reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rhythm {
    /// Rounds at 3, 6, 9 and 12 months.
    Quarterly,
    /// Rounds at 6 and 12 months (the usual "รายงานผลรอบ 6 เดือน และรอบ 12 เดือน").
    #[default]
    HalfYearly,
    /// One round at 12 months.
    Yearly,
}

impl Rhythm {
    /// Every rhythm, for pickers.
    pub const ALL: [Rhythm; 3] = [Rhythm::Quarterly, Rhythm::HalfYearly, Rhythm::Yearly];

    /// A stable code, for `<select>` values (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Rhythm::Quarterly => "quarterly",
            Rhythm::HalfYearly => "half-yearly",
            Rhythm::Yearly => "yearly",
        }
    }

    /// The rhythm with this code.
    pub fn from_code(code: &str) -> Option<Rhythm> {
        Rhythm::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The months after the start of the fiscal year at which a round is reported.
    pub fn rounds(self) -> &'static [u8] {
        match self {
            Rhythm::Quarterly => &[3, 6, 9, 12],
            Rhythm::HalfYearly => &[6, 12],
            Rhythm::Yearly => &[12],
        }
    }

    /// The rhythm as a monitoring column would say it.
    pub fn describe(self, lang: Lang) -> &'static str {
        match self {
            Rhythm::Quarterly => lang.pick(
                "รายงานผลทุกไตรมาส (รอบ 3, 6, 9 และ 12 เดือน)",
                "Quarterly reports (at 3, 6, 9 and 12 months)",
            ),
            Rhythm::HalfYearly => lang.pick(
                "รายงานผลรอบ 6 เดือน และรอบ 12 เดือน",
                "Reports at 6 and 12 months",
            ),
            Rhythm::Yearly => lang.pick("รายงานผลรอบ 12 เดือน", "A report at 12 months"),
        }
    }
}

/// When a measure runs within its fiscal year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// Throughout the fiscal year (ตลอดปีงบประมาณ).
    WholeFiscalYear,
    /// October to September of the fiscal year, written as months.
    OctoberToSeptember,
}

impl Period {
    /// The period written out for a fiscal year (พ.ศ.), which runs from 1 October of the
    /// year before to 30 September.
    pub fn describe(self, lang: Lang, fiscal_year: u16) -> String {
        let before = fiscal_year.saturating_sub(1);
        match self {
            Period::WholeFiscalYear => lang.pick(
                format!("ตลอดปีงบประมาณ พ.ศ. {fiscal_year}"),
                format!("Throughout fiscal year {fiscal_year}"),
            ),
            Period::OctoberToSeptember => lang.pick(
                format!("ตุลาคม {before} – กันยายน {fiscal_year}"),
                format!("October {before} – September {fiscal_year} (B.E.)"),
            ),
        }
    }
}

/// One measure of the catalogue, written in the app's own words.
#[derive(Clone, Copy, Debug)]
pub struct CatalogueMeasure {
    /// Stable id, used in data and in the `data-measure` test hook.
    pub id: &'static str,
    /// Short name, as it heads a row of the measures table.
    pub name: Text,
    /// The indicators it raises, the main one first.
    pub serves: &'static [Indicator],
    /// When it usually runs (ระยะเวลาดำเนินการ).
    pub period: Period,
    /// How progress is usually reported (การกำกับติดตาม).
    pub rhythm: Rhythm,
    /// Offered whatever the scores are.
    pub always_suggested: bool,
}

/// The same measure when the ids are the same: the catalogue's ids are unique (its tests check
/// that), and one id is quicker to compare than every text, which the page does for each
/// suggestion at every render.
impl PartialEq for CatalogueMeasure {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for CatalogueMeasure {}

impl CatalogueMeasure {
    /// The measure with this id.
    pub fn find(id: &str) -> Option<&'static CatalogueMeasure> {
        CATALOGUE.iter().find(|m| m.id == id)
    }

    /// Whether it raises this indicator.
    pub fn serves(&self, indicator: Indicator) -> bool {
        self.serves.contains(&indicator)
    }

    /// Its guideline, steps, responsible unit, outputs and outcomes, once the catalogue's texts
    /// are loaded ([`texts`]).
    pub fn texts(&self) -> Option<&'static MeasureTexts> {
        let at = CATALOGUE.iter().position(|m| m.id == self.id)?;
        texts::all().map(|all| &all[at])
    }
}

/// A catalogue measure suggested for a set of scores, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The measure.
    pub measure: &'static CatalogueMeasure,
    /// The indicators to develop that it serves, in the measure's own order.
    pub addresses: Vec<Indicator>,
    /// Σ of their weighted gaps, in 1/10 000 points: the points at stake.
    stake_units: u64,
}

impl Suggestion {
    /// The points the total loses on the indicators this measure serves.
    pub fn stake(&self) -> Fixed {
        Fixed::new(self.stake_units, 4)
    }
}

/// The measures that serve the indicators to develop, the most points at stake first (then
/// catalogue order), followed by any measure offered whatever the scores.
///
/// Every indicator below the strength line is served by at least one catalogue measure, so
/// an indicator to develop never goes without a suggestion.
pub fn suggest(analysis: &Analysis) -> Vec<Suggestion> {
    let to_develop = analysis.to_develop();
    let mut suggestions: Vec<Suggestion> = CATALOGUE
        .iter()
        .filter_map(|measure| {
            let served: Vec<&Reading> = measure
                .serves
                .iter()
                .filter_map(|&i| to_develop.iter().copied().find(|r| r.indicator == i))
                .collect();
            if served.is_empty() && !measure.always_suggested {
                return None;
            }
            Some(Suggestion {
                measure,
                addresses: served.iter().map(|r| r.indicator).collect(),
                stake_units: served.iter().map(|r| r.weighted_gap().units()).sum(),
            })
        })
        .collect();
    // A stable sort keeps catalogue order among equal stakes.
    sort_small_by_key(&mut suggestions, |s| std::cmp::Reverse(s.stake_units));
    suggestions
}

#[cfg(test)]
mod suggestion_tests {
    use super::*;
    use crate::{analyse, evaluate, Framework, ResultRule, Score, Thresholds, Weights};

    fn suggestions_for(points: [u16; 10]) -> Vec<Suggestion> {
        let framework = Framework::custom(Weights::STANDARD, ResultRule::PassMark);
        let scores = points.map(|p| Some(Score::from_points(p)));
        let analysis = analyse(&evaluate(&framework, &scores), &Thresholds::default());
        suggest(&analysis.expect("complete"))
    }

    #[test]
    fn suggestions_follow_the_points_at_stake_then_the_catalogue() {
        // Points lost against 85: i7 at 80 → 10 × 5 ÷ 100 = 0.50; i9 at 82 → 20 × 3 ÷ 100 = 0.60.
        let s = suggestions_for([90, 90, 90, 90, 90, 90, 80, 90, 82, 90]);
        let order: Vec<(&str, String)> = s
            .iter()
            .map(|s| (s.measure.id, s.stake().to_trimmed(2)))
            .collect();
        assert_eq!(
            order,
            [
                ("public-disclosure", "1.10".to_owned()),
                ("stakeholder-participation", "0.60".to_owned()),
                ("transparent-procurement", "0.60".to_owned()),
                ("corruption-complaints", "0.60".to_owned()),
                ("communication-channels", "0.50".to_owned()),
                ("ita-results", "0.00".to_owned()),
            ]
        );
        assert_eq!(s[0].addresses, [Indicator::I9, Indicator::I7]);
        assert!(s[5].addresses.is_empty());
    }

    #[test]
    fn with_nothing_to_develop_only_last_years_results_are_offered() {
        let s = suggestions_for([90; 10]);
        let ids: Vec<&str> = s.iter().map(|s| s.measure.id).collect();
        assert_eq!(ids, ["ita-results"]);
    }

    #[test]
    fn every_indicator_below_85_gets_a_suggestion_of_its_own() {
        for weak in Indicator::ALL {
            let mut points = [90; 10];
            points[weak.index()] = 80;
            let s = suggestions_for(points);
            let serving = s.iter().filter(|s| s.addresses.contains(&weak)).count();
            assert!(serving >= 1, "{weak} has no suggestion");
            assert!(
                s.iter().any(|s| s.measure.always_suggested),
                "last year's results are offered"
            );
        }
    }

    #[test]
    fn rhythms_round_trip_their_codes() {
        for rhythm in Rhythm::ALL {
            assert_eq!(Rhythm::from_code(rhythm.code()), Some(rhythm));
            let json = serde_json::to_string(&rhythm).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", rhythm.code()));
        }
        assert_eq!(
            Period::WholeFiscalYear.describe(Lang::Th, 2569),
            "ตลอดปีงบประมาณ พ.ศ. 2569"
        );
        assert_eq!(
            Period::OctoberToSeptember.describe(Lang::Th, 2569),
            "ตุลาคม 2568 – กันยายน 2569"
        );
    }
}
