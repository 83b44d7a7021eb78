//! Helpers shared by the PDF tests: the external checkers (poppler, qpdf), snapshots.

#![allow(dead_code)] // each test file uses its own share of these helpers

use std::path::{Path, PathBuf};
use std::process::Command;

use tandem_core::Document;
use tandem_pdf::{fonts_needed, FontSet, PagePlan};

/// The crate's directory.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root.
pub fn root() -> PathBuf {
    manifest_dir().join("../..")
}

/// The served fonts a document needs, read from `public/fonts/`.
pub fn fonts_for(doc: &Document) -> FontSet {
    let dir = root().join("public/fonts");
    let files = fonts_needed(doc)
        .into_iter()
        .map(|f| {
            (
                f,
                std::fs::read(dir.join(f.file_name())).expect("font file"),
            )
        })
        .collect();
    FontSet::new(files).expect("font set")
}

/// Runs a checking tool and returns whether it succeeded and its output (stdout, then stderr).
/// A missing tool fails the test: `scripts/setup` installs poppler-utils and qpdf.
pub fn run(tool: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} cannot be run ({e}): install poppler-utils and qpdf (scripts/setup)")
    });
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

/// Writes PDF bytes to the temp dir and returns the path.
pub fn write_pdf(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join("tandem-pdf-tests");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).expect("write pdf");
    path
}

/// The text `pdftotext` extracts, UTF-8.
pub fn extract(path: &Path) -> String {
    let p = path.to_str().expect("utf-8 path");
    let (ok, text) = run("pdftotext", &["-enc", "UTF-8", p, "-"]);
    assert!(ok, "pdftotext failed: {text}");
    text
}

/// The text `pdftotext` extracts from the body of each half of the pages (column A, column B,
/// without the footer), so that the two columns' lines are not interleaved and a row split
/// over two pages reads on.
pub fn extract_columns(path: &Path) -> [String; 2] {
    let p = path.to_str().expect("utf-8 path");
    // A4 in points: 595 × 842; the columns meet at the middle.
    ["0", "298"].map(|x| {
        let args = [
            "-enc", "UTF-8", "-x", x, "-y", "0", "-W", "297", "-H", "778", p, "-",
        ];
        let (ok, text) = run("pdftotext", &args);
        assert!(ok, "pdftotext failed: {text}");
        text
    })
}

/// Every font is embedded, subset and has a ToUnicode map (`pdffonts`).
pub fn assert_fonts_embedded_and_subset(path: &Path) {
    let (ok, fonts) = run("pdffonts", &[path.to_str().expect("utf-8 path")]);
    assert!(ok, "pdffonts failed: {fonts}");
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts:\n{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "{row}");
        // name type encoding emb sub uni object ID
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
        assert!(
            cols[0].as_bytes().get(6) == Some(&b'+'),
            "subset tag: {row}"
        );
    }
}

/// `qpdf --check` finds no error and no warning.
pub fn assert_qpdf_clean(path: &Path) {
    let (ok, report) = run("qpdf", &["--check", path.to_str().expect("utf-8 path")]);
    assert!(ok && !report.contains("WARNING"), "qpdf --check: {report}");
}

/// Compares a plan's text dump with `tests/snapshots/<name>.txt`; `UPDATE_SNAPSHOTS=1` rewrites
/// the file.
pub fn check_snapshot(name: &str, plan: &PagePlan) {
    let path = manifest_dir().join(format!("tests/snapshots/{name}.txt"));
    let dump = plan.dump();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &dump).expect("write snapshot");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        dump, expected,
        "snapshot {name} differs (UPDATE_SNAPSHOTS=1 rewrites it)"
    );
}
