//! Property tests: reading any bytes or any JSON as a draft, a backup or a locked draft, the
//! two-tab check, migration, validation, building the document and checking a template pack
//! never panic (12,000 cases in the normal test run, see [`cases`]; the fuzz targets in `fuzz/`
//! keep going where these stop).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Value as Json};
use tandem_core::document::Issue;
use tandem_core::{backup, build_document, envelope, import, registry, revision, validate};
use tandem_core::{Catalog, Draft, Lang, Opened, Template};

thread_local! {
    /// Every language's messages, parsed once per test thread.
    static CATALOG: Catalog = Catalog::new(Lang::ALL, false).unwrap();
    /// Every template, parsed once per test thread.
    static TEMPLATES: Vec<Template> = registry::TEMPLATES
        .iter()
        .map(|(id, _)| registry::template(id).unwrap())
        .collect();
}

/// Texts that reach the interesting branches of the checks, and any text at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec![
            "",
            " ",
            "r1",
            "r2",
            "2026-11-20",
            "2026-02-30",
            "2026-11-20T09:00+04:00",
            "2026-11-20T25:00+04:00",
            "+04:00",
            "+14:00",
            "192.0.2.1",
            "2001:db8::1",
            "example.org",
            "https://example.org/x",
            "+995 599 00 00 00",
            "a@b.ge",
            "1000 EUR",
            "AM",
            "US",
            "xx",
            "\u{202e}evil",
            "ar",
            "en",
            "new",
            "extension",
            "art29-preservation",
            "format",
        ])
        .prop_map(str::to_string),
        ".{0,40}",
    ]
}

/// Any JSON value, a few levels deep; with `floats`, numbers that may not survive a round
/// trip through text exactly (serde_json parses them fast, not always to the last bit).
fn json_value(floats: bool) -> impl Strategy<Value = Json> {
    let float = any::<f64>().prop_filter_map("finite", |f| {
        serde_json::Number::from_f64(f).map(Json::Number)
    });
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::from),
        any::<u64>().prop_map(Json::from),
        float.prop_map(move |f| if floats { f } else { Json::Null }),
        text().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Json::Array),
            btree_map(text(), inner, 0..4).prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

/// A draft-shaped object: a good draft with any of its fields replaced by anything, and the
/// format, lock and backup tags set to any value.
fn draft_shaped() -> impl Strategy<Value = Json> {
    let fields = select(vec![
        "format",
        "id",
        "template",
        "template_version",
        "langs",
        "answers",
        "modified",
        "revision",
        "tandem-lock",
        "tandem-backup",
        "drafts",
        "locked",
        "extra",
    ]);
    let format = prop_oneof![
        Just(json!(1)),
        Just(json!(2)),
        Just(json!(3)),
        json_value(true)
    ];
    (format, vec((fields, json_value(true)), 0..4)).prop_map(|(format, changes)| {
        let mut draft = json!({"format": format, "id": "d1", "template": "art29-preservation",
            "template_version": 1, "langs": ["en", "ar"], "answers": {"reference.reference": "PR-1"},
            "modified": ""});
        for (field, value) in changes {
            draft[field] = value;
        }
        draft
    })
}

/// Bytes that are often nearly JSON: pieces of drafts and envelopes, brackets and escapes.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = select(vec![
        "{",
        "}",
        "[",
        "]",
        "\"",
        "\\",
        ",",
        ":",
        "\"format\":",
        "1",
        "2",
        "-1",
        "1e999",
        "\"tandem-lock\":",
        "\"tandem-backup\":",
        "\"drafts\":",
        "\"revision\":",
        "\"id\":",
        "\"d1\"",
        "\"answers\":",
        "null",
        "true",
        "\u{0}",
        "\u{ffff}",
        "\"\\u0000\"",
    ]);
    prop_oneof![
        vec(any::<u8>(), 0..256),
        vec(piece, 0..64).prop_map(|p| p.concat().into_bytes()),
    ]
}

/// Exercises every reader on one input.
fn read_everything(bytes: &[u8]) {
    let stored = BTreeMap::from([(
        "d1".to_string(),
        String::from_utf8_lossy(bytes).into_owned(),
    )]);
    if let Ok(Opened::Draft(draft)) = import::open(bytes) {
        check_draft(&draft);
    }
    let _ = backup::import(bytes, &BTreeMap::new(), registry::TEMPLATE_IDS);
    let _ = backup::import(bytes, &stored, registry::TEMPLATE_IDS);
    let _ = backup::export(
        &stored.into_iter().collect::<Vec<_>>(),
        "2026-11-22T10:00:00Z",
    );
    let text = String::from_utf8_lossy(bytes);
    let _ = revision::check_revision(Some(&text), 0);
    let _ = revision::check_revision(Some(&text), u64::MAX);
    let _ = envelope::Envelope::parse(&text);
}

/// Validates a draft and builds its document, as the form and the export do.
fn check_draft(draft: &Draft) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    TEMPLATES.with(|templates| {
        let Some(template) = templates.iter().find(|t| t.id == draft.template) else {
            return;
        };
        validate(template, draft);
        CATALOG.with(|catalog| {
            for issue in [Issue::Final, Issue::Consultation] {
                build_document(template, draft, catalog, issue, today).unwrap();
            }
        });
    });
}

/// Answer paths of a template, as the form writes them and slightly off.
fn paths(template: &Template) -> Vec<String> {
    let mut out = Vec::new();
    for (_, item, path, _) in template.items() {
        for suffix in ["", "#b", "#same", ".r1", ".r2.value", ".r1.type", ".x"] {
            out.push(format!("{path}{suffix}"));
        }
        for option in &item.options {
            out.push(format!("{path}.{}", option.id));
            out.push(format!("{path}.{}.detail", option.id));
        }
        for field in &item.fields {
            out.push(format!("{path}.r1.{}", field.id));
            out.push(format!("{path}.r2.{}", field.id));
        }
    }
    out
}

