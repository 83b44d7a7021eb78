//! Fuzz target `import`: any bytes through every reader of untrusted drafts (a draft file or
//! stored entry, a backup, a locked draft, the two-tab check). None may panic; whatever opens
//! as a draft is validated, and reads again once written (numbers may be rewritten longer,
//! `1e5` as `100000.0`, so only when that still fits the size limit).

#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use tandem_core::{backup, envelope, import, registry, revision, validate, Opened};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(Opened::Draft(draft)) = import::open(bytes) {
        if let Ok(template) = registry::template(&draft.template) {
            validate(&template, &draft);
        }
        let json = draft.to_json();
        if json.len() <= tandem_core::draft::MAX_BYTES {
            assert!(import::parse(json.as_bytes()).is_ok(), "{json}");
        }
    }
    let text = String::from_utf8_lossy(bytes);
    let stored = BTreeMap::from([("d1".to_string(), text.to_string())]);
    let _ = backup::import(bytes, &stored, registry::TEMPLATE_IDS);
    let _ = revision::check_revision(Some(&text), 0);
    let _ = envelope::Envelope::parse(&text);
});
