//! Reading pasted scores: texts written here in the shapes officers copy from (ITAS, a
//! spreadsheet, a published analysis), each with what it must give; and a property: any ten
//! valid scores written as a row read back the same.

#![cfg(not(target_arch = "wasm32"))]

use ita_selfcheck::domain::paste::{read_paste, PasteReading, Shape, Skip};
use ita_selfcheck::domain::{Indicator, Score, ScoreError};
use proptest::prelude::*;

/// The accepted scores as `(code, score)`, in indicator order.
fn scores(reading: &PasteReading) -> Vec<(String, String)> {
    reading
        .accepted()
        .into_iter()
        .map(|(i, s)| (i.code().to_owned(), s.to_string()))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(i, s)| ((*i).to_owned(), (*s).to_owned()))
        .collect()
}

const TEN: [(&str, &str); 10] = [
    ("i1", "92.00"),
    ("i2", "85.50"),
    ("i3", "95.20"),
    ("i4", "88.00"),
    ("i5", "78.30"),
    ("i6", "86.00"),
    ("i7", "74.50"),
    ("i8", "81.50"),
    ("i9", "72.30"),
    ("i10", "75.00"),
];

fn all_ten(text: &str, shape: Shape) {
    let reading = read_paste(text);
    assert_eq!(reading.shape, shape, "{text}");
    assert_eq!(scores(&reading), pairs(&TEN), "{text}");
    assert!(reading.missing().is_empty());
}

#[test]
fn a_spreadsheet_row_with_tabs() {
    all_ten(
        "92\t85.50\t95.20\t88\t78.30\t86\t74.50\t81.50\t72.30\t75",
        Shape::InOrder,
    );
}

#[test]
fn a_row_with_commas_semicolons_or_spaces() {
    all_ten(
        "92,85.50,95.20,88,78.30,86,74.50,81.50,72.30,75",
        Shape::InOrder,
    );
    all_ten(
        "92; 85,50; 95,20; 88; 78,30; 86; 74,50; 81,50; 72,30; 75",
        Shape::InOrder,
    );
    all_ten(
        "92 85.50 95.20 88 78.30 86 74.50 81.50 72.30 75",
        Shape::InOrder,
    );
}

#[test]
fn a_column_with_trailing_spaces_and_blank_lines() {
    all_ten(
        "92\n85.50 \n\n95.20\n88\n78.30\n86\n74.50\n81.50\n72.30\n75\n",
        Shape::InOrder,
    );
}

#[test]
fn a_spreadsheet_row_with_the_organisation_first() {
    all_ten(
        "เทศบาลตำบลบ้านใหม่\t92\t85.50\t95.20\t88\t78.30\t86\t74.50\t81.50\t72.30\t75",
        Shape::InOrder,
    );
}

#[test]
fn thai_digits_and_decimal_commas() {
    all_ten(
        "๙๒\t๘๕,๕๐\t๙๕,๒๐\t๘๘\t๗๘,๓๐\t๘๖\t๗๔,๕๐\t๘๑,๕๐\t๗๒,๓๐\t๗๕",
        Shape::InOrder,
    );
}

#[test]
fn lines_naming_each_indicator_in_any_order() {
    all_ten(
        "การเปิดเผยข้อมูล 72.30\nการใช้อำนาจ 95.20\nการปฏิบัติหน้าที่ 92\nการใช้งบประมาณ 85.50\n\
         การใช้ทรัพย์สินของราชการ 88\nการแก้ไขปัญหาการทุจริต 78.30\nคุณภาพการดำเนินงาน 86\n\
         ประสิทธิภาพการสื่อสาร 74.50\nการปรับปรุงระบบการทำงาน 81.50\nการป้องกันการทุจริต 75",
        Shape::Named,
    );
}

