//! Chart 4: the total and each indicator over the fiscal years the organisation has.
//!
//! The total is the thick line with its value at every year; each indicator is a thin line
//! named at its end by its code, so the lines can be told apart without colour.

use crate::charts::canvas::{draw, palette, scale, Anchor, Pen};
use crate::charts::{Chart, ChartContext, ChartError, DataTable};
use crate::sort::sort_small_by_key;
use crate::{Fixed, Indicator, Lang, Score};
use plotters::style::RGBColor;

/// The chart's size in SVG units.
pub const SIZE: (u32, u32) = (640, 440);
const PLOT_X: (i32, i32) = (64, 560);
const PLOT_Y: (i32, i32) = (380, 70);

/// One fiscal year's results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearPoint {
    /// Fiscal year (พ.ศ.).
    pub year: u16,
    /// The rounded total, if all ten scores were entered.
    pub total: Option<Fixed>,
    /// The ten scores.
    pub scores: [Option<Score>; 10],
}

const LINE_COLOURS: [RGBColor; 7] = [
    palette::BLUE,
    palette::ORANGE,
    palette::GREEN,
    palette::VERMILLION,
    palette::SKY,
    palette::PURPLE,
    palette::GREY,
];

/// Draws the years in order; fewer than two years with a total is not enough for a trend.
pub fn history_chart(context: &ChartContext, years: &[YearPoint]) -> Result<Chart, ChartError> {
    let lang = context.lang;
    let mut years: Vec<&YearPoint> = years.iter().collect();
    sort_small_by_key(&mut years, |y| y.year);
    let title = lang
        .pick("คะแนนย้อนหลังรายปี", "Results over the years")
        .to_owned();
    let organisation = context.organisation.trim();
    let full_title = if organisation.is_empty() {
        title.clone()
    } else {
        format!("{title} · {organisation}")
    };
    let with_total: Vec<&&YearPoint> = years.iter().filter(|y| y.total.is_some()).collect();
    let description = describe(&years, lang);

    let low = years
        .iter()
        .flat_map(|y| {
            y.scores
                .iter()
                .flatten()
                .map(|s| s.hundredths() / 100)
                .chain(y.total.map(|t| (t.units() / 100) as u16))
        })
        .min()
        .unwrap_or(0);
    // Start the axis at the ten below the lowest value, so changes are visible.
    let floor = f64::from(low.saturating_sub(1) / 10 * 10);
    let y_of = |value: f64| scale(value, (floor, 100.0), PLOT_Y);
    let x_of = |n: usize| {
        if years.len() <= 1 {
            (PLOT_X.0 + PLOT_X.1) / 2
        } else {
            scale(n as f64, (0.0, (years.len() - 1) as f64), PLOT_X)
        }
    };

    let svg = draw("chart-history", SIZE, &full_title, &description, |pen| {
        pen.heading(&title, organisation)?;
        if with_total.len() < 2 {
            return pen.bold(
                lang.pick(
                    "ยังไม่มีข้อมูลพอ: ต้องมีผลครบ 10 ตัวชี้วัดอย่างน้อย 2 ปีงบประมาณ",
                    "Not enough data yet: this needs complete results for at least two fiscal years",
                ),
                ((PLOT_X.0 + PLOT_X.1) / 2, (PLOT_Y.0 + PLOT_Y.1) / 2),
                14.0,
                &palette::MUTED,
                Anchor::Middle,
            );
        }
        axes(pen, floor, &years, &x_of)?;
        for indicator in Indicator::ALL {
            let colour = LINE_COLOURS[indicator.index() % LINE_COLOURS.len()];
            let points: Vec<(i32, i32)> = years
                .iter()
                .enumerate()
                .filter_map(|(n, y)| {
                    y.scores[indicator.index()]
                        .map(|s| (x_of(n), y_of(f64::from(s.hundredths()) / 100.0)))
                })
                .collect();
            if let Some(&last) = points.last() {
                pen.line(points, colour, 1)?;
                let spread = indicator.index() as i32 % 2 * 22;
                pen.text(
                    indicator.code(),
                    (last.0 + 6 + spread, last.1),
                    11.0,
                    &palette::MUTED,
                    Anchor::Start,
                )?;
            }
        }
        let totals: Vec<(i32, i32, Fixed)> = years
            .iter()
            .enumerate()
            .filter_map(|(n, y)| {
                y.total
                    .map(|t| (x_of(n), y_of(t.units() as f64 / 100.0), t))
            })
            .collect();
        pen.line(
            totals.iter().map(|&(x, y, _)| (x, y)).collect(),
            palette::INK,
            4,
        )?;
        for (x, y, total) in totals {
            pen.circle((x, y), 5, palette::INK, true)?;
            pen.bold(
                &total.to_string(),
                (x, y - 10),
                13.0,
                &palette::INK,
                Anchor::Above,
            )?;
        }
        Ok(())
    })?;

    let mut columns = vec![
        lang.pick("ปีงบประมาณ", "Fiscal year").to_owned(),
        lang.pick("คะแนนรวม", "Total").to_owned(),
    ];
    columns.extend(Indicator::ALL.iter().map(|i| i.code().to_owned()));
    let rows = years
        .iter()
        .map(|y| {
            let mut row = vec![
                y.year.to_string(),
                y.total.map_or_else(|| "—".to_owned(), |t| t.to_string()),
            ];
            row.extend(
                y.scores
                    .iter()
                    .map(|s| s.map_or_else(|| "—".to_owned(), |s| s.to_string())),
            );
            row
        })
        .collect();
    Ok(Chart {
        title: full_title,
        description,
        svg,
        table: DataTable { columns, rows },
    })
}

