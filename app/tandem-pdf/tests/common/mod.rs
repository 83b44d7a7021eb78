//! Helpers shared by the PDF tests: the external checkers (poppler, qpdf), snapshots.

#![allow(dead_code)] // each test file uses its own share of these helpers

use std::path::{Path, PathBuf};
use std::process::Command;

use tandem_core::Document;
use tandem_pdf::{cjk_face, fonts_needed, CjkIndex, FontSet, PagePlan};

/// The crate's directory.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root.
pub fn root() -> PathBuf {
    manifest_dir().join("../..")
}

/// The served fonts a document needs, read from `public/fonts/` (CJK slices by their index).
pub fn fonts_for(doc: &Document) -> FontSet {
    let dir = root().join("public/fonts");
    let mut needed = fonts_needed(doc);
    if let Some(face) = cjk_face(doc) {
        let index = std::fs::read_to_string(dir.join(face.index_name())).expect("cjk index");
        let index = CjkIndex::parse(face, &index).expect("cjk index");
        needed.extend(index.slices_needed(doc));
    }
    let files = needed
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

/// A pixel differs when its grey level moves by more than this (anti-aliasing noise moves it
/// less).
const PIXEL_TOLERANCE: u8 = 64;
/// How many differing pixels a page may have: a line moved by a fraction of its height or a
/// missing short word changes far more at 50 dpi.
const PIXELS_ALLOWED: usize = 12;

fn decode_grey(path: &Path) -> (u32, u32, Vec<u8>) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let decoder = png::Decoder::new(std::io::BufReader::new(file));
    let mut reader = decoder.read_info().expect("png header");
    let mut pixels = vec![0; reader.output_buffer_size().expect("png size")];
    let info = reader.next_frame(&mut pixels).expect("png data");
    assert_eq!(info.bit_depth, png::BitDepth::Eight, "{path:?}");
    pixels.truncate(info.buffer_size());
    // pdftoppm writes grey pages as RGB with three equal channels.
    let channels = info.color_type.samples();
    let grey = pixels.iter().step_by(channels).copied().collect();
    (info.width, info.height, grey)
}

/// Renders the first page of a PDF at 50 dpi in grey and compares it with the reviewed image
/// `<dir>/<name>.png` (`UPDATE_REFERENCES=1` rewrites it: look at the new page first).
pub fn check_reference_image(pdf: &Path, dir: &Path, name: &str) {
    let out = pdf.with_extension("");
    let args = [
        "-r",
        "50",
        "-gray",
        "-png",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
    ];
    let (pdf, out) = (pdf.to_str().expect("path"), out.to_str().expect("path"));
    let (ok, report) = run("pdftoppm", &[&args[..], &[pdf, out]].concat());
    assert!(ok, "pdftoppm: {report}");
    let rendered = Path::new(out).with_extension("png");
    let reference = dir.join(format!("{name}.png"));
    if std::env::var_os("UPDATE_REFERENCES").is_some() {
        std::fs::create_dir_all(dir).expect("reference dir");
        std::fs::copy(&rendered, &reference).expect("write reference");
    }
    let (w, h, now) = decode_grey(&rendered);
    let (rw, rh, then) = decode_grey(&reference);
    assert_eq!((w, h), (rw, rh), "{name}: page size");
    let differing = now
        .iter()
        .zip(&then)
        .filter(|(p, q)| p.abs_diff(**q) > PIXEL_TOLERANCE)
        .count();
    assert!(
        differing <= PIXELS_ALLOWED,
        "{name}: {differing} pixels differ from {reference:?} (look at {rendered:?}; \
         UPDATE_REFERENCES=1 rewrites the reference once the new page is reviewed)"
    );
}
