//! Fixture drafts of every template (`tests/fixtures/drafts/<template>/`): the complete one
//! passes validation and renders, the incomplete one is caught, the hostile one is survived; and
//! one draft of every file format version (`formats/v<N>.json`) loads through the migrations.

use chrono::NaiveDate;
use tandem_core::document::{build_document, Issue};
use tandem_core::{draft, registry, validate, Catalog, Lang, Severity};

use crate::root;

fn fixture(template: &str, name: &str) -> String {
    let path = root()
        .join("tests/fixtures/drafts")
        .join(template)
        .join(format!("{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn every_complete_fixture_passes_validation_and_builds_in_both_languages() {
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        let draft = tandem_core::import::parse(fixture(id, "complete").as_bytes()).unwrap();
        assert_eq!(draft.template, *id);
        let report = validate(&template, &draft);
        let errors: Vec<_> = report
            .issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{id}: {errors:#?}");
        assert_eq!(report.required_done, report.required_total, "{id}");
        let catalog = Catalog::new(&draft.langs, false).unwrap();
        build_document(&template, &draft, &catalog, Issue::Final, today()).unwrap();
    }
}

/// Issue #15: a tick that is a request or a statement is printed only when ticked; the PDF of no
/// fixture, complete or incomplete, has a "No" (or any trace) under a request.
#[test]
fn no_fixture_prints_an_unticked_request() {
    use tandem_core::document::is_printed;
    use tandem_core::template::{option_path, Meaning};
    use tandem_core::{Block, ItemKind};
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        for name in ["complete", "incomplete"] {
            let draft = tandem_core::import::parse(fixture(id, name).as_bytes()).unwrap();
            let catalog = Catalog::new(&draft.langs, false).unwrap();
            let doc = build_document(&template, &draft, &catalog, Issue::Final, today()).unwrap();
            let lang = draft.langs[0];
            let args = tandem_core::basis::Args::of(&template, &draft);
            let args = args.fluent(&args.treaty);
            // The first column's captions of the field printed with a label, if any.
            let field = |label: &str| {
                doc.blocks.iter().find_map(|b| match b {
                    Block::Field {
                        label: l, value, ..
                    } if l[0] == label => Some(match value {
                        tandem_core::Value::Ticks { ticks } => {
                            ticks.iter().map(|t| t.caption[0].clone()).collect()
                        }
                        _ => vec![],
                    }),
                    _ => None,
                })
            };
            for (_, item, path, _) in template.items() {
                if item.meaning != Some(Meaning::Request) || !is_printed(&draft, item) {
                    continue;
                }
                let label = catalog.format(lang, &item.label, &args).unwrap();
                let unticked: Vec<&str> = match item.kind {
                    ItemKind::Tick => {
                        assert!(
                            draft.ticked(&path) || field(&label).is_none(),
                            "{id} {name}: unticked request {path} printed"
                        );
                        continue;
                    }
                    ItemKind::Ticks => item
                        .options
                        .iter()
                        .filter(|o| !draft.ticked(&option_path(&path, o)))
                        .map(|o| o.label.as_str())
                        .collect(),
                    _ => item
                        .options
                        .iter()
                        .filter(|o| draft.text(&path) != o.id)
                        .map(|o| o.label.as_str())
                        .collect(),
                };
                let captions = field(&label).unwrap_or_default();
                for option in unticked {
                    let text = catalog.format(lang, option, &args).unwrap();
                    assert!(
                        !captions.contains(&text),
                        "{id} {name}: unticked request {option} printed"
                    );
                }
            }
        }
    }
}

#[test]
fn every_incomplete_fixture_is_caught() {
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        let draft = tandem_core::import::parse(fixture(id, "incomplete").as_bytes()).unwrap();
        let report = validate(&template, &draft);
        assert!(report.has_errors(), "{id}: incomplete fixture passes");
        assert!(report.required_done < report.required_total, "{id}");
    }
}

#[test]
fn every_hostile_fixture_is_survived_and_kept_as_text() {
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        let Ok(draft) = tandem_core::import::parse(fixture(id, "hostile").as_bytes()) else {
            continue;
        };
        validate(&template, &draft);
        for &lang in Lang::ALL {
            let catalog = Catalog::new(&[draft.langs[0], lang], false).unwrap();
            let mut draft = draft.clone();
            draft.langs[1] = lang;
            build_document(&template, &draft, &catalog, Issue::Consultation, today()).unwrap();
        }
    }
}

#[test]
fn the_keystroke_benchmark_fixture_is_a_complete_request_with_50_identifiers() {
    // scripts/bench types into the largest template holding this draft; an invalid one would
    // measure an error screen.
    let draft =
        tandem_core::import::parse(fixture("bench", "art31-content-50-identifiers").as_bytes())
            .unwrap();
    let template = registry::template(&draft.template).unwrap();
    let report = validate(&template, &draft);
    assert!(!report.has_errors(), "{:#?}", report.issues);
    assert_eq!(draft.rows("identifiers.identifiers").len(), 50);
    let largest = registry::TEMPLATES
        .iter()
        .map(|(id, _)| registry::template(id).unwrap())
        .max_by_key(|t| t.sections.iter().map(|s| s.items.len()).sum::<usize>())
        .unwrap();
    assert_eq!(draft.template, largest.id);
}

/// The draft file of each format version, `formats/v<N>.json`, as that version wrote it.
fn format_fixture(version: u32) -> String {
    let path = root().join(format!("tests/fixtures/drafts/formats/v{version}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn a_draft_of_every_format_loads_to_the_same_request() {
    let current = tandem_core::import::parse(format_fixture(draft::FORMAT).as_bytes()).unwrap();
    // The current fixture is exactly what this version writes.
    assert_eq!(current.to_json(), format_fixture(draft::FORMAT).trim_end());
    for version in 1..draft::FORMAT {
        let old = format_fixture(version);
        assert!(old.contains(&format!("\"format\":{version}")), "v{version}");
        let migrated = tandem_core::import::parse(old.as_bytes())
            .unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(migrated, current, "v{version}");
    }
    let files = crate::files_below(&root().join("tests/fixtures/drafts/formats"));
    let expected: Vec<_> = (1..=draft::FORMAT).map(|v| format!("v{v}.json")).collect();
    assert_eq!(files, expected, "one fixture per format, no other file");
}
