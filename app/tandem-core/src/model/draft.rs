//! Drafts: a request being written. Answers are keyed by item path (`section.item`), never by
//! position or label, so reordering a template never corrupts a saved draft. Unknown keys and
//! invalid values are kept as they are: validation reports them, it never drops them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::lang::Lang;

/// The draft file format written by this version of Tandem. Older formats are brought up to it
/// by [`crate::migrate`]; newer ones open read-only ([`crate::import::open`]).
pub const FORMAT: u32 = 3;

/// Largest draft file accepted on import or load.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// How one draft relates to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    /// This request asks to extend the linked preservation.
    ExtensionOf,
    /// The linked request extends this preservation.
    ExtendedBy,
    /// This request for mutual legal assistance follows up the linked preservation request.
    FollowUpOf,
    /// The linked request for mutual legal assistance follows this preservation request up.
    FollowedUpBy,
}

impl LinkKind {
    /// The kind of the same link seen from the other draft.
    pub fn reverse(self) -> LinkKind {
        match self {
            LinkKind::ExtensionOf => LinkKind::ExtendedBy,
            LinkKind::ExtendedBy => LinkKind::ExtensionOf,
            LinkKind::FollowUpOf => LinkKind::FollowedUpBy,
            LinkKind::FollowedUpBy => LinkKind::FollowUpOf,
        }
    }
}

/// A link to another draft: its local id, and its reference number as typed, so the link still
/// says which request it means once the draft file is with another office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub kind: LinkKind,
    pub id: String,
    pub reference: String,
}

/// A request being written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// Draft file format version ([`FORMAT`] when written by this version).
    pub format: u32,
    /// Local id of the draft (unique in this browser).
    pub id: String,
    /// Template id, e.g. `art29-preservation`.
    pub template: String,
    /// Version of the template the answers were given for.
    pub template_version: u32,
    /// Document languages: A (the requesting authority's) and B (the requested State's).
    pub langs: [Lang; 2],
    /// Answers keyed by item path.
    #[serde(default)]
    pub answers: BTreeMap<String, Json>,
    /// Last edit, RFC 3339, set by the caller.
    #[serde(default)]
    pub modified: String,
    /// Requests this one extends or follows up, and those extending or following it up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Saves so far: each save stores the next revision, so a save can tell that another tab
    /// wrote the draft since it was loaded ([`crate::revision::check_revision`]).
    #[serde(default)]
    pub revision: u64,
    /// The name the user gave the draft in the list of drafts ("" when none: the list then
    /// shows the reference number).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Which document language the user chose for this draft (A, B): a default (the interface
    /// language, the requested State's language) never replaces a language chosen.
    #[serde(default, skip_serializing_if = "none_chosen")]
    pub langs_chosen: [bool; 2],
    /// The label of a locked draft, kept in clear beside its envelope so that the list of drafts
    /// can tell locked drafts apart ("" when none). Never the draft's name, which is sealed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// What became of the request once sent: the office's log, never printed.
    #[serde(default, skip_serializing_if = "crate::tracking::Tracking::is_empty")]
    pub tracking: crate::tracking::Tracking,
    /// Fields written by other versions of Tandem, kept as they are.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Json>,
}

impl Draft {
    /// A new, empty draft.
    pub fn new(id: &str, template: &crate::Template, langs: [Lang; 2]) -> Draft {
        Draft {
            format: FORMAT,
            id: id.to_string(),
            template: template.id.clone(),
            template_version: template.version,
            langs,
            answers: BTreeMap::new(),
            modified: String::new(),
            links: Vec::new(),
            revision: 0,
            name: String::new(),
            langs_chosen: [false; 2],
            label: String::new(),
            tracking: Default::default(),
            extra: BTreeMap::new(),
        }
    }

    /// The document languages of a new draft written in the interface language `ui`: A is `ui`;
    /// B, until the requested State is known ([`Draft::follow_requested_state`]), English, or
    /// Russian when A is English.
    pub fn default_langs(ui: Lang) -> [Lang; 2] {
        [ui, if ui == Lang::En { Lang::Ru } else { Lang::En }]
    }

