//! Countries the app knows, by ISO 3166-1 alpha-2 code: the member States of the Council of
//! Europe, the Parties and signatories of the Budapest Convention, and other States requests are
//! often sent to, with their official languages. Names are Fluent messages `country-<code>` in
//! `locales/<lang>/countries.ftl`.

use crate::lang::Lang;

/// Every known country: (ISO 3166-1 alpha-2 code, Fluent ID of its name).
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AL", "country-al"),
    ("AD", "country-ad"),
    ("AM", "country-am"),
    ("AT", "country-at"),
    ("AZ", "country-az"),
    ("BE", "country-be"),
    ("BA", "country-ba"),
    ("BG", "country-bg"),
    ("HR", "country-hr"),
    ("CY", "country-cy"),
    ("CZ", "country-cz"),
    ("DK", "country-dk"),
    ("EE", "country-ee"),
    ("FI", "country-fi"),
    ("FR", "country-fr"),
    ("GE", "country-ge"),
    ("DE", "country-de"),
    ("GR", "country-gr"),
    ("HU", "country-hu"),
    ("IS", "country-is"),
    ("IE", "country-ie"),
    ("IT", "country-it"),
    ("LV", "country-lv"),
    ("LI", "country-li"),
    ("LT", "country-lt"),
    ("LU", "country-lu"),
    ("MT", "country-mt"),
    ("MD", "country-md"),
    ("MC", "country-mc"),
    ("ME", "country-me"),
    ("NL", "country-nl"),
    ("MK", "country-mk"),
    ("NO", "country-no"),
    ("PL", "country-pl"),
    ("PT", "country-pt"),
    ("RO", "country-ro"),
    ("SM", "country-sm"),
    ("RS", "country-rs"),
    ("SK", "country-sk"),
    ("SI", "country-si"),
    ("ES", "country-es"),
    ("SE", "country-se"),
    ("CH", "country-ch"),
    ("TR", "country-tr"),
    ("UA", "country-ua"),
    ("GB", "country-gb"),
    ("AR", "country-ar"),
    ("AU", "country-au"),
    ("BJ", "country-bj"),
    ("BR", "country-br"),
    ("CV", "country-cv"),
    ("CM", "country-cm"),
    ("CA", "country-ca"),
    ("CL", "country-cl"),
    ("CO", "country-co"),
    ("CR", "country-cr"),
    ("CI", "country-ci"),
    ("DO", "country-do"),
    ("FJ", "country-fj"),
    ("GH", "country-gh"),
    ("GD", "country-gd"),
    ("IL", "country-il"),
    ("JP", "country-jp"),
    ("KI", "country-ki"),
    ("KR", "country-kr"),
    ("MU", "country-mu"),
    ("MA", "country-ma"),
    ("NG", "country-ng"),
    ("PA", "country-pa"),
    ("PY", "country-py"),
    ("PE", "country-pe"),
    ("PH", "country-ph"),
    ("SN", "country-sn"),
    ("SL", "country-sl"),
    ("ZA", "country-za"),
    ("LK", "country-lk"),
    ("TO", "country-to"),
    ("TN", "country-tn"),
    ("US", "country-us"),
    ("RU", "country-ru"),
    ("BY", "country-by"),
    ("KZ", "country-kz"),
    ("KG", "country-kg"),
    ("TJ", "country-tj"),
    ("TM", "country-tm"),
    ("UZ", "country-uz"),
    ("CN", "country-cn"),
    ("IN", "country-in"),
    ("SG", "country-sg"),
    ("AE", "country-ae"),
    ("SA", "country-sa"),
    ("QA", "country-qa"),
    ("KW", "country-kw"),
    ("BH", "country-bh"),
    ("OM", "country-om"),
    ("EG", "country-eg"),
    ("JO", "country-jo"),
    ("LB", "country-lb"),
    ("IQ", "country-iq"),
    ("DZ", "country-dz"),
    ("LY", "country-ly"),
    ("MX", "country-mx"),
    ("NZ", "country-nz"),
    ("ID", "country-id"),
    ("MY", "country-my"),
    ("TH", "country-th"),
    ("VN", "country-vn"),
];

