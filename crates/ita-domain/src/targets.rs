//! Planning ahead (ITA.md §7): the least total raise of indicator scores that reaches the
//! pass line or the next level, under per-indicator ceilings.
//!
//! One linear constraint makes this exact. Raising an indicator by one hundredth adds its
//! weight to the total (in 1/10 000 points), so the cheapest way to add `R` units is to take
//! hundredths from the heaviest indicators first: with `k` hundredths no plan adds more than
//! the `k` heaviest available ones, so the greedy plan needs the fewest. Ties in weight go to
//! the lower score first (the weaker indicator), then to the first in code order.

use crate::scoring::{Level, PASS_MARK_CENTS};
use crate::sort::sort_small_by_key;
use crate::{Fixed, Framework, Indicator, Score};

/// What a plan aims for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Goal {
    /// A rounded total of 85.00 or more.
    Pass,
    /// A rounded total within this level's band or above.
    Level(Level),
}

impl Goal {
    /// The least rounded total (in hundredths) that meets the goal.
    pub fn min_cents(self) -> u64 {
        match self {
            Goal::Pass => PASS_MARK_CENTS,
            Goal::Level(level) => level.band().0.units(),
        }
    }

    /// The least exact total (in 1/10 000 points) that meets the goal: rounding is half up,
    /// so 84.9950 already shows as 85.00.
    pub fn min_units(self) -> u64 {
        (self.min_cents() * 100).saturating_sub(50)
    }
}

/// The level above `level`, if there is one.
pub fn next_level(level: Level) -> Option<Level> {
    let position = Level::ALL.iter().position(|&l| l == level)?;
    position.checked_sub(1).map(|p| Level::ALL[p])
}

/// Raise one indicator from its score to a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raise {
    /// Which indicator.
    pub indicator: Indicator,
    /// Its score now.
    pub from: Score,
    /// The score to reach.
    pub to: Score,
}

impl Raise {
    /// How many points the indicator must gain.
    pub fn points(&self) -> Fixed {
        Fixed::new(u64::from(self.to.hundredths() - self.from.hundredths()), 2)
    }
}

/// The answer to "what is the least we must raise, and where?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetPlan {
    /// The goal is already met.
    Reached,
    /// The least raise that meets the goal.
    Plan {
        /// The indicators to raise, in the order the plan takes them.
        raises: Vec<Raise>,
        /// The sum of all raises, in points.
        points: Fixed,
        /// The rounded total the plan gives.
        total: Fixed,
    },
    /// Even with every indicator at its ceiling the goal is out of reach.
    Unreachable {
        /// The rounded total with every indicator at its ceiling.
        best: Fixed,
    },
}

/// The least raise from `scores` that meets `goal`, no indicator going above its ceiling.
/// A ceiling below the current score means that indicator is not raised.
pub fn least_raise(
    framework: &Framework,
    scores: &[Score; 10],
    ceilings: &[Score; 10],
    goal: Goal,
) -> TargetPlan {
    let weight = |i: Indicator| u64::from(framework.weights.of(i));
    let hundredths = |s: Score| u64::from(s.hundredths());
    let current: u64 = Indicator::ALL
        .iter()
        .map(|&i| weight(i) * hundredths(scores[i.index()]))
        .sum();
    let target = goal.min_units();
    if current >= target {
        return TargetPlan::Reached;
    }
    let room: Vec<u64> = Indicator::ALL
        .iter()
        .map(|&i| hundredths(ceilings[i.index()]).saturating_sub(hundredths(scores[i.index()])))
        .collect();
    let weights: Vec<u64> = Indicator::ALL.iter().map(|&i| weight(i)).collect();
    let mut order: Vec<usize> = (0..10).collect();
    sort_small_by_key(&mut order, |&n| {
        (std::cmp::Reverse(weights[n]), scores[n], n)
    });

    match minimum_raise(&weights, &room, &order, target - current) {
        None => {
            let best = current + weights.iter().zip(&room).map(|(w, r)| w * r).sum::<u64>();
            TargetPlan::Unreachable {
                best: Fixed::new(best, 4).rounded(2),
            }
        }
        Some(raise) => {
            let raises: Vec<Raise> = order
                .iter()
                .filter(|&&n| raise[n] > 0)
                .map(|&n| {
                    let from = scores[n];
                    // raise[n] ≤ room[n], so the target is within the ceiling and 0–100.
                    let to = Score::from_hundredths(from.hundredths() + raise[n] as u16)
                        .unwrap_or(ceilings[n]);
                    Raise {
                        indicator: Indicator::ALL[n],
                        from,
                        to,
                    }
                })
                .collect();
            let added: u64 = raise.iter().zip(&weights).map(|(d, w)| d * w).sum();
            TargetPlan::Plan {
                points: Fixed::new(raise.iter().sum(), 2),
                total: Fixed::new(current + added, 4).rounded(2),
                raises,
            }
        }
    }
}

