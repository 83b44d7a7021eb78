//! Reading back the request a Tandem PDF carries as data (`request.json`, attached by
//! [`crate::render`]) from untrusted bytes, without a PDF library: a strict reader of the PDFs
//! Tandem writes (pdf-writer's plain objects, one after another, no object streams, no
//! encryption, the embedded file's stream `/FlateDecode`d or not). What it cannot read, such as
//! a PDF another program made or saved again, is [`ExtractError::NoData`]: the request data is
//! only trusted as Tandem wrote it. It runs in the PDF worker, so the app shell never carries a
//! PDF reader; `tandem extract` reads PDFs with lopdf, and a test checks that both give the same
//! bytes for every fixture. Every step is bounded (file size, object count, nesting, inflated
//! size) and no input panics (`tests/never_panics.rs` of the core runs it, and `fuzz/`).

use std::collections::BTreeMap;

use tandem_core::draft::MAX_BYTES;
use tandem_core::embedded::FILE_NAME;

/// Largest PDF read: a Tandem request with its fonts is a few megabytes.
pub const MAX_PDF_BYTES: usize = 64 * 1024 * 1024;

/// Most objects read (a long request with every script's fonts has a few hundred).
const MAX_OBJECTS: usize = 100_000;

/// Deepest nesting of arrays and dictionaries read, and of name trees followed.
const MAX_DEPTH: usize = 16;

/// Why no request could be read from a file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("the file is larger than {MAX_PDF_BYTES} bytes")]
    TooLarge,
    #[error("the file is not a PDF")]
    NotPdf,
    #[error("the PDF carries no request as data (no embedded {FILE_NAME} Tandem can read)")]
    NoData,
    #[error("the embedded {FILE_NAME} is larger than {MAX_BYTES} bytes")]
    DataTooLarge,
    #[error("the embedded {FILE_NAME} is damaged")]
    Damaged,
}

/// Whether bytes begin as a PDF does (`%PDF-`), the first check of [`request_json`].
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// The bytes of the `request.json` a Tandem PDF carries, inflated, at most
/// [`MAX_BYTES`](tandem_core::draft::MAX_BYTES); not yet checked as a request
/// (`tandem_core::embedded::read` does that).
pub fn request_json(pdf: &[u8]) -> Result<Vec<u8>, ExtractError> {
    if pdf.len() > MAX_PDF_BYTES {
        return Err(ExtractError::TooLarge);
    }
    if !is_pdf(pdf) {
        return Err(ExtractError::NotPdf);
    }
    let file = File::read(pdf).ok_or(ExtractError::NoData)?;
    let (dict, data) = file.request_stream().ok_or(ExtractError::NoData)?;
    decode(dict, data)
}

/// A PDF object as far as this reader needs it.
#[derive(Clone, Debug, PartialEq)]
enum Obj {
    Null,
    Bool(bool),
    Int(i64),
    /// A number with a fraction: never needed here, so not read (no float parser in the worker).
    Real,
    Str(Vec<u8>),
    Name(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32, u16),
}

type Dict = Vec<(Vec<u8>, Obj)>;

fn get<'a>(dict: &'a Dict, key: &[u8]) -> Option<&'a Obj> {
    dict.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The objects of a file: each numbered object's value and, for a stream, its bytes.
struct File<'a> {
    objects: BTreeMap<u32, (Obj, Option<&'a [u8]>)>,
    trailer: Dict,
}

