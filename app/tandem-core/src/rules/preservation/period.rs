//! The calendar arithmetic of a preservation period: when it ends, how many days are left, and
//! whether the T-CY would call it impractical. Done with `chrono`; never panics.

use chrono::{Days, Months, NaiveDate};

use super::table::{PartyPeriod, Period, Renewal, NO_RENEWAL_REPORTED};

/// Article 29(7) Budapest Convention: preservation "for a period not less than sixty days".
pub const CONVENTION_MINIMUM_DAYS: u32 = 60;

/// When the preservation executed by the requested Party runs out, according to the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expiry {
    /// The last day the data is certainly preserved.
    On(NaiveDate),
    /// The table says there is no time limit.
    NoTimeLimit,
    /// Conditional, no information or no legislation, or the date is out of `chrono`'s range:
    /// the caller shows the table text and the Convention minimum
    /// ([`convention_minimum_expiry`]).
    Unknown,
}

/// Expiry of the preservation period of `p`, counted from the day the preservation was executed
/// (`executed` is day 0).
///
/// - `Days(n)`: `executed` + n days (90 days from 1 Jan 2027 is 1 Apr 2027).
/// - `Months(n)`: the same day of the month n calendar months later. When that month is shorter,
///   the date is clamped to its last day: 31 Jan 2027 + 1 month = 28 Feb 2027, 31 Jan 2028 +
///   1 month = 29 Feb 2028 (`chrono`'s `checked_add_months`).
/// - `NoTimeLimit`: [`Expiry::NoTimeLimit`]; everything else, and any overflow: [`Expiry::Unknown`].
///
/// Renewals are not added: a renewal needs a further step by the requesting State.
pub fn expiry(p: &PartyPeriod, executed: NaiveDate) -> Expiry {
    let date = match p.period {
        Period::Days(n) => executed.checked_add_days(Days::new(u64::from(n))),
        Period::Months(n) => executed.checked_add_months(Months::new(n)),
        Period::NoTimeLimit => return Expiry::NoTimeLimit,
        Period::NoInformation | Period::NoLegislation | Period::Conditional => None,
    };
    date.map_or(Expiry::Unknown, Expiry::On)
}

/// `executed` + [`CONVENTION_MINIMUM_DAYS`] days: the end of the minimum period of Art. 29(7).
/// Saturates at `NaiveDate::MAX` instead of overflowing.
pub fn convention_minimum_expiry(executed: NaiveDate) -> NaiveDate {
    executed
        .checked_add_days(Days::new(u64::from(CONVENTION_MINIMUM_DAYS)))
        .unwrap_or(NaiveDate::MAX)
}

/// Whole days from `today` to `expiry`: 0 on the last day, negative once it has passed.
pub fn days_left(expiry: NaiveDate, today: NaiveDate) -> i64 {
    expiry.signed_duration_since(today).num_days()
}

