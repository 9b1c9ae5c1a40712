//! The documents an agency publishes from its results (ITA.md §1): the analysis report, the
//! measures announcement, the executive's integrity declaration and the implementation report.
//!
//! Each is built from the workbook as a [`Document`] (blocks, not markup); the UI renders it
//! as A4 sheets and the Word writer as WordprocessingML. Which year each document names is
//! decided here, once: the results of fiscal year N (the open assessment) are analysed in the
//! analysis of N, and lead to the measures of N + 1 ([`Assessment::plan_year`]), which the
//! announcement, the declaration and the implementation report name.
//!
//! A crate of its own, beside the domain (`ita-domain`) it reads: plain Rust, no web crates,
//! and optimised for size (Cargo.toml), since documents are built seldom and the roll-up never
//! builds one. Which document ([`DocKind`]) and the user's settings for them
//! ([`DocumentInputs`]) are the domain's, saved with the year: they are re-exported here.

mod analysis;
mod announcement;
mod declaration;
pub mod docx;
pub mod drafts;
pub mod model;
pub mod paginate;
mod report;
pub mod zip;

use ita_domain::workbook::{Assessment, Person, Workbook};
use ita_domain::{Evaluation, Lang, Outcome, Province, ResultRule};

pub use drafts::{drafts, Draft};
pub use ita_domain::documents::{thai, Date, DocKind, DocumentInputs, TextMap, REPORT_ROUNDS};
pub use model::{
    Align, Block, Cell, Clause, Document, Image, ParaStyle, Paragraph, Signature, Table, TableText,
};

/// Where in the app something a document lacks is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// The organisation card (name, district, province).
    Organisation,
    /// The people named on the documents (under the organisation).
    People,
    /// The score form.
    Scores,
    /// The framework panel.
    Framework,
    /// The analysis settings.
    Thresholds,
    /// The measures plan and its rounds.
    Measures,
    /// The document's own settings in the documents view.
    DocumentSettings,
}

/// Something a document still lacks: it is shown all the same, with blanks or placeholders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// What is missing, in the user's language.
    pub what: String,
    /// Where it is entered.
    pub place: Place,
}

/// What a document needs, read from the workbook once.
pub struct DocContext<'a> {
    /// The whole work.
    pub book: &'a Workbook,
    /// The open assessment: the results of year N.
    pub year: &'a Assessment,
    /// The documents' language.
    pub lang: Lang,
    /// The scores under the framework in effect, if there is one.
    pub evaluation: Option<Evaluation>,
    /// Drafted texts, by id: the user's where rewritten, the app's otherwise. A list, looked
    /// through (a few dozen ids): a map of these types would add its own copy of the B-tree
    /// code to the wasm.
    texts: Vec<(&'static str, String)>,
}

impl<'a> DocContext<'a> {
    /// The context of the workbook's open year in the interface language.
    pub fn new(book: &'a Workbook) -> DocContext<'a> {
        let year = book.current();
        let mut context = DocContext {
            book,
            year,
            lang: book.lang,
            evaluation: year.evaluation().ok(),
            texts: Vec::new(),
        };
        for kind in DocKind::ALL {
            for draft in drafts(kind, &context) {
                context.texts.push((draft.id, draft.current));
            }
        }
        context
    }

    /// Picks the Thai or English of a pair.
    fn pick<T>(&self, th: T, en: T) -> T {
        self.lang.pick(th, en)
    }

    /// The results' fiscal year N.
    pub fn results_year(&self) -> u16 {
        self.year.fiscal_year
    }

    /// The plan's fiscal year N + 1.
    pub fn plan_year(&self) -> u16 {
        self.year.plan_year()
    }

    /// The organisation's name, or dotted blanks.
    fn org(&self) -> String {
        name_or_blank(&self.book.organisation.name)
    }

    /// "อำเภอเมือง จังหวัดเชียงใหม่", as much of it as is entered.
    fn location(&self) -> Option<String> {
        let org = &self.book.organisation;
        let district = org.district.trim();
        let province = org.province.trim();
        let lang = self.lang;
        let district = (!district.is_empty()).then(|| match lang {
            Lang::Th
                if ["อำเภอ", "เขต", "อ."]
                    .iter()
                    .any(|p| district.starts_with(p)) =>
            {
                district.to_owned()
            }
            Lang::Th => format!("อำเภอ{district}"),
            Lang::En => format!("{district} District"),
        });
        let province = (!province.is_empty()).then(|| {
            let known = Province::find(province);
            match lang {
                Lang::Th => match known.map(|p| p.th) {
                    Some("กรุงเทพมหานคร") => "กรุงเทพมหานคร".to_owned(),
                    Some(name) => format!("จังหวัด{name}"),
                    None if province.starts_with("จังหวัด") => province.to_owned(),
                    None => format!("จังหวัด{province}"),
                },
                Lang::En => match known.map(|p| p.en) {
                    Some(name) => format!("{name} Province"),
                    None => province.to_owned(),
                },
            }
        });
        let parts: Vec<String> = [district, province].into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join(self.pick(" ", ", ")))
    }

