//! The builder of the document: a template, a draft and the catalog make a [`Document`], with
//! what is hidden, unanswered or the requester's own left out.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{
    is_printed, translation_path, translation_status, Block, Document, Tick, TranslationStatus,
    Value, PAGE, PAGES,
};
use crate::basis::Args;
use crate::country;
use crate::draft::Draft;
use crate::embedded::Embedded;
use crate::form::IDENTIFIER_TYPES;
use crate::format::{self, When};
use crate::l10n::{Arg, Catalog, L10nError, Pair};
use crate::lang::{Dir, Lang};
use crate::template::{
    detail_path, item_number, item_path, option_path, row_number, row_path, Item, ItemKind,
    Meaning, Section, Template, SIGNATURE_SECTION,
};
use crate::timezone;

/// How the document is issued.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Issue {
    /// The request as sent through the official channel.
    Final,
    /// A draft sent ahead for consultation (T-CY Rec 14), marked "DRAFT" on every page.
    Consultation,
}

/// Builds the bilingual document for a draft. The catalog must hold both document languages and
/// be built without bidi isolation marks. Items hidden by their condition, the requester's own
/// notes, unanswered optional items and unticked requests are left out; an unanswered required
/// item is shown as "—"; a question prints its answer ("Yes" or "No"), a choice every box.
pub fn build_document(
    template: &Template,
    draft: &Draft,
    catalog: &Catalog,
    issue: Issue,
    today: NaiveDate,
) -> Result<Document, L10nError> {
    build(template, draft, catalog, issue, today, None)
}

/// [`build_document`], carrying `data` as the request (and printing its fingerprint) when given:
/// a reading copy carries the request it is a copy of.
fn build(
    template: &Template,
    draft: &Draft,
    catalog: &Catalog,
    issue: Issue,
    today: NaiveDate,
    data: Option<&Embedded>,
) -> Result<Document, L10nError> {
    let mut builder = Builder {
        draft,
        catalog,
        langs: draft.langs,
        args: Args::of(template, draft),
        treaty: [String::new(), String::new()],
        answer: template.reply.is_some(),
    };
    if let Some(path) = builder.args.treaty_path.clone() {
        builder.treaty = match builder.free_text(&path, true)? {
            Value::Text { text } => text,
            _ => ["—".to_string(), "—".to_string()],
        };
    }
    let builder = builder;
    let mut blocks = Vec::new();
    for section in &template.sections {
        if section.id == SIGNATURE_SECTION {
            blocks.push(builder.signature(template, section)?);
            continue;
        }
        // A section whose items are all hidden is left out, heading and all.
        if !section.items.iter().any(|item| is_printed(draft, item)) {
            continue;
        }
        let start = blocks.len();
        if let Some(heading) = &section.heading {
            blocks.push(Block::Heading {
                number: section.number.clone(),
                text: builder.pair(heading)?,
            });
        }
        let after_heading = blocks.len();
        for (i, item) in section.items.iter().enumerate() {
            if !is_printed(draft, item) {
                continue;
            }
            let path = crate::template::item_path(section, item);
            builder.item(item, &path, item_number(section, i), &mut blocks)?;
        }
        // A heading with nothing under it is left out too.
        if blocks.len() == after_heading {
            blocks.truncate(start);
        }
    }
    let reference = draft.text("reference.reference").trim().to_string();
    let embedded = data
        .cloned()
        .unwrap_or_else(|| embedded_of(template, draft));
    let fingerprint = embedded.fingerprint();
    blocks.push(builder.review(&fingerprint)?);
    Ok(Document {
        langs: [
            builder.langs[0].code().to_string(),
            builder.langs[1].code().to_string(),
        ],
        dirs: [builder.langs[0].dir(), builder.langs[1].dir()],
        title: builder.pair(&template.title)?,
        subtitle: builder.pair(&template.legal_basis)?,
        draft_mark: match issue {
            Issue::Final => None,
            Issue::Consultation => Some(builder.pair("pdf-draft")?),
        },
        page_numbers: page_numbers(catalog, builder.langs)?,
        footer: footer(catalog, builder.langs, &reference, &fingerprint)?,
        reference,
        fingerprint,
        created: format::iso_date(today),
        blocks,
        data: embedded.write(),
    })
}

/// The request as its PDF carries it ([`Document::data`]): template, languages, route and basis,
/// and the answers the document prints.
pub fn embedded_of(template: &Template, draft: &Draft) -> Embedded {
    let args = Args::of(template, draft);
    Embedded {
        template: template.id.clone(),
        template_version: template.version,
        langs: draft.langs,
        basis: args.basis,
        route: args.route,
        answers: printed_answers(template, draft),
    }
}

/// A reading copy of a request received (`original`, shown as `draft` in the document languages
/// the reader chose): the request as [`build_document`] prints it, without a signature block (it
/// is not a new request), "reading copy of a request received" on every page, the closing note
/// of each column opening with what it is (a reading copy of the request with the original's
/// fingerprint, the original being the PDF the requesting authority signed), and carrying the
/// original request as its data, whose fingerprint it prints: opened as a request received, a
/// reading copy is the request it copies, never another one.
pub fn reading_copy(
    template: &Template,
    draft: &Draft,
    catalog: &Catalog,
    today: NaiveDate,
    original: &Embedded,
) -> Result<Document, L10nError> {
    let mut doc = build(
        template,
        draft,
        catalog,
        Issue::Final,
        today,
        Some(original),
    )?;
    let original = original.fingerprint();
    doc.blocks
        .retain(|block| !matches!(block, Block::Signature { .. }));
    let langs = draft.langs;
    doc.draft_mark = Some([
        catalog.text(langs[0], "pdf-reading-copy")?,
        catalog.text(langs[1], "pdf-reading-copy")?,
    ]);
    if let Some(Block::Review { text, .. }) = doc.blocks.last_mut() {
        for (i, lang) in langs.into_iter().enumerate() {
            // The requesting authority did not write this copy's other language: the note says
            // whose the free text is instead.
            let answers = catalog.text(lang, "pdf-review-answers")?;
            let note = catalog.format(
                lang,
                "pdf-reading-copy-note",
                &[("fingerprint", Arg::Str(&original))],
            )?;
            let lines = std::iter::once(note.as_str())
                .chain(text[i].split('\n').filter(|line| *line != answers))
                .collect::<Vec<_>>();
            text[i] = lines.join("\n");
        }
    }
    Ok(doc)
}

