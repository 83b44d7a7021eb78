//! The complete fixture draft of every template (`tests/fixtures/drafts/<template>/complete.json`)
//! exported through the one export path (`request::prepare` → `Prepared::render`) in the language
//! pairs en|ru, en|ka, en|hy, en|ar, fr|ar and tr|de, and en|X for one language of each script of
//! the forty-language round (zh, ja, ko, hi, fa, el, tg, he, kk, uz), checked with poppler and
//! qpdf: every label
//! (looked up in the catalog by the template's message IDs) and every answer appears in the
//! extracted text of both columns, every font is embedded and subset, `qpdf --check` is clean,
//! and the metadata is set. One template per pair is also compared with a page-plan snapshot,
//! and the first page of one pair per script with a reviewed reference image
//! (`tests/fixtures/pdf/`, `UPDATE_REFERENCES=1` rewrites them).

mod common;

use std::path::Path;

use chrono::NaiveDate;
use tandem_core::basis::Args;
use tandem_core::document::is_printed;
use tandem_core::form::IDENTIFIER_TYPES;
use tandem_core::template::Meaning;
use tandem_core::template::{detail_path, item_path, option_path, row_path};
use tandem_core::{registry, Block, Catalog, Draft, ItemKind, Lang, Value};
use tandem_pdf::layout::{Column, Item};
use tandem_pdf::request::{prepare, DocumentRequest, ExportRequest, IssueKind, Prepared};
use tandem_pdf::{Mode, PagePlan};

use common::{
    assert_fonts_embedded_and_subset, assert_qpdf_clean, check_snapshot, extract_columns, root,
    run, write_pdf,
};

