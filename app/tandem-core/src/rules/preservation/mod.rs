//! Data-preservation periods after a foreign request, per Party to the Budapest Convention.
//!
//! Source: T-CY(2017)2, Assessment report on MLA follow-up, section 3.1 (Rec 16): the table
//! "Party | Time periods for preservation of data following a foreign request | Conditions and
//! periods to extend or renew the preservation of specified data", as communicated by States. The
//! summary facts come from section 3.2 ("Overview of follow-up reported") of the same report.
//!
//! Three parts: `table`, the table itself (data in `data/preservation.toml`, each row with the
//! line of the report it comes from, built in by `build.rs`) and its notes; `period`, the
//! calendar arithmetic of a period (never panics); `status`, what a preservation request's
//! answers make of them for the form, the drafts list and the calendar reminder.

mod period;
mod status;
mod table;

// What the rest of the app uses; the rest of each part is the parts' own business.
pub use status::{
    end_text, renewal_text, status_for, End, Status, Warning, COUNTRY, DATE, EXECUTED, REFERENCE,
    TEMPLATE,
};
pub use table::{notes, PartyPeriod, Period, Renewal};
