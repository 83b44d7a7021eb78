//! The legal bases (`templates/bases.toml`): the file is well formed and every article rests on a
//! source of `templates/SOURCES.md`; each template offers exactly the bases the file gives
//! articles for its request; every basis has a citation in every locale.

use tandem_core::basis::{self, Args, REQUESTS};
use tandem_core::l10n::Arg;
use tandem_core::template::ItemKind;
use tandem_core::{registry, Catalog, Lang};

use crate::root;

/// The source keys of SOURCES.md: the first cell of each table row.
fn source_keys() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("templates/SOURCES.md")).unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(" |").next())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_basis_is_well_formed_and_every_article_has_a_source() {
    let sources = source_keys();
    let all = basis::all();
    assert!(all.len() >= 12, "{} bases", all.len());
    for b in all {
        let id = &b.id;
        assert!(
            ["treaty", "bilateral", "reciprocity"].contains(&b.kind),
            "{id}: kind {}",
            b.kind
        );
        assert!(
            ["in-force", "not-in-force", "unknown"].contains(&b.status),
            "{id}: status {}",
            b.status
        );
        let mut keys: Vec<&str> = b.request.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        let mut expected = REQUESTS.to_vec();
        expected.sort_unstable();
        assert_eq!(keys, expected, "{id}: request keys");
        for key in [b.status_source, b.entry_into_force_source]
            .into_iter()
            .flatten()
        {
            assert!(
                sources.iter().any(|s| s == key),
                "{id}: source {key} not in SOURCES.md"
            );
        }
        if b.status != "unknown" {
            assert!(b.status_source.is_some(), "{id}: status without a source");
        }
        for (request, entry) in b.request {
            let fit = entry.fit;
            assert!(
                ["specific", "general", "none", "not-found", "user"].contains(&fit),
                "{id}.{request}: match {fit}"
            );
            let without = matches!(fit, "none" | "not-found" | "user");
            assert_eq!(
                entry.articles.is_empty(),
                without,
                "{id}.{request}: articles {:?} with match {fit}",
                entry.articles
            );
            match (entry.source, b.kind) {
                (Some(key), _) => {
                    assert!(
                        sources.iter().any(|s| s == key),
                        "{id}.{request}: source {key} not in SOURCES.md"
                    )
                }
                // Only a treaty's articles are read somewhere.
                (None, kind) => assert_ne!(kind, "treaty", "{id}.{request}: no source"),
            }
            assert_eq!(fit == "user", b.kind == "bilateral", "{id}.{request}: user");
        }
    }
}

#[test]
fn every_template_offers_exactly_the_bases_with_articles_for_its_request() {
    let mut seen = 0;
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        let Some(request) = template.request.as_deref() else {
            continue;
        };
        seen += 1;
        assert!(REQUESTS.contains(&request), "{id}: request {request}");
        let route = template.route.as_deref().expect("a request has a route");
        let choice = template.item(route).unwrap();
        assert!(choice.required, "{id}: the basis is a required choice");
        let offered: Vec<&str> = choice
            .options
            .iter()
            .filter_map(|o| o.basis.as_deref().or(Some(o.id.as_str())))
            .filter(|b| basis::get(b).is_some())
            .collect();
        let mut offered_set = offered.clone();
        offered_set.sort_unstable();
        offered_set.dedup();
        let mut expected = basis::offered(request);
        expected.sort_unstable();
        assert_eq!(offered_set, expected, "{id}: bases offered");
        for option in &choice.options {
            let b = option.basis.as_deref().unwrap_or(&option.id);
            match basis::get(b) {
                // A basis option is named by the basis's own citation (unless it is a route
                // of its own, as the Protocol's articles).
                Some(_) if option.basis.is_none() => {
                    assert_eq!(option.label, format!("basis-{b}"), "{id}: {}", option.id)
                }
                Some(_) => {}
                None => assert!(option.basis.is_none(), "{id}: {} names no basis", option.id),
            }
            let detail = option.detail.as_ref();
            if b == "bilateral" {
                let d = detail.expect("a bilateral treaty is named");
                assert!(
                    d.required && d.translate,
                    "{id}: the treaty is required, translated"
                );
            }
        }
        // The confirmation that both States are Parties: shown for exactly the options whose
        // instrument is not in force (or not known to be) in the sources read, never printed.
        let confirm: Vec<&str> = choice
            .options
            .iter()
            .filter(|o| {
                basis::get(o.basis.as_deref().unwrap_or(&o.id))
                    .is_some_and(|b| b.needs_confirmation())
            })
            .map(|o| o.id.as_str())
            .collect();
        let tick = template
            .items()
            .find(|(_, item, _, _)| item.label == "basis-in-force");
        match (confirm.is_empty(), tick) {
            (true, None) => {}
            (false, Some((_, item, _, _))) => {
                assert_eq!(item.kind, ItemKind::Tick);
                assert!(
                    item.required && !item.printed,
                    "{id}: required, never printed"
                );
                assert_eq!(
                    item.when.as_deref(),
                    Some(format!("{route}={}", confirm.join("|")).as_str()),
                    "{id}: confirmation shown for"
                );
            }
            (_, tick) => panic!(
                "{id}: confirmation for {confirm:?}, tick {:?}",
                tick.map(|t| t.2)
            ),
        }
    }
    assert_eq!(seen, 5, "the five State-to-State templates choose a basis");
}

