//! Property tests: the reader of the request a PDF carries as data (`extract::request_json`,
//! which the PDF worker runs on any file the user opens as a request received) never panics,
//! on any bytes, on bytes that begin as a PDF, and on a Tandem-like PDF with bytes changed
//! anywhere; whatever it gives back is at most the size an import reads. `fuzz/` keeps going.

use proptest::collection::vec;
use proptest::prelude::*;
use tandem_core::draft::MAX_BYTES;
use tandem_pdf::extract::request_json;

/// A PDF laid out as Tandem writes one, its request deflated.
fn tandem_like() -> Vec<u8> {
    let json = br#"{"format":1,"template":"art29-preservation"}"#;
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, 9);
    let mut pdf = b"%PDF-1.7\n%\x80\x80\x80\x80\n\n1 0 obj\n<<\n  /Type /Catalog\n  /Names <<\n    /EmbeddedFiles <<\n      /Names [(request.json) 3 0 R]\n    >>\n  >>\n>>\nendobj\n\n".to_vec();
    pdf.extend_from_slice(
        format!(
            "2 0 obj\n<<\n  /Type /EmbeddedFile\n  /Length {}\n  /Filter /FlateDecode\n>>\nstream\n",
            packed.len()
        )
        .as_bytes(),
    );
    pdf.extend_from_slice(&packed);
    pdf.extend_from_slice(b"\nendstream\nendobj\n\n3 0 obj\n<<\n  /Type /Filespec\n  /F (request.json)\n  /EF <<\n    /F 2 0 R\n  >>\n>>\nendobj\n\nxref\n0 4\ntrailer\n<<\n  /Size 4\n  /Root 1 0 R\n>>\nstartxref\n0\n%%EOF");
    pdf
}

/// PDF's tokens and delimiters, so that random input reaches past the header.
fn token() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::sample::select(vec![
            "<<",
            ">>",
            "[",
            "]",
            "(",
            ")",
            "\\",
            "<",
            ">",
            "/",
            "#",
            "%",
            " ",
            "\n",
            "\r\n",
            "0",
            "1",
            "2",
            "3",
            "-1",
            "99999999999",
            "1.5",
            "R",
            "obj",
            "endobj",
            "stream",
            "endstream",
            "xref",
            "trailer",
            "/Root",
            "/Names",
            "/EmbeddedFiles",
            "/EF",
            "/F",
            "/UF",
            "/Kids",
            "/Length",
            "/Filter",
            "/FlateDecode",
            "(request.json)",
            "true",
            "null",
        ])
        .prop_map(|t| t.as_bytes().to_vec()),
        vec(any::<u8>(), 0..8),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_bytes_are_read_or_refused(bytes in vec(any::<u8>(), 0..512)) {
        if let Ok(data) = request_json(&bytes) {
            prop_assert!(data.len() <= MAX_BYTES);
        }
    }

    #[test]
    fn any_tokens_after_a_pdf_header_are_read_or_refused(tokens in vec(token(), 0..80)) {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        for t in tokens {
            bytes.extend_from_slice(&t);
            bytes.push(b' ');
        }
        let _ = request_json(&bytes);
    }

    #[test]
    fn a_tandem_pdf_changed_anywhere_is_read_or_refused(
        edits in vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let mut pdf = tandem_like();
        prop_assert!(request_json(&pdf).is_ok());
        for (at, byte) in edits {
            let at = at.index(pdf.len());
            pdf[at] = byte;
        }
        if truncate {
            pdf.truncate(cut.index(pdf.len()));
        }
        let _ = request_json(&pdf);
    }
}