    /// Chooses document language `side` (0: A, 1: B) for this draft. The other side's language
    /// changes places with it, so that the two always differ (a bilingual document needs two
    /// languages; a one-language PDF is a layout chosen at export) and A and B can be swapped in
    /// one pick; both are then the user's choice. Returns whether anything changed.
    pub fn choose_lang(&mut self, side: usize, lang: Lang) -> bool {
        if side > 1 || self.langs[side] == lang {
            return false;
        }
        let swapped = self.langs[1 - side] == lang;
        self.langs = crate::lang::pick_for_side(self.langs, side, lang);
        if swapped {
            self.langs_chosen = [true; 2];
        } else {
            self.langs_chosen[side] = true;
        }
        true
    }

    /// Makes language B the requested State's (the template's country item: the first official
    /// language Tandem has, [`crate::country::document_language`]) unless the user chose B for
    /// this draft, the State has no language Tandem has, or it is already language A. Returns
    /// whether B changed.
    pub fn follow_requested_state(&mut self, template: &crate::Template) -> bool {
        if self.langs_chosen[1] {
            return false;
        }
        let country = template
            .items()
            .find(|(_, item, _, _)| item.kind == crate::ItemKind::Country)
            .map(|(_, _, path, _)| path);
        let lang = country.and_then(|path| crate::country::document_language(self.text(&path)));
        match lang {
            Some(lang) if lang != self.langs[0] && lang != self.langs[1] => {
                self.langs[1] = lang;
                true
            }
            _ => false,
        }
    }

    /// The same draft under another id, e.g. a duplicate or an import whose id is taken.
    pub fn with_id(self, id: &str) -> Draft {
        Draft {
            id: id.to_string(),
            ..self
        }
    }

