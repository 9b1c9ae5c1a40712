//! The WordprocessingML renderer: a document model as a Word file (`.docx`), written as XML
//! text from the same blocks the preview shows, so that the two never disagree.
//!
//! The page is the preview's: A4 with the margins of Thai official documents, page numbers at
//! the top from page 2. Text is 16 pt TH SarabunPSK (the font on Thai government computers),
//! set for Latin and complex script alike, tagged Thai. Headings use heading styles, tables are
//! real tables whose header rows repeat and whose rows never split, merged header cells use
//! `w:gridSpan` and `w:vMerge`, clauses hang their numbers, signatures are paragraphs. User text
//! is escaped, and characters XML 1.0 forbids are dropped.

use std::fmt::Write as _;

use crate::zip::{self, ZipError};
use crate::{
    Align, Block, Cell, Clause, Document, Image, ParaStyle, Paragraph, Signature, Table, TableText,
};
use ita_domain::text::xml_allowed;

/// The font the documents are set in.
pub const FONT: &str = "TH SarabunPSK";
/// An A4 page with the margins of Thai official documents (top 2.5 cm, bottom 2 cm, left 3 cm,
/// right 2 cm), in twentieths of a point.
#[derive(Clone, Copy)]
struct Page {
    /// Width and height of the sheet.
    size: (u32, u32),
    /// Whether it is turned.
    landscape: bool,
}

impl Page {
    fn of(document: &Document) -> Page {
        Page {
            size: if document.landscape {
                (16838, 11906)
            } else {
                (11906, 16838)
            },
            landscape: document.landscape,
        }
    }

    /// The width between the margins.
    fn text_width(self) -> u32 {
        self.size.0 - 3 * CM - 2 * CM
    }

    /// The height between the margins.
    fn text_height(self) -> u32 {
        self.size.1 - 1418 - 2 * CM
    }
}
/// One centimetre in twentieths of a point.
const CM: u32 = 567;
/// One centimetre in EMUs, the unit of drawings.
const EMU_CM: u64 = 360_000;

/// One part of the package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// Its path in the package.
    pub name: String,
    /// Its bytes.
    pub data: Vec<u8>,
    /// Whether deflating it is worth the time (XML is; PNG is already compressed).
    pub compressible: bool,
}

/// User text as XML character data or an attribute value: escaped, forbidden characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars().filter(|&c| xml_allowed(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Runs of text with run properties `rpr`: line breaks become `w:br`, tabs `w:tab`.
fn runs(out: &mut String, text: &str, rpr: &str) {
    let rpr = if rpr.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{rpr}</w:rPr>")
    };
    for (n, line) in text.split('\n').enumerate() {
        let _ = write!(out, "<w:r>{rpr}");
        if n > 0 {
            out.push_str("<w:br/>");
        }
        for (k, piece) in line.split('\t').enumerate() {
            if k > 0 {
                out.push_str("<w:tab/>");
            }
            let piece = piece.replace('\r', "");
            if !piece.is_empty() {
                let _ = write!(out, "<w:t xml:space=\"preserve\">{}</w:t>", escape(&piece));
            }
        }
        out.push_str("</w:r>");
    }
}

/// A paragraph with paragraph properties `ppr` and run properties `rpr` for its text.
fn paragraph(out: &mut String, ppr: &str, rpr: &str, text: &str) {
    let _ = write!(out, "<w:p><w:pPr>{ppr}");
    if !rpr.is_empty() {
        let _ = write!(out, "<w:rPr>{rpr}</w:rPr>");
    }
    out.push_str("</w:pPr>");
    runs(out, text, rpr);
    out.push_str("</w:p>");
}

const BOLD: &str = "<w:b/><w:bCs/>";

fn size(half_points: u32) -> String {
    format!("<w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/>")
}

fn keep(next: bool) -> &'static str {
    if next {
        "<w:keepNext/>"
    } else {
        ""
    }
}

