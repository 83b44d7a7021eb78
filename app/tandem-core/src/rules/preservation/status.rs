//! The preservation period of a preservation request: read from its answers, on the office's
//! date, with how close the end is and what the table says about renewal, in words.

use chrono::NaiveDate;

use super::period::{convention_minimum_expiry, days_left, expiry, impractical, Expiry};
use super::table::{lookup, PartyPeriod, Renewal, NO_RENEWAL_REPORTED};
use crate::l10n::{Arg, Catalog, L10nError};
use crate::lang::Lang;

/// The template of a preservation request, and the answer paths this module reads.
pub const TEMPLATE: &str = "art29-preservation";
/// Date of the request.
pub const DATE: &str = "date.date";
/// Reference number of the request.
pub const REFERENCE: &str = "reference.reference";
/// The requested Party.
pub const COUNTRY: &str = "requested-authority.country";
/// The date the requested Party executed (or will execute) the preservation, in its own terms:
/// a calendar date, never converted between time zones.
pub const EXECUTED: &str = "executed.date";

/// From this many days left, a preservation is flagged as ending soon.
pub const SOON_DAYS: i64 = 30;
/// From this many days left, the flag is urgent.
pub const URGENT_DAYS: i64 = 7;

/// Where a preservation ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// On this day: as the requested authority confirmed it (`crate::tracking`), else by the
    /// table's fixed period.
    On(NaiveDate),
    /// The table says there is no time limit.
    NoTimeLimit,
    /// The table gives no fixed period for this Party, or has no row for it: the only certainty
    /// is the Convention minimum, which ends on this day (Art. 29(7)).
    ConventionMinimum(NaiveDate),
    /// The table gives no fixed period, and the request rests on another legal basis than the
    /// Convention, which sets no minimum: the end is not known.
    NotFixed,
}

/// How close the end is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Warning {
    /// More than `SOON_DAYS` left, or no end.
    None,
    /// At most `SOON_DAYS` left.
    Soon,
    /// At most `URGENT_DAYS` left.
    Urgent,
    /// The end has passed.
    Expired,
}

/// The preservation period of a preservation request, for the form, the drafts list and the
/// calendar reminder (never the PDF: the requested State is not told its own law).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    /// ISO 3166-1 alpha-2 code of the requested Party, upper case.
    pub country: &'static str,
    /// The table's row for it, if the table has one.
    pub party: Option<&'static PartyPeriod>,
    /// The date the preservation was executed.
    pub executed: NaiveDate,
    pub end: End,
    /// Days from today to the end (0 on the last day, negative after); `None` without an end.
    pub days_left: Option<i64>,
    pub warning: Warning,
    /// The T-CY's "not practical" observation applies (`impractical`).
    pub impractical: bool,
}

impl Status {
    /// What the table says about renewal, as the message `preservation-renewal` takes it:
    /// (`kind`, number of days or months, 0 where none).
    pub fn renewal(&self) -> (&'static str, u32) {
        let Some(p) = self.party else {
            return ("unknown", 0);
        };
        match p.renewal {
            Renewal::Days(n) => ("days", n),
            Renewal::Months(n) => ("months", n),
            Renewal::UpToDays(n) => ("up-to-days", n),
            Renewal::UpToMonths(n) => ("up-to-months", n),
            Renewal::NotPermitted => ("not-permitted", 0),
            _ if NO_RENEWAL_REPORTED.contains(&p.code) => ("reported-not-permitted", 0),
            Renewal::Conditional => ("conditional", 0),
            Renewal::NoInformation | Renewal::NotStated => ("unknown", 0),
        }
    }
}

