//! The two languages of the app. Thai is the default: the users are Thai officers.

/// A user-interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// ภาษาไทย, the default.
    #[default]
    Th,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code, for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Th => "th",
            Lang::En => "en",
        }
    }

    /// The language with this code.
    pub fn from_code(code: &str) -> Option<Lang> {
        [Lang::Th, Lang::En].into_iter().find(|l| l.code() == code)
    }

    /// The other language, for the toggle.
    pub fn toggled(self) -> Lang {
        match self {
            Lang::Th => Lang::En,
            Lang::En => Lang::Th,
        }
    }

    /// Picks the Thai or the English of a pair.
    pub fn pick<T>(self, th: T, en: T) -> T {
        match self {
            Lang::Th => th,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_is_the_default_and_toggle_round_trips() {
        assert_eq!(Lang::default(), Lang::Th);
        assert_eq!(Lang::Th.toggled(), Lang::En);
        assert_eq!(Lang::Th.toggled().toggled(), Lang::Th);
        assert_eq!(Lang::En.pick("ไทย", "English"), "English");
        assert_eq!(Lang::Th.code(), "th");
    }
}
