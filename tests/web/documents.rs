//! The views and the documents view, driven through the page: hash routes switch views, the
//! district and the Thai-digit choice are kept, and a document's sheets hold its figures.

use wasm_bindgen_test::*;

use crate::{document, mount_clean};

/// Total exactly 80.00, level B in 2563.
const SHEET: [&str; 10] = [
    "92", "85.50", "95.20", "88", "78.30", "86", "74.50", "81.50", "72.30", "75",
];

fn set_hash(hash: &str) {
    let window = web_sys::window().expect("a window");
    window.location().set_hash(hash).expect("hash set");
}

/// Waits for the `hashchange` the browser fires after a hash is set.
async fn settle() {
    for _ in 0..20 {
        tick().await;
        yew::scheduler::flush().await;
    }
}

async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn sheets_text(root: &web_sys::Element, testid: &str) -> String {
    let sheets = root
        .query_selector_all(&format!("[data-testid=\"{testid}\"] .sheet"))
        .expect("a valid selector");
    (0..sheets.length())
        .filter_map(|n| sheets.item(n))
        .filter_map(|s| s.text_content())
        .collect::<Vec<_>>()
        .join("\n")
}

#[wasm_bindgen_test]
async fn the_documents_view_shows_the_analysis_of_the_open_year_with_its_figures() {
    set_hash("#/");
    let app = mount_clean().await;
    app.type_into("org-name", "เทศบาลตำบลทดสอบ").await;
    app.type_into("org-district", "เมืองน่าน").await;
    app.select("fiscal-year", "2563").await;
    app.enter_scores(SHEET).await;
    assert_eq!(app.text("total-score"), "80.00");

    set_hash("#/documents/analysis");
    settle().await;
    assert!(app.find("score-i1").is_none(), "the work page is not shown");
    assert!(app.find("doc-analysis").is_some());
    let text = sheets_text(&app.root, "doc-analysis");
    assert!(text.contains("ประจำปีงบประมาณ พ.ศ. 2563"), "{text}");
    assert!(text.contains("อำเภอเมืองน่าน จังหวัด") || text.contains("อำเภอเมืองน่าน"));
    assert!(text.contains("80.00") && text.contains("ระดับ B"));
    for name in ["การปฏิบัติหน้าที่", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"]
    {
        assert!(text.contains(name), "{name}");
    }
    let title = document().title();
    assert!(
        title.starts_with("รายงานการวิเคราะห์ผลการประเมิน · "),
        "the title names the view: {title}"
    );

    // The announcement that follows names 2564; Thai digits are a remembered choice.
    app.click("doc-pick-announcement").await;
    settle().await;
    let text = sheets_text(&app.root, "doc-announcement");
    assert!(text.contains("ประจำปีงบประมาณ พ.ศ. 2564"), "{text}");
    app.click("doc-thai-digits").await;
    let text = sheets_text(&app.root, "doc-announcement");
    assert!(text.contains("พ.ศ. ๒๕๖๔") && !text.contains("2564"));
    let saved = crate::storage()
        .get_item("ita-selfcheck.v1")
        .expect("readable")
        .unwrap_or_default();
    assert!(saved.contains("\"thai_digits\":true"));
    assert!(saved.contains("\"district\": \"เมืองน่าน\""));

    set_hash("#/rollup");
    settle().await;
    assert!(app.find("doc-announcement").is_none());
    assert!(app.is_visible("rollup-files") || app.find("rollup-files").is_some());
    set_hash("#/");
    settle().await;
}
