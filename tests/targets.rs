//! The target solver against brute force over small grids, including unreachable targets.
#![cfg(not(target_arch = "wasm32"))]

use ita_selfcheck::domain::framework::framework_for_year;
use ita_selfcheck::domain::scoring::Level;
use ita_selfcheck::domain::targets::{least_raise, minimum_raise, Goal, TargetPlan};
use ita_selfcheck::domain::{evaluate, Framework, Score};
use proptest::prelude::*;

/// The fewest hundredths reaching `needed`, by trying every combination.
fn brute_force(weights: &[u64], room: &[u64], needed: u64) -> Option<u64> {
    let mut best: Option<u64> = None;
    let mut raise = vec![0u64; weights.len()];
    loop {
        let added: u64 = raise.iter().zip(weights).map(|(d, w)| d * w).sum();
        if added >= needed {
            let count = raise.iter().sum();
            best = Some(best.map_or(count, |b: u64| b.min(count)));
        }
        // Next combination, like an odometer.
        let mut n = 0;
        loop {
            if n == raise.len() {
                return best;
            }
            if raise[n] < room[n] {
                raise[n] += 1;
                break;
            }
            raise[n] = 0;
            n += 1;
        }
    }
}

fn heaviest_first(weights: &[u64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&n| (std::cmp::Reverse(weights[n]), n));
    order
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_greedy_raise_is_as_small_as_any_raise(
        grid in proptest::collection::vec((0u64..=20, 0u64..=6), 1..=4),
        slack in 0u64..=40,
        overshoot in any::<bool>(),
    ) {
        let weights: Vec<u64> = grid.iter().map(|&(w, _)| w).collect();
        let room: Vec<u64> = grid.iter().map(|&(_, r)| r).collect();
        let most: u64 = weights.iter().zip(&room).map(|(w, r)| w * r).sum();
        // Either a reachable amount, or one just beyond what the room allows.
        let needed = if overshoot { most + 1 + slack } else { most.saturating_sub(slack) };
        let greedy = minimum_raise(&weights, &room, &heaviest_first(&weights), needed);
        prop_assert_eq!(greedy.as_ref().map(|d| d.iter().sum::<u64>()), brute_force(&weights, &room, needed));
        if let Some(d) = greedy {
            prop_assert!(d.iter().zip(&room).all(|(d, r)| d <= r));
            prop_assert!(d.iter().zip(&weights).map(|(d, w)| d * w).sum::<u64>() >= needed);
        }
    }

    #[test]
    fn a_plan_meets_its_goal_within_the_ceilings(
        year in 2562u16..=2569,
        scores in proptest::array::uniform10(0u16..=10_000),
        caps in proptest::array::uniform10(0u16..=10_000),
        level in 0usize..7,
    ) {
        let framework = Framework::from(framework_for_year(year).expect("known year"));
        let scores = scores.map(|h| Score::from_hundredths(h).expect("in range"));
        let ceilings = caps.map(|h| Score::from_hundredths(h).expect("in range"));
        let goal = if level == 0 { Goal::Pass } else { Goal::Level(Level::ALL[level - 1]) };
        let now = evaluate(&framework, &scores.map(Some)).total_rounded().expect("complete");
        match least_raise(&framework, &scores, &ceilings, goal) {
            TargetPlan::Reached => prop_assert!(now.units() >= goal.min_cents()),
            TargetPlan::Unreachable { best } => {
                prop_assert!(best.units() < goal.min_cents());
                // Every indicator at max(score, ceiling) is the best there is.
                let top: [Option<Score>; 10] = std::array::from_fn(|n| Some(scores[n].max(ceilings[n])));
                prop_assert_eq!(evaluate(&framework, &top).total_rounded(), Some(best));
            }
            TargetPlan::Plan { raises, total, points } => {
                let mut raised = scores.map(Some);
                let mut sum = 0u64;
                for r in &raises {
                    prop_assert!(r.to > r.from && r.to <= ceilings[r.indicator.index()]);
                    raised[r.indicator.index()] = Some(r.to);
                    sum += r.points().units();
                }
                prop_assert_eq!(points.units(), sum);
                let after = evaluate(&framework, &raised).total_rounded();
                prop_assert_eq!(after, Some(total));
                prop_assert!(total.units() >= goal.min_cents());
                // Minimal: one hundredth less on the last raise misses the goal.
                let last = raises.last().expect("a plan raises something");
                let less = Score::from_hundredths(last.to.hundredths() - 1).expect("in range");
                raised[last.indicator.index()] = Some(less);
                let short = evaluate(&framework, &raised).total_rounded().expect("complete");
                prop_assert!(short.units() < goal.min_cents());
            }
        }
    }
}

#[test]
fn brute_force_itself_is_right_on_a_hand_case() {
    // Weights 20 and 6, room 2 and 5: to add 26 the cheapest is 20 + 6 (2 hundredths);
    // to add 41, 20 + 20 + 6 (3); 71 is beyond 2·20 + 5·6 = 70.
    assert_eq!(brute_force(&[20, 6], &[2, 5], 26), Some(2));
    assert_eq!(brute_force(&[20, 6], &[2, 5], 41), Some(3));
    assert_eq!(brute_force(&[20, 6], &[2, 5], 71), None);
    assert_eq!(brute_force(&[20, 6], &[2, 5], 0), Some(0));
}
