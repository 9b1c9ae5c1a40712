//! Each chart on fixed inputs, checked by its structure: bars, labels, reference lines,
//! escaping of user text, and clear "not enough data" charts instead of panics.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use ita_selfcheck::domain::charts::indicators::{row_centre, x_for, PLOT_X};
use ita_selfcheck::domain::charts::radar::SeriesKind;
use ita_selfcheck::domain::charts::{
    distribution_chart, history_chart, indicator_chart, progress_chart, radar_chart, tools_chart,
    ChartContext, RadarSeries, YearPoint,
};
use ita_selfcheck::domain::framework::framework_for_year;
use ita_selfcheck::domain::rollup::{summarise, RollupRow};
use ita_selfcheck::domain::{
    evaluate, Evaluation, Framework, Indicator, Lang, PlannedMeasure, Rhythm, RoundReport, Score,
    Status, Thresholds,
};

/// Markup a user might type, with every character that needs escaping, and characters XML
/// forbids (a NUL, U+FFFF), which must be dropped.
const HOSTILE: &str =
    "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>\u{0}\u{FFFF}";

fn context(lang: Lang, organisation: &str) -> ChartContext<'_> {
    ChartContext {
        lang,
        organisation,
        fiscal_year: 2568,
    }
}

fn sheet(points: [Option<u16>; 10]) -> Evaluation {
    let framework = Framework::from(framework_for_year(2568).expect("known year"));
    evaluate(&framework, &points.map(|p| p.map(Score::from_points)))
}

fn full(points: [u16; 10]) -> Evaluation {
    sheet(points.map(Some))
}

/// Every `<tag …>` element's attributes, in order.
fn elements(svg: &str, tag: &str) -> Vec<HashMap<String, String>> {
    svg.match_indices(&format!("<{tag} "))
        .map(|(start, _)| {
            let rest = &svg[start + tag.len() + 2..];
            let end = rest.find('>').unwrap_or(rest.len());
            let mut attributes = HashMap::new();
            let mut text = &rest[..end];
            while let Some(eq) = text.find("=\"") {
                let name = text[..eq].trim().trim_start_matches('/').to_owned();
                let after = &text[eq + 2..];
                let close = after.find('"').unwrap_or(after.len());
                attributes.insert(name, after[..close].to_owned());
                text = &after[(close + 1).min(after.len())..];
            }
            attributes
        })
        .collect()
}

/// The content of every `<text>` element, trimmed (still escaped).
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|chunk| {
            let body = &chunk[chunk.find('>')? + 1..];
            Some(body[..body.find("</text>")?].trim().to_owned())
        })
        .collect()
}

fn assert_safe(svg: &str) {
    assert!(
        !svg.contains(['\u{0}', '\u{FFFF}']),
        "a character XML forbids"
    );
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"));
    for raw in ["<script", "<img", "onerror=alert(1)>", "'x'", "\"quoted\""] {
        assert!(!svg.contains(raw), "unescaped {raw:?} in the SVG");
    }
    assert!(
        svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;quoted&quot;")
    );
}

fn assert_accessible(svg: &str, id: &str) {
    assert!(svg.starts_with("<svg "));
    assert!(svg.contains("viewBox=\"0 0 "));
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains(&format!("<title id=\"{id}-title\">")));
    assert!(svg.contains(&format!("<desc id=\"{id}-desc\">")));
}

const SAMPLE: [u16; 10] = [90, 88, 99, 96, 70, 92, 84, 80, 82, 95];

