//! The reader's JSON tree: texts and keys borrowed from the file where they have no
//! escapes, an object's fields in a list in file order. Reading thousands of files for a
//! roll-up, this spares a string and a map node for every key, which `serde_json::Value`
//! would allocate; a value kept to be written back (a field the app does not know) becomes a
//! `serde_json::Value` then.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};
use serde_json::{Number, Value};

/// One JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Object<'a>),
}

/// A JSON object: no key twice (the parser refuses a file that has one).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Object<'a>(pub(super) Vec<(Cow<'a, str>, Json<'a>)>);

impl<'a> Object<'a> {
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub(crate) fn remove(&mut self, key: &str) -> Option<Json<'a>> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.swap_remove(at).1)
    }

    /// The fields in the order of their keys, as `serde_json::Map` holds them, so that of two
    /// wrong fields the one refused is the same whatever order the file gives them in.
    pub(crate) fn sorted(&self) -> Vec<(&str, &Json<'a>)> {
        let mut fields: Vec<(&str, &Json<'a>)> =
            self.0.iter().map(|(k, v)| (k.as_ref(), v)).collect();
        if fields.len() <= 16 {
            crate::sort::sort_small_by_key(&mut fields, |field| field.0);
        } else {
            crate::sort::sort_by(&mut fields, |a, b| a.0.cmp(b.0));
        }
        fields
    }

    /// The fields whose keys are not among `known`, as the workbook keeps them.
    pub(crate) fn unknown(&self, known: &[&str]) -> serde_json::Map<String, Value> {
        crate::exchange::object(
            self.0
                .iter()
                .filter(|(key, _)| !known.contains(&key.as_ref()))
                .map(|(key, value)| (key.as_ref().to_owned(), value.to_value())),
        )
    }
}

impl<'a> Json<'a> {
    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    pub(crate) fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Json::Object(map) => Some(map),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    pub(crate) fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub(crate) fn as_number(&self) -> Option<&Number> {
        match self {
            Json::Number(n) => Some(n),
            _ => None,
        }
    }

    pub(crate) fn as_u64(&self) -> Option<u64> {
        self.as_number().and_then(Number::as_u64)
    }

    /// The value as `serde_json` holds it, to keep or to show.
    pub(crate) fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::Number(n.clone()),
            Json::String(text) => Value::String(text.as_ref().to_owned()),
            Json::Array(items) => Value::Array(items.iter().map(Json::to_value).collect()),
            Json::Object(map) => Value::Object(map.unknown(&[])),
        }
    }
}

/// The value as JSON, an object's fields in the order of their keys (as `serde_json::Value`
/// writes them), without a copy: [`crate::exchange::error`] writes only the start of a value
/// it shows.
impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => n.serialize(serializer),
            Json::String(text) => serializer.serialize_str(text),
            Json::Array(items) => serializer.collect_seq(items),
            Json::Object(map) => serializer.collect_map(map.sorted()),
        }
    }
}

/// JSON text, as `serde_json` writes it.
impl fmt::Display for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Number(n) => n.fmt(f),
            other => other.to_value().fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(text: &str) -> Object<'_> {
        match super::super::parse::parse(text) {
            Ok(Json::Object(map)) => map,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fields_are_kept_in_file_order_and_walked_in_key_order() {
        let map = object(r#"{"i2":2,"i10":10,"i1":1}"#);
        let keys = |fields: Vec<(&str, &Json)>| {
            fields
                .into_iter()
                .map(|(k, _)| k.to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(map.sorted()), ["i1", "i10", "i2"]);
        assert_eq!(
            map.0.iter().map(|(k, _)| k.as_ref()).collect::<Vec<_>>(),
            ["i2", "i10", "i1"]
        );
        let many: Vec<String> = (0..40).rev().map(|n| format!("\"k{n:02}\":{n}")).collect();
        let text = format!("{{{}}}", many.join(","));
        let sorted = keys(object(&text).sorted());
        assert_eq!(sorted.len(), 40);
        assert!(
            sorted.windows(2).all(|pair| pair[0] < pair[1]),
            "{sorted:?}"
        );
    }

    #[test]
    fn a_value_kept_becomes_the_json_it_was() {
        let text = r#"{"a":[1,-2,2.5,"t\u00e9",null,true,{"z":1,"y":{}}],"b":"x"}"#;
        let mut map = object(text);
        let expected: Value = serde_json::from_str(text).expect("JSON");
        assert_eq!(Json::Object(map.clone()).to_value(), expected);
        // Written directly, it is the same text as the `Value`, keys in order.
        assert_eq!(
            serde_json::to_string(&Json::Object(map.clone())).ok(),
            serde_json::to_string(&expected).ok()
        );
        assert_eq!(
            map.unknown(&["a"]),
            serde_json::json!({"b": "x"})
                .as_object()
                .cloned()
                .expect("object")
        );
        assert_eq!(map.remove("b"), Some(Json::String(Cow::Borrowed("x"))));
        assert_eq!(map.remove("b"), None);
        assert_eq!(
            map.get("a").map(ToString::to_string).as_deref(),
            Some(r#"[1,-2,2.5,"té",null,true,{"y":{},"z":1}]"#)
        );
    }
}
