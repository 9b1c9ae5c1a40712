//! The document model: what a document says and how it is laid out, before it is markup.
//!
//! Two small renderers read it: Yew HTML for the A4 preview and print, and WordprocessingML
//! for Word. A new document is a new builder of these blocks, never a new renderer.

use ita_domain::documents::DocKind;
use ita_domain::Lang;

/// A whole document: its blocks in reading order, and what names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Which document.
    pub kind: DocKind,
    /// Its language.
    pub lang: Lang,
    /// The title, in one line (document properties, the file name).
    pub title: String,
    /// The organisation's name as entered.
    pub organisation: String,
    /// The fiscal year the document names.
    pub fiscal_year: u16,
    /// Whether its numbers are written in Thai digits (page numbers follow).
    pub thai_digits: bool,
    /// Whether its pages are A4 landscape (a wide table of many columns), else portrait.
    pub landscape: bool,
    /// Its content.
    pub blocks: Vec<Block>,
}

/// One block of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The lines at the top: centred and bold, the first one larger.
    Title(Vec<String>),
    /// A short centred rule under an announcement's subject.
    Rule,
    /// A section heading, its number written in the text ("1. หลักการและเหตุผล").
    Heading(String),
    /// A paragraph.
    Paragraph(Paragraph),
    /// A numbered clause, its number written out ("1.", "1.1", "(1)").
    Clause(Clause),
    /// A table.
    Table(Table),
    /// A chart.
    Image(Image),
    /// Where someone signs.
    Signature(Signature),
    /// The next block starts a new page.
    PageBreak,
}

/// How a paragraph sits on the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ParaStyle {
    /// Body text: first line indented, justified (Thai distributed).
    #[default]
    Body,
    /// Flush left, no indent.
    Plain,
    /// Centred.
    Centred,
    /// Starts at the middle of the line, as a date line of an announcement does.
    DateLine,
    /// Smaller text: notes, sources.
    Note,
}

/// A paragraph of text; line breaks in the text are kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paragraph {
    /// The text.
    pub text: String,
    /// Its style.
    pub style: ParaStyle,
    /// The drafted text it shows, if the user can rewrite it (its id).
    pub draft: Option<&'static str>,
}

impl Paragraph {
    /// A paragraph in a style.
    pub fn new(style: ParaStyle, text: impl Into<String>) -> Paragraph {
        Paragraph {
            text: text.into(),
            style,
            draft: None,
        }
    }
}

/// A numbered clause: its number hangs to the left of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// "1.", "1.1", "(1)".
    pub number: String,
    /// The text.
    pub text: String,
    /// 0 for a clause, 1 for a sub-clause, 2 for one below that.
    pub depth: u8,
    /// The drafted text it shows, if the user can rewrite it (its id).
    pub draft: Option<&'static str>,
}

/// How a cell's text is aligned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Align {
    /// Left (the default for text).
    #[default]
    Left,
    /// Centred (headers, short codes).
    Centre,
    /// Right (numbers).
    Right,
}

/// One cell: its paragraphs, how many columns and rows it spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Its text, one entry per paragraph.
    pub paragraphs: Vec<String>,
    /// Columns it spans (1 or more).
    pub cols: u8,
    /// Rows it spans (1 or more).
    pub rows: u8,
    /// Alignment.
    pub align: Align,
    /// Bold (header cells, totals).
    pub bold: bool,
}

impl Cell {
    /// A left-aligned cell of one paragraph (line breaks in it become paragraphs).
    pub fn text(text: impl AsRef<str>) -> Cell {
        Cell {
            paragraphs: text.as_ref().split('\n').map(str::to_owned).collect(),
            cols: 1,
            rows: 1,
            align: Align::Left,
            bold: false,
        }
    }

    /// A cell of several paragraphs.
    pub fn lines(paragraphs: Vec<String>) -> Cell {
        Cell {
            paragraphs,
            ..Cell::text("")
        }
    }

