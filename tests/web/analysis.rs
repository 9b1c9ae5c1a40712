//! Analysis, measures and targets, driven through the page.

use wasm_bindgen_test::*;

use crate::{mount, mount_clean};

/// i1 90 · i2 88 · i3 99 · i4 96 · i5 70 · i6 92 · i7 84 · i8 80 · i9 82 · i10 95.
/// Total: IIT 6 × 443 = 2658, EIT 10 × 256 = 2560, OIT 20 × 177 = 3540 → 87.58.
const SHEET: [&str; 10] = ["90", "88", "99", "96", "70", "92", "84", "80", "82", "95"];

#[wasm_bindgen_test]
async fn strengths_weaknesses_and_measures_follow_the_rule() {
    let app = mount_clean().await;
    assert!(
        app.find("strengths").is_none(),
        "no reading before all ten are in"
    );
    assert!(app.find("analysis-empty").is_some());
    app.enter_scores(SHEET).await;

    assert_eq!(
        app.indicators_in("strengths"),
        ["i3", "i4", "i10", "i6", "i1", "i2"]
    );
    // Points lost against 85: i5 6 × 15 = 0.90, i9 20 × 3 = 0.60, i8 10 × 5 = 0.50, i7 0.10.
    assert_eq!(app.indicators_in("to-develop"), ["i5", "i9", "i8", "i7"]);
    assert_eq!(app.indicators_in("urgent"), ["i5"]);

    // Stakes: complaints (i5, i9) 1.50, participation (i8, i9) 1.10, integrity (i10, i5) and
    // awareness (i5, i1) 0.90, disclosure (i9, i7) 0.70, … and last year's results always.
    let measures = app.attribute_of_items("measures", "data-measure");
    assert_eq!(
        measures[..5],
        [
            "corruption-complaints",
            "stakeholder-participation",
            "integrity-declaration",
            "staff-awareness",
            "public-disclosure"
        ]
    );
    assert_eq!(measures.last().map(String::as_str), Some("ita-results"));
    let served = app.attribute_of_items("measures", "data-indicators");
    assert_eq!(served[0], "i5 i9");
    for weak in ["i5", "i9", "i8", "i7"] {
        assert!(
            served.iter().any(|s| s.split(' ').any(|c| c == weak)),
            "{weak} has a measure"
        );
    }

    // A stricter rule moves the marks at once. Against 90: i9 20 × 8 = 1.60, i5 6 × 20 = 1.20,
    // i8 10 × 10 = 1.00, i7 10 × 6 = 0.60, i2 6 × 2 = 0.12.
    app.type_into("threshold-strength", "90").await;
    assert_eq!(
        app.indicators_in("to-develop"),
        ["i9", "i5", "i8", "i7", "i2"]
    );
    app.type_into("threshold-urgent", "95").await;
    assert!(app.find("threshold-order-error").is_some());
    assert!(
        app.find("strengths").is_none(),
        "no reading under a refused rule"
    );
    // With the urgent line at 60, i5 (70) is urgent only as the lowest: switch that rule off.
    app.type_into("threshold-urgent", "60").await;
    app.type_into("threshold-strength", "85").await;
    assert_eq!(app.indicators_in("urgent"), ["i5"]);
    app.click("threshold-lowest").await;
    assert!(app.indicators_in("urgent").is_empty());
    app.click("threshold-lowest").await;
    assert_eq!(app.indicators_in("urgent"), ["i5"]);
}

