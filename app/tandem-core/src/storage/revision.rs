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
}

/// Checks a save of a draft loaded at revision `base` against the entry now stored under its
/// key (`None` if there is none) and returns the revision to save with (`base + 1`).
pub fn check_revision(stored: Option<&str>, base: u64) -> Result<u64, Blocked> {
    let Some(stored) = stored else {
        return Ok(base.saturating_add(1));
    };
    if stored.len() > MAX_BYTES {
        return Err(Blocked::Unreadable);
    }
    let stamp: Stamp = import::parse_json(stored.as_bytes(), import::MAX_DEPTH)
        .ok()
        .and_then(|json| serde_json::from_value(json).ok())
        .ok_or(Blocked::Unreadable)?;
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
