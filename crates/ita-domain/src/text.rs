//! Fixed text the app ships in both languages.

use crate::Lang;

/// A piece of fixed text in Thai and English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text {
    /// ภาษาไทย.
    pub th: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.th, self.en)
    }
}

/// Whether XML 1.0 allows a character in text: not the control characters (but tab and the
/// line ends), not U+FFFE or U+FFFF. User text bound for SVG or WordprocessingML drops the
/// others: a NUL typed in a name must not make a chart or a Word file unreadable.
pub fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// `t!("ไทย", "English")`: a [`Text`] literal.
#[macro_export]
macro_rules! t {
    ($th:expr, $en:expr $(,)?) => {
        $crate::text::Text { th: $th, en: $en }
    };
}