#[test]
fn a_ranked_report_where_the_line_number_is_not_the_indicator() {
    let text = "ผลคะแนนรายตัวชี้วัด เรียงจากมากไปน้อย\n\
        ตัวชี้วัดที่ 1 การใช้อำนาจ ได้คะแนน 95.20\n\
        ตัวชี้วัดที่ 2 การปฏิบัติหน้าที่ ได้คะแนน 92.00\n\
        ตัวชี้วัดที่ 3 การใช้ทรัพย์สินของทางราชการ ได้คะแนน 88.00\n\
        ตัวชี้วัดที่ 4 คุณภาพการดำเนินงาน ได้คะแนน 86.00\n\
        ตัวชี้วัดที่ 5 การใช้งบประมาณ ได้คะแนน 85.50\n\
        ตัวชี้วัดที่ 6 การปรับปรุงการทำงาน ได้คะแนน 81.50\n\
        ตัวชี้วัดที่ 7 การแก้ไขปัญหาการทุจริต ได้คะแนน 78.30\n\
        ตัวชี้วัดที่ 8 การป้องกันการทุจริต ได้คะแนน 75.00\n\
        ตัวชี้วัดที่ 9 ประสิทธิภาพการสื่อสาร ได้คะแนน 74.50\n\
        ตัวชี้วัดที่ 10 การเปิดเผยข้อมูล ได้คะแนน 72.30";
    all_ten(text, Shape::Named);
    let reading = read_paste(text);
    assert_eq!(reading.skipped.len(), 1, "the heading");
    assert_eq!(reading.skipped[0].why, Skip::NoNumber);
}

#[test]
fn numbered_lines_and_codes_beside_names() {
    let text = "1. i3 การใช้อำนาจ 95.20\n2) i1 การปฏิบัติหน้าที่ 92\n(3) i9 การเปิดเผยข้อมูล 72.30";
    let reading = read_paste(text);
    assert_eq!(
        scores(&reading),
        pairs(&[("i1", "92.00"), ("i3", "95.20"), ("i9", "72.30")])
    );
}

#[test]
fn the_analysis_reports_own_ranking_table_rows() {
    // Rank, indicator, tool, score, weight, points lost, standing: the score is the first
    // number after the name.
    let text = "1\ti3 การใช้อำนาจ\tIIT\t95.20\t6\t0.29\tดีเยี่ยม\n\
                10\ti9 การเปิดเผยข้อมูล\tOIT\t72.30\t20\t5.54\tควรพัฒนา · เร่งด่วน";
    let reading = read_paste(text);
    assert_eq!(scores(&reading), pairs(&[("i3", "95.20"), ("i9", "72.30")]));
}

#[test]
fn codes_alone() {
    let reading = read_paste("i1 92\nI2: 85.5\ni10 = 75\ni9\t72.3");
    assert_eq!(
        scores(&reading),
        pairs(&[
            ("i1", "92.00"),
            ("i2", "85.50"),
            ("i9", "72.30"),
            ("i10", "75.00")
        ])
    );
}

#[test]
fn english_names() {
    let reading = read_paste(
        "Use of budget: 78\nInformation disclosure 80.06\nCorruption Prevention - 91.4\nPerformance of duty 88",
    );
    assert_eq!(
        scores(&reading),
        pairs(&[
            ("i1", "88.00"),
            ("i2", "78.00"),
            ("i9", "80.06"),
            ("i10", "91.40")
        ])
    );
}

#[test]
fn mixed_thai_and_english_and_shortenings() {
    let reading = read_paste(
        "i9 การเปิดเผยข้อมูล 80.06\nการใช้ทรัพย์สินของทางราชการ ๙๐,๕\nการปรับปรุงการทำงาน 77\nUse of authority 99.45",
    );
    assert_eq!(
        scores(&reading),
        pairs(&[
            ("i3", "99.45"),
            ("i4", "90.50"),
            ("i8", "77.00"),
            ("i9", "80.06")
        ])
    );
    assert_eq!(reading.missing().len(), 6);
}

#[test]
fn the_score_before_the_name() {
    let reading = read_paste("95.20 การใช้อำนาจ\n88 — การใช้ทรัพย์สินของราชการ");
    assert_eq!(scores(&reading), pairs(&[("i3", "95.20"), ("i4", "88.00")]));
}

