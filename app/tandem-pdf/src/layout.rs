//! Layout: turns a [`Document`] into a [`PagePlan`], a pure description of every page in
//! millimetres (origin at the top left corner of an A4 page): shaped text lines, rules, fills
//! and tick boxes. Side by side, every block is a row of aligned cells, one per language
//! column; a row is as tall as its taller cell, moves to the next page when it does not fit and
//! is split line by line when it is taller than a page.

use std::fmt::Write as _;

use tandem_core::document::{Block, Document, Value};
use tandem_core::Dir;

use crate::font::{fonts_needed, Faces, FontFile, FontSet};
use crate::shape::{wrap, ShapedLine, TextStyle, MM_PER_PT};
use crate::PdfError;

/// A4 width in mm.
pub const PAGE_WIDTH: f32 = 210.0;
/// A4 height in mm.
pub const PAGE_HEIGHT: f32 = 297.0;
const MARGIN_X: f32 = 16.0;
const BODY_TOP: f32 = 17.0;
const BODY_BOTTOM: f32 = PAGE_HEIGHT - 24.0;
const GUTTER: f32 = 8.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
const ROW_PAD: f32 = 1.6;
/// How far the heading band reaches beyond the text on either side.
const BAND_PAD: f32 = 1.5;
const TICK_SIZE: f32 = 3.0;
/// Height of the room above the signature line, for a handwritten signature.
const SIGNATURE_ROOM: f32 = 14.0;
/// The box left for the official seal.
const SEAL_WIDTH: f32 = 40.0;
const SEAL_HEIGHT: f32 = 28.0;
const TICK_GAP: f32 = 1.8;

/// Which columns a page shows. Named in a request and on the command line `side-by-side` (the
/// default), `target-only` or `single` ([`Mode::name`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Language A on the left, language B on the right, row by row.
    #[default]
    SideBySide,
    /// Only language B (the requested authority's), full width.
    TargetOnly,
    /// Only language A, full width.
    SingleLanguage,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::SideBySide, Mode::TargetOnly, Mode::SingleLanguage];

    /// The mode's name in a request.
    pub fn name(self) -> &'static str {
        match self {
            Mode::SideBySide => "side-by-side",
            Mode::TargetOnly => "target-only",
            Mode::SingleLanguage => "single",
        }
    }

    /// The mode of a name, if it is one.
    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|mode| mode.name() == name)
    }
}

/// Options of [`layout_with`].
#[derive(Clone, Copy, Debug, Default)]
pub struct LayoutOptions {
    /// Which columns a page shows.
    pub mode: Mode,
}

/// A colour, RGB components from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);
    const fn grey(level: f32) -> Rgb {
        Rgb(level, level, level)
    }
}

/// Where an item belongs, for reading the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The column of document language A.
    A,
    /// The column of document language B.
    B,
    /// Across the page (rules, the footer's common line).
    Page,
}

impl Column {
    fn of_lang(lang: usize) -> Column {
        if lang == 0 {
            Column::A
        } else {
            Column::B
        }
    }
}

/// One line of text on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// The column the line belongs to.
    pub column: Column,
    /// Left end of the line, mm from the left page edge.
    pub x: f32,
    /// Baseline, mm from the top page edge.
    pub baseline: f32,
    /// Font size in points.
    pub size: f32,
    /// Text colour.
    pub color: Rgb,
    /// Drawn heavier (titles, headings).
    pub bold: bool,
    /// The shaped glyphs, positioned relative to `x` and the baseline.
    pub line: ShapedLine,
}

/// What a drawn path is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    /// A separating rule.
    Rule,
    /// The square of a tick box.
    TickBox { checked: bool },
    /// The check mark inside a ticked box.
    CheckMark,
}