/// `yyyy-mm-ddThh:mm:ssZ` of a time in seconds since 1970 (UTC).
pub fn iso_time(unix: i64) -> String {
    let (days, seconds) = (unix.div_euclid(86_400), unix.rem_euclid(86_400));
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// The package's parts for a document; `pngs` are its charts drawn as PNG, in the order of its
/// images (a chart without one is written as its description). `created` is when, in seconds
/// since 1970.
pub fn package(document: &Document, pngs: &[Vec<u8>], created: i64) -> Vec<Part> {
    let mut media: Vec<&Vec<u8>> = Vec::new();
    let body = body(document, pngs, &mut media);
    let mut parts = vec![
        xml_part("[Content_Types].xml", content_types(&media)),
        xml_part("_rels/.rels", ROOT_RELS.to_owned()),
        xml_part("docProps/core.xml", core(document, &iso_time(created))),
        xml_part("docProps/app.xml", app(document)),
        xml_part("word/document.xml", body),
        xml_part("word/styles.xml", styles()),
        xml_part("word/settings.xml", SETTINGS.to_owned()),
        xml_part("word/header1.xml", header(true, document.thai_digits)),
        xml_part("word/header2.xml", header(false, false)),
        xml_part("word/_rels/document.xml.rels", document_rels(media.len())),
    ];
    for (n, png) in media.iter().enumerate() {
        parts.push(Part {
            name: format!("word/media/image{}.png", n + 1),
            data: (*png).clone(),
            compressible: false,
        });
    }
    parts
}

/// The Word file's name: organisation, document and fiscal year, safe characters only.
pub fn file_name(document: &Document) -> String {
    // A long name is shortened first, so that the document and the year always show.
    let organisation: String = document.organisation.chars().take(40).collect();
    ita_domain::filename::safe_filename(
        &[
            "ita",
            &organisation,
            document.kind.name(document.lang),
            &document.fiscal_year.to_string(),
        ],
        "docx",
    )
}

/// A Word file of a document, every part stored (the browser deflates them when it can: see
/// [`zip::write`]).
pub fn write(document: &Document, pngs: &[Vec<u8>], created: i64) -> Result<Vec<u8>, ZipError> {
    let parts = package(document, pngs, created);
    let entries: Vec<zip::Entry> = parts
        .iter()
        .map(|p| zip::Entry {
            name: &p.name,
            data: &p.data,
            deflated: None,
        })
        .collect();
    zip::write(&entries, created)
}

fn xml_part(name: &str, xml: String) -> Part {
    Part {
        name: name.to_owned(),
        data: xml.into_bytes(),
        compressible: true,
    }
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

fn content_types(media: &[&Vec<u8>]) -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let mut out = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    if !media.is_empty() {
        out.push_str("<Default Extension=\"png\" ContentType=\"image/png\"/>");
    }
    for (part, kind) in [
        ("/word/document.xml", format!("{main}.document.main+xml")),
        ("/word/styles.xml", format!("{main}.styles+xml")),
        ("/word/settings.xml", format!("{main}.settings+xml")),
        ("/word/header1.xml", format!("{main}.header+xml")),
        ("/word/header2.xml", format!("{main}.header+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_owned(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_owned(),
        ),
    ] {
        let _ = write!(
            out,
            "<Override PartName=\"{part}\" ContentType=\"{kind}\"/>"
        );
    }
    out.push_str("</Types>");
    out
}

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

fn document_rels(images: usize) -> String {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut out = format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rIdStyles\" Type=\"{base}/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rIdSettings\" Type=\"{base}/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rIdHeader1\" Type=\"{base}/header\" Target=\"header1.xml\"/>\
<Relationship Id=\"rIdHeader2\" Type=\"{base}/header\" Target=\"header2.xml\"/>"
    );
    for n in 1..=images {
        let _ = write!(
            out,
            "<Relationship Id=\"rIdImage{n}\" Type=\"{base}/image\" Target=\"media/image{n}.png\"/>"
        );
    }
    out.push_str("</Relationships>");
    out
}

fn core(document: &Document, created: &str) -> String {
    let keywords = format!("ITA; {}", document.fiscal_year);
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>ITA Self-Check</dc:creator>\
<cp:keywords>{}</cp:keywords><dc:language>{}</dc:language>\
<dcterms:created xsi:type=\"dcterms:W3CDTF\">{}</dcterms:created>\
<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}</dcterms:modified>\
</cp:coreProperties>",
        escape(&document.title),
        escape(&document.organisation),
        escape(&keywords),
        document.lang.pick("th-TH", "en-GB"),
        escape(created),
        escape(created),
    )
}

fn app(document: &Document) -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
<Application>ITA Self-Check</Application><Company>{}</Company></Properties>",
        escape(&document.organisation)
    )
}

const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
<w:themeFontLang w:val=\"th-TH\" w:bidi=\"th-TH\"/>\
</w:settings>";

