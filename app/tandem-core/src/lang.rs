//! The languages Tandem speaks: codes, native names, writing direction.

use serde::{Deserialize, Serialize};

use crate::document::Dir;

/// A supported language, identified by its BCP 47 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ru,
}

impl Lang {
    /// Every supported language, in the order of the language menu.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ru];

    /// BCP 47 code, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself, for the language menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
        }
    }

    /// Writing direction of the language's script.
    pub fn dir(self) -> Dir {
        Dir::Ltr
    }

    /// A date as written in this language's documents (numeric, day first).
    pub fn format_date(self, date: chrono::NaiveDate) -> String {
        match self {
            Lang::En => date.format("%d/%m/%Y").to_string(),
            Lang::Ru => date.format("%d.%m.%Y").to_string(),
        }
    }

    /// Parses a BCP 47 code of a supported language.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|l| l.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn serde_uses_the_code() {
        assert_eq!(serde_json::to_string(&Lang::Ru).unwrap(), "\"ru\"");
    }
}