impl<'a> File<'a> {
    /// Reads the objects one after another from the header to the cross-reference table, then
    /// the trailer. `None` for anything else than Tandem's own layout.
    fn read(pdf: &'a [u8]) -> Option<File<'a>> {
        let mut lex = Lexer { bytes: pdf, at: 0 };
        lex.skip_space();
        let mut objects = BTreeMap::new();
        loop {
            if lex.keyword(b"xref") {
                break;
            }
            if objects.len() >= MAX_OBJECTS {
                return None;
            }
            let number = lex.integer()?;
            let generation = lex.integer()?;
            if !lex.keyword(b"obj") {
                return None;
            }
            let (number, _) = (u32::try_from(number).ok()?, u16::try_from(generation).ok()?);
            let value = lex.object(0)?;
            let mut data = None;
            if lex.token() == b"stream" {
                lex.at += b"stream".len();
                let Obj::Dict(dict) = &value else {
                    return None;
                };
                let Some(Obj::Int(length)) = get(dict, b"Length") else {
                    return None;
                };
                let length = usize::try_from(*length)
                    .ok()
                    .filter(|l| *l <= MAX_PDF_BYTES)?;
                // `stream` is followed by CRLF or LF, then the bytes.
                if lex.rest().starts_with(b"\r\n") {
                    lex.at += 2;
                } else if lex.rest().starts_with(b"\n") {
                    lex.at += 1;
                } else {
                    return None;
                }
                let end = lex.at.checked_add(length)?;
                data = Some(pdf.get(lex.at..end)?);
                lex.at = end;
                lex.skip_space();
                if !lex.keyword(b"endstream") {
                    return None;
                }
            }
            if !lex.keyword(b"endobj") {
                return None;
            }
            objects.insert(number, (value, data));
        }
        // The cross-reference table's lines, then the trailer's dictionary.
        let at = find(lex.rest(), b"trailer")?;
        lex.at += at + b"trailer".len();
        lex.skip_space();
        let Obj::Dict(trailer) = lex.object(0)? else {
            return None;
        };
        Some(File { objects, trailer })
    }

    /// An object, its reference followed (once: Tandem writes no chains of references).
    fn resolve<'b>(&'b self, object: &'b Obj) -> Option<&'b Obj> {
        match object {
            Obj::Ref(number, _) => self.objects.get(number).map(|(value, _)| value),
            other => Some(other),
        }
    }

    fn dict<'b>(&'b self, object: &'b Obj) -> Option<&'b Dict> {
        match self.resolve(object)? {
            Obj::Dict(dict) => Some(dict),
            _ => None,
        }
    }

    /// The stream of `request.json`: the catalog's embedded files, the file specification named
    /// so, its `/EF` entry.
    fn request_stream(&self) -> Option<(&Dict, &'a [u8])> {
        let catalog = self.dict(get(&self.trailer, b"Root")?)?;
        let names = self.dict(get(catalog, b"Names")?)?;
        let spec = self.in_tree(get(names, b"EmbeddedFiles")?, 0)?;
        let ef = self.dict(get(spec, b"EF")?)?;
        let Obj::Ref(number, _) = get(ef, b"UF").or_else(|| get(ef, b"F"))? else {
            return None;
        };
        match self.objects.get(number)? {
            (Obj::Dict(dict), Some(data)) => Some((dict, *data)),
            _ => None,
        }
    }

    /// The file specification named `request.json` in a name tree.
    fn in_tree<'b>(&'b self, node: &'b Obj, depth: usize) -> Option<&'b Dict> {
        if depth > MAX_DEPTH {
            return None;
        }
        let node = self.dict(node)?;
        if let Some(Obj::Array(names)) = get(node, b"Names").and_then(|n| self.resolve(n)) {
            for pair in names.chunks(2) {
                if let [Obj::Str(key), spec] = pair {
                    if key.as_slice() == FILE_NAME.as_bytes() {
                        return self.dict(spec);
                    }
                }
            }
        }
        let Some(Obj::Array(kids)) = get(node, b"Kids").and_then(|k| self.resolve(k)) else {
            return None;
        };
        kids.iter().find_map(|kid| self.in_tree(kid, depth + 1))
    }
}

/// A stream's bytes, inflated when `/FlateDecode`d, never past the size an import reads.
fn decode(dict: &Dict, data: &[u8]) -> Result<Vec<u8>, ExtractError> {
    let filter = match get(dict, b"Filter") {
        None => None,
        Some(Obj::Name(name)) => Some(name.as_slice()),
        Some(Obj::Array(filters)) => match filters.as_slice() {
            [] => None,
            [Obj::Name(name)] => Some(name.as_slice()),
            _ => return Err(ExtractError::Damaged),
        },
        Some(_) => return Err(ExtractError::Damaged),
    };
    match filter {
        None if data.len() <= MAX_BYTES => Ok(data.to_vec()),
        None => Err(ExtractError::DataTooLarge),
        Some(b"FlateDecode") => {
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_BYTES).map_err(|e| {
                match e.status {
                    miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ExtractError::DataTooLarge,
                    _ => ExtractError::Damaged,
                }
            })
        }
        Some(_) => Err(ExtractError::Damaged),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// PDF's tokens, read from `bytes[at..]`.
struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

impl Lexer<'_> {
    fn rest(&self) -> &[u8] {
        self.bytes.get(self.at..).unwrap_or_default()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips white space and comments (the header's `%PDF-1.7` and its binary line too).
    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if is_space(b) {
                self.at += 1;
            } else if b == b'%' {
                while let Some(b) = self.peek() {
                    if b == b'\n' || b == b'\r' {
                        break;
                    }
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    /// A regular token (a number or a keyword) here, not yet consumed.
    fn token(&self) -> &[u8] {
        let rest = self.rest();
        let end = rest
            .iter()
            .position(|&b| is_space(b) || is_delimiter(b))
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// Consumes `word` if it is the token here.
    fn keyword(&mut self, word: &[u8]) -> bool {
        if self.token() == word {
            self.at += word.len();
            self.skip_space();
            true
        } else {
            false
        }
    }

    /// A number: an integer (`-12`), or a real (`1.5`, `.5`, `-3.`) read only as such.
    fn number(&mut self) -> Option<Obj> {
        let token = self.token();
        let digits = token
            .strip_prefix(b"-")
            .or_else(|| token.strip_prefix(b"+"));
        let (negative, digits) = (token.first() == Some(&b'-'), digits.unwrap_or(token));
        let dots = digits.iter().filter(|b| **b == b'.').count();
        if digits.is_empty()
            || digits == b"."
            || dots > 1
            || !digits.iter().all(|b| b.is_ascii_digit() || *b == b'.')
        {
            return None;
        }
        let value = if dots == 1 {
            Obj::Real
        } else if digits.len() > 18 {
            return None;
        } else {
            let n = digits
                .iter()
                .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            Obj::Int(if negative { -n } else { n })
        };
        self.at += token.len();
        self.skip_space();
        Some(value)
    }

    /// A non-negative integer of at most 10 digits (an object or generation number).
    fn integer(&mut self) -> Option<i64> {
        let token = self.token();
        if token.is_empty() || token.len() > 10 || !token.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let n = token.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
        self.at += token.len();
        self.skip_space();
        Some(n)
    }

    /// One object; a number followed by a generation and `R` is a reference.
    fn object(&mut self, depth: usize) -> Option<Obj> {
        if depth > MAX_DEPTH {
            return None;
        }
        let value = match self.peek()? {
            b'/' => {
                self.at += 1;
                Obj::Name(self.name()?)
            }
            b'(' => Obj::Str(self.literal()?),
            b'<' if self.rest().starts_with(b"<<") => {
                self.at += 2;
                self.skip_space();
                let mut dict = Vec::new();
                while !self.rest().starts_with(b">>") {
                    if self.peek()? != b'/' {
                        return None;
                    }
                    self.at += 1;
                    let key = self.name()?;
                    let value = self.object(depth + 1)?;
                    dict.push((key, value));
                }
                self.at += 2;
                Obj::Dict(dict)
            }
            b'<' => Obj::Str(self.hex()?),
            b'[' => {
                self.at += 1;
                self.skip_space();
                let mut items = Vec::new();
                while self.peek()? != b']' {
                    items.push(self.object(depth + 1)?);
                }
                self.at += 1;
                Obj::Array(items)
            }
            _ => {
                if self.keyword(b"true") {
                    return Some(Obj::Bool(true));
                }
                if self.keyword(b"false") {
                    return Some(Obj::Bool(false));
                }
                if self.keyword(b"null") {
                    return Some(Obj::Null);
                }
                let start = self.at;
                if let Some(number) = self.integer() {
                    let after = self.at;
                    if let Some(generation) = self.integer() {
                        if self.keyword(b"R") {
                            return Some(Obj::Ref(
                                u32::try_from(number).ok()?,
                                u16::try_from(generation).ok()?,
                            ));
                        }
                    }
                    self.at = after;
                    self.skip_space();
                    // Read again as a number below, from the start.
                }
                self.at = start;
                return self.number();
            }
        };
        self.skip_space();
        Some(value)
    }

    /// A name after its `/`, `#xx` escapes decoded.
    fn name(&mut self) -> Option<Vec<u8>> {
        let token = self.token().to_vec();
        self.at += token.len();
        self.skip_space();
        let mut out = Vec::with_capacity(token.len());
        let mut bytes = token.into_iter();
        while let Some(b) = bytes.next() {
            if b == b'#' {
                let hi = hex_value(bytes.next()?)?;
                let lo = hex_value(bytes.next()?)?;
                out.push(hi << 4 | lo);
            } else {
                out.push(b);
            }
        }
        Some(out)
    }

    /// A literal string `( … )`, balanced parentheses and escapes.
    fn literal(&mut self) -> Option<Vec<u8>> {
        self.at += 1;
        let mut out = Vec::new();
        let mut open = 1usize;
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'\\' => {
                    let e = self.peek()?;
                    self.at += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut value = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        value = value * 8 + u32::from(d - b'0');
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((value & 0xff) as u8);
                        }
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                b'(' => {
                    open += 1;
                    out.push(b);
                }
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Some(out);
                    }
                    out.push(b);
                }
                other => out.push(other),
            }
        }
    }

    /// A hexadecimal string `< … >`.
    fn hex(&mut self) -> Option<Vec<u8>> {
        self.at += 1;
        let mut digits = Vec::new();
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'>' => break,
                b if is_space(b) => {}
                b => digits.push(hex_value(b)?),
            }
        }
        if digits.len() % 2 == 1 {
            digits.push(0);
        }
        Some(digits.chunks(2).map(|d| d[0] << 4 | d[1]).collect())
    }
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF laid out as Tandem writes one, with `request.json` as given.
    fn tandem_like(stream: &[u8], filter: &str) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n%\x80\x80\x80\x80\n\n".to_vec();
        pdf.extend_from_slice(
            b"1 0 obj\n<<\n  /Type /Catalog\n  /Names <<\n    /EmbeddedFiles <<\n      /Names [(request.json) 3 0 R]\n    >>\n  >>\n  /AF [3 0 R]\n>>\nendobj\n\n",
        );
        pdf.extend_from_slice(
            format!(
                "2 0 obj\n<<\n  /Type /EmbeddedFile\n  /Length {}{filter}\n  /Subtype /application#2Fjson\n>>\nstream\n",
                stream.len()
            )
            .as_bytes(),
        );
        pdf.extend_from_slice(stream);
        pdf.extend_from_slice(b"\nendstream\nendobj\n\n3 0 obj\n<<\n  /Type /Filespec\n  /F (request.json)\n  /UF <FEFF0072>\n  /EF <<\n    /F 2 0 R\n    /UF 2 0 R\n  >>\n  /AFRelationship /Data\n>>\nendobj\n\n");
        pdf.extend_from_slice(b"xref\n0 4\n0000000000 65535 f\r\ntrailer\n<<\n  /Size 4\n  /Root 1 0 R\n>>\nstartxref\n0\n%%EOF");
        pdf
    }

    #[test]
    fn the_request_is_read_plain_or_inflated() {
        let json = br#"{"format":1}"#;
        assert_eq!(request_json(&tandem_like(json, "")).unwrap(), json);
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, 9);
        let pdf = tandem_like(&packed, "\n  /Filter /FlateDecode");
        assert_eq!(request_json(&pdf).unwrap(), json);
    }

    #[test]
    fn each_refusal_is_its_own() {
        assert_eq!(request_json(b"hello"), Err(ExtractError::NotPdf));
        assert_eq!(
            request_json(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\ntrailer\n<< /Root 1 0 R >>"),
            Err(ExtractError::NoData)
        );
        // Any other layout, e.g. an object stream's, is not read.
        assert_eq!(
            request_json(b"%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /Length 2 >>\nstream\nxx\nendstream\nendobj\n"),
            Err(ExtractError::NoData)
        );
        let pdf = tandem_like(b"not zlib", "\n  /Filter /FlateDecode");
        assert_eq!(request_json(&pdf), Err(ExtractError::Damaged));
        let pdf = tandem_like(b"x", "\n  /Filter /LZWDecode");
        assert_eq!(request_json(&pdf), Err(ExtractError::Damaged));
        let big = vec![b' '; MAX_BYTES + 1];
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&big, 9);
        let pdf = tandem_like(&packed, "\n  /Filter /FlateDecode");
        assert_eq!(request_json(&pdf), Err(ExtractError::DataTooLarge));
        assert_eq!(
            request_json(&tandem_like(&big, "")),
            Err(ExtractError::DataTooLarge)
        );
    }

    #[test]
    fn a_stream_whose_length_lies_is_not_read() {
        let mut pdf = tandem_like(b"{}", "");
        let at = find(&pdf, b"/Length 2").unwrap();
        pdf[at + 8] = b'9';
        assert_eq!(request_json(&pdf), Err(ExtractError::NoData));
    }

    #[test]
    fn strings_names_and_references_read_as_pdf_says() {
        let mut lex = Lexer {
            bytes: b"[(a\\(b\\)\\101\\\nc) <48 49> /A#2Fb 12 0 R 12 -3.5 true null] ",
            at: 0,
        };
        assert_eq!(
            lex.object(0),
            Some(Obj::Array(vec![
                Obj::Str(b"a(b)Ac".to_vec()),
                Obj::Str(b"HI".to_vec()),
                Obj::Name(b"A/b".to_vec()),
                Obj::Ref(12, 0),
                Obj::Int(12),
                Obj::Real,
                Obj::Bool(true),
                Obj::Null,
            ]))
        );
        let deep = "[".repeat(MAX_DEPTH + 2);
        let mut lex = Lexer {
            bytes: deep.as_bytes(),
            at: 0,
        };
        assert_eq!(lex.object(0), None);
    }
}