#[test]
fn a_total_and_a_level_on_lines_of_their_own_are_not_scores() {
    let text = "การใช้อำนาจ 95.20\nคะแนนรวม 80.00\nผลการประเมิน ระดับ B\nTotal 80.00";
    let reading = read_paste(text);
    assert_eq!(scores(&reading), pairs(&[("i3", "95.20")]));
    let why: Vec<&Skip> = reading.skipped.iter().map(|s| &s.why).collect();
    assert_eq!(
        why,
        [
            &Skip::TotalOrLevel,
            &Skip::TotalOrLevel,
            &Skip::TotalOrLevel
        ]
    );
}

#[test]
fn a_column_of_ten_with_the_total_under_it() {
    let text = "92\n85.50\n95.20\n88\n78.30\n86\n74.50\n81.50\n72.30\n75\nคะแนนรวม 80.00";
    all_ten(text, Shape::InOrder);
}

#[test]
fn an_indicator_named_twice_keeps_the_first_and_says_so() {
    let reading = read_paste("การใช้อำนาจ 95.20\nการใช้อำนาจ 90");
    assert_eq!(scores(&reading), pairs(&[("i3", "95.20")]));
    assert_eq!(reading.skipped[0].why, Skip::Duplicate(Indicator::I3));
    assert_eq!(reading.skipped[0].line, 2);
}

#[test]
fn an_unknown_indicator_name_is_listed_not_guessed() {
    let reading = read_paste("การใช้อำนาจ 95.20\nความพึงพอใจของประชาชน 88.00");
    assert_eq!(scores(&reading), pairs(&[("i3", "95.20")]));
    assert_eq!(reading.skipped[0].why, Skip::NoIndicator);
    assert_eq!(reading.skipped[0].text, "ความพึงพอใจของประชาชน 88.00");
}

#[test]
fn a_name_without_a_score() {
    let reading = read_paste("ตัวชี้วัดที่ 3 การใช้อำนาจ\nการเปิดเผยข้อมูล 72.30");
    assert_eq!(scores(&reading), pairs(&[("i9", "72.30")]));
    assert_eq!(reading.skipped[0].why, Skip::NoScore(Indicator::I3));
}

#[test]
fn out_of_range_and_three_decimals_are_refused_and_never_accepted() {
    let reading = read_paste("การใช้อำนาจ 105\nการเปิดเผยข้อมูล 72.305\nการป้องกันการทุจริต -3");
    assert!(reading.accepted().is_empty());
    assert_eq!(reading.found.len(), 3);
    assert_eq!(reading.found[0].score, Err(ScoreError::AboveMaximum));
    assert_eq!(reading.found[1].score, Err(ScoreError::TooManyDecimals));
    assert_eq!(reading.found[2].score, Err(ScoreError::Negative));
}

#[test]
fn an_empty_paste_gives_nothing() {
    let reading = read_paste("");
    assert_eq!(reading.shape, Shape::Nothing);
    assert!(reading.found.is_empty() && reading.skipped.is_empty());
    assert_eq!(reading.missing().len(), 10);
    assert_eq!(read_paste("   \n\t\n").shape, Shape::Nothing);
}

#[test]
fn numbers_that_are_not_ten_are_not_guessed_at() {
    let reading = read_paste("92\t85.50\t95.20\t88\t78.30\t86\t74.50\t81.50\t72.30");
    assert_eq!(reading.shape, Shape::Nothing);
    assert_eq!(reading.loose_numbers, 9);
    assert!(reading.found.is_empty());
    let eleven = read_paste("1 2 3 4 5 6 7 8 9 10 11");
    assert_eq!((eleven.shape, eleven.loose_numbers), (Shape::Nothing, 11));
}

#[test]
fn garbage_gives_nothing_and_says_why() {
    let reading = read_paste("สวัสดีครับ\nhello world\n<script>alert(1)</script>");
    assert_eq!(reading.shape, Shape::Nothing);
    assert!(reading.found.is_empty());
    assert_eq!(reading.skipped.len(), 2);
    assert!(reading.skipped.iter().all(|s| s.why == Skip::NoNumber));
    assert_eq!(
        reading.loose_numbers, 1,
        "the 1 of alert(1), which is no score"
    );
}

