//! The paragraphs the app drafts for the documents: forewords, rationales, preambles, the
//! declaration's clauses, closings and report openings. Each is written in plain official
//! Thai (and English) with the organisation, years and figures filled in; the user can
//! rewrite any of them, and "back to the default" brings the app's text back.

use crate::{result_phrase, DocContext, DocKind};
use ita_domain::measures::texts;

/// One drafted text of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Stable id (`analysis.foreword`): the key it is saved under.
    pub id: &'static str,
    /// What it is, as the editor labels it.
    pub label: &'static str,
    /// The app's text.
    pub default: String,
    /// What the document shows: the user's text where rewritten, the app's otherwise.
    pub current: String,
}

impl Draft {
    /// Whether the user's text differs from the app's.
    pub fn edited(&self) -> bool {
        self.current != self.default
    }
}

/// The six areas of the executive's declaration, in order: id and label in Thai and English
/// (their texts are drafts of the long texts).
const DECLARATION_CLAUSES: [(&str, &str, &str); 6] = [
    (
        "declaration.transparency",
        "ข้อ 1 ด้านความโปร่งใส",
        "1. Transparency",
    ),
    (
        "declaration.accountability",
        "ข้อ 2 ด้านความพร้อมรับผิด",
        "2. Accountability",
    ),
    (
        "declaration.corruption_free",
        "ข้อ 3 ด้านความปลอดจากการทุจริตในการปฏิบัติงาน",
        "3. Work free of corruption",
    ),
    (
        "declaration.culture",
        "ข้อ 4 ด้านวัฒนธรรมคุณธรรมในองค์กร",
        "4. A culture of integrity",
    ),
    (
        "declaration.work",
        "ข้อ 5 ด้านคุณธรรมการทำงานในหน่วยงาน",
        "5. Integrity at work",
    ),
    (
        "declaration.communication",
        "ข้อ 6 ด้านการสื่อสารภายในหน่วยงาน",
        "6. Internal communication",
    ),
];

/// The ids of the declaration's clauses, in order.
pub fn declaration_clause_ids() -> impl Iterator<Item = &'static str> {
    DECLARATION_CLAUSES.iter().map(|c| c.0)
}

