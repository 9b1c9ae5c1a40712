//! ประกาศ [organisation] เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน of year
//! N + 1: a preamble, each adopted measure as a numbered clause (guideline, steps, responsible
//! unit, period, monitoring), the closing, the date and the executive's signature; then, as
//! agencies publish both, the same measures as a table.

use crate::analysis::non_empty;
use crate::thai::{announced_on, BLANK};
use crate::{
    numbered, Block, Cell, Clause, DocContext, DocKind, Document, ParaStyle, Paragraph, Table,
    TableText,
};
use ita_domain::PlannedMeasure;

pub(super) fn build(context: &DocContext) -> Document {
    let lang = context.lang;
    let next = context.plan_year();
    let org = context.org();
    let subject = lang.pick(
        format!("เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next}"),
        format!("Subject: internal measures to promote integrity and transparency, fiscal year {next} B.E."),
    );
    let (title, mut blocks) = context.announcement_head(subject);
    blocks.extend(context.drafted_blocks("announcement.preamble"));
    let plan = &context.year.measures;
    if plan.is_empty() {
        blocks.push(clause("1.".into(), BLANK.to_owned(), 0));
    }
    for (k, measure) in plan.iter().enumerate() {
        measure_clauses(&mut blocks, k + 1, measure, context);
    }
    blocks.extend(context.drafted_blocks("announcement.closing"));
    let date = context.year.documents.date(DocKind::Announcement);
    blocks.push(Block::Paragraph(Paragraph::new(
        ParaStyle::DateLine,
        announced_on(date, lang),
    )));
    blocks.push(context.executive_signature("", None));

    if context.year.documents.announcement_table {
        blocks.push(Block::PageBreak);
        blocks.push(Block::Title(vec![
            lang.pick(
                format!("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next}"),
                format!("Internal measures to promote integrity and transparency, fiscal year {next} B.E."),
            ),
            org.clone(),
            lang.pick(
                format!(
                    "แนบท้ายประกาศ{org} {}",
                    date.map_or_else(
                        || "ลงวันที่ …………………………".to_owned(),
                        |d| format!("ลงวันที่ {}", d.long(lang))
                    )
                ),
                format!(
                    "Annex to the announcement of {org}, dated {}",
                    date.map_or_else(|| "…………………………".to_owned(), |d| d.long(lang))
                ),
            ),
        ]));
        blocks.push(Block::Table(table(plan, context)));
    }

    Document {
        kind: DocKind::Announcement,
        lang,
        title,
        organisation: context.book.organisation.name.clone(),
        fiscal_year: next,
        thai_digits: false,
        landscape: false,
        blocks,
    }
}

fn clause(number: String, text: String, depth: u8) -> Block {
    Block::Clause(Clause {
        number,
        text,
        depth,
        draft: None,
    })
}

fn or_blank(text: &str) -> String {
    match text.trim() {
        "" => BLANK.to_owned(),
        text => text.to_owned(),
    }
}

/// The filled-in steps of a measure.
pub(super) fn steps(measure: &PlannedMeasure) -> Vec<&str> {
    measure
        .steps
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect()
}

fn measure_clauses(blocks: &mut Vec<Block>, k: usize, m: &PlannedMeasure, context: &DocContext) {
    let lang = context.lang;
    let label = |th: &str, en: &str, text: String| format!("{} {text}", lang.pick(th, en));
    blocks.push(clause(format!("{k}."), non_empty(&m.name, lang), 0));
    blocks.push(clause(
        format!("{k}.1"),
        label("แนวทางการปฏิบัติ:", "Guideline:", or_blank(&m.guideline)),
        1,
    ));
    blocks.push(clause(
        format!("{k}.2"),
        lang.pick("ขั้นตอน/วิธีการปฏิบัติ", "Steps").to_owned(),
        1,
    ));
    let steps = steps(m);
    if steps.is_empty() {
        blocks.push(clause("(1)".into(), BLANK.to_owned(), 2));
    }
    for (j, step) in steps.iter().enumerate() {
        blocks.push(clause(format!("({})", j + 1), (*step).to_owned(), 2));
    }
    blocks.push(clause(
        format!("{k}.3"),
        label("ผู้รับผิดชอบ:", "Responsible:", or_blank(&m.responsible)),
        1,
    ));
    blocks.push(clause(
        format!("{k}.4"),
        label("ระยะเวลาดำเนินการ:", "Period:", or_blank(&m.period)),
        1,
    ));
    blocks.push(clause(
        format!("{k}.5"),
        label(
            "การกำกับติดตาม:",
            "Monitoring:",
            m.rhythm.describe(lang).to_owned(),
        ),
        1,
    ));
}

fn table(plan: &[PlannedMeasure], context: &DocContext) -> Table {
    let lang = context.lang;
    let rows = plan
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let mut first = vec![format!("{}. {}", k + 1, non_empty(&m.name, lang))];
            if !m.guideline.trim().is_empty() {
                first.push(m.guideline.trim().to_owned());
            }
            let steps = numbered(&m.steps);
            vec![
                Cell::lines(first),
                Cell::lines(steps),
                Cell::text(m.responsible.trim()),
                Cell::text(m.period.trim()),
                Cell::text(m.rhythm.describe(lang)),
            ]
        })
        .collect();
    Table {
        widths: vec![25, 39, 12, 12, 12],
        header: vec![vec![
            Cell::header(lang.pick("มาตรการ/แนวทาง", "Measure / guideline")),
            Cell::header(lang.pick("วิธีการดำเนินงาน", "How it is done")),
            Cell::header(lang.pick("ผู้รับผิดชอบ", "Responsible")),
            Cell::header(lang.pick("ระยะเวลาดำเนินการ", "Period")),
            Cell::header(lang.pick("การติดตามผล", "Follow-up")),
        ]],
        rows,
        text: TableText::Small,
    }
}