/// One element of a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A line of text.
    Text(TextLine),
    /// A stroked polyline, points in mm from the top left page corner.
    Path {
        kind: PathKind,
        column: Column,
        points: Vec<(f32, f32)>,
        closed: bool,
        /// Stroke width in points.
        width: f32,
        color: Rgb,
    },
    /// A filled rectangle: left, top, width, height in mm.
    Fill { rect: [f32; 4], color: Rgb },
}

impl Item {
    fn shifted(mut self, dy: f32) -> Item {
        match &mut self {
            Item::Text(t) => t.baseline += dy,
            Item::Path { points, .. } => points.iter_mut().for_each(|p| p.1 += dy),
            Item::Fill { rect, .. } => rect[1] += dy,
        }
        self
    }
}

/// One page of the plan: items in drawing order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

/// The laid out document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PagePlan {
    pub pages: Vec<Page>,
}

impl PagePlan {
    /// Number of pages.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// A readable dump for snapshot tests: per page, each text line and tick box with its
    /// vertical position (mm from the top), its column and its logical text.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for (i, page) in self.pages.iter().enumerate() {
            let _ = writeln!(out, "== page {}/{}", i + 1, self.pages.len());
            for item in &page.items {
                match item {
                    Item::Text(t) => {
                        let _ = writeln!(out, "{:6.1} {:?} {}", t.baseline, t.column, t.line.text);
                    }
                    Item::Path {
                        kind: PathKind::TickBox { checked },
                        column,
                        points,
                        ..
                    } => {
                        let top = points.first().map_or(0.0, |p| p.1);
                        let mark = if *checked { "[x]" } else { "[ ]" };
                        let _ = writeln!(out, "{top:6.1} {column:?} {mark}");
                    }
                    Item::Path { .. } | Item::Fill { .. } => {}
                }
            }
        }
        out
    }
}

/// Lays out a document side by side. `footer(page, pages)` gives the footer line of each
/// language, e.g. "Page 1 of 3" (1-based page number).
pub fn layout(
    doc: &Document,
    fonts: &FontSet,
    footer: &dyn Fn(usize, usize) -> [String; 2],
) -> Result<PagePlan, PdfError> {
    layout_with(doc, fonts, footer, LayoutOptions::default())
}

/// Lays out a document with explicit options.
pub fn layout_with(
    doc: &Document,
    fonts: &FontSet,
    footer: &dyn Fn(usize, usize) -> [String; 2],
    options: LayoutOptions,
) -> Result<PagePlan, PdfError> {
    for file in fonts_needed(doc) {
        if fonts.data(file).is_none() {
            return Err(PdfError::MissingFont(file.file_name()));
        }
    }
    let faces = fonts.faces();
    let columns = columns(doc, options.mode);
    let tall = |f: &FontFile| matches!(f, FontFile::Arabic | FontFile::Devanagari);
    let leading = if fonts_needed(doc).iter().any(tall) {
        TALL_LEADING
    } else {
        LATIN_LEADING
    };
    let mut builder = Builder {
        faces: &faces,
        leading,
        doc,
        columns: &columns,
        pages: vec![Page::default()],
        y: BODY_TOP,
    };
    let mut rows = vec![(builder.title_row(), RowKind::Title)];
    for block in &doc.blocks {
        match block {
            Block::Heading { number, text } => {
                rows.push((builder.heading_row(number, text), RowKind::Heading))
            }
            Block::Group { number, label } => {
                rows.push((builder.group_row(number, label), RowKind::Group))
            }
            Block::Field {
                number,
                label,
                value,
            } => rows.push((builder.field_row(number, label, value), RowKind::Field)),
            Block::Signature {
                number,
                heading,
                fields,
                line,
                seal,
            } => {
                // The item before the signature block stays on its page.
                if let Some((_, kind)) = rows.last_mut() {
                    if *kind == RowKind::Field {
                        *kind = RowKind::BeforeSignature;
                    }
                }
                rows.push((builder.heading_row(number, heading), RowKind::Heading));
                let row = builder.signature_row(fields, line, seal);
                rows.push((row, RowKind::Signature));
            }
            Block::Review { heading, text } => {
                rows.push((builder.heading_row("", heading), RowKind::Heading));
                rows.push((builder.review_row(text), RowKind::Review));
            }
        }
    }
    // The room each row needs to start on a page: a heading or group label takes the start of
    // what follows with it, so that it never stands alone at the bottom of a page; the item
    // before the signature block takes the whole block with it, and the block the closing
    // note, so that the end of a request never stands alone on a page and the block is never
    // split.
    let mut needs = vec![0.0; rows.len()];
    let mut next = 0.0;
    for (i, (row, kind)) in rows.iter().enumerate().rev() {
        let own = if *kind == RowKind::Signature {
            row_height(row)
        } else {
            start_height(row)
        };
        needs[i] = own + if kind.keeps_with_next() { next } else { 0.0 };
        next = needs[i];
    }
    for ((row, kind), need) in rows.into_iter().zip(needs) {
        builder.place(row, kind, need);
    }
    let count = builder.pages.len();
    for index in 0..count {
        let texts = footer(index + 1, count);
        let items = builder.page_furniture(&texts);
        builder.pages[index].items.extend(items);
    }
    Ok(PagePlan {
        pages: builder.pages,
    })
}