/// The document language pairs the issue asks for, and English with each language of the
/// forty-language round.
const PAIRS: [(Lang, Lang); 29] = [
    (Lang::En, Lang::Ru),
    (Lang::En, Lang::Ka),
    (Lang::En, Lang::Hy),
    (Lang::En, Lang::Ar),
    (Lang::Fr, Lang::Ar),
    (Lang::Tr, Lang::De),
    (Lang::En, Lang::Zh),
    (Lang::En, Lang::Ja),
    (Lang::En, Lang::Ko),
    (Lang::En, Lang::Hi),
    (Lang::En, Lang::Fa),
    (Lang::En, Lang::El),
    (Lang::En, Lang::Tg),
    (Lang::En, Lang::He),
    (Lang::En, Lang::Kk),
    (Lang::En, Lang::Uz),
    (Lang::En, Lang::Ky),
    (Lang::En, Lang::Tk),
    (Lang::En, Lang::Vi),
    (Lang::En, Lang::Id),
    (Lang::En, Lang::Pl),
    (Lang::En, Lang::Cs),
    (Lang::En, Lang::Sk),
    (Lang::En, Lang::Hu),
    (Lang::En, Lang::Bg),
    (Lang::En, Lang::Hr),
    (Lang::En, Lang::Bs),
    (Lang::En, Lang::Sl),
    (Lang::En, Lang::Nl),
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn fixture(template: &str) -> Draft {
    let path = root().join(format!("tests/fixtures/drafts/{template}/complete.json"));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    tandem_core::import::parse(json.as_bytes()).expect("fixture draft")
}

/// A fixture draft set in the document languages `a` | `b`. The fixture's translations (`#b`)
/// are in its own language B: in another language B they are dropped, so that free text shows,
/// in column B, the note in language B that it is not translated (never a wrong language).
fn for_pair(mut draft: Draft, a: Lang, b: Lang) -> Draft {
    if draft.langs[1] != b {
        draft.answers.retain(|path, _| !path.ends_with("#b"));
    }
    draft.langs = [a, b];
    draft
}

fn prepared(draft: Draft, mode: Mode) -> Prepared {
    let catalog = Catalog::new(&draft.langs, false).expect("catalog");
    let request = ExportRequest {
        draft,
        issue: IssueKind::Final,
        today: today(),
        mode,
    };
    prepare(&request, catalog).expect("prepare")
}

/// Every label the PDF must show for `draft`, in language `lang`, looked up in the catalog by the
/// message IDs of the template: the title, the legal basis of the request's route, section
/// headings, the label of every printed item that is answered or required, every option of tick
/// boxes and choices (of a list of requests, those ticked), the detail label of a picked option,
/// each group field answered, each identifier's type. An unticked request has no label.
fn labels(draft: &Draft, catalog: &Catalog, lang: Lang) -> Vec<String> {
    let template = registry::template(&draft.template).expect("template");
    // Every message with the route and legal basis of the request, a bilateral treaty as typed
    // in column A and as translated in column B.
    let args = Args::of(&template, draft);
    let treaty = match &args.treaty_path {
        Some(path) if lang != draft.langs[0] => draft.text(&format!("{path}#b")).to_string(),
        _ => args.treaty.clone(),
    };
    let fluent = args.fluent(&treaty);
    let text = |id: &str| catalog.format(lang, id, &fluent).expect("message");
    let answered = |path: &str| !draft.text(path).trim().is_empty();
    let mut labels = vec![text(&template.title), text(&template.legal_basis)];
    for section in &template.sections {
        if !section.items.iter().any(|item| is_printed(draft, item)) {
            continue;
        }
        labels.extend(section.heading.as_deref().map(text));
        for item in section.items.iter().filter(|item| is_printed(draft, item)) {
            let path = item_path(section, item);
            let rows = draft.rows(&path);
            match item.kind {
                ItemKind::Group => {
                    if item.required || !rows.is_empty() {
                        labels.push(text(&item.label));
                    }
                    for row in &rows {
                        for field in &item.fields {
                            if answered(&row_path(&path, row, &field.id)) || field.required {
                                labels.push(text(&field.label));
                            }
                        }
                    }
                }
                ItemKind::Identifiers => {
                    if item.required || !rows.is_empty() {
                        labels.push(text(&item.label));
                    }
                    for row in &rows {
                        let kind = draft.text(&format!("{path}.{row}.type"));
                        let (_, id) = IDENTIFIER_TYPES
                            .iter()
                            .find(|(k, _)| *k == kind)
                            .expect("identifier type");
                        labels.push(text(id));
                    }
                }
                ItemKind::Tick | ItemKind::Ticks | ItemKind::Choice => {
                    let requests = item.meaning == Some(Meaning::Request);
                    let any_picked = match item.kind {
                        ItemKind::Tick => draft.ticked(&path),
                        ItemKind::Ticks => item
                            .options
                            .iter()
                            .any(|o| draft.ticked(&option_path(&path, o))),
                        _ => answered(&path),
                    };
                    // A request not made leaves no trace (a required list prints "—").
                    if requests && !any_picked && (item.kind == ItemKind::Tick || !item.required) {
                        continue;
                    }
                    labels.push(text(&item.label));
                    for option in &item.options {
                        let picked = match item.kind {
                            ItemKind::Ticks => draft.ticked(&option_path(&path, option)),
                            _ => draft.text(&path) == option.id,
                        };
                        if picked || !requests {
                            labels.push(text(&option.label));
                        }
                        let detail = detail_path(&path, option);
                        if let (true, Some(d)) = (picked && answered(&detail), &option.detail) {
                            labels.push(text(&d.label));
                        }
                    }
                }
                ItemKind::TimeRange => {
                    if item.required || answered(&format!("{path}.from")) {
                        labels.push(text(&item.label));
                    }
                }
                _ => {
                    if item.required || answered(&path) {
                        labels.push(text(&item.label));
                    }
                }
            }
        }
    }
    labels
}

/// Every answer of the document in column `i` (0 = A, 1 = B): texts as printed (dates, countries
/// and ranges in the column's language, free text as typed or translated) and tick captions.
fn answers(prepared: &Prepared, i: usize) -> Vec<String> {
    let mut answers = Vec::new();
    for block in &prepared.document.blocks {
        match block {
            Block::Field {
                value: Value::Text { text },
                ..
            } => answers.push(text[i].clone()),
            Block::Field {
                value: Value::Ticks { ticks },
                ..
            } => answers.extend(ticks.iter().map(|t| t.caption[i].clone())),
            _ => {}
        }
    }
    answers
}

/// Text without whitespace, hyphens, invisible controls and Arabic vowel marks, so that a string
/// wrapped over lines (or cut inside an overlong word) is still found, though `pdftotext` joins
/// a line ending in "-" to the next one, and the order in which it puts a mark and its letter
/// does not matter.
fn solid(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && *c != '-'
                && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
        })
        .collect()
}

