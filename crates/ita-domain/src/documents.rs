//! What the four documents an agency publishes (ITA.md §1) need from the domain: which
//! document ([`DocKind`]), the settings the user made for a year's documents
//! ([`DocumentInputs`], saved with the year and carried in the exchange file) and Thai dates.
//! The documents themselves are built and written by the `ita-documents` crate, which is
//! optimised for size: they are built seldom, and the roll-up never reads them.

pub mod thai;

use crate::list_map::ListMap;
use crate::Lang;

pub use thai::Date;

/// The four documents an agency publishes from its results (ITA.md §1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    /// รายงานการวิเคราะห์ผลการประเมิน ITA (year N).
    #[default]
    Analysis,
    /// ประกาศ มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (year N + 1).
    Announcement,
    /// ประกาศเจตจำนงสุจริตของผู้บริหาร (year N + 1).
    Declaration,
    /// รายงานผลการดำเนินการตามมาตรการ (year N + 1, by round).
    Report,
}

impl DocKind {
    /// The four, in the order the documents view lists them.
    pub const ALL: [DocKind; 4] = [
        DocKind::Analysis,
        DocKind::Announcement,
        DocKind::Declaration,
        DocKind::Report,
    ];

    /// A stable code: routes, test hooks (`doc-analysis`), saved dates, file names.
    pub fn code(self) -> &'static str {
        match self {
            DocKind::Analysis => "analysis",
            DocKind::Announcement => "announcement",
            DocKind::Declaration => "declaration",
            DocKind::Report => "report",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The document's name, short, as a tab or a file name says it.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            DocKind::Analysis => {
                lang.pick("รายงานการวิเคราะห์ผลการประเมิน", "Analysis of the results")
            }
            DocKind::Announcement => {
                lang.pick("ประกาศมาตรการส่งเสริมคุณธรรม", "Measures announcement")
            }
            DocKind::Declaration => lang.pick("ประกาศเจตจำนงสุจริต", "Integrity declaration"),
            DocKind::Report => lang.pick("รายงานผลการดำเนินการตามมาตรการ", "Implementation report"),
        }
    }
}

/// The rounds an implementation report can cover.
pub const REPORT_ROUNDS: [u8; 2] = [6, 12];

/// What the user set for a year's documents (saved with the year, carried in the exchange
/// file). Everything else in a document is worked out from the workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentInputs {
    /// Drafted paragraphs the user rewrote, by draft id (`analysis.foreword`…); a draft not
    /// here reads as the app writes it.
    pub texts: TextMap,
    /// The date written on each document, by document code, as `yyyy-mm-dd` (Common Era, as
    /// date pickers give it; shown in the Buddhist Era). Missing: dotted blanks to fill in.
    pub dates: TextMap,
    /// Which round the implementation report covers: 6 or 12 months.
    pub report_round: u8,
    /// Whether the announcement carries its measures as a table after the clauses.
    pub announcement_table: bool,
}

/// Texts by key (draft ids, document codes), in the order of their keys. A year holds a few
/// dozen at most; a file with many unknown ids stays fast to read, since the readers insert
/// keys in their order.
pub type TextMap = ListMap<String, String>;

impl Default for DocumentInputs {
    fn default() -> DocumentInputs {
        DocumentInputs {
            texts: TextMap::default(),
            dates: TextMap::default(),
            report_round: 6,
            announcement_table: true,
        }
    }
}

impl DocumentInputs {
    /// The date set for a document, if it is a valid one.
    pub fn date(&self, kind: DocKind) -> Option<Date> {
        self.dates.get(kind.code()).and_then(|d| Date::parse_iso(d))
    }

    /// The round the implementation report covers (6 unless 12 is chosen).
    pub fn round(&self) -> u8 {
        if self.report_round == 12 {
            12
        } else {
            6
        }
    }

    /// Sets a rewritten draft (an empty one leaves blanks in the document to fill in by hand).
    pub fn set_text(&mut self, id: &str, text: String) {
        self.texts.insert(id.to_owned(), text);
    }
}
