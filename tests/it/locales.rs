//! Locale completeness: every `.ftl` parses; every locale has the same messages, attributes and
//! variables as `en`; every message a template or the code uses exists; none is unused.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;
use tandem_core::{registry, Catalog, Lang};

use crate::{files_below, root};

/// Shape of one message: its attributes and the variables of its value and each attribute.
#[derive(Debug, PartialEq)]
struct Shape {
    file: String,
    has_value: bool,
    attributes: BTreeMap<String, BTreeSet<String>>,
    variables: BTreeSet<String>,
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, out);
            }
        }
        _ => {}
    }
}

/// Every message referenced by another message of a locale (`{ basis-articles }`).
fn references(lang: &str) -> BTreeSet<String> {
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_refs(expression, out);
            }
        }
    }
    fn expression_refs(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { variants, .. } => {
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::MessageReference { id, .. }) => {
                out.insert(id.name.to_string());
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_refs(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let dir = root().join("locales").join(lang);
    let mut out = BTreeSet::new();
    for file in files_below(&dir)
        .into_iter()
        .filter(|f| f.ends_with(".ftl"))
    {
        let source = std::fs::read_to_string(dir.join(&file)).unwrap();
        let resource = parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                m.value.iter().for_each(|v| pattern(v, &mut out));
                m.attributes
                    .iter()
                    .for_each(|a| pattern(&a.value, &mut out));
            }
        }
    }
    out
}

/// Every message of a locale, by ID, parsed from the files on disk.
fn shapes(lang: &str) -> BTreeMap<String, Shape> {
    let dir = root().join("locales").join(lang);
    let mut out = BTreeMap::new();
    for file in files_below(&dir)
        .into_iter()
        .filter(|f| f.ends_with(".ftl"))
    {
        let source = std::fs::read_to_string(dir.join(&file)).unwrap();
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &message.value {
                        variables(value, &mut vars);
                    }
                    let attributes = message
                        .attributes
                        .iter()
                        .map(|a| {
                            let mut v = BTreeSet::new();
                            variables(&a.value, &mut v);
                            (a.id.name.to_string(), v)
                        })
                        .collect();
                    let id = message.id.name.to_string();
                    let shape = Shape {
                        file: file.clone(),
                        has_value: message.value.is_some(),
                        attributes,
                        variables: vars,
                    };
                    assert!(
                        out.insert(id.clone(), shape).is_none(),
                        "{lang}: {id} defined twice"
                    );
                }
                ast::Entry::Junk { content } => panic!("{lang}/{file}: junk {content:?}"),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_locale_has_the_same_messages_attributes_and_variables_as_english() {
    let en = shapes("en");
    assert!(!en.is_empty());
    for &lang in Lang::ALL {
        let other = shapes(lang.code());
        let missing: Vec<_> = en.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !en.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        assert!(extra.is_empty(), "{}: not in en {extra:?}", lang.code());
        for (id, shape) in &en {
            assert_eq!(&other[id], shape, "{}: {id} differs from en", lang.code());
        }
    }
}

#[test]
fn every_message_a_template_uses_exists_in_every_locale() {
    let catalog = Catalog::new(Lang::ALL, false).unwrap();
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        for &lang in Lang::ALL {
            for message in template.message_ids() {
                assert!(
                    catalog.has(lang, message),
                    "{}: {message} (template {id})",
                    lang.code()
                );
            }
            for (_, item, path, _) in template.items() {
                if item.hint {
                    catalog
                        .attr_args(lang, &item.label, "hint", &no_basis())
                        .unwrap_or_else(|e| panic!("{path}: {e}"));
                }
            }
        }
    }
}

/// The arguments every message of a template gets, with no route or basis chosen: a hint that
/// follows the basis is checked in its default wording.
fn no_basis() -> [(&'static str, tandem_core::l10n::Arg<'static>); 9] {
    static ARGS: std::sync::OnceLock<tandem_core::basis::Args> = std::sync::OnceLock::new();
    ARGS.get_or_init(tandem_core::basis::Args::default)
        .fluent("")
}