/// The preservation period of `draft`, a preservation request of `template`, on `today` (the
/// office's date, see [`office_today`](crate::datetime::office_today)): `None` until the
/// requested Party and the date of execution are given, or for another kind of request.
pub fn status_for(
    template: &crate::Template,
    draft: &crate::Draft,
    today: NaiveDate,
) -> Option<Status> {
    if template.id != TEMPLATE || draft.template != TEMPLATE {
        return None;
    }
    let answer = draft.text(COUNTRY).trim().to_ascii_uppercase();
    let country = crate::country::COUNTRIES
        .iter()
        .find(|(code, _)| *code == answer)
        .map(|(code, _)| *code)?;
    let executed = crate::format::parse_date(draft.text(EXECUTED).trim())?;
    let party = lookup(country);
    let end = match party.map(|p| expiry(p, executed)) {
        // The requested authority's own confirmation of the end (crate::tracking) comes first.
        _ if draft.tracking.preserved_until().is_some() => {
            End::On(draft.tracking.preserved_until().unwrap_or(executed))
        }
        Some(Expiry::On(date)) => End::On(date),
        Some(Expiry::NoTimeLimit) => End::NoTimeLimit,
        // The Convention's minimum holds only for a request made under it (or whose basis is
        // not chosen yet): another basis chosen sets none.
        Some(Expiry::Unknown) | None
            if !matches!(
                crate::basis::Args::of(template, draft).basis.as_str(),
                "budapest" | "none"
            ) =>
        {
            End::NotFixed
        }
        Some(Expiry::Unknown) | None => End::ConventionMinimum(convention_minimum_expiry(executed)),
    };
    let days_left = match end {
        End::On(date) | End::ConventionMinimum(date) => Some(days_left(date, today)),
        End::NoTimeLimit | End::NotFixed => None,
    };
    let warning = match days_left {
        Some(d) if d < 0 => Warning::Expired,
        Some(d) if d <= URGENT_DAYS => Warning::Urgent,
        Some(d) if d <= SOON_DAYS => Warning::Soon,
        _ => Warning::None,
    };
    Some(Status {
        country,
        party,
        executed,
        end,
        days_left,
        warning,
        impractical: party.is_some_and(impractical),
    })
}

/// The end of the preservation in `lang` (message `preservation-end`).
pub fn end_text(status: &Status, catalog: &Catalog, lang: Lang) -> Result<String, L10nError> {
    let (kind, date) = match status.end {
        End::On(date) => ("date", lang.format_date(date)),
        End::NoTimeLimit => ("no-time-limit", String::new()),
        End::NotFixed => ("not-fixed", String::new()),
        End::ConventionMinimum(date) => ("convention-minimum", lang.format_date(date)),
    };
    catalog.format(
        lang,
        "preservation-end",
        &[("kind", Arg::Str(kind)), ("date", Arg::Str(&date))],
    )
}

/// What the table says about renewal, in `lang` (message `preservation-renewal`).
pub fn renewal_text(status: &Status, catalog: &Catalog, lang: Lang) -> Result<String, L10nError> {
    let (kind, n) = status.renewal();
    catalog.format(
        lang,
        "preservation-renewal",
        &[("kind", Arg::Str(kind)), ("n", Arg::Num(f64::from(n)))],
    )
}

#[cfg(test)]
mod tests {
    use super::super::table::PARTIES;
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn request(country: &str, executed: &str) -> (crate::Template, crate::Draft) {
        let t = crate::registry::template(TEMPLATE).expect("preservation template");
        let mut d = crate::Draft::new("d1", &t, [Lang::En, Lang::Fr]);
        d.set_text(COUNTRY, country);
        d.set_text(EXECUTED, executed);
        (t, d)
    }

    fn status(country: &str, executed: &str, today: NaiveDate) -> Option<Status> {
        let (t, d) = request(country, executed);
        status_for(&t, &d, today)
    }

    #[test]
    fn every_table_party_can_be_chosen_as_requested_country() {
        for p in PARTIES {
            assert!(crate::country::lookup(p.code).is_some(), "{}", p.code);
        }
    }

    #[test]
    fn status_needs_country_date_and_a_preservation_request() {
        let today = d(2027, 1, 10);
        assert!(status("", "2027-01-01", today).is_none());
        assert!(status("IT", "", today).is_none());
        assert!(status("IT", "2027-02-30", today).is_none());
        assert!(status("XX", "2027-01-01", today).is_none());
        let (_, draft) = request("IT", "2027-01-01");
        let other = crate::registry::template("art31-traffic").expect("art31");
        assert!(status_for(&other, &draft, today).is_none());
        assert!(status("it", " 2027-01-01 ", today).is_some());
    }

