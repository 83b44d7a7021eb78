//! `tandem extract`: a PDF made by `tandem render` gives back exactly the answers it prints, its
//! template and its languages; a hostile PDF is refused with its own message, never a crash.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value as Json;
use tandem_core::document::is_printed;
use tandem_core::template::item_path;
use tandem_core::{import, registry};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tandem(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .output()
        .expect("the tandem binary runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tandem-extract-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ok(run: &Output, what: &str) {
    assert!(
        run.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// Renders a draft file to `dir/name.pdf`.
fn render(draft: &Path, dir: &Path, name: &str) -> PathBuf {
    let pdf = dir.join(format!("{name}.pdf"));
    let run = tandem(&[
        "render",
        draft.to_str().unwrap(),
        pdf.to_str().unwrap(),
        "--today",
        "2026-12-06",
    ]);
    ok(&run, &format!("render {}", draft.display()));
    pdf
}

/// Runs `tandem extract` on `pdf`; the JSON written, or the error printed.
fn extract(pdf: &Path) -> Result<Json, String> {
    let out = pdf.with_extension("json");
    let _ = std::fs::remove_file(&out);
    let run = tandem(&["extract", pdf.to_str().unwrap(), out.to_str().unwrap()]);
    // Exit code 1 is a refusal; a panic would be 101.
    assert!(
        matches!(run.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    if run.status.success() {
        Ok(serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap())
    } else {
        assert!(!out.exists(), "a refused PDF writes nothing");
        Err(String::from_utf8_lossy(&run.stderr).into_owned())
    }
}

fn complete_fixtures() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in std::fs::read_dir(root().join("tests/fixtures/drafts")).unwrap() {
        let file = dir.unwrap().path().join("complete.json");
        if file.is_file() {
            found.push(file);
        }
    }
    found.sort();
    assert!(found.len() >= 6, "the complete fixtures: {found:?}");
    found
}

#[test]
fn every_complete_fixture_gives_back_its_printed_answers_template_and_languages() {
    let dir = scratch("fixtures");
    for (n, fixture) in complete_fixtures().iter().enumerate() {
        let draft = import::parse(&std::fs::read(fixture).unwrap()).unwrap();
        let template = registry::template(&draft.template).unwrap();
        let pdf = render(fixture, &dir, &n.to_string());
        let data = extract(&pdf).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
        // The browser's reader (the PDF worker's strict one, no PDF library) finds the same
        // bytes as `tandem extract` (lopdf).
        let written = std::fs::read(pdf.with_extension("json")).unwrap();
        let strict = tandem_pdf::extract::request_json(&std::fs::read(&pdf).unwrap());
        assert_eq!(strict.as_ref(), Ok(&written), "{}", fixture.display());
        assert_eq!(data["template"], Json::from(draft.template.as_str()));
        // The version of the template the document was printed from.
        assert_eq!(data["template_version"], Json::from(template.version));
        let langs = draft.langs.map(|l| Json::from(l.code()));
        assert_eq!(data["langs"], Json::Array(langs.to_vec()));
        assert_eq!(data["layout"], Json::from("side-by-side"));
        // Exactly the answers of the items the document prints, as the draft holds them.
        let printed: Vec<String> = template
            .sections
            .iter()
            .flat_map(|s| s.items.iter().map(move |i| (s, i)))
            .filter(|(_, item)| is_printed(&draft, item))
            .map(|(section, item)| item_path(section, item))
            .collect();
        let expected: BTreeMap<String, Json> = draft
            .answers
            .iter()
            .filter(|(key, _)| {
                printed.iter().any(|p| {
                    *key == p
                        || key.starts_with(&format!("{p}."))
                        || key.starts_with(&format!("{p}#"))
                })
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let answers: BTreeMap<String, Json> =
            serde_json::from_value(data["answers"].clone()).unwrap();
        assert_eq!(answers, expected, "{}", fixture.display());
        assert!(!answers.is_empty());
        // A never-printed note of the requester stays out.
        assert!(
            !answers.keys().any(|k| k.starts_with("executed.")),
            "{}",
            fixture.display()
        );
        // The file says what the fingerprint is over.
        assert!(data["fingerprint_over"]
            .as_str()
            .unwrap()
            .contains("SHA-256"));
    }
}

#[test]
fn the_art29_fixture_has_a_never_printed_note_to_leave_out() {
    // Guards the check above: the fixture does hold an answer the document never prints.
    let fixture = root().join("tests/fixtures/drafts/art29-preservation/complete.json");
    let draft = import::parse(&std::fs::read(fixture).unwrap()).unwrap();
    assert!(draft.answers.keys().any(|k| k.starts_with("executed.")));
}

#[test]
fn qpdf_finds_the_pdf_clean_and_poppler_lists_the_request() {
    let dir = scratch("tools");
    let fixture = root().join("tests/fixtures/drafts/art31-subscriber/complete.json");
    let pdf = render(&fixture, &dir, "request");
    let pdf = pdf.to_str().unwrap();
    match Command::new("qpdf").args(["--check", pdf]).output() {
        Ok(run) => {
            let out = String::from_utf8_lossy(&run.stdout);
            assert!(run.status.success(), "qpdf --check: {out}");
            assert!(out.contains("No syntax or stream encoding errors"), "{out}");
        }
        Err(_) => eprintln!("qpdf not installed: not checked"),
    }
    match Command::new("pdfdetach").args(["-list", pdf]).output() {
        Ok(run) => {
            let out = String::from_utf8_lossy(&run.stdout);
            assert!(out.contains("1 embedded files"), "{out}");
            assert!(out.contains("1: request.json"), "{out}");
        }
        Err(_) => eprintln!("pdfdetach not installed: not checked"),
    }
}

/// A rendered PDF whose embedded request is replaced by `json`.
fn with_request(pdf: &Path, json: &[u8], name: &str) -> PathBuf {
    let mut doc = lopdf::Document::load(pdf).unwrap();
    let mut replaced = 0;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            if matches!(stream.dict.get(b"Type"), Ok(lopdf::Object::Name(n)) if n == b"EmbeddedFile")
            {
                stream.set_plain_content(json.to_vec());
                replaced += 1;
            }
        }
    }
    assert_eq!(replaced, 1);
    let out = pdf.with_file_name(format!("{name}.pdf"));
    doc.save(&out).unwrap();
    out
}

#[test]
fn a_hostile_pdf_is_refused_with_its_own_message() {
    let dir = scratch("hostile");
    let fixture = root().join("tests/fixtures/drafts/art29-preservation/complete.json");
    let pdf = render(&fixture, &dir, "request");
    let good = extract(&pdf).unwrap();

    // The answers altered after printing: the printed fingerprint no longer matches.
    let mut altered = good.clone();
    altered["answers"]["reference.reference"] = Json::from("PR-FORGED");
    let forged = with_request(&pdf, altered.to_string().as_bytes(), "forged");
    let err = extract(&forged).unwrap_err();
    assert!(err.contains("does not match the embedded answers"), "{err}");

    // Markup where text belongs: an answer that is not text.
    let mut marked = good.clone();
    marked["answers"]["reference.reference"] = serde_json::json!({"html": "<script>x</script>"});
    let err = extract(&with_request(&pdf, marked.to_string().as_bytes(), "marked")).unwrap_err();
    assert!(err.contains("is not text"), "{err}");

    // An unknown template.
    let mut unknown = good.clone();
    unknown["template"] = Json::from("no-such-template");
    let err = extract(&with_request(
        &pdf,
        unknown.to_string().as_bytes(),
        "unknown",
    ))
    .unwrap_err();
    assert!(err.contains("unknown template"), "{err}");

    // Nesting past the import's limit.
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let err = extract(&with_request(&pdf, deep.as_bytes(), "deep")).unwrap_err();
    assert!(err.contains("nests deeper"), "{err}");

    // A PDF without the request as data (its name changed, same length, offsets intact).
    let mut bytes = std::fs::read(&pdf).unwrap();
    let (from, to) = (b"request.json", b"requestXjson");
    let mut i = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
        }
        i += 1;
    }
    let plain = dir.join("plain.pdf");
    std::fs::write(&plain, &bytes).unwrap();
    let err = extract(&plain).unwrap_err();
    assert!(err.contains("carries no request as data"), "{err}");
    assert_eq!(
        tandem_pdf::extract::request_json(&bytes),
        Err(tandem_pdf::extract::ExtractError::NoData)
    );

    // Not a PDF at all.
    let text = dir.join("text.pdf");
    std::fs::write(&text, b"<html><body>hello</body></html>").unwrap();
    let err = extract(&text).unwrap_err();
    assert!(err.contains("not a readable PDF"), "{err}");
    assert_eq!(
        tandem_pdf::extract::request_json(b"<html><body>hello</body></html>"),
        Err(tandem_pdf::extract::ExtractError::NotPdf)
    );

    // Oversized: refused before it is read.
    let big = dir.join("big.pdf");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(64 * 1024 * 1024 + 1).unwrap();
    let err = extract(&big).unwrap_err();
    assert!(err.contains("larger than"), "{err}");
}

#[test]
fn a_damaged_pdf_is_refused_or_read_never_a_crash() {
    let dir = scratch("damaged");
    let fixture = root().join("tests/fixtures/drafts/art31-traffic/complete.json");
    let pdf = render(&fixture, &dir, "request");
    let bytes = std::fs::read(&pdf).unwrap();
    let damaged = dir.join("damaged.pdf");
    // Truncations and overwritten bytes at spread-out places, the end (xref, trailer) included.
    let mut seed = 0x2545_f491_u32;
    for n in 0..24 {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let at = if n % 3 == 0 {
            bytes.len() - 1 - (seed as usize % 600).min(bytes.len() - 1)
        } else {
            seed as usize % bytes.len()
        };
        let mut copy = bytes.clone();
        if n % 2 == 0 {
            copy.truncate(at);
        } else {
            for b in copy.iter_mut().skip(at).take(16) {
                *b = b'0' + (seed % 10) as u8;
            }
        }
        std::fs::write(&damaged, &copy).unwrap();
        // `extract` asserts a clean exit (0 or 1), never a panic's; the strict reader too.
        let _ = extract(&damaged);
        let _ = tandem_pdf::extract::request_json(&copy);
    }
}