/// One language column of the page.
struct Col {
    lang: usize,
    x: f32,
    width: f32,
    dir: Dir,
}

fn columns(doc: &Document, mode: Mode) -> Vec<Col> {
    let half = (CONTENT_WIDTH - GUTTER) / 2.0;
    let col = |lang: usize, x: f32, width: f32| Col {
        lang,
        x,
        width,
        dir: doc.dirs[lang],
    };
    match mode {
        Mode::SideBySide => vec![
            col(0, MARGIN_X, half),
            col(1, MARGIN_X + half + GUTTER, half),
        ],
        Mode::TargetOnly => vec![col(1, MARGIN_X, CONTENT_WIDTH)],
        Mode::SingleLanguage => vec![col(0, MARGIN_X, CONTENT_WIDTH)],
    }
}

/// How a kind of text is set.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    color: Rgb,
    bold: bool,
}

const TITLE: Style = Style {
    size: 13.0,
    color: Rgb::BLACK,
    bold: true,
};
const SUBTITLE: Style = Style {
    size: 9.0,
    color: Rgb::grey(0.3),
    bold: false,
};
const HEADING: Style = Style {
    size: 10.5,
    color: Rgb::BLACK,
    bold: true,
};
const LABEL: Style = Style {
    size: 7.5,
    color: Rgb::grey(0.38),
    bold: false,
};
const GROUP: Style = Style {
    size: 8.5,
    color: Rgb::grey(0.15),
    bold: true,
};
const BODY: Style = Style {
    size: 9.5,
    color: Rgb::BLACK,
    bold: false,
};
const FOOTER: Style = Style {
    size: 7.0,
    color: Rgb::grey(0.35),
    bold: false,
};
const DRAFT: Style = Style {
    size: 11.0,
    color: Rgb(0.75, 0.1, 0.1),
    bold: true,
};
const RULE: Rgb = Rgb::grey(0.75);

/// Line height and baseline offset from the top of the line box, per em of font size. Arabic
/// and Devanagari scripts need more room above and below for their marks and matras; a
/// document using either gets the taller lines in both columns, so that lines stay aligned
/// across columns.
#[derive(Clone, Copy)]
struct Leading {
    height: f32,
    ascent: f32,
}

const LATIN_LEADING: Leading = Leading {
    height: 1.4,
    ascent: 1.09,
};
const TALL_LEADING: Leading = Leading {
    height: 1.65,
    ascent: 1.2,
};

impl Leading {
    /// (line height, baseline offset) in mm for a font size in points.
    fn metrics(self, size: f32) -> (f32, f32) {
        let em = size * MM_PER_PT;
        (em * self.height, em * self.ascent)
    }
}

