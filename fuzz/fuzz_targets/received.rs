//! Fuzz target `received`: any bytes through what reads a file opened as a request received:
//! the PDF worker's reader of the request a PDF carries (`tandem_pdf::extract::request_json`),
//! then the core's check of that data (`embedded::read`), and the reader of a stored request
//! received (`received::read`). None may panic; data found is never larger than an import reads,
//! and a request accepted is stored and read back the same.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem_core::registry::TEMPLATE_IDS;
use tandem_core::{embedded, received};

fuzz_target!(|bytes: &[u8]| {
    let data = tandem_pdf::extract::request_json(bytes).unwrap_or_else(|_| bytes.to_vec());
    assert!(data.len() <= tandem_core::draft::MAX_BYTES.max(bytes.len()));
    if let Ok(read) = embedded::read(&data, TEMPLATE_IDS) {
        let kept = received::Received::from_pdf(read, "2026-12-06T13:00:00Z");
        let again = received::read(kept.write().as_bytes(), TEMPLATE_IDS).unwrap();
        assert_eq!(again, kept);
    }
    let _ = received::read(bytes, TEMPLATE_IDS);
});
