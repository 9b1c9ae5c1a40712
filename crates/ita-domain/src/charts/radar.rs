//! Chart 2: a radar of the ten indicators, the current scores against what-if targets and
//! last year's scores when those exist. Series differ by line style and marker as well as
//! by colour.

use crate::charts::canvas::{draw, palette, scale, Anchor, Pen};
use crate::charts::{label, Chart, ChartContext, ChartError, DataTable};
use crate::{Indicator, Lang, Score};

/// The chart's size in SVG units.
pub const SIZE: (u32, u32) = (640, 600);
const CENTRE: (i32, i32) = (320, 300);
const RADIUS: i32 = 172;

/// How a series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeriesKind {
    /// The scores entered: solid blue, filled, dot markers.
    Current,
    /// What-if targets: dashed orange, hollow markers.
    Target,
    /// A past year: thin grey.
    Past,
}

/// One polygon of the radar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RadarSeries {
    /// Its name in the legend and the table (may be user text: it is escaped).
    pub name: String,
    /// Ten scores; a series is drawn only when all ten are there.
    pub scores: [Option<Score>; 10],
    /// How it is drawn.
    pub kind: SeriesKind,
}

/// The point of `score` on the axis of `indicator`.
pub fn point(indicator: Indicator, score: Score) -> (i32, i32) {
    let r = f64::from(scale(
        f64::from(score.hundredths()) / 100.0,
        (0.0, 100.0),
        (0, RADIUS),
    ));
    let (dx, dy) = direction(indicator);
    (
        (f64::from(CENTRE.0) + r * dx).round() as i32,
        (f64::from(CENTRE.1) + r * dy).round() as i32,
    )
}

/// Unit vector of an indicator's axis: i1 straight up, then clockwise.
fn direction(indicator: Indicator) -> (f64, f64) {
    DIRECTIONS[indicator.index()]
}

/// The ten axes' unit vectors, (cos, sin) of −90° + 36° k. Written out: computing them would
/// bring the sine and cosine code, with its 4 KB reduction of large angles, into the wasm
/// (a test checks them against `cos` and `sin`).
const DIRECTIONS: [(f64, f64); 10] = [
    (0.0, -1.0),
    (0.587_785_252_292_473_1, -0.809_016_994_374_947_5),
    (0.951_056_516_295_153_5, -0.309_016_994_374_947_4),
    (0.951_056_516_295_153_5, 0.309_016_994_374_947_4),
    (0.587_785_252_292_473_1, 0.809_016_994_374_947_5),
    (0.0, 1.0),
    (-0.587_785_252_292_473_1, 0.809_016_994_374_947_5),
    (-0.951_056_516_295_153_5, 0.309_016_994_374_947_4),
    (-0.951_056_516_295_153_5, -0.309_016_994_374_947_4),
    (-0.587_785_252_292_473_1, -0.809_016_994_374_947_5),
];

