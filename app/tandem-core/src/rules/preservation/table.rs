//! The section 3.1 table: one [`PartyPeriod`] per row, in the table's order, and the [`NOTES`]
//! where the table and section 3.2 of the report differ.
//!
//! The wording is the table's own, in English only: HTML tags from the PDF extraction are
//! stripped, whitespace is normalised, and rows split across page breaks are joined (Canada,
//! Turkey). Nothing else is changed, including the table's typos and missing full stops.
//! [`Period`] and [`Renewal`] are a classification of that wording, made only where the text is
//! unambiguous; everywhere else the classification is `Conditional` and the table text is the
//! answer. Where the table and section 3.2 disagree, both are kept as they are and the difference
//! is described in [`NOTES`]. The rows are data (`data/preservation.toml`, with the line of the
//! report each comes from), made into [`PARTIES`] by `build.rs`.

/// One row of the section 3.1 table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartyPeriod {
    /// ISO 3166-1 alpha-2 code: "MK" for the table's "The Former Yugoslav Republic of Macedonia",
    /// "GB" for the United Kingdom, "US" for the United States of America.
    pub code: &'static str,
    /// The first cell exactly as the table spells it, including the double quotes around
    /// "The Former Yugoslav Republic of Macedonia".
    pub name_in_table: &'static str,
    /// Column 2, the table's full wording: HTML tags stripped, whitespace normalised.
    pub period_text: &'static str,
    /// Column 3 likewise; "" when the cell is empty.
    pub renewal_text: &'static str,
    /// Classification of column 2.
    pub period: Period,
    /// Classification of column 3.
    pub renewal: Renewal,
}

/// Classification of column 2 (time period for preservation following a foreign request).
///
/// Rule: `Days` or `Months` only where the cell states a plain fixed period that applies to every
/// foreign request, i.e. one duration that does not depend on a decision taken case by case, on
/// the category of data or on other circumstances. A cell may go on to say more after the period
/// (Norway: "90 days. If data is preserved on international request it is not necessary to renew
/// it, …") or name the statute that sets it (Lithuania) and still qualify. The unit is the
/// table's: "3 months" is `Months(3)`, never `Days(90)`, because the two give different dates.
/// Israel ("six months, based on a decision of a magistrate judge") is `Conditional`, as the
/// period rests on a judge's decision in each case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// A fixed number of days.
    Days(u32),
    /// A fixed number of calendar months.
    Months(u32),
    /// The table says there is no time limit ("No specific time limits", "not limited by any time
    /// limit", "no time limit set", "No time limit provided by the law").
    NoTimeLimit,
    /// "No information provided".
    NoInformation,
    /// "No legislation on data preservation".
    NoLegislation,
    /// Anything else: the table's own text is the answer.
    Conditional,
}

/// Classification of column 3 (conditions and periods to extend or renew), from that column alone.
///
/// Rule: a fixed term or bound only where the cell is just that term ("90 days", "6 months",
/// "Up to one year"); `NotPermitted` where the cell says extension or renewal is not possible.
/// Anything that adds a condition, a discretion or a reference to other text is `Conditional`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renewal {
    /// Extension by a fixed number of days.
    Days(u32),
    /// Extension by a fixed number of calendar months.
    Months(u32),
    /// Extension by at most this many days ("Up to 90 days").
    UpToDays(u32),
    /// Extension by at most this many calendar months ("Up to six months", "Up to one year").
    UpToMonths(u32),
    /// The cell says no extension or renewal is possible.
    NotPermitted,
    /// "No information provided".
    NoInformation,
    /// The cell is empty.
    NotStated,
    /// Anything else: the table's own text is the answer.
    Conditional,
}

include!(concat!(env!("OUT_DIR"), "/preservation.rs"));

/// The Party with this ISO 3166-1 alpha-2 code (ASCII case-insensitive), if the table has a row.
pub fn lookup(code: &str) -> Option<&'static PartyPeriod> {
    PARTIES.iter().find(|p| p.code.eq_ignore_ascii_case(code))
}

