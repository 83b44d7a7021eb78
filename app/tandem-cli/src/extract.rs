//! `tandem extract <request.pdf> <out.json>`: the request a Tandem PDF carries as data
//! (`request.json`, its embedded file), read from an untrusted PDF and checked as an import
//! checks a draft file (`tandem_core::embedded::read`: size, nesting, format, template known,
//! text only, the printed fingerprint against the answers) before it is written.

use lopdf::{Dictionary, Object};
use tandem_core::embedded::{self, FILE_NAME};
use tandem_core::registry::TEMPLATE_IDS;

pub const USAGE: &str = "usage: tandem extract <request.pdf> <out.json>";

/// Largest PDF read: a Tandem request with its fonts is a few megabytes.
pub const MAX_PDF_BYTES: u64 = 64 * 1024 * 1024;

/// Deepest name tree followed (`/Kids` of `/Kids`…).
const MAX_TREE_DEPTH: usize = 8;

pub fn run(args: Vec<String>) -> Result<(), String> {
    let [input, output] = <[String; 2]>::try_from(args).map_err(|_| USAGE.to_string())?;
    let size = std::fs::metadata(&input)
        .map_err(|e| format!("{input}: {e}"))?
        .len();
    if size > MAX_PDF_BYTES {
        return Err(format!(
            "{input}: the file is larger than {MAX_PDF_BYTES} bytes"
        ));
    }
    let pdf = std::fs::read(&input).map_err(|e| format!("{input}: {e}"))?;
    let data = embedded_request(&pdf).map_err(|e| format!("{input}: {e}"))?;
    embedded::read(&data, TEMPLATE_IDS).map_err(|e| format!("{input}: {e}"))?;
    std::fs::write(&output, data).map_err(|e| format!("{output}: {e}"))
}

/// The bytes of the PDF's `request.json`. The PDF parser runs behind `catch_unwind`: a parser
/// fault on hostile bytes is a refusal, never a crash.
fn embedded_request(pdf: &[u8]) -> Result<Vec<u8>, String> {
    let found = std::panic::catch_unwind(|| {
        let doc = lopdf::Document::load_mem(pdf).map_err(|_| "not a readable PDF".to_string())?;
        let stream = find(&doc).ok_or_else(|| {
            format!("the PDF carries no request as data (no embedded {FILE_NAME})")
        })?;
        decode(&stream.dict, &stream.content)
    });
    found.unwrap_or_else(|_| Err("not a readable PDF".to_string()))
}

/// The embedded file stream named `request.json`: in the catalog's embedded files, else among
/// its associated files (`/AF`).
fn find(doc: &lopdf::Document) -> Option<lopdf::Stream> {
    let catalog = doc.catalog().ok()?;
    let from_names = catalog
        .get(b"Names")
        .ok()
        .and_then(|names| resolve(doc, names)?.as_dict().ok())
        .and_then(|names| names.get(b"EmbeddedFiles").ok())
        .and_then(|tree| in_tree(doc, tree, 0));
    let spec = from_names.or_else(|| {
        let af = resolve(doc, catalog.get(b"AF").ok()?)?.as_array().ok()?;
        af.iter()
            .filter_map(|spec| resolve(doc, spec)?.as_dict().ok())
            .find(|spec| names_file(spec))
            .cloned()
    })?;
    let ef = resolve(doc, spec.get(b"EF").ok()?)?.as_dict().ok()?;
    let file = ef.get(b"UF").or_else(|_| ef.get(b"F")).ok()?;
    resolve(doc, file)?.as_stream().ok().cloned()
}

/// The file specification named `request.json` in a name tree.
fn in_tree(doc: &lopdf::Document, node: &Object, depth: usize) -> Option<Dictionary> {
    if depth > MAX_TREE_DEPTH {
        return None;
    }
    let node = resolve(doc, node)?.as_dict().ok()?;
    if let Ok(names) = node.get(b"Names").and_then(Object::as_array) {
        for pair in names.chunks(2) {
            if let [Object::String(key, _), spec] = pair {
                if key.as_slice() == FILE_NAME.as_bytes() {
                    return resolve(doc, spec)?.as_dict().ok().cloned();
                }
            }
        }
    }
    let kids = node.get(b"Kids").and_then(Object::as_array).ok()?;
    kids.iter().find_map(|kid| in_tree(doc, kid, depth + 1))
}

/// Whether a file specification names `request.json`.
fn names_file(spec: &Dictionary) -> bool {
    [b"UF".as_slice(), b"F"].iter().any(|key| {
        matches!(spec.get(key), Ok(Object::String(name, _)) if name.as_slice() == FILE_NAME.as_bytes())
    })
}

/// An object, its reference followed (one step: a file specification is never a chain).
fn resolve<'a>(doc: &'a lopdf::Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// A stream's content, inflated when compressed, never past the size an import reads.
fn decode(dict: &Dictionary, content: &[u8]) -> Result<Vec<u8>, String> {
    let limit = tandem_core::draft::MAX_BYTES;
    let filter = match dict.get(b"Filter") {
        Err(_) => None,
        Ok(Object::Name(name)) => Some(name.as_slice()),
        Ok(Object::Array(filters)) => match filters.as_slice() {
            [] => None,
            [Object::Name(name)] => Some(name.as_slice()),
            _ => {
                return Err(format!(
                    "{FILE_NAME} is encoded in a way Tandem does not read"
                ))
            }
        },
        Ok(_) => {
            return Err(format!(
                "{FILE_NAME} is encoded in a way Tandem does not read"
            ))
        }
    };
    match filter {
        None if content.len() <= limit => Ok(content.to_vec()),
        Some(b"FlateDecode") => {
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(content, limit).map_err(|e| {
                match e.status {
                    miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                        format!("{FILE_NAME} is larger than {limit} bytes")
                    }
                    _ => format!("{FILE_NAME} is not readable"),
                }
            })
        }
        None => Err(format!("{FILE_NAME} is larger than {limit} bytes")),
        Some(_) => Err(format!(
            "{FILE_NAME} is encoded in a way Tandem does not read"
        )),
    }
}
