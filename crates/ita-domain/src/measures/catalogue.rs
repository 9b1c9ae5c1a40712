//! The measures catalogue: the eighteen measures (มาตรการ) of ITA.md §6 that the app can
//! suggest, in that table's order, each with the indicators it serves (the main one first), its
//! period and monitoring rhythm. Its guideline, steps, default responsible unit, and the outputs
//! and outcomes a report on it would show are in catalogue.txt, beside this file (texts.rs
//! says why). All text is the app's own, in Thai and English.

use super::CatalogueMeasure;
use crate::t;
use crate::{Indicator, Period, Rhythm};

/// Every measure the app can suggest, in the order ITA.md §6 lists them.
pub static CATALOGUE: &[CatalogueMeasure] = &[
    // 1
    CatalogueMeasure {
        id: "discretion-review",
        name: t!(
            "มาตรการตรวจสอบการใช้ดุลพินิจ",
            "Review of officials' use of discretion"
        ),
        serves: &[Indicator::I1, Indicator::I3],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 2
    CatalogueMeasure {
        id: "public-disclosure",
        name: t!(
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
            "Public disclosure of information"
        ),
        serves: &[Indicator::I9, Indicator::I7],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::Quarterly,
        always_suggested: false,
    },
    // 3
    CatalogueMeasure {
        id: "integrity-declaration",
        name: t!(
            "มาตรการประกาศเจตจำนงสุจริตของผู้บริหาร",
            "Executive's declaration of integrity"
        ),
        serves: &[Indicator::I10, Indicator::I5],
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 4
    CatalogueMeasure {
        id: "conflict-of-interest",
        name: t!(
            "มาตรการป้องกันผลประโยชน์ทับซ้อน",
            "Prevention of conflicts of interest"
        ),
        serves: &[Indicator::I1, Indicator::I3, Indicator::I10],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 5
    CatalogueMeasure {
        id: "no-gift",
        name: t!(
            "มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
            "Bribery prevention and No Gift Policy"
        ),
        serves: &[Indicator::I1, Indicator::I10],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 6
    CatalogueMeasure {
        id: "stakeholder-participation",
        name: t!(
            "มาตรการส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย",
            "Stakeholder participation"
        ),
        serves: &[Indicator::I8, Indicator::I9],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 7
    CatalogueMeasure {
        id: "transparent-procurement",
        name: t!(
            "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
            "Transparent procurement"
        ),
        serves: &[Indicator::I2, Indicator::I9],
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::Quarterly,
        always_suggested: false,
    },
    // 8
    CatalogueMeasure {
        id: "corruption-complaints",
        name: t!(
            "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
            "Handling corruption complaints"
        ),
        serves: &[Indicator::I5, Indicator::I9],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::Quarterly,
        always_suggested: false,
    },
    // 9
    CatalogueMeasure {
        id: "staff-awareness",
        name: t!(
            "มาตรการสร้างจิตสำนึกและความตระหนักแก่บุคลากร",
            "Building staff awareness"
        ),
        serves: &[Indicator::I5, Indicator::I1],
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 10
    CatalogueMeasure {
        id: "asset-oversight",
        name: t!(
            "มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ",
            "Oversight of the use of government assets"
        ),
        serves: &[Indicator::I4],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 11
    CatalogueMeasure {
        id: "budget-transparency",
        name: t!(
            "มาตรการส่งเสริมความโปร่งใสในการบริหารงบประมาณ",
            "Budget transparency"
        ),
        serves: &[Indicator::I2],
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 12
    CatalogueMeasure {
        id: "authority-and-personnel",
        name: t!(
            "มาตรการควบคุมการใช้อำนาจและการบริหารงานบุคคล",
            "Control of authority and personnel management"
        ),
        serves: &[Indicator::I3],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 13
    CatalogueMeasure {
        id: "transparent-work",
        name: t!(
            "มาตรการส่งเสริมการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
            "Transparent and efficient work"
        ),
        serves: &[Indicator::I1, Indicator::I6],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 14
    CatalogueMeasure {
        id: "good-service",
        name: t!(
            "มาตรการส่งเสริมการให้บริการที่ดีและการให้บริการออนไลน์ (E-Service)",
            "Good service and e-services"
        ),
        serves: &[Indicator::I6, Indicator::I8],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::Quarterly,
        always_suggested: false,
    },
    // 15
    CatalogueMeasure {
        id: "communication-channels",
        name: t!(
            "มาตรการประชาสัมพันธ์และเผยแพร่ข้อมูลข่าวสาร",
            "Public relations and communication channels"
        ),
        serves: &[Indicator::I7],
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 16
    CatalogueMeasure {
        id: "improve-work-systems",
        name: t!("มาตรการปรับปรุงระบบการทำงาน", "Improving work systems"),
        serves: &[Indicator::I8],
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 17
    CatalogueMeasure {
        id: "corruption-risk",
        name: t!(
            "มาตรการประเมินความเสี่ยงการทุจริตและบริหารจัดการความเสี่ยง",
            "Corruption risk assessment and management"
        ),
        serves: &[Indicator::I10],
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        always_suggested: false,
    },
    // 18
    CatalogueMeasure {
        id: "ita-results",
        name: t!(
            "มาตรการนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
            "Using last year's ITA results to improve the agency"
        ),
        serves: &[Indicator::I10],
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        always_suggested: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Text;

    const IDS: [&str; 18] = [
        "discretion-review",
        "public-disclosure",
        "integrity-declaration",
        "conflict-of-interest",
        "no-gift",
        "stakeholder-participation",
        "transparent-procurement",
        "corruption-complaints",
        "staff-awareness",
        "asset-oversight",
        "budget-transparency",
        "authority-and-personnel",
        "transparent-work",
        "good-service",
        "communication-channels",
        "improve-work-systems",
        "corruption-risk",
        "ita-results",
    ];

    fn is_thai(c: char) -> bool {
        ('\u{0E00}'..='\u{0E7F}').contains(&c)
    }

    /// Every `Text` of a measure, labelled for failure messages.
    fn texts(m: &CatalogueMeasure) -> Vec<(String, Text)> {
        let long = m.texts().expect("the texts compiled in");
        let mut all = vec![
            ("name".to_string(), m.name),
            ("guideline".to_string(), long.guideline),
            ("responsible".to_string(), long.responsible),
            ("outputs".to_string(), long.outputs),
            ("outcomes".to_string(), long.outcomes),
        ];
        all.extend(
            long.steps
                .iter()
                .enumerate()
                .map(|(n, step)| (format!("steps[{n}]"), *step)),
        );
        all
    }

    #[test]
    fn holds_the_eighteen_ids_in_order_and_unique() {
        let ids: Vec<&str> = CATALOGUE.iter().map(|m| m.id).collect();
        assert_eq!(ids, IDS);
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "duplicate ids");
    }

    #[test]
    fn every_measure_has_three_to_six_steps() {
        for m in CATALOGUE {
            assert!(
                (3..=6).contains(&m.texts().expect("loaded").steps.len()),
                "{} has {} steps",
                m.id,
                m.texts().expect("loaded").steps.len()
            );
        }
    }

    #[test]
    fn every_text_is_written_in_both_languages() {
        for m in CATALOGUE {
            for (field, text) in texts(m) {
                assert!(!text.th.trim().is_empty(), "{}.{field}: empty Thai", m.id);
                assert!(
                    !text.en.trim().is_empty(),
                    "{}.{field}: empty English",
                    m.id
                );
                assert!(
                    text.th.chars().any(is_thai),
                    "{}.{field}: Thai text has no Thai characters",
                    m.id
                );
                assert!(
                    !text.en.chars().any(is_thai),
                    "{}.{field}: English text has Thai characters",
                    m.id
                );
            }
        }
    }

    #[test]
    fn serves_is_non_empty_without_duplicates() {
        for m in CATALOGUE {
            assert!(!m.serves.is_empty(), "{} serves nothing", m.id);
            for (n, indicator) in m.serves.iter().enumerate() {
                assert!(
                    !m.serves[..n].contains(indicator),
                    "{} lists {:?} twice",
                    m.id,
                    indicator
                );
            }
        }
    }

    #[test]
    fn serves_follows_the_specification() {
        use Indicator::*;
        let expected: [&[Indicator]; 18] = [
            &[I1, I3],
            &[I9, I7],
            &[I10, I5],
            &[I1, I3, I10],
            &[I1, I10],
            &[I8, I9],
            &[I2, I9],
            &[I5, I9],
            &[I5, I1],
            &[I4],
            &[I2],
            &[I3],
            &[I1, I6],
            &[I6, I8],
            &[I7],
            &[I8],
            &[I10],
            &[I10],
        ];
        assert_eq!(CATALOGUE.len(), expected.len());
        for (m, serves) in CATALOGUE.iter().zip(expected) {
            assert_eq!(m.serves, serves, "{}", m.id);
        }
    }

    #[test]
    fn only_ita_results_is_always_suggested() {
        let always: Vec<&str> = CATALOGUE
            .iter()
            .filter(|m| m.always_suggested)
            .map(|m| m.id)
            .collect();
        assert_eq!(always, ["ita-results"]);
    }

    #[test]
    fn every_indicator_is_served() {
        for indicator in Indicator::ALL {
            assert!(
                CATALOGUE.iter().any(|m| m.serves(indicator)),
                "no measure serves {}",
                indicator.code()
            );
        }
    }

    #[test]
    fn find_returns_the_measure_with_that_id() {
        for m in CATALOGUE {
            assert_eq!(CatalogueMeasure::find(m.id).map(|f| f.id), Some(m.id));
        }
        assert!(CatalogueMeasure::find("no-such-measure").is_none());
    }

    #[test]
    fn thai_text_ends_without_a_full_stop_and_english_fields_are_consistent() {
        for m in CATALOGUE {
            for (field, text) in texts(m) {
                assert!(
                    !text.th.trim_end().ends_with('.'),
                    "{}.{field}: Thai ends with a full stop",
                    m.id
                );
                let sentence = !(field == "name" || field == "responsible");
                assert_eq!(
                    text.en.ends_with('.'),
                    sentence,
                    "{}.{field}: English full stop inconsistent",
                    m.id
                );
            }
        }
    }

    #[test]
    fn rhythms_and_periods_are_sensible() {
        assert_eq!(
            CatalogueMeasure::find("transparent-procurement").map(|m| m.rhythm),
            Some(Rhythm::Quarterly)
        );
        assert_eq!(
            CatalogueMeasure::find("corruption-complaints").map(|m| m.rhythm),
            Some(Rhythm::Quarterly)
        );
        assert!(CATALOGUE
            .iter()
            .any(|m| m.period == Period::OctoberToSeptember));
        assert!(CATALOGUE
            .iter()
            .any(|m| m.period == Period::WholeFiscalYear));
    }
}
