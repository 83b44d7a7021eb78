//! A date-time answer as the form edits it: a local date and time and the time zone the user
//! chose, kept as one answer (`2026-11-20T14:03:11+04:00`). No zone is ever assumed: a time
//! typed without one is stored as typed, and validation reports it until a zone is chosen.

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};

use crate::draft::Draft;
use crate::format::{self, parse_date_time, When};
use crate::timezone;

/// Splits a stored date-time into its local part (`2026-11-20T14:03` or with `:11` seconds) and
/// its offset (`+04:00`, `Z` read as `+00:00`, empty when there is none).
pub fn split(value: &str) -> (String, String) {
    match value.get(..16).zip(value.get(16..)) {
        Some((minutes, rest)) if value.get(10..11) == Some("T") => {
            let (seconds, offset) = match rest.strip_prefix(':') {
                Some(r) => (
                    format!(":{}", r.get(..2).unwrap_or("00")),
                    r.get(2..).unwrap_or(""),
                ),
                None => (String::new(), rest),
            };
            let offset = if offset == "Z" { "+00:00" } else { offset };
            (format!("{minutes}{seconds}"), offset.to_string())
        }
        _ => (value.to_string(), String::new()),
    }
}

/// The stored answer of a local date-time and the offset the user chose (either may be empty):
/// nothing without a date and time, the local part alone without a zone.
pub fn join(local: &str, offset: &str) -> String {
    if local.is_empty() {
        String::new()
    } else {
        format!("{local}{offset}")
    }
}

/// The UTC equivalent of a stored date-time (`2026-11-20 10:03:11`), once it has its date, time
/// and zone; seconds only when the time has them.
pub fn utc_text(value: &str) -> Option<String> {
    match parse_date_time(value)? {
        When::Zoned(t) => {
            let utc = t.naive_utc();
            let seconds = split(value).0.len() > 16;
            Some(format!(
                "{} {}",
                format::iso_date(utc.date()),
                format::clock(utc.time(), seconds)
            ))
        }
        When::Unzoned(_) => None,
    }
}

/// Where every template asks the requesting office's time zone (the first time-zone item of each;
/// `tests::every_template_asks_the_office_zone_in_one_place` checks).
pub const OFFICE_ZONE: &str = "requesting-authority.time-zone";

/// The requesting office's time zone, if the user chose it. Never a guess (not the browser's
/// zone).
pub fn office_offset(draft: &Draft) -> Option<&'static str> {
    let answer = draft.text(OFFICE_ZONE);
    timezone::OFFSETS.iter().copied().find(|o| *o == answer)
}

/// The calendar date at instant `now` for the requesting office ("today" for the period of a
/// preservation and the drafts list): in the office's zone when the draft gives it, else in the
/// browser's (`browser`), else in UTC.
pub fn office_today(draft: &Draft, now: DateTime<Utc>, browser: Option<FixedOffset>) -> NaiveDate {
    let offset = office_offset(draft)
        .and_then(timezone::parse_offset)
        .or(browser)
        .unwrap_or_else(|| Utc.fix());
    now.with_timezone(&offset).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::ItemKind;

    #[test]
    fn splits_and_joins_what_the_form_shows() {
        assert_eq!(
            split("2026-11-20T14:03:11+04:00"),
            ("2026-11-20T14:03:11".into(), "+04:00".into())
        );
        assert_eq!(
            split("2026-11-20T14:03Z"),
            ("2026-11-20T14:03".into(), "+00:00".into())
        );
        // A time typed without a zone keeps no zone.
        assert_eq!(
            split("2026-11-20T14:03:11"),
            ("2026-11-20T14:03:11".into(), String::new())
        );
        assert_eq!(split(""), (String::new(), String::new()));
        assert_eq!(split("garbage"), ("garbage".into(), String::new()));
        assert_eq!(
            join("2026-11-20T14:03:11", "+04:00"),
            "2026-11-20T14:03:11+04:00"
        );
        assert_eq!(join("2026-11-20T14:03:11", ""), "2026-11-20T14:03:11");
        // A zone without a time is no answer.
        assert_eq!(join("", "+04:00"), "");
    }

    #[test]
    fn the_utc_line_needs_date_time_and_zone() {
        assert_eq!(
            utc_text("2026-11-20T14:03:11+04:00").as_deref(),
            Some("2026-11-20 10:03:11")
        );
        assert_eq!(
            utc_text("2026-11-20T01:30-03:30").as_deref(),
            Some("2026-11-20 05:00")
        );
        assert_eq!(
            utc_text("2026-11-20T02:00+05:45").as_deref(),
            Some("2026-11-19 20:15")
        );
        assert_eq!(utc_text("2026-11-20T14:03:11"), None);
        assert_eq!(utc_text(""), None);
    }

    #[test]
    fn the_office_zone_is_only_what_the_user_chose() {
        let template = crate::registry::template("art29-preservation").unwrap();
        let mut draft = Draft::new("d", &template, [crate::Lang::En, crate::Lang::Ru]);
        assert_eq!(office_offset(&draft), None);
        draft.set_text(OFFICE_ZONE, "Asia/Tbilisi");
        assert_eq!(office_offset(&draft), None);
        draft.set_text(OFFICE_ZONE, "+04:00");
        assert_eq!(office_offset(&draft), Some("+04:00"));
    }

    #[test]
    fn every_template_asks_the_office_zone_in_one_place() {
        for (id, _) in crate::registry::TEMPLATES {
            let template = crate::registry::template(id).unwrap();
            let first = template
                .items()
                .find(|(_, item, _, _)| item.kind == ItemKind::TimeZone)
                .map(|(_, _, path, _)| path);
            // An answer gives dates only: no time, so no zone to ask.
            let expected = template.reply.is_none().then_some(OFFICE_ZONE);
            assert_eq!(first.as_deref(), expected, "{id}");
        }
    }

    #[test]
    fn today_is_the_offices_else_the_browsers_else_utcs() {
        use chrono::TimeZone;
        let template = crate::registry::template("art31-traffic").unwrap();
        let mut draft = Draft::new("d", &template, [crate::Lang::En, crate::Lang::Ru]);
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // 31 Mar 2027, 22:30 UTC: already 1 Apr in Tbilisi, still 31 Mar in New York.
        let now = Utc.with_ymd_and_hms(2027, 3, 31, 22, 30, 0).unwrap();
        let new_york = FixedOffset::west_opt(5 * 3600);
        assert_eq!(office_today(&draft, now, None), day(2027, 3, 31));
        assert_eq!(office_today(&draft, now, new_york), day(2027, 3, 31));
        let tbilisi = FixedOffset::east_opt(4 * 3600);
        assert_eq!(office_today(&draft, now, tbilisi), day(2027, 4, 1));
        // The office's zone wins over the browser's.
        draft.set_text(OFFICE_ZONE, "+04:00");
        assert_eq!(office_today(&draft, now, new_york), day(2027, 4, 1));
        draft.set_text(OFFICE_ZONE, "-05:00");
        assert_eq!(office_today(&draft, now, tbilisi), day(2027, 3, 31));
        // Across a leap day and a year end.
        let now = Utc.with_ymd_and_hms(2028, 2, 28, 23, 59, 0).unwrap();
        draft.set_text(OFFICE_ZONE, "+04:00");
        assert_eq!(office_today(&draft, now, None), day(2028, 2, 29));
        let now = Utc.with_ymd_and_hms(2027, 1, 1, 3, 0, 0).unwrap();
        draft.set_text(OFFICE_ZONE, "-05:00");
        assert_eq!(office_today(&draft, now, None), day(2026, 12, 31));
    }
}
