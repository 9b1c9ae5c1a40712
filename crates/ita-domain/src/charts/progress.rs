//! Chart 5: how the year's measures are going, round by round: one row per planned measure,
//! one cell per monitoring round, marked by shape as well as colour.

use crate::charts::canvas::{draw, fit, palette, Anchor, Pen};
use crate::charts::{Chart, ChartContext, ChartError, DataTable};
use crate::{Lang, PlannedMeasure, Status};
use plotters::style::RGBColor;

const ROUNDS: [u8; 4] = [3, 6, 9, 12];
const NAME_X: i32 = 16;
const FIRST_CELL: i32 = 330;
const CELL: i32 = 74;
const TOP: i32 = 92;
const ROW: i32 = 30;

fn status_style(status: Status) -> (&'static RGBColor, &'static str) {
    match status {
        Status::NotStarted => (&palette::GREY, "○"),
        Status::InProgress => (&palette::ORANGE, "◐"),
        Status::Done => (&palette::GREEN, "●"),
    }
}

/// The chart's height for `rows` measures.
pub fn height(rows: usize) -> u32 {
    (TOP + ROW * rows.max(1) as i32 + 60) as u32
}

/// Draws the plan's progress. Measure names are user text: plotters escapes them.
pub fn progress_chart(
    context: &ChartContext,
    plan: &[PlannedMeasure],
) -> Result<Chart, ChartError> {
    let lang = context.lang;
    let title = lang
        .pick("ความคืบหน้าของมาตรการ", "Progress on the measures")
        .to_owned();
    let full_title = format!("{title} · {}", context.subtitle());
    let untitled = lang.pick("(ยังไม่ได้ตั้งชื่อ)", "(untitled)");
    let name_of = |m: &PlannedMeasure| {
        if m.name.trim().is_empty() {
            untitled.to_owned()
        } else {
            m.name.clone()
        }
    };
    let description = describe(plan, lang);

    let svg = draw(
        "chart-progress",
        (640, height(plan.len())),
        &full_title,
        &description,
        |pen| {
            pen.heading(&title, &fit(&context.subtitle(), 70))?;
            for (n, month) in ROUNDS.iter().enumerate() {
                let x = FIRST_CELL + CELL * n as i32 + CELL / 2;
                let caption = lang.pick(format!("{month} เดือน"), format!("{month} months"));
                pen.bold(&caption, (x, TOP - 14), 12.0, &palette::INK, Anchor::Middle)?;
            }
            if plan.is_empty() {
                return pen.text(
                    lang.pick("ยังไม่มีมาตรการในแผน", "No measure in the plan yet"),
                    (NAME_X, TOP + ROW / 2),
                    14.0,
                    &palette::MUTED,
                    Anchor::Start,
                );
            }
            for (row, measure) in plan.iter().enumerate() {
                measure_row(pen, measure, &name_of(measure), TOP + ROW * row as i32)?;
            }
            legend(pen, TOP + ROW * plan.len() as i32 + 30, lang)
        },
    )?;

    let mut columns = vec![lang.pick("มาตรการ", "Measure").to_owned()];
    columns.extend(
        ROUNDS
            .iter()
            .map(|m| lang.pick(format!("รอบ {m} เดือน"), format!("{m} months"))),
    );
    let rows = plan
        .iter()
        .map(|m| {
            let rounds = m.rounds();
            let mut row = vec![name_of(m)];
            row.extend(ROUNDS.iter().map(|month| match rounds.contains(month) {
                true => m.round(*month).status.label(lang).to_owned(),
                false => "—".to_owned(),
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

fn measure_row(
    pen: &Pen,
    measure: &PlannedMeasure,
    name: &str,
    top: i32,
) -> Result<(), ChartError> {
    let y = top + ROW / 2;
    pen.text(
        &fit(name, 40),
        (NAME_X, y),
        13.0,
        &palette::INK,
        Anchor::Start,
    )?;
    let rounds = measure.rounds();
    for (n, month) in ROUNDS.iter().enumerate() {
        let x0 = FIRST_CELL + CELL * n as i32;
        if !rounds.contains(month) {
            pen.text(
                "—",
                (x0 + CELL / 2, y),
                13.0,
                &palette::GRID,
                Anchor::Middle,
            )?;
            continue;
        }
        let status = measure.round(*month).status;
        let (colour, symbol) = status_style(status);
        pen.rect(
            (x0 + 4, top + 4),
            (x0 + CELL - 4, top + ROW - 4),
            palette::TRACK,
        )?;
        pen.outline(
            (x0 + 4, top + 4),
            (x0 + CELL - 4, top + ROW - 4),
            *colour,
            2,
        )?;
        pen.bold(symbol, (x0 + CELL / 2, y), 18.0, colour, Anchor::Middle)?;
    }
    Ok(())
}

fn legend(pen: &Pen, y: i32, lang: Lang) -> Result<(), ChartError> {
    let mut x = NAME_X;
    for status in Status::ALL {
        let (colour, symbol) = status_style(status);
        pen.bold(symbol, (x, y), 14.0, colour, Anchor::Start)?;
        pen.text(
            status.label(lang),
            (x + 20, y),
            13.0,
            &palette::INK,
            Anchor::Start,
        )?;
        x += 190;
    }
    Ok(())
}

fn describe(plan: &[PlannedMeasure], lang: Lang) -> String {
    if plan.is_empty() {
        return lang
            .pick("ยังไม่มีมาตรการในแผน", "There is no measure in the plan yet")
            .to_owned();
    }
    let done = plan
        .iter()
        .filter(|m| {
            m.rounds()
                .last()
                .is_some_and(|&last| m.round(last).status == Status::Done)
        })
        .count();
    lang.pick(
        format!(
            "สถานะของมาตรการ {} มาตรการในแต่ละรอบรายงาน ดำเนินการครบรอบสุดท้ายแล้ว {done} มาตรการ",
            plan.len()
        ),
        format!(
            "Status of {} measures at each reporting round; {done} done at their last round",
            plan.len()
        ),
    )
}