/// Where the table and section 3.2 of the report differ, or where section 3.2 does not name a
/// Party at all: (ISO code, neutral description). Neither source is corrected.
pub const NOTES: &[(&str, &str)] = &[
    ("AD", "The table states \"No information provided\"; Andorra is not listed in footnote 29 among the States that did not respond, and is not named elsewhere in section 3.2."),
    ("AU", "Column 3 states that no mechanism exists to extend or renew and that a new preservation request is needed; section 3.2 names only Bulgaria and Japan as reporting that renewal is not permitted, and says that States permit renewal \"even if, formally, they require a new request\". Section 3.2 counts Australia among the States choosing 180 days; in column 2, 180 days is the period after which the Australian Federal Police must revoke the preservation notice if no request for the data has been made."),
    ("BA", "Bosnia and Herzegovina is not named in section 3.2."),
    ("BG", "Section 3.2 counts Bulgaria among the States choosing 90 days; the table states \"3 months\"."),
    ("CA", "Column 3 states \"No extension permitted\"; section 3.2 names only Bulgaria and Japan as reporting that renewal is not permitted. Column 2 states that preservation demands are valid for 90 days and cannot be renewed, and that court preservation orders for 90 days, and additional orders, are possible. Section 3.2 counts Canada among the States choosing 90 days."),
    ("CH", "Section 3.2 counts Switzerland among the States whose limits vary or that have no specific limits; column 2 states \"90 days\"."),
    ("DK", "Column 3 states \"No extension permitted\"; section 3.2 names only Bulgaria and Japan as reporting that renewal is not permitted. Section 3.2 counts Denmark among the States choosing 180 days; the table states \"6 months\"."),
    ("DO", "Footnote 29 lists the Dominican Republic among the States that did not respond to this question; the table has an answer in both columns."),
    ("FI", "Footnote 29 lists Finland among the States that did not respond to this question; the table has an answer in both columns."),
    ("GB", "Footnote 29 lists the United Kingdom among the States that did not respond to this question; the table has an answer in column 2."),
    ("HU", "Section 3.2 counts Hungary among the States choosing 90 days; the table states \"3 months\"."),
    ("IL", "Israel is not named in section 3.2."),
    ("JP", "Section 3.2 states that Japan reported that renewal is not permitted; column 3 does not say so, and states that with voluntary cooperation by ISPs the preservation period may be more than 60 days."),
    ("LT", "Section 3.2 counts Lithuania among the States choosing 180 days; the table states \"6 months\"."),
    ("MD", "Footnote 29 lists Moldova among the States that did not respond to this question; the table states \"1 month\" and \"Up to six months\". Moldova is not named among the States using 60 days or less."),
    ("MT", "Section 3.2 counts Malta among the States choosing 180 days; column 2 gives six months for Internet access and Internet e-mail data and one year for telephony data, each from the date of communication."),
    ("NO", "Norway is not named in section 3.2; column 2 states \"90 days\"."),
    ("PH", "The Philippines is not named in section 3.2; column 2 states \"6 months.\""),
    ("PT", "Section 3.2 counts Portugal among the States choosing 90 days; the table states \"3 months\"."),
    ("TR", "Turkey is not named in section 3.2; column 2 mentions preservation for 40 days under Law no. 6706."),
];

