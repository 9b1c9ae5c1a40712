//! The long texts of the catalogue's measures: each one's guideline, steps, responsible unit,
//! outputs and outcomes, in Thai and English, and each indicator's explanation (what its tool
//! asks, what to develop), kept in a file of their own (`catalogue.txt`, beside this module)
//! rather than in the code.
//!
//! They are about a third of the app's text, and a page needs them only once the officer reads
//! or adopts a measure, reads the analysis or opens a document: the page loads the file after
//! its first paint ([`load`]), so that the WebAssembly a first visit waits for is smaller by
//! them. Native builds (the tests, the benchmarks) and builds with the `bundled-texts` feature
//! read the same file compiled in.
//!
//! The file is UTF-8 text (`.txt`, which every web server sends, where some refuse a `.tsv`),
//! a line per text: the measure's id, the field (`guideline`, `step`, `responsible`, `outputs`,
//! `outcomes`), the Thai text and the English text, separated by tabs. A measure's steps are
//! its `step` lines, in order. An indicator's lines have its code (`i1`) and the field `asks`
//! or `develop`. The documents' drafted paragraphs have the field `draft` and the draft's id
//! (`analysis.foreword`), their figures written as `{org}`, `{next}`… and a line break as
//! `{br}`: the documents fill them in (`ita-documents`, whose tests check every draft is here).

use std::sync::OnceLock;

use thiserror::Error;

use super::CATALOGUE;
use crate::text::Text;
use crate::Indicator;

/// The file's name, beside the page (trunk copies it there: index.html).
pub const FILE: &str = "catalogue.txt";

/// What a catalogue measure says beyond its name: what an adopted measure starts from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeasureTexts {
    /// The guideline (แนวทางการปฏิบัติ): what the agency commits to, in a sentence or two.
    pub guideline: Text,
    /// Three to six steps (ขั้นตอน/วิธีการปฏิบัติ), in order.
    pub steps: Vec<Text>,
    /// The unit usually responsible (ผู้รับผิดชอบ).
    pub responsible: Text,
    /// What it produces (ผลผลิต).
    pub outputs: Text,
    /// What it changes (ผลลัพธ์).
    pub outcomes: Text,
}

/// What the file says of an indicator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IndicatorTexts {
    /// What its tool asks or checks (`asks`).
    pub asks: Text,
    /// What an agency can do where it is to develop (`develop`).
    pub develop: Text,
}

/// The whole file, read.
#[derive(Debug)]
struct Texts {
    measures: Vec<MeasureTexts>,
    indicators: [IndicatorTexts; 10],
    drafts: Vec<(&'static str, Text)>,
}

/// The template of a document's drafted paragraph, by its id, once loaded.
pub fn draft(id: &str) -> Option<Text> {
    let texts = get()?;
    texts
        .drafts
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, text)| *text)
}

/// Why the file could not be read: it is not the one this build was made with.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum TextsError {
    /// A line is not id, field, Thai and English text.
    #[error("line {0}: not four fields separated by tabs, each with text")]
    Line(usize),
    /// A line names neither a measure of the catalogue nor an indicator.
    #[error("line {0}: neither a measure of the catalogue nor an indicator has this id")]
    UnknownId(usize),
    /// A line names a field a measure does not have.
    #[error("line {0}: no such field")]
    UnknownField(usize),
    /// A field is given twice for one measure.
    #[error("line {0}: the field is given twice")]
    Repeated(usize),
    /// A measure lacks a field, or has fewer than three or more than six steps.
    #[error("{0}: its texts are incomplete")]
    Incomplete(&'static str),
}

static TEXTS: OnceLock<Texts> = OnceLock::new();

/// The texts compiled in, where they are ([the module](self)).
#[cfg(any(test, feature = "bundled-texts", not(target_arch = "wasm32")))]
const BUNDLED: &str = include_str!("catalogue.txt");

/// The file's texts, once loaded.
fn get() -> Option<&'static Texts> {
    #[cfg(any(test, feature = "bundled-texts", not(target_arch = "wasm32")))]
    if TEXTS.get().is_none() {
        // The file compiled in is checked by the tests: it always reads.
        let _ = load_static(BUNDLED);
    }
    TEXTS.get()
}

/// Every measure's texts, in the catalogue's order, once loaded.
pub(super) fn all() -> Option<&'static [MeasureTexts]> {
    get().map(|texts| texts.measures.as_slice())
}

/// An indicator's texts, once loaded.
pub fn indicator(indicator: Indicator) -> Option<&'static IndicatorTexts> {
    get().map(|texts| &texts.indicators[indicator.index()])
}

/// Whether the texts are loaded: until then, no catalogue measure can be adopted.
pub fn loaded() -> bool {
    all().is_some()
}

/// Loads the texts from the file's content, once for the page's life (a second load keeps
/// the first). The text is kept for good, so that every text of a catalogue measure stays
/// a plain `&'static str`, as its name is.
pub fn load(file: String) -> Result<(), TextsError> {
    if TEXTS.get().is_some() {
        return Ok(());
    }
    load_static(Box::leak(file.into_boxed_str()))
}

fn load_static(file: &'static str) -> Result<(), TextsError> {
    let texts = read(file)?;
    let _ = TEXTS.set(texts);
    Ok(())
}

