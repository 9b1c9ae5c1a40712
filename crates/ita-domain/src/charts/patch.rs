//! What changed between two drawings of a chart, so that the page can update the one on
//! screen in place instead of parsing the whole SVG again.
//!
//! A score edit redraws the charts, but most of each drawing stays as it was: the same
//! elements in the same order, with a bar's length, a colour or a label changed. When the two
//! drawings have the same elements, each with the same attributes in the same order,
//! [`changes`] lists the attribute values and texts that differ, by the element's place in
//! document order (the SVG root is 0). Anything else (an element more or less, an attribute
//! added, markup this reader does not expect) gives `None`, and the page replaces the chart
//! whole.
//!
//! Values are given as the DOM holds them: the markup's entities decoded.

/// One element's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The element's place among the drawing's elements, in document order (the root is 0).
    pub element: usize,
    /// Attributes to set: name and value.
    pub attributes: Vec<(String, String)>,
    /// The element's new text, when it holds text only and that text changed.
    pub text: Option<String>,
}

/// The changes that turn the drawing `old` into `new`, or `None` when they differ in more
/// than values (then the chart is replaced whole).
pub fn changes(old: &str, new: &str) -> Option<Vec<Change>> {
    let (a, b) = (tokens(old)?, tokens(new)?);
    if a.len() != b.len() {
        return None;
    }
    let mut out: Vec<Change> = Vec::new();
    // Elements opened so far: the next one's place in document order.
    let mut elements = 0;
    for (n, pair) in a.iter().copied().zip(b.iter().copied()).enumerate() {
        match pair {
            (Token::Open(name_a, attributes_a), Token::Open(name_b, attributes_b)) => {
                if name_a != name_b {
                    return None;
                }
                if attributes_a != attributes_b {
                    out.push(Change {
                        element: elements,
                        attributes: changed_attributes(attributes_a, attributes_b)?,
                        text: None,
                    });
                }
                elements += 1;
            }
            (Token::Close(name_a), Token::Close(name_b)) if name_a == name_b => {}
            (Token::Text(text_a), Token::Text(text_b)) if text_a == text_b => {}
            (Token::Text(_), Token::Text(text_b)) => {
                // A changed text must be all its element holds: between its start and end tags.
                let alone = |tokens: &[Token]| {
                    matches!(tokens.get(n.wrapping_sub(1)), Some(Token::Open(..)))
                        && matches!(tokens.get(n + 1), Some(Token::Close(_)))
                };
                if !alone(&a) || !alone(&b) {
                    return None;
                }
                let text = Some(decode(text_b)?);
                let element = elements - 1;
                match out.last_mut() {
                    Some(change) if change.element == element => change.text = text,
                    _ => out.push(Change {
                        element,
                        attributes: Vec::new(),
                        text,
                    }),
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// A piece of the drawing's markup.
#[derive(Clone, Copy)]
enum Token<'a> {
    /// A start tag (or an empty element's tag, which is followed by its [`Token::Close`]): the
    /// name and the attributes as written.
    Open(&'a str, &'a str),
    /// An end tag.
    Close(&'a str),
    /// Text between tags, as written.
    Text(&'a str),
}

/// The elements charts are drawn with. Any other could make the page's parser leave SVG
/// (`<b>` or `<p>` would) and so build other elements than the markup names.
const SVG_ELEMENTS: [&str; 13] = [
    "svg", "g", "title", "desc", "rect", "text", "tspan", "line", "polyline", "polygon", "path",
    "circle", "ellipse",
];

/// The drawing's markup piece by piece, or `None` for anything else than SVG's elements,
/// attributes in double quotes and text (a comment, a declaration, a stray `<`, end tags that
/// do not match).
fn tokens(svg: &str) -> Option<Vec<Token<'_>>> {
    let mut out = Vec::with_capacity(svg.len() / 16);
    let mut open = Vec::new();
    let mut rest = svg;
    while !rest.is_empty() {
        let Some(after) = rest.strip_prefix('<') else {
            let end = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Text(&rest[..end]));
            rest = &rest[end..];
            continue;
        };
        if let Some(after) = after.strip_prefix('/') {
            let end = after.find('>')?;
            let name = &after[..end];
            if open.pop() != Some(name) {
                return None;
            }
            out.push(Token::Close(name));
            rest = &after[end + 1..];
            continue;
        }
        // The tag ends at the first `>` outside quotes.
        let mut quoted = false;
        let end = after.bytes().position(|b| {
            quoted ^= b == b'"';
            b == b'>' && !quoted
        })?;
        let tag = &after[..end];
        let (tag, empty) = match tag.strip_suffix('/') {
            Some(tag) => (tag, true),
            None => (tag, false),
        };
        let name_end = tag
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(tag.len());
        let name = &tag[..name_end];
        if !SVG_ELEMENTS.contains(&name) || tag.contains('<') {
            return None;
        }
        out.push(Token::Open(name, &tag[name_end..]));
        if empty {
            out.push(Token::Close(name));
        } else {
            open.push(name);
        }
        rest = &after[end + 1..];
    }
    open.is_empty().then_some(out)
}

/// The attributes of `new` whose values differ from those of `old`, decoded; `None` unless
/// both have the same attributes in the same order.
fn changed_attributes(old: &str, new: &str) -> Option<Vec<(String, String)>> {
    let (old, new) = (attributes(old)?, attributes(new)?);
    if old.len() != new.len() {
        return None;
    }
    let mut out = Vec::new();
    for ((name_a, value_a), (name_b, value_b)) in old.into_iter().zip(new) {
        if name_a != name_b {
            return None;
        }
        if value_a != value_b {
            // The page's parser keeps the case of the attributes SVG names in mixed case
            // (`viewBox`) and lowers any other's; setting one by name keeps it as given. Only
            // lower-case names are set, so that both agree.
            if name_b.bytes().any(|b| b.is_ascii_uppercase()) {
                return None;
            }
            out.push((name_b.to_owned(), decode(value_b)?));
        }
    }
    Some(out)
}

/// `name="value"` pairs as written, or `None` for anything else.
fn attributes(text: &str) -> Option<Vec<(&str, &str)>> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let eq = rest.find('=')?;
        let name = &rest[..eq];
        let after = rest[eq + 1..].strip_prefix('"')?;
        let quote = after.find('"')?;
        if name.is_empty() || name.contains(|c: char| c.is_ascii_whitespace() || c == '"') {
            return None;
        }
        out.push((name, &after[..quote]));
        rest = after[quote + 1..].trim_start();
    }
    Some(out)
}

/// Text or an attribute value as the DOM holds it: `&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&apos;` and numeric references decoded; `None` for any other entity and for a control
/// character other than a tab or a line feed, raw or referred to (the page's parser turns a
/// carriage return into a line feed, and some references into other characters).
fn decode(raw: &str) -> Option<String> {
    let allowed = |c: char| !c.is_control() || c == '\t' || c == '\n';
    if !raw.chars().all(allowed) {
        return None;
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';')? + amp;
        let entity = &rest[amp + 1..semi];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = entity.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code).filter(|&c| allowed(c))?
            }
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{indicator_chart, ChartContext};
    use crate::workbook::Assessment;
    use crate::{Lang, Thresholds};

    const A: &str = "<svg viewBox=\"0 0 10 10\"><title>T</title><rect x=\"1\" fill=\"#FFF\"/><text x=\"2\" y=\"3\">\n80.00 &amp; up\n</text></svg>";

    #[test]
    fn the_same_drawing_changes_nothing() {
        assert_eq!(changes(A, A), Some(vec![]));
    }

    #[test]
    fn values_and_texts_that_differ_are_listed_decoded() {
        let b = A
            .replace("x=\"1\"", "x=\"7\"")
            .replace("80.00 &amp; up", "61.50 &lt;&#3585;&#x0E01;&gt;");
        assert_eq!(
            changes(A, &b),
            Some(vec![
                Change {
                    element: 2,
                    attributes: vec![("x".into(), "7".into())],
                    text: None,
                },
                Change {
                    element: 3,
                    attributes: vec![],
                    text: Some("\n61.50 <กก>\n".into()),
                },
            ])
        );
    }

    #[test]
    fn anything_more_than_values_replaces_the_drawing() {
        let more = A.replace("</svg>", "<rect x=\"9\"/></svg>");
        let attribute = A.replace("<rect x=\"1\"", "<rect y=\"0\" x=\"1\"");
        let renamed = A.replace("<title>T</title>", "<desc>T</desc>");
        let moved = A.replace(
            "<title>T</title><rect x=\"1\" fill=\"#FFF\"/>",
            "<title>T<rect x=\"1\" fill=\"#FFF\"/></title>",
        );
        let comment = A.replace("<title>", "<!-- c --><title>");
        let entity = A.replace("&amp; up", "&nbsp; up");
        let c1 = A.replace("&amp; up", "&#128; up");
        let cr = A.replace("&amp; up", "\r up");
        let mixed_case = A.replace("viewBox=\"0 0 10 10\"", "viewBox=\"0 0 20 10\"");
        for b in [
            more, attribute, renamed, moved, comment, entity, c1, cr, mixed_case,
        ] {
            assert_eq!(changes(A, &b), None, "{b}");
        }
        assert_eq!(changes(A, "<svg><rect></svg>"), None);
        assert_eq!(changes(A, "text<svg/>"), None);
    }

    #[test]
    fn a_text_beside_child_elements_must_stay_as_it_is() {
        let a = "<svg>\n<g>x<rect/>y</g>\n</svg>";
        assert_eq!(changes(a, a), Some(vec![]));
        assert_eq!(changes(a, "<svg>\n<g>z<rect/>y</g>\n</svg>"), None);
        assert_eq!(changes(a, "<svg><g>x<rect/>y</g>\n</svg>"), None);
    }

    #[test]
    fn only_svg_elements_are_compared() {
        // In a page, `<b>` inside SVG ends the SVG: the parser would build other elements.
        let a = "<svg><text>a</text><b>x</b></svg>";
        assert_eq!(changes(a, &a.replace(">a<", ">c<")), None);
        // A `>` inside an attribute's quotes does not end the tag.
        let b = "<svg><text x=\"1\" data-x=\"a>b\">t</text></svg>";
        assert_eq!(
            changes(b, &b.replace("a>b", "a>c")),
            Some(vec![Change {
                element: 1,
                attributes: vec![("data-x".into(), "a>c".into())],
                text: None,
            }])
        );
    }

    #[test]
    fn a_score_edit_changes_values_only() {
        let context = ChartContext {
            lang: Lang::Th,
            organisation: "เทศบาล <ทดสอบ> & \"คำพูด\"",
            fiscal_year: 2569,
        };
        let thresholds = Thresholds::default();
        let mut assessment = Assessment::new(2569);
        assessment.scores = std::array::from_fn(|_| "80".to_owned());
        let draw = |a: &Assessment| {
            let evaluation = a.evaluation().expect("framework");
            indicator_chart(&context, &evaluation, &thresholds)
                .expect("chart")
                .svg
        };
        let before = draw(&assessment);
        assessment.scores[2] = "61.5".into();
        let after = draw(&assessment);
        let found = changes(&before, &after).expect("values only");
        assert!(found
            .iter()
            .any(|c| c.text.as_deref().is_some_and(|t| t.contains("61.50"))));
        // An indicator without a score takes its bar away.
        assessment.scores[2].clear();
        assert_eq!(changes(&after, &draw(&assessment)), None);
    }
}
