//! Chart 1: the ten indicators as bars, the chart every published analysis carries.
//!
//! Horizontal bars so that the Thai names are readable on a phone; each bar coloured by
//! status with a second cue besides colour (a symbol before its value, explained in the
//! legend); dashed reference lines at the strength and excellent lines (85 and 95 by default).

use crate::analysis::{analyse, Standing, Thresholds};
use crate::charts::canvas::{draw, fit, palette, scale, Anchor, Pen};
use crate::charts::{label, Chart, ChartContext, ChartError, DataTable};
use crate::scoring::Evaluation;
use crate::{Indicator, Lang, Score};
use plotters::style::RGBColor;

/// The chart's size in SVG units.
pub const SIZE: (u32, u32) = (640, 476);
/// Where the 0–100 scale runs, horizontally.
pub const PLOT_X: (i32, i32) = (214, 560);
/// Top of the first row.
const ROWS_TOP: i32 = 84;
/// Height of one row.
const ROW: i32 = 32;

/// How a bar is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BarStatus {
    /// At or above the excellent line.
    Excellent,
    /// At or above the strength line.
    Strength,
    /// Below the strength line.
    ToDevelop,
    /// Urgent (lowest, or below the urgent line).
    Urgent,
}

impl BarStatus {
    /// All four, in legend order.
    pub const ALL: [BarStatus; 4] = [
        BarStatus::Excellent,
        BarStatus::Strength,
        BarStatus::ToDevelop,
        BarStatus::Urgent,
    ];

    /// Its colour (Okabe–Ito).
    pub fn color(self) -> &'static RGBColor {
        match self {
            BarStatus::Excellent => &palette::GREEN,
            BarStatus::Strength => &palette::BLUE,
            BarStatus::ToDevelop => &palette::ORANGE,
            BarStatus::Urgent => &palette::VERMILLION,
        }
    }

    /// The cue that does not depend on colour.
    pub fn symbol(self) -> &'static str {
        match self {
            BarStatus::Excellent => "★",
            BarStatus::Strength => "✓",
            BarStatus::ToDevelop => "▲",
            BarStatus::Urgent => "!!",
        }
    }

    /// Its name in the legend and the table.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            BarStatus::Excellent => lang.pick("ดีเยี่ยม", "Excellent"),
            BarStatus::Strength => lang.pick("จุดแข็ง", "Strength"),
            BarStatus::ToDevelop => lang.pick("ควรพัฒนา", "To develop"),
            BarStatus::Urgent => lang.pick("เร่งด่วน", "Urgent"),
        }
    }
}

/// Each indicator's status: from the full reading when all ten are in, otherwise from the
/// lines alone (the "lowest" cannot be known from part of the sheet).
pub fn bar_statuses(evaluation: &Evaluation, thresholds: &Thresholds) -> [Option<BarStatus>; 10] {
    if let Some(analysis) = analyse(evaluation, thresholds) {
        return Indicator::ALL.map(|i| {
            analysis.reading(i).map(|r| match (r.urgent, r.standing) {
                (Some(_), _) => BarStatus::Urgent,
                (None, Standing::Excellent) => BarStatus::Excellent,
                (None, Standing::Strength) => BarStatus::Strength,
                (None, Standing::ToDevelop) => BarStatus::ToDevelop,
            })
        });
    }
    evaluation.lines.map(|line| {
        line.score.map(|s| {
            if s < thresholds.urgent {
                BarStatus::Urgent
            } else if s >= thresholds.excellent {
                BarStatus::Excellent
            } else if s >= thresholds.strength {
                BarStatus::Strength
            } else {
                BarStatus::ToDevelop
            }
        })
    })
}

/// Horizontal position of a score on the chart.
pub fn x_for(score: Score) -> i32 {
    scale(f64::from(score.hundredths()) / 100.0, (0.0, 100.0), PLOT_X)
}

/// Vertical centre of an indicator's row.
pub fn row_centre(indicator: Indicator) -> i32 {
    ROWS_TOP + ROW * indicator.index() as i32 + ROW / 2
}

/// Draws the ten indicators of `evaluation`, marked under `thresholds`.
pub fn indicator_chart(
    context: &ChartContext,
    evaluation: &Evaluation,
    thresholds: &Thresholds,
) -> Result<Chart, ChartError> {
    let lang = context.lang;
    let statuses = bar_statuses(evaluation, thresholds);
    let title = lang.pick("คะแนนรายตัวชี้วัด", "Score by indicator").to_owned();
    let description = describe(evaluation, &statuses, thresholds, lang);
    let full_title = format!("{title} · {}", context.subtitle());

    let svg = draw("chart-indicators", SIZE, &full_title, &description, |pen| {
        pen.heading(&title, &fit(&context.subtitle(), 70))?;
        grid(pen)?;
        for line in &evaluation.lines {
            bar(
                pen,
                line.indicator,
                line.score,
                statuses[line.indicator.index()],
                lang,
            )?;
        }
        // On top of the bars, captioned on either side so that close lines stay readable.
        reference_line(pen, thresholds.strength, Anchor::End, lang)?;
        reference_line(pen, thresholds.excellent, Anchor::Start, lang)?;
        legend(pen, lang)?;
        if evaluation.entered() == 0 {
            pen.bold(
                lang.pick(
                    "ยังไม่มีข้อมูลพอสำหรับแผนภูมินี้: กรอกคะแนนอย่างน้อย 1 ตัวชี้วัด",
                    "Not enough data for this chart yet: enter at least one score",
                ),
                ((PLOT_X.0 + PLOT_X.1) / 2, ROWS_TOP + 5 * ROW),
                14.0,
                &palette::MUTED,
                Anchor::Middle,
            )?;
        }
        Ok(())
    })?;

    let table = DataTable {
        columns: vec![
            lang.pick("ตัวชี้วัด", "Indicator").to_owned(),
            lang.pick("คะแนน", "Score").to_owned(),
            lang.pick("สถานะ", "Standing").to_owned(),
        ],
        rows: evaluation
            .lines
            .iter()
            .map(|line| {
                vec![
                    format!("{} {}", line.indicator.code(), line.indicator.name(lang)),
                    line.score.map_or_else(|| "—".to_owned(), |s| s.to_string()),
                    statuses[line.indicator.index()]
                        .map_or("—", |s| s.label(lang))
                        .to_owned(),
                ]
            })
            .collect(),
    };
    Ok(Chart {
        title: full_title,
        description,
        svg,
        table,
    })
}

