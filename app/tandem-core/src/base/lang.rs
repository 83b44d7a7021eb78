//! The languages Tandem speaks: codes, native names, writing direction, date style.

use serde::{Deserialize, Serialize};

/// Writing direction of a language or a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

/// A supported language, identified by its BCP 47 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    Pt,
    It,
    Ru,
    Uk,
    Ro,
    Ka,
    Hy,
    Az,
    Tr,
    Sq,
    Sr,
    Mk,
    Ar,
    Kk,
    Ky,
    Tg,
    Uz,
    Tk,
    Zh,
    Ja,
    Ko,
    Hi,
    Fa,
    He,
    Vi,
    Id,
    Pl,
    Cs,
    Sk,
    Hu,
    Bg,
    Hr,
    Bs,
    Sl,
    El,
    Nl,
}

/// The groups of the language menus: an official finds a language under the script it is
/// written in, whatever the language of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuGroup {
    Latin,
    Cyrillic,
    /// Arabic and Hebrew scripts, written right to left.
    RightToLeft,
    /// Greek, Armenian, Georgian, Devanagari, Chinese, Japanese, Korean.
    Other,
}

impl MenuGroup {
    /// The Fluent message naming the group.
    pub fn message_id(self) -> &'static str {
        match self {
            MenuGroup::Latin => "app-language-group-latin",
            MenuGroup::Cyrillic => "app-language-group-cyrillic",
            MenuGroup::RightToLeft => "app-language-group-rtl",
            MenuGroup::Other => "app-language-group-other",
        }
    }
}

/// Every language in its menu group, each group sorted by the language's own name as a reader
/// of that script would look for it (Č among the C's, Қ among the К's).
const MENU: &[(MenuGroup, &[Lang])] = &[
    (
        MenuGroup::Latin,
        &[
            Lang::Az,
            Lang::Id,
            Lang::Bs,
            Lang::Cs,
            Lang::De,
            Lang::En,
            Lang::Es,
            Lang::Fr,
            Lang::Hr,
            Lang::It,
            Lang::Hu,
            Lang::Nl,
            Lang::Uz,
            Lang::Pl,
            Lang::Pt,
            Lang::Ro,
            Lang::Sq,
            Lang::Sk,
            Lang::Sl,
            Lang::Vi,
            Lang::Tr,
            Lang::Tk,
        ],
    ),
    (
        MenuGroup::Cyrillic,
        &[
            Lang::Bg,
            Lang::Ky,
            Lang::Kk,
            Lang::Mk,
            Lang::Ru,
            Lang::Sr,
            Lang::Tg,
            Lang::Uk,
        ],
    ),
    (MenuGroup::RightToLeft, &[Lang::Ar, Lang::He, Lang::Fa]),
    (
        MenuGroup::Other,
        &[
            Lang::El,
            Lang::Hy,
            Lang::Ka,
            Lang::Hi,
            Lang::Zh,
            Lang::Ja,
            Lang::Ko,
        ],
    ),
];

/// How a language writes a numeric date.
enum DateStyle {
    /// 22/11/2026
    Slash,
    /// 22.11.2026
    Dot,
    /// 22-11-2026
    Dash,
    /// 22. 11. 2026
    SpacedDot,
    /// 22. 11. 2026.
    SerbianDot,
    /// 2026/11/22
    YearSlash,
    /// 2026. 11. 22.
    YearDot,
}

