//! Thai conventions for documents: Thai digits, Buddhist Era dates with Thai month names,
//! and fiscal-year periods (a fiscal year N runs from 1 October N − 1 to 30 September N).

use crate::Lang;

/// Every ASCII digit written as a Thai digit (๐–๙); everything else unchanged.
pub fn thai_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x0E50 + (c as u32 - '0' as u32)).unwrap_or(c),
            other => other,
        })
        .collect()
}

/// Thai digits in the text of an SVG or XML document only: between tags, never inside a tag
/// (coordinates, sizes and colours keep their ASCII digits).
pub fn thai_digits_in_markup(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len() + markup.len() / 4);
    let mut in_tag = false;
    let mut in_entity = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '&' if !in_tag => in_entity = true,
            ';' if in_entity => in_entity = false,
            _ => {}
        }
        match c {
            '0'..='9' if !in_tag && !in_entity => {
                out.push(char::from_u32(0x0E50 + (c as u32 - '0' as u32)).unwrap_or(c));
            }
            other => out.push(other),
        }
    }
    out
}

const MONTHS_TH: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];
const MONTHS_TH_SHORT: [&str; 12] = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_EN_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The Buddhist Era is the Common Era plus 543.
pub const BE_OFFSET: i32 = 543;

/// A calendar date (Gregorian, as date pickers give it), shown in the Buddhist Era.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year of the Common Era.
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31, valid for the month.
    pub day: u8,
}

impl Date {
    /// A date, if it exists (`2024-02-30` does not).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=9999)
            .contains(&year)
            .then_some(())
            .filter(|_| (1..=days).contains(&day))
            .map(|_| Date { year, month, day })
    }

    /// Reads `yyyy-mm-dd` (what `<input type="date">` gives); anything else is `None`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let year = i32::try_from(number(0..4)?).ok()?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// `yyyy-mm-dd`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The year in the Buddhist Era.
    pub fn be_year(self) -> i32 {
        self.year + BE_OFFSET
    }

    /// The month's name in full.
    pub fn month_name(self, lang: Lang) -> &'static str {
        month_name(self.month, lang)
    }

    /// "1 กุมภาพันธ์ 2566" or "1 February 2566 B.E.".
    pub fn long(self, lang: Lang) -> String {
        match lang {
            Lang::Th => format!("{} {} {}", self.day, self.month_name(lang), self.be_year()),
            Lang::En => format!(
                "{} {} {} B.E.",
                self.day,
                self.month_name(lang),
                self.be_year()
            ),
        }
    }
}

fn month_name(month: u8, lang: Lang) -> &'static str {
    let n = usize::from(month.clamp(1, 12)) - 1;
    lang.pick(MONTHS_TH[n], MONTHS_EN[n])
}

fn month_short(month: u8, lang: Lang) -> &'static str {
    let n = usize::from(month.clamp(1, 12)) - 1;
    lang.pick(MONTHS_TH_SHORT[n], MONTHS_EN_SHORT[n])
}

/// "ปีงบประมาณ พ.ศ. 2566" or "fiscal year 2566 B.E.".
pub fn fiscal_year(year: u16, lang: Lang) -> String {
    lang.pick(
        format!("ปีงบประมาณ พ.ศ. {year}"),
        format!("fiscal year {year} B.E."),
    )
}

/// The months `first..=last` months into fiscal year `year` (1 = October of the year before),
/// as a period: "ต.ค. 2565 – มี.ค. 2566" or "Oct 2565 – Mar 2566 B.E.".
pub fn months_of_fiscal_year(year: u16, first: u8, last: u8, lang: Lang) -> String {
    // Month n of the fiscal year: October of the year before is 1, September is 12.
    let at = |n: u8| -> (u8, u16) {
        let calendar = (n.clamp(1, 12) + 8) % 12 + 1;
        let be = if calendar >= 10 {
            year.saturating_sub(1)
        } else {
            year
        };
        (calendar, be)
    };
    let ((m1, y1), (m2, y2)) = (at(first), at(last));
    match lang {
        Lang::Th => format!(
            "{} {y1} – {} {y2}",
            month_short(m1, lang),
            month_short(m2, lang)
        ),
        Lang::En => format!(
            "{} {y1} – {} {y2} B.E.",
            month_short(m1, lang),
            month_short(m2, lang)
        ),
    }
}

