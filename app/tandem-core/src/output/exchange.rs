//! The document as the page hands it to the PDF worker: one text of length-prefixed fields
//! (`5:hello`, the length in bytes), written by [`encode_request`] and read by
//! [`decode_request`]. The worker then needs no JSON reader: serde_json, with serde's error
//! messages and the float formatting they pull in, cost its wasm about 20 kB brotli, while a
//! document is only strings, flags and counts.
//!
//! Layout: the layout mode's name, then the document's fields in declaration order; a pair is
//! its two texts, a flag `0` or `1`, a direction `ltr` or `rtl`, a list its length then its items,
//! a block or value its kind (`heading`, `group`, `field`, `signature`, `review`; `empty`,
//! `text`, `ticks`) then its fields. Nothing is optional in the text but the draft mark, which follows a flag.

use std::fmt;

use crate::document::{Block, Document, Tick, Value};
use crate::l10n::Pair;
use crate::lang::Dir;

/// Why a request text could not be read (never expected from the page; a fault to report).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExchangeError {
    /// Byte offset in the request text where reading stopped.
    pub at: usize,
    pub expected: &'static str,
}

impl fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unreadable document request at byte {}: expected {}",
            self.at, self.expected
        )
    }
}

impl std::error::Error for ExchangeError {}

/// The request the PDF worker gets: the layout mode's name (`side-by-side`, …) and the document.
pub fn encode_request(mode: &str, doc: &Document) -> String {
    let mut w = Writer(String::new());
    w.str(mode);
    w.pair(&doc.langs);
    for dir in doc.dirs {
        w.str(match dir {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        });
    }
    w.pair(&doc.title);
    w.pair(&doc.subtitle);
    w.flag(doc.draft_mark.is_some());
    if let Some(mark) = &doc.draft_mark {
        w.pair(mark);
    }
    w.str(&doc.reference);
    w.pair(&doc.page_numbers);
    w.pair(&doc.footer);
    w.str(&doc.fingerprint);
    w.str(&doc.created);
    w.count(doc.blocks.len());
    for block in &doc.blocks {
        match block {
            Block::Heading { number, text } => {
                w.str("heading");
                w.str(number);
                w.pair(text);
            }
            Block::Group { number, label } => {
                w.str("group");
                w.str(number);
                w.pair(label);
            }
            Block::Field {
                number,
                label,
                value,
            } => {
                w.str("field");
                w.str(number);
                w.pair(label);
                match value {
                    Value::Empty => w.str("empty"),
                    Value::Text { text } => {
                        w.str("text");
                        w.pair(text);
                    }
                    Value::Ticks { ticks } => {
                        w.str("ticks");
                        w.count(ticks.len());
                        for tick in ticks {
                            w.flag(tick.checked);
                            w.pair(&tick.caption);
                        }
                    }
                }
            }
            Block::Signature {
                number,
                heading,
                fields,
                line,
                seal,
            } => {
                w.str("signature");
                w.str(number);
                w.pair(heading);
                w.count(fields.len());
                for (label, value) in fields {
                    w.pair(label);
                    w.pair(value);
                }
                w.pair(line);
                w.pair(seal);
            }
            Block::Review { heading, text } => {
                w.str("review");
                w.str("");
                w.pair(heading);
                w.pair(text);
            }
        }
    }
    w.str(&doc.data);
    w.0
}

