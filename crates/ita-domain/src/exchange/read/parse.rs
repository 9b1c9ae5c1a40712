//! From bytes to a JSON tree, for the careful reader: the text must be UTF-8, the JSON
//! complete and valid, no key may appear twice in one object, and the tree is bounded
//! ([`MAX_VALUES`] values, [`super::MAX_DEPTH`] levels). A refusal names the place in the file: the
//! field being read when the JSON broke, and the line and column.

use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::MAX_VALUES;
use crate::exchange::error::{short, At, FieldPath, ImportError, Place, Problem};

const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// The bytes as text: one UTF-8 byte order mark at the start is skipped; UTF-16 (with or
/// without its mark) and any byte that is not UTF-8 are refused.
pub(super) fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    let root = FieldPath::root();
    let utf16 = bytes.starts_with(&[0xFE, 0xFF])
        || bytes.starts_with(&[0xFF, 0xFE])
        || looks_like_utf16(bytes);
    if utf16 {
        return Err(ImportError::at(&root, Problem::NotUtf8 { utf16: true }));
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let (line, column) = line_column(bytes, at);
        ImportError::at(
            &root,
            Problem::BadByte {
                byte: bytes[at],
                line,
                column,
            },
        )
    })
}

/// UTF-16 without a byte order mark: JSON starts with ASCII (`{`, spaces), which UTF-16
/// writes as that byte and a zero byte, in one order or the other.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    match bytes {
        [a, 0, b, 0, ..] | [0, a, 0, b, ..] => a.is_ascii() && b.is_ascii() && *a != 0 && *b != 0,
        _ => false,
    }
}

/// Line and column (in bytes, both from 1) of the byte at `at`, as the JSON parser counts.
fn line_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
    (line, at - line_start + 1)
}

/// The byte offset of a line and column as the JSON parser reports them.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(p) => start += p + 1,
            None => break,
        }
    }
    (start + column.saturating_sub(1)).min(text.len())
}

/// What was found while building the tree, besides a value.
#[derive(Default)]
struct Found {
    /// Values so far.
    values: Cell<usize>,
    /// The first (innermost) place a failure passed through, or a refusal of our own.
    failure: RefCell<Option<Failure>>,
}

enum Failure {
    /// The JSON broke while this value was read.
    Here(FieldPath),
    /// Refused here, for a reason of ours.
    Refused(ImportError),
}

impl Found {
    fn note(&self, failure: impl FnOnce() -> Failure) {
        let mut slot = self.failure.borrow_mut();
        if slot.is_none() {
            *slot = Some(failure());
        }
    }
}

/// One value of the tree at a place in the file.
struct Tree<'f, 'p> {
    found: &'f Found,
    at: &'p At<'p>,
}

impl<'de> DeserializeSeed<'de> for Tree<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        let (found, at) = (self.found, self.at);
        let count = found.values.get() + 1;
        found.values.set(count);
        if count > MAX_VALUES {
            found.note(|| Failure::Refused(ImportError::at(at, Problem::TooManyValues)));
            return Err(D::Error::custom("too many values"));
        }
        deserializer
            .deserialize_any(self)
            .inspect_err(|_| found.note(|| Failure::Here(at.field_path())))
    }
}

impl<'de> Visitor<'de> for Tree<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let at = self.at.index(items.len());
            let item = Tree {
                found: self.found,
                at: &at,
            };
            match seq.next_element_seed(item)? {
                Some(value) => items.push(value),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                self.found.note(|| {
                    Failure::Refused(ImportError::at(self.at, Problem::DuplicateKey(short(&key))))
                });
                return Err(A::Error::custom("a key appears twice"));
            }
            let at = self.at.key(&key);
            let value = map.next_value_seed(Tree {
                found: self.found,
                at: &at,
            })?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// Parses the text into a JSON tree, or says what is wrong and where.
pub(super) fn parse(text: &str) -> Result<Value, ImportError> {
    let found = Found::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let root = At::Root;
    let parsed = Tree {
        found: &found,
        at: &root,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|error| match found.failure.into_inner() {
        Some(Failure::Refused(refused)) => refused,
        Some(Failure::Here(path)) => ImportError::at(&path, syntax(text, &error)),
        None => ImportError::at(&FieldPath::root(), syntax(text, &error)),
    })
}