    /// The drafted text of an id.
    fn text(&self, id: &str) -> &str {
        self.texts
            .iter()
            .find(|(known, _)| *known == id)
            .map_or("", |(_, text)| text)
    }

    /// The drafted text of an id, split into its paragraphs.
    fn drafted(&self, id: &'static str) -> Vec<Paragraph> {
        let text = self.text(id);
        let mut paragraphs: Vec<Paragraph> = text
            .split('\n')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| Paragraph {
                text: p.to_owned(),
                style: ParaStyle::Body,
                draft: Some(id),
            })
            .collect();
        if paragraphs.is_empty() {
            // A draft the user emptied still has a place on the page (to click and rewrite).
            paragraphs.push(Paragraph {
                text: thai::BLANK.to_owned(),
                style: ParaStyle::Body,
                draft: Some(id),
            });
        }
        paragraphs
    }

    /// The drafted text of an id as blocks of paragraphs.
    fn drafted_blocks(&self, id: &'static str) -> impl Iterator<Item = Block> {
        self.drafted(id).into_iter().map(Block::Paragraph)
    }

    /// The head of an announcement: "ประกาศ [organisation]", its subject, the rule under it.
    fn announcement_head(&self, subject: String) -> (String, Vec<Block>) {
        let org = self.org();
        let heading = self.pick(format!("ประกาศ{org}"), format!("Announcement of {org}"));
        let title = format!("{heading} {subject}");
        (
            title,
            vec![self.title(vec![heading, subject], false), Block::Rule],
        )
    }

    /// The drafted text of an id as one string (for a clause).
    fn drafted_text(&self, id: &'static str) -> String {
        let text = self.text(id);
        match text.trim() {
            "" => thai::BLANK.to_owned(),
            text => text.to_owned(),
        }
    }

    /// The total and result, if all ten scores are in.
    fn outcome(&self) -> Option<(String, Outcome)> {
        total_and_outcome(self.evaluation.as_ref())
    }

    /// The title block: the document's title lines, then the organisation and where it is.
    fn title(&self, lines: Vec<String>, with_org: bool) -> Block {
        let mut all = lines;
        if with_org {
            all.push(self.org());
        }
        if let Some(location) = self.location() {
            all.push(location);
        }
        Block::Title(all)
    }

    /// The executive's signature.
    fn executive_signature(&self, role: &str, date: Option<String>) -> Block {
        signature(&self.book.organisation.approved_by, role, date)
    }

    /// The preparer's signature.
    fn preparer_signature(&self, role: &str, date: Option<String>) -> Block {
        signature(&self.book.organisation.prepared_by, role, date)
    }
}

fn signature(person: &Person, role: &str, date: Option<String>) -> Block {
    Block::Signature(Signature {
        name: person.name.trim().to_owned(),
        position: person.position.trim().to_owned(),
        role: role.to_owned(),
        date,
    })
}

/// Lines numbered 1., 2., … (empty ones left out): a measure's steps in a table cell.
fn numbered(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .enumerate()
        .map(|(k, s)| format!("{}. {s}", k + 1))
        .collect()
}

/// The name as entered, or dotted blanks to fill in by hand.
fn name_or_blank(name: &str) -> String {
    match name.trim() {
        "" => thai::BLANK.to_owned(),
        name => name.to_owned(),
    }
}

