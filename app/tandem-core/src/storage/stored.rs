//! What the app does with what local storage holds: where an unreadable entry is kept aside,
//! and what the browser's answer about persistent storage (or a refused save) means for the
//! user. The names of the files offered for download are `files`'.

use std::collections::BTreeMap;

use crate::revision::Blocked;

/// A stored entry this version cannot read, as the one reader ([`crate::import::open`]) says.
pub fn is_unreadable(text: &str) -> bool {
    crate::import::open(text.as_bytes()).is_err()
}

/// The id under which an unreadable entry stored as `id` is kept aside, given the entries
/// already kept aside (id → text), and whether that entry already holds exactly this text (then
/// nothing needs writing). Never the id of another, different entry.
pub fn aside_id(id: &str, text: &str, aside: &BTreeMap<String, String>) -> (String, bool) {
    (1u64..)
        .map(|n| match n {
            1 => id.to_string(),
            n => format!("{id}-{n}"),
        })
        .find_map(|candidate| match aside.get(&candidate) {
            None => Some((candidate, false)),
            Some(kept) if kept == text => Some((candidate, true)),
            Some(_) => None,
        })
        .unwrap_or_default()
}

/// What the home screen says about the browser's answer to `navigator.storage.persisted()`:
/// nothing when the browser has no such API (`None`).
pub fn persistence_message(persisted: Option<bool>) -> Option<&'static str> {
    match persisted? {
        true => Some("storage-persistent"),
        false => Some("storage-not-persistent"),
    }
}

/// The Fluent message telling the user why a save was not written.
pub fn blocked_message(blocked: Blocked) -> &'static str {
    match blocked {
        Blocked::Changed { .. } => "storage-changed-elsewhere",
        Blocked::Newer => "storage-changed-newer",
        Blocked::Unreadable => "storage-changed-unreadable",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_entries_the_reader_refuses_are_unreadable() {
        assert!(is_unreadable("{"));
        assert!(is_unreadable(r#"{"format":2,"id":7}"#));
        assert!(is_unreadable(""));
        let newer = r#"{"format":99,"id":"n1","template":"art29-preservation","template_version":1,"langs":["en","fr"]}"#;
        assert!(!is_unreadable(newer));
        let draft = r#"{"format":2,"id":"d1","template":"art29-preservation","template_version":1,"langs":["en","fr"]}"#;
        assert!(!is_unreadable(draft));
    }

    #[test]
    fn an_entry_is_kept_aside_without_replacing_another() {
        let mut aside = BTreeMap::new();
        assert_eq!(aside_id("d1", "{", &aside), ("d1".to_string(), false));
        aside.insert("d1".to_string(), "{".to_string());
        assert_eq!(aside_id("d1", "{", &aside), ("d1".to_string(), true));
        assert_eq!(aside_id("d1", "[", &aside), ("d1-2".to_string(), false));
        aside.insert("d1-2".to_string(), "[".to_string());
        assert_eq!(aside_id("d1", "x", &aside), ("d1-3".to_string(), false));
    }

    #[test]
    fn persistence_is_reported_only_when_the_browser_answers() {
        assert_eq!(persistence_message(None), None);
        assert_eq!(persistence_message(Some(true)), Some("storage-persistent"));
        assert_eq!(
            persistence_message(Some(false)),
            Some("storage-not-persistent")
        );
    }

    #[test]
    fn each_block_has_its_message() {
        let messages = [
            blocked_message(Blocked::Changed { stored: 2, base: 1 }),
            blocked_message(Blocked::Newer),
            blocked_message(Blocked::Unreadable),
        ];
        assert_eq!(
            messages
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            3
        );
    }
}