/// What is wrong with the JSON, said as specifically as the text allows.
fn syntax(text: &str, error: &serde_json::Error) -> Problem {
    let (mut line, mut column) = (error.line(), error.column());
    if column == 0 && line > 1 {
        // The parser has just read a line break (raw, inside a text): point at it.
        let end = offset(text, line, 1).saturating_sub(1);
        (line, column) = line_column(text.as_bytes(), end);
    }
    let detail = error.to_string();
    let detail = detail
        .split(" at line ")
        .next()
        .unwrap_or(&detail)
        .to_owned();
    let at = offset(text, line, column);
    let here = text.get(at..).unwrap_or_default();
    let before = text.get(at.saturating_sub(1)..).unwrap_or_default();
    if error.is_eof() {
        return Problem::Truncated { line, column };
    }
    if detail == "recursion limit exceeded" {
        return Problem::TooDeep { line, column };
    }
    let token = ["-Infinity", "-NaN"]
        .into_iter()
        .find(|t| before.starts_with(t))
        .or_else(|| {
            ["NaN", "Infinity", "+Infinity"]
                .into_iter()
                .find(|t| here.starts_with(t))
        });
    if let Some(token) = token {
        return Problem::NotAJsonNumber {
            token,
            line,
            column,
        };
    }
    if here.starts_with('\u{FEFF}') {
        return Problem::StrayBom { line, column };
    }
    if let Some(c) = here
        .chars()
        .next()
        .filter(|c| c.is_control() && (*c as u32) < 0x20)
    {
        if !matches!(c, '\t' | '\n' | '\r') || detail.starts_with("control character") {
            return Problem::ControlCharacter {
                code: c as u32,
                line,
                column,
            };
        }
    }
    if detail.contains("surrogate") || detail.contains("hex escape") {
        if let Some(escape) = lone_surrogate(text, at) {
            return Problem::LoneSurrogate {
                escape,
                line,
                column,
            };
        }
    }
    Problem::NotJson {
        line,
        column,
        detail,
    }
}

/// The last `\uD800`–`\uDFFF` escape just before `at`, as written.
fn lone_surrogate(text: &str, at: usize) -> Option<String> {
    let bytes = text.as_bytes();
    let from = at.saturating_sub(14);
    (from..at.min(bytes.len().saturating_sub(5)) + 1)
        .rev()
        .filter(|&i| i + 6 <= bytes.len() && bytes[i] == b'\\' && bytes[i + 1] == b'u')
        .find_map(|i| {
            let hex = text.get(i + 2..i + 6)?;
            let code = u16::from_str_radix(hex, 16).ok()?;
            (0xD800..=0xDFFF)
                .contains(&code)
                .then(|| text[i..i + 6].to_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> String {
        parse(text).expect_err("refused").to_string()
    }

    #[test]
    fn refusals_name_the_place_and_the_problem() {
        assert_eq!(refused(r#"{"a":{"b":1,"b":2}}"#), r#"a: "b" appears twice"#);
        assert_eq!(
            refused(r#"{"a":[1,NaN]}"#),
            "a[1]: NaN is not a number JSON can hold (line 1, column 9)"
        );
        assert_eq!(
            refused(r#"{"a":-Infinity}"#),
            "a: -Infinity is not a number JSON can hold (line 1, column 7)"
        );
        assert_eq!(
            refused("{\"a\":\"x\u{0}\"}"),
            "a: the control character U+0000 is not allowed here (line 1, column 8)"
        );
        assert_eq!(
            refused(r#"{"a":"\ud800"}"#),
            r"a: \ud800 is half of a character (a lone UTF-16 surrogate), so the text is damaged (line 1, column 13)"
        );
        assert_eq!(
            refused(r#"{"a":"\udc00x"}"#),
            r"a: \udc00 is half of a character (a lone UTF-16 surrogate), so the text is damaged (line 1, column 12)"
        );
        assert_eq!(
            refused("{\"a\":\n  \"xy"),
            "a: the file ends before its JSON is complete: it looks cut off (line 2, column 5)"
        );
        assert_eq!(
            refused("{\"a\":\n\"x\ny\"}"),
            "a: the control character U+000A is not allowed here (line 2, column 3)"
        );
        assert_eq!(
            refused("{\"a\":1,\u{FEFF}\"b\":2}"),
            "a byte order mark (U+FEFF) is in the middle of the file (line 1, column 8): save it again as UTF-8"
        );
        assert_eq!(
            refused(r#"{"a":1} x"#),
            "not valid JSON (trailing characters, line 1, column 9)"
        );
        assert!(refused(&"[".repeat(200)).starts_with(
            "[0][0][0][0][0][0][0][0][0]…[0]: lists and objects are nested more than 127 deep"
        ));
        assert!(parse(&("[".repeat(127) + &"]".repeat(127))).is_ok());
    }

    #[test]
    fn a_tree_is_bounded() {
        let many = format!("[{}]", vec!["0"; MAX_VALUES - 1].join(","));
        assert!(parse(&many).is_ok());
        let more = format!("[{}]", vec!["0"; MAX_VALUES].join(","));
        assert_eq!(
            parse(&more).expect_err("too many").problem,
            Problem::TooManyValues
        );
    }

    #[test]
    fn text_must_be_utf8() {
        assert_eq!(decode(b"\xEF\xBB\xBF{}"), Ok("{}"));
        assert_eq!(
            decode(b"{\"a\":\n\"Caf\xE9\"}").expect_err("latin-1").to_string(),
            "the file is not UTF-8 text: byte 0xE9 at line 2, column 5 is not UTF-8 (save the file as UTF-8)"
        );
        assert_eq!(
            decode(b"{\x00\"\x00a\x00").expect_err("utf-16").problem,
            Problem::NotUtf8 { utf16: true }
        );
        assert_eq!(
            decode(b"\x00{\x00\"\x00a").expect_err("utf-16").problem,
            Problem::NotUtf8 { utf16: true }
        );
    }
}
