//! Render: a [`PagePlan`] becomes PDF bytes (written with lopdf); it makes no layout decisions.
//! Each font is subset to the glyphs the plan uses and embedded as an Identity-H Type 0 font
//! (CIDFontType2 with its `/W` widths) whose ToUnicode map carries each glyph's source text,
//! so text can be extracted. A glyph drawn for different texts (Arabic fonts share one
//! dotless letter body between several letters) gets one CID per text, all mapped to the same
//! glyph by `/CIDToGIDMap`, so each occurrence extracts as what it stands for. Glyphs are placed absolutely: each same-baseline run of a line is
//! one `Tm` and one `TJ` whose kerns reproduce the planned positions exactly. Streams are
//! compressed; title, language and creation date go into the metadata.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use rustybuzz::ttf_parser;
use tandem_core::document::Document;

use crate::font::{self, FontFile, FontSet};
use crate::layout::{self, Item, Mode, Page, PagePlan, Rgb, TextLine, PAGE_HEIGHT, PAGE_WIDTH};
use crate::shape::MM_PER_PT;
use crate::PdfError;

/// Document metadata written into the PDF.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    /// Document title.
    pub title: String,
    /// BCP 47 code of the document's (first) language.
    pub lang: String,
    /// Creation date, ISO 8601 (`2026-11-22`).
    pub created: String,
}

impl Meta {
    /// The metadata of a document laid out in `mode`: side by side, the title in both
    /// languages ("A / B") and language A as the document's language; with one column, that
    /// column's title and language. Always the creation date.
    pub fn new(doc: &Document, mode: Mode) -> Meta {
        let [a, b] = &doc.title;
        let (title, lang) = match mode {
            Mode::SideBySide if a != b && !b.is_empty() => (format!("{a} / {b}"), 0),
            Mode::SideBySide | Mode::SingleLanguage => (a.clone(), 0),
            Mode::TargetOnly => (b.clone(), 1),
        };
        Meta {
            title,
            lang: doc.langs[lang].clone(),
            created: doc.created.clone(),
        }
    }
}

/// The CIDs of one font: glyph id in the font file → text the glyph stands for → CID.
type Cids = BTreeMap<u16, BTreeMap<String, u16>>;

/// Every (glyph id, text, CID) of a font.
fn each_cid(cids: &Cids) -> impl Iterator<Item = (u16, &str, u16)> {
    cids.iter().flat_map(|(id, texts)| {
        texts
            .iter()
            .map(move |(text, cid)| (*id, text.as_str(), *cid))
    })
}

/// One embedded font: its resource name, the CID of each glyph as drawn and the advance width
/// of each CID in thousandths of an em (as written in `/W`).
struct Embedded {
    name: String,
    cids: Cids,
    widths: BTreeMap<u16, i64>,
}

fn name(s: &str) -> Object {
    Object::Name(s.as_bytes().to_vec())
}

/// A text string: UTF-16BE with a byte order mark, as PDF requires for non-ASCII text.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Writes the plan as a PDF.
pub fn render(plan: &PagePlan, fonts: &FontSet, meta: &Meta) -> Result<Vec<u8>, PdfError> {
    // Every glyph as drawn, per font: one CID each (CID 0 is `.notdef`).
    let mut used: BTreeMap<FontFile, (Cids, u16)> = BTreeMap::new();
    for (file, id, text) in layout::glyphs(plan) {
        let (cids, count) = used.entry(file).or_default();
        let texts = cids.entry(id).or_default();
        if !texts.contains_key(text) {
            *count = count.saturating_add(1);
            texts.insert(text.to_string(), *count);
        }
    }

    let mut pdf = lopdf::Document::with_version("1.7");
    let mut font_resources = Dictionary::new();
    let mut embedded = BTreeMap::new();
    for (index, (file, (glyphs, _))) in used.iter().enumerate() {
        let resource = format!("F{}", index + 1);
        let font = embed_font(&mut pdf, fonts, *file, glyphs, resource.clone())?;
        font_resources.set(resource, font.0);
        embedded.insert(*file, font.1);
    }

    let pages_id = pdf.new_object_id();
    let resources = pdf.add_object(Dictionary::from_iter([(
        "Font",
        Object::Dictionary(font_resources),
    )]));
    let media_box: Vec<Object> = [0.0, 0.0, PAGE_WIDTH / MM_PER_PT, PAGE_HEIGHT / MM_PER_PT]
        .into_iter()
        .map(Object::Real)
        .collect();
    let mut kids = Vec::new();
    for page in &plan.pages {
        let content = pdf.add_object(Stream::new(
            Dictionary::new(),
            page_content(page, &embedded).into_bytes(),
        ));
        kids.push(Object::Reference(pdf.add_object(Dictionary::from_iter([
            ("Type", name("Page")),
            ("Parent", Object::Reference(pages_id)),
            ("MediaBox", Object::Array(media_box.clone())),
            ("Resources", Object::Reference(resources)),
            ("Contents", Object::Reference(content)),
        ]))));
    }
    let count = kids.len() as i64;
    pdf.set_object(
        pages_id,
        Dictionary::from_iter([
            ("Type", name("Pages")),
            ("Kids", Object::Array(kids)),
            ("Count", Object::Integer(count)),
        ]),
    );
    let catalog = pdf.add_object(Dictionary::from_iter([
        ("Type", name("Catalog")),
        ("Pages", Object::Reference(pages_id)),
        ("Lang", Object::string_literal(meta.lang.as_str())),
        (
            "ViewerPreferences",
            Object::Dictionary(Dictionary::from_iter([(
                "DisplayDocTitle",
                Object::Boolean(true),
            )])),
        ),
    ]));
    let mut info = Dictionary::from_iter([
        ("Title", text_string(&meta.title)),
        ("Producer", Object::string_literal("Tandem")),
        ("Creator", Object::string_literal("Tandem")),
    ]);
    let digits: String = meta
        .created
        .chars()
        .filter(char::is_ascii_digit)
        .take(8)
        .collect();
    if digits.len() == 8 {
        let date = Object::string_literal(format!("D:{digits}000000Z"));
        info.set("CreationDate", date.clone());
        info.set("ModDate", date);
    }
    let info = pdf.add_object(info);
    pdf.trailer.set("Root", Object::Reference(catalog));
    pdf.trailer.set("Info", Object::Reference(info));

    pdf.compress();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string().to_lowercase()))?;
    Ok(bytes)
}

