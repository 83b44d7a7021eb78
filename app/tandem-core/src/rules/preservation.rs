//! Data-preservation periods after a foreign request, per Party to the Budapest Convention.
//!
//! Source: T-CY(2017)2, Assessment report on MLA follow-up, section 3.1 (Rec 16): the table
//! "Party | Time periods for preservation of data following a foreign request | Conditions and
//! periods to extend or renew the preservation of specified data", as communicated by States. The
//! summary facts come from section 3.2 ("Overview of follow-up reported") and the conclusion from
//! section 3.3 of the same report.
//!
//! The wording in [`PARTIES`] is the table's own, in English only: HTML tags from the PDF
//! extraction are stripped, whitespace is normalised, and rows split across page breaks are joined
//! (Canada, Turkey). Nothing else is changed, including the table's typos and missing full stops.
//! [`Period`] and [`Renewal`] are a classification of that wording, made only where the text is
//! unambiguous; everywhere else the classification is `Conditional` and the table text is the
//! answer. Where the table and section 3.2 disagree, both are kept as they are and the difference
//! is described in [`NOTES`].
//!
//! Dates: [`expiry`] and the helpers below do calendar arithmetic with `chrono` and never panic.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::l10n::{Arg, Catalog, L10nError};
use crate::lang::Lang;

/// Article 29(7) Budapest Convention: preservation "for a period not less than sixty days".
pub const CONVENTION_MINIMUM_DAYS: u32 = 60;

/// The T-CY's follow-up to Rec 16 in section 5 of the report, quoted exactly. The report does not
/// use the word "impractical"; this is its closest sentence, and [`impractical`] implements it.
pub const NOT_PRACTICAL: &str = "The T-CY considers that preservation periods of less than 90 days without the possibility of at least one renewal are not practical.";