/// Message IDs quoted in the Rust sources of the app.
fn ids_in_code() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for dir in [
        "app/tandem-core/src",
        "app/tandem-pdf/src",
        "app/tandem-web/src",
        "app/tandem-worker/src",
    ] {
        let dir = root().join(dir);
        for file in files_below(&dir).into_iter().filter(|f| f.ends_with(".rs")) {
            let source = std::fs::read_to_string(dir.join(file)).unwrap();
            for (i, part) in source.split('"').enumerate() {
                if i % 2 == 1
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    out.insert(part.to_string());
                }
            }
        }
    }
    out
}

/// Element ids in the UI code that begin like message ids.
const ELEMENT_IDS: &[&str] = &[
    "import-file",
    "import-as-copy",
    "lock-label-status",
    "lock-start",
    "lock-state",
    "lock-error",
    "lock-cancel",
    "received-file",
    "received-notice",
    "received-langs",
    "received-fingerprint",
];

#[test]
fn every_message_is_used_and_every_message_the_code_names_exists() {
    let mut used: BTreeSet<String> = ids_in_code();
    let mut sections = BTreeSet::new();
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        used.extend(template.message_ids().into_iter().map(str::to_string));
        sections.extend(template.sections.iter().map(|s| s.id.clone()));
    }
    // A basis is named by its id (`basis-<id>`); a message referenced by another is used by it.
    used.extend(
        tandem_core::basis::all()
            .iter()
            .map(|b| format!("basis-{}", b.id)),
    );
    used.extend(references("en"));
    let en = shapes("en");
    let unused: Vec<_> = en.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        unused.is_empty(),
        "messages no template or code uses: {unused:?}"
    );
    for prefix in [
        "app-",
        "form-",
        "home-",
        "pdf-",
        "validation-",
        "preservation-",
        "import-",
        "backup-",
        "lock-",
        "storage-",
        "guide-",
        "packs-",
        "received-",
    ] {
        // Template section ids (e.g. "backup-contact") appear in the code as answer paths, and
        // element ids (e.g. "import-file") as strings too.
        for id in used.iter().filter(|id| {
            id.starts_with(prefix) && !sections.contains(*id) && !ELEMENT_IDS.contains(&id.as_str())
        }) {
            assert!(en.contains_key(id), "the code names {id}, which en lacks");
        }
    }
}

/// Every message ID of `en`, with whether it has a `.hint`.
pub fn message_ids_with_hints() -> Vec<(String, bool)> {
    shapes("en")
        .into_iter()
        .filter(|(_, shape)| shape.has_value)
        .map(|(id, shape)| (id, shape.attributes.contains_key("hint")))
        .collect()
}

#[test]
fn no_translation_is_left_in_english() {
    // The same in every language on purpose.
    const SAME_EVERYWHERE: &[&str] = &["app-name"];
    let en = Catalog::new(&[Lang::En], false).unwrap();
    let en_shapes = shapes("en");
    let mut left = Vec::new();
    for &lang in Lang::ALL.iter().filter(|&&l| l != Lang::En) {
        let allowed = crate::glossary::glossary(lang).same_as_english;
        let other = Catalog::new(&[lang], false).unwrap();
        for (id, shape) in &en_shapes {
            let ok = |key: &str| SAME_EVERYWHERE.contains(&key) || allowed.iter().any(|a| a == key);
            if shape.has_value && shape.variables.is_empty() && !ok(id) {
                let english = en.text(Lang::En, id).unwrap();
                if other.text(lang, id).unwrap() == english {
                    left.push(format!("{}: {id} = {english:?}", lang.code()));
                }
            }
            if shape.attributes.contains_key("hint") && !ok(&format!("{id}.hint")) {
                let english = en.attr_args(Lang::En, id, "hint", &no_basis()).unwrap();
                if other.attr_args(lang, id, "hint", &no_basis()).unwrap() == english {
                    left.push(format!("{}: {id}.hint", lang.code()));
                }
            }
        }
        // The allow-list names real messages only, each still identical to English.
        for key in &allowed {
            let (id, attr) = key
                .split_once('.')
                .map_or((key.as_str(), None), |(i, a)| (i, Some(a)));
            let (a, b) = match attr {
                None => (other.text(lang, id), en.text(Lang::En, id)),
                Some(attr) => (other.attr(lang, id, attr), en.attr(Lang::En, id, attr)),
            };
            assert!(
                a.is_ok() && a == b,
                "{}: same-as-english lists {key}, which differs from English or does not exist",
                lang.code()
            );
        }
    }
    assert!(left.is_empty(), "still in English:\n{}", left.join("\n"));
}

