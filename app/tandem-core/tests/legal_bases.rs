//! The legal basis picked decides every citation of the document (issue #16): for each template
//! that chooses a basis and each basis it offers, the complete fixture built under that basis
//! shows the basis's citation in both columns and no other basis's, and none of the wording that
//! cites another instrument's articles (the Convention's "Article 29, paragraph 2.b", "ETS No.
//! 185" under the UN Convention against Transnational Organized Crime).

use std::path::Path;

use chrono::NaiveDate;
use tandem_core::basis::{self, Args};
use tandem_core::document::Issue;
use tandem_core::{build_document, registry, Catalog, Document, Draft, Lang};

fn fixture(template: &str) -> Draft {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "../../tests/fixtures/drafts/{template}/complete.json"
    ));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    tandem_core::import::parse(json.as_bytes()).expect("fixture")
}

/// One column of a document: title, legal basis, headings, labels, answers, captions.
fn column(d: &Document, i: usize) -> String {
    let mut out = vec![d.title[i].clone(), d.subtitle[i].clone()];
    for block in &d.blocks {
        out.extend(block.pairs().into_iter().map(|p| p[i].clone()));
    }
    out.join("\n")
}

/// Whether one of `a`, `b` supplements the other (a Protocol and its Convention may be cited
/// together).
fn related(a: &str, b: &str) -> bool {
    let pair =
        |x: &str, y: &str| matches!((x, y), ("protocol2", "budapest") | ("ets30-p2", "ets30"));
    pair(a, b) || pair(b, a)
}

/// How the English column cites the Convention's articles and the Protocol's.
const BUDAPEST_EN: &[&str] = &[
    "ETS No. 185",
    "Article 1(d)",
    "Article 1.d",
    "Articles 2 to 11",
    "Article 18, paragraph 3",
    "Article 18(3)",
    "Article 25(",
    "Article 27(",
    "Article 28(",
    "Article 29,",
    "Article 29 ",
    "Articles 29 and 30",
    "(Article 30)",
    "Article 31 ",
    "Article 31(",
    "(Article 35)",
];
const PROTOCOL_EN: &[&str] = &[
    "CETS No. 224",
    "Additional Protocol to the Convention on Cybercrime",
    "Article 7 of the Second",
    "Article 9 of the",
    "Article 10 of the",
    "(Article 9",
    "(Article 10",
];

const TREATY_A: &str = "Treaty between Georgia and Ukraine on Legal Assistance in Criminal Matters (1995), Articles 4 and 7";
const TREATY_B: &str =
    "Договор между Грузией и Украиной о правовой помощи по уголовным делам (1995 г.), статьи 4 и 7";

