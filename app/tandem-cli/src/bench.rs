//! `tandem bench-render`: times the PDF engine natively, so `scripts/bench` can set the browser's
//! time beside it. Each run does what the worker does once its fonts are cached: `prepare`, a font
//! set from bytes already in memory, `render`. Reading the draft and the font files happens once,
//! before the clock starts, as the worker's font fetch is excluded from its timing too.
//!
//! ```text
//! tandem bench-render <draft.json> [--runs N] [--fonts DIR] [--plan FILE] [--request FILE]
//! ```
//!
//! `--request FILE` writes the request the browser's PDF worker gets for the draft (its document,
//! built as the page builds it), which `scripts/bench.mjs` sends the worker.
//!
//! `--plan FILE` also writes the draft's page plan as JSON (every text line with its position,
//! size and weight, every rule, box and fill, in points from the top left corner), from which
//! `scripts/bench.mjs` builds the same document with pdfmake for its peer rows.
//!
//! Prints the summary, then every run's time for tools that pool several invocations:
//!
//! ```text
//! bench-render: N runs after a warm-up: median M ms, min A ms, max B ms (PDF S bytes)
//! times (ms): T1 T2 … TN
//! ```
//!
//! `tandem bench-kdf [--runs N]` times the derivation of a lock key ([`kdf`]).

use std::path::PathBuf;
use std::time::Instant;

use serde_json::json;
use tandem_core::envelope::KdfParams;
use tandem_core::lock::Key;
use tandem_pdf::layout::{Item, PagePlan};
use tandem_pdf::request::{DocumentRequest, ExportRequest, IssueKind};
use tandem_pdf::shape::MM_PER_PT;
use tandem_pdf::{FontFile, FontSet, Mode};

use crate::{default_fonts_dir, prepare_embedded, read_fonts};

const USAGE: &str =
    "usage: tandem bench-render <draft.json> [--runs N] [--fonts DIR] [--plan FILE] [--request FILE]";

/// Enough runs for a steady median; `scripts/bench` asks for fewer per round and pools them.
const DEFAULT_RUNS: usize = 15;

pub fn run(args: Vec<String>) -> Result<(), String> {
    let options = Options::parse(args)?;
    let json =
        std::fs::read_to_string(&options.draft).map_err(|e| format!("{}: {e}", options.draft))?;
    let draft = tandem_core::import::parse(json.as_bytes())
        .map_err(|e| format!("{}: {e}", options.draft))?;
    let request = ExportRequest {
        draft,
        issue: IssueKind::Final,
        today: chrono::Local::now().date_naive(),
        mode: Mode::SideBySide,
    };
    let prepared = prepare_embedded(&request)?;
    let fonts = read_fonts(&prepared, &options.fonts_dir)?;
    if let Some(path) = &options.plan {
        let set = FontSet::new(fonts.clone()).map_err(|e| e.to_string())?;
        let plan = prepared.plan(&set).map_err(|e| e.to_string())?;
        std::fs::write(path, plan_json(&plan).to_string()).map_err(|e| format!("{path}: {e}"))?;
    }
    if let Some(path) = &options.request {
        let request = DocumentRequest {
            document: prepared.document.clone(),
            mode: Mode::SideBySide,
        };
        std::fs::write(path, request.encode()).map_err(|e| format!("{path}: {e}"))?;
    }

    // The warm-up run is not counted: it pays for first-touch page faults and cold caches.
    let pdf_size = export(&request, &fonts)?.len();
    let mut times = Vec::with_capacity(options.runs);
    for _ in 0..options.runs {
        let start = Instant::now();
        export(&request, &fonts)?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let in_order: Vec<String> = times.iter().map(|t| format!("{t:.3}")).collect();
    let Spread { median, min, max } = spread(&mut times);
    println!(
        "bench-render: {} runs after a warm-up: median {median:.2} ms, min {min:.2} ms, \
         max {max:.2} ms (PDF {pdf_size} bytes)",
        options.runs
    );
    println!("times (ms): {}", in_order.join(" "));
    Ok(())
}

/// `tandem bench-kdf [--runs N]`: times the derivation of a lock key from a passphrase
/// (Argon2id at [`KdfParams::DEFAULT`]), the one slow step of locking, done once per session.
pub fn kdf(args: Vec<String>) -> Result<(), String> {
    const USAGE: &str = "usage: tandem bench-kdf [--runs N]";
    let runs = match args.as_slice() {
        [] => 7,
        [flag, value] if flag == "--runs" => value
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("--runs {value}: not a positive number"))?,
        _ => return Err(USAGE.to_string()),
    };
    let derive = || {
        Key::derive(
            "correct horse battery staple",
            &[0x5a; 16],
            KdfParams::DEFAULT,
        )
    };
    derive().map_err(|e| e.to_string())?;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        derive().map_err(|e| e.to_string())?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let Spread { median, min, max } = spread(&mut times);
    let KdfParams { m, t, p } = KdfParams::DEFAULT;
    println!(
        "bench-kdf: Argon2id m={m} KiB t={t} p={p}, {runs} runs after a warm-up: \
         median {median:.1} ms, min {min:.1} ms, max {max:.1} ms"
    );
    Ok(())
}