/// Subsets and embeds one font file as a Type 0 font; returns its object and how to use it.
fn embed_font(
    pdf: &mut lopdf::Document,
    fonts: &FontSet,
    file: FontFile,
    cids: &Cids,
    resource: String,
) -> Result<(ObjectId, Embedded), PdfError> {
    let data = fonts
        .data(file)
        .ok_or(PdfError::MissingFont(file.file_name()))?;
    let ids: Vec<u16> = cids.keys().copied().collect();
    let subset = font::subset(file, data, &ids)?;
    // CID → glyph id in the subset, two bytes per CID.
    let gid_of = |id: &u16| subset.glyph_map.get(id).copied().unwrap_or(0);
    let count = each_cid(cids).count();
    let mut cid_to_gid = vec![0u8; 2 * (count + 1)];
    for (id, _, cid) in each_cid(cids) {
        let at = 2 * usize::from(cid);
        cid_to_gid[at..at + 2].copy_from_slice(&gid_of(&id).to_be_bytes());
    }
    let face = ttf_parser::Face::parse(&subset.bytes, 0)
        .map_err(|_| PdfError::BadFont(file.file_name()))?;
    let scale = 1000.0 / f32::from(face.units_per_em());
    let em = |v: i16| Object::Integer((f32::from(v) * scale).round() as i64);
    let widths: BTreeMap<u16, i64> = each_cid(cids)
        .map(|(id, _, cid)| {
            let advance = face
                .glyph_hor_advance(ttf_parser::GlyphId(gid_of(&id)))
                .unwrap_or(0);
            (cid, (f32::from(advance) * scale).round() as i64)
        })
        .collect();
    let base_font = format!("{}+{}", subset.tag, file.postscript_name());
    let bbox = face.global_bounding_box();

    let program_length = subset.bytes.len() as i64;
    let program = pdf.add_object(Stream::new(
        Dictionary::from_iter([("Length1", Object::Integer(program_length))]),
        subset.bytes.clone(),
    ));
    let descriptor = pdf.add_object(Dictionary::from_iter([
        ("Type", name("FontDescriptor")),
        ("FontName", name(&base_font)),
        ("Flags", Object::Integer(4)),
        (
            "FontBBox",
            Object::Array(vec![
                em(bbox.x_min),
                em(bbox.y_min),
                em(bbox.x_max),
                em(bbox.y_max),
            ]),
        ),
        ("ItalicAngle", Object::Integer(0)),
        ("Ascent", em(face.ascender())),
        ("Descent", em(face.descender())),
        (
            "CapHeight",
            em(face.capital_height().unwrap_or(face.ascender())),
        ),
        ("StemV", Object::Integer(80)),
        ("FontFile2", Object::Reference(program)),
    ]));
    let w: Vec<Object> = widths
        .iter()
        .flat_map(|(gid, width)| {
            [
                Object::Integer(i64::from(*gid)),
                Object::Array(vec![Object::Integer(*width)]),
            ]
        })
        .collect();
    let cid_to_gid = pdf.add_object(Stream::new(Dictionary::new(), cid_to_gid));
    let cid_font = pdf.add_object(Dictionary::from_iter([
        ("Type", name("Font")),
        ("Subtype", name("CIDFontType2")),
        ("BaseFont", name(&base_font)),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter([
                ("Registry", Object::string_literal("Adobe")),
                ("Ordering", Object::string_literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("FontDescriptor", Object::Reference(descriptor)),
        ("CIDToGIDMap", Object::Reference(cid_to_gid)),
        ("W", Object::Array(w)),
    ]));
    let to_unicode = pdf.add_object(Stream::new(
        Dictionary::new(),
        to_unicode_cmap(cids).into_bytes(),
    ));
    let font = pdf.add_object(Dictionary::from_iter([
        ("Type", name("Font")),
        ("Subtype", name("Type0")),
        ("BaseFont", name(&base_font)),
        ("Encoding", name("Identity-H")),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Reference(cid_font)]),
        ),
        ("ToUnicode", Object::Reference(to_unicode)),
    ]));
    Ok((
        font,
        Embedded {
            name: resource,
            cids: cids.clone(),
            widths,
        },
    ))
}