    #[test]
    fn status_of_a_fixed_period() {
        let s = status("IT", "2027-01-31", d(2027, 4, 1)).expect("status");
        assert_eq!(s.country, "IT");
        assert_eq!(s.party.map(|p| p.code), Some("IT"));
        assert_eq!(s.end, End::On(d(2027, 5, 1)));
        assert_eq!(s.days_left, Some(30));
        assert_eq!(s.warning, Warning::Soon);
        assert_eq!(s.renewal(), ("months", 6));
        assert!(!s.impractical);
        // Months clamp to the month end; leap years count.
        let bg = status("BG", "2027-11-30", d(2027, 12, 1)).expect("status");
        assert_eq!(bg.end, End::On(d(2028, 2, 29)));
        assert_eq!(bg.renewal(), ("not-permitted", 0));
        let md = status("MD", "2028-01-31", d(2028, 2, 1)).expect("status");
        assert_eq!(md.end, End::On(d(2028, 2, 29)));
        assert_eq!(md.renewal(), ("up-to-months", 6));
    }

    #[test]
    fn status_without_a_fixed_period_falls_back_to_the_convention_minimum() {
        let today = d(2027, 1, 1);
        // Conditional (UK), no information (Georgia), no legislation (Serbia), not in the table.
        for code in ["GB", "GE", "RS", "BR"] {
            let s = status(code, "2027-01-01", today).expect(code);
            assert_eq!(s.end, End::ConventionMinimum(d(2027, 3, 2)), "{code}");
            assert_eq!(s.days_left, Some(60), "{code}");
            assert_eq!(s.warning, Warning::None, "{code}");
        }
        assert!(status("BR", "2027-01-01", today)
            .expect("BR")
            .party
            .is_none());
        assert_eq!(
            status("BR", "2027-01-01", today).expect("BR").renewal(),
            ("unknown", 0)
        );
        assert_eq!(
            status("GB", "2027-01-01", today).expect("GB").renewal(),
            ("unknown", 0)
        );
        assert_eq!(
            status("CH", "2027-01-01", today).expect("CH").renewal(),
            ("conditional", 0)
        );
        // No time limit: no days left and nothing to warn about.
        let at = status("AT", "2020-01-01", today).expect("AT");
        assert_eq!(at.end, End::NoTimeLimit);
        assert_eq!((at.days_left, at.warning), (None, Warning::None));
    }

    #[test]
    fn under_another_basis_than_the_convention_no_minimum_is_assumed() {
        let today = d(2027, 1, 1);
        for basis in ["untoc", "ets30", "bilateral", "reciprocity"] {
            let (t, mut draft) = request("GE", "2027-01-01");
            draft.set_text("basis.basis", basis);
            let s = status_for(&t, &draft, today).expect(basis);
            assert_eq!((s.end, s.days_left), (End::NotFixed, None), "{basis}");
            let catalog = Catalog::new(&[Lang::En], false).unwrap();
            let text = end_text(&s, &catalog, Lang::En).unwrap();
            assert!(!text.contains("60 days"), "{text}");
            // A period the table fixes is the requested State's own, whatever the basis.
            let (t, mut draft) = request("IT", "2027-01-31");
            draft.set_text("basis.basis", basis);
            assert!(matches!(
                status_for(&t, &draft, today).unwrap().end,
                End::On(_)
            ));
        }
        let (t, mut draft) = request("GE", "2027-01-01");
        draft.set_text("basis.basis", "budapest");
        let s = status_for(&t, &draft, today).unwrap();
        assert_eq!(s.end, End::ConventionMinimum(d(2027, 3, 2)));
    }

    #[test]
    fn japan_is_flagged_impractical_and_reported_without_renewal() {
        let s = status("JP", "2027-01-01", d(2027, 1, 1)).expect("JP");
        assert!(s.impractical);
        assert_eq!(s.end, End::On(d(2027, 3, 2)));
        assert_eq!(s.renewal(), ("reported-not-permitted", 0));
    }