    /// A right-aligned number.
    pub fn number(text: impl AsRef<str>) -> Cell {
        Cell::text(text).aligned(Align::Right)
    }

    /// A centred cell.
    pub fn centred(text: impl AsRef<str>) -> Cell {
        Cell::text(text).aligned(Align::Centre)
    }

    /// A centred bold header cell.
    pub fn header(text: impl AsRef<str>) -> Cell {
        Cell {
            bold: true,
            ..Cell::centred(text)
        }
    }

    /// The same cell aligned otherwise.
    pub fn aligned(self, align: Align) -> Cell {
        Cell { align, ..self }
    }

    /// The same cell in bold.
    pub fn bold(self) -> Cell {
        Cell { bold: true, ..self }
    }

    /// The same cell spanning `cols` columns and `rows` rows.
    pub fn span(self, cols: u8, rows: u8) -> Cell {
        Cell {
            cols: cols.max(1),
            rows: rows.max(1),
            ..self
        }
    }
}

/// The size of a table's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TableText {
    /// The body size.
    #[default]
    Normal,
    /// A step smaller, for wide tables of long text.
    Small,
}

/// A table whose header rows repeat on every page and whose rows never split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Relative column widths (they need not sum to anything in particular).
    pub widths: Vec<u16>,
    /// Header rows; a cell may span columns and rows.
    pub header: Vec<Vec<Cell>>,
    /// Body rows.
    pub rows: Vec<Vec<Cell>>,
    /// Text size.
    pub text: TableText,
}

impl Table {
    /// How many grid columns the table has.
    pub fn columns(&self) -> usize {
        self.widths.len()
    }

    /// Each column's share of the width in thousandths, summing to 1000.
    pub fn shares(&self) -> Vec<u32> {
        let total: u32 = self
            .widths
            .iter()
            .map(|&w| u32::from(w))
            .sum::<u32>()
            .max(1);
        let mut shares: Vec<u32> = self
            .widths
            .iter()
            .map(|&w| u32::from(w) * 1000 / total)
            .collect();
        let missing = 1000 - shares.iter().sum::<u32>().min(1000);
        if let Some(last) = shares.last_mut() {
            *last += missing;
        }
        shares
    }
}

/// A chart in a document, kept as SVG (vector in the preview and print; the Word file gets
/// a PNG drawn from it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The SVG, every piece of user text in it escaped.
    pub svg: String,
    /// Its size in SVG units.
    pub size: (u32, u32),
    /// What it shows, for readers who cannot see it.
    pub alt: String,
    /// Its width as a share of the text width, in percent.
    pub width_percent: u8,
}

/// Where a person signs: ลงชื่อ, the name in parentheses, the position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The name as entered (blank lines to fill in by hand when empty).
    pub name: String,
    /// The position as entered.
    pub position: String,
    /// What the signer does here ("ผู้จัดทำรายงาน"), under the position; may be empty.
    pub role: String,
    /// The date line under it, if the document dates the signature.
    pub date: Option<String>,
}

impl Signature {
    /// The lines of the block as printed: ลงชื่อ …, (name), ตำแหน่ง …, the role, the date.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let name = self.name.trim();
        let position = self.position.trim();
        let mut lines = vec![
            lang.pick("ลงชื่อ", "Signed").to_owned() + " ………………………………………………",
            if name.is_empty() {
                "(………………………………………………)".to_owned()
            } else {
                format!("({name})")
            },
            format!(
                "{} {}",
                lang.pick("ตำแหน่ง", "Position"),
                if position.is_empty() {
                    "………………………………………"
                } else {
                    position
                }
            ),
        ];
        if !self.role.is_empty() {
            lines.push(self.role.clone());
        }
        if let Some(date) = &self.date {
            lines.push(date.clone());
        }
        lines
    }
}