/// Draws the series (the first is the current scores) around ten axes.
pub fn radar_chart(context: &ChartContext, series: &[RadarSeries]) -> Result<Chart, ChartError> {
    let lang = context.lang;
    let title = lang
        .pick(
            "ภาพรวม 10 ตัวชี้วัด (เรดาร์)",
            "The ten indicators at a glance (radar)",
        )
        .to_owned();
    let full_title = format!("{title} · {}", context.subtitle());
    let complete: Vec<&RadarSeries> = series
        .iter()
        .filter(|s| s.scores.iter().all(Option::is_some))
        .collect();
    let description = describe(&complete, lang);

    let svg = draw("chart-radar", SIZE, &full_title, &description, |pen| {
        pen.heading(&title, &context.subtitle())?;
        web(pen, lang)?;
        if complete.is_empty() {
            return pen.bold(
                lang.pick(
                    "ยังไม่มีข้อมูลพอ: กรอกคะแนนให้ครบ 10 ตัวชี้วัด",
                    "Not enough data yet: enter all ten scores",
                ),
                CENTRE,
                15.0,
                &palette::MUTED,
                Anchor::Middle,
            );
        }
        // Past first, so the current scores are drawn on top.
        for kind in [SeriesKind::Past, SeriesKind::Target, SeriesKind::Current] {
            for s in complete.iter().filter(|s| s.kind == kind) {
                polygon(pen, s)?;
            }
        }
        legend(pen, &complete)
    })?;

    let mut columns = vec![lang.pick("ตัวชี้วัด", "Indicator").to_owned()];
    columns.extend(series.iter().map(|s| s.name.clone()));
    let rows =
        Indicator::ALL
            .iter()
            .map(|&i| {
                let mut row = vec![format!("{} {}", i.code(), i.name(lang))];
                row.extend(series.iter().map(|s| {
                    s.scores[i.index()].map_or_else(|| "—".to_owned(), |v| v.to_string())
                }));
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

fn web(pen: &Pen, lang: Lang) -> Result<(), ChartError> {
    for ring in [20u16, 40, 60, 80, 100] {
        let points: Vec<(i32, i32)> = Indicator::ALL
            .iter()
            .map(|&i| point(i, Score::from_points(ring)))
            .collect();
        let mut closed = points.clone();
        closed.push(points[0]);
        pen.line(closed, palette::GRID, 1)?;
        let (x, y) = point(Indicator::I1, Score::from_points(ring));
        pen.text(
            &ring.to_string(),
            (x + 4, y),
            11.0,
            &palette::MUTED,
            Anchor::Start,
        )?;
    }
    // The strength line, dashed, so "inside the ring" reads as "below 85".
    let line: Vec<(i32, i32)> = Indicator::ALL
        .iter()
        .chain(std::iter::once(&Indicator::I1))
        .map(|&i| point(i, Score::from_points(85)))
        .collect();
    pen.dashed(line, palette::MUTED, 1)?;
    for indicator in Indicator::ALL {
        pen.line(vec![CENTRE, point(indicator, Score::MAX)], palette::GRID, 1)?;
        let (dx, dy) = direction(indicator);
        let at = (
            (f64::from(CENTRE.0) + f64::from(RADIUS + 14) * dx).round() as i32,
            (f64::from(CENTRE.1) + f64::from(RADIUS + 14) * dy).round() as i32,
        );
        let anchor = if dx > 0.2 {
            Anchor::Start
        } else if dx < -0.2 {
            Anchor::End
        } else if dy < 0.0 {
            Anchor::Above
        } else {
            Anchor::Below
        };
        pen.text(&label(indicator, lang), at, 13.0, &palette::INK, anchor)?;
    }
    Ok(())
}

fn polygon(pen: &Pen, series: &RadarSeries) -> Result<(), ChartError> {
    let points: Vec<(i32, i32)> = Indicator::ALL
        .iter()
        .filter_map(|&i| series.scores[i.index()].map(|s| point(i, s)))
        .collect();
    let mut closed = points.clone();
    if let Some(&first) = points.first() {
        closed.push(first);
    }
    match series.kind {
        SeriesKind::Current => {
            pen.polygon(points.clone(), palette::BLUE, 0.15)?;
            pen.line(closed, palette::BLUE, 3)?;
            for p in points {
                pen.circle(p, 4, palette::BLUE, true)?;
            }
        }
        SeriesKind::Target => {
            pen.dashed(closed, palette::ORANGE, 3)?;
            for p in points {
                pen.circle(p, 5, palette::ORANGE, false)?;
            }
        }
        SeriesKind::Past => pen.line(closed, palette::GREY, 2)?,
    }
    Ok(())
}

fn legend(pen: &Pen, series: &[&RadarSeries]) -> Result<(), ChartError> {
    let y = SIZE.1 as i32 - 22;
    let mut x = 16;
    for s in series {
        let sample = vec![(x, y), (x + 28, y)];
        match s.kind {
            SeriesKind::Current => {
                pen.line(sample, palette::BLUE, 3)?;
                pen.circle((x + 14, y), 4, palette::BLUE, true)?;
            }
            SeriesKind::Target => {
                pen.dashed(sample, palette::ORANGE, 3)?;
                pen.circle((x + 14, y), 5, palette::ORANGE, false)?;
            }
            SeriesKind::Past => pen.line(sample, palette::GREY, 2)?,
        }
        let name = crate::charts::canvas::fit(&s.name, 26);
        pen.text(&name, (x + 36, y), 13.0, &palette::INK, Anchor::Start)?;
        x += 210;
    }
    Ok(())
}

fn describe(series: &[&RadarSeries], lang: Lang) -> String {
    if series.is_empty() {
        return lang
            .pick(
                "แผนภูมิเรดาร์ 10 ตัวชี้วัด ยังไม่มีข้อมูลครบ",
                "Radar chart of the ten indicators: not enough data yet",
            )
            .to_owned();
    }
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    lang.pick(
        format!("แผนภูมิเรดาร์ 10 ตัวชี้วัด แต่ละแกนมีคะแนน 0 ถึง 100 เส้นประคือเกณฑ์ 85 แสดง: {}", names.join(", ")),
        format!("Radar chart of the ten indicators, each axis from 0 to 100, the dashed ring at 85. Shows: {}", names.join(", ")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axes_are_ten_equal_turns_from_straight_up() {
        for (k, &(cos, sin)) in DIRECTIONS.iter().enumerate() {
            let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / 10.0;
            assert!((cos - angle.cos()).abs() < 1e-15, "cos of axis {k}");
            assert!((sin - angle.sin()).abs() < 1e-15, "sin of axis {k}");
        }
    }
}
