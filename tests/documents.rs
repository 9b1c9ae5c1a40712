//! The four documents built from one fixture: a 2563 workbook with all ten scores (a total
//! of exactly 80.00, level B), three adopted measures and two recorded rounds. Checks the
//! sections in order, rows and numbers, the years N and N + 1, Thai digits and dates, and
//! drafted texts with the user's edits kept.

mod common;

use common::fixture;
use ita_selfcheck::documents::{
    build, drafts, missing, Block, DocContext, DocKind, Document, Place, Table,
};
use ita_selfcheck::domain::workbook::Workbook;
use ita_selfcheck::domain::{Lang, RoundReport, Status};

fn text(document: &Document) -> String {
    document.plain_text().join("\n")
}

fn headings(document: &Document) -> Vec<String> {
    document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.clone()),
            _ => None,
        })
        .collect()
}

fn body_rows(table: &Table) -> Vec<Vec<String>> {
    table
        .rows
        .iter()
        .map(|row| row.iter().map(|c| c.paragraphs.join(" / ")).collect())
        .collect()
}

#[test]
fn the_analysis_names_2563_and_its_sections_come_in_order() {
    let document = build(DocKind::Analysis, &fixture());
    assert_eq!(document.fiscal_year, 2563);
    assert_eq!(
        headings(&document),
        [
            "คำนำ",
            "1. หลักการและเหตุผล",
            "2. ผลการประเมิน",
            "3. คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย",
            "4. จุดแข็ง",
            "5. ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน",
            "6. ประเด็นที่ต้องพัฒนาให้ดีขึ้น",
            "7. มาตรการที่เสนอสำหรับปีงบประมาณ พ.ศ. 2564",
        ]
    );
    let all = text(&document);
    assert!(all.contains("ประจำปีงบประมาณ พ.ศ. 2563"));
    assert!(all.contains("อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่"), "{all}");
    assert!(all.contains("ได้คะแนนรวม 80.00 คะแนน ผลการประเมินอยู่ในระดับ B"));
    assert!(
        all.contains("ปีงบประมาณ พ.ศ. 2564"),
        "the plan year is N + 1"
    );
    assert!(document
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Image(i) if i.svg.contains("<svg"))));

    let tables: Vec<&Table> = document.tables().collect();
    // Tools, ranking, one per tool, measures.
    assert_eq!(tables.len(), 6);
    assert_eq!(
        body_rows(tables[0]),
        [
            vec![
                "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
                "30",
                "87.80",
                "26.34"
            ],
            vec![
                "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
                "30",
                "80.67",
                "24.20"
            ],
            vec!["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "40", "73.65", "29.46"],
            vec!["คะแนนรวม", "100", "", "80.00"],
        ]
    );
    let ranking = body_rows(tables[1]);
    assert_eq!(ranking.len(), 10);
    assert_eq!(
        ranking[0],
        ["1", "i3 การใช้อำนาจ", "IIT", "95.20", "6", "0.29", "ดีเยี่ยม"]
    );
    assert_eq!(
        ranking[9],
        [
            "10",
            "i9 การเปิดเผยข้อมูล",
            "OIT",
            "72.30",
            "20",
            "5.54",
            "ควรพัฒนา · เร่งด่วน"
        ]
    );
    // The lowest (i9) and every indicator below 75 (i7) are urgent, by points at stake.
    let urgent_at = all.find("5. ข้อบกพร่อง").expect("section 5");
    let develop_at = all.find("6. ประเด็น").expect("section 6");
    let urgent = &all[urgent_at..develop_at];
    assert!(
        urgent.contains("5.1 i9 การเปิดเผยข้อมูล 72.30 คะแนน (คะแนนต่ำที่สุดและต่ำกว่า 75.00 คะแนน)"),
        "{urgent}"
    );
    assert!(
        urgent.contains("5.2 i7 ประสิทธิภาพการสื่อสาร 74.50 คะแนน (ต่ำกว่า 75.00 คะแนน)"),
        "{urgent}"
    );
    assert!(!urgent.contains("5.3"));
    // One table per tool: every indicator of the tool, with what it asks.
    assert_eq!(tables[2].rows.len(), 5);
    assert_eq!(tables[3].rows.len(), 3);
    assert_eq!(tables[4].rows.len(), 2);
    // The adopted plan, not the suggestions.
    let measures = body_rows(tables[5]);
    assert_eq!(measures.len(), 3);
    assert_eq!(measures[0][0], "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ");
    assert!(measures[0][2].starts_with("1. "));
    assert!(all.contains("(นางสาวสมใจ ใจดี)") && all.contains("(นายสมชาย รักษ์ดี)"));
}

