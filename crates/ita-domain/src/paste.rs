//! Reading scores pasted in one go: from ITAS's results page, a spreadsheet row or column, or
//! a published analysis. Nothing here changes the work: the reading says which indicator gets
//! which score, which lines were not understood and why, and which indicators are missing, so
//! that the user confirms or cancels.
//!
//! Three shapes are read:
//! - lines that name an indicator (official Thai name, a common shortening, the English name,
//!   or the code `i9`) with its score on the same line, in any order. A number that counts the
//!   line ("ตัวชี้วัดที่ 2", "1.") is not the indicator's number: published analyses list the
//!   indicators by rank, so the name decides;
//! - a header row of indicator names or codes with a row of scores under it (a spreadsheet);
//! - ten numbers and nothing else that names an indicator: a row or a column, `i1` first.
//!
//! Thai digits and decimal commas are read; a total or level on a line of its own is noticed
//! and left out.

use crate::sort::sort_small_by_key;
use crate::{Indicator, Score, ScoreError};

/// The most text read: a paste of scores is a few hundred bytes; anything past this is not
/// looked at (and the reading says so).
pub const MAX_CHARS: usize = 200_000;
/// The most lines listed as not understood (the rest are counted).
pub const MAX_LISTED: usize = 50;

/// An indicator the paste gives a value for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Which indicator.
    pub indicator: Indicator,
    /// The score, or why it is refused (out of range, three decimals…): a refused value never
    /// enters the form.
    pub score: Result<Score, ScoreError>,
    /// The value as written.
    pub written: String,
    /// The line it came from, from 1.
    pub line: usize,
}

/// Why a line of the paste was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skip {
    /// It names no indicator this reading knows, though it has a number.
    NoIndicator,
    /// It names an indicator but has no number for it.
    NoScore(Indicator),
    /// It is the total or the result, not an indicator's score.
    TotalOrLevel,
    /// It names an indicator a line above already gave.
    Duplicate(Indicator),
    /// It has neither a number nor an indicator's name (a heading, a note).
    NoNumber,
}

/// A line left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The line, from 1.
    pub line: usize,
    /// Its text (trimmed, at most 120 characters).
    pub text: String,
    /// Why.
    pub why: Skip,
}

/// How the paste was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Lines naming their indicators.
    Named,
    /// A header row of indicators and a row of scores.
    Table,
    /// Ten numbers in order, `i1` first.
    InOrder,
    /// Nothing usable.
    Nothing,
}

/// What a paste holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteReading {
    /// How it was read.
    pub shape: Shape,
    /// The indicators it gives, in indicator order.
    pub found: Vec<Found>,
    /// Lines left out, with why (at most [`MAX_LISTED`]).
    pub skipped: Vec<Skipped>,
    /// How many more lines were left out than listed.
    pub more_skipped: usize,
    /// Numbers with no indicator when the paste is neither named nor exactly ten: how many.
    pub loose_numbers: usize,
    /// Whether the text was longer than [`MAX_CHARS`] and cut there.
    pub truncated: bool,
}

impl PasteReading {
    /// The indicators the paste does not give.
    pub fn missing(&self) -> Vec<Indicator> {
        Indicator::ALL
            .into_iter()
            .filter(|i| !self.found.iter().any(|f| f.indicator == *i))
            .collect()
    }

    /// The scores that would enter the form (the refused ones never do).
    pub fn accepted(&self) -> Vec<(Indicator, Score)> {
        self.found
            .iter()
            .filter_map(|f| f.score.as_ref().ok().map(|s| (f.indicator, *s)))
            .collect()
    }

    /// The scores given for each of the ten, as text, `i1` first (empty where not given).
    pub fn score_of(&self, indicator: Indicator) -> Option<&Found> {
        self.found.iter().find(|f| f.indicator == indicator)
    }
}