#[test]
fn the_indicator_chart_has_ten_bars_labels_values_and_both_reference_lines() {
    let chart = indicator_chart(
        &context(Lang::Th, "เทศบาลตำบลบ้านใหม่"),
        &full(SAMPLE),
        &Thresholds::default(),
    )
    .expect("drawn");
    assert_accessible(&chart.svg, "chart-indicators");
    let bars: Vec<_> = elements(&chart.svg, "rect")
        .into_iter()
        .filter(|r| r["x"] == PLOT_X.0.to_string() && r["fill"] != "#EEF1F5")
        .collect();
    assert_eq!(bars.len(), 10, "one bar per indicator");
    // i3 at 99 is the longest bar: it ends at x_for(99).
    let widest = bars
        .iter()
        .map(|b| b["width"].parse::<i32>().unwrap_or(0))
        .max();
    assert_eq!(widest, Some(x_for(Score::from_points(99)) - PLOT_X.0));

    let words = texts(&chart.svg);
    for label in ["i1 ปฏิบัติหน้าที่", "i5 แก้ไขปัญหาทุจริต", "i10 ป้องกันการทุจริต"]
    {
        assert!(words.iter().any(|t| t == label), "label {label}");
    }
    for value in ["★ 99.00", "✓ 90.00", "▲ 84.00", "!! 70.00"] {
        assert!(
            words.iter().any(|t| t == value),
            "value {value} with its status symbol"
        );
    }
    assert!(words.iter().any(|t| t == "เกณฑ์ 85") && words.iter().any(|t| t == "เกณฑ์ 95"));

    // Reference lines: dashed verticals exactly at the 85 and 95 positions of the scale,
    // running the full height of the bars.
    for line in [85, 95] {
        let x = x_for(Score::from_points(line)).to_string();
        let dashed: Vec<_> = elements(&chart.svg, "polyline")
            .into_iter()
            .filter(|p| {
                let points: Vec<&str> = p["points"].split_whitespace().collect();
                points.len() == 2
                    && points
                        .iter()
                        .all(|pt| pt.split(',').next() == Some(x.as_str()))
                    && p.contains_key("stroke-dasharray")
            })
            .collect();
        assert_eq!(dashed.len(), 1, "one dashed line at {line} (x = {x})");
        let ys: Vec<i32> = dashed[0]["points"]
            .split_whitespace()
            .filter_map(|pt| pt.split(',').nth(1)?.parse().ok())
            .collect();
        assert!(ys[0] < row_centre(Indicator::I1) - 10 && ys[1] > row_centre(Indicator::I10) + 10);
    }
    assert_eq!(chart.table.rows.len(), 10);
    assert_eq!(chart.table.rows[2], ["i3 การใช้อำนาจ", "99.00", "ดีเยี่ยม"]);
    assert!(
        chart.description.contains("สูงสุด i3 (99.00)")
            && chart.description.contains("ต่ำสุด i5 (70.00)")
    );
}

#[test]
fn reference_lines_follow_the_thresholds() {
    let strict = Thresholds::new(
        Score::from_points(90),
        Score::from_points(98),
        Score::from_points(80),
        true,
    )
    .expect("valid");
    let chart = indicator_chart(&context(Lang::En, ""), &full(SAMPLE), &strict).expect("drawn");
    let words = texts(&chart.svg);
    assert!(words.iter().any(|t| t == "line 90") && words.iter().any(|t| t == "line 98"));
    let x90 = x_for(Score::from_points(90)).to_string();
    assert!(chart.svg.contains(&format!("points=\"{x90},")));
    assert!(words.iter().any(|t| t == "i7 Communication"));
}

#[test]
fn partial_and_empty_sheets_never_panic_and_say_so() {
    let partial = sheet([
        Some(90),
        None,
        Some(70),
        None,
        None,
        None,
        None,
        None,
        Some(85),
        None,
    ]);
    let chart =
        indicator_chart(&context(Lang::Th, ""), &partial, &Thresholds::default()).expect("drawn");
    let bars = elements(&chart.svg, "rect")
        .into_iter()
        .filter(|r| r["x"] == PLOT_X.0.to_string() && r["fill"] != "#EEF1F5")
        .count();
    assert_eq!(bars, 3);
    assert_eq!(
        texts(&chart.svg)
            .iter()
            .filter(|t| t.as_str() == "— ยังไม่ได้กรอก")
            .count(),
        7
    );

    let empty = sheet([None; 10]);
    let chart =
        indicator_chart(&context(Lang::Th, ""), &empty, &Thresholds::default()).expect("drawn");
    assert!(texts(&chart.svg)
        .iter()
        .any(|t| t.starts_with("ยังไม่มีข้อมูลพอ")));
    assert!(chart.description.contains("ยังไม่มีคะแนน"));

    let radar = radar_chart(
        &context(Lang::Th, ""),
        &[RadarSeries {
            name: "2568".into(),
            scores: [None; 10],
            kind: SeriesKind::Current,
        }],
    )
    .expect("drawn");
    assert!(texts(&radar.svg)
        .iter()
        .any(|t| t.starts_with("ยังไม่มีข้อมูลพอ")));
    assert!(elements(&radar.svg, "polygon").is_empty());

    let tools = tools_chart(&context(Lang::En, ""), &partial).expect("drawn");
    assert!(texts(&tools.svg)
        .iter()
        .any(|t| t == "Total: not all ten scores entered yet"));
    assert!(texts(&tools.svg).iter().any(|t| t == "— 2 of 5 entered"));

    let history = history_chart(&context(Lang::Th, ""), &[]).expect("drawn");
    assert!(texts(&history.svg)
        .iter()
        .any(|t| t.starts_with("ยังไม่มีข้อมูลพอ")));
    let progress = progress_chart(&context(Lang::En, ""), &[]).expect("drawn");
    assert!(texts(&progress.svg)
        .iter()
        .any(|t| t == "No measure in the plan yet"));
}

