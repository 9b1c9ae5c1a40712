//! Why an exchange file is refused, said with the place in the file where it happened.

use std::fmt;

use thiserror::Error;

use crate::analysis::ThresholdError;
use crate::exchange::read::{Json, MAX_DEPTH, MAX_MEASURES, MAX_VALUES};
use crate::Lang;

/// The longest text from a file repeated in a message, in characters: a hostile file could
/// otherwise put megabytes into one line of the page.
const SHOWN_CHARS: usize = 40;

/// `text` as it can be shown in a message: the characters a reader cannot see or that could
/// reorder the line (controls, invisible and direction marks) written as `\u{…}` escapes,
/// quotes and backslashes escaped, and at most [`SHOWN_CHARS`] characters, escapes included,
/// then `…`.
pub(super) fn short(text: &str) -> String {
    shortened(text, true)
}

/// A value from the file as JSON text, shortened like [`short`] (its quotes and escapes stay
/// as JSON writes them). Only the start of a huge value is written out.
pub(super) fn short_json(value: &Json) -> String {
    let mut start = Prefix(Vec::new());
    // Stops with an error once the prefix is full: what was written is all that is needed.
    let _ = serde_json::to_writer(&mut start, value);
    let text = match std::str::from_utf8(&start.0) {
        Ok(text) => text,
        Err(cut) => std::str::from_utf8(&start.0[..cut.valid_up_to()]).unwrap_or_default(),
    };
    shortened(text, false)
}

/// The first bytes written to it; more than enough for [`SHOWN_CHARS`] characters, each
/// up to four bytes or a ten-character escape.
struct Prefix(Vec<u8>);

impl std::io::Write for Prefix {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let room = (SHOWN_CHARS + 1) * 10 - self.0.len();
        if room == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        let taken = bytes.len().min(room);
        self.0.extend_from_slice(&bytes[..taken]);
        Ok(taken)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn shortened(text: &str, escape_quotes: bool) -> String {
    let mut out = String::new();
    let mut shown = 0;
    // Where to cut if it does not all fit: the `…` takes the last place.
    let mut cut = 0;
    for c in text.chars() {
        let hidden = c.is_control()
            || (c.is_whitespace() && c != ' ')
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
        let written = match c {
            '"' | '\\' if escape_quotes => format!("\\{c}"),
            _ if hidden => c.escape_unicode().to_string(),
            _ => c.to_string(),
        };
        shown += written.chars().count();
        if shown > SHOWN_CHARS {
            out.truncate(cut);
            out.push('…');
            break;
        }
        out.push_str(&written);
        if shown < SHOWN_CHARS {
            cut = out.len();
        }
    }
    out
}

/// The longest path written out, in steps: a deeper place is shown by its first steps and
/// its last one.
const SHOWN_STEPS: usize = 10;

/// Where in a file a problem is: `assessments[0].scores.i3`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldPath(String);

impl FieldPath {
    /// The whole file.
    pub fn root() -> FieldPath {
        FieldPath::default()
    }

    /// A field of an object (a long name is shortened).
    pub fn key(&self, key: &str) -> FieldPath {
        let mut path = self.clone();
        path.push_key(key);
        path
    }

    /// An item of an array.
    pub fn index(&self, index: usize) -> FieldPath {
        let mut path = self.clone();
        path.push_index(index);
        path
    }

    fn push_key(&mut self, key: &str) {
        let plain = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !self.0.is_empty() {
            self.0.push('.');
        }
        if plain {
            self.0.push_str(&short(key));
        } else {
            self.0.push_str(&format!("\"{}\"", short(key)));
        }
    }

    fn push_index(&mut self, index: usize) {
        self.0.push_str(&format!("[{index}]"));
    }