fn styles() -> String {
    let fonts = format!(
        "<w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\"/>"
    );
    format!(
        "{XML_HEAD}<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr>{fonts}{}<w:lang w:val=\"th-TH\" w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:rPr>{BOLD}</w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>{BOLD}</w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>\
<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>\
<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>\
<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>\
<w:insideH w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders></w:tblPr></w:style>\
</w:styles>",
        size(32)
    )
}

/// The page-number header (from page 2), or the empty one of the first page.
fn header(numbered: bool, thai_digits: bool) -> String {
    let mut out = format!(
        "{XML_HEAD}<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    );
    if numbered {
        let format = if thai_digits { " \\* ThaiArabic" } else { "" };
        let _ = write!(
            out,
            "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">- </w:t></w:r>\
<w:fldSimple w:instr=\" PAGE{format} \"><w:r><w:t>2</w:t></w:r></w:fldSimple>\
<w:r><w:t xml:space=\"preserve\"> -</w:t></w:r></w:p>"
        );
    } else {
        out.push_str("<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p>");
    }
    out.push_str("</w:hdr>");
    out
}

fn body<'a>(document: &Document, pngs: &'a [Vec<u8>], media: &mut Vec<&'a Vec<u8>>) -> String {
    let page = Page::of(document);
    let mut out = format!(
        "{XML_HEAD}<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"
    );
    let mut images = pngs.iter();
    for (n, block) in document.blocks.iter().enumerate() {
        let next = document.keeps_with_next(n);
        match block {
            Block::Title(lines) => {
                for (k, line) in lines.iter().enumerate() {
                    let after = if k + 1 == lines.len() {
                        "<w:spacing w:after=\"200\"/>"
                    } else {
                        ""
                    };
                    let rpr = if k == 0 { size(34) } else { String::new() };
                    paragraph(
                        &mut out,
                        &format!("<w:pStyle w:val=\"Title\"/>{after}"),
                        &format!("{BOLD}{rpr}"),
                        line,
                    );
                }
            }
            Block::Rule => {
                let side = page.text_width() * 65 / 200;
                let _ = write!(
                    out,
                    "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>\
<w:spacing w:after=\"200\"/><w:ind w:left=\"{side}\" w:right=\"{side}\"/></w:pPr></w:p>"
                );
            }
            Block::Heading(text) => {
                paragraph(&mut out, "<w:pStyle w:val=\"Heading1\"/>", "", text);
            }
            Block::Paragraph(p) => paragraph_block(&mut out, p, next, page),
            Block::Clause(c) => clause(&mut out, c, next),
            Block::Table(table) => table_block(&mut out, table, page),
            Block::Image(image) => match images.next() {
                Some(png) => {
                    media.push(png);
                    drawing(&mut out, image, media.len(), next, page);
                }
                None => paragraph(&mut out, "<w:jc w:val=\"center\"/>", "", &image.alt),
            },
            Block::Signature(signature) => signature_block(&mut out, signature, document, page),
            Block::PageBreak => out.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"),
        }
    }
    let _ = write!(
        out,
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>\
<w:headerReference w:type=\"first\" r:id=\"rIdHeader2\"/>\
<w:pgSz w:w=\"{}\" w:h=\"{}\"{}/>\
<w:pgMar w:top=\"1418\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>\
<w:titlePg/></w:sectPr></w:body></w:document>",
        page.size.0,
        page.size.1,
        if page.landscape { " w:orient=\"landscape\"" } else { "" },
        2 * CM,
        2 * CM,
        3 * CM,
    );
    out
}

fn paragraph_block(out: &mut String, p: &Paragraph, next: bool, page: Page) {
    let keep = keep(next);
    let (ppr, rpr) = match p.style {
        ParaStyle::Body => (
            format!("{keep}<w:ind w:firstLine=\"{}\"/>", CM * 5 / 2),
            String::new(),
        ),
        ParaStyle::Plain => (keep.to_owned(), String::new()),
        ParaStyle::Centred => (format!("{keep}<w:jc w:val=\"center\"/>"), String::new()),
        ParaStyle::DateLine => (
            format!(
                "{keep}<w:spacing w:before=\"240\"/><w:ind w:left=\"{}\"/>",
                page.text_width() * 3 / 10
            ),
            String::new(),
        ),
        ParaStyle::Note => (
            format!("{keep}<w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>"),
            size(28),
        ),
    };
    paragraph(out, &ppr, &rpr, &p.text);
}

