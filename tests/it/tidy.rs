//! House rules: every Rust module starts with a `//!` comment saying what it is for, and no
//! code makes markup from a string.

use crate::{files_below, root};

#[test]
fn every_module_starts_with_a_doc_comment() {
    let mut missing = Vec::new();
    for dir in ["app", "tests/it"] {
        let dir = root().join(dir);
        for file in files_below(&dir) {
            if !file.ends_with(".rs") || file.contains("/target/") {
                continue;
            }
            let source = std::fs::read_to_string(dir.join(&file)).unwrap();
            if !source.trim_start().starts_with("//!") {
                missing.push(file);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "modules without a //! comment: {missing:?}"
    );
}

/// House rule: no markup is ever made from a string (the page's Trusted Types policy refuses it
/// at run time too; this finds it before a test has to walk the path).
#[test]
fn no_code_makes_markup_from_strings() {
    const SINKS: &[&str] = &[
        ".innerHTML",
        ".outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "set_inner_html",
        "set_outer_html",
        "inner_html=",
        ".inner_html(",
        "createContextualFragment",
        "srcdoc",
    ];
    let mut found = Vec::new();
    for dir in ["app", "public", "scripts"] {
        let dir = root().join(dir);
        for file in files_below(&dir) {
            let code = [".rs", ".js", ".mjs"].iter().any(|ext| file.ends_with(ext));
            if !code || file.contains("/target/") {
                continue;
            }
            let source = std::fs::read_to_string(dir.join(&file)).unwrap();
            for sink in SINKS.iter().filter(|sink| source.contains(*sink)) {
                found.push(format!("{file}: {sink}"));
            }
        }
    }
    assert!(found.is_empty(), "markup made from strings: {found:?}");
}
