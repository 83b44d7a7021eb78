//! Shaping and bidi: one paragraph of logical text becomes wrapped lines of positioned glyphs
//! in visual order. unicode-bidi resolves the embedding levels, the font runs come from
//! [`Faces::runs`], rustybuzz shapes each run (joining, marks, kerning, mirroring), lines break
//! where UAX #14 allows, at spaces and between CJK characters (inside an overlong word at glyph
//! cluster boundaries) and each line is reordered
//! visually before it is shaped for output.

use std::ops::Range;

use rustybuzz::{Direction, Language, UnicodeBuffer};
use unicode_bidi::{Direction as BaseDirection, Level, ParagraphBidiInfo};

use crate::font::{is_invisible, Faces, FontFile};

/// Millimetres per typographic point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// One glyph of a shaped line.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// Font file the glyph id refers to.
    pub font: FontFile,
    /// Glyph id in that (unsubset) font file.
    pub id: u16,
    /// Horizontal position of the glyph origin from the start (left end) of the line, in mm.
    pub x: f32,
    /// Vertical offset of the glyph from the baseline, in mm, upwards.
    pub y: f32,
    /// The source text this glyph stands for when text is extracted: left to right, the
    /// spacing glyphs of a cluster carry one of its characters each and the last of them the
    /// rest; right to left, the first glyph of a cluster carries all of it. Empty for the
    /// other glyphs (marks).
    pub text: String,
}

/// One wrapped line: glyphs in visual order, left to right.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapedLine {
    /// The glyphs to draw.
    pub glyphs: Vec<Glyph>,
    /// Advance width of the whole line in mm.
    pub width: f32,
    /// The line's text in logical order.
    pub text: String,
}

/// How a paragraph is set.
#[derive(Clone, Copy, Debug)]
pub struct TextStyle<'l> {
    /// Font size in points.
    pub size: f32,
    /// BCP 47 language of the text (selects language-specific glyph forms).
    pub lang: &'l str,
}

/// Wraps one paragraph (text without line breaks) into lines no wider than `max_width` mm.
/// Returns no lines for a blank paragraph.
pub(crate) fn wrap(
    faces: &Faces<'_>,
    text: &str,
    style: TextStyle<'_>,
    max_width: f32,
) -> Vec<ShapedLine> {
    // The paragraph's own direction, that of its first letter (UBA rules P2–P3), so that an
    // address typed in Latin letters keeps its order in an Arabic column; text without letters
    // (a telephone number, a date) reads left to right, as in Arabic documents. The column's
    // direction only aligns the lines.
    let base = match unicode_bidi::get_base_direction(text) {
        BaseDirection::Rtl => Level::rtl(),
        BaseDirection::Ltr | BaseDirection::Mixed => Level::ltr(),
    };
    let bidi = ParagraphBidiInfo::new(text, Some(base));
    let shaper = Shaper {
        faces,
        fonts: faces.runs(text),
        style,
    };

    // Advance of every cluster, at its first byte, from shaping the paragraph logically.
    let mut advance = vec![0.0f32; text.len() + 1];
    let mut cluster_start = vec![false; text.len() + 1];
    for (range, level) in level_runs(&bidi.levels, 0..text.len()) {
        for (sub, font) in shaper.font_runs(range) {
            for g in shaper.shape(text, sub.clone(), font, level) {
                advance[sub.start + g.cluster] += g.advance;
                cluster_start[sub.start + g.cluster] = true;
            }
        }
    }
    let mut prefix = vec![0.0f32; text.len() + 1];
    for i in 0..text.len() {
        prefix[i + 1] = prefix[i] + advance[i];
    }
    let width = |r: Range<usize>| prefix[r.end] - prefix[r.start];

    break_lines(text, &cluster_start, &width, max_width)
        .into_iter()
        .map(|line| shaper.visual_line(text, &bidi, line))
        .collect()
}