fn clause(out: &mut String, c: &Clause, next: bool) {
    let base = CM * 5 / 4 + CM * u32::from(c.depth.min(2));
    let keep = keep(next);
    if c.number.is_empty() {
        paragraph(
            out,
            &format!("{keep}<w:ind w:left=\"{}\"/>", base + CM),
            "",
            &c.text,
        );
    } else {
        let ppr = format!(
            "{keep}<w:tabs><w:tab w:val=\"left\" w:pos=\"{}\"/></w:tabs><w:ind w:left=\"{}\" w:hanging=\"{CM}\"/>",
            base + CM,
            base + CM
        );
        paragraph(out, &ppr, "", &format!("{}\t{}", c.number, c.text));
    }
}

/// Where each grid column of a row is: a cell starts there, or a cell from above continues.
fn table_block(out: &mut String, table: &Table, page: Page) {
    let columns = table.columns();
    let widths: Vec<u32> = table
        .shares()
        .iter()
        .map(|share| page.text_width() * share / 1000)
        .collect();
    let text_size = match table.text {
        TableText::Normal => 32,
        TableText::Small => 28,
    };
    let _ = write!(
        out,
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/>\
<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
        page.text_width()
    );
    for width in &widths {
        let _ = write!(out, "<w:gridCol w:w=\"{width}\"/>");
    }
    out.push_str("</w:tblGrid>");
    // Rows still covered by a cell above, per grid column: (rows left, columns it spans).
    let mut covered: Vec<(u8, u8)> = vec![(0, 0); columns];
    let all = table
        .header
        .iter()
        .map(|row| (row, true))
        .chain(table.rows.iter().map(|row| (row, false)));
    for (row, header) in all {
        out.push_str("<w:tr><w:trPr>");
        if fits_a_page(row, &widths, text_size, page) {
            out.push_str("<w:cantSplit/>");
        }
        if header {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        let mut cells = row.iter();
        let mut column = 0;
        while column < columns {
            let (left, span) = covered[column];
            if left > 0 {
                // A cell merged down from the row above continues here.
                let width: u32 = widths[column..(column + usize::from(span)).min(columns)]
                    .iter()
                    .sum();
                let _ = write!(
                    out,
                    "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{}<w:vMerge/></w:tcPr><w:p/></w:tc>",
                    grid_span(span)
                );
                covered[column].0 = left - 1;
                column += usize::from(span.max(1));
                continue;
            }
            let Some(cell) = cells.next() else {
                // A short row is filled with empty cells, so Word sees a full grid.
                let _ = write!(
                    out,
                    "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>",
                    widths[column]
                );
                column += 1;
                continue;
            };
            let span = usize::from(cell.cols.max(1)).min(columns - column);
            let width: u32 = widths[column..column + span].iter().sum();
            if cell.rows > 1 {
                covered[column] = (cell.rows - 1, span as u8);
            }
            cell_xml(out, cell, width, span as u8, header, text_size);
            column += span;
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // Word needs a paragraph between a table and what follows; it is the table's spacing.
    out.push_str("<w:p><w:pPr><w:spacing w:after=\"0\"/><w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:pPr></w:p>");
}

/// Whether a row surely fits on a page, so that it can be kept whole. A row taller than a
/// page cannot be, and a word processor told to keep it whole cuts it off at the foot of the
/// page: such rows are left free to break. The height is estimated from the text (Thai marks
/// above and below take no width; an average character is half an em wide; lines are spaced as
/// TH SarabunPSK's single spacing, 1.94 em) with room to spare.
fn fits_a_page(row: &[Cell], widths: &[u32], half_points: u32, page: Page) -> bool {
    let em = half_points * 10;
    let mut column = 0;
    let mut tallest = 0;
    for cell in row {
        let span = usize::from(cell.cols.max(1));
        let width: u32 = widths
            .iter()
            .skip(column)
            .take(span)
            .sum::<u32>()
            .saturating_sub(160);
        column += span;
        let per_line = (width * 2 / em).max(1) as usize;
        let lines: usize = cell
            .paragraphs
            .iter()
            .map(|p| {
                let advancing = p
                    .chars()
                    .filter(|c| !matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'))
                    .count();
                advancing.div_ceil(per_line).max(1)
            })
            .sum();
        tallest = tallest.max(lines);
    }
    (tallest as u32) * em * 194 / 100 < page.text_height() * 3 / 4
}

fn grid_span(span: u8) -> String {
    if span > 1 {
        format!("<w:gridSpan w:val=\"{span}\"/>")
    } else {
        String::new()
    }
}

fn cell_xml(out: &mut String, cell: &Cell, width: u32, span: u8, header: bool, text_size: u32) {
    let merge = if cell.rows > 1 {
        "<w:vMerge w:val=\"restart\"/>"
    } else {
        ""
    };
    let align = if header {
        "<w:vAlign w:val=\"center\"/>"
    } else {
        ""
    };
    let _ = write!(
        out,
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{}{merge}{align}</w:tcPr>",
        grid_span(span)
    );
    let jc = match cell.align {
        Align::Left => "",
        Align::Centre => "<w:jc w:val=\"center\"/>",
        Align::Right => "<w:jc w:val=\"right\"/>",
    };
    let rpr = format!("{}{}", if cell.bold { BOLD } else { "" }, size(text_size));
    let ppr = format!("<w:pStyle w:val=\"TableText\"/>{jc}");
    if cell.paragraphs.is_empty() {
        paragraph(out, &ppr, &rpr, "");
    }
    for text in &cell.paragraphs {
        paragraph(out, &ppr, &rpr, text);
    }
    out.push_str("</w:tc>");
}

fn drawing(out: &mut String, image: &Image, n: usize, next: bool, page: Page) {
    let (w, h) = image.size;
    // A chart is as wide as the portrait text width at most, whichever way the page is turned
    // (a landscape page's text is not tall enough for a chart its full width).
    let width_cm = u64::from(
        Page {
            size: (11906, 16838),
            landscape: false,
        }
        .text_width()
        .min(page.text_width()),
    ) / u64::from(CM);
    let cx = width_cm * EMU_CM * u64::from(image.width_percent.clamp(1, 100)) / 100;
    let cy = cx * u64::from(h) / u64::from(w.max(1));
    let alt = escape(&image.alt);
    let _ = write!(
        out,
        "<w:p><w:pPr>{}<w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>\
<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/>\
<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"{n}\" name=\"Chart {n}\" descr=\"{alt}\"/>\
<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
<pic:pic><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"image{n}.png\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>\
<pic:blipFill><a:blip r:embed=\"rIdImage{n}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>\
</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
        keep(next)
    );
}

fn signature_block(out: &mut String, signature: &Signature, document: &Document, page: Page) {
    let lines = signature.lines(document.lang);
    let count = lines.len();
    for (k, line) in lines.iter().enumerate() {
        let before = if k == 0 {
            "<w:spacing w:before=\"400\"/>"
        } else {
            ""
        };
        let ppr = format!(
            "{}<w:keepLines/>{before}<w:ind w:left=\"{}\"/><w:jc w:val=\"center\"/>",
            keep(k + 1 < count),
            page.text_width() * 42 / 100
        );
        paragraph(out, &ppr, "", line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_organisation_name_leaves_room_for_the_document_and_the_year() {
        let document = Document {
            kind: crate::DocKind::Report,
            lang: ita_domain::Lang::Th,
            title: String::new(),
            organisation: "องค์การบริหารส่วนตำบล".repeat(6),
            fiscal_year: 2564,
            thai_digits: false,
            landscape: true,
            blocks: Vec::new(),
        };
        let name = file_name(&document);
        assert!(
            name.ends_with("-รายงานผลการดำเนินการตามมาตรการ-2564.docx"),
            "{name}"
        );
    }

    #[test]
    fn times_are_written_as_iso_8601() {
        assert_eq!(iso_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_time(1_764_591_045), "2025-12-01T12:10:45Z");
        assert_eq!(iso_time(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn user_text_is_escaped_and_forbidden_characters_are_dropped() {
        assert_eq!(
            escape("A & B <w:p> ]]> \"q\" 'a'\u{0}\u{1}\u{200F}\u{FFFE}\u{FFFF}ก"),
            "A &amp; B &lt;w:p&gt; ]]&gt; &quot;q&quot; &apos;a&apos;\u{200F}ก"
        );
        let mut out = String::new();
        runs(&mut out, "บรรทัด 1\nบรรทัด\t2", "");
        assert_eq!(
            out,
            "<w:r><w:t xml:space=\"preserve\">บรรทัด 1</w:t></w:r><w:r><w:br/><w:t xml:space=\"preserve\">บรรทัด</w:t><w:tab/><w:t xml:space=\"preserve\">2</w:t></w:r>"
        );
    }
}