    /// Whether it is the whole file.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A place in a file, written out only when something is wrong there: the reader walks
/// the file with these on the stack and never builds a path string for a good field.
#[derive(Clone, Copy, Debug)]
pub enum At<'a> {
    /// The whole file.
    Root,
    /// A field of an object.
    Key(&'a At<'a>, &'a str),
    /// An item of an array.
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    /// A field of the object here.
    pub fn key<'b>(&'b self, key: &'b str) -> At<'b>
    where
        'a: 'b,
    {
        At::Key(self, key)
    }

    /// An item of the array here.
    pub fn index<'b>(&'b self, index: usize) -> At<'b>
    where
        'a: 'b,
    {
        At::Index(self, index)
    }
}

/// Anything that names a place in a file.
pub trait Place {
    /// The place written out.
    fn field_path(&self) -> FieldPath;
}

impl Place for FieldPath {
    fn field_path(&self) -> FieldPath {
        self.clone()
    }
}

impl Place for At<'_> {
    /// The path from the top; a very deep one keeps its first steps and its last.
    fn field_path(&self) -> FieldPath {
        let mut steps = Vec::new();
        let mut here = self;
        while let At::Key(parent, _) | At::Index(parent, _) = here {
            steps.push(here);
            here = parent;
        }
        steps.reverse();
        let mut path = FieldPath::root();
        let last = steps.len().saturating_sub(1);
        for (n, step) in steps.into_iter().enumerate() {
            if last >= SHOWN_STEPS && (SHOWN_STEPS - 1..last).contains(&n) {
                if n == SHOWN_STEPS - 1 {
                    path.0.push('…');
                }
                continue;
            }
            match step {
                At::Key(_, key) => path.push_key(key),
                At::Index(_, index) => path.push_index(*index),
                At::Root => {}
            }
        }
        path
    }
}

/// What is wrong (the English wording is `Display`; [`Problem::message`] has both).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Problem {
    /// Larger than [`super::MAX_BYTES`].
    #[error("the file is {0} MB; files up to 20 MB can be read")]
    TooLarge(String),
    /// Nothing in the file (or only spaces).
    #[error("the file is empty")]
    Empty,
    /// Bytes that are not UTF-8 text.
    #[error("the file is not UTF-8 text{}", if *.utf16 { " (it looks like UTF-16: save it as UTF-8)" } else { "" })]
    NotUtf8 {
        /// Whether it looks like UTF-16 (a UTF-16 byte order mark, or every other byte 0).
        utf16: bool,
    },
    /// A byte that is not UTF-8 (Latin-1 or Windows-874 text, an overlong or damaged
    /// sequence).
    #[error("the file is not UTF-8 text: byte 0x{byte:02X} at line {line}, column {column} is not UTF-8 (save the file as UTF-8)")]
    BadByte {
        /// The first byte that is not UTF-8.
        byte: u8,
        /// Its line, from 1.
        line: usize,
        /// Its column in bytes, from 1.
        column: usize,
    },
    /// A byte order mark that is not at the very start.
    #[error("a byte order mark (U+FEFF) is in the middle of the file (line {line}, column {column}): save it again as UTF-8")]
    StrayBom {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// The file stops before its JSON is complete.
    #[error("the file ends before its JSON is complete: it looks cut off (line {line}, column {column})")]
    Truncated {
        /// Line of the end, from 1.
        line: usize,
        /// Column of the end, from 1.
        column: usize,
    },
    /// `NaN`, `Infinity` or `-Infinity`, which some programs write but JSON does not have.
    #[error("{token} is not a number JSON can hold (line {line}, column {column})")]
    NotAJsonNumber {
        /// What the file has.
        token: &'static str,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// A control character (U+0000–U+001F) where JSON does not allow one: raw inside a text,
    /// or between values (a NUL byte, say).
    #[error(
        "the control character U+{code:04X} is not allowed here (line {line}, column {column})"
    )]
    ControlCharacter {
        /// The character's code.
        code: u32,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// A `\uD800`–`\uDFFF` escape without its other half.
    #[error("{escape} is half of a character (a lone UTF-16 surrogate), so the text is damaged (line {line}, column {column})")]
    LoneSurrogate {
        /// The escape as written.
        escape: String,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// Lists and objects nested deeper than [`MAX_DEPTH`].
    #[error(
        "lists and objects are nested more than {} deep (line {line}, column {column})",
        MAX_DEPTH
    )]
    TooDeep {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// More than [`MAX_VALUES`] values in the file.
    #[error(
        "the file has more than {} values (lists, objects, texts and numbers)",
        thousands(MAX_VALUES)
    )]
    TooManyValues,
    /// A key given twice in one object: JSON readers disagree about which one counts.
    #[error("\"{0}\" appears twice")]
    DuplicateKey(String),
    /// Not JSON at all, or broken JSON.
    #[error("not valid JSON ({detail}, line {line}, column {column})")]
    NotJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// The parser's words.
        detail: String,
    },
    /// JSON, but not an object at the top.
    #[error("this is not an ITA Self-Check results file (the file is not a JSON object)")]
    NotAnObject,
    /// No `format` field.
    #[error("missing: this is not an ITA Self-Check results file")]
    MissingFormat,
    /// Another program's format.
    #[error("\"{0}\" is another format, not \"ita-selfcheck\"")]
    OtherFormat(String),
    /// A later version of the format.
    #[error("{0} is a later version than this app reads (1): update ITA Self-Check")]
    LaterVersion(u64),
    /// A whole number that is no version of the format (0, a negative one, one too large to
    /// read exactly).
    #[error("{0} is not a version of this format (this app reads version 1)")]
    NoSuchVersion(String),
    /// A required field is missing.
    #[error("is missing")]
    Missing,
    /// A field of the wrong kind, e.g. text where a number belongs.
    #[error("{found} is not {expected}")]
    WrongType {
        /// What was expected: "a number", "text", …
        expected: &'static str,
        /// What was found, shortened.
        found: String,
    },
    /// A score above 100.
    #[error("{0} is above 100")]
    AboveMaximum(String),
    /// A negative score.
    #[error("{0} is below 0")]
    BelowZero(String),
    /// More than two decimals.
    #[error("{0} has more than two decimals")]
    TooManyDecimals(String),
    /// A key that is not an indicator.
    #[error("\"{0}\" is not an indicator code (i1…i10)")]
    UnknownIndicator(String),
    /// The same indicator twice (by code and by name).
    #[error("{0} is given twice")]
    DuplicateIndicator(String),
    /// A framework id this app does not know.
    #[error("\"{0}\" is not a framework this app knows ({1})")]
    UnknownFramework(String, String),
    /// A published framework used for a year it does not cover.
    #[error("{0} does not cover fiscal year {1}")]
    FrameworkYear(String, u16),
    /// A fiscal year outside 2550–2600.
    #[error("{0} is outside 2550–2600")]
    YearOutOfRange(String),
    /// Two assessments for one year.
    #[error("{0} appears twice")]
    DuplicateYear(u16),
    /// No assessment in the file.
    #[error("there is no assessment in the file")]
    NoAssessments,
    /// More measures in a year than [`MAX_MEASURES`].
    #[error("{0} measures; a year has at most {max}", max = thousands(MAX_MEASURES))]
    TooManyMeasures(usize),
    /// A weight that is not a whole number from 0 to 100.
    #[error("{0} is not a whole number from 0 to 100")]
    BadWeight(String),
    /// Custom weights that do not sum to 100.
    #[error("the weights add up to {0}, not 100")]
    WeightsSum(u32),
    /// One value out of a fixed list.
    #[error("\"{0}\" is not one of {1}")]
    NotOneOf(String, &'static str),
    /// Thresholds out of order.
    #[error("{0}")]
    ThresholdOrder(ThresholdError),
    /// A document's date that is not a real day written `yyyy-mm-dd` (Common Era).
    #[error("\"{0}\" is not a date written as yyyy-mm-dd")]
    BadDate(String),
}