fn is_rtl(s: &str) -> bool {
    s.chars().any(|c| ('\u{0590}'..='\u{06FF}').contains(&c))
}

/// Whether `expected` is in a column's extracted text (`solid`). `pdftotext` reorders the runs
/// of right-to-left text (numbers, Latin) and the neutral punctuation of any line in a
/// right-to-left column, so there text is found word by word, between punctuation.
fn assert_extracted(column: &str, expected: &str, rtl_column: bool, what: &str) {
    if rtl_column || is_rtl(expected) {
        // Cut at punctuation too: pdftotext moves the brackets of a mixed token ("2(ב)").
        let cut = |c: char| c.is_whitespace() || c.is_ascii_punctuation() || "،؛؟".contains(c);
        for word in expected.split(cut).filter(|w| !w.is_empty()) {
            let word = solid(word);
            assert!(
                column.contains(&word),
                "{what}: word {word:?} of {expected:?} not extracted"
            );
        }
    } else {
        assert!(
            column.contains(&solid(expected)),
            "{what}: {expected:?} not extracted"
        );
    }
}

/// Exports a fixture in a pair and runs every check on the PDF; returns the plan.
fn check_export(template: &str, a: Lang, b: Lang) -> (PagePlan, Vec<u8>) {
    check_draft_export(template, fixture(template), a, b).0
}

/// Exports `draft` (named `name`) in a pair and runs every check on the PDF; returns the plan,
/// the bytes and the extracted text of each column (as [`solid`]).
fn check_draft_export(
    name: &str,
    draft: Draft,
    a: Lang,
    b: Lang,
) -> ((PagePlan, Vec<u8>), [String; 2]) {
    let template = name;
    let draft = for_pair(draft, a, b);
    let catalog = Catalog::new(&draft.langs, false).expect("catalog");
    let prepared = prepared(draft.clone(), Mode::SideBySide);
    let fonts = common::fonts_for(&prepared.document);
    assert_eq!(prepared.uncovered(&fonts), [], "{template} {a:?}|{b:?}");
    let plan = prepared.plan(&fonts).expect("plan");
    let bytes = prepared.render(&fonts).expect("render");
    let name = format!("{template}-{}-{}", a.code(), b.code());
    let path = write_pdf(&name, &bytes);

    let columns = extract_columns(&path).map(|text| solid(&text));
    for (i, lang) in [a, b].into_iter().enumerate() {
        let what = format!("{name} column {}", ["A", "B"][i]);
        let rtl = lang.dir() == tandem_core::Dir::Rtl;
        for label in labels(&draft, &catalog, lang) {
            assert_extracted(&columns[i], &label, rtl, &format!("{what} label"));
        }
        for answer in answers(&prepared, i) {
            assert_extracted(&columns[i], &answer, rtl, &format!("{what} answer"));
        }
        // The requester's preservation guidance (T-CY Rec 16 periods, renewal, notes) stays
        // in the app: the requested State is never told its own law.
        for id in ["preservation-end-label", "preservation-renewal-label"] {
            let guidance = solid(&catalog.text(lang, id).expect("message"));
            assert!(!columns[i].contains(&guidance), "{what}: {id} printed");
        }
        assert!(
            !columns[i].contains("T-CY"),
            "{what}: T-CY guidance printed"
        );
    }
    // An answer's closing note speaks of the authority answering, a request's of the requesting.
    let answer = registry::template(&draft.template)
        .expect("template")
        .reply
        .is_some();
    let (heading, review) = match answer {
        true => ("pdf-review-heading-answer", "pdf-review-answers-answer"),
        false => ("pdf-review-heading", "pdf-review-answers"),
    };
    for (i, lang) in [a, b].into_iter().enumerate() {
        let what = format!("{name} column {}", ["A", "B"][i]);
        // Day and month cannot be swapped: no date is printed as 03/11/2026 or 03.11.2026.
        assert_eq!(ambiguous_date(&columns[i]), None, "{what}");
        // The closing note once per column; the footer carries no review status.
        let note = solid(&catalog.text(lang, heading).expect("message"));
        assert_eq!(columns[i].matches(&note).count(), 1, "{what}: closing note");
        let answers_note = solid(&catalog.text(lang, review).expect("message"));
        assert_eq!(
            columns[i].matches(&answers_note).count(),
            1,
            "{what}: review line"
        );
    }
    assert_fonts_embedded_and_subset(&path);
    assert_qpdf_clean(&path);
    assert_metadata(&path, &prepared, a);
    ((plan, bytes), columns)
}

