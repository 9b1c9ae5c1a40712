//! Chart 3: each tool's weighted subtotal against its maximum (30, 30, 40), and the total on
//! the band scale (F to AA) with the pass line.

use crate::charts::canvas::{draw, palette, scale, Anchor, Pen};
use crate::charts::{Chart, ChartContext, ChartError, DataTable};
use crate::scoring::{Evaluation, Level, PASS_MARK_CENTS};
use crate::{Fixed, Lang, Tool};
use plotters::style::RGBColor;

/// The chart's size in SVG units.
pub const SIZE: (u32, u32) = (640, 330);
/// Where the tools' common 0–40 point scale runs.
const TOOL_X: (i32, i32) = (110, 470);
/// Where the 0–100 band scale runs.
pub const BAND_X: (i32, i32) = (40, 600);

/// Band colours: one hue from light (F) to dark (AA), so order reads without colour names;
/// each band is labelled too.
const BAND_COLOURS: [RGBColor; 7] = [
    RGBColor(8, 69, 148),
    RGBColor(33, 113, 181),
    RGBColor(66, 146, 198),
    RGBColor(107, 174, 214),
    RGBColor(158, 202, 225),
    RGBColor(198, 219, 239),
    RGBColor(231, 239, 248),
];

/// Draws the tool subtotals and the total.
pub fn tools_chart(context: &ChartContext, evaluation: &Evaluation) -> Result<Chart, ChartError> {
    let lang = context.lang;
    let title = lang
        .pick("คะแนนรายเครื่องมือและคะแนนรวม", "Tools and total")
        .to_owned();
    let full_title = format!("{title} · {}", context.subtitle());
    let total = evaluation.total_rounded();
    let description = describe(evaluation, lang);

    let svg = draw("chart-tools", SIZE, &full_title, &description, |pen| {
        pen.heading(&title, &context.subtitle())?;
        for (n, tool) in Tool::ALL.iter().enumerate() {
            tool_row(pen, evaluation, *tool, 88 + 40 * n as i32, lang)?;
        }
        band_scale(pen, total, lang)
    })?;

    let mut rows: Vec<Vec<String>> = evaluation
        .tools
        .iter()
        .map(|t| {
            vec![
                t.tool.abbreviation().to_owned(),
                t.subtotal()
                    .map_or_else(|| "—".to_owned(), |s| s.rounded(2).to_string()),
                t.weight.to_string(),
                t.average()
                    .map_or_else(|| "—".to_owned(), |a| a.to_string()),
            ]
        })
        .collect();
    let outcome = evaluation.outcome();
    rows.push(vec![
        lang.pick("คะแนนรวม", "Total").to_owned(),
        total.map_or_else(|| "—".to_owned(), |t| t.to_string()),
        "100".to_owned(),
        outcome.map_or_else(
            || "—".to_owned(),
            |o| format!("{} ({})", o.label(lang), o.level.label()),
        ),
    ]);
    Ok(Chart {
        title: full_title,
        description,
        svg,
        table: DataTable {
            columns: vec![
                lang.pick("เครื่องมือ", "Tool").to_owned(),
                lang.pick("คะแนนถ่วงน้ำหนัก", "Weighted score").to_owned(),
                lang.pick("คะแนนเต็ม", "Maximum").to_owned(),
                lang.pick("เฉลี่ย / ผล", "Average / result").to_owned(),
            ],
            rows,
        },
    })
}

fn tool_row(
    pen: &Pen,
    evaluation: &Evaluation,
    tool: Tool,
    y: i32,
    lang: Lang,
) -> Result<(), ChartError> {
    let summary = evaluation.tool(tool);
    let x = |points: f64| scale(points, (0.0, 40.0), TOOL_X);
    pen.bold(
        tool.abbreviation(),
        (TOOL_X.0 - 12, y),
        15.0,
        &palette::INK,
        Anchor::End,
    )?;
    pen.rect(
        (TOOL_X.0, y - 12),
        (x(f64::from(summary.weight)), y + 12),
        palette::TRACK,
    )?;
    pen.outline(
        (TOOL_X.0, y - 12),
        (x(f64::from(summary.weight)), y + 12),
        palette::GRID,
        1,
    )?;
    let max_x = x(f64::from(summary.weight));
    match summary.subtotal() {
        Some(subtotal) => {
            let points = subtotal.units() as f64 / 10_000.0;
            let colour = if summary.below_pass_mark() {
                palette::VERMILLION
            } else {
                palette::BLUE
            };
            pen.rect((TOOL_X.0, y - 12), (x(points), y + 12), colour)?;
            let average = summary.average().map(|a| a.to_string()).unwrap_or_default();
            let text = lang.pick(
                format!(
                    "{} / {} (เฉลี่ย {average})",
                    subtotal.rounded(2),
                    summary.weight
                ),
                format!(
                    "{} / {} (average {average})",
                    subtotal.rounded(2),
                    summary.weight
                ),
            );
            let mark = if summary.below_pass_mark() {
                "▲ "
            } else {
                ""
            };
            pen.text(
                &format!("{mark}{text}"),
                (max_x + 8, y),
                13.0,
                &palette::INK,
                Anchor::Start,
            )
        }
        None => pen.text(
            &lang.pick(
                format!("— กรอกแล้ว {} จาก {}", summary.entered, summary.count),
                format!("— {} of {} entered", summary.entered, summary.count),
            ),
            (max_x + 8, y),
            13.0,
            &palette::MUTED,
            Anchor::Start,
        ),
    }
}

