//! The two-tab check: before a save, the entry stored under the draft's key is compared with
//! the revision the editing tab loaded. Another tab's save in between, a newer version's draft
//! or an unreadable entry blocks the save: nothing is ever silently overwritten.

use serde::Deserialize;
use thiserror::Error;

use crate::draft::{FORMAT, MAX_BYTES};
use crate::envelope;
use crate::import;

/// Why a save must not write over the stored entry.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum Blocked {
    /// Another tab saved revision `stored` after this tab loaded revision `base`: offer to
    /// reload it or keep this tab's text as a copy ([`crate::import::copy_id`]).
    #[error("another tab saved revision {stored} of this draft (this tab has revision {base})")]
    Changed { stored: u64, base: u64 },
    /// The stored entry was written by a newer version of Tandem: keep this text as a copy.
    #[error("a newer version of Tandem wrote this draft")]
    Newer,
    /// The stored entry cannot be read: keep it aside before writing anything.
    #[error("the stored draft cannot be read")]
    Unreadable,
}

/// The fields of a stored draft or envelope that a save checks.
#[derive(Deserialize)]
struct Stamp {
    format: Option<u64>,
    revision: Option<u64>,
    #[serde(rename = "tandem-lock")]
    lock: Option<u64>,
    /// A draft's last edit (RFC 3339, UTC, as the app writes it); envelopes have none.
    modified: Option<String>,
}

fn stamp(text: &str) -> Option<Stamp> {
    if text.len() > MAX_BYTES {
        return None;
    }
    import::parse_json(text.as_bytes(), import::MAX_DEPTH)
        .ok()
        .and_then(|json| serde_json::from_value(json).ok())
}

/// Whether a draft's entry in the crash journal (written where the browser flushes at once)
/// should replace the entry local storage has (`None` if it has none) when the app starts: when
/// local storage lost it, or the journal's is a later save (a higher revision, or the same
/// revision edited later). An entry that cannot be read is never preferred, nor replaced.
pub fn journal_is_newer(local: Option<&str>, journal: &str) -> bool {
    let Some(theirs) = stamp(journal).filter(|s| s.lock.is_some() || s.format.is_some()) else {
        return false;
    };
    let Some(local) = local else {
        return true;
    };
    let Some(ours) = stamp(local) else {
        return false;
    };
    let (a, b) = (ours.revision.unwrap_or(0), theirs.revision.unwrap_or(0));
    b > a || (b == a && theirs.modified > ours.modified)
}

/// Checks a save of a draft loaded at revision `base` against the entry now stored under its
/// key (`None` if there is none) and returns the revision to save with (`base + 1`).
pub fn check_revision(stored: Option<&str>, base: u64) -> Result<u64, Blocked> {
    let Some(stored) = stored else {
        return Ok(base.saturating_add(1));
    };
    let stamp = stamp(stored).ok_or(Blocked::Unreadable)?;
    let newer = match (stamp.lock, stamp.format) {
        (Some(lock), _) => lock > u64::from(envelope::FORMAT),
        (None, Some(format)) => format > u64::from(FORMAT),
        (None, None) => return Err(Blocked::Unreadable),
    };
    if newer {
        return Err(Blocked::Newer);
    }
    // A format 1 draft has no revision: it was never saved with one.
    let stored = stamp.revision.unwrap_or(0);
    if stored == base {
        Ok(base.saturating_add(1))
    } else {
        Err(Blocked::Changed { stored, base })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_over_the_revision_it_loaded_goes_ahead() {
        assert_eq!(check_revision(None, 0), Ok(1));
        assert_eq!(
            check_revision(Some(r#"{"format":2,"revision":4}"#), 4),
            Ok(5)
        );
        assert_eq!(check_revision(Some(r#"{"format":1,"id":"x"}"#), 0), Ok(1));
    }

    #[test]
    fn another_tabs_save_blocks_the_write() {
        assert_eq!(
            check_revision(Some(r#"{"format":2,"revision":5}"#), 4),
            Err(Blocked::Changed { stored: 5, base: 4 })
        );
        assert_eq!(
            check_revision(Some(r#"{"tandem-lock":1,"revision":9}"#), 8),
            Err(Blocked::Changed { stored: 9, base: 8 })
        );
    }

    #[test]
    fn the_journal_wins_when_local_storage_lost_the_later_save() {
        let draft = |revision: u64, modified: &str| {
            format!(r#"{{"format":3,"revision":{revision},"modified":"{modified}"}}"#)
        };
        let later = draft(5, "2026-12-06T10:00:01.500Z");
        assert!(journal_is_newer(None, &later));
        assert!(journal_is_newer(
            Some(&draft(4, "2026-12-06T10:00:09Z")),
            &later
        ));
        assert!(journal_is_newer(
            Some(&draft(5, "2026-12-06T10:00:01.000Z")),
            &later
        ));
        assert!(!journal_is_newer(Some(&later), &later));
        assert!(!journal_is_newer(
            Some(&draft(6, "2026-12-06T09:00:00Z")),
            &later
        ));
        // A locked draft's envelope: by revision.
        let sealed = r#"{"tandem-lock":1,"revision":7}"#;
        assert!(journal_is_newer(
            Some(r#"{"tandem-lock":1,"revision":6}"#),
            sealed
        ));
        assert!(!journal_is_newer(Some(sealed), sealed));
        // What cannot be read is neither preferred nor replaced.
        assert!(!journal_is_newer(None, "{not json"));
        assert!(!journal_is_newer(None, r#"{"revision":9}"#));
        assert!(!journal_is_newer(Some("{not json"), &later));
    }

    #[test]
    fn newer_or_unreadable_entries_are_never_written_over() {
        let newer = format!(r#"{{"format":{},"revision":4}}"#, FORMAT + 1);
        assert_eq!(check_revision(Some(&newer), 4), Err(Blocked::Newer));
        assert_eq!(
            check_revision(Some(r#"{"tandem-lock":3,"revision":4}"#), 4),
            Err(Blocked::Newer)
        );
        for bad in [
            "",
            "{",
            "[]",
            "{}",
            r#"{"format":"2"}"#,
            r#"{"format":2,"revision":-1}"#,
        ] {
            assert_eq!(
                check_revision(Some(bad), 0),
                Err(Blocked::Unreadable),
                "{bad}"
            );
        }
    }
}