/// The first date written day first with slashes or dots (`03/11/2026`, `03.11.2026`), which a
/// reader may take month first, in a text.
fn ambiguous_date(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    (0..chars.len()).find_map(|i| {
        let sep = *chars.get(i + 2)?;
        let ok = (i == 0 || !digit(i - 1))
            && digit(i)
            && digit(i + 1)
            && matches!(sep, '/' | '.')
            && digit(i + 3)
            && digit(i + 4)
            && chars.get(i + 5) == Some(&sep)
            && (6..10).all(|k| digit(i + k))
            && !digit(i + 10);
        ok.then(|| chars[i..i + 10].iter().collect())
    })
}

#[test]
fn a_day_first_date_is_caught() {
    assert_eq!(ambiguous_date("On03/11/2026at"), Some("03/11/2026".into()));
    assert_eq!(ambiguous_date("14.09.2026"), Some("14.09.2026".into()));
    assert_eq!(ambiguous_date("2026-11-03 v1.10.20261"), None);
}

/// The signature block is never split and never stands alone on a page: wherever the page
/// breaks fall (the facts made longer line by line), the block's heading, its fields, its
/// signature line and its seal are on one page, below the end of the item before it.
#[test]
fn the_signature_block_is_whole_and_never_alone_on_a_page() {
    let base = fixture("art29-preservation");
    let facts = base.text("offence.facts").to_string();
    let catalog = Catalog::new(&[Lang::En, Lang::Ru], false).expect("catalog");
    let heading = catalog
        .text(Lang::En, "signature-heading")
        .expect("message");
    let seal = catalog.text(Lang::En, "signature-seal").expect("message");
    let mut pages_seen = std::collections::BTreeSet::new();
    for extra in 0..60 {
        let mut draft = for_pair(base.clone(), Lang::En, Lang::Ru);
        let more: String = (0..extra).map(|i| format!("\nLine {i}.")).collect();
        draft.set_text("offence.facts", &format!("{facts}{more}"));
        let prepared = prepared(draft, Mode::SideBySide);
        let fonts = common::fonts_for(&prepared.document);
        let plan = prepared.plan(&fonts).expect("plan");
        let lines = |n: usize| -> Vec<(f32, String, bool)> {
            plan.pages[n]
                .items
                .iter()
                .filter_map(|item| match item {
                    Item::Text(t) if t.column == Column::A && t.baseline < 273.0 => {
                        Some((t.baseline, t.line.text.clone(), t.bold))
                    }
                    _ => None,
                })
                .collect()
        };
        let find = |text: &str| {
            (0..plan.pages.len()).find(|&n| lines(n).iter().any(|(_, l, _)| l.ends_with(text)))
        };
        let page = find(&heading).expect("signature heading");
        assert_eq!(find(&seal), Some(page), "{extra}: the block is split");
        pages_seen.insert((plan.pages.len(), page));
        let top = lines(page)
            .into_iter()
            .min_by(|p, q| p.0.total_cmp(&q.0))
            .expect("lines");
        assert!(
            !top.1.ends_with(&heading),
            "{extra}: the block starts page {} alone",
            page + 1
        );
    }
    // The page breaks did move across the block.
    assert!(pages_seen.len() > 1, "{pages_seen:?}");
}

