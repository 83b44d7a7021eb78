//! The localisation catalog: exact Fluent lookup for one language, or two at once for the
//! document. A missing message, attribute or variable is an error, never a silent fallback to
//! another language. The only module that touches `fluent-bundle`.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use thiserror::Error;
use unic_langid::LanguageIdentifier;

use crate::lang::Lang;
use crate::registry;

/// A pair of texts: index 0 is document language A, index 1 language B.
pub type Pair = [String; 2];

/// A lookup or load failure, naming the language and message.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum L10nError {
    #[error("{lang}/{file}: fluent syntax error: {detail}")]
    Syntax {
        lang: &'static str,
        file: String,
        detail: String,
    },
    #[error("{lang}: message {id:?} is defined twice")]
    Duplicate { lang: &'static str, id: String },
    #[error("{lang}: language not loaded in this catalog")]
    NotLoaded { lang: &'static str },
    #[error("{lang}: message {id:?} is missing")]
    Missing { lang: &'static str, id: String },
    #[error("{lang}: message {id:?} has no value")]
    NoValue { lang: &'static str, id: String },
    #[error("{lang}: message {id:?} has no attribute {attr:?}")]
    MissingAttribute {
        lang: &'static str,
        id: String,
        attr: String,
    },
    #[error("{lang}: message {id:?} could not be formatted: {detail}")]
    Format {
        lang: &'static str,
        id: String,
        detail: String,
    },
}

/// An argument value for a Fluent placeable.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

/// Loaded Fluent bundles for a set of languages.
pub struct Catalog {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    /// The request types whose messages were added to a language's bundle ([`Catalog::add_template`]).
    templates: Vec<(Lang, String)>,
    isolating: bool,
}

impl Catalog {
    /// Loads the embedded locale files of `langs` (host builds: tests, command line).
    /// `isolating` adds Unicode bidi isolation marks around placeables: on for the screen, off
    /// for the PDF (the PDF engine runs its own bidi).
    pub fn new(langs: &[Lang], isolating: bool) -> Result<Catalog, L10nError> {
        let mut catalog = Catalog::empty(isolating);
        for &lang in langs {
            catalog.add(lang, registry::locale_files(lang))?;
        }
        Ok(catalog)
    }

    /// A catalog with no language yet: the browser adds each as its files arrive.
    pub fn empty(isolating: bool) -> Catalog {
        Catalog {
            bundles: Vec::new(),
            templates: Vec::new(),
            isolating,
        }
    }

    /// Adds a language from its files (path, source); a language already held is kept as is.
    pub fn add(&mut self, lang: Lang, files: &[(&str, &str)]) -> Result<(), L10nError> {
        if self.has_lang(lang) {
            return Ok(());
        }
        if files.is_empty() {
            return Err(L10nError::NotLoaded { lang: lang.code() });
        }
        self.bundles
            .push((lang, bundle(lang, files, self.isolating)?));
        Ok(())
    }

    /// Adds the messages of one request type (its `templates/<template>.ftl`, fetched apart
    /// from the language's common bundle) to a language already held; added once.
    pub fn add_template(
        &mut self,
        lang: Lang,
        template: &str,
        source: &str,
    ) -> Result<(), L10nError> {
        if self.has_template(lang, template) {
            return Ok(());
        }
        let bundle = self
            .bundles
            .iter_mut()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
            .ok_or(L10nError::NotLoaded { lang: lang.code() })?;
        add_file(bundle, lang, &format!("templates/{template}.ftl"), source)?;
        self.templates.push((lang, template.to_string()));
        Ok(())
    }

    /// Adds the messages of a request type to a language already held, a message added before
    /// under the same ID giving way to the new one: a newer version of a template pack (whose
    /// check confined its IDs to its own namespace, so that no message of the app can be
    /// replaced).
    pub fn replace_template(
        &mut self,
        lang: Lang,
        template: &str,
        source: &str,
    ) -> Result<(), L10nError> {
        let file = format!("templates/{template}.ftl");
        let bundle = self
            .bundles
            .iter_mut()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
            .ok_or(L10nError::NotLoaded { lang: lang.code() })?;
        bundle.add_resource_overriding(resource(lang, &file, source)?);
        if !self.has_template(lang, template) {
            self.templates.push((lang, template.to_string()));
        }
        Ok(())
    }

    /// Whether the messages of a request type were added for `lang` by [`Catalog::add_template`]
    /// (a catalog made by [`Catalog::new`] has every request type's in its embedded files).
    pub fn has_template(&self, lang: Lang, template: &str) -> bool {
        self.templates
            .iter()
            .any(|(l, t)| *l == lang && t == template)
    }

    /// Whether the catalog holds `lang`.
    pub fn has_lang(&self, lang: Lang) -> bool {
        self.bundles.iter().any(|(l, _)| *l == lang)
    }

    /// The languages this catalog holds.
    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        self.bundles.iter().map(|(l, _)| *l)
    }

    fn bundle(&self, lang: Lang) -> Result<&FluentBundle<FluentResource>, L10nError> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
            .ok_or(L10nError::NotLoaded { lang: lang.code() })
    }

    /// Whether `lang` has message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).is_ok_and(|b| b.has_message(id))
    }

    /// The message's value, formatted with `args`.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, L10nError> {
        let bundle = self.bundle(lang)?;
        let message = bundle.get_message(id).ok_or_else(|| L10nError::Missing {
            lang: lang.code(),
            id: id.to_string(),
        })?;
        let pattern = message.value().ok_or_else(|| L10nError::NoValue {
            lang: lang.code(),
            id: id.to_string(),
        })?;
        format_pattern(bundle, lang, id, pattern, args)
    }

    /// The message's value without arguments.
    pub fn text(&self, lang: Lang, id: &str) -> Result<String, L10nError> {
        self.format(lang, id, &[])
    }

    /// An attribute of a message (e.g. `.hint`).
    pub fn attr(&self, lang: Lang, id: &str, attr: &str) -> Result<String, L10nError> {
        self.attr_args(lang, id, attr, &[])
    }

    /// An attribute of a message, formatted with `args`.
    pub fn attr_args(
        &self,
        lang: Lang,
        id: &str,
        attr: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, L10nError> {
        let bundle = self.bundle(lang)?;
        let message = bundle.get_message(id).ok_or_else(|| L10nError::Missing {
            lang: lang.code(),
            id: id.to_string(),
        })?;
        let pattern = message
            .get_attribute(attr)
            .ok_or_else(|| L10nError::MissingAttribute {
                lang: lang.code(),
                id: id.to_string(),
                attr: attr.to_string(),
            })?
            .value();
        format_pattern(bundle, lang, id, pattern, args)
    }

    /// The same message in both document languages.
    pub fn pair(
        &self,
        langs: [Lang; 2],
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<Pair, L10nError> {
        Ok([
            self.format(langs[0], id, args)?,
            self.format(langs[1], id, args)?,
        ])
    }
}

fn format_pattern(
    bundle: &FluentBundle<FluentResource>,
    lang: Lang,
    id: &str,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: &[(&str, Arg)],
) -> Result<String, L10nError> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
            Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    match errors.first() {
        None => Ok(text.into_owned()),
        Some(e) => Err(L10nError::Format {
            lang: lang.code(),
            id: id.to_string(),
            detail: e.to_string(),
        }),
    }
}