#[test]
fn the_announcement_and_declaration_that_follow_name_2564() {
    let book = fixture();
    let announcement = build(DocKind::Announcement, &book);
    assert_eq!(announcement.fiscal_year, 2564);
    let all = text(&announcement);
    assert!(all.starts_with("ประกาศเทศบาลตำบลบ้านใหม่\nเรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2564"), "{all}");
    assert!(all.contains("ประจำปีงบประมาณ พ.ศ. 2563 ซึ่งเทศบาลตำบลบ้านใหม่ได้คะแนนรวม 80.00 คะแนน"));
    assert!(all.contains("1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"));
    assert!(all.contains("1.1 แนวทางการปฏิบัติ:"));
    assert!(all.contains("(1) "));
    assert!(
        all.contains("1.4 ระยะเวลาดำเนินการ: ตลอดปีงบประมาณ พ.ศ. 2564"),
        "{all}"
    );
    assert!(all.contains("3.4 ระยะเวลาดำเนินการ: ตุลาคม 2563 – กันยายน 2564"));
    assert!(
        all.contains("ประกาศ ณ วันที่ ………… เดือน"),
        "no date yet: blanks"
    );
    let table = announcement
        .tables()
        .next()
        .expect("the measures as a table too");
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.header[0].len(), 5);

    let declaration = build(DocKind::Declaration, &book);
    assert_eq!(declaration.fiscal_year, 2564);
    let all = text(&declaration);
    assert!(all.contains("ข้าพเจ้า นายสมชาย รักษ์ดี ตำแหน่ง นายกเทศมนตรีตำบลบ้านใหม่"));
    for (k, area) in [
        "ด้านความโปร่งใส",
        "ด้านความพร้อมรับผิด",
        "ด้านความปลอดจากการทุจริตในการปฏิบัติงาน",
        "ด้านวัฒนธรรมคุณธรรมในองค์กร",
        "ด้านคุณธรรมการทำงานในหน่วยงาน",
        "ด้านการสื่อสารภายในหน่วยงาน",
    ]
    .iter()
    .enumerate()
    {
        assert!(all.contains(&format!("{}. {area}", k + 1)), "{area}");
    }
}

#[test]
fn the_report_holds_the_rounds_up_to_the_chosen_one_under_a_two_level_header() {
    let mut book = fixture();
    let report = build(DocKind::Report, &book);
    assert_eq!(report.fiscal_year, 2564);
    let all = text(&report);
    assert!(
        all.contains("ประจำปีงบประมาณ พ.ศ. 2564 รอบ 6 เดือน (ต.ค. 2563 – มี.ค. 2564)"),
        "{all}"
    );
    let table = report.tables().next().expect("the table");
    assert_eq!(table.header.len(), 2);
    assert_eq!(table.header[0][4].paragraphs, ["ผลการดำเนินการ"]);
    assert_eq!((table.header[0][4].cols, table.header[0][0].rows), (2, 2));
    let rows = body_rows(table);
    assert_eq!(
        rows[0][0],
        "1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ / (สถานะ: ดำเนินการแล้ว)"
    );
    assert_eq!(rows[0][1], "ปรับปรุงเว็บไซต์ครบ 33 รายการ");
    assert_eq!(rows[0][4], "ข้อมูลเผยแพร่ครบถ้วน 33 รายการ");
    assert_eq!(rows[1][6], "รอจัดอบรมผู้ดูแล");
    assert_eq!(rows[2][1], "ยังไม่ได้บันทึกผล");
    assert!(all.contains("มาตรการทั้งหมด 3 มาตรการ ดำเนินการแล้ว 1 มาตรการ อยู่ระหว่างดำเนินการ 1 มาตรการ และยังไม่เริ่มดำเนินการ 1 มาตรการ"));
    assert!(
        !all.contains("ในการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2564"),
        "no 2564 results yet"
    );

    // With the 2564 results in the workbook, the report quotes them; at 12 months the
    // 12-month round shows beside the 6-month one.
    book.add_year(2564, false).expect("2564 is free");
    book.current_mut().scores = ["90"; 10].map(String::from);
    book.open_year = 2563;
    {
        let year = book.current_mut();
        year.documents.report_round = 12;
        year.measures[0].progress.insert(
            12,
            RoundReport {
                status: Status::Done,
                done: "ทบทวนข้อมูลทุกไตรมาส".into(),
                ..RoundReport::default()
            },
        );
    }
    let report = build(DocKind::Report, &book);
    let all = text(&report);
    assert!(all.contains("รอบ 12 เดือน (ต.ค. 2563 – ก.ย. 2564)"));
    assert!(all.contains("ในการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2564 เทศบาลตำบลบ้านใหม่ได้คะแนนรวม 90.00 คะแนน ผลการประเมินอยู่ในระดับ A"), "{all}");
    let rows = body_rows(report.tables().next().expect("the table"));
    assert_eq!(
        rows[0][1],
        "รอบ 6 เดือน: ปรับปรุงเว็บไซต์ครบ 33 รายการ / รอบ 12 เดือน: ทบทวนข้อมูลทุกไตรมาส"
    );
}