/// Greedy line breaking at the break opportunities of UAX #14 (unicode-linebreak) that
/// [`breakable`] keeps; a word wider than a line is cut at cluster boundaries.
fn break_lines(
    text: &str,
    cluster_start: &[bool],
    width: &dyn Fn(Range<usize>) -> f32,
    max_width: f32,
) -> Vec<Range<usize>> {
    let first = text.len() - text.trim_start_matches(is_space).len();
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut word_start = first;
    for (i, _) in unicode_linebreak::linebreaks(text) {
        if i > word_start && i < text.len() && breakable(text, i) {
            words.push(word_start..i);
            word_start = i;
        }
    }
    words.push(word_start..text.len());

    let mut lines = Vec::new();
    let (mut start, mut end) = (first, first);
    for word in words {
        let content_end = word.start + text[word.clone()].trim_end_matches(is_space).len();
        if content_end <= word.start {
            continue;
        }
        if end > start && width(start..content_end) > max_width {
            lines.push(start..end);
            start = word.start;
            end = start;
        }
        if end == start {
            while width(start..content_end) > max_width {
                let cut = cut_point(cluster_start, start, content_end, width, max_width);
                lines.push(start..cut);
                start = cut;
            }
        }
        end = content_end;
    }
    if end > start {
        lines.push(start..end);
    }
    lines
}

/// Which of UAX #14's break opportunities a line may end at: after a space, as always, and
/// next to an ideograph, kana or CJK punctuation, which are written without spaces (UAX #14
/// itself keeps closing punctuation such as ）。，、 off the start of a line and opening
/// punctuation off its end). Its other opportunities (after a hyphen or a slash, between
/// Hangul syllables) are not taken: a Latin word, a number or an address stays whole, and
/// Korean breaks between words, at its spaces.
fn breakable(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i..].chars().next();
    before.is_some_and(is_space)
        || before.is_some_and(is_ideographic)
        || after.is_some_and(is_ideographic)
}

/// Characters of scripts written without spaces between words: CJK ideographs, kana, CJK
/// punctuation and full-width forms (not Hangul).
fn is_ideographic(c: char) -> bool {
    crate::font::is_cjk(c) && !matches!(c as u32, 0xAC00..=0xD7A3 | 0x3130..=0x318F)
}

/// The last cluster boundary in `(start, end)` that keeps `start..cut` within `max_width`; the
/// first boundary when even one cluster is wider.
fn cut_point(
    cluster_start: &[bool],
    start: usize,
    end: usize,
    width: &dyn Fn(Range<usize>) -> f32,
    max_width: f32,
) -> usize {
    let mut boundaries = (start + 1..end).filter(|i| cluster_start[*i]);
    let Some(first) = boundaries.next() else {
        return end;
    };
    let mut cut = first;
    for b in boundaries {
        if width(start..b) > max_width {
            break;
        }
        cut = b;
    }
    cut
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200B}' | '\u{3000}')
}

/// Maximal runs of one embedding level within `range`, in logical order.
fn level_runs(levels: &[Level], range: Range<usize>) -> Vec<(Range<usize>, Level)> {
    let mut runs: Vec<(Range<usize>, Level)> = Vec::new();
    for i in range {
        match runs.last_mut() {
            Some((r, level)) if *level == levels[i] => r.end = i + 1,
            _ => runs.push((i..i + 1, levels[i])),
        }
    }
    runs
}

/// One glyph as shaped, relative to its run.
struct RawGlyph {
    id: u16,
    /// Byte offset of the glyph's cluster in the run.
    cluster: usize,
    advance: f32,
    x_offset: f32,
    y_offset: f32,
}

struct Shaper<'f, 'a, 'l> {
    faces: &'f Faces<'a>,
    fonts: Vec<(Range<usize>, FontFile)>,
    style: TextStyle<'l>,
}