/// A horizontal slice of a cell: one line's worth of items, positioned from the slice top.
struct Slice {
    height: f32,
    items: Vec<Item>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Title,
    Heading,
    Group,
    Field,
    /// The last field before the signature block: kept on the block's page.
    BeforeSignature,
    /// The signature block: never split.
    Signature,
    /// The closing note.
    Review,
}

impl RowKind {
    fn keeps_with_next(self) -> bool {
        matches!(
            self,
            RowKind::Heading | RowKind::Group | RowKind::BeforeSignature | RowKind::Signature
        )
    }
}

/// One row: a cell (list of slices) per column.
type Row = Vec<Vec<Slice>>;

/// Height of the page body.
const BODY_HEIGHT: f32 = BODY_BOTTOM - BODY_TOP;
/// Slices a row split across pages keeps together at its start: its label, the gap and the
/// first line of its answer.
const SPLIT_HEAD: usize = 3;

fn cell_height(cell: &[Slice]) -> f32 {
    cell.iter().map(|s| s.height).sum()
}

/// The height of a whole row, padding included.
fn row_height(row: &Row) -> f32 {
    row.iter().map(|c| cell_height(c)).fold(0.0, f32::max) + 2.0 * ROW_PAD
}

/// Rows up to this height move whole to the next page when they do not fit; taller ones are
/// split, so that a long answer does not leave most of a page empty.
const KEEP_WHOLE: f32 = BODY_HEIGHT / 4.0;

/// The room a row needs at the bottom of a page to start there: all of it when it is short,
/// else its first lines (it is then split).
fn start_height(row: &Row) -> f32 {
    let total = row_height(row);
    if total <= KEEP_WHOLE {
        total
    } else {
        let head = |cell: &Vec<Slice>| cell_height(&cell[..cell.len().min(SPLIT_HEAD)]);
        row.iter().map(head).fold(0.0, f32::max) + 2.0 * ROW_PAD
    }
}

struct Builder<'b, 'a> {
    faces: &'b Faces<'a>,
    leading: Leading,
    doc: &'b Document,
    columns: &'b [Col],
    pages: Vec<Page>,
    /// Top of the free space on the current page.
    y: f32,
}

impl Builder<'_, '_> {
    fn page(&mut self) -> &mut Page {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = BODY_TOP;
    }

    /// The slices of one paragraph list (`\n` separates paragraphs) in a column, `indent` mm
    /// from the column's start side.
    fn text_slices(&self, col: &Col, text: &str, style: Style, indent: f32) -> Vec<Slice> {
        let text_style = TextStyle {
            size: style.size,
            lang: &self.doc.langs[col.lang],
        };
        let (height, ascent) = self.leading.metrics(style.size);
        let width = col.width - indent;
        let mut slices = Vec::new();
        for paragraph in text.split('\n') {
            let paragraph = self
                .faces
                .printable(&paragraph.trim_end_matches('\r').replace('\t', " "));
            let lines = wrap(self.faces, &paragraph, text_style, width);
            if lines.is_empty() {
                slices.push(Slice {
                    height,
                    items: Vec::new(),
                });
            }
            for line in lines {
                let x = match col.dir {
                    Dir::Ltr => col.x + indent,
                    Dir::Rtl => col.x + col.width - indent - line.width,
                };
                slices.push(Slice {
                    height,
                    items: vec![Item::Text(TextLine {
                        column: Column::of_lang(col.lang),
                        x,
                        baseline: ascent,
                        size: style.size,
                        color: style.color,
                        bold: style.bold,
                        line,
                    })],
                });
            }
        }
        slices
    }

    fn gap(height: f32) -> Slice {
        Slice {
            height,
            items: Vec::new(),
        }
    }

    fn title_row(&self) -> Row {
        self.columns
            .iter()
            .map(|col| {
                let mut cell = self.text_slices(col, &self.doc.title[col.lang], TITLE, 0.0);
                cell.push(Self::gap(0.8));
                cell.extend(self.text_slices(col, &self.doc.subtitle[col.lang], SUBTITLE, 0.0));
                cell
            })
            .collect()
    }