#[test]
fn thai_digits_and_buddhist_era_dates_reach_every_number() {
    let mut book = fixture();
    book.thai_digits = true;
    book.current_mut()
        .documents
        .dates
        .insert("announcement".into(), "2020-10-01".into());
    let document = build(DocKind::Announcement, &book);
    let all = text(&document);
    assert!(all.contains("ประกาศ ณ วันที่ ๑ เดือน ตุลาคม พ.ศ. ๒๕๖๓"), "{all}");
    assert!(all.contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"));
    assert!(!all.chars().any(|c| c.is_ascii_digit()), "{all}");
    let analysis = build(DocKind::Analysis, &book);
    assert!(text(&analysis).contains("๘๐.๐๐"));
    let svg = analysis
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Image(i) => Some(i.svg.clone()),
            _ => None,
        })
        .expect("the chart");
    assert!(
        svg.contains("viewBox=\"0 0 640"),
        "attributes keep ASCII digits"
    );
    assert!(svg.contains("๙๕.๒๐"), "the numbers on the chart are Thai");
}

#[test]
fn drafted_texts_keep_the_users_edits_and_fall_back_to_the_default() {
    let mut book = fixture();
    let context = DocContext::new(&book);
    let foreword = drafts(DocKind::Analysis, &context)
        .into_iter()
        .find(|d| d.id == "analysis.foreword")
        .expect("a foreword");
    assert!(foreword
        .default
        .contains("ประจำปีงบประมาณ พ.ศ. 2563 ซึ่งได้คะแนนรวม 80.00"));
    assert!(!foreword.edited());
    book.current_mut().documents.set_text(
        "analysis.foreword",
        "คำนำที่หน่วยงานเขียนเอง <b>ตัวหนา</b>\nย่อหน้าที่สอง".into(),
    );
    let document = build(DocKind::Analysis, &book);
    let all = text(&document);
    assert!(all.contains("คำนำที่หน่วยงานเขียนเอง <b>ตัวหนา</b>\nย่อหน้าที่สอง"));
    assert!(!all.contains("รายงานฉบับนี้จัดทำขึ้น"));
    let context = DocContext::new(&book);
    let edited = drafts(DocKind::Analysis, &context);
    assert!(edited[0].edited());
    // Back to the default.
    book.current_mut()
        .documents
        .texts
        .remove("analysis.foreword");
    assert!(text(&build(DocKind::Analysis, &book)).contains("รายงานฉบับนี้จัดทำขึ้น"));
    // Every document has drafts, and every draft appears in its document; no two drafts of
    // any documents share an id (the documents look a draft's text up by its id).
    let mut ids: Vec<&str> = Vec::new();
    for kind in DocKind::ALL {
        let context = DocContext::new(&book);
        let list = drafts(kind, &context);
        assert!(!list.is_empty(), "{kind:?}");
        for draft in &list {
            assert!(!ids.contains(&draft.id), "{} twice", draft.id);
            ids.push(draft.id);
        }
        let document = build(kind, &book);
        for draft in list {
            let shown = document.blocks.iter().any(|b| match b {
                Block::Paragraph(p) => p.draft == Some(draft.id),
                Block::Clause(c) => c.draft == Some(draft.id),
                _ => false,
            });
            assert!(shown, "{}", draft.id);
        }
    }
}

#[test]
fn english_documents_keep_buddhist_era_years_labelled() {
    let mut book = fixture();
    book.lang = Lang::En;
    let all = text(&build(DocKind::Announcement, &book));
    assert!(all.contains("fiscal year 2564 B.E."), "{all}");
    let all = text(&build(DocKind::Analysis, &book));
    assert!(all.contains("Fiscal year 2563 B.E."));
    assert!(all.contains("scored a total of 80.00 points, at level B"));
}

#[test]
fn what_a_document_lacks_is_listed_with_where_to_enter_it() {
    let book = fixture();
    assert!(missing(DocKind::Analysis, &book).is_empty());
    let report = missing(DocKind::Report, &book);
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].what, "ยังไม่ได้บันทึกผลรอบ 6 เดือน 1 มาตรการ");
    assert_eq!(report[0].place, Place::Measures);
    let announcement = missing(DocKind::Announcement, &book);
    assert_eq!(announcement[0].place, Place::DocumentSettings);

    let empty = Workbook::default();
    let places: Vec<Place> = missing(DocKind::Analysis, &empty)
        .iter()
        .map(|m| m.place)
        .collect();
    assert_eq!(
        places,
        [
            Place::Organisation,
            Place::People,
            Place::Scores,
            Place::Measures
        ]
    );
    // An empty workbook still gives a document, with blanks to fill in by hand.
    let all = text(&build(DocKind::Declaration, &empty));
    assert!(all.contains("………"));
}
