//! Tandem's native command line: renders a draft file to PDF through the same code path as the
//! browser worker, and reads back the request a PDF carries as data, for tests and batch use.
//!
//! ```text
//! tandem render <draft.json> <out.pdf> [--consultation] [--today YYYY-MM-DD]
//!     [--mode side-by-side|target-only|single] [--fonts DIR] [--pack <pack.json>]
//! tandem extract <request.pdf> <out.json>
//! tandem bench-render <draft.json> [--runs N] [--fonts DIR]
//! tandem bench-kdf [--runs N]
//! tandem template build <template.toml> -o <out.json>
//! tandem template site <templates dir> -o <out dir>
//! tandem pack <dir> -o <out.json>
//! ```

mod args;
mod bench;
mod extract;
mod pack;
mod template;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tandem_core::Catalog;
use tandem_pdf::request::{prepare, prepare_with, ExportRequest, IssueKind, Prepared};
use tandem_pdf::{CjkIndex, FontFile, FontSet, Mode};

const USAGE: &str = "usage: tandem render <draft.json> <out.pdf> [--consultation] \
     [--today YYYY-MM-DD] [--mode side-by-side|target-only|single] [--fonts DIR] \
     [--pack <pack.json>]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tandem: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("render") => render(args.collect()),
        Some("extract") => extract::run(args.collect()),
        Some("bench-render") => bench::run(args.collect()),
        Some("bench-kdf") => bench::kdf(args.collect()),
        Some("template") => template::run(args.collect()),
        Some("pack") => pack::run(args.collect()),
        _ => Err(format!(
            "{USAGE}\n{}\n{}\n{}",
            extract::USAGE,
            template::USAGE,
            pack::USAGE
        )),
    }
}

fn render(args: Vec<String>) -> Result<(), String> {
    let mut positional = Vec::new();
    let mut issue = IssueKind::Final;
    let mut today = chrono::Local::now().date_naive();
    let mut fonts_dir = default_fonts_dir();
    let mut mode = Mode::SideBySide;
    let mut pack_file = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--consultation" => issue = IssueKind::Consultation,
            "--today" => {
                let value = args.next().ok_or(USAGE)?;
                today = tandem_core::format::parse_date(&value)
                    .ok_or_else(|| format!("--today {value}: not a date YYYY-MM-DD"))?;
            }
            "--mode" => {
                // The same names as the worker's request.
                let value = args.next().ok_or(USAGE)?;
                mode = Mode::from_name(&value).ok_or_else(|| format!("--mode {value}: {USAGE}"))?;
            }
            "--fonts" => fonts_dir = PathBuf::from(args.next().ok_or(USAGE)?),
            "--pack" => pack_file = Some(args.next().ok_or(USAGE)?),
            _ if arg.starts_with("--") => return Err(USAGE.to_string()),
            _ => positional.push(arg),
        }
    }
    let [input, output] = <[String; 2]>::try_from(positional).map_err(|_| USAGE.to_string())?;
    let json = std::fs::read_to_string(&input).map_err(|e| format!("{input}: {e}"))?;
    let draft = tandem_core::import::parse(json.as_bytes()).map_err(|e| format!("{input}: {e}"))?;
    let request = ExportRequest {
        draft,
        issue,
        today,
        mode,
    };
    let prepared = match pack_file {
        Some(file) => prepare_pack(&request, &pack::read(&file)?)?,
        None => prepare_embedded(&request)?,
    };
    let fonts = FontSet::new(read_fonts(&prepared, &fonts_dir)?).map_err(|e| e.to_string())?;
    let uncovered = prepared.uncovered(&fonts);
    if !uncovered.is_empty() {
        let chars: Vec<String> = uncovered
            .iter()
            // Control characters are named, never written to the terminal.
            .map(|c| {
                if c.is_control() {
                    format!("U+{:04X}", *c as u32)
                } else {
                    format!("U+{:04X} {c}", *c as u32)
                }
            })
            .collect();
        eprintln!(
            "tandem: warning: no font covers {}; printed as code points",
            chars.join(", ")
        );
    }
    let bytes = prepared.render(&fonts).map_err(|e| e.to_string())?;
    std::fs::write(&output, bytes).map_err(|e| format!("{output}: {e}"))
}

/// Prepares a request with the locales embedded in this binary (the browser fetches them).
fn prepare_embedded(request: &ExportRequest) -> Result<Prepared, String> {
    let catalog = Catalog::new(&request.draft.langs, false).map_err(|e| e.to_string())?;
    prepare(request, catalog).map_err(|e| e.to_string())
}

/// Prepares a request made with a template pack: the app's messages embedded in this binary,
/// and the pack's template and messages (both document languages must be the pack's).
fn prepare_pack(
    request: &ExportRequest,
    pack: &tandem_core::pack::Pack,
) -> Result<Prepared, String> {
    if request.draft.template != pack.id {
        return Err(format!(
            "the draft is a {:?} request, the pack is {:?}",
            request.draft.template, pack.id
        ));
    }
    let mut catalog = Catalog::new(&request.draft.langs, false).map_err(|e| e.to_string())?;
    for lang in request.draft.langs {
        let Some(messages) = pack.messages.get(&lang) else {
            return Err(format!(
                "the pack {:?} is not written in {}",
                pack.id,
                lang.code()
            ));
        };
        catalog
            .add_template(lang, &pack.id, messages)
            .map_err(|e| e.to_string())?;
    }
    prepare_with(request, &pack.template, catalog).map_err(|e| e.to_string())
}

/// Reads the font files a prepared document needs from `fonts_dir`.
fn read_fonts(prepared: &Prepared, fonts_dir: &Path) -> Result<Vec<(FontFile, Vec<u8>)>, String> {
    let mut fonts = Vec::new();
    let index = match prepared.cjk_face() {
        Some(face) => {
            let path = fonts_dir.join(face.index_name());
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            Some(CjkIndex::parse(face, &text).map_err(|e| e.to_string())?)
        }
        None => None,
    };
    for file in prepared.fonts_needed(index.as_ref()) {
        let path = fonts_dir.join(file.file_name());
        fonts.push((
            file,
            std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?,
        ));
    }
    Ok(fonts)
}

/// `public/fonts` of the working directory if there is one, else of the source tree.
fn default_fonts_dir() -> PathBuf {
    let local = PathBuf::from("public/fonts");
    if local.is_dir() {
        local
    } else {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/fonts"))
    }
}