impl Shaper<'_, '_, '_> {
    /// The font runs clipped to `range`, in logical order.
    fn font_runs(&self, range: Range<usize>) -> Vec<(Range<usize>, FontFile)> {
        self.fonts
            .iter()
            .filter(|(r, _)| r.start < range.end && r.end > range.start)
            .map(|(r, f)| (r.start.max(range.start)..r.end.min(range.end), *f))
            .collect()
    }

    /// Shapes `text[range]` in one font and direction; glyphs in visual order.
    fn shape(
        &self,
        text: &str,
        range: Range<usize>,
        font: FontFile,
        level: Level,
    ) -> Vec<RawGlyph> {
        let Some(face) = self.faces.get(font) else {
            return Vec::new();
        };
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(&text[range]);
        buffer.set_direction(if level.is_rtl() {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        if let Ok(lang) = self.style.lang.parse::<Language>() {
            buffer.set_language(lang);
        }
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(face, &[], buffer);
        let scale = self.style.size * MM_PER_PT / face.units_per_em() as f32;
        shaped
            .glyph_infos()
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, pos)| RawGlyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                cluster: info.cluster as usize,
                advance: pos.x_advance as f32 * scale,
                x_offset: pos.x_offset as f32 * scale,
                y_offset: pos.y_offset as f32 * scale,
            })
            .collect()
    }

    /// Reorders one line visually and shapes it for output.
    fn visual_line(
        &self,
        text: &str,
        bidi: &ParagraphBidiInfo<'_>,
        line: Range<usize>,
    ) -> ShapedLine {
        let (levels, runs) = bidi.visual_runs(line.clone());
        let mut glyphs = Vec::new();
        let mut x = 0.0f32;
        for run in runs {
            let level = levels[run.start];
            let mut subs = self.font_runs(run);
            if level.is_rtl() {
                subs.reverse();
            }
            for (sub, font) in subs {
                let raw = self.shape(text, sub.clone(), font, level);
                let mut clusters: Vec<usize> = raw.iter().map(|g| g.cluster).collect();
                clusters.sort_unstable();
                clusters.dedup();
                // The glyphs of one cluster are adjacent. Left to right, its spacing glyphs
                // (or its first, when none has an advance) carry its text, one character each
                // and the last of them the rest, so that a spacing Devanagari vowel sign
                // extracts as its character and no glyph of a word is left without text, which
                // a reader would take for a space; right to left (marks on a letter), the first
                // spacing glyph carries the whole text (a mark drawn over its letter, given the
                // text, is dropped by extractors as an overprint: "أُرسل" extracted as "رسل").
                let rtl = level.is_rtl();
                let mut texts = vec![String::new(); raw.len()];
                let mut start = 0;
                while start < raw.len() {
                    let cluster = raw[start].cluster;
                    let end = start
                        + raw[start..]
                            .iter()
                            .take_while(|g| g.cluster == cluster)
                            .count();
                    let next = clusters.partition_point(|c| *c <= cluster);
                    let text_end = clusters.get(next).copied().unwrap_or(sub.len());
                    let visible: Vec<char> = text[sub.start + cluster..sub.start + text_end]
                        .chars()
                        .filter(|c| !is_invisible(*c))
                        .collect();
                    let spacing = |i: &usize| raw[*i].advance > 0.0 && raw[*i].id != 0;
                    let mut carriers: Vec<usize> = if rtl {
                        (start..end).filter(spacing).take(1).collect()
                    } else {
                        (start..end).filter(spacing).collect()
                    };
                    if carriers.is_empty() {
                        carriers.push(start);
                    }
                    let (last, each) = carriers.split_last().expect("one carrier");
                    for (n, i) in each.iter().enumerate() {
                        texts[*i] = visible.get(n).into_iter().collect();
                    }
                    texts[*last] = visible.iter().skip(each.len()).collect();
                    start = end;
                }
                for (g, own) in raw.into_iter().zip(texts) {
                    let next = clusters.partition_point(|c| *c <= g.cluster);
                    let end = clusters.get(next).copied().unwrap_or(sub.len());
                    let visible = text[sub.start + g.cluster..sub.start + end]
                        .chars()
                        .any(|c| !is_invisible(c));
                    if g.id != 0 && visible {
                        glyphs.push(Glyph {
                            font,
                            id: g.id,
                            x: x + g.x_offset,
                            y: g.y_offset,
                            text: own,
                        });
                    }
                    x += g.advance;
                }
            }
        }
        ShapedLine {
            glyphs,
            width: x,
            text: text[line].to_string(),
        }
    }
}
