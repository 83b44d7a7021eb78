//! Calendar reminders as iCalendar files (RFC 5545), made on the device: one all-day event on the
//! day a preservation ends, with an alarm some days before.

use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};

/// How many days before the end the calendar's alarm goes off.
pub const ALARM_DAYS_BEFORE: u32 = 14;

/// Longest content line, in octets, without its CRLF (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// What a reminder says and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Reminder<'a> {
    /// Unique for this reminder, stable for the same request (an updated file replaces the
    /// event instead of adding a second one).
    pub uid: &'a str,
    /// When the file is made.
    pub stamp: DateTime<Utc>,
    /// The day of the event.
    pub date: NaiveDate,
    /// Title, in the user's language.
    pub summary: &'a str,
    /// Longer text, in the user's language.
    pub description: &'a str,
}

/// The iCalendar file of a reminder: CRLF line ends, long lines folded, text escaped.
pub fn calendar(r: &Reminder) -> String {
    let day = |d: NaiveDate| format!("{:04}{:02}{:02}", d.year(), d.month(), d.day());
    let next = r.date.checked_add_days(Days::new(1)).unwrap_or(r.date);
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Tandem//Preservation reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape(r.uid)),
        format!(
            "DTSTAMP:{}T{:02}{:02}{:02}Z",
            day(r.stamp.date_naive()),
            r.stamp.hour(),
            r.stamp.minute(),
            r.stamp.second()
        ),
        format!("DTSTART;VALUE=DATE:{}", day(r.date)),
        format!("DTEND;VALUE=DATE:{}", day(next)),
        format!("SUMMARY:{}", escape(r.summary)),
        format!("DESCRIPTION:{}", escape(r.description)),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("TRIGGER:-P{ALARM_DAYS_BEFORE}D"),
        format!("DESCRIPTION:{}", escape(r.summary)),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

/// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every line break as
/// `\n`, other control characters dropped.
pub fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line (RFC 5545, 3.1): at most 75 octets per line, each continuation starting
/// with one space, never inside a UTF-8 character. Joined with CRLF, without a final one.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reminder<'a>(summary: &'a str, description: &'a str) -> Reminder<'a> {
        Reminder {
            uid: "d1-preservation-end@tandem",
            stamp: DateTime::parse_from_rfc3339("2026-11-22T08:49:00+04:00")
                .unwrap()
                .with_timezone(&Utc),
            date: NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
            summary,
            description,
        }
    }

    #[test]
    fn an_all_day_event_with_an_alarm_and_crlf_line_ends() {
        let ics = calendar(&reminder("End of preservation: PR-1", "Romania"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(ics.matches("\r\n").count(), ics.matches('\n').count());
        for line in [
            "UID:d1-preservation-end@tandem",
            "DTSTAMP:20261122T044900Z",
            "DTSTART;VALUE=DATE:20270228",
            "DTEND;VALUE=DATE:20270301",
            "SUMMARY:End of preservation: PR-1",
            "BEGIN:VALARM",
            "TRIGGER:-P14D",
        ] {
            assert!(ics.contains(&format!("\r\n{line}\r\n")), "{line}");
        }
    }

    #[test]
    fn leap_day_events_end_on_the_next_day() {
        let mut r = reminder("s", "d");
        r.date = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        let ics = calendar(&r);
        assert!(ics.contains("DTSTART;VALUE=DATE:20280229\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20280301\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a\\b;c,d\ne\r\nf\rg\u{7}h"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ngh"
        );
        let ics = calendar(&reminder("PR-1; Ref, x", "line 1\nline 2"));
        assert!(ics.contains("SUMMARY:PR-1\\; Ref\\, x\r\n"));
        assert!(ics.contains("DESCRIPTION:line 1\\nline 2\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let long = "Сохранение данных заканчивается — ".repeat(6);
        let ics = calendar(&reminder(&long, "ثم ".repeat(80).as_str()));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolding (removing CRLF + one space) gives back the escaped text.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape(&long))));
        let folded = fold(&"x".repeat(200));
        let parts: Vec<&str> = folded.split("\r\n").collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [75, 75, 52]
        );
        assert!(parts[1..].iter().all(|p| p.starts_with(' ')));
        assert_eq!(fold("short"), "short");
    }
}