/// The `NOTES` for one Party (ASCII case-insensitive code).
pub fn notes(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    NOTES
        .iter()
        .filter(move |(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One test per table row. Expected values are read from the report's section 3.1 table:
    /// (position, code, name, period, renewal, substring of column 2, substring of column 3 —
    /// "" meaning the cell is empty).
    macro_rules! rows {
        ($($test:ident: $idx:expr, $code:expr, $name:expr, $period:expr, $renewal:expr, $ptext:expr, $rtext:expr;)*) => {
            $(
                #[test]
                fn $test() {
                    let p = &PARTIES[$idx];
                    assert_eq!(p.code, $code);
                    assert_eq!(p.name_in_table, $name);
                    assert_eq!(p.period, $period, "period of {}", $name);
                    assert_eq!(p.renewal, $renewal, "renewal of {}", $name);
                    assert!(p.period_text.contains($ptext), "column 2 of {}: {}", $name, p.period_text);
                    if $rtext.is_empty() {
                        assert_eq!(p.renewal_text, "", "column 3 of {} should be empty", $name);
                    } else {
                        assert!(p.renewal_text.contains($rtext), "column 3 of {}: {}", $name, p.renewal_text);
                    }
                    assert_eq!(lookup($code).map(|q| q.name_in_table), Some($name));
                }
            )*
            const EXPECTED_ROWS: &[&str] = &[$($code),*];
        };
    }

    rows! {
        row_al: 0, "AL", "Albania", Period::Days(90), Renewal::Days(90), "90 days", "90 days";
        row_ad: 1, "AD", "Andorra", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_am: 2, "AM", "Armenia", Period::NoTimeLimit, Renewal::NotStated, "No specific time limits", "";
        row_au: 3, "AU", "Australia", Period::Conditional, Renewal::NotPermitted, "did not make a request to the Attorney-General for data for a period of 180 days", "No mechanism exists to extend or renew";
        row_at: 4, "AT", "Austria", Period::NoTimeLimit, Renewal::Conditional, "not limited by any time limit", "proportionality of the continued preservation";
        row_az: 5, "AZ", "Azerbaijan", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_be: 6, "BE", "Belgium", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_ba: 7, "BA", "Bosnia and Herzegovina", Period::Conditional, Renewal::Conditional, "Rulebook on Keeping Archived Files and Documents", "Central Authority that would be permanently kept";
        row_bg: 8, "BG", "Bulgaria", Period::Months(3), Renewal::NotPermitted, "3 months", "No extension permitted";
        row_ca: 9, "CA", "Canada", Period::Conditional, Renewal::NotPermitted, "Preservation demands are valid for 90 days and cannot be renewed.", "No extension permitted";
        row_hr: 10, "HR", "Croatia", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_cy: 11, "CY", "Cyprus", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_cz: 12, "CZ", "Czech Republic", Period::NoTimeLimit, Renewal::NotStated, "There is no time limit set in Czech domestic law", "";
        row_dk: 13, "DK", "Denmark", Period::Months(6), Renewal::NotPermitted, "6 months", "No extension permitted";
        row_do: 14, "DO", "Dominican Republic", Period::Days(90), Renewal::Conditional, "ninety (90) days", "Renewable anytime asked for the same amount of days.";
        row_ee: 15, "EE", "Estonia", Period::Conditional, Renewal::Conditional, "if possible during one day", "general powers are used";
        row_fi: 16, "FI", "Finland", Period::Months(3), Renewal::Conditional, "3 months", "3 months extension of required for the investigation";
        row_fr: 17, "FR", "France", Period::Days(90), Renewal::Days(90), "90 days", "90 days";
        row_ge: 18, "GE", "Georgia", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_de: 19, "DE", "Germany", Period::Conditional, Renewal::Conditional, "as long as reasonably required for the investigation", "See left column.";
        row_hu: 20, "HU", "Hungary", Period::Months(3), Renewal::NotStated, "3 months", "";
        row_is: 21, "IS", "Iceland", Period::NoInformation, Renewal::NoInformation, "No information provided", "No information provided";
        row_il: 22, "IL", "Israel", Period::Conditional, Renewal::Conditional, "six months, based on a decision of a magistrate judge", "extend the time period beyond six months";
        row_it: 23, "IT", "Italy", Period::Days(90), Renewal::Months(6), "90 days", "6 months";
        row_jp: 24, "JP", "Japan", Period::Days(60), Renewal::Conditional, "60 days", "voluntary cooperation by ISPs";
        row_lv: 25, "LV", "Latvia", Period::Days(30), Renewal::UpToDays(90), "30 days", "Up to 90 days";
        row_li: 26, "LI", "Liechtenstein", Period::NoTimeLimit, Renewal::Conditional, "not limited by any time limit", "Time limits or periods are not foreseen.";
        row_lt: 27, "LT", "Lithuania", Period::Months(6), Renewal::Conditional, "preserve the data for 6 months with the possibility for one renewal", "Additional request for renewal is sufficient.";
        row_lu: 28, "LU", "Luxembourg", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_mt: 29, "MT", "Malta", Period::Conditional, Renewal::NotStated, "Internet telephony for a period of one year", "";
        row_mu: 30, "MU", "Mauritius", Period::Conditional, Renewal::Conditional, "Judge in Chambers deems fit", "section 11(3) of the CMCA";
        row_md: 31, "MD", "Moldova", Period::Months(1), Renewal::UpToMonths(6), "1 month", "Up to six months";
        row_me: 32, "ME", "Montenegro", Period::NoTimeLimit, Renewal::NotStated, "No time limit provided by the law", "";
        row_nl: 33, "NL", "Netherlands", Period::Days(90), Renewal::Days(90), "90 days", "90 days";
        row_no: 34, "NO", "Norway", Period::Days(90), Renewal::NotStated, "typically be extended by Norwegian authorities", "";
        row_pa: 35, "PA", "Panama", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_ph: 36, "PH", "Philippines", Period::Months(6), Renewal::Conditional, "6 months.", "R.A. No. 10175";
        row_pl: 37, "PL", "Poland", Period::Conditional, Renewal::NotStated, "it is not necessary to renew it", "";
        row_pt: 38, "PT", "Portugal", Period::Months(3), Renewal::UpToMonths(12), "3 months", "Up to one year";
        row_ro: 39, "RO", "Romania", Period::Days(60), Renewal::Days(30), "60 days", "30 days";
        row_rs: 40, "RS", "Serbia", Period::NoLegislation, Renewal::NotStated, "No legislation on data preservation", "";
        row_sk: 41, "SK", "Slovakia", Period::Days(90), Renewal::Days(90), "90 days", "90 days";
        row_si: 42, "SI", "Slovenia", Period::NoLegislation, Renewal::NotStated, "No legislation on data preservation", "";
        row_es: 43, "ES", "Spain", Period::Days(90), Renewal::Days(90), "90 days", "90 days";
        row_lk: 44, "LK", "Sri Lanka", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_ch: 45, "CH", "Switzerland", Period::Days(90), Renewal::Conditional, "90 days", "within the deadline to present the formal MLA request";
        row_mk: 46, "MK", "\"The Former Yugoslav Republic of Macedonia\"", Period::NoInformation, Renewal::NotStated, "No information provided", "";
        row_tr: 47, "TR", "Turkey", Period::Conditional, Renewal::NotStated, "preserving data temporarily, for 40 days", "";
        row_ua: 48, "UA", "Ukraine", Period::NoInformation, Renewal::NoInformation, "No information provided", "No information provided";
        row_gb: 49, "GB", "United Kingdom", Period::Conditional, Renewal::NotStated, "can be extended for 90 day periods at a time indefinitely", "";
        row_us: 50, "US", "United States of America", Period::Days(90), Renewal::Days(90), "90 days", "90 days";
    }

    #[test]
    fn row_count_and_order() {
        assert_eq!(PARTIES.len(), 51);
        let codes: Vec<&str> = PARTIES.iter().map(|p| p.code).collect();
        assert_eq!(codes, EXPECTED_ROWS);
    }

    #[test]
    fn codes_unique_and_well_formed() {
        let mut codes: Vec<&str> = PARTIES.iter().map(|p| p.code).collect();
        assert!(codes
            .iter()
            .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), PARTIES.len());
    }

    #[test]
    fn texts_are_tag_free_and_normalised() {
        for p in PARTIES {
            for t in [p.name_in_table, p.period_text, p.renewal_text] {
                assert!(!t.contains('<') && !t.contains('>'), "{t}");
                assert!(
                    !t.contains("  ") && !t.contains('\t') && !t.contains('\n'),
                    "{t}"
                );
                assert_eq!(t, t.trim());
            }
            assert!(!p.period_text.is_empty(), "{}", p.code);
        }
    }

    #[test]
    fn page_break_rows_are_joined() {
        let ca = lookup("CA").expect("Canada row");
        assert!(ca
            .period_text
            .starts_with("Under the Protecting Canadians from Online Crime Act"));
        assert!(ca.period_text.contains(
            "the first step for the preservation of data under the Act is for Canadian police to make a preservation demand"
        ));
        assert!(ca
            .period_text
            .ends_with("when a prior order is about to expire."));
        assert_eq!(ca.renewal_text, "No extension permitted");

        let tr = lookup("TR").expect("Turkey row");
        assert!(tr
            .period_text
            .starts_with("Although Budapest Convention article 29/7"));
        assert!(tr.period_text.ends_with(
            "for a period of time not less than six months and not more than two years, which shall be designated by the regulations, and are also obliged to ensure the accuracy, integrity and confidentiality of these data."
        ));
        assert_eq!(tr.renewal_text, "");
        // The continuation row belongs to Turkey, not to the next row.
        assert_eq!(
            lookup("UA").map(|p| p.period_text),
            Some("No information provided")
        );
    }

    /// The lists of section 3.2 (line 845 ff. of seed 003), to check the notes against.
    /// "Only Bulgaria and Japan reported that renewal is not permitted" is [`NO_RENEWAL_REPORTED`].
    /// Section 3.2: "Only a few States use 60 days or less (Japan, Latvia, Romania)."
    const AT_MOST_60_DAYS: &[&str] = &["JP", "LV", "RO"];

    /// Section 3.2: "Most choose 90 days (Albania, Bulgaria, Canada, France, Hungary, Italy,
    /// Netherlands, Portugal, Slovakia, Spain, United States) or 180 days (Australia, Denmark,
    /// Lithuania, Malta)." This is the 90-day list.
    const NINETY_DAYS: &[&str] = &[
        "AL", "BG", "CA", "FR", "HU", "IT", "NL", "PT", "SK", "ES", "US",
    ];

    /// Section 3.2: "Most choose 90 days (Albania, Bulgaria, Canada, France, Hungary, Italy,
    /// Netherlands, Portugal, Slovakia, Spain, United States) or 180 days (Australia, Denmark,
    /// Lithuania, Malta)." This is the 180-day list.
    const ONE_HUNDRED_EIGHTY_DAYS: &[&str] = &["AU", "DK", "LT", "MT"];

    /// Section 3.2: "Some States have limits that vary according to the request of the prosecutor or
    /// foreign State or they have no specific limits (Armenia, Austria, Czech Republic, Estonia,
    /// Germany, Liechtenstein, Mauritius, Montenegro, Poland, Serbia, Slovenia, Switzerland). These
    /// States may be able to preserve indefinitely if it is appropriate."
    const NO_SPECIFIC_LIMITS: &[&str] = &[
        "AM", "AT", "CZ", "EE", "DE", "LI", "MU", "ME", "PL", "RS", "SI", "CH",
    ];

    /// Section 3.2: "States sometimes limit the total length of time for which data may be preserved,
    /// including renewals. Where such limits exist, they are almost always between six months and two
    /// years (Albania, Australia, Canada, France, Italy, Lithuania, Malta, Mauritius, Netherlands,
    /// Portugal, Spain, United States)."
    const TOTAL_LIMIT_SIX_MONTHS_TO_TWO_YEARS: &[&str] = &[
        "AL", "AU", "CA", "FR", "IT", "LT", "MT", "MU", "NL", "PT", "ES", "US",
    ];

    /// Section 3.2, footnote 29: "Azerbaijan, Belgium, Croatia, Cyprus, the Dominican Republic,
    /// Finland, Georgia, Iceland, Luxembourg, Moldova, Panama, Sri Lanka, "The former Yugoslav
    /// Republic of Macedonia", Ukraine, and the United Kingdom did not respond to this question."
    const DID_NOT_RESPOND: &[&str] = &[
        "AZ", "BE", "HR", "CY", "DO", "FI", "GE", "IS", "LU", "MD", "PA", "LK", "MK", "UA", "GB",
    ];

    #[test]
    fn rows_not_named_in_section_3_2_have_notes() {
        let named = |c: &str| {
            [
                NO_RENEWAL_REPORTED,
                AT_MOST_60_DAYS,
                NINETY_DAYS,
                ONE_HUNDRED_EIGHTY_DAYS,
                NO_SPECIFIC_LIMITS,
                TOTAL_LIMIT_SIX_MONTHS_TO_TWO_YEARS,
                DID_NOT_RESPOND,
            ]
            .iter()
            .any(|l| l.contains(&c))
        };
        for code in [
            NO_RENEWAL_REPORTED,
            AT_MOST_60_DAYS,
            NINETY_DAYS,
            ONE_HUNDRED_EIGHTY_DAYS,
            NO_SPECIFIC_LIMITS,
            TOTAL_LIMIT_SIX_MONTHS_TO_TWO_YEARS,
            DID_NOT_RESPOND,
        ]
        .concat()
        {
            assert!(lookup(code).is_some(), "{code} is not a table row");
        }
        let unnamed: Vec<&str> = PARTIES
            .iter()
            .map(|p| p.code)
            .filter(|c| !named(c))
            .collect();
        assert_eq!(unnamed, ["AD", "BA", "IL", "NO", "PH", "TR"]);
        for c in unnamed {
            assert_eq!(notes(c).count(), 1, "{c}");
        }
    }

    #[test]
    fn notes_refer_to_table_rows() {
        for (code, note) in NOTES {
            assert!(lookup(code).is_some(), "{code}");
            assert!(!note.is_empty());
        }
        // Table rows saying "No extension permitted" that section 3.2 does not name.
        for code in ["CA", "DK"] {
            assert_eq!(
                lookup(code).map(|p| p.renewal_text),
                Some("No extension permitted")
            );
            assert!(!NO_RENEWAL_REPORTED.contains(&code));
            assert!(notes(code).any(|n| n.contains("only Bulgaria and Japan")));
        }
        // Answers in the table from States footnote 29 says did not respond.
        for code in ["DO", "FI", "MD", "GB"] {
            assert!(DID_NOT_RESPOND.contains(&code));
            assert!(notes(code).any(|n| n.contains("Footnote 29")));
        }
    }

    #[test]
    fn lookup_is_case_insensitive_and_total() {
        assert_eq!(
            lookup("gb").map(|p| p.name_in_table),
            Some("United Kingdom")
        );
        assert!(lookup("").is_none());
        assert!(lookup("XX").is_none());
        assert!(lookup("united kingdom").is_none());
    }
}
