//! The explicit registry of what is embedded at build time: template files and locale files.
//! A repo-wide test checks that these lists match `templates/` and `locales/` on disk.

use crate::lang::Lang;
use crate::template::{parse_template, Template, TemplateError};

/// Every template: (id, TOML source).
pub static TEMPLATES: &[(&str, &str)] = &[
    (
        "art29-preservation",
        include_str!("../../../templates/art29-preservation.toml"),
    ),
    (
        "art31-subscriber",
        include_str!("../../../templates/art31-subscriber.toml"),
    ),
    (
        "art31-traffic",
        include_str!("../../../templates/art31-traffic.toml"),
    ),
    (
        "art31-content",
        include_str!("../../../templates/art31-content.toml"),
    ),
    (
        "emergency-disclosure",
        include_str!("../../../templates/emergency-disclosure.toml"),
    ),
];

/// Parses the embedded template with this id.
pub fn template(id: &str) -> Result<Template, TemplateError> {
    let (_, source) = TEMPLATES
        .iter()
        .find(|(tid, _)| *tid == id)
        .ok_or_else(|| TemplateError::Unknown {
            template: id.to_string(),
        })?;
    parse_template(source)
}

/// The Fluent files every locale has, below `locales/<lang>/`. The browser fetches them from
/// `locales/<lang>/<file>` when a language is first needed.
pub const LOCALE_FILES: &[&str] = &[
    "app.ftl",
    "pdf.ftl",
    "countries.ftl",
    "templates/art29-preservation.ftl",
    "templates/art31-subscriber.ftl",
    "templates/art31-traffic.ftl",
    "templates/art31-content.ftl",
    "templates/emergency-disclosure.ftl",
];

/// The Fluent files of one locale embedded in the binary, for the host (tests, command line):
/// (path below `locales/<lang>/`, source). Browser builds fetch them instead, so that each
/// language is downloaded only when used.
pub fn locale_files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    /// The same file list as [`LOCALE_FILES`], embedded from `locales/<code>/`.
    macro_rules! locale {
        ($code:literal) => {
            files!(
                $code:
                "app.ftl",
                "pdf.ftl",
                "countries.ftl",
                "templates/art29-preservation.ftl",
                "templates/art31-subscriber.ftl",
                "templates/art31-traffic.ftl",
                "templates/art31-content.ftl",
                "templates/emergency-disclosure.ftl"
            )
        };
    }
    macro_rules! files {
        ($code:literal: $($file:literal),*) => {
            &[$(($file, include_str!(concat!("../../../locales/", $code, "/", $file)))),*]
        };
    }
    match lang {
        Lang::En => locale!("en"),
        Lang::Fr => locale!("fr"),
        Lang::De => locale!("de"),
        Lang::Es => locale!("es"),
        Lang::Pt => locale!("pt"),
        Lang::It => locale!("it"),
        Lang::Ru => locale!("ru"),
        Lang::Uk => locale!("uk"),
        Lang::Ro => locale!("ro"),
        Lang::Ka => locale!("ka"),
        Lang::Hy => locale!("hy"),
        Lang::Az => locale!("az"),
        Lang::Tr => locale!("tr"),
        Lang::Sq => locale!("sq"),
        Lang::Sr => locale!("sr"),
        Lang::Mk => locale!("mk"),
        Lang::Ar => locale!("ar"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_is_registered_under_its_own_id() {
        for (id, _) in TEMPLATES {
            assert_eq!(template(id).unwrap().id, *id);
        }
        assert!(matches!(
            template("nope"),
            Err(TemplateError::Unknown { .. })
        ));
    }
}
