//! The score form: refusals beside the field, totals, frameworks, storage.

use ita_selfcheck::state::STORAGE_KEY;
use ita_selfcheck::storage::UNREADABLE_PREFIX;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, HtmlSelectElement};

use crate::{document, mount, mount_clean, mount_first_render, storage};

pub const EXAMPLE_2568: [&str; 10] = [
    "90.5", "88", "99.45", "91", "86.2", "92", "84.1", "80", "95", "87.5",
];

#[wasm_bindgen_test]
async fn the_score_form_comes_first_and_the_sections_below_it_follow() {
    storage().clear().expect("storage cleared");
    // A hash naming a place on the page (as the test runner's own `#wbg_style=…` does, for a
    // test that runs before any other sets one) brings every section in the first render.
    web_sys::window()
        .expect("a window")
        .location()
        .set_hash("#/")
        .expect("hash set");
    let app = mount_first_render().await;
    assert!(
        app.find("score-i1").is_some(),
        "the score form is in the first render"
    );
    assert!(app.find("total-score").is_some(), "so is the result");
    let files = || app.root.query_selector("#files").ok().flatten();
    assert!(
        files().is_none(),
        "the sections below the form wait for a paint"
    );
    app.whole_page().await;
    assert!(files().is_some());
    assert!(app.find("chart-indicators").is_some());
}

#[wasm_bindgen_test]
async fn the_form_refuses_bad_values_beside_the_field_and_totals_the_good_ones() {
    let app = mount_clean().await;
    assert_eq!(
        app.get("fiscal-year")
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .ok(),
        Some("2569".into())
    );
    assert_eq!(app.text("total-score"), "—");

    app.type_into("score-i1", "105").await;
    assert!(app.is_visible("score-error-i1"), "the refusal is visible");
    assert_eq!(app.text("score-error-i1"), "คะแนนต้องไม่เกิน 100");
    app.type_into("score-i2", "8a").await;
    assert!(app.text("score-error-i2").contains("ไม่ใช่ตัวเลข"));
    app.type_into("score-i3", "99.456").await;
    assert!(app.text("score-error-i3").contains("ทศนิยมได้ไม่เกิน 2 ตำแหน่ง"));

    app.enter_scores(EXAMPLE_2568).await;
    for n in 1..=10 {
        assert!(
            app.find(&format!("score-error-i{n}")).is_none(),
            "i{n} is accepted"
        );
    }
    // Worked out in tests/scoring.rs: 89.4190 → 89.42, ผ่าน.
    assert_eq!(app.text("total-score"), "89.42");
    assert_eq!(app.text("result-label"), "ผ่าน");
    assert_eq!(app.text("tool-iit"), "27.31");
    assert_eq!(app.text("tool-eit"), "25.61");
    assert_eq!(app.text("tool-oit"), "36.50");

    // A refused value never enters the total, and what was typed stays in the field.
    app.type_into("score-i9", "950").await;
    assert!(app.is_visible("score-error-i9"));
    assert_eq!(app.text("total-score"), "—");
    let i9: HtmlInputElement = app.get("score-i9").dyn_into().expect("an input");
    assert_eq!(i9.value(), "950");
    assert_eq!(i9.get_attribute("aria-invalid").as_deref(), Some("true"));
    app.type_into("score-i9", "๙๕").await;
    assert_eq!(app.text("total-score"), "89.42");
}

#[wasm_bindgen_test]
async fn labels_carry_the_official_names_in_both_languages() {
    let app = mount_clean().await;
    assert!(app.label_of("score-i1").contains("การปฏิบัติหน้าที่"));
    assert!(app.label_of("score-i10").contains("การป้องกันการทุจริต"));
    app.enter_scores(["85"; 10]).await;
    assert_eq!(app.text("result-label"), "ผ่าน");
    app.click("lang-toggle").await;
    assert!(app.label_of("score-i1").contains("Performance of duty"));
    assert_eq!(app.text("result-label"), "Pass");
    assert_eq!(
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref(),
        Some("en")
    );
    app.type_into("score-i1", "84.91").await;
    // 850 000 − 6 × 9 = 849 946 → 84.9946 → 84.99.
    assert_eq!(app.text("total-score"), "84.99");
    assert_eq!(app.text("result-label"), "Not passed");
    app.click("lang-toggle").await;
    assert_eq!(app.text("result-label"), "ไม่ผ่าน");
}

