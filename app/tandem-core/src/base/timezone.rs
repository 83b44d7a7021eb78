//! Time zones as UTC offsets (`+03:00`). A request states times with an explicit offset: it reads
//! the same in every country, needs no time-zone database, and is what providers log against.

use chrono::FixedOffset;

/// The UTC offsets in use around the world, west to east.
pub const OFFSETS: &[&str] = &[
    "-12:00", "-11:00", "-10:00", "-09:30", "-09:00", "-08:00", "-07:00", "-06:00", "-05:00",
    "-04:00", "-03:30", "-03:00", "-02:00", "-01:00", "+00:00", "+01:00", "+02:00", "+03:00",
    "+03:30", "+04:00", "+04:30", "+05:00", "+05:30", "+05:45", "+06:00", "+06:30", "+07:00",
    "+08:00", "+08:45", "+09:00", "+09:30", "+10:00", "+10:30", "+11:00", "+12:00", "+12:45",
    "+13:00", "+14:00",
];

/// Parses an offset from [`OFFSETS`].
pub fn parse_offset(s: &str) -> Option<FixedOffset> {
    if !OFFSETS.contains(&s) {
        return None;
    }
    let sign = if s.starts_with('-') { -1 } else { 1 };
    let hours: i32 = s.get(1..3)?.parse().ok()?;
    let minutes: i32 = s.get(4..6)?.parse().ok()?;
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// How an offset is shown: `UTC+03:00`.
pub fn display(offset: &str) -> String {
    format!("UTC{offset}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_offset_parses_and_they_run_west_to_east() {
        let seconds: Vec<i32> = OFFSETS
            .iter()
            .map(|s| parse_offset(s).unwrap().local_minus_utc())
            .collect();
        assert!(seconds.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn rejects_unlisted_offsets() {
        for bad in ["+3:00", "+03:15", "UTC+03:00", "", "+15:00", "+03:00x"] {
            assert_eq!(parse_offset(bad), None, "{bad}");
        }
    }
}
