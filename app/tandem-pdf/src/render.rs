//! Render: a [`PagePlan`] becomes PDF bytes (written with pdf-writer); it makes no layout
//! decisions. Each font is subset to the glyphs the plan uses and embedded as an Identity-H
//! Type 0 font (CIDFontType2 with its `/W` widths) whose ToUnicode map carries each glyph's source
//! text, so text can be extracted. A glyph drawn for different texts (Arabic fonts share one
//! dotless letter body between several letters) gets one CID per text, all mapped to the same
//! glyph by `/CIDToGIDMap`, so each occurrence extracts as what it stands for. Glyphs are placed
//! absolutely: each same-baseline run of a line is one `Tm` and one `TJ` whose kerns reproduce
//! the planned positions exactly. Streams are compressed; title, language and creation date go
//! into the metadata; the request as data (`request.json`) is attached as an embedded file.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use pdf_writer::types::{AssociationKind, CidFontType, FontFlags, SystemInfo};
use pdf_writer::writers::Resources;
use pdf_writer::{Date, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
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
    /// The request as data, attached as `request.json` ([`tandem_core::embedded`]), with the
    /// layout it was printed in.
    pub data: String,
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
            data: with_layout(&doc.data, mode),
        }
    }
}

/// The request's JSON object with the layout's name added as its first member (the name is
/// plain ASCII: no JSON writer needed in the worker).
fn with_layout(data: &str, mode: Mode) -> String {
    match data.strip_prefix('{') {
        Some(rest) => format!("{{\"layout\":\"{}\",{rest}", mode.name()),
        None => data.to_string(),
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
    widths: BTreeMap<u16, i32>,
}

/// Hands out the PDF's object numbers, in order.
struct Ids(Ref);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0.bump()
    }
}

/// Writes a stream compressed (zlib, best) when that makes it smaller, as it nearly always
/// does; returns it for further entries (`/Length1`).
fn stream<'a>(
    pdf: &'a mut Pdf,
    id: Ref,
    data: &'a [u8],
    packed: &'a mut Vec<u8>,
) -> pdf_writer::Stream<'a> {
    *packed = miniz_oxide::deflate::compress_to_vec_zlib(data, 9);
    // The filter entry costs about as many bytes as it names.
    if packed.len() + 19 < data.len() {
        let mut stream = pdf.stream(id, packed);
        stream.filter(Filter::FlateDecode);
        stream
    } else {
        pdf.stream(id, data)
    }
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

    let mut pdf = Pdf::new();
    pdf.set_version(1, 7);
    let mut ids = Ids(Ref::new(1));
    let (catalog, pages_id, resources, info) = (ids.next(), ids.next(), ids.next(), ids.next());
    let mut embedded = BTreeMap::new();
    let mut font_refs = Vec::new();
    for (index, (file, (cids, _))) in used.iter().enumerate() {
        let name = format!("F{}", index + 1);
        let (font, embedding) = embed_font(&mut pdf, &mut ids, fonts, *file, cids, name.clone())?;
        font_refs.push((name, font));
        embedded.insert(*file, embedding);
    }
    {
        let mut dict = pdf.indirect(resources).start::<Resources>();
        let mut fonts = dict.fonts();
        for (name, font) in &font_refs {
            fonts.pair(Name(name.as_bytes()), *font);
        }
    }

    let media_box = Rect::new(0.0, 0.0, PAGE_WIDTH / MM_PER_PT, PAGE_HEIGHT / MM_PER_PT);
    let mut kids = Vec::new();
    let mut packed = Vec::new();
    for page in &plan.pages {
        let (page_id, content) = (ids.next(), ids.next());
        let text = page_content(page, &embedded);
        stream(&mut pdf, content, text.as_bytes(), &mut packed);
        let mut writer = pdf.page(page_id);
        writer
            .parent(pages_id)
            .media_box(media_box)
            .contents(content)
            .pair(Name(b"Resources"), resources);
        writer.finish();
        kids.push(page_id);
    }
    let count = kids.len() as i32;
    pdf.pages(pages_id).kids(kids).count(count);
    // The request as data: an embedded file, its file specification (PDF/A-3's associated
    // file, `/AFRelationship /Data`), named in the catalog's embedded files and `/AF`.
    let (file, spec) = (ids.next(), ids.next());
    {
        let mut writer = stream(&mut pdf, file, meta.data.as_bytes(), &mut packed);
        writer.pair(Name(b"Type"), Name(b"EmbeddedFile"));
        writer.pair(Name(b"Subtype"), Name(b"application/json"));
        writer
            .insert(Name(b"Params"))
            .dict()
            .pair(Name(b"Size"), meta.data.len() as i32);
    }
    let name = tandem_core::embedded::FILE_NAME;
    pdf.file_spec(spec)
        .path(Str(name.as_bytes()))
        .unic_file(TextStr(name))
        .embedded_file_with_unicode(file)
        .association_kind(AssociationKind::Data);
    {
        let mut writer = pdf.catalog(catalog);
        writer
            .pages(pages_id)
            .lang(TextStr(&meta.lang))
            .viewer_preferences()
            .display_doc_title(true);
        writer
            .names()
            .embedded_files()
            .names()
            .insert(Str(name.as_bytes()), spec);
        writer.insert(Name(b"AF")).array().item(spec);
    }
    let mut writer = pdf.document_info(info);
    writer
        .title(TextStr(&meta.title))
        .producer(TextStr("Tandem"))
        .creator(TextStr("Tandem"));
    if let Some(date) = date(&meta.created) {
        writer.creation_date(date).modified_date(date);
    }
    writer.finish();
    Ok(pdf.finish())
}

