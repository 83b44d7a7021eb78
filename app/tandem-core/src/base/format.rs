//! Format checks of single answers: e-mail, E.164 phone, URL, domain, IP address, port, date-time
//! with its UTC offset, money. Each returns whether the text is well formed; none panics.

use std::net::IpAddr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// A practical e-mail check: one `@`, a non-empty local part, a domain of two or more labels,
/// no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty() && !s.chars().any(char::is_whitespace) && is_domain(domain)
}

/// A domain name of two or more labels of letters, digits and inner hyphens.
pub fn is_domain(s: &str) -> bool {
    let s = s.strip_suffix('.').unwrap_or(s);
    s.len() <= 253
        && s.split('.').count() >= 2
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.chars().count() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// A telephone number in E.164 form: `+`, then 7 to 15 digits, the first not 0; spaces, dots,
/// hyphens and brackets between digits are allowed for reading.
pub fn is_e164(s: &str) -> bool {
    let Some(rest) = s.trim().strip_prefix('+') else {
        return false;
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || " .-()".contains(c))
    {
        return false;
    }
    let digits: Vec<char> = rest.chars().filter(char::is_ascii_digit).collect();
    (7..=15).contains(&digits.len()) && digits[0] != '0'
}

/// An http(s) URL with a host.
pub fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = match host.strip_prefix('[') {
        Some(v6) => return v6.split(']').next().is_some_and(is_ip),
        None => host.split(':').next().unwrap_or(""),
    };
    !s.chars().any(char::is_whitespace) && (is_domain(host) || is_ip(host))
}

/// An IPv4 or IPv6 address (no port, no brackets).
pub fn is_ip(s: &str) -> bool {
    s.parse::<IpAddr>().is_ok()
}

/// A TCP/UDP source port, 1–65535.
pub fn is_port(s: &str) -> bool {
    matches!(s.parse::<u32>(), Ok(1..=65535)) && !s.starts_with('+')
}

/// How a date-time answer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Date and time with its UTC offset.
    Zoned(DateTime<FixedOffset>),
    /// Date and time without an offset: incomplete, its time zone is missing.
    Unzoned(NaiveDateTime),
}

/// Parses a date-time answer `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with an optional offset `±HH:MM`
/// or `Z` (RFC 3339 with optional seconds). Written out for these fixed forms instead of
/// chrono's strftime parser, which would add ~28 KB to the app's WebAssembly.
pub fn parse_date_time(s: &str) -> Option<When> {
    let date = parse_date(s.get(..10)?)?;
    let rest = s.get(10..)?;
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t'))?;
    if rest.as_bytes().get(2) != Some(&b':') {
        return None;
    }
    let hour = digits(rest.get(..2)?)?;
    let minute = digits(rest.get(3..5)?)?;
    let mut rest = rest.get(5..)?;
    let (mut second, mut nano) = (0, 0);
    if let Some(after) = rest.strip_prefix(':') {
        second = digits(after.get(..2)?)?;
        rest = after.get(2..)?;
        if let Some(fraction) = rest.strip_prefix('.') {
            let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if len == 0 {
                return None;
            }
            // Nanoseconds: the first nine digits, padded; further digits are dropped.
            nano = fraction[..len]
                .bytes()
                .chain(std::iter::repeat(b'0'))
                .take(9)
                .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
            rest = &fraction[len..];
        }
    }
    let time = date.and_hms_nano_opt(hour, minute, second, nano)?;
    if rest.is_empty() {
        return Some(When::Unzoned(time));
    }
    let offset = if rest == "Z" || rest == "z" {
        FixedOffset::east_opt(0)?
    } else {
        let sign = match rest.as_bytes()[0] {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let body = rest.get(1..)?;
        if body.len() != 5 || body.as_bytes()[2] != b':' {
            return None;
        }
        let (h, m) = (digits(body.get(..2)?)?, digits(body.get(3..)?)?);
        if h > 23 || m > 59 {
            return None;
        }
        FixedOffset::east_opt(sign * (h * 3600 + m * 60) as i32)?
    };
    time.and_local_timezone(offset).single().map(When::Zoned)
}

/// Parses a date answer `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        digits(s.get(..4)?)? as i32,
        digits(s.get(5..7)?)?,
        digits(s.get(8..)?)?,
    )
}