/// Names an indicator goes by: the official Thai name first, then shortenings and variants
/// agencies write, then English names. Matched longest first, so that a longer name wins.
const NAMES: [&[&str]; 10] = [
    &[
        "การปฏิบัติหน้าที่",
        "ปฏิบัติหน้าที่",
        "performance of duty",
        "performance of duties",
        "duty performance",
    ],
    &[
        "การใช้งบประมาณ",
        "ใช้งบประมาณ",
        "use of budget",
        "budget use",
        "budget spending",
    ],
    &[
        "การใช้อำนาจ",
        "ใช้อำนาจ",
        "use of authority",
        "use of power",
        "exercise of authority",
    ],
    &[
        "การใช้ทรัพย์สินของราชการ",
        "การใช้ทรัพย์สินของทางราชการ",
        "ใช้ทรัพย์สินของราชการ",
        "ใช้ทรัพย์สินของทางราชการ",
        "ทรัพย์สินของทางราชการ",
        "ทรัพย์สินของราชการ",
        "ทรัพย์สินราชการ",
        "use of government assets",
        "use of government property",
        "use of official property",
    ],
    &[
        "การแก้ไขปัญหาการทุจริต",
        "แก้ไขปัญหาการทุจริต",
        "แก้ไขปัญหาทุจริต",
        "addressing corruption",
        "corruption problem solving",
        "solving corruption problems",
    ],
    &[
        "คุณภาพการดำเนินงาน",
        "คุณภาพการปฏิบัติงาน",
        "quality of operations",
        "quality of operation",
        "operational quality",
    ],
    &[
        "ประสิทธิภาพการสื่อสาร",
        "communication efficiency",
        "effectiveness of communication",
        "efficiency of communication",
    ],
    &[
        "การปรับปรุงระบบการทำงาน",
        "การปรับปรุงการทำงาน",
        "ปรับปรุงระบบการทำงาน",
        "ปรับปรุงการทำงาน",
        "improvement of work systems",
        "improvement of working systems",
        "improvement of the work system",
        "work system improvement",
    ],
    &[
        "การเปิดเผยข้อมูล",
        "เปิดเผยข้อมูล",
        "information disclosure",
        "disclosure of information",
        "open data",
    ],
    &[
        "การป้องกันการทุจริต",
        "ป้องกันการทุจริต",
        "ป้องกันทุจริต",
        "corruption prevention",
        "prevention of corruption",
    ],
];

/// Words of a line that gives the total or the result rather than an indicator.
const TOTAL_WORDS: [&str; 9] = [
    "คะแนนรวม",
    "รวม",
    "ผลการประเมิน",
    "ระดับ",
    "total",
    "overall",
    "level",
    "result",
    "ita score",
];

/// A number in a line, as written, and where.
#[derive(Clone, Debug)]
struct Number {
    text: String,
    start: usize,
    end: usize,
}

/// Thai digits as ASCII; other characters kept (positions shift by nothing: both are one
/// `char`, and positions here count bytes of the converted line).
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '๐'..='๙' => char::from(b'0' + (c as u32 - '๐' as u32) as u8),
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
            c => c,
        })
        .collect()
}

/// The numbers of a line: digits with at most one decimal point or comma between digits.
fn numbers(line: &str) -> Vec<Number> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i + 1 < bytes.len() && matches!(bytes[i], b'.' | b',') && bytes[i + 1].is_ascii_digit() {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        }
        // A minus just before makes the number negative (refused as below zero).
        let from = if start > 0 && bytes[start - 1] == b'-' {
            start - 1
        } else {
            start
        };
        out.push(Number {
            text: line[from..i].to_owned(),
            start: from,
            end: i,
        });
    }
    out
}

