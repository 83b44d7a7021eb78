//! `tandem pack` and `tandem render --pack`: the worked example and a built-in template copied
//! under a new id become packs the browser accepts and drafts of them render in each of their
//! languages; a folder the browser would refuse is not written.

use std::path::{Path, PathBuf};
use std::process::Command;

use tandem_core::pack;
use tandem_core::Lang;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tandem(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .output()
        .expect("the tandem binary runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tandem-pack-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ok(run: &std::process::Output) {
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

fn build(dir: &Path, out: &Path) -> std::process::Output {
    tandem(&["pack", dir.to_str().unwrap(), "-o", out.to_str().unwrap()])
}

/// The text of a PDF, as pdftotext reads it (both columns, left to right).
fn pdf_text(pdf: &Path) -> String {
    let run = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs");
    assert!(run.status.success());
    String::from_utf8(run.stdout).unwrap()
}

fn render(pack: &Path, draft: &Path, out: &Path) -> std::process::Output {
    tandem(&[
        "render",
        "--pack",
        pack.to_str().unwrap(),
        "--today",
        "2026-12-06",
        draft.to_str().unwrap(),
        out.to_str().unwrap(),
    ])
}

/// A draft file with its document languages swapped.
fn swapped(draft: &Path, dir: &Path) -> PathBuf {
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(draft).unwrap()).unwrap();
    let langs = value["langs"].as_array_mut().unwrap();
    langs.reverse();
    let path = dir.join("swapped.json");
    std::fs::write(&path, value.to_string()).unwrap();
    path
}

#[test]
fn the_worked_example_builds_and_renders_in_both_its_languages() {
    let dir = scratch("example");
    let example = root().join("templates/examples/example-subscriber");
    let out = dir.join("example-subscriber.json");
    ok(&build(&example, &out));
    let pack = pack::check(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(pack.id, "example-subscriber");
    assert_eq!(pack.languages, [Lang::En, Lang::Fr]);
    assert_eq!(pack.date, "2026-12-06");

    let draft = example.join("draft.json");
    for (draft, first) in [
        (draft.clone(), "Request for subscriber"),
        (swapped(&draft, &dir), "Demande d'informations"),
    ] {
        let pdf = dir.join("example.pdf");
        ok(&render(&out, &draft, &pdf));
        let text = pdf_text(&pdf);
        assert!(text.trim_start().starts_with(first), "{text}");
        // Both columns: each language's label of section 6 and the answer in each.
        for expected in [
            "Summary of the facts and relevance of the data",
            "Résumé des faits et pertinence des données",
            "Code of Criminal",
            "code de procédure pénale",
        ] {
            assert!(text.contains(expected), "{expected} missing in\n{text}");
        }
    }
}

#[test]
fn a_language_the_pack_lacks_is_refused() {
    let dir = scratch("lacks");
    let example = root().join("templates/examples/example-subscriber");
    let out = dir.join("example-subscriber.json");
    ok(&build(&example, &out));
    let source = std::fs::read_to_string(example.join("draft.json")).unwrap();
    let draft = dir.join("de.json");
    std::fs::write(
        &draft,
        source.replace("[\"en\", \"fr\"]", "[\"en\", \"de\"]"),
    )
    .unwrap();
    let run = render(&out, &draft, &dir.join("de.pdf"));
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("not written in de"));
    assert!(!dir.join("de.pdf").exists());
}

/// What the issue asks to work: a built-in template and its messages copied under a new id.
#[test]
fn a_built_in_template_copied_under_a_new_id_is_a_pack() {
    let dir = scratch("copy");
    let folder = dir.join("xa-preservation");
    std::fs::create_dir_all(folder.join("locales")).unwrap();
    let rename = |text: &str| text.replace("provider-preservation", "xa-preservation");
    let template =
        std::fs::read_to_string(root().join("templates/provider-preservation.toml")).unwrap();
    std::fs::write(folder.join("xa-preservation.toml"), rename(&template)).unwrap();
    for lang in ["en", "de"] {
        let locale = root().join("locales").join(lang);
        let messages =
            std::fs::read_to_string(locale.join("templates/provider-preservation.ftl")).unwrap();
        // The title lives in the app's list of request types; a pack holds its own.
        let title = std::fs::read_to_string(locale.join("requests.ftl"))
            .unwrap()
            .lines()
            .find(|l| l.starts_with("provider-preservation-title ="))
            .unwrap()
            .to_string();
        std::fs::write(
            folder.join("locales").join(format!("{lang}.ftl")),
            rename(&format!("{title}\n{messages}")),
        )
        .unwrap();
    }
    std::fs::write(
        folder.join("pack.toml"),
        "id = \"xa-preservation\"\nversion = 3\nissuer = \"Test authority\"\n\
         source = \"copied from provider-preservation\"\ndate = \"2026-12-06\"\n\
         languages = [\"de\", \"en\"]\n",
    )
    .unwrap();
    let out = dir.join("xa-preservation.json");
    ok(&build(&folder, &out));
    let pack = pack::check(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(pack.version, 3);
    assert_eq!(pack.languages, [Lang::De, Lang::En]);

    let fixture = std::fs::read_to_string(
        root().join("tests/fixtures/drafts/provider-preservation/complete.json"),
    )
    .unwrap();
    let mut draft: serde_json::Value = serde_json::from_str(&rename(&fixture)).unwrap();
    draft["langs"] = serde_json::json!(["en", "de"]);
    let draft_file = dir.join("draft.json");
    std::fs::write(&draft_file, draft.to_string()).unwrap();
    let pdf = dir.join("copy.pdf");
    ok(&render(&out, &draft_file, &pdf));
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Request to a service provider for the"),
        "{text}"
    );
    assert!(
        text.contains("Ersuchen an einen Diensteanbieter um"),
        "{text}"
    );
}

#[test]
fn a_folder_the_browser_would_refuse_is_not_written() {
    let dir = scratch("refused");
    let example = root().join("templates/examples/example-subscriber");
    let folder = dir.join("bad");
    std::fs::create_dir_all(folder.join("locales")).unwrap();
    for file in ["pack.toml", "example-subscriber.toml", "locales/en.ftl"] {
        std::fs::copy(example.join(file), folder.join(file)).unwrap();
    }
    let fr = std::fs::read_to_string(example.join("locales/fr.ftl")).unwrap();
    std::fs::write(
        folder.join("locales/fr.ftl"),
        fr.replace("= Date\n", "= <b>Date</b>\n"),
    )
    .unwrap();
    let out = dir.join("bad.json");
    let run = build(&folder, &out);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("markup"));
    assert!(!out.exists());
}