    fn heading_row(&self, number: &str, text: &[String; 2]) -> Row {
        self.columns
            .iter()
            .map(|col| {
                let line = format!("{number}  {}", text[col.lang]);
                self.text_slices(col, line.trim(), HEADING, 0.0)
            })
            .collect()
    }

    fn group_row(&self, number: &str, label: &[String; 2]) -> Row {
        self.columns
            .iter()
            .map(|col| {
                let line = format!("{number}  {}", label[col.lang]);
                self.text_slices(col, line.trim(), GROUP, 0.0)
            })
            .collect()
    }

    fn field_row(&self, number: &str, label: &[String; 2], value: &Value) -> Row {
        self.columns
            .iter()
            .map(|col| {
                let head = format!("{number}  {}", label[col.lang]);
                let mut cell = self.text_slices(col, head.trim(), LABEL, 0.0);
                cell.push(Self::gap(0.6));
                cell.extend(self.value_slices(col, value));
                cell
            })
            .collect()
    }

    /// The signature block's cell in each column: each field's label and answer (an empty
    /// answer leaves a ruled line to write on), the line for the signature with its caption
    /// below, and an empty box for the seal with its caption.
    fn signature_row(
        &self,
        fields: &[([String; 2], [String; 2])],
        line: &[String; 2],
        seal: &[String; 2],
    ) -> Row {
        self.columns
            .iter()
            .map(|col| {
                let column = Column::of_lang(col.lang);
                let rule = |x0: f32, x1: f32, y: f32| Item::Path {
                    kind: PathKind::Rule,
                    column,
                    points: vec![(x0, y), (x1, y)],
                    closed: false,
                    width: 0.5,
                    color: Rgb::BLACK,
                };
                // From the column's start side: (left, right) of a width.
                let span = |width: f32| match col.dir {
                    Dir::Ltr => (col.x, col.x + width),
                    Dir::Rtl => (col.x + col.width - width, col.x + col.width),
                };
                let mut cell = Vec::new();
                for (label, value) in fields {
                    cell.extend(self.text_slices(col, &label[col.lang], LABEL, 0.0));
                    if value[col.lang].trim().is_empty() {
                        let (height, _) = self.leading.metrics(BODY.size);
                        let (x0, x1) = span(col.width * 0.8);
                        cell.push(Slice {
                            height,
                            items: vec![rule(x0, x1, height - 0.5)],
                        });
                    } else {
                        cell.extend(self.text_slices(col, &value[col.lang], BODY, 0.0));
                    }
                    cell.push(Self::gap(1.2));
                }
                let (x0, x1) = span(col.width * 0.8);
                cell.push(Slice {
                    height: SIGNATURE_ROOM,
                    items: vec![rule(x0, x1, SIGNATURE_ROOM)],
                });
                cell.push(Self::gap(0.8));
                cell.extend(self.text_slices(col, &line[col.lang], LABEL, 0.0));
                cell.push(Self::gap(3.0));
                let (x0, x1) = span(SEAL_WIDTH);
                cell.push(Slice {
                    height: SEAL_HEIGHT,
                    items: vec![Item::Path {
                        kind: PathKind::Rule,
                        column,
                        points: vec![(x0, 0.0), (x1, 0.0), (x1, SEAL_HEIGHT), (x0, SEAL_HEIGHT)],
                        closed: true,
                        width: 0.4,
                        color: RULE,
                    }],
                });
                // The seal's caption inside its box, at the top.
                let mut caption = self.text_slices(col, &seal[col.lang], LABEL, 1.5);
                let up = SEAL_HEIGHT - 1.0;
                for slice in &mut caption {
                    slice.items = std::mem::take(&mut slice.items)
                        .into_iter()
                        .map(|item| item.shifted(-up))
                        .collect();
                }
                cell.extend(caption.into_iter().take(1).map(|mut slice| {
                    slice.height = 0.0;
                    slice
                }));
                cell
            })
            .collect()
    }

