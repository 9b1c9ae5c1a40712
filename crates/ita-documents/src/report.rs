//! รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน of year N + 1,
//! at the round the user picks (6 or 12 months): an opening paragraph (quoting that year's ITA
//! result where the app has it), a table with a two-level header (ผลการดำเนินการ split into
//! ผลผลิต and ผลลัพธ์) whose rows hold the rounds recorded up to the chosen one, how many
//! measures are done, under way and not started, the progress chart, and the signatures.

use crate::analysis::non_empty;
use crate::thai::{dated, months_of_fiscal_year};
use crate::{
    Block, Cell, DocContext, DocKind, Document, Image, ParaStyle, Paragraph, Table, TableText,
};
use ita_domain::charts::{progress, progress_chart, ChartContext};
use ita_domain::{Lang, PlannedMeasure, RoundReport, Status};

/// Where a measure stands at a round: the status of its latest round recorded up to it.
pub fn status_at(measure: &PlannedMeasure, round: u8) -> Status {
    measure
        .progress
        .up_to(&round)
        .next_back()
        .map_or(Status::NotStarted, |(_, report)| report.status)
}

pub(super) fn build(context: &DocContext) -> Document {
    let lang = context.lang;
    let next = context.plan_year();
    let round = context.year.documents.round();
    let plan = &context.year.measures;
    let title = lang
        .pick(
            "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "Report on the internal measures to promote integrity and transparency",
        )
        .to_owned();
    let when = lang.pick(
        format!(
            "ประจำปีงบประมาณ พ.ศ. {next} รอบ {round} เดือน ({})",
            months_of_fiscal_year(next, 1, round, lang)
        ),
        format!(
            "Fiscal year {next} B.E., {round}-month round ({})",
            months_of_fiscal_year(next, 1, round, lang)
        ),
    );
    let mut blocks = vec![context.title(vec![title.clone(), when.clone()], true)];
    blocks.extend(context.drafted_blocks("report.opening"));
    blocks.push(Block::Heading(lang.pick(
        format!("1. ผลการดำเนินการตามมาตรการ ณ รอบ {round} เดือน"),
        format!("1. What was done under each measure, at {round} months"),
    )));
    blocks.push(Block::Table(table(plan, round, lang)));
    blocks.push(Block::Heading(
        lang.pick("2. สรุปผลการดำเนินการ", "2. Summary").to_owned(),
    ));

    let count = |status: Status| {
        plan.iter()
            .filter(|m| status_at(m, round) == status)
            .count()
    };
    let (done, going, waiting) = (
        count(Status::Done),
        count(Status::InProgress),
        count(Status::NotStarted),
    );
    blocks.push(Block::Paragraph(Paragraph::new(
        ParaStyle::Body,
        lang.pick(
            format!(
                "สรุปผล ณ รอบ {round} เดือน: มาตรการทั้งหมด {} มาตรการ ดำเนินการแล้ว {done} มาตรการ อยู่ระหว่างดำเนินการ {going} มาตรการ และยังไม่เริ่มดำเนินการ {waiting} มาตรการ",
                plan.len()
            ),
            format!(
                "At the {round}-month round: {} measures in all; {done} done, {going} in progress and {waiting} not started.",
                plan.len()
            ),
        ),
    )));
    if !plan.is_empty() {
        let chart = ChartContext {
            lang,
            organisation: &context.book.organisation.name,
            fiscal_year: next,
        };
        if let Ok(chart) = progress_chart(&chart, plan) {
            blocks.push(Block::Image(Image {
                svg: chart.svg,
                size: (640, progress::height(plan.len())),
                alt: chart.description,
                width_percent: 100,
            }));
            blocks.push(Block::Paragraph(Paragraph::new(
                ParaStyle::Note,
                lang.pick(
                    format!("แผนภูมิที่ 1 ความคืบหน้าของมาตรการ ปีงบประมาณ พ.ศ. {next}"),
                    format!("Chart 1. Progress on the measures, fiscal year {next} B.E."),
                ),
            )));
        }
    }
    blocks.push(Block::Heading(
        lang.pick(
            "3. ปัญหา อุปสรรค และข้อเสนอแนะ",
            "3. Problems, obstacles and suggestions",
        )
        .to_owned(),
    ));
    blocks.extend(context.drafted_blocks("report.issues"));
    let date = dated(context.year.documents.date(DocKind::Report), lang);
    blocks.push(context.preparer_signature(lang.pick("ผู้รายงาน", "Reported by"), Some(date)));
    blocks.push(context.executive_signature(lang.pick("ผู้บริหาร", "Executive"), None));
    Document {
        kind: DocKind::Report,
        lang,
        title: format!("{title} {when}"),
        organisation: context.book.organisation.name.clone(),
        fiscal_year: next,
        thai_digits: false,
        landscape: true,
        blocks,
    }
}

/// The rounds of a measure recorded up to `round`, in order.
fn recorded(measure: &PlannedMeasure, round: u8) -> Vec<(u8, &RoundReport)> {
    measure
        .progress
        .up_to(&round)
        .map(|(&month, report)| (month, report))
        .collect()
}

fn table(plan: &[PlannedMeasure], round: u8, lang: Lang) -> Table {
    let rows = plan
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let rounds = recorded(m, round);
            // With more than one round shown, each entry says which round it is.
            let several = rounds.len() > 1;
            let column = |field: fn(&RoundReport) -> &str| -> Vec<String> {
                rounds
                    .iter()
                    .filter(|(_, r)| !field(r).trim().is_empty())
                    .map(|(month, r)| {
                        let text = field(r).trim();
                        if several {
                            lang.pick(
                                format!("รอบ {month} เดือน: {text}"),
                                format!("{month} months: {text}"),
                            )
                        } else {
                            text.to_owned()
                        }
                    })
                    .collect()
            };
            let mut detail = column(|r| &r.done);
            if rounds.is_empty() {
                detail.push(lang.pick("ยังไม่ได้บันทึกผล", "Not recorded yet").to_owned());
            }
            vec![
                Cell::lines(vec![
                    format!("{}. {}", k + 1, non_empty(&m.name, lang)),
                    format!(
                        "({}: {})",
                        lang.pick("สถานะ", "status"),
                        status_at(m, round).label(lang)
                    ),
                ]),
                Cell::lines(detail),
                Cell::text(m.responsible.trim()),
                Cell::text(m.period.trim()),
                Cell::lines(column(|r| &r.outputs)),
                Cell::lines(column(|r| &r.outcomes)),
                Cell::lines(column(|r| &r.notes)),
            ]
        })
        .collect();
    let header = |th: &str, en: &str| Cell::header(lang.pick(th, en));
    Table {
        widths: vec![17, 21, 12, 13, 14, 14, 9],
        header: vec![
            vec![
                header("มาตรการ", "Measure").span(1, 2),
                header("รายละเอียดการดำเนินงาน", "What was done").span(1, 2),
                header("ผู้รับผิดชอบ", "Responsible").span(1, 2),
                header("ระยะเวลา", "Period").span(1, 2),
                header("ผลการดำเนินการ", "Results").span(2, 1),
                header("หมายเหตุ", "Notes").span(1, 2),
            ],
            vec![header("ผลผลิต", "Outputs"), header("ผลลัพธ์", "Outcomes")],
        ],
        rows,
        text: TableText::Small,
    }
}