/// Reads what [`encode_request`] wrote: the layout mode's name and the document.
pub fn decode_request(text: &str) -> Result<(String, Document), ExchangeError> {
    let mut r = Reader { text, at: 0 };
    let mode = r.str()?.to_string();
    let langs = r.pair()?;
    let dirs = [r.dir()?, r.dir()?];
    let title = r.pair()?;
    let subtitle = r.pair()?;
    let draft_mark = if r.flag()? { Some(r.pair()?) } else { None };
    let reference = r.str()?.to_string();
    let page_numbers = r.pair()?;
    let footer = r.pair()?;
    let fingerprint = r.str()?.to_string();
    let created = r.str()?.to_string();
    let mut blocks = Vec::new();
    for _ in 0..r.count()? {
        let kind = r.str()?;
        let number = r.str()?.to_string();
        let pair = r.pair()?;
        blocks.push(match kind {
            "heading" => Block::Heading { number, text: pair },
            "group" => Block::Group {
                number,
                label: pair,
            },
            "field" => Block::Field {
                number,
                label: pair,
                value: r.value()?,
            },
            "signature" => {
                let mut fields = Vec::new();
                for _ in 0..r.count()? {
                    fields.push((r.pair()?, r.pair()?));
                }
                Block::Signature {
                    number,
                    heading: pair,
                    fields,
                    line: r.pair()?,
                    seal: r.pair()?,
                }
            }
            "review" => Block::Review {
                heading: pair,
                text: r.pair()?,
            },
            _ => return Err(r.error("a block kind")),
        });
    }
    let data = r.str()?.to_string();
    if r.at != text.len() {
        return Err(r.error("the end"));
    }
    let doc = Document {
        langs,
        dirs,
        title,
        subtitle,
        draft_mark,
        reference,
        page_numbers,
        footer,
        fingerprint,
        created,
        blocks,
        data,
    };
    Ok((mode, doc))
}

struct Writer(String);

impl Writer {
    fn str(&mut self, s: &str) {
        self.0.push_str(&s.len().to_string());
        self.0.push(':');
        self.0.push_str(s);
    }

    fn pair(&mut self, pair: &Pair) {
        self.str(&pair[0]);
        self.str(&pair[1]);
    }

    fn flag(&mut self, on: bool) {
        self.str(if on { "1" } else { "0" });
    }