/// A refused file: what is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{}", self.message(Lang::En))]
pub struct ImportError {
    /// Where in the file.
    pub path: FieldPath,
    /// What is wrong.
    pub problem: Problem,
}

impl ImportError {
    /// A problem at a place in the file.
    pub fn at(place: &impl Place, problem: Problem) -> ImportError {
        ImportError {
            path: place.field_path(),
            problem,
        }
    }

    /// The message to show, in the user's language, with the field path first.
    pub fn message(&self, lang: Lang) -> String {
        let problem = self.problem.message(lang);
        if self.path.is_root() {
            problem
        } else {
            format!("{}: {problem}", self.path)
        }
    }
}

impl Problem {
    /// The problem in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Problem::TooLarge(mb) => format!("ไฟล์มีขนาด {mb} MB อ่านได้ไม่เกิน 20 MB"),
            Problem::NotUtf8 { utf16: true } => {
                "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (ดูเหมือนเป็น UTF-16) กรุณาบันทึกไฟล์ใหม่เป็น UTF-8".to_owned()
            }
            Problem::NotUtf8 { utf16: false } => "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8".to_owned(),
            Problem::Empty => "ไฟล์ว่างเปล่า ไม่มีข้อมูล".to_owned(),
            Problem::NotJson {
                line,
                column,
                detail,
            } => {
                let detail = thai_json_detail(detail).unwrap_or(detail);
                format!("ไฟล์ไม่ใช่ JSON ที่ถูกต้อง ({detail} บรรทัด {line} ตำแหน่งที่ {column})")
            }
            Problem::BadByte { byte, line, column } => format!(
                "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8: ไบต์ 0x{byte:02X} ที่บรรทัด {line} ตำแหน่งที่ {column} ไม่ใช่ UTF-8 กรุณาบันทึกไฟล์ใหม่เป็น UTF-8"
            ),
            Problem::StrayBom { line, column } => format!(
                "พบเครื่องหมายลำดับไบต์ (BOM, U+FEFF) กลางไฟล์ (บรรทัด {line} ตำแหน่งที่ {column}) กรุณาบันทึกไฟล์ใหม่เป็น UTF-8"
            ),
            Problem::Truncated { line, column } => format!(
                "ไฟล์จบก่อนข้อมูล JSON จะครบ ดูเหมือนไฟล์ถูกตัดขาด (บรรทัด {line} ตำแหน่งที่ {column})"
            ),
            Problem::NotAJsonNumber {
                token,
                line,
                column,
            } => format!(
                "{token} ไม่ใช่ตัวเลขที่ JSON ใช้ได้ (บรรทัด {line} ตำแหน่งที่ {column})"
            ),
            Problem::ControlCharacter { code, line, column } => format!(
                "ใช้อักขระควบคุม U+{code:04X} ในตำแหน่งนี้ไม่ได้ (บรรทัด {line} ตำแหน่งที่ {column})"
            ),
            Problem::LoneSurrogate {
                escape,
                line,
                column,
            } => format!(
                "{escape} เป็นเพียงครึ่งหนึ่งของอักขระ (UTF-16 surrogate ที่ไม่มีคู่) ข้อความจึงเสียหาย (บรรทัด {line} ตำแหน่งที่ {column})"
            ),
            Problem::TooDeep { line, column } => format!(
                "รายการและออบเจกต์ซ้อนกันเกิน {MAX_DEPTH} ชั้น (บรรทัด {line} ตำแหน่งที่ {column})"
            ),
            Problem::TooManyValues => format!(
                "ไฟล์มีค่าข้อมูลเกิน {} ค่า (นับรายการ ออบเจกต์ ข้อความ และตัวเลข)",
                thousands(MAX_VALUES)
            ),
            Problem::DuplicateKey(key) => format!("ช่อง “{key}” ซ้ำกัน (มีสองครั้ง)"),
            Problem::NoSuchVersion(version) => {
                format!("{version} ไม่ใช่รุ่นของรูปแบบไฟล์นี้ (แอปนี้อ่านรุ่น 1)")
            }
            Problem::TooManyMeasures(count) => format!(
                "มี {count} มาตรการ แต่ละปีมีได้ไม่เกิน {} มาตรการ",
                thousands(MAX_MEASURES)
            ),
            Problem::NotAnObject => {
                "ไม่ใช่ไฟล์ผลการประเมินของ ITA Self-Check (ไม่ใช่ออบเจกต์ JSON)".to_owned()
            }
            Problem::MissingFormat => "ไม่มีช่องนี้ จึงไม่ใช่ไฟล์ผลการประเมินของ ITA Self-Check".to_owned(),
            Problem::OtherFormat(format) => {
                format!("“{format}” เป็นรูปแบบอื่น ไม่ใช่ “ita-selfcheck”")
            }
            Problem::LaterVersion(version) => {
                format!("รุ่น {version} ใหม่กว่าที่แอปนี้อ่านได้ (รุ่น 1) กรุณาใช้ ITA Self-Check รุ่นใหม่")
            }
            Problem::Missing => "ไม่มีข้อมูลช่องนี้".to_owned(),
            Problem::WrongType { expected, found } => {
                format!("{found} ไม่ใช่{}", thai_kind(expected))
            }
            Problem::AboveMaximum(value) => format!("{value} เกิน 100"),
            Problem::BelowZero(value) => format!("{value} ติดลบ (ต่ำกว่า 0)"),
            Problem::TooManyDecimals(value) => format!("{value} มีทศนิยมเกิน 2 ตำแหน่ง"),
            Problem::UnknownIndicator(key) => format!("“{key}” ไม่ใช่รหัสตัวชี้วัด (i1…i10)"),
            Problem::DuplicateIndicator(code) => format!("{code} ซ้ำกัน"),
            Problem::UnknownFramework(id, known) => {
                format!("ไม่รู้จักกรอบการประเมิน “{id}” (ที่รู้จัก: {known})")
            }
            Problem::FrameworkYear(id, year) => format!("{id} ไม่ใช่กรอบของปีงบประมาณ {year}"),
            Problem::YearOutOfRange(year) => format!("{year} อยู่นอกช่วง 2550–2600"),
            Problem::DuplicateYear(year) => format!("ปี {year} ซ้ำกัน"),
            Problem::NoAssessments => "ไม่มีผลการประเมินในไฟล์".to_owned(),
            Problem::BadWeight(value) => format!("{value} ไม่ใช่จำนวนเต็ม 0 ถึง 100"),
            Problem::WeightsSum(sum) => format!("น้ำหนักรวมกันได้ {sum} ไม่ใช่ 100"),
            Problem::NotOneOf(value, allowed) => format!("“{value}” ไม่ใช่ค่าที่ใช้ได้ ({allowed})"),
            Problem::ThresholdOrder(error) => error.message(lang),
            Problem::BadDate(date) => {
                format!("“{date}” ไม่ใช่วันที่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)")
            }
        }
    }
}