/// The official languages of each known country, by ISO 3166-1 alpha-2 code, as BCP 47 codes,
/// most widely used first: the languages of Unicode CLDR's supplemental `territoryInfo` marked
/// `official` (or de facto official), written down from memory of that table, not generated from
/// it. Regionally official languages are left out. What Tandem cannot write (Irish, Norwegian,
/// Sinhala…) is listed too, so that the data says what the country speaks, not what Tandem has.
const OFFICIAL: &[(&str, &[&str])] = &[
    ("AL", &["sq"]),
    ("AD", &["ca"]),
    ("AM", &["hy"]),
    ("AT", &["de"]),
    ("AZ", &["az"]),
    ("BE", &["nl", "fr", "de"]),
    ("BA", &["bs", "hr", "sr"]),
    ("BG", &["bg"]),
    ("HR", &["hr"]),
    ("CY", &["el", "tr"]),
    ("CZ", &["cs"]),
    ("DK", &["da"]),
    ("EE", &["et"]),
    ("FI", &["fi", "sv"]),
    ("FR", &["fr"]),
    ("GE", &["ka"]),
    ("DE", &["de"]),
    ("GR", &["el"]),
    ("HU", &["hu"]),
    ("IS", &["is"]),
    ("IE", &["en", "ga"]),
    ("IT", &["it"]),
    ("LV", &["lv"]),
    ("LI", &["de"]),
    ("LT", &["lt"]),
    ("LU", &["lb", "fr", "de"]),
    ("MT", &["mt", "en"]),
    ("MD", &["ro"]),
    ("MC", &["fr"]),
    ("ME", &["sr"]),
    ("NL", &["nl"]),
    ("MK", &["mk", "sq"]),
    ("NO", &["nb", "nn"]),
    ("PL", &["pl"]),
    ("PT", &["pt"]),
    ("RO", &["ro"]),
    ("SM", &["it"]),
    ("RS", &["sr"]),
    ("SK", &["sk"]),
    ("SI", &["sl"]),
    ("ES", &["es"]),
    ("SE", &["sv"]),
    ("CH", &["de", "fr", "it", "rm"]),
    ("TR", &["tr"]),
    ("UA", &["uk"]),
    ("GB", &["en"]),
    ("AR", &["es"]),
    ("AU", &["en"]),
    ("BJ", &["fr"]),
    ("BR", &["pt"]),
    ("CV", &["pt"]),
    ("CM", &["fr", "en"]),
    ("CA", &["en", "fr"]),
    ("CL", &["es"]),
    ("CO", &["es"]),
    ("CR", &["es"]),
    ("CI", &["fr"]),
    ("DO", &["es"]),
    ("FJ", &["en", "fj", "hif"]),
    ("GH", &["en"]),
    ("GD", &["en"]),
    ("IL", &["he", "ar"]),
    ("JP", &["ja"]),
    ("KI", &["en", "gil"]),
    ("KR", &["ko"]),
    ("MU", &["en", "fr"]),
    ("MA", &["ar", "zgh"]),
    ("NG", &["en"]),
    ("PA", &["es"]),
    ("PY", &["es", "gn"]),
    ("PE", &["es", "qu"]),
    ("PH", &["en", "fil"]),
    ("SN", &["fr"]),
    ("SL", &["en"]),
    ("ZA", &["zu", "xh", "af", "en"]),
    ("LK", &["si", "ta"]),
    ("TO", &["to", "en"]),
    ("TN", &["ar"]),
    ("US", &["en"]),
    ("RU", &["ru"]),
    ("BY", &["be", "ru"]),
    ("KZ", &["ru", "kk"]),
    ("KG", &["ky", "ru"]),
    ("TJ", &["tg"]),
    ("TM", &["tk"]),
    ("UZ", &["uz"]),
    ("CN", &["zh"]),
    ("IN", &["hi", "en"]),
    ("SG", &["en", "zh", "ms", "ta"]),
    ("AE", &["ar"]),
    ("SA", &["ar"]),
    ("QA", &["ar"]),
    ("KW", &["ar"]),
    ("BH", &["ar"]),
    ("OM", &["ar"]),
    ("EG", &["ar"]),
    ("JO", &["ar"]),
    ("LB", &["ar"]),
    ("IQ", &["ar", "ckb"]),
    ("DZ", &["ar", "kab"]),
    ("LY", &["ar"]),
    ("MX", &["es"]),
    ("NZ", &["en", "mi"]),
    ("ID", &["id"]),
    ("MY", &["ms"]),
    ("TH", &["th"]),
    ("VN", &["vi"]),
];

/// A country's official languages (BCP 47 codes, most widely used first); none for an unknown
/// code.
pub fn official_languages(code: &str) -> &'static [&'static str] {
    OFFICIAL
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[], |(_, langs)| *langs)
}

/// The language a document to this country is written in by default: the first of its official
/// languages that Tandem has ([`Lang::ALL`]); none when Tandem has none of them (the document
/// language is then left as the user had it).
pub fn document_language(code: &str) -> Option<Lang> {
    official_languages(code)
        .iter()
        .find_map(|code| Lang::from_code(code))
}

/// The Fluent ID of a country's name, if the code is known.
pub fn lookup(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, id)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_iso_alpha2_and_ids_follow_them() {
        let mut seen = std::collections::BTreeSet::new();
        for (code, id) in COUNTRIES {
            assert!(
                code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()),
                "{code}"
            );
            assert!(seen.insert(code), "{code} twice");
            assert_eq!(*id, format!("country-{}", code.to_lowercase()));
        }
        assert_eq!(lookup("GE"), Some("country-ge"));
        assert_eq!(lookup("ge"), None);
        assert_eq!(lookup("XX"), None);
    }

    #[test]
    fn every_country_has_its_official_languages() {
        for (code, _) in COUNTRIES {
            assert!(
                !official_languages(code).is_empty(),
                "{code} has no language"
            );
        }
        for (code, langs) in OFFICIAL {
            assert!(lookup(code).is_some(), "{code} is no known country");
            for lang in *langs {
                assert!(
                    (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase()),
                    "{code}: {lang}"
                );
            }
        }
        assert_eq!(official_languages("XX"), &[] as &[&str]);
    }

    #[test]
    fn a_document_to_a_country_is_in_the_first_official_language_tandem_has() {
        assert_eq!(document_language("IE"), Some(Lang::En));
        assert_eq!(document_language("US"), Some(Lang::En));
        assert_eq!(document_language("GE"), Some(Lang::Ka));
        // Luxembourgish is not one of Tandem's languages: French, the next, is.
        assert_eq!(document_language("LU"), Some(Lang::Fr));
        assert_eq!(document_language("CY"), Some(Lang::El));
        assert_eq!(document_language("BY"), Some(Lang::Ru));
        assert_eq!(document_language("NO"), None);
        assert_eq!(document_language("XX"), None);
    }
}