/// One row of the section 3.1 table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// Every Party row of the section 3.1 table, in the table's order.
pub static PARTIES: &[PartyPeriod] = &[
    PartyPeriod {
        code: "AL",
        name_in_table: "Albania",
        period_text: "90 days",
        renewal_text: "90 days",
        period: Period::Days(90),
        renewal: Renewal::Days(90),
    },
    PartyPeriod {
        code: "AD",
        name_in_table: "Andorra",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "AM",
        name_in_table: "Armenia",
        period_text: "No specific time limits",
        renewal_text: "",
        period: Period::NoTimeLimit,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "AU",
        name_in_table: "Australia",
        period_text: "Division 3 of Part 3-1A of the Telecommunications (Interception and Access) Act 1979 specifies that a carrier must preserve communications held on the day a foreign preservation notice is served until they receive notice from the Australian Federal Police that the preservation notice has been revoked. The Australian Federal Police must revoke a preservation notice if a foreign country did not make a request to the Attorney-General for data for a period of 180 days.",
        renewal_text: "No mechanism exists to extend or renew the preservation of specified data. The requesting country needs to complete a new preservation request. The effective preservation period of 180 days exceeds the minimum 60 days stipulated in Article 29.",
        period: Period::Conditional,
        renewal: Renewal::NotPermitted,
    },
    PartyPeriod {
        code: "AT",
        name_in_table: "Austria",
        period_text: "Preservation of data is not limited by any time limit.",
        renewal_text: "An extension or renewal is possible subject to the receipt of a request of the requesting state and the proportionality of the continued preservation. Time limits or periods are not foreseen.",
        period: Period::NoTimeLimit,
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "AZ",
        name_in_table: "Azerbaijan",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "BE",
        name_in_table: "Belgium",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "BA",
        name_in_table: "Bosnia and Herzegovina",
        period_text: "To settle this matter, it is necessary to harmonize the Rulebook on Keeping Archived Files and Documents in a way that all files are kept during the period prescribed by the Convention. The only exception would concern the existing electronic databases of the Central Authority that would be permanently kept.",
        renewal_text: "To settle this matter, it is necessary to harmonize the Rulebook on Keeping Archived Files and Documents in a way that all files are kept during the period prescribed by the Convention. The only exception would concern the existing electronic databases of the Central Authority that would be permanently kept",
        period: Period::Conditional,
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "BG",
        name_in_table: "Bulgaria",
        period_text: "3 months",
        renewal_text: "No extension permitted",
        period: Period::Months(3),
        renewal: Renewal::NotPermitted,
    },
    PartyPeriod {
        code: "CA",
        name_in_table: "Canada",
        period_text: "Under the Protecting Canadians from Online Crime Act, Canada has the ability to preserve computer data on police demand or by court order. Usually, the first step for the preservation of data under the Act is for Canadian police to make a preservation demand on the record holder. The legal threshold for making a preservation demand is that there must be reasonable grounds to suspect that: An offence has been or will be committed under a law for a foreign state; An investigation is being conducted by a person or authority with responsibility in that state for the investigation of such offences; and, The computer data is in the person's possession or control and will assist in the investigation of the offence. Preservation demands are valid for 90 days and cannot be renewed. However, before the expiry of such preservation, a preservation order may be obtained from a court for 90 days. Additional preservation orders from a court are also possible when a prior order is about to expire.",
        renewal_text: "No extension permitted",
        period: Period::Conditional,
        renewal: Renewal::NotPermitted,
    },
    PartyPeriod {
        code: "HR",
        name_in_table: "Croatia",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "CY",
        name_in_table: "Cyprus",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "CZ",
        name_in_table: "Czech Republic",
        period_text: "There is no time limit set in Czech domestic law for such data preservation in line with Article 29 Budapest Convention. However, the MLA request should be sent as soon as possible.",
        renewal_text: "",
        period: Period::NoTimeLimit,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "DK",
        name_in_table: "Denmark",
        period_text: "6 months",
        renewal_text: "No extension permitted",
        period: Period::Months(6),
        renewal: Renewal::NotPermitted,
    },
    PartyPeriod {
        code: "DO",
        name_in_table: "Dominican Republic",
        period_text: "The period of time concerning this issue is of ninety (90) days",
        renewal_text: "Renewable anytime asked for the same amount of days.",
        period: Period::Days(90),
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "EE",
        name_in_table: "Estonia",
        period_text: "Data preservation can be done very quickly, if possible during one day.",
        renewal_text: "For data preservation general powers are used. No further conditions or time periods have are provided by the legislation.",
        period: Period::Conditional,
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "FI",
        name_in_table: "Finland",
        period_text: "3 months",
        renewal_text: "3 months extension of required for the investigation. The preservation order shall be repealed if the data are no longer necessary.",
        period: Period::Months(3),
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "FR",
        name_in_table: "France",
        period_text: "90 days",
        renewal_text: "90 days",
        period: Period::Days(90),
        renewal: Renewal::Days(90),
    },
    PartyPeriod {
        code: "GE",
        name_in_table: "Georgia",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "DE",
        name_in_table: "Germany",
        period_text: "If data is seized following a request for expedited preservation the data may be kept as long as reasonably required for the investigation and, if court proceedings are initiated, as long as required for establishing the evidence.",
        renewal_text: "See left column.",
        period: Period::Conditional,
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "HU",
        name_in_table: "Hungary",
        period_text: "3 months",
        renewal_text: "",
        period: Period::Months(3),
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "IS",
        name_in_table: "Iceland",
        period_text: "No information provided",
        renewal_text: "No information provided",
        period: Period::NoInformation,
        renewal: Renewal::NoInformation,
    },
    PartyPeriod {
        code: "IL",
        name_in_table: "Israel",
        period_text: "The Israeli Law enables preservation for a time period of six months, based on a decision of a magistrate judge.",
        renewal_text: "An Israeli magistrate judge can extend the time period beyond six months, under conditions he will decide upon based on a specific request. In practice, the court will consider the intensity of the infringement of the suspect and third party's privacy, in contrast of the investigative interest.",
        period: Period::Conditional,
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "IT",
        name_in_table: "Italy",
        period_text: "90 days",
        renewal_text: "6 months",
        period: Period::Days(90),
        renewal: Renewal::Months(6),
    },
    PartyPeriod {
        code: "JP",
        name_in_table: "Japan",
        period_text: "60 days",
        renewal_text: "In case of data preservation based on voluntary cooperation by ISPs, the preservation period may be more than 60 days.",
        period: Period::Days(60),
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "LV",
        name_in_table: "Latvia",
        period_text: "30 days",
        renewal_text: "Up to 90 days",
        period: Period::Days(30),
        renewal: Renewal::UpToDays(90),
    },
    PartyPeriod {
        code: "LI",
        name_in_table: "Liechtenstein",
        period_text: "Preservation of data is not limited by any time limit.",
        renewal_text: "Time limits or periods are not foreseen.",
        period: Period::NoTimeLimit,
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "LT",
        name_in_table: "Lithuania",
        period_text: "Based on the provisions of the Law on Electronic Communication, service providers in Lithuania are obliged to preserve the data for 6 months with the possibility for one renewal for additional 6 months.",
        renewal_text: "No specific conditions need to be met to extend or renew the preservation. Additional request for renewal is sufficient.",
        period: Period::Months(6),
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "LU",
        name_in_table: "Luxembourg",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "MT",
        name_in_table: "Malta",
        period_text: "communications data relating to Internet Access and internet e-mail for a period of six months from the date of communication; communications data concerning fixed network telephony, mobile telephony and Internet telephony for a period of one year from the date of communication.",
        renewal_text: "",
        period: Period::Conditional,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "MU",
        name_in_table: "Mauritius",
        period_text: "Until such time as may reasonably be required for the investigation of an offence; Where prosecution is instituted, until the final determination of the case; or Until such time as the Judge in Chambers deems fit.",
        renewal_text: "Conditions, extension and renewal will depend on the requirements as set out in section 11(3) of the CMCA above.",
        period: Period::Conditional,
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "MD",
        name_in_table: "Moldova",
        period_text: "1 month",
        renewal_text: "Up to six months",
        period: Period::Months(1),
        renewal: Renewal::UpToMonths(6),
    },
    PartyPeriod {
        code: "ME",
        name_in_table: "Montenegro",
        period_text: "No time limit provided by the law",
        renewal_text: "",
        period: Period::NoTimeLimit,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "NL",
        name_in_table: "Netherlands",
        period_text: "90 days",
        renewal_text: "90 days",
        period: Period::Days(90),
        renewal: Renewal::Days(90),
    },
    PartyPeriod {
        code: "NO",
        name_in_table: "Norway",
        period_text: "90 days. If data is preserved on international request it is not necessary to renew it, as this will typically be extended by Norwegian authorities.",
        renewal_text: "",
        period: Period::Days(90),
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "PA",
        name_in_table: "Panama",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "PH",
        name_in_table: "Philippines",
        period_text: "6 months.",
        renewal_text: "A one (1) time request for extension of a six month period for preservation may be allowed under R.A. No. 10175.",
        period: Period::Months(6),
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "PL",
        name_in_table: "Poland",
        period_text: "If data is preserved on international request it is not necessary to renew it",
        renewal_text: "",
        period: Period::Conditional,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "PT",
        name_in_table: "Portugal",
        period_text: "3 months",
        renewal_text: "Up to one year",
        period: Period::Months(3),
        renewal: Renewal::UpToMonths(12),
    },
    PartyPeriod {
        code: "RO",
        name_in_table: "Romania",
        period_text: "60 days",
        renewal_text: "30 days",
        period: Period::Days(60),
        renewal: Renewal::Days(30),
    },
    PartyPeriod {
        code: "RS",
        name_in_table: "Serbia",
        period_text: "No legislation on data preservation",
        renewal_text: "",
        period: Period::NoLegislation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "SK",
        name_in_table: "Slovakia",
        period_text: "90 days",
        renewal_text: "90 days",
        period: Period::Days(90),
        renewal: Renewal::Days(90),
    },
    PartyPeriod {
        code: "SI",
        name_in_table: "Slovenia",
        period_text: "No legislation on data preservation",
        renewal_text: "",
        period: Period::NoLegislation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "ES",
        name_in_table: "Spain",
        period_text: "90 days",
        renewal_text: "90 days",
        period: Period::Days(90),
        renewal: Renewal::Days(90),
    },
    PartyPeriod {
        code: "LK",
        name_in_table: "Sri Lanka",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "CH",
        name_in_table: "Switzerland",
        period_text: "90 days",
        renewal_text: "Requests for preservation of data can be extend or renewed anytime within the deadline to present the formal MLA request.",
        period: Period::Days(90),
        renewal: Renewal::Conditional,
    },
    PartyPeriod {
        code: "MK",
        name_in_table: "\"The Former Yugoslav Republic of Macedonia\"",
        period_text: "No information provided",
        renewal_text: "",
        period: Period::NoInformation,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "TR",
        name_in_table: "Turkey",
        period_text: "Although Budapest Convention article 29/7, advise parties to preserve data at least for 60 days, there are no specified article on preservation requests and preserving period. However Law no: 6706 article 8/1-c, which titled as \"foreign judicial request\" regulates preserving evidence, which also include preserving data temporarily, for 40 days. If the request is received in 40 days, the period of preserving of the data maintains. Traffic data are also kept for a certain period within the scope of Law No. 5651. According to Article 5/3 of Law No. 5651, hosting service providers are obliged to keep the traffic data of the hosting services that they provide, for a period of time not less than one year and not more than two years, which shall be designated by the regulations, and are also obliged to ensure the accuracy, integrity and confidentiality of these data. According to Article 6/1-b of Law No. 5651, access providers are obliged to save the traffic data of the services that they provide, for a period of time not less than six months and not more than two years, which shall be designated by the regulations, and are also obliged to ensure the accuracy, integrity and confidentiality of these data.",
        renewal_text: "",
        period: Period::Conditional,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "UA",
        name_in_table: "Ukraine",
        period_text: "No information provided",
        renewal_text: "No information provided",
        period: Period::NoInformation,
        renewal: Renewal::NoInformation,
    },
    PartyPeriod {
        code: "GB",
        name_in_table: "United Kingdom",
        period_text: "Under the 24/7 procedure, data in the UK is typically available for one year. Preservation requests are valid for 90 days and can be extended for 90 day periods at a time indefinitely (i.e. until the data is provided as evidence via the MLA process or a warrant has been obtained).",
        renewal_text: "",
        period: Period::Conditional,
        renewal: Renewal::NotStated,
    },
    PartyPeriod {
        code: "US",
        name_in_table: "United States of America",
        period_text: "90 days",
        renewal_text: "90 days",
        period: Period::Days(90),
        renewal: Renewal::Days(90),
    },
];

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