    #[test]
    fn warnings_from_30_and_7_days_and_after_the_end() {
        // Albania: 90 days from 1 Jan 2027 ends on 1 Apr 2027.
        let at = |today: NaiveDate| {
            let s = status("AL", "2027-01-01", today).expect("AL");
            (s.days_left, s.warning)
        };
        assert_eq!(at(d(2027, 3, 1)), (Some(31), Warning::None));
        assert_eq!(at(d(2027, 3, 2)), (Some(30), Warning::Soon));
        assert_eq!(at(d(2027, 3, 24)), (Some(8), Warning::Soon));
        assert_eq!(at(d(2027, 3, 25)), (Some(7), Warning::Urgent));
        assert_eq!(at(d(2027, 4, 1)), (Some(0), Warning::Urgent));
        assert_eq!(at(d(2027, 4, 2)), (Some(-1), Warning::Expired));
    }

    #[test]
    fn today_depends_on_the_office_time_zone() {
        use chrono::{TimeZone, Utc};
        // 31 Mar 2027, 22:30 UTC: Albania's 90 days from 1 Jan end today in Tbilisi (already
        // 1 Apr), tomorrow in New York (still 31 Mar).
        let now = Utc.with_ymd_and_hms(2027, 3, 31, 22, 30, 0).unwrap();
        let left = |zone: &str| {
            let (t, mut d) = request("AL", "2027-01-01");
            d.set_text(crate::datetime::OFFICE_ZONE, zone);
            let today = crate::datetime::office_today(&d, now, None);
            status_for(&t, &d, today).and_then(|s| s.days_left)
        };
        assert_eq!(left("+04:00"), Some(0));
        assert_eq!(left("-05:00"), Some(1));
    }

    #[test]
    fn texts_in_each_language() {
        let catalog = Catalog::new(&[Lang::En, Lang::Fr, Lang::Ar], false).expect("catalog");
        let today = d(2027, 1, 1);
        let it = status("IT", "2027-01-31", today).expect("IT");
        assert_eq!(end_text(&it, &catalog, Lang::En).unwrap(), "01/05/2027");
        assert_eq!(renewal_text(&it, &catalog, Lang::Fr).unwrap(), "6 mois");
        let ge = status("GE", "2027-01-01", today).expect("GE");
        let en = end_text(&ge, &catalog, Lang::En).unwrap();
        assert!(
            en.contains("only certainty is the Convention minimum of 60 days"),
            "{en}"
        );
        assert!(en.ends_with("02/03/2027"), "{en}");
        assert_eq!(
            renewal_text(&ge, &catalog, Lang::En).unwrap(),
            "Not stated in the T-CY table"
        );
        let am = status("AM", "2027-01-01", today).expect("AM");
        assert!(end_text(&am, &catalog, Lang::Ar).unwrap().contains("T-CY"));
        // Arabic counts six months and twelve months with different words.
        let md = status("MD", "2027-01-01", today).expect("MD");
        assert_eq!(renewal_text(&md, &catalog, Lang::Ar).unwrap(), "حتى 6 أشهر");
        let pt = status("PT", "2027-01-01", today).expect("PT");
        assert_eq!(
            renewal_text(&pt, &catalog, Lang::Ar).unwrap(),
            "حتى 12 شهرًا"
        );
    }

    #[test]
    fn every_kind_of_end_and_renewal_reads_in_every_language() {
        let catalog = Catalog::new(Lang::ALL, false).expect("catalog");
        let today = d(2027, 1, 1);
        // Fixed days and months, no time limit, the Convention minimum; every kind of renewal.
        let codes = ["AL", "IT", "BG", "JP", "LV", "MD", "PT", "AT", "GB", "BR"];
        for &lang in Lang::ALL {
            for code in codes {
                let s = status(code, "2027-01-01", today).expect(code);
                for text in [
                    end_text(&s, &catalog, lang).expect("end"),
                    renewal_text(&s, &catalog, lang).expect("renewal"),
                ] {
                    assert!(
                        !text.trim().is_empty() && !text.contains('{'),
                        "{lang:?} {code}: {text}"
                    );
                }
            }
        }
    }
}