/// One export as the worker does it with cached fonts: the font bytes are copied into a new set
/// each time, as the worker copies them out of its cache.
fn export(request: &ExportRequest, fonts: &[(FontFile, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let prepared = prepare_embedded(request)?;
    let fonts = FontSet::new(fonts.to_vec()).map_err(|e| e.to_string())?;
    prepared.render(&fonts).map_err(|e| e.to_string())
}

/// The page plan as the peer rows of `scripts/bench.mjs` read it: per page, its items in drawing
/// order, lengths in points from the top left corner.
fn plan_json(plan: &PagePlan) -> serde_json::Value {
    let pt = |mm: f32| f64::from(mm / MM_PER_PT);
    let pages = plan.pages.iter().map(|page| {
        let items = page.items.iter().map(|item| match item {
            Item::Text(t) => json!({
                "text": t.line.text,
                "x": pt(t.x),
                "baseline": pt(t.baseline),
                "width": pt(t.line.width),
                "size": t.size,
                "bold": t.bold,
            }),
            Item::Path {
                points,
                closed,
                width,
                ..
            } => json!({
                "path": points.iter().map(|(x, y)| [pt(*x), pt(*y)]).collect::<Vec<_>>(),
                "closed": closed,
                "width": width,
            }),
            Item::Fill { rect, color } => json!({
                "fill": rect.map(pt),
                "grey": color.0,
            }),
        });
        items.collect::<Vec<_>>()
    });
    json!({ "pages": pages.collect::<Vec<_>>() })
}

struct Options {
    draft: String,
    runs: usize,
    fonts_dir: PathBuf,
    plan: Option<String>,
    request: Option<String>,
}

impl Options {
    fn parse(args: Vec<String>) -> Result<Options, String> {
        let mut draft = None;
        let mut runs = DEFAULT_RUNS;
        let mut fonts_dir = default_fonts_dir();
        let mut plan = None;
        let mut request = None;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--runs" => {
                    let value = args.next().ok_or(USAGE)?;
                    runs = value
                        .parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or_else(|| format!("--runs {value}: not a positive number"))?;
                }
                "--fonts" => fonts_dir = PathBuf::from(args.next().ok_or(USAGE)?),
                "--plan" => plan = Some(args.next().ok_or(USAGE)?),
                "--request" => request = Some(args.next().ok_or(USAGE)?),
                _ if arg.starts_with("--") || draft.is_some() => return Err(USAGE.to_string()),
                _ => draft = Some(arg),
            }
        }
        Ok(Options {
            draft: draft.ok_or(USAGE)?,
            runs,
            fonts_dir,
            plan,
            request,
        })
    }
}

struct Spread {
    median: f64,
    min: f64,
    max: f64,
}

/// Median (the mean of the middle two for an even count), minimum and maximum of `times`.
fn spread(times: &mut [f64]) -> Spread {
    times.sort_by(f64::total_cmp);
    let n = times.len();
    let median = if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2.0
    };
    Spread {
        median,
        min: times[0],
        max: times[n - 1],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_of_odd_and_even_counts() {
        let odd = spread(&mut [5.0, 1.0, 3.0]);
        assert_eq!((odd.median, odd.min, odd.max), (3.0, 1.0, 5.0));
        let even = spread(&mut [4.0, 1.0, 2.0, 3.0]);
        assert_eq!((even.median, even.min, even.max), (2.5, 1.0, 4.0));
    }

    #[test]
    fn the_plan_for_the_peer_rows_has_every_page_and_line_in_points() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/drafts/bench/art29-long-text-en-ru.json"
        );
        let draft = tandem_core::import::parse(&std::fs::read(path).unwrap()).unwrap();
        let request = ExportRequest {
            draft,
            issue: IssueKind::Final,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            mode: Mode::SideBySide,
        };
        let prepared = prepare_embedded(&request).unwrap();
        let fonts = FontSet::new(read_fonts(&prepared, &default_fonts_dir()).unwrap()).unwrap();
        let plan = prepared.plan(&fonts).unwrap();
        let json = plan_json(&plan);
        let pages = json["pages"].as_array().unwrap();
        assert_eq!(pages.len(), plan.page_count());
        let texts = |page: &tandem_pdf::layout::Page| {
            page.items
                .iter()
                .filter_map(|item| match item {
                    Item::Text(t) => Some(t),
                    _ => None,
                })
                .cloned()
                .collect::<Vec<_>>()
        };
        for (page, items) in plan.pages.iter().zip(pages) {
            let items = items.as_array().unwrap();
            assert_eq!(items.len(), page.items.len());
            let lines: Vec<_> = items.iter().filter(|i| i.get("text").is_some()).collect();
            for (line, json) in texts(page).iter().zip(&lines) {
                assert_eq!(json["text"], line.line.text.as_str());
                let x = json["x"].as_f64().unwrap();
                assert!((x - f64::from(line.x / MM_PER_PT)).abs() < 1e-9);
                assert_eq!(json["bold"], line.bold);
            }
            assert_eq!(lines.len(), texts(page).len());
        }
    }

    #[test]
    fn runs_must_be_positive() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect();
        assert!(Options::parse(args(&["d.json", "--runs", "0"])).is_err());
        assert!(Options::parse(args(&["--runs", "3"])).is_err());
        assert_eq!(
            Options::parse(args(&["d.json", "--runs", "3"]))
                .unwrap()
                .runs,
            3
        );
        let plan = Options::parse(args(&["d.json", "--plan", "p.json"])).unwrap();
        assert_eq!(plan.plan.as_deref(), Some("p.json"));
        assert!(Options::parse(args(&["d.json", "--plan"])).is_err());
    }
}