#[test]
fn user_text_is_escaped_in_every_chart() {
    let c = context(Lang::Th, HOSTILE);
    let evaluation = full(SAMPLE);
    let indicator = indicator_chart(&c, &evaluation, &Thresholds::default()).expect("drawn");
    assert_safe(&indicator.svg);
    assert!(
        indicator.title.contains(HOSTILE),
        "the title keeps the text itself; escaping is the SVG's"
    );
    let scores = SAMPLE.map(|p| Some(Score::from_points(p)));
    let radar = radar_chart(
        &c,
        &[RadarSeries {
            name: HOSTILE.to_owned(),
            scores,
            kind: SeriesKind::Current,
        }],
    )
    .expect("drawn");
    assert_safe(&radar.svg);
    assert_safe(&tools_chart(&c, &evaluation).expect("drawn").svg);
    let years = [2566, 2567].map(|year| YearPoint {
        year,
        total: evaluation.total_rounded(),
        scores,
    });
    assert_safe(&history_chart(&c, &years).expect("drawn").svg);
    let plan = [PlannedMeasure {
        id: "m1".into(),
        name: HOSTILE.to_owned(),
        ..PlannedMeasure::default()
    }];
    let progress = progress_chart(&context(Lang::En, ""), &plan).expect("drawn");
    assert!(!progress.svg.contains("<script") && progress.svg.contains("&lt;script&gt;"));
    assert_eq!(
        progress.table.rows[0][0], HOSTILE,
        "the table gets the plain text; the page escapes it"
    );
}

#[test]
fn the_radar_draws_each_complete_series_and_tabulates_all() {
    let now = SAMPLE.map(|p| Some(Score::from_points(p)));
    let target = [Some(Score::from_points(100)); 10];
    let mut partial = now;
    partial[3] = None;
    let chart = radar_chart(
        &context(Lang::En, ""),
        &[
            RadarSeries {
                name: "2568".into(),
                scores: now,
                kind: SeriesKind::Current,
            },
            RadarSeries {
                name: "What-if".into(),
                scores: target,
                kind: SeriesKind::Target,
            },
            RadarSeries {
                name: "2567".into(),
                scores: partial,
                kind: SeriesKind::Past,
            },
        ],
    )
    .expect("drawn");
    // The current series is filled; the incomplete past year is not drawn but is tabulated.
    assert_eq!(elements(&chart.svg, "polygon").len(), 1);
    let words = texts(&chart.svg);
    assert!(words.iter().any(|t| t == "What-if") && !words.iter().any(|t| t == "2567"));
    assert_eq!(
        chart.table.columns,
        ["Indicator", "2568", "What-if", "2567"]
    );
    assert_eq!(
        chart.table.rows[3],
        ["i4 Use of government assets", "96.00", "100.00", "—"]
    );
    for label in ["i1 Duty", "i6 Quality", "i10 Prevention"] {
        assert!(words.iter().any(|t| t == label));
    }
}

#[test]
fn the_tools_chart_shows_subtotals_against_maxima_and_the_total_on_the_bands() {
    let chart = tools_chart(&context(Lang::Th, ""), &full(SAMPLE)).expect("drawn");
    let words = texts(&chart.svg);
    // IIT 6 × 443 = 26.58 of 30, average 88.60; EIT 25.60 (85.33); OIT 35.40 (88.50); total 87.58.
    for text in [
        "26.58 / 30 (เฉลี่ย 88.60)",
        "25.60 / 30 (เฉลี่ย 85.33)",
        "35.40 / 40 (เฉลี่ย 88.50)",
        "87.58",
    ] {
        assert!(words.iter().any(|t| t == text), "{text}");
    }
    for band in ["AA", "A", "B", "C", "D", "E", "F"] {
        assert!(words.iter().any(|t| t == band), "band {band}");
    }
    assert_eq!(chart.table.rows[3], ["คะแนนรวม", "87.58", "100", "ผ่าน (A)"]);
}