    /// Writes the draft as JSON.
    pub fn to_json(&self) -> String {
        // A map of strings to JSON values always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// What the user calls the draft: its name when it has one, else its reference number
    /// (`reference.reference`, which every template has), "" when neither is given.
    pub fn label(&self) -> &str {
        if self.name.trim().is_empty() {
            self.text("reference.reference")
        } else {
            &self.name
        }
    }

    /// The text answer at `path`, or "" when unanswered or not text.
    pub fn text(&self, path: &str) -> &str {
        self.answers.get(path).and_then(Json::as_str).unwrap_or("")
    }

    /// The tick-box answer at `path`.
    pub fn ticked(&self, path: &str) -> bool {
        self.answers
            .get(path)
            .and_then(Json::as_bool)
            .unwrap_or(false)
    }

    /// Sets a text answer; an empty text removes the answer.
    pub fn set_text(&mut self, path: &str, value: &str) {
        if value.is_empty() {
            self.answers.remove(path);
        } else {
            self.answers
                .insert(path.to_string(), Json::String(value.to_string()));
        }
    }

    /// Sets a tick-box answer.
    pub fn set_ticked(&mut self, path: &str, ticked: bool) {
        self.answers.insert(path.to_string(), Json::Bool(ticked));
    }

    /// The row ids of a repeatable item, in order.
    pub fn rows(&self, path: &str) -> Vec<String> {
        match self.answers.get(path) {
            Some(Json::Array(rows)) => {
                let mut seen = Vec::new();
                for row in rows.iter().filter_map(Json::as_str) {
                    // A row listed twice (a hand-edited or hostile file) counts once.
                    if !seen.iter().any(|s| s == row) {
                        seen.push(row.to_string());
                    }
                }
                seen
            }
            _ => Vec::new(),
        }
    }

    fn set_rows(&mut self, path: &str, rows: Vec<String>) {
        if rows.is_empty() {
            self.answers.remove(path);
        } else {
            let rows = rows.into_iter().map(Json::String).collect();
            self.answers.insert(path.to_string(), Json::Array(rows));
        }
    }

    /// Adds a row at the end of a repeatable item and returns its id (`r1`, `r2`, …: never
    /// reused while the row list holds it, and never a position).
    pub fn add_row(&mut self, path: &str) -> String {
        let mut rows = self.rows(path);
        let next = (1..)
            .map(|n| format!("r{n}"))
            .find(|id| {
                !rows.contains(id)
                    && !self
                        .answers
                        .keys()
                        .any(|k| k.starts_with(&format!("{path}.{id}.")))
            })
            .unwrap_or_default();
        rows.push(next.clone());
        self.set_rows(path, rows);
        next
    }

    /// Removes a row and its answers.
    pub fn remove_row(&mut self, path: &str, row: &str) {
        let mut rows = self.rows(path);
        rows.retain(|r| r != row);
        self.set_rows(path, rows);
        let prefix = format!("{path}.{row}.");
        self.answers.retain(|k, _| !k.starts_with(&prefix));
    }

    /// Moves a row one place up (`-1`) or down (`1`); out-of-range moves do nothing.
    pub fn move_row(&mut self, path: &str, row: &str, by: isize) {
        let mut rows = self.rows(path);
        let Some(at) = rows.iter().position(|r| r == row) else {
            return;
        };
        let Some(to) = at.checked_add_signed(by).filter(|&to| to < rows.len()) else {
            return;
        };
        rows.swap(at, to);
        self.set_rows(path, rows);
    }
}

fn none_chosen(chosen: &[bool; 2]) -> bool {
    chosen == &[false; 2]
}

/// The answer paths whose answers differ between `before` and `after` (given, changed or
/// removed), in path order: what a form has to bring up to date after an edit.
pub fn changed_paths(
    before: &BTreeMap<String, Json>,
    after: &BTreeMap<String, Json>,
) -> Vec<String> {
    use std::cmp::Ordering;
    let mut changed = Vec::new();
    let (mut old, mut new) = (before.iter().peekable(), after.iter().peekable());
    loop {
        let order = match (old.peek(), new.peek()) {
            (None, None) => return changed,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some((a, _)), Some((b, _))) => a.cmp(b),
        };
        let path = match order {
            Ordering::Less => old.next().map(|(path, _)| path),
            Ordering::Greater => new.next().map(|(path, _)| path),
            Ordering::Equal => old
                .next()
                .zip(new.next())
                .and_then(|((path, a), (_, b))| (a != b).then_some(path)),
        };
        changed.extend(path.cloned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::ImportError;

    fn draft() -> Draft {
        let t = crate::registry::template("art29-preservation").unwrap();
        Draft::new("d1", &t, [Lang::En, Lang::Ru])
    }

    #[test]
    fn a_language_picked_on_the_other_side_swaps_the_two() {
        let mut d = draft();
        assert!(d.choose_lang(0, Lang::Ka));
        assert_eq!(
            (d.langs, d.langs_chosen),
            ([Lang::Ka, Lang::Ru], [true, false])
        );
        assert!(!d.choose_lang(0, Lang::Ka), "the same pick changes nothing");
        assert!(d.choose_lang(1, Lang::Ka));
        assert_eq!(
            (d.langs, d.langs_chosen),
            ([Lang::Ru, Lang::Ka], [true, true])
        );
        assert!(!d.choose_lang(2, Lang::En));
        assert_eq!(d.langs, [Lang::Ru, Lang::Ka]);
    }

    #[test]
    fn language_b_follows_the_requested_state_until_chosen() {
        let t = crate::registry::template("art29-preservation").unwrap();
        let country = t
            .items()
            .find(|(_, item, _, _)| item.kind == crate::ItemKind::Country)
            .map(|(_, _, path, _)| path)
            .unwrap();
        let mut d = Draft::new("d1", &t, Draft::default_langs(Lang::Ka));
        assert_eq!(d.langs, [Lang::Ka, Lang::En]);
        d.set_text(&country, "DE");
        assert!(d.follow_requested_state(&t));
        assert_eq!(d.langs, [Lang::Ka, Lang::De]);
        // Luxembourg's first official language is not one of Tandem's; French is.
        d.set_text(&country, "LU");
        assert!(d.follow_requested_state(&t));
        assert_eq!(d.langs[1], Lang::Fr);
        // No language Tandem has: B stays.
        d.set_text(&country, "NO");
        assert!(!d.follow_requested_state(&t));
        assert_eq!(d.langs[1], Lang::Fr);
        // The State's language is already A: B stays, never the same as A.
        d.set_text(&country, "GE");
        assert!(!d.follow_requested_state(&t));
        assert_eq!(d.langs, [Lang::Ka, Lang::Fr]);
        // Chosen by the user: it no longer follows.
        d.choose_lang(1, Lang::En);
        d.set_text(&country, "DE");
        assert!(!d.follow_requested_state(&t));
        assert_eq!(d.langs, [Lang::Ka, Lang::En]);
        assert_eq!(Draft::default_langs(Lang::En), [Lang::En, Lang::Ru]);
    }

    #[test]
    fn json_round_trip_keeps_unknown_keys_and_invalid_values() {
        let json = r#"{"format":2,"id":"d1","template":"art29-preservation","template_version":1,
            "langs":["en","ru"],"answers":{"reference.reference":"PR-1","date.date":"not a date",
            "from.the.future":[1,2]},"modified":"","revision":4,"added-later":{"x":1}}"#;
        let d = crate::import::parse(json.as_bytes()).unwrap();
        assert_eq!(d.text("date.date"), "not a date");
        let again = crate::import::parse(d.to_json().as_bytes()).unwrap();
        assert_eq!(again, d);
        assert!(again.to_json().contains("added-later"));
        assert!(again.to_json().contains("from.the.future"));
    }

    #[test]
    fn rejects_newer_formats_and_garbage() {
        let mut d = draft();
        d.format = FORMAT + 1;
        assert_eq!(
            crate::import::parse(d.to_json().as_bytes()),
            Err(ImportError::NewerFormat(u64::from(FORMAT) + 1))
        );
        assert!(matches!(
            crate::import::parse("[1,2".as_bytes()),
            Err(ImportError::NotJson(_))
        ));
        assert_eq!(
            crate::import::parse("{}".as_bytes()),
            Err(ImportError::UnknownFormat)
        );
        let big = format!("\"{}\"", "x".repeat(MAX_BYTES));
        assert_eq!(
            crate::import::parse(big.as_bytes()),
            Err(ImportError::TooLarge)
        );
    }

    #[test]
    fn a_name_is_kept_and_written_only_when_given() {
        let mut d = draft();
        assert!(!d.to_json().contains("\"name\""));
        d.name = "Hospital ransomware".into();
        let again = crate::import::parse(d.to_json().as_bytes()).unwrap();
        assert_eq!(again.name, "Hospital ransomware");
        let copy = again.clone().with_id("d2");
        assert_eq!(
            (copy.id.as_str(), copy.name.as_str()),
            ("d2", "Hospital ransomware")
        );
        assert_eq!(copy.answers, again.answers);
    }

    #[test]
    fn empty_text_removes_the_answer() {
        let mut d = draft();
        d.set_text("reference.reference", "PR-1");
        assert_eq!(d.text("reference.reference"), "PR-1");
        d.set_text("reference.reference", "");
        assert!(d.answers.is_empty());
    }

    #[test]
    fn rows_are_ids_not_positions() {
        let mut d = draft();
        let a = d.add_row("data.ids");
        let b = d.add_row("data.ids");
        assert_eq!((a.as_str(), b.as_str()), ("r1", "r2"));
        d.set_text("data.ids.r1.value", "192.0.2.1");
        d.set_text("data.ids.r2.value", "198.51.100.7");
        d.move_row("data.ids", "r2", -1);
        assert_eq!(d.rows("data.ids"), ["r2", "r1"]);
        d.move_row("data.ids", "r2", -1);
        assert_eq!(d.rows("data.ids"), ["r2", "r1"]);
        d.remove_row("data.ids", "r2");
        assert_eq!(d.rows("data.ids"), ["r1"]);
        assert_eq!(d.text("data.ids.r2.value"), "");
        assert_eq!(d.text("data.ids.r1.value"), "192.0.2.1");
        assert_eq!(d.add_row("data.ids"), "r2");
        d.remove_row("data.ids", "r1");
        d.remove_row("data.ids", "r2");
        assert!(d.answers.is_empty());
        d.answers
            .insert("data.ids".into(), serde_json::json!([1, "r9", null]));
        assert_eq!(d.rows("data.ids"), ["r9"]);
    }

    #[test]
    fn changed_paths_lists_given_changed_and_removed_answers() {
        let mut before = draft();
        before.set_text("a.kept", "1");
        before.set_text("b.changed", "1");
        before.set_text("c.removed", "1");
        let mut after = before.clone();
        after.set_text("b.changed", "2");
        after.set_text("c.removed", "");
        after.set_ticked("d.given", true);
        assert_eq!(
            changed_paths(&before.answers, &after.answers),
            ["b.changed", "c.removed", "d.given"]
        );
        assert!(changed_paths(&after.answers, &after.answers).is_empty());
        let rows = after.clone();
        after.add_row("e.rows");
        assert_eq!(changed_paths(&rows.answers, &after.answers), ["e.rows"]);
    }
}
