//! Writes every chart for a sample organisation into a folder, to look at them outside the app:
//! `cargo run --example sample_charts -- /tmp/charts`.

use std::path::PathBuf;

use ita_selfcheck::domain::charts::radar::SeriesKind;
use ita_selfcheck::domain::charts::{
    history_chart, indicator_chart, progress_chart, radar_chart, tools_chart, ChartContext,
    RadarSeries, YearPoint,
};
use ita_selfcheck::domain::framework::framework_for_year;
use ita_selfcheck::domain::{
    evaluate, Framework, Lang, PlannedMeasure, Rhythm, RoundReport, Score, Status, Thresholds,
};

fn scores(points: [u16; 10]) -> [Option<Score>; 10] {
    points.map(|p| Some(Score::from_points(p)))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "charts".to_owned()),
    );
    std::fs::create_dir_all(&out)?;
    let framework = Framework::from(framework_for_year(2568).ok_or("no framework")?);
    let now = scores([90, 88, 99, 96, 70, 92, 84, 80, 82, 95]);
    let evaluation = evaluate(&framework, &now);
    let mut plan = vec![PlannedMeasure {
        id: "m1".into(),
        name: "มาตรการจัดการเรื่องร้องเรียนการทุจริต".into(),
        rhythm: Rhythm::Quarterly,
        ..Default::default()
    }];
    plan[0].progress.insert(
        3,
        RoundReport {
            status: Status::Done,
            ..Default::default()
        },
    );
    plan[0].progress.insert(
        6,
        RoundReport {
            status: Status::InProgress,
            ..Default::default()
        },
    );
    plan.push(PlannedMeasure {
        id: "m2".into(),
        name: "<b>มาตรการของเราเอง</b> & \"อื่น ๆ\"".into(),
        ..Default::default()
    });
    for lang in [Lang::Th, Lang::En] {
        let context = ChartContext {
            lang,
            organisation: "เทศบาลตำบลบ้านใหม่ <script>",
            fiscal_year: 2568,
        };
        let charts = [
            (
                "indicators",
                indicator_chart(&context, &evaluation, &Thresholds::default())?,
            ),
            (
                "radar",
                radar_chart(
                    &context,
                    &[
                        RadarSeries {
                            name: "2568".into(),
                            scores: now,
                            kind: SeriesKind::Current,
                        },
                        RadarSeries {
                            name: "what-if".into(),
                            scores: scores([95, 90, 99, 96, 85, 92, 90, 90, 95, 100]),
                            kind: SeriesKind::Target,
                        },
                        RadarSeries {
                            name: "2567".into(),
                            scores: scores([85, 80, 95, 90, 65, 88, 80, 70, 75, 90]),
                            kind: SeriesKind::Past,
                        },
                    ],
                )?,
            ),
            ("tools", tools_chart(&context, &evaluation)?),
            (
                "history",
                history_chart(
                    &context,
                    &[
                        YearPoint {
                            year: 2566,
                            total: evaluate(
                                &framework,
                                &scores([80, 78, 90, 85, 60, 85, 75, 70, 70, 80]),
                            )
                            .total_rounded(),
                            scores: scores([80, 78, 90, 85, 60, 85, 75, 70, 70, 80]),
                        },
                        YearPoint {
                            year: 2567,
                            total: evaluate(
                                &framework,
                                &scores([85, 80, 95, 90, 65, 88, 80, 70, 75, 90]),
                            )
                            .total_rounded(),
                            scores: scores([85, 80, 95, 90, 65, 88, 80, 70, 75, 90]),
                        },
                        YearPoint {
                            year: 2568,
                            total: evaluation.total_rounded(),
                            scores: now,
                        },
                    ],
                )?,
            ),
            ("progress", progress_chart(&context, &plan)?),
        ];
        for (name, chart) in charts {
            std::fs::write(out.join(format!("{name}-{}.svg", lang.code())), chart.svg)?;
        }
    }
    println!("written to {}", out.display());
    Ok(())
}