#[test]
fn the_history_chart_orders_years_and_labels_totals() {
    let scores = |p: u16| [Some(Score::from_points(p)); 10];
    let years = [
        YearPoint {
            year: 2568,
            total: full([90; 10]).total_rounded(),
            scores: scores(90),
        },
        YearPoint {
            year: 2566,
            total: full([80; 10]).total_rounded(),
            scores: scores(80),
        },
        YearPoint {
            year: 2567,
            total: None,
            scores: [None; 10],
        },
    ];
    let chart = history_chart(&context(Lang::En, "Org"), &years).expect("drawn");
    let words = texts(&chart.svg);
    assert!(words.iter().any(|t| t == "80.00") && words.iter().any(|t| t == "90.00"));
    let order: Vec<&str> = chart.table.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(order, ["2566", "2567", "2568"]);
    assert_eq!(chart.table.rows[1][1], "—");
    assert!(chart.description.contains("2566 80.00, 2568 90.00"));
}

#[test]
fn the_progress_chart_has_a_cell_per_round_of_each_measure() {
    let mut quarterly = PlannedMeasure {
        id: "m1".into(),
        name: "ก".into(),
        rhythm: Rhythm::Quarterly,
        ..PlannedMeasure::default()
    };
    quarterly.progress.insert(
        3,
        RoundReport {
            status: Status::Done,
            ..RoundReport::default()
        },
    );
    let half = PlannedMeasure {
        id: "m2".into(),
        name: "ข".into(),
        rhythm: Rhythm::HalfYearly,
        ..PlannedMeasure::default()
    };
    let chart = progress_chart(&context(Lang::Th, ""), &[quarterly, half]).expect("drawn");
    // Cells are outlined rectangles: 4 rounds + 2 rounds.
    let cells = elements(&chart.svg, "rect")
        .into_iter()
        .filter(|r| r.get("fill").map(String::as_str) == Some("none"))
        .count();
    assert_eq!(cells, 6);
    assert_eq!(
        chart.table.rows[0],
        ["ก", "ดำเนินการแล้ว", "ยังไม่เริ่ม", "ยังไม่เริ่ม", "ยังไม่เริ่ม"]
    );
    assert_eq!(chart.table.rows[1], ["ข", "—", "ยังไม่เริ่ม", "—", "ยังไม่เริ่ม"]);
}

fn rollup_row(total_units: Option<u64>) -> RollupRow {
    RollupRow {
        source: "a.json".into(),
        name: HOSTILE.into(),
        name_key: ita_selfcheck::domain::rollup::thai_sort_key(HOSTILE),
        org_type: None,
        province: String::new(),
        fiscal_year: 2568,
        scores: [None; 10],
        total_units,
        outcome: None,
        weakest: None,
    }
}

#[test]
fn the_distribution_chart_counts_rounded_totals_into_bins_with_the_pass_line() {
    // 84.995 rounds to 85.00 and passes; 84.9949 does not; 92.30; 100 is in the top bin.
    let totals = [849_950, 849_949, 800_000, 923_000, 490_000, 1_000_000];
    let mut rows: Vec<RollupRow> = totals.iter().map(|&u| rollup_row(Some(u))).collect();
    rows.push(rollup_row(None));
    let summary = summarise(&rows);
    assert_eq!(summary.distribution, [1, 0, 0, 0, 0, 0, 0, 2, 1, 1, 1]);
    let chart = distribution_chart(&summary, Lang::Th).expect("drawn");
    assert_accessible(&chart.svg, "chart-distribution");
    let counts: Vec<String> = chart.table.rows.iter().map(|r| r[1].clone()).collect();
    assert_eq!(
        counts,
        ["1", "0", "0", "0", "0", "0", "0", "2", "1", "1", "1"]
    );
    // One bar per bin with organisations in it, and the pass line.
    let bars = elements(&chart.svg, "rect")
        .into_iter()
        .filter(|r| r["fill"] != "#FFFFFF")
        .count();
    assert_eq!(bars, 5);
    let labels = texts(&chart.svg);
    assert!(labels.iter().any(|t| t == "เกณฑ์ผ่าน 85"));
    assert!(labels
        .iter()
        .any(|t| t.starts_with("6 หน่วยงานที่มีคะแนนรวม · ผ่าน 85 ขึ้นไป 50.00%")));
    assert!(chart
        .description
        .contains("80–85: 2, 85–90: 1, 90–95: 1, 95–100: 1"));

    let none = distribution_chart(&summarise(&[rollup_row(None)]), Lang::En).expect("drawn");
    assert!(texts(&none.svg)
        .iter()
        .any(|t| t == "Not enough data yet: load files with all ten scores"));
}