/// One complete request per legal basis (`tests/fixtures/drafts/bases/<basis>.json`), exported in
/// en|ru and en|ar: every check of the sweep, and the extracted text of both columns cites the
/// basis (its legal-basis line is among the labels checked) and names no other instrument.
#[test]
fn every_legal_basis_fixture_cites_its_basis_and_no_other() {
    let dir = root().join("tests/fixtures/drafts/bases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/drafts/bases")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(files.len() >= 9, "{files:?}");
    for file in files {
        let id = file
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_string();
        let json = std::fs::read_to_string(&file).expect("fixture");
        let draft = tandem_core::import::parse(json.as_bytes()).expect("fixture draft");
        let template = registry::template(&draft.template).expect("template");
        assert_eq!(Args::of(&template, &draft).basis, id, "{file:?}");
        for (a, b) in [(Lang::En, Lang::Ru), (Lang::En, Lang::Ar)] {
            let name = format!("basis-{id}");
            let (_, columns) = check_draft_export(&name, draft.clone(), a, b);
            let catalog = Catalog::new(&[a, b], false).expect("catalog");
            for (i, lang) in [a, b].into_iter().enumerate() {
                for other in tandem_core::basis::all() {
                    let related = |x: &str, y: &str| {
                        matches!((x, y), ("protocol2", "budapest") | ("ets30-p2", "ets30"))
                    };
                    if other.id == id
                        || other.kind != "treaty"
                        || related(&id, other.id)
                        || related(other.id, &id)
                    {
                        continue;
                    }
                    let named = solid(&catalog.text(lang, &format!("basis-{}", other.id)).unwrap());
                    assert!(
                        !columns[i].contains(&named),
                        "{name} {}|{} column {i}: names {}",
                        a.code(),
                        b.code(),
                        other.id
                    );
                }
            }
        }
    }
}

/// `pdfinfo` shows the title in both languages, the language, the creation date and Tandem as
/// producer.
fn assert_metadata(path: &Path, prepared: &Prepared, a: Lang) {
    let (ok, info) = run("pdfinfo", &[path.to_str().expect("utf-8 path")]);
    assert!(ok, "pdfinfo: {info}");
    let [title_a, title_b] = &prepared.document.title;
    assert!(
        info.contains(&format!("Title:           {title_a} / {title_b}")),
        "{info}"
    );
    assert!(info.contains("Producer:        Tandem"), "{info}");
    assert!(
        info.contains("CreationDate:    Sun Nov 22 00:00:00 2026 UTC"),
        "{info}"
    );
    let qdf = run(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            path.to_str().expect("utf-8 path"),
            "-",
        ],
    );
    assert!(
        qdf.1.contains(&format!("/Lang ({})", a.code())),
        "no /Lang ({}) in the catalog",
        a.code()
    );
}

#[test]
fn every_template_in_every_pair_prints_every_label_and_answer() {
    for (template, _) in registry::TEMPLATES {
        for (a, b) in PAIRS {
            check_export(template, a, b);
        }
    }
}

