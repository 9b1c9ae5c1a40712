//! ประกาศเจตจำนงสุจริตของผู้บริหาร of year N + 1: the executive's declaration to run the
//! agency honestly, as six numbered clauses (transparency, accountability, work free of
//! corruption, a culture of integrity, integrity at work, internal communication), dated and
//! signed by the executive. Every paragraph and clause is a draft the user can rewrite.

use crate::drafts::declaration_clause_ids;
use crate::thai::announced_on;
use crate::{Block, Clause, DocContext, DocKind, Document, ParaStyle, Paragraph};

pub(super) fn build(context: &DocContext) -> Document {
    let lang = context.lang;
    let next = context.plan_year();
    let subject = lang.pick(
        format!("เรื่อง ประกาศเจตจำนงสุจริตของผู้บริหาร ประจำปีงบประมาณ พ.ศ. {next}"),
        format!("Subject: the executive's declaration of integrity, fiscal year {next} B.E."),
    );
    let (title, mut blocks) = context.announcement_head(subject);
    blocks.extend(context.drafted_blocks("declaration.preamble"));
    for (k, id) in declaration_clause_ids().enumerate() {
        blocks.push(Block::Clause(Clause {
            number: format!("{}.", k + 1),
            text: context.drafted_text(id),
            depth: 0,
            draft: Some(id),
        }));
    }
    blocks.extend(context.drafted_blocks("declaration.closing"));
    blocks.push(Block::Paragraph(Paragraph::new(
        ParaStyle::DateLine,
        announced_on(context.year.documents.date(DocKind::Declaration), lang),
    )));
    blocks.push(context.executive_signature("", None));
    Document {
        kind: DocKind::Declaration,
        lang,
        title,
        organisation: context.book.organisation.name.clone(),
        fiscal_year: next,
        thai_digits: false,
        landscape: false,
        blocks,
    }
}