    /// The closing note's cell in each column.
    fn review_row(&self, text: &[String; 2]) -> Row {
        self.columns
            .iter()
            .map(|col| self.text_slices(col, &text[col.lang], LABEL, 0.0))
            .collect()
    }

    fn value_slices(&self, col: &Col, value: &Value) -> Vec<Slice> {
        match value {
            Value::Text { text } if !text[col.lang].trim().is_empty() => {
                self.text_slices(col, &text[col.lang], BODY, 0.0)
            }
            Value::Empty | Value::Text { .. } => self.text_slices(col, "—", BODY, 0.0),
            Value::Ticks { ticks } => ticks
                .iter()
                .flat_map(|tick| {
                    let mut slices =
                        self.text_slices(col, &tick.caption[col.lang], BODY, TICK_SIZE + TICK_GAP);
                    if slices.is_empty() {
                        slices.push(Self::gap(self.leading.metrics(BODY.size).0));
                    }
                    let first = &mut slices[0];
                    let left = match col.dir {
                        Dir::Ltr => col.x,
                        Dir::Rtl => col.x + col.width - TICK_SIZE,
                    };
                    first.items.extend(tick_box(
                        col,
                        left,
                        (first.height - TICK_SIZE) / 2.0,
                        tick.checked,
                    ));
                    slices
                })
                .collect(),
        }
    }

    /// Places a row at the current position, on a new page when less than `need` (see
    /// [`start_height`]) is left; a row taller than a page continues on the next ones.
    fn place(&mut self, row: Row, kind: RowKind, need: f32) {
        if self.y + need > BODY_BOTTOM && self.y > BODY_TOP {
            self.new_page();
        }
        let mut rest: Vec<&[Slice]> = row.iter().map(Vec::as_slice).collect();
        loop {
            let avail = BODY_BOTTOM - self.y - 2.0 * ROW_PAD;
            let fresh = self.y <= BODY_TOP;
            let mut counts: Vec<usize> = rest
                .iter()
                .map(|cell| {
                    let mut used = 0.0;
                    cell.iter()
                        .take_while(|s| {
                            used += s.height;
                            used <= avail
                        })
                        .count()
                })
                .collect();
            if counts.iter().all(|n| *n == 0) {
                if !fresh {
                    self.new_page();
                    continue;
                }
                counts = rest.iter().map(|cell| cell.len().min(1)).collect();
            }
            let top = self.y;
            let mut placed: f32 = 0.0;
            let mut items = Vec::new();
            for (cell, n) in rest.iter_mut().zip(&counts) {
                let mut y = top + ROW_PAD;
                for slice in &cell[..*n] {
                    items.extend(slice.items.iter().cloned().map(|item| item.shifted(y)));
                    y += slice.height;
                }
                placed = placed.max(y - top - ROW_PAD);
                *cell = &cell[*n..];
            }
            let bottom = top + placed + 2.0 * ROW_PAD;
            let decoration = self.decoration(kind, top, bottom);
            let page = self.page();
            page.items.extend(decoration);
            page.items.extend(items);
            self.y = bottom;
            if rest.iter().all(|cell| cell.is_empty()) {
                break;
            }
            self.new_page();
        }
    }