impl Lang {
    /// Every language the app can be used in (its locale is complete under `locales/`), in the
    /// order of the language menus. A variant not listed here is known (code, name, direction,
    /// date style) but not offered until its locale lands.
    pub const ALL: &'static [Lang] = &[
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::Pt,
        Lang::It,
        Lang::Ru,
        Lang::Uk,
        Lang::Ro,
        Lang::Ka,
        Lang::Hy,
        Lang::Az,
        Lang::Tr,
        Lang::Sq,
        Lang::Sr,
        Lang::Mk,
        Lang::Ar,
        Lang::Kk,
        Lang::Ky,
        Lang::Tg,
        Lang::Uz,
        Lang::Tk,
        Lang::Zh,
        Lang::Ja,
        Lang::Ko,
        Lang::Hi,
        Lang::Fa,
        Lang::He,
        Lang::Vi,
        Lang::Id,
        Lang::Pl,
        Lang::Cs,
        Lang::Sk,
        Lang::Hu,
        Lang::Bg,
        Lang::Hr,
        Lang::Bs,
        Lang::Sl,
        Lang::El,
        Lang::Nl,
    ];

    /// BCP 47 code, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::It => "it",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Ro => "ro",
            Lang::Ka => "ka",
            Lang::Hy => "hy",
            Lang::Az => "az",
            Lang::Tr => "tr",
            Lang::Sq => "sq",
            Lang::Sr => "sr",
            Lang::Mk => "mk",
            Lang::Ar => "ar",
            Lang::Kk => "kk",
            Lang::Ky => "ky",
            Lang::Tg => "tg",
            Lang::Uz => "uz",
            Lang::Tk => "tk",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Hi => "hi",
            Lang::Fa => "fa",
            Lang::He => "he",
            Lang::Vi => "vi",
            Lang::Id => "id",
            Lang::Pl => "pl",
            Lang::Cs => "cs",
            Lang::Sk => "sk",
            Lang::Hu => "hu",
            Lang::Bg => "bg",
            Lang::Hr => "hr",
            Lang::Bs => "bs",
            Lang::Sl => "sl",
            Lang::El => "el",
            Lang::Nl => "nl",
        }
    }

    /// The language's name in itself, for the language menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::It => "Italiano",
            Lang::Ru => "Русский",
            Lang::Uk => "Українська",
            Lang::Ro => "Română",
            Lang::Ka => "ქართული",
            Lang::Hy => "Հայերեն",
            Lang::Az => "Azərbaycan dili",
            Lang::Tr => "Türkçe",
            Lang::Sq => "Shqip",
            Lang::Sr => "Српски",
            Lang::Mk => "Македонски",
            Lang::Ar => "العربية",
            Lang::Kk => "Қазақ тілі",
            Lang::Ky => "Кыргызча",
            Lang::Tg => "Тоҷикӣ",
            Lang::Uz => "Oʻzbekcha",
            Lang::Tk => "Türkmençe",
            Lang::Zh => "中文（简体）",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::Hi => "हिन्दी",
            Lang::Fa => "فارسی",
            Lang::He => "עברית",
            Lang::Vi => "Tiếng Việt",
            Lang::Id => "Bahasa Indonesia",
            Lang::Pl => "Polski",
            Lang::Cs => "Čeština",
            Lang::Sk => "Slovenčina",
            Lang::Hu => "Magyar",
            Lang::Bg => "Български",
            Lang::Hr => "Hrvatski",
            Lang::Bs => "Bosanski",
            Lang::Sl => "Slovenščina",
            Lang::El => "Ελληνικά",
            Lang::Nl => "Nederlands",
        }
    }

    /// [`Lang::native_name`] in lower case, as a menu's search compares it (a test checks it is
    /// `native_name().to_lowercase()`).
    fn name_lowered(self) -> &'static str {
        match self {
            Lang::En => "english",
            Lang::Fr => "français",
            Lang::De => "deutsch",
            Lang::Es => "español",
            Lang::Pt => "português",
            Lang::It => "italiano",
            Lang::Ru => "русский",
            Lang::Uk => "українська",
            Lang::Ro => "română",
            Lang::Ka => "ქართული",
            Lang::Hy => "հայերեն",
            Lang::Az => "azərbaycan dili",
            Lang::Tr => "türkçe",
            Lang::Sq => "shqip",
            Lang::Sr => "српски",
            Lang::Mk => "македонски",
            Lang::Ar => "العربية",
            Lang::Kk => "қазақ тілі",
            Lang::Ky => "кыргызча",
            Lang::Tg => "тоҷикӣ",
            Lang::Uz => "oʻzbekcha",
            Lang::Tk => "türkmençe",
            Lang::Zh => "中文（简体）",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::Hi => "हिन्दी",
            Lang::Fa => "فارسی",
            Lang::He => "עברית",
            Lang::Vi => "tiếng việt",
            Lang::Id => "bahasa indonesia",
            Lang::Pl => "polski",
            Lang::Cs => "čeština",
            Lang::Sk => "slovenčina",
            Lang::Hu => "magyar",
            Lang::Bg => "български",
            Lang::Hr => "hrvatski",
            Lang::Bs => "bosanski",
            Lang::Sl => "slovenščina",
            Lang::El => "ελληνικά",
            Lang::Nl => "nederlands",
        }
    }

    /// Whether the language's texts are authoritative: English is the source; every other locale
    /// is machine-drafted until a legal translator has reviewed it (its
    /// `locales/<lang>/glossary.toml` says which; a test keeps the two in step).
    pub fn is_reviewed(self) -> bool {
        self == Lang::En
    }

    /// Writing direction of the language's script.
    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar | Lang::Fa | Lang::He => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    fn date_style(self) -> DateStyle {
        match self {
            Lang::En
            | Lang::Fr
            | Lang::Es
            | Lang::Pt
            | Lang::It
            | Lang::Ar
            | Lang::Hi
            | Lang::Vi
            | Lang::Id
            | Lang::El => DateStyle::Slash,
            Lang::Nl => DateStyle::Dash,
            Lang::Cs | Lang::Sk | Lang::Sl => DateStyle::SpacedDot,
            Lang::Sr | Lang::Hr | Lang::Bs => DateStyle::SerbianDot,
            Lang::Zh | Lang::Ja | Lang::Fa => DateStyle::YearSlash,
            Lang::Hu | Lang::Ko => DateStyle::YearDot,
            _ => DateStyle::Dot,
        }
    }

    /// A date and a time of day (hours and minutes) as the app's lists show them: the date in
    /// this language's style, then the clock.
    pub fn format_date_time(self, at: chrono::NaiveDateTime) -> String {
        format!(
            "{} {}",
            self.format_date(at.date()),
            crate::format::clock(at.time(), false)
        )
    }

    /// A date as written in this language's documents (numeric; day first, or year first where
    /// the language writes it so).
    pub fn format_date(self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let (d, m, y) = (date.day(), date.month(), date.year());
        match self.date_style() {
            DateStyle::Slash => format!("{d:02}/{m:02}/{y:04}"),
            DateStyle::Dot => format!("{d:02}.{m:02}.{y:04}"),
            DateStyle::Dash => format!("{d:02}-{m:02}-{y:04}"),
            DateStyle::SpacedDot => format!("{d:02}. {m:02}. {y:04}"),
            DateStyle::SerbianDot => format!("{d:02}. {m:02}. {y:04}."),
            DateStyle::YearSlash => format!("{y:04}/{m:02}/{d:02}"),
            DateStyle::YearDot => format!("{y:04}. {m:02}. {d:02}."),
        }
    }

    /// The language menus: each group with the languages of [`Lang::ALL`] in it, empty groups
    /// left out.
    pub fn menu() -> Vec<(MenuGroup, Vec<Lang>)> {
        MENU.iter()
            .map(|(group, langs)| {
                let offered = langs.iter().copied().filter(|l| Lang::ALL.contains(l));
                (*group, offered.collect::<Vec<_>>())
            })
            .filter(|(_, langs)| !langs.is_empty())
            .collect()
    }

    /// Whether what someone typed into a language menu's search names this language: its code,
    /// or a part of its own name (letter case aside). `lowered` is what was typed, trimmed and in
    /// lower case: the page lowers it with the browser's own `toLowerCase`, so that the app shell
    /// carries no Unicode case tables (`str::to_lowercase` does the same on the host).
    pub fn matches(self, lowered: &str) -> bool {
        lowered.is_empty() || self.code() == lowered || self.name_lowered().contains(lowered)
    }

    /// The first of the browser's languages (`navigator.languages`: BCP 47 tags, most preferred
    /// first) that Tandem has, matched by its primary subtag (`pt-BR` is Portuguese, `sr-Latn`
    /// Serbian, `zh-Hant` Chinese). `public/boot.js` follows the same rule to fetch the messages
    /// ahead of the app: a difference there costs a fetch, never a wrong language.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            Lang::from_code(&primary.to_ascii_lowercase())
        })
    }

    /// Parses a BCP 47 code of a language in use (one of [`Lang::ALL`]).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|l| l.code() == code)
    }
}