/// Horizontal position of a total (in hundredths) on the band scale.
pub fn band_x(cents: u64) -> i32 {
    scale(cents as f64 / 100.0, (0.0, 100.0), BAND_X)
}

fn band_scale(pen: &Pen, total: Option<Fixed>, lang: Lang) -> Result<(), ChartError> {
    let top = 250;
    pen.bold(
        lang.pick("คะแนนรวมเทียบช่วงระดับ", "Total against the level bands"),
        (16, 222),
        14.0,
        &palette::INK,
        Anchor::Start,
    )?;
    for (level, colour) in Level::ALL.iter().zip(BAND_COLOURS) {
        let (min, max) = level.band();
        let (x0, x1) = (band_x(min.units()), band_x(max.units() + 1).min(BAND_X.1));
        pen.rect((x0, top), (x1, top + 28), colour)?;
        let ink = if matches!(level, Level::AA | Level::A | Level::B) {
            &palette::WHITE
        } else {
            &palette::INK
        };
        pen.bold(
            level.label(),
            ((x0 + x1) / 2, top + 14),
            13.0,
            ink,
            Anchor::Middle,
        )?;
    }
    for tick in [0u64, 50, 55, 65, 75, 85, 95, 100] {
        let x = band_x(tick * 100);
        pen.text(
            &tick.to_string(),
            (x, top + 34),
            11.0,
            &palette::MUTED,
            Anchor::Below,
        )?;
    }
    let pass = band_x(PASS_MARK_CENTS);
    pen.line(vec![(pass, top - 8), (pass, top + 36)], palette::INK, 2)?;
    match total {
        Some(total) => {
            let x = band_x(total.units());
            pen.polygon(
                vec![(x, top - 2), (x - 8, top - 16), (x + 8, top - 16)],
                palette::VERMILLION,
                1.0,
            )?;
            pen.bold(
                &total.to_string(),
                (x, top - 20),
                14.0,
                &palette::VERMILLION,
                Anchor::Above,
            )
        }
        None => pen.text(
            lang.pick(
                "คะแนนรวม: ยังกรอกไม่ครบ 10 ตัวชี้วัด",
                "Total: not all ten scores entered yet",
            ),
            (BAND_X.0, top + 58),
            13.0,
            &palette::MUTED,
            Anchor::Start,
        ),
    }
}

fn describe(evaluation: &Evaluation, lang: Lang) -> String {
    let parts: Vec<String> = evaluation
        .tools
        .iter()
        .map(|t| match t.subtotal() {
            Some(s) => format!("{} {}/{}", t.tool.abbreviation(), s.rounded(2), t.weight),
            None => format!("{} —/{}", t.tool.abbreviation(), t.weight),
        })
        .collect();
    let total = match (evaluation.total_rounded(), evaluation.outcome()) {
        (Some(t), Some(o)) => lang.pick(
            format!("คะแนนรวม {t} อยู่ในช่วงระดับ {}", o.level.label()),
            format!("total {t}, in band {}", o.level.label()),
        ),
        _ => lang.pick("ยังไม่มีคะแนนรวม", "no total yet").to_owned(),
    };
    lang.pick(
        format!(
            "คะแนนถ่วงน้ำหนักรายเครื่องมือเทียบคะแนนเต็ม: {}; {total}",
            parts.join(", ")
        ),
        format!(
            "Weighted score of each tool against its maximum: {}; {total}",
            parts.join(", ")
        ),
    )
}