/// The total rounded to two decimals and the outcome, once all ten scores are in.
pub fn total_and_outcome(evaluation: Option<&Evaluation>) -> Option<(String, Outcome)> {
    let evaluation = evaluation?;
    Some((
        evaluation.total_rounded()?.to_string(),
        evaluation.outcome()?,
    ))
}

/// "ได้คะแนนรวม 80.00 คะแนน ผลการประเมินอยู่ในระดับ B" and its English, for drafted text.
pub fn result_phrase(total: &str, outcome: &Outcome, lang: Lang) -> String {
    match (outcome.rule, lang) {
        (ResultRule::Levels, Lang::Th) => format!(
            "ได้คะแนนรวม {total} คะแนน ผลการประเมินอยู่ในระดับ {}",
            outcome.level.label()
        ),
        (ResultRule::Levels, Lang::En) => format!(
            "scored a total of {total} points, at level {}",
            outcome.level.label()
        ),
        (ResultRule::PassMark, Lang::Th) => format!(
            "ได้คะแนนรวม {total} คะแนน ผลการประเมิน{}เกณฑ์ 85 คะแนน (ระดับ {})",
            outcome.label(lang),
            outcome.level.label()
        ),
        (ResultRule::PassMark, Lang::En) => format!(
            "scored a total of {total} points, {} against the pass mark of 85 (level {})",
            if outcome.passed {
                "a pass"
            } else {
                "not a pass"
            },
            outcome.level.label()
        ),
    }
}

/// Builds a document of the workbook's open year, in the interface language, with Thai
/// digits when the user asked for them. Call it once the long texts are loaded
/// (`ita_domain::measures::texts::loaded`): the analysis quotes the indicators' explanations
/// from them, as it takes the adopted measures' texts from the workbook.
pub fn build(kind: DocKind, book: &Workbook) -> Document {
    let context = DocContext::new(book);
    let mut document = match kind {
        DocKind::Analysis => analysis::build(&context),
        DocKind::Announcement => announcement::build(&context),
        DocKind::Declaration => declaration::build(&context),
        DocKind::Report => report::build(&context),
    };
    if book.example {
        // The example to try says so on every document, at the top.
        document.blocks.insert(
            0,
            Block::Paragraph(Paragraph::new(
                ParaStyle::Note,
                book.lang.pick(
                    "ข้อมูลตัวอย่างเพื่อทดลองใช้ ไม่ใช่ผลการประเมินของหน่วยงานจริง",
                    "Example data to try the app: not a real agency's results",
                ),
            )),
        );
    }
    if book.thai_digits {
        document.map_text(thai::thai_digits, thai::thai_digits_in_markup);
        document.thai_digits = true;
    }
    document
}