    /// Background and rules of a placed row (portion) from `top` to `bottom`.
    fn decoration(&self, kind: RowKind, top: f32, bottom: f32) -> Vec<Item> {
        let rule = |y: f32, width: f32, color: Rgb| Item::Path {
            kind: PathKind::Rule,
            column: Column::Page,
            points: vec![(MARGIN_X, y), (MARGIN_X + CONTENT_WIDTH, y)],
            closed: false,
            width,
            color,
        };
        match kind {
            RowKind::Title => vec![rule(bottom, 1.0, Rgb::grey(0.2))],
            RowKind::Heading => vec![Item::Fill {
                rect: [
                    MARGIN_X - BAND_PAD,
                    top + 0.6,
                    CONTENT_WIDTH + 2.0 * BAND_PAD,
                    bottom - top - 0.6,
                ],
                color: Rgb::grey(0.9),
            }],
            RowKind::Group
            | RowKind::Field
            | RowKind::BeforeSignature
            | RowKind::Signature
            | RowKind::Review => {
                // A group label belongs to the rows under it: no rule between them.
                let mut items = Vec::new();
                if matches!(kind, RowKind::Field | RowKind::BeforeSignature) {
                    items.push(rule(bottom, 0.4, RULE));
                }
                if self.columns.len() == 2 {
                    let x = MARGIN_X + CONTENT_WIDTH / 2.0;
                    items.push(Item::Path {
                        kind: PathKind::Rule,
                        column: Column::Page,
                        points: vec![(x, top), (x, bottom)],
                        closed: false,
                        width: 0.4,
                        color: RULE,
                    });
                }
                items
            }
        }
    }

    /// Draft mark and footer of one page; `footer` holds the footer line of each language (page
    /// number, reference, fingerprint): nothing else is printed on every page.
    fn page_furniture(&self, footer: &[String; 2]) -> Vec<Item> {
        let mut items = Vec::new();
        for col in self.columns {
            if let Some(mark) = &self.doc.draft_mark {
                let slices = self.text_slices(col, &mark[col.lang], DRAFT, 0.0);
                items.extend(stack(slices, 6.0));
            }
            let slices = self.text_slices(col, &footer[col.lang], FOOTER, 0.0);
            items.extend(stack(slices, BODY_BOTTOM + 3.0));
        }
        items.push(Item::Path {
            kind: PathKind::Rule,
            column: Column::Page,
            points: vec![
                (MARGIN_X, BODY_BOTTOM + 1.5),
                (MARGIN_X + CONTENT_WIDTH, BODY_BOTTOM + 1.5),
            ],
            closed: false,
            width: 0.4,
            color: RULE,
        });
        items
    }
}

/// Stacks slices downwards from `top`.
fn stack(slices: Vec<Slice>, top: f32) -> Vec<Item> {
    let mut y = top;
    let mut items = Vec::new();
    for slice in slices {
        items.extend(slice.items.into_iter().map(|item| item.shifted(y)));
        y += slice.height;
    }
    items
}

/// A tick box with its top left corner at (`left`, `top`) (top relative to its slice), checked
/// or not: the square and the check mark are stroked lines.
fn tick_box(col: &Col, left: f32, top: f32, checked: bool) -> Vec<Item> {
    let column = Column::of_lang(col.lang);
    let s = TICK_SIZE;
    let mut items = vec![Item::Path {
        kind: PathKind::TickBox { checked },
        column,
        points: vec![
            (left, top),
            (left + s, top),
            (left + s, top + s),
            (left, top + s),
        ],
        closed: true,
        width: 0.6,
        color: Rgb::BLACK,
    }];
    if checked {
        items.push(Item::Path {
            kind: PathKind::CheckMark,
            column,
            points: vec![
                (left + 0.18 * s, top + 0.52 * s),
                (left + 0.42 * s, top + 0.78 * s),
                (left + 0.84 * s, top + 0.2 * s),
            ],
            closed: false,
            width: 1.2,
            color: Rgb::BLACK,
        });
    }
    items
}

/// Every drawn glyph of the plan as (font file, glyph id, text), for the renderer's glyph sets.
pub(crate) fn glyphs(plan: &PagePlan) -> impl Iterator<Item = (FontFile, u16, &str)> {
    plan.pages
        .iter()
        .flat_map(|page| page.items.iter())
        .filter_map(|item| match item {
            Item::Text(t) => Some(t.line.glyphs.iter()),
            _ => None,
        })
        .flatten()
        .map(|g| (g.font, g.id, g.text.as_str()))
}
