//! The explicit registry (`templates/registry.toml`, embedded by tandem-core's build script)
//! matches the folders on disk (`templates/bases.toml`, the legal bases, is data beside the
//! templates, not a template; `templates/examples/` holds template packs, not built in).

use tandem_core::{registry, Lang};

use crate::{files_below, root};

#[test]
fn every_template_file_is_registered_and_every_registered_template_has_a_file() {
    let on_disk: Vec<String> = files_below(&root().join("templates"))
        .into_iter()
        .filter(|f| f != "registry.toml" && f != "bases.toml")
        // Worked examples of template packs: added in the browser, never built in.
        .filter(|f| !f.starts_with("examples/"))
        .filter_map(|f| f.strip_suffix(".toml").map(str::to_string))
        .collect();
    let mut registered: Vec<String> = registry::TEMPLATES
        .iter()
        .map(|(id, _)| id.to_string())
        .collect();
    registered.sort();
    assert_eq!(registered, on_disk);
}

#[test]
fn every_locale_folder_is_a_supported_language_and_every_ftl_is_embedded() {
    let mut folders: Vec<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    folders.sort();
    let mut langs: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    langs.sort();
    assert_eq!(folders, langs);
    for &lang in Lang::ALL {
        let on_disk: Vec<String> = files_below(&root().join("locales").join(lang.code()))
            .into_iter()
            .filter(|f| f.ends_with(".ftl"))
            .collect();
        let mut embedded: Vec<String> = registry::locale_files(lang)
            .iter()
            .map(|(f, _)| f.to_string())
            .collect();
        embedded.sort();
        assert_eq!(embedded, on_disk, "locale {}", lang.code());
    }
}

/// Every template has its sources on file: `templates/SOURCES.md` has a section naming it.
#[test]
fn every_template_has_its_sources_on_file() {
    let sources = std::fs::read_to_string(root().join("templates/SOURCES.md")).unwrap();
    for (id, _) in registry::TEMPLATES {
        assert!(
            sources
                .lines()
                .any(|l| l.starts_with("## ") && l.split([' ', ',']).any(|w| w == *id)),
            "templates/SOURCES.md has no section for {id}"
        );
    }
}