/// What a document of the open year still lacks, with where to enter it.
pub fn missing(kind: DocKind, book: &Workbook) -> Vec<Missing> {
    let lang = book.lang;
    let year = book.current();
    let org = &book.organisation;
    let mut out = Vec::new();
    let mut need = |lacking: bool, th: &str, en: &str, place: Place| {
        if lacking {
            out.push(Missing {
                what: lang.pick(th, en).to_owned(),
                place,
            });
        }
    };
    need(
        org.name.trim().is_empty(),
        "ยังไม่ได้กรอกชื่อหน่วยงาน",
        "The organisation's name is not entered",
        Place::Organisation,
    );
    let executive = matches!(kind, DocKind::Announcement | DocKind::Declaration);
    let preparer = matches!(kind, DocKind::Analysis | DocKind::Report);
    need(
        executive && org.approved_by.name.trim().is_empty(),
        "ยังไม่ได้กรอกชื่อผู้บริหารผู้ลงนาม",
        "The signing executive's name is not entered",
        Place::People,
    );
    need(
        preparer && org.prepared_by.name.trim().is_empty(),
        "ยังไม่ได้กรอกชื่อผู้จัดทำ",
        "The preparer's name is not entered",
        Place::People,
    );
    match kind {
        DocKind::Analysis => {
            match year.evaluation() {
                Err(_) => need(
                    true,
                    "ยังไม่มีกรอบการประเมินที่ใช้ได้สำหรับปีนี้",
                    "There is no usable framework for this year",
                    Place::Framework,
                ),
                Ok(evaluation) => need(
                    !evaluation.is_complete(),
                    &format!("กรอกคะแนนแล้ว {} จาก 10 ตัวชี้วัด", evaluation.entered()),
                    &format!("{} of 10 scores entered", evaluation.entered()),
                    Place::Scores,
                ),
            }
            need(
                book.thresholds.thresholds().is_err(),
                "เกณฑ์การวิเคราะห์ยังไม่ถูกต้อง",
                "The analysis thresholds are not valid",
                Place::Thresholds,
            );
            need(
                year.measures.is_empty(),
                "ยังไม่ได้เลือกมาตรการ (รายงานจะแสดงมาตรการที่แนะนำแทน)",
                "No measures adopted yet (the report shows the suggested ones instead)",
                Place::Measures,
            );
        }
        DocKind::Announcement | DocKind::Declaration => {
            need(
                kind == DocKind::Announcement && year.measures.is_empty(),
                "ยังไม่ได้เลือกมาตรการ",
                "No measures adopted yet",
                Place::Measures,
            );
            need(
                year.documents.date(kind).is_none(),
                "ยังไม่ได้กำหนดวันที่ประกาศ (เว้นไว้ให้เขียนด้วยมือ)",
                "No date set (left blank to write by hand)",
                Place::DocumentSettings,
            );
        }
        DocKind::Report => {
            let round = year.documents.round();
            need(
                year.measures.is_empty(),
                "ยังไม่ได้เลือกมาตรการ",
                "No measures adopted yet",
                Place::Measures,
            );
            let unrecorded = year
                .measures
                .iter()
                .filter(|m| m.progress.up_to(&round).next().is_none())
                .count();
            need(
                unrecorded > 0,
                &format!("ยังไม่ได้บันทึกผลรอบ {round} เดือน {unrecorded} มาตรการ"),
                &format!("No round up to {round} months recorded for {unrecorded} measure(s)"),
                Place::Measures,
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ita_domain::example::workbook;

    #[test]
    fn with_no_measures_adopted_the_analysis_recommends_the_suggested_ones_written_out() {
        let mut book = workbook(Lang::Th, false).expect("the texts compiled in");
        book.current_mut().measures.clear();
        let evaluation = book.current().evaluation().expect("a framework");
        let thresholds = book.thresholds.thresholds().expect("valid thresholds");
        let analysis = ita_domain::analyse(&evaluation, &thresholds).expect("an analysis");
        let suggested = ita_domain::suggest(&analysis);
        assert!(!suggested.is_empty());
        let text = build(DocKind::Analysis, &book).plain_text().join("\n");
        for s in &suggested {
            let texts = s.measure.texts().expect("loaded");
            assert!(text.contains(s.measure.name.th), "{}", s.measure.id);
            assert!(text.contains(texts.guideline.th), "{}", s.measure.id);
            assert!(text.contains(texts.responsible.th), "{}", s.measure.id);
            assert!(
                text.contains(&format!("1. {}", texts.steps[0].th)),
                "{}",
                s.measure.id
            );
        }
    }

    #[test]
    fn the_example_has_three_complete_years_and_every_document_is_complete() {
        let book = workbook(Lang::Th, false).expect("the texts compiled in");
        assert!(book.example);
        assert_eq!(book.years.len(), 3);
        for year in &book.years {
            let evaluation = year.evaluation().expect("a framework");
            assert!(evaluation.is_complete(), "{}", year.fiscal_year);
        }
        assert_eq!(book.current().fiscal_year, 2567);
        assert_eq!(book.current().measures.len(), 4);
        for kind in DocKind::ALL {
            let lacking = missing(kind, &book);
            let dates_only = lacking.iter().all(|m| m.place == Place::DocumentSettings);
            assert!(dates_only, "{kind:?}: {lacking:?}");
            let text = build(kind, &book).plain_text().join("\n");
            assert!(
                text.contains("ข้อมูลตัวอย่าง"),
                "{kind:?} says it is an example"
            );
        }
    }
}