/// The [`NOTES`] for one Party (ASCII case-insensitive code).
pub fn notes(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    NOTES
        .iter()
        .filter(move |(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, n)| *n)
}

/// Section 3.2: "Overwhelmingly, States permit renewal (even if, formally, they require a new
/// request). Only Bulgaria and Japan reported that renewal is not permitted."
pub const NO_RENEWAL_REPORTED: &[&str] = &["BG", "JP"];

/// Section 3.2: "Only a few States use 60 days or less (Japan, Latvia, Romania)."
pub const AT_MOST_60_DAYS: &[&str] = &["JP", "LV", "RO"];

/// Section 3.2: "Most choose 90 days (Albania, Bulgaria, Canada, France, Hungary, Italy,
/// Netherlands, Portugal, Slovakia, Spain, United States) or 180 days (Australia, Denmark,
/// Lithuania, Malta)." This is the 90-day list.
pub const NINETY_DAYS: &[&str] = &[
    "AL", "BG", "CA", "FR", "HU", "IT", "NL", "PT", "SK", "ES", "US",
];

/// Section 3.2: "Most choose 90 days (Albania, Bulgaria, Canada, France, Hungary, Italy,
/// Netherlands, Portugal, Slovakia, Spain, United States) or 180 days (Australia, Denmark,
/// Lithuania, Malta)." This is the 180-day list.
pub const ONE_HUNDRED_EIGHTY_DAYS: &[&str] = &["AU", "DK", "LT", "MT"];