/// The answers the document prints, by path: every answer of a printed item (its text, ticks,
/// options' details, rows and their fields, translation and its ticks), as
/// [`build_document`] decides with [`is_printed`]; never a requester's own note, a hidden item
/// or what is kept beside a section (a provider picked).
fn printed_answers(template: &Template, draft: &Draft) -> BTreeMap<String, serde_json::Value> {
    let mut paths = Vec::new();
    for section in &template.sections {
        for item in section.items.iter().filter(|item| is_printed(draft, item)) {
            paths.push(item_path(section, item));
        }
    }
    draft
        .answers
        .iter()
        .filter(|(key, _)| {
            paths.iter().any(|path| {
                key.strip_prefix(path.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '#']))
            })
        })
        .map(|(key, answer)| (key.clone(), answer.clone()))
        .collect()
}

/// The footer's page numbers in both document languages, with [`PAGE`] and [`PAGES`] for the
/// numbers only the engine knows.
fn page_numbers(catalog: &Catalog, langs: [Lang; 2]) -> Result<Pair, L10nError> {
    let (page, pages) = (PAGE.to_string(), PAGES.to_string());
    catalog.pair(
        langs,
        "pdf-page",
        &[("page", Arg::Str(&page)), ("pages", Arg::Str(&pages))],
    )
}

/// The footer after the page numbers in both document languages: the reference (when there is
/// one) and the fingerprint, each after " · ".
fn footer(
    catalog: &Catalog,
    langs: [Lang; 2],
    reference: &str,
    fingerprint: &str,
) -> Result<Pair, L10nError> {
    let mut lines = [String::new(), String::new()];
    for (line, lang) in lines.iter_mut().zip(langs) {
        if !reference.is_empty() {
            let reference = Arg::Str(reference);
            line.push_str(" · ");
            line.push_str(&catalog.format(lang, "pdf-reference", &[("reference", reference)])?);
        }
        let fingerprint = Arg::Str(fingerprint);
        line.push_str(" · ");
        line.push_str(&catalog.format(lang, "pdf-fingerprint", &[("fingerprint", fingerprint)])?);
    }
    Ok(lines)
}

fn same(text: &str) -> Value {
    Value::Text {
        text: [text.to_string(), text.to_string()],
    }
}

struct Builder<'a> {
    draft: &'a Draft,
    catalog: &'a Catalog,
    langs: [Lang; 2],
    /// The route and legal basis, given to every message: the articles cited follow them.
    args: Args,
    /// A bilateral treaty as named in each column (`$treaty`).
    treaty: Pair,
    /// Whether the document is an answer to a request (a template with `reply`): its closing
    /// note and untranslated answers then speak of the authority answering.
    answer: bool,
}