fn grid(pen: &Pen) -> Result<(), ChartError> {
    let bottom = ROWS_TOP + 10 * ROW;
    for tick in (0..=100).step_by(20) {
        let x = scale(f64::from(tick), (0.0, 100.0), PLOT_X);
        pen.line(vec![(x, ROWS_TOP - 4), (x, bottom)], palette::GRID, 1)?;
        pen.text(
            &tick.to_string(),
            (x, bottom + 6),
            12.0,
            &palette::MUTED,
            Anchor::Below,
        )?;
    }
    Ok(())
}

fn reference_line(pen: &Pen, at: Score, side: Anchor, lang: Lang) -> Result<(), ChartError> {
    let x = x_for(at);
    let bottom = ROWS_TOP + 10 * ROW;
    pen.dashed(vec![(x, ROWS_TOP - 14), (x, bottom)], palette::INK, 2)?;
    let points = at.to_fixed().to_trimmed(0);
    let caption = lang.pick(format!("เกณฑ์ {points}"), format!("line {points}"));
    let offset = if side == Anchor::End { -4 } else { 4 };
    pen.text(
        &caption,
        (x + offset, ROWS_TOP - 10),
        12.0,
        &palette::INK,
        side,
    )
}

fn bar(
    pen: &Pen,
    indicator: Indicator,
    score: Option<Score>,
    status: Option<BarStatus>,
    lang: Lang,
) -> Result<(), ChartError> {
    let y = row_centre(indicator);
    pen.text(
        &label(indicator, lang),
        (PLOT_X.0 - 10, y),
        14.0,
        &palette::INK,
        Anchor::End,
    )?;
    pen.rect((PLOT_X.0, y - 10), (PLOT_X.1, y + 10), palette::TRACK)?;
    match (score, status) {
        (Some(score), Some(status)) => {
            let end = x_for(score);
            if end > PLOT_X.0 {
                pen.rect((PLOT_X.0, y - 10), (end, y + 10), *status.color())?;
            }
            let value = format!("{} {}", status.symbol(), score);
            pen.bold(&value, (end + 6, y), 13.0, status.color(), Anchor::Start)
        }
        _ => pen.text(
            lang.pick("— ยังไม่ได้กรอก", "— not entered"),
            (PLOT_X.0 + 6, y),
            12.0,
            &palette::MUTED,
            Anchor::Start,
        ),
    }
}

fn legend(pen: &Pen, lang: Lang) -> Result<(), ChartError> {
    let y = ROWS_TOP + 10 * ROW + 42;
    let mut x = 16;
    for status in BarStatus::ALL {
        pen.rect((x, y - 7), (x + 14, y + 7), *status.color())?;
        let text = format!("{} {}", status.symbol(), status.label(lang));
        pen.text(&text, (x + 20, y), 13.0, &palette::INK, Anchor::Start)?;
        x += 150;
    }
    Ok(())
}

fn describe(
    evaluation: &Evaluation,
    statuses: &[Option<BarStatus>; 10],
    thresholds: &Thresholds,
    lang: Lang,
) -> String {
    let scored: Vec<(Indicator, Score)> = evaluation
        .lines
        .iter()
        .filter_map(|l| l.score.map(|s| (l.indicator, s)))
        .collect();
    let lines = lang.pick(
        format!(
            "เส้นอ้างอิงที่ {} และ {}",
            thresholds.strength, thresholds.excellent
        ),
        format!(
            "Reference lines at {} and {}",
            thresholds.strength, thresholds.excellent
        ),
    );
    let (Some(high), Some(low)) = (
        scored
            .iter()
            .max_by_key(|(i, s)| (*s, std::cmp::Reverse(*i))),
        scored.iter().min_by_key(|(i, s)| (*s, *i)),
    ) else {
        return lang
            .pick(
                "แผนภูมิแท่งคะแนน 10 ตัวชี้วัด ยังไม่มีคะแนน",
                "Bar chart of the ten indicators: no score entered yet",
            )
            .to_owned();
    };
    let count = |wanted: &[BarStatus]| {
        statuses
            .iter()
            .flatten()
            .filter(|s| wanted.contains(s))
            .count()
    };
    let strong = count(&[BarStatus::Excellent, BarStatus::Strength]);
    let weak = count(&[BarStatus::ToDevelop, BarStatus::Urgent]);
    lang.pick(
        format!(
            "แผนภูมิแท่งคะแนนตัวชี้วัดที่กรอกแล้ว {} จาก 10 ตัว สูงสุด {} ({}) ต่ำสุด {} ({}) ถึงเกณฑ์จุดแข็ง {} ตัว ควรพัฒนา {} ตัว {lines}",
            scored.len(), high.0, high.1, low.0, low.1, strong, weak
        ),
        format!(
            "Bar chart of {} of 10 indicator scores: highest {} ({}), lowest {} ({}); {} meet the strength line, {} to develop. {lines}",
            scored.len(), high.0, high.1, low.0, low.1, strong, weak
        ),
    )
}