fn axes(
    pen: &Pen,
    floor: f64,
    years: &[&YearPoint],
    x_of: &dyn Fn(usize) -> i32,
) -> Result<(), ChartError> {
    let mut tick = floor as u16;
    while tick <= 100 {
        let y = scale(f64::from(tick), (floor, 100.0), PLOT_Y);
        pen.line(vec![(PLOT_X.0, y), (PLOT_X.1, y)], palette::GRID, 1)?;
        pen.text(
            &tick.to_string(),
            (PLOT_X.0 - 8, y),
            11.0,
            &palette::MUTED,
            Anchor::End,
        )?;
        tick += if 100 - floor as u16 > 50 { 20 } else { 10 };
    }
    let y85 = scale(85.0, (floor, 100.0), PLOT_Y);
    if floor < 85.0 {
        pen.dashed(vec![(PLOT_X.0, y85), (PLOT_X.1, y85)], palette::INK, 1)?;
    }
    for (n, year) in years.iter().enumerate() {
        pen.text(
            &year.year.to_string(),
            (x_of(n), PLOT_Y.0 + 8),
            12.0,
            &palette::INK,
            Anchor::Below,
        )?;
    }
    Ok(())
}

fn describe(years: &[&YearPoint], lang: Lang) -> String {
    let totals: Vec<String> = years
        .iter()
        .filter_map(|y| y.total.map(|t| format!("{} {t}", y.year)))
        .collect();
    if totals.len() < 2 {
        return lang
            .pick(
                "แผนภูมิเส้นคะแนนย้อนหลัง ยังมีข้อมูลไม่ถึง 2 ปี",
                "Line chart of results over the years: fewer than two years so far",
            )
            .to_owned();
    }
    lang.pick(
        format!(
            "แผนภูมิเส้นคะแนนรวม (เส้นหนา) และคะแนนรายตัวชี้วัด (เส้นบาง) ตามปีงบประมาณ: {}",
            totals.join(", ")
        ),
        format!(
            "Line chart of the total (thick) and each indicator (thin) by fiscal year: {}",
            totals.join(", ")
        ),
    )
}
