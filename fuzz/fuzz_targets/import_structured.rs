//! Files shaped like exchange files, built from arbitrary bytes, so that the fuzzer spends its
//! time in the checks behind the JSON parser (years, scores, frameworks, measures, rounds,
//! document settings, the typed `selfcheck` blocks, keys given twice, odd numbers):
//! `cargo +nightly fuzz run import_structured`.
#![no_main]

use std::fmt::Write;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Json {
    Null,
    Bool(bool),
    Num(Num),
    Str(Text),
    Arr(Vec<Json>),
    Obj(Vec<(Key, Json)>),
}

#[derive(Arbitrary, Debug)]
enum Num {
    Int(i64),
    Whole(u64),
    Hundredths(u16),
    Year(u8),
    Float(f64),
    Odd(Odd),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Odd {
    Huge,
    MinusZero,
    NearHundred,
    JustAboveHundred,
    Tiny,
    TwoToThe64,
    Exponent,
    NaN,
    Infinity,
}

#[derive(Arbitrary, Debug)]
enum Text {
    Known(u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
enum Key {
    Known(u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
struct Year {
    year: u8,
    fields: Vec<(Key, Json)>,
}

#[derive(Arbitrary, Debug)]
struct File {
    header: bool,
    top: Vec<(Key, Json)>,
    years: Vec<Year>,
    pretty: bool,
}

const KEYS: &[&str] = &[
    "format", "version", "organisation", "name", "type", "province", "prepared_by",
    "approved_by", "position", "thresholds", "strength", "excellent", "urgent",
    "lowest_is_urgent", "assessments", "fiscal_year", "framework", "custom_framework",
    "weights", "rule", "scores", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9", "i10",
    "measures", "id", "catalogue_id", "indicators", "guideline", "steps", "responsible",
    "period", "rhythm", "outputs", "outcomes", "progress", "3", "6", "9", "12", "status",
    "done", "notes", "selfcheck", "framework_choice", "ceilings", "whatif", "custom_weights",
    "custom_rule", "total", "result", "level", "exported_at", "generator", "I3",
    "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล", "district", "documents", "texts", "dates",
    "report_round", "announcement_table", "analysis", "announcement", "declaration", "report",
    "analysis.foreword", "declaration.transparency",
];

const TEXTS: &[&str] = &[
    "ita-selfcheck", "1", "ita-2566", "ita-2562", "custom", "levels", "pass-mark", "done",
    "in-progress", "not-started", "quarterly", "half-yearly", "yearly", "i1", "i3", "i8", "i10",
    "subdistrict-municipality", "เทศบาลเมือง", "public-disclosure", "", " ", "90.5", "๘๓,๖๕",
    "abc", "m1", "m2", "NaN", "2568", "2025-10-01", "2024-02-29", "2025-02-30", "analysis",
    "report", "สันทราย",
];

fn key(k: &Key) -> String {
    match k {
        Key::Known(n) => KEYS[usize::from(*n) % KEYS.len()].to_owned(),
        Key::Any(s) => s.clone(),
    }
}

fn quoted(out: &mut String, text: &str) {
    out.push_str(&serde_json::to_string(text).unwrap_or_default());
}

fn number(out: &mut String, n: &Num) {
    let _ = match n {
        Num::Int(i) => write!(out, "{i}"),
        Num::Whole(u) => write!(out, "{u}"),
        Num::Hundredths(h) => write!(out, "{}.{:02}", h / 100, h % 100),
        Num::Year(y) => write!(out, "{}", 2540 + u16::from(*y) % 70),
        Num::Float(f) if f.is_finite() => write!(out, "{f:?}"),
        Num::Float(_) => write!(out, "0.5"),
        Num::Odd(odd) => {
            out.push_str(match odd {
                Odd::Huge => "1e400",
                Odd::MinusZero => "-0",
                Odd::NearHundred => "99.999999999999999",
                Odd::JustAboveHundred => "100.000000000001",
                Odd::Tiny => "1e-400",
                Odd::TwoToThe64 => "18446744073709551616",
                Odd::Exponent => "9.945e1",
                Odd::NaN => "NaN",
                Odd::Infinity => "-Infinity",
            });
            Ok(())
        }
    };
}

fn value(out: &mut String, v: &Json) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Num(n) => number(out, n),
        Json::Str(Text::Known(n)) => quoted(out, TEXTS[usize::from(*n) % TEXTS.len()]),
        Json::Str(Text::Any(s)) => quoted(out, s),
        Json::Arr(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                value(out, item);
            }
            out.push(']');
        }
        Json::Obj(fields) => object(out, fields, ""),
    }
}

/// An object; `first` is written in it before the fields (already with a trailing comma).
fn object(out: &mut String, fields: &[(Key, Json)], first: &str) {
    out.push('{');
    out.push_str(first);
    for (n, (k, v)) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        quoted(out, &key(k));
        out.push(':');
        value(out, v);
    }
    if fields.is_empty() && first.ends_with(',') {
        out.pop();
    }
    out.push('}');
}

fn file(f: &File) -> String {
    let mut years = String::from("[");
    for (n, year) in f.years.iter().enumerate() {
        if n > 0 {
            years.push(',');
        }
        let head = format!("\"fiscal_year\":{},", 2548 + u16::from(year.year) % 56);
        object(&mut years, &year.fields, &head);
    }
    years.push(']');
    let head = if f.header {
        format!("\"format\":\"ita-selfcheck\",\"version\":1,\"assessments\":{years},")
    } else {
        format!("\"assessments\":{years},")
    };
    let mut out = String::new();
    object(&mut out, &f.top, &head);
    if f.pretty {
        out = out.replace(",\"", ",\n  \"");
    }
    out
}

fuzz_target!(|f: File| ita_selfcheck_fuzz::check(file(&f).as_bytes()));
