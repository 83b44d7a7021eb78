//! Provider profiles (`providers/*.toml`): every file is embedded and parses, and every fact has a
//! source read on a real date, a code from the closed lists, BCP 47 languages and no sentences
//! (`tandem_core::provider::Provider::check`); the providers most requests go to are there.

use std::collections::BTreeSet;

use tandem_core::provider::Provider;
use tandem_core::registry;

use crate::root;

/// The providers issue #16 asks for at least (VK and Mail.ru are one group, `vk`).
const REQUIRED: &[&str] = &[
    "meta",
    "google",
    "microsoft",
    "apple",
    "x",
    "tiktok",
    "telegram",
    "snap",
    "amazon",
    "discord",
    "yandex",
    "vk",
];

/// Today in UTC, from the system clock (chrono's clock feature is not built).
fn today() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs();
    chrono::DateTime::from_timestamp(secs as i64, 0)
        .expect("a representable time")
        .date_naive()
}

fn on_disk() -> BTreeSet<String> {
    std::fs::read_dir(root().join("providers"))
        .expect("providers/")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            name.strip_suffix(".toml").map(str::to_string)
        })
        .collect()
}

#[test]
fn every_file_is_embedded_and_parses_under_its_own_name() {
    let embedded: BTreeSet<String> = registry::PROVIDERS
        .iter()
        .map(|(id, _)| id.to_string())
        .collect();
    assert_eq!(embedded, on_disk());
    let providers =
        registry::providers().unwrap_or_else(|(id, e)| panic!("providers/{id}.toml: {e}"));
    for (p, (file, _)) in providers.iter().zip(registry::PROVIDERS) {
        assert_eq!(p.id, *file, "a profile's id is its file name");
    }
}

#[test]
fn every_file_parses_straight_from_toml_too() {
    // The same files read as TOML here, not through build.rs: a stale embedding would differ.
    for id in on_disk() {
        let text = std::fs::read_to_string(root().join(format!("providers/{id}.toml"))).unwrap();
        let parsed: Provider =
            toml::from_str(&text).unwrap_or_else(|e| panic!("providers/{id}.toml: {e}"));
        let embedded = registry::providers()
            .unwrap()
            .into_iter()
            .find(|p| p.id == id)
            .unwrap();
        assert_eq!(parsed, embedded, "providers/{id}.toml");
    }
}

#[test]
fn every_fact_has_a_source_and_a_date_and_no_sentence() {
    let issues: Vec<String> = registry::providers()
        .unwrap()
        .iter()
        .flat_map(|p| p.check(today()))
        .map(|i| i.to_string())
        .collect();
    assert!(issues.is_empty(), "{}", issues.join("\n"));
}

#[test]
fn the_providers_most_requests_go_to_have_a_profile() {
    let have = on_disk();
    let missing: Vec<_> = REQUIRED.iter().filter(|id| !have.contains(**id)).collect();
    assert!(missing.is_empty(), "no profile for {missing:?}");
    // VK and Mail.ru are one group: the profile holds both services.
    let vk = registry::providers()
        .unwrap()
        .into_iter()
        .find(|p| p.id == "vk")
        .unwrap();
    let services: BTreeSet<_> = vk.services.iter().map(|s| s.id.as_str()).collect();
    assert!(
        services.contains("vkontakte") && services.contains("mail-ru"),
        "{services:?}"
    );
}

#[test]
fn the_readme_and_sources_list_every_profile_and_every_source() {
    let readme = std::fs::read_to_string(root().join("providers/README.md")).unwrap();
    let sources = std::fs::read_to_string(root().join("providers/SOURCES.md")).unwrap();
    for p in registry::providers().unwrap() {
        assert!(
            readme.contains(&format!("`{}.toml`", p.id)),
            "providers/README.md: {}",
            p.id
        );
        for s in &p.sources {
            let named = s.url.as_deref().unwrap_or(&s.title);
            assert!(
                sources.contains(named),
                "providers/SOURCES.md does not list {named}"
            );
        }
    }
}