/// The fewest hundredths `d[n] ≤ room[n]` with `Σ weights[n] × d[n] ≥ needed`, taking
/// indicators in `order` (heaviest first); `None` when even all the room is not enough.
pub fn minimum_raise(
    weights: &[u64],
    room: &[u64],
    order: &[usize],
    needed: u64,
) -> Option<Vec<u64>> {
    let mut raise = vec![0u64; weights.len()];
    let mut remaining = needed;
    for &n in order {
        if remaining == 0 {
            break;
        }
        if weights[n] == 0 {
            continue;
        }
        let step = remaining.div_ceil(weights[n]).min(room[n]);
        raise[n] = step;
        remaining = remaining.saturating_sub(step * weights[n]);
    }
    (remaining == 0).then_some(raise)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, ResultRule, Weights};

    fn standard() -> Framework {
        Framework::custom(Weights::STANDARD, ResultRule::PassMark)
    }

    fn points(p: [u16; 10]) -> [Score; 10] {
        p.map(Score::from_points)
    }

    #[test]
    fn goals_count_half_up_rounding() {
        assert_eq!(Goal::Pass.min_units(), 849_950);
        assert_eq!(Goal::Level(Level::AA).min_units(), 949_950);
        assert_eq!(Goal::Level(Level::E).min_units(), 499_950);
        assert_eq!(next_level(Level::B), Some(Level::A));
        assert_eq!(next_level(Level::AA), None);
    }

    #[test]
    fn raises_the_heaviest_indicators_first() {
        // All 80: total 80.0000 = 800 000 units; pass needs 849 950, so 49 950 more.
        // i9 and i10 weigh 20: i9 to 100 adds 20 × 2000 = 40 000; i10 then needs
        // ⌈9 950 / 20⌉ = 498 hundredths → 84.98, adding 9 960. Total 849 960 → 85.00.
        let plan = least_raise(
            &standard(),
            &points([80; 10]),
            &points([100; 10]),
            Goal::Pass,
        );
        let TargetPlan::Plan {
            raises,
            points,
            total,
        } = plan
        else {
            panic!("a plan exists")
        };
        let summary: Vec<_> = raises
            .iter()
            .map(|r| (r.indicator.code(), r.to.to_string()))
            .collect();
        assert_eq!(
            summary,
            [("i9", "100.00".to_owned()), ("i10", "84.98".to_owned())]
        );
        assert_eq!(points.to_string(), "24.98");
        assert_eq!(total.to_string(), "85.00");
    }

    #[test]
    fn ceilings_push_the_raise_to_lighter_indicators() {
        // OIT capped at 82: i9 and i10 add 20 × 200 each = 8 000. Then EIT (weight 10) to 100:
        // lower score first, all 80 so code order: i6 adds 20 000, i7 20 000 → 48 000;
        // 1 950 remain → i8 ⌈1 950 / 10⌉ = 195 → 81.95. Points: 2 + 2 + 20 + 20 + 1.95 = 45.95.
        let mut ceilings = points([100; 10]);
        ceilings[8] = Score::from_points(82);
        ceilings[9] = Score::from_points(82);
        let plan = least_raise(&standard(), &points([80; 10]), &ceilings, Goal::Pass);
        let TargetPlan::Plan { raises, points, .. } = plan else {
            panic!("a plan exists")
        };
        let codes: Vec<_> = raises.iter().map(|r| r.indicator.code()).collect();
        assert_eq!(codes, ["i9", "i10", "i6", "i7", "i8"]);
        assert_eq!(raises[4].to.to_string(), "81.95");
        assert_eq!(points.to_string(), "45.95");
    }

    #[test]
    fn says_when_the_goal_is_out_of_reach_or_already_met() {
        let ceilings = points([84; 10]);
        let plan = least_raise(&standard(), &points([80; 10]), &ceilings, Goal::Pass);
        assert_eq!(
            plan,
            TargetPlan::Unreachable {
                best: Fixed::new(8400, 2)
            }
        );
        let plan = least_raise(
            &standard(),
            &points([85; 10]),
            &points([100; 10]),
            Goal::Pass,
        );
        assert_eq!(plan, TargetPlan::Reached);
    }

    #[test]
    fn the_plan_really_reaches_the_goal() {
        let scores = points([70, 75, 80, 60, 90, 85, 70, 65, 80, 75]);
        let TargetPlan::Plan { raises, total, .. } = least_raise(
            &standard(),
            &scores,
            &points([100; 10]),
            Goal::Level(Level::A),
        ) else {
            panic!("a plan exists")
        };
        let mut raised = scores.map(Some);
        for r in &raises {
            raised[r.indicator.index()] = Some(r.to);
        }
        let after = evaluate(&standard(), &raised);
        assert_eq!(after.total_rounded(), Some(total));
        assert!(total.units() >= 8500);
    }
}