/// 500000 as 500,000.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The JSON parser's own words in Thai, for those it uses.
fn thai_json_detail(detail: &str) -> Option<&'static str> {
    Some(match detail {
        "EOF while parsing a list" => "ไฟล์จบกลางรายการ",
        "EOF while parsing an object" => "ไฟล์จบกลางออบเจกต์",
        "EOF while parsing a string" => "ไฟล์จบกลางข้อความ",
        "EOF while parsing a value" => "ไฟล์จบก่อนถึงค่าข้อมูล",
        "expected `:`" => "ควรมี : หลังชื่อช่อง",
        "expected `,` or `]`" => "ควรมี , หรือ ] ในรายการ",
        "expected `,` or `}`" => "ควรมี , หรือ } ในออบเจกต์",
        "expected ident" => "คำนี้ไม่ใช่ true, false หรือ null",
        "expected value" => "ควรเป็นค่าข้อมูล",
        "expected `\"`" => "ควรมีเครื่องหมาย \"",
        "invalid escape" => "ลำดับหลีก (escape) ในข้อความไม่ถูกต้อง",
        "invalid number" => "ตัวเลขเขียนไม่ถูกต้อง",
        "number out of range" => "ตัวเลขใหญ่เกินกว่าจะอ่านได้",
        "invalid unicode code point" => "รหัสอักขระ Unicode ไม่ถูกต้อง",
        "key must be a string" => "ชื่อช่องต้องเป็นข้อความในเครื่องหมายคำพูด",
        "trailing comma" => "มีจุลภาคเกินก่อนปิดรายการหรือออบเจกต์",
        "trailing characters" => "มีข้อมูลเกินหลังจบ JSON",
        "unexpected end of hex escape" => "รหัส \\u ในข้อความไม่ครบ",
        "lone leading surrogate in hex escape" => "รหัส \\u ในข้อความไม่มีคู่",
        "recursion limit exceeded" => "ซ้อนกันลึกเกินไป",
        _ => return None,
    })
}

