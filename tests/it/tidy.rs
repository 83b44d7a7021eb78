//! House rules: every Rust module starts with a `//!` comment saying what it is for.

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