/// The figures a template names, by name.
type Figures = Vec<(&'static str, String)>;

/// Every drafted text of a document, in the order the document shows them. The app's texts
/// are templates among the long texts (`ita_domain::measures::texts::draft`), loaded before any
/// document is built (`crate::build`).
pub fn drafts(kind: DocKind, context: &DocContext) -> Vec<Draft> {
    let lang = context.lang;
    let org = context.org();
    let (n, next) = (
        context.results_year().to_string(),
        context.plan_year().to_string(),
    );
    let results = context
        .outcome()
        .map(|(total, outcome)| result_phrase(&total, &outcome, lang));
    // Each draft: its id, its label, and the figures its template names.
    let mut list: Vec<(&'static str, &'static str, Figures)> = Vec::new();
    match kind {
        DocKind::Analysis => {
            let results = results
                .as_ref()
                .map(|r| lang.pick(format!(" ซึ่ง{r}"), format!(", in which it {r}")))
                .unwrap_or_default();
            list.push((
                "analysis.foreword",
                lang.pick("คำนำ", "Foreword"),
                vec![("results", results)],
            ));
            list.push((
                "analysis.rationale",
                lang.pick("หลักการและเหตุผล", "Background"),
                Vec::new(),
            ));
        }
        DocKind::Announcement => {
            let results = results
                .as_ref()
                .map(|r| lang.pick(format!(" ซึ่ง{org}{r}"), format!(", in which {org} {r}")))
                .unwrap_or_default();
            list.push((
                "announcement.preamble",
                lang.pick("อารัมภบท", "Preamble"),
                vec![("results", results)],
            ));
            list.push((
                "announcement.closing",
                lang.pick("ข้อความปิดท้าย", "Closing"),
                Vec::new(),
            ));
        }
        DocKind::Declaration => {
            let executive = &context.book.organisation.approved_by;
            let name = crate::name_or_blank(&executive.name);
            let position = crate::name_or_blank(&executive.position);
            list.push((
                "declaration.preamble",
                lang.pick("อารัมภบท", "Preamble"),
                vec![
                    ("name", name.to_string()),
                    ("position", position.to_string()),
                ],
            ));
            for (id, th, en) in DECLARATION_CLAUSES {
                list.push((id, lang.pick(th, en), Vec::new()));
            }
            list.push((
                "declaration.closing",
                lang.pick("ข้อความปิดท้าย", "Closing"),
                Vec::new(),
            ));
        }
        DocKind::Report => {
            let round = context.year.documents.round();
            let count = context.year.measures.len();
            let period = crate::thai::months_of_fiscal_year(context.plan_year(), 1, round, lang);
            let that_year = context
                .book
                .year(context.plan_year())
                .and_then(|a| crate::total_and_outcome(a.evaluation().ok().as_ref()));
            let later = that_year
                .map(|(total, outcome)| {
                    let r = result_phrase(&total, &outcome, lang);
                    lang.pick(
                        format!("\nทั้งนี้ ในการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {next} {org}{r}"),
                        format!("\nIn the ITA of fiscal year {next} B.E., {org} {r}."),
                    )
                })
                .unwrap_or_default();
            let results = results
                .as_ref()
                .map(|r| lang.pick(format!(" ที่{r}"), format!(", in which it {r}")))
                .unwrap_or_default();
            list.push((
                "report.opening",
                lang.pick("ย่อหน้าเปิด", "Opening"),
                vec![
                    ("results", results),
                    ("later", later),
                    ("count", count.to_string()),
                    ("round", round.to_string()),
                    ("period", period),
                ],
            ));
            // Only the agency can say what got in its way: the app drafts nothing, and the
            // report leaves lines to write on until the agency does.
            list.push((
                "report.issues",
                lang.pick("ปัญหา อุปสรรค และข้อเสนอแนะ", "Problems and suggestions"),
                Vec::new(),
            ));
        }
    }
    let saved = &context.year.documents.texts;
    list.into_iter()
        .map(|(id, label, mut figures)| {
            figures.extend([
                ("org", org.to_string()),
                ("n", n.clone()),
                ("next", next.clone()),
            ]);
            let default = texts::draft(id)
                .map(|template| fill(template.get(lang), &figures))
                .unwrap_or_default();
            Draft {
                id,
                label,
                current: saved.get(id).cloned().unwrap_or_else(|| default.clone()),
                default,
            }
        })
        .collect()
}

/// A template with its `{name}`s replaced by the figures of those names and `{br}` by a line
/// break; anything else in braces stays as written.
fn fill(template: &str, figures: &[(&'static str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = match name {
                "br" => "\n",
                _ => figures.iter().find(|(k, _)| *k == name)?.1.as_str(),
            };
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ita_domain::example::workbook;
    use ita_domain::Lang;

    #[test]
    fn every_draft_has_its_template_with_every_figure_filled_in() {
        for lang in [Lang::Th, Lang::En] {
            let book = workbook(lang, false).expect("the texts compiled in");
            let context = DocContext::new(&book);
            for kind in [
                DocKind::Analysis,
                DocKind::Announcement,
                DocKind::Declaration,
                DocKind::Report,
            ] {
                for draft in drafts(kind, &context) {
                    let text = &draft.default;
                    if draft.id == "report.issues" {
                        assert_eq!(text, "");
                        continue;
                    }
                    assert!(text.len() > 100, "{} in {lang:?}", draft.id);
                    assert!(!text.contains(['{', '}']), "{}: {text}", draft.id);
                    if draft.id.ends_with("preamble") || draft.id == "analysis.foreword" {
                        assert!(
                            text.contains(book.organisation.name.as_str()),
                            "{}",
                            draft.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_template_takes_its_figures_and_line_breaks_and_keeps_other_braces() {
        let figures = [
            ("org", "เทศบาลตำบลตัวอย่าง".to_owned()),
            ("n", "2568".to_owned()),
        ];
        assert_eq!(
            fill("{org} ปี {n}{br}{unknown} {", &figures),
            "เทศบาลตำบลตัวอย่าง ปี 2568\n{unknown} {"
        );
    }
}