fn thai_kind(expected: &str) -> &'static str {
    match expected {
        "a number" => "ตัวเลข",
        "text" => "ข้อความ",
        "a whole number" => "จำนวนเต็ม",
        "an object" => "ออบเจกต์ JSON",
        "a list" => "รายการ (อาร์เรย์)",
        "true or false" => "ค่าจริง/เท็จ",
        _ => "ชนิดข้อมูลที่ถูกต้อง",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_the_file() {
        let path = FieldPath::root()
            .key("assessments")
            .index(0)
            .key("scores")
            .key("i3");
        assert_eq!(path.to_string(), "assessments[0].scores.i3");
        assert_eq!(FieldPath::root().key("a b").to_string(), "\"a b\"");
        let error = ImportError::at(&path, Problem::AboveMaximum("105".into()));
        assert_eq!(
            error.message(Lang::En),
            "assessments[0].scores.i3: 105 is above 100"
        );
        assert_eq!(
            error.message(Lang::Th),
            "assessments[0].scores.i3: 105 เกิน 100"
        );
        let whole = ImportError::at(&FieldPath::root(), Problem::NotAnObject);
        let lazy = At::Root;
        let (assessments, first) = (lazy.key("assessments"), 0);
        let deep = assessments.index(first);
        assert_eq!(
            deep.key("scores").field_path().to_string(),
            "assessments[0].scores"
        );
        assert!(!whole.message(Lang::En).starts_with(':'));
    }
}