impl Builder<'_> {
    /// The message of a request, or its variant for an answer.
    fn by_author(&self, request: &'static str, answer: &'static str) -> &'static str {
        match self.answer {
            true => answer,
            false => request,
        }
    }

    /// A message in both document languages, with the route and legal basis of the request.
    fn pair(&self, id: &str) -> Result<Pair, L10nError> {
        Ok([
            self.catalog
                .format(self.langs[0], id, &self.args.fluent(&self.treaty[0]))?,
            self.catalog
                .format(self.langs[1], id, &self.args.fluent(&self.treaty[1]))?,
        ])
    }

    /// A user's answer as printed: trimmed, and without bidi embedding, override and isolate
    /// controls, which would let a typed "\u{202E}fdp.exe" print as "exe.pdf" (the engine orders
    /// every run itself).
    fn text(&self, path: &str) -> String {
        self.draft
            .text(path)
            .trim()
            .chars()
            .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
            .collect()
    }

    /// The blocks of one item: usually one field; details, rows and identifiers add more.
    fn item(
        &self,
        item: &Item,
        path: &str,
        number: String,
        blocks: &mut Vec<Block>,
    ) -> Result<(), L10nError> {
        let label = self.pair(&item.label)?;
        match item.kind {
            ItemKind::Group => {
                let rows = self.draft.rows(path);
                if !self.rows_label(item, &rows, &number, label, blocks) {
                    return Ok(());
                }
                for (r, row) in rows.iter().enumerate() {
                    for (f, field) in item.fields.iter().enumerate() {
                        let number = if f == 0 {
                            row_number(&number, r)
                        } else {
                            String::new()
                        };
                        self.item(field, &row_path(path, row, &field.id), number, blocks)?;
                    }
                }
            }
            ItemKind::Identifiers => {
                let rows = self.draft.rows(path);
                if !self.rows_label(item, &rows, &number, label.clone(), blocks) {
                    return Ok(());
                }
                for (r, row) in rows.iter().enumerate() {
                    let row = format!("{path}.{row}");
                    let kind = self.text(&format!("{row}.type"));
                    let label = match IDENTIFIER_TYPES.iter().find(|(id, _)| *id == kind) {
                        Some((_, message)) => self.pair(message)?,
                        None => label.clone(),
                    };
                    let value = self.identifier(&row)?;
                    blocks.push(Block::Field {
                        number: row_number(&number, r),
                        label,
                        value,
                    });
                }
            }
            _ => {
                // An unticked request was not made: nothing of it is printed.
                if item.kind == ItemKind::Tick
                    && item.meaning == Some(Meaning::Request)
                    && !self.draft.ticked(path)
                {
                    return Ok(());
                }
                let value = self.value(item, path)?;
                // Unanswered optional questions are left out; a required one shows "—".
                if value == Value::Empty && !item.required {
                    return Ok(());
                }
                blocks.push(Block::Field {
                    number: number.clone(),
                    label,
                    value,
                });
                for option in &item.options {
                    let picked = match item.kind {
                        ItemKind::Ticks => self.draft.ticked(&option_path(path, option)),
                        _ => self.text(path) == option.id,
                    };
                    let detail = detail_path(path, option);
                    if let (true, Some(d), false) =
                        (picked, &option.detail, self.text(&detail).is_empty())
                    {
                        blocks.push(Block::Field {
                            number: String::new(),
                            label: self.pair(&d.label)?,
                            value: self.free_text(&detail, d.translate)?,
                        });
                    }
                }
            }
        }
        Ok(())
    }

    fn value(&self, item: &Item, path: &str) -> Result<Value, L10nError> {
        let answer = self.text(path);
        let answer = answer.as_str();
        let ticks = |ticks: Vec<Tick>| Value::Ticks { ticks };
        Ok(match item.kind {
            ItemKind::Tick => {
                let checked = self.draft.ticked(path);
                let caption = self.pair(if checked {
                    "pdf-ticked"
                } else {
                    "pdf-not-ticked"
                })?;
                // A question's answer is a word, never a box: an empty box beside "No" reads
                // as "not No". A request is printed only when made, ticked.
                if item.meaning == Some(Meaning::Question) {
                    Value::Text { text: caption }
                } else {
                    ticks(vec![Tick { checked, caption }])
                }
            }
            ItemKind::Ticks | ItemKind::Choice => {
                // A list of requests prints only those made.
                let requests = item.meaning == Some(Meaning::Request);
                let mut list = Vec::new();
                for option in &item.options {
                    let checked = match item.kind {
                        ItemKind::Ticks => self.draft.ticked(&option_path(path, option)),
                        _ => answer == option.id,
                    };
                    if checked || !requests {
                        list.push(Tick {
                            checked,
                            caption: self.pair(&option.label)?,
                        });
                    }
                }
                if list.is_empty() {
                    Value::Empty
                } else {
                    ticks(list)
                }
            }
            ItemKind::TimeRange => self
                .range(path)?
                .map_or(Value::Empty, |text| Value::Text { text }),
            _ if answer.is_empty() => Value::Empty,
            ItemKind::Text | ItemKind::LongText => self.free_text(path, item.translate)?,
            ItemKind::Date => match format::parse_date(answer) {
                Some(date) => Value::Text {
                    text: self.langs.map(|l| isolated(l, format::iso_date(date))),
                },
                None => same(answer),
            },
            ItemKind::DateTime => Value::Text {
                text: self.langs.map(|l| date_time(l, answer)),
            },
            ItemKind::TimeZone => same(&timezone::display(answer)),
            ItemKind::Country => match country::lookup(answer) {
                Some(id) => Value::Text {
                    text: self.pair(id)?,
                },
                None => same(answer),
            },
            ItemKind::Money => {
                let currency = self.text(&format!("{path}.currency"));
                same(format!("{answer} {currency}").trim())
            }
            _ => same(answer),
        })
    }

    /// The label row of a group or identifier list: above its rows when it has some; with "—"
    /// when it has none and is required. Returns whether rows follow.
    fn rows_label(
        &self,
        item: &Item,
        rows: &[String],
        number: &str,
        label: Pair,
        blocks: &mut Vec<Block>,
    ) -> bool {
        let number = number.to_string();
        if !rows.is_empty() {
            blocks.push(Block::Group { number, label });
        } else if item.required {
            let value = Value::Empty;
            blocks.push(Block::Field {
                number,
                label,
                value,
            });
        }
        !rows.is_empty()
    }

    /// Free text (an answer or an option's detail) as printed: as typed in column A; in column
    /// B its translation, or the text itself when it reads the same in both languages (the
    /// template says it is not translated, or the user ticked "same in both"), else the
    /// statement in language B that the requesting authority left it untranslated, or (in a
    /// draft for consultation only: a final request waits for it) the note that it is not yet
    /// translated. Never silently a copy.
    fn free_text(&self, path: &str, translate: bool) -> Result<Value, L10nError> {
        let answer = self.text(path);
        let b = match (translate, translation_status(self.draft, path)) {
            (false, _) | (true, TranslationStatus::Same) => answer.clone(),
            (true, TranslationStatus::Translated) => self.text(&translation_path(path)),
            (true, TranslationStatus::Left) => self.catalog.text(
                self.langs[1],
                self.by_author("pdf-left-untranslated", "pdf-left-untranslated-answer"),
            )?,
            (true, TranslationStatus::Pending) => {
                self.catalog.text(self.langs[1], "pdf-not-translated")?
            }
        };
        Ok(Value::Text { text: [answer, b] })
    }

    /// The signature block (`templates/signature.toml`): name, position, place and date as
    /// answered, the name and position falling back on the requesting (or, in an answer, the
    /// answering) authority's own where the template asks for them (the form does not ask twice). The translation checker is not
    /// printed here but in the closing note ([`Builder::review`]).
    fn signature(&self, template: &Template, section: &Section) -> Result<Block, L10nError> {
        let fallback = |item: &str| -> Option<&'static str> {
            let paths: &[&'static str] = match item {
                "name" => &[
                    "requesting-authority.person",
                    "requesting-authority.officer",
                    "responding-authority.person",
                ],
                "position" => &[
                    "requesting-authority.position",
                    "responding-authority.position",
                ],
                _ => &[],
            };
            paths.iter().copied().find(|p| template.item(p).is_some())
        };
        let mut fields = Vec::new();
        for item in &section.items {
            if !["name", "position", "place", "date"].contains(&item.id.as_str()) {
                continue;
            }
            let mut path = item_path(section, item);
            let mut translate = item.translate;
            if self.text(&path).is_empty() {
                if let Some(other) = fallback(&item.id) {
                    translate = template.item(other).is_some_and(|i| i.translate);
                    path = other.to_string();
                }
            }
            let value = match self.value(item, &path)? {
                Value::Text { .. } if item.kind.is_free_text() => {
                    match self.free_text(&path, translate)? {
                        Value::Text { text } => text,
                        _ => [String::new(), String::new()],
                    }
                }
                Value::Text { text } => text,
                _ => [String::new(), String::new()],
            };
            fields.push((self.pair(&item.label)?, value));
        }
        Ok(Block::Signature {
            number: section.number.clone(),
            heading: self.pair(section.heading.as_deref().unwrap_or("signature-heading"))?,
            fields,
            line: self.pair("signature-line")?,
            seal: self.pair("signature-seal")?,
        })
    }

    /// The closing note, in each column: the form's wording machine-drafted (only in the column
    /// of a language not yet reviewed, [`Lang::is_reviewed`]), the answers written and translated
    /// by the requesting authority, checked by the person the signature block names (if any),
    /// and the fingerprint.
    fn review(&self, fingerprint: &str) -> Result<Block, L10nError> {
        let path = |item: &str| format!("{SIGNATURE_SECTION}.{item}");
        let name = self.text(&path("checked-name"));
        let office = match self.free_text(&path("checked-office"), true)? {
            Value::Text { text } if !text[0].is_empty() => Some(text),
            _ => None,
        };
        let mut text = [String::new(), String::new()];
        for (i, lang) in self.langs.into_iter().enumerate() {
            let mut lines = Vec::new();
            if !lang.is_reviewed() {
                lines.push(self.catalog.text(lang, "pdf-review-form-wording")?);
            }
            lines.push(self.catalog.text(
                lang,
                self.by_author("pdf-review-answers", "pdf-review-answers-answer"),
            )?);
            match (name.as_str(), &office) {
                ("", None) => {}
                ("", Some(office)) => lines.push(self.catalog.format(
                    lang,
                    "pdf-review-checked",
                    &[("name", Arg::Str(&office[i]))],
                )?),
                (name, None) => lines.push(self.catalog.format(
                    lang,
                    "pdf-review-checked",
                    &[("name", Arg::Str(name))],
                )?),
                (name, Some(office)) => lines.push(self.catalog.format(
                    lang,
                    "pdf-review-checked-office",
                    &[("name", Arg::Str(name)), ("office", Arg::Str(&office[i]))],
                )?),
            }
            lines.push(self.catalog.format(
                lang,
                "pdf-fingerprint",
                &[("fingerprint", Arg::Str(fingerprint))],
            )?);
            text[i] = lines.join("\n");
        }
        Ok(Block::Review {
            heading: self
                .pair(self.by_author("pdf-review-heading", "pdf-review-heading-answer"))?,
            text,
        })
    }

    /// "from … to …" in each language, if either end is given.
    fn range(&self, path: &str) -> Result<Option<Pair>, L10nError> {
        let (from, to) = (
            self.text(&format!("{path}.from")),
            self.text(&format!("{path}.to")),
        );
        if from.is_empty() && to.is_empty() {
            return Ok(None);
        }
        let mut pair = [String::new(), String::new()];
        for (i, lang) in self.langs.into_iter().enumerate() {
            let (from, to) = (date_time(lang, &from), date_time(lang, &to));
            let args = [("from", Arg::Str(&from)), ("to", Arg::Str(&to))];
            pair[i] = self.catalog.format(lang, "pdf-time-range", &args)?;
        }
        Ok(Some(pair))
    }

    /// An identifier row: the value, then its source port, time and time range, in each language.
    fn identifier(&self, row: &str) -> Result<Value, L10nError> {
        let [value, port, at] = ["value", "port", "at"].map(|f| self.text(&format!("{row}.{f}")));
        let (value, port, at) = (value.as_str(), port.as_str(), at.as_str());
        let range = self.range(row)?;
        if value.is_empty() && port.is_empty() && at.is_empty() && range.is_none() {
            return Ok(Value::Empty);
        }
        let mut pair = [String::new(), String::new()];
        for (i, lang) in self.langs.into_iter().enumerate() {
            // In a right-to-left column the identifier (an account name, an IP address) is
            // isolated, so that the row takes the column's direction from its own words ("from",
            // "to") and the period reads in order, while the identifier keeps its own.
            let mut parts = vec![match (value.is_empty(), lang.dir()) {
                (true, _) => "—".to_string(),
                (false, Dir::Rtl) => format!("\u{2068}{value}\u{2069}"),
                (false, Dir::Ltr) => value.to_string(),
            }];
            if !port.is_empty() {
                parts.push(self.catalog.format(
                    lang,
                    "pdf-source-port",
                    &[("port", Arg::Str(port))],
                )?);
            }
            if !at.is_empty() {
                let time = date_time(lang, at);
                parts.push(self.catalog.format(
                    lang,
                    "pdf-at-time",
                    &[("time", Arg::Str(&time))],
                )?);
            }
            if let Some(range) = &range {
                parts.push(range[i].clone());
            }
            pair[i] = parts.join("; ");
        }
        Ok(Value::Text { text: pair })
    }
}