#[test]
fn every_basis_has_a_citation_in_every_locale() {
    let catalog = Catalog::new(Lang::ALL, false).unwrap();
    for &lang in Lang::ALL {
        for b in basis::all() {
            let name = catalog
                .text(lang, &format!("basis-{}", b.id))
                .unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
            assert!(!name.trim().is_empty(), "{}: basis-{}", lang.code(), b.id);
            // The legal-basis line of a treaty names it and cites its articles (numbers as in
            // bases.toml); a bilateral treaty is printed as the user named it.
            let args = Args {
                basis: b.id.to_string(),
                articles: "18(3)(i)".into(),
                count: 1,
                ..Args::default()
            };
            let line = catalog
                .format(lang, "basis-legal-basis", &args.fluent("TREATY-TYPED"))
                .unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
            match b.kind {
                "treaty" => {
                    assert!(
                        line.contains(&name),
                        "{}: {} line {line:?}",
                        lang.code(),
                        b.id
                    );
                    assert!(
                        line.contains("18(3)(i)"),
                        "{}: {} line {line:?}",
                        lang.code(),
                        b.id
                    );
                }
                "bilateral" => assert!(line.contains("TREATY-TYPED"), "{}: {line:?}", lang.code()),
                _ => {
                    let none = catalog
                        .format(lang, "basis-legal-basis", &Args::default().fluent(""))
                        .unwrap();
                    assert_ne!(line, none, "{}: reciprocity has its own line", lang.code());
                }
            }
        }
        // The count of articles takes the plural of each language.
        let _ = catalog
            .format(
                lang,
                "basis-articles",
                &[("count", Arg::Num(2.0)), ("articles", Arg::Str("5, 7"))],
            )
            .unwrap();
    }
}

/// Every message that reads otherwise in English under one basis than under another (a label
/// that cites the Convention's article under `budapest` and none under `untoc`) reads otherwise
/// in every locale too: a translation that kept the citation in every variant would print a
/// Budapest article under another basis.
#[test]
fn every_locale_keeps_the_citations_of_each_basis_apart() {
    let catalog = Catalog::new(Lang::ALL, false).unwrap();
    let mut checked = 0;
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        let under = |b: &str| Args {
            basis: b.to_string(),
            route: "none".into(),
            ..Args::default()
        };
        let mut ids: Vec<(&str, Option<&str>)> = template
            .message_ids()
            .into_iter()
            .map(|m| (m, None))
            .collect();
        ids.extend(
            template
                .items()
                .filter(|(_, item, _, _)| item.hint)
                .map(|(_, item, _, _)| (item.label.as_str(), Some("hint"))),
        );
        let format = |lang: Lang, (message, attr): (&str, Option<&str>), args: &Args| match attr {
            None => catalog.format(lang, message, &args.fluent("")),
            Some(attr) => catalog.attr_args(lang, message, attr, &args.fluent("")),
        };
        for &(message, attr) in &ids {
            for (a, b) in [
                ("budapest", "untoc"),
                ("protocol2", "untoc"),
                ("budapest", "reciprocity"),
            ] {
                let en =
                    [&under(a), &under(b)].map(|x| format(Lang::En, (message, attr), x).unwrap());
                if en[0] == en[1] {
                    continue;
                }
                checked += 1;
                for &lang in Lang::ALL {
                    let t =
                        [&under(a), &under(b)].map(|x| format(lang, (message, attr), x).unwrap());
                    assert_ne!(
                        t[0],
                        t[1],
                        "{}: {message} {attr:?} reads the same under {a} and {b}",
                        lang.code()
                    );
                }
            }
        }
    }
    assert!(checked > 30, "{checked} messages follow the basis");
}

/// The fixture of each legal basis (`tests/fixtures/drafts/bases/<basis>.json`, exported by the
/// PDF sweep) is a complete request under that basis.
#[test]
fn every_basis_fixture_is_a_complete_request_under_its_basis() {
    use tandem_core::validate::{validate, Severity};
    let dir = root().join("tests/fixtures/drafts/bases");
    let files = crate::files_below(&dir);
    for required in [
        "budapest",
        "untoc",
        "ets30",
        "ets30-p2",
        "cis-minsk-1993",
        "cis-chisinau-2002",
        "arab-ito-2010",
        "bilateral",
        "reciprocity",
    ] {
        assert!(
            files.contains(&format!("{required}.json")),
            "{required}.json"
        );
    }
    for file in files {
        let json = std::fs::read_to_string(dir.join(&file)).unwrap();
        let draft = tandem_core::import::parse(json.as_bytes()).unwrap();
        let template = registry::template(&draft.template).unwrap();
        let args = Args::of(&template, &draft);
        assert_eq!(format!("{}.json", args.basis), file);
        let report = validate(&template, &draft);
        let errors: Vec<_> = report
            .issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        assert_eq!(report.required_done, report.required_total, "{file}");
    }
}