/// The template whose page plan is kept as a snapshot for each pair: every template is covered.
const SNAPSHOTS: [(&str, Lang, Lang); 6] = [
    ("art29-preservation", Lang::En, Lang::Ru),
    ("art31-subscriber", Lang::En, Lang::Ka),
    ("art31-traffic", Lang::En, Lang::Hy),
    ("art31-content", Lang::En, Lang::Ar),
    ("emergency-disclosure", Lang::Fr, Lang::Ar),
    ("art29-preservation", Lang::Tr, Lang::De),
];

#[test]
fn page_plans_of_the_pairs_match_their_snapshots() {
    for (template, a, b) in SNAPSHOTS {
        let prepared = prepared(for_pair(fixture(template), a, b), Mode::SideBySide);
        let fonts = common::fonts_for(&prepared.document);
        let plan = prepared.plan(&fonts).expect("plan");
        check_snapshot(&format!("{template}-{}-{}", a.code(), b.code()), &plan);
    }
}

#[test]
fn no_heading_or_group_label_ends_a_page() {
    for (template, _) in registry::TEMPLATES {
        for (a, b) in PAIRS {
            let prepared = prepared(for_pair(fixture(template), a, b), Mode::SideBySide);
            let fonts = common::fonts_for(&prepared.document);
            let plan = prepared.plan(&fonts).expect("plan");
            for (n, page) in plan.pages.iter().enumerate() {
                // The last body line of column A (the footer sits below the body); headings
                // and group labels are the bold lines below the title's size.
                let last = page
                    .items
                    .iter()
                    .filter_map(|item| match item {
                        Item::Text(t) if t.column == Column::A && t.baseline < 273.0 => Some(t),
                        _ => None,
                    })
                    .max_by(|p, q| p.baseline.total_cmp(&q.baseline))
                    .expect("a page with text");
                assert!(
                    !(last.bold && last.size < 13.0),
                    "{template} {a:?}|{b:?}: page {} ends with {:?}",
                    n + 1,
                    last.line.text
                );
            }
        }
    }
}

/// The first page of one pair per script, compared with its reviewed image.
const REFERENCES: [(&str, Lang, Lang, &str); 13] = [
    ("art29-preservation", Lang::En, Lang::Ru, "latin-cyrillic"),
    ("art31-subscriber", Lang::En, Lang::Ka, "georgian"),
    ("art31-traffic", Lang::En, Lang::Hy, "armenian"),
    ("art31-content", Lang::En, Lang::Ar, "arabic"),
    ("art29-preservation", Lang::En, Lang::Zh, "han"),
    ("art29-preservation", Lang::En, Lang::Ja, "japanese"),
    ("art29-preservation", Lang::En, Lang::Ko, "hangul"),
    ("art29-preservation", Lang::En, Lang::Hi, "devanagari"),
    ("art29-preservation", Lang::En, Lang::Fa, "persian"),
    ("art29-preservation", Lang::En, Lang::El, "greek"),
    (
        "art29-preservation",
        Lang::En,
        Lang::Tg,
        "cyrillic-central-asia",
    ),
    ("art29-preservation", Lang::En, Lang::He, "hebrew"),
    (
        "art29-preservation",
        Lang::En,
        Lang::Uz,
        "latin-central-asia",
    ),
];

#[test]
fn first_pages_match_their_reviewed_images() {
    let dir = root().join("tests/fixtures/pdf");
    for (template, a, b, script) in REFERENCES {
        let prepared = prepared(for_pair(fixture(template), a, b), Mode::SideBySide);
        let fonts = common::fonts_for(&prepared.document);
        let pdf = write_pdf(
            &format!("reference-{script}"),
            &prepared.render(&fonts).expect("pdf"),
        );
        common::check_reference_image(&pdf, &dir, script);
    }
}

