//! Fixtures shared by the document tests: a 2563 workbook with all ten scores (a total of
//! exactly 80.00, level B), three adopted measures and two recorded rounds.
#![allow(dead_code)]

use ita_selfcheck::domain::workbook::Workbook;
use ita_selfcheck::domain::{CatalogueMeasure, Lang, PlannedMeasure, RoundReport, Status};

/// i1…i10; weighted: IIT 26.34 + EIT 24.20 + OIT 29.46 = 80.00 exactly.
pub const SCORES: [&str; 10] = [
    "92", "85.50", "95.20", "88", "78.30", "86", "74.50", "81.50", "72.30", "75",
];

pub fn fixture() -> Workbook {
    let mut book = Workbook::default();
    book.organisation.name = "เทศบาลตำบลบ้านใหม่".into();
    book.organisation.district = "เมืองเชียงใหม่".into();
    book.organisation.province = "เชียงใหม่".into();
    book.organisation.prepared_by.name = "นางสาวสมใจ ใจดี".into();
    book.organisation.prepared_by.position = "นักวิเคราะห์นโยบายและแผน".into();
    book.organisation.approved_by.name = "นายสมชาย รักษ์ดี".into();
    book.organisation.approved_by.position = "นายกเทศมนตรีตำบลบ้านใหม่".into();
    book.relabel_open_year(2563).expect("2563 is free");
    let year = book.current_mut();
    year.scores = SCORES.map(String::from);
    for (n, id) in [
        "public-disclosure",
        "communication-channels",
        "corruption-risk",
    ]
    .into_iter()
    .enumerate()
    {
        let measure = CatalogueMeasure::find(id).expect("in the catalogue");
        let adopted =
            PlannedMeasure::adopt(measure, format!("m{}", n + 1), Lang::Th, year.plan_year());
        year.measures.push(adopted.expect("the texts compiled in"));
    }
    year.measures[0].progress.insert(
        6,
        RoundReport {
            status: Status::Done,
            done: "ปรับปรุงเว็บไซต์ครบ 33 รายการ".into(),
            outputs: "ข้อมูลเผยแพร่ครบถ้วน 33 รายการ".into(),
            outcomes: "ผู้รับบริการเข้าถึงข้อมูลได้ง่ายขึ้น".into(),
            notes: String::new(),
        },
    );
    year.measures[1].progress.insert(
        6,
        RoundReport {
            status: Status::InProgress,
            done: "เปิดบัญชี Line OA แล้ว".into(),
            outputs: "ช่องทางใหม่ 1 ช่องทาง".into(),
            outcomes: String::new(),
            notes: "รอจัดอบรมผู้ดูแล".into(),
        },
    );
    book
}

/// The fixture with a plan of `count` measures (the catalogue's, then written ones), each with
/// a round at 6 months: a long table.
pub fn with_measures(count: usize) -> Workbook {
    let mut book = fixture();
    let year = book.current_mut();
    year.measures.clear();
    for n in 0..count {
        let mut measure = match ita_selfcheck::domain::CATALOGUE.get(n) {
            Some(entry) => PlannedMeasure::adopt(entry, format!("m{}", n + 1), Lang::Th, 2564)
                .expect("the texts compiled in"),
            None => PlannedMeasure {
                id: format!("m{}", n + 1),
                name: format!("มาตรการที่หน่วยงานเขียนเอง {}", n + 1),
                steps: vec!["ประชุมชี้แจง".into(), "ดำเนินการ".into(), "รายงานผล".into()],
                responsible: "สำนักปลัด".into(),
                period: "ตลอดปีงบประมาณ พ.ศ. 2564".into(),
                ..PlannedMeasure::default()
            },
        };
        measure.progress.insert(
            6,
            RoundReport {
                status: Status::InProgress,
                done: format!("ดำเนินการตามแผนรอบแรกของมาตรการที่ {}", n + 1),
                outputs: format!("ผลผลิตของมาตรการที่ {}", n + 1),
                outcomes: format!("ผลลัพธ์ของมาตรการที่ {}", n + 1),
                notes: String::new(),
            },
        );
        year.measures.push(measure);
    }
    book
}
