//! The example to try: an invented municipality with three fiscal years of scores and measures
//! with recorded rounds, so that every panel, chart and document shows something before an
//! officer has typed anything. It is marked as an example wherever it shows.

use crate::workbook::{Assessment, Organisation, Person, Workbook};
use crate::{CatalogueMeasure, Lang, OrgType, PlannedMeasure, RoundReport, Status};

/// The example organisation's name (invented; "ตัวอย่าง" means "example").
pub const NAME: &str = "เทศบาลตำบลตัวอย่าง";

fn round(status: Status, done: &str, outputs: &str, outcomes: &str) -> RoundReport {
    RoundReport {
        status,
        done: done.to_owned(),
        outputs: outputs.to_owned(),
        outcomes: outcomes.to_owned(),
        notes: String::new(),
    }
}

/// A year of the example: its scores, and the catalogue measures adopted from its results
/// (for the year after), with the rounds recorded so far; none until the catalogue's texts
/// are loaded.
fn year(
    fiscal_year: u16,
    scores: [&str; 10],
    adopted: &[(&str, &[(u8, RoundReport)])],
) -> Option<Assessment> {
    let mut assessment = Assessment::new(fiscal_year);
    assessment.scores = scores.map(str::to_owned);
    for (n, (id, rounds)) in adopted.iter().enumerate() {
        if let Some(entry) = CatalogueMeasure::find(id) {
            let mut measure =
                PlannedMeasure::adopt(entry, format!("m{}", n + 1), Lang::Th, fiscal_year + 1)?;
            for (month, report) in rounds.iter() {
                measure.progress.insert(*month, report.clone());
            }
            assessment.measures.push(measure);
        }
    }
    Some(assessment)
}

/// The example workbook, in the interface language `lang`, open at 2567: the analysis of the
/// 2567 results, the 2568 measures with both rounds recorded, and the 2568 results beside them.
/// None until the catalogue's texts are loaded (`measures::texts`): its measures are adopted
/// from the catalogue.
pub fn workbook(lang: Lang, thai_digits: bool) -> Option<Workbook> {
    let done = Status::Done;
    let going = Status::InProgress;
    let years = vec![
        year(
            2566,
            [
                "88.20", "80.15", "91.40", "86.75", "76.30", "84.60", "79.85", "74.20", "68.50",
                "72.10",
            ],
            &[
                (
                    "public-disclosure",
                    &[
                        (
                            6,
                            round(
                                done,
                                "จัดทำบัญชีข้อมูลที่ต้องเผยแพร่ และมอบหมายผู้รับผิดชอบครบทุกรายการ",
                                "บัญชีข้อมูล 33 รายการ คำสั่งมอบหมาย 1 ฉบับ",
                                "เว็บไซต์มีข้อมูลครบและเป็นปัจจุบันขึ้น",
                            ),
                        ),
                        (
                            12,
                            round(
                                done,
                                "ตรวจความเป็นปัจจุบันของข้อมูลทุกไตรมาส",
                                "รายงานผลการตรวจ 4 ครั้ง",
                                "คะแนน OIT สูงขึ้น",
                            ),
                        ),
                    ],
                ),
                (
                    "improve-work-systems",
                    &[(
                        6,
                        round(
                            going,
                            "ประชุมผู้บริหารกับบุคลากรเรื่องปัญหาในการทำงาน 2 ครั้ง",
                            "บันทึกการประชุม 2 ฉบับ",
                            "",
                        ),
                    )],
                ),
            ],
        )?,
        year(
            2567,
            [
                "90.50", "83.40", "94.10", "88.90", "79.60", "87.30", "81.75", "78.40", "74.30",
                "77.80",
            ],
            &[
                (
                    "public-disclosure",
                    &[
                        (
                            6,
                            round(
                                done,
                                "ปรับปรุงหัวข้อเว็บไซต์ตามรายการตรวจ OIT ของปีนี้",
                                "ข้อมูลเผยแพร่ครบ 33 รายการ",
                                "ผู้รับบริการค้นหาข้อมูลได้เร็วขึ้น",
                            ),
                        ),
                        (
                            12,
                            round(
                                done,
                                "ตรวจความครบถ้วนของข้อมูลทุกไตรมาส และแจ้งผู้รับผิดชอบแก้ไข",
                                "รายงานผลการตรวจ 4 ครั้ง",
                                "ข้อมูลเป็นปัจจุบันตลอดปี",
                            ),
                        ),
                    ],
                ),
                (
                    "corruption-risk",
                    &[
                        (
                            6,
                            round(
                                done,
                                "แต่งตั้งคณะทำงานและประเมินความเสี่ยงงานอนุมัติ อนุญาต และจัดซื้อจัดจ้าง",
                                "แผนบริหารความเสี่ยง 1 ฉบับ",
                                "",
                            ),
                        ),
                        (
                            12,
                            round(
                                done,
                                "ติดตามมาตรการควบคุมความเสี่ยงและรายงานผู้บริหาร",
                                "รายงานผลการบริหารความเสี่ยง 1 ฉบับ",
                                "ไม่พบเรื่องร้องเรียนการทุจริตในงานที่มีความเสี่ยง",
                            ),
                        ),
                    ],
                ),
                (
                    "communication-channels",
                    &[
                        (
                            6,
                            round(
                                going,
                                "เปิดไลน์ทางการของหน่วยงาน และมอบหมายผู้ตอบคำถาม",
                                "ช่องทางใหม่ 1 ช่องทาง",
                                "",
                            ),
                        ),
                        (
                            12,
                            round(
                                done,
                                "เผยแพร่ข่าวสารทุกสัปดาห์ทางเว็บไซต์ เพจ และไลน์",
                                "ข่าวเผยแพร่ 96 เรื่อง ตอบคำถาม 214 เรื่อง",
                                "ผู้รับบริการได้รับข้อมูลเร็วขึ้น",
                            ),
                        ),
                    ],
                ),
                (
                    "ita-results",
                    &[(
                        6,
                        round(
                            going,
                            "วิเคราะห์ผลการประเมิน ITA และกำหนดมาตรการ",
                            "รายงานการวิเคราะห์ 1 ฉบับ",
                            "",
                        ),
                    )],
                ),
            ],
        )?,
        year(
            2568,
            [
                "92.10", "86.25", "95.60", "90.40", "83.70", "89.15", "85.20", "82.90", "81.60",
                "84.30",
            ],
            &[
                (
                    "stakeholder-participation",
                    &[(
                        6,
                        round(
                            going,
                            "เชิญผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับพัสดุ",
                            "ผู้แทนชุมชนร่วม 3 โครงการ",
                            "",
                        ),
                    )],
                ),
                ("no-gift", &[]),
            ],
        )?,
    ];
    let mut book = Workbook {
        lang,
        thai_digits,
        organisation: Organisation {
            name: NAME.to_owned(),
            org_type: Some(OrgType::SubdistrictMunicipality),
            province: "ลำปาง".to_owned(),
            district: "เมืองลำปาง".to_owned(),
            prepared_by: Person {
                name: "นางสาวสมศรี ตัวอย่าง".to_owned(),
                position: "นักวิเคราะห์นโยบายและแผน".to_owned(),
            },
            approved_by: Person {
                name: "นายสมชาย ตัวอย่าง".to_owned(),
                position: "นายกเทศมนตรีตำบลตัวอย่าง".to_owned(),
            },
            ..Organisation::default()
        },
        years,
        open_year: 2567,
        example: true,
        ..Workbook::default()
    };
    book.normalise();
    Some(book)
}
