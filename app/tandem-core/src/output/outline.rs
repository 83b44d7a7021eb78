//! The form's outline: each section shown, with where it stands (done, answers missing, to
//! translate), for the list of sections the form opens with.

use crate::document::untranslated;
use crate::draft::Draft;
use crate::form::is_shown;
use crate::template::Template;
use crate::validate::{Report, Severity};

/// Where a section stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Nothing required is missing and nothing waits for a translation.
    Done,
    /// A required answer is missing, or an answer is wrong (an error of the report).
    Missing,
    /// An answer waits for its wording in document language B.
    Translate,
}

impl State {
    /// The `$state` of the message `form-outline-state`.
    pub fn key(self) -> &'static str {
        match self {
            State::Done => "done",
            State::Missing => "missing",
            State::Translate => "translate",
        }
    }
}

/// One section of the outline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The section's id (its answers' paths start with it).
    pub section: String,
    /// Its number, as its heading shows it.
    pub number: String,
    /// The Fluent ID of its heading.
    pub heading: String,
    pub state: State,
}

/// The sections with a heading that show at least one item, in template order, each with its
/// state: missing before to translate, as what is missing stops a final export.
pub fn outline(template: &Template, draft: &Draft, report: &Report) -> Vec<Entry> {
    let waiting = untranslated(template, draft);
    let within = |section: &str, path: &str| {
        path.strip_prefix(section)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    };
    template
        .sections
        .iter()
        .filter(|s| s.items.iter().any(|i| is_shown(draft, i)))
        .filter_map(|s| {
            let heading = s.heading.clone()?;
            let missing = report
                .issues
                .iter()
                // An answer waiting for its translation is an error too (a final export waits
                // for it), but the section says "to translate", not "answers missing".
                .any(|i| {
                    i.severity == Severity::Error
                        && i.message != "validation-untranslated"
                        && within(&s.id, &i.path)
                });
            let state = if missing {
                State::Missing
            } else if waiting.iter().any(|p| within(&s.id, p)) {
                State::Translate
            } else {
                State::Done
            };
            Some(Entry {
                section: s.id.clone(),
                number: s.number.clone(),
                heading,
                state,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::validate::validate;

    fn state(entries: &[Entry], section: &str) -> Option<State> {
        entries
            .iter()
            .find(|e| e.section == section)
            .map(|e| e.state)
    }

    #[test]
    fn each_section_says_whether_it_is_done_missing_or_to_translate() {
        let t = crate::registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        let entries = outline(&t, &d, &validate(&t, &d));
        assert!(!entries.is_empty());
        assert!(entries
            .iter()
            .all(|e| !e.heading.is_empty() && !e.number.is_empty()));
        assert_eq!(state(&entries, "requested-authority"), Some(State::Missing));

        // Answered as the complete fixture answers it, the requesting authority waits for its
        // translation, then is done.
        let full = crate::import::parse(COMPLETE.as_bytes()).unwrap();
        for (path, value) in &full.answers {
            if path.starts_with("requesting-authority.") && !path.contains('#') {
                d.answers.insert(path.clone(), value.clone());
            }
        }
        let entries = outline(&t, &d, &validate(&t, &d));
        let translatable = untranslated(&t, &d)
            .iter()
            .any(|p| p.starts_with("requesting-authority."));
        assert!(
            translatable,
            "the requesting authority has free text to translate"
        );
        assert_eq!(
            state(&entries, "requesting-authority"),
            Some(State::Translate)
        );
        for path in untranslated(&t, &d) {
            d.set_ticked(&crate::document::same_path(&path), true);
        }
        let entries = outline(&t, &d, &validate(&t, &d));
        assert_eq!(state(&entries, "requesting-authority"), Some(State::Done));
        // The requested authority, unanswered, is still missing.
        assert_eq!(state(&entries, "requested-authority"), Some(State::Missing));
    }

    const COMPLETE: &str =
        include_str!("../../../../tests/fixtures/drafts/art29-preservation/complete.json");

    #[test]
    fn the_whole_complete_fixture_is_done() {
        let d = crate::import::parse(COMPLETE.as_bytes()).unwrap();
        let t = crate::registry::template("art29-preservation").unwrap();
        let entries = outline(&t, &d, &validate(&t, &d));
        let not_done: Vec<_> = entries.iter().filter(|e| e.state != State::Done).collect();
        assert!(not_done.is_empty(), "{not_done:?}");
    }
}