/// A run of ASCII digits as a number.
fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A date as stored in drafts: `YYYY-MM-DD`.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A time of day `HH:MM`, or `HH:MM:SS` with `seconds`.
pub fn clock(time: NaiveTime, seconds: bool) -> String {
    if seconds {
        format!(
            "{:02}:{:02}:{:02}",
            time.hour(),
            time.minute(),
            time.second()
        )
    } else {
        format!("{:02}:{:02}", time.hour(), time.minute())
    }
}

/// A UTC offset as `±HH:MM`.
pub fn offset_text(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Whether this is a non-negative amount with at most two decimals (`5000`, `4999.99`); spaces
/// and commas as thousands separators are not accepted, to keep the amount unambiguous across
/// languages. Read as text only: nothing computes with an amount, and a float parser would weigh
/// kilobytes in the page's WebAssembly.
pub fn is_amount(s: &str) -> bool {
    let (whole, cents) = s.split_once('.').unwrap_or((s, ""));
    !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && cents.len() <= 2
        && cents.chars().all(|c| c.is_ascii_digit())
        && !(s.contains('.') && cents.is_empty())
}

/// An ISO 4217 currency code: three capital letters.
pub fn is_currency(s: &str) -> bool {
    s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Currencies offered for money amounts (ISO 4217), most used in requests first.
pub const CURRENCIES: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "ALL", "AMD", "AZN", "BAM", "BGN", "BYN", "CAD", "CZK", "DKK",
    "GEL", "HUF", "ILS", "JPY", "KZT", "MDL", "MKD", "NOK", "PLN", "RON", "RSD", "RUB", "SEK",
    "TRY", "UAH", "AED", "SAR", "EGP", "MAD", "TND", "JOD", "QAR", "KWD", "CNY", "INR", "AUD",
    "BRL",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email() {
        for ok in [
            "a@b.org",
            "first.last+tag@sub.example.ge",
            "пользователь@пример.рф",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@@b.org",
            "a b@c.org",
            "a@-b.org",
            "a@b..org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn e164() {
        for ok in ["+995322000000", "+1 (202) 555-0143", "+7 495 000-00-00"] {
            assert!(is_e164(ok), "{ok}");
        }
        for bad in [
            "",
            "995322000000",
            "+0123456789",
            "+12345",
            "+1234567890123456",
            "+1 202 CALL NOW",
        ] {
            assert!(!is_e164(bad), "{bad}");
        }
    }

    #[test]
    fn urls_domains_ips_ports() {
        for ok in [
            "https://example.org",
            "http://ex.ample.ge/path?q=1#x",
            "https://[2001:db8::1]/x",
            "https://192.0.2.1:8443/",
        ] {
            assert!(is_url(ok), "{ok}");
        }
        for bad in [
            "example.org",
            "ftp://example.org",
            "https://",
            "https://exa mple.org",
            "https://[zz]/",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
        assert!(
            is_domain("example.org") && is_domain("mail.example.org.") && !is_domain("localhost")
        );
        assert!(
            is_ip("192.0.2.10")
                && is_ip("2001:db8::1")
                && !is_ip("192.0.2.300")
                && !is_ip("192.0.2.1:80")
        );
        assert!(
            is_port("1")
                && is_port("65535")
                && !is_port("0")
                && !is_port("65536")
                && !is_port("+80")
                && !is_port("8o")
        );
    }

    #[test]
    fn date_times_need_their_offset() {
        assert!(matches!(
            parse_date_time("2026-11-20T14:03+04:00"),
            Some(When::Zoned(_))
        ));
        assert!(matches!(
            parse_date_time("2026-11-20T14:03:11Z"),
            Some(When::Zoned(_))
        ));
        assert!(matches!(
            parse_date_time("2026-11-20T14:03:11-05:00"),
            Some(When::Zoned(_))
        ));
        assert!(matches!(
            parse_date_time("2026-11-20T14:03"),
            Some(When::Unzoned(_))
        ));
        assert_eq!(parse_date_time("2026-11-31T14:03+04:00"), None);
        assert_eq!(parse_date_time("yesterday"), None);
    }

    /// The hand-written parsers read exactly what chrono's strftime parsers read for the forms
    /// answers take, and nothing looser.
    #[test]
    fn date_times_agree_with_chrono() {
        use chrono::{DateTime, NaiveDateTime};
        let zoned = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .ok()
                .or_else(|| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M%:z").ok())
        };
        for s in [
            "2026-11-20T14:03+04:00",
            "2026-11-20T14:03:11Z",
            "2026-11-20T14:03:11.250Z",
            "2026-11-20T14:03:11.123456789123+01:00",
            "2026-11-20t14:03:11z",
            "2026-11-20T23:59:59-12:00",
            "2026-11-20T00:00+14:00",
            "2024-02-29T12:00+05:45",
            "0001-01-01T00:00:00Z",
        ] {
            assert_eq!(parse_date_time(s), zoned(s).map(When::Zoned), "{s}");
        }
        for s in ["2026-11-20T14:03", "2026-11-20T14:03:59"] {
            let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
                .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M"))
                .ok();
            assert_eq!(parse_date_time(s), naive.map(When::Unzoned), "{s}");
        }
        for bad in [
            "",
            "2026-11-20",
            "2026-11-20T",
            "2026-11-20T1:03Z",
            "2026-11-20T14:3Z",
            "2026-11-20T24:00Z",
            "2026-11-20T14:03:60Z",
            "2026-11-20T14:03:11.Z",
            "2026-11-20T14:03+4:00",
            "2026-11-20T14:03+04:60",
            "2026-11-20T14:03+0400",
            "2026-11-20T14:03 +04:00",
            "2026-02-30T14:03Z",
            "2026-11-20T14:03é",
            "2026-11-2é14:03Z",
            "+2026-11-20T14:03Z",
        ] {
            assert_eq!(parse_date_time(bad), None, "{bad:?}");
        }
        for (s, ok) in [
            ("2026-11-20", true),
            ("2024-02-29", true),
            ("2025-02-29", false),
            ("2026-1-20", false),
            ("2026-11-2", false),
            ("20261120", false),
            ("2026/11/20", false),
            ("2026-11-20 ", false),
        ] {
            assert_eq!(parse_date(s).is_some(), ok, "{s}");
        }
    }

    #[test]
    fn fixed_forms_are_written_as_chrono_would() {
        let date = NaiveDate::from_ymd_opt(7, 3, 9).unwrap();
        assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
        let time = NaiveTime::from_hms_opt(4, 5, 6).unwrap();
        assert_eq!(clock(time, false), "04:05");
        assert_eq!(clock(time, true), "04:05:06");
        for minutes in [0, 60, 345, -300, -570, 840] {
            let offset = FixedOffset::east_opt(minutes * 60).unwrap();
            assert_eq!(
                offset_text(offset),
                date.and_time(time)
                    .and_local_timezone(offset)
                    .unwrap()
                    .format("%:z")
                    .to_string()
            );
        }
    }

    #[test]
    fn amounts() {
        for good in ["5000", "4999.99", "0", "0.5", "12345678901234567890123"] {
            assert!(is_amount(good), "{good}");
        }
        for bad in [
            "", "-1", "5,000", "5 000", "1.234", "1.", ".5", "1e3", "inf", "NaN", "+1",
        ] {
            assert!(!is_amount(bad), "{bad}");
        }
        assert!(is_currency("USD") && !is_currency("usd") && !is_currency("US$"));
    }
}
