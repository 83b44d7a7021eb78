//! How full the browser's local storage is with Tandem's entries, so the home screen can say so
//! and warn before a save is refused.
//!
//! Local storage is what fills first: its limit is a few megabytes per origin, where the rest of
//! a site's storage (the service worker's copy of the app) gets a share of the disk. Browsers
//! count that limit in UTF-16 code units of keys and values, so every size here is one too.

use chrono::{DateTime, Utc};

/// Local storage's limit per origin: 5 MiB of UTF-16 code units (keys and values). A documented
/// constant rather than a probe, because probing writes megabytes over the user's drafts and, in
/// a storage already nearly full, measures only what is left. Sources: MDN, "Storage quotas and
/// eviction criteria" (Web Storage: 5 MiB per origin); Chromium counts 10 MiB of UTF-16 bytes
/// per origin (`kPerStorageAreaQuota`), the same number of code units; Firefox
/// `dom.storage.default_quota` = 5120 KiB, counted in characters.
/// `tests/e2e/storage-usage.test.mjs` checks it against Chromium's real limit.
pub const LIMIT: u64 = 5 * 1024 * 1024;

/// From this share of [`LIMIT`] on, the home screen warns and offers the backup and the removal
/// of old drafts: room is then left for about a hundred more typical drafts.
pub const WARN_PERCENT: u64 = 80;

/// How many of the oldest drafts the warning offers to delete, at most.
pub const OFFERED: usize = 3;

/// What an entry costs: its key and value in UTF-16 code units.
pub fn units(key: &str, value: &str) -> u64 {
    (key.encode_utf16().count() + value.encode_utf16().count()) as u64
}

/// Kilobytes (of 1000 bytes) of `units` as the browser holds them, two bytes per code unit,
/// rounded up: a stored draft is never "0 kB".
pub fn kb(units: u64) -> u64 {
    (units * 2).div_ceil(1000)
}

/// Tandem's share of local storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// Code units of Tandem's entries (keys and values).
    pub used: u64,
    /// Code units local storage holds at most ([`LIMIT`]).
    pub limit: u64,
}

impl Usage {
    /// The usage of these (key, value) entries against [`LIMIT`].
    pub fn of<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> Usage {
        Usage {
            used: entries.into_iter().map(|(k, v)| units(k, v)).sum(),
            limit: LIMIT,
        }
    }

    /// Whole percent of the limit used, rounded down (so "100 %" means full), at most 100.
    pub fn percent(self) -> u64 {
        (self.used.saturating_mul(100) / self.limit.max(1)).min(100)
    }

    /// Whether the home screen warns: from [`WARN_PERCENT`] of the limit.
    pub fn warns(self) -> bool {
        self.used.saturating_mul(100) >= self.limit.saturating_mul(WARN_PERCENT)
    }
}

/// A stored draft as the warning weighs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weighed {
    pub id: String,
    /// When it was last edited (unknown counts as oldest).
    pub modified: Option<DateTime<Utc>>,
    /// Its entry's size in code units.
    pub units: u64,
}

/// The drafts the warning offers to delete: the least recently edited first, as many as it
/// takes to go back under the warning level, at least one and at most [`OFFERED`]. Nothing when
/// the usage does not warn.
pub fn oldest(usage: Usage, mut drafts: Vec<Weighed>) -> Vec<Weighed> {
    if !usage.warns() {
        return Vec::new();
    }
    drafts.sort_by(|a, b| a.modified.cmp(&b.modified).then_with(|| a.id.cmp(&b.id)));
    let mut left = usage;
    let mut offered = Vec::new();
    for draft in drafts {
        if offered.len() == OFFERED || !left.warns() {
            break;
        }
        left.used = left.used.saturating_sub(draft.units);
        offered.push(draft);
    }
    offered
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(used: u64) -> Usage {
        Usage { used, limit: LIMIT }
    }

    #[test]
    fn sizes_are_utf16_code_units_of_key_and_value() {
        assert_eq!(units("ab", "cd"), 4);
        // Cyrillic and Arabic letters are one unit each; a character beyond the BMP is two.
        assert_eq!(units("", "Жار"), 3);
        assert_eq!(units("", "😀"), 2);
        assert_eq!(kb(0), 0);
        assert_eq!(kb(1), 1);
        assert_eq!(kb(500), 1);
        assert_eq!(kb(501), 2);
        let usage = Usage::of([("tandem.draft.a", "{}"), ("tandem.ui-lang", "\"fr\"")]);
        assert_eq!(usage.used, 16 + 18);
        assert_eq!(usage.limit, 5_242_880);
    }

    #[test]
    fn it_warns_from_eighty_percent() {
        let eighty = LIMIT * 80 / 100;
        assert!(!at(eighty - 1).warns());
        assert_eq!(at(eighty - 1).percent(), 79);
        assert!(at(eighty).warns());
        assert_eq!(at(eighty).percent(), 80);
        assert_eq!(at(LIMIT - 1).percent(), 99);
        assert_eq!(at(LIMIT).percent(), 100);
        assert_eq!(at(LIMIT * 2).percent(), 100);
        assert!(!at(0).warns());
        assert_eq!(at(0).percent(), 0);
    }

    fn weighed(id: &str, day: Option<u32>, units: u64) -> Weighed {
        Weighed {
            id: id.to_string(),
            modified: day.map(|d| format!("2026-11-{d:02}T10:00:00Z").parse().unwrap()),
            units,
        }
    }

    #[test]
    fn the_oldest_drafts_are_offered_until_usage_is_back_under_the_warning() {
        let drafts = vec![
            weighed("new", Some(20), 100_000),
            weighed("old", Some(2), 300_000),
            weighed("unknown", None, 10),
            weighed("middle", Some(10), 200_000),
        ];
        let ids = |list: Vec<Weighed>| list.into_iter().map(|w| w.id).collect::<Vec<_>>();
        // Under the warning level: nothing offered.
        assert!(oldest(at(LIMIT * 79 / 100), drafts.clone()).is_empty());
        // Just over it: the oldest drafts until what they free is enough (an unknown date
        // counts as oldest).
        let just_over = at(LIMIT * 80 / 100 + 200);
        assert_eq!(ids(oldest(just_over, drafts.clone())), ["unknown", "old"]);
        // Full: at most three.
        assert_eq!(
            ids(oldest(at(LIMIT), drafts.clone())),
            ["unknown", "old", "middle"]
        );
        assert!(oldest(at(LIMIT), Vec::new()).is_empty());
    }
}
