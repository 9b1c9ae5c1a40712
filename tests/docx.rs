//! Each document as a Word package, checked natively: the ZIP reads back with its checksums,
//! every part is well-formed XML, the content types cover every part, every relationship
//! resolves, and the text of `word/document.xml` holds every line of the document, in order.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::{fixture, with_measures};
use ita_selfcheck::documents::docx::{self, FONT};
use ita_selfcheck::documents::{build, DocKind, Document};
use ita_selfcheck::domain::workbook::Workbook;

/// A 1×1 PNG, standing in for a chart drawn by the browser.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xFF, 0xFF, 0x3F,
    0x00, 0x05, 0xFE, 0x02, 0xFE, 0xA7, 0x35, 0x81, 0x84, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E,
    0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// The parts of a written package, read back through the ZIP with checksums verified.
fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let archive = rawzip::ZipArchive::from_slice(bytes).expect("a ZIP file");
    let mut entries = archive.entries();
    let mut parts = BTreeMap::new();
    while let Some(entry) = entries.next_entry().expect("a readable entry") {
        let name = String::from_utf8_lossy(entry.file_path().as_ref()).into_owned();
        let local = archive.get_entry(entry.wayfinder()).expect("its data");
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut local.verifying_reader(local.data()), &mut data)
            .expect("size and CRC agree");
        assert!(parts.insert(name.clone(), data).is_none(), "{name} twice");
    }
    parts
}

fn images(document: &Document) -> Vec<Vec<u8>> {
    document
        .blocks
        .iter()
        .filter(|b| matches!(b, ita_selfcheck::documents::Block::Image(_)))
        .map(|_| PNG.to_vec())
        .collect()
}

/// The text of each paragraph of `word/document.xml`, in order, breaks as new lines.
fn paragraphs(xml: &str) -> Vec<String> {
    let tree = roxmltree::Document::parse(xml).expect("well-formed");
    tree.descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            let mut text = String::new();
            for node in p.descendants() {
                match node.tag_name().name() {
                    "t" => text.push_str(node.text().unwrap_or_default()),
                    "br" => text.push('\n'),
                    "tab" => text.push(' '),
                    _ => {}
                }
            }
            text
        })
        .collect()
}

fn check_package(book: &Workbook, kind: DocKind) -> (Document, String) {
    let document = build(kind, book);
    let bytes = docx::write(&document, &images(&document), 1_764_547_200).expect("a Word file");
    let parts = unzip(&bytes);
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/_rels/document.xml.rels",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        assert!(parts.contains_key(part), "{kind:?}: no {part}");
    }
    // Every XML part is well-formed.
    for (name, data) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let text = std::str::from_utf8(data).expect("UTF-8");
            roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    // The content types cover every part, by override or by extension.
    let types = String::from_utf8(parts["[Content_Types].xml"].clone()).expect("UTF-8");
    let types = roxmltree::Document::parse(&types).expect("well-formed");
    let overrides: Vec<&str> = types
        .descendants()
        .filter(|n| n.has_tag_name("Override"))
        .filter_map(|n| n.attribute("PartName"))
        .collect();
    let defaults: Vec<&str> = types
        .descendants()
        .filter(|n| n.has_tag_name("Default"))
        .filter_map(|n| n.attribute("Extension"))
        .collect();
    for name in parts.keys().filter(|n| *n != "[Content_Types].xml") {
        let covered = overrides.contains(&format!("/{name}").as_str())
            || defaults
                .iter()
                .any(|ext| name.ends_with(&format!(".{ext}")));
        assert!(covered, "{kind:?}: {name} has no content type");
    }
    for part in overrides {
        assert!(
            parts.contains_key(&part[1..]),
            "{kind:?}: {part} is listed but missing"
        );
    }
    // Every relationship points at a part of the package.
    for (rels, base) in [
        ("_rels/.rels", ""),
        ("word/_rels/document.xml.rels", "word/"),
    ] {
        let text = String::from_utf8(parts[rels].clone()).expect("UTF-8");
        let tree = roxmltree::Document::parse(&text).expect("well-formed");
        for target in tree.descendants().filter_map(|n| n.attribute("Target")) {
            let path = format!("{base}{target}");
            assert!(
                parts.contains_key(&path),
                "{kind:?}: {rels} → {path} missing"
            );
        }
    }
    let xml = String::from_utf8(parts["word/document.xml"].clone()).expect("UTF-8");
    let styles = String::from_utf8(parts["word/styles.xml"].clone()).expect("UTF-8");
    assert!(styles.contains(&format!("w:cs=\"{FONT}\"")) && styles.contains("w:szCs"));
    assert!(styles.contains("w:bidi=\"th-TH\""), "the Thai language tag");
    (document, xml)
}

/// Every line of the document appears in the Word file's paragraphs, in the same order.
fn holds_every_line_in_order(document: &Document, xml: &str) {
    let written = paragraphs(xml).join("\n");
    let mut from = 0;
    for line in document.plain_text() {
        if line.trim().is_empty() {
            continue;
        }
        // A chart is written as a picture: its description is in the drawing, not the text.
        if document
            .blocks
            .iter()
            .any(|b| matches!(b, ita_selfcheck::documents::Block::Image(i) if i.alt == line))
        {
            continue;
        }
        // Characters XML forbids are dropped from the file.
        let line: String = line
            .replace('\t', " ")
            .chars()
            .filter(|&c| c >= ' ' || c == '\n')
            .collect();
        match written[from..].find(&line) {
            Some(at) => from += at + line.len(),
            None => panic!("{:?}: “{line}” is missing or out of order", document.kind),
        }
    }
}