/// The ToUnicode CMap: CID → UTF-16BE of the glyph's text (glyphs without text, the further
/// glyphs of a cluster, are left out).
fn to_unicode_cmap(cids: &Cids) -> String {
    let mut entries: Vec<(u16, &str)> = each_cid(cids)
        .filter(|(_, text, _)| !text.is_empty())
        .map(|(_, text, cid)| (cid, text))
        .collect();
    entries.sort_unstable();
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in entries.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
        for (gid, text) in chunk {
            let utf16: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            let _ = writeln!(cmap, "<{gid:04X}> <{utf16}>");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap
}

/// A length in mm as points, for the content stream.
fn pt(mm: f32) -> String {
    number(mm / MM_PER_PT)
}

/// A number with at most three decimals and no trailing zeros.
fn number(v: f32) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn rgb(c: Rgb) -> String {
    format!("{} {} {}", number(c.0), number(c.1), number(c.2))
}

/// The content stream of one page.
fn page_content(page: &Page, embedded: &BTreeMap<FontFile, Embedded>) -> String {
    let mut out = String::new();
    for item in &page.items {
        match item {
            Item::Text(line) => text_content(line, embedded, &mut out),
            Item::Path {
                points,
                closed,
                width,
                color,
                ..
            } => {
                let _ = write!(out, "q {} RG {} w 1 J 1 j", rgb(*color), number(*width));
                for (i, (x, y)) in points.iter().enumerate() {
                    let op = if i == 0 { "m" } else { "l" };
                    let _ = write!(out, " {} {} {op}", pt(*x), pt(PAGE_HEIGHT - y));
                }
                out.push_str(if *closed { " h S Q\n" } else { " S Q\n" });
            }
            Item::Fill {
                rect: [x, y, w, h],
                color,
            } => {
                let _ = writeln!(
                    out,
                    "q {} rg {} {} {} {} re f Q",
                    rgb(*color),
                    pt(*x),
                    pt(PAGE_HEIGHT - y - h),
                    pt(*w),
                    pt(*h)
                );
            }
        }
    }
    out
}

/// One text line: runs of glyphs on one baseline in one font become a `Tm` and a `TJ`; the
/// kern after each glyph moves the pen from its `/W` advance to the next glyph's position.
fn text_content(line: &TextLine, embedded: &BTreeMap<FontFile, Embedded>, out: &mut String) {
    let _ = write!(out, "q BT {} rg", rgb(line.color));
    if line.bold {
        let _ = write!(out, " 2 Tr {} RG 0.35 w", rgb(line.color));
    }
    let size = line.size;
    let mut font: Option<FontFile> = None;
    // The open run: its baseline and where the pen stands, in mm from the page's left edge.
    let mut run: Option<(f32, f32)> = None;
    for glyph in &line.line.glyphs {
        let Some(embedding) = embedded.get(&glyph.font) else {
            continue;
        };
        let cid = embedding
            .cids
            .get(&glyph.id)
            .and_then(|texts| texts.get(glyph.text.as_str()))
            .copied()
            .unwrap_or(0);
        let x = line.x + glyph.x;
        let y = line.baseline - glyph.y;
        if font != Some(glyph.font) {
            if run.take().is_some() {
                out.push_str("] TJ");
            }
            let _ = write!(out, " /{} {} Tf", embedding.name, number(size));
            font = Some(glyph.font);
        }
        match run {
            Some((baseline, pen)) if baseline == y => {
                let kern = (pen - x) / MM_PER_PT * 1000.0 / size;
                if kern.abs() >= 0.001 {
                    let _ = write!(out, " {}", number(kern));
                }
            }
            _ => {
                if run.is_some() {
                    out.push_str("] TJ");
                }
                let _ = write!(out, " 1 0 0 1 {} {} Tm [", pt(x), pt(PAGE_HEIGHT - y));
            }
        }
        let _ = write!(out, "<{cid:04X}>");
        let advance = embedding.widths.get(&cid).copied().unwrap_or(0) as f32;
        run = Some((y, x + advance * size / 1000.0 * MM_PER_PT));
    }
    if run.is_some() {
        out.push_str("] TJ");
    }
    out.push_str(" ET Q\n");
}
