//! Fixed text the app ships in both languages.

use crate::domain::Lang;

/// A piece of fixed text in Thai and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// `t!("ไทย", "English")`: a [`Text`] literal.
#[macro_export]
macro_rules! t {
    ($th:expr, $en:expr $(,)?) => {
        $crate::domain::text::Text { th: $th, en: $en }
    };
}