fn bundle(
    lang: Lang,
    files: &[(&str, &str)],
    isolating: bool,
) -> Result<FluentBundle<FluentResource>, L10nError> {
    let langid: LanguageIdentifier = lang
        .code()
        .parse()
        .map_err(|_| L10nError::NotLoaded { lang: lang.code() })?;
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(isolating);
    for (file, source) in files {
        add_file(&mut bundle, lang, file, source)?;
    }
    Ok(bundle)
}

/// Adds one Fluent file to a language's bundle; a syntax error or a message defined twice is
/// an error naming the file.
fn resource(lang: Lang, file: &str, source: &str) -> Result<FluentResource, L10nError> {
    FluentResource::try_new(source.to_string()).map_err(|(_, errors)| L10nError::Syntax {
        lang: lang.code(),
        file: file.to_string(),
        detail: errors
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; "),
    })
}

fn add_file(
    bundle: &mut FluentBundle<FluentResource>,
    lang: Lang,
    file: &str,
    source: &str,
) -> Result<(), L10nError> {
    bundle
        .add_resource(resource(lang, file, source)?)
        .map_err(|errors| {
            let id = errors
                .iter()
                .find_map(|e| match e {
                    fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            L10nError::Duplicate {
                lang: lang.code(),
                id,
            }
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A newer version of a template pack: its messages win over the older version's.
    #[test]
    fn a_request_types_messages_can_be_replaced() {
        let mut c = Catalog::empty(false);
        c.add(Lang::En, &[("a.ftl", "zz-x = App\n")]).unwrap();
        c.add_template(Lang::En, "xa-form", "xa-form-title = One\n")
            .unwrap();
        assert_eq!(
            c.add_template(Lang::Fr, "xa-form", "xa-form-title = Un\n"),
            Err(L10nError::NotLoaded { lang: "fr" })
        );
        c.replace_template(
            Lang::En,
            "xa-form",
            "xa-form-title = Two\nxa-form-new = New\n",
        )
        .unwrap();
        assert_eq!(c.text(Lang::En, "xa-form-title").unwrap(), "Two");
        assert_eq!(c.text(Lang::En, "xa-form-new").unwrap(), "New");
        assert_eq!(c.text(Lang::En, "zz-x").unwrap(), "App");
        assert!(c.has_template(Lang::En, "xa-form"));
    }

    /// The browser's way: a language's common files first, each request type's file later.
    #[test]
    fn request_type_messages_are_added_to_a_loaded_language() {
        let files = registry::locale_files(Lang::Ru);
        let (templates, common): (Vec<_>, Vec<_>) = files
            .iter()
            .partition(|(path, _)| path.starts_with("templates/"));
        let art29 = templates
            .iter()
            .find(|(path, _)| *path == "templates/art29-preservation.ftl")
            .unwrap()
            .1;
        let mut c = Catalog::empty(false);
        assert_eq!(
            c.add_template(Lang::Ru, "art29-preservation", art29),
            Err(L10nError::NotLoaded { lang: "ru" })
        );
        c.add(Lang::Ru, &common).unwrap();
        // Titles are common (home screen); the rest waits for the request type's file.
        assert!(c.text(Lang::Ru, "art29-preservation-title").is_ok());
        assert!(matches!(
            c.text(Lang::Ru, "art29-preservation-date"),
            Err(L10nError::Missing { .. })
        ));
        assert!(!c.has_template(Lang::Ru, "art29-preservation"));
        c.add_template(Lang::Ru, "art29-preservation", art29)
            .unwrap();
        assert!(c.has_template(Lang::Ru, "art29-preservation"));
        assert_eq!(c.text(Lang::Ru, "art29-preservation-date").unwrap(), "Дата");
        // Added once: a second call changes nothing (and is no duplicate-message error).
        c.add_template(Lang::Ru, "art29-preservation", art29)
            .unwrap();
        assert!(!c.has_template(Lang::Ru, "art31-content"));
    }

    #[test]
    fn exact_lookup_in_each_language() {
        let c = Catalog::new(&[Lang::En, Lang::Ru], false).unwrap();
        assert_eq!(c.text(Lang::En, "art29-preservation-date").unwrap(), "Date");
        assert_eq!(c.text(Lang::Ru, "art29-preservation-date").unwrap(), "Дата");
    }

    #[test]
    fn a_miss_is_an_error_not_a_fallback() {
        let c = Catalog::new(&[Lang::En, Lang::Ru], false).unwrap();
        assert!(matches!(
            c.text(Lang::Ru, "no-such-message"),
            Err(L10nError::Missing { lang: "ru", .. })
        ));
        assert!(matches!(
            c.attr(Lang::En, "art29-preservation-date", "hint"),
            Err(L10nError::MissingAttribute { .. })
        ));
    }

    #[test]
    fn a_missing_variable_is_an_error() {
        let c = Catalog::new(&[Lang::En], false).unwrap();
        assert!(matches!(
            c.text(Lang::En, "pdf-page"),
            Err(L10nError::Format { .. })
        ));
    }

    #[test]
    fn variables_and_isolation() {
        let args = [("page", Arg::Num(1.0)), ("pages", Arg::Num(3.0))];
        let plain = Catalog::new(&[Lang::Ru], false).unwrap();
        assert_eq!(
            plain.format(Lang::Ru, "pdf-page", &args).unwrap(),
            "Страница 1 из 3"
        );
        let isolated = Catalog::new(&[Lang::Ru], true).unwrap();
        assert_eq!(
            isolated.format(Lang::Ru, "pdf-page", &args).unwrap(),
            "Страница \u{2068}1\u{2069} из \u{2068}3\u{2069}"
        );
    }

    #[test]
    fn languages_are_added_from_their_files() {
        let mut c = Catalog::empty(false);
        assert!(!c.has_lang(Lang::Ru));
        c.add(Lang::Ru, registry::locale_files(Lang::Ru)).unwrap();
        assert_eq!(c.text(Lang::Ru, "app-required").unwrap(), "обязательно");
        assert!(matches!(
            c.add(Lang::Fr, &[]),
            Err(L10nError::NotLoaded { .. })
        ));
        let broken = [("app.ftl", "app-name = {")];
        assert!(matches!(
            c.add(Lang::De, &broken),
            Err(L10nError::Syntax { .. })
        ));
    }

    #[test]
    fn a_language_not_loaded_is_an_error() {
        let c = Catalog::new(&[Lang::En], false).unwrap();
        assert!(matches!(
            c.text(Lang::Ru, "app-name"),
            Err(L10nError::NotLoaded { .. })
        ));
    }
}