/// A date or date-time as printed in a column of `lang`: as it is, isolated in a right-to-left
/// column so that it reads left to right there.
fn isolated(lang: Lang, text: String) -> String {
    match lang.dir() {
        Dir::Rtl => format!("\u{2068}{text}\u{2069}"),
        Dir::Ltr => text,
    }
}

/// A date-time answer as printed in every language: ISO 8601 and its zone, "2026-11-20 14:03
/// UTC+04:00", whatever the language's own date style (the form keeps it), so that no reader
/// takes the day for the month; isolated in a right-to-left column. An unreadable answer is
/// shown as typed, an empty one as "—".
pub fn date_time(lang: Lang, answer: &str) -> String {
    isolated(lang, iso_date_time(answer))
}

fn iso_date_time(answer: &str) -> String {
    match format::parse_date_time(answer) {
        Some(When::Zoned(t)) => {
            let offset = format::offset_text(*t.offset());
            let zone = if offset == "+00:00" {
                "UTC".to_string()
            } else {
                timezone::display(&offset)
            };
            format!(
                "{} {} {zone}",
                format::iso_date(t.date_naive()),
                format::clock(t.time(), with_seconds(answer))
            )
        }
        Some(When::Unzoned(t)) => {
            format!(
                "{} {}",
                format::iso_date(t.date()),
                format::clock(t.time(), with_seconds(answer))
            )
        }
        None if answer.is_empty() => "—".to_string(),
        None => answer.to_string(),
    }
}