#[test]
fn a_spreadsheet_header_row_of_names_with_the_scores_under_it() {
    let text = "ปีงบประมาณ\tการปฏิบัติหน้าที่\tการใช้งบประมาณ\tการใช้อำนาจ\n2568\t92\t85.5\t95.2";
    let reading = read_paste(text);
    assert_eq!(reading.shape, Shape::Table);
    assert_eq!(
        scores(&reading),
        pairs(&[("i1", "92.00"), ("i2", "85.50"), ("i3", "95.20")])
    );
    let codes = "i1\ti2\ti3\ti4\ti5\ti6\ti7\ti8\ti9\ti10\n92\t85.50\t95.20\t88\t78.30\t86\t74.50\t81.50\t72.30\t75";
    all_ten(codes, Shape::Table);
}

#[test]
fn an_itas_like_results_page_copied_whole() {
    let text = "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568\nหน่วยงาน: เทศบาลตำบลบ้านใหม่\n\
        คะแนน ITA 80.00 ระดับ B\n\
        แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\n\
        การปฏิบัติหน้าที่\t92.00\nการใช้งบประมาณ\t85.50\nการใช้อำนาจ\t95.20\n\
        การใช้ทรัพย์สินของราชการ\t88.00\nการแก้ไขปัญหาการทุจริต\t78.30\n\
        แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\n\
        คุณภาพการดำเนินงาน\t86.00\nประสิทธิภาพการสื่อสาร\t74.50\nการปรับปรุงระบบการทำงาน\t81.50\n\
        แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\n\
        การเปิดเผยข้อมูล\t72.30\nการป้องกันการทุจริต\t75.00";
    let reading = read_paste(text);
    assert_eq!(scores(&reading), pairs(&TEN));
    // The title (a year), the total with its level: left out, with reasons.
    assert!(reading
        .skipped
        .iter()
        .any(|s| s.why == Skip::TotalOrLevel && s.text.contains("80.00")));
}

#[test]
fn the_total_beside_a_name_is_still_that_indicators_line() {
    // "รวม" names a total only on a line without an indicator.
    let reading = read_paste("การใช้งบประมาณ รวม 85.50");
    assert_eq!(scores(&reading), pairs(&[("i2", "85.50")]));
}

#[test]
fn two_megabytes_of_text_are_read_quickly_and_cut_where_they_must_be() {
    let big = "การใช้อำนาจ 95.20\n".to_owned() + &"ข้อความยาว ๆ ที่ไม่มีตัวเลข ".repeat(80_000);
    assert!(big.len() > 2_000_000);
    let reading = read_paste(&big);
    assert!(reading.truncated);
    assert_eq!(scores(&reading), pairs(&[("i3", "95.20")]));
    assert!(reading.skipped.len() <= 50);
    let lines = "x 1\n".repeat(600_000);
    let reading = read_paste(&lines);
    assert!(reading.skipped.len() + reading.more_skipped > 0 || reading.shape == Shape::Nothing);
    assert!(reading.found.is_empty());
}

#[test]
fn skipped_lines_are_shown_short() {
    let long = format!("ข้อความ {} 5", "ก".repeat(500));
    let reading = read_paste(&format!("การใช้อำนาจ 95\n{long}"));
    assert!(reading.skipped[0].text.chars().count() <= 120);
}

fn score_strategy() -> impl Strategy<Value = Score> {
    (0u16..=10_000).prop_filter_map("a score", Score::from_hundredths)
}

proptest! {
    #[test]
    fn any_ten_valid_scores_written_as_a_row_read_back_the_same(
        values in proptest::array::uniform10(score_strategy()),
        separator in prop::sample::select(vec!["\t", ";", " ", ","]),
        thai in any::<bool>(),
    ) {
        let mut row = values.iter().map(|s| s.to_short_string()).collect::<Vec<_>>().join(separator);
        if thai {
            row = ita_selfcheck::domain::documents::thai::thai_digits(&row);
        }
        let reading = read_paste(&row);
        prop_assert_eq!(reading.shape, Shape::InOrder, "{}", row);
        let read: Vec<Score> = reading.accepted().into_iter().map(|(_, s)| s).collect();
        prop_assert_eq!(read, values.to_vec());
    }
}