#[wasm_bindgen_test]
async fn an_adopted_measure_and_its_rounds_are_kept() {
    let app = mount_clean().await;
    app.enter_scores(SHEET).await;
    app.click("adopt-corruption-complaints").await;
    let adopt = app.get("adopt-corruption-complaints");
    assert!(adopt.has_attribute("disabled"), "adopted once only");
    assert!(app.text("plan").contains("มาตรการจัดการเรื่องร้องเรียนการทุจริต"));
    assert_eq!(app.value("measure-m1-rhythm"), "quarterly");

    app.type_into("measure-m1-responsible", "สำนักปลัด (ศูนย์รับเรื่องร้องเรียน)")
        .await;
    app.select("round-m1-6-status", "done").await;
    app.type_into_area("round-m1-6-outputs", "รับเรื่อง 4 เรื่อง <ตอบครบ>")
        .await;
    app.type_into_area("round-m1-6-outcomes", "ผู้ร้องได้รับแจ้งผลภายใน 15 วัน")
        .await;
    app.click("add-own-measure").await;
    app.type_into("measure-m2-name", "มาตรการของเราเอง").await;
    drop(app);

    let again = mount().await;
    assert_eq!(
        again.value("measure-m1-responsible"),
        "สำนักปลัด (ศูนย์รับเรื่องร้องเรียน)"
    );
    assert_eq!(again.value("round-m1-6-status"), "done");
    assert_eq!(again.value("round-m1-6-outputs"), "รับเรื่อง 4 เรื่อง <ตอบครบ>");
    assert_eq!(again.value("measure-m2-name"), "มาตรการของเราเอง");

    // Removing asks nothing but can be undone, with everything recorded.
    again.click("remove-m1").await;
    assert!(again.find("measure-m1-name").is_none());
    again.click("undo-remove").await;
    assert_eq!(
        again.value("round-m1-6-outcomes"),
        "ผู้ร้องได้รับแจ้งผลภายใน 15 วัน"
    );
}

#[wasm_bindgen_test]
async fn targets_and_what_if_update_live() {
    let app = mount_clean().await;
    app.enter_scores(SHEET).await;
    // 87.58 passes (2569), band A; to reach AA (≥ 94.995) add 74 150 units, heaviest first:
    // i9 82 → 100 (36 000), i10 95 → 100 (10 000), i8 80 → 100 (20 000), then i7 needs
    // ⌈8 150 / 10⌉ = 815 → 92.15. Points 18 + 5 + 20 + 8.15 = 51.15; total 94.9950 → 95.00.
    let plan = app.text("target-level-aa");
    assert!(plan.contains("51.15"), "{plan}");
    assert!(plan.contains("92.15"), "{plan}");
    assert!(app.find("target-pass").is_none(), "already passing");

    assert_eq!(app.text("projected-total"), "87.58");
    app.type_into("whatif-i9", "100").await;
    // + 20 × 18 ÷ 100 = + 3.60.
    assert_eq!(app.text("projected-total"), "91.18");
    assert_eq!(
        app.text("total-score"),
        "87.58",
        "the real total does not move"
    );
    app.type_into("whatif-i9", "101").await;
    assert!(app.find("whatif-error-i9").is_some());
    assert_eq!(app.text("projected-total"), "87.58");

    app.click("target-level-aa-use").await;
    assert_eq!(app.value("whatif-i7"), "92.15");
    assert_eq!(app.text("projected-total"), "95.00");
    assert_eq!(app.text("projected-result"), "ผ่าน");

    // A lower ceiling on OIT makes AA out of reach: 87.58 + i8 and i7 and IIT to 100 …
    for code in ["i9", "i10"] {
        app.type_into(&format!("ceiling-{code}"), "90").await;
    }
    for code in ["i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8"] {
        app.type_into(&format!("ceiling-{code}"), "90").await;
    }
    // Every indicator at max(score, 90): IIT 6 × (90+90+99+96+90) = 2790, EIT 10 × 272 = 2720,
    // OIT 20 × (90 + 95) = 3700 → 92.10 < 95.
    assert!(app.text("target-level-aa").contains("92.10"));
    assert!(app.find("target-unreachable").is_some());
}

#[wasm_bindgen_test]
async fn a_low_total_gets_a_plan_to_85_and_to_the_next_level() {
    let app = mount_clean().await;
    app.select("fiscal-year", "2563").await;
    app.enter_scores(["70"; 10]).await;
    assert_eq!(app.text("result-label"), "C");
    // To 85: 150 000 − 50 more units. i9 and i10 to 100 add 2 × 20 × 3000 = 120 000; then
    // weight 10: i6 ⌈29 950 / 10⌉ = 2995 → 99.95. Points 30 + 30 + 29.95 = 89.95.
    let pass = app.text("target-pass");
    assert!(
        pass.contains("85.00") && pass.contains("89.95") && pass.contains("99.95"),
        "{pass}"
    );
    // To B (74.995): 49 950 units: i9 to 100 adds 60 000 → ⌈49 950 / 20⌉ = 2498 → 94.98.
    let b = app.text("target-level-b");
    assert!(b.contains("24.98") && b.contains("94.98"), "{b}");
}
