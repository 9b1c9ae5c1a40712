//! Worked examples of the scoring, each computed by hand in its comment.
//!
//! Units: a score in hundredths times a weight in percent gives 1/10 000 points, so the
//! exact total of standard weights [6 6 6 6 6 | 10 10 10 | 20 20] is Σ wᵢ·hᵢ / 10 000.
#![cfg(not(target_arch = "wasm32"))]

use ita_selfcheck::domain::framework::framework_for_year;
use ita_selfcheck::domain::{
    evaluate, Evaluation, Framework, Lang, Level, ResultRule, Score, Tool, Weights,
};

/// Scores written as text exactly as a user would type them.
fn sheet(scores: [&str; 10]) -> [Option<Score>; 10] {
    scores.map(|s| Score::parse(s).expect("a valid score"))
}

fn under_year(year: u16, scores: [&str; 10]) -> Evaluation {
    let entry = framework_for_year(year).expect("a framework for the year");
    evaluate(&Framework::from(entry), &sheet(scores))
}

fn total(e: &Evaluation) -> String {
    e.total_rounded().map(|t| t.to_string()).unwrap_or_default()
}

fn label(e: &Evaluation) -> &'static str {
    e.outcome().map(|o| o.label(Lang::Th)).unwrap_or("")
}

fn subtotal(e: &Evaluation, tool: Tool) -> String {
    e.tool(tool)
        .subtotal()
        .map(|s| s.rounded(2).to_string())
        .unwrap_or_default()
}

#[test]
fn all_eighty_in_2563_is_level_b() {
    // Every score 80: Σ w·80 = 100·80, so the total is 80.00 exactly; 75.00 ≤ 80.00 < 85.00 → B.
    // IIT 30·80/100 = 24.00, EIT 24.00, OIT 40·80/100 = 32.00.
    let e = under_year(2563, ["80"; 10]);
    assert_eq!(e.framework.id, "ita-2562");
    assert_eq!(total(&e), "80.00");
    assert_eq!(label(&e), "B");
    assert_eq!(subtotal(&e, Tool::Iit), "24.00");
    assert_eq!(subtotal(&e, Tool::Eit), "24.00");
    assert_eq!(subtotal(&e, Tool::Oit), "32.00");
}

#[test]
fn the_exchange_file_example_in_2568_passes_at_89_42() {
    // IIT: 6 × (90.50 + 88.00 + 99.45 + 91.00 + 86.20) = 6 × 455.15 = 2730.90 → 27.3090
    // EIT: 10 × (92.00 + 84.10 + 80.00) = 10 × 256.10 = 2561.00 → 25.6100
    // OIT: 20 × (95.00 + 87.50) = 20 × 182.50 = 3650.00 → 36.5000
    // Total 27.3090 + 25.6100 + 36.5000 = 89.4190 → 89.42 ≥ 85 → ผ่าน, band A.
    // Averages: IIT 27.309 / 30 = 91.03, EIT 85.37, OIT 91.25: no tool below 85.
    let e = under_year(
        2568,
        [
            "90.5", "88", "99.45", "91", "86.2", "92", "84.1", "80", "95", "87.5",
        ],
    );
    assert_eq!(e.framework.id, "ita-2566");
    assert_eq!(e.total().map(|t| t.to_string()).as_deref(), Some("89.4190"));
    assert_eq!(total(&e), "89.42");
    assert_eq!(label(&e), "ผ่าน");
    assert_eq!(e.outcome().map(|o| o.level), Some(Level::A));
    assert_eq!(subtotal(&e, Tool::Iit), "27.31");
    assert_eq!(subtotal(&e, Tool::Eit), "25.61");
    assert_eq!(subtotal(&e, Tool::Oit), "36.50");
    assert_eq!(
        e.tool(Tool::Iit)
            .average()
            .map(|a| a.to_string())
            .as_deref(),
        Some("91.03")
    );
    assert_eq!(
        e.tool(Tool::Eit)
            .average()
            .map(|a| a.to_string())
            .as_deref(),
        Some("85.37")
    );
    assert!(e.tools_below_pass_mark_despite_pass().is_empty());
}

#[test]
fn a_weak_tool_is_flagged_although_the_total_passes() {
    // EIT all 70, everything else 100: IIT 30.00 + EIT 21.00 + OIT 40.00 = 91.00 → ผ่าน,
    // but EIT averages 21 / 30 × 100 = 70.00 < 85.
    let e = under_year(
        2567,
        [
            "100", "100", "100", "100", "100", "70", "70", "70", "100", "100",
        ],
    );
    assert_eq!(total(&e), "91.00");
    assert_eq!(label(&e), "ผ่าน");
    let flagged: Vec<Tool> = e
        .tools_below_pass_mark_despite_pass()
        .iter()
        .map(|t| t.tool)
        .collect();
    assert_eq!(flagged, [Tool::Eit]);
}

#[test]
fn no_tool_warning_when_the_total_does_not_pass() {
    // All 80 → 80.00, not passed: the tool warning is only for passing totals.
    let e = under_year(2568, ["80"; 10]);
    assert_eq!(label(&e), "ไม่ผ่าน");
    assert!(e.tools_below_pass_mark_despite_pass().is_empty());
}