#[test]
fn every_document_is_a_valid_package_holding_every_line_in_order() {
    let book = fixture();
    for kind in DocKind::ALL {
        let (document, xml) = check_package(&book, kind);
        holds_every_line_in_order(&document, &xml);
        // ITA_DOCX_OUT=/tmp/docx keeps the files, to open them in a word processor.
        if let Ok(folder) = std::env::var("ITA_DOCX_OUT") {
            let bytes = docx::write(&document, &images(&document), 1_764_547_200).expect("written");
            std::fs::create_dir_all(&folder).expect("a folder");
            std::fs::write(format!("{folder}/{}.docx", kind.code()), bytes).expect("written");
        }
    }
}

#[test]
fn the_analysis_has_headings_real_tables_a_chart_and_a4_pages() {
    let (document, xml) = check_package(&fixture(), DocKind::Analysis);
    assert!(xml.contains("<w:pStyle w:val=\"Heading1\"/>"));
    assert_eq!(xml.matches("<w:tbl>").count(), document.tables().count());
    assert!(xml.contains("<w:tblHeader/>") && xml.contains("<w:cantSplit/>"));
    assert!(xml.contains("r:embed=\"rIdImage1\""));
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
    assert!(xml.contains("w:left=\"1701\""), "a 3 cm left margin");
    assert!(xml.contains("<w:titlePg/>"), "no page number on page 1");
}

#[test]
fn the_reports_two_level_header_merges_cells_across_and_down() {
    let (_, xml) = check_package(&fixture(), DocKind::Report);
    let tree = roxmltree::Document::parse(&xml).expect("well-formed");
    let table = tree
        .descendants()
        .find(|n| n.has_tag_name("tbl"))
        .expect("the table");
    let rows: Vec<_> = table.children().filter(|n| n.has_tag_name("tr")).collect();
    let cells = |row: &roxmltree::Node| -> Vec<String> {
        row.children()
            .filter(|n| n.has_tag_name("tc"))
            .map(|tc| {
                let props: Vec<String> = tc
                    .descendants()
                    .filter(|n| n.has_tag_name("gridSpan") || n.has_tag_name("vMerge"))
                    .map(|n| {
                        format!(
                            "{}={}",
                            n.tag_name().name(),
                            n.attributes().next().map_or("continue", |a| a.value())
                        )
                    })
                    .collect();
                props.join(",")
            })
            .collect()
    };
    assert_eq!(
        cells(&rows[0]),
        [
            "vMerge=restart",
            "vMerge=restart",
            "vMerge=restart",
            "vMerge=restart",
            "gridSpan=2",
            "vMerge=restart"
        ]
    );
    assert_eq!(
        cells(&rows[1]),
        [
            "vMerge=continue",
            "vMerge=continue",
            "vMerge=continue",
            "vMerge=continue",
            "",
            "",
            "vMerge=continue"
        ]
    );
    // Seven columns need the width: the report's pages are A4 landscape.
    assert!(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"));
    // Both header rows repeat on every page.
    for row in &rows[..2] {
        assert!(row.descendants().any(|n| n.has_tag_name("tblHeader")));
    }
    assert!(!rows[2].descendants().any(|n| n.has_tag_name("tblHeader")));
}

#[test]
fn markup_and_forbidden_characters_in_user_text_give_a_file_that_shows_them_literally() {
    let mut book = with_measures(20);
    let payload = "เทศบาล \"ทดสอบ\" & <w:p>ปิด</w:p> ]]> <script>alert(1)</script>\u{0}\u{200F}";
    book.organisation.name = payload.into();
    book.current_mut().measures[0].name = payload.into();
    book.current_mut()
        .documents
        .set_text("announcement.preamble", payload.into());
    for kind in DocKind::ALL {
        let (document, xml) = check_package(&book, kind);
        let text = paragraphs(&xml).join("\n");
        let shown = payload.replace('\u{0}', "");
        assert!(text.contains(&shown), "{kind:?}");
        assert!(!xml.contains("<script>") && !xml.contains("<w:p>ปิด"));
        holds_every_line_in_order(&document, &xml);
    }
}

#[test]
fn thai_digits_reach_the_word_file_and_its_page_numbers() {
    let mut book = fixture();
    book.thai_digits = true;
    let document = build(DocKind::Analysis, &book);
    let parts = unzip(&docx::write(&document, &images(&document), 1_764_547_200).expect("written"));
    let xml = String::from_utf8(parts["word/document.xml"].clone()).expect("UTF-8");
    assert!(paragraphs(&xml).join("\n").contains("๘๐.๐๐"));
    let header = String::from_utf8(parts["word/header1.xml"].clone()).expect("UTF-8");
    assert!(header.contains("PAGE \\* ThaiArabic"));
    let core = String::from_utf8(parts["docProps/core.xml"].clone()).expect("UTF-8");
    assert!(core.contains("<dc:subject>เทศบาลตำบลบ้านใหม่</dc:subject>"));
}