/// The T-CY's follow-up to Rec 16 in section 5 of the report (seed 003, line 1035): "The T-CY
/// considers that preservation periods of less than 90 days without the possibility of at least
/// one renewal are not practical." (The report does not use the word "impractical"; this is its
/// closest sentence.)
///
/// True only when both halves are known: the period is a fixed one shorter than 90 days
/// (`Days(n)` with n < 90, or `Months(n)` with n < 3 — section 3.2 itself counts "3 months" among
/// the 90-day States), and renewal is not possible, either because column 3 says so
/// ([`Renewal::NotPermitted`]) or because section 3.2 names the Party among those that reported
/// that renewal is not permitted ([`NO_RENEWAL_REPORTED`]). Conditional or missing information
/// gives false: the caller shows the table text instead.
pub fn impractical(p: &PartyPeriod) -> bool {
    let short = match p.period {
        Period::Days(n) => n < 90,
        Period::Months(n) => n < 3,
        Period::NoTimeLimit
        | Period::NoInformation
        | Period::NoLegislation
        | Period::Conditional => false,
    };
    let no_renewal = p.renewal == Renewal::NotPermitted || NO_RENEWAL_REPORTED.contains(&p.code);
    short && no_renewal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preservation::table::{lookup, PARTIES};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn with_period(period: Period) -> PartyPeriod {
        PartyPeriod {
            period,
            ..PARTIES[0]
        }
    }

    #[test]
    fn expiry_days() {
        let al = lookup("AL").expect("Albania row");
        assert_eq!(expiry(al, d(2027, 1, 1)), Expiry::On(d(2027, 4, 1)));
        assert_eq!(expiry(al, d(2028, 1, 1)), Expiry::On(d(2028, 3, 31)));
    }

    #[test]
    fn expiry_months_clamps_to_month_end() {
        let one = with_period(Period::Months(1));
        assert_eq!(expiry(&one, d(2027, 1, 31)), Expiry::On(d(2027, 2, 28)));
        assert_eq!(expiry(&one, d(2028, 1, 31)), Expiry::On(d(2028, 2, 29)));
        let md = lookup("MD").expect("Moldova row");
        assert_eq!(expiry(md, d(2027, 1, 31)), Expiry::On(d(2027, 2, 28)));
        let bg = lookup("BG").expect("Bulgaria row");
        assert_eq!(expiry(bg, d(2027, 11, 30)), Expiry::On(d(2028, 2, 29)));
    }

    #[test]
    fn expiry_leap_years() {
        let three = with_period(Period::Months(3));
        assert_eq!(expiry(&three, d(2028, 2, 29)), Expiry::On(d(2028, 5, 29)));
        let sixty = with_period(Period::Days(60));
        assert_eq!(expiry(&sixty, d(2027, 12, 30)), Expiry::On(d(2028, 2, 28)));
        assert_eq!(convention_minimum_expiry(d(2027, 12, 30)), d(2028, 2, 28));
        assert_eq!(convention_minimum_expiry(d(2028, 1, 1)), d(2028, 3, 1));
        let twelve = with_period(Period::Months(12));
        assert_eq!(expiry(&twelve, d(2028, 2, 29)), Expiry::On(d(2029, 2, 28)));
    }

    #[test]
    fn expiry_other_variants() {
        let day = d(2027, 6, 1);
        assert_eq!(expiry(lookup("AM").expect("AM"), day), Expiry::NoTimeLimit);
        for code in ["AD", "RS", "CA", "GB"] {
            assert_eq!(
                expiry(lookup(code).expect("row"), day),
                Expiry::Unknown,
                "{code}"
            );
        }
    }

    #[test]
    fn overflow_is_unknown() {
        for period in [
            Period::Days(1),
            Period::Days(u32::MAX),
            Period::Months(1),
            Period::Months(u32::MAX),
        ] {
            assert_eq!(
                expiry(&with_period(period), NaiveDate::MAX),
                Expiry::Unknown
            );
        }
        assert_eq!(
            expiry(&with_period(Period::Days(0)), NaiveDate::MAX),
            Expiry::On(NaiveDate::MAX)
        );
        assert_eq!(convention_minimum_expiry(NaiveDate::MAX), NaiveDate::MAX);
        for p in PARTIES {
            let e = expiry(p, NaiveDate::MAX);
            assert!(
                matches!(e, Expiry::Unknown | Expiry::NoTimeLimit),
                "{}",
                p.code
            );
        }
    }

    #[test]
    fn days_left_counts_down_and_goes_negative() {
        let end = d(2028, 3, 1);
        assert_eq!(days_left(end, d(2028, 2, 28)), 2);
        assert_eq!(days_left(end, end), 0);
        assert_eq!(days_left(end, d(2028, 3, 2)), -1);
        assert_eq!(days_left(end, d(2029, 3, 1)), -365);
        assert!(days_left(NaiveDate::MAX, NaiveDate::MIN) > 0);
        assert!(days_left(NaiveDate::MIN, NaiveDate::MAX) < 0);
    }

    #[test]
    fn impractical_follows_t_cy_observation() {
        let flagged: Vec<&str> = PARTIES
            .iter()
            .filter(|p| impractical(p))
            .map(|p| p.code)
            .collect();
        // Japan: 60 days, and section 3.2 reports renewal is not permitted.
        assert_eq!(flagged, ["JP"]);
        // Short periods with a renewal stated in column 3.
        for code in ["LV", "RO", "MD"] {
            assert!(!impractical(lookup(code).expect("row")), "{code}");
        }
        let short_no_renewal = PartyPeriod {
            period: Period::Days(89),
            renewal: Renewal::NotPermitted,
            ..PARTIES[0]
        };
        assert!(impractical(&short_no_renewal));
        assert!(!impractical(&PartyPeriod {
            period: Period::Days(90),
            ..short_no_renewal
        }));
        assert!(impractical(&PartyPeriod {
            period: Period::Months(2),
            ..short_no_renewal
        }));
        assert!(!impractical(&PartyPeriod {
            period: Period::Months(3),
            ..short_no_renewal
        }));
        assert!(!impractical(&PartyPeriod {
            period: Period::Conditional,
            ..short_no_renewal
        }));
    }

    #[test]
    fn convention_minimum() {
        assert_eq!(convention_minimum_expiry(d(2027, 1, 1)), d(2027, 3, 2));
    }
}