/// Reads and checks the file: every catalogue measure's and every indicator's texts, complete,
/// and nothing else.
fn read(file: &'static str) -> Result<Texts, TextsError> {
    let mut texts = vec![MeasureTexts::default(); CATALOGUE.len()];
    let mut indicators = [IndicatorTexts::default(); 10];
    let mut drafts: Vec<(&'static str, Text)> = Vec::new();
    for (n, line) in file.lines().enumerate() {
        let number = n + 1;
        let mut fields = line.split('\t');
        let (Some(id), Some(field), Some(th), Some(en), None) = (
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
        ) else {
            return Err(TextsError::Line(number));
        };
        if th.trim().is_empty() || en.trim().is_empty() {
            return Err(TextsError::Line(number));
        }
        let text = Text { th, en };
        if field == "draft" {
            if drafts.iter().any(|(k, _)| *k == id) {
                return Err(TextsError::Repeated(number));
            }
            drafts.push((id, text));
            continue;
        }
        let Some(at) = CATALOGUE.iter().position(|m| m.id == id) else {
            let indicator = Indicator::from_code(id).ok_or(TextsError::UnknownId(number))?;
            let texts = &mut indicators[indicator.index()];
            let slot = match field {
                "asks" => &mut texts.asks,
                "develop" => &mut texts.develop,
                _ => return Err(TextsError::UnknownField(number)),
            };
            if !slot.th.is_empty() {
                return Err(TextsError::Repeated(number));
            }
            *slot = text;
            continue;
        };
        let measure = &mut texts[at];
        let slot = match field {
            "step" => {
                measure.steps.push(text);
                continue;
            }
            "guideline" => &mut measure.guideline,
            "responsible" => &mut measure.responsible,
            "outputs" => &mut measure.outputs,
            "outcomes" => &mut measure.outcomes,
            _ => return Err(TextsError::UnknownField(number)),
        };
        if !slot.th.is_empty() {
            return Err(TextsError::Repeated(number));
        }
        *slot = text;
    }
    for (measure, texts) in CATALOGUE.iter().zip(&texts) {
        let fields = [
            texts.guideline,
            texts.responsible,
            texts.outputs,
            texts.outcomes,
        ];
        if fields.iter().any(|t| t.th.is_empty()) || !(3..=6).contains(&texts.steps.len()) {
            return Err(TextsError::Incomplete(measure.id));
        }
    }
    for (indicator, texts) in Indicator::ALL.iter().zip(&indicators) {
        if texts.asks.th.is_empty() || texts.develop.th.is_empty() {
            return Err(TextsError::Incomplete(indicator.code()));
        }
    }
    Ok(Texts {
        measures: texts,
        indicators,
        drafts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_gives_every_measure_its_texts() {
        let texts = read(BUNDLED).expect("catalogue.txt reads");
        assert_eq!(texts.measures.len(), CATALOGUE.len());
        let i5 = indicator(Indicator::I5).expect("loaded");
        assert!(i5.asks.en.starts_with("The IIT asks staff whether leaders"));
        assert!(i5.develop.th.starts_with("ผู้บริหารแสดงเจตจำนง"));
        let preamble = draft("declaration.preamble").expect("a draft");
        assert!(preamble
            .en
            .starts_with("I, {name}, {position}, as the chief executive"));
        assert!(loaded());
        let first = CATALOGUE[0].texts().expect("loaded");
        assert!(first.guideline.th.starts_with("หน่วยงานกำหนดหลักเกณฑ์"));
        assert_eq!(first.steps.len(), 5);
        assert!(first.steps[0].en.starts_with("Each division lists"));
    }

    #[test]
    fn a_file_that_is_not_this_builds_is_refused_by_line() {
        let bad =
            |file: &str| read(Box::leak(file.to_owned().into_boxed_str())).expect_err("refused");
        assert_eq!(bad("no tabs here"), TextsError::Line(1));
        assert_eq!(bad("a\tb\tc\td\te"), TextsError::Line(1));
        assert_eq!(bad("no-gift\tstep\t \ten"), TextsError::Line(1));
        assert_eq!(bad("no-such\tstep\tก\ten"), TextsError::UnknownId(1));
        assert_eq!(bad("no-gift\tsteps\tก\ten"), TextsError::UnknownField(1));
        let twice = "no-gift\toutputs\tก\ten\nno-gift\toutputs\tข\ten";
        assert_eq!(bad(twice), TextsError::Repeated(2));
        // The last measure without its steps.
        let last = CATALOGUE[CATALOGUE.len() - 1].id;
        let step = format!("{last}\tstep\t");
        let lines: Vec<&str> = BUNDLED.lines().filter(|l| !l.starts_with(&step)).collect();
        assert_eq!(bad(&lines.join("\n")), TextsError::Incomplete(last));
        // An indicator's line twice, one of an unknown field, and one missing.
        assert_eq!(
            bad("i3\tasks\tก\ten\ni3\tasks\tข\ten"),
            TextsError::Repeated(2)
        );
        assert_eq!(bad("i3\tname\tก\ten"), TextsError::UnknownField(1));
        assert_eq!(bad("i11\tasks\tก\ten"), TextsError::UnknownId(1));
        let twice = "a.b\tdraft\tก\ten\na.b\tdraft\tข\ten";
        assert_eq!(bad(twice), TextsError::Repeated(2));
        let lines: Vec<&str> = BUNDLED
            .lines()
            .filter(|l| !l.starts_with("i10\tdevelop\t"))
            .collect();
        assert_eq!(bad(&lines.join("\n")), TextsError::Incomplete("i10"));
    }
}