#[test]
fn every_basis_cites_itself_and_no_other_in_both_columns() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut built = 0;
    for (id, _) in registry::TEMPLATES {
        let template = registry::template(id).unwrap();
        let Some(route) = template.route.clone() else {
            continue;
        };
        if template.request.is_none() {
            continue;
        }
        let options = template.item(&route).unwrap().options.clone();
        for b_lang in [Lang::Ru, Lang::Ar] {
            let langs = [Lang::En, b_lang];
            let catalog = Catalog::new(&langs, false).unwrap();
            for option in &options {
                let Some(chosen) = basis::get(option.basis.as_deref().unwrap_or(&option.id)) else {
                    continue;
                };
                let mut draft = fixture(id);
                if draft.langs[1] != b_lang {
                    draft.answers.retain(|path, _| !path.ends_with("#b"));
                }
                draft.langs = langs;
                draft.set_text(&route, &option.id);
                let treaty = format!("{route}.{}.detail", option.id);
                if chosen.id == "bilateral" {
                    draft.set_text(&treaty, TREATY_A);
                    draft.set_text(&format!("{treaty}#b"), TREATY_B);
                }
                let doc = build_document(&template, &draft, &catalog, Issue::Final, today).unwrap();
                built += 1;
                let what = format!("{id} {} en|{}", option.id, b_lang.code());
                let args = Args::of(&template, &draft);
                assert_eq!(args.basis, chosen.id, "{what}");
                for (i, lang) in langs.into_iter().enumerate() {
                    let text = column(&doc, i);
                    let name = |b: &str| catalog.text(lang, &format!("basis-{b}")).unwrap();
                    // The basis's own citation, in the legal-basis line.
                    let line = &doc.subtitle[i];
                    match chosen.id {
                        "budapest" if *id != "emergency-disclosure" => {
                            assert!(line.contains("185"), "{what}: {line:?}")
                        }
                        "protocol2" => assert!(line.contains("224"), "{what}: {line:?}"),
                        "bilateral" => {
                            let typed = if i == 0 { TREATY_A } else { TREATY_B };
                            assert!(line.contains(typed), "{what}: {line:?}");
                        }
                        "reciprocity" => {
                            let expected = catalog
                                .format(lang, "basis-legal-basis", &args.fluent(""))
                                .unwrap();
                            assert_eq!(line, &expected, "{what}");
                        }
                        other => {
                            assert!(line.contains(&name(other)), "{what}: {line:?}");
                            let request = template.request.as_deref().unwrap();
                            let first =
                                basis::get(other).unwrap().entry(request).unwrap().articles[0];
                            assert!(line.contains(first), "{what}: {line:?} lacks {first}");
                        }
                    }
                    // No other basis is named.
                    for other in basis::all() {
                        if other.id == chosen.id
                            || related(other.id, chosen.id)
                            || other.kind != "treaty"
                        {
                            continue;
                        }
                        let other_name = name(other.id);
                        assert!(
                            !text.contains(&other_name),
                            "{what}: names {} ({other_name:?})",
                            other.id
                        );
                    }
                    // In English, the articles of the Convention and of its Protocol by name.
                    if lang == Lang::En {
                        let mut cited: Vec<&str> = Vec::new();
                        if !matches!(chosen.id, "budapest" | "protocol2") {
                            cited.extend(BUDAPEST_EN);
                        }
                        if chosen.id != "protocol2" {
                            cited.extend(PROTOCOL_EN);
                        }
                        for citation in cited {
                            assert!(!text.contains(citation), "{what}: cites {citation:?}");
                        }
                    }
                    // No wording that cites another basis's articles: every message of the template
                    // that reads otherwise under another basis is absent in that other reading.
                    for other in ["budapest", "protocol2"] {
                        if other == chosen.id || related(other, chosen.id) {
                            continue;
                        }
                        let under = |b: &str| {
                            let mut a = args.clone();
                            a.basis = b.to_string();
                            a
                        };
                        for message in template.message_ids() {
                            let theirs = catalog.format(lang, message, &under(other).fluent(""));
                            let ours = catalog.format(lang, message, &under(chosen.id).fluent(""));
                            if let (Ok(theirs), Ok(ours)) = (theirs, ours) {
                                if theirs != ours && !theirs.is_empty() {
                                    assert!(
                                        !text.contains(&theirs),
                                        "{what}: {message} as under {other}: {theirs:?}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(built >= 2 * 36, "{built} documents");
}

#[test]
fn a_new_request_prints_no_basis_until_one_is_chosen() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for id in [
        "art29-preservation",
        "art31-subscriber",
        "art31-traffic",
        "art31-content",
    ] {
        let template = registry::template(id).unwrap();
        let draft = Draft::new("d", &template, [Lang::En, Lang::Ru]);
        let catalog = Catalog::new(&draft.langs, false).unwrap();
        let doc = build_document(&template, &draft, &catalog, Issue::Final, today).unwrap();
        for i in 0..2 {
            let text = column(&doc, i);
            assert!(!text.contains("185"), "{id}: {text}");
            let none = catalog
                .format(
                    draft.langs[i],
                    "basis-legal-basis",
                    &Args::default().fluent(""),
                )
                .unwrap();
            assert_eq!(doc.subtitle[i], none, "{id}");
        }
    }
}

#[test]
fn a_general_basis_for_preservation_says_it_has_no_preservation_article() {
    // The form's hint under the choice: in every locale, a `general` basis used for preservation
    // reads otherwise than a basis with an article made for it.
    let catalog = Catalog::new(Lang::ALL, false).unwrap();
    let template = registry::template("art29-preservation").unwrap();
    for &lang in Lang::ALL {
        let hint = |b: &str| {
            let mut draft = Draft::new("d", &template, [Lang::En, Lang::Ru]);
            draft.set_text("basis.basis", b);
            let args = Args::of(&template, &draft);
            catalog
                .attr_args(lang, "basis-choice", "hint", &args.fluent(""))
                .unwrap()
        };
        assert_eq!(
            Args::of(&template, &{
                let mut d = Draft::new("d", &template, [Lang::En, Lang::Ru]);
                d.set_text("basis.basis", "untoc");
                d
            })
            .fit,
            "general"
        );
        assert_ne!(hint("untoc"), hint("budapest"), "{}", lang.code());
        assert_eq!(hint("untoc"), hint("ets30"), "{}", lang.code());
    }
    let en = Catalog::new(&[Lang::En], false).unwrap();
    let mut draft = Draft::new("d", &template, [Lang::En, Lang::Ru]);
    draft.set_text("basis.basis", "untoc");
    let args = Args::of(&template, &draft);
    let text = en
        .attr_args(Lang::En, "basis-choice", "hint", &args.fluent(""))
        .unwrap();
    assert!(
        text.contains("no article on expedited preservation"),
        "{text}"
    );
}