/// For every band edge b of ita-2562 (95, 85, 75, 65, 55, 50):
/// - all scores b → total exactly b → the level that starts at b;
/// - i6 at b − 0.05 (weight 10) → Σ drops by 10 × 5 = 50 units → b − 0.0050, which rounds
///   half up to b: still the same level;
/// - and i1 at b − 0.01 too (weight 6) → drops 56 units → b − 0.0056 → b − 0.01: the level below.
#[test]
fn every_level_edge_of_2562_falls_exactly_where_the_bands_say() {
    let edges = [
        ("95", "94.95", "94.99", Level::AA, Level::A),
        ("85", "84.95", "84.99", Level::A, Level::B),
        ("75", "74.95", "74.99", Level::B, Level::C),
        ("65", "64.95", "64.99", Level::C, Level::D),
        ("55", "54.95", "54.99", Level::D, Level::E),
        ("50", "49.95", "49.99", Level::E, Level::F),
    ];
    for (edge, half_below, just_below, at, below) in edges {
        let level = |scores: [&str; 10]| under_year(2562, scores).outcome().map(|o| o.level);
        let exact = [edge; 10];
        let mut half = exact;
        half[5] = half_below;
        let mut under = half;
        under[0] = just_below;
        assert_eq!(level(exact), Some(at), "all {edge}");
        assert_eq!(
            level(half),
            Some(at),
            "i6 {half_below}: {edge} − 0.005 rounds up"
        );
        assert_eq!(level(under), Some(below), "{edge} − 0.0056 rounds down");
        let e = under_year(2562, under);
        let expected = format!("{}.{}", edge.parse::<u32>().expect("edge") - 1, 99);
        assert_eq!(total(&e), expected);
    }
}

#[test]
fn the_2566_pass_line_is_85_00_after_half_up_rounding() {
    // All 85 → 85.00 → ผ่าน. i6 = 84.95 → 850 000 − 50 = 849 950 → 84.995 → 85.00 → ผ่าน.
    // Also i1 = 84.99 → 849 944 → 84.9944 → 84.99 → ไม่ผ่าน (band B for reference).
    let mut scores = ["85"; 10];
    assert_eq!(label(&under_year(2566, scores)), "ผ่าน");
    scores[5] = "84.95";
    let e = under_year(2566, scores);
    assert_eq!(e.total().map(|t| t.to_string()).as_deref(), Some("84.9950"));
    assert_eq!(total(&e), "85.00");
    assert_eq!(label(&e), "ผ่าน");
    scores[0] = "84.99";
    let e = under_year(2566, scores);
    assert_eq!(total(&e), "84.99");
    assert_eq!(label(&e), "ไม่ผ่าน");
    assert_eq!(e.outcome().map(|o| o.level), Some(Level::B));
}

#[test]
fn custom_weights_tell_84_995_from_84_9949() {
    // Weights [1 9 10 10 10 10 10 10 10 20] sum to 100. All 85 → 850 000 units.
    // i1 = 84.50: drops 1 × 50 = 50 → 849 950 → 84.9950 → 85.00 → Pass.
    // i1 = 84.49: drops 1 × 51 = 51 → 849 949 → 84.9949 → 84.99 → Not passed.
    let weights = Weights::new([1, 9, 10, 10, 10, 10, 10, 10, 10, 20]).expect("sums to 100");
    let framework = Framework::custom(weights, ResultRule::PassMark);
    let mut scores = ["85"; 10];
    scores[0] = "84.50";
    let e = evaluate(&framework, &sheet(scores));
    assert_eq!(e.total().map(|t| t.to_string()).as_deref(), Some("84.9950"));
    assert_eq!(e.outcome().map(|o| o.label(Lang::En)), Some("Pass"));
    scores[0] = "84.49";
    let e = evaluate(&framework, &sheet(scores));
    assert_eq!(e.total().map(|t| t.to_string()).as_deref(), Some("84.9949"));
    assert_eq!(e.outcome().map(|o| o.label(Lang::En)), Some("Not passed"));
}

#[test]
fn custom_equal_weights_with_levels() {
    // Ten weights of 10: the total is the plain mean.
    // (50 + 60 + 70 + 80 + 90 + 100 + 40 + 30 + 20 + 10) / 10 = 550 / 10 = 55.00 → D.
    // IIT tool weight 50: 10 × (50+60+70+80+90) / 100 = 35.00; average 35 / 50 × 100 = 70.00.
    let framework = Framework::custom(Weights::new([10; 10]).expect("100"), ResultRule::Levels);
    let e = evaluate(
        &framework,
        &sheet(["50", "60", "70", "80", "90", "100", "40", "30", "20", "10"]),
    );
    assert_eq!(total(&e), "55.00");
    assert_eq!(label(&e), "D");
    assert_eq!(subtotal(&e, Tool::Iit), "35.00");
    assert_eq!(
        e.tool(Tool::Iit)
            .average()
            .map(|a| a.to_string())
            .as_deref(),
        Some("70.00")
    );
}

#[test]
fn extremes_are_f_and_aa() {
    assert_eq!(label(&under_year(2564, ["0"; 10])), "F");
    assert_eq!(total(&under_year(2564, ["0"; 10])), "0.00");
    assert_eq!(label(&under_year(2564, ["100"; 10])), "AA");
    assert_eq!(total(&under_year(2564, ["100"; 10])), "100.00");
}

#[test]
fn thai_digits_and_commas_score_the_same_as_ascii() {
    let ascii = under_year(
        2568,
        [
            "83.65", "90", "88", "91", "86.2", "92", "84.1", "80", "95", "87.5",
        ],
    );
    let thai = under_year(
        2568,
        [
            "๘๓,๖๕",
            "๙๐",
            "๘๘",
            "๙๑",
            "๘๖,๒",
            "๙๒",
            "๘๔.๑",
            "๘๐",
            "๙๕",
            "๘๗,๕",
        ],
    );
    assert_eq!(ascii, thai);
    // 6 × 438.85 + 10 × 256.10 + 20 × 182.50 = 2633.10 + 2561.00 + 3650.00 = 8844.10 → 88.4410
    assert_eq!(total(&thai), "88.44");
}