/// The indicator a line names, and where the name is: the longest name found.
fn named(line: &str) -> Option<(Indicator, usize, usize)> {
    let lower = line.to_ascii_lowercase();
    let mut best: Option<(Indicator, usize, usize)> = None;
    for indicator in Indicator::ALL {
        for name in NAMES[indicator.index()] {
            if let Some(at) = lower.find(name) {
                let longer = best.is_none_or(|(_, s, e)| name.len() > e - s);
                if longer {
                    best = Some((indicator, at, at + name.len()));
                }
            }
        }
    }
    if best.is_some() {
        return best;
    }
    // The code: "i9", "I10", not part of a longer word or number.
    let bytes = lower.as_bytes();
    for (at, _) in lower.match_indices('i') {
        let before = at.checked_sub(1).map(|b| bytes[b]);
        if before.is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let digits: String = lower[at + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let after = lower[at + 1 + digits.len()..].chars().next();
        if digits.is_empty() || after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
            continue;
        }
        if let Some(indicator) = Indicator::from_code(&format!("i{digits}")) {
            return Some((indicator, at, at + 1 + digits.len()));
        }
    }
    None
}

/// Whether a number of a line only counts lines or names a code: "ตัวชี้วัดที่ 2", "ลำดับ 1",
/// "1." or "(1)" at the start, "No. 3", or the digits of a code such as "i3". (Not a bare
/// "ที่": names end in it, as การปฏิบัติหน้าที่ does.)
fn counts_the_line(line: &str, number: &Number) -> bool {
    let before = line[..number.start].to_ascii_lowercase();
    let after = &line[number.end..];
    let trimmed = before.trim_end();
    let at_start = trimmed.is_empty() || trimmed == "(";
    let enumerates = at_start && (after.starts_with('.') || after.starts_with(')'));
    // A code: the letter i right before the digits, not ending a longer word.
    let code = before.ends_with('i')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    enumerates
        || code
        || ["ตัวชี้วัดที่", "ลำดับที่", "ลำดับ", "อันดับที่", "อันดับ", "ข้อ", "no.", "#"]
            .iter()
            .any(|w| trimmed.ends_with(w))
}

/// The indicator a spreadsheet header cell names, if it holds nothing else of note.
fn heading_cell(cell: &str) -> Option<Indicator> {
    let (indicator, start, end) = named(cell)?;
    numbers(cell)
        .iter()
        .all(|n| (n.start >= start && n.end <= end) || counts_the_line(cell, n))
        .then_some(indicator)
}

fn says_total(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    TOTAL_WORDS.iter().any(|w| lower.contains(w))
}

/// The cells of a spreadsheet row: split on tabs, semicolons, or runs of two or more spaces.
fn cells(line: &str) -> Vec<&str> {
    let parts: Vec<&str> = if line.contains('\t') {
        line.split('\t').collect()
    } else if line.contains(';') {
        line.split(';').collect()
    } else {
        line.split("  ").collect()
    };
    parts
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() > 120 {
        text.chars().take(119).chain(['…']).collect()
    } else {
        text.to_owned()
    }
}

fn score_of(written: &str) -> Result<Score, ScoreError> {
    match Score::parse(written) {
        Ok(Some(score)) => Ok(score),
        Ok(None) => Err(ScoreError::NotANumber(written.to_owned())),
        Err(error) => Err(error),
    }
}

struct Reader {
    found: Vec<Found>,
    skipped: Vec<Skipped>,
    more_skipped: usize,
}

impl Reader {
    fn skip(&mut self, line: usize, text: &str, why: Skip) {
        if self.skipped.len() < MAX_LISTED {
            self.skipped.push(Skipped {
                line,
                text: short(text),
                why,
            });
        } else {
            self.more_skipped += 1;
        }
    }

    /// What was read, the indicators in their order.
    fn reading(mut self, shape: Shape, truncated: bool) -> PasteReading {
        sort_small_by_key(&mut self.found, |f| f.indicator);
        PasteReading {
            shape,
            found: self.found,
            skipped: self.skipped,
            more_skipped: self.more_skipped,
            loose_numbers: 0,
            truncated,
        }
    }

