//! Properties of the arithmetic that must hold for every input, not just the worked examples.
#![cfg(not(target_arch = "wasm32"))]

use ita_selfcheck::domain::framework::framework_for_year;
use ita_selfcheck::domain::scoring::PASS_MARK_CENTS;
use ita_selfcheck::domain::{evaluate, Framework, Level, ResultRule, Score, Weights};
use proptest::prelude::*;

/// Any ten weights that sum to exactly 100: cut 0..=100 at nine random points.
fn weights() -> impl Strategy<Value = Weights> {
    proptest::collection::vec(0u8..=100, 9).prop_map(|mut cuts| {
        cuts.sort_unstable();
        let mut w = [0u8; 10];
        let mut previous = 0;
        for (slot, cut) in w.iter_mut().zip(cuts.iter().chain(std::iter::once(&100))) {
            *slot = cut - previous;
            previous = *cut;
        }
        Weights::new(w).expect("cuts of 100 sum to 100")
    })
}

fn framework() -> impl Strategy<Value = Framework> {
    prop_oneof![
        (
            weights(),
            prop_oneof![Just(ResultRule::Levels), Just(ResultRule::PassMark)]
        )
            .prop_map(|(w, rule)| Framework::custom(w, rule)),
        (2562u16..=2569).prop_map(|year| Framework::from(framework_for_year(year).expect("known"))),
    ]
}

fn score() -> impl Strategy<Value = Score> {
    (0u16..=10_000).prop_map(|h| Score::from_hundredths(h).expect("in range"))
}

fn scores() -> impl Strategy<Value = [Score; 10]> {
    proptest::array::uniform10(score())
}

fn total_units(framework: &Framework, scores: &[Score; 10]) -> u64 {
    evaluate(framework, &scores.map(Some))
        .total()
        .expect("all entered")
        .units()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_total_stays_within_0_and_100(framework in framework(), scores in scores()) {
        let units = total_units(&framework, &scores);
        prop_assert!(units <= 1_000_000);
        let rounded = evaluate(&framework, &scores.map(Some)).total_rounded().expect("complete");
        prop_assert!(rounded.units() <= 10_000);
    }

    #[test]
    fn the_total_agrees_with_an_independent_float_computation(framework in framework(), scores in scores()) {
        let expected: f64 = scores
            .iter()
            .zip(framework.weights.as_array())
            .map(|(s, w)| f64::from(w) * f64::from(s.hundredths()) / 100.0)
            .sum::<f64>() / 100.0;
        let units = total_units(&framework, &scores);
        prop_assert!((units as f64 / 10_000.0 - expected).abs() < 1e-9);
    }

    #[test]
    fn raising_a_score_never_lowers_the_total_or_the_result(
        framework in framework(),
        scores in scores(),
        which in 0usize..10,
        raise in 0u16..=10_000,
    ) {
        let before = evaluate(&framework, &scores.map(Some));
        let mut raised = scores;
        let higher = (raised[which].hundredths() + raise).min(10_000);
        raised[which] = Score::from_hundredths(higher).expect("capped at 100");
        let after = evaluate(&framework, &raised.map(Some));
        prop_assert!(after.total().expect("complete").units() >= before.total().expect("complete").units());
        let (b, a) = (before.outcome().expect("complete"), after.outcome().expect("complete"));
        // Level::AA sorts first: a better level is a smaller one.
        prop_assert!(a.level <= b.level);
        prop_assert!(a.passed || !b.passed);
    }

    #[test]
    fn equal_scores_give_that_score_as_the_total(framework in framework(), s in score()) {
        let e = evaluate(&framework, &[Some(s); 10]);
        prop_assert_eq!(e.total_rounded().expect("complete"), s.to_fixed());
        prop_assert_eq!(e.total().expect("complete").units(), u64::from(s.hundredths()) * 100);
    }

    #[test]
    fn the_result_changes_exactly_at_each_band_edge(framework in framework(), cents in 1u64..=10_000) {
        // With all ten scores equal to c/100 the total is exactly c/100 (property above), so the
        // result of c and of c − 0.01 differ exactly when c is where a band or the pass line starts.
        let result = |c: u64| {
            let s = Score::from_hundredths(c as u16).expect("in range");
            evaluate(&framework, &[Some(s); 10]).outcome().expect("complete")
        };
        let (here, below) = (result(cents), result(cents - 1));
        let band_starts = Level::ALL.iter().any(|l| l.band().0.units() == cents);
        prop_assert_eq!(here.level != below.level, band_starts);
        prop_assert_eq!(here.passed != below.passed, cents == PASS_MARK_CENTS);
    }

    #[test]
    fn custom_weights_are_accepted_exactly_when_they_sum_to_100(w in proptest::array::uniform10(0u8..=100)) {
        let sum: u32 = w.iter().map(|&x| u32::from(x)).sum();
        prop_assert_eq!(Weights::new(w).is_ok(), sum == 100);
        let typed = w.map(|x| x.to_string());
        prop_assert_eq!(Weights::parse(&typed).is_ok(), sum == 100);
    }

    #[test]
    fn any_written_score_reads_back_exactly(h in 0u16..=10_000, comma in any::<bool>(), thai in any::<bool>()) {
        let mut text = format!("{}.{:02}", h / 100, h % 100);
        if comma {
            text = text.replace('.', ",");
        }
        if thai {
            text = text
                .chars()
                .map(|c| c.to_digit(10).and_then(|d| char::from_u32('๐' as u32 + d)).unwrap_or(c))
                .collect();
        }
        prop_assert_eq!(Score::parse(&text), Ok(Score::from_hundredths(h)));
    }

    #[test]
    fn anything_above_100_or_with_three_decimals_is_refused(h in 10_001u32..10_000_000, extra in 1u32..10) {
        let above = format!("{}.{:02}", h / 100, h % 100);
        prop_assert!(Score::parse(&above).is_err());
        let three = format!("{}.{:02}{}", (h % 10_000) / 100, h % 100, extra);
        prop_assert!(Score::parse(&three).is_err());
    }
}
