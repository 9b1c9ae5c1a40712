//! Native timing of drawing every chart, for comparison with the page benchmark:
//! `cargo run --release --example bench_charts`.

use std::time::Instant;

use ita_selfcheck::domain::charts::radar::SeriesKind;
use ita_selfcheck::domain::charts::{
    indicator_chart, progress_chart, radar_chart, tools_chart, ChartContext, RadarSeries,
};
use ita_selfcheck::domain::framework::framework_for_year;
use ita_selfcheck::domain::{evaluate, Framework, Lang, PlannedMeasure, Rhythm, Score, Thresholds};

fn main() {
    let framework = Framework::from(framework_for_year(2568).expect("known"));
    let plan: Vec<PlannedMeasure> = (1..=3)
        .map(|n| PlannedMeasure {
            id: format!("m{n}"),
            name: format!("มาตรการที่ {n}"),
            rhythm: Rhythm::Quarterly,
            ..Default::default()
        })
        .collect();
    let context = ChartContext {
        lang: Lang::Th,
        organisation: "เทศบาลตำบลบ้านใหม่",
        fiscal_year: 2568,
    };
    let runs: u32 = 2000;
    let mut bytes = 0;
    let start = Instant::now();
    for run in 0..runs {
        let scores = std::array::from_fn(|n| {
            Score::from_hundredths(((run as usize * 7 + n * 131) % 5000 + 5000) as u16)
        });
        let evaluation = evaluate(&framework, &scores);
        let series = [
            RadarSeries {
                name: "now".into(),
                scores,
                kind: SeriesKind::Current,
            },
            RadarSeries {
                name: "what-if".into(),
                scores: [Some(Score::MAX); 10],
                kind: SeriesKind::Target,
            },
        ];
        bytes += indicator_chart(&context, &evaluation, &Thresholds::default())
            .map(|c| c.svg.len())
            .unwrap_or(0);
        bytes += tools_chart(&context, &evaluation)
            .map(|c| c.svg.len())
            .unwrap_or(0);
        bytes += radar_chart(&context, &series)
            .map(|c| c.svg.len())
            .unwrap_or(0);
        bytes += progress_chart(&context, &plan)
            .map(|c| c.svg.len())
            .unwrap_or(0);
    }
    let each = start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    println!(
        "four charts drawn natively: {each:.3} ms per edit, {} KiB of SVG",
        bytes / runs as usize / 1024
    );
}
