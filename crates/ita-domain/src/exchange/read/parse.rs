//! From bytes to a JSON tree, for the reader: the text must be UTF-8, the JSON
//! complete and valid, no key may appear twice in one object, and the tree is bounded
//! ([`MAX_VALUES`] values, [`super::MAX_DEPTH`] levels). A refusal names the place in the file: the
//! field being read when the JSON broke, and the line and column.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::Number;

use super::tree::{Json, Object};
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
    type Value = Json<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json<'de>, D::Error> {
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

/// Objects with more fields than this find a key given twice with a set, not by looking
/// through the fields (which a hostile file with a million keys would make quadratic).
const FEW_FIELDS: usize = 16;

impl<'de> Visitor<'de> for Tree<'_, '_> {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json<'de>, E> {
        Ok(Number::from_f64(v).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::new();
        loop {
            let at = self.at.index(items.len());
            let item = Tree {
                found: self.found,
                at: &at,
            };
            match seq.next_element_seed(item)? {
                Some(value) => items.push(value),
                None => return Ok(Json::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut fields: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        let mut many: BTreeSet<Cow<'de, str>> = BTreeSet::new();
        while let Some(key) = map.next_key_seed(Key)? {
            let twice = if fields.len() < FEW_FIELDS {
                fields.iter().any(|(k, _)| *k == key)
            } else {
                if many.is_empty() {
                    many.extend(fields.iter().map(|(k, _)| k.clone()));
                }
                !many.insert(key.clone())
            };
            if twice {
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
            fields.push((key, value));
        }
        Ok(Json::Object(Object(fields)))
    }
}

/// An object's key, borrowed from the file when it has no escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Cow<'de, str>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

/// Parses the text into a JSON tree, or says what is wrong and where.
pub(super) fn parse(text: &str) -> Result<Json<'_>, ImportError> {
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
    fn a_key_given_twice_is_found_in_objects_small_and_large() {
        for fields in [3, FEW_FIELDS - 1, FEW_FIELDS, FEW_FIELDS + 1, 300] {
            let keys: Vec<String> = (0..fields).map(|n| format!("\"k{n}\":{n}")).collect();
            let once = format!("{{\"a\":{{{}}}}}", keys.join(","));
            assert!(parse(&once).is_ok(), "{fields} fields");
            let twice = format!("{{\"a\":{{{},\"k{}\":0}}}}", keys.join(","), fields / 2);
            assert_eq!(
                refused(&twice),
                format!("a: \"k{}\" appears twice", fields / 2),
                "{fields} fields"
            );
        }
        // The same key, once written with an escape.
        assert_eq!(refused(r#"{"ab":1,"a\u0062":2}"#), r#""ab" appears twice"#);
    }

    #[test]
    fn texts_and_keys_without_escapes_are_borrowed_from_the_file() {
        let Ok(Json::Object(top)) = parse(r#"{"a":"x","b\n":"y\t"}"#) else {
            panic!("an object");
        };
        assert!(matches!(
            &top.0[0],
            (Cow::Borrowed("a"), Json::String(Cow::Borrowed("x")))
        ));
        assert!(
            matches!(&top.0[1], (Cow::Owned(k), Json::String(Cow::Owned(v))) if k == "b\n" && v == "y\t")
        );
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