impl Document {
    /// Every piece of text in the document changed by `f` (for Thai digits); charts change
    /// only the text between their tags.
    pub fn map_text(&mut self, f: impl Fn(&str) -> String, f_markup: impl Fn(&str) -> String) {
        let apply = |s: &mut String| *s = f(s);
        apply(&mut self.title);
        for block in &mut self.blocks {
            match block {
                Block::Title(lines) => lines.iter_mut().for_each(apply),
                Block::Heading(text) => apply(text),
                Block::Paragraph(p) => apply(&mut p.text),
                Block::Clause(c) => {
                    apply(&mut c.number);
                    apply(&mut c.text);
                }
                Block::Table(table) => {
                    for row in table.header.iter_mut().chain(table.rows.iter_mut()) {
                        for cell in row {
                            cell.paragraphs.iter_mut().for_each(apply);
                        }
                    }
                }
                Block::Image(image) => {
                    image.svg = f_markup(&image.svg);
                    apply(&mut image.alt);
                }
                Block::Signature(s) => {
                    apply(&mut s.name);
                    apply(&mut s.position);
                    apply(&mut s.role);
                    if let Some(date) = &mut s.date {
                        apply(date);
                    }
                }
                Block::Rule | Block::PageBreak => {}
            }
        }
    }

    /// The document's text in reading order, one line per paragraph, cell or signature line:
    /// what a reader (or a test) finds in it whatever it is rendered as.
    pub fn plain_text(&self) -> Vec<String> {
        let mut out = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Title(lines) => out.extend(lines.iter().cloned()),
                Block::Heading(text) => out.push(text.clone()),
                Block::Paragraph(p) => out.push(p.text.clone()),
                Block::Clause(c) if c.number.is_empty() => out.push(c.text.clone()),
                Block::Clause(c) => out.push(format!("{} {}", c.number, c.text)),
                Block::Table(table) => {
                    for row in table.header.iter().chain(table.rows.iter()) {
                        for cell in row {
                            out.extend(cell.paragraphs.iter().cloned());
                        }
                    }
                }
                Block::Image(image) => out.push(image.alt.clone()),
                Block::Signature(s) => out.extend(s.lines(self.lang)),
                Block::Rule | Block::PageBreak => {}
            }
        }
        out
    }

    /// Whether block `n` must stay on the page of the block after it: a heading, a chart
    /// before its caption, a sentence before its table, a clause before its sub-clauses, a
    /// date line before its signature. Both renderers keep these together.
    pub fn keeps_with_next(&self, n: usize) -> bool {
        let next = self.blocks.get(n + 1);
        match (self.blocks.get(n), next) {
            (Some(Block::Heading(_)), _) => true,
            (Some(Block::Image(_)), Some(Block::Paragraph(p))) => p.style == ParaStyle::Note,
            (Some(Block::Paragraph(_)), Some(Block::Table(_))) => true,
            (Some(Block::Paragraph(p)), Some(Block::Signature(_))) => {
                p.style == ParaStyle::DateLine
            }
            (Some(Block::Clause(c)), Some(Block::Clause(d))) => d.depth > c.depth,
            _ => false,
        }
    }

    /// The tables of the document, in order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_sum_to_a_thousand() {
        let table = Table {
            widths: vec![1, 1, 1],
            header: vec![],
            rows: vec![],
            text: TableText::Normal,
        };
        assert_eq!(table.shares(), [333, 333, 334]);
    }

    #[test]
    fn a_signature_leaves_blanks_to_fill_in_by_hand() {
        let blank = Signature {
            name: " ".into(),
            position: String::new(),
            role: "ผู้จัดทำรายงาน".into(),
            date: None,
        };
        let lines = blank.lines(Lang::Th);
        assert!(lines[0].starts_with("ลงชื่อ ……"));
        assert_eq!(lines[1], "(………………………………………………)");
        assert!(lines[2].starts_with("ตำแหน่ง ……"));
        assert_eq!(lines[3], "ผู้จัดทำรายงาน");
    }

    #[test]
    fn kinds_round_trip_their_codes() {
        for kind in DocKind::ALL {
            assert_eq!(DocKind::from_code(kind.code()), Some(kind));
        }
    }
}