#[test]
fn characters_no_font_covers_are_shown_as_code_points_and_reported() {
    let mut draft = fixture("art29-preservation");
    // A name in Ethiopic (no served font has it), an emoji with a variation selector and
    // joiners, bidi marks.
    draft.set_text(
        "requesting-authority.person",
        "ሀሁ (Wang Wei) \u{2764}\u{FE0F} a\u{200D}b\u{200C}c\u{200F}",
    );
    let prepared = prepared(draft, Mode::SideBySide);
    let fonts = common::fonts_for(&prepared.document);
    assert_eq!(prepared.uncovered(&fonts), ['ሀ', 'ሁ', '\u{2764}']);
    let plan = prepared.plan(&fonts).expect("plan");
    let line = plan
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .find_map(|item| match item {
            Item::Text(t) if t.line.text.contains("Wang Wei") => Some(t),
            _ => None,
        })
        .expect("the name is printed");
    assert_eq!(
        line.line.text,
        "[U+1200][U+1201] (Wang Wei) [U+2764]\u{FE0F} a\u{200D}b\u{200C}c\u{200F}"
    );
    // Every visible character has a glyph; the joiners, the variation selector and the mark
    // have none (no box).
    let drawn: String = line.line.glyphs.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(drawn, "[U+1200][U+1201] (Wang Wei) [U+2764] abc");
    assert!(
        line.line.glyphs.iter().all(|g| g.id != 0),
        "no .notdef glyph"
    );
    let path = write_pdf("uncovered", &prepared.render(&fonts).expect("pdf"));
    let [column_a, _] = extract_columns(&path);
    assert!(
        column_a.contains("[U+1200][U+1201] (Wang Wei) [U+2764]"),
        "{column_a}"
    );
}

#[test]
fn the_workers_request_makes_the_same_pdf_as_the_direct_path() {
    // The browser builds the document in the page and sends it as text: the worker must make
    // exactly the file the command line makes from the draft, in every layout.
    for mode in Mode::ALL {
        let direct = prepared(for_pair(fixture("art31-traffic"), Lang::En, Lang::Ar), mode);
        let request = DocumentRequest {
            document: direct.document.clone(),
            mode,
        };
        let received = DocumentRequest::decode(&request.encode()).expect("request");
        assert_eq!(received, request);
        let fonts = common::fonts_for(&direct.document);
        assert_eq!(
            Prepared::from(received).render(&fonts).expect("pdf"),
            direct.render(&fonts).expect("pdf"),
            "{mode:?}"
        );
    }
}

#[test]
fn an_export_request_chooses_its_layout() {
    for mode in Mode::ALL {
        assert_eq!(Mode::from_name(mode.name()), Some(mode));
    }
    assert_eq!(Mode::SingleLanguage.name(), "single");
    let document = prepared(fixture("art29-preservation"), Mode::SideBySide).document;
    let text = tandem_core::exchange::encode_request("both", &document);
    let error = DocumentRequest::decode(&text).expect_err("not a layout");
    assert!(
        error.to_string().contains("\"both\" is not a layout"),
        "{error}"
    );

    for (mode, shown, lang) in [
        (Mode::TargetOnly, Column::B, "ar"),
        (Mode::SingleLanguage, Column::A, "en"),
    ] {
        let prepared = prepared(
            for_pair(fixture("art29-preservation"), Lang::En, Lang::Ar),
            mode,
        );
        let fonts = common::fonts_for(&prepared.document);
        let plan = prepared.plan(&fonts).expect("plan");
        let columns: Vec<Column> = plan
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|item| match item {
                Item::Text(t) => Some(t.column),
                _ => None,
            })
            .collect();
        assert!(columns.iter().all(|c| *c == shown), "{mode:?}");
        let path = write_pdf(
            &format!("mode-{lang}"),
            &prepared.render(&fonts).expect("pdf"),
        );
        let (_, info) = run("pdfinfo", &[path.to_str().expect("path")]);
        let title = &prepared.document.title[usize::from(shown == Column::B)];
        assert!(
            info.contains(&format!("Title:           {title}\n")),
            "{info}"
        );
        assert_qpdf_clean(&path);
    }
}