    fn give(&mut self, indicator: Indicator, written: &str, line: usize, text: &str) {
        if self.found.iter().any(|f| f.indicator == indicator) {
            self.skip(line, text, Skip::Duplicate(indicator));
            return;
        }
        self.found.push(Found {
            indicator,
            score: score_of(written),
            written: written.to_owned(),
            line,
        });
    }
}

/// Reads a paste.
pub fn read_paste(text: &str) -> PasteReading {
    let truncated = text.chars().count() > MAX_CHARS;
    let text: String = text.chars().take(MAX_CHARS).collect();
    let text = ascii_digits(&text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let mut reader = Reader {
        found: Vec::new(),
        skipped: Vec::new(),
        more_skipped: 0,
    };

    // A header row of indicators with a row of scores under it.
    for pair in lines.windows(2) {
        let (_, header) = pair[0];
        let (row_line, row) = pair[1];
        let heads = cells(header);
        let values = cells(row);
        if heads.len() < 2 || heads.len() != values.len() {
            continue;
        }
        let indicators: Vec<Option<Indicator>> = heads.iter().map(|h| heading_cell(h)).collect();
        let numeric = values.iter().all(|v| numbers(v).len() == 1);
        if indicators.iter().filter(|i| i.is_some()).count() >= 2 && numeric {
            for (indicator, value) in indicators.iter().zip(&values) {
                if let (Some(indicator), Some(number)) = (indicator, numbers(value).first()) {
                    reader.give(*indicator, &number.text, row_line, row);
                }
            }
            return reader.reading(Shape::Table, truncated);
        }
    }

    // Lines that name their indicators.
    let any_named = lines.iter().any(|(_, l)| named(l).is_some());
    if any_named {
        for &(n, line) in &lines {
            match named(line) {
                Some((indicator, start, end)) => {
                    let candidates: Vec<Number> = numbers(line)
                        .into_iter()
                        .filter(|num| !(num.start >= start && num.end <= end))
                        .filter(|num| !counts_the_line(line, num))
                        .collect();
                    // The first number after the name; else the last one before it.
                    let after = candidates.iter().find(|num| num.start >= end);
                    let before = candidates.iter().rev().find(|num| num.end <= start);
                    match after.or(before) {
                        Some(number) => reader.give(indicator, &number.text, n, line),
                        None => reader.skip(n, line, Skip::NoScore(indicator)),
                    }
                }
                None if says_total(line) => reader.skip(n, line, Skip::TotalOrLevel),
                None if numbers(line).is_empty() => reader.skip(n, line, Skip::NoNumber),
                None => reader.skip(n, line, Skip::NoIndicator),
            }
        }
        return reader.reading(Shape::Named, truncated);
    }

    // Ten numbers in order: a row (tabs, semicolons, commas or spaces) or a column.
    let mut values: Vec<(usize, String, String)> = Vec::new();
    for &(n, line) in &lines {
        if says_total(line) {
            reader.skip(n, line, Skip::TotalOrLevel);
            continue;
        }
        let mut line_numbers: Vec<String> = numbers(line).into_iter().map(|x| x.text).collect();
        // "90,5,88,…": commas separate values when a row has no other separator.
        let separators = line.contains('\t') || line.contains(';') || line.contains(' ');
        if !separators && line.matches(',').count() > 1 {
            line_numbers = line
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
        }
        if line_numbers.is_empty() {
            reader.skip(n, line, Skip::NoNumber);
        }
        values.extend(line_numbers.into_iter().map(|v| (n, v, line.to_owned())));
    }
    if values.len() == 10 {
        for (indicator, (n, value, line)) in Indicator::ALL.into_iter().zip(&values) {
            reader.give(indicator, value, *n, line);
        }
        return reader.reading(Shape::InOrder, truncated);
    }
    PasteReading {
        shape: Shape::Nothing,
        found: Vec::new(),
        skipped: reader.skipped,
        more_skipped: reader.more_skipped,
        loose_numbers: values.len(),
        truncated,
    }
}
