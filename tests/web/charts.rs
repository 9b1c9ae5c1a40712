//! Charts on the page: redrawn on every edit, tabulated, and safe with hostile text.

use wasm_bindgen_test::*;

use crate::mount_clean;

const SHEET: [&str; 10] = ["90", "88", "99", "96", "70", "92", "84", "80", "82", "95"];

/// The text of every `<text>` of the SVG inside the element with this test id.
fn svg_texts(app: &crate::Mounted, testid: &str) -> Vec<String> {
    let texts = app
        .get(testid)
        .query_selector_all("svg text")
        .expect("a valid selector");
    (0..texts.length())
        .filter_map(|n| texts.item(n))
        .filter_map(|node| node.text_content())
        .map(|t| t.trim().to_owned())
        .collect()
}

/// The cells of the chart's table, row by row.
fn table_rows(app: &crate::Mounted, testid: &str) -> Vec<Vec<String>> {
    let rows = app
        .get(&format!("{testid}-table"))
        .query_selector_all("tbody tr")
        .expect("a valid selector");
    (0..rows.length())
        .filter_map(|n| rows.item(n))
        .map(|row| {
            let cells = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(row)
                .expect("an element")
                .query_selector_all("th, td")
                .expect("a valid selector");
            (0..cells.length())
                .filter_map(|n| cells.item(n))
                .filter_map(|c| c.text_content())
                .collect()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_indicator_chart_redraws_when_a_score_changes_and_its_table_agrees() {
    let app = mount_clean().await;
    app.enter_scores(SHEET).await;
    let before = app.get("chart-indicators").inner_html();
    assert!(before.contains("<svg"), "an SVG is on the page");
    assert!(svg_texts(&app, "chart-indicators")
        .iter()
        .any(|t| t == "!! 70.00"));

    app.type_into("score-i5", "86.25").await;
    let after = app.get("chart-indicators").inner_html();
    assert_ne!(before, after, "the chart was redrawn");
    let texts = svg_texts(&app, "chart-indicators");
    assert!(texts.iter().any(|t| t == "✓ 86.25"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.ends_with("70.00")));

    // Every score shown on a bar is in the table on the same indicator's row.
    let rows = table_rows(&app, "chart-indicators");
    assert_eq!(rows.len(), 10);
    for row in &rows {
        let value = &row[1];
        assert!(
            texts.iter().any(|t| t.ends_with(value.as_str())),
            "{value} is drawn"
        );
    }
    assert_eq!(rows[4], ["i5 การแก้ไขปัญหาการทุจริต", "86.25", "จุดแข็ง"]);
    // The tools chart and its table agree on the total: 875 800 + 6 × 1 625 = 885 550 → 88.56.
    assert!(svg_texts(&app, "chart-tools").iter().any(|t| t == "88.56"));
    let tools = table_rows(&app, "chart-tools");
    assert_eq!(tools[3][1], "88.56");
    assert_eq!(app.text("total-score"), "88.56");
}

#[wasm_bindgen_test]
async fn markup_typed_as_a_name_stays_text_in_the_charts() {
    let app = mount_clean().await;
    app.type_into(
        "org-name",
        "<img src=x onerror=\"window.pwned=1\"><b>ทดสอบ</b>",
    )
    .await;
    app.enter_scores(SHEET).await;
    let chart = app.get("chart-indicators");
    assert!(chart.query_selector("img").expect("selector").is_none());
    assert!(chart.query_selector("svg b").expect("selector").is_none());
    assert!(svg_texts(&app, "chart-indicators")
        .iter()
        .any(|t| t.contains("<img src=x onerror=\"window.pwned=1\"><b>ทดสอบ</b>")));
    let title = chart
        .query_selector("svg title")
        .expect("selector")
        .and_then(|t| t.text_content())
        .unwrap_or_default();
    assert!(title.contains("<b>ทดสอบ</b>"), "{title}");
    let pwned = js_sys::Reflect::get(&web_sys::window().expect("window"), &"pwned".into())
        .expect("readable");
    assert!(pwned.is_undefined(), "no script ran");

    app.click("adopt-corruption-complaints").await;
    app.type_into("measure-m1-name", "<svg onload=\"window.pwned=2\"></svg>")
        .await;
    let progress = app.get("chart-progress");
    assert!(progress
        .query_selector("svg svg")
        .expect("selector")
        .is_none());
    assert!(svg_texts(&app, "chart-progress")
        .iter()
        .any(|t| t.contains("<svg onload")));
}

/// A chart redrawn after an edit, updated in place, is the same page as the new chart put in
/// whole; a chart whose elements changed is put in whole. For each chart a score edit redraws.
#[wasm_bindgen_test]
fn a_chart_updated_in_place_is_the_chart_put_in_whole() {
    use ita_selfcheck::browser::show_svg;
    use ita_selfcheck::domain::charts::radar::{RadarSeries, SeriesKind};
    use ita_selfcheck::domain::charts::{indicator_chart, radar_chart, tools_chart, ChartContext};
    use ita_selfcheck::domain::workbook::Workbook;
    use ita_selfcheck::domain::{Lang, Thresholds};

    let context = ChartContext {
        lang: Lang::Th,
        organisation: "<b>เทศบาล</b> & \"ทดสอบ\"",
        fiscal_year: 2569,
    };
    // Each chart as the page draws it from ten typed scores (`None` where it draws nothing).
    let draw = |kind: usize, scores: [&str; 10]| {
        let mut book = Workbook::default();
        let assessment = book.current_mut();
        assessment.scores = scores.map(str::to_owned);
        let evaluation = assessment.evaluation().expect("a framework");
        let series = [RadarSeries {
            name: "2569".into(),
            scores: assessment.accepted_scores(),
            kind: SeriesKind::Current,
        }];
        match kind {
            0 => indicator_chart(&context, &evaluation, &Thresholds::default()),
            1 => tools_chart(&context, &evaluation),
            _ => radar_chart(&context, &series),
        }
        .ok()
        .map(|chart| chart.svg)
    };
    let mut edited = SHEET;
    edited[4] = "86.25";
    let mut emptied = edited;
    emptied[2] = "";

    let document = crate::document();
    let shown = document.create_element("div").expect("a div");
    let whole = document.create_element("div").expect("a div");
    for kind in 0..3 {
        let charts: Vec<String> = [SHEET, edited, emptied, SHEET]
            .into_iter()
            .filter_map(|scores| draw(kind, scores))
            .collect();
        assert!(charts.len() >= 3, "chart {kind} is drawn");
        show_svg(&shown, None, &charts[0]);
        for (step, pair) in charts.windows(2).enumerate() {
            let svg_before = shown.first_element_child().expect("an svg");
            show_svg(&shown, Some(&pair[0]), &pair[1]);
            whole.set_inner_html(&pair[1]);
            assert_eq!(
                shown.inner_html(),
                whole.inner_html(),
                "chart {kind}, step {step}"
            );
            // The score edit keeps the elements, and they are updated in place.
            if step == 0 {
                let kept = shown
                    .first_element_child()
                    .is_some_and(|svg| svg.is_same_node(Some(&svg_before)));
                assert!(kept, "chart {kind} updated in place");
            }
        }
    }
    // Taking a score away takes a bar away: the indicator chart is put in whole.
    let (full, fewer) = (draw(0, edited), draw(0, emptied));
    let (full, fewer) = (full.expect("a chart"), fewer.expect("a chart"));
    show_svg(&shown, None, &full);
    let svg_before = shown.first_element_child().expect("an svg");
    show_svg(&shown, Some(&full), &fewer);
    assert!(!shown
        .first_element_child()
        .is_some_and(|svg| svg.is_same_node(Some(&svg_before))));
}