/// A well-formed draft of any template in any two languages, with any answers at its paths.
fn answered_draft() -> impl Strategy<Value = Draft> {
    let templates: Vec<(Draft, Vec<String>)> = TEMPLATES.with(|templates| {
        templates
            .iter()
            .map(|t| (Draft::new("d1", t, [Lang::En, Lang::En]), paths(t)))
            .collect()
    });
    (select(templates), select(Lang::ALL), select(Lang::ALL)).prop_flat_map(
        |((empty, paths), a, b)| {
            let answer = prop_oneof![
                3 => text().prop_map(Json::String),
                1 => any::<bool>().prop_map(Json::Bool),
                1 => vec(select(vec!["r1", "r2", "r3"]), 0..4).prop_map(|r| json!(r)),
                1 => json_value(false),
            ];
            btree_map(select(paths), answer, 0..24).prop_map(move |answers| Draft {
                langs: [a, b],
                answers,
                ..empty.clone()
            })
        },
    )
}

/// Cases of each property: 5,000 + 4,000 + 2,000 in every `cargo test` (about 3 s of CPU).
fn cases(n: u32) -> ProptestConfig {
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(cases(5000))]

    #[test]
    fn any_bytes_are_read_without_panic(bytes in bytes()) {
        read_everything(&bytes);
    }
}

proptest! {
    #![proptest_config(cases(4000))]

    #[test]
    fn any_json_shape_is_read_without_panic(value in prop_oneof![json_value(true), draft_shaped()]) {
        read_everything(value.to_string().as_bytes());
        read_everything(json!({"tandem-backup": 1, "drafts": [value]}).to_string().as_bytes());
    }
}

proptest! {
    #![proptest_config(cases(2000))]

    #[test]
    fn any_answers_validate_and_build_and_survive_a_round_trip(draft in answered_draft()) {
        check_draft(&draft);
        // Stored and read back as the current format, and as format 1 wrote it.
        prop_assert_eq!(tandem_core::import::parse(draft.to_json().as_bytes()), Ok(draft.clone()));
        let mut v1 = serde_json::to_value(&draft).unwrap();
        v1["format"] = json!(1);
        v1.as_object_mut().unwrap().remove("revision");
        // Format 3 gave the Budapest request types written before it their basis, the Convention.
        let mut expected = draft;
        let budapest = ["art29-preservation", "art31-subscriber", "art31-traffic", "art31-content"];
        if budapest.contains(&expected.template.as_str()) && !expected.answers.contains_key("basis.basis") {
            expected.set_text("basis.basis", "budapest");
        }
        prop_assert_eq!(tandem_core::import::parse(v1.to_string().as_bytes()), Ok(expected));
    }
}

/// A sound template pack: a built-in template under another id, in English and French.
fn sound_pack() -> Json {
    let rename = |text: &str| text.replace("provider-preservation", "xa-preservation");
    let (_, template) = registry::TEMPLATES
        .iter()
        .find(|(id, _)| *id == "provider-preservation")
        .unwrap();
    let messages = |lang: Lang| {
        let files = registry::locale_files(lang);
        let find = |path: &str| files.iter().find(|(p, _)| *p == path).unwrap().1;
        let title = find("requests.ftl")
            .lines()
            .find(|l| l.starts_with("provider-preservation-title ="))
            .unwrap();
        rename(&format!(
            "{title}\n{}",
            find("templates/provider-preservation.ftl")
        ))
    };
    json!({
        "format": 1, "id": "xa-preservation", "version": 1, "issuer": "Test",
        "source": "Test", "date": "2026-12-06", "languages": ["en", "fr"],
        "template": serde_json::from_str::<Json>(&rename(template)).unwrap(),
        "messages": {"en": messages(Lang::En), "fr": messages(Lang::Fr)},
    })
}

thread_local! {
    static PACK: Json = sound_pack();
}

proptest! {
    #![proptest_config(cases(1000))]

    /// The pack check (`tandem_core::pack`, fed untrusted files by the browser) never panics:
    /// on any bytes, any JSON, a sound pack with any field replaced, any Fluent text appended.
    #[test]
    fn any_pack_is_checked_without_panic(
        bytes in bytes(),
        value in json_value(true),
        field in select(vec!["format", "id", "version", "issuer", "date", "languages", "template", "messages"]),
        text in prop_oneof![".{0,80}", select(vec![
            "\nxa-preservation-x = { $a ->\n [one] <b>\n *[other] { -t }\n}\n",
            "\nxa-preservation-x = { { { { { { { { { x } } } } } } } } }\n",
            "\nxa-preservation-x = { NUMBER($n) }\n",
            "\nxa-preservation-x =\n    .hint = <a href=x>\n",
        ]).prop_map(str::to_string)],
    ) {
        let _ = tandem_core::pack::check(&bytes);
        let _ = tandem_core::pack::check(value.to_string().as_bytes());
        let sound = PACK.with(Json::clone);
        prop_assert!(tandem_core::pack::check(sound.to_string().as_bytes()).is_ok());
        let mut p = sound.clone();
        p[field] = value;
        let _ = tandem_core::pack::check(p.to_string().as_bytes());
        let mut p = sound;
        let fr = format!("{}{text}", p["messages"]["fr"].as_str().unwrap());
        p["messages"]["fr"] = json!(fr);
        let _ = tandem_core::pack::check(p.to_string().as_bytes());
    }
}