/// Section 3.2: "Some States have limits that vary according to the request of the prosecutor or
/// foreign State or they have no specific limits (Armenia, Austria, Czech Republic, Estonia,
/// Germany, Liechtenstein, Mauritius, Montenegro, Poland, Serbia, Slovenia, Switzerland). These
/// States may be able to preserve indefinitely if it is appropriate."
pub const NO_SPECIFIC_LIMITS: &[&str] = &[
    "AM", "AT", "CZ", "EE", "DE", "LI", "MU", "ME", "PL", "RS", "SI", "CH",
];

/// Section 3.2: "States sometimes limit the total length of time for which data may be preserved,
/// including renewals. Where such limits exist, they are almost always between six months and two
/// years (Albania, Australia, Canada, France, Italy, Lithuania, Malta, Mauritius, Netherlands,
/// Portugal, Spain, United States)."
pub const TOTAL_LIMIT_SIX_MONTHS_TO_TWO_YEARS: &[&str] = &[
    "AL", "AU", "CA", "FR", "IT", "LT", "MT", "MU", "NL", "PT", "ES", "US",
];

/// Section 3.2, footnote 29: "Azerbaijan, Belgium, Croatia, Cyprus, the Dominican Republic,
/// Finland, Georgia, Iceland, Luxembourg, Moldova, Panama, Sri Lanka, "The former Yugoslav
/// Republic of Macedonia", Ukraine, and the United Kingdom did not respond to this question."
pub const DID_NOT_RESPOND: &[&str] = &[
    "AZ", "BE", "HR", "CY", "DO", "FI", "GE", "IS", "LU", "MD", "PA", "LK", "MK", "UA", "GB",
];

