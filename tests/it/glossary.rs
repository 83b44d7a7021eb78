//! Each locale's glossary (`locales/<lang>/glossary.toml`): its honest review status, the
//! messages allowed to read as in English, and the core legal terms used consistently — wherever
//! an English message uses a term, the same message in every locale uses one of that locale's
//! forms of it. Forms are whole words or phrases (every inflected form listed), never stems: a
//! stem such as «правов» would also accept a wrong term that happens to start the same way.

use std::collections::BTreeMap;

use serde::Deserialize;
use tandem_core::{Catalog, Lang};

use crate::root;

/// The core legal terms every glossary fixes.
pub const TERMS: &[&str] = &[
    "preservation",
    "expedited-preservation",
    "mutual-legal-assistance",
    "requesting-authority",
    "requested-authority",
    "point-of-contact-24-7",
    "service-provider",
    "subscriber-information",
    "traffic-data",
    "content-data",
    "dual-criminality",
    "confidentiality",
];

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Glossary {
    pub review_status: String,
    #[serde(default)]
    pub same_as_english: Vec<String>,
    pub terms: BTreeMap<String, Vec<String>>,
}

pub fn glossary(lang: Lang) -> Glossary {
    let path = root()
        .join("locales")
        .join(lang.code())
        .join("glossary.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_glossary_fixes_every_term_and_states_its_review_status() {
    for &lang in Lang::ALL {
        let g = glossary(lang);
        let expected = if lang == Lang::En {
            "source"
        } else {
            "machine-drafted"
        };
        // Only a legal translator's review may change this to "reviewed".
        assert!(
            g.review_status == expected || (lang != Lang::En && g.review_status == "reviewed"),
            "{}: review status {:?}",
            lang.code(),
            g.review_status
        );
        for term in TERMS {
            let forms = g
                .terms
                .get(*term)
                .unwrap_or_else(|| panic!("{}: no {term}", lang.code()));
            assert!(
                forms.iter().all(|f| !f.trim().is_empty()) && !forms.is_empty(),
                "{}: {term}",
                lang.code()
            );
        }
    }
}

/// Whether `form` occurs in `text` as whole words: not inside a longer word on either side.
/// Both are lower case. Chinese and Japanese write no spaces between words, so next to a Han
/// character or kana there is no word to run into: there the form is found where it stands.
pub fn has_term(text: &str, form: &str) -> bool {
    let unspaced = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}');
    let word = |c: Option<char>| {
        c.is_some_and(|c| (c.is_alphanumeric() && !unspaced(c)) || c == '\u{301}')
    };
    text.match_indices(form).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + form.len()..].chars().next();
        !word(before) && !word(after)
    })
}

#[test]
fn terms_match_whole_words_only() {
    assert!(has_term(
        "request for mutual legal assistance.",
        "mutual legal assistance"
    ));
    assert!(has_term("«сохранение» данных", "сохранение"));
    assert!(!has_term("сохранение данных", "сохранени"));
    assert!(!has_term("правовой помощи", "правов"));
    assert!(has_term("24/7 point", "24/7"));
    assert!(has_term("请求保全数据", "保全"));
    assert!(has_term("データの保全を要請", "保全"));
    assert!(!has_term("保全data", "保全d"));
}

/// Every message text with its ID: the value and each `.hint`.
fn texts(catalog: &Catalog, lang: Lang, ids: &[(String, bool)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (id, has_hint) in ids {
        if let Ok(value) = catalog.text(lang, id) {
            out.push((id.clone(), value));
        }
        if *has_hint {
            if let Ok(hint) = catalog.attr(lang, id, "hint") {
                out.push((format!("{id}.hint"), hint));
            }
        }
    }
    out
}

#[test]
fn every_locale_uses_its_glossary_terms_where_english_uses_them() {
    let ids = crate::locales::message_ids_with_hints();
    let en_glossary = glossary(Lang::En);
    let en = Catalog::new(&[Lang::En], false).unwrap();
    let en_texts = texts(&en, Lang::En, &ids);
    let mut misses = Vec::new();
    for &lang in Lang::ALL.iter().filter(|&&l| l != Lang::En) {
        let g = glossary(lang);
        let catalog = Catalog::new(&[lang], false).unwrap();
        let translated: BTreeMap<String, String> =
            texts(&catalog, lang, &ids).into_iter().collect();
        for (id, english) in &en_texts {
            let english = english.to_lowercase();
            for term in TERMS {
                let used = en_glossary.terms[*term]
                    .iter()
                    .any(|form| has_term(&english, &form.to_lowercase()));
                if !used {
                    continue;
                }
                let text = translated
                    .get(id)
                    .map(|t| t.to_lowercase())
                    .unwrap_or_default();
                if !g.terms[*term]
                    .iter()
                    .any(|form| has_term(&text, &form.to_lowercase()))
                {
                    misses.push(format!("{}: {id}: {term}", lang.code()));
                }
            }
        }
    }
    assert!(
        misses.is_empty(),
        "glossary terms not used:\n{}",
        misses.join("\n")
    );
}