/// The creation date (`2026-11-22`) as a PDF date at midnight UTC, if it reads as one.
fn date(created: &str) -> Option<Date> {
    let digits: Vec<u16> = created
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| d as u16)
        .take(8)
        .collect();
    let number = |range: std::ops::Range<usize>| {
        digits[range]
            .iter()
            .fold(0u16, |n, d| n.saturating_mul(10).saturating_add(*d))
    };
    (digits.len() == 8).then(|| {
        Date::new(number(0..4))
            .month(number(4..6) as u8)
            .day(number(6..8) as u8)
            .hour(0)
            .minute(0)
            .second(0)
            .utc_offset_hour(0)
    })
}

/// Subsets and embeds one font file as a Type 0 font; returns its object and how to use it.
fn embed_font(
    pdf: &mut Pdf,
    ids: &mut Ids,
    fonts: &FontSet,
    file: FontFile,
    cids: &Cids,
    resource: String,
) -> Result<(Ref, Embedded), PdfError> {
    let data = fonts
        .data(file)
        .ok_or(PdfError::MissingFont(file.file_name()))?;
    let glyphs: Vec<u16> = cids.keys().copied().collect();
    let subset = font::subset(file, data, &glyphs)?;
    // CID → glyph id in the subset, two bytes per CID.
    let gid_of = |id: &u16| subset.glyph_map.get(id).copied().unwrap_or(0);
    let count = each_cid(cids).count();
    let mut cid_to_gid = vec![0u8; 2 * (count + 1)];
    for (id, _, cid) in each_cid(cids) {
        let at = 2 * usize::from(cid);
        cid_to_gid[at..at + 2].copy_from_slice(&gid_of(&id).to_be_bytes());
    }
    // Metrics come from the font as served: the subset keeps the glyphs' advances but not
    // every table the descriptor is made from.
    let face = ttf_parser::Face::parse(data, 0).map_err(|_| PdfError::BadFont(file.file_name()))?;
    let scale = 1000.0 / f32::from(face.units_per_em());
    let em = |v: i16| (f32::from(v) * scale).round();
    let widths: BTreeMap<u16, i32> = each_cid(cids)
        .map(|(id, _, cid)| {
            let advance = face.glyph_hor_advance(ttf_parser::GlyphId(id)).unwrap_or(0);
            (cid, (f32::from(advance) * scale).round() as i32)
        })
        .collect();
    let base_font = format!("{}+{}", subset.tag, file.postscript_name());
    let base_font = Name(base_font.as_bytes());
    let bbox = face.global_bounding_box();

    let (font, cid_font, descriptor) = (ids.next(), ids.next(), ids.next());
    let (program, cid_to_gid_id, to_unicode) = (ids.next(), ids.next(), ids.next());
    let mut packed = Vec::new();
    stream(pdf, program, &subset.bytes, &mut packed)
        .pair(Name(b"Length1"), subset.bytes.len() as i32);
    pdf.font_descriptor(descriptor)
        .name(base_font)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            em(bbox.x_min),
            em(bbox.y_min),
            em(bbox.x_max),
            em(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(em(face.ascender()))
        .descent(em(face.descender()))
        .cap_height(em(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(80.0)
        .font_file2(program);
    stream(pdf, cid_to_gid_id, &cid_to_gid, &mut packed);
    let mut writer = pdf.cid_font(cid_font);
    writer
        .subtype(CidFontType::Type2)
        .base_font(base_font)
        .system_info(SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        })
        .font_descriptor(descriptor)
        .cid_to_gid_map_stream(cid_to_gid_id);
    // CIDs are numbered 1, 2, … without gaps: one run of widths.
    writer
        .widths()
        .consecutive(1, widths.values().map(|w| *w as f32));
    writer.finish();
    let cmap = to_unicode_cmap(cids);
    stream(pdf, to_unicode, cmap.as_bytes(), &mut packed);
    pdf.type0_font(font)
        .base_font(base_font)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);
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

/// A number with at most three decimals and no trailing zeros, as `format!("{v:.3}")` rounds it
/// (half to even), but written from an integer: the worker then carries no float formatting.
fn number(v: f32) -> String {
    // Exact: an f32 has 24 significant bits, a thousand 10.
    let thousandths = (f64::from(v) * 1000.0).round_ties_even();
    let sign = if thousandths < 0.0 { "-" } else { "" };
    let thousandths = thousandths.abs() as u64;
    let (whole, fraction) = (thousandths / 1000, thousandths % 1000);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{fraction:03}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_three_decimals_would() {
        for v in [
            0.0, -0.0, 0.0004, -0.0004, 0.0005, 0.0015, 1.0, 0.35, -12.5, 595.2756, 841.8898,
            -0.001, 1234.5678, 0.0625, 2.0625, 1e-7, -3.000_4,
        ] {
            let s = format!("{v:.3}");
            let s = s.trim_end_matches('0').trim_end_matches('.');
            let expected = if s == "-0" { "0" } else { s };
            assert_eq!(number(v), expected, "{v}");
        }
    }

    #[test]
    fn creation_dates_are_pdf_dates() {
        let written = |created: &str| {
            let mut pdf = Pdf::new();
            pdf.document_info(Ref::new(1))
                .creation_date(date(created).expect("a date"));
            String::from_utf8_lossy(&pdf.finish()).into_owned()
        };
        assert!(written("2026-11-22").contains("/CreationDate (D:20261122000000Z)"));
        assert!(date("22 Nov").is_none());
    }
}