#[test]
fn each_served_bundle_holds_exactly_the_messages_of_its_files() {
    // The browser fetches a common bundle per language and one per request type, written by
    // scripts/bundle-locales; loaded together they hold exactly the messages of the files.
    let out = std::env::temp_dir().join(format!("tandem-bundles-{}", std::process::id()));
    let status = std::process::Command::new("bash")
        .arg(root().join("scripts/bundle-locales"))
        .arg(&out)
        .status()
        .expect("bash runs");
    assert!(status.success(), "scripts/bundle-locales failed");
    let read = |path: std::path::PathBuf| {
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let ids_of = |bundle: &str, name: &str| -> BTreeSet<String> {
        parser::parse(bundle)
            .unwrap_or_else(|(_, errors)| panic!("{name}: {errors:?}"))
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    };
    for &lang in Lang::ALL {
        let code = lang.code();
        let common = read(out.join(format!("locales/{code}.ftl")));
        let mut ids = ids_of(&common, code);
        let mut from_bundles = Catalog::empty(false);
        from_bundles
            .add(lang, &[(registry::BUNDLE_NAME, common.as_str())])
            .unwrap();
        for (template, _) in registry::TEMPLATES {
            let bundle = read(out.join(format!("locales/{code}/{template}.ftl")));
            let own = ids_of(&bundle, &format!("{code}/{template}"));
            assert!(
                own.iter().all(|id| id.starts_with(&format!("{template}-"))),
                "{code}/{template}.ftl holds another request type's messages"
            );
            ids.extend(own);
            from_bundles.add_template(lang, template, &bundle).unwrap();
        }
        let expected: BTreeSet<String> = shapes(code).into_keys().collect();
        assert_eq!(ids, expected, "{code} bundles");
        let from_files = Catalog::new(&[lang], false).unwrap();
        for id in &ids {
            if from_files.has(lang, id) && from_files.text(lang, id).is_ok() {
                assert_eq!(
                    from_bundles.text(lang, id).ok(),
                    from_files.text(lang, id).ok(),
                    "{code}: {id}"
                );
            }
        }
    }
    std::fs::remove_dir_all(&out).ok();
}

/// In a right-to-left language, a left-to-right example inside a sentence (an address, a URL, a
/// phone number) is reordered by the bidi algorithm unless it is isolated: `2001:db8::1` shows
/// as `db8::1:2001`. Such examples are written between U+2066 (left-to-right isolate) and U+2069
/// (pop directional isolate), as `{"\u2066"}2001:db8::1{"\u2069"}`.
#[test]
fn left_to_right_examples_in_right_to_left_messages_are_isolated() {
    /// A left-to-right example outside an isolate, if `text` has one: a word with Latin letters
    /// and punctuation inside (`2001:db8::1`, `name@example.org`, `https://`), numbers in a
    /// row (`+995 32 200 00 00`, whose groups would show in reverse order), or numbers joined by
    /// a hyphen or a dash (`2026-11-22`, `09:00–18:00`, `09:00 – 18:00`: after Arabic letters
    /// the numbers become Arabic numbers, which a hyphen or dash does not hold together). Numbers
    /// with common separators only (`20/11/2026`, `24/7`, `4500.50`, `09:00`) keep their order
    /// and need no isolate.
    fn unisolated(text: &str) -> Option<String> {
        // What is inside isolates is left out.
        let mut outside = String::new();
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '\u{2066}'..='\u{2068}' => depth += 1,
                '\u{2069}' => depth = depth.saturating_sub(1),
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        let chars: Vec<char> = outside.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if !matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}') {
                continue;
            }
            let digit_before = chars[..i]
                .iter()
                .rev()
                .find(|c| **c != ' ')
                .is_some_and(|c| c.is_ascii_digit());
            let digit_after = chars[i + 1..]
                .iter()
                .find(|c| **c != ' ')
                .is_some_and(|c| c.is_ascii_digit());
            if digit_before && digit_after {
                let start = i.saturating_sub(6);
                let end = (i + 7).min(chars.len());
                return Some(chars[start..end].iter().collect());
            }
        }
        let mut numbers_in_a_row = 0;
        for word in outside.split_whitespace() {
            let chars: Vec<char> = word.chars().collect();
            let latin = chars.iter().any(|c| c.is_ascii_alphabetic());
            let inner_punctuation = (1..chars.len().saturating_sub(1)).any(|i| {
                matches!(chars[i], '.' | ':' | '@' | '/') && chars[i - 1].is_ascii_alphanumeric()
            });
            if latin && inner_punctuation {
                return Some(word.to_string());
            }
            let number = chars.iter().all(|c| c.is_ascii_digit() || *c == '+');
            numbers_in_a_row = if number { numbers_in_a_row + 1 } else { 0 };
            if numbers_in_a_row == 2 {
                return Some(format!("numbers in a row before {word}"));
            }
        }
        None
    }
    let en_shapes = shapes("en");
    let mut bare = Vec::new();
    for &lang in Lang::ALL
        .iter()
        .filter(|l| l.dir() == tandem_core::Dir::Rtl)
    {
        let catalog = Catalog::new(&[lang], false).unwrap();
        for (id, shape) in &en_shapes {
            if shape.has_value && shape.variables.is_empty() {
                let text = catalog.text(lang, id).unwrap();
                if let Some(word) = unisolated(&text) {
                    bare.push(format!("{}: {id}: {word}", lang.code()));
                }
            }
            for attr in shape.attributes.keys() {
                let text = catalog.attr_args(lang, id, attr, &no_basis()).unwrap();
                if let Some(word) = unisolated(&text) {
                    bare.push(format!("{}: {id}.{attr}: {word}", lang.code()));
                }
            }
        }
    }
    assert!(
        bare.is_empty(),
        "left-to-right examples without an isolate:\n{}",
        bare.join("\n")
    );
}

/// No word mixes Latin and Cyrillic letters (a Latin «è» in Macedonian «сè» looks right and
/// reads wrong to a search or a screen reader), and Cyrillic locales write identifiers in
/// Cyrillic, not as a Latin "ID".
#[test]
fn no_word_mixes_scripts_and_cyrillic_locales_write_cyrillic() {
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
    let mut found = Vec::new();
    for &lang in Lang::ALL {
        let dir = root().join("locales").join(lang.code());
        for file in files_below(&dir)
            .into_iter()
            .filter(|f| f.ends_with(".ftl"))
        {
            let text = std::fs::read_to_string(dir.join(&file)).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                let value = line.split_once(" = ").map_or(line, |(_, v)| v);
                for word in value.split(|c: char| !c.is_alphanumeric()) {
                    let mixed = word.chars().any(cyrillic) && word.chars().any(latin);
                    let latin_id =
                        word == "ID" && text.chars().filter(|c| cyrillic(*c)).count() > 100;
                    if mixed || latin_id {
                        found.push(format!("{}/{file}:{}: {word}", lang.code(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words in the wrong script:\n{}",
        found.join("\n")
    );
}