#[wasm_bindgen_test]
async fn the_fiscal_year_picks_the_framework_and_its_rule() {
    let app = mount_clean().await;
    assert_eq!(app.text("framework"), "ita-2566");
    assert!(app.text("framework-source").contains("ยังไม่ยืนยัน"));
    app.enter_scores(["80"; 10]).await;
    assert_eq!(app.text("result-label"), "ไม่ผ่าน");
    app.select("fiscal-year", "2563").await;
    assert_eq!(app.text("framework"), "ita-2562");
    assert!(!app.text("framework-source").contains("ยังไม่ยืนยัน"));
    assert_eq!(app.text("total-score"), "80.00");
    assert_eq!(app.text("result-label"), "B");
}

#[wasm_bindgen_test]
async fn custom_weights_are_refused_unless_they_sum_to_100() {
    let app = mount_clean().await;
    app.enter_scores(["90", "90", "90", "90", "90", "80", "80", "80", "70", "70"])
        .await;
    app.get("framework-custom")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("radio")
        .click();
    yew::scheduler::flush().await;
    assert_eq!(app.text("framework"), "custom");
    // Started from the year's weights: 6·90·5 + 10·80·3 + 20·70·2 = 2700 + 2400 + 2800 → 79.00.
    assert_eq!(app.text("total-score"), "79.00");

    app.type_into("weight-i1", "16").await;
    assert!(app.is_visible("weights-error"));
    assert!(app.text("weights-error").contains("110"));
    assert_eq!(app.text("total-score"), "—");
    assert!(app.is_visible("framework-problem"));

    app.type_into("weight-i9", "10").await;
    // 16·90 + 6·90·4 + 10·80·3 + 10·70 + 20·70 = 1440 + 2160 + 2400 + 700 + 1400 = 8100 → 81.00
    assert!(app.find("weights-error").is_none());
    assert_eq!(app.text("total-score"), "81.00");

    app.type_into("weight-i2", "6.5").await;
    assert!(app.text("weight-error-i2").contains("จำนวนเต็ม"));
    assert_eq!(app.text("total-score"), "—");
}

#[wasm_bindgen_test]
async fn work_is_restored_from_storage_on_the_next_visit() {
    let first = mount_clean().await;
    first.type_into("org-name", "เทศบาลตำบล <b>ทดสอบ</b>").await;
    first.enter_scores(EXAMPLE_2568).await;
    first.type_into("score-i4", "abc").await;
    drop(first);

    let again = mount().await;
    let name: HtmlInputElement = again.get("org-name").dyn_into().expect("an input");
    assert_eq!(name.value(), "เทศบาลตำบล <b>ทดสอบ</b>");
    let i4: HtmlInputElement = again.get("score-i4").dyn_into().expect("an input");
    assert_eq!(i4.value(), "abc");
    assert!(again.is_visible("score-error-i4"));
    assert_eq!(again.text("total-score"), "—");
    assert!(again.find("storage-unreadable").is_none());
}

#[wasm_bindgen_test]
async fn unreadable_storage_starts_clean_and_keeps_the_text_for_download() {
    storage().clear().expect("cleared");
    storage()
        .set_item(
            STORAGE_KEY,
            "{\"format\":\"ita-selfcheck-state\",\"version\":1,\"doc\":[broken",
        )
        .expect("set");
    let app = mount().await;
    assert!(app.is_visible("storage-unreadable"));
    assert!(app.is_visible("download-unreadable"));
    assert_eq!(app.text("total-score"), "—");
    // The unreadable text is kept under a key of its own, and the app saves normally again.
    let storage = storage();
    let kept: Vec<String> = (0..storage.length().expect("length"))
        .filter_map(|n| storage.key(n).ok().flatten())
        .filter(|k| k.starts_with(UNREADABLE_PREFIX))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        storage.get_item(&kept[0]).ok().flatten().as_deref(),
        Some("{\"format\":\"ita-selfcheck-state\",\"version\":1,\"doc\":[broken")
    );
    app.type_into("score-i1", "70").await;
    let saved = storage
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(saved.contains("\"70\""), "saving resumed: {saved}");
    drop(app);

    // Still offered on the next visit, until the user discards it.
    let again = mount().await;
    assert!(again.is_visible("storage-unreadable"));
}