/// Seconds are shown when they were given.
fn with_seconds(answer: &str) -> bool {
    answer.get(16..17) == Some(":")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::same_path;
    use crate::registry;

    fn doc(answers: &[(&str, &str)], issue: Issue) -> Document {
        let t = registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        for (path, value) in answers {
            d.set_text(path, value);
        }
        let c = Catalog::new(&d.langs, false).unwrap();
        build_document(
            &t,
            &d,
            &c,
            issue,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        )
        .unwrap()
    }

    fn field<'a>(doc: &'a Document, label_en: &str) -> &'a Value {
        doc.blocks
            .iter()
            .find_map(|b| match b {
                Block::Field { label, value, .. } if label[0] == label_en => Some(value),
                _ => None,
            })
            .unwrap()
    }

    /// Every text of a document, both columns: title, legal basis, labels, answers, captions.
    fn all_text(d: &Document) -> String {
        let mut out = vec![d.title.join(" "), d.subtitle.join(" ")];
        for block in &d.blocks {
            out.extend(block.pairs().into_iter().map(|p| p.join(" ")));
        }
        out.join("\n")
    }

    #[test]
    fn the_requesters_preservation_guidance_is_never_printed() {
        // The date of execution is the requester's own note, and the Rec 16 period, renewal and
        // T-CY notes derived from it are shown in the app only: the requested State is never
        // told its own law.
        let d = doc(
            &[
                ("requested-authority.country", "IT"),
                ("executed.date", "2027-01-31"),
            ],
            Issue::Final,
        );
        let text = all_text(&d);
        for absent in [
            "Date the requested Party executed the preservation",
            "Expected end of preservation",
            "Extension or renewal",
            "T-CY",
            "31/01/2027",
        ] {
            assert!(!text.contains(absent), "{absent:?} printed");
        }
        assert!(!d
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Field { number, .. } if number == "3.2")));
    }

    /// The request as data the document carries, read back.
    fn data(d: &Document) -> crate::embedded::Embedded {
        crate::embedded::read(d.data.as_bytes(), registry::TEMPLATE_IDS)
            .unwrap()
            .request
    }

    #[test]
    fn the_data_carries_the_printed_answers_only_and_the_printed_fingerprint() {
        let printed = [
            ("requested-authority.country", "IT"),
            ("reference.reference", "PR-7"),
        ];
        let d = doc(&printed, Issue::Final);
        let request = data(&d);
        assert_eq!(request.template, "art29-preservation");
        assert_eq!(request.langs, [Lang::En, Lang::Ru]);
        assert_eq!(request.fingerprint(), d.fingerprint);
        for (path, value) in printed {
            assert_eq!(request.answers[path], serde_json::Value::from(value));
        }
        assert_eq!(request.answers.len(), printed.len());
        // The requester's own note (never printed) is not in the data and leaves the
        // fingerprint as it was; a printed answer changes both.
        let noted = doc(
            &[printed[0], printed[1], ("executed.date", "2027-01-31")],
            Issue::Final,
        );
        assert_eq!(noted.data, d.data);
        assert_eq!(noted.fingerprint, d.fingerprint);
        let other = doc(&[printed[0], ("reference.reference", "PR-8")], Issue::Final);
        assert_ne!(other.fingerprint, d.fingerprint);
        assert_eq!(data(&other).fingerprint(), other.fingerprint);
    }

    #[test]
    fn an_unticked_request_leaves_no_trace_and_a_question_says_no() {
        let d = doc(&[], Issue::Consultation);
        let text = all_text(&d);
        for request in [
            "Expedited disclosure of preserved traffic data",
            "Please confirm that the data have been preserved",
            "The requesting Party intends to submit a request for mutual assistance",
            "Please do not notify the subscriber",
            "The offence corresponds to an offence established",
        ] {
            assert!(
                !text.contains(request),
                "unticked request printed: {request}"
            );
        }
        // A question prints its answer as a word, "No" included, without a box.
        assert_eq!(
            field(
                &d,
                "The investigative or operational authority is different from the requesting authority"
            ),
            &Value::Text {
                text: ["No".into(), "Нет".into()]
            }
        );
        // A ticked request is printed; of a list of requests, only those ticked.
        let t = registry::template("art29-preservation").unwrap();
        let mut draft = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        draft.set_ticked("traffic-disclosure.traffic-disclosure", true);
        draft.set_ticked("confidentiality.conditions.warn", true);
        let c = Catalog::new(&draft.langs, false).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let d = build_document(&t, &draft, &c, Issue::Final, today).unwrap();
        let text = all_text(&d);
        assert!(text.contains("Expedited disclosure of preserved traffic data"));
        assert!(text.contains("Please inform the requesting authority before any action"));
        assert!(!text.contains("Please do not notify the subscriber"));
    }

    #[test]
    fn the_legal_basis_follows_the_route_of_an_emergency_request() {
        let t = registry::template("emergency-disclosure").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let build = |route: &str| {
            let mut draft = Draft::new("d", &t, [Lang::En, Lang::Ru]);
            draft.set_text("channel.basis", route);
            let c = Catalog::new(&draft.langs, false).unwrap();
            build_document(&t, &draft, &c, Issue::Final, today).unwrap()
        };
        // A provider's own channel cites no treaty, anywhere in the document.
        let provider = build("provider");
        let text = all_text(&provider);
        for treaty in [
            "Protocol",
            "Convention",
            "CETS",
            "ETS No",
            "Протокол",
            "Конвенц",
        ] {
            assert!(
                !text.contains(treaty),
                "{treaty} cited on the provider route"
            );
        }
        // A Protocol route cites its article and says the Protocol binds its Parties only.
        for (route, article) in [
            ("protocol-art9", "Article 9"),
            ("protocol-art10", "Article 10"),
        ] {
            let d = build(route);
            assert!(d.subtitle[0].contains(article), "{route}: {:?}", d.subtitle);
            assert!(d.subtitle[0].contains("only between States that are Parties"));
            assert_ne!(d.subtitle[1], d.subtitle[0]);
        }
        assert!(!build("protocol-art9").subtitle[0].contains("Article 10"));
    }

    #[test]
    fn an_identifier_is_isolated_in_a_right_to_left_column_only() {
        let t = registry::template("art29-preservation").unwrap();
        let mut draft = Draft::new("d", &t, [Lang::En, Lang::Ar]);
        let row = draft.add_row("data.identifiers");
        for (field, value) in [
            ("type", "account"),
            ("value", "VPS-48213"),
            ("from", "2026-08-01T00:00+04:00"),
            ("to", "2026-09-24T23:59+04:00"),
        ] {
            draft.set_text(&format!("data.identifiers.{row}.{field}"), value);
        }
        let c = Catalog::new(&draft.langs, false).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let d = build_document(&t, &draft, &c, Issue::Final, today).unwrap();
        let text = d
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Field {
                    value: Value::Text { text },
                    ..
                } if text[0].starts_with("VPS-48213") => Some(text.clone()),
                _ => None,
            })
            .unwrap();
        assert!(text[0].starts_with("VPS-48213; from "), "{}", text[0]);
        assert!(
            text[1].starts_with("\u{2068}VPS-48213\u{2069}; "),
            "{}",
            text[1]
        );
    }

    #[test]
    fn labels_and_values_in_both_languages() {
        let d = doc(
            &[
                ("date.date", "2026-11-22"),
                ("reference.reference", "PR-2026-0042"),
                ("status.status", "extension"),
                ("status.status.extension.detail", "PR-2026-0001"),
                (
                    "requesting-authority.organisation",
                    "Prosecutor General's Office",
                ),
                ("requesting-authority.time-zone", "+04:00"),
            ],
            Issue::Final,
        );
        assert_eq!(d.langs, ["en", "ru"]);
        assert_eq!(d.reference, "PR-2026-0042");
        assert_eq!(d.draft_mark, None);
        assert_eq!(
            field(&d, "Date"),
            &Value::Text {
                text: ["2026-11-22".into(), "2026-11-22".into()]
            }
        );
        let tick = |checked: bool, en: &str, ru: &str| Tick {
            checked,
            caption: [en.into(), ru.into()],
        };
        assert_eq!(
            field(&d, "Request status"),
            &Value::Ticks {
                ticks: vec![
                    tick(false, "New request", "Новый запрос"),
                    tick(
                        true,
                        "Extension of previous request",
                        "Продление ранее направленного запроса"
                    ),
                ]
            }
        );
        assert_eq!(
            field(&d, "Ticket or reference number of the previous request"),
            &Value::Text {
                text: ["PR-2026-0001".into(), "PR-2026-0001".into()]
            }
        );
        assert_eq!(
            field(&d, "Time zone"),
            &Value::Text {
                text: ["UTC+04:00".into(), "UTC+04:00".into()]
            }
        );
        assert_eq!(field(&d, "E-mail"), &Value::Empty);
    }

    #[test]
    fn the_footer_line_is_the_messages_own_on_every_page() {
        // The engine fills the page numbers into a pattern resolved once: that is only right
        // while every locale's `pdf-page` places `$page` and `$pages` without selecting on them.
        let t = registry::template("art29-preservation").unwrap();
        for &lang in Lang::ALL {
            let mut d = Draft::new("d", &t, [lang, Lang::En]);
            d.set_text("reference.reference", "PR-7");
            let c = Catalog::new(&d.langs, false).unwrap();
            let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
            let doc = build_document(&t, &d, &c, Issue::Final, today).unwrap();
            for (page, pages) in [(1, 1), (2, 3), (10, 12), (1, 21), (101, 102)] {
                let numbers = [
                    ("page", Arg::Num(page as f64)),
                    ("pages", Arg::Num(pages as f64)),
                ];
                let expected = format!(
                    "{} · {} · {}",
                    c.format(lang, "pdf-page", &numbers).unwrap(),
                    c.format(lang, "pdf-reference", &[("reference", Arg::Str("PR-7"))])
                        .unwrap(),
                    c.format(
                        lang,
                        "pdf-fingerprint",
                        &[("fingerprint", Arg::Str(&doc.fingerprint))]
                    )
                    .unwrap(),
                );
                assert_eq!(doc.footer_line(0, page, pages), expected, "{lang:?}");
            }
        }
    }

    #[test]
    fn without_a_reference_the_footer_has_the_page_and_the_fingerprint() {
        let d = doc(&[], Issue::Final);
        let line = d.footer_line(1, 2, 3);
        assert_eq!(
            line,
            format!("Страница 2 из 3 · Контрольная сумма {}", d.fingerprint)
        );
    }

    #[test]
    fn free_text_is_never_silently_copied_into_the_other_language() {
        let d = doc(
            &[(
                "requesting-authority.organisation",
                "Prosecutor General's Office",
            )],
            Issue::Final,
        );
        let Value::Text { text } = field(&d, "Organisation") else {
            panic!()
        };
        assert_eq!(text[0], "Prosecutor General's Office");
        assert!(text[1].starts_with("[Не переведено"));
        let d = doc(
            &[
                (
                    "requesting-authority.organisation",
                    "Prosecutor General's Office",
                ),
                (
                    "requesting-authority.organisation#b",
                    "Генеральная прокуратура",
                ),
            ],
            Issue::Final,
        );
        let Value::Text { text } = field(&d, "Organisation") else {
            panic!()
        };
        assert_eq!(text[1], "Генеральная прокуратура");
    }

    #[test]
    fn a_text_marked_same_in_both_languages_is_printed_as_typed_in_both_columns() {
        let t = registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        let path = "requesting-authority.organisation";
        d.set_text(path, "EUROJUST");
        assert_eq!(translation_status(&d, path), TranslationStatus::Pending);
        d.set_ticked(&same_path(path), true);
        assert_eq!(translation_status(&d, path), TranslationStatus::Same);
        let c = Catalog::new(&d.langs, false).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let built = build_document(&t, &d, &c, Issue::Final, today).unwrap();
        assert_eq!(
            field(&built, "Organisation"),
            &Value::Text {
                text: ["EUROJUST".into(), "EUROJUST".into()]
            }
        );
        // A typed translation wins over the tick.
        d.set_text(&translation_path(path), "ЕВРОЮСТ");
        assert_eq!(translation_status(&d, path), TranslationStatus::Translated);
        let built = build_document(&t, &d, &c, Issue::Final, today).unwrap();
        let Value::Text { text } = field(&built, "Organisation") else {
            panic!()
        };
        assert_eq!(text[1], "ЕВРОЮСТ");
    }

    #[test]
    fn a_translatable_detail_prints_its_translation_or_says_it_is_not_translated() {
        let other = [
            ("data.categories.other", "true"),
            ("data.categories.other.detail", "Cloud backups"),
        ];
        let built = |extra: &[(&str, &str)]| {
            let t = registry::template("art29-preservation").unwrap();
            let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
            for (path, value) in other.iter().chain(extra) {
                match *value {
                    "true" => d.set_ticked(path, true),
                    _ => d.set_text(path, value),
                }
            }
            let c = Catalog::new(&d.langs, false).unwrap();
            let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
            let doc = build_document(&t, &d, &c, Issue::Final, today).unwrap();
            let label = c.text(Lang::En, "art29-preservation-data-categories-other-detail");
            field(&doc, &label.unwrap()).clone()
        };
        let Value::Text { text } = built(&[]) else {
            panic!()
        };
        assert_eq!(text[0], "Cloud backups");
        assert!(text[1].starts_with("[Не переведено"));
        let translated = [("data.categories.other.detail#b", "Облачные копии")];
        assert_eq!(
            built(&translated),
            Value::Text {
                text: ["Cloud backups".into(), "Облачные копии".into()]
            }
        );
    }

    #[test]
    fn an_option_detail_follows_the_translation_rule_unless_it_is_a_reference() {
        let means = "requesting-authority.response.means";
        let detail = "requesting-authority.response.means.detail";
        let t = registry::template("art29-preservation").unwrap();
        let c = Catalog::new(&[Lang::En, Lang::Ru], false).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut draft = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        draft.set_text("status.status", "extension");
        draft.set_text("status.status.extension.detail", "PR-2026-0001");
        draft.set_ticked(means, true);
        draft.set_text(detail, "Telephone, then e-mail");
        let d = build_document(&t, &draft, &c, Issue::Final, today).unwrap();
        // A reference reads the same in both languages (the template says translate = false).
        assert_eq!(
            field(&d, "Ticket or reference number of the previous request"),
            &Value::Text {
                text: ["PR-2026-0001".into(), "PR-2026-0001".into()]
            }
        );
        // Free text is never silently copied: untranslated, column B says so.
        let label = "Means of response";
        let Value::Text { text } = field(&d, label) else {
            panic!()
        };
        assert_eq!(text[0], "Telephone, then e-mail");
        assert!(text[1].starts_with("[Не переведено"), "{}", text[1]);
        draft.set_text(&translation_path(detail), "Телефон, затем e-mail");
        let d = build_document(&t, &draft, &c, Issue::Final, today).unwrap();
        let Value::Text { text } = field(&d, label) else {
            panic!()
        };
        assert_eq!(text[1], "Телефон, затем e-mail");
    }

    #[test]
    fn a_group_prints_its_label_above_its_rows() {
        let rows = "offence.offences";
        let t = registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        d.add_row(rows);
        let row = &d.rows(rows)[0];
        d.set_text(&format!("{rows}.{row}.offence"), "Extortion");
        let c = Catalog::new(&d.langs, false).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let built = build_document(&t, &d, &c, Issue::Final, today).unwrap();
        let at = built
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Group { number, .. } if number == "10.1"))
            .expect("group label");
        let Block::Group { label, .. } = &built.blocks[at] else {
            unreachable!()
        };
        assert_eq!(
            label[0],
            c.text(Lang::En, "art29-preservation-offence-offences")
                .unwrap()
        );
        assert!(
            matches!(&built.blocks[at + 1], Block::Field { number, .. } if number == "10.1.1"),
            "{:?}",
            built.blocks[at + 1]
        );
    }

    #[test]
    fn a_consultation_draft_is_marked_in_both_languages() {
        let d = doc(&[], Issue::Consultation);
        assert_eq!(
            d.draft_mark,
            Some([
                "DRAFT FOR CONSULTATION".into(),
                "ПРОЕКТ ДЛЯ СОГЛАСОВАНИЯ".into()
            ])
        );
    }

    #[test]
    fn headings_and_numbers_follow_the_template() {
        let d = doc(&[], Issue::Final);
        let numbers: Vec<&str> = d
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading { number, .. }
                | Block::Group { number, .. }
                | Block::Field { number, .. }
                | Block::Signature { number, .. } => number.as_str(),
                Block::Review { .. } => "review",
            })
            .collect();
        // In an empty draft: conditional items (3.1, 7.2 to 7.8) are hidden, the requester's
        // own note (3.2) is never printed, unanswered optional items (5.3 address, section 6
        // backup contact, …) and unticked requests (10.3, 14.1, 15, 16.1, 17) are left out, and
        // so are the headings left with nothing under them; required items and questions (7.1)
        // stay, under their template numbers.
        assert_eq!(
            numbers,
            [
                "1", "2", "3", "4", "4.1", "4.2", "4.3", "5", "5.1", "5.2", "5.4", "5.6", "5.9",
                "5.10", "7", "7.1", "10", "10.1", "10.2", "11", "11.1", "11.3", "11.4", "12",
                "12.1", "13", "13.1", "18", "review"
            ]
        );
    }

    /// Day and month can never be swapped: every date and time is ISO 8601 in every language,
    /// with its zone, whatever the language's own date style; isolated in a right-to-left column.
    #[test]
    fn dates_and_times_are_iso_in_every_language() {
        for &lang in Lang::ALL {
            let t = date_time(lang, "2026-11-03T02:17+02:00");
            let bare = t.trim_matches(['\u{2068}', '\u{2069}']);
            assert_eq!(bare, "2026-11-03 02:17 UTC+02:00", "{}", lang.code());
            assert_eq!(t != bare, lang.dir() == Dir::Rtl, "{}", lang.code());
        }
        assert_eq!(
            date_time(Lang::En, "2026-11-03T02:17:09Z"),
            "2026-11-03 02:17:09 UTC"
        );
        let d = doc(&[("date.date", "2026-11-03")], Issue::Final);
        assert_eq!(
            field(&d, "Date"),
            &Value::Text {
                text: ["2026-11-03".into(), "2026-11-03".into()]
            }
        );
    }

    fn signature(d: &Document) -> (&Vec<(Pair, Pair)>, &Pair, &Pair) {
        d.blocks
            .iter()
            .find_map(|b| match b {
                Block::Signature {
                    fields, line, seal, ..
                } => Some((fields, line, seal)),
                _ => None,
            })
            .expect("a signature block")
    }

    /// Every request ends with one signature block and the closing note, in that order: name
    /// (the person in charge of the request when left empty), position, place and date (ISO),
    /// a signature line and room for a seal.
    #[test]
    fn every_request_ends_with_the_signature_block_then_the_closing_note() {
        for (id, _) in registry::TEMPLATES {
            let t = registry::template(id).unwrap();
            let d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
            let c = Catalog::new(&d.langs, false).unwrap();
            let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
            let doc = build_document(&t, &d, &c, Issue::Final, today).unwrap();
            let n = doc.blocks.len();
            assert!(
                matches!(doc.blocks[n - 2], Block::Signature { .. }),
                "{id}: {:?}",
                doc.blocks[n - 2]
            );
            assert!(matches!(doc.blocks[n - 1], Block::Review { .. }), "{id}");
            let count = |f: fn(&Block) -> bool| doc.blocks.iter().filter(|b| f(b)).count();
            assert_eq!(count(|b| matches!(b, Block::Signature { .. })), 1, "{id}");
            assert_eq!(count(|b| matches!(b, Block::Review { .. })), 1, "{id}");
        }
        let d = doc(
            &[
                ("requesting-authority.person", "N. Beridze"),
                ("signature.place", "Tbilisi"),
                ("signature.place#b", "Тбилиси"),
                ("signature.date", "2026-11-03"),
            ],
            Issue::Final,
        );
        let (fields, line, seal) = signature(&d);
        let values: Vec<&Pair> = fields.iter().map(|(_, v)| v).collect();
        assert_eq!(
            values,
            [
                &["N. Beridze".to_string(), "N. Beridze".to_string()],
                &[String::new(), String::new()],
                &["Tbilisi".to_string(), "Тбилиси".to_string()],
                &["2026-11-03".to_string(), "2026-11-03".to_string()],
            ]
        );
        assert_eq!(fields[0].0[0], "Name");
        assert_eq!(line[0], "Signature");
        assert_eq!(seal[0], "Official seal");
        // A name given in the block wins over the requesting authority's person.
        let d = doc(
            &[
                ("requesting-authority.person", "N. Beridze"),
                ("signature.name", "G. Giorgadze"),
            ],
            Issue::Final,
        );
        assert_eq!(signature(&d).0[0].1[0], "G. Giorgadze");
    }

    fn review(d: &Document) -> &Pair {
        d.blocks
            .iter()
            .find_map(|b| match b {
                Block::Review { text, .. } => Some(text),
                _ => None,
            })
            .expect("a closing note")
    }

    /// The closing note says the form's wording was machine-drafted only in the column of a
    /// language not yet reviewed, that the requesting authority wrote and translated the
    /// answers, who checked the translation where the block names them, and the fingerprint;
    /// the footer says nothing of it.
    #[test]
    fn the_closing_note_says_who_wrote_what_once_per_column() {
        let d = doc(
            &[
                ("signature.checked-name", "T. Translator"),
                ("signature.checked-office", "Translation Unit"),
                ("signature.checked-office#b", "Отдел переводов"),
            ],
            Issue::Final,
        );
        let [en, ru] = review(&d);
        assert!(!en.contains("machine-drafted"), "{en}");
        assert!(ru.contains("машинным переводом"), "{ru}");
        assert!(en.contains("written by the requesting authority"), "{en}");
        assert!(
            en.contains("checked by T. Translator (Translation Unit)"),
            "{en}"
        );
        assert!(ru.contains("T. Translator (Отдел переводов)"), "{ru}");
        assert!(en.contains(&d.fingerprint) && ru.contains(&d.fingerprint));
        for footer in &d.footer {
            assert!(!footer.contains("machine") && !footer.contains("машин"));
        }
        let plain = doc(&[], Issue::Final);
        assert!(!review(&plain)[0].contains("checked by"));
    }

    /// An answer left untranslated on purpose says so in column B; never "[Not translated…]".
    #[test]
    fn an_answer_left_untranslated_says_so_in_the_other_column() {
        let t = registry::template("art29-preservation").unwrap();
        let mut draft = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        draft.set_text("requesting-authority.organisation", "Prokuratura");
        draft.set_ticked("requesting-authority.organisation#untranslated", true);
        let c = Catalog::new(&draft.langs, false).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let d = build_document(&t, &draft, &c, Issue::Final, today).unwrap();
        let Value::Text { text } = field(&d, "Organisation") else {
            panic!("text")
        };
        assert_eq!(text[0], "Prokuratura");
        assert!(
            text[1].starts_with("Оставлено запрашивающим органом без перевода"),
            "{}",
            text[1]
        );
    }

    /// A reading copy: no signature block, marked on every page and in each column's closing
    /// note with the original's fingerprint, the claim that the requesting authority wrote both
    /// columns' answers left out; the rest as the request prints it.
    #[test]
    fn a_reading_copy_is_marked_in_both_columns_and_has_no_signature_block() {
        let t = registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::Fr, Lang::En]);
        d.set_text("reference.reference", "PR-1");
        // Until every locale has the reading copy's two messages (tests/it/locales.rs checks
        // that), a language without them gets the English ones: this test is the builder's.
        let mut c = Catalog::new(&d.langs, false).unwrap();
        let en = Catalog::new(&[Lang::En], false).unwrap();
        let source = format!(
            "pdf-reading-copy = {}\npdf-reading-copy-note = {}\n",
            en.text(Lang::En, "pdf-reading-copy").unwrap(),
            en.format(
                Lang::En,
                "pdf-reading-copy-note",
                &[("fingerprint", Arg::Str("{ $fingerprint }"))]
            )
            .unwrap()
        );
        for lang in d.langs {
            if c.text(lang, "pdf-reading-copy").is_err() {
                c.add_template(lang, "reading-copy", &source).unwrap();
            }
        }
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let request = build_document(&t, &d, &c, Issue::Final, today).unwrap();
        // The request as sent, in other languages than the copy's.
        let mut sent = d.clone();
        sent.langs = [Lang::Ka, Lang::En];
        let original = embedded_of(&t, &sent);
        let copy = reading_copy(&t, &d, &c, today, &original).unwrap();
        assert!(request
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Signature { .. })));
        assert!(!copy
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Signature { .. })));
        let mark = copy.draft_mark.as_ref().unwrap();
        assert_eq!(mark[1], c.text(Lang::En, "pdf-reading-copy").unwrap());
        assert_eq!(mark[0], c.text(Lang::Fr, "pdf-reading-copy").unwrap());
        let Some(Block::Review { text, .. }) = copy.blocks.last() else {
            panic!("a closing note")
        };
        // It carries the original request and prints its fingerprint, in the note and footer.
        assert_eq!(copy.data, original.write());
        assert_eq!(copy.fingerprint, original.fingerprint());
        assert_ne!(copy.fingerprint, request.fingerprint);
        for (i, lang) in [Lang::Fr, Lang::En].into_iter().enumerate() {
            let note = c
                .format(
                    lang,
                    "pdf-reading-copy-note",
                    &[("fingerprint", Arg::Str(&original.fingerprint()))],
                )
                .unwrap();
            assert!(text[i].starts_with(&note));
            let answers = c.text(lang, "pdf-review-answers").unwrap();
            assert!(!text[i].contains(&answers));
            assert!(text[i].ends_with(&original.fingerprint()));
            assert!(copy.footer[i].contains(&original.fingerprint()));
        }
    }
}