/// Section 3.3, the conclusion, quoted exactly.
pub const CONCLUSION: &str = "The goal of lengthy preservation periods is to save data while Parties make their subsequent MLA requests. It seems that this can be achieved either by generous time periods coupled with smooth renewals or by preservation without time limits. To avoid mistakes, Parties should check with foreign partners about their exact terms of preservation. It would also be helpful for Parties to make preservation information readily available.";

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

/// The T-CY's observation ([`NOT_PRACTICAL`]): a preservation period of less than 90 days without
/// the possibility of at least one renewal is not practical.
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
    /// On this day, by the table's fixed period.
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
    /// More than [`SOON_DAYS`] left, or no end.
    None,
    /// At most [`SOON_DAYS`] left.
    Soon,
    /// At most [`URGENT_DAYS`] left.
    Urgent,
    /// The end has passed.
    Expired,
}

/// The preservation period of a preservation request, for the form, the drafts list and the PDF.
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
    /// The T-CY's "not practical" observation applies ([`impractical`]).
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
/// office's date, see [`today_in`]): `None` until the requested Party and the date of execution
/// are given, or for another kind of request.
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

/// The calendar date at instant `now` in an office at UTC offset `office`: "today" for
/// [`status_for`] and [`days_left`].
pub fn today_in(now: chrono::DateTime<chrono::Utc>, office: chrono::FixedOffset) -> NaiveDate {
    now.with_timezone(&office).date_naive()
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
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

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

    #[test]
    fn section_3_2_lists_name_table_rows() {
        for list in [
            NO_RENEWAL_REPORTED,
            AT_MOST_60_DAYS,
            NINETY_DAYS,
            ONE_HUNDRED_EIGHTY_DAYS,
            NO_SPECIFIC_LIMITS,
            TOTAL_LIMIT_SIX_MONTHS_TO_TWO_YEARS,
            DID_NOT_RESPOND,
        ] {
            for code in list {
                assert!(lookup(code).is_some(), "{code} is not a table row");
            }
        }
        assert_eq!(NO_RENEWAL_REPORTED, &["BG", "JP"]);
        assert_eq!(AT_MOST_60_DAYS.len(), 3);
        assert_eq!(NINETY_DAYS.len(), 11);
        assert_eq!(ONE_HUNDRED_EIGHTY_DAYS.len(), 4);
        assert_eq!(NO_SPECIFIC_LIMITS.len(), 12);
        assert_eq!(TOTAL_LIMIT_SIX_MONTHS_TO_TWO_YEARS.len(), 12);
        assert_eq!(DID_NOT_RESPOND.len(), 15);
    }

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
    fn conclusion_is_quoted() {
        assert!(CONCLUSION.starts_with("The goal of lengthy preservation periods"));
        assert!(CONCLUSION.ends_with("make preservation information readily available."));
        assert!(CONCLUSION.contains("preservation without time limits"));
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
        assert!(NOT_PRACTICAL
            .contains("less than 90 days without the possibility of at least one renewal"));
    }

    #[test]
    fn convention_minimum() {
        assert_eq!(CONVENTION_MINIMUM_DAYS, 60);
        assert_eq!(convention_minimum_expiry(d(2027, 1, 1)), d(2027, 3, 2));
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
        use chrono::{FixedOffset, TimeZone, Utc};
        // 31 Mar 2027, 22:30 UTC: already 1 Apr in Tbilisi, still 31 Mar in New York.
        let now = Utc.with_ymd_and_hms(2027, 3, 31, 22, 30, 0).unwrap();
        let tbilisi = FixedOffset::east_opt(4 * 3600).unwrap();
        let new_york = FixedOffset::west_opt(5 * 3600).unwrap();
        let utc = FixedOffset::east_opt(0).unwrap();
        assert_eq!(today_in(now, tbilisi), d(2027, 4, 1));
        assert_eq!(today_in(now, new_york), d(2027, 3, 31));
        assert_eq!(today_in(now, utc), d(2027, 3, 31));
        // The same preservation (Albania, ends 1 Apr 2027) seen from both offices at that instant.
        let left =
            |office| status("AL", "2027-01-01", today_in(now, office)).and_then(|s| s.days_left);
        assert_eq!(left(tbilisi), Some(0));
        assert_eq!(left(new_york), Some(1));
        // Across a year end and a leap day.
        let now = Utc.with_ymd_and_hms(2028, 2, 28, 23, 59, 0).unwrap();
        assert_eq!(today_in(now, tbilisi), d(2028, 2, 29));
        let now = Utc.with_ymd_and_hms(2027, 1, 1, 3, 0, 0).unwrap();
        assert_eq!(today_in(now, new_york), d(2026, 12, 31));
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