/// The whole fiscal year as a period: "ต.ค. 2565 – ก.ย. 2566".
pub fn fiscal_period(year: u16, lang: Lang) -> String {
    months_of_fiscal_year(year, 1, 12, lang)
}

/// A line of dots to write on by hand, where something is not filled in yet.
pub const BLANK: &str = "……………………………";

/// "ประกาศ ณ วันที่ 1 เดือน กุมภาพันธ์ พ.ศ. 2566", with dotted blanks to fill in by hand when
/// no date is set.
pub fn announced_on(date: Option<Date>, lang: Lang) -> String {
    match (date, lang) {
        (Some(d), Lang::Th) => format!(
            "ประกาศ ณ วันที่ {} เดือน {} พ.ศ. {}",
            d.day,
            d.month_name(lang),
            d.be_year()
        ),
        (Some(d), Lang::En) => format!("Announced on {}", d.long(lang)),
        (None, Lang::Th) => "ประกาศ ณ วันที่ ………… เดือน ……………………… พ.ศ. …………".to_owned(),
        (None, Lang::En) => "Announced on ………… ……………………… ………… B.E.".to_owned(),
    }
}

/// "วันที่ 1 กุมภาพันธ์ 2566" (under a signature), or dotted blanks.
pub fn dated(date: Option<Date>, lang: Lang) -> String {
    match date {
        Some(d) => lang.pick(
            format!("วันที่ {}", d.long(lang)),
            format!("Date: {}", d.long(lang)),
        ),
        None => lang
            .pick("วันที่ ………… / ……………… / …………", "Date: ………… / ……………… / …………")
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_become_thai_digits_and_nothing_else_changes() {
        assert_eq!(
            thai_digits("ปี 2566 ได้ 80.00 คะแนน"),
            "ปี ๒๕๖๖ ได้ ๘๐.๐๐ คะแนน"
        );
        assert_eq!(thai_digits("i10 · A"), "i๑๐ · A");
    }

    #[test]
    fn markup_keeps_its_attributes_ascii() {
        let svg = r#"<svg width="640"><text x="10" y="20">85.00 &amp; 2566</text><desc>1&#60;2</desc></svg>"#;
        assert_eq!(
            thai_digits_in_markup(svg),
            r#"<svg width="640"><text x="10" y="20">๘๕.๐๐ &amp; ๒๕๖๖</text><desc>๑&#60;๒</desc></svg>"#
        );
    }

    #[test]
    fn dates_are_read_strictly_and_shown_in_the_buddhist_era() {
        let date = Date::parse_iso("2023-02-01").expect("a date");
        assert_eq!(date.long(Lang::Th), "1 กุมภาพันธ์ 2566");
        assert_eq!(date.long(Lang::En), "1 February 2566 B.E.");
        assert_eq!(
            thai_digits(&announced_on(Some(date), Lang::Th)),
            "ประกาศ ณ วันที่ ๑ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๖"
        );
        assert_eq!(date.iso(), "2023-02-01");
        for bad in [
            "",
            "2023-2-01",
            "2023-02-30",
            "2023-13-01",
            "abcd-ef-gh",
            "2023-02-01x",
            "+023-02-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert!(Date::parse_iso("2024-02-29").is_some());
        assert!(Date::parse_iso("2100-02-29").is_none());
    }

    #[test]
    fn fiscal_periods_run_from_october_of_the_year_before() {
        assert_eq!(fiscal_period(2566, Lang::Th), "ต.ค. 2565 – ก.ย. 2566");
        assert_eq!(
            thai_digits(&fiscal_period(2566, Lang::Th)),
            "ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖"
        );
        assert_eq!(
            months_of_fiscal_year(2564, 1, 6, Lang::Th),
            "ต.ค. 2563 – มี.ค. 2564"
        );
        assert_eq!(
            months_of_fiscal_year(2564, 1, 3, Lang::En),
            "Oct 2563 – Dec 2563 B.E."
        );
        assert_eq!(fiscal_year(2564, Lang::En), "fiscal year 2564 B.E.");
    }
}