/// Two document languages after `lang` is picked for `side` (0: A, 1: B): the other side's
/// language picked changes places with it, so that the two always differ.
pub fn pick_for_side(pair: [Lang; 2], side: usize, lang: Lang) -> [Lang; 2] {
    let mut pair = pair;
    if side > 1 {
        return pair;
    }
    if pair[1 - side] == lang {
        pair.swap(0, 1);
    } else {
        pair[side] = lang;
    }
    pair
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
    fn english_comes_first_and_no_language_twice() {
        assert_eq!(Lang::ALL[0], Lang::En);
        let mut codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Lang::ALL.len());
    }

    #[test]
    fn the_menu_holds_every_offered_language_once() {
        let mut all: Vec<Lang> = MENU.iter().flat_map(|(_, l)| l.iter().copied()).collect();
        assert_eq!(all.len(), 40);
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 40, "a language twice in the menu");
        let mut offered: Vec<Lang> = Lang::menu().into_iter().flat_map(|(_, l)| l).collect();
        offered.sort();
        let mut every = Lang::ALL.to_vec();
        every.sort();
        assert_eq!(offered, every);
    }

    #[test]
    fn a_language_is_found_by_its_code_or_a_part_of_its_own_name() {
        let lowered = |typed: &str| typed.trim().to_lowercase();
        assert!(Lang::Ru.matches(&lowered("ru")));
        assert!(Lang::Ru.matches(&lowered("РУС")));
        assert!(Lang::De.matches(&lowered(" deut")));
        assert!(Lang::De.matches(""));
        assert!(!Lang::De.matches(&lowered("fr")));
        assert!(!Lang::En.matches(&lowered("xyz")));
        assert!(Lang::Zh.matches(&lowered("中文")));
        assert!(Lang::El.matches(&lowered("ΕΛΛΗΝ")));
        assert!(Lang::Hy.matches(&lowered("ՀԱՅ")));
    }

    #[test]
    fn the_lowered_names_are_the_names_in_lower_case() {
        for lang in Lang::ALL {
            assert_eq!(
                lang.name_lowered(),
                lang.native_name().to_lowercase(),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn the_browser_language_is_the_first_tandem_has() {
        assert_eq!(Lang::from_browser(["ka-GE", "en-US"]), Some(Lang::Ka));
        assert_eq!(Lang::from_browser(["ga-IE", "PT-br", "en"]), Some(Lang::Pt));
        assert_eq!(Lang::from_browser(["zh_Hant_TW"]), Some(Lang::Zh));
        assert_eq!(Lang::from_browser(["nb", "ga", ""]), None);
        assert_eq!(Lang::from_browser([]), None);
    }

    #[test]
    fn a_language_picked_for_one_side_swaps_with_the_other_when_it_is_there() {
        let pair = [Lang::Ka, Lang::En];
        assert_eq!(pick_for_side(pair, 0, Lang::Ru), [Lang::Ru, Lang::En]);
        assert_eq!(pick_for_side(pair, 1, Lang::Ka), [Lang::En, Lang::Ka]);
        assert_eq!(pick_for_side(pair, 0, Lang::Ka), pair);
        assert_eq!(pick_for_side(pair, 2, Lang::Ru), pair);
    }

    #[test]
    fn serde_uses_the_code() {
        assert_eq!(serde_json::to_string(&Lang::Ru).unwrap(), "\"ru\"");
    }

    #[test]
    fn dates_and_directions() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(Lang::En.format_date(date), "02/11/2026");
        let at = date.and_hms_opt(9, 5, 30).unwrap();
        assert_eq!(Lang::De.format_date_time(at), "02.11.2026 09:05");
        assert_eq!(Lang::De.format_date(date), "02.11.2026");
        assert_eq!(Lang::Sr.format_date(date), "02. 11. 2026.");
        assert_eq!(Lang::Nl.format_date(date), "02-11-2026");
        assert_eq!(Lang::Cs.format_date(date), "02. 11. 2026");
        assert_eq!(Lang::Hr.format_date(date), "02. 11. 2026.");
        assert_eq!(Lang::Zh.format_date(date), "2026/11/02");
        assert_eq!(Lang::Hu.format_date(date), "2026. 11. 02.");
        assert_eq!(Lang::Ar.dir(), Dir::Rtl);
        assert_eq!(Lang::He.dir(), Dir::Rtl);
        assert_eq!(Lang::Fa.dir(), Dir::Rtl);
        assert_eq!(Lang::Ka.dir(), Dir::Ltr);
    }
}
