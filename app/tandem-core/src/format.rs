//! Format checks of single answers: e-mail, E.164 phone, URL, domain, IP address, port, date-time
//! with its UTC offset, money. Each returns whether the text is well formed; none panics.

use std::net::IpAddr;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

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

/// Parses a date-time answer `YYYY-MM-DDTHH:MM[:SS]` with an optional offset `±HH:MM` or `Z`.
pub fn parse_date_time(s: &str) -> Option<When> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(When::Zoned(t));
    }
    for format in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M:%S%:z"] {
        if let Ok(t) = DateTime::parse_from_str(s, format) {
            return Some(When::Zoned(t));
        }
    }
    for format in ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, format) {
            return Some(When::Unzoned(t));
        }
    }
    None
}

/// Parses a date answer `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A non-negative amount with at most two decimals (`5000`, `4999.99`); spaces and commas as
/// thousands separators are not accepted, to keep the amount unambiguous across languages.
pub fn parse_amount(s: &str) -> Option<f64> {
    let (whole, cents) = s.split_once('.').unwrap_or((s, ""));
    let ok = !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && cents.len() <= 2
        && cents.chars().all(|c| c.is_ascii_digit())
        && !(s.contains('.') && cents.is_empty());
    ok.then(|| s.parse().ok()).flatten()
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

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("5000"), Some(5000.0));
        assert_eq!(parse_amount("4999.99"), Some(4999.99));
        for bad in ["", "-1", "5,000", "5 000", "1.234", "1.", ".5", "1e3"] {
            assert_eq!(parse_amount(bad), None, "{bad}");
        }
        assert!(is_currency("USD") && !is_currency("usd") && !is_currency("US$"));
    }
}