    fn count(&mut self, n: usize) {
        self.str(&n.to_string());
    }
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, expected: &'static str) -> ExchangeError {
        ExchangeError {
            at: self.at,
            expected,
        }
    }

    /// One field: its length in bytes, `:`, then that many bytes ending on a character boundary.
    fn str(&mut self) -> Result<&'a str, ExchangeError> {
        let rest = &self.text[self.at..];
        let colon = rest.find(':').ok_or_else(|| self.error("a field"))?;
        let len: usize = rest[..colon]
            .parse()
            .ok()
            .filter(|_| rest[..colon].bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| self.error("a field's length"))?;
        let start = colon + 1;
        let field = start
            .checked_add(len)
            .and_then(|end| rest.get(start..end))
            .ok_or_else(|| self.error("a field of the length given"))?;
        self.at += start + len;
        Ok(field)
    }

    fn pair(&mut self) -> Result<Pair, ExchangeError> {
        Ok([self.str()?.to_string(), self.str()?.to_string()])
    }

    fn flag(&mut self) -> Result<bool, ExchangeError> {
        match self.str()? {
            "0" => Ok(false),
            "1" => Ok(true),
            _ => Err(self.error("0 or 1")),
        }
    }

    fn count(&mut self) -> Result<usize, ExchangeError> {
        self.str()?.parse().map_err(|_| self.error("a count"))
    }

    fn dir(&mut self) -> Result<Dir, ExchangeError> {
        match self.str()? {
            "ltr" => Ok(Dir::Ltr),
            "rtl" => Ok(Dir::Rtl),
            _ => Err(self.error("ltr or rtl")),
        }
    }

    fn value(&mut self) -> Result<Value, ExchangeError> {
        match self.str()? {
            "empty" => Ok(Value::Empty),
            "text" => Ok(Value::Text { text: self.pair()? }),
            "ticks" => {
                let mut ticks = Vec::new();
                for _ in 0..self.count()? {
                    let checked = self.flag()?;
                    ticks.push(Tick {
                        checked,
                        caption: self.pair()?,
                    });
                }
                Ok(Value::Ticks { ticks })
            }
            _ => Err(self.error("a value kind")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: &str, b: &str) -> Pair {
        [a.to_string(), b.to_string()]
    }

    /// A document with every kind of block and value, and texts a naive format would trip on:
    /// separators, digits and colons, multi-byte and right-to-left letters, empty strings.
    fn sample() -> Document {
        Document {
            langs: pair("en", "ar"),
            dirs: [Dir::Ltr, Dir::Rtl],
            title: pair("Request: 3:4", "طلب"),
            subtitle: pair("", "12:ab"),
            draft_mark: Some(pair("DRAFT", "مسودة")),
            reference: "PR-1:2\n\u{E000}".to_string(),
            page_numbers: pair("Page \u{E000} of \u{E001}", "الصفحة \u{E000} من \u{E001}"),
            footer: pair(" · Ref. 5:x", " · المرجع"),
            fingerprint: "0123456789abcdef".to_string(),
            created: "2026-11-22".to_string(),
            data: "{\"answers\":{\"a.b\":\"5:x\"}}".to_string(),
            blocks: vec![
                Block::Heading {
                    number: "1".to_string(),
                    text: pair("Request", "الطلب"),
                },
                Block::Group {
                    number: "2".to_string(),
                    label: pair("Accounts", "الحسابات"),
                },
                Block::Field {
                    number: "2.1".to_string(),
                    label: pair("E-mail", "البريد"),
                    value: Value::Text {
                        text: pair("a@example.org", "🙂 0:"),
                    },
                },
                Block::Field {
                    number: String::new(),
                    label: pair("Empty", "فارغ"),
                    value: Value::Empty,
                },
                Block::Field {
                    number: "3".to_string(),
                    label: pair("Data", "البيانات"),
                    value: Value::Ticks {
                        ticks: vec![
                            Tick {
                                checked: true,
                                caption: pair("Subscriber", "المشترك"),
                            },
                            Tick {
                                checked: false,
                                caption: pair("Traffic", "المرور"),
                            },
                        ],
                    },
                },
                Block::Signature {
                    number: "4".to_string(),
                    heading: pair("Signature", "التوقيع"),
                    fields: vec![
                        (pair("Name", "الاسم"), pair("A. B.", "A. B.")),
                        (pair("Place", "المكان"), pair("", "")),
                    ],
                    line: pair("Signature", "التوقيع"),
                    seal: pair("Seal", "الختم"),
                },
                Block::Review {
                    heading: pair("How", "كيف"),
                    text: pair("One\nTwo: 2", ""),
                },
            ],
        }
    }

    #[test]
    fn a_document_comes_back_as_it_was_sent() {
        let doc = sample();
        let text = encode_request("target-only", &doc);
        assert_eq!(decode_request(&text), Ok(("target-only".to_string(), doc)));
        let plain = Document {
            draft_mark: None,
            blocks: Vec::new(),
            ..sample()
        };
        let text = encode_request("single", &plain);
        assert_eq!(decode_request(&text), Ok(("single".to_string(), plain)));
    }

    #[test]
    fn fields_are_length_prefixed_in_bytes() {
        let mut w = Writer(String::new());
        w.str("é:1");
        w.flag(true);
        assert_eq!(w.0, "4:é:11:1");
    }

    #[test]
    fn a_damaged_request_is_an_error_never_a_panic() {
        let text = encode_request("side-by-side", &sample());
        // Every prefix: cut anywhere, including inside a multi-byte letter's field.
        for end in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert!(decode_request(&text[..end]).is_err(), "{end}");
        }
        assert!(decode_request(&format!("{text}1:x")).is_err());
        // A length that ends inside a letter, one too long, not a number, an unknown kind.
        assert!(decode_request("1:é").is_err());
        assert!(decode_request("99999999999999999999999:x").is_err());
        assert!(decode_request("+1:x").is_err());
        let wrong_dir = text.replacen("3:ltr", "3:ttb", 1);
        assert_eq!(
            decode_request(&wrong_dir).unwrap_err().expected,
            "ltr or rtl"
        );
        let wrong_kind = text.replacen("7:heading", "7:chapter", 1);
        assert_eq!(
            decode_request(&wrong_kind).unwrap_err().expected,
            "a block kind"
        );
    }
}
